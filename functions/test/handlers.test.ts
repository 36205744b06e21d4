import './quiet-azure';

import { HttpRequest } from '@azure/functions';

import { ENGINE_VERSION, builtInPlanDocument, builtInPlanIds } from '@thidua/core';
import { health } from '../src/functions/health';
import { openapi } from '../src/functions/openapi';
import { plan } from '../src/functions/plan';
import { planSchema } from '../src/functions/plan-schema';
import { plans } from '../src/functions/plans';
import { score } from '../src/functions/score';
import { validate } from '../src/functions/validate';
import { ScoreResponseSchema, ValidationReportSchema } from '../src/openapi/schemas';
import {
  expectProblem,
  getRequest,
  jsonRequest,
  readResponse,
  sampleBody,
  testContext,
  useEnv,
} from './helpers';

let restoreEnv: () => void;
beforeEach(() => {
  restoreEnv = useEnv({});
});
afterEach(() => restoreEnv());

async function call(handler: typeof score, request: HttpRequest, name = 'test') {
  const { context, logs } = testContext(name);
  const res = await readResponse(await handler(request, context));
  return { ...res, logs };
}

describe('GET /api/health', () => {
  it('answers ok with the engine version and says that auth is off by default', async () => {
    const res = await call(health, getRequest('health'));
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ status: 'ok', version: ENGINE_VERSION, auth: { enabled: false } });
    expect(res.json.auth.message).toMatch(/TẮT/);
  });

  it('reports a misconfiguration without failing', async () => {
    restoreEnv();
    restoreEnv = useEnv({ auth: 'on' });
    const res = await call(health, getRequest('health'));
    expect(res.status).toBe(200);
    expect(res.json.status).toBe('misconfigured');
    expect(res.json.auth.enabled).toBe(true);
  });
});

