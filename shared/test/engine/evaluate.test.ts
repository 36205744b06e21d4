import fc from 'fast-check';
import { readFileSync } from 'fs';
import { join } from 'path';
import { rankComparator } from '../../src/engine/awards';
import type { CompiledPlan } from '../../src/engine/compile';
import { evaluate, type Evaluation } from '../../src/engine/evaluate';
import { pointsKernel } from '../../src/engine/kernels';
import { sortBestFirst } from '../../src/engine/rank-order';
import { applyRules } from '../../src/engine/rules';
import type { UnitInput } from '../../src/engine/types';
import { builtInPlan, builtInPlanIds } from '../../src/plans';
import { compile, testPlan } from '../fixtures';

const RUNS = { numRuns: 1000 };
const communes = builtInPlan('phung-hiep-2023-xa') as CompiledPlan;
const examples = join(__dirname, '../../../examples');
const exampleUnits = (planId: string) =>
  (JSON.parse(readFileSync(join(examples, `${planId}.input.json`), 'utf8')) as { units: UnitInput[] }).units;

/** What an evaluation says about unit i alone: everything that does not depend on the other units. */
function unitView(ev: Evaluation, i: number) {
  return {
    values: ev.values.map((col) => col[i]),
    status: ev.status.map((col) => col[i]),
    points: ev.points.map((col) => col[i]),
    total: ev.totals[i],
    flags: [ev.incomplete[i], ev.excluded[i], ev.eligible[i], ev.eligibilityUnknown?.[i]],
    issues: ev.issues.get(i) ?? [],
    outcomes: (ev.ruleOutcomes.get(i) ?? []).map((o) => [o.rule.id, o.truth]),
    facts: Array.from({ length: ev.compiled.facts.length }, (_, f) => ev.facts[i][f]),
    unknownKeys: ev.unknownKeys.get(i) ?? [],
    targets: ev.extras.targetValues.map((col, t) => [col[i], ev.extras.targetStatus[t][i]]),
    standards: ev.extras.standardTruth.map((col) => col[i]),
    kind: ev.extras.kindOf[i],
  };
}

/** Units built from the examples' cells and keys, with unreadable, missing and unknown cells mixed in. */
function unitsFor(compiled: CompiledPlan) {
  const pool = builtInPlanIds().includes(compiled.plan.id) ? exampleUnits(compiled.plan.id) : [];
  const cells = [
    ...new Set(pool.flatMap((u) => [...Object.values(u.values), ...Object.values(u.facts ?? {})])),
  ].filter((v) => typeof v !== 'object' || v === null);
  const cell = fc.oneof(
    fc.constantFrom(null, '', 'abc', 0, 0.5, 1, 80, 120, '80,5%', 'Có', 'Không', 'Tốt', true),
    ...(cells.length ? [fc.constantFrom(...cells)] : []),
  );
  const valueKeys = [
    ...compiled.plan.criteria.map((c) => c.id),
    ...(compiled.plan.targets ?? []).map((t) => t.id),
    'khong-co',
    'constructor',
  ];
  const factKeys = compiled.plan.facts.flatMap((f) => [f.id, ...(f.years ?? []).map((y) => `${f.id}_${y}`)]);
  const drafted = fc.record({
    block: fc.constantFrom(...compiled.plan.blocks.map((b) => b.id), 'khong-co'),
    values: fc.dictionary(fc.constantFrom(...valueKeys), cell, { maxKeys: valueKeys.length }),
    facts: fc.dictionary(fc.constantFrom(...(factKeys.length ? factKeys : ['x'])), cell),
  });
  return fc.array(pool.length ? fc.oneof(drafted, fc.constantFrom(...pool)) : drafted, { maxLength: 12 });
}

