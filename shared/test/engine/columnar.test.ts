import fc from 'fast-check';
import { readFileSync } from 'fs';
import { join } from 'path';
import { rankAndAward, rankComparator } from '../../src/engine/awards';
import { evaluateColumns, type FactColumn } from '../../src/engine/columnar';
import type { CompiledPlan } from '../../src/engine/compile';
import { evaluate, readColumns, type Evaluation } from '../../src/engine/evaluate';
import type { FactValue } from '../../src/engine/facts';
import { pointsKernel } from '../../src/engine/kernels';
import { sortBestFirst } from '../../src/engine/rank-order';
import { buildResponse } from '../../src/engine/response';
import type { UnitInput } from '../../src/engine/types';
import { builtInPlan } from '../../src/plans';
import { compile, testPlan } from '../fixtures';

const RUNS = { numRuns: 1000 };
const communes = builtInPlan('phung-hiep-2023-xa') as CompiledPlan;
const sample = JSON.parse(
  readFileSync(join(__dirname, '../../../examples/phung-hiep-2023-xa.input.json'), 'utf8'),
) as { units: UnitInput[] };

/** The units as a columnar caller would hand them over: parsed by readColumns, facts by the plan's readers. */
function asColumns(compiled: CompiledPlan, units: UnitInput[]) {
  const read = readColumns(compiled, units);
  const facts: FactColumn[] = compiled.facts.map((fact, f) =>
    units.map((u): FactValue | undefined => {
      const parsed = compiled.factReaders[f](u.facts?.[fact.id]);
      return parsed.ok ? parsed.value : undefined;
    }),
  );
  const blockOf = Int32Array.from(units, (u) =>
    u.block === undefined ? 0 : (compiled.blockIndex.get(u.block) ?? -1),
  );
  return { ...read, ids: units.map((u) => u.id), names: units.map((u) => u.name), blockOf, facts };
}

function outcome(ev: Evaluation) {
  const standing = rankAndAward(ev);
  const response = buildResponse(ev, standing, { lang: 'vi', explanations: false, inputHash: '' });
  return {
    totals: Array.from(ev.totals),
    points: ev.points.map((col) => Array.from(col)),
    excluded: Array.from(ev.excluded),
    eligible: Array.from(ev.eligible),
    incomplete: Array.from(ev.incomplete),
    rank: Array.from(standing.rank),
    tier: Array.from(standing.tier),
    order: standing.order,
    ties: standing.ties,
    results: response.results,
    summary: response.summary,
  };
}

