/**
 * What a Chromium test of the task pane needs (the set-up e2e.test.ts and dossier-e2e.test.ts each spell out): the
 * pane built into a folder of its own (so suites never share addin/dist), served with the API by the local host,
 * Debian Chromium through playwright-core, a page that records page errors and API calls, and downloads saved
 * under test-results/<name>/. Call `startPane` in beforeAll and `close` in afterAll.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { LocalHost } from '../../functions/src/local-host';

export const ROOT = join(__dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--no-first-run',
];

export interface Pane {
  page: Page;
  url: string;
  /** test-results/<name>/: screenshots and downloads. */
  out: string;
  pageErrors: string[];
  apiCalls: string[];
  /** Clicks, waits for the download it starts, saves it under `out` and returns its bytes. */
  saved(click: () => Promise<void>, name: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

export async function startPane(name: string, viewport = { width: 420, height: 900 }): Promise<Pane> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
  const out = join(ROOT, 'test-results', name);
  mkdirSync(out, { recursive: true });
  const dist = mkdtempSync(join(tmpdir(), 'thidua-pane-'));
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
  const server: LocalHost = await startLocalHost({
    port: 0,
    host: '127.0.0.1',
    staticRoot: dist,
    log: () => undefined,
  });
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const context = await browser.newContext({ viewport, acceptDownloads: true, locale: 'vi-VN' });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const apiCalls: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('request', (r) => {
    if (r.url().includes('/api/')) apiCalls.push(r.url());
  });
  return {
    page,
    url: server.url,
    out,
    pageErrors,
    apiCalls,
    async saved(click, file) {
      const [download] = await Promise.all([page.waitForEvent('download'), click()]);
      const path = join(out, file);
      await download.saveAs(path);
      return new Uint8Array(readFileSync(path));
    },
    async close() {
      await browser.close();
      await server.close();
      rmSync(dist, { recursive: true, force: true });
    },
  };
}
