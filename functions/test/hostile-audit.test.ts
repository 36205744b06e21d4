/**
 * A hostile client's requests, each with the answer it must get: the status the document at /api/openapi.json lists
 * for the route, a body valid against that response's schema (ajv, draft 2020-12), the path of the field, unit or
 * cell at fault and a Vietnamese message saying why, nothing that looks like a stack trace or a file path, and no
 * value that cannot be read turned silently into points. Covers what the fuzz tests only check for "below 500":
 * odd framing of the body, odd number strings, look-alike ids, formula-looking text, prototype keys, council
 * decisions, self-assessments, oversized inline plans, and route spelling through the local host.
 */
import './quiet-azure';

import { readFileSync } from 'node:fs';
import path from 'node:path';

import { builtInPlanDocument } from '@thidua/core';
import { dossier } from '../src/functions/dossier';
import { score } from '../src/functions/score';
import { validate } from '../src/functions/validate';
import { loadContract, type Contract } from './contract';
import { startLocalHost, type LocalHost } from '../src/local-host';
import {
  jsonRequest,
  readResponse,
  ROOT,
  sampleBody,
  testContext,
  useEnv,
  type ReadResponse,
} from './helpers';

type Handler = typeof score;
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const PLAN_ID = 'phung-hiep-2023-xa';
const LEAK = /\bat [\w.<>]+ \(|node_modules|\.ts:\d+|\/work\/|ZodError|TypeError/;

let restoreEnv: () => void;
beforeEach(() => {
  restoreEnv = useEnv({});
});
afterEach(() => restoreEnv());

let contract: Contract;
beforeAll(async () => {
  contract = await loadContract('https://thidua.local/hostile-audit/openapi.json');
});

/** The answer is one the document describes (status, content type, schema), and leaks nothing. */
function expectDocumented(res: ReadResponse, route: string, method: 'get' | 'post'): void {
  contract.expectDocumented(res, route, method);
  expect(res.text).not.toMatch(LEAK);
}

async function post(
  handler: Handler,
  route: 'score' | 'validate' | 'dossier',
  body: string | Uint8Array,
  headers?: Record<string, string>,
): Promise<ReadResponse> {
  const { context, logs } = testContext(route);
  const res = await readResponse(await handler(jsonRequest(route, body, headers), context));
  expect(logs.filter((l) => l.level === 'error')).toEqual([]);
  expectDocumented(res, `/api/${route}`, 'post');
  return res;
}

const asJson = (value: unknown) => JSON.stringify(value);
type Problem = { path: string; message: string; messageEn?: string; code?: string; unitId?: string };
const problemAt = (res: ReadResponse, path: string): Problem | undefined =>
  (res.json.problems as Problem[]).find((p) => p.path === path);

function oneUnit(values: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return { plan: PLAN_ID, units: [{ id: 'a', name: 'Xã A', block: 'xa', values, ...extra }] };
}

const sample = () => sampleBody('xa') as { plan: string; units: Array<Record<string, unknown>> };
const small = () => ({ ...sample(), units: sample().units.slice(0, 2) });

describe('the body as bytes: BOM, encodings, framing, nesting', () => {
  it('one UTF-8 BOM before the JSON is read past; two are refused as malformed JSON', async () => {
    const text = asJson(small());
    expect((await post(score, 'score', `\ufeff${text}`)).status).toBe(200);
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect((await post(score, 'score', bytes)).status).toBe(200);
    const twice = await post(score, 'score', `\ufeff\ufeff${text}`);
    expect(twice.status).toBe(400);
    expect(twice.json.problems[0]).toMatchObject({ path: '(body)', message: /^Không đọc được JSON/ });
  });

  it("malformed JSON is told where it broke in our words, never the engine's text nor a piece of the body", async () => {
    const cases: [string, RegExp, RegExp][] = [
      ['{"plan": "x",\n "units": [1,}', /dòng 2, cột/, /line 2, column/],
      ['xxxxxxxxxxxx', /ký tự "x" không đúng chỗ/, /unexpected character "x"/],
      ['{"plan": "x", "units": [', /dừng giữa chừng/, /stops midway/],
    ];
    for (const [body, vi, en] of cases) {
      const res = await post(score, 'score', body);
      expect(res.status).toBe(400);
      const [problem] = res.json.problems;
      expect(problem).toMatchObject({ path: '(body)', message: vi, messageEn: en });
      expect(`${problem.message} ${problem.messageEn}`).not.toMatch(
        /Unexpected|is not valid JSON|xxxx|position/,
      );
    }
  });

  it('UTF-16 and broken UTF-8 are 400 "không phải văn bản UTF-8", never guessed', async () => {
    for (const bytes of [
      new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]),
      new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]),
    ]) {
      const res = await post(score, 'score', bytes);
      expect(res.status).toBe(400);
      expect(res.json.problems).toEqual([
        {
          path: '(body)',
          message: 'Nội dung không phải văn bản UTF-8',
          messageEn: 'The body is not valid UTF-8',
        },
      ]);
    }
  });

  it('an empty body, and JSON that is not an object, name the body and what was expected', async () => {
    const empty = await post(score, 'score', '');
    expect(empty.status).toBe(400);
    expect(empty.json.problems[0]).toMatchObject({ path: '(body)', message: 'Nội dung yêu cầu trống' });
    for (const [body, received] of [
      ['null', 'null'],
      ['[]', 'mảng'],
      ['"x"', 'chuỗi'],
      ['0', 'số'],
    ]) {
      const res = await post(validate, 'validate', body);
      expect(res.status).toBe(400);
      expect(res.json.problems[0]).toMatchObject({
        path: '(body)',
        message: `Đầu vào không hợp lệ: mong đợi đối tượng, nhận được ${received}`,
      });
    }
  });

  it('100 000 nested arrays are refused by depth (no stack overflow); 63 levels of objects are read', async () => {
    const deep = await post(score, 'score', `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(deep.status).toBe(400);
    expect(deep.json.problems[0]).toMatchObject({ path: '(body)', message: 'JSON lồng nhau quá 64 cấp' });
    const deepObjects = await post(score, 'score', `${'{"a":'.repeat(65)}1${'}'.repeat(65)}`);
    expect(deepObjects.json.problems[0].message).toBe('JSON lồng nhau quá 64 cấp');
    const at64 = await post(score, 'score', `${'{"a":'.repeat(63)}1${'}'.repeat(63)}`);
    expect(at64.status).toBe(400);
    expect(problemAt(at64, 'a')?.message).toBe('Khóa không được nhận dạng: "a"');
  });

  it('a second JSON document or a NUL after the first is malformed JSON, not ignored', async () => {
    for (const tail of [' {"x":1}', '\u0000']) {
      const res = await post(score, 'score', `{"plan":"${PLAN_ID}","units":[]}${tail}`);
      expect(res.status).toBe(400);
      expect(res.json.title).toBe('JSON không hợp lệ (malformed JSON)');
    }
  });

  it('content types: only JSON in UTF-8; +json and parameter spelling variants are accepted', async () => {
    const body = asJson(small());
    for (const type of [
      'application/json; charset=UTF-8',
      'application/json;charset="utf-8"',
      'application/vnd.api+json',
    ])
      expect((await post(score, 'score', body, { 'content-type': type })).status).toBe(200);
    for (const type of [
      'application/json; charset=iso-8859-1',
      'application/json; charset=utf8',
      'text/json',
      'application/json5',
      'application/json, text/plain',
      '*/*',
    ]) {
      const res = await post(score, 'score', body, { 'content-type': type });
      expect(res.status).toBe(415);
      expect(res.json.problems[0].path).toBe('(headers).content-type');
      expect(res.json.problems[0].message).toContain(`nhận được "${type}"`);
    }
  });

  it('content codings other than identity are 415 naming content-encoding; "Identity" is identity', async () => {
    const body = asJson(small());
    for (const coding of ['gzip', 'GZIP', 'br', 'identity, gzip']) {
      const res = await post(score, 'score', body, {
        'content-type': 'application/json',
        'content-encoding': coding,
      });
      expect(res.status).toBe(415);
      expect(res.json.problems[0]).toMatchObject({
        path: '(headers).content-encoding',
        message: 'Hãy gửi JSON không nén (bỏ "Content-Encoding")',
      });
    }
    const identity = await post(score, 'score', body, {
      'content-type': 'application/json',
      'content-encoding': ' Identity ',
    });
    expect(identity.status).toBe(200);
  });

  it('an oversized body is 413 whether declared or not, saying the limit and how to split', async () => {
    const big = await post(score, 'score', 'x'.repeat(5 * 1024 * 1024 + 1));
    expect(big.status).toBe(413);
    expect(big.json.problems[0].message).toMatch(/vượt quá 5242880 byte.*chia danh sách đơn vị/);
    const declared = await post(score, 'score', asJson(small()), {
      'content-type': 'application/json',
      'content-length': '99999999999',
    });
    expect(declared.status).toBe(413);
    expect(declared.json.detail).toBe('content-length 99999999999');
  });
});

describe('request fields: unknown, prototype and malformed options', () => {
  it('unknown options, an unknown lang, a date that does not exist: 400 naming the field', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ lang: 'fr' }, 'options.lang', /mong đợi một trong các giá trị "vi"\|"en"/],
      [{ lang: 'EN' }, 'options.lang', /"vi"\|"en"/],
      [{ foo: 1 }, 'options.foo', /Khóa không được nhận dạng: "foo"/],
      [{ decisionDate: '2023-02-30' }, 'options.decisionDate', /ngày có thật, dạng YYYY-MM-DD/],
      [{ decisionDate: '2023-2-3' }, 'options.decisionDate', /ngày có thật/],
      [{ explain: 'FULL' }, 'options.explain', /Tùy chọn không hợp lệ/],
      [{ rateScale: 'percentage' }, 'options.rateScale', /"auto"\|"percent"\|"fraction"/],
    ];
    for (const [options, path, message] of cases) {
      const res = await post(score, 'score', asJson({ ...small(), options }));
      expect(res.status).toBe(400);
      expect(problemAt(res, path)?.message).toMatch(message);
    }
  });

  it('__proto__ as a key of the body, a unit, options or a council decision is an unknown key, not a prototype', async () => {
    const unit = `{"id":"a","block":"xa","values":{"tc01":"Có"}}`;
    const decision = `{"kind":"exclude","unit":"a","date":"2023-12-20","recordedBy":"T","reason":"R","rule":"Đ5"}`;
    const cases: [string, string][] = [
      [`{"plan":"${PLAN_ID}","units":[${unit}],"__proto__":{"plan":"x"}}`, '__proto__'],
      [`{"plan":"${PLAN_ID}","units":[{"__proto__":{"id":"b"},${unit.slice(1)}]}`, 'units[0].__proto__'],
      [`{"plan":"${PLAN_ID}","units":[${unit}],"options":{"__proto__":{"lang":"en"}}}`, 'options.__proto__'],
      [
        `{"plan":"${PLAN_ID}","units":[${unit}],"options":{"councilDecisions":[{"__proto__":{},${decision.slice(1)}]}}`,
        'options.councilDecisions[0].__proto__',
      ],
    ];
    for (const [body, path] of cases) {
      const res = await post(validate, 'validate', body);
      expect(res.status).toBe(400);
      expect(problemAt(res, path)?.message).toBe('Khóa không được nhận dạng: "__proto__"');
    }
    expect(({} as Record<string, unknown>).plan).toBeUndefined();
  });

  it('ids and keys past their lengths are 400 at their paths; an unknown 100 000-character plan id is 404, cut', async () => {
    const u = sample().units[0] as { values: Record<string, unknown> };
    const longKey = 'k'.repeat(201);
    const key = await post(
      validate,
      'validate',
      asJson({ plan: PLAN_ID, units: [{ ...u, values: { ...u.values, [longKey]: 1 } }] }),
    );
    expect(key.status).toBe(400);
    expect(key.json.problems.map((p: Problem) => p.path)).toContain(`units[0].values.${longKey}`);
    const cell = await post(
      validate,
      'validate',
      asJson({ plan: PLAN_ID, units: [{ ...u, values: { ...u.values, tc08: 'x'.repeat(10_001) } }] }),
    );
    expect(problemAt(cell, 'units[0].values.tc08')?.message).toBe('Quá dài: tối đa 10.000 ký tự');
    const id = await post(
      validate,
      'validate',
      asJson({ plan: PLAN_ID, units: [{ ...u, id: 'x'.repeat(201) }] }),
    );
    expect(problemAt(id, 'units[0].id')?.message).toBe('Quá dài: tối đa 200 ký tự');
    const plan = await post(validate, 'validate', asJson({ plan: 'p'.repeat(100_000), units: [] }));
    expect(plan.status).toBe(404);
    expect(plan.text.length).toBeLessThan(2_000);
    expect(problemAt(plan, 'plan')?.message).toContain(`"${'p'.repeat(200)}"`);
  });

  it('a number past the double range (1e400) is refused at the path of its cell', async () => {
    const res = await post(
      score,
      'score',
      `{"plan":"${PLAN_ID}","units":[{"id":"a","block":"xa","values":{"tc08":1e400,"tc13":-1e400}}]}`,
    );
    expect(res.status).toBe(400);
    expect(res.json.problems.map((p: Problem) => p.path).sort()).toEqual([
      'units[0].values.tc08',
      'units[0].values.tc13',
    ]);
  });
});

describe('cells: Vietnamese and foreign number strings are read as documented or flagged, never silently 0', () => {
  /** tc08: rate, target 80%, 10 points; tc13: count, 0,05 points each, at most 10. */
  async function read(value: unknown) {
    const body = asJson(oneUnit({ tc08: value, tc13: value }));
    const scored = await post(score, 'score', body);
    const checked = await post(validate, 'validate', body);
    expect(scored.status).toBe(200);
    const result = scored.json.results[0];
    const flag = (id: string) =>
      (result.flags as Array<{ code: string; criterionId?: string; message: string }>).find(
        (f) => f.criterionId === id,
      );
    return {
      points: result.points as Record<string, number>,
      flag,
      problem: (id: string) => problemAt(checked, `units[0].values.${id}`),
    };
  }

  it.each([
    ['80,5 %', 10],
    ['80,5%', 10],
    ['80.5%', 10],
    ['+80%', 10],
    ['80\u00a0%', 10],
    ['40%', 5],
  ])('rate "%s" reads as a percentage (%d points)', async (value, points) => {
    const cell = await read(value);
    expect(cell.points.tc08).toBe(points);
    expect(cell.problem('tc08')).toBeUndefined();
  });

  it.each([
    ['1.234,5', /tỷ lệ phải từ 0% đến 100% \(nhận được "1\.234,5"\)/],
    ['1,234.5', /tỷ lệ phải từ 0% đến 100%/],
    ['120%', /tỷ lệ phải từ 0% đến 100% \(nhận được "120%"\)/],
    ['-5%', /tỷ lệ phải từ 0% đến 100%/],
    ['٣', /"٣" không phải là số/],
    ['٨٠%', /không phải là tỷ lệ/],
    ['８０%', /không phải là tỷ lệ/],
    ['80\u200b%', /không phải là tỷ lệ/],
    ['\u200f80%', /không phải là tỷ lệ/],
    ['80%%', /không phải là tỷ lệ/],
    ['80,5,5%', /không phải là tỷ lệ/],
    ['80‰', /không phải là số/],
    ['0x50', /không phải là số/],
    ['1e400', /không phải là số/],
    ['NaN', /không phải là số/],
    ['Infinity', /không phải là số/],
    ['tám mươi', /không phải là số/],
    ['60/50', /không phải là số/], // more done than in all: no share ("4/5" reads as 80%)
  ])('rate "%s" is an invalid value, flagged and reported, 0 points', async (value, message) => {
    const cell = await read(value);
    expect(cell.points.tc08).toBe(0);
    expect(cell.flag('tc08')).toMatchObject({
      code: 'invalid-value',
      message: expect.stringMatching(message),
    });
    expect(cell.problem('tc08')).toMatchObject({
      code: 'invalid-value',
      criterionId: 'tc08',
      unitId: 'a',
      message: expect.stringMatching(/^Đơn vị "Xã A", tiêu chí 8: /),
    });
  });

  it.each([
    ['1.000', 10],
    ['1 000', 10],
    ['12,345,678', 10],
    ['  80  ', 4],
    ['240 hồ sơ', 10],
  ])('count "%s" reads with its thousands grouping (%d points)', async (value, points) => {
    const cell = await read(value);
    expect(cell.points.tc13).toBe(points);
    expect(cell.problem('tc13')).toBeUndefined();
  });

  it.each([
    ['1.234,5', /số lượng phải là số nguyên không âm \(nhận được "1\.234,5"\)/],
    ['0,805', /số lượng phải là số nguyên không âm/],
    ['80,5 %', /"80,5 %" không phải là số/],
    ['1_000', /không phải là số/],
    ['1.234.5', /không phải là số/],
  ])('count "%s" is an invalid value, flagged and reported', async (value, message) => {
    const cell = await read(value);
    expect(cell.points.tc13).toBe(0);
    expect(cell.flag('tc13')).toMatchObject({
      code: 'invalid-value',
      message: expect.stringMatching(message),
    });
    expect(cell.problem('tc13')?.code).toBe('invalid-value');
  });

  it('a count past 2^53 is refused as written, not rounded; booleans are not numbers; blank text is missing', async () => {
    const huge = await post(
      validate,
      'validate',
      `{"plan":"${PLAN_ID}","units":[{"id":"a","block":"xa","values":{"tc13":123456789012345678901234567890}}]}`,
    );
    // digits a JSON number cannot hold: a 400 naming them as written, before anything reads a rounded figure
    expect(huge.status).toBe(400);
    expect(problemAt(huge, 'units[0].values.tc13')?.message).toMatch(
      /^Số nguyên 123456789012345678901234567890 ở units\[0\]\.values\.tc13 vượt ±9\.007\.199/,
    );
    const yes = await read(true);
    expect(yes.problem('tc13')?.message).toMatch(/true không phải là số/);
    const blank = await read('   ');
    expect(blank.problem('tc13')?.code).toBe('missing-value');
    expect(blank.flag('tc13')?.message).toMatch(/thiếu giá trị/);
  });
});

describe('facts: an unreadable fact holds the unit, never counts as 0', () => {
  const withFact = (value: unknown) => {
    const unit = sample().units[0] as { facts: Record<string, unknown> };
    return asJson({
      plan: PLAN_ID,
      units: [{ ...unit, facts: { ...unit.facts, lateDossiersMaxInMonth: value } }],
    });
  };

  it.each([
    ['1,9', /số lượng phải là số nguyên không âm \(nhận được "1,9"\)/],
    ['-1', /số lượng phải là số nguyên không âm/],
    ['hai', /"hai" không phải là số/],
    ['١', /"١" không phải là số/],
    [true, /true không phải là số/],
  ])(
    'fact %p is invalid-fact: flagged, the unit not eligible, reported at its path',
    async (value, message) => {
      const scored = await post(score, 'score', withFact(value));
      const result = scored.json.results[0];
      expect(result).toMatchObject({ eligible: false, excluded: false, incomplete: true, award: null });
      expect(result.flags[0]).toMatchObject({ code: 'invalid-fact', factId: 'lateDossiersMaxInMonth' });
      const checked = await post(validate, 'validate', withFact(value));
      expect(problemAt(checked, 'units[0].facts.lateDossiersMaxInMonth')).toMatchObject({
        code: 'invalid-fact',
        message: expect.stringMatching(message),
      });
    },
  );

  it('"1.000" and "2 hồ sơ" are read as numbers and exclude the unit, saying the value', async () => {
    for (const [value, shown] of [
      ['1.000', '1.000'],
      ['2 hồ sơ', '2'],
    ]) {
      const result = (await post(score, 'score', withFact(value))).json.results[0];
      expect(result).toMatchObject({ excluded: true, eligible: false });
      expect(result.reasons[0]).toBe(
        `Không xét thi đua: có ${shown} hồ sơ TTHC dịch vụ công trực tuyến trễ hẹn trong một tháng (từ 02 hồ sơ/tháng trở lên, mục IV.1)`,
      );
    }
  });
});

describe('prototype names as unit ids, with council decisions and self-assessments', () => {
  it('each unit keeps its own result, decision and appraisal', async () => {
    const ids = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
    const units = sample()
      .units.slice(0, 4)
      .map((u, i) => ({
        ...u,
        id: ids[i],
        name: ids[i],
        selfAssessment: { values: { tc08: '50%' }, reasons: { tc08: 'r' } },
      }));
    const councilDecisions = ids.map((unit) => ({
      kind: 'exclude',
      unit,
      date: '2023-12-20',
      recordedBy: 'T',
      reason: 'R',
      rule: 'a',
    }));
    const res = await post(score, 'score', asJson({ plan: PLAN_ID, units, options: { councilDecisions } }));
    expect(res.json.results.map((r: { unitId: string }) => r.unitId).sort()).toEqual([...ids].sort());
    for (const r of res.json.results) expect(r).toMatchObject({ excluded: true, rank: null });
    expect(res.json.council).toMatchObject({ applied: 4, refused: 0 });
    expect(res.json.appraisal.units.map((u: { unitId: string }) => u.unitId).sort()).toEqual([...ids].sort());
    for (const u of res.json.appraisal.units) expect(u.items).toMatchObject([{ id: 'tc08', reason: 'r' }]);
  });
});

describe('individuals: a collective that is not in the data is flagged in the score', () => {
  it('unknown-collective, and what needs the collective waits until the link is mended', async () => {
    const input = JSON.parse(
      readFileSync(path.join(ROOT, 'examples', 'kien-giang-sxd-609-cchc.input.json'), 'utf8'),
    );
    const res = await post(score, 'score', asJson(input));
    const unit = res.json.results.find((r: { unitId: string }) => r.unitId === 'cn-x');
    expect(unit.flags.map((f: { code: string }) => f.code)).toContain('unknown-collective');
    expect(unit.award).toBeNull();
    expect(unit.decisions[0]).toMatchObject({
      granted: false,
      status: 'unknown',
      reason: 'Không tìm thấy tập thể "phong-khong-co" của cá nhân trong danh sách đơn vị',
    });
  });
});

describe('ids and names that look like formulas or hide characters', () => {
  const FORMULAS = ['=HYPERLINK("http://e.example","x")', '+1', '-2+3', '@SUM(A1)', '\t=1'];

  it('come back exactly as sent, as JSON strings, under nosniff', async () => {
    const units = FORMULAS.map((text, i) => ({ id: `${text}#${i}`, name: text, block: 'xa', values: {} }));
    const res = await post(score, 'score', asJson({ plan: PLAN_ID, units }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const byId = new Map<string, { name: string }>(
      res.json.results.map((r: { unitId: string; name: string }) => [r.unitId, r]),
    );
    FORMULAS.forEach((text, i) => expect(byId.get(`${text}#${i}`)?.name).toBe(text));
  });

  it('a formula-looking cell is an invalid value naming the unit by its name', async () => {
    const res = await post(
      validate,
      'validate',
      asJson({ plan: PLAN_ID, units: [{ id: 'x', name: '+1', block: 'xa', values: { tc01: '=1+1' } }] }),
    );
    expect(problemAt(res, 'units[0].values.tc01')).toMatchObject({
      code: 'invalid-value',
      message: 'Đơn vị "+1", tiêu chí 1: "=1+1" không phải là Có/Không',
      messageEn: 'Unit "+1", criterion 1: "=1+1" is not Yes/No',
    });
  });

  it('a criterion key with a zero-width space, or in capitals, is an unknown criterion, not tc08', async () => {
    const u = sample().units[0] as { values: Record<string, unknown> };
    for (const key of ['tc08\u200b', 'TC08', ' tc08']) {
      const res = await post(
        validate,
        'validate',
        asJson({ plan: PLAN_ID, units: [{ ...u, values: { ...u.values, [key]: '10%' } }] }),
      );
      expect(res.json.valid).toBe(false);
      expect(problemAt(res, `units[0].values.${key}`)).toMatchObject({
        code: 'unknown-criterion',
        message: `Đơn vị "Thị trấn Cây Dương": ${
          key === 'tc08\u200b' ? '"tc08<U+200B>"' : `"${key}"`
        } không phải mã tiêu chí của kế hoạch${key === 'tc08\u200b' ? ' (mã có ký tự ẩn, hãy xóa ký tự đó)' : ''}`,
      });
    }
  });

  it('"constructor" as a value key is an unknown criterion', async () => {
    const res = await post(validate, 'validate', asJson(oneUnit({ constructor: 5, tc01: 'Có' })));
    expect(problemAt(res, 'units[0].values.constructor')?.code).toBe('unknown-criterion');
  });

  it('a unit in a block the plan does not have is not ranked, and says why', async () => {
    const body = asJson({ plan: PLAN_ID, units: [{ ...sample().units[0], block: 'khoi-la' }] });
    const scored = await post(score, 'score', body);
    expect(scored.json.results[0]).toMatchObject({
      eligible: false,
      rank: null,
      award: null,
      flags: [{ code: 'unknown-block', message: 'Khối "khoi-la" không có trong kế hoạch (các khối: xa)' }],
    });
    const checked = await post(validate, 'validate', body);
    expect(problemAt(checked, 'units[0].block')?.message).toBe(
      'Đơn vị "Thị trấn Cây Dương": khối "khoi-la" không có trong kế hoạch (xa)',
    );
  });
});

describe('council decisions and self-assessments', () => {
  const base = { date: '2023-12-20', recordedBy: 'Thư ký', reason: 'Họp Hội đồng' };
  const withDecisions = (councilDecisions: unknown) => asJson({ ...sample(), options: { councilDecisions } });

  it('a decision for a unit that is not in the data is refused, saying so, not applied', async () => {
    for (const unit of ['khong-co', '=HYPERLINK("x")']) {
      const res = await post(score, 'score', withDecisions([{ ...base, kind: 'exclude', rule: 'Đ5', unit }]));
      expect(res.status).toBe(200);
      expect(res.json.council).toMatchObject({ applied: 0, refused: 1 });
      expect(res.json.council.decisions[0]).toMatchObject({
        status: 'refused',
        code: 'council-unit-unknown',
        unit,
        message: `Quyết định #1 (không xét thi đua) không được áp dụng: không có đơn vị "${unit}" trong dữ liệu lần này`,
      });
    }
  });

  it('contradicting decisions for one unit are both refused; an unknown award is refused naming the known ones', async () => {
    const unit = sample().units[0].id;
    const both = await post(
      score,
      'score',
      withDecisions([
        { ...base, unit, kind: 'exclude', rule: 'a' },
        { ...base, unit, kind: 'include', rule: 'b' },
      ]),
    );
    expect(both.json.council).toMatchObject({ applied: 0, refused: 2 });
    expect(both.json.council.decisions.map((d: { code: string }) => d.code)).toEqual([
      'council-conflict',
      'council-conflict',
    ]);
    const tie = await post(
      score,
      'score',
      withDecisions([{ ...base, unit, kind: 'tie', award: 'giai-vang' }]),
    );
    expect(tie.json.council.decisions[0]).toMatchObject({ status: 'refused', code: 'council-award-unknown' });
    expect(tie.json.council.decisions[0].message).toContain(
      '(có: Giải Nhất, Giải Nhì, Giải Ba, Giải Khuyến khích)',
    );
  });

  it('malformed decisions are 400 at their field', async () => {
    const unit = sample().units[0].id;
    const cases: [unknown, string, RegExp][] = [
      [
        [{ ...base, unit, kind: 'vote', award: 'giai-nhat', votesFor: 5, members: 3 }],
        'options.councilDecisions[0].votesFor',
        /không được lớn hơn tổng số thành viên/,
      ],
      [
        [{ ...base, unit, kind: 'vote', award: 'giai-nhat', votesFor: 1.5, members: 3 }],
        'options.councilDecisions[0].votesFor',
        /mong đợi số nguyên, nhận được số/,
      ],
      [
        [{ ...base, unit, kind: 'exclude', rule: 'a', reason: '   ' }],
        'options.councilDecisions[0].reason',
        /Không được để trống/,
      ],
      [
        [{ ...base, unit, kind: 'missing', rule: 'maybe' }],
        'options.councilDecisions[0].rule',
        /"zero"\|"hold"/,
      ],
      [
        [{ ...base, unit, kind: 'exclude', rule: 'a', date: '20-12-2023' }],
        'options.councilDecisions[0].date',
        /YYYY-MM-DD/,
      ],
      [
        Array.from({ length: 1001 }, () => ({ ...base, unit, kind: 'exclude', rule: 'a' })),
        'options.councilDecisions',
        /Tối đa 1000 quyết định/,
      ],
      [{ kind: 'exclude' }, 'options.councilDecisions', /mong đợi mảng, nhận được đối tượng/],
    ];
    for (const [decisions, path, message] of cases) {
      const res = await post(score, 'score', withDecisions(decisions));
      expect(res.status).toBe(400);
      expect(problemAt(res, path)?.message).toMatch(message);
    }
  });

  it('a self-assessed value that cannot be read is reported at its own path; an unknown part is 400', async () => {
    const body = sample();
    const unit = { ...body.units[0], selfAssessment: { values: { tc08: 'abc' } } };
    const checked = await post(validate, 'validate', asJson({ plan: PLAN_ID, units: [unit] }));
    expect(checked.json.valid).toBe(false);
    expect(checked.json.problems).toEqual([
      {
        path: 'units[0].selfAssessment.values.tc08',
        message: 'Đơn vị "Thị trấn Cây Dương", tiêu chí 8: "abc" không phải là số',
        messageEn: 'Unit "Thị trấn Cây Dương", criterion 8: "abc" is not a number',
        unitId: 'tt-cay-duong',
        criterionId: 'tc08',
        code: 'invalid-value',
      },
    ]);
    const scored = await post(
      score,
      'score',
      asJson({ plan: PLAN_ID, units: [unit, ...body.units.slice(1)] }),
    );
    expect(scored.json.appraisal.units[0].items[0]).toMatchObject({
      id: 'tc08',
      selfValue: 'abc',
      selfPoints: 0,
      appraisedPoints: 10,
    });
    for (const [selfAssessment, path, message] of [
      [{ valuez: { tc08: '5' } }, 'units[0].selfAssessment.valuez', 'Khóa không được nhận dạng: "valuez"'],
      [
        { reasons: { tc08: 5 } },
        'units[0].selfAssessment.reasons.tc08',
        'Đầu vào không hợp lệ: mong đợi chuỗi, nhận được số',
      ],
    ] as const) {
      const res = await post(
        score,
        'score',
        asJson({ plan: PLAN_ID, units: [{ ...body.units[0], selfAssessment }] }),
      );
      expect(res.status).toBe(400);
      expect(problemAt(res, path)?.message).toBe(message);
    }
  });
});

describe('inline plans that are too large or refer to what they do not declare: 422 naming the part', () => {
  const document = () => structuredClone(builtInPlanDocument(PLAN_ID)) as Json;
  const units = () => sample().units.slice(0, 2);

  it.each([
    [
      '3000 criteria',
      (p: Json) => {
        p.criteria = Array.from({ length: 3000 }, (_, i) => ({
          ...p.criteria[3],
          id: `c${i}`,
          number: `${i}`,
        }));
      },
      'plan.criteria',
      /^Tối đa 200 tiêu chí/,
    ],
    [
      'a duplicate criterion id',
      (p: Json) => {
        p.criteria[1].id = p.criteria[0].id;
      },
      'plan.criteria[1].id',
      /Mã "tc01" bị trùng trong criteria/,
    ],
    [
      'an id with a diacritic (NFC or NFD)',
      (p: Json) => {
        p.criteria[0].id = 'tcé'.normalize('NFD');
      },
      'plan.criteria[0].id',
      /Mã chỉ gồm chữ không dấu/,
    ],
    [
      'a formula as a criterion id',
      (p: Json) => {
        p.criteria[0].id = '=HYPERLINK("x")';
      },
      'plan.criteria[0].id',
      /Mã chỉ gồm chữ không dấu/,
    ],
    [
      'an exclusion on an undeclared fact',
      (p: Json) => {
        p.exclusions[0].when.fact = 'khongCo';
      },
      'plan.exclusions[0].when',
      /Dữ kiện "khongCo" chưa được khai báo trong facts/,
    ],
    [
      'a condition 21 levels deep',
      (p: Json) => {
        let when: Json = { fact: 'lateDossiersMaxInMonth', op: '>=', value: 2 };
        for (let i = 0; i < 20; i++) when = { not: when };
        p.exclusions[0].when = when;
      },
      'plan.exclusions[0].when',
      /Điều kiện lồng 21 tầng, tối đa 8 tầng/,
    ],
    [
      'a period starting on 29 February 2023',
      (p: Json) => {
        p.period.from = '2023-02-29';
      },
      'plan.period.from',
      /Ngày có thật/,
    ],
    [
      'a reversed period',
      (p: Json) => {
        p.period = { from: '2023-12-31', to: '2023-01-01' };
      },
      'plan.period.to',
      /không trước ngày bắt đầu/,
    ],
    [
      'a due date of 30 February',
      (p: Json) => {
        p.awards.dueDate = '2023-02-30';
      },
      'plan.awards.dueDate',
      /Ngày có thật/,
    ],
    [
      'a maximum of -0 points',
      (p: Json) => {
        p.criteria[0].maxPoints = -0;
      },
      'plan.criteria[0].maxPoints',
      /Quá nhỏ: phải lớn hơn 0/,
    ],
    [
      'a criterion for an undeclared block',
      (p: Json) => {
        p.criteria[0].appliesTo = ['khoi-la'];
      },
      'plan.criteria[0].appliesTo',
      /Khối "khoi-la" không có trong blocks/,
    ],
  ])('%s', async (_name, change, path, message) => {
    const plan = document();
    change(plan);
    for (const [handler, route] of [
      [score, 'score'],
      [validate, 'validate'],
    ] as const) {
      const res = await post(handler, route, asJson({ plan, units: units() }));
      expect(res.status).toBe(422);
      expect(res.json.title).toBe('Kế hoạch không hợp lệ (invalid plan)');
      expect(problemAt(res, path)?.message).toMatch(message);
    }
  });

  it('a raw 1e400 in an inline plan is not a number', async () => {
    const text = asJson({ plan: document(), units: units() }).replace('"maxPoints":10', '"maxPoints":1e400');
    const res = await post(score, 'score', text);
    expect(res.status).toBe(422);
    expect(problemAt(res, 'plan.criteria[0].maxPoints')?.message).toMatch(/mong đợi số/);
  });
});

describe('an inline plan whose ids are names of Object.prototype members', () => {
  it('scores exactly as the built-in plan it renames', async () => {
    const plan = structuredClone(builtInPlanDocument(PLAN_ID)) as Json;
    const renamed: Record<string, string> = {
      tc01: 'constructor',
      tc02: 'toString',
      tc03: 'hasOwnProperty',
      tc04: 'valueOf',
    };
    plan.criteria.forEach((c: { id: string }) => (c.id = renamed[c.id] ?? c.id));
    // the fact takes another inherited name: criteria and facts need different ids
    plan.facts[0].id = 'isPrototypeOf';
    plan.exclusions[0].when.fact = 'isPrototypeOf';
    plan.exclusions[0].reason = plan.exclusions[0].reason.replace('lateDossiersMaxInMonth', 'isPrototypeOf');
    plan.exclusions[0].reasonEn = plan.exclusions[0].reasonEn.replace(
      'lateDossiersMaxInMonth',
      'isPrototypeOf',
    );
    plan.blocks[0].id = 'toString';
    plan.awards.tiers[0].id = 'constructor';
    const original = sample().units.slice(0, 3);
    const units = original.map((u) => {
      const values = Object.fromEntries(
        Object.entries(u.values as Record<string, unknown>).map(([k, v]) => [renamed[k] ?? k, v]),
      );
      const facts = u.facts as Record<string, unknown>;
      return {
        ...u,
        block: 'toString',
        values,
        facts: { isPrototypeOf: facts.lateDossiersMaxInMonth, reportDelayMaxDays: facts.reportDelayMaxDays },
      };
    });
    const builtIn = await post(score, 'score', asJson({ plan: PLAN_ID, units: original }));
    const inline = await post(score, 'score', asJson({ plan, units }));
    const summary = (res: ReadResponse) =>
      res.json.results.map((r: { total: number; rank: number | null }) => [r.total, r.rank]);
    expect(summary(inline)).toEqual(summary(builtIn));
    expect(inline.json.results[0].award.tier).toBe('constructor');
    expect(inline.json.results[0].points).toMatchObject({ constructor: 10, toString: 10, hasOwnProperty: 8 });
    const checked = await post(validate, 'validate', asJson({ plan, units }));
    expect(checked.json).toMatchObject({ valid: true, problems: [] });
  });
});

describe('POST /api/dossier: settings that are not strings of the documented kind', () => {
  it('an unknown signer prefix and a text member count are 400 at their own paths', async () => {
    const res = await post(
      dossier,
      'dossier',
      asJson({ ...sample(), options: { dossier: { signerPrefix: 'BOSS', membersTotal: 'x' } } }),
    );
    expect(res.status).toBe(400);
    expect(res.json.problems.map((p: Problem) => p.path).sort()).toEqual([
      'options.dossier.membersTotal',
      'options.dossier.signerPrefix',
    ]);
    expect(problemAt(res, 'options.dossier.signerPrefix')?.message).toMatch(
      /^Thông tin hồ sơ "signerPrefix"/,
    );
  });
});

describe('through the local host: route spelling, methods, query strings', () => {
  let host: LocalHost;
  const errors: string[] = [];
  beforeAll(async () => {
    host = await startLocalHost({
      port: 0,
      log: (level, message) => level === 'error' && errors.push(message),
    });
  });
  afterAll(() => host.close());

  async function fetchRead(target: string, init: RequestInit = {}): Promise<ReadResponse> {
    const res = await fetch(`${host.url}${target}`, init);
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, text, json };
  }
  const postInit = (body: string): RequestInit => ({
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });

  it('routes match without regard to case or one trailing slash; a query string changes nothing', async () => {
    for (const target of ['/API/HEALTH', '/api/health/', '/api/health?x=1&x=2&__proto__[a]=1']) {
      const res = await fetchRead(target);
      expect(res.status).toBe(200);
      expectDocumented(res, '/api/health', 'get');
    }
    const body = asJson(small());
    const plain = await fetchRead('/api/score', postInit(body));
    for (const target of ['/API/Score', '/api/score/', '/api/score?lang=en&explain=full']) {
      const res = await fetchRead(target, postInit(body));
      expect(res.status).toBe(200);
      expectDocumented(res, '/api/score', 'post');
      expect(res.json.lang).toBe('vi');
      expect(res.json.explain).toBe('summary');
      expect(res.json.inputHash).toBe(plain.json.inputHash);
    }
    const planRes = await fetchRead(`/api/Plans/${PLAN_ID}/`);
    expect(planRes.status).toBe(200);
    expect(planRes.json.id).toBe(PLAN_ID);
  });

  it('a plan id is matched exactly: other case, an extension, an encoded slash or a formula are 404 naming it', async () => {
    for (const [raw, id] of [
      ['PHUNG-HIEP-2023-XA', 'PHUNG-HIEP-2023-XA'],
      [`${PLAN_ID}.json`, `${PLAN_ID}.json`],
      [`${PLAN_ID}%2F..`, `${PLAN_ID}/..`],
      [encodeURIComponent('=HYPERLINK("x")'), '=HYPERLINK("x")'],
    ]) {
      const res = await fetchRead(`/api/plans/${raw}`);
      expect(res.status).toBe(404);
      expectDocumented(res, '/api/plans/{id}', 'get');
      expect(res.json.problems[0]).toMatchObject({ path: 'id', message: expect.stringContaining(`"${id}"`) });
    }
  });

  it('paths beside the routes are 404 problems pointing to /api/openapi.json', async () => {
    for (const target of [
      '/api/health//',
      '/api',
      '/api/',
      '/api/openapi',
      '/api/plans/%E0%A4%A',
      '/api/scores',
    ]) {
      const res = await fetchRead(target);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(res.json.problems[0]).toMatchObject({
        path: '(url)',
        message: expect.stringContaining('/api/openapi.json'),
      });
    }
  });

  it('another method is 405 with Allow and the route named, documented for the route', async () => {
    for (const [method, target, route, verb, allow] of [
      ['PUT', '/api/score', '/api/score', 'post', 'POST, OPTIONS'],
      ['PATCH', '/api/validate', '/api/validate', 'post', 'POST, OPTIONS'],
      ['GET', '/api/score', '/api/score', 'post', 'POST, OPTIONS'],
      ['POST', '/api/health', '/api/health', 'get', 'GET, HEAD, OPTIONS'],
      ['DELETE', `/api/plans/${PLAN_ID}`, '/api/plans/{id}', 'get', 'GET, HEAD, OPTIONS'],
    ] as const) {
      const res = await fetchRead(target, { method, ...(method === 'GET' ? {} : { body: '{}' }) });
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe(allow);
      expectDocumented(res, route, verb);
      expect(res.json.problems[0].message).toBe(`${target} nhận ${allow}, không nhận ${method}`);
      expect(res.json.problems[0].messageEn).toMatch(new RegExp(`${method}`));
    }
    expect(errors).toEqual([]);
  });
});
