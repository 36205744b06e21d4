import type { CompiledPlan, CompiledRule } from './compile';
import type { Condition } from '../plan/conditions';
import { pointsKernel } from './kernels';
import { POINTS_TILE, INVALID, MISSING, type Evaluation, type ReadIssue, type RuleOutcome } from './evaluate';
import { FALSE, TRUE, UNKNOWN, type FactValue, type Truth } from './facts';
import type { UnitInput } from './types';

/** One fact per unit, already read: numbers in a Float64Array (NaN = missing), anything else in an array. */
export type FactColumn = Float64Array | readonly (FactValue | undefined)[];

/**
 * Units already parsed into columns (e.g. by `readColumns`, a sheet reader or a generator): the input of a
 * columnar engine. Column k belongs to `compiled.criteria[k]`, fact column f to `compiled.facts[f]`.
 */
export interface UnitColumns {
  /** Unit ids; numeric ids (Uint32Array) rank ties by number and avoid string compares. */
  ids: readonly string[] | Uint32Array;
  names?: readonly (string | undefined)[];
  /** Block index per unit (-1 = unknown); defaults to block 0 when the plan has a single block. */
  blockOf?: Int32Array;
  values: Float64Array[];
  /** OK / MISSING / INVALID per cell; defaults to OK for numbers and MISSING for NaN. */
  status?: Uint8Array[];
  /** Why cells could not be read (from `readColumns`); a generic reason is used for cells not listed. */
  issues?: Map<number, ReadIssue[]>;
  facts?: FactColumn[];
  unknownKeys?: Map<number, string[]>;
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const UNREADABLE = { detail: 'giá trị không đọc được', detailEn: 'value could not be read' };
const EMPTY = { detail: 'trống', detailEn: 'empty' };

function factAt(column: FactColumn | undefined, i: number, isBoolean: boolean): FactValue | undefined {
  if (column === undefined) return undefined;
  const v = column[i];
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return undefined;
    return isBoolean ? v !== 0 : v;
  }
  return v;
}

/** A read-only array whose rows are built on demand, so 10^6 units need no 10^6 row objects. */
function lazyRows<T>(n: number, row: (i: number) => T): T[] {
  const indexOf = (key: string | symbol) => {
    if (typeof key !== 'string') return -1;
    const i = Number(key);
    return Number.isInteger(i) && i >= 0 && i < n && key === String(i) ? i : -1;
  };
  return new Proxy([] as T[], {
    get(target, key, receiver) {
      if (key === 'length') return n;
      const i = indexOf(key);
      return i >= 0 ? row(i) : (Reflect.get(target, key, receiver) as unknown);
    },
    has: (target, key) => indexOf(key) >= 0 || key in target,
  });
}

function markIncomplete(
  compiled: CompiledPlan,
  status: Uint8Array[],
  unread: Int32Array,
  given: Map<number, ReadIssue[]> | undefined,
  incomplete: Uint8Array,
  issues: Map<number, ReadIssue[]>,
): void {
  const listed = (i: number, id: string) => given?.get(i)?.some((x) => x.kind === 'criterion' && x.id === id);
  compiled.criteria.forEach((cc, k) => {
    if (unread[k] === 0) return;
    const st = status[k];
    const id = cc.criterion.id;
    const flag = (code: typeof MISSING | typeof INVALID) => {
      // indexOf is a native scan: cheap when, as usual, almost every cell is OK
      for (let i = st.indexOf(code); i >= 0; i = st.indexOf(code, i + 1)) {
        incomplete[i] = 1;
        if (!listed(i, id))
          addTo(issues, i, {
            kind: 'criterion',
            id,
            status: code,
            raw: undefined,
            ...(code === MISSING ? EMPTY : UNREADABLE),
          });
      }
    };
    flag(INVALID);
    if (cc.criterion.required) flag(MISSING);
  });
}

/**
 * Scores units given as columns: the same `Evaluation` as `evaluate` (so `rankAndAward` and `buildResponse`
 * apply unchanged) without a row object per unit. Points come from the same `computePoints`.
 */