describe('evaluate: one pass over the units, every plan', () => {
  it.each(builtInPlanIds())('%s: a unit reads the same scored with others as alone', (planId) => {
    const compiled = builtInPlan(planId) as CompiledPlan;
    fc.assert(
      fc.property(unitsFor(compiled), (drafts) => {
        const units = drafts.map((d, i) => ({ ...d, id: `u${String(i).padStart(2, '0')}` }));
        const together = evaluate(compiled, units);
        units.forEach((unit, i) => {
          expect(unitView(together, i)).toEqual(unitView(evaluate(compiled, [unit]), 0));
        });
      }),
      { numRuns: 100 },
    );
  });

  it('does not depend on the order of the keys of a unit’s values and facts', () => {
    fc.assert(
      fc.property(unitsFor(communes), (drafts) => {
        const units = drafts.map((d, i) => ({ ...d, id: `u${i}` }));
        const reversed = units.map((u) => ({
          ...u,
          values: Object.fromEntries(Object.entries(u.values).reverse()),
          facts: Object.fromEntries(Object.entries(u.facts ?? {}).reverse()),
        }));
        const a = evaluate(communes, units);
        const b = evaluate(communes, reversed);
        units.forEach((_, i) => {
          const [x, y] = [unitView(a, i), unitView(b, i)];
          // unknown keys are listed in the unit's own order
          expect({ ...x, unknownKeys: [...x.unknownKeys].sort() }).toEqual({
            ...y,
            unknownKeys: [...y.unknownKeys].sort(),
          });
        });
      }),
      { numRuns: 300 },
    );
  });

  it('reads more distinct values than a column remembers exactly as it reads each alone', () => {
    const units: UnitInput[] = Array.from({ length: 5000 }, (_, i) => ({
      id: `u${i}`,
      values: { tc04: `${(i / 50).toFixed(2).replace('.', ',')}%`, tc13: i, tc01: i % 7 ? 'Có' : 'abc' },
    }));
    const ev = evaluate(communes, units);
    for (const i of [0, 1, 4095, 4096, 4097, 4999]) {
      expect(unitView(ev, i)).toEqual(unitView(evaluate(communes, [units[i]]), 0));
    }
    expect(ev.values[3][4999]).toBe(99.98);
    expect(ev.status[0][0]).toBe(2); // 'abc' is not a yes/no
  });

  it('reads what a record owns, not what a prototype offers, and plain records with no prototype', () => {
    const inherited = Object.create({ tc01: 'Có' }) as Record<string, unknown>;
    inherited.tc02 = 'Có';
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { tc01: 'Có', tc02: 'Có' });
    const ev = evaluate(communes, [
      { id: 'a', values: inherited },
      { id: 'b', values: bare },
    ]);
    expect([ev.status[0][0], ev.status[1][0]]).toEqual([1, 0]); // tc01 missing: inherited is not sent
    expect([ev.status[0][1], ev.status[1][1]]).toEqual([0, 0]);
  });

  it('computes the points columns when first read, equal to what the totals summed', () => {
    const units = exampleUnits('phung-hiep-2023-xa');
    const ev = evaluate(communes, units);
    const first = ev.points;
    expect(ev.points).toBe(first);
    units.forEach((_, i) => {
      const sum = first.reduce((s, col) => s + col[i], 0);
      expect(ev.totals[i]).toBe(Math.round(sum * communes.scale) / communes.scale);
    });
  });

  it('marks units given in ascending id order, so ranking need not sort them', () => {
    expect(
      evaluate(communes, [
        { id: 'a', values: {} },
        { id: 'b', values: {} },
      ]).idOrder,
    ).toBe('index');
    expect(
      evaluate(communes, [
        { id: 'b', values: {} },
        { id: 'a', values: {} },
      ]).idOrder,
    ).toBeUndefined();
    expect(
      evaluate(communes, [
        { id: 'a', values: {} },
        { id: 'a', values: {} },
      ]).idOrder,
    ).toBeUndefined();
  });
});

describe('compiled once per plan', () => {
  it('reuses conditions, readers and kernels across evaluations', () => {
    const plan = builtInPlan('kien-giang-sxd-609-cchc') as CompiledPlan;
    const when = (plan.plan.awards.decisions ?? []).find((d) => d.when)?.when;
    expect(when).toBeDefined();
    if (!when) return;
    expect(plan.condition(when)).toBe(plan.condition(when));
    expect(communes.readers.cell(3, 'percent')).toBe(communes.readers.cell(3, 'percent'));
    expect(communes.readers.cell(3, 'fraction')).not.toBe(communes.readers.cell(3, 'percent'));
    expect(communes.kernels).toHaveLength(communes.criteria.length);
  });
});

describe('rules over fact columns', () => {
  const plan = compile(
    testPlan({
      facts: [
        { id: 'late', label: 'Hồ sơ trễ', type: 'count' },
        { id: 'delay', label: 'Số ngày trễ', type: 'number' },
      ],
      exclusions: [
        {
          id: 'late',
          code: 'excluded-late',
          when: {
            any: [
              { fact: 'late', op: '>=', value: 2 },
              { fact: 'delay', op: '>', value: 3 },
            ],
          },
          reason: 'Trễ',
        },
      ],
      standards: [
        {
          id: 'kept',
          code: 'standard-kept',
          require: {
            not: {
              all: [
                { fact: 'late', op: '=', value: 1 },
                { fact: 'delay', op: '!=', value: 0 },
              ],
            },
          },
          reason: 'Đúng hạn',
        },
      ],
    }),
  );

  it('a numeric condition tested as a column says what the compiled condition says unit by unit', () => {
    const fact = fc.oneof(fc.constantFrom(0, 1, 2, 3, 4), fc.constant(undefined));
    fc.assert(
      fc.property(fc.array(fc.tuple(fact, fact), { maxLength: 20 }), (pairs) => {
        const n = pairs.length;
        const rows = pairs.map(([late, delay]) => [late, delay]);
        const columns = [0, 1].map((f) => Float64Array.from(rows, (r) => r[f] ?? NaN));
        const blockOf = new Int32Array(n);
        const inputs = { compiled: plan, blockOf, facts: rows, allStandards: true };
        const byColumns = applyRules({ ...inputs, numericFacts: columns, incomplete: new Uint8Array(n) });
        const byUnits = applyRules({
          ...inputs,
          numericFacts: [undefined, undefined],
          incomplete: new Uint8Array(n),
        });
        expect(byColumns).toEqual(byUnits);
      }),
      RUNS,
    );
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
              i === 0 ? 0 : (cc.sign * Math.round(cc.points(v) * scale + 1e-7)) / scale + 0,
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
          const ev = { totals, compiled: communes, facts: [] } as unknown as Evaluation;
          const cmp = rankComparator(ev);
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
