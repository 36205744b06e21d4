/**
 * The "Hồ sơ" step end to end in Debian Chromium (playwright-core), in browser (file) mode, the way e2e.test.ts
 * drives the pane: build it (into its own folder, so the two suites never share addin/dist), serve it with the local
 * host, open the example workbook, detect the table, fill two dossier settings, draft, and download one document
 * and the .zip. The documents are drafted in the page with the shared code; the API is never asked.
 * Screenshots and downloads go to test-results/dossier/pane/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { LocalHost } from '../../functions/src/local-host';

const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, 'test-results', 'dossier', 'pane');
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
const dist = mkdtempSync(join(tmpdir(), 'thidua-pane-'));
const pageErrors: string[] = [];
const apiCalls: string[] = [];

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
  page.on('request', (r) => {
    if (r.url().includes('/api/')) apiCalls.push(r.url());
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dist, { recursive: true, force: true });
});

async function saved(click: () => Promise<void>, name: string): Promise<Uint8Array> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(OUT, name);
  await download.saveAs(path);
  return new Uint8Array(readFileSync(path));
}

describe('task pane: the "Hồ sơ" step', () => {
  it('drafts the dossier in the page and downloads one document and all as a .zip', async () => {
    await page.goto(`${server.url}/taskpane.html`);
    await page.locator('#xlsx-file').setInputFiles(join(ROOT, 'examples', 'phung-hiep-2023-xa.xlsx'));
    await page.getByText('Đang làm việc với tệp phung-hiep-2023-xa.xlsx').waitFor();
    await page.getByLabel('Kế hoạch có sẵn').selectOption('phung-hiep-2023-xa');
    await page.getByRole('tab', { name: '2. Bảng tính' }).click();
    await page.getByRole('button', { name: 'Nhận diện bảng' }).click();
    await page.getByRole('table', { name: 'Ghép cột với tiêu chí' }).waitFor();

    await page.getByRole('tab', { name: '5. Hồ sơ' }).click();
    await page.getByLabel('Cơ quan trình').fill('Phòng Văn hóa và Thông tin');
    await page.getByLabel('Họ tên người ký').fill('Nguyễn Văn An');
    await page.getByLabel('Thẩm quyền ký (TM., KT., Q.…)').selectOption('KT.');
    await page.getByRole('button', { name: 'Soạn hồ sơ' }).click();
    await page.getByText(/Đã soạn \d+ văn bản: \d+ đề nghị khen thưởng/).waitFor();
    await page.screenshot({ path: join(OUT, 'pane-ho-so.png'), fullPage: true });

    const buttons = page.getByRole('group', { name: 'Văn bản của hồ sơ' }).getByRole('button');
    const labels = await buttons.allTextContents();
    expect(labels).toEqual(
      expect.arrayContaining([
        'Tải tất cả (.zip)',
        'Tải: Tờ trình đề nghị khen thưởng',
        'Tải: Biên bản họp Hội đồng Thi đua – Khen thưởng',
        'Tải: Dự thảo Quyết định khen thưởng',
      ]),
    );

    const docx = await saved(
      () => page.getByRole('button', { name: 'Tải: Tờ trình đề nghị khen thưởng' }).click(),
      'pane-01-to-trinh.docx',
    );
    const xml = strFromU8(unzipSync(docx)['word/document.xml']);
    for (const text of ['PHÒNG VĂN HÓA VÀ THÔNG TIN', 'Nguyễn Văn An', 'KT. ', 'TỜ TRÌNH', '167/KH-UBND'])
      expect([text, xml.includes(text)]).toEqual([text, true]);

    const zip = unzipSync(
      await saved(() => page.getByRole('button', { name: 'Tải tất cả (.zip)' }).click(), 'pane-ho-so.zip'),
    );
    expect(Object.keys(zip)).toEqual(
      expect.arrayContaining([
        '01-to-trinh.docx',
        '03-bien-ban-hop-hoi-dong.docx',
        '04-du-thao-quyet-dinh.docx',
      ]),
    );
    expect(Object.keys(zip)).toHaveLength(labels.length - 1);
    // Drafted with the shared engine in the page: no request reached the API.
    expect(apiCalls).toEqual([]);
    expect(pageErrors).toEqual([]);

    // The settings typed stay in the workbook: the next visit to the step finds them.
    await page.getByRole('tab', { name: '4. Chấm điểm' }).click();
    await page.getByRole('tab', { name: '5. Hồ sơ' }).click();
    expect(await page.getByLabel('Họ tên người ký').inputValue()).toBe('Nguyễn Văn An');
  });
});
