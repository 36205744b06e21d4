import fc from 'fast-check';
import { scoreUnits } from '../../src/engine/score';
import type { UnitInput } from '../../src/engine/types';
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
