import { z } from 'zod';

import { scoreRequest } from '../../src/api/score-request';
import { splitBilingual, zodProblems } from '../../src/messages/zod';
import { parsePlan } from '../../src/plan/validate';
import { builtInPlanIds } from '../../src/plans';
import { testPlan } from '../fixtures';

const PLAN = builtInPlanIds()[0];

/** The problems of a refused score request, as path, message and messageEn. */
function refused(body: unknown) {
  const out = scoreRequest(body);
  if (out.ok) throw new Error('expected a refusal');
  expect(out.status).toBe(400);
  return out.problems.map(({ path, message, messageEn }) => ({ path, message, messageEn }));
}

const unit = (over: Record<string, unknown>) => ({ plan: PLAN, units: [{ id: 'a', values: {}, ...over }] });
const decision = { unit: 'a', date: '2024-01-05', recordedBy: 'Thư ký', reason: 'Hội đồng họp' };

describe('a union nothing matched says what it takes', () => {
  it.each([
    [
      'missing',
      { units: [] },
      'Thiếu kế hoạch: cần mã kế hoạch có sẵn (chuỗi) hoặc toàn văn kế hoạch (đối tượng)',
      "Missing plan: expected a built-in plan's id (a string) or a plan document (an object)",
    ],
    [
      'null',
      { plan: null, units: [] },
      'Cần mã kế hoạch có sẵn (chuỗi) hoặc toàn văn kế hoạch (đối tượng), nhận được null',
      "Expected a built-in plan's id (a string) or a plan document (an object), received null",
    ],
    [
      '5',
      { plan: 5, units: [] },
      'Cần mã kế hoạch có sẵn (chuỗi) hoặc toàn văn kế hoạch (đối tượng), nhận được số',
      "Expected a built-in plan's id (a string) or a plan document (an object), received a number",
    ],
    [
      '[]',
      { plan: [], units: [] },
      'Cần mã kế hoạch có sẵn (chuỗi) hoặc toàn văn kế hoạch (đối tượng), nhận được mảng',
      "Expected a built-in plan's id (a string) or a plan document (an object), received an array",
    ],
  ])('the plan %s: a plan id or a plan document', (_, body, message, messageEn) => {
    expect(refused(body)).toEqual([{ path: 'plan', message, messageEn }]);
  });

  it.each([
    [[1], 'mảng', 'an array'],
    [{ v: 1 }, 'đối tượng', 'an object'],
  ])('a cell value %j: a number, true/false, a string or null', (value, vi, en) => {
    expect(refused(unit({ values: { tc1: value } }))).toEqual([
      {
        path: 'units[0].values.tc1',
        message: `Đầu vào không hợp lệ: mong đợi số, true/false, chuỗi hoặc null, nhận được ${vi}`,
        messageEn: `Invalid input: expected a number, true/false, a string or null, received ${en}`,
      },
    ]);
  });

  it('a fact that is neither a value nor values by year', () => {
    expect(refused(unit({ facts: { x: [1] } }))).toEqual([
      {
        path: 'units[0].facts.x',
        message:
          'Dữ kiện là một giá trị (số, true/false, chuỗi hoặc null) hoặc các giá trị theo năm ({"2021": …}), nhận được mảng',
        messageEn:
          'A fact is one value (a number, true/false, a string or null) or values by year ({"2021": …}), received an array',
      },
    ]);
  });

  it('values by year with a year of two digits: the year key and its pattern, at the fact', () => {
    expect(refused(unit({ facts: { x: { 21: 1 } } }))).toEqual([
      {
        path: 'units[0].facts.x',
        message: 'Khóa "21" không hợp lệ: năm viết đủ bốn chữ số, như 2021',
        messageEn: 'Invalid key "21": a four-digit year such as 2021',
      },
    ]);
  });

  it("a year's value that is no cell value: the year said, the path the fact's", () => {
    expect(refused(unit({ facts: { x: { 2021: [1] } } }))).toEqual([
      {
        path: 'units[0].facts.x',
        message: 'Tại 2021: đầu vào không hợp lệ: mong đợi số, true/false, chuỗi hoặc null, nhận được mảng',
        messageEn:
          'At 2021: invalid input: expected a number, true/false, a string or null, received an array',
      },
    ]);
  });

  it('a council decision of an unknown kind lists the kinds in both languages', () => {
    const kinds = '"tie", "missing", "exclude", "include", "vote"';
    expect(
      refused({ plan: PLAN, units: [], options: { councilDecisions: [{ kind: 'bribe', ...decision }] } }),
    ).toEqual([
      {
        path: 'options.councilDecisions[0].kind',
        message: `Giá trị của "kind" không hợp lệ: mong đợi một trong các giá trị ${kinds}`,
        messageEn: `Invalid value of "kind": expected one of ${kinds}`,
      },
    ]);
    expect(refused({ plan: PLAN, units: [], options: { councilDecisions: [decision] } })).toEqual([
      {
        path: 'options.councilDecisions[0].kind',
        message: `Thiếu "kind": mong đợi một trong các giá trị ${kinds}`,
        messageEn: `Missing "kind": expected one of ${kinds}`,
      },
    ]);
  });
});

