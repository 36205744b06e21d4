import { isTypedDash, type Parsed, type RateReading } from '../values';
import { cleanObjectPrototype, forEachEntry, KeyColumns, type CellRead } from './cells';
import { appliesIn, type CompiledPlan, type CompiledRule } from './compile';
import type { FactValue } from './facts';
import { missingValuePolicy, type MissingValuePolicy } from './missing-policy';
import { own } from './own';
import { rateReader } from './rate-scale';
import { applyRules, type FactColumn } from './rules';
import {
  evaluationExtras,
  needsExtras,
  TARGET_AMBIGUOUS,
  TARGET_INVALID,
  TARGET_MISSING,
  TARGET_NOT_APPLICABLE,
  type EvaluationExtras,
} from './targets';
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

/** What a rule said about a unit. */
export interface RuleOutcome {
  rule: CompiledRule;
  truth: number;
}

/**
 * The result of scoring, in columns: one typed array per criterion, so the points pass runs criterion by
 * criterion over contiguous memory.
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
  /** Keys of a unit's `values` that are neither a criterion nor a target, in the unit's order. */
  unknownKeys: Map<number, string[]>;
  /** Keys of a unit's `facts` that are no fact of the plan (nor "<fact>_<year>" of a per-year fact). */
  unknownFacts: Map<number, string[]>;
  /** Targets, unit kinds and specific standards (plans with targets, individuals or decisions). */
  extras: EvaluationExtras;
  /** 'index' when the units already come in ascending id order; absent: rankAndAward sorts them by id. */
  idOrder?: 'index';
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

/** Column of a key that is a criterion or a target; a key the plan does not know; a key of a target not read. */
const UNKNOWN_KEY = -1;
const TARGET_KEY = -2;
/** A key of `facts` that is one year of a per-year fact ("<fact>_2021"). */
const YEAR_KEY = -2;

/**
 * Scores units under a compiled plan: every plan (criteria, targets, per-year facts, decisions, rate scales,
 * missing values), whatever the source (JSON, a sheet, the pane). One pass over the units reads each unit's cells
 * and facts into columns (each column remembering what its repeated values read as); the points kernels then
 * run criterion by criterion over the columns, and the rules over the fact columns.
 */
export function evaluate(
  compiled: CompiledPlan,
  units: readonly UnitInput[],
  options: ScoreOptions = {},
): Evaluation {
  const n = units.length;
  const blockOf = blocksOf(compiled, units);
  const read = readUnits(compiled, units, blockOf, rateReader(compiled.plan, options));
  const totals = computeTotals(compiled, read.values, read.status, n);
  const extrasNeeded = needsExtras(compiled);
  const rules = applyRules({
    compiled,
    blockOf,
    facts: read.facts,
    numericFacts: read.numericFacts,
    incomplete: read.incomplete,
    allStandards: extrasNeeded,
  });
  let points: Float64Array[] | undefined;
  return {
    compiled,
    units,
    n,
    blockOf,
    values: read.values,
    status: read.status,
    // computed when first read (an answer reads them all): ranking and the input hash do not need them
    get points() {
      return (points ??= computePoints(compiled, read.values, read.status, n));
    },
    totals,
    incomplete: read.incomplete,
    excluded: rules.excluded,
    eligible: rules.eligible,
    eligibilityUnknown: rules.eligibilityUnknown,
    missingPolicy: missingValuePolicy(compiled.plan, options),
    issues: read.issues,
    ruleOutcomes: rules.ruleOutcomes,
    facts: read.facts,
    unknownKeys: read.unknownKeys,
    unknownFacts: read.unknownFacts,
    extras: evaluationExtras({
      compiled,
      units,
      blockOf,
      standardTruth: rules.standardTruth,
      targetValues: read.targetValues,
      targetStatus: read.targetStatus,
    }),
    idOrder: inIdOrder(units) ? 'index' : undefined,
  };
}

