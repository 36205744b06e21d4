import { scoreUnits } from '../../src/engine/score';
import type { UnitInput, UnitResult } from '../../src/engine/types';
import type { PlanInput } from '../../src/plan/schema';
import { compile, testPlan } from '../fixtures';

/** Two criteria of 0–10 points each (c, d). */
function run(
  tiers: { count: number; minTotal: number; maxTotal?: number }[],
  aboveBand: 'strict' | 'rankOrder',
  units: UnitInput[],
) {
  const criterion = (id: string, number: string) => ({
    id,
    number,
    title: `Tiêu chí ${number}`,
    maxPoints: 10,
    scoring: { kind: 'assessed' as const },
  });
  const plan: PlanInput = testPlan({
    criteria: [criterion('c', '1'), criterion('d', '2')],
    awards: {
      aboveBand,
      tiers: tiers.map((t, k) => ({
        id: ['nhat', 'nhi', 'ba'][k],
        name: `Giải ${k + 1}`,
        prize: 1_000_000,
        ...t,
      })),
    },
  });
  const res = scoreUnits(compile(plan), units);
  return Object.fromEntries(res.results.map((r) => [r.unitId, r])) as Record<string, UnitResult>;
}

/** Units with these totals (criterion c first, then d); null leaves c blank with d = 0: 0 to 10 once entered. */
const units = (totals: Record<string, number | null>): UnitInput[] =>
  Object.entries(totals).map(([id, t]) => ({
    id,
    values: t === null ? { d: 0 } : { c: Math.min(t, 10), d: Math.max(t - 10, 0) },
  }));

const outcome = (r: UnitResult) => [r.award?.tier ?? null, r.pendingTiers];
const heldBy = (r: UnitResult) => r.flags.find((f) => f.code === 'pending-missing-data')?.heldBy;

describe('aboveBand strict: a unit rising above others can push a group above its band and move the units below it up', () => {
  // Nhất ≥ 1 × 1; Nhì 0 to under 1 × 1, applied literally
  const tiers = [
    { count: 1, minTotal: 1 },
    { count: 1, minTotal: 0, maxTotal: 1 },
  ];

  it('7, 7, X (blank), 0, 0: the two 0s wait for X, since at 8 it would leave them tied for Nhì', () => {
    const by = run(tiers, 'strict', units({ a: 7, b: 7, x: null, d: 0, e: 0 }));
    for (const id of ['d', 'e']) {
      expect(outcome(by[id])).toEqual([null, ['nhi']]);
      expect(heldBy(by[id])).toEqual(['x']);
    }
    expect(outcome(by.a)).toEqual([null, ['nhat', 'nhi']]);
    expect(outcome(by.x)).toEqual([null, ['nhat', 'nhi']]);
  });

  it('the completions the hold stands for: X at 0 gives the 0s nothing, X at 8 ties them for Nhì', () => {
    const at0 = run(tiers, 'strict', units({ a: 7, b: 7, x: 0, d: 0, e: 0 }));
    expect([outcome(at0.d), outcome(at0.e)]).toEqual([
      [null, []],
      [null, []],
    ]);
    const at8 = run(tiers, 'strict', units({ a: 7, b: 7, x: 8, d: 0, e: 0 }));
    expect(outcome(at8.x)).toEqual(['nhat', []]);
    expect(at8.a.flags.map((f) => f.code)).toContain('above-band-no-tier');
    expect([outcome(at8.d), outcome(at8.e)]).toEqual([
      [null, ['nhi']],
      [null, ['nhi']],
    ]);
  });

  it('the same plan read in rank order: the 0s are final "no award" (X can only push them further down)', () => {
    const by = run(tiers, 'rankOrder', units({ a: 7, b: 7, x: null, d: 0, e: 0 }));
    expect([outcome(by.d), outcome(by.e)]).toEqual([
      [null, []],
      [null, []],
    ]);
  });
});

describe('aboveBand strict: a unit can also move up into a higher tier', () => {
  // Nhất × 1 and Ba × 1 from 0; Nhì from 0 to under 5, applied literally
  const tiers = [
    { count: 1, minTotal: 0 },
    { count: 1, minTotal: 0, maxTotal: 5 },
    { count: 1, minTotal: 0 },
  ];

  it('7, 7, C = 3, X blank: C has Ba with the 7s tied on Nhất and Nhì, but Nhì if X takes Nhất — held', () => {
    const by = run(tiers, 'strict', units({ a: 7, b: 7, c: 3, x: null }));
    expect(by.c.award).toBeNull();
    expect(by.c.pendingTiers).toEqual(expect.arrayContaining(['nhi', 'ba']));
    expect(heldBy(by.c)).toEqual(['x']);
    const at8 = run(tiers, 'strict', units({ a: 7, b: 7, c: 3, x: 8 }));
    expect(outcome(at8.c)).toEqual(['nhi', []]);
    const at0 = run(tiers, 'strict', units({ a: 7, b: 7, c: 3, x: 0 }));
    expect(outcome(at0.c)).toEqual(['ba', []]);
  });
});

