/**
 * What every Chromium test of the task pane shares. Each suite builds the pane once into a temporary folder of its
 * own (suites running side by side never serve each other half a build of addin/dist), serves it with the API by
 * the local host, and drives Debian Chromium through playwright-core. Its pages record page errors and API calls,
 * and write screenshots and downloads into test-results/<name>/, emptied when the suite starts.
 *
 *   const pane = usePane('addin-e2e');                 // one page, 420 × 900 unless told
 *   const host = usePaneHost('narrow');                // a page per test: host.newPage({ width: 320, height: 900 })
 *
 * Both register the suite's beforeAll/afterAll; the returned object is filled in by beforeAll.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, isAbsolute, join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import type { LocalHost } from '../../functions/src/local-host';

export const ROOT = join(__dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
/** Building the pane and starting Chromium on a loaded machine: far more than jest's default. */
const SUITE_TIMEOUT = 180_000;

export interface Viewport {
  width: number;
  height: number;
}
export const PANE_VIEWPORT: Viewport = { width: 420, height: 900 };

/** One page of the pane (a browser context of its own) and the steps every test walks through it. */
export interface PanePage {
  page: Page;
  /** Uncaught errors of the page, in order. */
  pageErrors: string[];
  /** Every request the page sent to /api/. */
  apiCalls: string[];
  /** Opens taskpane.html (with `query`, e.g. "?api=…") and waits for its title. */
  load(query?: string): Promise<void>;
  /** Picks a workbook in file mode and waits until the pane works with it; a bare name is a file in `out`. */
  openWorkbook(file: string): Promise<void>;
  /** Chooses a built-in plan and waits until the pane uses it. */
  pickPlan(planId: string): Promise<void>;
  /** `load`, `openWorkbook` and `pickPlan`. */
  start(file: string, planId: string, query?: string): Promise<void>;
  /** Goes to a step, by its tab's name ("2. Bảng tính"). */
  tab(name: string): Promise<void>;
  /** On "2. Bảng tính", detects the table and returns the mapping table once shown. */
  detectTable(): Promise<Locator>;
  /** On "4. Chấm điểm", scores and waits until the pane says the API scored. */
  scoreOnServer(): Promise<void>;
  /** A full-page screenshot, `out`/<name>.png. */
  shot(name: string): Promise<void>;
  /** Clicks, waits for the download it starts, saves it as `out`/<file> and returns its bytes. */
  saved(click: () => Promise<void>, file: string): Promise<Uint8Array>;
  /** Downloads the workbook ("Tải tệp đã chấm điểm": scored, or as it is when not) as `out`/<file>, read back. */
  downloadWorkbook(file: string): Promise<ExcelJS.Workbook>;
  /** Closes the page's browser context. */
  close(): Promise<void>;
}

export interface PaneHost {
  /** Where the pane and the API are served. */
  url: string;
  /** test-results/<name>/: screenshots, downloads, and the workbooks a test writes. */
  out: string;
  /** A page in a fresh browser context (Vietnamese locale, downloads accepted). */
  newPage(viewport?: Viewport): Promise<PanePage>;
  /** Closes the browser and the host, removes the build. */
  close(): Promise<void>;
}

/** A host with one page open; `close` closes both. */
export type Pane = PanePage & Omit<PaneHost, 'close'>;

async function buildPane(dist: string): Promise<void> {
  try {
    await promisify(execFile)(process.execPath, [join(ROOT, 'addin', 'build.mjs')], {
      cwd: ROOT,
      env: { ...process.env, THIDUA_ADDIN_OUTDIR: dist },
    });
  } catch (err) {
    const { stderr, message } = err as { stderr?: string; message: string };
    throw new Error(`building the pane into ${dist} failed: ${stderr || message}`, { cause: err });
  }
}

async function serve(dist: string): Promise<LocalHost> {
  // Outside the Functions runtime @azure/functions announces "test mode" for every route on load: noise here.
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  const debug = jest.spyOn(console, 'debug').mockImplementation(() => undefined);
  try {
    const { startLocalHost } =
      (await import('../../functions/src/local-host')) as typeof import('../../functions/src/local-host');
    return await startLocalHost({ port: 0, host: '127.0.0.1', staticRoot: dist, log: () => undefined });
  } finally {
    warn.mockRestore();
    debug.mockRestore();
  }
}

