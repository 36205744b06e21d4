import type { Condition } from '../plan/conditions';
import type { Fact } from '../plan/schema';
import { normalizeText, parseBoolean, parseCount, parseDate, parseNumber, type Parsed } from '../values';

/** A fact value after reading: numbers (ratings become their index on the scale), booleans, text, ISO dates. */
export type FactValue = number | boolean | string;

/** Tri-state truth: a condition over a missing fact is unknown, never silently false. */
export const TRUE = 1;
export const FALSE = 0;
export const UNKNOWN = -1;
export type Truth = typeof TRUE | typeof FALSE | typeof UNKNOWN;

export function factReader(fact: Fact): (raw: unknown) => Parsed<FactValue> {
  switch (fact.type) {
    case 'number':
      return (raw) => parseNumber(raw);
    case 'count':
      return parseCount;
    case 'boolean':
      return parseBoolean;
    case 'date':
      return parseDate;
    case 'text':
      return (raw) =>
        raw === null || raw === undefined || String(raw).trim() === ''
          ? { ok: false, reason: 'missing', detail: 'trống', detailEn: 'empty' }
          : { ok: true, value: String(raw).trim() };
    case 'rating': {
      const scale = (fact.scale ?? []).map(normalizeText);
      return (raw) => {
        if (raw === null || raw === undefined || String(raw).trim() === '')
          return { ok: false, reason: 'missing', detail: 'trống', detailEn: 'empty' };
        const index = scale.indexOf(normalizeText(String(raw)));
        return index >= 0
          ? { ok: true, value: index }
          : {
              ok: false,
              reason: 'invalid',
              detail: `"${String(raw)}" không thuộc thang: ${(fact.scale ?? []).join(', ')}`,
              detailEn: `"${String(raw)}" is not on the scale: ${(fact.scale ?? []).join(', ')}`,
            };
      };
    }
  }
}

/** Compile a condition to a function over a unit's read facts. */
export function compileCondition(
  cond: Condition,
  facts: Map<string, Fact>,
): (get: (factId: string) => FactValue | undefined) => Truth {
  if ('all' in cond) {
    const parts = cond.all.map((c) => compileCondition(c, facts));
    return (get) => {
      let result: Truth = TRUE;
      for (const p of parts) {
        const t = p(get);
        if (t === FALSE) return FALSE;
        if (t === UNKNOWN) result = UNKNOWN;
      }
      return result;
    };
  }
  if ('any' in cond) {
    const parts = cond.any.map((c) => compileCondition(c, facts));
    return (get) => {
      let result: Truth = FALSE;
      for (const p of parts) {
        const t = p(get);
        if (t === TRUE) return TRUE;
        if (t === UNKNOWN) result = UNKNOWN;
      }
      return result;
    };
  }
  if ('not' in cond) {
    const inner = compileCondition(cond.not, facts);
    return (get) => {
      const t = inner(get);
      return t === UNKNOWN ? UNKNOWN : t === TRUE ? FALSE : TRUE;
    };
  }
  const fact = facts.get(cond.fact);
  const toComparable = comparableOf(fact);
  const id = cond.fact;
  if (cond.op === 'in' || cond.op === 'notIn') {
    const set = new Set(cond.value.map((v) => toComparable(v)));
    const wantIn = cond.op === 'in';
    return (get) => {
      const v = get(id);
      if (v === undefined) return UNKNOWN;
      return set.has(toComparable(v)) === wantIn ? TRUE : FALSE;
    };
  }
  const target = toComparable(cond.value as FactValue);
  const op = cond.op;
  return (get) => {
    const raw = get(id);
    if (raw === undefined) return UNKNOWN;
    const v = toComparable(raw);
    let r: boolean;
    switch (op) {
      case '>=':
        r = v >= target;
        break;
      case '>':
        r = v > target;
        break;
      case '<=':
        r = v <= target;
        break;
      case '<':
        r = v < target;
        break;
      case '=':
        r = v === target;
        break;
      case '!=':
        r = v !== target;
        break;
    }
    return r ? TRUE : FALSE;
  };
}

/** Values in a condition are written as an official would (a rating label, "Có"); compare them read the same way. */
function comparableOf(fact: Fact | undefined): (v: FactValue) => number | string | boolean {
  if (!fact) return (v) => v;
  if (fact.type === 'rating') {
    const scale = (fact.scale ?? []).map(normalizeText);
    return (v) => (typeof v === 'number' ? v : scale.indexOf(normalizeText(String(v))));
  }
  if (fact.type === 'boolean')
    return (v) =>
      typeof v === 'boolean' ? v : parseBoolean(v).ok && (parseBoolean(v) as { value: boolean }).value;
  if (fact.type === 'text') return (v) => normalizeText(String(v));
  return (v) => v;
}
