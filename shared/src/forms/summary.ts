/**
 * The summary workbook a merge writes (bảng tổng hợp): the scoring template with one row per unit of the batch —
 * "Bảng chấm điểm" holds the values to score (the appraised value where the office gave one, else the unit's own),
 * "Tự chấm" the same table with the units' own values, "Thẩm định" every item the office changed, with its reason.
 * `thidua score` reads "Bảng chấm điểm" like any sheet; the settings tell it where the other two are, so it scores
 * both and shows them side by side.
 */
import type { Plan } from '../plan/schema';
import type { CellValue, WriteBlock } from '../sheet/model';
import { blocksStamp } from '../sheet/ownership';
import { buildTemplate, type Template } from '../sheet/template';
import { mappingSettingKey, mappingToSetting } from '../sheet/mapping';
import { SETTING_KEYS } from '../sheet/write-plan';
import type { ExtendedWritePlan } from '../sheet/write-extras';
import { word, type WordCode } from '../messages';
import type { Lang } from '../values';
import { itemKey } from './items';
import { sameValue, type MergeResult, type MergedUnit } from './merge';

export const APPRAISAL_SETTING_KEY = 'thidua.appraisal';

export interface AppraisalSetting {
  version: 1;
  planId: string;
  block: string;
  /** The sheet scored (appraised values), the units' own values, and the list of changes with reasons. */
  scoredSheet: string;
  selfSheet: string;
  reasonsSheet: string;
}

const CHANGES_HEADER: WordCode[] = [
  'column.no',
  'column.unit',
  'form.column.unit-id',
  'form.column.item',
  'form.column.title',
  'form.column.item-id',
  'form.column.self',
  'form.column.appraised',
  'column.reason',
  'form.column.evidence',
];

/** Header texts of the changes sheet, in both languages, as its reader finds them. */
export const REASONS_HEADER = {
  vi: CHANGES_HEADER.map((code) => word(code, 'vi')),
  en: CHANGES_HEADER.map((code) => word(code, 'en')),
};

/** The value a unit's row gets on the scored sheet: the appraised one when given, else its own. */
function scoredValue(unit: MergedUnit, key: string): CellValue {
  const row = unit.rows[key];
  if (!row) return null;
  return row.appraised ?? row.self;
}

/** A template's table sheet only, moved to another sheet name. */
function tableOnly(
  template: Template,
  name: string,
): Pick<ExtendedWritePlan, 'blocks' | 'columnWidths' | 'validations' | 'freeze'> {
  const from = template.sheet;
  const wp = template.writePlan;
  return {
    blocks: wp.blocks.filter((b) => b.sheet === from).map((b) => ({ ...b, sheet: name })),
    columnWidths: wp.columnWidths.filter((w) => w.sheet === from).map((w) => ({ ...w, sheet: name })),
    validations: (wp.validations ?? []).filter((v) => v.sheet === from).map((v) => ({ ...v, sheet: name })),
    freeze: (wp.freeze ?? []).filter((f) => f.sheet === from).map((f) => ({ ...f, sheet: name })),
  };
}

/** Fills the template's table (its block with two header rows) with one value per unit and column. */
function fill(
  template: Template,
  units: (MergedUnit | undefined)[],
  pick: (u: MergedUnit, key: string) => CellValue,
) {
  const table = template.writePlan.blocks.find((b) => b.sheet === template.sheet && b.headerRows === 2);
  if (!table) throw new RangeError('template without a table');
  const { mapping } = template;
  units.forEach((u, i) => {
    if (!u) return;
    const line = table.values[2 + i];
    for (const col of mapping.columns)
      if (col.target && col.target.kind !== 'unitField')
        line[col.index - table.at.col] = pick(u, itemKey(col.target));
  });
}

export interface Summary {
  writePlan: ExtendedWritePlan;
  sheet: string;
  setting: AppraisalSetting;
  /** Items the office changed, over all units. */
  changed: number;
}

