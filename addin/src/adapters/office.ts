/**
 * Office.js workbook adapter: reads a sheet into a SheetModel in one sync, and applies a WritePlan in a
 * constant number of syncs (a probe, then as few write requests as the 4 MB request budget allows).
 * Everything here is a thin translation; what to write is decided in shared/.
 */
import {
  assertExpectations,
  SheetChangedError,
  rangeAddress,
  type CellRef,
  type CellValue,
  type RangeRef,
  type SheetModel,
  type WritePlan,
  type DataValidationSpec,
  type FreezePanes,
  type WriteExpectation,
  type WritePlanExtras,
} from '@thidua/core/sheet';
import { bilingual, say } from '@thidua/core/messages';
import { assertOutsideInputs, PreparedTargetError } from './guard';

export { PreparedTargetError };
import { errorFacts } from './office-errors';
import { PaneError } from '../pane-error';
import { blockOperations } from './office-blocks';
import { isPageLayoutError, layoutQueues, pageLayoutQueue } from './office-print';
import { isLargeSetting, queueOldParts, settingOperations } from './office-settings';
import { halve, type Operation, packRequests, simpleOperation } from './operations';
import { MAX_REQUEST_BYTES, measureQueue, REQUEST_ENVELOPE_BYTES } from './payload';

/** Requirement-set check; defaults to Office.context.requirements when Office.js is loaded. */
export type SupportsSet = (name: string, version: string) => boolean;

export function officeSupports(name: string, version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  try {
    return Boolean(office?.context?.requirements?.isSetSupported(name, version));
  } catch {
    return false;
  }
}

/** Excel column width is in points; one character of the default font is about 7 points wide. */
const POINTS_PER_CHARACTER = 7;

/* ------------------------------------------------------------------ reading */

type LoadedRange = Pick<
  Excel.Range,
  'values' | 'numberFormat' | 'formulas' | 'rowIndex' | 'columnIndex' | 'rowHidden' | 'columnHidden'
>;

function tooLargeToRead(name?: string): Error {
  return new PaneError('sheetTooLargeToRead', {
    sheet: name === undefined ? { key: 'activeSheetName' } : { key: 'namedSheet', params: { sheet: name } },
  });
}

/**
 * Excel's refusals of a read too large for one response (Excel on the web: 5 MB) or for one range (5,000,000
 * cells): a stray value far down the sheet (row 1,048,576) stretches the used range that far.
 */
const READ_LIMIT_CODES = new Set(['ResponsePayloadSizeLimitExceeded', 'RangeExceedsLimit']);

function isReadLimit(err: unknown): boolean {
  return errorFacts(err).codes.some((c) => READ_LIMIT_CODES.has(c));
}

function toSheetModel(name: string, range: LoadedRange | null): SheetModel {
  if (!range) return { name, origin: { row: 0, col: 0 }, values: [] };
  // Excel returns null (or throws) for reads over 5,000,000 cells rather than the values.
  if (!Array.isArray(range.values)) throw tooLargeToRead(name);
  const values = (range.values as unknown[][]).map((row) => row.map(toCellValue));
  const formulas = (range.formulas as unknown[][]).map((row) =>
    row.map((f) => (typeof f === 'string' && f.startsWith('=') ? f : null)),
  );
  const numberFormats = (range.numberFormat as unknown[][]).map((row) =>
    row.map((f) => (typeof f === 'string' ? f : null)),
  );
  return { name, origin: { row: range.rowIndex, col: range.columnIndex }, values, numberFormats, formulas };
}

function toCellValue(v: unknown): CellValue {
  if (v === '' || v === undefined || v === null) return null;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  return String(v);
}

const RANGE_FIELDS = 'address,rowIndex,columnIndex,values,numberFormat,formulas,rowHidden,columnHidden';

/**
 * Columns right of a read range whose hidden state is read with it: where the result block goes (a blank column,
 * then its ten or so columns, with room for a few hidden ones). The CLI sees every hidden column of the sheet;
 * the pane sees those of the range and of these columns.
 */
export const COLUMNS_READ_AFTER = 24;

/**
 * Rows below a read range whose hidden state is read with it: where the result block of a table whose units run
 * across the columns goes (a blank row, then one row per output column, pushed down past any hidden row), with
 * room to spare. Their hidden state costs one property in the first sync; only when some of them are hidden, the
 * visible view of their first column (ExcelApi 1.3, one load whatever their number) in the second. The used range
 * itself is read whole the same way, so no hidden row of the table or under it goes unseen.
 */
export const ROWS_READ_BELOW = 1_000;

/** Where a host refuses the visible view, rows below read one `rowHidden` each: this many, as before. */
const ROWS_READ_BELOW_ONE_BY_ONE = 24;

/** "Data!A5", "'Bảng điểm'!$B$12" → 4, 11 (0-based rows). */
const ADDRESS_ROW = /!\$?[A-Z]+\$?(\d+)$/;

type HiddenLines = Pick<SheetModel, 'hiddenRows' | 'hiddenColumns'>;

/** What the first read of a range also asks for: the columns after it, and the sheet's merged areas (ExcelApi 1.13). */
interface RangeExtras {
  after?: Excel.Range & Pick<Excel.Range, 'columnHidden'>;
  below?: Excel.Range & Pick<Excel.Range, 'rowHidden'>;
  merged?: Excel.RangeAreas;
}

