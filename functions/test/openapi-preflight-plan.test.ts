/**
 * What an independent validator of /api/openapi.json checks beyond the answers of GET and POST: the inline plan of a
 * request is the published Plan schema (the one /api/plan-schema serves), every path documents its OPTIONS
 * (preflight) answers with their headers, and the local host routes a percent-encoded path as the Functions host
 * does (ASP.NET Core decodes the path, except "%2F").
 */
import './quiet-azure';

import { request as httpRequest } from 'node:http';

import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { HttpRequest } from '@azure/functions';

import { plan } from '../src/functions/plan';
import { planSchema } from '../src/functions/plan-schema';
import { score } from '../src/functions/score';
import { validate } from '../src/functions/validate';
import { decodedPath, startLocalHost, type LocalHost } from '../src/local-host';
import { routes } from '../src/routes';
import { loadContract, type Contract } from './contract';
import { getRequest, jsonRequest, readResponse, testContext, useEnv, type ReadResponse } from './helpers';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const ORIGIN = 'https://localhost:3000';
const PLAN_ID = 'phung-hiep-2023-xa';

let restoreEnv: () => void;
let contract: Contract;
let ajv: Ajv2020;
let requestValid: ValidateFunction;
let servedPlanValid: ValidateFunction;

beforeAll(async () => {
  restoreEnv = useEnv({ corsOrigins: ORIGIN });
  contract = await loadContract('https://thidua.local/preflight-plan/openapi.json');
  ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addFormat('binary', true);
  ajv.addSchema({ ...contract.document, $id: 'https://thidua.local/preflight-plan/doc.json' });
  requestValid = ajv.compile({
    $ref: 'https://thidua.local/preflight-plan/doc.json#/components/schemas/ScoreRequest',
  });
  const served = await readResponse(await planSchema(getRequest('plan-schema'), testContext().context));
  servedPlanValid = new Ajv2020({ allErrors: true, strict: false })
    .addFormat('date', true)
    .compile(served.json);
});
afterAll(() => restoreEnv());

async function call(handler: typeof score, request: HttpRequest): Promise<ReadResponse> {
  return readResponse(await handler(request, testContext().context));
}

async function builtIn(id: string): Promise<Json> {
  return (await call(plan, getRequest(`plans/${id}`, { id }))).json;
}

