import type { CriterionSchema } from '../../src/plan/schema';
import { scoreUnits } from '../../src/engine/score';
import { compile, testPlan } from '../fixtures';
import type { z } from 'zod';

type CriterionInput = z.input<typeof CriterionSchema>;

/** Score one value under one criterion and return [points, explanation, status]. */
function scoreOne(criterion: CriterionInput, value: unknown, lang: 'vi' | 'en' = 'vi') {
  const compiled = compile(testPlan({ criteria: [criterion] }));
  const res = scoreUnits(compiled, [{ id: 'u1', values: { [criterion.id]: value } }], { lang });
  const c = res.results[0].criteria[0];
  return { points: c.points, explanation: c.explanation, status: c.status, result: res.results[0] };
}

const rate = (method: 'allOrNothing' | 'proportional' | 'steps', comparison = 'atLeast', extra = {}) =>
  ({
    id: 'tc08',
    number: '8',
    title: 'Tỷ lệ hồ sơ giải quyết trực tuyến',
    maxPoints: 10,
    scoring: { kind: 'rate', target: 80, comparison, method, ...extra },
  }) as CriterionInput;

describe('yes/no criteria', () => {
  const yn: CriterionInput = {
    id: 'tc01',
    number: '1',
    title: 'Có quyết định',
    maxPoints: 8,
    scoring: { kind: 'yesNo' },
  };
  it.each([
    ['Có', 8],
    ['Đạt', 8],
    ['x', 8],
    [true, 8],
    [1, 8],
    ['Không', 0],
    ['Không đạt', 0],
    [false, 0],
  ])('%p gives %p points', (value, points) => {
    expect(scoreOne(yn, value).points).toBe(points);
  });
  it('explains in Vietnamese and English', () => {
    expect(scoreOne(yn, 'Có').explanation).toBe('Tiêu chí 1: Đạt → 8,0/8 điểm');
    expect(scoreOne(yn, 'Không', 'en').explanation).toBe('Criterion 1: Not met → 0.0/8 points');
  });
});

describe('rate criteria against a target', () => {
  it('proportional: 72% of a target of 80% gives 9 of 10 points, as the plan reads it', () => {
    const r = scoreOne(rate('proportional'), '72%');
    expect(r.points).toBe(9);
    expect(r.explanation).toBe('Tiêu chí 8: 72% / mục tiêu ≥80% (tính theo tỷ lệ) → 9,0/10 điểm');
  });
  it('proportional is capped at the maximum', () => {
    expect(scoreOne(rate('proportional'), '95%').points).toBe(10);
  });
  it.each([
    ['80,5%', 10],
    ['80.5 %', 10],
    [80.5, 10],
    ['80.5', 10],
    ['79,9%', 9.99],
    // a plain number is a percent unless the plan or the request says fractions: 0,805 is 0,805%
    [0.805, 0.1],
    ['0,805', 0.1],
  ])('reads %p the same way', (value, points) => {
    expect(scoreOne(rate('proportional'), value).points).toBe(points);
  });
  it('all-or-nothing: at least vs more than', () => {
    expect(scoreOne(rate('allOrNothing', 'atLeast'), '80%').points).toBe(10);
    expect(scoreOne(rate('allOrNothing', 'moreThan'), '80%').points).toBe(0);
    expect(scoreOne(rate('allOrNothing', 'moreThan'), '80,1%').points).toBe(10);
    expect(scoreOne(rate('allOrNothing', 'atLeast'), '79,99%').points).toBe(0);
  });
  it('at most: lower is better; proportional scores target/value', () => {
    expect(scoreOne(rate('allOrNothing', 'atMost'), '80%').points).toBe(10);
    expect(scoreOne(rate('allOrNothing', 'atMost'), '81%').points).toBe(0);
    expect(scoreOne(rate('proportional', 'atMost'), '100%').points).toBe(8);
  });
  it('step table: the highest step reached', () => {
    const steps = [
      { min: 50, points: 4 },
      { min: 80, points: 10 },
      { min: 65, points: 7 },
    ];
    expect(scoreOne(rate('steps', 'atLeast', { steps }), '70%').points).toBe(7);
    expect(scoreOne(rate('steps', 'atLeast', { steps }), '80%').points).toBe(10);
    expect(scoreOne(rate('steps', 'atLeast', { steps }), '49%').points).toBe(0);
  });
  it('a rate above 100% is invalid, never silently capped', () => {
    const r = scoreOne(rate('proportional'), '120%');
    expect(r.points).toBe(0);
    expect(r.status).toBe('invalid');
    expect(r.result.flags.map((f) => f.code)).toContain('invalid-value');
    expect(r.explanation).toBe(
      'Tiêu chí 8: giá trị không hợp lệ — tỷ lệ phải từ 0% đến 100% (nhận được "120%") → 0,0/10 điểm',
    );
  });
  it('a long invalid cell is quoted shortened, once', () => {
    const long = `khoảng ${'rất '.repeat(200)}cao`;
    const r = scoreOne(rate('proportional'), long);
    expect(r.status).toBe('invalid');
    expect(r.explanation?.length).toBeLessThan(120);
    expect(r.explanation).toBe(
      `Tiêu chí 8: giá trị không hợp lệ — "${long.slice(0, 40)}…" không phải là số → 0,0/10 điểm`,
    );
  });
});

