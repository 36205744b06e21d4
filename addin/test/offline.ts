/** What the Excel-mode and file-mode workflow tests share: an API that cannot be reached, and Excel.run on a double. */
import type { ApiClientOptions } from '../src/api-client';

/** The scoring API unreachable at once (no retry, no wait): the pane scores in the page. */
export const OFFLINE_API: ApiClientOptions = {
  baseUrl: 'http://127.0.0.1:9/api',
  retries: 0,
  sleep: async () => undefined,
  fetchImpl: (async () => {
    throw new TypeError('fetch failed');
  }) as unknown as typeof fetch,
};

/** `Excel.run` over a double's context (both call forms: with and without options); undo with `removeExcel`. */
export function installExcel(context: unknown): void {
  (globalThis as { Excel?: unknown }).Excel = {
    run: (a: unknown, b?: unknown) => (typeof a === 'function' ? a : (b as (c: unknown) => unknown))(context),
  };
}

export function removeExcel(): void {
  delete (globalThis as { Excel?: unknown }).Excel;
}
