/**
 * The document passes Redocly's recommended rules as errors, and the typed client generated from it is current and
 * calls the local API: two independent tools reading the contract as other teams will.
 */
import './quiet-azure';

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { rankingLines, thiduaClient } from '../../examples/client/client';
import { openApiDocument } from '../src/openapi/document';
import { startLocalHost, type LocalHost } from '../src/local-host';
import { ROOT, sampleBody, useEnv } from './helpers';

function run(command: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      {
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', CI: 'true' },
        timeout: 60_000,
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}\n${stderr}` }),
    );
  });
}

describe('Redocly lint (recommended rules, as errors)', () => {
  it('finds no problem in /api/openapi.json', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'thidua-openapi-'));
    try {
      const file = path.join(dir, 'openapi.json');
      writeFileSync(file, JSON.stringify(openApiDocument()));
      const redocly = path.join(ROOT, 'node_modules', '.bin', 'redocly');
      const config = path.join(ROOT, 'functions', 'redocly.yaml');
      const { code, output } = await run(redocly, ['lint', file, '--config', config, '--format=stylish']);
      if (code !== 0) throw new Error(output);
      expect(output).toMatch(/valid/i);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the typed client of examples/client (openapi-typescript + openapi-fetch)', () => {
  let host: LocalHost;
  let restoreEnv: () => void;
  beforeAll(async () => {
    host = await startLocalHost({ port: 0, log: () => undefined });
  });
  afterAll(() => host.close());
  beforeEach(() => {
    restoreEnv = useEnv({});
  });
  afterEach(() => restoreEnv());

  it('is generated from the document as it is now (npx tsx examples/client/generate.ts)', async () => {
    const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
    const generator = path.join(ROOT, 'examples', 'client', 'generate.ts');
    const { code, output } = await run(tsx, [generator, '--check']);
    if (code !== 0) throw new Error(output);
    expect(readFileSync(path.join(ROOT, 'examples', 'client', 'api.d.ts'), 'utf8')).toMatch(
      /export interface paths/,
    );
  });

  it('scores the sample through the local API: the answer as typed, an error as the problem documented', async () => {
    const api = thiduaClient(host.url);
    const body = sampleBody('xa') as { plan: string; units: never[] };
    const { data, error, response } = await api.POST('/api/score', {
      body: { ...body, options: { lang: 'vi' } },
    });
    expect(response.status).toBe(200);
    expect(error).toBeUndefined();
    expect(data?.explain).toBe('summary');
    expect(data?.results[0].points).toHaveProperty('tc01');
    if (!data) throw new Error('no answer');
    expect(rankingLines(data)[0]).toMatch(/^1\. /);
    const unknown = await api.POST('/api/score', { body: { plan: 'khong-co', units: [] } });
    expect(unknown.response.status).toBe(404);
    expect(unknown.error?.problems[0].message).toMatch(/Không có kế hoạch "khong-co"/);
    const plans = await api.GET('/api/plans');
    expect(plans.data?.map((p) => p.id)).toContain('phung-hiep-2023-xa');
  });
});
