import './quiet-azure';

import { connect } from 'node:net';

import { HttpRequest } from '@azure/functions';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import fc from 'fast-check';

import { builtInPlanDocument } from '@thidua/core';
import { openapi } from '../src/functions/openapi';
import type { ApiRoute } from '../src/http/route';
import { startLocalHost, type LocalHost } from '../src/local-host';
import { routes } from '../src/routes';
import { getRequest, readResponse, sampleBody, testContext, useEnv } from './helpers';

/**
 * Every route against the API's own description, as an independent client reads it. Hostile requests of many kinds
 * (arbitrary JSON, nesting and sizes at and past each limit, content types and charsets, byte order marks, keys
 * written twice, prototype keys at every level, numbers JSON cannot carry, odd characters in ids, methods a route
 * does not serve, query strings, lying Content-Length) must each get:
 * - an answer below 500, with no stack trace or server path in it;
 * - a status the OpenAPI document lists for that path and method (405 for a method it does not describe), with the
 *   documented content type, and a body that validates (ajv, draft 2020-12) against the documented schema;
 * - on an error, problems that each name where (a pseudo-location such as "(body)", or a path that leads into the
 *   request as sent) and say why in Vietnamese and in English;
 * - the same bytes when the same request is sent again, directly or through the local host.
 */
