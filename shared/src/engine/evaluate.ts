import type { Parsed } from '../values';
import type { CompiledPlan, CompiledRule } from './compile';
import { pointsKernel } from './kernels';
import { own } from './own';
import { factReader, FALSE, TRUE, UNKNOWN, yearSeriesReader, type FactValue } from './facts';
import { missingValuePolicy, type MissingValuePolicy } from './missing-policy';
import { rateReader } from './rate-scale';
import { evaluateExtras, type EvaluationExtras } from './targets';
import type { ScoreOptions, UnitInput } from './types';

export const OK = 0;
export const MISSING = 1;
export const INVALID = 2;
/** A plain number in (0, 1] whose rate scale is unknown: 0 points provisionally, its two readings kept. */
export const AMBIGUOUS = 3;
/** The criterion does not apply to the unit's block (criteria `appliesTo`): not read, not in its total or max. */
export const NOT_APPLICABLE = 4;

/** Why a cell or fact could not be read; kept sparse (only for the units that have one). */
export interface ReadIssue {
  kind: 'criterion' | 'fact' | 'target';
  id: string;
  status: typeof MISSING | typeof INVALID | typeof AMBIGUOUS;
  raw: unknown;
  detail: string;
  detailEn: string;
  /** Ambiguous rate: the value read as a percent and as a fraction (both in %). */
  readings?: [number, number];
}

const statusOf = (reason: 'missing' | 'invalid' | 'ambiguous') =>
  reason === 'missing' ? MISSING : reason === 'ambiguous' ? AMBIGUOUS : INVALID;

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
  /**
   * 1 when the unit is not eligible only because an exclusion or a standard is unknown (a fact missing or
   * unreadable): eligible at best, ineligible at worst. Its awards and those it could change are held.
   */
  eligibilityUnknown?: Uint8Array;
  /** Per unit: hold the awards a missing or unreadable value could change, or score it 0 (awards.missingValues). */
  missingPolicy?: MissingValuePolicy;
  issues: Map<number, ReadIssue[]>;
  /** Exclusions that applied and standards that failed or were unknown, per unit. */
  ruleOutcomes: Map<number, RuleOutcome[]>;
  facts: (FactValue | undefined)[][];
  unknownKeys: Map<number, string[]>;
  /** Targets, unit kinds and specific standards (plans with targets, individuals or decisions). */
  extras?: EvaluationExtras;
  /**
   * Unit indices in ascending id order when the caller knows it (numeric ids), 'index' when the units already
   * come in id order; absent: rankAndAward sorts by id.
   */
  idOrder?: Uint32Array | 'index';
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Block index per unit, -1 when the block is unknown (a plan with one block takes units without a block). */
export function blocksOf(compiled: CompiledPlan, units: readonly UnitInput[]): Int32Array {
  const n = units.length;
  const blockOf = new Int32Array(n);
  const single = compiled.plan.blocks.length === 1;
  for (let i = 0; i < n; i++) {
    const b = units[i].block;
    blockOf[i] = b === undefined || b === '' ? (single ? 0 : -1) : (compiled.blockIndex.get(b) ?? -1);
  }
  return blockOf;
}

export function readColumns(
  compiled: CompiledPlan,
  units: readonly UnitInput[],
  options: ScoreOptions = {},
  blockOf: Int32Array = blocksOf(compiled, units),
): Pick<Evaluation, 'values' | 'status' | 'issues' | 'incomplete' | 'unknownKeys'> {
  const n = units.length;
  const reading = rateReader(compiled.plan, options);
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
    const scale = reading(id);
    const blocks = cc.blocks;
    for (let i = 0; i < n; i++) {
      if (blocks && !blocks.has(blockOf[i])) {
        col[i] = NaN;
        st[i] = NOT_APPLICABLE;
        continue;
      }
      const raw = own(units[i].values, id);
      const parsed: Parsed<number> = cc.read(raw, scale);
      if (parsed.ok) {
        col[i] = parsed.value;
        continue;
      }
      col[i] = NaN;
      st[i] = statusOf(parsed.reason);
      if (st[i] === MISSING && !required) continue;
      incomplete[i] = 1;
      addTo(issues, i, {
        kind: 'criterion',
        id,
        status: st[i] as 1 | 2 | 3,
        raw,
        detail: parsed.detail,
        detailEn: parsed.detailEn,
        ...(parsed.readings ? { readings: parsed.readings } : {}),
      });
    }
    values.push(col);
    status.push(st);
  }
  for (let i = 0; i < n; i++) {
    const vals = units[i].values;
    if (!vals) continue;
    for (const key of Object.keys(vals))
      if (!compiled.criterionIndex.has(key) && !compiled.targetIndex.has(key)) addTo(unknownKeys, i, key);
  }
  return { values, status, issues, incomplete, unknownKeys };
}

export const POINTS_TILE = 2048;

export function computePoints(
  compiled: CompiledPlan,
  values: Float64Array[],
  status: Uint8Array[],
  n: number,
) {
  const scale = compiled.scale;
  const totals = new Float64Array(n);
  const points: Float64Array[] = [];
  const kernels = compiled.criteria.map((cc) => pointsKernel(cc, scale));
  for (let k = 0; k < kernels.length; k++) points.push(new Float64Array(n));
  // criterion by criterion within cache-sized tiles of units, so the running totals stay in L1
  for (let from = 0; from < n; from += POINTS_TILE) {
    const to = Math.min(n, from + POINTS_TILE);
    for (let k = 0; k < kernels.length; k++) kernels[k](values[k], status[k], points[k], 0, totals, from, to);
  }
  for (let i = 0; i < n; i++) totals[i] = Math.round(totals[i] * scale) / scale;
  return { points, totals };
}

