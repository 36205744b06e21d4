import type { Parsed } from '../values';
import type { CompiledPlan, CompiledRule } from './compile';
import { FALSE, TRUE, UNKNOWN, type FactValue } from './facts';
import type { ScoreOptions, UnitInput } from './types';

export const OK = 0;
export const MISSING = 1;
export const INVALID = 2;

/** Why a cell or fact could not be read; kept sparse (only for the units that have one). */
export interface ReadIssue {
  kind: 'criterion' | 'fact';
  id: string;
  status: typeof MISSING | typeof INVALID;
  raw: unknown;
  detail: string;
  detailEn: string;
}

/** What a rule said about a unit. */
export interface RuleOutcome {
  rule: CompiledRule;
  truth: number;
}

/**
 * The columnar result of scoring: one typed array per criterion, so the points pass
 * runs criterion by criterion over contiguous memory.
 */
export interface Evaluation {
  compiled: CompiledPlan;
  units: readonly UnitInput[];
  n: number;
  /** Block index per unit, -1 when the block is unknown. */
  blockOf: Int32Array;
  values: Float64Array[];
  status: Uint8Array[];
  /** Signed, rounded points per criterion. */
  points: Float64Array[];
  totals: Float64Array;
  incomplete: Uint8Array;
  excluded: Uint8Array;
  eligible: Uint8Array;
  issues: Map<number, ReadIssue[]>;
  /** Exclusions that applied and standards that failed or were unknown, per unit. */
  ruleOutcomes: Map<number, RuleOutcome[]>;
  facts: (FactValue | undefined)[][];
  unknownKeys: Map<number, string[]>;
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function readColumns(
  compiled: CompiledPlan,
  units: readonly UnitInput[],
  options: ScoreOptions = {},
): Pick<Evaluation, 'values' | 'status' | 'issues' | 'incomplete' | 'unknownKeys'> {
  const n = units.length;
  const rateScale = options.rateScale ?? 'auto';
  const issues = new Map<number, ReadIssue[]>();
  const incomplete = new Uint8Array(n);
  const unknownKeys = new Map<number, string[]>();
  const values: Float64Array[] = [];
  const status: Uint8Array[] = [];
  for (const cc of compiled.criteria) {
    const id = cc.criterion.id;
    const required = cc.criterion.required;
    const col = new Float64Array(n);
    const st = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const raw = units[i].values?.[id];
      const parsed: Parsed<number> = cc.read(raw, rateScale);
      if (parsed.ok) {
        col[i] = parsed.value;
        continue;
      }
      col[i] = NaN;
      st[i] = parsed.reason === 'missing' ? MISSING : INVALID;
      if (st[i] === MISSING && !required) continue;
      incomplete[i] = 1;
      addTo(issues, i, {
        kind: 'criterion',
        id,
        status: st[i] as 1 | 2,
        raw,
        detail: parsed.detail,
        detailEn: parsed.detailEn,
      });
    }
    values.push(col);
    status.push(st);
  }
  for (let i = 0; i < n; i++) {
    const vals = units[i].values;
    if (!vals) continue;
    for (const key of Object.keys(vals)) if (!compiled.criterionIndex.has(key)) addTo(unknownKeys, i, key);
  }
  return { values, status, issues, incomplete, unknownKeys };
}

export function computePoints(
  compiled: CompiledPlan,
  values: Float64Array[],
  status: Uint8Array[],
  n: number,
) {
  const scale = compiled.scale;
  const totals = new Float64Array(n);
  const points: Float64Array[] = [];
  for (let k = 0; k < compiled.criteria.length; k++) {
    const cc = compiled.criteria[k];
    const f = cc.points;
    const sign = cc.sign;
    const col = values[k];
    const st = status[k];
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      if (st[i] !== OK) continue;
      const p = (sign * Math.round(f(col[i]) * scale)) / scale;
      out[i] = p;
      totals[i] += p;
    }
    points.push(out);
  }
  for (let i = 0; i < n; i++) totals[i] = Math.round(totals[i] * scale) / scale;
  return { points, totals };
}

export function evaluate(
  compiled: CompiledPlan,
  units: readonly UnitInput[],
  options: ScoreOptions = {},
): Evaluation {
  const n = units.length;
  const read = readColumns(compiled, units, options);
  const { points, totals } = computePoints(compiled, read.values, read.status, n);

  const blockOf = new Int32Array(n);
  const single = compiled.plan.blocks.length === 1;
  for (let i = 0; i < n; i++) {
    const b = units[i].block;
    blockOf[i] = b === undefined || b === '' ? (single ? 0 : -1) : (compiled.blockIndex.get(b) ?? -1);
  }

  const F = compiled.facts.length;
  const facts: (FactValue | undefined)[][] = new Array(n);
  const excluded = new Uint8Array(n);
  const eligible = new Uint8Array(n);
  const ruleOutcomes = new Map<number, RuleOutcome[]>();
  const usedFacts = new Set<string>();
  for (const r of [...compiled.exclusions, ...compiled.standards]) r.factIds.forEach((f) => usedFacts.add(f));

  for (let i = 0; i < n; i++) {
    const row: (FactValue | undefined)[] = new Array(F);
    const rawFacts = units[i].facts ?? {};
    for (let f = 0; f < F; f++) {
      const fact = compiled.facts[f];
      const raw = rawFacts[fact.id];
      const parsed = compiled.factReaders[f](raw);
      if (parsed.ok) {
        row[f] = parsed.value;
        continue;
      }
      row[f] = undefined;
      if (parsed.reason === 'missing' && !fact.required && !usedFacts.has(fact.id)) continue;
      read.incomplete[i] = 1;
      addTo(read.issues, i, {
        kind: 'fact',
        id: fact.id,
        status: parsed.reason === 'missing' ? MISSING : INVALID,
        raw,
        detail: parsed.detail,
        detailEn: parsed.detailEn,
      });
    }
    facts[i] = row;
    const get = (id: string) => {
      const f = compiled.factIndex.get(id);
      return f === undefined ? undefined : row[f];
    };
    let ok = blockOf[i] >= 0;
    for (const rule of compiled.exclusions) {
      const t = rule.test(get);
      if (t === TRUE) excluded[i] = 1;
      if (t !== FALSE) {
        addTo(ruleOutcomes, i, { rule, truth: t });
        ok = false;
      }
    }
    for (const rule of compiled.standards) {
      const t = rule.test(get);
      if (t !== TRUE) {
        addTo(ruleOutcomes, i, { rule, truth: t });
        ok = false;
      }
      if (t === UNKNOWN) read.incomplete[i] = 1;
    }
    for (const o of ruleOutcomes.get(i) ?? []) if (o.truth === UNKNOWN) read.incomplete[i] = 1;
    eligible[i] = ok ? 1 : 0;
  }

  return {
    compiled,
    units,
    n,
    blockOf,
    values: read.values,
    status: read.status,
    points,
    totals,
    incomplete: read.incomplete,
    excluded,
    eligible,
    issues: read.issues,
    ruleOutcomes,
    facts,
    unknownKeys: read.unknownKeys,
  };
}
