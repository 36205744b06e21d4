import fc from 'fast-check';
import { diffRuns } from '../../src/council/diff';
import type { CouncilDecision } from '../../src/council/schema';
import { snapshotOf } from '../../src/council/snapshot';
import { base, score, unit } from './fixture';

const RUNS = { numRuns: 1000 };
const TIERS = { nhat: 1, nhi: 1, ba: 2 } as const;
const AWARDS = ['nhat', 'nhi', 'ba', 'Giải Ba', 'Giải Nhì'];

/** 3–8 units on few distinct totals (so ties are common), sometimes a missing value or a late report. */
const units = fc
  .array(
    fc.record({
      pts: fc.oneof(
        { weight: 9, arbitrary: fc.constantFrom(40, 50, 60, 70) },
        { weight: 1, arbitrary: fc.constant(null) },
      ),
      late: fc.oneof({ weight: 9, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constant(5) }),
    }),
    { minLength: 3, maxLength: 8 },
  )
  .map((list) => list.map((u, i) => unit(`u${i}`, u.pts, 0, u.late)));

function decisionsFor(n: number): fc.Arbitrary<CouncilDecision[]> {
  const who = fc.integer({ min: 0, max: n - 1 }).map((i) => `u${i}`);
  const one: fc.Arbitrary<CouncilDecision> = fc.oneof(
    fc
      .record({ u: who, award: fc.constantFrom(...AWARDS) })
      .map(({ u, award }): CouncilDecision => ({ kind: 'tie', unit: u, award, ...base })),
    fc
      .record({ u: who, rule: fc.constantFrom('zero' as const, 'hold' as const) })
      .map(({ u, rule }): CouncilDecision => ({ kind: 'missing', unit: u, rule, ...base })),
    fc
      .record({ u: who, kind: fc.constantFrom('exclude' as const, 'include' as const) })
      .map(({ u, kind }): CouncilDecision => ({ kind, unit: u, rule: 'Quy chế', ...base })),
  );
  // a decision's place (a sheet row) moves with it: name it by its content, as a row reference would
  const placed = one.map((d) => ({ ...d, source: `${d.kind}:${d.unit}:${'award' in d ? d.award : d.rule}` }));
  return fc.array(placed, { maxLength: 6 });
}

const cases = units.chain((list) => fc.tuple(fc.constant(list), decisionsFor(list.length)));

describe('council decisions: properties', () => {
  it('never give a tier more units than its places', () => {
    fc.assert(
      fc.property(cases, ([list, decisions]) => {
        const res = score(list, decisions);
        for (const t of res.summary.blocks[0].tiers) {
          const count = res.results.filter((r) => r.award?.tier === t.tier).length;
          if (count > TIERS[t.tier as keyof typeof TIERS]) return false;
          if (t.awarded.length !== count) return false;
        }
        return true;
      }),
      RUNS,
    );
  });

  it('refuse a tie decision for a unit that is not tied', () => {
    fc.assert(
      fc.property(units, fc.nat(), fc.constantFrom(...AWARDS), (list, k, award) => {
        const before = score(list);
        const tied = new Set(before.summary.blocks[0].ties.flatMap((t) => t.unitIds));
        const loose = list.map((u) => u.id).filter((id) => !tied.has(id));
        if (!loose.length) return true;
        const id = loose[k % loose.length];
        const res = score(list, [{ kind: 'tie', unit: id, award, ...base }]);
        const [d] = res.council?.decisions ?? [];
        return (
          d?.status === 'refused' &&
          ['council-tie-gone', 'council-award-unknown'].includes(d.code) &&
          JSON.stringify(res.results.map((r) => [r.unitId, r.award?.tier ?? null, r.pendingTiers])) ===
            JSON.stringify(before.results.map((r) => [r.unitId, r.award?.tier ?? null, r.pendingTiers]))
        );
      }),
      RUNS,
    );
  });

  it('do not depend on the order they were written in', () => {
    fc.assert(
      fc.property(
        cases.chain(([list, decisions]) =>
          fc.tuple(
            fc.constant(list),
            fc.constant(decisions),
            fc.shuffledSubarray(decisions, { minLength: decisions.length }),
          ),
        ),
        ([list, decisions, shuffled]) => {
          const a = score(list, decisions);
          const b = score(list, shuffled);
          const outcomes = (r: typeof a) =>
            (r.council?.decisions ?? [])
              .map((d) => `${d.kind}|${d.unit}|${d.status}|${d.code}|${d.unitId ?? ''}`)
              .sort();
          return (
            JSON.stringify(a.results) === JSON.stringify(b.results) &&
            JSON.stringify(a.summary) === JSON.stringify(b.summary) &&
            JSON.stringify(outcomes(a)) === JSON.stringify(outcomes(b)) &&
            a.council?.decisionsHash === b.council?.decisionsHash
          );
        },
      ),
      RUNS,
    );
  });

  it('a run compared with itself has no differences; with another, only real ones', () => {
    fc.assert(
      fc.property(cases, ([list, decisions]) => {
        const a = snapshotOf(score(list, decisions));
        const same = diffRuns(a, a);
        const b = snapshotOf(score(list));
        const other = diffRuns(b, a);
        const moved = a.units.some((u, i) => JSON.stringify(u) !== JSON.stringify(b.units[i]));
        return (
          same.same &&
          !same.gained.length &&
          !same.lost.length &&
          !same.changed.length &&
          !same.ranks.length &&
          !same.money.length &&
          other.same ===
            (!moved &&
              a.prizeFundUsed === b.prizeFundUsed &&
              a.prizeFundPending === b.prizeFundPending &&
              a.fingerprint.decisionsHash === b.fingerprint.decisionsHash)
        );
      }),
      RUNS,
    );
  });
});