const SEED = 20_261_204;
const BODY_LIMIT = 64 * 1024;
const MAX_UNITS = 20;
const PLAN_ID = 'phung-hiep-2023-xa';
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];
const LEAK = /\bat [\w.<>$]+ \(|node_modules|\.[jt]s:\d+|\/work\/|\/home\/|\/tmp\/|node:internal|[A-Z]:\\\\/;
const PSEUDO = /^\((body|request|method|server|configuration|headers)\)(\.[a-z-]+)?$/;

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Case {
  family: string;
  /** The route's name in the route table. */
  route: string;
  method: string;
  /** Query string, with its "?", or "". */
  query: string;
  /** The value of {id} on /plans/{id}. */
  id?: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  /** The body as parsed, when it is JSON: problem paths are resolved in it. */
  parsed?: Json;
}

const byName = (name: string): ApiRoute => routes.find((r) => r.name === name)!;
const ROUTE = (c: Case) => byName(c.route);
const BODY_ROUTES = ['score', 'validate', 'dossier'].map(byName);
const small = { ...sampleBody('xa'), units: (sampleBody('xa').units as Json[]).slice(0, 2) };
const planDocument = builtInPlanDocument(PLAN_ID);

// ---------------------------------------------------------------------------------------------------------------
// the contract

let document: Json;
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addFormat('binary', true);
const validators = new Map<string, ValidateFunction>();
const escape = (p: string) => p.replace(/~/g, '~0').replace(/\//g, '~1');

function validator(pointer: string): ValidateFunction {
  let check = validators.get(pointer);
  if (!check) validators.set(pointer, (check = ajv.compile({ $ref: `contract#${pointer}` })));
  return check;
}

interface Answer {
  status: number;
  headers: Headers;
  bytes: Buffer;
}

/**
 * Walks a problem's path ("units[0].values.tc01") into the request as sent: it follows what is there, and may go on
 * past a key that was not sent (a required field, a value missing from a record not sent) but never into a text or
 * a number, nor past the end of a list.
 */
function leadsInto(parsed: Json, path: string): boolean {
  let rest = path;
  let node = parsed;
  while (rest) {
    if (node === null || typeof node !== 'object') return false;
    const index = /^\[(\d+)\]/.exec(rest);
    if (Array.isArray(node)) {
      if (!index || Number(index[1]) >= node.length) return false;
      node = node[Number(index[1])];
      rest = rest.slice(index[0].length);
      continue;
    }
    const body = rest.startsWith('.') ? rest.slice(1) : rest;
    // the longest own key the path goes on with (keys may hold "." or "[")
    const key = Object.keys(node)
      .filter((k) => body === k || body.startsWith(`${k}.`) || body.startsWith(`${k}[`))
      .sort((a, b) => b.length - a.length)[0];
    if (key === undefined) return true;
    node = node[key];
    rest = body.slice(key.length);
  }
  return true;
}

function checkProblems(c: Case, problems: Json[], where: string): void {
  for (const p of problems) {
    const said = JSON.stringify(p).slice(0, 300);
    if (typeof p.path !== 'string' || !p.path) throw new Error(`${where}: a problem without a path: ${said}`);
    if (typeof p.message !== 'string' || !p.message.trim())
      throw new Error(`${where}: a problem without a reason: ${said}`);
    if (typeof p.messageEn !== 'string' || !p.messageEn.trim())
      throw new Error(`${where}: a problem without its English: ${said}`);
    if (PSEUDO.test(p.path)) continue;
    if (ROUTE(c).name === 'plan') {
      if (p.path !== 'id') throw new Error(`${where}: a problem at ${p.path}`);
      continue;
    }
    if (c.parsed === undefined || !leadsInto(c.parsed, p.path))
      throw new Error(`${where}: the path ${p.path} leads nowhere in the request: ${said}`);
  }
}

/** Each status answered, with the problem paths seen: the fuzz must reach every kind of refusal. */
const seen = new Set<string>();

/** Everything an answer must be, whatever was asked. */
function checkAnswer(c: Case, res: Answer, overHttp = false): void {
  seen.add(String(res.status));
  const docPath = `/api/${ROUTE(c).route}`;
  const method = c.method.toLowerCase();
  const where = `${c.family}: ${c.method} ${docPath}${c.query.slice(0, 60)} → ${res.status}`;
  const text = res.bytes.toString('utf8');
  // a 5xx only where the document says (503: the server's own auth settings, or Entra ID's keys out of reach)
  if (res.status >= 500 && res.status !== 503) throw new Error(`${where}: ${text.slice(0, 400)}`);
  const type = (res.headers.get('content-type') ?? '').split(';')[0].trim();
  if (type !== 'application/zip' && LEAK.test(text))
    throw new Error(`${where}: a stack trace or server path: ${text.slice(0, 400)}`);
  const operation = document.paths[docPath]?.[method];
  let pointer: string | undefined;
  if (!operation) {
    // a method the path does not describe: the 405 every operation lists, naming the methods it serves; over HTTP,
    // a request the host cannot parse (a lowercase method, a Content-Length that is no number) is its 400
    const unparsed = overHttp && res.status === 400 && !res.headers.has('x-invocation-id');
    if (res.status !== 405 && !unparsed) throw new Error(`${where}: expected 405`);
    if (!unparsed && res.headers.get('allow') !== ROUTE(c).allow.join(', '))
      throw new Error(`${where}: Allow ${res.headers.get('allow')}`);
    if (method === 'head') {
      if (overHttp && res.bytes.length) throw new Error(`${where}: a body on HEAD`);
      return;
    }
    pointer = '/components/schemas/Problem';
    if (type !== 'application/problem+json') throw new Error(`${where}: content type ${type}`);
  } else {
    const documented = operation.responses[String(res.status)];
    if (!documented) throw new Error(`${where}: status not documented`);
    const types = Object.keys(documented.content ?? {});
    // HEAD: the hosts send the headers alone, whatever the handler's answer holds
    if (method === 'head' && !overHttp) return;
    if (!types.length) {
      if (res.bytes.length) throw new Error(`${where}: a body where none is documented`);
      return;
    }
    if (!types.includes(type)) throw new Error(`${where}: content type ${type}, documented ${types}`);
    for (const [name, header] of Object.entries<Json>(documented.headers ?? {}))
      if (header.required && !res.headers.has(name)) throw new Error(`${where}: no ${name} header`);
    if (type === 'application/zip') {
      if (res.bytes.subarray(0, 4).toString('latin1') !== 'PK\u0003\u0004')
        throw new Error(`${where}: not a zip`);
      return;
    }
    pointer = `/${['paths', docPath, method, 'responses', String(res.status), 'content', type, 'schema'].map(escape).join('/')}`;
  }
  let json: Json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${where}: not JSON: ${text.slice(0, 200)}`);
  }
  const check: (data: unknown) => boolean = validator(pointer);
  if (!check(json))
    throw new Error(
      `${where}: ${ajv.errorsText(validator(pointer).errors?.slice(0, 4))}\n${text.slice(0, 400)}`,
    );
  if (type === 'application/problem+json') {
    if (json.status !== res.status) throw new Error(`${where}: the body says ${json.status}`);
    checkProblems(c, json.problems, where);
    for (const p of json.problems as Json[]) seen.add(PSEUDO.test(p.path) ? p.path : 'a request path');
  } else if (ROUTE(c).name === 'validate' && res.status === 200) checkProblems(c, json.problems, where);
}

// ---------------------------------------------------------------------------------------------------------------
// calling the handlers directly

function directRequest(c: Case): HttpRequest {
  const hasBody = c.body !== undefined && !['GET', 'HEAD'].includes(c.method.toUpperCase());
  const concrete = ROUTE(c).route.replace('{id}', encodeURIComponent(c.id ?? ''));
  return new HttpRequest({
    method: c.method,
    url: `http://localhost:7071/api/${concrete}${c.query}`,
    headers: c.headers,
    params: c.id !== undefined ? { id: c.id } : {},
    // bytes, never a string: fetch would give a string body a Content-Type of its own (text/plain)
    ...(hasBody
      ? { body: { bytes: typeof c.body === 'string' ? Buffer.from(c.body) : (c.body as Uint8Array) } }
      : {}),
  });
}

