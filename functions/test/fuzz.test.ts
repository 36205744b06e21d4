import './quiet-azure';

import { HttpRequest } from '@azure/functions';
import fc from 'fast-check';

import { builtInPlanDocument } from '@thidua/core';
import { score } from '../src/functions/score';
import { validate } from '../src/functions/validate';
import { startLocalHost, type LocalHost } from '../src/local-host';
import { readResponse, sampleBody, testContext, useEnv } from './helpers';

/** Fixed, so a failure names the same case on every machine and in CI. */
const SEED = 20_240_609;
const BODY_LIMIT = 16 * 1024;
const PLAN_ID = 'phung-hiep-2023-xa';
const small = { ...sampleBody('xa'), units: (sampleBody('xa').units as unknown[]).slice(0, 3) };

interface Case {
  family: string;
  body: string;
  headers: Record<string, string>;
  /** Some mutations of a valid request stay valid; every other case is bad input and must get a 4xx. */
  mayBeValid?: boolean;
}

const JSON_HEADERS = { 'content-type': 'application/json' };
const json = (family: string, value: unknown, extra: Partial<Case> = {}): Case => ({
  family,
  body: JSON.stringify(value),
  headers: JSON_HEADERS,
  ...extra,
});

const notJsonText = fc
  .string({ unit: 'binary', maxLength: 300 })
  .filter((text) => {
    try {
      JSON.parse(text);
      return false;
    } catch {
      return true;
    }
  })
  .map((text): Case => ({ family: 'malformed', body: text, headers: JSON_HEADERS }));

const truncated = fc.integer({ min: 0, max: JSON.stringify(small).length - 1 }).map((cut): Case => ({
  family: 'truncated',
  body: JSON.stringify(small).slice(0, cut),
  headers: JSON_HEADERS,
}));

/** Any JSON at all that is not an object with both "plan" and "units". */
const wrongTopLevel = fc.jsonValue().map((value) => {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const copy = { ...(value as Record<string, unknown>) };
    delete copy.units;
    return json('wrong-top-level', copy);
  }
  return json('wrong-top-level', value);
});

const notString = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.jsonValue(), { maxLength: 3 }),
);
const notScalar = fc.oneof(
  fc.array(fc.jsonValue(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue(), { maxKeys: 3 }),
);

const wrongTypes = fc.oneof(
  notString.map((plan) => json('wrong-types', { plan, units: small.units })),
  fc
    .oneof(notString, fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }))
    .filter((u) => !Array.isArray(u) || u.length > 0)
    .map((units) =>
      json('wrong-types', { plan: PLAN_ID, units: Array.isArray(units) ? units.map((u) => [u]) : units }),
    ),
  notString.map((id) => json('wrong-types', { plan: PLAN_ID, units: [{ id, values: {} }] })),
  notScalar.map((value) =>
    json('wrong-types', { plan: PLAN_ID, units: [{ id: 'a', values: { tc01: value } }] }),
  ),
  fc
    .string({ minLength: 1, maxLength: 10 })
    .filter((k) => !['plan', 'units', 'options'].includes(k))
    .map((key) => json('wrong-types', { plan: PLAN_ID, units: [], [key]: 1 })),
  fc
    .jsonValue()
    .map((explanations) =>
      json('wrong-types', { plan: PLAN_ID, units: [], options: { explanations, lang: 'fr' } }),
    ),
);

/** Numbers past the double range become Infinity when parsed, which the schema refuses. */
const hugeNumbers = fc
  .tuple(
    fc.integer({ min: 309, max: 99999 }),
    fc.boolean(),
    fc.constantFrom('values', 'facts'),
    fc.integer({ min: 0, max: 2 }),
  )
  .map(([exponent, negative, where, unit]): Case => {
    const units = structuredClone(small.units) as Array<Record<string, Record<string, unknown>>>;
    units[unit][where] = { ...(units[unit][where] ?? {}), tc01: '__HUGE__' };
    const body = JSON.stringify({ ...small, units }).replace(
      '"__HUGE__"',
      `${negative ? '-' : ''}1e${exponent}`,
    );
    return { family: 'huge-numbers', body, headers: JSON_HEADERS };
  });

