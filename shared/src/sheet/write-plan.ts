import type { Plan } from '../plan/schema';
import type { ScoreResponse } from '../engine/types';
import type { Lang } from '../values';
import {
  cellAddress,
  rangeAddress,
  type CellRef,
  type CellValue,
  type RangeRef,
  type SheetModel,
  type WriteBlock,
} from './model';
import {
  emptyWritePlan,
  type ExtendedWritePlan,
  type WriteExpectation,
  type WriteWarning,
} from './write-extras';
import { gridFingerprint } from './fingerprint';
import {
  blocksStamp,
  locateOutput,
  modelStamp,
  parseOwnedSheetList,
  type OwnedSheet,
  parseOutputRecords,
  recordOutput,
  type Axis,
  type OutputRecord,
} from './ownership';
import { insideRect, MAX_COLS, MAX_ROWS, SheetCells, subtractRects, type Rect } from './sheet-cells';
import { outputColumns, type OutputColumn, type UnitCells } from './output-columns';
import { buildResultsSheet } from './results-sheet';
import { councilRunRecord } from '../council/run-record';
import type { FinalRecord } from '../council/final';
import { buildProposalsSheet } from './proposals-sheet';
import { buildRunLog } from './run-log';
import { buildExplanationsSheet, explanationRowCount, MAX_EXPLANATION_ROWS } from './explanations-sheet';
import { printSettings } from './print-settings';
import type { DossierSettings } from '../dossier/settings';
import { bilingual, say } from '../messages';
import { label } from './write-labels';

export type { UnitCells } from './output-columns';

/** Workbook settings keys this module reads and writes. */
export const SETTING_KEYS = {
  output: 'thidua.output',
  plan: 'thidua.plan',
  mapping: 'thidua.mapping',
  lastRun: 'thidua.lastRun',
  /** The sheets the program created (results, proposals, explanations, log): only these are ever replaced. */
  sheets: 'thidua.sheets',
} as const;

/** The part of a ColumnMapping the writer needs (a full ColumnMapping fits). */
export interface WriteMapping {
  sheet: string;
  orientation: 'rows' | 'columns';
  headerRows: number[];
  dataStart: number;
  dataEnd: number;
}

export interface BuildWritePlanInput {
  /** The input sheet as read (may contain the previous run's output). */
  sheet: SheetModel;
  mapping: WriteMapping;
  /** Where each unit's cells are, by unit id. */
  cells: Map<string, UnitCells>;
  response: ScoreResponse;
  plan: Plan;
  lang?: Lang;
  /** Also write the points of every criterion. */
  perCriterion?: boolean;
  /** The previous run's output (the "thidua.output" setting, as text or parsed); else `settings`'. */
  previousOutput?: string | RangeRef[];
  now: Date;
  /** mappingToSetting(mapping), stored so the next run reads the sheet the same way. */
  mappingSetting?: string;
  /** Settings key for the mapping (mappingSettingKey(sheet)); "thidua.mapping" when absent. */
  mappingKey?: string;
  /** Dossier due date (YYYY-MM-DD) for the proposal list. */
  dueDate?: string;
  /** Names of every sheet in the workbook, so generated sheets never take an input sheet's name. */
  sheetNames?: string[];
  /** What the input was (file name) for the run log. */
  source?: string;
  /** The workbook's "thidua.*" settings: the previous output ("thidua.output") and our sheets ("thidua.sheets"). */
  settings?: Record<string, string>;
  /**
   * The workbook's other sheets as read (at least the program's own, listed in "thidua.sheets"): a sheet of ours
   * the official has since changed, or replaced by one of their own with the same name, is then theirs.
   */
  sheets?: SheetModel[];
  /** Leave out the results or the proposals sheet (both are written by default). */
  include?: { results?: boolean; proposals?: boolean };
  /** Write the "Giải trình" sheet: every unit's points per criterion and their explanations (default on). */
  explanationsSheet?: boolean;
  /**
   * Dossier settings for the printed sheets' header and signature block, over the plan's `dossier-…` parameters and
   * the workbook's "thidua.dossier" setting (read from `settings`); anything not given is left blank to fill.
   */
  dossier?: DossierSettings;
  /** More result columns after the plan's own (the self-assessed total beside the appraised one, shared/src/forms). */
  extraColumns?: OutputColumn[];
  /** The council marks this run final (council/final.ts markFinal): the record is stored with the run. */
  final?: FinalRecord;
  /**
   * The plan's other block sheets read in the same run (a sheet per block): each gets the output columns beside its
   * own table, for its own units, as `sheet` does. Their mappings are not stored: the official confirmed only
   * `sheet`'s.
   */
  alsoBeside?: SheetTarget[];
}

