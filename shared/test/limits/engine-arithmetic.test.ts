import fc from 'fast-check';
import { scoreRequest } from '../../src/api/score-request';
import { NO_TIER, PENDING, rankAndAward, rankComparator } from '../../src/engine/awards';
import { compilePlan } from '../../src/engine/compile';
import { addDays } from '../../src/engine/decisions';
import { evaluate, type Evaluation } from '../../src/engine/evaluate';
import { blockOrders } from '../../src/engine/rank-order';
import type { UnitInput } from '../../src/engine/types';
import { PLAN_LIMITS as L } from '../../src/plan/limits';
import type { PlanInput } from '../../src/plan/schema';
import { parsePlan } from '../../src/plan/validate';
import { parseCount } from '../../src/values';
import { testPlan } from '../fixtures';

const RUNS = { numRuns: 1000 };

/** The tier allocation as it was written before: one slot per place, listed (O(places)). */
function referenceTiers(ev: Evaluation) {
  const { compiled, totals } = ev;
  const { tiers, aboveBand: bandRule } = compiled.plan.awards;
  const tier = new Int32Array(ev.n).fill(NO_TIER);
  const above = new Set<number>();
  const pending: number[][] = [];
  const cmp = rankComparator(ev);
  const slots: number[] = tiers.flatMap((t, ti) => Array<number>(t.count).fill(ti));
  for (const list of blockOrders(ev, cmp)) {
    let p = 0;
    for (let start = 0; start < list.length;) {
      let end = start + 1;
      const total = totals[list[start]];
      while (end < list.length && cmp(list[start], list[end]) === 0) end++;
      const group = list.slice(start, end);
      start = end;
      while (p < slots.length && total < tiers[slots[p]].minTotal) p++;
      if (p >= slots.length) continue;
      const max = tiers[slots[p]].maxTotal;
      if (bandRule === 'strict' && max !== undefined && total >= max) {
        group.forEach((i) => above.add(i));
        continue;
      }
      const taken = slots.slice(p, p + group.length);
      p += taken.length;
      if (taken.length === group.length && taken.every((t) => t === taken[0]))
        for (const i of group) tier[i] = taken[0];
      else {
        for (const i of group) tier[i] = PENDING;
        pending.push(taken);
      }
    }
  }
  return { tier: [...tier], above: [...above].sort(), pending };
}