const longDigits = fc.integer({ min: 400, max: 5000 }).map((digits): Case => ({
  family: 'huge-numbers',
  body: `{"plan":"${PLAN_ID}","units":[{"id":"a","values":{"tc01":${'9'.repeat(digits)}}}],"x":1}`,
  headers: JSON_HEADERS,
}));

const deepNesting = fc
  .tuple(
    fc.integer({ min: 2, max: 3000 }),
    fc.constantFrom('[', '{"a":'),
    fc.constantFrom('top', 'plan', 'value', 'units'),
  )
  .map(([depth, open, where]): Case => {
    const close = open === '[' ? ']' : '}';
    const deep = `${open.repeat(depth)}1${close.repeat(depth)}`;
    const body =
      where === 'top'
        ? deep
        : where === 'plan'
          ? `{"plan":${deep},"units":[]}`
          : where === 'value'
            ? `{"plan":"${PLAN_ID}","units":[{"id":"a","values":{"tc01":${deep}}}]}`
            : `{"plan":"${PLAN_ID}","units":${deep}}`;
    return { family: 'deep-nesting', body, headers: JSON_HEADERS };
  });

const oversize = fc
  .tuple(
    fc.integer({ min: BODY_LIMIT + 1, max: BODY_LIMIT * 3 }),
    fc.boolean(),
    fc.constantFrom('a', 'é', '0', ' '),
  )
  .map(([size, declared, fill]): Case => {
    const prefix = `{"plan":"${PLAN_ID}","units":[],"pad":"`;
    const body = `${prefix}${fill.repeat(size)}"}`;
    const headers: Record<string, string> = { ...JSON_HEADERS };
    if (declared) headers['content-length'] = String(Buffer.byteLength(body));
    return { family: 'oversize', body, headers };
  });

const wrongContentType = fc
  .constantFrom(
    'text/plain',
    'application/xml',
    'multipart/form-data; boundary=x',
    'application/x-www-form-urlencoded',
    'application/json; charset=utf-16',
    'application/jsonx',
    'json',
    '',
  )
  .map((type): Case => ({
    family: 'content-type',
    body: JSON.stringify(small),
    headers: type ? { 'content-type': type } : {},
  }));

const inlinePlanGarbage = fc
  .dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 8 })
  .map((plan) => json('inline-plan', { plan, units: small.units }));

const mutatedSample = fc
  .tuple(
    fc.integer({ min: 0, max: 2 }),
    fc.constantFrom('id', 'name', 'block', 'values', 'facts', 'tc04', 'tc13', 'tc18'),
    fc.jsonValue({ maxDepth: 2 }),
  )
  .map(([index, field, value]) => {
    const units = structuredClone(small.units) as Array<Record<string, unknown>>;
    if (field.startsWith('tc')) (units[index].values as Record<string, unknown>)[field] = value;
    else units[index][field] = value;
    return json('mutated', { ...small, units }, { mayBeValid: true });
  });

/** Every path inside the built-in plan document, to break one place of an otherwise valid inline plan. */
function pathsOf(
  value: unknown,
  prefix: Array<string | number> = [],
  out: Array<Array<string | number>> = [],
) {
  if (value !== null && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) {
      const path = [...prefix, Array.isArray(value) ? Number(key) : key];
      out.push(path);
      pathsOf(child, path, out);
    }
  return out;
}
const planDocument = builtInPlanDocument(PLAN_ID);
const planPaths = pathsOf(planDocument);

const mutatedPlan = fc
  .tuple(
    fc.integer({ min: 0, max: planPaths.length - 1 }),
    fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.double(), fc.constant(undefined)),
  )
  .map(([which, value]) => {
    const plan = structuredClone(planDocument) as Record<string | number, unknown>;
    const path = planPaths[which];
    let node = plan;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    const last = path[path.length - 1];
    if (value === undefined) delete node[last];
    else node[last] = value;
    return json('mutated-plan', { plan, units: small.units }, { mayBeValid: true });
  });

const allFamilies = fc.oneof(
  notJsonText,
  truncated,
  wrongTopLevel,
  wrongTypes,
  hugeNumbers,
  longDigits,
  deepNesting,
  oversize,
  wrongContentType,
  inlinePlanGarbage,
  mutatedSample,
  mutatedPlan,
);