export function evaluateColumns(compiled: CompiledPlan, input: UnitColumns): Evaluation {
  const n = input.ids.length;
  const { plan } = compiled;
  const unsupported = columnarUnsupported(compiled);
  if (unsupported) throw new Error(`evaluateColumns: ${unsupported}; use evaluate() for this plan`);
  const values = input.values;
  const status =
    input.status ??
    values.map((col) => {
      const st = new Uint8Array(n);
      for (let i = 0; i < n; i++) if (Number.isNaN(col[i])) st[i] = MISSING;
      return st;
    });
  const issues = new Map<number, ReadIssue[]>(input.issues ?? []);
  const incomplete = new Uint8Array(n);
  const { points, totals, unread } = totalsWithLazyPoints(compiled, values, status, n);
  markIncomplete(compiled, status, unread, input.issues, incomplete, issues);

  const blockOf = input.blockOf ?? new Int32Array(n).fill(plan.blocks.length === 1 ? 0 : -1);

  const booleanFact = compiled.facts.map((f) => f.type === 'boolean');
  const factColumns = input.facts ?? [];
  const factRow = (i: number) => compiled.facts.map((_, f) => factAt(factColumns[f], i, booleanFact[f]));
  const usedFacts = new Set<string>();
  for (const r of [...compiled.exclusions, ...compiled.standards.filter((s) => s.gate)])
    r.factIds.forEach((f) => usedFacts.add(f));
  compiled.facts.forEach((fact, f) => {
    if (!fact.required && !usedFacts.has(fact.id)) return;
    const column = factColumns[f];
    const applies = compiled.factBlocks[f];
    const numbers = column instanceof Float64Array ? column : undefined;
    for (let i = 0; i < n; i++) {
      if (numbers ? numbers[i] === numbers[i] : column?.[i] !== undefined) continue; // NaN: a missing number
      if (applies && !applies.has(blockOf[i])) continue;
      incomplete[i] = 1;
      addTo(issues, i, { kind: 'fact', id: fact.id, status: MISSING, raw: undefined, ...EMPTY });
    }
  });

  let cursor = 0;
  const get = (id: string) => {
    const f = compiled.factIndex.get(id);
    return f === undefined ? undefined : factAt(factColumns[f], cursor, booleanFact[f]);
  };
  const truthOf = (rule: CompiledRule, cond: Condition): Int8Array => {
    const column = columnTruth(cond, compiled, factColumns, n);
    if (column) return column;
    const truth = new Int8Array(n);
    for (cursor = 0; cursor < n; cursor++) truth[cursor] = rule.test(get);
    return truth;
  };
  const exclusionTruths = compiled.exclusions.map((rule, r) => truthOf(rule, plan.exclusions[r].when));
  const standardTruths = compiled.standards.map((rule, r) => truthOf(rule, plan.standards[r].require));

  // rule by rule over the truth columns; per unit, outcomes keep the order of evaluate (exclusions, then standards)
  const excluded = new Uint8Array(n);
  const eligible = new Uint8Array(n);
  const ruleOutcomes = new Map<number, RuleOutcome[]>();
  // 1 = a rule unknown, 2 = a rule failed: eligibility is unknown only when nothing failed (as in evaluate)
  const ruleState = new Uint8Array(n);
  for (let i = 0; i < n; i++) eligible[i] = blockOf[i] >= 0 ? 1 : 0;
  compiled.exclusions.forEach((rule, r) => {
    const truth = exclusionTruths[r];
    for (let i = 0; i < n; i++) {
      const t = truth[i] as Truth;
      if (t === FALSE) continue;
      if (t === TRUE) excluded[i] = 1;
      else incomplete[i] = 1;
      ruleState[i] |= t === TRUE ? 2 : 1;
      addTo(ruleOutcomes, i, { rule, truth: t });
      eligible[i] = 0;
    }
  });
  compiled.standards.forEach((rule, r) => {
    if (!rule.gate) return;
    const truth = standardTruths[r];
    for (let i = 0; i < n; i++) {
      const t = truth[i] as Truth;
      if (t === TRUE || (rule.blocks && !rule.blocks.has(blockOf[i]))) continue;
      if (t === UNKNOWN) incomplete[i] = 1;
      ruleState[i] |= t === UNKNOWN ? 1 : 2;
      addTo(ruleOutcomes, i, { rule, truth: t });
      eligible[i] = 0;
    }
  });
  const eligibilityUnknown = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (ruleState[i] === 1 && blockOf[i] >= 0) eligibilityUnknown[i] = 1;

  const ids = input.ids;
  const numericIds = ids instanceof Uint32Array;
  const idOf = numericIds ? (i: number) => String(ids[i]) : (i: number) => (ids as readonly string[])[i];
  const units = lazyRows<UnitInput>(n, (i) => {
    const b = blockOf[i];
    return {
      id: idOf(i),
      ...(input.names?.[i] !== undefined ? { name: input.names[i] } : {}),
      ...(b >= 0 && b < plan.blocks.length ? { block: plan.blocks[b].id } : {}),
      values: {},
    };
  });

  return {
    compiled,
    units,
    n,
    blockOf,
    values,
    status,
    points,
    totals,
    incomplete,
    excluded,
    eligible,
    eligibilityUnknown,
    issues,
    ruleOutcomes,
    facts: lazyRows(n, factRow),
    unknownKeys: input.unknownKeys ?? new Map(),
    idOrder: numericIds ? numericOrder(ids) : undefined,
  };
}

/** Unit indices in ascending numeric id order; 'index' for generated, already ordered ids. */
function numericOrder(ids: Uint32Array): Uint32Array | 'index' {
  for (let i = 1; i < ids.length; i++)
    if (ids[i] < ids[i - 1]) return Uint32Array.from(ids, (_, j) => j).sort((a, b) => ids[a] - ids[b]);
  return 'index';
}