async function direct(c: Case): Promise<Answer> {
  const init = await ROUTE(c).handler(directRequest(c), testContext(c.route).context);
  const res = await readResponse(init);
  const bytes =
    init.body instanceof Uint8Array || Buffer.isBuffer(init.body)
      ? Buffer.from(init.body as Uint8Array)
      : Buffer.from(res.text, 'utf8');
  return { status: res.status, headers: res.headers, bytes };
}

const firstDifference = (a: Buffer, b: Buffer) => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

/** Twice, the same bytes: nothing in an answer depends on the time, the order of calls or chance. */
async function directTwice(c: Case): Promise<Answer> {
  const first = await direct(c);
  const second = await direct(c);
  const where = `${c.family}: ${c.method} ${ROUTE(c).route}`;
  if (first.status !== second.status) throw new Error(`${where}: ${first.status} then ${second.status}`);
  if (!first.bytes.equals(second.bytes))
    throw new Error(
      `${where}: two answers to one request: ${first.bytes.toString('utf8', 0, 200)} / ${second.bytes.toString('utf8', 0, 200)}`,
    );
  checkAnswer(c, first);
  return first;
}

// ---------------------------------------------------------------------------------------------------------------
// hostile bodies

const json = (family: string, value: Json): Pick<Case, 'family' | 'body' | 'parsed'> => ({
  family,
  body: JSON.stringify(value),
  parsed: value,
});
/** A text and what JSON.parse makes of it (undefined when it is no JSON). */
const raw = (family: string, text: string): Pick<Case, 'family' | 'body' | 'parsed'> => {
  let parsed: Json;
  try {
    parsed = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    parsed = undefined;
  }
  return { family, body: text, parsed };
};

type Path = Array<string | number>;
function pathsOf(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  if (value !== null && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) {
      const path = [...prefix, Array.isArray(value) ? Number(key) : key];
      out.push(path);
      pathsOf(child, path, out);
    }
  return out;
}
const objectPaths = (root: Json): Path[] =>
  [[] as Path, ...pathsOf(root)].filter((p) => {
    let node = root;
    for (const k of p) node = node[k];
    return node !== null && typeof node === 'object' && !Array.isArray(node);
  });
