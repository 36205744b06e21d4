/**
 * Realistic units for any built-in plan, drawn from the plan itself: a value per criterion of its kind (Có/Không,
 * "85,5%", counts, scale labels), per target of its unit, a fact per fact of its type (per-year facts as
 * `{ "2021": … }`), individuals naming a collective of the request. Values lean to the good side so that awards
 * and decisions are granted often enough to be tested; sometimes a value is blank or unreadable.
 */
import fc from 'fast-check';
import type { CompiledPlan } from '../../src/engine/compile';

export type Unit = {
  id: string;
  name: string;
  block: string;
  values: Record<string, unknown>;
  facts: Record<string, unknown>;
  collective?: string;
};

/** What a unit may send for a value that is not known: blank or unreadable. */
export const BLANKS: readonly unknown[] = [null, ''];
export const UNREADABLE: readonly unknown[] = ['abc', '#N/A', 'Tốt lắm'];
const unknownHere = (v: unknown, required: boolean): boolean =>
  UNREADABLE.includes(v) || (required && BLANKS.includes(v));
export const isUnknown = (v: unknown): boolean => BLANKS.includes(v) || UNREADABLE.includes(v);

type Plan = CompiledPlan['plan'];
type Criterion = Plan['criteria'][number];
type Fact = NonNullable<Plan['facts']>[number];
type Target = NonNullable<Plan['targets']>[number];

const percent = (tenths: number) => `${(tenths / 10).toString().replace('.', ',')}%`;

/** A rate: mostly around its target, sometimes anywhere. */
function rate(target = 100): fc.Arbitrary<unknown> {
  const near = fc.integer({ min: Math.max(0, target * 10 - 150), max: Math.min(1000, target * 10 + 50) });
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant('100%') },
    { weight: 4, arbitrary: near.map(percent) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: 1000 }).map(percent) },
    { weight: 1, arbitrary: fc.integer({ min: 2, max: 100 }) },
  );
}

/** A valid value of a criterion, from its kind. */
export function validCriterionValue(c: Criterion): fc.Arbitrary<unknown> {
  const s = c.scoring as Record<string, unknown> & { kind: string };
  switch (s.kind) {
    case 'yesNo':
      return fc.oneof(
        { weight: 6, arbitrary: fc.constant('Có') },
        { weight: 2, arbitrary: fc.constant('Không') },
        { weight: 1, arbitrary: fc.constantFrom('x', 'Đạt', 'Không đạt', true, false) },
      );
    case 'rate':
      return rate(typeof s.target === 'number' ? s.target : 100);
    case 'count': {
      const target = typeof s.target === 'number' ? s.target : 10;
      return fc.oneof(fc.integer({ min: 0, max: target * 3 }), fc.integer({ min: 0, max: 250 }));
    }
    case 'scale': {
      const levels = (s.levels as { label: string; points: number }[]).map((l) => l.label);
      return fc.oneof(
        { weight: 5, arbitrary: fc.constant(levels[0]) },
        { weight: 2, arbitrary: fc.constantFrom(...levels) },
      );
    }
    default: {
      const max = typeof s.max === 'number' ? s.max : 10;
      return fc.integer({ min: 0, max: Math.round(max) });
    }
  }
}

/** The best value a criterion can be sent: never fewer points than any other. */
export function bestCriterionValue(c: Criterion): unknown {
  const s = c.scoring as Record<string, unknown> & { kind: string };
  switch (s.kind) {
    case 'yesNo':
      return 'Có';
    case 'rate':
      return '100%';
    case 'count':
      return 10000;
    case 'scale': {
      const levels = s.levels as { label: string; points: number }[];
      return [...levels].sort((a, b) => b.points - a.points)[0].label;
    }
    default:
      return typeof s.max === 'number' ? s.max : undefined;
  }
}

export function validTargetValue(t: Target): fc.Arbitrary<unknown> {
  if (t.unit === 'yesNo') return fc.constantFrom('Có', 'Có', 'Không');
  if (t.unit === 'number') return fc.integer({ min: 0, max: Math.round(t.target * 2) + 2 });
  return rate(t.target);
}

const BAD_BOOLEAN = /kyLuat|KyLuat|biKyLuat/;