const tiersArb = fc
  .array(
    fc.record({
      count: fc.integer({ min: 1, max: 6 }),
      minTotal: fc.integer({ min: 0, max: 20 }),
      band: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((list) =>
    [...list]
      .sort((a, b) => b.minTotal - a.minTotal)
      .map((t, i) => ({
        id: `t${i}`,
        name: `Giải ${i}`,
        count: t.count,
        minTotal: t.minTotal,
        ...(t.band !== undefined ? { maxTotal: t.minTotal + t.band } : {}),
        prize: 1_000_000,
      })),
  );

describe('tiers are allocated by position, never by listing every place', () => {
  it('gives the same tiers, bands and ties as listing the places', () => {
    fc.assert(
      fc.property(
        tiersArb,
        fc.constantFrom('rankOrder' as const, 'strict' as const),
        fc.array(fc.integer({ min: 0, max: 25 }), { minLength: 1, maxLength: 30 }),
        (tiers, aboveBand, totals) => {
          const parsed = parsePlan(
            testPlan({
              criteria: [
                { id: 'p', number: '1', title: 'Điểm', maxPoints: 30, scoring: { kind: 'assessed' } },
              ],
              awards: { tiers, aboveBand },
            }),
          );
          if (!parsed.ok) throw new Error(parsed.problems[0].message);
          const units: UnitInput[] = totals.map((t, i) => ({
            id: `u${String(i).padStart(2, '0')}`,
            values: { p: t },
          }));
          const ev = evaluate(compilePlan(parsed.plan), units);
          const standing = rankAndAward(ev);
          const reference = referenceTiers(ev);
          expect([...standing.tier]).toEqual(reference.tier);
          expect([...standing.aboveBand].sort()).toEqual(reference.above);
          expect(standing.ties.map((t) => t.slotTiers)).toEqual(reference.pending);
        },
      ),
      RUNS,
    );
  });

  it('a tier of 10,000 places with three units allocates three', () => {
    const out = scoreRequest({
      plan: testPlan({
        awards: {
          tiers: [{ id: 'kk', name: 'Khuyến khích', count: L.tierCount, minTotal: 0, prize: 100_000 }],
        },
      }),
      units: [
        { id: 'a', values: { yn: 'Có', rate: 90 } },
        { id: 'b', values: { yn: 'Không', rate: 50 } },
        { id: 'c', values: { yn: 'Có', rate: 10 } },
      ],
    });
    if (!out.ok) throw new Error(out.title);
    expect(out.response.results.map((r) => r.award?.tier)).toEqual(['kk', 'kk', 'kk']);
    expect(out.response.summary.prizeFundUsed).toBe(300_000);
  });
});

/** Every number anywhere in an answer. */
function numbersIn(value: unknown, into: number[] = []): number[] {
  if (typeof value === 'number') into.push(value);
  else if (Array.isArray(value)) value.forEach((v) => numbersIn(v, into));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => numbersIn(v, into));
  return into;
}

const extremeCell = fc.oneof(
  fc.constantFrom(1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER, 2 ** 60, -0, 0, 1, 100),
  fc.constantFrom(
    '1e308',
    '9'.repeat(400),
    `1${'0'.repeat(308)}`,
    '-1',
    '999.999.999.999.999.999',
    '100%',
    '0,000001',
  ),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(null, '', 'Có', 'x'.repeat(1_001)),
);

describe('no arithmetic gives Infinity, NaN or an unsafe integer from an accepted plan', () => {
  it('plans at the limits, cells at the extremes: every number in the answer is finite, money safe', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: L.points }),
        fc.constantFrom(1e-6, 0.5, 80, 100),
        fc.array(fc.tuple(extremeCell, extremeCell, extremeCell, extremeCell, extremeCell), {
          minLength: 1,
          maxLength: 6,
        }),
        (points, target, rows) => {
          const plan: PlanInput = testPlan({
            pointsDecimals: 4,
            criteria: [
              {
                id: 'dem',
                number: '1',
                title: 'Đếm',
                maxPoints: points,
                scoring: { kind: 'count', method: 'perItem', perItem: L.points },
              },
              {
                id: 'ty-le',
                number: '2',
                title: 'Tỷ lệ',
                maxPoints: points,
                scoring: { kind: 'rate', target: 80, comparison: 'atMost' },
              },
              { id: 'cham', number: '3', title: 'Chấm', maxPoints: points, scoring: { kind: 'assessed' } },
              {
                id: 'tru',
                number: '4',
                title: 'Trừ',
                maxPoints: points,
                scoring: { kind: 'deduction', input: 'count', perItem: L.points },
              },
            ],
            targets: [{ id: 'so', number: 'a', title: 'Số', unit: 'number', target }],
            facts: [{ id: 'so-lieu', label: 'Số liệu', type: 'number', required: false }],
            ranking: { tieBreakers: [{ fact: 'so-lieu' }] },
            awards: {
              tiers: [
                { id: 'nhat', name: 'Nhất', count: L.tierCount, minTotal: -L.total, prize: 100_000_000_000 },
              ],
              decisions: [
                {
                  id: 'vuot',
                  name: 'Vượt chỉ tiêu',
                  awardForm: 'Giấy khen',
                  dossierSets: 1,
                  targets: { require: 'exceeded' },
                  reason: 'Vượt {so-lieu}',
                  prize: { amount: 1_000_000 },
                },
              ],
            },
            targetRules: { aggregate: 'average', exceedRatio: L.exceedRatio },
          });
          const units = rows.map(([a, b, c, d, e], i) => ({
            id: `u${i}`,
            values: { dem: a, 'ty-le': b, cham: c, tru: d, so: e },
            facts: { 'so-lieu': a },
          }));
          const out = scoreRequest({ plan, units });
          if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'));
          for (const n of numbersIn(out.response)) expect(Number.isFinite(n)).toBe(true);
          expect(Number.isSafeInteger(out.response.summary.prizeFundUsed)).toBe(true);
          for (const r of out.response.results) expect(Math.abs(r.total)).toBeLessThanOrEqual(4 * points);
        },
      ),
      RUNS,
    );
  });

  it('a count beyond 2^53 is an invalid value, not a lost digit', () => {
    expect(parseCount('9'.repeat(20))).toMatchObject({
      ok: false,
      detail: expect.stringContaining('số lượng quá lớn'),
    });
    expect(parseCount(Number.MAX_SAFE_INTEGER)).toEqual({ ok: true, value: Number.MAX_SAFE_INTEGER });
  });

  it('a due date past the year 9999 is flagged, not thrown', () => {
    expect(addDays('2024-01-05', L.plusDays)).toBe('2034-01-12');
    expect(addDays('9999-12-01', 60)).toBeUndefined();
    const out = scoreRequest({
      plan: testPlan({
        facts: [{ id: 'ngay', label: 'Ngày công nhận', type: 'date' }],
        awards: {
          decisions: [
            {
              id: 'khen',
              name: 'Khen',
              awardForm: 'Giấy khen',
              dossierSets: 1,
              reason: 'Đạt',
              dueDate: { fact: 'ngay', plusDays: L.plusDays },
            },
          ],
        },
      }),
      units: [{ id: 'u', values: { yn: 'Có', rate: 90 }, facts: { ngay: '31/12/9999' } }],
    });
    if (!out.ok) throw new Error(out.title);
    expect(out.response.results[0].flags).toContainEqual(
      expect.objectContaining({
        code: 'due-date-unknown',
        message: expect.stringContaining('vượt quá năm 9999'),
      }),
    );
  });
});