export function buildSummary(plan: Plan, merged: MergeResult, lang: Lang = 'vi'): Summary {
  const names = merged.roster.map((u) => u.name);
  const byId = new Map(merged.units.map((u) => [u.id, u]));
  const units = merged.roster.map((u) => byId.get(u.id));
  const scored = buildTemplate(plan, { block: merged.block, lang, units: names });
  fill(scored, units, scoredValue);
  const self = buildTemplate(plan, { block: merged.block, lang, units: names });
  fill(self, units, (u, key) => u.rows[key]?.self ?? null);
  const selfSheet = word('form.column.self', lang);
  const reasonsSheet = word('summary.changes-sheet', lang);
  const wp = scored.writePlan;
  const moved = tableOnly(self, selfSheet);
  wp.sheets.push(
    { name: selfSheet, mode: 'createOrReplace' },
    { name: reasonsSheet, mode: 'createOrReplace' },
  );
  wp.blocks.push(...moved.blocks);
  wp.columnWidths.push(...moved.columnWidths);
  (wp.validations ??= []).push(...(moved.validations ?? []));
  (wp.freeze ??= []).push(...(moved.freeze ?? []));

  const items = new Map(merged.items.map((i) => [i.key, i]));
  const lines: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  for (const u of units) {
    if (!u) continue;
    for (const item of merged.items) {
      const row = u.rows[item.key];
      if (!row || row.appraised === null || sameValue(row.appraised, row.self)) continue;
      lines.push([
        lines.length + 1,
        u.name,
        u.id,
        items.get(item.key)?.number ?? '',
        item.title,
        item.target.id,
        row.self,
        row.appraised,
        row.reason,
        row.evidence,
      ]);
      formats.push(['0', '@', '@', '@', '@', '@', item.spec.format, item.spec.format, '@', '@']);
    }
  }
  const header = REASONS_HEADER[lang];
  const reasonBlocks: WriteBlock[] = [
    {
      sheet: reasonsSheet,
      at: { row: 0, col: 0 },
      values: [[word('summary.changes-title', lang)]],
      columnKinds: ['text'],
      style: { bold: true },
    },
    {
      sheet: reasonsSheet,
      at: { row: 1, col: 0 },
      values: [[word('summary.changes-hint', lang)]],
      columnKinds: ['text'],
      style: { italic: true },
    },
    {
      sheet: reasonsSheet,
      at: { row: 3, col: 0 },
      values: [header],
      columnKinds: header.map(() => 'text'),
      headerRows: 1,
    },
    // one block per line: the values keep the format of their item (a rate as %, a date as a date)
    ...lines.map((line, i): WriteBlock => ({
      sheet: reasonsSheet,
      at: { row: 4 + i, col: 0 },
      values: [line],
      columnKinds: line.map((v, c) => (c === 0 ? 'number' : typeof v === 'number' ? 'number' : 'text')),
      columnFormats: formats[i],
    })),
  ];
  wp.blocks.push(...reasonBlocks);
  wp.columnWidths.push(
    ...[6, 30, 18, 8, 50, 14, 14, 14, 40, 30].map((width, col) => ({ sheet: reasonsSheet, col, width })),
  );
  const setting: AppraisalSetting = {
    version: 1,
    planId: plan.id,
    block: merged.block,
    scoredSheet: scored.sheet,
    selfSheet,
    reasonsSheet,
  };
  wp.settings[APPRAISAL_SETTING_KEY] = JSON.stringify(setting);
  wp.settings[mappingSettingKey(selfSheet)] = mappingToSetting({ ...self.mapping, sheet: selfSheet });
  // ours, so that scoring never reads them as another table of the same units
  wp.settings[SETTING_KEYS.sheets] = JSON.stringify(
    [selfSheet, reasonsSheet].map((name) => ({ name, stamp: blocksStamp(wp.blocks, name) })),
  );
  return { writePlan: wp, sheet: scored.sheet, setting, changed: lines.length };
}
