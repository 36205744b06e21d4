import type { Flag, Lang } from '../types';
import type { CompiledPlan } from '../compile';
import type { Evaluation } from '../evaluate';
import type { DecisionResult, DecisionSummary } from '../../api/response-schema';
import { decisionContext } from './context';
import { flagDissolved } from './dissolved';
import { grant } from './grant';
import { qualify } from './qualify';
import { summarize, unitResults } from './results';

// The result types are inferred from the answer's zod schemas (one description with the OpenAPI document).
export type { DecisionResult, DecisionStatus, DecisionSummary, PrizeBasis } from '../../api/response-schema';
export { AWARD_FORM_NAMES } from '../../law/prize-money';
export { PENDING_DECISION } from './context';
export { addDays } from './due-date';

export interface DecisionOutcome {
  perUnit: DecisionResult[][];
  /** Per unit: the prizes of its pending decisions (money not final yet). */
  pendingPrize: number[];
  flags: Flag[][];
  summary: DecisionSummary[];
}

/**
 * The plan's award decisions for every unit: whether it qualifies (its conditions, targets, total), which are
 * granted in plan order within quotas, and each one's prize and dossier due date. Null for a plan without any.
 */
export function decide(
  compiled: CompiledPlan,
  ev: Evaluation,
  opts: { lang: Lang; decisionDate?: string },
): DecisionOutcome | null {
  if (!(compiled.plan.awards.decisions ?? []).length) return null;
  const ctx = decisionContext(compiled, ev, opts);
  const qualification = qualify(ctx);
  const grants = grant(ctx, qualification);
  flagDissolved(ctx);
  const perUnit = unitResults(ctx, qualification, grants);
  const { summary, pendingPrize } = summarize(ctx, grants, perUnit);
  return { perUnit, pendingPrize, flags: ctx.flags, summary };
}
