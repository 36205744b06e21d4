import './quiet-azure';

import { connect } from 'node:net';

import { HttpRequest } from '@azure/functions';
import fc from 'fast-check';

import { builtInPlanDocument } from '@thidua/core';
import { score } from '../src/functions/score';
import { validate } from '../src/functions/validate';
import type { ApiRoute } from '../src/http/route';
import { startLocalHost, type LocalHost } from '../src/local-host';
import { routes } from '../src/routes';
import { readResponse, sampleBody, testContext, useEnv } from './helpers';

/**
 * Hostile requests across every route and method, with a fixed seed so a failure names the same case on every
 * machine. Each case must get an answer below 500; every error answer is problem+json without a stack trace; the
 * local host still answers /api/health afterwards.
 */
const SEED = 20_240_610;
const BODY_LIMIT = 256 * 1024;
const PLAN_ID = 'phung-hiep-2023-xa';
const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];
const STACK = /\bat [\w.<>]+ \(|node_modules|\.ts:\d+/;

type Json = unknown;
type Path = Array<string | number>;

interface HostileCase {
  family: string;
  method: string;
  /** Path and query after the origin, e.g. `/api/plans/constructor?x=1`. */
  target: string;
  headers: Record<string, string>;
  body?: string;
}

const small = { ...sampleBody('xa'), units: (sampleBody('xa').units as unknown[]).slice(0, 3) };
const inline = { ...small, plan: builtInPlanDocument(PLAN_ID) };

function pathsOf(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  if (value !== null && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) {
      const path = [...prefix, Array.isArray(value) ? Number(key) : key];
      out.push(path);
      pathsOf(child, path, out);
    }
  return out;
}
const smallPaths = pathsOf(small);
const inlinePaths = pathsOf(inline);

/** An own property, even for `__proto__` (plain assignment would set the prototype instead). */
function defineOwn(node: Record<string | number, Json>, key: string | number, value: Json): void {
  Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
}

function parentOf(root: Json, path: Path): Record<string | number, Json> {
  let node = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  return node;
}

/** Raw JSON number tokens JSON.stringify cannot write (past the double range, more digits than a double holds). */
const RAW_NUMBERS = [
  '1e400',
  '-1e400',
  '1e308',
  '-1e308',
  '123456789012345678901234567890',
  '9007199254740993',
];

const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom(
    null,
    true,
    0,
    -0,
    -1,
    1.5,
    2 ** 53,
    4294967295,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    '',
    ' ',
    'NaN',
    'Infinity',
    '-Infinity',
    '1e999',
    '0x1F',
    '１２',
    '80,5%',
    '10.000.000 đồng',
    `${' '.repeat(5000)}1`,
    '\u0000',
    '\ud800',
    [],
    {},
    ...PROTOTYPE_NAMES,
  ),
  fc.constantFrom(...RAW_NUMBERS).map((raw) => `__RAW__${raw}`),
  fc.integer({ min: 1000, max: 60_000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 2, max: 62 }).map((depth) => JSON.parse(`${'['.repeat(depth)}1${']'.repeat(depth)}`)),
  fc.constantFrom(...PROTOTYPE_NAMES).map((key) => JSON.parse(`{${JSON.stringify(key)}:{"polluted":true}}`)),
  fc.jsonValue({ maxDepth: 2 }),
);

function serialize(value: Json): string {
  return JSON.stringify(value).replace(/"__RAW__([^"]+)"/g, '$1');
}

/** One place of a valid request (built-in plan id or inline plan) broken: a hostile value, a key renamed, removed. */
const mutatedRequest: fc.Arbitrary<{ family: string; body: string }> = fc
  .tuple(
    fc.boolean(),
    fc.nat(),
    fc.constantFrom('set', 'set', 'set', 'rename', 'delete'),
    hostileValue,
    fc.constantFrom(...PROTOTYPE_NAMES),
  )
  .map(([useInline, pick, how, value, protoKey]) => {
    const base = structuredClone(useInline ? inline : small) as Json;
    const paths = useInline ? inlinePaths : smallPaths;
    const path = paths[pick % paths.length];
    const parent = parentOf(base, path);
    const last = path[path.length - 1];
    if (how === 'set') defineOwn(parent, last, value);
    else if (how === 'delete') delete parent[last];
    else if (!Array.isArray(parent)) {
      const entries = Object.entries(parent);
      for (const key of Object.keys(parent)) delete parent[key];
      for (const [key, child] of entries) defineOwn(parent, key === last ? protoKey : key, child);
    } else defineOwn(parent, last, protoKey);
    return { family: `${useInline ? 'inline-plan' : 'request'}-${how}`, body: serialize(base) };
  });

