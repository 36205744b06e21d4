import type { ComparisonOp, Condition } from '../plan/conditions';
import type { Fact, Parameter } from '../plan/schema';
import {
  normalizeText,
  parseBoolean,
  parseCount,
  parseDate,
  parseFigure,
  parseNumber,
  parseRate,
  matchLevel,
  tooLongValue,
  type Parsed,
  type RateReading,
} from '../values';
import { say } from '../messages';
import { own } from './own';
import { unreadable } from './unread';

/** A per-year fact after reading: one entry per year of the fact (undefined when missing or invalid). */
export interface YearSeries {
  years: number[];
  values: (number | boolean | undefined)[];
}

/** A fact value after reading: numbers (ratings become their index on the scale), booleans, text, ISO dates, or per-year series. */
export type FactValue = number | boolean | string | YearSeries;

export function isYearSeries(v: unknown): v is YearSeries {
  return typeof v === 'object' && v !== null && Array.isArray((v as YearSeries).years);
}

/** What conditions may read besides a unit's facts. */
export interface ConditionContext {
  reviewYear?: number;
  params?: Map<string, Parameter['value']>;
}

/** Tri-state truth: a condition over a missing fact is unknown, never silently false. */
export const TRUE = 1;
export const FALSE = 0;
export const UNKNOWN = -1;
export type Truth = typeof TRUE | typeof FALSE | typeof UNKNOWN;

/** A fact's reader; a rate ("100%", a %-formatted cell, 0–100) is read with `scale` like a rate criterion. */
export function factReader(fact: Fact, scale: RateReading = 'percent'): (raw: unknown) => Parsed<FactValue> {
  switch (fact.type) {
    case 'ratingByYear':
    case 'numberByYear':
    case 'booleanByYear':
    case 'rateByYear':
      // read per year by yearSeriesReader; a bare cell is never a valid series
      return () => unreadable('missing', say('reading.empty'));
    case 'number':
      return parseFigure;
    case 'rate':
      return (raw) => parseRate(raw, scale);
    case 'count':
      return parseCount;
    case 'boolean':
      return parseBoolean;
    case 'date':
      return parseDate;
    case 'text':
      return (raw) =>
        raw === null || raw === undefined || String(raw).trim() === ''
          ? unreadable('missing', say('reading.empty'))
          : { ok: true, value: String(raw).trim() };
    case 'rating': {
      const scale = (fact.scale ?? []).map(normalizeText);
      return (raw) => {
        const long = tooLongValue(raw);
        if (long) return long;
        if (raw === null || raw === undefined || String(raw).trim() === '')
          return unreadable('missing', say('reading.empty'));
        const exact = scale.indexOf(normalizeText(String(raw)));
        // "HTXSNV", "Giấy khen GĐ Sở": a level written the office's way
        const index = exact >= 0 ? exact : (matchLevel(raw, fact.scale ?? []) ?? -1);
        return index >= 0
          ? { ok: true, value: index }
          : unreadable('invalid', say('reading.not-on-scale', { raw: String(raw), scale: fact.scale ?? [] }));
      };
    }
  }
}

/** The element reader of a per-year fact. */
function yearElementReader(fact: Fact, scale: RateReading): (raw: unknown) => Parsed<number | boolean> {
  if (fact.type === 'ratingByYear')
    return factReader({ ...fact, type: 'rating' }) as (raw: unknown) => Parsed<number>;
  if (fact.type === 'booleanByYear') return parseBoolean;
  if (fact.type === 'rateByYear') return (raw) => parseRate(raw, scale);
  return parseFigure;
}

export interface YearIssue {
  year: number;
  reason: 'missing' | 'invalid' | 'ambiguous';
  detail: string;
  detailEn: string;
}

/**
 * Reads a per-year fact from a unit's facts: either `{ "<id>": { "2021": "tốt", … } }` or one key per year
 * `"<id>_2021": "tốt"` (the shape a sheet gives, one column per year).
 */
