/** Task-pane entry: Excel (Office.js) when opened by Office, the .xlsx file mode in a plain browser. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { officeHost } from './adapters/office-host';
import { readConfig } from './config';
import { detectMode, loadOfficeJs } from './host-detect';
import { App } from './ui/App';
import { signInFor } from './auth-setup';

async function boot(): Promise<void> {
  const config = readConfig();
  const wanted = detectMode(location.search, window.name);
  const inExcel = wanted === 'excel' && (await loadOfficeJs(config.officeJsUrl));
  const mode = inExcel ? 'excel' : 'file';
  document.documentElement.dataset.mode = mode;
  const tokens = await signInFor(config, inExcel);
  const container = document.getElementById('root');
  if (!container) throw new Error('#root missing from taskpane.html');
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App mode={mode} initialHost={inExcel ? officeHost() : undefined} config={config} tokens={tokens} />
    </FluentProvider>,
  );
}

void boot();