/** Ids that read built-in members of a plain object if a lookup table is not prototype-free. */
const prototypeIds = fc
  .tuple(fc.constantFrom(...PROTOTYPE_NAMES), fc.constantFrom('unit', 'value', 'fact', 'criterion', 'top'))
  .map(([name, where]) => {
    const key = JSON.stringify(name);
    const body =
      where === 'unit'
        ? `{"plan":"${PLAN_ID}","units":[{"id":${key},"name":"A","values":{}}]}`
        : where === 'value'
          ? `{"plan":"${PLAN_ID}","units":[{"id":"a","name":"A","values":{${key}:1}}]}`
          : where === 'fact'
            ? `{"plan":"${PLAN_ID}","units":[{"id":"a","name":"A","values":{},"facts":{${key}:true}}]}`
            : where === 'top'
              ? `{${key}:{"plan":"x"},"plan":"${PLAN_ID}","units":[]}`
              : (() => {
                  const plan = structuredClone(inline.plan) as { criteria: Array<{ id: string }> };
                  plan.criteria[0].id = name;
                  return JSON.stringify({ ...small, plan });
                })();
    return { family: `prototype-${where}`, body };
  });

const malformed = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.nat({ max: JSON.stringify(small).length - 1 }).map((cut) => JSON.stringify(small).slice(0, cut)),
  fc.integer({ min: 60, max: 2000 }).map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
  fc.constantFrom('', 'null', '[]', '{}', '"plan"', 'NaN', '{"plan":NaN}', '{"units":[1,]}', '\ufeff{}'),
);

const body: fc.Arbitrary<{ family: string; body: string }> = fc.oneof(
  { arbitrary: mutatedRequest, weight: 6 },
  { arbitrary: prototypeIds, weight: 2 },
  { arbitrary: malformed.map((text) => ({ family: 'malformed', body: text })), weight: 2 },
);

/** Header values a fetch client can send: printable ASCII and Latin-1, no CR/LF/NUL. */
const headerText = (maxLength: number) =>
  fc
    .array(fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0xa0, max: 0xff })), {
      maxLength,
    })
    .map((codes) => String.fromCharCode(...codes).trim());

const contentType = fc.oneof(
  { arbitrary: fc.constant('application/json'), weight: 6 },
  {
    arbitrary: fc.constantFrom(
      'application/json; charset=utf-8',
      'APPLICATION/JSON; CHARSET="UTF-8"',
      'application/problem+json',
      'application/json; charset=latin1',
      'application/json;;;',
      'application/json; charset=utf-8; charset=utf-16',
      'text/plain',
      'multipart/form-data; boundary=--x',
      `application/json; x=${'a'.repeat(3000)}`,
    ),
    weight: 3,
  },
  { arbitrary: headerText(60), weight: 1 },
);

