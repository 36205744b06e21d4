/**
 * Every path × method of /api/openapi.json, and every method the document does not list, sent over HTTP to the local
 * host as a validator would send them: the documented operations answer a status the document lists, with its
 * content type and schema; any other method is a 405 problem with an Allow header naming exactly the methods the
 * route serves; HEAD answers as GET without a body; OPTIONS answers preflights for the allowed origin only. The
 * headers every answer carries (charset, cache-control, nosniff) and those the document names (Allow on a 405,
 * WWW-Authenticate on a 401, the dossier's file name and document count, Retry-After when the signing keys cannot
 * be fetched) are checked on each.
 */
import './quiet-azure';

import { request as httpRequest } from 'node:http';

import { unzipSync } from 'fflate';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

import { startLocalHost, type LocalHost } from '../src/local-host';
import { loadContract, type Contract } from './contract';
import { sampleBody, useEnv, type ReadResponse } from './helpers';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const ORIGIN = 'https://localhost:3000';
const PLAN_ID = 'phung-hiep-2023-xa';
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE'] as const;

let restoreEnv: () => void = () => undefined;
let host: LocalHost;
let contract: Contract;

beforeAll(async () => {
  restoreEnv = useEnv({});
  contract = await loadContract('https://thidua.local/differential-routes/openapi.json');
  host = await startLocalHost({ port: 0, log: () => undefined });
});
afterAll(async () => {
  await host.close();
  restoreEnv();
});

interface Answer extends ReadResponse {
  bytes: Buffer;
}

/** One request over node:http (fetch refuses TRACE and bodies on some methods). */
function send(
  method: string,
  target: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${host.url}${target}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        const text = bytes.toString('utf8');
        const h = new Headers();
        for (const [k, v] of Object.entries(res.headers))
          if (v !== undefined) h.set(k, Array.isArray(v) ? v.join(', ') : v);
        let json: unknown;
        try {
          json = text ? JSON.parse(text) : undefined;
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: h, text, json, bytes });
      });
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const smallSample = () => {
  const body = sampleBody('xa') as { units: unknown[] };
  return JSON.stringify({ ...body, units: body.units.slice(0, 3) });
};

/** The document's paths, with the URL that reaches each and the methods it lists. */
function documentedRoutes(): { path: string; url: string; methods: string[] }[] {
  return Object.entries(contract.document.paths as Record<string, Json>).map(([path, item]) => ({
    path,
    url: path.replace('{id}', PLAN_ID),
    methods: Object.keys(item).map((m) => m.toUpperCase()),
  }));
}

/** What a validator asserts on every answer of the API. */
function expectCommonHeaders(res: Answer): void {
  expect(res.headers.get('cache-control')).toBe('no-store');
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  const type = res.headers.get('content-type');
  // text answers (JSON, problem, schema) say their charset; the dossier is binary (application/zip)
  if (type !== 'application/zip' && (res.bytes.length || (type && /json/.test(type))))
    expect(type).toMatch(/^application\/[\w.+-]+; charset=utf-8$/);
}

const allowOf = (res: Answer) =>
  (res.headers.get('allow') ?? '')
    .split(/\s*,\s*/)
    .filter(Boolean)
    .sort();