/** A sheet the output columns are written beside, with where its units' cells are. */
export interface SheetTarget {
  sheet: SheetModel;
  mapping: WriteMapping;
  cells: Map<string, UnitCells>;
}

/** The output ranges remembered in settings; anything unreadable is ignored rather than trusted. */
export function parseOutputSetting(text: string | undefined): RangeRef[] {
  return parseOutputRecords(text).map(({ sheet, top, left, bottom, right }) => ({
    sheet,
    top,
    left,
    bottom,
    right,
  }));
}

/** Names of the sheets the program created (the "thidua.sheets" setting); anything unreadable is none. */
export function parseOwnedSheets(text: string | undefined): string[] {
  return parseOwnedSheetList(text).map((o) => o.name);
}

function unitPositions(input: BuildWritePlanInput): Map<number, string> {
  const byPos = new Map<number, string>();
  for (const [unitId, c] of input.cells)
    byPos.set(input.mapping.orientation === 'rows' ? c.row : c.name.col, unitId);
  return byPos;
}

/** The table's extent across the units: first and last column (units down) or row (units across) of its cells. */
function tableCross(input: BuildWritePlanInput): { first: number; last: number } {
  let first = Infinity;
  let last = -1;
  const rows = input.mapping.orientation === 'rows';
  for (const c of input.cells.values())
    for (const ref of [c.name, ...Object.values(c.values)]) {
      const x = rows ? ref.col : ref.row;
      first = Math.min(first, x);
      last = Math.max(last, x);
    }
  return { first, last };
}

/** The table's last line along the units (row or column), as read now. */
function tableEnd(input: BuildWritePlanInput): number {
  return Math.max(input.mapping.dataEnd, ...unitPositions(input).keys());
}

function noRoom(sheet: string): Error {
  return new Error(
    `Không còn chỗ trống trên trang "${sheet}" để ghi kết quả mà không đè lên ô có dữ liệu ` +
      `(no free room on sheet "${sheet}" for the results without writing over cells that hold data)`,
  );
}

/**
 * The first column from `start` where `width` columns over rows [top..bottom] are free. Beyond the last used
 * column only stray outlier cells can be in the way: the block goes past them.
 */
/** The last of `lines` from `from` to `to`, or undefined. */
function lastWithin(lines: readonly number[], from: number, to: number): number | undefined {
  let last: number | undefined;
  for (const x of lines) if (x >= from && x <= to && (last === undefined || x > last)) last = x;
  return last;
}

function freeColumn(
  cells: SheetCells,
  top: number,
  bottom: number,
  width: number,
  start: number,
  ours: Rect[],
) {
  let left = start;
  const hidden = cells.sheet.hiddenColumns ?? [];
  for (;;) {
    if (left + width > MAX_COLS) throw noRoom(cells.sheet.name);
    const rect = { top, bottom, left, right: left + width - 1 };
    // a new block never lies in a column the official hid: the results would be out of sight
    const hiddenIn = lastWithin(hidden, rect.left, rect.right);
    if (hiddenIn !== undefined) {
      left = hiddenIn + 1;
      continue;
    }
    if (!cells.occupied(rect, ours)) return left;
    const blockers = (cells.sheet.outliers ?? []).filter((c) => insideRect(rect, c.row, c.col));
    left = blockers.length ? Math.max(...blockers.map((c) => c.col)) + 2 : left + 1;
  }
}

