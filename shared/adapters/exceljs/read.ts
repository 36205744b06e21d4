import type ExcelJS from 'exceljs';
import {
  rangeAddress,
  type CellRef,
  type CellValue,
  type SheetModel,
  type WorkbookModel,
} from '../../src/sheet/model';
import { tableRegion } from '../../src/sheet/region';
import { READ_BUDGET, type ReadBudget } from '../../src/workbook/budget';
import { workbookProblem, WorkbookReadError } from '../../src/workbook/problems';
import { EXCEL_ROWS } from '../../src/workbook/xml-scan';
import { readSettings, SETTINGS_SHEET } from './settings';

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** Excel serial number of a date as ExcelJS delivers it (UTC midnight = the day). */
export function dateToSerial(date: Date, date1904 = false): number {
  const days = (date.getTime() - (date1904 ? EPOCH_1904 : EPOCH_1900)) / MS_PER_DAY;
  return Math.round(days * 86_400) / 86_400;
}

/**
 * The value a user sees: formula results, error text, rich text joined, dates as serials. A date cell reaches us as
 * the day itself (ExcelJS has already applied the workbook's date system, 1900 or 1904), and the model's serials are
 * always of the 1900 system, the one the core reads: a workbook saved with the 1904 system (older Mac Excel) keeps its
 * dates, not four years and a day earlier.
 */
export function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value === 'object') {
    if ('error' in value) return String(value.error);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: ExcelJS.CellValue }).result;
      if (result !== null && typeof result === 'object' && !(result instanceof Date) && 'error' in result)
        return String(result.error);
      return plainValue(result as ExcelJS.CellValue);
    }
    if ('text' in value) return plainValue((value as { text: ExcelJS.CellValue }).text);
  }
  return null;
}

/**
 * A cell's value with its formula's cached result: ExcelJS leaves a result of 0 or FALSE out of `cell.value`
 * (only `cell.result` has it), which would read "=SUM(…)" that came to 0 as a blank cell.
 */
function valueOf(cell: ExcelJS.Cell): ExcelJS.CellValue {
  const v = cell.value;
  if (v === null || typeof v !== 'object' || v instanceof Date) return v;
  if (!('formula' in v) && !('sharedFormula' in v)) return v;
  if ((v as { result?: unknown }).result !== undefined || cell.result === undefined) return v;
  return { ...v, result: cell.result } as ExcelJS.CellValue;
}

function formulaText(cell: ExcelJS.Cell): string | null {
  const v = cell.value;
  if (v === null || typeof v !== 'object' || v instanceof Date) return null;
  if (!('formula' in v) && !('sharedFormula' in v)) return null;
  const f = cell.formula;
  return f ? `=${f}` : null;
}

function parseRange(ref: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(ref.replace(/\$/g, '').toUpperCase());
  if (!m) return undefined;
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const top = Number(m[2]) - 1;
  const left = col(m[1]);
  return { top, left, bottom: m[4] ? Number(m[4]) - 1 : top, right: m[3] ? col(m[3]) : left };
}

function mergesOf(ws: ExcelJS.Worksheet): { top: number; left: number; bottom: number; right: number }[] {
  const refs: string[] = (ws.model as unknown as { merges?: string[] }).merges ?? [];
  return refs.map(parseRange).filter((r): r is NonNullable<typeof r> => r !== undefined);
}

/** Number format an absent cell would get if created: the row's, else the column's (as ExcelJS's getCell does). */
function inheritedFormat(row: ExcelJS.Row | undefined, column: ExcelJS.Column): string {
  const rowStyle = (row as { style?: Partial<ExcelJS.Style> } | undefined)?.style;
  return rowStyle?.numFmt || column.style?.numFmt || 'General';
}

/** Absolute rows the official hid, found without creating the rows in between. */
function hiddenRowsOf(ws: ExcelJS.Worksheet): number[] {
  const hidden: number[] = [];
  ws.findRows(1, EXCEL_ROWS)?.forEach((row) => {
    if (row?.hidden) hidden.push(row.number - 1);
  });
  return hidden;
}

