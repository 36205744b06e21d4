#!/usr/bin/env node
// `npm start`: serves the scoring API on localhost. `prestart` has already bundled functions/ (npm run build:functions).
// With Azure Functions Core Tools on PATH it runs `func start` in functions/; otherwise the in-repo local host
// (functions/src/local-host.ts) on 127.0.0.1, which also serves the task pane from addin/dist when it has been built.
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const functionsDir = path.join(root, 'functions');
const port = Number(process.env.PORT || 7071);

function onPath(command) {
  const extensions = process.platform === 'win32' ? ['.cmd', '.exe', ''] : [''];
  return (process.env.PATH || '')
    .split(path.delimiter)
    .filter(Boolean)
    .some((dir) => extensions.some((ext) => fs.existsSync(path.join(dir, command + ext))));
}

function curlHint(url) {
  const sample = path.relative(process.cwd(), path.join(root, 'examples', 'phung-hiep-2023-xa.input.json'));
  return `curl -s -X POST ${url}/api/score -H 'Content-Type: application/json' --data-binary @${sample}`;
}

function startFunc() {
  const settings = path.join(functionsDir, 'local.settings.json');
  if (!fs.existsSync(settings)) {
    fs.copyFileSync(path.join(functionsDir, 'local.settings.example.json'), settings);
    console.log('Created functions/local.settings.json from local.settings.example.json');
  }
  console.log(`func start --port ${port} (functions/)\nTry: ${curlHint(`http://localhost:${port}`)}`);
  const child = spawn('func', ['start', '--port', String(port)], {
    cwd: functionsDir,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

async function startLocal() {
  const entry = path.join(functionsDir, 'dist', 'local-host.js');
  if (!fs.existsSync(entry)) {
    console.error(
      'functions/ is not built: run "npm run build:functions" (npm start does this in prestart).',
    );
    process.exit(1);
  }
  // Outside the Functions worker, @azure/functions announces "test mode" and skipped registrations on load; the
  // local host serves those same handlers itself, so these lines only confuse.
  const original = { warn: console.warn, debug: console.debug };
  const quiet =
    (write) =>
    (...args) => {
      if (!/test mode|HTTP streaming enabled/.test(String(args[0]))) write(...args);
    };
  console.warn = quiet(original.warn);
  console.debug = quiet(original.debug);
  const { startLocalHost } = require(entry);
  Object.assign(console, original);
  const addinDist = path.join(root, 'addin', 'dist');
  const staticRoot =
    fs.existsSync(path.join(addinDist, 'index.html')) || fs.existsSync(addinDist) ? addinDist : undefined;
  const host = await startLocalHost({ port, host: '127.0.0.1', staticRoot });
  console.log(`thidua API (local host, no Core Tools) at ${host.url}/api`);
  if (staticRoot) console.log(`Task pane from addin/dist at ${host.url}/`);
  // HTTPS front for Excel (dev certificates) and sideloading instructions: addin/scripts/dev-front.js.
  const front = staticRoot
    ? await require('../addin/scripts/dev-front.js').startDevFront(host.url)
    : undefined;
  if (front) console.log(front.message);
  try {
    await require('./sample-ranking.js').printFromApi(host.url);
  } catch (error) {
    console.error(`Could not score the sample data: ${error.message}`);
  }
  console.log(`\nTry: ${curlHint(host.url)}`);
  console.log('Ctrl-C to stop.');
  const stop = () => {
    Promise.all([host.close(), front?.close()]).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (onPath('func') && process.env.THIDUA_LOCAL_HOST !== '1') startFunc();
else
  startLocal().catch((error) => {
    console.error(`Could not start the local host: ${error.message}`);
    process.exit(1);
  });
