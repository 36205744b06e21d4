/**
 * Office.js workbook adapter: reads a sheet into a SheetModel in one sync, and applies a WritePlan in a
 * constant number of syncs (a probe, then as few write requests as the 4 MB request budget allows).
 * Everything here is a thin translation; what to write is decided in shared/.
 */
import type { CellRef, CellValue, RangeRef, SheetModel, WriteBlock, WritePlan } from '../../../shared/src/sheet/model';
import { rangeAddress } from '../../../shared/src/sheet/model';
import { jsonBytes, MAX_REQUEST_BYTES, OPERATION_OVERHEAD_BYTES, splitRowsByBytes, utf8Length } from './payload';
import { largeSettingNamespace, LARGE_SETTING_BYTES, settingXml } from './settings-xml';

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

const FORMULA_START = /^[=+\-@]/;
const HEADER_FILL = '#DDEBF7';
/** Excel column width is in points; one character of the default font is about 7 points wide. */
const POINTS_PER_CHARACTER = 7;

/* ------------------------------------------------------------------ reading */

type LoadedRange = Pick<Excel.Range, 'values' | 'numberFormat' | 'formulas' | 'rowIndex' | 'columnIndex'>;

function toSheetModel(name: string, range: LoadedRange | null): SheetModel {
  if (!range) return { name, origin: { row: 0, col: 0 }, values: [] };
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

const RANGE_FIELDS = 'address,rowIndex,columnIndex,values,numberFormat,formulas';

/** The used range (values, number formats, formulas, position) of a sheet, or of the active sheet, in one sync. */
export async function readSheet(context: Excel.RequestContext, sheetName?: string): Promise<SheetModel> {
  const sheets = context.workbook.worksheets;
  const sheet = sheetName ? sheets.getItem(sheetName) : sheets.getActiveWorksheet();
  sheet.load('name');
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(RANGE_FIELDS);
  await context.sync();
  return toSheetModel(sheet.name, used.isNullObject ? null : used);
}

/** The selected range as a SheetModel (origin = the selection's top-left), in one sync. */
export async function readSelection(context: Excel.RequestContext): Promise<SheetModel> {
  const range = context.workbook.getSelectedRange();
  range.load(RANGE_FIELDS);
  range.worksheet.load('name');
  await context.sync();
  return toSheetModel(range.worksheet.name, range);
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
  /** Largest estimated request, in bytes. */
  maxPayloadBytes: number;
  cellsWritten: number;
}

export class InputOverlapError extends Error {
  constructor(
    readonly target: RangeRef,
    readonly input: RangeRef,
  ) {
    super(
      `Không ghi đè dữ liệu gốc: vùng ${target.sheet}!${rangeAddress(target)} chồng lên vùng nhập ${input.sheet}!${rangeAddress(input)} ` +
        `(refusing to overwrite input ${input.sheet}!${rangeAddress(input)})`,
    );
    this.name = 'InputOverlapError';
  }
}

interface Operation {
  bytes: number;
  cells: number;
  queue: (context: Excel.RequestContext) => void;
}

function overlaps(a: RangeRef, b: RangeRef): boolean {
  return (
    a.sheet === b.sheet && a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right
  );
}

function blockRange(block: WriteBlock): RangeRef {
  const width = Math.max(0, ...block.values.map((r) => r.length));
  return {
    sheet: block.sheet,
    top: block.at.row,
    left: block.at.col,
    bottom: block.at.row + block.values.length - 1,
    right: block.at.col + width - 1,
  };
}

/** Refuses a plan that would touch an input range: checked before anything is queued. */
export function assertOutsideInputs(plan: WritePlan, inputs: RangeRef[]): void {
  const targets: RangeRef[] = [
    ...plan.clear,
    ...plan.blocks.filter((b) => b.values.length > 0).map(blockRange),
    ...plan.conditionalFormats.map((c) => ({ sheet: c.sheet, ...c.range })),
  ];
  for (const input of inputs) {
    for (const target of targets) if (overlaps(target, input)) throw new InputOverlapError(target, input);
    const replaced = plan.sheets.find((s) => s.mode === 'createOrReplace' && s.name === input.sheet);
    if (replaced)
      throw new InputOverlapError(
        { sheet: replaced.name, top: 0, left: 0, bottom: 1048575, right: 16383 },
        input,
      );
  }
}

/** Values as written: strings that Excel would read as formulas get a quote prefix unless the column is text. */
function safeRow(row: CellValue[], textColumns: boolean[]): (string | number | boolean)[] {
  return row.map((v, c) => {
    if (v === null) return '';
    if (typeof v === 'string' && !textColumns[c] && FORMULA_START.test(v)) return `'${v}`;
    return v;
  });
}

/** One block → operations, split by rows so each stays under the budget. */
function blockOperations(block: WriteBlock, budget: number): Operation[] {
  if (block.values.length === 0) return [];
  const width = Math.max(...block.values.map((r) => r.length));
  const kinds = block.columnKinds ?? [];
  const textColumns = Array.from({ length: width }, (_, c) => kinds[c] === 'text');
  const formats = Array.from({ length: width }, (_, c) =>
    textColumns[c] ? '@' : (block.columnFormats?.[c] ?? null),
  );
  const rows = block.values.map((r) => {
    const padded = r.length < width ? [...r, ...Array<CellValue>(width - r.length).fill(null)] : r;
    return safeRow(padded, textColumns);
  });
  const formatRow = formats.map((f) => f ?? 'General');
  const hasFormats = formats.some((f) => f !== null);
  const formatRowBytes = hasFormats ? jsonBytes(formatRow) + 1 : 0;
  const rowBytes = rows.map((r) => jsonBytes(r) + 1 + formatRowBytes);
  const ops: Operation[] = [];
  for (const run of splitRowsByBytes(rowBytes, budget - 2 * OPERATION_OVERHEAD_BYTES)) {
    const part = rows.slice(run.start, run.end);
    const top = block.at.row + run.start;
    const headerRows = Math.max(0, Math.min(block.headerRows ?? 0, block.values.length) - run.start);
    let bytes = 2 * OPERATION_OVERHEAD_BYTES;
    for (let i = run.start; i < run.end; i++) bytes += rowBytes[i];
    ops.push({
      bytes,
      cells: part.length * width,
      queue: (context) => {
        const range = context.workbook.worksheets
          .getItem(block.sheet)
          .getRangeByIndexes(top, block.at.col, part.length, width);
        // Formats first: a '@' (text) cell then keeps "=…" as text when the values arrive.
        if (hasFormats) range.numberFormat = part.map(() => formatRow);
        range.values = part;
        if (headerRows > 0) {
          const header = range.getRow(0).getResizedRange(headerRows - 1, 0);
          header.format.font.bold = true;
          header.format.fill.color = HEADER_FILL;
        }
        range.untrack();
      },
    });
  }
  return ops;
}

function simpleOperation(queue: Operation['queue'], payload: unknown = null): Operation {
  return { bytes: OPERATION_OVERHEAD_BYTES + jsonBytes(payload), cells: 0, queue };
}

/**
 * Applies a WritePlan. Sync 1 probes which sheets exist (and old large-setting parts); a second probe runs only
 * when rows are appended to sheets that already exist; then the writes go in requests of at most
 * `maxRequestBytes` each, with calculation suspended in each.
 */
export async function applyWritePlan(
  context: Excel.RequestContext,
  plan: WritePlan,
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
    .filter(([, v]) => utf8Length(v) > LARGE_SETTING_BYTES)
    .map(([k]) => k);
  const oldParts = largeKeys.map((key) => {
    const parts = context.workbook.customXmlParts.getByNamespace(largeSettingNamespace(key));
    parts.load('items/id');
    return parts;
  });
  await sync();
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

  const ops: Operation[] = [];
  for (const s of plan.sheets) {
    if (s.mode === 'createOrReplace' && existing.has(s.name))
      ops.push(simpleOperation((ctx) => ctx.workbook.worksheets.getItem(s.name).delete()));
    if (s.mode === 'createOrReplace' || !existing.has(s.name)) {
      ops.push(simpleOperation((ctx) => ctx.workbook.worksheets.add(s.name), s.name));
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
  for (const block of plan.blocks) ops.push(...blockOperations(block, budget));
  for (const append of plan.appends) {
    const start = appendRowStart.get(append.sheet) ?? 0;
    appendRowStart.set(append.sheet, start + append.values.length);
    ops.push(...blockOperations({ sheet: append.sheet, at: { row: start, col: 0 }, values: append.values }, budget));
  }
  for (const cf of plan.conditionalFormats) ops.push(conditionalFormatOperation(cf));
  for (const w of plan.columnWidths)
    ops.push(
      simpleOperation((ctx) => {
        ctx.workbook.worksheets.getItem(w.sheet).getRangeByIndexes(0, w.col, 1, 1).format.columnWidth =
          w.width * POINTS_PER_CHARACTER;
      }),
    );
  for (const [key, value] of Object.entries(plan.settings)) {
    const index = largeKeys.indexOf(key);
    ops.push(settingOperation(key, value, index >= 0 ? oldParts[index].items.map((p) => p.id) : []));
  }

  // Pack operations into requests under the budget.
  const canSuspend = supports('ExcelApi', '1.6');
  let requests = 0;
  let maxPayloadBytes = 0;
  let cellsWritten = 0;
  let current = 0;
  let queued = 0;
  const startRequest = () => {
    if (canSuspend) context.application.suspendApiCalculationUntilNextSync();
  };
  const flush = async () => {
    if (queued === 0) return;
    maxPayloadBytes = Math.max(maxPayloadBytes, current);
    requests++;
    await sync();
    current = 0;
    queued = 0;
  };
  for (const op of ops) {
    if (queued > 0 && current + op.bytes > budget) await flush(); // eslint-disable-line no-await-in-loop
    if (queued === 0) startRequest();
    op.queue(context);
    current += op.bytes;
    cellsWritten += op.cells;
    queued++;
  }
  await flush();
  return { syncs, requests, maxPayloadBytes, cellsWritten };
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
    format.textComparison.rule = { operator: 'Contains' as Excel.ConditionalTextOperator, text: cf.text ?? '' };
  }, cf);
}

/** Small settings go to workbook.settings; large ones to a custom XML part, the setting pointing to it. */
function settingOperation(key: string, value: string, oldPartIds: string[]): Operation {
  if (utf8Length(value) <= LARGE_SETTING_BYTES)
    return simpleOperation((ctx) => ctx.workbook.settings.add(key, value), [key, value]);
  const xml = settingXml(key, value);
  return simpleOperation(
    (ctx) => {
      for (const id of oldPartIds) ctx.workbook.customXmlParts.getItem(id).delete();
      ctx.workbook.customXmlParts.add(xml);
      ctx.workbook.settings.add(key, `xml:${largeSettingNamespace(key)}`);
    },
    [key, xml],
  );
}
