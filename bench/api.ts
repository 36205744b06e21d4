/**
 * Part 2: the Functions API on the local host (127.0.0.1) under autocannon — a 200-unit score request of the
 * communes plan at 1, 8 and 32 connections for a bounded time each. autocannon runs in its own process, so this
 * process's CPU time is the server's. The JSON share compares JSON.parse of the request and JSON.stringify of the
 * response, timed here on the same request, with the server CPU time per request.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { scoreRequest } from '../shared/src';
import { unitsHash } from '../shared/src/engine/score';
import type { UnitInput } from '../shared/src/engine/types';
import { arg, COMMUNE_CRITERIA, median, now, peakRssMb, report } from './common';
import { generateCommunes } from './generate';

const seconds = Number(arg('seconds', '5'));
const UNITS = 200;

/** 200 communes as a sheet would send them: "85,5%", "Có"/"Không", counts, and the two facts. */
function requestBody(explanations = true): string {
  const data = generateCommunes(COMMUNE_CRITERIA, UNITS, 7);
  const units: UnitInput[] = [];
  for (let i = 0; i < UNITS; i++) {
    const values: Record<string, unknown> = {};
    COMMUNE_CRITERIA.forEach((c, k) => {
      const v = data.values[k][i];
      values[c.id] =
        c.scoring.kind === 'yesNo'
          ? v >= 1
            ? 'Có'
            : 'Không'
          : c.scoring.kind === 'rate'
            ? `${v.toFixed(1).replace('.', ',')}%`
            : v;
    });
    units.push({
      id: `xa-${String(i + 1).padStart(3, '0')}`,
      name: `Xã số ${i + 1}`,
      block: 'xa',
      values,
      facts: { lateDossiersMaxInMonth: data.facts[0][i], reportDelayMaxDays: data.facts[1][i] },
    });
  }
  const options = explanations ? { lang: 'vi' } : { lang: 'vi', explanations: false };
  return JSON.stringify({ plan: 'phung-hiep-2023-xa', units, options });
}

interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
}

function autocannon(
  url: string,
  bodyFile: string,
  connections: number,
  duration: number,
): Promise<CannonResult> {
  const cli = require.resolve('autocannon/autocannon.js');
  const args = [cli, '-c', String(connections), '-d', String(duration), '-m', 'POST'];
  args.push('-H', 'content-type=application/json', '-i', bodyFile, '--json', url);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        resolve(JSON.parse(out.trim().split('\n').pop() ?? '') as CannonResult);
      } catch {
        reject(new Error(`autocannon exited with ${code}: ${out.slice(0, 500)}`));
      }
    });
  });
}

function jsonShare(body: string) {
  const reps = 30;
  const parse: number[] = [];
  const stringify: number[] = [];
  const hash: number[] = [];
  for (let r = 0; r < reps; r++) {
    let t = now();
    const parsed = JSON.parse(body) as { units: UnitInput[] };
    parse.push(now() - t);
    const outcome = scoreRequest(parsed, { maxUnits: 20_000 });
    if (!outcome.ok) throw new Error(`score request rejected: ${outcome.title}`);
    t = now();
    const text = JSON.stringify(outcome.response);
    stringify.push(now() - t);
    t = now();
    unitsHash(parsed.units);
    hash.push(now() - t);
    if (r === 0) report({ responseBytes: Buffer.byteLength(text) });
  }
  return { parseMs: median(parse), stringifyMs: median(stringify), inputHashMs: median(hash) };
}

async function main() {
  // imported here so the functions app registers its routes only in this part
  const { startLocalHost } = await import('../functions/src/local-host');
  const host = await startLocalHost({ port: 0, host: '127.0.0.1', log: () => undefined });
  const dir = mkdtempSync(join(isAbsolute(tmpdir()) ? tmpdir() : '/tmp', 'thidua-bench-'));
  try {
    const body = requestBody();
    const bodyFile = join(dir, 'score-200.json');
    writeFileSync(bodyFile, body);
    const url = `${host.url}/api/score`;
    await autocannon(url, bodyFile, 8, 1); // warm-up
    const runs: Record<string, unknown> = {};
    let cpuMsPerRequestAt1 = NaN;
    for (const connections of [1, 8, 32]) {
      const cpu = process.cpuUsage();
      const r = await autocannon(url, bodyFile, connections, seconds);
      const used = process.cpuUsage(cpu);
      const cpuMsPerRequest = (used.user + used.system) / 1000 / Math.max(1, r.requests.total);
      if (connections === 1) cpuMsPerRequestAt1 = cpuMsPerRequest;
      runs[`c${connections}`] = {
        connections,
        seconds,
        requestsPerSecond: r.requests.average,
        requests: r.requests.total,
        p50Ms: r.latency.p50,
        p99Ms: r.latency.p99,
        errors: r.errors + r.timeouts + r.non2xx,
        serverCpuMsPerRequest: Number(cpuMsPerRequest.toFixed(3)),
      };
    }
    // the same request without per-criterion explanations, to show what the response text costs
    const lean = join(dir, 'score-200-lean.json');
    writeFileSync(lean, requestBody(false));
    const cpu = process.cpuUsage();
    const r = await autocannon(url, lean, 32, seconds);
    const used = process.cpuUsage(cpu);
    runs.c32NoExplanations = {
      connections: 32,
      seconds,
      requestsPerSecond: r.requests.average,
      requests: r.requests.total,
      p50Ms: r.latency.p50,
      p99Ms: r.latency.p99,
      errors: r.errors + r.timeouts + r.non2xx,
      serverCpuMsPerRequest: Number(
        ((used.user + used.system) / 1000 / Math.max(1, r.requests.total)).toFixed(3),
      ),
    };
    const json = jsonShare(body);
    report({
      units: UNITS,
      requestBytes: Buffer.byteLength(body),
      runs,
      json: {
        ...json,
        shareOfServerCpu: Number(((json.parseMs + json.stringifyMs) / cpuMsPerRequestAt1).toFixed(3)),
        inputHashShareOfServerCpu: Number((json.inputHashMs / cpuMsPerRequestAt1).toFixed(3)),
      },
      peakRssMb: peakRssMb(),
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await host.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