/** Absolute columns the official hid (ExcelJS lists a column once it has a width, a style or a hidden flag). */
function hiddenColumnsOf(ws: ExcelJS.Worksheet): number[] {
  const hidden: number[] = [];
  for (const column of (ws.columns as ExcelJS.Column[] | null) ?? [])
    if (column?.hidden && typeof column.number === 'number') hidden.push(column.number - 1);
  return hidden;
}

/**
 * The sheet as a SheetModel. Only cells that exist are visited; the dense grid covers the table's region
 * (`tableRegion`: the bounding box, or its largest cluster when the box is too big), and non-empty cells outside it
 * are listed as `outliers`. A region wider than the budget's column limit is refused (WorkbookReadError).
 * `_date1904` is kept for callers that pass the workbook's date system: dates are read the same in both (plainValue).
 */
export function readSheet(
  ws: ExcelJS.Worksheet,
  _date1904 = false,
  budget: ReadBudget = READ_BUDGET,
): SheetModel {
  const present: CellRef[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.value === null || cell.value === undefined) return;
      present.push({ row: row.number - 1, col: Number(cell.col) - 1 });
    });
  });
  const merges = mergesOf(ws);
  const hiddenRows = hiddenRowsOf(ws);
  const hiddenColumns = hiddenColumnsOf(ws);
  const hiddenLines = {
    ...(ws.state === 'hidden' || ws.state === 'veryHidden' ? { hidden: true } : {}),
    hiddenRows,
    ...(hiddenColumns.length ? { hiddenColumns } : {}),
  };
  const { box, outliers } = tableRegion(present, budget);
  if (!box)
    return {
      name: ws.name,
      origin: { row: 0, col: 0 },
      values: [],
      numberFormats: [],
      formulas: [],
      ...hiddenLines,
      merges,
    };
  const width = box.right - box.left + 1;
  if (width > budget.maxTableColumns)
    throw new WorkbookReadError(
      workbookProblem('table-too-wide', {
        sheet: ws.name,
        columns: width,
        range: rangeAddress(box),
        limit: budget.maxTableColumns,
      }),
    );

  const columns: ExcelJS.Column[] = [];
  for (let c = box.left; c <= box.right; c++) columns.push(ws.getColumn(c + 1));
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const formulas: (string | null)[][] = [];
  for (let r = box.top; r <= box.bottom; r++) {
    const row = ws.findRow(r + 1);
    const vRow: CellValue[] = [];
    const fRow: (string | null)[] = [];
    const formulaRow: (string | null)[] = [];
    for (let c = box.left; c <= box.right; c++) {
      const cell = row?.findCell(c + 1);
      if (!cell) {
        vRow.push(null);
        fRow.push(inheritedFormat(row, columns[c - box.left]));
        formulaRow.push(null);
        continue;
      }
      const slave = cell.isMerged && cell.master !== cell;
      vRow.push(slave ? null : plainValue(valueOf(cell)));
      fRow.push(cell.numFmt || 'General');
      formulaRow.push(slave ? null : formulaText(cell));
    }
    values.push(vRow);
    numberFormats.push(fRow);
    formulas.push(formulaRow);
  }
  return {
    name: ws.name,
    origin: { row: box.top, col: box.left },
    values,
    numberFormats,
    formulas,
    ...hiddenLines,
    merges,
    ...(outliers.length ? { outliers } : {}),
  };
}

/** Every visible or hidden sheet (not the settings sheet) and the workbook's stored settings. */
export function readWorkbook(wb: ExcelJS.Workbook, budget: ReadBudget = READ_BUDGET): WorkbookModel {
  const sheets: SheetModel[] = [];
  wb.eachSheet((ws) => {
    if (ws.name !== SETTINGS_SHEET) sheets.push(readSheet(ws, false, budget));
  });
  return { sheets, settings: readSettings(wb) };
}
