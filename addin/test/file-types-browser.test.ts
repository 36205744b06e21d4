/**
 * The pane's file mode in Debian Chromium at 320 px: a file it cannot take shows one readable sentence (what the file
 * is, how to save it as .xlsx) with no library text, wrapped inside the pane; a workbook with a stray far cell is read
 * and the pane names the cell. Screenshots go to test-results/addin-file-types/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { LocalHost } from '../../functions/src/local-host';
import { encryptedXlsxFile, truncated, xlsFile } from '@thidua/core/testing';
import { exampleWorkbook } from '../e2e/example-workbook';

const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, 'test-results', 'addin-file-types');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

jest.setTimeout(180_000);

let server: LocalHost;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  execFileSync(process.execPath, [join(ROOT, 'addin', 'build.mjs')], { cwd: ROOT, stdio: 'pipe' });
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  const debug = jest.spyOn(console, 'debug').mockImplementation(() => undefined);
  const { startLocalHost } =
    (await import('../../functions/src/local-host')) as typeof import('../../functions/src/local-host');
  warn.mockRestore();
  debug.mockRestore();
  server = await startLocalHost({
    port: 0,
    host: '127.0.0.1',
    staticRoot: join(ROOT, 'addin', 'dist'),
    log: () => undefined,
  });
  const example = exampleWorkbook();
  writeFileSync(join(OUT, 'bao-cao.xls'), xlsFile());
  writeFileSync(join(OUT, 'mat-khau.xlsx'), encryptedXlsxFile());
  writeFileSync(join(OUT, 'cat-do.xlsx'), truncated(new Uint8Array(await example.xlsx.writeBuffer())));
  example.worksheets[0].getCell('XFD1048576').value = 'ghi chú lạc';
  await example.xlsx.writeFile(join(OUT, 'o-lac.xlsx'));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-component-update'],
  });
  const context = await browser.newContext({ viewport: { width: 320, height: 900 }, locale: 'vi-VN' });
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${server.url}/taskpane.html`);
  await page.getByRole('heading', { name: 'Thi đua – chấm điểm' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(name: string): Promise<string> {
  await page.locator('#xlsx-file').setInputFiles(join(OUT, name));
  const alert = page.getByRole('alert');
  await alert.waitFor();
  return alert.innerText();
}

/** The message wraps inside the pane: its box is no wider than the viewport. */
async function messageFits(): Promise<void> {
  const box = await page.getByRole('alert').boundingBox();
  expect(box).not.toBeNull();
  expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(320);
}

describe('file mode on files it cannot take (320 px)', () => {
  it('an old .xls: what it is and how to save it as .xlsx, in Vietnamese', async () => {
    const text = await open('bao-cao.xls');
    expect(text).toContain('Tệp "bao-cao.xls" là sổ Excel định dạng cũ (.xls, Excel 97–2003)');
    expect(text).toContain('Mở tệp trong Excel và lưu lại dưới dạng .xlsx (Sổ làm việc Excel).');
    expect(text).not.toMatch(/central directory|jszip|https?:/i);
    await messageFits();
    await page.screenshot({ path: join(OUT, '01-xls-vi.png'), fullPage: true });
  });

  it('a truncated .xlsx and a password-protected one, in English', async () => {
    await page.getByRole('switch', { name: 'English' }).check();
    expect(await open('cat-do.xlsx')).toContain('"cat-do.xlsx" is damaged or incomplete');
    expect(await open('mat-khau.xlsx')).toContain('"mat-khau.xlsx" has an opening password');
    await messageFits();
    await page.screenshot({ path: join(OUT, '02-encrypted-en.png'), fullPage: true });
    await page.getByRole('switch', { name: 'English' }).uncheck();
  });

  it('a workbook with a stray value in XFD1048576: read, and the pane names the cell', async () => {
    await page.locator('#xlsx-file').setInputFiles(join(OUT, 'o-lac.xlsx'));
    await page.getByText('Đang làm việc với tệp o-lac.xlsx').waitFor();
    await page.getByLabel('Kế hoạch có sẵn').selectOption('phung-hiep-2023-xa');
    await page.getByRole('tab', { name: '2. Bảng tính' }).click();
    await page.getByRole('button', { name: 'Nhận diện bảng' }).click();
    await page.getByRole('table', { name: 'Ghép cột với tiêu chí' }).waitFor();
    await page.getByText(/1 ô có dữ liệu nằm xa bảng không được đọc \(XFD1048576\)/).waitFor();
    await page.screenshot({ path: join(OUT, '03-stray-cell.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
