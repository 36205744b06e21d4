// `npm start` end to end: bundle functions/ like prestart does, run scripts/start.js with the local host on a free
// port, then run the curl command documented in README.md against it.
import './quiet-azure';

import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

import { routes } from '../src/routes';
import { ROOT } from './helpers';

const run = promisify(execFile);

function onPath(command: string): boolean {
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .some((dir) => dir && existsSync(path.join(dir, command)));
}

let child: ChildProcess | undefined;
let output = '';

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child?.once('exit', resolve));
    child.kill('SIGINT');
    await exited;
  }
});

describe('npm start', () => {
  it('bundles, serves the API on 127.0.0.1 and the README curl scores the sample', async () => {
    await run(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), 'functions'], { cwd: ROOT });
    // What the Functions host loads: functions/package.json "main", registering through the worker's core API, with
    // plain Node (no TypeScript loader: the core is inside the bundle).
    const main = JSON.parse(readFileSync(path.join(ROOT, 'functions', 'package.json'), 'utf8')).main;
    const probe = `
      const Module = require('node:module');
      const load = Module._load;
      const names = [];
      Module._load = function (request, ...rest) {
        if (request !== '@azure/functions-core') return load.call(this, request, ...rest);
        const disposable = { dispose() {} };
        return { log() {}, setProgrammingModel() {}, registerHook: () => disposable,
          registerFunction: (metadata) => (names.push(metadata.name), disposable) };
      };
      require('./functions/' + ${JSON.stringify(main)});
      process.stdout.write(JSON.stringify(names.sort()));`;
    const registered = JSON.parse((await run(process.execPath, ['-e', probe], { cwd: ROOT })).stdout);
    expect(registered).toEqual(routes.map((r) => r.name).sort());

    child = spawn(process.execPath, ['scripts/start.js'], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', THIDUA_LOCAL_HOST: '1', THIDUA_AUTH: 'off' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed:\n${output}`)), 30_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /at (http:\/\/127\.0\.0\.1:\d+)\/api/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      child?.stdout?.on('data', onData);
      child?.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child?.once('exit', (code) => reject(new Error(`start.js exited with ${code}:\n${output}`)));
    });
    expect(output).toMatch(/THIDUA_AUTH=off/);
    expect(output).not.toMatch(/test mode/);

    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const documented =
      /curl -s -X POST http:\/\/127\.0\.0\.1:7071\/api\/score[^\n]*\\\n\s*--data-binary @(\S+)/.exec(readme);
    expect(documented).not.toBeNull();
    const sample = documented?.[1] as string;
    let text: string;
    if (onPath('curl')) {
      const args = [
        '-s',
        '-X',
        'POST',
        `${url}/api/score`,
        '-H',
        'Content-Type: application/json',
        '--data-binary',
        `@${sample}`,
      ];
      text = (await run('curl', args, { cwd: ROOT, maxBuffer: 10 * 1024 * 1024 })).stdout;
    } else {
      const body = readFileSync(path.join(ROOT, sample));
      const res = await fetch(`${url}/api/score`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      text = await res.text();
    }
    const scored = JSON.parse(text);
    expect(scored.planId).toBe('phung-hiep-2023-xa');
    expect(scored.results.length).toBeGreaterThan(0);
    // Xã Hiệp Hưng has sent no figure for three criteria: the prizes it could change are held, not guessed.
    const first = scored.results.find((r: { rank: number }) => r.rank === 1);
    expect(first.award).toBeNull();
    expect(first.pendingTiers).toEqual(['giai-nhat', 'giai-nhi']);
    expect(first.flags[0]).toMatchObject({ code: 'pending-missing-data', heldBy: ['xa-hiep-hung'] });
  });
});
