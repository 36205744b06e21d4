/**
 * Part 3: the Functions API on the local host (127.0.0.1) under autocannon — the 200-unit score request of the
 * path case (bench/score.ts), default options, at 1, 8 and 32 connections for a bounded time each. autocannon
 * runs in its own process, so this process's CPU time is the server's. The JSON floor is JSON.parse of the
 * request plus JSON.stringify of its answer, timed here on the same request: the least any server spends on it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { scoreRequest, unitsHash, type UnitInput } from '@thidua/core';
import { arg, COMMUNE_CRITERIA, median, now, peakRssMb, report } from './common';
import { generateCommunes } from './generate';
import { asSheet, requestBody } from './request';

const seconds = Number(arg('seconds', '5'));
const UNITS = 200;

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
  const reps = 60;
  const parse: number[] = [];
  const stringify: number[] = [];
  const hash: number[] = [];
  let responseBytes = 0;
  for (let r = 0; r < reps; r++) {
    let t = now();
    const parsed = JSON.parse(body) as { units: UnitInput[] };
    parse.push(now() - t);
    const outcome = scoreRequest(parsed, { maxUnits: 20_000 });
    if (!outcome.ok) throw new Error(`score request rejected: ${outcome.title}`);
    t = now();
    const text = JSON.stringify(outcome.response);
    stringify.push(now() - t);
    responseBytes = Buffer.byteLength(text);
    t = now();
    unitsHash(parsed.units);
    hash.push(now() - t);
  }
  return {
    parseMs: median(parse),
    stringifyMs: median(stringify),
    inputHashMs: median(hash),
    responseBytes,
  };
}

async function main() {
  // imported here so the functions app registers its routes only in this part
  const { startLocalHost } = await import('../functions/src/local-host');
  const host = await startLocalHost({ port: 0, host: '127.0.0.1', log: () => undefined });
  const dir = mkdtempSync(join(isAbsolute(tmpdir()) ? tmpdir() : '/tmp', 'thidua-bench-'));
  try {
    const body = requestBody(asSheet(generateCommunes(COMMUNE_CRITERIA, UNITS, 7)));
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
    const json = jsonShare(body);
    report({
      units: UNITS,
      requestBytes: Buffer.byteLength(body),
      runs,
      json: {
        ...json,
        serverCpuOverFloor: Number((cpuMsPerRequestAt1 / (json.parseMs + json.stringifyMs)).toFixed(2)),
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
