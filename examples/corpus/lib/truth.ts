/**
 * Ground truth of a corpus workbook: what the official means by each cell, independent of any reader. Totals are the
 * engine's, computed from the truth values (never hand-typed).
 */
import {
  scoreRequest,
  builtInPlan,
  type UnitInput,
  type UnitResult,
  type Criterion,
  type Fact,
  type Plan,
  type Target,
} from '@thidua/core';

/** A value as the official means it: a rate in percent (87.5), a count, true/false, a scale label, an ISO date. */
export type Meaning = number | boolean | string;

export interface TruthUnit {
  id: string;
  name: string;
  /** Other spellings of the name a reader may fairly take from the sheet ("UBND xã Tân Long" for "Xã Tân Long"). */
  aliases?: string[];
  block: string;
  /** The sheet the unit's values are on. */
  sheet: string;
  /** An individual's collective (its id). */
  collective?: string;
  /** Criteria and targets (chỉ tiêu) by id. A rate may be true/false where the sheet only says "Đạt"/"Chưa đạt". */
  values: Record<string, Meaning>;
  /** Facts by id; a per-year fact is one key per year, "<factId>_<year>", as a sheet's year columns give them. */
  facts: Record<string, Meaning>;
}

/** One column (or, for criteria in rows, one row) of a data sheet and what it feeds: an id of the plan, or "ignore". */
export interface TruthLine {
  sheet: string;
  column?: string;
  row?: number;
  header: string;
  target: string;
}

export interface TruthTotal {
  id: string;
  name: string;
  block: string;
  total: number;
  maxTotal: number;
  eligible: boolean;
  excluded: boolean;
  rank: number | null;
  award: string | null;
  /** Plans with targets: "met/applicable". */
  targetsMet?: string;
  /** Plans with award decisions: the ids granted. */
  decisions?: string[];
}

export interface Truth {
  file: string;
  plan: string;
  description: string;
  shapes: string[];
  /** "read": a reader must give exactly these units and values; "refuse": it must stop with a clear message. */
  expect: 'read' | 'refuse';
  reason?: string;
  /**
   * For a refusal: groups of words the message must contain (each group: any one of its words, case and diacritics
   * ignored), so a refusal for another reason ("nothing maps") is not counted as the right one.
   */
  mentions?: string[][];
  dataSheets: string[];
  units: TruthUnit[];
  lines: TruthLine[];
  totals: TruthTotal[];
}

export type PlanItem =
  | { kind: 'criterion'; criterion: Criterion }
  | { kind: 'target'; target: Target }
  | { kind: 'fact'; fact: Fact; year?: number };

export function planOf(id: string): Plan {
  const compiled = builtInPlan(id);
  if (!compiled) throw new Error(`no built-in plan ${id}`);
  return compiled.plan;
}

/** Every id a column may feed: criteria, targets, facts, and "<fact>_<year>" for each year of a per-year fact. */
export function planItems(plan: Plan): Map<string, PlanItem> {
  const items = new Map<string, PlanItem>();
  for (const c of plan.criteria) items.set(c.id, { kind: 'criterion', criterion: c });
  for (const t of plan.targets ?? []) items.set(t.id, { kind: 'target', target: t });
  for (const f of plan.facts) {
    const years = (f as { years?: number[] }).years;
    if (/ByYear$/.test(f.type) && years)
      for (const y of years) items.set(`${f.id}_${y}`, { kind: 'fact', fact: f, year: y });
    else items.set(f.id, { kind: 'fact', fact: f });
  }
  return items;
}

const percentText = (n: number) => `${String(n).replace('.', ',')}%`;

/** The meaning written the way the engine reads it without doubt ("0,8%" rather than 0.8, which reads as 80%). */
export function engineValue(item: PlanItem | undefined, meaning: Meaning): Meaning {
  if (!item) return meaning;
  const isRate =
    (item.kind === 'criterion' && item.criterion.scoring.kind === 'rate') ||
    (item.kind === 'target' && item.target.unit === '%');
  if (isRate && typeof meaning === 'boolean') return meaning ? '100%' : '0%';
  if (isRate && typeof meaning === 'number') return percentText(meaning);
  return meaning;
}

export function engineUnits(plan: Plan, units: TruthUnit[]): UnitInput[] {
  const items = planItems(plan);
  const convert = (record: Record<string, Meaning>) =>
    Object.fromEntries(Object.entries(record).map(([k, v]) => [k, engineValue(items.get(k), v)]));
  return units.map((u) => ({
    id: u.id,
    name: u.name,
    block: u.block,
    values: convert(u.values),
    ...(Object.keys(u.facts).length ? { facts: convert(u.facts) } : {}),
    ...(u.collective ? { collective: u.collective } : {}),
  }));
}

/** Scores the truth with the engine (the same facade the CLI and the API use). */
export function scoreTruth(plan: Plan, units: TruthUnit[]): UnitResult[] {
  const outcome = scoreRequest({ plan: plan.id, units: engineUnits(plan, units), options: { lang: 'vi' } });
  if (!outcome.ok)
    throw new Error(`${plan.id}: truth does not score: ${outcome.title} ${JSON.stringify(outcome.problems)}`);
  return outcome.response.results;
}

export function totalOf(u: UnitResult): TruthTotal {
  const targets = u.targets ?? [];
  return {
    id: u.unitId,
    name: u.name,
    block: u.block,
    total: u.total,
    maxTotal: u.maxTotal,
    eligible: u.eligible,
    excluded: u.excluded,
    rank: u.rank,
    award: u.award?.name ?? null,
    ...(targets.length ? { targetsMet: `${targets.filter((t) => t.met).length}/${targets.length}` } : {}),
    ...(u.decisions ? { decisions: u.decisions.filter((d) => d.granted).map((d) => d.id) } : {}),
  };
}