describe('every route × method, over HTTP', () => {
  it('the document lists the eight paths of the route table: its method, HEAD beside every GET, OPTIONS on all', () => {
    const routes = documentedRoutes();
    expect(routes.map((r) => `${[...r.methods].sort().join('|')} ${r.path}`).sort()).toEqual([
      'GET|HEAD|OPTIONS /api/health',
      'GET|HEAD|OPTIONS /api/openapi.json',
      'GET|HEAD|OPTIONS /api/plan-schema',
      'GET|HEAD|OPTIONS /api/plans',
      'GET|HEAD|OPTIONS /api/plans/{id}',
      'OPTIONS|POST /api/dossier',
      'OPTIONS|POST /api/score',
      'OPTIONS|POST /api/validate',
    ]);
    // HEAD documents the statuses of GET, with no body
    for (const route of routes.filter((r) => r.methods.includes('HEAD'))) {
      const item = contract.document.paths[route.path];
      expect(Object.keys(item.head.responses).sort()).toEqual(Object.keys(item.get.responses).sort());
      for (const r of Object.values(item.head.responses) as Json[]) expect(r.content).toBeUndefined();
    }
  });

  it('a documented method answers 200 as documented; every other method a documented 405 with an exact Allow', async () => {
    for (const route of documentedRoutes()) {
      const own = route.methods.includes('GET') ? 'GET' : route.methods[0];
      const served = own === 'GET' ? ['GET', 'HEAD', 'OPTIONS'] : [own, 'OPTIONS'];
      for (const method of METHODS) {
        const withBody = method === 'POST' || method === 'PUT' || method === 'PATCH';
        const res = await send(
          method,
          route.url,
          withBody ? { 'content-type': 'application/json' } : {},
          withBody ? smallSample() : undefined,
        );
        const where = `${method} ${route.url}`;
        expectCommonHeaders(res);
        if (method === own) {
          expect([where, res.status]).toEqual([where, 200]);
          contract.expectDocumented(res, route.path, own.toLowerCase() as 'get' | 'post');
        } else if (method === 'HEAD' && own === 'GET') {
          expect([where, res.status, res.bytes.length]).toEqual([where, 200, 0]);
          expect(contract.document.paths[route.path].head.responses['200']).toBeDefined();
        } else if (method === 'OPTIONS') {
          expect([where, res.status, res.bytes.length]).toEqual([where, 204, 0]);
          expect(allowOf(res)).toEqual(expect.arrayContaining([own, 'OPTIONS']));
        } else {
          expect([where, res.status]).toEqual([where, 405]);
          expect([where, allowOf(res)]).toEqual([where, [...served].sort()]);
          expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
          // a HEAD has no body to check; any other 405 is the problem documented for the route
          if (method === 'HEAD') {
            expect(res.bytes.length).toBe(0);
            continue;
          }
          contract.expectDocumented(res, route.path, own.toLowerCase() as 'get' | 'post');
          expect(res.json.problems[0]).toMatchObject({ path: '(method)' });
          expect(res.json.problems[0].message).toContain(method);
          expect(typeof res.json.problems[0].messageEn).toBe('string');
        }
      }
    }
  });

  it('HEAD on every GET route: the status, type and length of GET, no body', async () => {
    for (const route of documentedRoutes().filter((r) => r.methods.includes('GET'))) {
      const get = await send('GET', route.url);
      const head = await send('HEAD', route.url);
      expect([route.url, head.status]).toEqual([route.url, get.status]);
      expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
      expect(Number(head.headers.get('content-length'))).toBe(get.bytes.length);
      expect(head.bytes.length).toBe(0);
      expectCommonHeaders(head);
    }
  });

  it('HEAD on an unknown plan is the 404 of GET, without its body', async () => {
    const get = await send('GET', '/api/plans/khong-co');
    const head = await send('HEAD', '/api/plans/khong-co');
    expect([get.status, head.status]).toEqual([404, 404]);
    contract.expectDocumented(get, '/api/plans/{id}', 'get');
    expect(head.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(head.bytes.length).toBe(0);
  });
});

describe('OPTIONS and CORS preflights', () => {
  it('a preflight from the allowed origin for the route’s method: 204 with the CORS answer', async () => {
    for (const route of documentedRoutes()) {
      const own = route.methods.includes('GET') ? 'GET' : route.methods[0];
      const res = await send('OPTIONS', route.url, {
        origin: ORIGIN,
        'access-control-request-method': own,
        'access-control-request-headers': 'authorization, content-type',
      });
      expect([route.url, res.status]).toEqual([route.url, 204]);
      expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      expect(res.headers.get('access-control-allow-methods')?.split(/\s*,\s*/)).toContain(own);
      expect(res.headers.get('access-control-allow-headers')?.split(/\s*,\s*/)).toEqual(
        expect.arrayContaining(['authorization', 'content-type']),
      );
      expect(Number(res.headers.get('access-control-max-age'))).toBeGreaterThan(0);
      expect(res.headers.get('vary')).toMatch(/Origin/);
      expectCommonHeaders(res);
    }
  });

  it('a preflight for a method the route does not take is a 405 problem with Allow; another origin a 403 problem', async () => {
    const wrong = await send('OPTIONS', '/api/score', {
      origin: ORIGIN,
      'access-control-request-method': 'DELETE',
    });
    expect(wrong.status).toBe(405);
    expect(allowOf(wrong)).toEqual(['OPTIONS', 'POST']);
    expect(wrong.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    contract.expectDocumented(wrong, '/api/score', 'post');
    const other = await send('OPTIONS', '/api/score', {
      origin: 'https://evil.example',
      'access-control-request-method': 'POST',
    });
    expect(other.status).toBe(403);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect(other.json.problems[0].path).toBe('(headers).origin');
    expectCommonHeaders(other);
  });

  it('an answer to the allowed origin exposes the documented headers; to another origin it carries no CORS grant', async () => {
    const mine = await send('GET', '/api/plans', { origin: ORIGIN });
    expect(mine.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(mine.headers.get('access-control-expose-headers')?.split(/\s*,\s*/)).toEqual(
      expect.arrayContaining([
        'allow',
        'www-authenticate',
        'retry-after',
        'content-disposition',
        'x-dossier-documents',
      ]),
    );
    const theirs = await send('GET', '/api/plans', { origin: 'https://evil.example' });
    expect(theirs.status).toBe(200);
    expect(theirs.headers.get('access-control-allow-origin')).toBeNull();
    expect(theirs.headers.get('vary')).toMatch(/Origin/);
  });
});

describe('documented headers', () => {
  it('/plan-schema is application/schema+json in UTF-8, /openapi.json and the rest application/json in UTF-8', async () => {
    const schema = await send('GET', '/api/plan-schema');
    expect(schema.headers.get('content-type')).toBe('application/schema+json; charset=utf-8');
    for (const url of ['/api/openapi.json', '/api/plans', '/api/health', `/api/plans/${PLAN_ID}`])
      expect((await send('GET', url)).headers.get('content-type')).toBe('application/json; charset=utf-8');
  });

  it('POST /api/dossier: a zip, attachment with a .zip file name, and x-dossier-documents = the files in it', async () => {
    const res = await send('POST', '/api/dossier', { 'content-type': 'application/json' }, smallSample());
    expect(res.status).toBe(200);
    contract.expectDocumented(res, '/api/dossier', 'post');
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="[^"/\\]+\.zip"$/);
    const files = Object.keys(unzipSync(new Uint8Array(res.bytes)));
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((f) => f.endsWith('.docx'))).toBe(true);
    expect(Number(res.headers.get('x-dossier-documents'))).toBe(files.length);
  });

  it('a refused dossier is a problem, never a zip, and carries no dossier headers', async () => {
    const res = await send(
      'POST',
      '/api/dossier',
      { 'content-type': 'application/json' },
      '{"plan":"khong-co","units":[]}',
    );
    expect(res.status).toBe(404);
    contract.expectDocumented(res, '/api/dossier', 'post');
    expect(res.headers.get('content-disposition')).toBeNull();
    expect(res.headers.get('x-dossier-documents')).toBeNull();
  });

  describe('with auth on', () => {
    const TENANT = '11111111-2222-3333-4444-555555555555';
    const AUDIENCE = 'api://thidua-differential';
    let token = '';
    beforeAll(async () => {
      const pair = await generateKeyPair('RS256');
      await exportJWK(pair.publicKey);
      token = await new SignJWT({ tid: TENANT, scp: 'Scores.Calculate' })
        .setProtectedHeader({ alg: 'RS256', kid: 'k', typ: 'JWT' })
        .setIssuer(`https://login.microsoftonline.com/${TENANT}/v2.0`)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(pair.privateKey);
    });
    let restoreAuth: () => void = () => undefined;
    beforeEach(() => {
      // a key set URL where nothing listens: the keys cannot be fetched
      restoreAuth = useEnv({
        auth: 'on',
        tenantId: TENANT,
        audience: AUDIENCE,
        requiredScope: 'Scores.Calculate',
        jwksUrl: 'http://127.0.0.1:9/keys',
      });
    });
    afterEach(() => restoreAuth());

    it('401 without a token carries WWW-Authenticate: Bearer, on each protected route; /health needs none', async () => {
      for (const route of documentedRoutes()) {
        const own = route.methods.includes('GET') ? 'GET' : route.methods[0];
        const res = await send(
          own,
          route.url,
          own === 'POST' ? { 'content-type': 'application/json' } : {},
          own === 'POST' ? '{}' : undefined,
        );
        if (route.path === '/api/health') {
          expect(res.status).toBe(200);
          continue;
        }
        expect([route.path, res.status]).toEqual([route.path, 401]);
        expect(res.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_request"/);
        contract.expectDocumented(res, route.path, own.toLowerCase() as 'get' | 'post');
        expectCommonHeaders(res);
      }
    });

    it('503 when the signing keys cannot be fetched carries Retry-After, as the API exposes it', async () => {
      const res = await send('GET', '/api/plans', { authorization: `Bearer ${token}` });
      expect(res.status).toBe(503);
      contract.expectDocumented(res, '/api/plans', 'get');
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(res.json.problems[0].path).toBe('(headers).authorization');
    });
  });
});

describe('a preflight on a GET route allows HEAD, which the route serves', () => {
  it('OPTIONS answers Allow: GET, HEAD, OPTIONS (as the 405 does) and grants a HEAD preflight', async () => {
    const plain = await send('OPTIONS', '/api/plans');
    expect(allowOf(plain)).toEqual(['GET', 'HEAD', 'OPTIONS']);
    const head = await send('OPTIONS', '/api/plans', {
      origin: ORIGIN,
      'access-control-request-method': 'HEAD',
      'access-control-request-headers': 'authorization',
    });
    expect(head.status).toBe(204);
    expect(head.headers.get('access-control-allow-methods')?.split(/\s*,\s*/)).toContain('HEAD');
  });
});

describe('the local host’s 405 to the allowed origin carries CORS headers and an x-invocation-id', () => {
  it('a GET on /api/score from the add-in’s origin: the script can read the 405 and its Allow', async () => {
    const res = await send('GET', '/api/score', { origin: ORIGIN });
    expect(res.status).toBe(405);
    expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(res.headers.get('access-control-expose-headers')?.split(/\s*,\s*/)).toContain('allow');
    expect(res.headers.get('vary')).toMatch(/Origin/);
    expect(res.headers.get('x-invocation-id')).toBeTruthy();
  });
});

describe('the headers the API sends are declared in the document', () => {
  it('Allow on 405, WWW-Authenticate on 401, Retry-After on 503, the dossier’s two headers on its 200', () => {
    const paths = contract.document.paths;
    const declared = (path: string, method: string, status: string) =>
      Object.keys(paths[path][method].responses[status].headers ?? {}).map((h) => h.toLowerCase());
    for (const route of documentedRoutes()) {
      const method = route.methods.includes('GET') ? 'get' : 'post';
      expect(declared(route.path, method, '405')).toContain('allow');
      if (route.path === '/api/health') continue;
      expect(declared(route.path, method, '401')).toContain('www-authenticate');
      expect(declared(route.path, method, '503')).toContain('retry-after');
    }
    expect(declared('/api/dossier', 'post', '200')).toEqual(
      expect.arrayContaining(['content-disposition', 'x-dossier-documents']),
    );
  });
});