const smallObjects = objectPaths(small);
const inline = { ...small, plan: planDocument };
const inlineObjects = objectPaths(inline);
const smallLeaves = pathsOf(small);

function at(root: Json, path: Path): Json {
  let node = root;
  for (const k of path) node = node[k];
  return node;
}
function defineOwn(node: Json, key: string, value: Json): void {
  Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
}

/** JSON number tokens JSON.stringify cannot write, and strings that look like numbers. */
const NUMBER_TOKENS = [
  '1e309',
  '-1e309',
  '-0',
  '9007199254740993',
  '-9007199254740993',
  '9007199254740992',
  '9007199254740991',
  '123456789012345678901234567890',
  '1E400',
  '0.1e-400',
  '"NaN"',
  '"Infinity"',
  '"-0"',
  '"1e309"',
];

const oddText = fc.constantFrom(
  '\u0000',
  'a\u0000b',
  '\u202eabc',
  'abc\u2066x\u2069',
  '\ud800',
  'a\udc00b',
  '\ufeffa',
  'а', // Cyrillic
  'ａ',
  'Xã Hòa An',
  'Xã Hoà An',
  'XÃ HÒA AN',
  'Xa\u0303 Ho\u0300a An',
  '\u200b',
  ' ',
  '',
  'x'.repeat(64),
  'x'.repeat(65),
  'x'.repeat(200),
  'x'.repeat(201),
  '<script>',
  '../../etc/passwd',
  '%00',
);

