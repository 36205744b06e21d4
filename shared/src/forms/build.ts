/**
 * Self-assessment forms (phiếu tự chấm điểm) generated from a plan: one per unit, as one workbook per unit or one
 * sheet per unit. Criteria, targets and facts in rows — STT, nội dung, điểm chuẩn, cách ghi, tự chấm, minh chứng /
 * ghi chú, thẩm định, lý do — with the template's formats and validation on the input cells, the unit's known facts
 * filled in (from its registration), its identity in the settings and on the sheet, and the structure protected:
 * only the four input columns of the item rows are unlocked.
 */
import { contentHash } from '../plan/hash';
import { planHash } from '../engine/compile';
import type { Plan } from '../plan/schema';
import { unitSlug } from '../sheet/extract';
import type { CellValue, RangeRef, WriteBlock } from '../sheet/model';
import { emptyWritePlan, type DataValidationSpec, type ExtendedWritePlan } from '../sheet/write-extras';
import { wrappedLines } from '../sheet/print-layout';
import type { RowHeight } from '../sheet/model';
import { render, say, word, type WordCode } from '../messages';
import { formatNumber, type Lang } from '../values';
import { FORM_COLUMNS as C, FORM_KIND, formSettingKey, identityLine, type FormIdentity } from './identity';
import { formItems, type FormItem, type FormSection } from './items';
import { formMessages, type FormProblem } from './messages';

/** A sheet to protect, and the cells left unlocked in it (applied by the ExcelJS adapter's protectSheets). */
export interface SheetProtection {
  sheet: string;
  unlocked: Omit<RangeRef, 'sheet'>[];
}

export interface FormUnit {
  id?: string;
  name: string;
  /** Values already known (the registration date, titles registered for), by fact id. */
  facts?: Record<string, unknown>;
}

export interface FormWorkbook {
  /** File name to save it under ("01-xa-hoa-an.xlsx"), or the batch's one workbook. */
  fileName: string;
  writePlan: ExtendedWritePlan;
  protections: SheetProtection[];
  /** One per form in the workbook. */
  forms: { sheet: string; identity: FormIdentity }[];
}

const HEADER: WordCode[] = [
  'column.no',
  'form.column.content',
  'form.column.max',
  'form.column.how',
  'form.column.self',
  'form.column.evidence-notes',
  'form.column.appraised',
  'form.column.appraisal-reason',
];
const SECTIONS: Record<FormSection, WordCode> = {
  criteria: 'form.section.criteria',
  targets: 'form.section.targets',
  facts: 'form.section.facts',
};

const WIDTHS = [6, 60, 11, 26, 14, 30, 14, 30];

/** Unit ids as the summary table will read them: slugs of the names, a repeated name gets "-2". */
export function rosterIds(units: FormUnit[]): { id: string; name: string }[] {
  const seen = new Set<string>();
  return units.map((u) => {
    const base = u.id ?? (unitSlug(u.name) || 'don-vi');
    let id = base;
    for (let k = 2; seen.has(id); k++) id = `${base}-${k}`;
    seen.add(id);
    return { id, name: u.name };
  });
}

/**
 * Units listed more than once — the same name, or names that differ only in case, accents' placement or spacing
 * ("Xã Hòa An", "xã hoà an"): each group, as written. One unit must have one form: a second would be a second row
 * of the summary, the same unit ranked twice. Never guessed: the list is refused until it is corrected.
 */
export function repeatedUnits(units: FormUnit[]): FormProblem | undefined {
  const groups = new Map<string, string[]>();
  for (const u of units) {
    const k = u.id ?? (unitSlug(u.name) || u.name.trim());
    groups.set(k, [...(groups.get(k) ?? []), u.name]);
  }
  const repeated = [...groups.values()].filter((g) => g.length > 1);
  return repeated.length
    ? { code: 'form-repeated-unit', severity: 'error', ...formMessages.repeated(repeated) }
    : undefined;
}

