/**
 * Score requests of generated communes as a sheet sends them: rates as "85,5%", yes/no as "Có"/"Không", counts
 * as numbers, the two exclusion facts — the same units (same seed) the typed-array loop scores.
 */
import type { UnitInput } from '@thidua/core';
import { COMMUNE_CRITERIA } from './common';
import type { CommuneColumns } from './generate';

export const PLAN_ID = 'phung-hiep-2023-xa';

/** Rates as a sheet shows them, to one decimal ("85,5%"), in the columns too: the loop scores what is sent. */
export function asSheet(data: CommuneColumns): CommuneColumns {
  COMMUNE_CRITERIA.forEach((c, k) => {
    if (c.scoring.kind !== 'rate') return;
    const column = data.values[k];
    for (let i = 0; i < data.n; i++) column[i] = Number(column[i].toFixed(1));
  });
  return data;
}

/** The units as plain objects (cell texts as "85,5%", "Có"), before they go through JSON. */
function plainUnits(data: CommuneColumns, from: number, to: number): UnitInput[] {
  const units: UnitInput[] = [];
  for (let i = from; i < to; i++) {
    const values: Record<string, unknown> = {};
    COMMUNE_CRITERIA.forEach((c, k) => {
      const v = data.values[k][i];
      values[c.id] =
        c.scoring.kind === 'yesNo'
          ? v >= 1
            ? 'Có'
            : 'Không'
          : c.scoring.kind === 'rate'
            ? `${v.toFixed(1).replace('.', ',')}%`
            : v;
    });
    units.push({
      id: `xa-${String(data.ids[i]).padStart(7, '0')}`,
      name: `Xã số ${data.ids[i]}`,
      block: 'xa',
      values,
      facts: { lateDossiersMaxInMonth: data.facts[0][i], reportDelayMaxDays: data.facts[1][i] },
    });
  }
  return units;
}

const IDS = Array.from({ length: 24 }, (_, k) => `tc${String(k + 1).padStart(2, '0')}`);

/**
 * The units as JSON.parse gives them to the API: objects of one shape (an object literal per unit, where
 * assigning 24 keys one by one would make slower dictionary objects), short texts shared, whole numbers small
 * integers — without a JSON text, which for a million units would take more memory than the units.
 */
export function requestUnits(data: CommuneColumns): UnitInput[] {
  if (COMMUNE_CRITERIA.some((c, k) => c.id !== IDS[k])) throw new Error('the communes plan changed its ids');
  const texts = new Map<string, string>();
  const shared = (s: string) => texts.get(s) ?? (texts.set(s, s), s);
  const cell = (d: CommuneColumns, k: number, i: number): unknown => {
    const v = d.values[k][i];
    const kind = COMMUNE_CRITERIA[k].scoring.kind;
    if (kind === 'yesNo') return v >= 1 ? 'Có' : 'Không';
    return kind === 'rate' ? shared(`${v.toFixed(1).replace('.', ',')}%`) : v | 0;
  };
  const units: UnitInput[] = [];
  for (let i = 0; i < data.n; i++)
    units.push({
      id: `xa-${String(data.ids[i]).padStart(7, '0')}`,
      name: `Xã số ${data.ids[i]}`,
      block: 'xa',
      // prettier-ignore
      values: { tc01: cell(data, 0, i), tc02: cell(data, 1, i), tc03: cell(data, 2, i), tc04: cell(data, 3, i), tc05: cell(data, 4, i), tc06: cell(data, 5, i), tc07: cell(data, 6, i), tc08: cell(data, 7, i), tc09: cell(data, 8, i), tc10: cell(data, 9, i), tc11: cell(data, 10, i), tc12: cell(data, 11, i), tc13: cell(data, 12, i), tc14: cell(data, 13, i), tc15: cell(data, 14, i), tc16: cell(data, 15, i), tc17: cell(data, 16, i), tc18: cell(data, 17, i), tc19: cell(data, 18, i), tc20: cell(data, 19, i), tc21: cell(data, 20, i), tc22: cell(data, 21, i), tc23: cell(data, 22, i), tc24: cell(data, 23, i) },
      facts: { lateDossiersMaxInMonth: data.facts[0][i] | 0, reportDelayMaxDays: data.facts[1][i] | 0 },
    });
  return units;
}

/** The request body as JSON text (what the API receives). */
export function requestBody(data: CommuneColumns, options: Record<string, unknown> = { lang: 'vi' }): string {
  return JSON.stringify({ plan: PLAN_ID, units: plainUnits(data, 0, data.n), options });
}
