/**
 * `npm run bench`: builds each part with esbuild (as deployed code is bundled; tsx's per-module getters would
 * distort hot loops), runs each part in its own child process with a time limit, writes bench/results.json,
 * prints a table, and ends with one summary line. Not part of `npm test`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';

const ROOT = resolve(__dirname, '..');
const OUT = mkdtempSync(join(isAbsolute(tmpdir()) ? tmpdir() : '/tmp', 'thidua-bench-'));
const ENV = { ...process.env, NODE_PATH: join(ROOT, 'node_modules'), THIDUA_AUTH: 'off' };

type Json = Record<string, unknown>;
interface PartResult {
  ok: boolean;
  value: Json | null;
  reason?: string;
  seconds: number;
}

/** Packages stay external (required from node_modules at run time); the core is bundled from its TypeScript sources. */
const coreInside: Plugin = {
  name: 'core-inside',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      /^@thidua\/core(\/|$)/.test(args.path) || isAbsolute(args.path)
        ? undefined
        : { path: args.path, external: true },
    );
  },
};

async function bundle(name: string, entry: string): Promise<string> {
  const outfile = join(OUT, `${name}.js`);
  await build({
    entryPoints: [resolve(ROOT, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    plugins: [coreInside],
    logLevel: 'silent',
  });
  return outfile;
}

/** Runs a bundled part; its last "BENCH_RESULT {json}" line is the result. Killed (by its pid) past the limit. */
function runPart(
  file: string,
  args: string[],
  limitSeconds: number,
  nodeFlags = ['--expose-gc'],
): Promise<PartResult> {
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, [...nodeFlags, file, ...args], {
      env: ENV,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), limitSeconds * 1000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const seconds = Math.round((Date.now() - started) / 100) / 10;
      const line = out
        .split('\n')
        .filter((l) => l.startsWith('BENCH_RESULT '))
        .pop();
      if (code === 0 && line) return done({ ok: true, value: JSON.parse(line.slice(13)) as Json, seconds });
      const reason = signal ? `killed after ${limitSeconds} s` : `exit ${code}: ${lastLines(err || out)}`;
      done({ ok: false, value: null, reason, seconds });
    });
  });
}

const lastLines = (text: string) => text.trim().split('\n').slice(-3).join(' | ').slice(0, 400);

/** Which parts can run: the modules of the other engineers must exist. */
function missing(paths: string[], what: string): string | undefined {
  const absent = paths.filter((p) => !existsSync(join(ROOT, p)));
  return absent.length ? `${what} not available yet (${absent.join(', ')})` : undefined;
}

async function part(
  name: string,
  entry: string,
  needs: string[],
  args: string[],
  limitSeconds: number,
): Promise<PartResult> {
  const absent = missing(needs, name);
  if (absent) return { ok: false, value: null, reason: absent, seconds: 0 };
  let file: string;
  try {
    file = await bundle(name, entry);
  } catch (error) {
    return { ok: false, value: null, reason: `build failed: ${lastLines(String(error))}`, seconds: 0 };
  }
  process.stderr.write(`bench: ${name} ${args.join(' ')}…\n`);
  return runPart(file, args, limitSeconds);
}

/** Cold start: a fresh node process requiring the bundled functions app (all routes), median of 5. */
async function coldStart(): Promise<PartResult> {
  const absent = missing(['functions/src/routes.ts'], 'functions app');
  if (absent) return { ok: false, value: null, reason: absent, seconds: 0 };
  const entry = join(OUT, 'functions-entry.ts');
  writeFileSync(
    entry,
    `import '${join(ROOT, 'functions/src/setup')}';\nexport * from '${join(ROOT, 'functions/src/routes')}';\n`,
  );
  let app: string;
  try {
    app = await bundle('functions-app', entry);
  } catch (error) {
    return { ok: false, value: null, reason: `build failed: ${lastLines(String(error))}`, seconds: 0 };
  }
  const probe = join(OUT, 'cold-start.js');
  writeFileSync(
    probe,
    `const t0 = performance.now(); require(${JSON.stringify(app)}); const ms = performance.now() - t0;\n` +
      `console.log('BENCH_RESULT ' + JSON.stringify({ importMs: ms, sinceProcessStartMs: performance.now() }));\n`,
  );
  const runs: Json[] = [];
  for (let i = 0; i < 5; i++) {
    const r = await runPart(probe, [], 60, []);
    if (!r.ok || !r.value) return r;
    runs.push(r.value);
  }
  const med = (k: string) => runs.map((r) => r[k] as number).sort((a, b) => a - b)[2];
  return {
    ok: true,
    value: {
      importMs: round(med('importMs'), 1),
      sinceProcessStartMs: round(med('sinceProcessStartMs'), 1),
      runs: 5,
      bundleBytes: readFileSync(app).length,
    },
    seconds: 0,
  };
}

