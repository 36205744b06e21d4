import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, get, type Server } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// CommonJS script run by `npm start` (scripts/start.js).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const front = require('../scripts/dev-front.js') as {
  startDevFront(
    target: string,
    o?: { port?: number },
  ): Promise<{ close(): Promise<void>; message: string; port?: number }>;
  forwardTo(target: string): Parameters<typeof createServer>[1];
};

let upstream: Server;
let target: string;
const tmp = mkdtempSync(join(tmpdir(), 'thidua-front-'));

beforeAll(async () => {
  upstream = createServer((req, res) => {
    res.writeHead(200, {
      'content-type': 'text/plain',
      'x-seen-proto': String(req.headers['x-forwarded-proto']),
    });
    res.end(`upstream ${req.method} ${req.url}`);
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  target = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => upstream.close(resolve));
  rmSync(tmp, { recursive: true, force: true });
});

function read(url: string, secure = false): Promise<{ status: number; body: string; proto?: string }> {
  return new Promise((resolve, reject) => {
    const done = (res: import('node:http').IncomingMessage) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body, proto: res.headers['x-seen-proto'] as string }),
      );
    };
    const req = secure ? httpsRequest(url, { rejectUnauthorized: false }, done) : get(url, done);
    req.on('error', reject);
    if (secure) req.end();
  });
}

describe('npm start dev front', () => {
  it('forwards pane and API requests to the local host', async () => {
    const proxy = createServer(front.forwardTo(target));
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    expect(await read(`${url}/api/health`)).toMatchObject({
      status: 200,
      body: 'upstream GET /api/health',
      proto: 'https',
    });
    await new Promise((resolve) => proxy.close(resolve));
    const broken = createServer(front.forwardTo('http://127.0.0.1:9'));
    await new Promise<void>((resolve) => broken.listen(0, '127.0.0.1', resolve));
    const answer = await read(`http://127.0.0.1:${(broken.address() as AddressInfo).port}/taskpane.html`);
    expect(answer.status).toBe(502);
    expect(answer.body).toMatch(/Không chuyển tiếp được/);
    await new Promise((resolve) => broken.close(resolve));
  });

  it('without certificates says how to get them and how to sideload', async () => {
    process.env.THIDUA_DEV_CERT = join(tmp, 'none.crt');
    process.env.THIDUA_DEV_KEY = join(tmp, 'none.key');
    const started = await front.startDevFront(target, { port: 0 });
    expect(started.message).toMatch(/HTTP only/);
    expect(started.message).toMatch(/office-addin-dev-certs install/);
    expect(started.message).toMatch(/Upload My Add-in/);
    await started.close();
  });

  it('with certificates serves HTTPS in front of the local host', async () => {
    const cert = join(tmp, 'localhost.crt');
    const key = join(tmp, 'localhost.key');
    const made = spawnSync('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-keyout',
      key,
      '-out',
      cert,
    ]);
    if (made.error) throw new Error(`openssl is needed for this test: ${made.error.message}`);
    process.env.THIDUA_DEV_CERT = cert;
    process.env.THIDUA_DEV_KEY = key;
    const started = await front.startDevFront(target, { port: 0 });
    const port = started.port;
    try {
      expect(started.message).toMatch(new RegExp(`https://localhost:${port}/taskpane.html`));
      expect(await read(`https://127.0.0.1:${port}/taskpane.html`, true)).toMatchObject({
        status: 200,
        body: 'upstream GET /taskpane.html',
      });
    } finally {
      await started.close();
      delete process.env.THIDUA_DEV_CERT;
      delete process.env.THIDUA_DEV_KEY;
    }
  });
});