/** Totals in one tiled pass of the kernels; each criterion's points column is computed when first read. */
function totalsWithLazyPoints(
  compiled: CompiledPlan,
  values: Float64Array[],
  status: Uint8Array[],
  n: number,
) {
  const scale = compiled.scale;
  const kernels = compiled.criteria.map((cc) => pointsKernel(cc, scale));
  const totals = new Float64Array(n);
  const tile = new Float64Array(POINTS_TILE);
  const unread = new Int32Array(kernels.length);
  for (let from = 0; from < n; from += POINTS_TILE) {
    const to = Math.min(n, from + POINTS_TILE);
    for (let k = 0; k < kernels.length; k++)
      unread[k] += kernels[k](values[k], status[k], tile, from, totals, from, to);
    for (let i = from; i < to; i++) totals[i] = Math.round(totals[i] * scale) / scale; // while in cache
  }
  const columns: Float64Array[] = [];
  let scratch: Float64Array | undefined;
  const points = lazyRows(kernels.length, (k) => {
    if (!columns[k]) {
      const column = new Float64Array(n);
      scratch ??= new Float64Array(n);
      kernels[k](values[k], status[k], column, 0, scratch, 0, n);
      columns[k] = column;
    }
    return columns[k];
  });
  return { totals, points, unread };
}

const LEAF_KEYS = new Set(['fact', 'op', 'value']);

/**
 * A rule's truth for every unit at once, for the common shape: numeric facts compared with numbers, combined
 * with all/any/not (the same three-valued logic as compileCondition). Undefined for anything else, which is
 * then tested unit by unit with the compiled rule.
 */
function columnTruth(
  cond: Condition,
  compiled: CompiledPlan,
  factColumns: FactColumn[],
  n: number,
): Int8Array | undefined {
  const parts = 'all' in cond ? cond.all : 'any' in cond ? cond.any : 'not' in cond ? [cond.not] : undefined;
  if (parts) {
    const truths = parts.map((c) => columnTruth(c, compiled, factColumns, n));
    if (truths.some((t) => t === undefined)) return undefined;
    const cols = truths as Int8Array[];
    const out = new Int8Array(n);
    const isAll = 'all' in cond;
    for (let i = 0; i < n; i++) {
      if ('not' in cond) {
        const t = cols[0][i];
        out[i] = t === UNKNOWN ? UNKNOWN : t === TRUE ? FALSE : TRUE;
        continue;
      }
      let result: number = isAll ? TRUE : FALSE;
      for (const col of cols) {
        const t = col[i];
        if (t === (isAll ? FALSE : TRUE)) {
          result = t;
          break;
        }
        if (t === UNKNOWN) result = UNKNOWN;
      }
      out[i] = result;
    }
    return out;
  }
  if (!Object.keys(cond).every((key) => LEAF_KEYS.has(key))) return undefined;
  const { fact: factId, op, value } = cond as { fact: string; op: string; value: unknown };
  const f = compiled.factIndex.get(factId);
  const column = f === undefined ? undefined : factColumns[f];
  const type = f === undefined ? undefined : compiled.facts[f].type;
  if (
    typeof value !== 'number' ||
    !(column instanceof Float64Array) ||
    (type !== 'number' && type !== 'count')
  )
    return undefined;
  return compareColumn(column, op, value, n);
}

/** One loop per operator, so the comparison is not a call per unit. NaN (missing) is UNKNOWN. */
function compareColumn(column: Float64Array, op: string, x: number, n: number): Int8Array | undefined {
  const out = new Int8Array(n);
  const c = column;
  switch (op) {
    case '>=':
      for (let i = 0; i < n; i++) out[i] = c[i] !== c[i] ? UNKNOWN : c[i] >= x ? TRUE : FALSE;
      return out;
    case '>':
      for (let i = 0; i < n; i++) out[i] = c[i] !== c[i] ? UNKNOWN : c[i] > x ? TRUE : FALSE;
      return out;
    case '<=':
      for (let i = 0; i < n; i++) out[i] = c[i] !== c[i] ? UNKNOWN : c[i] <= x ? TRUE : FALSE;
      return out;
    case '<':
      for (let i = 0; i < n; i++) out[i] = c[i] !== c[i] ? UNKNOWN : c[i] < x ? TRUE : FALSE;
      return out;
    case '=':
      for (let i = 0; i < n; i++) out[i] = c[i] !== c[i] ? UNKNOWN : c[i] === x ? TRUE : FALSE;
      return out;
    case '!=':
      for (let i = 0; i < n; i++) out[i] = c[i] !== c[i] ? UNKNOWN : c[i] !== x ? TRUE : FALSE;
      return out;
  }
  return undefined;
}

/** Plan features only the row path reads (they need the raw unit): per-year facts and targets. */
function columnarUnsupported(compiled: CompiledPlan): string | undefined {
  const { plan } = compiled;
  if (compiled.facts.some((f) => f.years)) return 'per-year facts are not supported';
  if ((plan.targets ?? []).length > 0) return 'targets are not supported';
  if (plan.criteria.some((c) => c.appliesTo))
    return 'criteria scoped to blocks (appliesTo) are not supported';
  return undefined;
}