const oddHeaderSet = fc.record(
  {
    'content-type': contentType,
    origin: fc.oneof(
      fc.constantFrom('https://localhost:3000', 'null', 'https://evil.example'),
      headerText(300),
    ),
    authorization: fc.oneof(fc.constantFrom('Bearer', 'Bearer a.b.c', 'Basic Og=='), headerText(500)),
    'accept-language': fc.oneof(fc.constantFrom('vi', 'en', '*;q=NaN'), headerText(100)),
    'access-control-request-method': fc.oneof(fc.constantFrom('POST', 'GET', 'DELETE'), headerText(80)),
    'content-encoding': fc.constantFrom('identity', 'gzip', 'br'),
    'content-length': fc.constantFrom('0', '1', '99999999999999999999', '-1', 'abc'),
    'x-forwarded-host': headerText(100),
    'x-ms-client-principal': headerText(200),
    constructor: headerText(20),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<Record<string, string>>;

/** Mostly the headers a client sends (so the body is what gets tested), sometimes odd ones. */
const oddHeaders = fc.oneof(
  {
    arbitrary: fc
      .option(fc.constantFrom('https://localhost:3000', 'https://evil.example'), { nil: undefined })
      .map((origin): Record<string, string> => ({
        'content-type': 'application/json',
        ...(origin ? { origin } : {}),
      })),
    weight: 4,
  },
  { arbitrary: oddHeaderSet, weight: 1 },
);

const planId = fc.oneof(
  fc.constantFrom(PLAN_ID, ...PROTOTYPE_NAMES, '%00', '..%2f..%2fpackage.json', '%E0%A4%A', '%F0%9F%98%80'),
  fc.string({ maxLength: 40 }).map(encodeURIComponent),
  fc.integer({ min: 500, max: 4000 }).map((n) => 'p'.repeat(n)),
);

const query = fc.oneof(
  { arbitrary: fc.constant(''), weight: 4 },
  {
    arbitrary: fc.constantFrom(
      '?__proto__[polluted]=1&constructor[prototype][x]=1',
      '?lang=en&lang=vi&explanations=NaN',
      `?${'a=b&'.repeat(1500)}`,
      '?%zz=%',
    ),
    weight: 2,
  },
  { arbitrary: fc.webQueryParameters().map((q) => `?${q}`), weight: 1 },
);

function targetOf(route: ApiRoute, id: string, search: string): string {
  return `/api/${route.route.replace('{id}', id)}${search}`;
}

function caseFor(
  route: ApiRoute,
  method: string,
  id: string,
  search: string,
  headers: Record<string, string>,
  payload: { family: string; body: string },
): HostileCase {
  const withBody = method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';
  return {
    family: withBody ? payload.family : `${route.name}-${method}`,
    method,
    target: targetOf(route, id, search),
    headers,
    ...(withBody ? { body: payload.body } : {}),
  };
}

// Expensive answers (the dossier renders .docx files) are rarer, not absent.
const weightedRoute = fc.oneof(
  ...routes.map((route) => ({ arbitrary: fc.constant(route), weight: route.name === 'dossier' ? 1 : 3 })),
);

/** For a handler called directly: its own methods and OPTIONS (the host refuses the rest before the handler). */
const directCase = fc
  .tuple(weightedRoute, fc.nat({ max: 4 }), planId, query, oddHeaders, body)
  .map(([route, pick, id, search, headers, payload]) => {
    const method = pick === 0 ? 'OPTIONS' : route.methods[pick % route.methods.length];
    return { route, c: caseFor(route, method, id, search, headers, payload) };
  });

/** Through the local host: any method fetch can send, any route. Fetch computes content-length itself. */
const hostCase = fc
  .tuple(
    weightedRoute,
    fc.oneof(
      { arbitrary: fc.constant(undefined), weight: 3 },
      {
        arbitrary: fc.constantFrom(
          'GET',
          'POST',
          'PUT',
          'PATCH',
          'DELETE',
          'OPTIONS',
          'HEAD',
          'PROPFIND',
          'SEARCH',
        ),
        weight: 2,
      },
    ),
    planId,
    query,
    oddHeaders,
    body,
  )
  .map(([route, method, id, search, headers, payload]) => {
    const { 'content-length': _ignored, ...rest } = headers;
    return caseFor(route, method ?? route.methods[0], id, search, rest, payload);
  });

const statuses = new Map<number, number>();

function check(c: HostileCase, status: number, contentType: string | null, text: string): void {
  statuses.set(status, (statuses.get(status) ?? 0) + 1);
  const where = `${c.family}: ${c.method} ${c.target.slice(0, 120)} ${JSON.stringify(c.headers).slice(0, 300)} ${(c.body ?? '').slice(0, 300)}`;
  if (status >= 500) throw new Error(`${status} for ${where}\n${text.slice(0, 500)}`);
  if (status < 400) return;
  if (c.method === 'HEAD') return; // no body to check
  if (!contentType?.startsWith('application/problem+json'))
    throw new Error(`content-type ${contentType} for ${where}`);
  const problem = JSON.parse(text) as {
    status: number;
    problems: Array<{ path: unknown; message: unknown }>;
  };
  if (problem.status !== status || !Array.isArray(problem.problems) || problem.problems.length === 0)
    throw new Error(`not a problem body: ${text.slice(0, 300)} for ${where}`);
  for (const p of problem.problems)
    if (typeof p.path !== 'string' || typeof p.message !== 'string')
      throw new Error(`bad problem ${JSON.stringify(p)} for ${where}`);
  if (STACK.test(text)) throw new Error(`stack trace in ${text.slice(0, 300)} for ${where}`);
}

function paramsOf(route: ApiRoute, target: string): Record<string, string> {
  if (!route.route.includes('{id}')) return {};
  const raw = new URL(target, 'http://localhost').pathname.split('/').pop() ?? '';
  try {
    return { id: decodeURIComponent(raw) };
  } catch {
    return { id: raw };
  }
}

let restoreEnv: () => void;
beforeAll(() => {
  restoreEnv = useEnv({ maxBodyBytes: String(BODY_LIMIT), maxUnits: '50' });
});
afterAll(() => restoreEnv());

describe('hostile fuzz: every route and method, a fixed seed, never a 5xx', () => {
  it('handlers called directly (own methods and OPTIONS, odd headers, hostile bodies)', async () => {
    await fc.assert(
      fc.asyncProperty(directCase, async ({ route, c }) => {
        const request = new HttpRequest({
          method: c.method,
          url: `http://localhost:7071${c.target}`,
          headers: c.headers,
          params: paramsOf(route, c.target),
          ...(c.body !== undefined ? { body: { string: c.body } } : {}),
        });
        const { context, logs } = testContext(route.name);
        const res = await readResponse(await route.handler(request, context));
        check(c, res.status, res.headers.get('content-type'), res.text);
        const errors = logs.filter((l) => l.level === 'error');
        if (errors.length) throw new Error(`error logged: ${errors[0].message.slice(0, 300)}`);
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('every path of a valid request (built-in plan id and inline plan) with a value of the wrong type', async () => {
    const flipped = (value: Json): Json[] =>
      typeof value === 'string'
        ? [12345]
        : typeof value === 'number'
          ? ['không phải số', '__RAW__1e400']
          : typeof value === 'boolean'
            ? ['có']
            : Array.isArray(value)
              ? [{}]
              : value === null
                ? [{}]
                : [[]];
    let swept = 0;
    for (const [base, paths] of [
      [small, smallPaths],
      [inline, inlinePaths],
    ] as const)
      for (const path of paths)
        for (const value of flipped(path.reduce<Json>((node, key) => (node as never)[key], base))) {
          const copy = structuredClone(base) as Json;
          defineOwn(parentOf(copy, path), path[path.length - 1], value);
          const c: HostileCase = {
            family: `wrong-type ${path.join('.')}`,
            method: 'POST',
            target: '/api/score',
            headers: { 'content-type': 'application/json' },
            body: serialize(copy),
          };
          const handler = swept % 2 ? validate : score;
          const request = new HttpRequest({
            method: 'POST',
            url: 'http://localhost:7071/api/score',
            headers: c.headers,
            body: { string: c.body as string },
          });
          const res = await readResponse(await handler(request, testContext().context));
          check(c, res.status, res.headers.get('content-type'), res.text);
          swept++;
        }
    expect(swept).toBeGreaterThan(smallPaths.length + inlinePaths.length);
  });

  describe('through the local host', () => {
    let host: LocalHost;
    const errorLogs: string[] = [];
    beforeAll(async () => {
      host = await startLocalHost({
        port: 0,
        log: (level, message) => {
          if (level === 'error') errorLogs.push(message);
        },
      });
    });
    afterAll(() => host.close());

    it('any method on any route over HTTP', async () => {
      await fc.assert(
        fc.asyncProperty(hostCase, async (c) => {
          const res = await fetch(`${host.url}${c.target}`, {
            method: c.method,
            headers: c.headers,
            ...(c.body !== undefined ? { body: c.body } : {}),
          });
          check(c, res.status, res.headers.get('content-type'), await res.text());
        }),
        { seed: SEED, numRuns: 1000 },
      );
      expect(errorLogs).toEqual([]);
    });

    it('raw requests fetch would refuse to send: bodies on GET, odd bytes, bad framing, absolute URLs', async () => {
      const port = Number(new URL(host.url).port);
      const rawCase = fc
        .tuple(
          fc.constantFrom(...routes),
          fc.constantFrom('GET', 'POST', 'OPTIONS', 'PUT', 'CONNECT', 'TRACE', 'get', 'G\u00e9T'),
          fc.constantFrom('', 'http://evil.example', '//', '/..', '/%2e%2e'),
          fc.array(fc.integer({ min: 0, max: 0xff }), { maxLength: 40 }),
          fc.constantFrom(
            'content-length: 5',
            'content-length: 500',
            'transfer-encoding: chunked',
            'expect: 100-continue',
            'expect: teapot',
            '',
          ),
          fc.constantFrom('{"a":', 'hello', '5\r\nhello\r\n0\r\n\r\n', ''),
        )
        .map(([route, method, prefix, bytes, framing, payload]) => ({
          bytes: Buffer.concat([
            Buffer.from(`${method} ${prefix}${targetOf(route, PLAN_ID, '')} HTTP/1.1\r\nhost: 127.0.0.1\r\n`),
            Buffer.from('x-odd: '),
            Buffer.from(bytes.filter((b) => b !== 0x0a && b !== 0x0d)),
            Buffer.from(`\r\ncontent-type: application/json\r\n${framing ? `${framing}\r\n` : ''}`),
            Buffer.from(`connection: close\r\n\r\n${payload}`),
          ]),
          // The client stops sending before its declared body is complete: the server may drop the connection
          // (and logs the request as aborted) instead of answering.
          bodyCutShort:
            framing === 'content-length: 500' ||
            (framing === 'transfer-encoding: chunked' && payload !== '5\r\nhello\r\n0\r\n\r\n'),
        }));
      await fc.assert(
        fc.asyncProperty(rawCase, async ({ bytes, bodyCutShort }) => {
          const answer = await rawExchange(port, bytes);
          if (!answer && bodyCutShort) return;
          if (!answer) throw new Error(`no answer to ${JSON.stringify(bytes.toString('latin1'))}`);
          const c: HostileCase = {
            family: 'raw',
            method: 'RAW',
            target: '',
            headers: {},
            body: bytes.toString('latin1'),
          };
          check(c, answer.status, answer.headers['content-type'] ?? null, answer.body);
        }),
        { seed: SEED, numRuns: 400 },
      );
      expect(errorLogs).toEqual([]);
    });

    it('still answers /api/health afterwards, and the fuzz did reach every kind of refusal', async () => {
      const health = await fetch(`${host.url}/api/health`);
      expect(health.status).toBe(200);
      expect((await health.json()).status).toBe('ok');
      const seen = [...statuses.keys()].sort();
      expect(seen).toEqual(expect.arrayContaining([200, 204, 400, 403, 404, 405, 413, 415, 422]));
    });
  });
});

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends bytes as they are and reads until the server closes; undefined when it closes without an answer. */
function rawExchange(port: number, bytes: Buffer): Promise<RawAnswer | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = connect(port, '127.0.0.1', () => socket.end(bytes));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      let text = Buffer.concat(chunks).toString('utf8');
      // Skip interim answers (100 Continue).
      while (/^HTTP\/1\.[01] 1\d\d /.test(text) && text.includes('\r\n\r\n'))
        text = text.slice(text.indexOf('\r\n\r\n') + 4);
      const head = /^HTTP\/1\.[01] (\d{3})[^\r\n]*\r\n([\s\S]*?)\r\n\r\n/.exec(text);
      if (!head) return resolve(undefined);
      const headers: Record<string, string> = {};
      for (const line of head[2].split('\r\n')) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ status: Number(head[1]), headers, body: text.slice(head[0].length) });
    });
  });
}