describe('plans', () => {
  it('lists the built-in plans with id, title, version, blocks and source', async () => {
    const res = await call(plans, getRequest('plans'));
    expect(res.status).toBe(200);
    expect(res.json.map((p: { id: string }) => p.id)).toEqual(builtInPlanIds());
    for (const p of res.json) {
      expect(p).toMatchObject({
        title: expect.any(String),
        version: expect.stringMatching(/^\d+\.\d+\.\d+$/),
      });
      expect(p.blocks.length).toBeGreaterThan(0);
      expect(p.source).toMatchObject({ number: expect.any(String), issuer: expect.any(String) });
    }
  });

  it('returns the full document of a plan', async () => {
    const id = builtInPlanIds()[0];
    const res = await call(plan, getRequest(`plans/${id}`, { id }));
    expect(res.status).toBe(200);
    expect(res.json).toEqual(builtInPlanDocument(id));
  });

  it('answers 404 problem+json for an unknown plan, naming the plans that exist', async () => {
    const res = await call(plan, getRequest('plans/khong-co', { id: 'khong-co' }));
    expectProblem(res, 404);
    expect(res.json.problems[0].message).toContain(builtInPlanIds()[0]);
  });

  it('serves the JSON Schema of a plan document', async () => {
    const res = await call(planSchema, getRequest('plan-schema'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/schema\+json/);
    expect(res.json.$schema).toMatch(/json-schema\.org/);
    expect(Object.keys(res.json.properties)).toEqual(expect.arrayContaining(['id', 'criteria', 'awards']));
  });
});

describe('POST /api/score', () => {
  it('scores the sample data: every unit, the documented response shape, one log line with units', async () => {
    const body = sampleBody('xa');
    const res = await call(score, jsonRequest('score', JSON.stringify(body)), 'score');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const parsed = ScoreResponseSchema.strict().safeParse(res.json);
    expect(parsed.success).toBe(true);
    expect(res.json.planId).toBe('phung-hiep-2023-xa');
    expect(res.json.results).toHaveLength((body.units as unknown[]).length);
    const lines = res.logs.map((l) => JSON.parse(l.message));
    expect(lines).toEqual([
      expect.objectContaining({
        event: 'request',
        route: 'score',
        status: 200,
        units: (body.units as unknown[]).length,
      }),
    ]);
    expect(lines[0].durationMs).toEqual(expect.any(Number));
  });

  it('accepts an inline plan document and gives the same results as the built-in id', async () => {
    const body = sampleBody('phong-ban');
    const byId = await call(score, jsonRequest('score', JSON.stringify(body)));
    const inline = { ...body, plan: builtInPlanDocument(body.plan as string) };
    const byDocument = await call(score, jsonRequest('score', JSON.stringify(inline)));
    expect(byDocument.status).toBe(200);
    expect(byDocument.json.results).toEqual(byId.json.results);
  });

  it('answers 415 for a body that is not application/json', async () => {
    const res = await call(
      score,
      jsonRequest('score', JSON.stringify(sampleBody()), { 'content-type': 'text/plain' }),
    );
    expectProblem(res, 415);
    expect(res.json.problems[0].path).toBe('(headers).content-type');
  });

  it('answers 415 without a content type and for a charset other than UTF-8', async () => {
    expectProblem(await call(score, jsonRequest('score', '{}', {})), 415);
    expectProblem(
      await call(score, jsonRequest('score', '{}', { 'content-type': 'application/json; charset=latin1' })),
      415,
    );
  });

  it('answers 415 for a compressed body, which it does not decode', async () => {
    const res = await call(
      score,
      jsonRequest('score', '{}', { 'content-type': 'application/json', 'content-encoding': 'gzip' }),
    );
    expectProblem(res, 415);
    expect(res.json.problems[0].path).toBe('(headers).content-encoding');
    const identity = { 'content-type': 'application/json', 'content-encoding': 'identity' };
    expect((await call(score, jsonRequest('score', JSON.stringify(sampleBody()), identity))).status).toBe(
      200,
    );
  });

  it('quotes at most 100 characters of a wrong content type', async () => {
    const res = await call(score, jsonRequest('score', '{}', { 'content-type': `text/${'x'.repeat(5000)}` }));
    expectProblem(res, 415);
    expect(res.text.length).toBeLessThan(1000);
  });

  it('answers 400 for malformed JSON, an empty body and bytes that are not UTF-8', async () => {
    const malformed = await call(score, jsonRequest('score', '{"plan": "phung-hiep-2023-xa",'));
    expectProblem(malformed, 400);
    expect(malformed.json.problems[0].message).toMatch(/JSON/);
    expectProblem(await call(score, jsonRequest('score', '')), 400);
    expectProblem(await call(score, jsonRequest('score', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))), 400);
  });

  it('answers 400 with the path of each schema error', async () => {
    const res = await call(
      score,
      jsonRequest('score', JSON.stringify({ plan: 'phung-hiep-2023-xa', units: [{ id: '' }] })),
    );
    expectProblem(res, 400);
    const paths = res.json.problems.map((p: { path: string }) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['units[0].id', 'units[0].values']));
  });

  it('answers 400 for JSON nested deeper than the limit instead of overflowing the stack', async () => {
    const deep = `{"plan":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)},"units":[]}`;
    const res = await call(score, jsonRequest('score', deep));
    expectProblem(res, 400);
    expect(res.json.problems[0].message).toMatch(/lồng nhau/);
  });

  it('answers 404 for an unknown plan id', async () => {
    const res = await call(score, jsonRequest('score', JSON.stringify({ plan: 'khong-co', units: [] })));
    expectProblem(res, 404);
  });

  it('answers 422 with the problems of an inline plan that fails validation', async () => {
    const document = structuredClone(builtInPlanDocument('phung-hiep-2023-xa')) as Record<string, unknown>;
    document.version = 'một';
    const res = await call(score, jsonRequest('score', JSON.stringify({ plan: document, units: [] })));
    expectProblem(res, 422);
    expect(res.json.problems.map((p: { path: string }) => p.path)).toContain('plan.version');
  });

  it('answers 413 over the body limit, reading no further than the limit', async () => {
    restoreEnv();
    restoreEnv = useEnv({ maxBodyBytes: '1000' });
    const body = JSON.stringify(sampleBody());
    const declared = await call(
      score,
      jsonRequest('score', body, {
        'content-type': 'application/json',
        'content-length': String(body.length),
      }),
    );
    expectProblem(declared, 413);
    expect(declared.json.detail).toMatch(/content-length/);
    const undeclared = await call(score, jsonRequest('score', body));
    expectProblem(undeclared, 413);
    expect(undeclared.json.detail).toMatch(/read/);
    expect(undeclared.json.problems[0].message).toMatch(/chia/);
  });

  it('answers 413 over the unit limit and says how to split', async () => {
    restoreEnv();
    restoreEnv = useEnv({ maxUnits: '5' });
    const res = await call(score, jsonRequest('score', JSON.stringify(sampleBody())));
    expectProblem(res, 413);
    expect(res.json.problems[0]).toMatchObject({
      path: 'units',
      message: expect.stringMatching(/chia thành 3 yêu cầu/),
    });
    expect(JSON.parse(res.logs[0].message)).toMatchObject({ route: 'score', status: 413, units: 15 });
  });

  it('never answers a 5xx with a stack trace when the engine fails: 500 problem with a reference only', async () => {
    // The score function loaded afresh over a core whose scoring throws, as a defect in the engine would.
    let failingScore: typeof score | undefined;
    await jest.isolateModulesAsync(async () => {
      jest.doMock('@thidua/core', () => ({
        ...jest.requireActual<object>('@thidua/core'),
        scoreRequest: () => {
          throw new Error('boom at secret.ts:12');
        },
      }));
      failingScore = (await import('../src/functions/score')).score;
    });
    jest.dontMock('@thidua/core');
    const { context, logs } = testContext('score');
    const res = await readResponse(
      await (failingScore as typeof score)(jsonRequest('score', JSON.stringify(sampleBody())), context),
    );
    expectProblem(res, 500);
    expect(res.text).not.toContain('boom');
    expect(res.json.problems[0].message).toContain(context.invocationId);
    expect(logs.some((l) => l.level === 'error' && l.message.includes('boom'))).toBe(true);
  });
});

