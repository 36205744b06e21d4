/**
 * Every exchange the API documents, checked by an independent validator (ajv, JSON Schema draft 2020-12) against the
 * document it serves at /api/openapi.json: each example request scored in both languages with each explanation
 * option, every built-in plan document, /plans, /health, /validate, /dossier's errors and each error status. An
 * answer the document does not describe — a field it does not list, a status it does not name, another content
 * type — fails here.
 */
import './quiet-azure';

import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

import { HttpRequest, type HttpRequestInit } from '@azure/functions';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';

import { builtInPlanDocument, builtInPlanIds } from '@thidua/core';
import { dossier } from '../src/functions/dossier';
import { health } from '../src/functions/health';
import { openapi } from '../src/functions/openapi';
import { plan } from '../src/functions/plan';
import { planSchema } from '../src/functions/plan-schema';
import { plans } from '../src/functions/plans';
import { score } from '../src/functions/score';
import { validate } from '../src/functions/validate';
import { startLocalHost, type LocalHost } from '../src/local-host';
import {
  getRequest,
  jsonRequest,
  readResponse,
  ROOT,
  testContext,
  useEnv,
  type ReadResponse,
} from './helpers';
import { loadContract, type Contract } from './contract';

type Handler = typeof score;

let restoreEnv: () => void;
beforeEach(() => {
  restoreEnv = useEnv({});
});
afterEach(() => restoreEnv());

async function call(handler: Handler, request: HttpRequest): Promise<ReadResponse> {
  return readResponse(await handler(request, testContext().context));
}

let contract: Contract;

beforeAll(async () => {
  contract = await loadContract('https://thidua.local/openapi.json');
});

const expectDocumented = (res: ReadResponse, route: string, method: 'get' | 'post' | 'head') =>
  contract.expectDocumented(res, route, method);

const EXAMPLES = readdirSync(path.join(ROOT, 'examples'))
  .filter((f) => f.endsWith('.input.json'))
  .sort();

function example(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(ROOT, 'examples', file), 'utf8'));
}

const OPTIONS: Record<string, unknown>[] = [
  {},
  { explain: 'none' },
  { explain: 'summary' },
  { explain: 'full' },
  { explanations: true },
  { explanations: false },
];

describe('POST /api/score: every example, both languages, each explanation option', () => {
  it.each(EXAMPLES)('%s', async (file) => {
    const body = example(file);
    for (const lang of ['vi', 'en'])
      for (const extra of OPTIONS) {
        const options = { ...(body.options as object | undefined), lang, ...extra };
        const res = await call(score, jsonRequest('score', JSON.stringify({ ...body, options })));
        expect(res.status).toBe(200);
        expectDocumented(res, '/api/score', 'post');
        const full = extra.explain === 'full' || extra.explanations === true;
        expect(res.json.explain).toBe(full ? 'full' : extra.explain === 'none' ? 'none' : 'summary');
        for (const r of res.json.results) {
          expect(r.criteria !== undefined).toBe(full);
          expect(r.explanation !== undefined).toBe(extra.explain !== 'none');
        }
      }
  });
});

describe('POST /api/score with a self-assessment beside the appraised values', () => {
  it('answers both scores side by side (appraisal), as documented', async () => {
    const body = example('phung-hiep-2023-xa.input.json') as { units: Record<string, unknown>[] };
    body.units[0].selfAssessment = {
      values: { tc08: '95%' },
      reasons: { tc08: 'Kiểm tra lại trên hệ thống' },
    };
    for (const explain of ['none', 'full']) {
      const res = await call(score, jsonRequest('score', JSON.stringify({ ...body, options: { explain } })));
      expect(res.status).toBe(200);
      expectDocumented(res, '/api/score', 'post');
      expect(res.json.appraisal.units[0].items[0]).toMatchObject({
        id: 'tc08',
        reason: 'Kiểm tra lại trên hệ thống',
      });
    }
  });
});