function freeRow(
  cells: SheetCells,
  left: number,
  right: number,
  height: number,
  start: number,
  ours: Rect[],
) {
  let top = start;
  const hidden = cells.sheet.hiddenRows ?? [];
  for (;;) {
    if (top + height > MAX_ROWS) throw noRoom(cells.sheet.name);
    const rect = { top, bottom: top + height - 1, left, right };
    const hiddenIn = lastWithin(hidden, rect.top, rect.bottom);
    if (hiddenIn !== undefined) {
      top = hiddenIn + 1;
      continue;
    }
    if (!cells.occupied(rect, ours)) return top;
    const blockers = (cells.sheet.outliers ?? []).filter((c) => insideRect(rect, c.row, c.col));
    top = blockers.length ? Math.max(...blockers.map((c) => c.row)) + 2 : top + 1;
  }
}

interface Placed {
  blocks: WriteBlock[];
  range: RangeRef;
  widths: { col: number; width: number }[];
}

/**
 * Rows orientation: one block beside the table, header aligned with the table's header, one blank column after
 * everything used on those rows — or where our previous block was, when it was ours and the new one fits there.
 */
function writeBeside(
  input: BuildWritePlanInput,
  cells: SheetCells,
  columns: OutputColumn[],
  ours: RangeRef[],
): Placed {
  const { mapping } = input;
  const positions = unitPositions(input);
  const bottom = tableEnd(input);
  let headerTop = mapping.headerRows.length ? Math.min(...mapping.headerRows) : mapping.dataStart;
  const headerBottom = mapping.headerRows.length ? Math.max(...mapping.headerRows) : mapping.dataStart - 1;
  const width = columns.length;
  const minLeft = tableCross(input).last + 2;
  const fitsAt = (left: number, top: number) =>
    left >= minLeft &&
    left + width <= MAX_COLS &&
    !cells.occupied({ top, bottom, left: left - 1, right: left + width - 1 }, ours);
  const preferred = ours.length ? ours[ours.length - 1].left : undefined;
  const leftFor = (top: number) =>
    preferred !== undefined && fitsAt(preferred, top)
      ? preferred
      : freeColumn(
          cells,
          top,
          bottom,
          width,
          Math.max(minLeft, cells.lastUsedCol(top, bottom, ours) + 2),
          ours,
        );
  let left = leftFor(headerTop);
  // No header row in the table: use the row above the data if it is free there.
  let withHeader = mapping.headerRows.length > 0;
  if (!withHeader && mapping.dataStart > 0) {
    const row = mapping.dataStart - 1;
    if (!cells.occupied({ top: row, bottom: row, left, right: left + width - 1 }, ours)) {
      headerTop = row;
      withHeader = true;
      left = leftFor(headerTop);
    }
  }
  const top = headerTop;
  const results = new Map(input.response.results.map((u) => [u.unitId, u]));
  const values: CellValue[][] = [];
  for (let r = top; r <= bottom; r++) {
    if (withHeader && r === top) {
      values.push(columns.map((c) => c.header));
      continue;
    }
    const unitId = positions.get(r);
    const unit = unitId === undefined ? undefined : results.get(unitId);
    values.push(columns.map((c) => (unit ? c.value(unit, input.cells.get(unit.unitId)) : null)));
  }
  const block: WriteBlock = {
    sheet: input.sheet.name,
    at: { row: top, col: left },
    values,
    columnKinds: columns.map((c) => c.kind),
    columnFormats: columns.map((c) => c.format ?? null),
    headerRows: withHeader ? Math.max(1, headerBottom - top + 1) : 0,
  };
  return {
    blocks: [block],
    range: { sheet: input.sheet.name, top, left, bottom, right: left + width - 1 },
    widths: columns.map((c, i) => ({ col: left + i, width: c.width })),
  };
}