export function yearSeriesReader(
  fact: Fact,
  scaleOf: (year: number) => RateReading = () => 'percent',
): (rawFacts: Record<string, unknown>) => { series: YearSeries; issues: YearIssue[] } {
  const years = fact.years ?? [];
  const readers = years.map((year) => yearElementReader(fact, scaleOf(year)));
  return (rawFacts) => {
    const nested = own(rawFacts, fact.id);
    const map = typeof nested === 'object' && nested !== null ? (nested as Record<string, unknown>) : {};
    const values: (number | boolean | undefined)[] = [];
    const issues: YearIssue[] = [];
    for (let y = 0; y < years.length; y++) {
      const year = years[y];
      const raw = own(map, String(year)) ?? own(rawFacts, `${fact.id}_${year}`);
      const parsed = readers[y](raw);
      if (parsed.ok) values.push(parsed.value);
      else {
        values.push(undefined);
        issues.push({ year, reason: parsed.reason, detail: parsed.detail, detailEn: parsed.detailEn });
      }
    }
    return { series: { years, values }, issues };
  };
}

function compare(v: number | string | boolean, op: ComparisonOp, target: number | string | boolean): boolean {
  switch (op) {
    case '>=':
      return v >= target;
    case '>':
      return v > target;
    case '<=':
      return v <= target;
    case '<':
      return v < target;
    case '=':
      return v === target;
    case '!=':
      return v !== target;
  }
}

type Getter = (factId: string) => FactValue | undefined;
/** Whether a value not known of this fact reads as left blank (an optional fact): a comparison on it is not met. */
export type BlankTest = (factId: string) => boolean;

function yearValue(series: YearSeries, year: number | undefined): number | boolean | undefined {
  if (year === undefined) return undefined;
  const k = series.years.indexOf(year);
  return k < 0 ? undefined : series.values[k];
}

function resolveYear(series: YearSeries, which: 'last' | 'review' | number, ctx: ConditionContext) {
  if (which === 'last') return series.years[series.years.length - 1];
  if (which === 'review') return ctx.reviewYear;
  return which;
}

/**
 * Compile a condition to a function over a unit's read facts. A fact not known makes a comparison on it unknown;
 * given `blank`, a comparison on a fact it names is not met instead (an optional fact left blank).
 */
