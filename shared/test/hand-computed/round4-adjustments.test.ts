/**
 * Bonus and deduction points (điểm thưởng, điểm trừ) on the Phụng Hiệp departments' plan, computed by hand.
 *
 * None of the five documents has them, so the plan is extended the way law.md §3 describes real scoring appendices:
 * "(d) deductions (điểm trừ) for late reports …", "late or missing reports (e.g. −1 per instance)", capped; "(e) bonus
 * points … which can push the total above the nominal maximum" — Example 4: "Phòng GD quận 5 scored 97, got the
 * City flag, so the total is 97 + 10 = 107. Totals above 100 are allowed."
 * Thresholds and prizes stay those of 167/KH-UBND IV.1 / IV.2.b: Nhất, Nhì, Ba "từ 85 điểm trở lên" (5.000.000,
 * 4.000.000, 3.000.000), khuyến khích "từ 70 đến dưới 85", no money.
 */
import { scoreRequest } from '../../src/api/score-request';
import type { ScoreResponse } from '../../src/engine/types';
import plan from '../../src/plans/phung-hiep-2023-phong-ban.json';
import { unit, type HandUnit } from './helpers';
import { department } from './phung-hiep-departments';

const ADJUSTED = {
  ...plan,
  id: 'phung-hiep-2023-phong-ban-diem-thuong-tru',
  criteria: [
    ...plan.criteria,
    {
      id: 'thuong',
      number: '17',
      title: 'Điểm thưởng: được tặng Cờ thi đua xuất sắc trong năm',
      maxPoints: 10,
      scoring: { kind: 'bonus' },
    },
    {
      id: 'tru',
      number: '18',
      title: 'Điểm trừ: mỗi báo cáo trễ hạn trừ 01 điểm',
      maxPoints: 5,
      scoring: { kind: 'deduction', input: 'count', perItem: 1 },
    },
  ],
};

function score(units: HandUnit[]): ScoreResponse {
  const out = scoreRequest({
    plan: ADJUSTED,
    units: units.map((x) => ({ name: x.id, values: {}, ...x })),
    options: { explain: 'full' },
  });
  if (!out.ok) throw new Error(JSON.stringify(out.problems));
  return out.response;
}

describe('điểm thưởng / điểm trừ, every value known', () => {
  const res = score([
    // tc03 50% of 6 → 3 (−3): 97, then the flag +10 → 107
    department('flag-107', { tc03: '50%', thuong: 10, tru: 0 }),
    // 3 late reports × 1 → −3: 97
    department('late-3', { thuong: 0, tru: 3 }),
    // 7 late reports × 1 = 7, capped at the deduction's maximum 5: 95
    department('late-7', { thuong: 0, tru: 7 }),
    // 100 − 10 (tc01) − 4 (tc16) − 2 late reports = 84
    department('late-2-84', { tc01: 'Không', tc16: 'Không', thuong: 0, tru: 2 }),
  ]);

  it('97 + 10 = 107 above the nominal 100 → Giải Nhất 5.000.000', () => {
    expect([unit(res, 'flag-107').total, unit(res, 'flag-107').maxTotal]).toEqual([107, 100]);
    expect(unit(res, 'flag-107').award).toMatchObject({ tier: 'giai-nhat', prize: 5_000_000 });
  });

  it('100 − 3 = 97 → Nhì 4.000.000; 100 − min(7, 5) = 95 → Ba 3.000.000', () => {
    expect([unit(res, 'late-3').total, unit(res, 'late-3').award?.prize]).toEqual([97, 4_000_000]);
    expect([unit(res, 'late-7').total, unit(res, 'late-7').award?.prize]).toEqual([95, 3_000_000]);
    expect(unit(res, 'late-7').criteria?.find((c) => c.id === 'tru')?.explanation).toBe(
      'Tiêu chí 18: điểm trừ 7 × 1 → −5,0 điểm (tối đa 5)',
    );
  });

  it('86 − 2 = 84 falls under 85: the encouragement place (70 ≤ 84 < 85), no money', () => {
    expect(unit(res, 'late-2-84').total).toBe(84);
    expect(unit(res, 'late-2-84').award).toMatchObject({ tier: 'giai-khuyen-khich', prize: null });
  });
});

const BLANK_CASE: HandUnit[] = [
  // 100 at best, 95 at worst (the full deduction of 5)
  department('blank', { thuong: 0 }),
  department('known-97', { thuong: 0, tru: 3 }),
  // 100 − 10 (tc01) = 90: below the blank unit even at its worst
  department('known-90', { tc01: 'Không', thuong: 0, tru: 0 }),
];

describe('điểm trừ left blank: the unit lies between its full deduction and none', () => {
  const res = score(BLANK_CASE);

  it('the blank unit (95…100) and 97 may swap Nhất and Nhì → both held, the blank one flagged missing-value', () => {
    expect([unit(res, 'blank').award, unit(res, 'known-97').award]).toEqual([null, null]);
    expect(unit(res, 'blank').flags.map((f) => f.code)).toContain('missing-value');
    expect(unit(res, 'known-97').pendingTiers).toEqual(['giai-nhat', 'giai-nhi']);
  });
});

// By hand: the blank unit is at worst 95, above 90 and at least 2nd of 3, so it can only be Nhất or Nhì, and 90 is
// 3rd whatever the value: Giải Ba, final. The engine holds 90 for "Nhì or Ba" and tells the blank unit it could
// also get Ba, the encouragement prize or nothing: the unit's worst total is not used to bound the places.
describe('a unit below another’s worst total is not held for it (places bounded by the worst total)', () => {
  const res = score(BLANK_CASE);

  it('90 → Giải Ba 3.000.000, final', () => {
    expect(unit(res, 'known-90').award).toMatchObject({ tier: 'giai-ba', prize: 3_000_000 });
    expect(unit(res, 'known-90').pendingTiers).toEqual([]);
  });

  it('the blank unit can only be Nhất or Nhì', () => {
    expect(unit(res, 'blank').pendingTiers).toEqual(['giai-nhat', 'giai-nhi']);
  });
});

describe('a deduction of zero is 0, never "−0,0 điểm"', () => {
  it('"điểm trừ 0 × 1 → 0,0 điểm"', () => {
    const res = score([department('none-late', { thuong: 0, tru: 0 })]);
    const line = unit(res, 'none-late').criteria?.find((c) => c.id === 'tru')?.explanation;
    expect(line).not.toContain('−0,0');
    expect(Object.is(unit(res, 'none-late').points.tru, -0)).toBe(false);
  });
});