function inIdOrder(units: readonly UnitInput[]): boolean {
  for (let i = 1; i < units.length; i++) if (!(units[i - 1].id < units[i].id)) return false;
  return true;
}

/** Status per reason a cell was not read: criteria use MISSING / INVALID / AMBIGUOUS, targets their own codes. */
const CRITERION_CODES = [MISSING, INVALID, AMBIGUOUS, NOT_APPLICABLE] as const;
const TARGET_CODES = [TARGET_MISSING, TARGET_INVALID, TARGET_AMBIGUOUS, TARGET_NOT_APPLICABLE] as const;
const reasonIndex = { missing: 0, invalid: 1, ambiguous: 2 } as const;

interface Read {
  values: Float64Array[];
  status: Uint8Array[];
  targetValues: Float64Array[];
  targetStatus: Uint8Array[];
  facts: (FactValue | undefined)[][];
  numericFacts: FactColumn[];
  incomplete: Uint8Array;
  issues: Map<number, ReadIssue[]>;
  unknownKeys: Map<number, string[]>;
  unknownFacts: Map<number, string[]>;
}

/**
 * Reads every unit once: its cells (criteria, then targets) into columns and its facts into a row, recording
 * why a value could not be read. A unit's problems are listed criteria first, then facts, then targets, each in
 * plan order. Keys of `values` that are neither a criterion nor a target, and keys of `facts` that are no fact, are
 * kept, in the unit's order.
 */
