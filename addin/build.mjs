/* global process, console */
// Bundles the task pane into addin/dist/: taskpane.html + taskpane.js (React, Fluent UI, the shared engine,
// ExcelJS's browser build), commands.html, help.html, icons, and manifest.xml for the chosen base URL.
// Usage: node addin/build.mjs            (or: npm run build:addin)
// Environment (all optional):
//   ADDIN_BASE_URL            where the pane is served (default https://localhost:3000); rewrites manifest URLs
//   THIDUA_ADDIN_API          API base seen from the pane (default /api, the same origin)
//   THIDUA_ADDIN_CLIENT_ID, THIDUA_ADDIN_TENANT_ID, THIDUA_ADDIN_SCOPES   Entra ID sign-in (all three, or none)
//   THIDUA_ADDIN_DEV=1        unminified bundle with inline source maps
//   THIDUA_ADDIN_OUTDIR       build somewhere else than addin/dist (tests that run side by side)
import { build } from 'esbuild';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeIcons } from './scripts/make-icons.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = process.env.THIDUA_ADDIN_OUTDIR ?? join(here, 'dist');
const DEV_BASE = 'https://localhost:3000';
const env = process.env;

function addinConfig() {
  const config = {};
  if (env.THIDUA_ADDIN_API) config.apiBase = env.THIDUA_ADDIN_API;
  const scopes = (env.THIDUA_ADDIN_SCOPES ?? '').split(/[\s,]+/).filter(Boolean);
  if (env.THIDUA_ADDIN_CLIENT_ID && env.THIDUA_ADDIN_TENANT_ID && scopes.length)
    config.auth = { clientId: env.THIDUA_ADDIN_CLIENT_ID, tenantId: env.THIDUA_ADDIN_TENANT_ID, scopes };
  return config;
}

export async function buildAddin({ quiet = false } = {}) {
  const dev = env.THIDUA_ADDIN_DEV === '1';
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(join(dist, 'assets'), { recursive: true });
  const result = await build({
    entryPoints: [join(here, 'src', 'taskpane.tsx'), join(here, 'src', 'auth-dialog.ts')],
    outdir: dist,
    entryNames: '[name]',
    // ExcelJS (about 1 MB) is only needed in browser (file) mode: it is split into a chunk loaded on demand.
    chunkNames: 'chunks/[name]-[hash]',
    splitting: true,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2020', 'chrome100', 'edge100', 'safari15'],
    jsx: 'automatic',
    minify: !dev,
    sourcemap: dev ? 'inline' : false,
    legalComments: 'linked',
    metafile: true,
    logLevel: 'warning',
    define: {
      'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production'),
      __THIDUA_CONFIG__: JSON.stringify(addinConfig()),
    },
  });
  for (const file of readdirSync(join(here, 'static')))
    copyFileSync(join(here, 'static', file), join(dist, file));
  const assets = join(here, 'assets');
  if (!existsSync(join(assets, 'icon-80.png'))) writeIcons(assets);
  for (const file of readdirSync(assets)) copyFileSync(join(assets, file), join(dist, 'assets', file));
  const base = (env.ADDIN_BASE_URL ?? DEV_BASE).replace(/\/$/, '');
  const manifest = readFileSync(join(here, '..', 'manifest.xml'), 'utf8')
    .split(DEV_BASE)
    .join(base);
  writeFileSync(join(dist, 'manifest.xml'), manifest);
  // The local host serves / from index.html: the same pane, so a browser user just opens the root URL.
  copyFileSync(join(dist, 'taskpane.html'), join(dist, 'index.html'));
  const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
  if (!quiet) console.log(`addin: built ${dist} (${Math.round(bytes / 1024)} KiB js, manifest for ${base})`);
  return { dist, bytes };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildAddin().catch((err) => {
    console.error(err.message ?? err);
    process.exit(1);
  });
}
