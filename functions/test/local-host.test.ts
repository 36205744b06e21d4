import './quiet-azure';

import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { HttpRequest, HttpResponse, InvocationContext } from '@azure/functions';

import { score } from '../src/functions/score';
import { startLocalHost, type LocalHost } from '../src/local-host';
import { ScoreResponseSchema } from '../src/openapi/schemas';
import { expectProblem, sampleBody, useEnv } from './helpers';

let host: LocalHost;
let logs: Array<{ level: string; message: string }>;
let restoreEnv: () => void;
let staticRoot: string;
let outside: string;

beforeAll(async () => {
  restoreEnv = useEnv({ maxBodyBytes: String(64 * 1024) });
  // The secret sits right beside the served folder, where a naive path join would find it.
  outside = mkdtempSync(path.join(os.tmpdir(), 'thidua-static-'));
  writeFileSync(path.join(outside, 'secret.txt'), 'SECRET');
  staticRoot = path.join(outside, 'dist');
  mkdirSync(staticRoot);
  writeFileSync(path.join(staticRoot, 'index.html'), '<!doctype html><title>Thi đua</title>');
  writeFileSync(path.join(staticRoot, 'taskpane.js'), 'console.log(1)');
  writeFileSync(path.join(staticRoot, 'style.css'), 'body{}');
  mkdirSync(path.join(staticRoot, 'assets'));
  writeFileSync(path.join(staticRoot, 'assets', 'icon-32.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  symlinkSync(path.join(outside, 'secret.txt'), path.join(staticRoot, 'link.txt'));
  logs = [];
  host = await startLocalHost({
    port: 0,
    host: '127.0.0.1',
    staticRoot,
    log: (level, message) => logs.push({ level, message }),
  });
});

afterAll(async () => {
  await host.close();
  restoreEnv();
  rmSync(outside, { recursive: true, force: true });
});

async function read(res: Response) {
  const text = await res.text();
  let json: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

const post = (
  route: string,
  body: string,
  headers: Record<string, string> = { 'content-type': 'application/json' },
) => fetch(`${host.url}/api/${route}`, { method: 'POST', headers, body }).then(read);

/** A raw request, so paths reach the server exactly as written (fetch would normalise "..") */
function raw(pathname: string, method = 'GET'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const { port } = new URL(host.url);
    const req = httpRequest({ host: '127.0.0.1', port, path: pathname, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('local host', () => {
  it('listens on 127.0.0.1 only', async () => {
    expect(new URL(host.url).hostname).toBe('127.0.0.1');
    await expect(startLocalHost({ host: '0.0.0.0' as '127.0.0.1' })).rejects.toThrow(/127\.0\.0\.1/);
  });

  it('scores the sample over HTTP and logs one structured line with route, status, duration and units', async () => {
    const body = sampleBody('xa');
    const res = await post('score', JSON.stringify(body));
    expect(res.status).toBe(200);
    expect(ScoreResponseSchema.strict().safeParse(res.json).success).toBe(true);
    expect(res.json.results).toHaveLength((body.units as unknown[]).length);
    const line = logs
      .map((l) => l.message)
      .filter((m) => m.startsWith('{'))
      .map((m) => JSON.parse(m))
      .find((l) => l.invocationId === res.headers.get('x-invocation-id'));
    expect(line).toMatchObject({
      event: 'request',
      route: 'score',
      status: 200,
      units: 15,
      durationMs: expect.any(Number),
    });
  });

  it('answers the status, headers and bytes the handler gives, as HttpResponse would encode them', async () => {
    const body = JSON.stringify({ ...sampleBody('xa'), options: { lang: 'vi' } });
    const res = await fetch(`${host.url}/api/score`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const bytes = Buffer.from(await res.arrayBuffer());
    const direct = await score(
      new HttpRequest({
        method: 'POST',
        url: 'http://localhost/api/score',
        headers: { 'content-type': 'application/json' },
        body: { string: body },
      }),
      new InvocationContext({ logHandler: () => undefined }),
    );
    const expected = new HttpResponse(direct);
    const expectedBytes = Buffer.from(await expected.arrayBuffer());
    // the invocation id differs per call; everything else is the same
    const sameExceptId = (b: Buffer) => b.toString('utf8').replace(/"?[0-9a-f]{8}-[0-9a-f-]{27}"?/g, 'ID');
    expect(res.status).toBe(expected.status);
    expect(sameExceptId(bytes)).toBe(sameExceptId(expectedBytes));
    expect(res.headers.get('content-type')).toBe(expected.headers.get('content-type'));
    expect(res.headers.get('content-length')).toBe(String(expectedBytes.length));
    expect(bytes.toString('utf8')).toContain('Tiêu chí');
  });

  it('validates the second sample', async () => {
    const res = await post('validate', JSON.stringify(sampleBody('phong-ban')));
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ planId: 'phung-hiep-2023-phong-ban', units: expect.any(Number) });
  });

  it('serves plans, one plan, the plan schema, health and the OpenAPI document', async () => {
    const list = await fetch(`${host.url}/api/plans`).then(read);
    expect(list.status).toBe(200);
    const one = await fetch(`${host.url}/api/plans/${encodeURIComponent(list.json[0].id)}`).then(read);
    expect(one.json.id).toBe(list.json[0].id);
    expect((await fetch(`${host.url}/api/plan-schema`).then(read)).json.type).toBe('object');
    expect((await fetch(`${host.url}/api/health`).then(read)).json.status).toBe('ok');
    expect((await fetch(`${host.url}/api/openapi.json`).then(read)).json.openapi).toBe('3.1.0');
    expectProblem(await fetch(`${host.url}/api/plans/khong-co`).then(read), 404);
  });

  it('answers bad input with problem+json: 400, 415, 404 route, 405 method', async () => {
    expectProblem(await post('score', '{"plan":'), 400);
    expectProblem(await post('score', '{}', { 'content-type': 'text/csv' }), 415);
    expectProblem(await fetch(`${host.url}/api/khong-co`).then(read), 404);
    const wrongMethod = await fetch(`${host.url}/api/score`).then(read);
    expectProblem(wrongMethod, 405);
    expect(wrongMethod.headers.get('allow')).toMatch(/POST/);
  });

  it('answers 413 for a declared oversize body', async () => {
    const res = await post('score', JSON.stringify({ plan: 'x', units: [], pad: 'a'.repeat(100 * 1024) }));
    expectProblem(res, 413);
  });

  it('answers 413 for a chunked body while reading it, without a content-length', async () => {
    const chunk = new TextEncoder().encode(`{"pad":"${'a'.repeat(8 * 1024)}`);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 12) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await fetch(`${host.url}/api/score`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit).then(read);
    expectProblem(res, 413);
    expect(res.json.detail).toMatch(/read/);
  });

  it('answers a CORS preflight for the dev origin without a token', async () => {
    const res = await fetch(`${host.url}/api/score`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://localhost:3000',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://localhost:3000');
    expect(res.headers.get('access-control-allow-headers')).toMatch(/authorization/);
  });

  describe('requests node:http refuses before any handler runs get a problem body too', () => {
    /** Writes the bytes as they are, reads until the server closes. */
    function exchange(text: string): Promise<string> {
      return new Promise((resolve) => {
        const socket = connect(Number(new URL(host.url).port), '127.0.0.1', () => socket.end(text));
        let out = '';
        socket.setEncoding('utf8');
        socket.on('data', (chunk: string) => (out += chunk));
        socket.on('error', () => undefined);
        socket.on('close', () => resolve(out));
      });
    }
    function parse(answer: string) {
      const [head, ...rest] = answer.split('\r\n\r\n');
      const lines = head.split('\r\n');
      const headers = new Headers(
        lines
          .slice(1)
          .map((l): [string, string] => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]),
      );
      const text = rest.join('\r\n\r\n');
      return { status: Number(lines[0].split(' ')[1]), headers, text, json: JSON.parse(text) };
    }

    it.each([
      ['a malformed request line', 'GET /api/health HTTP/1.1 extra\r\nhost: x\r\n\r\n', 400],
      ['a header without a name', 'GET /api/health HTTP/1.1\r\nhost: x\r\n: v\r\n\r\n', 400],
      ['a URL over 16 KB', `GET /api/health?${'a'.repeat(20_000)} HTTP/1.1\r\nhost: x\r\n\r\n`, 431],
      ['CONNECT', 'CONNECT 127.0.0.1:443 HTTP/1.1\r\nhost: x\r\n\r\n', 405],
      [
        'an unknown Expect',
        'GET /api/health HTTP/1.1\r\nhost: x\r\nexpect: teapot\r\nconnection: close\r\n\r\n',
        417,
      ],
    ])('%s', async (_name, text, status) => {
      expectProblem(parse(await exchange(text)), status);
    });

    it('answers once when unparseable bytes follow a complete request', async () => {
      const answer = await exchange(
        'GET /api/health HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\nconnection: close\r\n\r\n{"a":',
      );
      expect(answer.match(/^HTTP\/1\.1 /gm)).toHaveLength(1);
      expect(parse(answer).status).toBe(200);
    });
  });

  describe('static files', () => {
    it('serves index.html at / and files with their MIME types', async () => {
      const index = await fetch(`${host.url}/`);
      expect(index.status).toBe(200);
      expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await index.text()).toContain('Thi đua');
      expect((await fetch(`${host.url}/taskpane.js`)).headers.get('content-type')).toMatch(
        /^text\/javascript/,
      );
      expect((await fetch(`${host.url}/style.css`)).headers.get('content-type')).toMatch(/^text\/css/);
      expect((await fetch(`${host.url}/assets/icon-32.png`)).headers.get('content-type')).toBe('image/png');
    });

    it.each([
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/link.txt',
      '/%00',
    ])('does not leave the folder: %s', async (pathname) => {
      const res = await raw(pathname);
      expect(res.status).toBe(404);
      expect(res.body).not.toContain('SECRET');
    });

    it('never serves static files under /api', async () => {
      expectProblem(await fetch(`${host.url}/api/index.html`).then(read), 404);
    });
  });
});