/** Sheet names Excel accepts (31 characters, no []:*?/\), unique without case. */
function sheetNames(units: { name: string }[]): string[] {
  const taken = new Set<string>();
  const width = String(units.length).length;
  return units.map((u, i) => {
    const prefix = `${String(i + 1).padStart(width, '0')} `;
    const clean = u.name
      .replace(/[[\]:*?/\\']/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    let name = (prefix + clean).slice(0, 31).trim();
    for (let k = 2; taken.has(name.toLowerCase()); k++)
      name = `${prefix}${clean}`.slice(0, 27).trim() + ` (${k})`;
    taken.add(name.toLowerCase());
    return name;
  });
}

function factValue(facts: Record<string, unknown> | undefined, id: string): CellValue {
  if (!facts) return null;
  const v = Object.hasOwn(facts, id) ? facts[id] : undefined;
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null;
}

/** The value a form shows for a known fact: yes/no as the validation list writes it. */
function shown(v: CellValue, lang: Lang): CellValue {
  if (typeof v === 'boolean') return word(v ? 'value.yes' : 'value.no', lang);
  return v;
}

interface Placed {
  blocks: WriteBlock[];
  /** The title lines, merged over the form's width. */
  lines: number[];
  heights: RowHeight[];
  validations: DataValidationSpec[];
  rows: FormIdentity['layout']['rows'];
  headerRow: number;
  lastRow: number;
  unlocked: Omit<RangeRef, 'sheet'>[];
}

function placeForm(
  sheet: string,
  plan: Plan,
  items: FormItem[],
  unit: FormUnit,
  blockName: string,
  identity: Omit<FormIdentity, 'layout'>,
  lang: Lang,
): Placed {
  const text = (values: CellValue[][], at: number, style?: WriteBlock['style']): WriteBlock => ({
    sheet,
    at: { row: at, col: 0 },
    values,
    columnKinds: values[0].map(() => 'text'),
    ...(style ? { style } : {}),
  });
  const blocks: WriteBlock[] = [
    text([[word('form.title', lang)]], 0, { bold: true, size: 14 }),
    text([[plan.title]], 1, { bold: true }),
    text([[render(say('form.unit', { unit: unit.name }), lang)]], 2, { bold: true }),
    text([[render(say('sheet.block-line', { block: blockName, source: plan.source.number }), lang)]], 3),
    text([[identityLine({ ...identity, layout: { headerRow: 0, rows: [] } }, lang)]], 4, { italic: true }),
    text([[word('form.guide', lang)]], 5, { italic: true }),
  ];
  const headerRow = 7;
  const header = HEADER.map((code) => word(code, lang));
  blocks.push({
    sheet,
    at: { row: headerRow, col: 0 },
    values: [header],
    columnKinds: header.map(() => 'text'),
    headerRows: 1,
  });
  const lines = [0, 1, 2, 3, 4, 5];
  const full = WIDTHS.reduce((a, b) => a + b, 0);
  const heights: RowHeight[] = [1, 5].map((r) => ({
    sheet,
    row: r,
    height: 15 * wrappedLines(String(blocks[r].values[0][0]), full, { size: 11 }),
  }));
  const validations: DataValidationSpec[] = [];
  const rows: FormIdentity['layout']['rows'] = [];
  const unlocked: Omit<RangeRef, 'sheet'>[] = [];
  let row = headerRow + 1;
  let section: FormSection | undefined;
  for (const item of items) {
    if (item.section !== section) {
      section = item.section;
      blocks.push(text([[null, word(SECTIONS[section], lang)]], row++, { bold: true }));
    }
    const known = item.target.kind === 'fact' ? shown(factValue(unit.facts, item.target.id), lang) : null;
    const max = item.max === null ? null : formatNumber(item.max, undefined, lang);
    blocks.push({
      sheet,
      at: { row, col: 0 },
      values: [[item.number, item.title, max, item.spec.hint, known, null, null, null]],
      columnKinds: ['text', 'text', 'text', 'text', item.spec.kind, 'text', item.spec.kind, 'text'],
      columnFormats: ['@', '@', '@', '@', item.spec.format, '@', item.spec.format, '@'],
      style: { wrap: true, valign: 'top', border: true },
    });
    for (const col of [C.self, C.appraised])
      if (item.spec.validation)
        validations.push({
          sheet,
          range: { top: row, left: col, bottom: row, right: col },
          prompt: item.spec.hint,
          ...item.spec.validation,
        });
    unlocked.push({ top: row, left: C.self, bottom: row, right: C.reason });
    const tall = Math.max(
      wrappedLines(item.title, WIDTHS[C.title], { size: 11 }),
      wrappedLines(item.spec.hint, WIDTHS[C.hint], { size: 11 }),
    );
    if (tall > 1) heights.push({ sheet, row, height: 15 * tall, table: true });
    rows.push({ key: item.key, row, number: item.number, title: item.title });
    row++;
  }
  row++;
  blocks.push(
    text(
      [word('form.signature.date', lang), word('form.signature.head', lang)].map((l) => [
        null,
        null,
        null,
        null,
        null,
        l,
      ]),
      row,
      { bold: true },
    ),
  );
  return { blocks, lines, heights, validations, rows, headerRow, lastRow: row + 1, unlocked };
}

export interface FormsOptions {
  block?: string;
  lang?: Lang;
  /** 'workbooks' (default): one workbook per unit; 'sheets': one workbook, one sheet per unit. */
  layout?: 'workbooks' | 'sheets';
}

/** The forms of a batch of units: each unit's form, its identity and the protection of its sheet. */
export function buildForms(plan: Plan, units: FormUnit[], opts: FormsOptions = {}): FormWorkbook[] {
  const lang = opts.lang ?? 'vi';
  const block = opts.block
    ? plan.blocks.find((b) => b.id === opts.block)
    : plan.blocks.length === 1
      ? plan.blocks[0]
      : undefined;
  if (!block) throw new RangeError(opts.block ? `Unknown block "${opts.block}"` : 'A block is needed');
  const items = formItems(plan, block.id, lang);
  const roster = rosterIds(units);
  const hash = planHash(plan);
  const batch = {
    id: contentHash({ plan: hash, block: block.id, units: roster }).slice(7, 23),
    units: roster,
  };
  const blockName = (lang === 'en' ? block.nameEn : undefined) ?? block.name;
  const layout = opts.layout ?? 'workbooks';
  const names = layout === 'sheets' ? sheetNames(units) : units.map(() => word('form.sheet', lang));
  const made = units.map((unit, i) => {
    const sheet = names[i];
    const base: Omit<FormIdentity, 'layout'> = {
      kind: FORM_KIND,
      version: 1,
      planId: plan.id,
      planVersion: plan.version,
      planHash: hash,
      block: block.id,
      lang,
      unit: roster[i],
      batch,
    };
    const placed = placeForm(sheet, plan, items, unit, blockName, base, lang);
    const identity: FormIdentity = { ...base, layout: { headerRow: placed.headerRow, rows: placed.rows } };
    return { sheet, identity, placed };
  });
  const workbook = (parts: typeof made, fileName: string): FormWorkbook => {
    const wp = emptyWritePlan();
    wp.validations = [];
    wp.freeze = [];
    for (const { sheet, identity, placed } of parts) {
      wp.sheets.push({ name: sheet, mode: 'createOrReplace' });
      wp.blocks.push(...placed.blocks);
      wp.validations.push(...placed.validations);
      wp.columnWidths.push(...WIDTHS.map((width, col) => ({ sheet, col, width })));
      wp.freeze.push({ sheet, at: { row: placed.headerRow + 1, col: 2 } });
      (wp.merges ??= []).push(
        ...placed.lines.map((r) => ({ sheet, top: r, left: 0, bottom: r, right: C.reason })),
      );
      (wp.rowHeights ??= []).push(...placed.heights);
      (wp.pageSetup ??= []).push({
        sheet,
        orientation: 'landscape',
        paperSize: 'A4',
        fitToWidth: 1,
        printTitleRows: { first: placed.headerRow, last: placed.headerRow },
        margins: { top: 15, bottom: 15, left: 20, right: 15, header: 8, footer: 8 },
        centerHorizontally: true,
        footer: 'Trang &P/&N',
      });
      wp.settings[formSettingKey(sheet)] = JSON.stringify(identity);
    }
    return {
      fileName,
      writePlan: wp,
      protections: parts.map((p) => ({ sheet: p.sheet, unlocked: p.placed.unlocked })),
      forms: parts.map((p) => ({ sheet: p.sheet, identity: p.identity })),
    };
  };
  if (layout === 'sheets') return [workbook(made, `phieu-tu-cham-${plan.id}-${block.id}.xlsx`)];
  const width = Math.max(2, String(units.length).length);
  return made.map((m, i) =>
    workbook([m], `${String(i + 1).padStart(width, '0')}-${m.identity.unit.id.slice(0, 60)}.xlsx`),
  );
}
