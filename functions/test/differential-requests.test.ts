/**
 * POST /api/score and /api/validate with requests generated from the request schema of /api/openapi.json (as a
 * schema-driven fuzzer builds them) and mutated from examples/*.input.json. Each answer must have a status the
 * document lists for the route, the documented content type and a body valid against the documented schema (ajv,
 * strict); never a 500. A refusal names the field (its path in the request) and speaks Vietnamese in `message`,
 * with English in `messageEn`. A request the request schema refuses is refused by the server; a request the schema
 * accepts is scored, or refused by a rule between its parts that a schema cannot state.
 */
import './quiet-azure';

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import fc from 'fast-check';

import { dossier } from '../src/functions/dossier';
import { score } from '../src/functions/score';
import { validate } from '../src/functions/validate';
import { loadContract, type Contract } from './contract';
import { jsonRequest, readResponse, ROOT, testContext, useEnv, type ReadResponse } from './helpers';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
type Handler = typeof score;
type Path = (string | number)[];

const SEED = 20_261_204;
const ROUTES: ['score' | 'validate', Handler][] = [
  ['score', score],
  ['validate', validate],
];

let restoreEnv: () => void;
beforeEach(() => {
  restoreEnv = useEnv({});
});
afterEach(() => restoreEnv());

let contract: Contract;
let requestValid: ValidateFunction;
let ajv: Ajv2020;
let requestSchema: Json;
let planIds: string[] = [];

beforeAll(async () => {
  contract = await loadContract('https://thidua.local/differential-requests/openapi.json');
  ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictRequired: false });
  addFormats(ajv);
  ajv.addFormat('binary', true);
  // the document's component schemas as $defs of one schema, so that strict mode sees JSON Schema keywords only
  const defs = JSON.parse(
    JSON.stringify(contract.document.components.schemas).replaceAll('#/components/schemas/', '#/$defs/'),
  );
  const ref = contract.document.paths['/api/score'].post.requestBody.content['application/json'].schema.$ref;
  requestValid = ajv.compile({ $defs: defs, $ref: String(ref).replace('#/components/schemas/', '#/$defs/') });
  requestSchema = resolve(contract.document.components.schemas.ScoreRequest);
  planIds = readdirSync(path.join(ROOT, 'shared', 'src', 'plans'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''));
});

function resolve(schema: Json): Json {
  if (schema?.$ref) {
    const name = String(schema.$ref).replace('#/components/schemas/', '');
    return contract.document.components.schemas[name];
  }
  return schema;
}

// --- a request generator read from the JSON Schema ---------------------------------------------------------------

const VIET = fc.constantFrom(
  'Xã Hiệp Hưng',
  'Phòng Tư pháp',
  'Đạt',
  'Không',
  '80,5%',
  '10.000.000',
  'Có',
  '',
);