const hostileBody: fc.Arbitrary<Pick<Case, 'family' | 'body' | 'parsed'>> = fc.oneof(
  // arbitrary JSON, anywhere
  fc.jsonValue({ maxDepth: 4 }).map((v) => json('arbitrary-json', v)),
  fc
    .dictionary(fc.constantFrom('plan', 'units', 'options', 'x'), fc.jsonValue({ maxDepth: 3 }))
    .map((v) => json('arbitrary-top', v)),
  // nesting at and past the 64 levels
  fc
    .tuple(fc.constantFrom(62, 63, 64, 65, 200, 5000), fc.constantFrom('[', '{"a":'), fc.boolean())
    .map(([depth, open, inside]) => {
      const deep = `${open.repeat(depth)}1${(open === '[' ? ']' : '}').repeat(depth)}`;
      return raw(
        `deep-${depth}`,
        inside ? `{"plan":"${PLAN_ID}","units":[{"id":"a","values":{"tc01":${deep}}}]}` : deep,
      );
    }),
  // sizes at and past each limit: body bytes, units, id and text lengths
  fc.tuple(fc.constantFrom(-1, 0, 1, 100), fc.constantFrom('a', 'é', '\u{1F600}')).map(([over, fill]) => {
    const head = `{"plan":"${PLAN_ID}","units":[{"id":"a","block":"xa","values":{"tc01":"`;
    const tail = '"}}]}';
    const room = BODY_LIMIT - Buffer.byteLength(head + tail) + over;
    const each = Buffer.byteLength(fill);
    return raw(
      `body-size${over >= 0 ? '+' : ''}${over}`,
      `${head}${fill.repeat(Math.max(0, Math.floor(room / each)))}${tail}`,
    );
  }),
  fc.constantFrom(MAX_UNITS - 1, MAX_UNITS, MAX_UNITS + 1, 500).map((n) =>
    json(`units-${n}`, {
      plan: PLAN_ID,
      units: Array.from({ length: n }, (_, i) => ({ id: `u${i}`, block: 'xa', values: { tc01: 'Có' } })),
    }),
  ),
  fc
    .tuple(fc.constantFrom(9_999, 10_000, 10_001), fc.constantFrom('values', 'facts', 'name'))
    .map(([length, where]) => {
      const unit: Json = { id: 'a', block: 'xa', values: {} };
      if (where === 'name') unit.name = 'n'.repeat(length);
      else unit[where] = { tc01: 'x'.repeat(length) };
      return json(`text-${where}-${length}`, { plan: PLAN_ID, units: [unit] });
    }),
  fc
    .constantFrom(199, 200, 201)
    .map((length) =>
      json(`key-${length}`, { plan: PLAN_ID, units: [{ id: 'a', values: { ['k'.repeat(length)]: 1 } }] }),
    ),
  // prototype keys at every level of a valid request, with a built-in plan or an inline one
  fc
    .tuple(fc.boolean(), fc.nat(), fc.constantFrom(...PROTO_KEYS), fc.jsonValue({ maxDepth: 1 }))
    .map(([useInline, which, key, value]) => {
      const base = structuredClone(useInline ? inline : small);
      const paths = useInline ? inlineObjects : smallObjects;
      const path = paths[which % paths.length];
      defineOwn(at(base, path), key, value);
      return json(`proto-${key}-${path.slice(0, 2).join('.') || 'top'}`, base);
    }),
  // a key written twice, at any level
  fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 1 })).map(([which, value]) => {
    const path = smallObjects[which % smallObjects.length];
    const base = structuredClone(small);
    const node = at(base, path);
    const key = Object.keys(node)[0] ?? 'k';
    const marker = '"__DUPLICATE__":0';
    defineOwn(node, '__DUPLICATE__', 0);
    const text = JSON.stringify(base).replace(marker, `${JSON.stringify(key)}:${JSON.stringify(value)}`);
    return raw(`duplicate-key-${path.slice(0, 2).join('.') || 'top'}`, text);
  }),
  // numbers JSON cannot carry, at any leaf of a valid request
  fc.tuple(fc.nat(), fc.constantFrom(...NUMBER_TOKENS)).map(([which, token]) => {
    const path = smallLeaves[which % smallLeaves.length];
    const base = structuredClone(small);
    at(base, path.slice(0, -1))[path[path.length - 1]] = '__NUMBER__';
    return raw(`number-${token}`, JSON.stringify(base).replace('"__NUMBER__"', token));
  }),
  // odd characters in ids and names, look-alike ids side by side
  fc
    .tuple(oddText, oddText, fc.constantFrom('id', 'name', 'block', 'collective', 'plan'))
    .map(([a, b, field]) => {
      const units = [
        { id: 'u1', block: 'xa', values: { tc01: 'Có' } },
        { id: 'u2', block: 'xa', values: { tc01: 'Có' } },
      ] as Json[];
      if (field === 'plan') return json(`odd-plan-id`, { plan: a, units });
      units[0][field] = a;
      units[1][field] = b;
      return json(`odd-${field}`, { plan: PLAN_ID, units });
    }),
  fc
    .constantFrom(...PROTO_KEYS)
    .map((key) => json(`plan-id-${key}`, { plan: key, units: [{ id: 'a', values: {} }] })),
  // not JSON, not text
  fc.string({ unit: 'binary', maxLength: 200 }).map((t) => raw('text', t)),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => ({ family: 'bytes', body: bytes, parsed: undefined })),
  fc.constantFrom(
    raw('bom-utf8', `\ufeff${JSON.stringify(small)}`),
    raw('bom-twice', `\ufeff\ufeff${JSON.stringify(small)}`),
    raw('empty', ''),
    raw('whitespace', ' \n\t'),
    raw('nul', '\u0000'),
    { family: 'bom-utf16', body: new Uint8Array([0xfe, 0xff, 0, 0x7b, 0, 0x7d]), parsed: undefined },
    {
      family: 'latin1',
      body: new Uint8Array([...Buffer.from('{"plan":"caf'), 0xe9, 0x22, 0x7d]),
      parsed: undefined,
    },
  ),
);

const contentTypes = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=UTF-8',
  'application/json;charset="utf-8"',
  'application/problem+json',
  'application/json; charset=utf-16',
  'application/json; charset=utf-8; charset=latin1',
  'application/json; charset=utf8',
  'text/json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/jsonx',
  '',
);