/** Queues the extras a range's first read carries: nothing more to sync for them. */
function queueExtras(sheet: Excel.Worksheet, range: Excel.Range, supports: SupportsSet): RangeExtras {
  const after = range.getColumnsAfter(COLUMNS_READ_AFTER);
  after.load('columnHidden');
  const below = range.getRowsBelow(ROWS_READ_BELOW);
  below.load('rowHidden');
  if (!supports('ExcelApi', '1.13')) return { after, below };
  // On the whole sheet: Excel lists the merged areas whose top-left cell lies in the range it is asked about.
  const merged = sheet.getRange().getMergedAreasOrNullObject();
  merged.load('areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount');
  return { after, below, merged };
}

function mergesOf(extras: RangeExtras): NonNullable<SheetModel['merges']> {
  const merged = extras.merged;
  if (!merged || merged.isNullObject) return [];
  return merged.areas.items.map((a) => ({
    top: a.rowIndex,
    left: a.columnIndex,
    bottom: a.rowIndex + a.rowCount - 1,
    right: a.columnIndex + a.columnCount - 1,
  }));
}

/**
 * Rows and columns of a range hidden by the official (or rows hidden by a filter), the hidden columns of the
 * COLUMNS_READ_AFTER columns right of it and the hidden rows of the ROWS_READ_BELOW rows below it, as absolute indices, for the reader to set aside as the file reader does
 * and for the block never to land in them out of sight. `rowHidden` and `columnHidden` (loaded with the values)
 * are false when none is hidden: no extra sync then. When some are, one more sync reads the visible view of the
 * first column (ExcelApi 1.3) and each column's `columnHidden` (each row's `rowHidden` below); a host that refuses either leaves those lines as
 * read, which is what the pane did before it knew of hidden lines.
 */
async function hiddenLinesOf(
  context: Excel.RequestContext,
  range: Excel.Range & LoadedRange,
  after?: Excel.Range & Pick<Excel.Range, 'columnHidden'>,
  below?: Excel.Range & Pick<Excel.Range, 'rowHidden'>,
): Promise<HiddenLines> {
  const rows = Array.isArray(range.values) ? range.values.length : 0;
  const cols = rows ? (range.values[0]?.length ?? 0) : 0;
  if (rows === 0) return {};
  const indices = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
  const out: HiddenLines = {};
  if (range.rowHidden === true) out.hiddenRows = indices(range.rowIndex, rows);
  // The range's columns, then the columns after it: all hidden, none, or some (each column read in the next sync).
  const groups = [
    { from: range.columnIndex, count: cols, hidden: range.columnHidden, range: range as Excel.Range },
    ...(after
      ? [
          {
            from: range.columnIndex + cols,
            count: COLUMNS_READ_AFTER,
            hidden: after.columnHidden,
            range: after,
          },
        ]
      : []),
  ].map((g) => ({
    ...g,
    each: g.hidden === null ? indices(0, g.count).map((c) => g.range.getColumn(c).load('columnHidden')) : [],
  }));
  const hiddenColumns = () =>
    groups.flatMap((g) =>
      g.hidden === true
        ? indices(g.from, g.count)
        : g.each.flatMap((column, c) => (column.columnHidden === true ? [g.from + c] : [])),
    );
  // The rows below the range (the block of a table whose units run across the columns goes there): all hidden,
  // none, or some (each row read in the next sync).
  const rowsBelow = below
    ? {
        from: range.rowIndex + rows,
        hidden: below.rowHidden,
        ...(below.rowHidden === null ? visibleOrEach(below) : { each: [] }),
      }
    : undefined;
  const hiddenBelow = () => {
    if (!rowsBelow) return [];
    if (rowsBelow.hidden === true) return indices(rowsBelow.from, ROWS_READ_BELOW);
    if (rowsBelow.view) {
      const visible = visibleRows(rowsBelow.view);
      return indices(rowsBelow.from, ROWS_READ_BELOW).filter((r) => !visible.has(r));
    }
    return rowsBelow.each.flatMap((row, r) => (row.rowHidden === true ? [rowsBelow.from + r] : []));
  };
  const withBelow = (found: number[] | undefined) => {
    const all = [...(found ?? []), ...hiddenBelow()];
    return all.length ? all : undefined;
  };
  const some =
    groups.some((g) => g.each.length > 0) || Boolean(rowsBelow?.each.length) || Boolean(rowsBelow?.view);
  const allHidden = groups.flatMap((g) => (g.hidden === true ? indices(g.from, g.count) : []));
  if (allHidden.length) out.hiddenColumns = allHidden;
  let view: Excel.RangeView | undefined;
  try {
    if (range.rowHidden === null) {
      view = range.getColumn(0).getVisibleView();
      view.load('cellAddresses');
    }
  } catch {
    view = undefined;
  }
  if (!view && !some) {
    const hiddenRows = withBelow(out.hiddenRows);
    return hiddenRows ? { ...out, hiddenRows } : out;
  }
  try {
    await context.sync();
  } catch {
    return out;
  }
  if (view) {
    const visible = visibleRows(view);
    out.hiddenRows = indices(range.rowIndex, rows).filter((r) => !visible.has(r));
  }
  const hiddenRows = withBelow(out.hiddenRows);
  if (hiddenRows) out.hiddenRows = hiddenRows;
  if (some) {
    const found = hiddenColumns();
    if (found.length) out.hiddenColumns = found;
  }
  return out;
}