function stringArb(s: Json): fc.Arbitrary<string> {
  if (s.enum) return fc.constantFrom(...s.enum);
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.format === 'date')
    return fc
      .date({ min: new Date('1990-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
  if (s.pattern === '^\\d{4}$') return fc.integer({ min: 1990, max: 2035 }).map(String);
  const min = s.minLength ?? 0;
  const max = Math.min(s.maxLength ?? 30, min + 30);
  return fc
    .oneof(VIET, fc.string({ unit: 'grapheme', minLength: min, maxLength: max }))
    .filter((t) => [...t].length >= min && [...t].length <= (s.maxLength ?? Infinity));
}

function arbFrom(schema: Json, depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(schema);
  if (s.oneOf || s.anyOf) {
    const branches = (s.oneOf ?? s.anyOf).map((b: Json) =>
      arbFrom({ ...s, oneOf: undefined, anyOf: undefined, ...resolve(b) }, depth),
    );
    return fc.oneof(...branches);
  }
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  switch (s.type) {
    case 'string':
      return stringArb(s);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'integer':
      return fc.integer({ min: Math.max(s.minimum ?? -1000, -1e6), max: Math.min(s.maximum ?? 1000, 1e6) });
    case 'number':
      return fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: -5, max: 120 }));
    case 'array':
      return fc.array(arbFrom(s.items ?? {}, depth + 1), {
        minLength: s.minItems ?? 0,
        maxLength: depth > 2 ? 1 : 3,
      });
    case 'object': {
      const shape: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, v] of Object.entries(s.properties ?? {})) shape[k] = arbFrom(v, depth + 1);
      const fixed = fc.record(shape, { requiredKeys: s.required ?? [] });
      const extra = s.additionalProperties;
      if (!extra || depth > 3) return fixed;
      const key = s.propertyNames
        ? stringArb({ ...s.propertyNames, maxLength: Math.min(s.propertyNames.maxLength ?? 12, 12) })
        : fc.string({ maxLength: 8 });
      const value =
        extra === true || Object.keys(extra).length === 0
          ? fc.jsonValue({ maxDepth: 1 })
          : arbFrom(extra, depth + 1);
      return fc
        .tuple(
          fixed,
          fc.dictionary(
            key.filter((k) => k !== '__proto__'),
            value,
            { maxKeys: 3 },
          ),
        )
        .map(([a, b]) => ({ ...b, ...a }));
    }
    default:
      return fc.jsonValue({ maxDepth: 1 });
  }
}

// --- checks on every answer -------------------------------------------------------------------------------------

const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/** Documented, no 500, and a refusal that names a field in Vietnamese with English beside. */
function expectAnswer(res: ReadResponse, route: string): void {
  expect(res.status).not.toBe(500);
  contract.expectDocumented(res, `/api/${route}`, 'post');
  expect(res.headers.get('content-type')).toMatch(/; charset=utf-8$/);
  expect(res.headers.get('cache-control')).toBe('no-store');
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  if (res.status < 400) return;
  expect(res.json.status).toBe(res.status);
  for (const p of res.json.problems) {
    expect(p.path).toMatch(/^(\(body\)|\(request\)|plan|units|options)([.[]|$)/);
    expect(p.message).toMatch(VIETNAMESE);
    expect(typeof p.messageEn).toBe('string');
    // English beside the Vietnamese (a 422 of an inline plan may repeat it: pinned in differential-plan-schema)
    if (res.status !== 422) expect(p.messageEn).not.toBe(p.message);
  }
}

async function post(route: 'score' | 'validate', handler: Handler, body: unknown): Promise<ReadResponse> {
  const res = await readResponse(
    await handler(jsonRequest(route, JSON.stringify(body)), testContext().context),
  );
  expectAnswer(res, route);
  return res;
}

/** A request the schema accepts may still be refused for these (rules between parts of the request). */
const BEYOND_SCHEMA = [
  /^Mã đơn vị ".*" trùng với units\[\d+\]/, // unit ids written twice
  /mâu thuẫn/, // explain and explanations disagree
  /trước ngày bắt đầu/, // options.decisionDate before the plan's period
  /Số phiếu đồng ý không được lớn hơn tổng số thành viên/, // a vote: votesFor ≤ members
];

/**
 * Refused today though the schema accepts it, and pinned in a DEFECT block below: a council text of spaces only is
 * "minLength: 1" for the schema and blank for the server (it trims first).
 */
const PINNED = [/^Không được để trống$/];

const known = (message: string) => [...BEYOND_SCHEMA, ...PINNED].some((r) => r.test(message));

const tally = new Map<string, number>();
const count = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);

