import './quiet-azure';

import { connect } from 'node:net';
import { Readable } from 'node:stream';

import { HttpRequest, type HttpRequestInit } from '@azure/functions';

import { dossier } from '../src/functions/dossier';
import { score } from '../src/functions/score';
import { validate } from '../src/functions/validate';
import { startLocalHost, type LocalHost } from '../src/local-host';
import { expectProblem, readResponse, testContext, useEnv } from './helpers';

const HALF_BODY = '{"plan":"phung-hiep-2023-xa","units":[{"id":"a","name":"Xã A","values":{"tc01":';

/** What every aborted request must leave behind: one information line with status 499, no error, no stack. */
function expectAbortLogged(logs: Array<{ level: string; message: string }>, route: string) {
  expect(logs.filter((l) => l.level === 'error')).toEqual([]);
  expect(logs.map((l) => l.message).join('\n')).not.toMatch(/Unhandled error|\n\s+at /);
  const lines = logs.filter((l) => l.message.startsWith('{"event":"request"'));
  expect(lines).toHaveLength(1);
  expect(lines[0].level).toBe('information');
  expect(JSON.parse(lines[0].message)).toMatchObject({
    event: 'request',
    route,
    status: 499,
    aborted: true,
    reason: expect.any(String),
  });
}

/** A request as the real host builds it in streaming mode: a native Request over the proxied body stream. */
function streamedRequest(route: string, body: ReadableStream<Uint8Array> | Readable): HttpRequest {
  const nativeRequest = new Request(`http://localhost:7071/api/${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': '4000' },
    body,
    duplex: 'half',
  } as RequestInit);
  return new HttpRequest({ nativeRequest, params: {} } as HttpRequestInit);
}

describe('a body stream that fails mid-body (the client aborted) is a 499, not a 500', () => {
  let restoreEnv: () => void;
  beforeEach(() => {
    restoreEnv = useEnv({});
  });
  afterEach(() => restoreEnv());

  it.each([
    ['score', score],
    ['validate', validate],
    ['dossier', dossier],
  ])('%s: a web stream that errors after the first chunk', async (route, handler) => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(HALF_BODY));
        controller.error(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
      },
    });
    const { context, logs } = testContext(route);
    const res = await readResponse(await handler(streamedRequest(route, body), context));
    expectProblem(res, 499);
    expect(res.json.problems[0].path).toBe('(body)');
    expectAbortLogged(logs, route);
  });

  it('score: the host’s proxied Node stream destroyed with an error (as when the client goes away)', async () => {
    const proxied = new Readable({ read() {} });
    proxied.push(HALF_BODY);
    setImmediate(() => proxied.destroy(new Error('aborted')));
    const { context, logs } = testContext('score');
    const res = await readResponse(await score(streamedRequest('score', proxied), context));
    expectProblem(res, 499);
    expectAbortLogged(logs, 'score');
  });
});

describe('through the local host: a raw socket sends headers and half a body, then goes away', () => {
  let host: LocalHost;
  let restoreEnv: () => void;
  let logs: Array<{ level: string; message: string }>;
  let onLog: ((message: string) => void) | undefined;

  beforeAll(async () => {
    restoreEnv = useEnv({});
    logs = [];
    host = await startLocalHost({
      port: 0,
      log: (level, message) => {
        logs.push({ level, message });
        onLog?.(message);
      },
    });
  });
  afterAll(async () => {
    await host.close();
    restoreEnv();
  });
  beforeEach(() => {
    logs.length = 0;
  });

  /** Resolves with the request's log line, which the handler writes once it has seen the stream fail. */
  function abortMidBody(route: string): Promise<void> {
    const logged = new Promise<void>((resolve) => {
      onLog = (message) => {
        if (message.startsWith('{"event":"request"') && message.includes(`"route":"${route}"`)) resolve();
      };
    });
    const socket = connect(Number(new URL(host.url).port), '127.0.0.1', () => {
      socket.write(
        `POST /api/${route} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
          `Content-Length: 4000\r\n\r\n${HALF_BODY}`,
        () => setImmediate(() => socket.destroy()),
      );
    });
    socket.on('error', () => undefined);
    return logged;
  }

  it.each(['score', 'validate', 'dossier'])('%s: logged once as aborted (499), no stack', async (route) => {
    await abortMidBody(route);
    // The server's own catch-all logs after the handler; give it the same turn to misbehave.
    await new Promise((resolve) => setImmediate(resolve));
    expectAbortLogged(logs, route);
  });

  it('keeps serving afterwards', async () => {
    await abortMidBody('score');
    const health = await fetch(`${host.url}/api/health`);
    expect(health.status).toBe(200);
  });
});