const STACK = /\bat [\w.<>]+ \(|node_modules|\.ts:\d+/;
let cases = 0;
let directCases = 0;

function check(c: Case, status: number, contentType: string | null, text: string): void {
  cases++;
  if (status >= 500)
    throw new Error(`${c.family}: ${status} for ${c.body.slice(0, 200)}\n${text.slice(0, 500)}`);
  if (c.mayBeValid && status === 200) return;
  if (status < 400) throw new Error(`${c.family}: expected 4xx, got ${status} for ${c.body.slice(0, 200)}`);
  if (!contentType?.startsWith('application/problem+json'))
    throw new Error(`${c.family}: content-type ${contentType}`);
  const problem = JSON.parse(text) as {
    status: number;
    problems: Array<{ path: unknown; message: unknown }>;
  };
  if (problem.status !== status || !Array.isArray(problem.problems) || problem.problems.length === 0)
    throw new Error(`${c.family}: not a problem body: ${text.slice(0, 300)}`);
  for (const p of problem.problems)
    if (typeof p.path !== 'string' || typeof p.message !== 'string')
      throw new Error(`${c.family}: bad problem ${JSON.stringify(p)}`);
  if (STACK.test(text)) throw new Error(`${c.family}: stack trace in ${text.slice(0, 300)}`);
}

async function direct(c: Case, handler = score): Promise<void> {
  const request = new HttpRequest({
    method: 'POST',
    url: 'http://localhost:7071/api/score',
    headers: c.headers,
    body: { string: c.body },
  });
  const res = await readResponse(await handler(request, testContext().context));
  directCases++;
  check(c, res.status, res.headers.get('content-type'), res.text);
}

let restoreEnv: () => void;
beforeAll(() => {
  restoreEnv = useEnv({ maxBodyBytes: String(BODY_LIMIT), maxUnits: '50' });
});
afterAll(() => restoreEnv());

describe('fuzz: bad input always gets a 4xx problem, never a 5xx', () => {
  // Four properties of at least 1,000 runs each, grouped by what they attack; weights keep the slow ones rarer.
  const runs: Array<[string, fc.Arbitrary<Case>, number]> = [
    [
      'unreadable bodies: malformed or truncated JSON, oversize payloads, wrong content types',
      fc.oneof(
        { arbitrary: notJsonText, weight: 4 },
        { arbitrary: truncated, weight: 2 },
        { arbitrary: oversize, weight: 2 },
        { arbitrary: wrongContentType, weight: 2 },
      ),
      3000,
    ],
    ['wrong shapes: wrong top-level JSON and wrong field types', fc.oneof(wrongTopLevel, wrongTypes), 2700],
    [
      'hostile values: numbers past the double range, thousands of digits, deep nesting',
      fc.oneof(
        { arbitrary: hugeNumbers, weight: 2 },
        { arbitrary: longDigits, weight: 1 },
        { arbitrary: deepNesting, weight: 3 },
      ),
      1800,
    ],
    [
      'plans and mutations: inline plan garbage, mutated samples and plans (these may stay valid; never 5xx)',
      fc.oneof(
        { arbitrary: inlinePlanGarbage, weight: 3 },
        { arbitrary: mutatedSample, weight: 3 },
        { arbitrary: mutatedPlan, weight: 1 },
      ),
      2600,
    ],
  ];

  it.each(runs)('%s (handlers called directly)', async (_name, arbitrary, numRuns) => {
    await fc.assert(
      fc.asyncProperty(arbitrary, fc.boolean(), async (c, useValidate) =>
        direct(c, useValidate ? validate : score),
      ),
      { numRuns, seed: SEED },
    );
  });

  describe('through the local host over HTTP', () => {
    let host: LocalHost;
    beforeAll(async () => {
      host = await startLocalHost({ port: 0, log: () => undefined });
    });
    afterAll(() => host.close());

    it('mixed cases', async () => {
      await fc.assert(
        fc.asyncProperty(allFamilies, async (c) => {
          const res = await fetch(`${host.url}/api/score`, {
            method: 'POST',
            headers: c.headers,
            body: c.body,
          });
          check(c, res.status, res.headers.get('content-type'), await res.text());
        }),
        { numRuns: 1000, seed: SEED },
      );
    });
  });

  it('ran at least 10,000 cases, most of them without HTTP', () => {
    expect(directCases).toBeGreaterThanOrEqual(10_000);
    expect(cases).toBeGreaterThanOrEqual(11_000);
  });
});