export function compileCondition(
  cond: Condition,
  facts: Map<string, Fact>,
  ctx: ConditionContext = {},
): (get: Getter, blank?: BlankTest) => Truth {
  if ('versus' in cond) {
    const toComparable = comparableOf(facts.get(cond.fact), true);
    const { fact: id, op } = cond;
    const which = cond.year ?? 'review';
    return (get, blank) => {
      const series = get(id);
      if (!isYearSeries(series)) return series === undefined && blank?.(id) ? FALSE : UNKNOWN;
      const year = resolveYear(series, which, ctx);
      if (year === undefined) return UNKNOWN;
      const now = yearValue(series, year);
      const before = yearValue(series, year - 1);
      if (now === undefined || before === undefined) return blank?.(id) ? FALSE : UNKNOWN;
      return compare(toComparable(now), op, toComparable(before)) ? TRUE : FALSE;
    };
  }
  if ('years' in cond) {
    const toComparable = comparableOf(facts.get(cond.fact), true);
    const target = toComparable(cond.value);
    const { fact: id, op, years: which } = cond;
    return (get, blank) => {
      const series = get(id);
      if (!isYearSeries(series)) return series === undefined && blank?.(id) ? FALSE : UNKNOWN;
      // a year with no value is unknown, or not met where it is an optional fact left blank
      const missing: Truth = blank?.(id) ? FALSE : UNKNOWN;
      const test = (v: number | boolean | undefined): Truth =>
        v === undefined ? missing : compare(toComparable(v), op, target) ? TRUE : FALSE;
      if (which === 'every') {
        let result: Truth = TRUE;
        for (const v of series.values) {
          const t = test(v);
          if (t === FALSE) return FALSE;
          if (t === UNKNOWN) result = UNKNOWN;
        }
        return result;
      }
      if (typeof which === 'object') {
        let yes = 0;
        let unknown = 0;
        for (const v of series.values) {
          const t = test(v);
          if (t === TRUE) yes++;
          else if (t === UNKNOWN) unknown++;
        }
        if (yes >= which.atLeast) return TRUE;
        return yes + unknown < which.atLeast ? FALSE : UNKNOWN;
      }
      const year = resolveYear(series, which, ctx);
      return year === undefined ? UNKNOWN : test(yearValue(series, year));
    };
  }
  if ('param' in cond) {
    const toComparable = comparableOf(facts.get(cond.fact));
    const { fact: id, op, param } = cond;
    return (get, blank) => {
      const p = ctx.params?.get(param);
      const raw = get(id);
      if (p === null || p === undefined) return UNKNOWN;
      if (raw === undefined && blank?.(id)) return FALSE;
      if (raw === undefined || isYearSeries(raw)) return UNKNOWN;
      return compare(toComparable(raw), op, toComparable(p)) ? TRUE : FALSE;
    };
  }
  if ('all' in cond) {
    const parts = cond.all.map((c) => compileCondition(c, facts, ctx));
    return (get, blank) => {
      let result: Truth = TRUE;
      for (const p of parts) {
        const t = p(get, blank);
        if (t === FALSE) return FALSE;
        if (t === UNKNOWN) result = UNKNOWN;
      }
      return result;
    };
  }
  if ('any' in cond) {
    const parts = cond.any.map((c) => compileCondition(c, facts, ctx));
    return (get, blank) => {
      let result: Truth = FALSE;
      for (const p of parts) {
        const t = p(get, blank);
        if (t === TRUE) return TRUE;
        if (t === UNKNOWN) result = UNKNOWN;
      }
      return result;
    };
  }
  if ('not' in cond) {
    const inner = compileCondition(cond.not, facts, ctx);
    // a blank never makes a condition met: under `not`, what a blank decided stays unknown
    return (get, blank) => {
      const t = inner(get);
      if (t === UNKNOWN) return blank && inner(get, blank) === TRUE ? FALSE : UNKNOWN;
      return t === TRUE ? FALSE : TRUE;
    };
  }
  const fact = facts.get(cond.fact);
  const toComparable = comparableOf(fact);
  const id = cond.fact;
  if (cond.op === 'in' || cond.op === 'notIn') {
    const set = new Set(cond.value.map((v) => toComparable(v)));
    const wantIn = cond.op === 'in';
    return (get, blank) => {
      const v = get(id);
      if (v === undefined && blank?.(id)) return FALSE;
      if (v === undefined || isYearSeries(v)) return UNKNOWN;
      return set.has(toComparable(v)) === wantIn ? TRUE : FALSE;
    };
  }
  const target = toComparable(cond.value as number | string | boolean);
  const op = cond.op;
  return (get, blank) => {
    const raw = get(id);
    if (raw === undefined && blank?.(id)) return FALSE;
    if (raw === undefined || isYearSeries(raw)) return UNKNOWN;
    return compare(toComparable(raw), op, target) ? TRUE : FALSE;
  };
}

/** Values in a condition are written as an official would (a rating label, "Có"); compare them read the same way. */
function comparableOf(
  fact: Fact | undefined,
  perYear = false,
): (v: number | string | boolean) => number | string | boolean {
  if (!fact) return (v) => v;
  if (perYear && fact.type === 'numberByYear')
    return (v) =>
      typeof v === 'number' ? v : parseNumber(v).ok ? (parseNumber(v) as { value: number }).value : NaN;
  // a plan writes a rate as a percent: 100 or "100%"
  if (fact.type === 'rate' || fact.type === 'rateByYear')
    return (v) => {
      if (typeof v === 'number') return v;
      const p = parseRate(v);
      return p.ok ? p.value : NaN;
    };
  if (fact.type === 'rating' || fact.type === 'ratingByYear') {
    const scale = (fact.scale ?? []).map(normalizeText);
    return (v) => (typeof v === 'number' ? v : scale.indexOf(normalizeText(String(v))));
  }
  if (fact.type === 'boolean' || fact.type === 'booleanByYear')
    return (v) =>
      typeof v === 'boolean' ? v : parseBoolean(v).ok && (parseBoolean(v) as { value: boolean }).value;
  if (fact.type === 'text') return (v) => normalizeText(String(v));
  return (v) => v;
}
