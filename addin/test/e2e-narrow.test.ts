/**
 * The task pane at the widths Excel gives it (320 and 380 px), in Debian Chromium: an official's own workbook with a
 * header grouped over three rows (corpus ph-xa-01) is opened in file mode, and the plan step and the mapping step
 * must fit — no sideways scroll of the page or of the steps' row, all six steps in sight, each label on one line — with every column's full title, sample values,
 * proposed target, confidence and reasons on screen. An uncertain column (corpus ph-xa-08: two columns for
 * criterion 8) is confirmed with its "Đúng" button. Screenshots go to test-results/narrow/.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { ROOT, usePaneHost, type PanePage } from './pane-harness';

const CORPUS = join(ROOT, 'examples', 'corpus');

const host = usePaneHost('narrow');

/** How far the page scrolls sideways: 0 when everything fits the pane. */
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function open(width: number, file: string, plan: string): Promise<PanePage> {
  const pane = await host.newPage({ width, height: 900 });
  await pane.start(join(CORPUS, file), plan);
  expect(pane.pageErrors).toEqual([]);
  return pane;
}

describe.each([320, 380])('task pane %i px wide', (width) => {
  it('fits the plan step and the mapping step of a grouped-header workbook, values and reasons shown', async () => {
    const pane = await open(width, 'ph-xa-01-nhom-cot-ba-tang.xlsx', 'phung-hiep-2023-xa');
    const { page } = pane;
    // the plan dropdown (its options are long titles) no wider than the pane
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    const planBox = await page.getByLabel('Kế hoạch có sẵn').boundingBox();
    expect(planBox!.x + planBox!.width).toBeLessThanOrEqual(width);
    // the six steps all in sight, none scrolled out of the pane (at 320 px they take two rows)
    const tabs = await page.getByRole('tab').evaluateAll((els) =>
      els.map((e) => {
        const box = e.getBoundingClientRect();
        return { left: Math.floor(box.left), right: Math.ceil(box.right) };
      }),
    );
    expect(tabs).toHaveLength(6);
    for (const box of tabs) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(width);
    }
    expect(
      await page.getByRole('tablist').evaluate((e) => e.scrollWidth - e.clientWidth),
    ).toBeLessThanOrEqual(0);
    // each label on one line, the row inside the pane
    const lines = await page.getByRole('tab').evaluateAll((els) =>
      els.map((e) => {
        const range = document.createRange();
        range.selectNodeContents(e.querySelector('.fui-Tab__content') ?? e);
        return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)))
          .size;
      }),
    );
    expect(lines).toEqual([1, 1, 1, 1, 1, 1]);
    const row = await page.getByRole('tablist').boundingBox();
    expect(row!.x + row!.width).toBeLessThanOrEqual(width);
    await pane.shot(`${width}-1-plan`);

    const table = await pane.detectTable();
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    // column Q: its full title with its groups, three values, its target, confidence and why
    const q = table.getByRole('row').filter({ hasText: 'TL hộ dân có TK Mobile Money' });
    await expect(q.getByText('Q', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(
      q
        .getByText('Kết quả thực hiện › Kinh tế số › TL hộ dân có TK Mobile Money/Internet Banking (%)')
        .isVisible(),
    ).resolves.toBe(true);
    expect(await q.getByText(/^Mẫu: \S+ · \S+ · \S+$/).isVisible()).toBe(true);
    expect(await q.getByLabel(/^Cột Q: /).inputValue()).toBe('criterion:tc06');
    expect(await q.getByText(/^\d+%$/).isVisible()).toBe(true);
    expect(await q.getByText(/khớp từ viết tắt TL, TK/).isVisible()).toBe(true);
    // every card inside the pane
    const right = await table
      .getByRole('row')
      .evaluateAll((els) => Math.max(...els.map((e) => e.getBoundingClientRect().right)));
    expect(right).toBeLessThanOrEqual(width);
    await pane.shot(`${width}-2-mapping`);
    await pane.close();
  });
});

