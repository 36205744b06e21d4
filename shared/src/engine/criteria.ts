import type { Comparison, Criterion, Step } from '../plan/schema';
import { say } from '../messages';
import {
  normalizeText,
  parseBoolean,
  parseCount,
  parseNumber,
  matchLevel,
  parseRate,
  passFailValues,
  tooLongValue,
  twoReadings,
  type Parsed,
  type RateReading,
} from '../values';
import { unreadable } from './unread';

/** How a criterion's raw cell value is read, and how the value becomes points. */
export interface CompiledCriterion {
  criterion: Criterion;
  /** +1 for points that add, -1 for deductions. */
  sign: 1 | -1;
  /** True when a higher value can never give fewer points (used by the monotonicity property). */
  higherIsBetter: boolean;
  read(raw: unknown, rateScale: RateReading): Parsed<number>;
  /** Unsigned, unrounded points for a valid value. */
  points(value: number): number;
  /** The fewest and the most unsigned points any value can give (a missing value at its worst and at its best). */
  pointsRange: [number, number];
  /** Block indices the criterion is scored in (plan `appliesTo`), null = every block; set by compilePlan. */
  blocks?: Set<number> | null;
}

export function isMet(value: number, target: number, comparison: Comparison): boolean {
  switch (comparison) {
    case 'atLeast':
      return value >= target;
    case 'moreThan':
      return value > target;
    case 'atMost':
      return value <= target;
    case 'lessThan':
      return value < target;
  }
}

const lowerIsBetter = (c: Comparison) => c === 'atMost' || c === 'lessThan';

/** Steps sorted best-first; the first one the value reaches gives the points. */
function stepPoints(steps: Step[], descending: boolean): (v: number) => number {
  const sorted = [...steps].sort((a, b) => (descending ? b.min - a.min : a.min - b.min));
  const mins = Float64Array.from(sorted, (s) => s.min);
  const pts = Float64Array.from(sorted, (s) => s.points);
  return descending
    ? (v) => {
        for (let i = 0; i < mins.length; i++) if (v >= mins[i]) return pts[i];
        return 0;
      }
    : (v) => {
        for (let i = 0; i < mins.length; i++) if (v <= mins[i]) return pts[i];
        return 0;
      };
}

/** "8/10", "8,5 / 10": points over the points the criterion is worth. */
const POINTS_OVER = /^(\d{1,9}(?:[.,]\d{1,9})?) {0,3}\/ {0,3}(\d{1,9}(?:[.,]\d{1,9})?)$/;

/**
 * A points cell (an assessed criterion, a bonus or deduction typed as points): a number from 0 to `max`. "8/10"
 * where the criterion is worth 10 is 8 (the office wrote the scale beside the points); over another number it is
 * not converted by guess. A number that reads two ways ("1.250": 1250 or 1,25) is refused naming both when more
 * than one of them lies in 0..max, or when the reader's lies outside and the other inside: never guessed.
 */
function bounded(read: (raw: unknown) => Parsed<number>, max: number): (raw: unknown) => Parsed<number> {
  const inRange = (v: number) => v >= 0 && v <= max;
  return (raw) => {
    const over = typeof raw === 'string' && raw.length <= 40 ? POINTS_OVER.exec(raw.trim()) : null;
    if (over) {
      const of = parseNumber(over[2]);
      if (of.ok && of.value === max) raw = over[1];
      else if (of.ok)
        return unreadable(
          'invalid',
          say('reading.points-other-scale', { raw: raw as string, of: of.value, max }),
        );
    }
    const p = read(raw);
    if (!p.ok) return p;
    const both = twoReadings(raw);
    const other = both?.[1];
    if (other !== undefined && other !== p.value && inRange(other))
      return unreadable(
        'invalid',
        say('reading.points-two-ways', { raw: (raw as string).trim(), readings: [p.value, other], max }),
      );
    if (!inRange(p.value))
      return unreadable('invalid', say('reading.points-out-of-range', { points: p.value, max }));
    return p;
  };
}

const readYesNo = (raw: unknown): Parsed<number> => {
  const p = parseBoolean(raw);
  return p.ok ? { ok: true, value: p.value ? 1 : 0 } : p;
};

export function compileCriterion(c: Criterion): CompiledCriterion {
  const compiled = compileScoring(c);
  return { ...compiled, pointsRange: pointsRange(c) };
}

