/* global process, console */
// Bundles what runs under plain Node, with esbuild: the Functions app, the local host and the CLI. The domain core
// (`@thidua/core`: TypeScript sources behind shared/package.json "exports") is compiled into each bundle; every
// other package stays an ordinary require, installed from functions/package.json (deployed app) or the root.
// Usage: node scripts/build.mjs [functions] [cli]      (npm run build:functions, npm run build: both)
//   functions/dist/app.js         the Functions host's entry (functions/package.json "main"): every function
//   functions/dist/local-host.js  the same routes on node:http (npm start without Core Tools)
//   functions/dist/core.js        the core's main entry, for plain-Node scripts (scripts/sample-ranking.js)
//   dist/cli/src/main.js          the `thidua` command (bin/thidua.js)
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORE = /^@thidua\/core(\/|$)/;

/** Every package but the core is external; the core is bundled from its sources. */
const coreInside = {
  name: 'core-inside',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      CORE.test(args.path) || isAbsolute(args.path) ? undefined : { path: args.path, external: true },
    );
  },
};

const packageName = (spec) =>
  spec
    .split('/')
    .slice(0, spec.startsWith('@') ? 2 : 1)
    .join('/');

async function bundle(entryPoints, outdir, allowed) {
  const result = await build({
    entryPoints,
    outdir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
    metafile: true,
    logLevel: 'warning',
    plugins: [coreInside],
  });
  // A deployed app installs functions/package.json alone: a package it does not list would be missing there.
  const builtins = new Set(builtinModules);
  const missing = new Set();
  for (const output of Object.values(result.metafile.outputs))
    for (const { path, external } of output.imports)
      if (external && !path.startsWith('node:') && !builtins.has(path) && !allowed.has(packageName(path)))
        missing.add(packageName(path));
  if (missing.size)
    throw new Error(`${outdir}: needs packages not listed as dependencies: ${[...missing].join(', ')}`);
}

const dependencies = (pkg) =>
  new Set(Object.keys(JSON.parse(readFileSync(join(root, pkg), 'utf8')).dependencies ?? {}));

async function buildFunctions() {
  const outdir = join(root, 'functions', 'dist');
  rmSync(outdir, { recursive: true, force: true });
  await bundle(
    {
      app: join(root, 'functions', 'src', 'app.ts'),
      'local-host': join(root, 'functions', 'src', 'local-host.ts'),
      core: join(root, 'shared', 'src', 'index.ts'),
    },
    outdir,
    dependencies('functions/package.json'),
  );
  console.log('functions: built functions/dist (app.js, local-host.js, core.js)');
}

async function buildCli() {
  const outdir = join(root, 'dist', 'cli', 'src');
  rmSync(outdir, { recursive: true, force: true });
  await bundle({ main: join(root, 'cli', 'src', 'main.ts') }, outdir, dependencies('package.json'));
  console.log('cli: built dist/cli/src/main.js');
}

const targets = process.argv.slice(2);
const wanted = targets.length ? targets : ['functions', 'cli'];
for (const target of wanted) {
  if (target === 'functions') await buildFunctions();
  else if (target === 'cli') await buildCli();
  else {
    console.error(`unknown target "${target}" (functions, cli)`);
    process.exit(2);
  }
}
