/**
 * Excel or browser? Office passes `_host_Info` to the task pane (query string, or window.name after a reload),
 * and office.js is only loaded then: in a plain browser the page runs in file mode without any network
 * request to the Office CDN. `?mode=excel` / `?mode=file` force a mode.
 */
export type PaneMode = 'excel' | 'file';

export function detectMode(search: string, windowName: string): PaneMode {
  const params = new URLSearchParams(search);
  const forced = params.get('mode');
  if (forced === 'excel' || forced === 'file') return forced;
  if (params.has('_host_Info') || /_host_Info=|"hostInfo"|host_Info/i.test(windowName)) return 'excel';
  return 'file';
}

/** Loads office.js and waits for Office.onReady; resolves false if it cannot load or the host is not Excel. */
export function loadOfficeJs(url: string, timeoutMs = 15_000): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    const script = document.createElement('script');
    script.src = url;
    script.onerror = () => {
      clearTimeout(timer);
      resolve(false);
    };
    script.onload = () => {
      const office = (globalThis as { Office?: typeof Office }).Office;
      if (!office) return resolve(false);
      void office.onReady((info) => {
        clearTimeout(timer);
        resolve(info.host === office.HostType.Excel);
      });
    };
    document.head.appendChild(script);
  });
}