function readUnits(
  compiled: CompiledPlan,
  units: readonly UnitInput[],
  blockOf: Int32Array,
  reading: (...ids: string[]) => RateReading,
): Read {
  const n = units.length;
  const { plan } = compiled;
  const K = compiled.criteria.length;
  const targets = needsExtras(compiled) ? (plan.targets ?? []) : [];
  const C = K + targets.length;
  const readers: CellRead[] = [
    ...compiled.criteria.map((cc, k) => compiled.readers.cell(k, reading(cc.criterion.id))),
    ...targets.map((t, x) => compiled.readers.target(x, reading(t.id))),
  ];
  const blocks = [...compiled.criteria.map((cc) => cc.blocks ?? null), ...compiled.targetBlocks];
  const required = [...plan.criteria.map((c) => c.required), ...targets.map((t) => t.required)];
  const ids = [...plan.criteria.map((c) => c.id), ...targets.map((t) => t.id)];
  const values = Array.from({ length: C }, () => new Float64Array(n));
  const status = Array.from({ length: C }, () => new Uint8Array(n));
  const cellKeys = new KeyColumns((key) => {
    const k = compiled.criterionIndex.get(key);
    if (k !== undefined) return k;
    const t = compiled.targetIndex.get(key);
    return t === undefined ? UNKNOWN_KEY : targets.length ? K + t : TARGET_KEY;
  });
  const applies = applicability(blocks);

  const F = compiled.facts.length;
  const used = new Set<string>();
  for (const r of [...compiled.exclusions, ...compiled.standards.filter((s) => s.gate)])
    r.factIds.forEach((f) => used.add(f));
  const factReaders = compiled.facts.map((f, k) =>
    compiled.readers.fact(k, f.type === 'rate' ? reading(f.id) : 'percent'),
  );
  const seriesReaders = compiled.facts.map((f, k) =>
    f.years
      ? compiled.readers.series(
          k,
          f.years.map((year) => reading(`${f.id}_${year}`, f.id)),
        )
      : null,
  );
  // the years each per-year fact has, as the keys of its {"2021": …} object
  const yearsOf = compiled.facts.map((f) => (f.years ? new Set(f.years.map(String)) : null));
  const numericFacts: FactColumn[] = compiled.facts.map((f) =>
    f.type === 'number' || f.type === 'count' ? new Float64Array(n).fill(NaN) : undefined,
  );
  // one key per year of a per-year fact ("<fact>_2021") is read by readSeries, not by a column of its own
  const yearKeys = new Set(compiled.facts.flatMap((f) => (f.years ?? []).map((year) => `${f.id}_${year}`)));
  const factKeys = new KeyColumns(
    (key) => compiled.factIndex.get(key) ?? (yearKeys.has(key) ? YEAR_KEY : UNKNOWN_KEY),
  );
  const factApplies = applicability(compiled.factBlocks);

  const out: Read = {
    values: values.slice(0, K),
    status: status.slice(0, K),
    targetValues: values.slice(K),
    targetStatus: status.slice(K),
    facts: new Array<(FactValue | undefined)[]>(n),
    numericFacts,
    incomplete: new Uint8Array(n),
    issues: new Map(),
    unknownKeys: new Map(),
    unknownFacts: new Map(),
  };
  const { incomplete, issues, unknownKeys, unknownFacts } = out;
  // the raw value of column c (fact f) for unit i is cellRaw[c] (factRaw[f]) when cellSeen[c] === i
  const cellRaw: unknown[] = new Array<unknown>(C);
  const cellSeen = new Int32Array(C).fill(-1);
  const factRaw: unknown[] = new Array<unknown>(F);
  const factSeen = new Int32Array(F).fill(-1);

  const readCell = (i: number, c: number): void => {
    const codes = c < K ? CRITERION_CODES : TARGET_CODES;
    const raw = cellSeen[c] === i ? cellRaw[c] : undefined;
    const parsed = readers[c](raw);
    if (parsed.ok) {
      values[c][i] = parsed.value;
      return;
    }
    values[c][i] = NaN;
    const why = reasonIndex[parsed.reason];
    status[c][i] = codes[why];
    // a dash typed in an optional item is said on the unit; an empty optional cell is just not given
    if (why === 0 && !required[c] && !isTypedDash(raw)) return;
    incomplete[i] = 1;
    addTo(issues, i, issueOf(c < K ? 'criterion' : 'target', ids[c], why, raw, parsed));
  };
  const readFacts = (i: number): void => {
    const row = new Array<FactValue | undefined>(F);
    out.facts[i] = row;
    const factHere = factApplies(blockOf[i]);
    for (let f = 0; f < F; f++) {
      if (!factHere[f]) continue;
      const fact = compiled.facts[f];
      const series = seriesReaders[f];
      if (series) {
        row[f] = readSeries(series, units[i].facts ?? {}, fact, used.has(fact.id), compiled, i, out);
        for (const year of yearsOutside(units[i].facts, fact.id, yearsOf[f]))
          addTo(out.unknownFacts, i, `${fact.id}.${year}`);
        continue;
      }
      const raw = factSeen[f] === i ? factRaw[f] : undefined;
      const parsed = factReaders[f](raw);
      if (parsed.ok) {
        row[f] = parsed.value;
        const column = numericFacts[f];
        if (column) column[i] = parsed.value as number;
        continue;
      }
      row[f] = undefined;
      if (parsed.reason === 'missing' && !fact.required && !used.has(fact.id) && !isTypedDash(raw)) continue;
      incomplete[i] = 1;
      addTo(issues, i, issueOf('fact', fact.id, reasonIndex[parsed.reason], raw, parsed));
    }
  };

  const clean = cleanObjectPrototype();
  let current = 0;
  const takeCell = (j: number, key: string, value: unknown) => {
    const c = cellKeys.at(j, key);
    if (c >= 0) {
      cellRaw[c] = value;
      cellSeen[c] = current;
    } else if (c === UNKNOWN_KEY) addTo(unknownKeys, current, key);
  };
  const takeFact = (j: number, key: string, value: unknown) => {
    const f = factKeys.at(j, key);
    if (f < 0) {
      if (f === UNKNOWN_KEY) addTo(unknownFacts, current, key);
      return;
    }
    factRaw[f] = value;
    factSeen[f] = current;
  };

  for (let i = 0; i < n; i++) {
    const unit = units[i];
    current = i;
    if (typeof unit.values === 'object' && unit.values !== null) forEachEntry(unit.values, clean, takeCell);
    if (typeof unit.facts === 'object' && unit.facts !== null) forEachEntry(unit.facts, clean, takeFact);
    // criteria, then facts, then targets: a unit's problems are listed in that order
    const here = applies(blockOf[i]);
    for (let c = 0; c < K; c++) {
      if (here[c]) readCell(i, c);
      else {
        values[c][i] = NaN;
        status[c][i] = NOT_APPLICABLE;
      }
    }
    readFacts(i);
    for (let c = K; c < C; c++) {
      if (here[c]) readCell(i, c);
      else {
        values[c][i] = NaN;
        status[c][i] = TARGET_NOT_APPLICABLE;
      }
    }
  }
  return out;
}