describe('evaluateColumns', () => {
  it('gives the sample communes exactly the totals, ranks, awards and flags of evaluate', () => {
    const byRows = outcome(evaluate(communes, sample.units));
    const byColumns = outcome(evaluateColumns(communes, asColumns(communes, sample.units)));
    expect(byColumns).toEqual(byRows);
    // the sample has excluded, incomplete and tied units: the comparison covers those paths
    expect(byRows.excluded).toContain(1);
    expect(byRows.incomplete).toContain(1);
    expect(byRows.ties.length).toBeGreaterThan(0);
  });

  it('agrees with evaluate on any units, including unreadable cells and missing facts', () => {
    const value = (kind: string): fc.Arbitrary<unknown> =>
      fc.oneof(
        {
          weight: 8,
          arbitrary: kind === 'yesNo' ? fc.constantFrom('Có', 'Không') : fc.constantFrom(80, 90, 100, 120),
        },
        { weight: 1, arbitrary: fc.constantFrom(null, 'abc') },
      );
    const fact = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(0, 2, 3) },
      { weight: 1, arbitrary: fc.constant(null) },
    );
    const unit = fc.record({
      values: fc.record(Object.fromEntries(communes.plan.criteria.map((c) => [c.id, value(c.scoring.kind)]))),
      facts: fc.record({ lateDossiersMaxInMonth: fact, reportDelayMaxDays: fact }),
    });
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (drafts) => {
        const units: UnitInput[] = drafts.map((d, i) => ({ id: `u${i}`, block: 'xa', ...d }));
        expect(outcome(evaluateColumns(communes, asColumns(communes, units)))).toEqual(
          outcome(evaluate(communes, units)),
        );
      }),
      RUNS,
    );
  });

  it('agrees with evaluate on standards, rating facts and missing facts (rules tested unit by unit)', () => {
    const plan = compile(
      testPlan({
        facts: [
          { id: 'late', label: 'Hồ sơ trễ', type: 'count' },
          { id: 'kyLuat', label: 'Kỷ luật', type: 'rating', scale: ['không', 'khiển trách', 'cảnh cáo'] },
        ],
        exclusions: [
          { id: 'late', code: 'excluded-late', when: { fact: 'late', op: '>=', value: 2 }, reason: 'Trễ' },
        ],
        standards: [
          {
            id: 'discipline',
            code: 'standard-discipline',
            require: {
              any: [
                { fact: 'kyLuat', op: '<', value: 'khiển trách' },
                { not: { fact: 'late', op: '<', value: 1 } },
              ],
            },
            reason: 'Kỷ luật {kyLuat}',
          },
        ],
      }),
    );
    const facts = [
      { late: 0, kyLuat: 'không' },
      { late: 0, kyLuat: 'cảnh cáo' },
      { late: 3, kyLuat: 'không' },
      { late: 1, kyLuat: null },
      { late: null, kyLuat: 'khiển trách' },
    ];
    const units: UnitInput[] = facts.map((f, i) => ({
      id: `u${i}`,
      values: { yn: 'Có', rate: `${70 + i}%` },
      facts: f,
    }));
    expect(outcome(evaluateColumns(plan, asColumns(plan, units)))).toEqual(outcome(evaluate(plan, units)));
  });

  it('ranks generated numeric ids (counting sort from the columns) exactly as string ids in the same order', () => {
    const rate = fc.constantFrom(40, 80, 90, 100);
    fc.assert(
      fc.property(
        fc.array(fc.record({ yes: fc.boolean(), rate, late: fc.constantFrom(0, 0, 0, 2) }), {
          maxLength: 40,
        }),
        (drafts) => {
          const n = drafts.length;
          const values = communes.criteria.map((cc, k) =>
            Float64Array.from(drafts, (d) =>
              cc.criterion.scoring.kind === 'yesNo' ? (d.yes || k % 3 ? 1 : 0) : d.rate + k,
            ),
          );
          const facts = [Float64Array.from(drafts, (d) => d.late), new Float64Array(n)];
          const numeric = evaluateColumns(communes, {
            ids: Uint32Array.from(drafts, (_, i) => i + 1),
            values,
            facts,
          });
          const named = evaluateColumns(communes, {
            ids: drafts.map((_, i) => `u${String(i + 1).padStart(3, '0')}`),
            values,
            facts,
          });
          expect(numeric.idOrder).toBe('index');
          expect(rankAndAward(numeric)).toEqual(rankAndAward(named));
        },
      ),
      RUNS,
    );
  });

  it('ranks numeric ids by number and defaults to the single block', () => {
    const values = communes.criteria.map(() => Float64Array.of(1, 1, 1));
    values[0] = Float64Array.of(0, 1, 1); // unit 0 loses tc01
    const facts = [Float64Array.of(0, 0, 0), Float64Array.of(0, 0, 0)];
    const ev = evaluateColumns(communes, { ids: Uint32Array.of(30, 100, 20), values, facts });
    const standing = rankAndAward(ev);
    expect(standing.order[0]).toEqual([2, 1, 0]);
    expect(Array.from(standing.rank)).toEqual([3, 1, 1]);
    expect(ev.units[1].id).toBe('100');
    expect(ev.units[1].block).toBe('xa');
  });

  it('keeps generated, ascending numeric ids in index order without sorting them', () => {
    const values = communes.criteria.map(() => Float64Array.of(1, 1, 1));
    const facts = [Float64Array.of(0, 0, 0), Float64Array.of(0, 0, 0)];
    const ev = evaluateColumns(communes, { ids: Uint32Array.of(7, 8, 9), values, facts });
    expect(ev.idOrder).toBe('index');
    const standing = rankAndAward(ev);
    expect(standing.order[0]).toEqual([0, 1, 2]);
    expect(Array.from(standing.rank)).toEqual([1, 1, 1]);
    expect(ev.units[2].id).toBe('9');
  });

  it('treats NaN as missing when no status is given, and a missing fact as unknown (not eligible)', () => {
    const values = communes.criteria.map(() => Float64Array.of(1));
    values[3] = Float64Array.of(NaN);
    const ev = evaluateColumns(communes, {
      ids: ['a'],
      values,
      facts: [Float64Array.of(NaN), Float64Array.of(0)],
    });
    expect(ev.status[3][0]).toBe(1);
    expect(ev.incomplete[0]).toBe(1);
    expect(ev.eligible[0]).toBe(0);
    expect(ev.issues.get(0)?.map((x) => x.id)).toEqual(['tc04', 'lateDossiersMaxInMonth']);
  });
});