describe('a refused key says why', () => {
  it.each(['values', 'facts'])('a key of %s longer than 200 characters: the limit, at the key', (where) => {
    const key = 'k'.repeat(201);
    expect(refused(unit({ [where]: { [key]: 1 } }))).toEqual([
      {
        path: `units[0].${where}.${key}`,
        message: 'Khóa không hợp lệ: dài tối đa 200 ký tự',
        messageEn: 'Invalid key: at most 200 characters',
      },
    ]);
  });

  it("zod's own words for a key schema without a message of its own", () => {
    const schema = z.record(z.string().max(3), z.number());
    const parsed = schema.safeParse({ abcd: 1 }, { reportInput: true });
    expect(parsed.success).toBe(false);
    expect(zodProblems(parsed.error!.issues)).toEqual([
      {
        path: 'abcd',
        message: 'Khóa không hợp lệ: quá dài: tối đa 3 ký tự',
        messageEn: 'Invalid key: too long: at most 3 characters',
      },
    ]);
  });
});

describe('a schema message written "Vietnamese (English)" is given in each language', () => {
  it.each([
    [
      'options.decisionDate',
      { plan: PLAN, units: [], options: { decisionDate: '2023-02-30' } },
      'Ngày quyết định phải là một ngày có thật, dạng YYYY-MM-DD',
      'The decision date must be a real date, YYYY-MM-DD',
    ],
    [
      'options.councilDecisions',
      {
        plan: PLAN,
        units: [],
        options: {
          councilDecisions: Array.from({ length: 1001 }, () => ({ kind: 'tie', award: 'x', ...decision })),
        },
      },
      'Tối đa 1000 quyết định',
      'At most 1000 decisions',
    ],
    [
      'options.councilDecisions[0].votesFor',
      {
        plan: PLAN,
        units: [],
        options: { councilDecisions: [{ kind: 'vote', award: 'x', votesFor: 5, members: 3, ...decision }] },
      },
      'Số phiếu đồng ý không được lớn hơn tổng số thành viên',
      'votesFor must not exceed members',
    ],
    [
      'units[0].id',
      { plan: PLAN, units: [{ id: '', values: {} }] },
      'Mã đơn vị không được trống',
      'The unit id must not be empty',
    ],
  ])('%s', (path, body, message, messageEn) => {
    expect(refused(body)).toEqual([{ path, message, messageEn }]);
  });

  it('a plan over the criteria limit, and the version message in each language', () => {
    const criterion = { id: 'c', number: '1', title: 'T', maxPoints: 1, scoring: { kind: 'yesNo' } };
    const many = parsePlan({
      ...testPlan(),
      criteria: Array.from({ length: 201 }, (_, i) => ({ ...criterion, id: `c${i}` })),
    });
    expect(many.ok).toBe(false);
    if (many.ok) return;
    expect(many.problems).toEqual([
      {
        path: 'plan.criteria',
        message: 'Tối đa 200 tiêu chí',
        messageEn: 'At most 200 criteria',
        code: 'plan-invalid',
      },
    ]);
    const version = parsePlan({ ...testPlan(), version: 'mới' });
    expect(version.ok ? [] : version.problems).toEqual([
      {
        path: 'plan.version',
        message: 'Phiên bản dạng 1.0.0',
        messageEn: 'Version as x.y.z, e.g. 1.0.0',
        code: 'plan-invalid',
      },
    ]);
  });

  it.each([
    ['Tối đa 200 tiêu chí (at most 200 criteria)', { vi: 'Tối đa 200 tiêu chí', en: 'At most 200 criteria' }],
    [
      'Số (trị tuyệt đối) không quá 1.000 (a number (absolute value): at most 1,000)',
      { vi: 'Số (trị tuyệt đối) không quá 1.000', en: 'A number (absolute value): at most 1,000' },
    ],
    [
      'Số tiền (đồng) không quá 10.000 (an amount of đồng: at most 10,000)',
      { vi: 'Số tiền (đồng) không quá 10.000', en: 'An amount of đồng: at most 10,000' },
    ],
    [
      'Số phiếu đồng ý không được lớn hơn tổng số thành viên (votesFor ≤ members)',
      { vi: 'Số phiếu đồng ý không được lớn hơn tổng số thành viên', en: 'votesFor ≤ members' },
    ],
    [
      'Mã chỉ gồm chữ không dấu, số, "-" hoặc "_" (id: ASCII letters, digits, - or _)',
      { vi: 'Mã chỉ gồm chữ không dấu, số, "-" hoặc "_"', en: 'id: ASCII letters, digits, - or _' },
    ],
  ])('splits %s', (message, texts) => {
    expect(splitBilingual(message)).toEqual(texts);
  });

  it.each([
    'Số tiền (đồng)',
    'Điểm cộng (trị tuyệt đối)',
    'Cần mã kế hoạch (chuỗi) hoặc toàn văn kế hoạch (đối tượng)',
    'Phiên bản dạng 1.0.0',
    'Mã tiêu chí (tc08)',
    'maxTotal must exceed minTotal (points)',
    'Năm (2021)',
    'Thiếu (dữ kiện) (x',
  ])('keeps %s whole', (message) => {
    expect(splitBilingual(message)).toBeUndefined();
    const parsed = z.string().min(5, message).safeParse('', { reportInput: true });
    expect(zodProblems(parsed.error!.issues)).toEqual([{ path: '', message, messageEn: message }]);
  });
});

