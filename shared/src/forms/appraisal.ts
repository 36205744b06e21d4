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
import { sameCell } from '../workflow/steps';
import { formItems } from './items';
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
 * Why a summary workbook's appraisal is not read as it was written, as data: the "Tự chấm" sheet deleted or renamed
 * (the units are then scored once, on the appraised values alone), that sheet no longer readable as the plan's table,
 * or the "Thẩm định" sheet gone (every change is then listed without its reason).
 */
export interface AppraisalWarning {
  code:
    'appraisal-self-sheet-missing' | 'appraisal-self-sheet-unreadable' | 'appraisal-reasons-sheet-missing';
  /** `expected`: the sheet the summary names; `scored`: the sheet scored; `sheets`: the workbook's other sheets. */
  params: { expected: string; scored: string; sheets: string[] };
}

export interface AppraisalReading {
  /** Undefined when the workbook is no summary of forms for this plan and sheet, or its own values cannot be read. */
  source?: AppraisalSource;
  warnings: AppraisalWarning[];
}

/** A warning's text, Vietnamese first (`lang: 'en'` for English). */
export function appraisalWarningText(w: AppraisalWarning, lang: Lang): string {
  return render(say(w.code, w.params), lang);
}

/**
 * What a summary workbook says about appraisal, when `scoredSheet` is its scored sheet: the units' own values
 * (read like the scored sheet, through the shared workflow) and the changes listed with their reasons — and, when a
 * sheet the summary names is gone or unreadable, a warning naming it: never a unit scored once without a word.
 */
export function readAppraisal(model: WorkbookModel, plan: Plan, scoredSheet: string): AppraisalReading {
  const setting = parseAppraisalSetting(model.settings?.[APPRAISAL_SETTING_KEY]);
  if (!setting || setting.planId !== plan.id || setting.scoredSheet !== scoredSheet) return { warnings: [] };
  const named = (name: string) => model.sheets.find((s) => s.name === name);
  const warn = (code: AppraisalWarning['code'], expected: string): AppraisalWarning => ({
    code,
    params: {
      expected,
      scored: scoredSheet,
      sheets: model.sheets.map((s) => s.name).filter((n) => n !== scoredSheet),
    },
  });
  const selfModel = named(setting.selfSheet);
  if (!selfModel) return { warnings: [warn('appraisal-self-sheet-missing', setting.selfSheet)] };
  const resolved = resolveMapping(selfModel, plan, model.settings);
  if (!resolved) return { warnings: [warn('appraisal-self-sheet-unreadable', setting.selfSheet)] };
  const { units } = readUnits(resolved, plan, { block: setting.block });
  const reasons = named(setting.reasonsSheet);
  return {
    source: {
      setting,
      selfUnits: units,
      changes: listedChanges(reasons),
      rankOn: plan.appraisal?.rankOn ?? 'appraised',
    },
    warnings: reasons ? [] : [warn('appraisal-reasons-sheet-missing', setting.reasonsSheet)],
  };
}

/** readAppraisal's source alone (see there: call readAppraisal to tell the official what could not be read). */
export function appraisalSource(
  model: WorkbookModel,
  plan: Plan,
  scoredSheet: string,
): AppraisalSource | undefined {
  return readAppraisal(model, plan, scoredSheet).source;
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
    const unlisted = unlistedChanges(body.units, source.selfUnits, source.changes);
    return joinAppraisal(plan, self, appraised, [...source.changes, ...unlisted], source.rankOn);
  };
}

const cellOf = (v: unknown): CellValue =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null;

/**
 * Values the office changed on the scored sheet itself without a line on the changes sheet: every criterion, target
 * and fact whose appraised value differs from the unit's own is listed, with no reason — a fact changed there (a
 * late report, a rating) can exclude a unit with the same points, and must not go unexplained.
 */
