// The task pane's HTTPS front for `npm start`. Excel loads add-ins over HTTPS only, so when development
// certificates exist (office-addin-dev-certs' ~/.office-addin-dev-certs/localhost.crt|key, or THIDUA_DEV_CERT and
// THIDUA_DEV_KEY) this serves https://localhost:3000 and forwards every request (pane and /api) to the local host.
// Without certificates the pane is still served over HTTP by the local host, usable in a browser (file mode).
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const https = require('node:https');
const os = require('node:os');
const path = require('node:path');
const { URL } = require('node:url');

const DEFAULT_PORT = 3000;

function certificatePaths(env = process.env) {
  if (env.THIDUA_DEV_CERT && env.THIDUA_DEV_KEY)
    return { cert: env.THIDUA_DEV_CERT, key: env.THIDUA_DEV_KEY };
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  return { cert: path.join(dir, 'localhost.crt'), key: path.join(dir, 'localhost.key') };
}

/** A request handler that forwards to `target` (http://127.0.0.1:port), streaming both ways. */
function forwardTo(target) {
  const base = new URL(target);
  return (req, res) => {
    const upstream = http.request(
      {
        host: base.hostname,
        port: base.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: base.host, 'x-forwarded-proto': 'https' },
      },
      (answer) => {
        res.writeHead(answer.statusCode || 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', (err) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Không chuyển tiếp được tới ${target} (${err.message})`);
    });
    req.pipe(upstream);
  };
}

function sideloadHelp(paneUrl, serving = true) {
  const manifest = path.join('addin', 'dist', 'manifest.xml');
  const lines = serving ? [`Task pane for Excel: ${paneUrl}/taskpane.html`] : [];
  if (paneUrl !== 'https://localhost:3000')
    lines.push(`(Build the manifest for this address: ADDIN_BASE_URL=${paneUrl} npm run build:addin)`);
  return [
    ...lines,
    `Sideload ${manifest}:`,
    '  Excel on the web: open a workbook on OneDrive/SharePoint > Home > Add-ins > More Add-ins > My Add-ins >',
    `    Upload My Add-in > choose ${manifest}.`,
    '  Excel on Windows: share a folder that holds the manifest, add it under File > Options > Trust Center >',
    '    Trust Center Settings > Trusted Add-in Catalogs (tick "Show in Menu"), restart Excel, then',
    `    Home > Add-ins > More Add-ins > Shared Folder. (Or: npx office-addin-debugging start ${manifest} desktop)`,
    '  Excel on Mac: copy the manifest to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ and restart Excel.',
  ].join('\n');
}

/**
 * Starts the HTTPS front when certificates exist; resolves to the lines to print either way.
 * `target` is the local host's URL (http://127.0.0.1:7071).
 */
async function startDevFront(target, options = {}) {
  const port = Number(options.port ?? process.env.ADDIN_PORT ?? DEFAULT_PORT);
  const paths = certificatePaths();
  if (!fs.existsSync(paths.cert) || !fs.existsSync(paths.key))
    return {
      close: async () => undefined,
      message: [
        `No development certificate (${paths.cert}): the task pane is served over HTTP only,`,
        `  for a browser: ${target}/taskpane.html (open an .xlsx, score, download).`,
        `  For Excel (HTTPS only): npx office-addin-dev-certs install, then npm start again (https://localhost:${port}).`,
        sideloadHelp(`https://localhost:${port}`, false),
      ].join('\n'),
    };
  const server = https.createServer(
    { cert: fs.readFileSync(paths.cert), key: fs.readFileSync(paths.key) },
    forwardTo(target),
  );
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const actual = server.address().port;
  return {
    port: actual,
    close: () => new Promise((resolve) => server.close(() => resolve())),
    message: sideloadHelp(`https://localhost:${actual}`),
  };
}

module.exports = { startDevFront, forwardTo, sideloadHelp, certificatePaths };