describe('the closest branch of a union', () => {
  const Shape = z.union([
    z.object({ fact: z.string(), op: z.enum(['>=', '<']), value: z.number() }).strict(),
    z.object({ all: z.array(z.number()) }).strict(),
  ]);
  const problems = (input: unknown) => {
    const parsed = z.object({ when: Shape }).safeParse({ when: input }, { reportInput: true });
    expect(parsed.success).toBe(false);
    return zodProblems(parsed.error!.issues, 'plan');
  };

  it('says what the branch that came closest says, where it says it, at the union', () => {
    expect(problems({ fact: 'x', op: '=', value: 1 })).toEqual([
      {
        path: 'plan.when',
        message: 'Tại op: tùy chọn không hợp lệ: mong đợi một trong các giá trị ">="|"<"',
        messageEn: 'At op: invalid option: expected one of ">="|"<"',
      },
    ]);
    // a key the branch does not take: named at its own path
    expect(problems({ fact: 'x', op: '<', value: 1, extra: true })).toEqual([
      {
        path: 'plan.when.extra',
        message: 'Khóa không được nhận dạng: "extra"',
        messageEn: 'Unrecognized key: "extra"',
      },
    ]);
  });

  it('names no branch when none came closer than another', () => {
    expect(problems({})).toEqual([
      {
        path: 'plan.when',
        message: 'Đầu vào không hợp lệ: không khớp dạng nào được phép',
        messageEn: 'Invalid input: it matches none of the allowed shapes',
      },
    ]);
  });

  it('lists the kinds and literal values when every branch failed on the kind', () => {
    const Year = z.union([z.literal('last'), z.literal('review'), z.number().int()]);
    const parsed = Year.safeParse(true, { reportInput: true });
    expect(zodProblems(parsed.error!.issues)).toEqual([
      {
        path: '',
        message: 'Đầu vào không hợp lệ: mong đợi "last", "review" hoặc số, nhận được true/false',
        messageEn: 'Invalid input: expected "last", "review" or a number, received true/false',
      },
    ]);
  });
});