function validScalar(f: Fact, type: string): fc.Arbitrary<unknown> {
  const scale = (f as { scale?: string[] }).scale ?? [];
  switch (type) {
    case 'boolean':
      return BAD_BOOLEAN.test(f.id)
        ? fc.oneof(
            { weight: 5, arbitrary: fc.constant('Không') },
            { weight: 1, arbitrary: fc.constant('Có') },
          )
        : fc.oneof(
            { weight: 5, arbitrary: fc.constant('Có') },
            { weight: 1, arbitrary: fc.constant('Không') },
          );
    case 'rating':
      // discipline: the first label is the good one; other scales: the top labels
      return /kyLuat/i.test(f.id)
        ? fc.oneof(
            { weight: 5, arbitrary: fc.constant(scale[0]) },
            { weight: 1, arbitrary: fc.constantFrom(...scale) },
          )
        : fc.oneof(
            { weight: 4, arbitrary: fc.constantFrom(...scale.slice(Math.max(0, scale.length - 3))) },
            { weight: 1, arbitrary: fc.constantFrom(...scale) },
          );
    case 'number':
    case 'count':
      return /KyLuat|late|Delay/i.test(f.id)
        ? fc.oneof(
            { weight: 5, arbitrary: fc.constant(0) },
            { weight: 1, arbitrary: fc.integer({ min: 0, max: 5 }) },
          )
        : fc.integer({ min: 0, max: 20 });
    case 'rate':
      return rate(100);
    case 'date':
      return fc.constantFrom('2022-03-30', '2022-03-15', '2022-04-20', '2026-01-25');
    case 'text':
      return fc.constantFrom(
        'Đơn vị dẫn đầu chuyển đổi số, hoàn thành vượt mức mọi chỉ tiêu được giao',
        'Tốt',
      );
    default:
      return fc.constant('Có');
  }
}

/** A fact: valid mostly, per-year facts one value per year (a year sometimes blank). */
function factValue(f: Fact, unknownWeight: number): fc.Arbitrary<unknown> {
  const type = f.type as string;
  // any text is readable: a text fact is only ever blank, never unreadable
  const unknown = type === 'text' ? fc.constantFrom(...BLANKS) : fc.constantFrom(...BLANKS, ...UNREADABLE);
  if (type.endsWith('ByYear')) {
    const years = ((f as { years?: number[] }).years ?? []).map(String);
    const scalar = type.replace('ByYear', '');
    const one = fc.oneof(
      { weight: 30, arbitrary: validScalar(f, scalar === 'rating' ? 'rating' : scalar) },
      { weight: unknownWeight, arbitrary: unknown },
    );
    return fc.tuple(...years.map(() => one)).map((vs) => Object.fromEntries(years.map((y, i) => [y, vs[i]])));
  }
  return fc.oneof(
    { weight: 30, arbitrary: validScalar(f, type) },
    { weight: unknownWeight, arbitrary: unknown },
  );
}

const applies = (appliesTo: readonly string[] | undefined, block: string) =>
  !appliesTo || appliesTo.includes(block);

/** One unit of a block (id given), its values and facts; individuals get their collective later. */
function unitOf(
  compiled: CompiledPlan,
  block: string,
  id: string,
  unknownWeight: number,
  strong: boolean,
): fc.Arbitrary<Unit> {
  const plan = compiled.plan;
  // a strong unit has most criteria at their best, so that the top tiers are contested
  const criterionValue = (c: Criterion) =>
    strong && bestCriterionValue(c) !== undefined
      ? fc.oneof(
          { weight: 8, arbitrary: fc.constant(bestCriterionValue(c)) },
          { weight: 1, arbitrary: validCriterionValue(c) },
        )
      : validCriterionValue(c);
  const maybe = (valid: fc.Arbitrary<unknown>) =>
    fc.oneof(
      { weight: 30, arbitrary: valid },
      { weight: unknownWeight, arbitrary: fc.constantFrom(...BLANKS, ...UNREADABLE) },
    );
  const values: Record<string, fc.Arbitrary<unknown>> = {};
  for (const c of plan.criteria) if (applies(c.appliesTo, block)) values[c.id] = maybe(criterionValue(c));
  for (const t of plan.targets ?? [])
    if (applies(t.appliesTo, block)) values[t.id] = maybe(validTargetValue(t));
  const facts: Record<string, fc.Arbitrary<unknown>> = {};
  for (const f of plan.facts ?? [])
    if (applies(f.appliesTo, block)) facts[f.id] = factValue(f, unknownWeight);
  return fc
    .record({ values: fc.record(values), facts: fc.record(facts) })
    .map(({ values: v, facts: f }) => ({ id, name: `Đơn vị ${id}`, block, values: v, facts: f }));
}