/** A per-year fact: missing years up to the review year (all years without one) make the unit incomplete. */
function readSeries(
  reader: ReturnType<typeof yearSeriesReader>,
  rawFacts: Record<string, unknown>,
  fact: CompiledPlan['facts'][number],
  used: boolean,
  compiled: CompiledPlan,
  i: number,
  read: Pick<Evaluation, 'incomplete' | 'issues'>,
): FactValue {
  const { series, issues } = reader(rawFacts);
  const reviewYear = compiled.plan.awards.reviewYear;
  const counted = issues.filter(
    (x) =>
      x.reason !== 'missing' ||
      ((fact.required || used) && (reviewYear === undefined || x.year <= reviewYear)),
  );
  if (counted.length) {
    read.incomplete[i] = 1;
    addTo(read.issues, i, {
      kind: 'fact',
      id: fact.id,
      status: counted.some((x) => x.reason === 'ambiguous')
        ? AMBIGUOUS
        : counted.some((x) => x.reason === 'invalid')
          ? INVALID
          : MISSING,
      raw: own(rawFacts, fact.id),
      detail: counted.map((x) => `năm ${x.year}: ${x.detail}`).join('; '),
      detailEn: counted.map((x) => `${x.year}: ${x.detailEn}`).join('; '),
    });
  }
  return series;
}

export function evaluate(
  compiled: CompiledPlan,
  units: readonly UnitInput[],
  options: ScoreOptions = {},
): Evaluation {
  const n = units.length;
  const blockOf = blocksOf(compiled, units);
  const read = readColumns(compiled, units, options, blockOf);
  const { points, totals } = computePoints(compiled, read.values, read.status, n);

  const F = compiled.facts.length;
  const facts: (FactValue | undefined)[][] = new Array(n);
  const excluded = new Uint8Array(n);
  const eligible = new Uint8Array(n);
  const ruleOutcomes = new Map<number, RuleOutcome[]>();
  const usedFacts = new Set<string>();
  for (const r of [...compiled.exclusions, ...compiled.standards.filter((s) => s.gate)])
    r.factIds.forEach((f) => usedFacts.add(f));
  const reading = rateReader(compiled.plan, options);
  const seriesReaders = compiled.facts.map((f) =>
    f.years ? yearSeriesReader(f, (year) => reading(`${f.id}_${year}`, f.id)) : null,
  );
  const factReaders = compiled.facts.map((f, k) =>
    f.type === 'rate' ? factReader(f, reading(f.id)) : compiled.factReaders[k],
  );
  const eligibilityUnknown = new Uint8Array(n);

  for (let i = 0; i < n; i++) {
    const row: (FactValue | undefined)[] = new Array(F);
    const rawFacts = units[i].facts ?? {};
    for (let f = 0; f < F; f++) {
      const fact = compiled.facts[f];
      const applies = compiled.factBlocks[f];
      if (applies && !applies.has(blockOf[i])) continue;
      const seriesReader = seriesReaders[f];
      if (seriesReader) {
        row[f] = readSeries(seriesReader, rawFacts, fact, usedFacts.has(fact.id), compiled, i, read);
        continue;
      }
      const raw = own(rawFacts, fact.id);
      const parsed = factReaders[f](raw);
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
        status: statusOf(parsed.reason),
        raw,
        detail: parsed.detail,
        detailEn: parsed.detailEn,
        ...(parsed.readings ? { readings: parsed.readings } : {}),
      });
    }
    facts[i] = row;
    const get = (id: string) => {
      const f = compiled.factIndex.get(id);
      return f === undefined ? undefined : row[f];
    };
    let ok = blockOf[i] >= 0;
    let unknown = false;
    let failed = false;
    for (const rule of compiled.exclusions) {
      const t = rule.test(get);
      if (t === TRUE) excluded[i] = 1;
      if (t !== FALSE) {
        addTo(ruleOutcomes, i, { rule, truth: t });
        ok = false;
        if (t === UNKNOWN) unknown = true;
        else failed = true;
      }
    }
    for (const rule of compiled.standards) {
      if (!rule.gate || (rule.blocks && !rule.blocks.has(blockOf[i]))) continue;
      const t = rule.test(get);
      if (t !== TRUE) {
        addTo(ruleOutcomes, i, { rule, truth: t });
        ok = false;
        if (t === UNKNOWN) unknown = true;
        else failed = true;
      }
      if (t === UNKNOWN) read.incomplete[i] = 1;
    }
    for (const o of ruleOutcomes.get(i) ?? []) if (o.truth === UNKNOWN) read.incomplete[i] = 1;
    eligible[i] = ok ? 1 : 0;
    if (unknown && !failed && blockOf[i] >= 0) eligibilityUnknown[i] = 1;
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
    eligibilityUnknown,
    missingPolicy: missingValuePolicy(compiled.plan, options),
    issues: read.issues,
    ruleOutcomes,
    facts,
    unknownKeys: read.unknownKeys,
    extras: evaluateExtras(compiled, units, blockOf, facts, read.incomplete, read.issues, options),
  };
}