describe('POST /api/validate and the plan documents', () => {
  it.each(EXAMPLES)('validate %s', async (file) => {
    for (const lang of ['vi', 'en']) {
      const body = { ...example(file), options: { lang } };
      const res = await call(validate, jsonRequest('validate', JSON.stringify(body)));
      expect(res.status).toBe(200);
      expectDocumented(res, '/api/validate', 'post');
    }
  });

  it('GET /api/plans and every GET /api/plans/{id}: the document as written, valid against /api/plan-schema', async () => {
    const list = await call(plans, getRequest('plans'));
    expectDocumented(list, '/api/plans', 'get');
    const schema = await call(planSchema, getRequest('plan-schema'));
    expectDocumented(schema, '/api/plan-schema', 'get');
    const planAjv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(planAjv);
    const planValid = planAjv.compile(schema.json);
    for (const id of builtInPlanIds()) {
      const res = await call(plan, getRequest(`plans/${id}`, { id }));
      expectDocumented(res, '/api/plans/{id}', 'get');
      expect(res.json).toEqual(builtInPlanDocument(id));
      if (!planValid(res.json)) throw new Error(`${id}: ${planAjv.errorsText(planValid.errors)}`);
    }
    expectDocumented(
      await call(plan, getRequest('plans/khong-co', { id: 'khong-co' })),
      '/api/plans/{id}',
      'get',
    );
  });

  it('the plan schema refuses what the server refuses: a date that does not exist, an id with a space', async () => {
    const schema = (await call(planSchema, getRequest('plan-schema'))).json;
    const planAjv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(planAjv);
    const planValid = planAjv.compile(schema);
    const document = structuredClone(builtInPlanDocument('phung-hiep-2023-xa')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(planValid(document)).toBe(true);
    expect(planValid({ ...document, period: { from: '2023-13-45', to: '2023-12-31' } })).toBe(false);
    expect(planValid({ ...document, id: 'co dau cach' })).toBe(false);
    expect(schema.description).toMatch(/unique/);
  });

  it('GET /api/health, ok and misconfigured; GET /api/openapi.json', async () => {
    expectDocumented(await call(health, getRequest('health')), '/api/health', 'get');
    restoreEnv();
    restoreEnv = useEnv({ auth: 'on' });
    const misconfigured = await call(health, getRequest('health'));
    expect(misconfigured.json.status).toBe('misconfigured');
    expectDocumented(misconfigured, '/api/health', 'get');
    expectDocumented(await call(openapi, getRequest('openapi.json')), '/api/openapi.json', 'get');
  });
});

const SCORE_ROUTES: [string, Handler][] = [
  ['score', score],
  ['validate', validate],
  ['dossier', dossier],
];

describe('each error status, on every route that can send it', () => {
  const invalidPlan = () => {
    const document = structuredClone(builtInPlanDocument('phung-hiep-2023-xa')) as Record<string, unknown>;
    return { ...document, period: { from: '2023-12-31', to: '2023-01-01' }, version: undefined };
  };

  it.each(SCORE_ROUTES)('%s: 400, 404, 413, 415, 422', async (route, handler) => {
    const sample = example('phung-hiep-2023-xa.input.json');
    const bodies: [number, HttpRequest][] = [
      [400, jsonRequest(route, '{"plan":')],
      [400, jsonRequest(route, JSON.stringify({ plan: 'phung-hiep-2023-xa', units: [{ id: '' }] }))],
      [
        400,
        jsonRequest(route, JSON.stringify({ ...sample, options: { explain: 'none', explanations: true } })),
      ],
      [404, jsonRequest(route, JSON.stringify({ plan: 'khong-co', units: [] }))],
      [415, jsonRequest(route, '{}', { 'content-type': 'text/plain' })],
      [422, jsonRequest(route, JSON.stringify({ plan: invalidPlan(), units: [] }))],
    ];
    for (const [status, request] of bodies) {
      const res = await call(handler, request);
      expect(res.status).toBe(status);
      expectDocumented(res, `/api/${route}`, 'post');
    }
    restoreEnv();
    restoreEnv = useEnv({ maxUnits: '2' });
    const tooMany = await call(handler, jsonRequest(route, JSON.stringify(sample)));
    expect(tooMany.status).toBe(413);
    expectDocumented(tooMany, `/api/${route}`, 'post');
  });

  it('a 422 names each problem in Vietnamese with the English beside (zod vi locale), and refuses a reversed period', async () => {
    const res = await call(score, jsonRequest('score', JSON.stringify({ plan: invalidPlan(), units: [] })));
    const byPath = new Map<string, { message: string; messageEn: string }>(
      res.json.problems.map((p: { path: string }) => [p.path, p]),
    );
    expect(byPath.get('plan.version')).toMatchObject({
      message: 'Thiếu giá trị: mong đợi chuỗi',
      messageEn: 'Missing: expected a string',
    });
    expect(byPath.get('plan.period.to')?.message).toMatch(/không trước ngày bắt đầu/);
    const date = structuredClone(builtInPlanDocument('phung-hiep-2023-xa')) as Record<string, unknown>;
    date.period = { from: '2023-13-45', to: '2023-12-31' };
    const bad = await call(score, jsonRequest('score', JSON.stringify({ plan: date, units: [] })));
    expect(bad.status).toBe(422);
    expect(bad.json.problems.map((p: { path: string }) => p.path)).toContain('plan.period.from');
  });

  it('499: the client went away mid-body', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"plan":"phung-hiep-2023-xa","units":['));
        controller.error(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
      },
    });
    const nativeRequest = new Request('http://localhost:7071/api/score', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': '4000' },
      body,
      duplex: 'half',
    } as RequestInit);
    const res = await call(score, new HttpRequest({ nativeRequest, params: {} } as HttpRequestInit));
    expect(res.status).toBe(499);
    expectDocumented(res, '/api/score', 'post');
  });

  it('503 on every protected route while the auth settings are incomplete; /health still answers', async () => {
    restoreEnv();
    restoreEnv = useEnv({ auth: 'on' });
    const gets: [string, Handler, Record<string, string>][] = [
      ['/api/plans', plans, {}],
      ['/api/plans/{id}', plan, { id: 'phung-hiep-2023-xa' }],
      ['/api/plan-schema', planSchema, {}],
      ['/api/openapi.json', openapi, {}],
    ];
    for (const [route, handler, params] of gets) {
      const res = await call(handler, getRequest(route.slice(5), params));
      expect(res.status).toBe(503);
      expectDocumented(res, route, 'get');
    }
    const res = await call(score, jsonRequest('score', '{}'));
    expect(res.status).toBe(503);
    expectDocumented(res, '/api/score', 'post');
  });
});

