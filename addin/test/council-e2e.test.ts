/**
 * The "6. Hội đồng" step end to end in Debian Chromium (playwright-core), in browser (file) mode, the way
 * dossier-e2e.test.ts drives the pane (its own build folder): open the Phụng Hiệp communes example, score it (a tie
 * and held awards), record three decisions through the form onto the "Quyết định của Hội đồng" sheet, score again
 * (each applied, with what changed), mark the results final, and read the downloaded workbook back.
 * Screenshots and the download go to test-results/council/pane/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { readSettings } from '@thidua/core/adapters/exceljs';
import { COUNCIL_SETTING_KEYS, parseFinal } from '@thidua/core/council';
import type { LocalHost } from '../../functions/src/local-host';

const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, 'test-results', 'council', 'pane');
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
let page: Page;
const dist = mkdtempSync(join(tmpdir(), 'thidua-pane-council-'));
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
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
  server = await startLocalHost({ port: 0, host: '127.0.0.1', staticRoot: dist, log: () => undefined });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const context = await browser.newContext({ viewport: { width: 420, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dist, { recursive: true, force: true });
});

async function decide(fields: { kind: string; unit: string; award?: string; rule?: string; reason: string }) {
  const form = page.getByRole('group', { name: 'Ghi quyết định' });
  await form.getByLabel('Loại quyết định', { exact: true }).selectOption({ label: fields.kind });
  await form.getByLabel('Đơn vị', { exact: true }).selectOption({ label: fields.unit });
  if (fields.award)
    await form.getByLabel('Giải / hình thức khen thưởng').selectOption({ label: fields.award });
  if (fields.rule) await form.getByLabel('Căn cứ (quy định áp dụng)').fill(fields.rule);
  await form.getByLabel('Lý do', { exact: true }).fill(fields.reason);
  await form.getByLabel('Ngày quyết định').fill('2024-01-05');
  await form.getByLabel('Người ghi').fill('Thư ký Hội đồng');
  await page.getByRole('button', { name: 'Ghi vào trang Quyết định của Hội đồng' }).click();
  await page.getByText('Đã ghi quyết định vào trang "Quyết định của Hội đồng".').waitFor();
}

describe('task pane: the "Hội đồng" step', () => {
  it('records decisions on the council sheet, applies them on the next run, and marks the results final', async () => {
    await page.goto(`${server.url}/taskpane.html`);
    await page.locator('#xlsx-file').setInputFiles(join(ROOT, 'examples', 'phung-hiep-2023-xa.xlsx'));
    await page.getByText('Đang làm việc với tệp phung-hiep-2023-xa.xlsx').waitFor();
    await page.getByLabel('Kế hoạch có sẵn').selectOption('phung-hiep-2023-xa');
    await page.getByRole('tab', { name: '2. Bảng tính' }).click();
    await page.getByRole('button', { name: 'Nhận diện bảng' }).click();
    await page.getByRole('table', { name: 'Ghép cột với tiêu chí' }).waitFor();
    await page.getByRole('tab', { name: '4. Chấm điểm' }).click();
    await page.getByRole('button', { name: 'Chấm điểm và ghi kết quả' }).click();
    await page.getByText('Đã chấm bằng máy chủ.').waitFor();

    await page.getByRole('tab', { name: '6. Hội đồng' }).click();
    const open = page.getByRole('list', { name: 'Việc chờ Hội đồng' });
    await open.getByText(/2 đơn vị đồng hạng 5 với 170,3 điểm \(Xã Bình Thành, Xã Thạnh Hòa\)/).waitFor();
    await open.getByText(/Xã Hiệp Hưng: thiếu số liệu/).waitFor();
    await page.screenshot({ path: join(OUT, '01-cho-hoi-dong.png'), fullPage: true });

    await decide({
      kind: 'Tính 0 điểm giá trị thiếu',
      unit: 'Xã Hiệp Hưng',
      reason: 'Không nộp số liệu đúng hạn',
    });
    await decide({
      kind: 'Không xét thi đua',
      unit: 'Xã Phương Phú',
      rule: 'Mục IV.1 kế hoạch',
      reason: 'Báo cáo trễ 5 ngày',
    });
    await decide({
      kind: 'Chọn đơn vị nhận giải đồng hạng',
      unit: 'Xã Bình Thành',
      award: 'Giải Khuyến khích',
      reason: 'Hội đồng biểu quyết 7/9',
    });

    await page.getByRole('button', { name: 'Chấm lại' }).click();
    const outcomes = page.getByRole('region', { name: 'Quyết định của Hội đồng ở lần chấm này' });
    await outcomes
      .getByText(/Áp dụng: Theo quyết định của Hội đồng ngày 05\/01\/2024: nhận Giải Khuyến khích/)
      .waitFor();
    expect(await outcomes.getByText(/^Áp dụng:/).count()).toBe(3);
    const changes = page.getByRole('region', { name: 'Thay đổi so với lần chấm trước' });
    await changes
      .getByText('Được giải: Xã Bình Thành — Giải Khuyến khích (2.000.000 đ) (trước: chưa xác định)')
      .waitFor();
    await changes.getByText('Tổng tiền thưởng: 0 đ → 26.000.000 đ (+26.000.000 đ)').waitFor();
    await page.screenshot({ path: join(OUT, '02-da-ap-dung.png'), fullPage: true });

    await page.getByLabel('Người chốt').fill('Chủ tịch Hội đồng');
    await page.getByRole('button', { name: 'Chốt kết quả chính thức' }).click();
    await page.getByText(/Đã chốt ngày \d\d\/\d\d\/\d{4} \d\d:\d\d \(Chủ tịch Hội đồng\)\./).waitFor();
    await page.screenshot({ path: join(OUT, '03-da-chot.png'), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải tệp đã chấm điểm' }).click(),
    ]);
    const saved = join(OUT, 'phung-hiep-2023-xa-hoi-dong.xlsx');
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(saved) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Quyết định của Hội đồng');
    expect(sheet?.getRow(8).getCell(3).value).toBe('Xã Bình Thành');
    expect(sheet?.getRow(8).getCell(2).value).toBe('Chọn đơn vị nhận giải đồng hạng');
    const final = parseFinal(readSettings(wb)[COUNCIL_SETTING_KEYS.final]);
    expect(final?.markedBy).toBe('Chủ tịch Hội đồng');
    expect(final?.snapshot.units.find((u) => u.name === 'Xã Bình Thành')?.awards[0]?.name).toBe(
      'Giải Khuyến khích',
    );
    expect(pageErrors).toEqual([]);
  });
});