describe('points kernels', () => {
  const kinds = compile(
    testPlan({
      criteria: [
        { id: 'yn', number: '1', title: 'a', maxPoints: 10, scoring: { kind: 'yesNo' } },
        {
          id: 'p',
          number: '2',
          title: 'b',
          maxPoints: 7.5,
          scoring: { kind: 'rate', target: 80, comparison: 'moreThan', method: 'proportional' },
        },
        {
          id: 'm',
          number: '3',
          title: 'c',
          maxPoints: 6,
          scoring: { kind: 'rate', target: 5, comparison: 'atMost', method: 'proportional' },
        },
        {
          id: 'aon',
          number: '4',
          title: 'd',
          maxPoints: 6,
          scoring: { kind: 'rate', target: 95, comparison: 'atLeast', method: 'allOrNothing' },
        },
        {
          id: 'st',
          number: '5',
          title: 'e',
          maxPoints: 9,
          scoring: {
            kind: 'rate',
            target: 90,
            comparison: 'atLeast',
            method: 'steps',
            steps: [
              { min: 50, points: 3 },
              { min: 90, points: 9 },
            ],
          },
        },
        {
          id: 'pi',
          number: '6',
          title: 'f',
          maxPoints: 10,
          scoring: { kind: 'count', method: 'perItem', perItem: 0.05 },
        },
        {
          id: 'ct',
          number: '7',
          title: 'g',
          maxPoints: 8,
          scoring: { kind: 'count', method: 'target', target: 2 },
        },
        { id: 'as', number: '8', title: 'h', maxPoints: 20, scoring: { kind: 'assessed' } },
        {
          id: 'bo',
          number: '9',
          title: 'i',
          maxPoints: 5,
          scoring: { kind: 'bonus', input: 'count', perItem: 0.7 },
        },
        { id: 'de', number: '10', title: 'j', maxPoints: 5, scoring: { kind: 'deduction' } },
      ],
    }),
  );
  const criteria = [
    ...kinds.criteria,
    ...communes.criteria,
    ...(builtInPlan('phung-hiep-2023-phong-ban') as CompiledPlan).criteria,
  ];

  it('compute exactly the rounded points of the compiled formula, for every kind', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ min: 0, max: 400, noNaN: true }), fc.integer({ min: 0, max: 300 })), {
          minLength: 1,
          maxLength: 20,
        }),
        fc.constantFrom(1, 10, 100, 1000),
        (list, scale) => {
          const values = Float64Array.from(list);
          const status = new Uint8Array(values.length);
          status[0] = 2; // an unreadable cell gets no points
          for (const cc of criteria) {
            const out = new Float64Array(values.length);
            const totals = new Float64Array(values.length);
            pointsKernel(cc, scale)(values, status, out, 0, totals, 0, values.length);
            const expected = Array.from(values, (v, i) =>
              i === 0 ? 0 : (cc.sign * Math.round(cc.points(v) * scale)) / scale,
            );
            expect(Array.from(out)).toEqual(expected);
            expect(Array.from(totals)).toEqual(expected.map((p) => 0 + p)); // 0 + -0 is 0
          }
        },
      ),
      RUNS,
    );
  });
});

describe('sortBestFirst', () => {
  it('orders by total (best first), then id, like a comparison sort — also for wide spreads', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 60 }),
        fc.constantFrom(0.01, 1, 1000),
        (grid, step) => {
          const totals = Float64Array.from(grid, (g) => Math.round(g * step * 100) / 100);
          const ev = { totals, compiled: communes } as unknown as Evaluation;
          const cmp = rankComparator({ ...ev, points: [], facts: [] } as unknown as Evaluation);
          const sorted = sortBestFirst(
            grid.map((_, i) => i),
            ev,
            cmp,
          );
          const expected = grid.map((_, i) => i).sort((a, b) => cmp(a, b) || a - b);
          expect(sorted).toEqual(expected);
        },
      ),
      RUNS,
    );
  });
});
