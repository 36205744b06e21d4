import { unitsHash as orderFreeHash } from '../plan/units-hash';
import { rankAndAward, type Standing } from './awards';
import type { CompiledPlan } from './compile';
import { councilResponse, councilStanding, withCouncil } from './council';
import { evaluate, type Evaluation } from './evaluate';
import { responseExtension } from './extensions';
import { buildResponse } from './response';
import type { CriterionResult, Explain, ScoreOptions, ScoreResponse, UnitInput, UnitResult } from './types';

/** Hash of the units independent of their order, so the same data always gives the same hash (plan/units-hash.ts). */
export function unitsHash(units: readonly UnitInput[]): string {
  return orderFreeHash(units);
}

/**
 * How much text an answer carries: `explain` when given, else the earlier `explanations` (true = 'full', false =
 * 'summary'), else `fallback`. The request facade refuses the two options when they disagree (resolveExplain).
 */
export function explainLevel(options: ScoreOptions, fallback: Explain): Explain {
  if (options.explain) return options.explain;
  if (options.explanations !== undefined) return options.explanations ? 'full' : 'summary';
  return fallback;
}

/** What the whole answer looks like with every criterion explained (`explain: 'full'`, the default here). */
export type FullScoreResponse = Omit<ScoreResponse, 'results'> & {
  results: (UnitResult & { criteria: CriterionResult[] })[];
};

type FullOptions = Omit<ScoreOptions, 'explain' | 'explanations'> & { explain?: 'full'; explanations?: true };

/**
 * Score, rank and award a set of units under a compiled plan. Pure: the same input gives the same output. The
 * engine's own entry point explains every criterion unless asked otherwise; the request facade (scoreRequest: the
 * API, the CLI, the pane) answers compactly by default.
 */
export function scoreUnits(
  compiled: CompiledPlan,
  units: readonly UnitInput[],
  options?: FullOptions,
): FullScoreResponse;
export function scoreUnits(
  compiled: CompiledPlan,
  units: readonly UnitInput[],
  options?: ScoreOptions,
): ScoreResponse;
export function scoreUnits(
  compiled: CompiledPlan,
  units: readonly UnitInput[],
  options: ScoreOptions = {},
): ScoreResponse {
  const ev = withCouncil(evaluate(compiled, units, options), options);
  return respond(ev, councilStanding(ev, rankAndAward(ev)), {
    ...options,
    explain: explainLevel(options, 'full'),
  });
}

/** The answer for units already evaluated and ranked (so a caller can check its cost in between). */
export function respond(ev: Evaluation, standing: Standing, options: ScoreOptions = {}): ScoreResponse {
  const lang = options.lang ?? 'vi';
  const explain = explainLevel(options, 'summary');
  const extension = responseExtension(ev.compiled, ev, { lang, explain, decisionDate: options.decisionDate });
  return councilResponse(
    ev,
    buildResponse(ev, standing, { lang, explain, inputHash: unitsHash(ev.units), extension }),
  );
}
