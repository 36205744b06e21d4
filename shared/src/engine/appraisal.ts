/**
 * Two scores side by side (tự chấm, thẩm định): the answers for the units' own values and for the appraised ones,
 * joined unit by unit. The answer of the score the plan ranks on (`plan.appraisal.rankOn`, appraised by default)
 * carries an `appraisal` part with both totals, ranks and awards per unit and every item that differs, with the
 * appraiser's reason. Both answers come from the one scoring path; this only compares them.
 */
import type { z } from 'zod';
import type { AppraisalItemSchema, AppraisalSchema, UnitAppraisalSchema } from '../api/response-schema';
import type { Plan } from '../plan/schema';
import type { CellValue } from '../sheet/model';
import type { ScoreResponse, UnitResult } from './types';

export type AppraisalItem = z.infer<typeof AppraisalItemSchema>;
export type UnitAppraisal = z.infer<typeof UnitAppraisalSchema>;
export type Appraisal = z.infer<typeof AppraisalSchema>;
export type AppraisedResponse = ScoreResponse & { appraisal: Appraisal };

/** A change the appraiser made, with its reason (from the "Thẩm định" sheet, or a request's selfAssessment). */
export interface ListedChange {
  unitId: string;
  itemId: string;
  self: CellValue;
  appraised: CellValue;
  reason: string | null;
}

/** A criterion's points in a result, whatever the answer's shape (per-id points, or the criteria list). */
function pointsOf(u: UnitResult | undefined, id: string): number | null {
  if (!u) return null;
  const x = u as unknown as { points?: Record<string, number>; criteria?: { id: string; points: number }[] };
  if (x.points && typeof x.points === 'object' && Object.hasOwn(x.points, id)) return x.points[id];
  return x.criteria?.find((c) => c.id === id)?.points ?? null;
}

const round = (n: number, decimals: number) => Math.round(n * 10 ** decimals) / 10 ** decimals;
const awardName = (u: UnitResult | undefined) => u?.award?.name ?? null;

/** Both answers joined, unit by unit (results in the order of the ranked answer). */
export function joinAppraisal(
  plan: Plan,
  self: ScoreResponse,
  appraised: ScoreResponse,
  changes: ListedChange[],
  rankOn: 'appraised' | 'self',
): AppraisedResponse {
  const primary = rankOn === 'self' ? self : appraised;
  const selfById = new Map(self.results.map((u) => [u.unitId, u]));
  const appraisedById = new Map(appraised.results.map((u) => [u.unitId, u]));
  const listed = new Map(changes.map((c) => [`${c.unitId}\u0000${c.itemId}`, c]));
  const kindOf = (id: string): AppraisalItem['kind'] | undefined =>
    plan.criteria.some((c) => c.id === id)
      ? 'criterion'
      : (plan.targets ?? []).some((t) => t.id === id)
        ? 'target'
        : plan.facts.some((f) => f.id === id.replace(/_\d{4}$/, ''))
          ? 'fact'
          : undefined;
  const numberOf = (id: string) =>
    plan.criteria.find((c) => c.id === id)?.number ??
    (plan.targets ?? []).find((t) => t.id === id)?.number ??
    id;
  const d = plan.pointsDecimals;
  let changed = 0;
  let unreasoned = 0;
  const units = primary.results.map((r): UnitAppraisal => {
    const s = selfById.get(r.unitId);
    const a = appraisedById.get(r.unitId);
    const items: AppraisalItem[] = [];
    const seen = new Set<string>();
    for (const c of plan.criteria) {
      const sp = pointsOf(s, c.id);
      const ap = pointsOf(a, c.id);
      const change = listed.get(`${r.unitId}\u0000${c.id}`);
      if (sp === ap && !change) continue;
      seen.add(c.id);
      items.push({
        id: c.id,
        kind: 'criterion',
        number: c.number,
        selfValue: change?.self ?? null,
        appraisedValue: change?.appraised ?? null,
        selfPoints: sp,
        appraisedPoints: ap,
        difference: sp !== null && ap !== null ? round(ap - sp, d) : null,
        reason: change?.reason ?? null,
      });
    }
    for (const change of changes) {
      if (change.unitId !== r.unitId || seen.has(change.itemId)) continue;
      const kind = kindOf(change.itemId);
      if (!kind) continue;
      items.push({
        id: change.itemId,
        kind,
        number: numberOf(change.itemId),
        selfValue: change.self,
        appraisedValue: change.appraised,
        selfPoints: null,
        appraisedPoints: null,
        difference: null,
        reason: change.reason,
      });
    }
    changed += items.length;
    unreasoned += items.filter((i) => !i.reason).length;
    // a unit with no self-assessment (no row on "Tự chấm") has no self total: blank, never a 0 it did not give
    const selfTotal = s ? s.total : null;
    const appraisedTotal = a ? a.total : null;
    return {
      unitId: r.unitId,
      name: r.name,
      block: r.block,
      selfTotal,
      appraisedTotal,
      difference: selfTotal !== null && appraisedTotal !== null ? round(appraisedTotal - selfTotal, d) : null,
      selfRank: s?.rank ?? null,
      appraisedRank: a?.rank ?? null,
      selfAward: awardName(s),
      appraisedAward: awardName(a),
      items,
    };
  });
  return { ...primary, appraisal: { rankOn, units, changed, unreasoned } };
}

export function isAppraised(response: ScoreResponse): response is AppraisedResponse {
  return Boolean((response as Partial<AppraisedResponse>).appraisal);
}