const queries = fc.constantFrom(
  '',
  '',
  '?x=1',
  '?plan=other&lang=en',
  '?__proto__[x]=1',
  '?id=%00',
  '?a=%E0%A4%A',
  `?${'q'.repeat(4000)}=1`,
);

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'get', 'Post'];

const planIds = fc.oneof(
  fc.constantFrom(
    PLAN_ID,
    PLAN_ID.toUpperCase(),
    `${PLAN_ID} `,
    `${PLAN_ID}\u200b`,
    ...PROTO_KEYS,
    '',
    '..',
    '%2e%2e',
    'x'.repeat(300),
  ),
  oddText,
  fc.string({ maxLength: 20 }),
);

/** One hostile request: any route, any method, any body, type, query and Content-Length. */
const hostileCase: fc.Arbitrary<Case> = fc
  .record({
    route: fc.oneof(
      { arbitrary: fc.constantFrom(...BODY_ROUTES), weight: 4 },
      { arbitrary: fc.constantFrom(...routes), weight: 1 },
    ),
    ownMethod: fc.boolean(),
    method: fc.constantFrom(...METHODS),
    query: queries,
    id: planIds,
    payload: hostileBody,
    type: contentTypes,
    length: fc.constantFrom('none', 'none', 'true', 'less', 'more', 'garbage'),
    encoding: fc.constantFrom(undefined, undefined, undefined, 'gzip', 'identity'),
    origin: fc.constantFrom(undefined, undefined, 'https://localhost:3000', 'https://evil.example', 'null'),
    preflight: fc.constantFrom(undefined, 'POST', 'GET', 'DELETE'),
  })
  .map(
    ({ route, ownMethod, method, query, id, payload, type, length, encoding, origin, preflight }): Case => {
      const chosen = ownMethod ? route.methods[0] : method;
      const bytes =
        typeof payload.body === 'string' ? Buffer.byteLength(payload.body) : (payload.body?.length ?? 0);
      const headers: Record<string, string> = {};
      if (type) headers['content-type'] = type;
      if (encoding) headers['content-encoding'] = encoding;
      if (origin) headers.origin = origin;
      if (origin && preflight) headers['access-control-request-method'] = preflight;
      if (length !== 'none')
        headers['content-length'] =
          length === 'true'
            ? String(bytes)
            : length === 'less'
              ? String(Math.max(0, bytes - 1))
              : length === 'more'
                ? String(bytes + 1000)
                : 'abc';
      return {
        ...payload,
        family: `${route.name}/${payload.family}`,
        route: route.name,
        method: chosen,
        query,
        ...(route.route.includes('{id}') ? { id } : {}),
        headers,
      };
    },
  );

// ---------------------------------------------------------------------------------------------------------------

let restoreEnv: () => void;
beforeAll(async () => {
  restoreEnv = useEnv({ maxBodyBytes: String(BODY_LIMIT), maxUnits: String(MAX_UNITS) });
  document = (await readResponse(await openapi(getRequest('openapi.json'), testContext().context))).json;
  ajv.addSchema({ ...document, $id: 'contract' });
});
afterAll(() => restoreEnv());

