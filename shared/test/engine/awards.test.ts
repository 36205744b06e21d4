import { scoreUnits } from '../../src/engine/score';
import type { PlanInput } from '../../src/plan/schema';
import { compile, testPlan } from '../fixtures';

/** One "assessed" criterion worth 200 so a unit's total is exactly the value given. */
function plan(awards: PlanInput['awards'], ranking?: PlanInput['ranking']): PlanInput {
  return testPlan({
    criteria: [
      { id: 'diem', number: '1', title: 'Điểm', maxPoints: 200, scoring: { kind: 'assessed' } },
      {
        id: 'phu',
        number: '2',
        title: 'Tiêu chí phụ',
        maxPoints: 10,
        scoring: { kind: 'assessed' },
        required: false,
      },
    ],
    awards,
    ...(ranking ? { ranking } : {}),
  });
}

const communeTiers: PlanInput['awards'] = {
  tiers: [
    {
      id: 'nhat',
      name: 'Giải Nhất',
      count: 1,
      minTotal: 180,
      prize: 10_000_000,
      bonusPoints: 10,
      certificates: 10,
    },
    {
      id: 'nhi',
      name: 'Giải Nhì',
      count: 1,
      minTotal: 180,
      prize: 7_000_000,
      bonusPoints: 7,
      certificates: 7,
    },
    { id: 'ba', name: 'Giải Ba', count: 1, minTotal: 180, prize: 5_000_000, bonusPoints: 6, certificates: 5 },
    {
      id: 'kk',
      name: 'Giải Khuyến khích',
      count: 2,
      minTotal: 160,
      maxTotal: 180,
      prize: 2_000_000,
      bonusPoints: 2,
      certificates: 3,
    },
  ],
  others: { certificates: 2, includeExcluded: false },
};

function run(
  totals: Record<string, number>,
  awards = communeTiers,
  ranking?: PlanInput['ranking'],
  extra: Record<string, number> = {},
) {
  const units = Object.entries(totals).map(([id, diem]) => ({
    id,
    values: { diem, phu: extra[id] ?? null },
  }));
  const res = scoreUnits(compile(plan(awards, ranking)), units);
  const by = Object.fromEntries(res.results.map((r) => [r.unitId, r]));
  return {
    res,
    by,
    tierOf: (id: string) => by[id].award?.tier ?? (by[id].pendingTiers.length ? 'pending' : null),
  };
}

describe('ranking', () => {
  it('ranks highest first; equal totals share a rank (1, 1, 3)', () => {
    const { by } = run({ a: 150, b: 190, c: 190, d: 120 });
    expect([by.b.rank, by.c.rank, by.a.rank, by.d.rank]).toEqual([1, 1, 3, 4]);
  });
  it("a plan's tie-breaker separates equal totals", () => {
    const { by } = run(
      { a: 190, b: 190 },
      communeTiers,
      { order: 'desc', tieBreakers: [{ criterion: 'phu', order: 'desc' }] },
      { a: 3, b: 7 },
    );
    expect(by.b.rank).toBe(1);
    expect(by.a.rank).toBe(2);
    expect(by.b.award?.tier).toBe('nhat');
    expect(by.a.award?.tier).toBe('nhi');
  });
});

describe('award tiers', () => {
  it('fills tiers in rank order with prize, bonus points and commendations', () => {
    const { by, res } = run({ a: 195, b: 188, c: 183, d: 175, e: 170, f: 165, g: 150 });
    expect(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => by[id].award?.tier ?? null)).toEqual([
      'nhat',
      'nhi',
      'ba',
      'kk',
      'kk',
      null,
      null,
    ]);
    expect(by.a.award).toMatchObject({
      prize: 10_000_000,
      bonusPoints: 10,
      certificates: 10,
      prizeInWords: 'Mười triệu đồng',
    });
    expect(by.f.certificates).toBe(2);
    expect(res.summary.prizeFundUsed).toBe(26_000_000);
    expect(res.summary.blocks[0].prizeFundUsed).toBe(26_000_000);
  });
  it('leaves a tier empty when no unit reaches its band', () => {
    const { by, res } = run({ a: 179, b: 170, c: 150 });
    expect(by.a.award?.tier).toBe('kk');
    expect(by.b.award?.tier).toBe('kk');
    const tiers = res.summary.blocks[0].tiers;
    expect(tiers.find((t) => t.tier === 'nhat')?.awarded).toEqual([]);
    expect(res.summary.prizeFundUsed).toBe(4_000_000);
  });
  it('rankOrder: a fourth unit with ≥180 points still gets the encouragement prize', () => {
    expect(run({ a: 199, b: 198, c: 197, d: 190 }).tierOf('d')).toBe('kk');
  });
  it('strict: a unit above the encouragement band gets no lower tier, and is flagged', () => {
    const { by } = run({ a: 199, b: 198, c: 197, d: 190, e: 170 }, { ...communeTiers, aboveBand: 'strict' });
    expect(by.d.award).toBeNull();
    expect(by.d.flags.map((f) => f.code)).toContain('above-band-no-tier');
    expect(by.e.award?.tier).toBe('kk');
  });
  it('a tie straddling two tiers is left to the council, never decided by input order', () => {
    const { by, res } = run({ a: 185, b: 185, c: 182 });
    expect(by.a.award).toBeNull();
    expect(by.b.award).toBeNull();
    expect(by.a.pendingTiers).toEqual(['nhat', 'nhi']);
    expect(by.a.flags.map((f) => f.code)).toContain('tie-at-tier-boundary');
    expect(by.c.award?.tier).toBe('ba');
    expect(res.summary.blocks[0].ties).toEqual([
      expect.objectContaining({ unitIds: ['a', 'b'], tiers: ['nhat', 'nhi'], slots: 2, rank: 1 }),
    ]);
    expect(by.a.certificates).toBeNull();
  });
  it('a tie larger than the remaining places is flagged too', () => {
    const { by } = run({ a: 195, b: 190, c: 188, d: 170, e: 165, f: 165 });
    expect(by.d.award?.tier).toBe('kk');
    expect(by.e.pendingTiers).toEqual(['kk']);
    expect(by.f.pendingTiers).toEqual(['kk']);
  });
  it('a tie that fits inside one tier shares it', () => {
    const { by } = run({ a: 195, b: 190, c: 185, d: 170, e: 170 });
    expect(by.d.award?.tier).toBe('kk');
    expect(by.e.award?.tier).toBe('kk');
  });
  it('a tier without money in the document keeps prize null and is flagged', () => {
    const awards: PlanInput['awards'] = {
      tiers: [{ id: 'kk', name: 'Giải Khuyến khích', count: 1, minTotal: 70, prize: null }],
    };
    const { by } = run({ a: 90 }, awards);
    expect(by.a.award).toMatchObject({ tier: 'kk', prize: null, prizeInWords: null });
    expect(by.a.flags.map((f) => f.code)).toContain('prize-not-specified');
  });
});
