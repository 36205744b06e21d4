/**
 * The task pane at the widths Excel gives it (320 and 380 px), in Debian Chromium: an official's own workbook with a
 * header grouped over three rows (corpus ph-xa-01) is opened in file mode, and the plan step and the mapping step
 * must fit — no sideways scroll of the page, the six steps on one row, each label on one line — with every column's full title, sample values,
 * proposed target, confidence and reasons on screen. An uncertain column (corpus ph-xa-08: two columns for
 * criterion 8) is confirmed with its "Đúng" button. Screenshots go to test-results/narrow/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { LocalHost } from '../../functions/src/local-host';

const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, 'test-results', 'narrow');
const CORPUS = join(ROOT, 'examples', 'corpus');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--no-first-run',
];

jest.setTimeout(180_000);

let server: LocalHost;
let browser: Browser;
// built into a folder of its own: suites building addin/dist at the same time never serve each other half a build
const dist = mkdtempSync(join(tmpdir(), 'thidua-narrow-'));

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  execFileSync(process.execPath, [join(ROOT, 'addin', 'build.mjs')], {
    cwd: ROOT,
    stdio: 'pipe',
    env: { ...process.env, THIDUA_ADDIN_OUTDIR: dist },
  });
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  const debug = jest.spyOn(console, 'debug').mockImplementation(() => undefined);
  const { startLocalHost } =
    (await import('../../functions/src/local-host')) as typeof import('../../functions/src/local-host');
  warn.mockRestore();
  debug.mockRestore();
  server = await startLocalHost({
    port: 0,
    host: '127.0.0.1',
    staticRoot: dist,
    log: () => undefined,
  });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dist, { recursive: true, force: true });
});

/** How far the page scrolls sideways: 0 when everything fits the pane. */
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function open(width: number, file: string, plan: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'vi-VN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/taskpane.html`);
  await page.locator('#xlsx-file').setInputFiles(join(CORPUS, file));
  await page.getByText(`Đang làm việc với tệp ${file}`).waitFor();
  await page.getByLabel('Kế hoạch có sẵn').selectOption(plan);
  await page.getByText(/Đã dùng kế hoạch/).waitFor();
  expect(errors).toEqual([]);
  return page;
}

describe.each([320, 380])('task pane %i px wide', (width) => {
  it('fits the plan step and the mapping step of a grouped-header workbook, values and reasons shown', async () => {
    const page = await open(width, 'ph-xa-01-nhom-cot-ba-tang.xlsx', 'phung-hiep-2023-xa');
    // the plan dropdown (its options are long titles) no wider than the pane
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    const planBox = await page.getByLabel('Kế hoạch có sẵn').boundingBox();
    expect(planBox!.x + planBox!.width).toBeLessThanOrEqual(width);
    // the six steps on one row
    const tabs = await page
      .getByRole('tab')
      .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(tabs).toHaveLength(6);
    expect(new Set(tabs).size).toBe(1);
    // each label on one line, the row inside the pane (it scrolls there when wider)
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
    await page.screenshot({ path: join(OUT, `${width}-1-plan.png`), fullPage: true });

    await page.getByRole('tab', { name: '2. Bảng tính' }).click();
    await page.getByRole('button', { name: 'Nhận diện bảng' }).click();
    const table = page.getByRole('table', { name: 'Ghép cột với tiêu chí' });
    await table.waitFor();
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
    await page.screenshot({ path: join(OUT, `${width}-2-mapping.png`), fullPage: true });
    await page.context().close();
  });
});

it('an uncertain column is shown as such and confirmed with one click (320 px)', async () => {
  const page = await open(320, 'ph-xa-08-hai-nguon-cung-tieu-chi.xlsx', 'phung-hiep-2023-xa');
  await page.getByRole('tab', { name: '2. Bảng tính' }).click();
  await page.getByRole('button', { name: 'Nhận diện bảng' }).click();
  const table = page.getByRole('table', { name: 'Ghép cột với tiêu chí' });
  await table.waitFor();
  const uncertain = page.getByRole('list', { name: 'Các cột ghép chưa chắc chắn' });
  await uncertain.waitFor();
  expect(await uncertain.getByText(/cột E .*tiêu chí 8/).isVisible()).toBe(true);
  const e = table.getByRole('row').filter({ hasText: 'xã tự báo cáo' });
  expect(await e.getByText(/chưa chắc/).isVisible()).toBe(true);
  expect(await sideways(page)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: join(OUT, '320-3-uncertain.png'), fullPage: true });
  await e.getByRole('button', { name: /^Xác nhận cột E ghép với Tiêu chí 8/ }).click();
  await e.getByText('đã xác nhận').waitFor();
  expect(await uncertain.count()).toBe(0);
  await page.screenshot({ path: join(OUT, '320-4-confirmed.png'), fullPage: true });
  await page.context().close();
});