/**
 * A set of 1–maxUnits units of the plan, ids u00, u01, … (sorted order is not input order: the ids are shuffled
 * by the permutation properties). Individuals name a collective of the request (or, rarely, none).
 */
export function unitsOf(compiled: CompiledPlan, maxUnits = 8, unknownWeight = 2): fc.Arbitrary<Unit[]> {
  const blocks = compiled.plan.blocks.map((b) => b.id);
  return fc
    .array(fc.tuple(fc.constantFrom(...blocks), fc.boolean()), { minLength: 1, maxLength: maxUnits })
    .chain((bs) =>
      fc.tuple(
        ...bs.map(([b, strong], i) =>
          unitOf(compiled, b, `u${String(i).padStart(2, '0')}`, unknownWeight, strong),
        ),
      ),
    )
    .chain((units) => {
      const kind = (b: string) => compiled.plan.blocks.find((x) => x.id === b)?.kind ?? 'collective';
      const collectives = units.filter((u) => kind(u.block) === 'collective').map((u) => u.id);
      const individuals = units.filter((u) => kind(u.block) === 'individual');
      if (!individuals.length || !collectives.length) return fc.constant(units);
      return fc.tuple(...individuals.map(() => fc.constantFrom(...collectives))).map((of) => {
        individuals.forEach((u, i) => (u.collective = of[i]));
        return units;
      });
    });
}

/**
 * Fill every value and fact not known with a valid one (one completion of what is not known). A blank optional
 * target or fact is not "not known": it reads as not met / does not count (docs/targets-and-decisions.md), so it
 * stays blank; an unreadable one is filled.
 */
export function completionOf(compiled: CompiledPlan, units: Unit[]): fc.Arbitrary<Unit[]> {
  const plan = compiled.plan;
  const slots: {
    u: number;
    where: 'values' | 'facts';
    key: string;
    year?: string;
    arb: fc.Arbitrary<unknown>;
  }[] = [];
  units.forEach((unit, u) => {
    for (const c of plan.criteria)
      if (c.id in unit.values && unknownHere(unit.values[c.id], c.required !== false))
        slots.push({ u, where: 'values', key: c.id, arb: validCriterionValue(c) });
    for (const t of plan.targets ?? [])
      if (t.id in unit.values && unknownHere(unit.values[t.id], t.required !== false))
        slots.push({ u, where: 'values', key: t.id, arb: validTargetValue(t) });
    for (const f of plan.facts ?? []) {
      if (!(f.id in unit.facts)) continue;
      const v = unit.facts[f.id];
      const type = f.type as string;
      if (type.endsWith('ByYear') && v && typeof v === 'object') {
        for (const [y, yv] of Object.entries(v as Record<string, unknown>))
          if (unknownHere(yv, f.required !== false))
            slots.push({
              u,
              where: 'facts',
              key: f.id,
              year: y,
              arb: validScalar(f, type.replace('ByYear', '')),
            });
      } else if (unknownHere(v, f.required !== false))
        slots.push({ u, where: 'facts', key: f.id, arb: validScalar(f, type) });
    }
  });
  if (!slots.length) return fc.constant(units);
  return fc.tuple(...slots.map((s) => s.arb)).map((vals) => {
    const out: Unit[] = JSON.parse(JSON.stringify(units));
    slots.forEach((s, i) => {
      const rec = out[s.u][s.where];
      if (s.year !== undefined) (rec[s.key] as Record<string, unknown>)[s.year] = vals[i];
      else rec[s.key] = vals[i];
    });
    return out;
  });
}
