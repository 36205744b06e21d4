/**
 * Two scores side by side (tự chấm, thẩm định) in a workbook: the units' own values read from the "Tự chấm" sheet
 * and the changes listed with their reasons on the "Thẩm định" sheet; the same scoring call scores both and the
 * answers are joined (engine/appraisal.ts). There is no second engine.
 */
import {
  joinAppraisal,
  type AppraisalItem,
  type AppraisedResponse,
  type ListedChange,
} from '../engine/appraisal';
import type { UnitInput } from '../engine/types';
import { render, say, word } from '../messages';
import type { Plan } from '../plan/schema';
import { sheetRateScales } from '../sheet/extract';
import type { CellValue, WorkbookModel } from '../sheet/model';
import type { OutputColumn } from '../sheet/output-columns';
import { formatNumber, normalizeText, type Lang } from '../values';
import { readUnits, resolveMapping, type ScoreCall } from '../workflow';
import { APPRAISAL_SETTING_KEY, REASONS_HEADER, type AppraisalSetting } from './summary';

export interface AppraisalSource {
  setting: AppraisalSetting;
  /** The units as they assessed themselves ("Tự chấm" sheet, read through the same workflow). */
  selfUnits: UnitInput[];
  changes: ListedChange[];
  rankOn: 'appraised' | 'self';
}

export function parseAppraisalSetting(text: string | undefined): AppraisalSetting | undefined {
  if (!text) return undefined;
  try {
    const x = JSON.parse(text) as Partial<AppraisalSetting>;
    const ok =
      x.version === 1 &&
      [x.planId, x.block, x.scoredSheet, x.selfSheet, x.reasonsSheet].every((v) => typeof v === 'string');
    return ok ? (x as AppraisalSetting) : undefined;
  } catch {
    return undefined;
  }
}

const key = (t: CellValue) => normalizeText(t === null ? '' : String(t)).trim();

/** The changes sheet's rows, found by its header (either language, columns in any order). */
function listedChanges(sheet: WorkbookModel['sheets'][number] | undefined): ListedChange[] {
  if (!sheet) return [];
  const want = (i: number) => new Set([key(REASONS_HEADER.vi[i]), key(REASONS_HEADER.en[i])]);
  const [unitCol, itemCol, selfCol, appraisedCol, reasonCol] = [2, 5, 6, 7, 8].map(want);
  for (let r = 0; r < sheet.values.length; r++) {
    const line = sheet.values[r].map(key);
    const at = (names: Set<string>) => line.findIndex((v) => names.has(v));
    const cols = [unitCol, itemCol, selfCol, appraisedCol, reasonCol].map(at);
    if (cols[0] < 0 || cols[1] < 0 || cols[4] < 0) continue;
    const out: ListedChange[] = [];
    for (const row of sheet.values.slice(r + 1)) {
      const unitId = row[cols[0]];
      const itemId = row[cols[1]];
      if (typeof unitId !== 'string' || typeof itemId !== 'string' || !unitId.trim() || !itemId.trim())
        continue;
      const reason = row[cols[4]];
      out.push({
        unitId: unitId.trim(),
        itemId: itemId.trim(),
        self: cols[2] >= 0 ? (row[cols[2]] ?? null) : null,
        appraised: cols[3] >= 0 ? (row[cols[3]] ?? null) : null,
        reason:
          typeof reason === 'string' && reason.trim()
            ? reason.trim()
            : reason === null
              ? null
              : String(reason),
      });
    }
    return out;
  }
  return [];
}

/**
 * What a summary workbook says about appraisal, when `scoredSheet` is its scored sheet: the units' own values
 * (read like the scored sheet, through the shared workflow) and the changes listed with their reasons.
 */
export function appraisalSource(
  model: WorkbookModel,
  plan: Plan,
  scoredSheet: string,
): AppraisalSource | undefined {
  const setting = parseAppraisalSetting(model.settings?.[APPRAISAL_SETTING_KEY]);
  if (!setting || setting.planId !== plan.id || setting.scoredSheet !== scoredSheet) return undefined;
  const selfModel = model.sheets.find((s) => s.name === setting.selfSheet);
  if (!selfModel) return undefined;
  const resolved = resolveMapping(selfModel, plan, model.settings);
  if (!resolved) return undefined;
  const { units } = readUnits(resolved, plan, { block: setting.block });
  return {
    setting,
    selfUnits: units,
    changes: listedChanges(model.sheets.find((s) => s.name === setting.reasonsSheet)),
    rankOn: plan.appraisal?.rankOn ?? 'appraised',
  };
}

/** The scoring call, scoring the units' own values too and joining both answers. */
export function withAppraisal(plan: Plan, call: ScoreCall, source: AppraisalSource): ScoreCall {
  return async (body) => {
    const appraised = await call(body);
    const scales = sheetRateScales(source.selfUnits);
    const { rateScales: _scored, ...options } = body.options;
    const self = await call({
      ...body,
      units: source.selfUnits,
      options: { ...options, ...(scales && Object.keys(scales).length ? { rateScales: scales } : {}) },
    });
    return joinAppraisal(plan, self, appraised, source.changes, source.rankOn);
  };
}

function signed(n: number, lang: Lang): string {
  return `${n > 0 ? '+' : n < 0 ? '−' : '±'}${formatNumber(Math.abs(n), undefined, lang)}`;
}

/** "Mục 8: 10 → 7 (−3): thiếu minh chứng" */
export function itemText(i: AppraisalItem, lang: Lang): string {
  const pts =
    i.selfPoints !== null && i.appraisedPoints !== null
      ? `${formatNumber(i.selfPoints, undefined, lang)} → ${formatNumber(i.appraisedPoints, undefined, lang)} (${signed(i.difference ?? 0, lang)})`
      : `${i.selfValue ?? '…'} → ${i.appraisedValue ?? '…'}`;
  return render(say('appraisal.item', { number: i.number, change: pts, reason: i.reason ?? null }), lang);
}

/** The result columns a scored summary gets beside the plan's own: the other total, the difference, the items. */
export function appraisalColumns(response: AppraisedResponse, plan: Plan, lang: Lang): OutputColumn[] {
  const byId = new Map(response.appraisal.units.map((u) => [u.unitId, u]));
  const self = response.appraisal.rankOn === 'self';
  const points = plan.pointsDecimals > 0 ? `0.${'0'.repeat(plan.pointsDecimals)}` : '0';
  return [
    {
      key: 'appraisal:other-total',
      header: word(self ? 'appraisal.appraised-total' : 'appraisal.self-total', lang),
      kind: 'points',
      format: points,
      width: 12,
      value: (u) => {
        const a = byId.get(u.unitId);
        return a ? (self ? a.appraisedTotal : a.selfTotal) : null;
      },
    },
    {
      key: 'appraisal:difference',
      header: word('appraisal.difference', lang),
      kind: 'points',
      format: points,
      width: 14,
      value: (u) => byId.get(u.unitId)?.difference ?? null,
    },
    {
      key: 'appraisal:other-rank',
      header: word(self ? 'appraisal.rank-appraised' : 'appraisal.rank-self', lang),
      kind: 'number',
      format: '0',
      width: 10,
      value: (u) => {
        const a = byId.get(u.unitId);
        return a ? (self ? a.appraisedRank : a.selfRank) : null;
      },
    },
    {
      key: 'appraisal:items',
      header: word('appraisal.items', lang),
      kind: 'text',
      width: 50,
      value: (u) =>
        byId
          .get(u.unitId)
          ?.items.map((i) => itemText(i, lang))
          .join('; ') || null,
    },
  ];
}