describe('aboveBand strict: what stays final', () => {
  it('a unit no band fits (above Nhì, below Nhất) is final "no award" whatever X turns out', () => {
    // Nhất ≥ 9 × 1; Nhì from 0 to under 4, literally; B = 6 fits neither
    const tiers = [
      { count: 1, minTotal: 9 },
      { count: 1, minTotal: 0, maxTotal: 4 },
    ];
    const by = run(tiers, 'strict', units({ a: 9, b: 6, c: 2, x: null }));
    expect(outcome(by.b)).toEqual([null, []]);
    expect(by.b.flags.map((f) => f.code)).toEqual(['above-band-no-tier']);
    expect(outcome(by.c)).toEqual([null, ['nhi']]);
  });

  // Nhất ≥ 14 × 1; Nhì from 6 to under 14 × 1, literally; X (blank criterion, d = 0) reaches 10 at best
  const prefixTiers = [
    { count: 1, minTotal: 14 },
    { count: 1, minTotal: 6, maxTotal: 14 },
  ];

  it('units above the best X can reach are placed alike whatever X is: when they fill every place, all is final', () => {
    // A 18 takes Nhất, B 15 is above Nhì's band, C 12 takes Nhì; X at 10 fits Nhì's band but never gets a place
    const by = run(prefixTiers, 'strict', units({ a: 18, b: 15, c: 12, x: null }));
    expect(['a', 'b', 'c', 'x'].map((id) => outcome(by[id]))).toEqual([
      ['nhat', []],
      [null, []],
      ['nhi', []],
      [null, []],
    ]);
  });

  it('when they leave a place whose band X cannot rise above, the rank-order rule decides', () => {
    // Nhì is left to D 7 and X: X at 8 takes it, so both wait; A and B are final
    const by = run(prefixTiers, 'strict', units({ a: 18, b: 15, d: 7, x: null }));
    expect(['a', 'b', 'd', 'x'].map((id) => outcome(by[id]))).toEqual([
      ['nhat', []],
      [null, []],
      [null, ['nhi']],
      [null, ['nhi']],
    ]);
    expect(heldBy(by.d)).toEqual(['x']);
  });

  it('bands no total can reach change nothing: the holds are those of rank order', () => {
    // a maxTotal of 11 on Nhì is above any total here (X reaches 10 at best): strict reads like rank order
    const tiers = [
      { count: 1, minTotal: 0 },
      { count: 2, minTotal: 0, maxTotal: 11 },
    ];
    const totals = { a: 9, b: 8, c: 7, x: null };
    const strict = run(tiers, 'strict', units(totals));
    const rankOrder = run(tiers, 'rankOrder', units(totals));
    // X at best (10) can take Nhất from A and push C out of the two Nhì places; B stays Nhì either way
    expect(['a', 'b', 'c', 'x'].map((id) => outcome(strict[id]))).toEqual([
      [null, ['nhat', 'nhi']],
      ['nhi', []],
      [null, ['nhi']],
      [null, ['nhat', 'nhi']],
    ]);
    expect(['a', 'b', 'c', 'x'].map((id) => outcome(rankOrder[id]))).toEqual(
      ['a', 'b', 'c', 'x'].map((id) => outcome(strict[id])),
    );
  });
});

describe('aboveBand strict: a blank rating word counts 0 for now, below the lowest level it could turn out', () => {
  it('held, although every word of the scale puts the unit above the only band', () => {
    // Nhất from 0 to under 5, literally; the rating gives 8 (Khá) or 10 (Tốt): X now 0, at least 8 once rated
    const plan = testPlan({
      criteria: [
        {
          id: 'r',
          number: '1',
          title: 'Xếp loại',
          maxPoints: 10,
          scoring: {
            kind: 'scale',
            levels: [
              { label: 'Tốt', points: 10 },
              { label: 'Khá', points: 8 },
            ],
          },
        },
      ],
      awards: {
        aboveBand: 'strict',
        tiers: [{ id: 'nhat', name: 'Giải Nhất', count: 1, minTotal: 0, maxTotal: 5, prize: 1_000_000 }],
      },
    });
    const compiled = compile(plan);
    const [x] = scoreUnits(compiled, [{ id: 'x', values: {} }]).results;
    expect([x.total, ...outcome(x)]).toEqual([0, null, ['nhat']]);
    const [rated] = scoreUnits(compiled, [{ id: 'x', values: { r: 'Khá' } }]).results;
    expect(outcome(rated)).toEqual([null, []]);
  });
});
