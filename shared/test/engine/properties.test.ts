import fc from 'fast-check';
import { NO_TIER, rankAndAward } from '../../src/engine/awards';
import { evaluate } from '../../src/engine/evaluate';
import { scoreUnits } from '../../src/engine/score';
import type { UnitInput, UnitResult } from '../../src/engine/types';
import { compile, testPlan } from '../fixtures';
import { builtInPlan } from '../../src/plans';
import type { CompiledPlan } from '../../src/engine/compile';

const RUNS = { numRuns: 1000 };
const plans = ['phung-hiep-2023-xa', 'phung-hiep-2023-phong-ban'].map(
  (id) => builtInPlan(id) as CompiledPlan,
);

/** A value for a criterion kind: mostly valid, sometimes missing or malformed. */
function valueFor(kind: string): fc.Arbitrary<unknown> {
  const valid =
    kind === 'yesNo'
      ? fc.constantFrom('Có', 'Không', 'x', true, false, 'Đạt', 'Không đạt')
      : kind === 'rate'
        ? fc.oneof(
            fc.integer({ min: 0, max: 1000 }).map((n) => `${(n / 10).toString().replace('.', ',')}%`),
            fc.integer({ min: 2, max: 100 }),
          )
        : fc.integer({ min: 0, max: 300 });
  return fc.oneof(
    { weight: 12, arbitrary: valid },
    { weight: 1, arbitrary: fc.constantFrom(null, '', 'abc', '#N/A') },
  );
}

function unitsFor(compiled: CompiledPlan): fc.Arbitrary<UnitInput[]> {
  const values = fc.record(
    Object.fromEntries(compiled.plan.criteria.map((c) => [c.id, valueFor(c.scoring.kind)])),
  );
  const facts = fc.record({
    lateDossiersMaxInMonth: fc.oneof(
      { weight: 6, arbitrary: fc.constant(0) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 4 }) },
    ),
    reportDelayMaxDays: fc.oneof(
      { weight: 6, arbitrary: fc.constant(0) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 5 }) },
    ),
  });
  return fc
    .uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z]{1,6}$/), values, facts }), {
      minLength: 1,
      maxLength: 14,
      selector: (u) => u.id,
    })
    .map((units) => units.map((u) => ({ ...u, values: u.values as Record<string, unknown> })));
}

describe.each(plans.map((p) => [p.plan.id, p] as const))('invariants of %s', (_id, compiled) => {
  const tiers = compiled.plan.awards.tiers;

  it('shuffling the units never changes the results', () => {
    fc.assert(
      fc.property(
        unitsFor(compiled).chain((units) =>
          fc.tuple(fc.constant(units), fc.shuffledSubarray(units, { minLength: units.length })),
        ),
        ([units, shuffled]) => {
          expect(JSON.stringify(scoreUnits(compiled, shuffled))).toBe(
            JSON.stringify(scoreUnits(compiled, units)),
          );
        },
      ),
      RUNS,
    );
  });

  it('no tier exceeds its count, no award is outside its band, excluded or ineligible units never get a tier', () => {
    fc.assert(
      fc.property(unitsFor(compiled), (units) => {
        const res = scoreUnits(compiled, units);
        for (const tier of tiers) {
          const holders = res.results.filter((r) => r.award?.tier === tier.id);
          expect(holders.length).toBeLessThanOrEqual(tier.count);
          for (const r of holders) {
            expect(r.total).toBeGreaterThanOrEqual(tier.minTotal);
            if (compiled.plan.awards.aboveBand === 'strict' && tier.maxTotal !== undefined)
              expect(r.total).toBeLessThan(tier.maxTotal);
          }
        }
        for (const r of res.results) {
          if (!r.eligible || r.excluded) {
            expect(r.award).toBeNull();
            expect(r.pendingTiers).toEqual([]);
            expect(r.rank).toBeNull();
          }
        }
      }),
      RUNS,
    );
  });

  it('rank order agrees with totals', () => {
    fc.assert(
      fc.property(unitsFor(compiled), (units) => {
        const ranked = scoreUnits(compiled, units).results.filter((r) => r.rank !== null);
        for (const a of ranked)
          for (const b of ranked) {
            if (a.total > b.total) expect(a.rank as number).toBeLessThan(b.rank as number);
            if (a.total === b.total) expect(a.rank).toBe(b.rank);
          }
        ranked.forEach(
          (r, i) => i > 0 && expect(r.rank as number).toBeGreaterThanOrEqual(ranked[i - 1].rank as number),
        );
      }),
      RUNS,
    );
  });

  it('raising any value never lowers a total', () => {
    const numeric = compiled.criteria.filter((c) => c.higherIsBetter && c.criterion.scoring.kind !== 'yesNo');
    const yesNo = compiled.criteria.filter((c) => c.criterion.scoring.kind === 'yesNo');
    fc.assert(
      fc.property(
        unitsFor(compiled).map((u) => u[0]),
        fc.integer({ min: 0, max: numeric.length + yesNo.length - 1 }),
        fc.integer({ min: 1, max: 200 }),
        (unit, which, raiseBy) => {
          const before = scoreUnits(compiled, [unit]).results[0];
          const values = { ...unit.values };
          if (which < numeric.length) {
            const c = numeric[which];
            const current = before.criteria.find((x) => x.id === c.criterion.id)?.value ?? 0;
            const raised =
              c.criterion.scoring.kind === 'rate' ? Math.min(100, current + raiseBy / 10) : current + raiseBy;
            values[c.criterion.id] = c.criterion.scoring.kind === 'rate' ? `${raised}%` : raised;
          } else values[yesNo[which - numeric.length].criterion.id] = 'Có';
          const after = scoreUnits(compiled, [{ ...unit, values }]).results[0];
          expect(after.total).toBeGreaterThanOrEqual(before.total);
        },
      ),
      RUNS,
    );
  });
});