/** The rows a loaded visible view shows (0-based). */
function visibleRows(view: Excel.RangeView): Set<number> {
  const visible = new Set<number>();
  for (const row of view.cellAddresses as string[][]) {
    const match = ADDRESS_ROW.exec(String(row[0] ?? ''));
    if (match) visible.add(Number(match[1]) - 1);
  }
  return visible;
}

/**
 * Some rows below are hidden: the visible view of their first column, one load for all of them; a host that has
 * no visible view reads the first ROWS_READ_BELOW_ONE_BY_ONE rows one `rowHidden` each.
 */
function visibleOrEach(below: Excel.Range): {
  view?: Excel.RangeView;
  each: (Excel.Range & Pick<Excel.Range, 'rowHidden'>)[];
} {
  try {
    const view = below.getColumn(0).getVisibleView();
    view.load('cellAddresses');
    return { view, each: [] };
  } catch {
    return {
      each: Array.from({ length: ROWS_READ_BELOW_ONE_BY_ONE }, (_, r) => below.getRow(r).load('rowHidden')),
    };
  }
}

/** A loaded range as a SheetModel, with its hidden lines (a second sync only when some are hidden) and merges. */
async function readModel(
  context: Excel.RequestContext,
  name: string,
  range: Excel.Range & LoadedRange,
  extras: RangeExtras,
): Promise<SheetModel> {
  const model = toSheetModel(name, range);
  const merges = mergesOf(extras);
  const { hiddenRows, hiddenColumns } = await hiddenLinesOf(context, range, extras.after, extras.below);
  return {
    ...model,
    ...(hiddenRows?.length ? { hiddenRows } : {}),
    ...(hiddenColumns?.length ? { hiddenColumns } : {}),
    ...(merges.length ? { merges } : {}),
  };
}

export interface ReadOptions {
  supports?: SupportsSet;
}

/**
 * The first sync of a read, with its extras (the columns after the range, the merged areas); should Excel refuse
 * them (a range at the sheet's right edge, more than 512 merged areas), the read again without them, as before.
 */
async function syncWithExtras<T>(
  context: Excel.RequestContext,
  queue: (withExtras: boolean) => T,
): Promise<T> {
  const read = queue(true);
  try {
    await context.sync();
    return read;
  } catch {
    const plain = queue(false);
    await context.sync();
    return plain;
  }
}

/**
 * The used range (values, number formats, formulas, position, hidden rows and columns, and the columns after it)
 * of a sheet, or of the active sheet, with the sheet's merged areas where ExcelApi 1.13 is there: one sync, two
 * when some rows or columns are hidden.
 */
export async function readSheet(
  context: Excel.RequestContext,
  sheetName?: string,
  options: ReadOptions = {},
): Promise<SheetModel> {
  const supports = options.supports ?? officeSupports;
  const read = await syncWithExtras(context, (withExtras) => {
    const sheets = context.workbook.worksheets;
    const sheet = sheetName ? sheets.getItem(sheetName) : sheets.getActiveWorksheet();
    sheet.load('name');
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load(RANGE_FIELDS);
    return { sheet, used, extras: withExtras ? queueExtras(sheet, used, supports) : {} };
  }).catch((err: unknown) => {
    if (isReadLimit(err)) throw tooLargeToRead(sheetName);
    // a sheet renamed or deleted since it was chosen: said by name, with what to do
    if (sheetName && errorFacts(err).codes.includes('ItemNotFound'))
      throw new PaneError('noSuchSheetExcel', { sheet: sheetName });
    throw err;
  });
  const { sheet, used, extras } = read;
  if (used.isNullObject) {
    const merges = mergesOf(extras);
    return { ...toSheetModel(sheet.name, null), ...(merges.length ? { merges } : {}) };
  }
  return readModel(context, sheet.name, used, extras);
}

/**
 * The selected range as a SheetModel (origin = the selection's top-left), with the columns after it and the
 * sheet's merged areas as readSheet: one sync, two when rows or columns are hidden.
 */
export async function readSelection(
  context: Excel.RequestContext,
  options: ReadOptions = {},
): Promise<SheetModel> {
  const supports = options.supports ?? officeSupports;
  const read = await syncWithExtras(context, (withExtras) => {
    const range = context.workbook.getSelectedRange();
    range.load(RANGE_FIELDS);
    range.worksheet.load('name');
    return { range, extras: withExtras ? queueExtras(range.worksheet, range, supports) : {} };
  }).catch((err: unknown) => {
    if (!isReadLimit(err)) throw err;
    throw new PaneError('selectionTooLarge');
  });
  return readModel(context, read.range.worksheet.name, read.range, read.extras);
}

/** Names of all worksheets, in tab order (one sync). */
export async function listSheets(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  return sheets.items.map((s) => s.name);
}

/** Activates a sheet and selects one cell (the "click a problem" action). */
export async function selectCell(context: Excel.RequestContext, sheet: string, at: CellRef): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRangeByIndexes(at.row, at.col, 1, 1).select();
  await context.sync();
}

/* ------------------------------------------------------------------ writing */

export interface ApplyOptions {
  /** Budget per request; Excel on the web rejects requests over 5 MB. */
  maxRequestBytes?: number;
  /** The official's input ranges: any write, clear or sheet replacement touching them is refused before writing. */
  inputRanges?: RangeRef[];
  supports?: SupportsSet;
}