describe('fuzz against the contract: every route, hostile input, answers as documented', () => {
  it('the handlers, called directly (twice each: the same bytes)', async () => {
    await fc.assert(
      fc.asyncProperty(hostileCase, async (c) => {
        await directTwice(c);
      }),
      { numRuns: 1000, seed: SEED },
    );
  });

  it('every path of a valid request with a hostile value (score, validate, dossier)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...BODY_ROUTES),
        fc.nat(),
        fc.oneof(fc.jsonValue({ maxDepth: 2 }), oddText, fc.constantFrom(...PROTO_KEYS)),
        async (route, which, value) => {
          const base = structuredClone(small);
          const path = smallLeaves[which % smallLeaves.length];
          at(base, path.slice(0, -1))[path[path.length - 1]] = value;
          await directTwice({
            ...json(`leaf ${path.join('.')}`, base),
            route: route.name,
            method: 'POST',
            query: '',
            headers: { 'content-type': 'application/json' },
          });
        },
      ),
      { numRuns: 150, seed: SEED },
    );
  });

  describe.each([
    ['with auth on (no key set reachable)', 'complete'],
    ['with auth on and settings missing', 'incomplete'],
  ])('%s', (_name, settings) => {
    let restore: () => void;
    beforeAll(() => {
      restore = useEnv({
        maxBodyBytes: String(BODY_LIMIT),
        maxUnits: String(MAX_UNITS),
        auth: 'on',
        ...(settings === 'complete'
          ? {
              tenantId: '00000000-0000-4000-8000-000000000000',
              audience: 'api://thidua',
              requiredScope: 'Scores.Calculate',
              jwksUrl: 'http://127.0.0.1:9/keys',
            }
          : { audience: 'api://thidua' }),
      });
    });
    afterAll(() => restore());

    const token = fc.constantFrom(
      undefined,
      '',
      'Bearer',
      'Bearer ',
      'bearer abc',
      'Basic dXNlcjpwYXNz',
      'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.',
      'Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6IngifQ.eyJhdWQiOiJhcGk6Ly90aGlkdWEifQ.c2ln',
      `Bearer ${'a'.repeat(9000)}`,
    );

    it('every route: token problems and missing settings answered as documented', async () => {
      await fc.assert(
        fc.asyncProperty(hostileCase, token, async (c, authorization) => {
          const headers = { ...c.headers };
          if (authorization !== undefined) headers.authorization = authorization;
          await directTwice({ ...c, headers });
        }),
        { numRuns: 150, seed: SEED },
      );
    });
  });

  describe('through the local host', () => {
    let host: LocalHost;
    beforeAll(async () => {
      host = await startLocalHost({ port: 0, log: () => undefined });
    });
    afterAll(() => host.close());

    /** One request on its own connection, written byte for byte (Content-Length as the case says, even a lie). */
    function overSocket(c: Case): Promise<Answer> {
      const concrete = ROUTE(c).route.replace('{id}', encodeURIComponent(c.id ?? ''));
      const body =
        c.body === undefined
          ? Buffer.alloc(0)
          : typeof c.body === 'string'
            ? Buffer.from(c.body)
            : Buffer.from(c.body);
      const withBody = !['GET', 'HEAD'].includes(c.method.toUpperCase());
      const headers = { ...c.headers };
      if (withBody && headers['content-length'] === undefined)
        headers['content-length'] = String(body.length);
      const head =
        `${c.method} /api/${concrete}${c.query} HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\n` +
        Object.entries(headers)
          .map(([k, v]) => `${k}: ${v}\r\n`)
          .join('') +
        '\r\n';
      const { port } = new URL(host.url);
      return new Promise((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1');
        const chunks: Buffer[] = [];
        socket.on('data', (d: Buffer) => chunks.push(d));
        socket.on('error', () => undefined);
        socket.setTimeout(10_000, () => socket.destroy());
        socket.on('close', () => {
          const all = Buffer.concat(chunks);
          const split = all.indexOf('\r\n\r\n');
          if (split < 0) {
            // the host dropped a connection whose body broke off (Content-Length said more than came): the handler
            // answered 499 to nobody. Nothing was answered wrongly.
            if (headers['content-length'] !== undefined && Number(headers['content-length']) > body.length)
              return resolve({ status: 499, headers: new Headers(), bytes: Buffer.alloc(0) });
            return reject(new Error(`${c.family}: no answer`));
          }
          const lines = all.subarray(0, split).toString('latin1').split('\r\n');
          const status = Number(lines[0].split(' ')[1]);
          const h = new Headers();
          for (const line of lines.slice(1)) {
            const colon = line.indexOf(':');
            h.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
          }
          let rest = all.subarray(split + 4);
          if (h.get('transfer-encoding')?.includes('chunked')) {
            const parts: Buffer[] = [];
            for (;;) {
              const eol = rest.indexOf('\r\n');
              const size = parseInt(rest.subarray(0, eol).toString('latin1'), 16);
              if (!size) break;
              parts.push(rest.subarray(eol + 2, eol + 2 + size));
              rest = rest.subarray(eol + 4 + size);
            }
            rest = Buffer.concat(parts);
          } else if (h.has('content-length')) rest = rest.subarray(0, Number(h.get('content-length')));
          resolve({ status, headers: h, bytes: c.method.toUpperCase() === 'HEAD' ? Buffer.alloc(0) : rest });
        });
        socket.write(head);
        if (withBody) socket.write(body);
        socket.end();
      });
    }

    it('hostile requests over HTTP, and the same answer as the handler for what both can send', async () => {
      await fc.assert(
        fc.asyncProperty(hostileCase, async (c) => {
          // /api/plans/, /api/plans/. and /api/plans/.. are other paths (the list, or none), not an id
          if (c.id !== undefined && ['', '.', '..'].includes(c.id)) return;
          const res = await overSocket(c);
          if (res.status === 499) return;
          checkAnswer(c, res, true);
          // a truthful request the handler can be given alike: the same status and body
          const cl = c.headers['content-length'];
          const truthful = cl === undefined || cl === String(Buffer.byteLength(c.body ?? ''));
          const bodyless = ['GET', 'HEAD'].includes(c.method.toUpperCase());
          if (!truthful || (bodyless && c.body !== undefined && cl !== undefined)) return;
          if (c.query.length > 1000 || (res.status === 400 && !res.headers.has('x-invocation-id'))) return;
          const same = await direct(bodyless ? { ...c, body: undefined } : c);
          if (c.method.toUpperCase() === 'HEAD') same.bytes = Buffer.alloc(0); // the host sends no body
          if (same.status !== res.status || !same.bytes.equals(res.bytes))
            throw new Error(
              `${c.family} ${JSON.stringify(c.headers)}: local host ${res.status} / handler ${same.status}, from byte ${firstDifference(res.bytes, same.bytes)}: ${res.bytes.toString('utf8', 0, 600)} / ${same.bytes.toString('utf8', 0, 600)}`,
            );
        }),
        { numRuns: 300, seed: SEED },
      );
    });
  });

  it('reached every status and every kind of place a problem names', () => {
    for (const status of ['200', '204', '400', '401', '403', '404', '405', '413', '415', '422', '503'])
      expect([status, seen.has(status)]).toEqual([status, true]);
    for (const place of [
      '(body)',
      '(method)',
      '(headers).content-type',
      '(headers).content-encoding',
      'a request path',
    ])
      expect([place, seen.has(place)]).toEqual([place, true]);
  });
});

// The path of a key a request object does not take is its parent ("(body)", "units[0]"): the key is named only in the
// message. The path should lead to the key itself. Where it is made: the zod issue's path (shared/src/messages/zod.ts)
// and the "(body)" put for an empty one (shared/src/api/score-request.ts).
describe('a key the request does not take is named by its own path', () => {
  it.each([
    ['{"plan":"phung-hiep-2023-xa","units":[],"constructor":{}}', 'constructor'],
    ['{"plan":"phung-hiep-2023-xa","units":[{"id":"a","values":{},"__proto__":1}]}', 'units[0].__proto__'],
  ])('%s → %s', async (body, path) => {
    const res = await direct({
      family: 'unknown-key',
      route: 'score',
      method: 'POST',
      query: '',
      headers: { 'content-type': 'application/json' },
      body,
      parsed: JSON.parse(body),
    });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.bytes.toString('utf8')).problems.map((p: Json) => p.path)).toEqual([path]);
  });
});
