import { scoreRequest } from '../../src/api/score-request';
import type { ScoreResponse } from '../../src/engine/types';

/** One unit of a request, built by hand: values per criterion or target, facts per fact id. */
export interface HandUnit {
  id: string;
  block: string;
  values?: Record<string, unknown>;
  facts?: Record<string, unknown>;
  collective?: string;
}

/** Score hand-built units against a built-in plan (full explanations); a refused request fails the test. */
export function run(plan: string, units: HandUnit[], options: Record<string, unknown> = {}): ScoreResponse {
  const out = scoreRequest({
    plan,
    units: units.map((u) => ({ name: u.id, values: {}, ...u })),
    options: { explain: 'full', ...options },
  });
  if (!out.ok) throw new Error(JSON.stringify(out.problems));
  return out.response;
}

export { codes, decision, statuses, unit } from '../answers';
