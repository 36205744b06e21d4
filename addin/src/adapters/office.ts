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
import { assertOutsideInputs } from './guard';
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

function toSheetModel(name: string, range: LoadedRange | null): SheetModel {
  if (!range) return { name, origin: { row: 0, col: 0 }, values: [] };
  // Excel returns null (or throws) for reads over 5,000,000 cells rather than the values.
  if (!Array.isArray(range.values))
    throw new Error(
      `Trang "${name}" quá lớn để đọc một lần (trên 5 triệu ô); hãy chọn vùng bảng rồi dùng "Nhận diện vùng đang chọn" ` +
        `(sheet too large to read at once: select the table instead)`,
    );
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

/** "Data!A5", "'Bảng điểm'!$B$12" → 4, 11 (0-based rows). */
const ADDRESS_ROW = /!\$?[A-Z]+\$?(\d+)$/;

type HiddenLines = Pick<SheetModel, 'hiddenRows' | 'hiddenColumns'>;

/**
 * Rows and columns of a range hidden by the official (or rows hidden by a filter), as absolute indices, for the
 * reader to set aside as the file reader does. `rowHidden` and `columnHidden` (loaded with the values) are false
 * when none is hidden: no extra sync then. When some are, one more sync reads the visible view of the first column
 * (ExcelApi 1.3) and each column's `columnHidden`; a host that refuses either leaves those lines as read, which is
 * what the pane did before it knew of hidden lines.
 */
async function hiddenLinesOf(
  context: Excel.RequestContext,
  range: Excel.Range & LoadedRange,
): Promise<HiddenLines> {
  const rows = Array.isArray(range.values) ? range.values.length : 0;
  const cols = rows ? (range.values[0]?.length ?? 0) : 0;
  if (rows === 0) return {};
  const indices = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
  const out: HiddenLines = {};
  if (range.rowHidden === true) out.hiddenRows = indices(range.rowIndex, rows);
  if (range.columnHidden === true) out.hiddenColumns = indices(range.columnIndex, cols);
  const columns =
    range.columnHidden === null ? indices(0, cols).map((c) => range.getColumn(c).load('columnHidden')) : [];
  let view: Excel.RangeView | undefined;
  try {
    if (range.rowHidden === null) {
      view = range.getColumn(0).getVisibleView();
      view.load('cellAddresses');
    }
  } catch {
    view = undefined;
  }
  if (!view && !columns.length) return out;
  try {
    await context.sync();
  } catch {
    return out;
  }
  if (view) {
    const visible = new Set<number>();
    for (const row of view.cellAddresses as string[][]) {
      const match = ADDRESS_ROW.exec(String(row[0] ?? ''));
      if (match) visible.add(Number(match[1]) - 1);
    }
    out.hiddenRows = indices(range.rowIndex, rows).filter((r) => !visible.has(r));
  }
  if (columns.length)
    out.hiddenColumns = columns.flatMap((column, c) =>
      column.columnHidden === true ? [range.columnIndex + c] : [],
    );
  return out;
}

/** A loaded range as a SheetModel, with its hidden lines (a second sync only when some are hidden). */
async function readModel(
  context: Excel.RequestContext,
  name: string,
  range: Excel.Range & LoadedRange,
): Promise<SheetModel> {
  const model = toSheetModel(name, range);
  const { hiddenRows, hiddenColumns } = await hiddenLinesOf(context, range);
  return {
    ...model,
    ...(hiddenRows?.length ? { hiddenRows } : {}),
    ...(hiddenColumns?.length ? { hiddenColumns } : {}),
  };
}

/**
 * The used range (values, number formats, formulas, position, hidden rows and columns) of a sheet, or of the active
 * sheet: one sync, two when some rows or columns are hidden.
 */
export async function readSheet(context: Excel.RequestContext, sheetName?: string): Promise<SheetModel> {
  const sheets = context.workbook.worksheets;
  const sheet = sheetName ? sheets.getItem(sheetName) : sheets.getActiveWorksheet();
  sheet.load('name');
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(RANGE_FIELDS);
  await context.sync();
  return used.isNullObject ? toSheetModel(sheet.name, null) : readModel(context, sheet.name, used);
}

/** The selected range as a SheetModel (origin = the selection's top-left): one sync, two when rows are hidden. */
export async function readSelection(context: Excel.RequestContext): Promise<SheetModel> {
  const range = context.workbook.getSelectedRange();
  range.load(RANGE_FIELDS);
  range.worksheet.load('name');
  await context.sync();
  return readModel(context, range.worksheet.name, range);
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

const PAYLOAD_LIMIT_CODES = new Set(['RequestPayloadSizeLimitExceeded', 'PayloadTooLarge']);

function isPayloadLimit(err: unknown): boolean {
  const e = err as { code?: string; message?: string } | null;
  return Boolean(e && (PAYLOAD_LIMIT_CODES.has(e.code ?? '') || /payload size/i.test(e.message ?? '')));
}

/**
 * Applies a WritePlan. Sync 1 probes which sheets exist (and old large-setting parts); a second probe runs only
 * when rows are appended to sheets that already exist; then the writes go in requests of at most
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

  // Probe: which sheets exist; which custom XML parts hold the large settings we are about to replace.
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const largeKeys = Object.entries(plan.settings)
    .filter(([, v]) => isLargeSetting(v))
    .map(([k]) => k);
  const oldParts = queueOldParts(context, largeKeys);
  // Same request: re-read what the plan was computed against (a co-author may have moved it since the read).
  const rereads = (plan.expect ?? []).map((e) => queueReread(context, e));
  try {
    await sync();
  } catch (err) {
    if (rereads.length && (err as { code?: string })?.code === 'ItemNotFound')
      throw new SheetChangedError([{ expectation: (plan.expect ?? [])[0], missing: true }]);
    throw err;
  }
  assertExpectations(plan.expect, (e) => rereads[(plan.expect ?? []).indexOf(e)]());
  const existing = new Set(worksheets.items.map((s) => s.name));

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
  for (const r of plan.clear)
    if (existing.has(r.sheet))
      ops.push(
        simpleOperation((ctx) =>
          ctx.workbook.worksheets
            .getItem(r.sheet)
            .getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1)
            .clear('Contents'),
        ),
      );
  for (const block of plan.blocks) ops.push(...blockOperations(block, room));
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
  const pending = packRequests(ops, room);

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
  // empty: its text stands for it.
  const used = range.getUsedRangeOrNullObject(true);
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