describe('requests generated from the OpenAPI request schema', () => {
  it('every answer is documented; a schema-valid request on a built-in plan is scored or refused by a rule between parts', async () => {
    const request = arbFrom(requestSchema).chain((body) =>
      fc
        .oneof(
          { weight: 3, arbitrary: fc.constantFrom(...planIds) },
          { weight: 1, arbitrary: fc.constant((body as Json).plan) },
        )
        .map((plan) => ({ ...(body as Json), plan })),
    );
    await fc.assert(
      fc.asyncProperty(request, async (body: Json) => {
        const valid = requestValid(body) as boolean;
        count(valid ? 'valid' : 'invalid');
        const statuses: number[] = [];
        for (const [route, handler] of ROUTES) {
          const res = await post(route, handler, body);
          statuses.push(res.status);
          count(`${route} ${res.status}`);
          if (!valid && res.status === 200)
            throw new Error(
              `${route} accepts a request the schema refuses (${ajv.errorsText(requestValid.errors?.slice(0, 3))})`,
            );
          if (valid && typeof body.plan === 'string' && planIds.includes(body.plan) && res.status === 400)
            for (const p of res.json.problems)
              if (!known(p.message))
                throw new Error(`${route}: a schema-valid request is refused: ${p.path}: ${p.message}`);
          if (valid && typeof body.plan === 'string' && !planIds.includes(body.plan))
            expect([404, 400]).toContain(res.status);
        }
        // /validate finds the problems /score would have: the two refuse the same requests
        expect(statuses[1]).toBe(statuses[0]);
      }),
      { seed: SEED, numRuns: 150, endOnFailure: true },
    );
    expect(tally.get('valid')).toBeGreaterThan(100);
    expect(tally.get('score 200')).toBeGreaterThan(30);
    expect(tally.get('validate 200')).toBeGreaterThan(30);
  });
});

// --- mutations of the examples ------------------------------------------------------------------------------------

const EXAMPLES = readdirSync(path.join(ROOT, 'examples'))
  .filter((f) => f.endsWith('.input.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(path.join(ROOT, 'examples', f), 'utf8')) as Json);

function pathsOf(value: Json, at: Path = [], out: Path[] = []): Path[] {
  if (at.length) out.push(at);
  if (value !== null && typeof value === 'object')
    for (const [k, child] of Object.entries(value))
      pathsOf(child, [...at, Array.isArray(value) ? Number(k) : k], out);
  return out;
}
const get = (value: Json, p: Path): Json => p.reduce((v, k) => v?.[k], value);
/** The path as the server writes it: units[0].values.tc08 */
const written = (p: Path) => p.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join('');

const HOSTILE = [
  null,
  true,
  0,
  -1,
  1.5,
  1e300,
  '',
  'x',
  '80,5%',
  '😀',
  'ạ'.repeat(10_001),
  [],
  {},
  { a: 1 },
  '2023-02-30',
];
type Kind = 'drop' | 'replace' | 'unknown-key' | 'rename';

/** The mutated request and the path of what changed. */
function mutate(doc: Json, kind: Kind, p: Path, value: unknown): { body: Json; changed: Path } {
  const body = structuredClone(doc);
  const parent = get(body, p.slice(0, -1));
  const key = p[p.length - 1];
  const target = get(body, p);
  if (kind === 'drop') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
    return { body, changed: p };
  }
  if (kind === 'replace') {
    parent[key] = structuredClone(value);
    return { body, changed: p };
  }
  if (kind === 'rename' && !Array.isArray(parent)) {
    parent[`${String(key)}X`] = parent[key];
    delete parent[key];
    return { body, changed: [...p.slice(0, -1), `${String(key)}X`] };
  }
  if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
    target.khongCo = value;
    return { body, changed: [...p, 'khongCo'] };
  }
  if (!Array.isArray(parent)) {
    parent.khongCo = value;
    return { body, changed: [...p.slice(0, -1), 'khongCo'] };
  }
  return { body, changed: p };
}