export interface ApplyReport {
  syncs: number;
  /** Write requests (syncs after the probe). */
  requests: number;
  /** Largest write request, in bytes as Office.js serialises it (payload.ts). */
  maxPayloadBytes: number;
  /** Bytes of each write request, in the order sent (a batch whose page layout failed counts as sent). */
  requestBytes: number[];
  cellsWritten: number;
  /**
   * The print settings of the program's sheets: applied, not supported by this Excel (ExcelApi 1.9 missing: the
   * sheets print with Excel's defaults), refused by Excel (the rest of the write went through), or none to apply.
   */
  pageLayout: 'applied' | 'unsupported' | 'failed' | 'none';
}

export { assertOutsideInputs, InputOverlapError } from './guard';

/**
 * A write that failed after some of its requests had reached Excel. `rolledBack`: what had been written was
 * cleared again (and sheets created by it deleted); otherwise `written` lists what may hold half the results.
 */
export class PartialWriteError extends Error {
  readonly messageEn: string;

  constructor(
    readonly written: RangeRef[],
    readonly addedSheets: string[],
    readonly rolledBack: boolean,
    readonly cause: unknown,
  ) {
    const reason = (cause as Error)?.message ?? String(cause);
    const where = [
      ...written.slice(0, 6).map((r) => `${r.sheet}!${rangeAddress(r)}`),
      ...addedSheets.map((n) => `"${n}"`),
    ];
    const more = written.length > 6 ? ` (+${written.length - 6})` : '';
    const list = `${where.join(', ')}${more}`;
    super(
      rolledBack
        ? `Ghi kết quả bị lỗi giữa chừng (${reason}); phần đã ghi (${list || 'không có'}) đã được xoá lại, sổ không có kết quả dở dang. Hãy chấm điểm lại.`
        : `Ghi kết quả bị lỗi giữa chừng (${reason}) và không xoá lại được phần đã ghi: ${list}. Các vùng, trang này có thể chứa kết quả dở dang — xoá chúng rồi chấm điểm lại.`,
    );
    this.messageEn = rolledBack
      ? `Writing the results failed halfway (${reason}); what had been written (${list || 'nothing'}) was cleared again, no half-written results are left. Score again.`
      : `Writing the results failed halfway (${reason}) and what had been written could not be cleared: ${list}. These ranges and sheets may hold half-written results — delete them, then score again.`;
    this.name = 'PartialWriteError';
  }
}

/** Sheets the plan would write into are protected: refused before anything is queued. */
export class SheetProtectedError extends Error {
  readonly messageEn: string;

  constructor(readonly sheets: string[]) {
    const text = bilingual(say('write.sheet-protected', { sheets }));
    super(text.message);
    this.messageEn = text.messageEn;
    this.name = 'SheetProtectedError';
  }
}

/**
 * Excel refused a write over part of a merged area that this host could not report beforehand (no ExcelApi 1.13):
 * the writes on the official's sheets go first, so that nothing else has been written then.
 */
export class MergedAreaError extends Error {
  readonly messageEn: string;

  constructor(
    readonly target: RangeRef,
    readonly cause: unknown,
  ) {
    const text = bilingual(say('write.merged-area', { sheet: target.sheet, range: rangeAddress(target) }));
    super(text.message);
    this.messageEn = text.messageEn;
    this.name = 'MergedAreaError';
  }
}

/**
 * The workbook's structure is protected (Review → Protect Workbook, read as `workbook.protection.protected`,
 * ExcelApi 1.7): Excel refuses to add or delete a sheet, so a plan that adds or replaces one is refused before
 * anything is queued.
 */
export class WorkbookProtectedError extends Error {
  readonly messageEn: string;

  constructor(readonly sheets: string[]) {
    const text = bilingual(say('workbook.structure-protected', { sheets }));
    super(text.message);
    this.messageEn = text.messageEn;
    this.name = 'WorkbookProtectedError';
  }
}

/**
 * The results would land in columns the official hid beyond those the read saw (it sees COLUMNS_READ_AFTER columns
 * right of the used range): refused before anything is written, rather than written out of sight.
 */
export class HiddenTargetError extends Error {
  readonly messageEn: string;

  constructor(readonly target: RangeRef) {
    const text = bilingual(
      say('workbook.hidden-target-columns', { sheet: target.sheet, range: rangeAddress(target) }),
    );
    super(text.message);
    this.messageEn = text.messageEn;
    this.name = 'HiddenTargetError';
  }
}

/**
 * Queues the hidden state of the columns about to be written right of the official's table (the empty cells of
 * the expectations, right of the header and names re-read with them): one `columnHidden` per target, in the probe.
 * Below or within the table's columns (units across the columns) a hidden column is the official's unit: not
 * checked. Gives the first target holding a hidden column once the request has run.
 */
function queueHiddenTargets(
  context: Excel.RequestContext,
  expect: WriteExpectation[],
): () => RangeRef | undefined {
  const checks = expect.flatMap((e) => {
    if (e.kind !== 'empty') return [];
    const table = expect.filter((t) => t.kind === 'values' && t.sheet === e.sheet);
    if (table.length === 0) return [];
    const tableRight = Math.max(...table.map((t) => t.range.right));
    const left = Math.max(e.range.left, tableRight + 1);
    if (left > e.range.right) return [];
    const target: RangeRef = { sheet: e.sheet, ...e.range, left };
    const range = context.workbook.worksheets
      .getItem(e.sheet)
      .getRangeByIndexes(e.range.top, left, 1, e.range.right - left + 1);
    range.load('columnHidden');
    return [{ target, range }];
  });
  return () => checks.find((c) => c.range.columnHidden !== false)?.target;
}