/** Columns orientation (units across): one row per output below the table, labels in the header column. */
function writeBelow(
  input: BuildWritePlanInput,
  cells: SheetCells,
  columns: OutputColumn[],
  ours: RangeRef[],
): Placed {
  const { mapping } = input;
  const positions = unitPositions(input);
  const labelCol = mapping.headerRows.length
    ? Math.min(...mapping.headerRows)
    : Math.max(0, mapping.dataStart - 1);
  const right = tableEnd(input);
  const height = columns.length;
  const minTop = tableCross(input).last + 2;
  const preferred = ours.length ? ours[ours.length - 1].top : undefined;
  const top =
    preferred !== undefined &&
    preferred >= minTop &&
    preferred + height <= MAX_ROWS &&
    !cells.occupied({ top: preferred - 1, bottom: preferred + height - 1, left: labelCol, right }, ours)
      ? preferred
      : freeRow(
          cells,
          labelCol,
          right,
          height,
          Math.max(minTop, cells.lastUsedRow(labelCol, right, ours) + 2),
          ours,
        );
  const results = new Map(input.response.results.map((u) => [u.unitId, u]));
  const blocks: WriteBlock[] = columns.map((column, f) => {
    const row: CellValue[] = [column.header];
    for (let c = labelCol + 1; c <= right; c++) {
      const unitId = positions.get(c);
      const unit = unitId === undefined ? undefined : results.get(unitId);
      row.push(unit ? column.value(unit, input.cells.get(unit.unitId)) : null);
    }
    return {
      sheet: input.sheet.name,
      at: { row: top + f, col: labelCol },
      values: [row],
      columnKinds: row.map((_, i) => (i === 0 ? 'text' : column.kind)),
      columnFormats: row.map((_, i) => (i === 0 ? '@' : (column.format ?? null))),
    };
  });
  return {
    blocks,
    range: { sheet: input.sheet.name, top, left: labelCol, bottom: top + height - 1, right },
    widths: [],
  };
}

type SheetKind = 'resultsSheet' | 'proposalsSheet' | 'explanationsSheet' | 'logSheet';

/**
 * Names for the sheets this run writes. A name already taken by a sheet the program did not create (not in
 * "thidua.sheets", or no longer holding what was written there) is the official's: ours gets "Kết quả (2)",
 * "(3)"… A sheet we created earlier is reused.
 */
function sheetNamer(input: BuildWritePlanInput, isOurs: (name: string, kind: SheetKind) => boolean) {
  const existing = new Set((input.sheetNames ?? []).map((n) => n.toLowerCase()));
  const claimed = new Set<string>([input.sheet.name.toLowerCase()]);
  const spelled = new Map((input.sheetNames ?? []).map((n) => [n.toLowerCase(), n]));
  return (kind: SheetKind, lang: Lang): { name: string; reused: boolean } => {
    const base = label(kind, lang);
    const candidate = (i: number) => (i === 1 ? base : `${base} (${i})`);
    for (let i = 1; i <= 100; i++) {
      const lc = candidate(i).toLowerCase();
      if (!claimed.has(lc) && existing.has(lc) && isOurs(lc, kind)) {
        claimed.add(lc);
        return { name: candidate(i), reused: true };
      }
    }
    // Scored before in the other language: our sheet keeps its name and is rewritten in this one, so the
    // workbook never holds an earlier run's results under the other name beside this run's.
    const other = label(kind, lang === 'en' ? 'vi' : 'en');
    for (let i = 1; i <= 100; i++) {
      const lc = (i === 1 ? other : `${other} (${i})`).toLowerCase();
      if (!claimed.has(lc) && existing.has(lc) && isOurs(lc, kind)) {
        claimed.add(lc);
        return { name: spelled.get(lc) ?? lc, reused: true };
      }
    }
    for (let i = 1; ; i++) {
      const lc = candidate(i).toLowerCase();
      if (!claimed.has(lc) && !existing.has(lc)) {
        claimed.add(lc);
        return { name: candidate(i), reused: false };
      }
    }
  };
}