describe('the inline plan of /score, /validate and /dossier is the published Plan schema', () => {
  it('the request schemas refer to components.Plan for an inline plan, beside a built-in plan id', () => {
    const schemas = contract.document.components.schemas;
    for (const name of ['ScoreRequest', 'DossierRequest']) {
      const member = schemas[name].properties.plan;
      expect(member.anyOf).toEqual([
        expect.objectContaining({ type: 'string', minLength: 1 }),
        expect.objectContaining({ allOf: [{ $ref: '#/components/schemas/Plan' }] }),
      ]);
    }
    for (const path of ['/api/score', '/api/validate'])
      expect(contract.document.paths[path].post.requestBody.content['application/json'].schema).toEqual({
        $ref: '#/components/schemas/ScoreRequest',
      });
  });

  it('every built-in plan sent inline: valid for the request schema and for /api/plan-schema, scored 200', async () => {
    for (const id of [PLAN_ID, 'phung-hiep-2023-phong-ban', 'kien-giang-243-2023']) {
      const document = await builtIn(id);
      const body = { plan: document, units: [] };
      expect([id, requestValid(body), servedPlanValid(document)]).toEqual([id, true, true]);
      const scored = await call(score, jsonRequest('score', JSON.stringify(body)));
      expect([id, scored.status]).toEqual([id, 200]);
      contract.expectDocumented(scored, '/api/score', 'post');
    }
  });

  it('an inline plan the Plan schema refuses is refused by the server: 422 naming the plan field, documented', async () => {
    const document = await builtIn(PLAN_ID);
    const cases: [string, Json][] = [
      ['empty object', {}],
      ['version a number', { ...document, version: 1 }],
      ['unknown top-level key', { ...document, extraField: true }],
      ['blocks a string', { ...document, blocks: 'xa' }],
    ];
    for (const [what, inline] of cases) {
      const body = { plan: inline, units: [] };
      expect([what, requestValid(body), servedPlanValid(inline)]).toEqual([what, false, false]);
      for (const [route, handler] of [
        ['score', score],
        ['validate', validate],
      ] as const) {
        const res = await call(handler, jsonRequest(route, JSON.stringify(body)));
        expect([what, route, res.status]).toEqual([what, route, 422]);
        contract.expectDocumented(res, `/api/${route}`, 'post');
        for (const p of res.json.problems) expect(p.path).toMatch(/^plan(\.|\[|$)/);
      }
    }
  });

  it('a plan that is neither an id nor an object (array, number, empty text): 400 at "plan", schema refuses too', async () => {
    for (const inline of [[], 42, '', null]) {
      const body = { plan: inline, units: [] };
      expect(requestValid(body)).toBe(false);
      const res = await call(score, jsonRequest('score', JSON.stringify(body)));
      expect([inline, res.status]).toEqual([inline, 400]);
      expect(res.json.problems[0].path).toBe('plan');
      expect(res.json.problems[0].messageEn).toEqual(expect.any(String));
    }
  });
});

// --- OPTIONS ------------------------------------------------------------------------------------------------------

const validators = new Map<string, ValidateFunction>();
function schemaCheck(pointer: string): ValidateFunction {
  let check = validators.get(pointer);
  if (!check)
    validators.set(
      pointer,
      (check = ajv.compile({ $ref: `https://thidua.local/preflight-plan/doc.json#${pointer}` })),
    );
  return check;
}
const esc = (p: string) => p.replace(/~/g, '~0').replace(/\//g, '~1');

/** The answer is documented for OPTIONS: its status, every header it sends among those declared, its body. */
function expectPreflightDocumented(res: ReadResponse, path: string): void {
  const op = contract.document.paths[path].options;
  const documented = op.responses[String(res.status)];
  if (!documented) throw new Error(`OPTIONS ${path}: status ${res.status} is not documented`);
  const declared = documented.headers ?? {};
  for (const [name, h] of Object.entries(declared) as [string, Json][]) {
    const value = res.headers.get(name);
    if (h.required)
      expect([path, res.status, name, value]).toEqual([path, res.status, name, expect.any(String)]);
    if (value !== null && h.schema?.enum) expect([path, name, value]).toEqual([path, name, h.schema.enum[0]]);
  }
  for (const name of [
    'allow',
    'access-control-allow-origin',
    'access-control-expose-headers',
    'access-control-allow-methods',
    'access-control-allow-headers',
    'access-control-max-age',
  ])
    if (res.headers.get(name) !== null)
      expect([path, res.status, name, Object.keys(declared).map((k) => k.toLowerCase())]).toEqual([
        path,
        res.status,
        name,
        expect.arrayContaining([name]),
      ]);
  if (res.status === 204) {
    expect(res.text).toBe('');
    expect(documented.content).toBeUndefined();
    return;
  }
  const type = (res.headers.get('content-type') ?? '').split(';')[0];
  expect(Object.keys(documented.content)).toEqual([type]);
  const check = schemaCheck(
    `/paths/${esc(path)}/options/responses/${res.status}/content/${esc(type)}/schema`,
  );
  expect([path, res.status, check(res.json), check.errors]).toEqual([path, res.status, true, null]);
}

const docPathOf = (route: (typeof routes)[number]) => `/api/${route.route}`;
const urlOf = (route: (typeof routes)[number]) =>
  `http://localhost:7071/api/${route.route.replace('{id}', PLAN_ID)}`;

function preflight(route: (typeof routes)[number], headers: Record<string, string>): HttpRequest {
  return new HttpRequest({ method: 'OPTIONS', url: urlOf(route), headers, params: { id: PLAN_ID } });
}

describe('OPTIONS (CORS preflight) is documented for every path, and answers as documented', () => {
  it('every path has an OPTIONS operation without security, its Allow the exact methods of the path', () => {
    for (const route of routes) {
      const op = contract.document.paths[docPathOf(route)].options;
      expect(op.security).toEqual([]);
      expect(Object.keys(op.responses).sort()).toEqual([
        '204',
        '400',
        '403',
        '405',
        '408',
        '417',
        '431',
        '500',
      ]);
      const allow = route.methods.includes('GET') ? 'GET, HEAD, OPTIONS' : 'POST, OPTIONS';
      expect(op.responses['204'].headers.Allow).toMatchObject({ required: true, schema: { enum: [allow] } });
      expect(op.responses['405'].headers.Allow).toMatchObject({ required: true, schema: { enum: [allow] } });
      expect(op.responses['204'].headers['Access-Control-Allow-Methods'].schema.enum).toEqual([allow]);
    }
  });

  it('no Origin: 204 with Allow only; an allowed origin: 204 granting methods, headers and max-age', async () => {
    for (const route of routes) {
      const bare = await call(route.handler, preflight(route, {}));
      expect([route.name, bare.status]).toEqual([route.name, 204]);
      expect(bare.headers.get('access-control-allow-origin')).toBeNull();
      expectPreflightDocumented(bare, docPathOf(route));
      const own = route.methods[0];
      const granted = await call(
        route.handler,
        preflight(route, {
          origin: ORIGIN,
          'access-control-request-method': own,
          'access-control-request-headers': 'authorization, content-type',
        }),
      );
      expect([route.name, granted.status]).toEqual([route.name, 204]);
      expect(granted.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      expect(granted.headers.get('access-control-allow-headers')).toBe(
        'authorization, content-type, accept, accept-language',
      );
      expect(granted.headers.get('access-control-max-age')).toBe('600');
      expect(granted.headers.get('vary')).toMatch(/Origin/);
      expectPreflightDocumented(granted, docPathOf(route));
    }
  });

  it('another origin: 403 problem naming (headers).origin; a method the path does not take: 405 with Allow', async () => {
    for (const route of routes) {
      const foreign = await call(
        route.handler,
        preflight(route, { origin: 'https://evil.example', 'access-control-request-method': 'POST' }),
      );
      expect([route.name, foreign.status]).toEqual([route.name, 403]);
      expect(foreign.json.problems[0].path).toBe('(headers).origin');
      expect(foreign.json.problems[0].messageEn).toEqual(expect.any(String));
      expectPreflightDocumented(foreign, docPathOf(route));
      const wrong = await call(
        route.handler,
        preflight(route, { origin: ORIGIN, 'access-control-request-method': 'DELETE' }),
      );
      expect([route.name, wrong.status]).toEqual([route.name, 405]);
      expect(wrong.json.problems[0].path).toBe('(method)');
      expectPreflightDocumented(wrong, docPathOf(route));
    }
  });

  it('a preflight needs no token even when auth is on', async () => {
    const restore = useEnv({
      auth: 'on',
      tenantId: 'contoso.onmicrosoft.com',
      audience: 'api://thidua',
      requiredScope: 'Score',
      corsOrigins: ORIGIN,
    });
    try {
      const route = routes.find((r) => r.name === 'score')!;
      const res = await call(
        route.handler,
        preflight(route, { origin: ORIGIN, 'access-control-request-method': 'POST' }),
      );
      expect(res.status).toBe(204);
      expectPreflightDocumented(res, '/api/score');
    } finally {
      restore();
    }
  });
});

// --- percent-encoded paths ----------------------------------------------------------------------------------------

describe('the local host decodes the path as ASP.NET Core does: every escape but "%2F"', () => {
  it('decodedPath: letters, UTF-8 and "%25" decoded once; "%2F" kept; undecodable escapes are no path', () => {
    expect(decodedPath('/api/%70lans')).toBe('/api/plans');
    expect(decodedPath('/api/%50LANS')).toBe('/api/PLANS');
    expect(decodedPath('/api/plans/X%C3%A3%20H%C3%B2a')).toBe('/api/plans/Xã Hòa');
    expect(decodedPath('/api/%2570lans')).toBe('/api/%70lans');
    expect(decodedPath('/api/plans%2Fx%2fy')).toBe('/api/plans%2Fx%2fy');
    expect(decodedPath('/api/plans/%E0%A4%A')).toBeUndefined();
    expect(decodedPath('/api/plans/%FF')).toBeUndefined();
  });

  let host: LocalHost;
  beforeAll(async () => {
    host = await startLocalHost({ port: 0, log: () => undefined });
  });
  afterAll(() => host.close());

  function get(target: string): Promise<{ status: number; text: string }> {
    return new Promise((resolve, reject) => {
      const req = httpRequest(`${host.url}${target}`, { method: 'GET' }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('/api/%70lans is /api/plans (200, the same list); /api/%70l%61ns/… is the plan', async () => {
    const plain = await get('/api/plans');
    expect(plain.status).toBe(200);
    for (const target of ['/api/%70lans', '/api/pl%61ns', '/%61pi/plans', '/api/%50LANS'])
      expect([target, (await get(target)).status, (await get(target)).text === plain.text]).toEqual([
        target,
        200,
        true,
      ]);
    const one = await get(`/api/%70l%61ns/${PLAN_ID}`);
    expect(one.status).toBe(200);
    expect(JSON.parse(one.text).id).toBe(PLAN_ID);
    expect((await get('/api/h%65alth')).status).toBe(200);
  });

  it('no second decoding, no split on "%2F": 404 problems', async () => {
    for (const target of ['/api/%2570lans', `/api/plans%2F${PLAN_ID}`, '/api/plans/%FF']) {
      const res = await get(target);
      expect([target, res.status]).toEqual([target, 404]);
      expect(JSON.parse(res.text).problems[0].path).toBe('(url)');
    }
  });
});