it('an uncertain column is shown as such and confirmed with one click (320 px)', async () => {
  const pane = await open(320, 'ph-xa-08-hai-nguon-cung-tieu-chi.xlsx', 'phung-hiep-2023-xa');
  const { page } = pane;
  const table = await pane.detectTable();
  const uncertain = page.getByRole('list', { name: 'Các cột ghép chưa chắc chắn' });
  await uncertain.waitFor();
  expect(await uncertain.getByText(/cột E .*tiêu chí 8/).isVisible()).toBe(true);
  const e = table.getByRole('row').filter({ hasText: 'xã tự báo cáo' });
  expect(await e.getByText(/chưa chắc/).isVisible()).toBe(true);
  expect(await sideways(page)).toBeLessThanOrEqual(0);
  await pane.shot('320-3-uncertain');
  await e.getByRole('button', { name: /^Xác nhận cột E ghép với Tiêu chí 8/ }).click();
  await e.getByText('đã xác nhận').waitFor();
  expect(await uncertain.count()).toBe(0);
  await pane.shot('320-4-confirmed');
  await pane.close();
});

it('320 px, in English: a unit hidden by a filter is named before scoring; the API out of reach is said in words, and the results table fits', async () => {
  // the example workbook with one commune's row hidden, as a filter leaves it
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(ROOT, 'examples', 'phung-hiep-2023-xa.xlsx'));
  const ws = wb.worksheets[0];
  let hiddenRow = 0;
  ws.eachRow((r, n) => {
    if (!hiddenRow && r.getCell(2).value === 'Xã Tân Bình') hiddenRow = n;
  });
  expect(hiddenRow).toBeGreaterThan(0);
  ws.getRow(hiddenRow).hidden = true;
  const file = join(host.out, 'loc-mot-xa.xlsx');
  await wb.xlsx.writeFile(file);

  const pane = await host.newPage({ width: 320, height: 900 });
  const { page } = pane;
  await pane.start(file, 'phung-hiep-2023-xa', `?api=${encodeURIComponent('http://127.0.0.1:9/api')}`);
  await pane.detectTable();
  const hidden = page.getByRole('list', { name: 'Các đơn vị đang bị ẩn' });
  await hidden.waitFor();
  expect(await hidden.getByText(`dòng ${hiddenRow}: Xã Tân Bình`).isVisible()).toBe(true);

  await page.getByRole('switch', { name: 'English' }).click();
  await pane.tab('4. Score');
  const hiddenEn = page.getByRole('list', { name: 'Hidden units' });
  await hiddenEn.waitFor();
  expect(await hiddenEn.getByText(`row ${hiddenRow}: Xã Tân Bình`).isVisible()).toBe(true);
  const partial = page.getByRole('checkbox', { name: /I have read the list above/ });
  if (await partial.count()) await partial.check();
  await page.getByRole('button', { name: 'Score and write back' }).click();
  // the reason in English too, in plain words, the technical detail last
  await page
    .getByText(
      /The API could not be reached; scored with the same engine in the page\. \(Could not reach the scoring server \(http:\/\/127\.0\.0\.1:9\/api\/score\): check the network connection/,
    )
    .waitFor();
  const top = page.getByRole('table', { name: 'Top units' });
  await top.waitFor();
  expect(await top.getByText('Xã Tân Bình').count()).toBe(0);
  expect(await sideways(page)).toBeLessThanOrEqual(0);
  // the unit's name gets the room: wider than the rank and the total
  const widths = await top
    .getByRole('columnheader')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
  expect(widths[1]).toBeGreaterThan(widths[0]);
  expect(widths[1]).toBeGreaterThan(widths[2]);
  expect(pane.pageErrors).toEqual([]);
  await pane.shot('320-5-english-fallback');
  await pane.close();
});
