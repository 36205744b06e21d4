import { scoreRequest } from '../../src/api/score-request';
import type { DecisionResult } from '../../src/engine/decisions';
import type { ScoreResponse, UnitResult } from '../../src/engine/types';

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

export function unit(res: ScoreResponse, id: string): UnitResult {
  const r = res.results.find((x) => x.unitId === id);
  if (!r) throw new Error(`no unit ${id}`);
  return r;
}

export function decision(res: ScoreResponse, unitId: string, decisionId: string): DecisionResult {
  const d = unit(res, unitId).decisions?.find((x) => x.id === decisionId);
  if (!d) throw new Error(`no decision ${decisionId} for ${unitId}`);
  return d;
}

/** decision id → status for one unit. */
export function statuses(res: ScoreResponse, unitId: string): Record<string, string> {
  return Object.fromEntries((unit(res, unitId).decisions ?? []).map((d) => [d.id, d.status]));
}

/** The flag codes of one unit, in order. */
export function codes(res: ScoreResponse, unitId: string): string[] {
  return unit(res, unitId).flags.map((f) => f.code);
}