/** Plans with tiers and bands (sometimes applied literally), units with some values or a fact missing. */
describe('missing values: what is reported final stays final whatever the missing values turn out to be', () => {
  const tierArb = fc.record({
    count: fc.integer({ min: 1, max: 3 }),
    minTotal: fc.integer({ min: 0, max: 30 }),
    band: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
  });
  const planArb = fc.record({
    criteria: fc.integer({ min: 1, max: 3 }),
    tiers: fc.array(tierArb, { minLength: 1, maxLength: 3 }),
    strict: fc.boolean(),
  });
  const cell = fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 10 }) },
    { weight: 1, arbitrary: fc.constant(null) },
  );
  const unitArb = fc.record({
    values: fc.array(cell, { minLength: 3, maxLength: 3 }),
    late: fc.oneof(
      { weight: 5, arbitrary: fc.constant(0) },
      { weight: 1, arbitrary: fc.constantFrom(null, 3) },
    ),
    fill: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 4, maxLength: 4 }),
    fillSome: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
  });

  type Generated<A> = A extends fc.Arbitrary<infer T> ? T : never;

  function compileGenerated(p: Generated<typeof planArb>) {
    // a plan's tiers go from the highest band down (parsePlan refuses rising minTotals), each within reach of the
    // criteria's points (parsePlan refuses a tier no unit can reach)
    const tiers = p.tiers
      .map((t) => ({ ...t, minTotal: Math.min(t.minTotal, 10 * p.criteria) }))
      .sort((a, b) => b.minTotal - a.minTotal);
    return compile(
      testPlan({
        criteria: Array.from({ length: p.criteria }, (_, k) => ({
          id: `c${k}`,
          number: String(k + 1),
          title: `Tiêu chí ${k + 1}`,
          maxPoints: 10,
          scoring: { kind: 'assessed' as const },
        })),
        facts: [{ id: 'late', label: 'Số hồ sơ trễ', type: 'count' }],
        exclusions: [
          { id: 'late', code: 'excluded-late', when: { fact: 'late', op: '>=', value: 2 }, reason: 'Trễ' },
        ],
        awards: {
          aboveBand: p.strict ? 'strict' : 'rankOrder',
          tiers: tiers.map((t, k) => ({
            id: `t${k}`,
            name: `Giải ${k + 1}`,
            count: t.count,
            minTotal: t.minTotal,
            ...(t.band !== undefined ? { maxTotal: t.minTotal + t.band } : {}),
            prize: 1_000_000,
          })),
        },
      }),
    );
  }

  const toUnits = (criteria: number, us: Generated<typeof unitArb>[], filled: boolean) =>
    us.map((x, i) => {
      const values: Record<string, unknown> = {};
      for (let k = 0; k < criteria; k++) {
        const v = x.values[k];
        if (v !== null) values[`c${k}`] = v;
        else if (filled && x.fillSome[k]) values[`c${k}`] = x.fill[k];
      }
      const late = x.late === null ? (filled && x.fillSome[3] ? x.fill[3] % 4 : null) : x.late;
      return { id: `u${i}`, values, facts: late === null ? {} : { late } };
    });

  it('filling missing values with any numbers never changes an award reported final; a held unit is never awarded', () => {
    fc.assert(
      fc.property(planArb, fc.array(unitArb, { minLength: 2, maxLength: 8 }), (p, us) => {
        const compiled = compileGenerated(p);
        const before = scoreUnits(compiled, toUnits(p.criteria, us, false));
        const after = scoreUnits(compiled, toUnits(p.criteria, us, true));
        const later = new Map(after.results.map((r) => [r.unitId, r]));
        for (const block of before.summary.blocks)
          for (const t of block.tiers) for (const id of t.pending) expect(t.awarded).not.toContain(id);
        for (const r of before.results) {
          const held = r.flags.some((f) => f.code === 'pending-missing-data');
          if (held) expect(r.award).toBeNull();
          if (r.pendingTiers.length) continue;
          const now = later.get(r.unitId) as UnitResult;
          expect([r.unitId, now.award?.tier ?? null, now.pendingTiers]).toEqual([
            r.unitId,
            r.award?.tier ?? null,
            [],
          ]);
        }
      }),
      RUNS,
    );
  });
});