export async function startPaneHost(name: string): Promise<PaneHost> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
  const out = join(ROOT, 'test-results', name);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const dist = mkdtempSync(join(tmpdir(), 'thidua-pane-'));
  let server: LocalHost | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await server?.close();
    rmSync(dist, { recursive: true, force: true });
  };
  try {
    await buildPane(dist);
    server = await serve(dist);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  } catch (err) {
    await close();
    throw err;
  }
  const { url } = server;
  const opened = browser;
  return {
    url,
    out,
    close,
    async newPage(viewport = PANE_VIEWPORT) {
      const context = await opened.newContext({ viewport, acceptDownloads: true, locale: 'vi-VN' });
      return panePage(await context.newPage(), url, out);
    },
  };
}

function panePage(page: Page, url: string, out: string): PanePage {
  const pageErrors: string[] = [];
  const apiCalls: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('request', (r) => {
    if (r.url().includes('/api/')) apiCalls.push(r.url());
  });
  const tab = (name: string) => page.getByRole('tab', { name }).click();
  const load = async (query = '') => {
    await page.goto(`${url}/taskpane.html${query}`);
    await page.getByRole('heading', { name: 'Thi đua – chấm điểm' }).waitFor();
  };
  const openWorkbook = async (file: string) => {
    await page.locator('#xlsx-file').setInputFiles(isAbsolute(file) ? file : join(out, file));
    await page.getByText(`Đang làm việc với tệp ${basename(file)}`).waitFor();
  };
  const pickPlan = async (planId: string) => {
    await page.getByLabel('Kế hoạch có sẵn').selectOption(planId);
    await page.getByText(/Đã dùng kế hoạch/).waitFor();
  };
  const saved = async (click: () => Promise<void>, file: string) => {
    const [download] = await Promise.all([page.waitForEvent('download'), click()]);
    const path = join(out, file);
    await download.saveAs(path);
    return new Uint8Array(readFileSync(path));
  };
  return {
    page,
    pageErrors,
    apiCalls,
    load,
    openWorkbook,
    pickPlan,
    tab,
    saved,
    async start(file, planId, query) {
      await load(query);
      await openWorkbook(file);
      await pickPlan(planId);
    },
    async detectTable() {
      await tab('2. Bảng tính');
      await page.getByRole('button', { name: 'Nhận diện bảng' }).click();
      const table = page.getByRole('table', { name: 'Ghép cột với tiêu chí' });
      await table.waitFor();
      return table;
    },
    async scoreOnServer() {
      await tab('4. Chấm điểm');
      await page.getByRole('button', { name: 'Chấm điểm và ghi kết quả' }).click();
      await page.getByText('Đã chấm bằng máy chủ.').waitFor();
    },
    async shot(name) {
      await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
    },
    async downloadWorkbook(file) {
      const bytes = await saved(
        () => page.getByRole('button', { name: 'Tải tệp đã chấm điểm' }).click(),
        file,
      );
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
      return wb;
    },
    close: () => page.context().close(),
  };
}

export async function startPane(name: string, viewport = PANE_VIEWPORT): Promise<Pane> {
  const host = await startPaneHost(name);
  try {
    const first = await host.newPage(viewport);
    return { ...first, url: host.url, out: host.out, newPage: host.newPage, close: host.close };
  } catch (err) {
    await host.close();
    throw err;
  }
}

/** Registers the suite's set-up: filled in by beforeAll, closed by afterAll. */
function useStarted<T extends { close(): Promise<void> }>(start: () => Promise<T>): T {
  jest.setTimeout(SUITE_TIMEOUT);
  const started = {} as T;
  let running: T | undefined;
  beforeAll(async () => {
    running = await start();
    Object.assign(started, running);
  });
  afterAll(async () => {
    await running?.close();
  });
  return started;
}

/** The pane with one page for the whole suite, in test-results/<name>/. */
export function usePane(name: string, viewport = PANE_VIEWPORT): Pane {
  return useStarted(() => startPane(name, viewport));
}

/** The pane served for the suite; each test opens its own page with `newPage`. */
export function usePaneHost(name: string): PaneHost {
  return useStarted(() => startPaneHost(name));
}