describe('requests mutated from examples/*.input.json', () => {
  it('the server refuses what the schema refuses, names the field, and scores or explains the rest', async () => {
    const mutation = fc.record({
      example: fc.nat(EXAMPLES.length - 1),
      pick: fc.nat(),
      kind: fc.constantFrom<Kind>('drop', 'replace', 'replace', 'unknown-key', 'rename'),
      value: fc.oneof(fc.constantFrom(...HOSTILE), fc.jsonValue({ maxDepth: 1 })),
    });
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const original = EXAMPLES[m.example];
        const paths = pathsOf(original);
        const p = paths[m.pick % paths.length];
        const { body, changed } = mutate(original, m.kind, p, m.value);
        const valid = requestValid(JSON.parse(JSON.stringify(body))) as boolean;
        const res = await post('validate', validate, body);
        const where = `${m.kind} ${written(p)} ${JSON.stringify(m.value)?.slice(0, 40)}`;
        if (!valid) {
          if (res.status === 200)
            throw new Error(
              `accepted though the schema refuses it (${ajv.errorsText(requestValid.errors?.slice(0, 2))}): ${where}`,
            );
          if (res.status === 400) {
            // the refusal points at the field changed, or at the object holding it
            const target = written(changed);
            const near = res.json.problems.some(
              (q: { path: string }) =>
                target.startsWith(q.path) || q.path.startsWith(target) || q.path === '(body)',
            );
            if (!near)
              throw new Error(`400 names ${res.json.problems.map((q: Json) => q.path)} for ${where}`);
          }
        } else if (res.status === 400)
          for (const q of res.json.problems)
            if (!known(q.message))
              throw new Error(`schema-valid request refused: ${q.path}: ${q.message} (${where})`);
      }),
      { seed: SEED, numRuns: 250, endOnFailure: true },
    );
  });
});

describe('the document read strictly', () => {
  it('every schema of every response and request compiles under ajv strict mode (JSON Schema keywords only)', () => {
    const strict = new Ajv2020({ strict: true, strictTypes: false, strictRequired: false, allErrors: true });
    addFormats(strict);
    strict.addFormat('binary', true);
    const ID = 'https://thidua.local/differential-requests/components.json';
    const toDefs = (value: unknown) =>
      JSON.parse(JSON.stringify(value).replaceAll('#/components/schemas/', `${ID}#/$defs/`));
    strict.addSchema({ $id: ID, $defs: toDefs(contract.document.components.schemas) });
    let compiled = 0;
    for (const [route, item] of Object.entries(contract.document.paths as Record<string, Json>))
      for (const [method, op] of Object.entries(item as Record<string, Json>)) {
        const bodies = [
          ...Object.values(op.requestBody?.content ?? {}),
          ...Object.values(op.responses ?? {}).flatMap((r: Json) => Object.values(r.content ?? {})),
        ] as Json[];
        for (const media of bodies) {
          expect(() => strict.compile(toDefs(media.schema))).not.toThrow();
          compiled++;
        }
        expect([route, method, Object.keys(op.responses ?? {}).length > 0]).toEqual([route, method, true]);
      }
    expect(compiled).toBeGreaterThan(60);
  });
});

/** A council decision of the xa sample (the first unit excluded), with one field changed. */
function councilRequest(change: Record<string, string>): Json {
  const body = EXAMPLES.find((b) => b.plan === 'phung-hiep-2023-xa');
  const decision = {
    kind: 'exclude',
    unit: body.units[0].id,
    date: '2023-12-20',
    recordedBy: 'Thư ký Hội đồng',
    reason: 'Vi phạm quy định',
    rule: 'Mục IV.1 của kế hoạch',
    ...change,
  };
  return { ...body, options: { councilDecisions: [decision] } };
}

describe('council decisions: texts at their documented lengths', () => {
  it('a text of exactly maxLength is read by both; one character more is refused by both', async () => {
    const exact = councilRequest({ recordedBy: 'ạ'.repeat(200) });
    expect(requestValid(exact)).toBe(true);
    expect((await post('score', score, exact)).status).toBe(200);
    const over = councilRequest({ recordedBy: 'ạ'.repeat(201) });
    expect(requestValid(over)).toBe(false);
    const res = await post('score', score, over);
    expect(res.status).toBe(400);
    expect(res.json.problems.map((p: Json) => p.path)).toContain('options.councilDecisions[0].recordedBy');
  });
});