/**
 * Small totals, few places and bands mostly applied literally, with every completion of the blanks tried (each blank
 * value from 0 to the maximum, or each word of a rating scale whose lowest level gives points; a blank fact either
 * way): the cases where a unit rising above others pushes a group above its band and moves the units below it up,
 * which random fills of wide totals rarely meet.
 */
describe('missing values in small plans: no completion of the blanks changes an award reported final', () => {
  const MAX = 4;
  const LEVELS = [
    { label: 'Tốt', points: 4 },
    { label: 'Khá', points: 3 },
    { label: 'Đạt', points: 2 },
  ];
  const oneOrTwo = (ones: number) =>
    fc.oneof({ weight: ones, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.constant(2) });
  const tierArb = fc.record({
    count: oneOrTwo(3),
    minTotal: fc.integer({ min: 0, max: 2 }),
    band: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined, freq: 4 }),
  });
  const caseArb = fc
    .record({
      strict: fc.oneof(
        { weight: 4, arbitrary: fc.constant(true) },
        { weight: 1, arbitrary: fc.constant(false) },
      ),
      tiers: fc.array(tierArb, { minLength: 2, maxLength: 3 }),
      totals: fc.array(fc.integer({ min: 0, max: MAX }), { minLength: 4, maxLength: 8 }),
      blanks: oneOrTwo(3),
      rated: fc.oneof(
        { weight: 3, arbitrary: fc.constant(false) },
        { weight: 1, arbitrary: fc.constant(true) },
      ),
    })
    .chain((c) =>
      fc.record({
        plan: fc.constant(c),
        blank: fc.uniqueArray(fc.integer({ min: 0, max: c.totals.length - 1 }), {
          minLength: c.blanks,
          maxLength: c.blanks,
        }),
        lateBlank: fc.option(fc.integer({ min: 0, max: c.totals.length - 1 }), { nil: undefined, freq: 4 }),
      }),
    );

  function compileSmall(
    strict: boolean,
    tiers: { count: number; minTotal: number; band?: number }[],
    rated: boolean,
  ) {
    return compile(
      testPlan({
        criteria: [
          {
            id: 'c',
            number: '1',
            title: 'Tiêu chí 1',
            maxPoints: MAX,
            scoring: rated ? { kind: 'scale', levels: LEVELS } : { kind: 'assessed' },
          },
        ],
        facts: [{ id: 'late', label: 'Số hồ sơ trễ', type: 'count' }],
        exclusions: [
          { id: 'late', code: 'excluded-late', when: { fact: 'late', op: '>=', value: 2 }, reason: 'Trễ' },
        ],
        awards: {
          aboveBand: strict ? 'strict' : 'rankOrder',
          tiers: [...tiers]
            .sort((a, b) => b.minTotal - a.minTotal)
            .map((t, k) => ({
              id: `t${k}`,
              name: `Giải ${k + 1}`,
              count: t.count,
              minTotal: t.minTotal,
              ...(t.band !== undefined ? { maxTotal: t.minTotal + t.band } : {}),
              prize: 1_000_000,
            })),
        },
      }),
    );
  }

  it('every award reported final is the award of every completion; a held unit is never awarded', () => {
    fc.assert(
      fc.property(caseArb, ({ plan, blank, lateBlank }) => {
        const compiled = compileSmall(plan.strict, plan.tiers, plan.rated);
        const tierIds = compiled.plan.awards.tiers.map((t) => t.id);
        const choices: unknown[] = plan.rated
          ? LEVELS.map((l) => l.label)
          : Array.from({ length: MAX + 1 }, (_, v) => v);
        /** The units with blank k filled by choice fill[k] (none: left blank), the blank fact by `late`. */
        const unitsWith = (fill: number[] | null, late: number | null) =>
          plan.totals.map((t, i) => {
            const k = blank.indexOf(i);
            const value = k < 0 ? choices[t % choices.length] : fill ? choices[fill[k]] : undefined;
            const values: Record<string, unknown> = value === undefined ? {} : { c: value };
            const facts = i !== lateBlank ? { late: 0 } : late === null ? {} : { late };
            return { id: `u${i}`, values, facts };
          });
        const before = scoreUnits(compiled, unitsWith(null, null), { explain: 'summary' });
        for (const r of before.results)
          if (r.flags.some((f) => f.code === 'pending-missing-data')) expect(r.award).toBeNull();
        // what is reported final: the tier (or none) of unit i, whose id is u<i>
        const final = before.results
          .filter((r) => !r.pendingTiers.length)
          .map((r) => [Number(r.unitId.slice(1)), r.award?.tier ?? null] as const);
        const changed: unknown[] = [];
        const m = choices.length;
        for (let c = 0; c < m ** blank.length; c++)
          for (const late of lateBlank === undefined ? [0] : [0, 3]) {
            const fill = blank.map((_, k) => Math.floor(c / m ** k) % m);
            // with every value known the standing is the answer: a tier, none, or a tie for the council
            const { tier } = rankAndAward(evaluate(compiled, unitsWith(fill, late)));
            for (const [i, award] of final) {
              const now = tier[i] >= 0 ? tierIds[tier[i]] : tier[i] === NO_TIER ? null : 'tie';
              if (now !== award) changed.push({ unit: `u${i}`, fill, late, reported: award, now });
            }
          }
        expect(changed).toEqual([]);
      }),
      { numRuns: 600 },
    );
  });

  it("a held unit's pendingTiers hold every tier some completion gives it (a tie's slots included), and none says so", () => {
    fc.assert(
      fc.property(caseArb, ({ plan, blank, lateBlank }) => {
        const compiled = compileSmall(plan.strict, plan.tiers, plan.rated);
        const tierIds = compiled.plan.awards.tiers.map((t) => t.id);
        const choices: unknown[] = plan.rated
          ? LEVELS.map((l) => l.label)
          : Array.from({ length: MAX + 1 }, (_, v) => v);
        const unitsWith = (fill: number[] | null, late: number | null) =>
          plan.totals.map((t, i) => {
            const k = blank.indexOf(i);
            const value = k < 0 ? choices[t % choices.length] : fill ? choices[fill[k]] : undefined;
            const values: Record<string, unknown> = value === undefined ? {} : { c: value };
            const facts = i !== lateBlank ? { late: 0 } : late === null ? {} : { late };
            return { id: `u${i}`, values, facts };
          });
        const before = scoreUnits(compiled, unitsWith(null, null), { explain: 'summary' });
        const held = before.results
          .filter((r) => r.flags.some((f) => f.code === 'pending-missing-data'))
          .map((r) => ({
            i: Number(r.unitId.slice(1)),
            tiers: new Set(r.pendingTiers),
            orNone: /hoặc không đạt giải/.test(
              r.flags.find((f) => f.code === 'pending-missing-data')?.message ?? '',
            ),
          }));
        const missed: unknown[] = [];
        const m = choices.length;
        for (let c = 0; c < m ** blank.length; c++)
          for (const late of lateBlank === undefined ? [0] : [0, 3]) {
            const fill = blank.map((_, k) => Math.floor(c / m ** k) % m);
            const st = rankAndAward(evaluate(compiled, unitsWith(fill, late)));
            for (const { i, tiers, orNone } of held) {
              const got =
                st.tier[i] >= 0
                  ? [st.tier[i]]
                  : (st.ties.find((g) => g.unitIndices.includes(i))?.slotTiers ?? []);
              for (const t of got)
                if (!tiers.has(tierIds[t])) missed.push({ unit: `u${i}`, fill, late, tier: tierIds[t] });
              if (!got.length && !orNone) missed.push({ unit: `u${i}`, fill, late, tier: null });
            }
          }
        expect(missed).toEqual([]);
      }),
      { numRuns: 600 },
    );
  });
});
