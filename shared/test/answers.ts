/** Reading one unit's part of a score answer in tests: its result, a decision, every decision's status, its flags. */
import type { DecisionResult } from '../src/engine/decisions';
import type { ScoreResponse, UnitResult } from '../src/engine/types';

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
