/**
 * Run by limits.test.ts in a child process with a small heap: serves the API on the local host, sends each
 * request body of <dir>/cases.json, asks /api/health after each, and prints one RESULT line per case. A case that
 * kills the process (heap, stack) shows as missing results and a non-zero exit in the parent.
 *
 *   node --max-old-space-size=192 --import tsx functions/test/limits-child.ts <dir> [local-host module]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface Case {
  name: string;
  route: 'score' | 'validate';
  file: string;
}

interface Problem {
  path: string;
  message: string;
}

async function main() {
  const [dir, hostModule = '../src/local-host'] = process.argv.slice(2);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startLocalHost } = require(hostModule) as typeof import('../src/local-host');
  const host = await startLocalHost({ port: 0, host: '127.0.0.1', log: () => undefined });
  const cases = JSON.parse(readFileSync(path.join(dir, 'cases.json'), 'utf8')) as Case[];
  try {
    for (const c of cases) {
      const body = readFileSync(path.join(dir, c.file));
      const res = await fetch(`${host.url}/api/${c.route}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      const text = await res.text();
      let json: { problems?: Problem[]; results?: unknown[]; summary?: unknown } = {};
      try {
        json = JSON.parse(text);
      } catch {
        // reported as an empty answer
      }
      const health = await fetch(`${host.url}/api/health`);
      await health.text();
      const result = {
        name: c.name,
        status: res.status,
        contentType: res.headers.get('content-type'),
        problems: (json.problems ?? []).slice(0, 5).map((p) => `${p.path}: ${p.message}`),
        answer: res.ok ? json : undefined,
        bytes: text.length,
        health: health.status,
      };
      process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
    }
  } finally {
    await host.close();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`child failed: ${(e as Error)?.message}\n`);
    process.exit(3);
  },
);
