import type { Plan } from '../plan/schema';
import type { ScoreOptions } from './types';

/**
 * What a missing, unreadable or ambiguous value of a unit means for its awards:
 * - 'hold' (the plan's default): the unit is ranked provisionally on what it has, and every award the value could
 *   change — its own and the places it could take from others — waits (`pending-missing-data`);
 * - 'zero': the value scores 0 points, and the explanation says so ("thiếu giá trị, tính 0 điểm theo kế hoạch").
 */
export type MissingValueRule = 'hold' | 'zero';

/** The rule for unit i, and where it comes from: the plan, or a council decision recorded for the unit. */
export interface MissingValuePolicy {
  ruleFor(unitIndex: number): MissingValueRule;
  /** Why the rule applies, for the explanation: 'plan' (awards.missingValues) or 'council' (options.councilDecisions). */
  sourceFor(unitIndex: number): 'plan' | 'council';
}

/**
 * The per-unit rule. The council's decision recorded for one unit ("score the missing value 0", "wait") plugs in
 * through `withUnitRules` (engine/council.ts), so awards, decisions and explanations all read it from one place.
 */
export function missingValuePolicy(plan: Plan, _options: ScoreOptions = {}): MissingValuePolicy {
  const rule: MissingValueRule = plan.awards.missingValues ?? 'hold';
  return { ruleFor: () => rule, sourceFor: () => 'plan' };
}

/** The plan's policy with the council's rule for some units (by unit index) in its place. */
export function withUnitRules(
  base: MissingValuePolicy,
  rules: ReadonlyMap<number, MissingValueRule>,
): MissingValuePolicy {
  if (!rules.size) return base;
  return {
    ruleFor: (i) => rules.get(i) ?? base.ruleFor(i),
    sourceFor: (i) => (rules.has(i) ? 'council' : base.sourceFor(i)),
  };
}