describe('through the local host: 401 and 403 on protected GETs and POSTs, 405 for another method', () => {
  const TENANT = '11111111-2222-3333-4444-555555555555';
  const AUDIENCE = 'api://thidua-conformance';
  let key: KeyLike;
  let jwks: Server;
  let host: LocalHost;
  let jwksUrl = '';

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    key = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k', alg: 'RS256', use: 'sig' };
    jwks = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/keys`;
    host = await startLocalHost({ port: 0, log: () => undefined });
  });
  // settings are read per request: each test runs with auth on (the outer hook has just turned everything off)
  beforeEach(() => {
    restoreEnv();
    restoreEnv = useEnv({
      auth: 'on',
      tenantId: TENANT,
      audience: AUDIENCE,
      requiredScope: 'Scores.Calculate',
      jwksUrl,
    });
  });
  afterAll(async () => {
    await host.close();
    await new Promise<void>((resolve) => jwks.close(() => resolve()));
  });

  const tokenWithout = () =>
    new SignJWT({ tid: TENANT, scp: 'User.Read' })
      .setProtectedHeader({ alg: 'RS256', kid: 'k', typ: 'JWT' })
      .setIssuer(`https://login.microsoftonline.com/${TENANT}/v2.0`)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(key);

  async function fetchRead(url: string, init: RequestInit): Promise<ReadResponse> {
    const res = await fetch(url, init);
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, text, json };
  }

  it('401 without a token, 403 without the scope, on each protected route', async () => {
    const routes: [string, string, 'get' | 'post'][] = [
      ['/api/plans', '/api/plans', 'get'],
      ['/api/plans/phung-hiep-2023-xa', '/api/plans/{id}', 'get'],
      ['/api/plan-schema', '/api/plan-schema', 'get'],
      ['/api/openapi.json', '/api/openapi.json', 'get'],
      ['/api/score', '/api/score', 'post'],
      ['/api/validate', '/api/validate', 'post'],
      ['/api/dossier', '/api/dossier', 'post'],
    ];
    const forbidden = await tokenWithout();
    for (const [url, route, method] of routes)
      for (const [status, headers] of [
        [401, {}],
        [403, { authorization: `Bearer ${forbidden}` }],
      ] as const) {
        const init: RequestInit =
          method === 'get'
            ? { headers }
            : { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: '{}' };
        const res = await fetchRead(`${host.url}${url}`, init);
        expect(res.status).toBe(status);
        expectDocumented(res, route, method);
      }
  });

  it('HEAD on every GET route is documented as its own operation, with the statuses it sends and no body', async () => {
    const gets = Object.keys(contract.document.paths).filter((route) => contract.document.paths[route].get);
    expect(gets.length).toBeGreaterThanOrEqual(5);
    for (const route of gets) {
      const { get, head } = contract.document.paths[route];
      expect(head?.operationId).toBe(`${get.operationId}Head`);
      expect(Object.keys(head.responses)).toEqual(Object.keys(get.responses));
      const url = route.replace('{id}', 'phung-hiep-2023-xa');
      const res = await fetchRead(`${host.url}${url}`, { method: 'HEAD' });
      expect(res.status).toBe(route === '/api/health' ? 200 : 401);
      expectDocumented(res, route, 'head');
    }
  });

  it('405 with Allow for a method a route does not take', async () => {
    for (const [url, route, method] of [
      ['/api/health', '/api/health', 'get'],
      ['/api/score', '/api/score', 'post'],
    ] as const) {
      const res = await fetchRead(`${host.url}${url}`, { method: method === 'get' ? 'DELETE' : 'PUT' });
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBeTruthy();
      expectDocumented(res, route, method);
    }
  });
});
