/**
 * A request's self-assessment (tự chấm) beside the appraised values: the units as they scored themselves, and the
 * appraiser's changes with their reasons, for the join of the two answers (engine/appraisal.ts).
 */
import type { ListedChange } from '../engine/appraisal';
import type { UnitInput } from '../engine/types';
import type { CellValue } from '../sheet/model';
import type { ScoreRequest } from './schemas';

type RequestUnit = ScoreRequest['units'][number];

export function hasSelfAssessment(units: readonly RequestUnit[]): boolean {
  return units.some((u) => u.selfAssessment !== undefined);
}

/** Each unit with its own values where it gave itself something else; units without a self-assessment as sent. */
export function selfAssessedUnits(units: readonly RequestUnit[]): UnitInput[] {
  return units.map((u) => {
    const { selfAssessment, ...unit } = u;
    if (!selfAssessment) return unit;
    return {
      ...unit,
      values: { ...unit.values, ...selfAssessment.values },
      ...(unit.facts || selfAssessment.facts ? { facts: { ...unit.facts, ...selfAssessment.facts } } : {}),
    };
  });
}

const cell = (v: unknown): CellValue =>
  v === undefined || v === null ? null : typeof v === 'object' ? JSON.stringify(v) : (v as CellValue);

/**
 * One change per item the unit assessed otherwise or the appraiser gave a reason for; a per-year fact sent as
 * { "2021": …, "2022": … } is one change per year ("<fact>_<year>").
 */
export function appraisalChanges(units: readonly RequestUnit[]): ListedChange[] {
  const out: ListedChange[] = [];
  for (const u of units) {
    const s = u.selfAssessment;
    if (!s) continue;
    const reasons = s.reasons ?? {};
    const seen = new Set<string>();
    const add = (itemId: string, self: unknown, appraised: unknown) => {
      if (seen.has(itemId)) return;
      seen.add(itemId);
      const reason = Object.hasOwn(reasons, itemId) ? reasons[itemId]?.trim() || null : null;
      out.push({ unitId: u.id, itemId, self: cell(self), appraised: cell(appraised), reason });
    };
    for (const [id, v] of Object.entries(s.values ?? {})) add(id, v, u.values[id]);
    for (const [id, v] of Object.entries(s.facts ?? {})) {
      const appraised = u.facts?.[id];
      if (v !== null && typeof v === 'object')
        for (const [year, y] of Object.entries(v))
          add(
            `${id}_${year}`,
            y,
            appraised !== null && typeof appraised === 'object' ? appraised[year] : undefined,
          );
      else add(id, v, appraised);
    }
    for (const id of Object.keys(reasons))
      add(id, undefined, Object.hasOwn(u.values, id) ? u.values[id] : u.facts?.[id]);
  }
  return out;
}