describe('POST /api/validate', () => {
  it('lists the problems of the sample per unit and value, without scoring', async () => {
    const res = await call(validate, jsonRequest('validate', JSON.stringify(sampleBody('xa'))));
    expect(res.status).toBe(200);
    expect(ValidationReportSchema.strict().safeParse(res.json).success).toBe(true);
    expect(res.json.valid).toBe(false);
    expect(res.json.problems[0]).toMatchObject({
      path: expect.stringMatching(/^units\[\d+\]\.values\./),
      unitId: expect.any(String),
      message: expect.any(String),
    });
  });

  it('names a criterion by its number and a fact by its label, in both languages, as sheet problems do', async () => {
    const body = {
      plan: 'phung-hiep-2023-xa',
      units: [{ id: 'a', name: 'Xã A', values: { tc08: 'abc' }, facts: { lateDossiersMaxInMonth: 0 } }],
    };
    const res = await call(validate, jsonRequest('validate', JSON.stringify(body)));
    const byPath = (path: string) =>
      (res.json.problems as { path: string; message: string; messageEn: string }[]).find(
        (p) => p.path === path,
      );
    expect(byPath('units[0].values.tc08')).toMatchObject({
      message: 'Đơn vị "Xã A", tiêu chí 8: "abc" không phải là số',
      messageEn: 'Unit "Xã A", criterion 8: "abc" is not a number',
    });
    expect(byPath('units[0].facts.reportDelayMaxDays')).toMatchObject({
      message: 'Đơn vị "Xã A", dữ kiện "Số ngày trễ hạn báo cáo định kỳ nhiều nhất": thiếu giá trị',
      messageEn: 'Unit "Xã A", fact "Longest delay of a periodic report (days)": missing',
    });
  });

  it('shares the error answers of /score', async () => {
    expectProblem(await call(validate, jsonRequest('validate', '[1,2')), 400);
    expectProblem(
      await call(validate, jsonRequest('validate', JSON.stringify({ plan: 'x', units: [] }))),
      404,
    );
  });
});

describe('CORS', () => {
  const origin = 'https://addin.example.vn';

  it('answers a preflight from a configured origin without a token, even with auth on', async () => {
    restoreEnv();
    restoreEnv = useEnv({ corsOrigins: `${origin},https://localhost:3000`, auth: 'on' });
    const request = new HttpRequest({
      method: 'OPTIONS',
      url: 'http://localhost:7071/api/score',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization',
      },
    });
    const res = await call(score, request);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(origin);
    expect(res.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(res.headers.get('access-control-allow-methods')).toMatch(/POST/);
  });

  it('refuses a preflight from any other origin and never answers with *', async () => {
    const request = new HttpRequest({
      method: 'OPTIONS',
      url: 'http://localhost:7071/api/score',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    const res = await call(score, request);
    expectProblem(res, 403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('adds the allow-origin header to actual responses for the default dev origin only', async () => {
    const allowed = await call(health, getRequest('health', {}, { origin: 'https://localhost:3000' }));
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://localhost:3000');
    const other = await call(health, getRequest('health', {}, { origin: 'https://localhost:3001' }));
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('GET /api/openapi.json', () => {
  it('documents every endpoint and the score response shape', async () => {
    const res = await call(openapi, getRequest('openapi.json'));
    expect(res.status).toBe(200);
    expect(res.json.openapi).toBe('3.1.0');
    expect(Object.keys(res.json.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/plans',
        '/api/plans/{id}',
        '/api/plan-schema',
        '/api/score',
        '/api/validate',
        '/api/openapi.json',
      ]),
    );
    const scoreOk = res.json.paths['/api/score'].post.responses['200'].content['application/json'].schema;
    expect(scoreOk.$ref).toBe('#/components/schemas/ScoreResponse');
    expect(Object.keys(res.json.components.schemas.ScoreResponse.properties)).toEqual(
      expect.arrayContaining([
        'planId',
        'planVersion',
        'planHash',
        'inputHash',
        'engineVersion',
        'results',
        'summary',
      ]),
    );
    expect(res.json.paths['/api/score'].post.responses['415'].content).toHaveProperty([
      'application/problem+json',
    ]);
  });
});
