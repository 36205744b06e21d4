import { contentHash } from '../plan/hash';
import { rankAndAward, type Standing } from './awards';
import type { CompiledPlan } from './compile';
import { evaluate, type Evaluation } from './evaluate';
import { extendResponse } from './extensions';
import { buildResponse } from './response';
import type { ScoreOptions, ScoreResponse, UnitInput } from './types';

/** Hash of the units independent of their order, so the same data always gives the same hash. */
export function unitsHash(units: readonly UnitInput[]): string {
  const sorted = [...units].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return contentHash(sorted);
}

/** Score, rank and award a set of units under a compiled plan. Pure: the same input gives the same output. */
export function scoreUnits(
  compiled: CompiledPlan,
  units: readonly UnitInput[],
  options: ScoreOptions = {},
): ScoreResponse {
  const ev = evaluate(compiled, units, options);
  return respond(ev, rankAndAward(ev), options);
}

/** The answer for units already evaluated and ranked (so a caller can check its cost in between). */
export function respond(ev: Evaluation, standing: Standing, options: ScoreOptions = {}): ScoreResponse {
  const lang = options.lang ?? 'vi';
  const explanations = options.explanations ?? true;
  const response = buildResponse(ev, standing, { lang, explanations, inputHash: unitsHash(ev.units) });
  return extendResponse(response, ev.compiled, ev, {
    lang,
    explanations,
    decisionDate: options.decisionDate,
  });
}