describe('council texts and dossier settings: lengths checked on what is sent, as the request schema says', () => {
  it('"recordedBy" of 206 characters (a name and spaces) is refused, as its maxLength 200 says', async () => {
    const body = councilRequest({ recordedBy: `Thư ký${' '.repeat(200)}` });
    expect(requestValid(body)).toBe(false);
    const res = await post('score', score, body);
    expect(res.status).toBe(400);
    expect(res.json.problems.map((p: Json) => p.path)).toContain('options.councilDecisions[0].recordedBy');
  });

  it('"reason" of 2 501 characters is refused, as its maxLength 2000 says', async () => {
    const res = await post('validate', validate, councilRequest({ reason: `${' '.repeat(2500)}x` }));
    expect(res.status).toBe(400);
  });

  it('options.dossier.place of 1 210 characters (maxLength 1000) is refused by POST /api/dossier', async () => {
    const body = {
      ...EXAMPLES.find((b) => b.plan === 'phung-hiep-2023-xa'),
      options: { dossier: { place: `Phụng Hiệp${' '.repeat(1200)}` } },
    };
    const res = await readResponse(
      await dossier(jsonRequest('dossier', JSON.stringify(body)), testContext().context),
    );
    expect(res.status).toBe(400);
    contract.expectDocumented(res, '/api/dossier', 'post');
    expect(res.json.problems.map((p: Json) => p.path)).toContain('options.dossier.place');
  });

  it('a "rule" of three spaces is refused by the request schema too (it says minLength 1 only)', async () => {
    const body = councilRequest({ rule: '   ' });
    expect((await post('score', score, body)).status).toBe(400);
    expect(requestValid(body)).toBe(false);
  });
});

/** The xa sample with a raw JSON fragment in place of a marker, so that "__proto__" is an own key. */
function rawRequest(edit: (body: Json) => void, fragment: string): string {
  const body = structuredClone(EXAMPLES.find((b) => b.plan === 'phung-hiep-2023-xa'));
  body.units = body.units.slice(0, 2);
  edit(body);
  return JSON.stringify(body).replace('"__RAW__"', fragment);
}

async function postText(route: 'score' | 'validate', handler: Handler, text: string): Promise<ReadResponse> {
  const res = await readResponse(await handler(jsonRequest(route, text), testContext().context));
  expectAnswer(res, route);
  return res;
}

describe('a "__proto__" key in a unit, as an ordinary key would be', () => {
  it('a scalar under "__proto__" in values is a value of an unknown criterion, reported at its path', async () => {
    const text = rawRequest((b) => (b.units[0].values = { ...b.units[0].values, zz: '__RAW__' }), '1');
    const res = await postText('validate', validate, text.replace('"zz":1', '"__proto__":1'));
    expect(requestValid(JSON.parse(text.replace('"zz":1', '"__proto__":1')))).toBe(true);
    expect(res.status).toBe(200);
    expect(res.json.problems.map((p: Json) => p.path)).toContain('units[0].values.__proto__');
  });

  it('an object under an ordinary key of values is refused with 400 at its path, as the schema says', async () => {
    const text = rawRequest(
      (b) => (b.units[0].values = { ...b.units[0].values, khongCo: '__RAW__' }),
      '{"a":1}',
    );
    expect(requestValid(JSON.parse(text))).toBe(false);
    const res = await postText('validate', validate, text);
    expect(res.status).toBe(400);
    expect(res.json.problems.map((p: Json) => p.path)).toContain('units[0].values.khongCo');
  });
});