/**
 * Queues, in the probe, whether the empty cells about to be written carry the official's data validation (where
 * ExcelApi 1.8 is there; Office 2019 cannot say) or conditional formats (1.6): one load per target, no sync more.
 * Gives the first target that does once the request has run.
 */
function queuePreparedTargets(
  context: Excel.RequestContext,
  expect: WriteExpectation[],
  supports: SupportsSet,
): () => { target: RangeRef; what: PreparedTargetError['what'] } | undefined {
  const validation = supports('ExcelApi', '1.8');
  const formats = supports('ExcelApi', '1.6');
  if (!validation && !formats) return () => undefined;
  // Column by column (a block is a few columns wide; row by row should one be wider than it is tall and than 64
  // columns), so that the message names the column that carries the rule.
  const checks = expect.flatMap((e) => {
    if (e.kind !== 'empty') return [];
    const { top, left, bottom, right } = e.range;
    const byColumn = right - left + 1 <= Math.max(bottom - top + 1, 64);
    const lines = byColumn ? right - left + 1 : bottom - top + 1;
    const sheet = context.workbook.worksheets.getItem(e.sheet);
    return Array.from({ length: lines }, (_, i) => {
      const target: RangeRef = byColumn
        ? { sheet: e.sheet, top, bottom, left: left + i, right: left + i }
        : { sheet: e.sheet, top: top + i, bottom: top + i, left, right };
      const range = sheet.getRangeByIndexes(
        target.top,
        target.left,
        target.bottom - target.top + 1,
        target.right - target.left + 1,
      );
      const rule = validation ? range.dataValidation : undefined;
      rule?.load('type');
      const count = formats ? range.conditionalFormats.getCount() : undefined;
      return { target, rule, count };
    });
  });
  return () => {
    for (const c of checks) {
      if (c.rule && c.rule.type !== 'None') return { target: c.target, what: 'validation' as const };
      if (c.count && c.count.value > 0) return { target: c.target, what: 'conditionalFormat' as const };
    }
    return undefined;
  };
}

/**
 * Excel refused a write over part of a merged area. Office.js documents one code for merged cells,
 * `MergedRangeConflict` (Excel.ErrorCodes); the code may also come only in `debugInfo` or an inner error, and
 * hosts have answered with `InvalidOperation` and Excel's own sentence ("Cannot change part of a merged cell.",
 * "We can't do that to a merged cell."). Messages are localised (codes are not): a Vietnamese Excel says "ô gộp"
 * or "ô đã phối", so they are recognised too, but only beside a code that can mean it.
 */
export function isMergeConflict(err: unknown): boolean {
  const { codes, texts } = errorFacts(err);
  if (codes.includes('MergedRangeConflict')) return true;
  const mentionsMerge = texts.some((t) =>
    /merged? cell|merged area|ô gộp|ô đã gộp|ô đã phối|phối ô|gộp ô/i.test(t),
  );
  const couldMean = codes.length === 0 || codes.some((c) => MERGE_CAPABLE_CODES.has(c));
  return mentionsMerge && couldMean;
}

/** Codes under which a host has reported a write over part of a merged area (besides MergedRangeConflict). */
const MERGE_CAPABLE_CODES = new Set(['InvalidOperation', 'InvalidArgument', 'GeneralException']);

/** The sheets a plan writes into where they stand (not those it replaces): where protection would refuse it. */
function sheetsWrittenInPlace(plan: WritePlan & WritePlanExtras): Set<string> {
  const replaced = new Set(plan.sheets.filter((s) => s.mode === 'createOrReplace').map((s) => s.name));
  const names = [
    ...plan.clear.map((r) => r.sheet),
    ...plan.blocks.filter((b) => b.values.length > 0).map((b) => b.sheet),
    ...plan.appends.map((a) => a.sheet),
    ...plan.conditionalFormats.map((c) => c.sheet),
    ...plan.columnWidths.map((w) => w.sheet),
    ...(plan.freeze ?? []).map((f) => f.sheet),
    ...(plan.validations ?? []).map((v) => v.sheet),
    ...(plan.merges ?? []).map((m) => m.sheet),
    ...(plan.rowHeights ?? []).map((h) => h.sheet),
    ...(plan.pageSetup ?? []).map((p) => p.sheet),
  ];
  return new Set(names.filter((n) => !replaced.has(n)));
}

const PAYLOAD_LIMIT_CODES = new Set(['RequestPayloadSizeLimitExceeded', 'PayloadTooLarge']);

function isPayloadLimit(err: unknown): boolean {
  const { codes, texts } = errorFacts(err);
  return codes.some((c) => PAYLOAD_LIMIT_CODES.has(c)) || texts.some((m) => /payload size/i.test(m));
}

/**
 * Applies a WritePlan. Sync 1 probes which sheets exist and which are protected, whether the workbook's structure is
 * (and old large-setting parts): a plan that would write into a protected sheet, or add or delete a sheet of a
 * protected workbook, is refused then, before anything is queued. A second probe runs
 * only when rows are appended to sheets that already exist; then the writes go in requests of at most
 * `maxRequestBytes` each, with calculation suspended in each.
 */