const round = (x: number, d = 2) => (Number.isFinite(x) ? Number(x.toFixed(d)) : null);
const get = (o: unknown, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>(
    (v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
    o,
  );
const num = (o: unknown, ...path: (string | number)[]) => {
  const v = get(o, ...path);
  return typeof v === 'number' ? v : NaN;
};

async function main() {
  const started = Date.now();
  const score = await part(
    'score',
    'bench/score.ts',
    [],
    ['--case', 'score', '--n', '100000', '--budget-ms', '10000'],
    300,
  );
  const path = await part(
    'path',
    'bench/score.ts',
    [],
    ['--case', 'path', '--n', '200', '--budget-ms', '5000'],
    120,
  );
  const engine: Record<string, PartResult> = {};
  for (const [n, budget] of [
    [100_000, 5_000],
    [1_000_000, 10_000],
  ])
    engine[n] = await part(
      'engine',
      'bench/score.ts',
      [],
      ['--case', 'engine', '--n', String(n), '--budget-ms', String(budget)],
      300,
    );
  const peers = await part('peers', 'bench/peers-part.ts', [], ['--n', '3000', '--budget-ms', '3000'], 180);
  const api = await part('api', 'bench/api.ts', ['functions/src/local-host.ts'], ['--seconds', '5'], 180);
  const writeback = await part(
    'writeback',
    'bench/writeback.ts',
    ['addin/src/adapters/office.ts', 'shared/src/sheet/write-plan.ts', 'addin/test/fake-excel.ts'],
    ['--rows', '100,10000,100000'],
    300,
  );
  const cold = await coldStart();

  const engineUnitsPerSecond = num(engine[100_000].value, 'timings', 'engine', 'unitsPerSecond');
  const jre = num(peers.value, 'jsonRulesEngine', 'unitsPerSecond');
  const zen = num(peers.value, 'zenBestUnitsPerSecond');
  const at10k = (get(writeback.value, 'results') as Json[] | undefined)?.find((r) => r.rows === 10_000);
  const floorMs = num(api.value, 'json', 'parseMs') + num(api.value, 'json', 'stringifyMs');

  const results = {
    scoreRequestOverLimit: round(num(score.value, 'ratio'), 4),
    requestPathOverLimit: round(num(path.value, 'ratio'), 4),
    answerBytesPerUnit: round(num(path.value, 'answerBytesPerUnit'), 0),
    serverCpuOverJsonFloor: round(num(api.value, 'runs', 'c1', 'serverCpuMsPerRequest') / floorMs, 2),
    requestsPerSecondAt32: round(num(api.value, 'runs', 'c32', 'requestsPerSecond'), 1),
    p99At32Ms: round(num(api.value, 'runs', 'c32', 'p99Ms'), 1),
    peakRssMbAt1M: round(num(engine[1_000_000].value, 'peakRssMb'), 0),
    orderIndependent: get(path.value, 'orderIndependent') === true,
    engineOverJsonRulesEngine: round(engineUnitsPerSecond / jre, 1),
    engineOverZen: round(engineUnitsPerSecond / zen, 1),
    syncsAt10k: round(num(at10k, 'syncs'), 0),
    maxPayloadBytesAt10k: round(num(at10k, 'maxPayloadBytes'), 0),
    coldStartImportMs: round(num(cold.value, 'importMs'), 1),
    targets: {
      scoreRequestOverLimit: 0.25,
      requestPathOverLimit: 0.05,
      answerBytesPerUnit: 600,
      serverCpuOverJsonFloor: 2,
      peakRssMbAt1M: 1024,
      orderIndependent: true,
      engineOverJsonRulesEngine: 100,
      engineOverZen: 10,
      syncsAt10k: 3,
      maxPayloadBytesAt10k: 4_000_000,
    },
    detail: {
      machine: {
        node: process.version,
        cpus: (await import('node:os')).cpus().length,
        loadAverage: (await import('node:os')).loadavg(),
      },
      score: score.value ?? { skipped: score.reason },
      path: path.value ?? { skipped: path.reason },
      engine: Object.fromEntries(
        Object.entries(engine).map(([n, r]) => [n, r.value ?? { skipped: r.reason }]),
      ),
      peers: peers.value ?? { skipped: peers.reason },
      api: api.value ?? { skipped: api.reason },
      writeback: writeback.value ?? { skipped: writeback.reason },
      coldStart: cold.value ?? { skipped: cold.reason },
      totalSeconds: Math.round((Date.now() - started) / 1000),
    },
    skipped: Object.fromEntries(
      Object.entries({
        score,
        path,
        ...Object.fromEntries(Object.entries(engine).map(([n, r]) => [`engine${n}`, r])),
        peers,
        api,
        writeback,
        coldStart: cold,
      })
        .filter(([, r]) => !r.ok)
        .map(([k, r]) => [k, r.reason]),
    ),
  };
  writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
  printTable(
    results,
    { score, path, engine: engine[100_000], 'engine 1M': engine[1_000_000] },
    peers,
    api,
    writeback,
    cold,
  );
  const s = (v: number | null, unit = '') => (v === null ? 'n/a' : `${v}${unit}`);
  console.log(
    `bench: scoreRequest/limit=${s(results.scoreRequestOverLimit)} path/limit=${s(results.requestPathOverLimit)} ` +
      `bytes/unit=${s(results.answerBytesPerUnit)} cpu/json=${s(results.serverCpuOverJsonFloor)} ` +
      `rps@32=${s(results.requestsPerSecondAt32)} p99@32=${s(results.p99At32Ms, 'ms')} ` +
      `rss@1M=${s(results.peakRssMbAt1M, 'MB')} orderIndependent=${results.orderIndependent}`,
  );
}

function printTable(
  results: Json,
  engine: Record<string, PartResult>,
  peers: PartResult,
  api: PartResult,
  writeback: PartResult,
  cold: PartResult,
) {
  const rows: string[][] = [['part', 'case', 'figure', 'value']];
  for (const [name, r] of Object.entries(engine)) {
    if (!r.value) {
      rows.push([name, '', 'skipped', r.reason ?? '']);
      continue;
    }
    const n = String(num(r.value, 'n'));
    const timings = (get(r.value, 'timings') ?? {}) as Json;
    for (const v of Object.keys(timings))
      rows.push([name, `N=${n}`, `${v} ms (median)`, String(num(timings, v, 'medianMs'))]);
    rows.push([name, `N=${n}`, 'limit / it (paired median)', String(num(r.value, 'ratio'))]);
    if (get(r.value, 'phases'))
      rows.push([name, `N=${n}`, 'phases ms', JSON.stringify(get(r.value, 'phases'))]);
    rows.push([name, `N=${n}`, 'peak RSS MB', String(num(r.value, 'peakRssMb'))]);
  }
  if (peers.value)
    for (const v of ['jsonRulesEngine', 'zenExpression', 'zenDecisionTable'])
      rows.push([
        'peers',
        `sample ${num(peers.value, 'sample')}`,
        `${v} units/s`,
        String(num(peers.value, v, 'unitsPerSecond')),
      ]);
  else rows.push(['peers', '', 'skipped', peers.reason ?? '']);
  if (api.value) {
    for (const c of ['c1', 'c8', 'c32'])
      rows.push([
        'api',
        `${c.slice(1)} conn`,
        'req/s, p50, p99 ms, errors',
        ['requestsPerSecond', 'p50Ms', 'p99Ms', 'errors'].map((k) => num(api.value, 'runs', c, k)).join(', '),
      ]);
    rows.push(['api', '1 conn', 'server CPU / JSON floor', String(get(results, 'serverCpuOverJsonFloor'))]);
  } else rows.push(['api', '', 'skipped', api.reason ?? '']);
  const wb = get(writeback.value, 'results') as Json[] | undefined;
  if (wb)
    for (const r of wb)
      rows.push([
        'write-back',
        `${r.rows} rows`,
        'syncs, max request bytes',
        `${r.syncs}, ${r.maxPayloadBytes}`,
      ]);
  else rows.push(['write-back', '', 'skipped', writeback.reason ?? '']);
  rows.push([
    'cold start',
    'functions app',
    'import ms',
    cold.value ? String(num(cold.value, 'importMs')) : `skipped: ${cold.reason}`,
  ]);
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c])).join('  '));
  console.log(`results: bench/results.json (${Object.keys(results).length} keys)`);
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => rmSync(OUT, { recursive: true, force: true }));