/** Per block index (-1 included): 1 for each column that applies to it (a null set applies everywhere). */
function applicability(blocks: readonly (Set<number> | null | undefined)[]): (block: number) => Uint8Array {
  const byBlock = new Map<number, Uint8Array>();
  return (block) => {
    let mask = byBlock.get(block);
    if (!mask) {
      mask = Uint8Array.from(blocks, (set) => (appliesIn(set, block) ? 1 : 0));
      byBlock.set(block, mask);
    }
    return mask;
  };
}

function issueOf(
  kind: ReadIssue['kind'],
  id: string,
  why: 0 | 1 | 2,
  raw: unknown,
  parsed: Extract<Parsed<unknown>, { ok: false }>,
): ReadIssue {
  return {
    kind,
    id,
    status: CRITERION_CODES[why] as ReadIssue['status'],
    raw,
    detail: parsed.detail,
    detailEn: parsed.detailEn,
    ...(parsed.readings ? { readings: parsed.readings } : {}),
  };
}

export const POINTS_TILE = 2048;

/**
 * Totals, criterion by criterion within cache-sized tiles of units (so the running totals stay in L1), each
 * criterion through its kernel into a tile buffer; totals are rounded while the tile is in cache.
 */
export function computeTotals(
  compiled: CompiledPlan,
  values: Float64Array[],
  status: Uint8Array[],
  n: number,
): Float64Array {
  const { scale, kernels } = compiled;
  const totals = new Float64Array(n);
  const tile = new Float64Array(POINTS_TILE);
  for (let from = 0; from < n; from += POINTS_TILE) {
    const to = Math.min(n, from + POINTS_TILE);
    for (let k = 0; k < kernels.length; k++) kernels[k](values[k], status[k], tile, from, totals, from, to);
    for (let i = from; i < to; i++) totals[i] = Math.round(totals[i] * scale) / scale;
  }
  return totals;
}

/** Every criterion's points, by the same kernels as the totals (so a total is the sum of the points shown). */
export function computePoints(
  compiled: CompiledPlan,
  values: Float64Array[],
  status: Uint8Array[],
  n: number,
): Float64Array[] {
  const scratch = new Float64Array(n);
  return compiled.kernels.map((kernel, k) => {
    const column = new Float64Array(n);
    kernel(values[k], status[k], column, 0, scratch, 0, n);
    return column;
  });
}

/**
 * Years sent for a per-year fact that the fact does not have ({"cchc": {"1999": …}}): read by nothing, so said on
 * the unit as "<fact>.<year>" among its unknown fact keys.
 */
function yearsOutside(
  facts: UnitInput['facts'],
  factId: string,
  years: ReadonlySet<string> | null,
): string[] {
  const raw = facts && typeof facts === 'object' ? own(facts, factId) : undefined;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || !years) return [];
  return Object.keys(raw).filter((year) => !years.has(year));
}

/** A per-year fact: missing years up to the review year (all years without one) make the unit incomplete. */
function readSeries(
  reader: ReturnType<CompiledPlan['readers']['series']>,
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