export async function applyWritePlan(
  context: Excel.RequestContext,
  plan: WritePlan & WritePlanExtras,
  options: ApplyOptions = {},
): Promise<ApplyReport> {
  const budget = options.maxRequestBytes ?? MAX_REQUEST_BYTES;
  const supports = options.supports ?? officeSupports;
  if (options.inputRanges?.length) assertOutsideInputs(plan, options.inputRanges);
  const originalSync = context.sync.bind(context);
  let syncs = 0;
  const sync = async () => {
    syncs++;
    await originalSync();
  };

  // Probe: which sheets exist and which are protected (ExcelApi 1.2); which custom XML parts hold the large
  // settings we are about to replace.
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/protection/protected');
  // Same request: whether the workbook's structure is protected (ExcelApi 1.7; Office 2016 cannot say).
  const workbookProtection = supports('ExcelApi', '1.7') ? context.workbook.protection : undefined;
  workbookProtection?.load('protected');
  const largeKeys = Object.entries(plan.settings)
    .filter(([, v]) => isLargeSetting(v))
    .map(([k]) => k);
  const oldParts = queueOldParts(context, largeKeys);
  // Same request: re-read what the plan was computed against (a co-author may have moved it since the read).
  const rereads = (plan.expect ?? []).map((e) => queueReread(context, e));
  const hiddenTarget = queueHiddenTargets(context, plan.expect ?? []);
  const preparedTarget = queuePreparedTargets(context, plan.expect ?? [], supports);
  try {
    await sync();
  } catch (err) {
    if (rereads.length && errorFacts(err).codes.includes('ItemNotFound'))
      throw new SheetChangedError([{ expectation: (plan.expect ?? [])[0], missing: true }]);
    throw err;
  }
  assertExpectations(plan.expect, (e) => rereads[(plan.expect ?? []).indexOf(e)]());
  const hidden = hiddenTarget();
  if (hidden) throw new HiddenTargetError(hidden);
  const prepared = preparedTarget();
  if (prepared) throw new PreparedTargetError(prepared.target, prepared.what);
  const existing = new Set(worksheets.items.map((s) => s.name));
  // A protected sheet refuses every write into it: say so now, before a sheet is added or a cell written.
  const inPlace = sheetsWrittenInPlace(plan);
  const locked = worksheets.items
    .filter(
      (s) => inPlace.has(s.name) && (s.protection as { protected?: unknown } | undefined)?.protected === true,
    )
    .map((s) => s.name);
  if (locked.length) throw new SheetProtectedError(locked);
  // A protected structure refuses every sheet added or deleted: the result sheets, before any cell is written.
  const addedOrDeleted = plan.sheets
    .filter((s) => s.mode === 'createOrReplace' || !existing.has(s.name))
    .map((s) => s.name);
  if (addedOrDeleted.length && workbookProtection?.protected === true)
    throw new WorkbookProtectedError([...new Set(addedOrDeleted)]);
  // The official's own sheets (those the plan neither creates nor replaces).
  const official = new Set([...existing].filter((n) => !plan.sheets.some((s) => s.name === n)));

  const appendRowStart = new Map<string, number>();
  const appendsOnExisting = [...new Set(plan.appends.map((a) => a.sheet))].filter((s) => existing.has(s));
  const replaced = new Set(plan.sheets.filter((s) => s.mode === 'createOrReplace').map((s) => s.name));
  if (appendsOnExisting.some((s) => !replaced.has(s))) {
    const used = appendsOnExisting
      .filter((s) => !replaced.has(s))
      .map((s) => {
        const r = worksheets.getItem(s).getUsedRangeOrNullObject(true);
        r.load('rowIndex,rowCount');
        return [s, r] as const;
      });
    await sync();
    for (const [s, r] of used) appendRowStart.set(s, r.isNullObject ? 0 : r.rowIndex + r.rowCount);
  }

  // Every request carries its envelope and, where supported, the call suspending calculation.
  const canSuspend = supports('ExcelApi', '1.6');
  const suspend = (ctx: Excel.RequestContext) => {
    if (canSuspend) ctx.application.suspendApiCalculationUntilNextSync();
  };
  const fixedBytes = REQUEST_ENVELOPE_BYTES + measureQueue(suspend);
  const room = budget - fixedBytes;

  // A host without ExcelApi 1.13 cannot say where merged areas are, and Excel refuses a write over part of one:
  // there the writes on the official's sheets go first (one block to a request when there are several), so that
  // such a refusal stops the request before any sheet is added or any setting stored.
  const mergesUnknown = !supports('ExcelApi', '1.13');
  const leadingClears = new Set(mergesUnknown ? plan.clear.filter((r) => official.has(r.sheet)) : []);
  const leadingBlocks = new Set(
    mergesUnknown ? plan.blocks.filter((b) => official.has(b.sheet) && b.values.length > 0) : [],
  );

  const ops: Operation[] = [];
  for (const s of plan.sheets) {
    if (s.mode === 'createOrReplace' && existing.has(s.name))
      ops.push(simpleOperation((ctx) => ctx.workbook.worksheets.getItem(s.name).delete()));
    if (s.mode === 'createOrReplace' || !existing.has(s.name)) {
      ops.push({
        ...simpleOperation((ctx) => ctx.workbook.worksheets.add(s.name)),
        addsSheet: s.name,
      });
      existing.add(s.name);
    }
  }
  for (const r of plan.clear) if (existing.has(r.sheet) && !leadingClears.has(r)) ops.push(clearOperation(r));
  for (const block of plan.blocks) if (!leadingBlocks.has(block)) ops.push(...blockOperations(block, room));
  // Appended rows go below what is on the sheet already and below this plan's own blocks (the log's header).
  const blockBottom = new Map<string, number>();
  for (const b of plan.blocks)
    blockBottom.set(b.sheet, Math.max(blockBottom.get(b.sheet) ?? 0, b.at.row + b.values.length));
  for (const append of plan.appends) {
    const start = Math.max(appendRowStart.get(append.sheet) ?? 0, blockBottom.get(append.sheet) ?? 0);
    appendRowStart.set(append.sheet, start + append.values.length);
    ops.push(
      ...blockOperations({ sheet: append.sheet, at: { row: start, col: 0 }, values: append.values }, room),
    );
  }
  for (const cf of plan.conditionalFormats) ops.push(conditionalFormatOperation(cf));
  for (const w of plan.columnWidths)
    ops.push(
      simpleOperation((ctx) => {
        ctx.workbook.worksheets.getItem(w.sheet).getRangeByIndexes(0, w.col, 1, 1).format.columnWidth =
          w.width * POINTS_PER_CHARACTER;
      }),
    );
  for (const f of plan.freeze ?? []) ops.push(freezeOperation(f));
  // Data validation needs ExcelApi 1.8 (Office 2019 stops at 1.7): without it the sheet works, unguarded.
  if (supports('ExcelApi', '1.8')) for (const v of plan.validations ?? []) ops.push(validationOperation(v));
  for (const queue of layoutQueues(plan)) ops.push(simpleOperation(queue));
  for (const [key, value] of Object.entries(plan.settings)) {
    const index = largeKeys.indexOf(key);
    ops.push(...settingOperations(key, value, index >= 0 ? oldParts[index]() : [], room));
  }
  // Page layout last (ExcelApi 1.9; Office 2019 has 1.7): a refusal leaves everything before it written.
  const ownSheets = new Set(plan.sheets.map((s) => s.name));
  const setups = (plan.pageSetup ?? []).filter((p) => ownSheets.has(p.sheet));
  let pageLayout: ApplyReport['pageLayout'] = setups.length ? 'applied' : 'none';
  if (setups.length && !supports('ExcelApi', '1.9')) pageLayout = 'unsupported';
  else for (const setup of setups) ops.push({ ...simpleOperation(pageLayoutQueue(setup)), pageLayout: true });

  // In order, each request filled up to the budget: a block's rows are cut to fill what a request has left.
  const clears = [...leadingClears].map(clearOperation);
  const leading = [...leadingBlocks].map((b) => blockOperations(b, room));
  const pending =
    leading.length > 1
      ? [
          ...leading.flatMap((blockOps, i) => packRequests([...(i === 0 ? clears : []), ...blockOps], room)),
          ...packRequests(ops, room),
        ]
      : packRequests([...clears, ...leading.flat(), ...ops], room);
  /** The writes of a request on the official's own sheets. */
  const onOfficial = (batch: Operation[]) => batch.filter((op) => op.target && official.has(op.target.sheet));

  let requests = 0;
  const requestBytes: number[] = [];
  let cellsWritten = 0;
  const sent: Operation[] = [];
  while (pending.length) {
    const batch = pending.shift() as Operation[];
    suspend(context);
    for (const op of batch) op.queue(context);
    try {
      await sync();
    } catch (err) {
      if (!isPageLayoutError(err) || !batch.some((op) => op.pageLayout)) {
        // Should Excel still refuse the request for its size, halve it and try again.
        const halves = isPayloadLimit(err) ? halve(batch) : undefined;
        if (halves) {
          pending.unshift(...halves);
          continue;
        }
        // Part of a merged area where the block goes, on a host that could not say so: the block on the official's
        // sheet was refused and nothing after it ran; what had been written before it was on the official's sheet
        // too (cleared again). Say what to do.
        const officialWrites = onOfficial(batch);
        if (
          mergesUnknown &&
          isMergeConflict(err) &&
          officialWrites.length === 1 &&
          sent.every((op) => !op.addsSheet && (!op.target || official.has(op.target.sheet)))
        ) {
          if (sent.some((op) => op.target)) {
            const undone = await undoPartialWrite(context, sync, sent, [], err);
            if (!undone.rolledBack) throw undone;
          }
          throw new MergedAreaError(officialWrites[0].target as RangeRef, err);
        }
        // Office.js batches are not transactions: part of this one may have run (not of one refused for its
        // size). Undo what may be there.
        const ran = isPayloadLimit(err) ? [] : batch;
        if (ran.length === 0 && !sent.some((op) => op.target || op.addsSheet)) throw err;
        throw await undoPartialWrite(context, sync, sent, ran, err);
      }
      // The print settings come last: everything else in the request ran. The sheets print with Excel's defaults.
      pageLayout = 'failed';
      const rest = pending.splice(0).map((b) => b.filter((op) => !op.pageLayout));
      pending.push(...rest.filter((b) => b.length));
    }
    sent.push(...batch);
    requests++;
    requestBytes.push(batch.reduce((n, op) => n + op.bytes, fixedBytes));
    cellsWritten += batch.reduce((n, op) => n + op.cells, 0);
  }
  const maxPayloadBytes = requestBytes.reduce((m, b) => Math.max(m, b), 0);
  return { syncs, requests, maxPayloadBytes, requestBytes, cellsWritten, pageLayout };
}

