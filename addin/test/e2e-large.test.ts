/**
 * End to end in Debian Chromium, file mode, on a 320 px pane: a sheet of 2,000 communes with long names, one value
 * in ten missing. The check lists its problems a hundred at a time ("Hiện thêm", by keyboard, focus on the first
 * added), nothing scrolls sideways at any step, and the scoring goes through the API. Screenshots:
 * test-results/addin-e2e-large/.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import example from '../../examples/phung-hiep-2023-xa.input.json';
import { builtInPlan, type CompiledPlan } from '@thidua/core';
import { usePane } from './pane-harness';

const UNITS = 2_000;
const { plan } = builtInPlan('phung-hiep-2023-xa') as CompiledPlan;
const pane = usePane('addin-e2e-large', { width: 320, height: 900 });

const LONG =
  'thuộc huyện Phụng Hiệp, tỉnh Hậu Giang (đơn vị hành chính cấp xã loại I, vùng đồng bằng sông Cửu Long)';
const nameOf = (i: number) => `Xã Thạnh Hòa số ${i + 1} ${LONG}`;

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Bảng điểm');
  ws.addRow(['BẢNG TỔNG HỢP KẾT QUẢ THI ĐUA CHUYỂN ĐỔI SỐ NĂM 2023']);
  ws.addRow([]);
  ws.addRow([
    'STT',
    'Tên đơn vị',
    ...plan.criteria.map((c) => `${c.number}. ${c.title}`),
    ...plan.facts.map((f) => f.label),
  ]);
  for (let i = 0; i < UNITS; i++) {
    const u = example.units[i % example.units.length];
    const values = u.values as Record<string, unknown>;
    const facts = (u.facts ?? {}) as Record<string, unknown>;
    ws.addRow([
      i + 1,
      nameOf(i),
      ...plan.criteria.map((c) =>
        c.id === 'tc08' && i % 10 === 0 ? null : ((values[c.id] ?? null) as ExcelJS.CellValue),
      ),
      ...plan.facts.map((f) => (facts[f.id] ?? null) as ExcelJS.CellValue),
    ]);
  }
  await wb.xlsx.writeFile(join(pane.out, 'hai-nghin.xlsx'));
});

const noSidewaysScroll = () =>
  pane.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('task pane: 2,000 units with long names at 320 px', () => {
  it('lists the problems a page at a time by keyboard, scores, and never scrolls sideways', async () => {
    const { page } = pane;
    // the page is very tall: the part in sight only
    const shot = (name: string) => page.screenshot({ path: join(pane.out, `${name}.png`) });
    await pane.start('hai-nghin.xlsx', 'phung-hiep-2023-xa');
    await pane.detectTable();
    expect(await noSidewaysScroll()).toBe(true);

    await pane.tab('3. Kiểm tra');
    await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
    const status = page.getByText(/\d+ vấn đề — bấm để chọn ô/);
    await status.waitFor();
    const count = Number(/(\d+) vấn đề/.exec((await status.textContent()) ?? '')?.[1]);
    expect(count).toBeGreaterThanOrEqual(UNITS / 10);
    const list = page.getByRole('list', { name: '3. Kiểm tra' });
    expect(await list.getByRole('listitem').count()).toBe(100);
    const more = page.getByRole('button', { name: /^Hiện thêm 100 \(còn \d+\)$/ });
    expect(await more.textContent()).toBe(`Hiện thêm 100 (còn ${count - 100})`);
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.querySelectorAll('ul[aria-label="3. Kiểm tra"] > li').length === 200,
    );
    // focus on the first problem added: the keyboard goes on where the list went on
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focused).toBe((await list.getByRole('listitem').nth(100).textContent()) ?? '');
    expect(await noSidewaysScroll()).toBe(true);
    await shot('01-check');

    await pane.tab('4. Chấm điểm');
    // the missing values: part of the plan is read for every unit, so the official confirms first if asked
    const confirm = page.getByRole('checkbox', { name: /Tôi đã xem danh sách trên/ });
    if (await confirm.count()) await confirm.check();
    await pane.scoreOnServer();
    const top = page.getByRole('table', { name: 'Dẫn đầu' });
    await top.waitFor();
    expect(await top.getByRole('row').count()).toBe(11);
    // long names wrap inside their cell
    expect(await top.getByRole('row').nth(1).textContent()).toContain(LONG);
    // ... at most three lines of it in sight, all of it on hover
    const name = top.getByRole('row').nth(1).getByRole('cell').nth(1).locator('span[title]');
    expect(await name.getAttribute('title')).toContain(LONG);
    const lines = await name.evaluate(
      (el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight),
    );
    expect(lines).toBeLessThanOrEqual(3.05);
    expect(await noSidewaysScroll()).toBe(true);
    await shot('02-scored');
    expect(pane.pageErrors).toEqual([]);
  });
});
