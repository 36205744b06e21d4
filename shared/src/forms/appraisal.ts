/**
 * Two scores side by side (tự chấm, thẩm định). The same request is scored twice through the one scoring call —
 * the units' own values and the appraised ones — and the answers joined: the answer of the score the plan ranks on
 * (`plan.appraisal.rankOn`, appraised by default) carries an `appraisal` part with both totals, ranks and awards per
 * unit and every item that differs, with the appraiser's reason. There is no second engine.
 */
import type { ScoreResponse, UnitInput, UnitResult } from '../engine/types';
import type { Plan } from '../plan/schema';
import { sheetRateScales } from '../sheet/extract';
import type { CellValue, WorkbookModel } from '../sheet/model';
import type { OutputColumn } from '../sheet/output-columns';
import { formatNumber, normalizeText, type Lang } from '../values';
import { readUnits, resolveMapping, type ScoreCall } from '../workflow';
import { APPRAISAL_SETTING_KEY, REASONS_HEADER, type AppraisalSetting } from './summary';

/** One item whose appraised value or points differ from the unit's own. */
export interface AppraisalItem {
  /** Criterion, target or fact id ("cchc_2021" for one year). */
  id: string;
  kind: 'criterion' | 'target' | 'fact';
  number: string;
  selfValue: CellValue;
  appraisedValue: CellValue;
  /** Points (criteria only; null for targets and facts). */
  selfPoints: number | null;
  appraisedPoints: number | null;
  /** appraised − self points. */
  difference: number | null;
  reason: string | null;
}

export interface UnitAppraisal {
  unitId: string;
  name: string;
  block: string;
  selfTotal: number;
  appraisedTotal: number;
  /** appraisedTotal − selfTotal. */
  difference: number;
  selfRank: number | null;
  appraisedRank: number | null;
  selfAward: string | null;
  appraisedAward: string | null;
  items: AppraisalItem[];
}

export interface Appraisal {
  rankOn: 'appraised' | 'self';
  units: UnitAppraisal[];
  /** Items changed over all units, and how many of them have no reason written. */
  changed: number;
  unreasoned: number;
}

export type AppraisedResponse = ScoreResponse & { appraisal: Appraisal };

/** A change the office listed, with its reason, as read from the "Thẩm định" sheet. */
export interface ListedChange {
  unitId: string;
  itemId: string;
  self: CellValue;
  appraised: CellValue;
  reason: string | null;
}

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
    const selfTotal = s?.total ?? 0;
    const appraisedTotal = a?.total ?? 0;
    return {
      unitId: r.unitId,
      name: r.name,
      block: r.block,
      selfTotal,
      appraisedTotal,
      difference: round(appraisedTotal - selfTotal, d),
      selfRank: s?.rank ?? null,
      appraisedRank: a?.rank ?? null,
      selfAward: awardName(s),
      appraisedAward: awardName(a),
      items,
    };
  });
  return { ...primary, appraisal: { rankOn, units, changed, unreasoned } };
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

export function isAppraised(response: ScoreResponse): response is AppraisedResponse {
  return Boolean((response as Partial<AppraisedResponse>).appraisal);
}

const L = {
  selfTotal: { vi: 'Điểm tự chấm', en: 'Self-assessed total' },
  appraisedTotal: { vi: 'Điểm thẩm định', en: 'Appraised total' },
  difference: { vi: 'Chênh lệch (thẩm định − tự chấm)', en: 'Difference (appraised − self)' },
  otherRank: { vi: 'Hạng theo tự chấm', en: 'Rank on self-assessment' },
  otherRankAppraised: { vi: 'Hạng theo thẩm định', en: 'Rank on appraisal' },
  items: { vi: 'Thẩm định: mục thay đổi, lý do', en: 'Appraisal: items changed, reasons' },
  item: { vi: 'Mục', en: 'Item' },
  noReason: { vi: 'chưa ghi lý do', en: 'no reason written' },
};

function signed(n: number, lang: Lang): string {
  return `${n > 0 ? '+' : n < 0 ? '−' : '±'}${formatNumber(Math.abs(n), undefined, lang)}`;
}

/** "Mục 8: 10 → 7 (−3): thiếu minh chứng" */
export function itemText(i: AppraisalItem, lang: Lang): string {
  const pts =
    i.selfPoints !== null && i.appraisedPoints !== null
      ? `${formatNumber(i.selfPoints, undefined, lang)} → ${formatNumber(i.appraisedPoints, undefined, lang)} (${signed(i.difference ?? 0, lang)})`
      : `${i.selfValue ?? '…'} → ${i.appraisedValue ?? '…'}`;
  return `${L.item[lang]} ${i.number}: ${pts}: ${i.reason ?? L.noReason[lang]}`;
}

/** The result columns a scored summary gets beside the plan's own: the other total, the difference, the items. */
export function appraisalColumns(response: AppraisedResponse, plan: Plan, lang: Lang): OutputColumn[] {
  const byId = new Map(response.appraisal.units.map((u) => [u.unitId, u]));
  const self = response.appraisal.rankOn === 'self';
  const points = plan.pointsDecimals > 0 ? `0.${'0'.repeat(plan.pointsDecimals)}` : '0';
  return [
    {
      key: 'appraisal:other-total',
      header: (self ? L.appraisedTotal : L.selfTotal)[lang],
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
      header: L.difference[lang],
      kind: 'points',
      format: points,
      width: 14,
      value: (u) => byId.get(u.unitId)?.difference ?? null,
    },
    {
      key: 'appraisal:other-rank',
      header: (self ? L.otherRankAppraised : L.otherRank)[lang],
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
      header: L.items[lang],
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