/** Queues the re-read an expectation needs; the returned function gives the cells once the request has run. */
function queueReread(context: Excel.RequestContext, e: WriteExpectation): () => CellValue[][] | undefined {
  const { top, left, bottom, right } = e.range;
  const range = context.workbook.worksheets
    .getItem(e.sheet)
    .getRangeByIndexes(top, left, bottom - top + 1, right - left + 1);
  if (e.kind !== 'empty') {
    range.load('values');
    return () => (range.values as unknown[][]).map((row) => row.map(toCellValue));
  }
  // Only the used part of the target travels back: nothing, when it is still empty. A formula showing "" is not
  // empty: its text stands for it. Not `valuesOnly`: whether Excel counts such a formula as a value is not said,
  // and a cell with a formula is used either way (cells only formatted come back empty).
  const used = range.getUsedRangeOrNullObject(false);
  used.load('rowIndex,columnIndex,values,formulas');
  return () => {
    const grid: CellValue[][] = Array.from({ length: bottom - top + 1 }, () =>
      Array<CellValue>(right - left + 1).fill(null),
    );
    if (used.isNullObject) return grid;
    const formulas = used.formulas as unknown[][] | undefined;
    (used.values as unknown[][]).forEach((row, i) =>
      row.forEach((v, j) => {
        const r = used.rowIndex + i - top;
        const c = used.columnIndex + j - left;
        const formula = formulas?.[i]?.[j];
        const cell = typeof formula === 'string' && formula.startsWith('=') ? formula : v;
        if (grid[r] && c >= 0 && c < grid[r].length) grid[r][c] = toCellValue(cell);
      }),
    );
    return grid;
  };
}