function sheetTakenWarning(sheet: string, taken: string, used: string): WriteWarning {
  return { code: 'sheet-name-taken', sheet: used, ...bilingual(say('write.sheet-taken', { taken, used })) };
}

function explanationsTooLarge(rows: number): WriteWarning {
  return {
    code: 'explanations-left-out',
    sheet: label('explanationsSheet'),
    ...bilingual(say('write.explanations-left-out', { rows, max: MAX_EXPLANATION_ROWS })),
  };
}

/** "'Tổng hợp điểm'!AE7:AM24", "Sheet1!K7": a sheet name other than a plain ASCII word is quoted as Excel does. */
function onSheet(sheet: string, address: string): string {
  const name = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${address}`;
}

function keptWarning(rec: OutputRecord, changed: CellRef[], placed: RangeRef): WriteWarning {
  // every place named as a reference the official can type into Excel's Go To (F5), sheet included
  const shown = changed.slice(0, 10).map((cell) => onSheet(rec.sheet, cellAddress(cell)));
  const kept = {
    where: onSheet(rec.sheet, rangeAddress(rec)),
    now: onSheet(placed.sheet, rangeAddress(placed)),
    fingerprint: Boolean(rec.fingerprint),
    changed: shown.length
      ? `${shown.join(', ')}${changed.length > shown.length ? ` (+${changed.length - shown.length})` : ''}`
      : null,
  };
  return {
    code: rec.fingerprint ? 'output-changed' : 'output-unverified',
    sheet: rec.sheet,
    range: { sheet: rec.sheet, top: rec.top, left: rec.left, bottom: rec.bottom, right: rec.right },
    ...bilingual(say('write.output-kept', kept)),
  };
}

/**
 * What the adapter re-reads before writing: the header and the unit names the plan was computed against, our
 * previous block (unchanged since it was read) and the cells about to be written (still empty).
 */
function expectations(input: BuildWritePlanInput, cells: SheetCells, ours: RangeRef[], placed: RangeRef) {
  const sheet = input.sheet.name;
  const out: WriteExpectation[] = [];
  const rows = input.mapping.orientation === 'rows';
  const cross = tableCross(input);
  const headers = input.mapping.headerRows;
  const grid = (r: Rect) => cells.rect(r).map((line) => line.map((v) => (typeof v === 'symbol' ? null : v)));
  if (headers.length && cross.last >= 0) {
    const [h0, h1] = [Math.min(...headers), Math.max(...headers)];
    const range: Rect = rows
      ? { top: h0, bottom: h1, left: cross.first, right: cross.last }
      : { left: h0, right: h1, top: cross.first, bottom: cross.last };
    out.push({ kind: 'values', what: 'header', sheet, range, values: grid(range) });
  }
  const names = [...input.cells.values()].map((c) => c.name);
  const line = rows ? names.map((n) => n.col) : names.map((n) => n.row);
  if (names.length && line.every((x) => x === line[0])) {
    const along = rows ? names.map((n) => n.row) : names.map((n) => n.col);
    const [a0, a1] = [Math.min(...along), Math.max(...along)];
    const range: Rect = rows
      ? { top: a0, bottom: a1, left: line[0], right: line[0] }
      : { left: a0, right: a1, top: line[0], bottom: line[0] };
    out.push({ kind: 'values', what: 'names', sheet, range, values: grid(range) });
  }
  for (const r of ours)
    out.push({ kind: 'fingerprint', sheet, range: rectOnly(r), fingerprint: gridFingerprint(cells.rect(r)) });
  for (const range of subtractRects(rectOnly(placed), ours)) out.push({ kind: 'empty', sheet, range });
  return out;
}

function rectOnly(r: RangeRef): Rect {
  return { top: r.top, left: r.left, bottom: r.bottom, right: r.right };
}

/**
 * The output columns beside (or rows below) one sheet's table: our previous block there cleared if still ours
 * (wherever the table moved it), else kept and said; what the adapter re-checks; the record the next run finds.
 */
function writeBesideTable(input: BuildWritePlanInput, records: OutputRecord[], columns: OutputColumn[]) {
  const cells = new SheetCells(input.sheet);
  const ours: RangeRef[] = [];
  const kept: { rec: OutputRecord; changed: CellRef[] }[] = [];
  for (const rec of records.filter((r) => r.sheet === input.sheet.name)) {
    const found = locateOutput(cells, rec, tableEnd(input));
    if (found.status === 'ours') ours.push(found.range);
    else if (found.status === 'changed') kept.push({ rec, changed: found.cells });
  }
  const axis: Axis = input.mapping.orientation;
  const placed =
    axis === 'rows' ? writeBeside(input, cells, columns, ours) : writeBelow(input, cells, columns, ours);
  return {
    ours,
    placed,
    warnings: kept.map((k) => keptWarning(k.rec, k.changed, placed.range)),
    expect: expectations(input, cells, ours, placed.range),
    record: recordOutput(placed.range, axis, placed.blocks),
  };
}

/**
 * Everything a scoring run writes, as data: the output columns beside the input table (clearing our previous
 * block first, only if it is still exactly what we wrote), the results, proposals, explanations and log sheets
 * (never over a sheet the program did not create) with how they print, what the adapter must re-check before
 * writing, and the settings that let the next run recognise its own cells. Input cells are never part of a block
 * or a clear.
 */
export function buildWritePlan(input: BuildWritePlanInput): ExtendedWritePlan {
  const lang = input.lang ?? 'vi';
  const plan = emptyWritePlan();
  const settings = input.settings ?? {};
  const previousText =
    typeof input.previousOutput === 'string'
      ? input.previousOutput
      : input.previousOutput
        ? JSON.stringify(input.previousOutput)
        : settings[SETTING_KEYS.output];
  const records = parseOutputRecords(previousText);
  const columns = [
    ...outputColumns(input.plan, lang, input.perCriterion ?? false),
    ...(input.extraColumns ?? []),
  ];
  const targets: BuildWritePlanInput[] = [
    input,
    ...(input.alsoBeside ?? [])
      .filter((t) => t.sheet.name !== input.sheet.name)
      .map((t) => ({ ...input, sheet: t.sheet, mapping: t.mapping, cells: t.cells })),
  ];
  const besides = targets.map((target) => writeBesideTable(target, records, columns));
  for (const beside of besides) {
    plan.clear.push(...beside.ours);
    plan.blocks.push(...beside.placed.blocks);
    plan.columnWidths.push(...beside.placed.widths.map((w) => ({ sheet: beside.placed.range.sheet, ...w })));
  }
  const warnings: WriteWarning[] = besides.flatMap((b) => b.warnings);
  const placed = besides[0].placed;

  // Our sheets: listed in "thidua.sheets" and, where the caller read them, still holding what was written.
  const owned = new Map(
    parseOwnedSheetList(settings[SETTING_KEYS.sheets]).map((o) => [o.name.toLowerCase(), o]),
  );
  const models = new Map((input.sheets ?? []).map((m) => [m.name.toLowerCase(), m]));
  const logRows = (kind: SheetKind) => (kind === 'logSheet' ? 1 : Infinity);
  const isOurs = (lc: string, kind: SheetKind) => {
    const entry = owned.get(lc);
    const model = models.get(lc);
    if (!entry) return false;
    return !entry.stamp || !model || modelStamp(new SheetCells(model), logRows(kind)) === entry.stamp;
  };
  const nameFor = sheetNamer(input, isOurs);
  const existing = new Set((input.sheetNames ?? []).map((n) => n.toLowerCase()));
  const ownedNow = new Map<string, OwnedSheet>();
  for (const n of input.sheetNames ?? []) {
    const entry = owned.get(n.toLowerCase());
    if (entry) ownedNow.set(n.toLowerCase(), entry);
  }
  const claim = (kind: SheetKind) => {
    const { name, reused } = nameFor(kind, lang);
    const base = label(kind, lang);
    if (!reused && name !== base && existing.has(base.toLowerCase()))
      warnings.push(sheetTakenWarning(input.sheet.name, base, name));
    return name;
  };
  const include = { results: true, proposals: true, ...input.include };
  const print = { settings: printSettings(input.plan, settings, input.dossier) };
  const explanationRows = explanationRowCount(input.response);
  const explain = (input.explanationsSheet ?? true) && explanationRows <= MAX_EXPLANATION_ROWS;
  if ((input.explanationsSheet ?? true) && !explain) warnings.push(explanationsTooLarge(explanationRows));
  // the run's snapshot, the final record and the results sheet's line about it (council/run-record.ts)
  const council = councilRunRecord({
    response: input.response,
    settings,
    now: input.now,
    lang,
    final: input.final,
  });
  const parts = [
    ...(include.results
      ? [
          buildResultsSheet(claim('resultsSheet'), input.response, input.plan, lang, input.now, print, [
            council.line,
          ]),
        ]
      : []),
    ...(include.proposals
      ? [buildProposalsSheet(claim('proposalsSheet'), input.response, input.plan, lang, input.dueDate, print)]
      : []),
    ...(explain
      ? [buildExplanationsSheet(claim('explanationsSheet'), input.response, input.plan, lang, input.now)]
      : []),
  ];
  const log = buildRunLog(claim('logSheet'), input.response, lang, input.now, {
    sheet: input.sheet.name,
    output: placed.range,
    source: input.source,
    warnings: warnings.map((w) => (lang === 'en' ? w.messageEn : w.message)),
    council: council.log,
  });
  for (const part of parts) {
    ownedNow.set(part.name.toLowerCase(), { name: part.name, stamp: blocksStamp(part.blocks, part.name) });
    plan.sheets.push({ name: part.name, mode: 'createOrReplace' });
    plan.blocks.push(...part.blocks);
    plan.conditionalFormats.push(...part.conditionalFormats);
    plan.columnWidths.push(...part.columnWidths);
    if (part.merges?.length) (plan.merges ??= []).push(...part.merges);
    if (part.rowHeights?.length) (plan.rowHeights ??= []).push(...part.rowHeights);
    if (part.pageSetup) (plan.pageSetup ??= []).push(part.pageSetup);
  }
  ownedNow.set(log.name.toLowerCase(), { name: log.name, stamp: blocksStamp(log.blocks, log.name, 1) });
  plan.sheets.push({ name: log.name, mode: 'createIfMissing' });
  plan.blocks.push(...log.blocks);
  plan.appends.push(...log.appends);
  plan.columnWidths.push(...log.columnWidths);

  plan.expect = besides.flatMap((b) => b.expect);
  plan.warnings = warnings;
  const others = records.filter((r) => !targets.some((t) => t.sheet.name === r.sheet));
  plan.settings[SETTING_KEYS.output] = JSON.stringify([...others, ...besides.map((b) => b.record)]);
  plan.settings[SETTING_KEYS.sheets] = JSON.stringify([...ownedNow.values()]);
  plan.settings[SETTING_KEYS.plan] = JSON.stringify(input.plan);
  plan.settings[SETTING_KEYS.lastRun] = input.now.toISOString();
  Object.assign(plan.settings, council.settings);
  if (input.mappingSetting) plan.settings[input.mappingKey ?? SETTING_KEYS.mapping] = input.mappingSetting;
  return plan;
}