describe('a "__proto__" key is checked like any other key of the request', () => {
  it('units[0].values {"__proto__": {"a":1}} is a 400 at units[0].values.__proto__, as {"khongCo": {"a":1}} is', async () => {
    const text = rawRequest(
      (b) => (b.units[0].values = { ...b.units[0].values, zz: '__RAW__' }),
      '{"a":1}',
    ).replace('"zz":{', '"__proto__":{');
    expect(requestValid(JSON.parse(text))).toBe(false);
    for (const [route, handler] of ROUTES) {
      const res = await postText(route, handler, text);
      expect(res.status).toBe(400);
      expect(res.json.problems.map((p: Json) => p.path)).toContain('units[0].values.__proto__');
    }
  });

  it('options.rateScales {"__proto__": "khong"} is a 400 (not one of percent, fraction, ambiguous), not dropped silently', async () => {
    const text = rawRequest((b) => (b.options = { rateScales: '__RAW__' }), '{"__proto__":"khong"}');
    expect(requestValid(JSON.parse(text))).toBe(false);
    const res = await postText('validate', validate, text);
    expect(res.status).toBe(400);
    expect(res.json.problems.map((p: Json) => p.path).join(' ')).toMatch(/^options\.rateScales/);
  });
});

describe('a "__proto__" key the request schema accepts is reported, one it refuses is a 400', () => {
  it('options.rateScales {"__proto__": "percent"} names nothing of the plan: /validate reports it at its path', async () => {
    const text = rawRequest((b) => (b.options = { rateScales: '__RAW__' }), '{"__proto__":"percent"}');
    expect(requestValid(JSON.parse(text))).toBe(true);
    const res = await postText('validate', validate, text);
    expect(res.status).toBe(200);
    expect(res.json.problems.map((p: Json) => `${p.code} ${p.path}`)).toContain(
      'unknown-rate-scale options.rateScales.__proto__',
    );
  });

  it('a year series with a "__proto__" year is a 400, as the schema\'s four-digit year pattern says', async () => {
    const text = rawRequest(
      (b) => (b.units[0].facts = { ...b.units[0].facts, khongCo: '__RAW__' }),
      '{"2021":1,"__proto__":2}',
    );
    expect(requestValid(JSON.parse(text))).toBe(false);
    for (const [route, handler] of ROUTES) {
      const res = await postText(route, handler, text);
      expect(res.status).toBe(400);
      expect(res.json.problems.map((p: Json) => p.path).join(' ')).toMatch(/^units\[0\]\.facts\.khongCo/);
    }
  });
});

describe('the examples with any cell values the request schema allows', () => {
  it('are scored (200) by /score and /validate in each language and explanation level, as documented', async () => {
    const cell = fc.oneof(
      fc.constantFrom(
        '80,5%',
        '80.5%',
        '10.000.000',
        '1,000',
        'Có',
        'không',
        'Đạt',
        'x',
        '',
        ' ',
        '=SUM(A1)',
        '½',
        '٣',
        '1e400',
        '-0',
        'NaN',
        'ạ'.repeat(10_000),
      ),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: -5, max: 500 }),
      fc.boolean(),
      fc.constant(null),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
    );
    const options = fc.record(
      {
        lang: fc.constantFrom('vi', 'en'),
        explain: fc.constantFrom('none', 'summary', 'full'),
        rateScale: fc.constantFrom('auto', 'percent', 'fraction'),
      },
      { requiredKeys: [] },
    );
    const arb = fc.record({
      example: fc.nat(EXAMPLES.length - 1),
      cells: fc.array(fc.tuple(fc.nat(), fc.nat(), cell), { minLength: 1, maxLength: 8 }),
      options,
    });
    await fc.assert(
      fc.asyncProperty(arb, async ({ example, cells, options: extra }) => {
        const body = structuredClone(EXAMPLES[example]);
        for (const [u, k, value] of cells) {
          const unit = body.units[u % body.units.length];
          const record = unit.facts && k % 3 === 0 ? unit.facts : unit.values;
          const keys = Object.keys(record);
          if (keys.length) record[keys[k % keys.length]] = value;
        }
        body.options = { ...body.options, ...extra };
        expect(requestValid(JSON.parse(JSON.stringify(body)))).toBe(true);
        for (const [route, handler] of ROUTES) {
          const res = await post(route, handler, body);
          expect([route, res.status]).toEqual([route, 200]);
        }
      }),
      { seed: SEED, numRuns: 60, endOnFailure: true },
    );
  });
});