/**
 * After a failed write request: clears the blocks written so far (they went to cells that were empty, or ours)
 * and deletes the sheets created, in one more request; says what is left when even that fails.
 */
async function undoPartialWrite(
  context: Excel.RequestContext,
  sync: () => Promise<void>,
  sent: Operation[],
  failed: Operation[],
  cause: unknown,
): Promise<PartialWriteError> {
  const added = new Set(sent.flatMap((op) => (op.addsSheet ? [op.addsSheet] : [])));
  const maybeAdded = failed.flatMap((op) => (op.addsSheet ? [op.addsSheet] : []));
  const written = [...sent, ...failed]
    .flatMap((op) => (op.target ? [op.target] : []))
    .filter((r) => !added.has(r.sheet) && !maybeAdded.includes(r.sheet));
  if (written.length === 0 && added.size === 0 && maybeAdded.length === 0)
    return new PartialWriteError([], [], true, cause);
  try {
    for (const r of written)
      context.workbook.worksheets
        .getItem(r.sheet)
        .getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1)
        .clear('Contents');
    for (const name of added) context.workbook.worksheets.getItem(name).delete();
    await sync();
  } catch {
    return new PartialWriteError(written, [...added, ...maybeAdded], false, cause);
  }
  // A sheet the failed request may have created is left to the official, named in the message.
  return maybeAdded.length
    ? new PartialWriteError(written, maybeAdded, false, cause)
    : new PartialWriteError(written, [...added], true, cause);
}

function clearOperation(r: RangeRef): Operation {
  return simpleOperation((ctx) =>
    ctx.workbook.worksheets
      .getItem(r.sheet)
      .getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1)
      .clear('Contents'),
  );
}

function conditionalFormatOperation(cf: WritePlan['conditionalFormats'][number]): Operation {
  return simpleOperation((ctx) => {
    const r = cf.range;
    const range = ctx.workbook.worksheets
      .getItem(cf.sheet)
      .getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
    if (cf.kind === 'dataBar') {
      range.conditionalFormats.add('DataBar' as Excel.ConditionalFormatType);
      return;
    }
    const format = range.conditionalFormats.add('ContainsText' as Excel.ConditionalFormatType);
    format.textComparison.format.fill.color = cf.color ?? '#FFC7CE';
    format.textComparison.rule = {
      operator: 'Contains' as Excel.ConditionalTextOperator,
      text: cf.text ?? '',
    };
  });
}

function freezeOperation(f: FreezePanes): Operation {
  return simpleOperation((ctx) => {
    const ws = ctx.workbook.worksheets.getItem(f.sheet);
    if (f.at.row > 0 && f.at.col > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, f.at.row, f.at.col));
    else if (f.at.row > 0) ws.freezePanes.freezeRows(f.at.row);
    else if (f.at.col > 0) ws.freezePanes.freezeColumns(f.at.col);
  });
}

function validationRule(v: DataValidationSpec): Excel.DataValidationRule {
  if (v.type === 'list') return { list: { inCellDropDown: true, source: (v.list ?? []).join(',') } };
  const basic: Excel.BasicDataValidation =
    v.max === undefined
      ? { formula1: v.min ?? 0, operator: 'GreaterThanOrEqualTo' as Excel.DataValidationOperator }
      : { formula1: v.min ?? 0, formula2: v.max, operator: 'Between' as Excel.DataValidationOperator };
  if (v.type === 'whole') return { wholeNumber: basic };
  if (v.type === 'date') return { date: basic as Excel.DateTimeDataValidation };
  return { decimal: basic };
}

function validationOperation(v: DataValidationSpec): Operation {
  return simpleOperation((ctx) => {
    const r = v.range;
    const dv = ctx.workbook.worksheets
      .getItem(v.sheet)
      .getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1).dataValidation;
    dv.clear();
    dv.rule = validationRule(v);
    if (v.prompt) dv.prompt = { showPrompt: true, message: v.prompt, title: '' };
    if (v.error)
      dv.errorAlert = {
        showAlert: true,
        message: v.error,
        title: '',
        style: 'Stop' as Excel.DataValidationAlertStyle,
      };
  });
}
