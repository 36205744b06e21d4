import { formatNumber } from '../values/format';

/**
 * How large and how extreme a plan may be. Every figure is far above what the built-in plans need (the largest
 * has 24 criteria, 21 facts, 29 targets, 13 standards, 5 decisions, 4 tiers of at most 2 places, points up to 10,
 * prizes up to 10.000.000 đ, conditions 4 levels deep), and small enough that no accepted plan can make the
 * engine's arithmetic overflow: with at most 200 criteria of at most 10.000 points a total stays below 2·10^6,
 * and money stays in whole đồng below 10^15. The schema (plan/schema.ts), the JSON Schema generated from it,
 * the docs and the tests all use these figures.
 */
export const PLAN_LIMITS = {
  blocks: 100,
  criteria: 200,
  facts: 200,
  targets: 200,
  tiers: 50,
  /** Places of one tier (Nhất × 1, Khuyến khích × 2…). */
  tierCount: 10_000,
  decisions: 50,
  /** Steps of a step table (rate or count criteria). */
  steps: 50,
  /** Levels of a council's scale. */
  levels: 20,
  /** Labels of a rating fact's scale. */
  ratingScale: 50,
  /** Years of a per-year fact. */
  years: 50,
  parameters: 100,
  notes: 200,
  exclusions: 100,
  standards: 100,
  tieBreakers: 20,
  orderKeys: 20,
  /** appliesTo, requireStandards, alsoRequires, excludes, requiresCollective, reviewYears. */
  idList: 100,
  /** Levels of all / any / not in one condition. */
  conditionDepth: 8,
  /** Parts (comparisons and all / any / not) of one condition. */
  conditionNodes: 200,
  /** Values of an in / notIn list. */
  conditionList: 200,
  /** Entries of awards.prizeTable.baseSalaries or .coefficients. */
  prizeTableEntries: 200,
  idLength: 64,
  /** Names, titles, labels, numbers, text values. */
  textLength: 1_000,
  /** Reasons and the readings of notes. */
  longTextLength: 5_000,
  /** maxPoints, the points of steps and levels, perItem, bonusPoints. */
  points: 10_000,
  /** |minTotal| and |maxTotal| of tiers and decisions: above criteria × points. */
  total: 10_000_000,
  /** Counts and thresholds in a plan: a count target, a step's min. */
  quantity: 1_000_000_000,
  /** Any other number in a plan (targets, parameters, values in conditions), in absolute value. */
  number: 1e15,
  /** A positive target is at least this, so value / target stays finite. */
  minPositiveTarget: 1e-6,
  /** Whole đồng: a prize, a fund, a base salary. */
  money: 999_999_999_999_999,
  /** dueDate.plusDays: ten years. */
  plusDays: 3_660,
  yearMin: 1900,
  yearMax: 2200,
  certificates: 10_000,
  dossierSets: 100,
  quota: 100_000,
  exceedRatio: 100,
  /** Coefficients of the prize table, in hundredths (150 = 1,5). */
  coefficient: 100_000,
  justificationLength: 10_000,
  /** Every sum of money the answer carries (prizes × places × blocks, decisions × units) is a safe integer. */
  moneyTotal: Number.MAX_SAFE_INTEGER,
} as const;

export type PlanLimits = typeof PLAN_LIMITS;

/** "10.000 (10,000)": a limit as both languages write it. */
export function bothWays(n: number): { vi: string; en: string } {
  return { vi: formatNumber(n, undefined, 'vi'), en: formatNumber(n, undefined, 'en') };
}

/** "Tối đa 200 tiêu chí (at most 200 criteria)". */
export function tooMany(limit: number, vi: string, en: string): string {
  const n = bothWays(limit);
  return `Tối đa ${n.vi} ${vi} (at most ${n.en} ${en})`;
}

/** "Điểm tối đa không quá 10.000 (maxPoints: at most 10,000)". */
export function atMost(limit: number, vi: string, en: string): string {
  const n = bothWays(limit);
  return `${vi} không quá ${n.vi} (${en}: at most ${n.en})`;
}

/** "Dài tối đa 1.000 ký tự (at most 1,000 characters)". */
export function tooLong(limit: number): string {
  const n = bothWays(limit);
  return `Dài tối đa ${n.vi} ký tự (at most ${n.en} characters)`;
}