/** Unsigned points bounds over every possible value: [0, max] unless steps or levels say otherwise. */
function pointsRange(c: Criterion): [number, number] {
  const s = c.scoring;
  if (s.kind === 'scale') {
    const pts = s.levels.map((l) => Math.min(c.maxPoints, l.points));
    return [Math.min(...pts), Math.max(...pts)];
  }
  if ((s.kind === 'rate' || s.kind === 'count') && s.method === 'steps' && s.steps?.length)
    return [0, Math.max(...s.steps.map((st) => st.points))];
  return [0, c.maxPoints];
}

function compileScoring(c: Criterion): Omit<CompiledCriterion, 'pointsRange'> {
  const max = c.maxPoints;
  const s = c.scoring;
  switch (s.kind) {
    case 'yesNo':
      return {
        criterion: c,
        sign: 1,
        higherIsBetter: true,
        read: readYesNo,
        points: (v) => (v >= 1 ? max : 0),
      };
    case 'scale': {
      const labels = s.levels.map((l) => [normalizeText(l.label), l.labelEn ? normalizeText(l.labelEn) : '']);
      const pts = s.levels.map((l) => l.points);
      const levelNames = s.levels.map((l) => l.label);
      return {
        criterion: c,
        sign: 1,
        higherIsBetter: false,
        read: (raw) => {
          const long = tooLongValue(raw);
          if (long) return long;
          if (raw === null || raw === undefined || String(raw).trim() === '')
            return unreadable('missing', say('reading.empty'));
          const key = normalizeText(String(raw));
          const exact = labels.findIndex(([vi, en]) => vi === key || en === key);
          // "Không đạt" for "Chưa đạt", abbreviations: a level written the office's way
          const index = exact >= 0 ? exact : (matchLevel(raw, levelNames) ?? -1);
          return index >= 0
            ? { ok: true, value: index }
            : unreadable('invalid', say('reading.not-on-scale', { raw: String(raw), scale: levelNames }));
        },
        points: (v) => Math.min(max, pts[v] ?? 0),
      };
    }
    case 'rate': {
      const { target, comparison } = s;
      const down = lowerIsBetter(comparison);
      let points: (v: number) => number;
      if (s.method === 'allOrNothing') points = (v) => (isMet(v, target, comparison) ? max : 0);
      else if (s.method === 'steps') points = stepPoints(s.steps ?? [], !down);
      else if (down)
        points = (v) => (isMet(v, target, comparison) || v <= 0 ? max : max * Math.min(1, target / v));
      else
        points = (v) => (isMet(v, target, comparison) || target <= 0 ? max : max * Math.min(1, v / target));
      return {
        criterion: c,
        sign: 1,
        higherIsBetter: !down,
        // "Đạt" / "Chưa đạt" typed for an all-or-nothing rate says whether it was met
        read:
          s.method === 'allOrNothing'
            ? (raw, scale) => parseRate(raw, scale, passFailValues(target, comparison))
            : (raw, scale) => parseRate(raw, scale),
        points,
      };
    }
    case 'count': {
      let points: (v: number) => number;
      if (s.method === 'steps') points = stepPoints(s.steps ?? [], true);
      else if (s.method === 'target') {
        const target = s.target ?? 0;
        points = (v) => (v >= target ? max : 0);
      } else {
        const per = s.perItem ?? max;
        points = (v) => Math.min(max, v * per);
      }
      return { criterion: c, sign: 1, higherIsBetter: true, read: parseCount, points };
    }
    case 'assessed':
      return {
        criterion: c,
        sign: 1,
        higherIsBetter: true,
        read: bounded((raw) => parseNumber(raw), max),
        points: (v) => v,
      };
    case 'bonus':
    case 'deduction': {
      const sign = s.kind === 'bonus' ? 1 : -1;
      if (s.input === 'count') {
        const per = s.perItem ?? 1;
        return {
          criterion: c,
          sign,
          higherIsBetter: sign > 0,
          read: parseCount,
          points: (v) => Math.min(max, v * per),
        };
      }
      return {
        criterion: c,
        sign,
        higherIsBetter: sign > 0,
        read: bounded((raw) => parseNumber(raw), max),
        points: (v) => v,
      };
    }
  }
}

/** Criteria that count towards the plan's maximum (not bonuses or deductions). */
export function countsTowardsMax(c: Criterion): boolean {
  return c.scoring.kind !== 'bonus' && c.scoring.kind !== 'deduction';
}