describe('count criteria', () => {
  const perItem: CriterionInput = {
    id: 'tc13',
    number: '13',
    title: 'Số hồ sơ nộp trực tuyến',
    maxPoints: 10,
    scoring: { kind: 'count', method: 'perItem', perItem: 0.05 },
  };
  it('points per item, capped', () => {
    expect(scoreOne(perItem, 150).points).toBe(7.5);
    expect(scoreOne(perItem, '1.000').points).toBe(10);
    expect(scoreOne(perItem, 150).explanation).toBe('Tiêu chí 13: 150 × 0,05 điểm → 7,5/10 điểm');
  });
  it('a target count gives all or nothing', () => {
    const target: CriterionInput = {
      id: 'tc18',
      number: '18',
      title: 'Sản phẩm trên sàn TMĐT',
      maxPoints: 8,
      scoring: { kind: 'count', method: 'target', target: 2 },
    };
    expect(scoreOne(target, 2).points).toBe(8);
    expect(scoreOne(target, 1).points).toBe(0);
  });
  it('a negative or fractional count is invalid', () => {
    expect(scoreOne(perItem, -3).status).toBe('invalid');
    expect(scoreOne(perItem, 2.5).status).toBe('invalid');
  });
});

describe('assessed points, bonuses and deductions', () => {
  const assessed: CriterionInput = {
    id: 'hd',
    number: '5',
    title: 'Hội đồng chấm',
    maxPoints: 15,
    scoring: { kind: 'assessed' },
  };
  it('takes the points as given when within the maximum', () => {
    expect(scoreOne(assessed, '12,5').points).toBe(12.5);
  });
  it('rejects points above the maximum with a reason', () => {
    const r = scoreOne(assessed, 16);
    expect(r.status).toBe('invalid');
    expect(r.result.flags[0].message).toContain('ngoài khoảng 0–15');
  });
  it('deductions subtract, capped at their maximum', () => {
    const compiled = compile(
      testPlan({
        criteria: [
          { id: 'base', number: '1', title: 'Điểm', maxPoints: 100, scoring: { kind: 'assessed' } },
          {
            id: 'tru',
            number: '2',
            title: 'Điểm trừ vi phạm',
            maxPoints: 5,
            scoring: { kind: 'deduction', input: 'count', perItem: 2 },
          },
          {
            id: 'cong',
            number: '3',
            title: 'Điểm cộng',
            maxPoints: 3,
            scoring: { kind: 'bonus', input: 'points' },
          },
        ],
      }),
    );
    const res = scoreUnits(compiled, [{ id: 'u', values: { base: 90, tru: 4, cong: 2 } }]);
    expect(res.results[0].criteria.map((c) => c.points)).toEqual([90, -5, 2]);
    expect(res.results[0].total).toBe(87);
    expect(res.results[0].maxTotal).toBe(100);
  });
});

describe('missing and malformed values are never a silent zero', () => {
  it('flags a missing value, scores 0 and marks the unit incomplete', () => {
    const r = scoreOne(rate('proportional'), null);
    expect(r.points).toBe(0);
    expect(r.status).toBe('missing');
    expect(r.result.incomplete).toBe(true);
    expect(r.result.flags).toEqual([expect.objectContaining({ code: 'missing-value', criterionId: 'tc08' })]);
  });
  it('flags an unreadable value naming the criterion and the text', () => {
    const r = scoreOne(rate('proportional'), 'khoảng 70');
    expect(r.result.flags[0]).toMatchObject({ code: 'invalid-value', criterionId: 'tc08' });
    expect(r.result.flags[0].message).toContain('"khoảng 70"');
    expect(r.result.incomplete).toBe(true);
  });
  it('an Excel error cell is invalid', () => {
    const r = scoreOne(rate('proportional'), '#N/A');
    expect(r.status).toBe('invalid');
    expect(r.explanation).toBe('Tiêu chí 8: giá trị không hợp lệ — ô chứa lỗi Excel #N/A → 0,0/10 điểm');
  });
  it('an optional criterion may be left empty without making the unit incomplete', () => {
    const r = scoreOne({ ...rate('proportional'), required: false }, '');
    expect(r.points).toBe(0);
    expect(r.result.incomplete).toBe(false);
  });
});

describe('rounding is half up, as on paper', () => {
  it('10 × 33,8/80 = 4,225 rounds to 4,23 (binary floating point alone gives 4,22)', () => {
    expect(scoreOne(rate('proportional'), '33,8%').points).toBe(4.23);
  });
  it('every one-decimal rate rounds like exact decimal arithmetic', () => {
    for (let tenths = 0; tenths <= 800; tenths++) {
      // exact: 10 × (tenths/10) / 80 = tenths / 80 points; in hundredths: tenths × 100 / 80 = tenths × 5 / 4
      const hundredths = Math.floor((tenths * 5 + 2) / 4); // half up on quarters
      const value = `${Math.floor(tenths / 10)},${tenths % 10}%`;
      expect(scoreOne(rate('proportional'), value).points).toBe(hundredths / 100);
    }
  });
});