export function unlistedChanges(
  appraised: UnitInput[],
  self: UnitInput[],
  listed: ListedChange[],
): ListedChange[] {
  const known = new Set(listed.map((c) => `${c.unitId}\u0000${c.itemId}`));
  const selfById = new Map(self.map((u) => [u.id, u]));
  const out: ListedChange[] = [];
  for (const u of appraised) {
    const own = selfById.get(u.id);
    if (!own) continue;
    const pairs: [Record<string, unknown>, Record<string, unknown>][] = [
      [u.values, own.values],
      [u.facts ?? {}, own.facts ?? {}],
    ];
    for (const [a, b] of pairs)
      for (const id of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
        const av = Object.hasOwn(a, id) ? a[id] : null;
        const sv = Object.hasOwn(b, id) ? b[id] : null;
        if (sameCell(av, sv) || known.has(`${u.id}\u0000${id}`)) continue;
        out.push({ unitId: u.id, itemId: id, self: cellOf(sv), appraised: cellOf(av), reason: null });
      }
  }
  return out;
}

function signed(n: number, lang: Lang): string {
  return `${n > 0 ? '+' : n < 0 ? '−' : '±'}${formatNumber(Math.abs(n), undefined, lang)}`;
}

/** A fact's label as the form writes it ("Số ngày trễ báo cáo", "Xếp loại CCHC 2021"), or undefined. */
function factTitle(plan: Plan | undefined, id: string, lang: Lang): string | undefined {
  const year = /_(\d{4})$/.exec(id);
  const f =
    plan?.facts.find((x) => x.id === id) ??
    (year ? plan?.facts.find((x) => `${x.id}_${year[1]}` === id) : undefined);
  if (!f) return undefined;
  const label = (lang === 'en' ? f.labelEn : undefined) ?? f.label;
  return f.id === id ? label : `${label} ${year?.[1] ?? ''}`.trim();
}

/** The number format of an item's cells on the forms and the summary ("0%" for a rate), by item id. */
const formats = new WeakMap<Plan, Map<string, string | undefined>>();
function itemFormat(plan: Plan | undefined, id: string, lang: Lang): string | undefined {
  if (!plan) return undefined;
  let byId = formats.get(plan);
  if (!byId) {
    byId = new Map(formItems(plan, undefined, lang).map((x) => [x.target.id, x.spec.format ?? undefined]));
    formats.set(plan, byId);
  }
  return byId.get(id);
}

/** A value as the cell shows it: a number in a % cell as a percentage ("85,5%"), yes/no in words. */
function valueText(v: AppraisalItem['selfValue'], format: string | undefined, lang: Lang): string {
  if (v === null || v === '') return '…';
  if (typeof v === 'number')
    return format?.includes('%')
      ? `${formatNumber(Math.round(v * 1e10) / 1e8, undefined, lang)}%`
      : formatNumber(v, undefined, lang);
  if (typeof v === 'boolean') return word(v ? 'value.yes' : 'value.no', lang);
  return v;
}

/**
 * "Mục 8: 10 → 7 (−3): thiếu minh chứng"; when the points did not change, the values that did ("Mục 8: 95% → 85,5%
 * (điểm không đổi: 10): …"); a fact by its label ("Mục "Số ngày trễ báo cáo": 0 → 5: …").
 */
export function itemText(i: AppraisalItem, lang: Lang, plan?: Plan): string {
  const title = i.kind === 'fact' ? factTitle(plan, i.id, lang) : undefined;
  const number = title ? `"${title}"` : i.number;
  const format = itemFormat(plan, i.id, lang);
  const values = `${valueText(i.selfValue, format, lang)} → ${valueText(i.appraisedValue, format, lang)}`;
  const known = i.selfValue !== null || i.appraisedValue !== null;
  let change: string;
  if (i.selfPoints !== null && i.appraisedPoints !== null && i.selfPoints === i.appraisedPoints && known)
    change = render(
      say('appraisal.same-points', { values, points: formatNumber(i.selfPoints, undefined, lang) }),
      lang,
    );
  else if (i.selfPoints !== null && i.appraisedPoints !== null)
    change = `${formatNumber(i.selfPoints, undefined, lang)} → ${formatNumber(i.appraisedPoints, undefined, lang)} (${signed(i.difference ?? 0, lang)})`;
  else change = values;
  return render(say('appraisal.item', { number, change, reason: i.reason ?? null }), lang);
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
          ?.items.map((i) => itemText(i, lang, plan))
          .join('; ') || null,
    },
  ];
}
