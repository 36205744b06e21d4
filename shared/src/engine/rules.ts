import type { Condition } from '../plan/conditions';
import type { CompiledPlan, CompiledRule } from './compile';
import type { RuleOutcome } from './evaluate';
import { FALSE, TRUE, UNKNOWN, type FactValue, type Truth } from './facts';

/** One fact per unit, already read: numbers in a Float64Array (NaN = missing), anything else per unit. */
export type FactColumn = Float64Array | undefined;

/** What the exclusions and standards say about every unit. */
export interface RuleVerdicts {
  excluded: Uint8Array;
  eligible: Uint8Array;
  eligibilityUnknown: Uint8Array;
  ruleOutcomes: Map<number, RuleOutcome[]>;
  /** Per standard (plan order): its truth for every unit (empty for specific standards when not needed). */
  standardTruth: Int8Array[];
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** What the rules are applied to: the units' blocks and read facts. */
export interface RuleInputs {
  compiled: CompiledPlan;
  blockOf: Int32Array;
  /** Per unit, per fact (plan order): the value read. */
  facts: readonly (FactValue | undefined)[][];
  /** Per fact: its numbers in a column, where it has one. */
  numericFacts: readonly FactColumn[];
  /** Per unit, set to 1 where a rule cannot be decided (a fact missing): written to. */
  incomplete: Uint8Array;
  /** Also the truth of specific standards (those only named decisions require). */
  allStandards: boolean;
}

/**
 * Exclusions and standards over the read facts, rule by rule: a condition of numeric facts compared with numbers
 * (with all/any/not) is one loop per comparison over the fact's column; any other condition is tested unit by unit
 * with the compiled rule. Per unit, outcomes are listed exclusions first, then standards, each in plan order.
 */
export function applyRules({
  compiled,
  blockOf,
  facts,
  numericFacts,
  incomplete,
  allStandards,
}: RuleInputs): RuleVerdicts {
  const n = blockOf.length;
  const { plan } = compiled;
  let row: readonly (FactValue | undefined)[] = [];
  const get = (id: string) => {
    const f = compiled.factIndex.get(id);
    return f === undefined ? undefined : row[f];
  };
  const truthOf = (rule: CompiledRule, cond: Condition): Int8Array => {
    const column = columnTruth(cond, { compiled, factColumns: numericFacts, n });
    if (column) return column;
    const truth = new Int8Array(n);
    for (let i = 0; i < n; i++) {
      row = facts[i];
      truth[i] = rule.test(get);
    }
    return truth;
  };
  const exclusionTruths = compiled.exclusions.map((rule, r) => truthOf(rule, plan.exclusions[r].when));
  const standardTruth = compiled.standards.map((rule, r) =>
    rule.gate || allStandards ? truthOf(rule, plan.standards[r].require) : new Int8Array(0),
  );

  const excluded = new Uint8Array(n);
  const eligible = new Uint8Array(n);
  const ruleOutcomes = new Map<number, RuleOutcome[]>();
  // 1 = a rule unknown, 2 = a rule failed: eligibility is unknown only when nothing failed
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
    const truth = standardTruth[r];
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
  return { excluded, eligible, eligibilityUnknown, ruleOutcomes, standardTruth };
}

const LEAF_KEYS = new Set(['fact', 'op', 'value']);

/** The units' numeric fact columns, as rules are tested over them. */
interface Columns {
  compiled: CompiledPlan;
  factColumns: readonly FactColumn[];
  n: number;
}

/**
 * A rule's truth for every unit at once, for the common shape: numeric facts compared with numbers, combined
 * with all/any/not (the same three-valued logic as compileCondition). Undefined for anything else, which is
 * then tested unit by unit with the compiled rule.
 */
function columnTruth(cond: Condition, columns: Columns): Int8Array | undefined {
  const { compiled, factColumns, n } = columns;
  const parts = 'all' in cond ? cond.all : 'any' in cond ? cond.any : 'not' in cond ? [cond.not] : undefined;
  if (parts) {
    const truths = parts.map((c) => columnTruth(c, columns));
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
  return compareColumn(column, { op, value }, n);
}

/** One loop per operator, so the comparison is not a call per unit. NaN (missing) is UNKNOWN. */
function compareColumn(
  column: Float64Array,
  { op, value: x }: { op: string; value: number },
  n: number,
): Int8Array | undefined {
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
