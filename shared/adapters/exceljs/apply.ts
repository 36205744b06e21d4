import type ExcelJS from 'exceljs';
import {
  rangeAddress,
  type CellKind,
  type CellValue,
  type WriteBlock,
  type WritePlan,
} from '../../src/sheet/model';
import type { DataValidationSpec, WriteExpectation, WritePlanExtras } from '../../src/sheet/write-extras';
import { assertExpectations } from '../../src/sheet/write-checks';
import { plainValue } from './read';
import { applyPrintLayout, blockRowStyles, styleCell } from './print';
import { writeSettings } from './settings';

/** Number formats per kind when the plan gives none. "#,##0" shows dots in a Vietnamese-locale Excel. */
export const DEFAULT_FORMATS: Record<CellKind, string> = {
  text: '@',
  number: 'General',
  money: '#,##0',
  points: '0.00',
  percent: '0.0%',
  boolean: 'General',
};

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF9BB7D4' } };

function sheetFor(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  return wb.getWorksheet(name) ?? wb.addWorksheet(name);
}

/**
 * Text goes in as a string: ExcelJS never turns a string into a formula, so a unit called
 * "=HYPERLINK(…)" stays text. Numbers in text columns stay numbers only when they are numbers.
 */
function cellValue(value: CellValue, kind: CellKind | undefined): ExcelJS.CellValue {
  if (value === null) return null;
  if (kind === 'text' && typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value;
}

function writeBlock(ws: ExcelJS.Worksheet, block: WriteBlock): void {
  const headerRows = block.headerRows ?? 0;
  const styleOf = blockRowStyles(block);
  block.values.forEach((rowValues, r) => {
    const row = ws.getRow(block.at.row + r + 1);
    const style = styleOf(r);
    rowValues.forEach((value, c) => {
      const cell = row.getCell(block.at.col + c + 1);
      const kind = block.columnKinds?.[c];
      if (r < headerRows) {
        cell.value = value === null ? null : String(value);
        cell.numFmt = '@';
        cell.font = { bold: true };
        cell.fill = HEADER_FILL;
        cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
        cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
        if (style) styleCell(cell, style, true);
        return;
      }
      cell.value = cellValue(value, kind);
      const format = block.columnFormats?.[c] ?? (kind ? DEFAULT_FORMATS[kind] : null);
      if (format) cell.numFmt = format;
      if (kind === 'text' && typeof value === 'string' && value.length > 40)
        cell.alignment = { wrapText: true, vertical: 'top' };
      if (style) styleCell(cell, style, false);
    });
  });
}

function clearRange(ws: ExcelJS.Worksheet, range: WritePlan['clear'][number]): void {
  for (let r = range.top; r <= range.bottom; r++) {
    const row = ws.getRow(r + 1);
    for (let c = range.left; c <= range.right; c++) {
      const cell = row.getCell(c + 1);
      cell.value = null;
      cell.style = {};
    }
  }
}

function lastUsedRow(ws: ExcelJS.Worksheet): number {
  let last = 0;
  ws.eachRow({ includeEmpty: false }, (row) => {
    let used = false;
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.value !== null && cell.value !== undefined) used = true;
    });
    if (used) last = row.number;
  });
  return last;
}

function addValidation(ws: ExcelJS.Worksheet, spec: DataValidationSpec): void {
  const address = rangeAddress(spec.range);
  const messages = {
    showErrorMessage: Boolean(spec.error),
    error: spec.error,
    errorTitle: spec.error ? 'thidua' : undefined,
    errorStyle: 'stop',
    showInputMessage: Boolean(spec.prompt),
    prompt: spec.prompt,
  };
  let validation: ExcelJS.DataValidation;
  if (spec.type === 'list') {
    // Excel limits an inline list to 255 characters including the quotes.
    validation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${(spec.list ?? []).join(',')}"`],
      ...messages,
    };
  } else {
    const min = spec.min ?? (spec.type === 'date' ? 1 : -1e15);
    const max = spec.max;
    validation =
      max === undefined
        ? { type: spec.type, allowBlank: true, operator: 'greaterThanOrEqual', formulae: [min], ...messages }
        : { type: spec.type, allowBlank: true, operator: 'between', formulae: [min, max], ...messages };
  }
  (
    ws as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations.add(address, validation);
}

/** The cells of an expectation's range as the reader sees them (merged cells in their top-left only). */
function currentCells(wb: ExcelJS.Workbook, e: WriteExpectation): CellValue[][] | undefined {
  const ws = wb.getWorksheet(e.sheet);
  if (!ws) return undefined;
  const out: CellValue[][] = [];
  for (let r = e.range.top; r <= e.range.bottom; r++) {
    const row = ws.findRow(r + 1);
    const line: CellValue[] = [];
    for (let c = e.range.left; c <= e.range.right; c++) {
      const cell = row?.findCell(c + 1);
      line.push(!cell || (cell.isMerged && cell.master !== cell) ? null : plainValue(cell.value));
    }
    out.push(line);
  }
  return out;
}

/** ExcelJS orders the tabs by this field of a worksheet (not in its type definitions). */
type Ordered = { orderNo: number };

/**
 * Applies a write plan to an ExcelJS workbook. Cells outside the plan's blocks and clears are not touched. The
 * plan's expectations are checked first: if the sheet no longer holds what the plan was computed against, it
 * throws SheetChangedError and the workbook is left exactly as it was.
 */
export function applyWritePlan(wb: ExcelJS.Workbook, plan: WritePlan & WritePlanExtras): void {
  assertExpectations(plan.expect, (e) => currentCells(wb, e));
  for (const s of plan.sheets) {
    const existing = wb.getWorksheet(s.name);
    if (existing && s.mode === 'createOrReplace') {
      // replaced where it stands: the tabs keep their order run after run
      const { orderNo } = existing as unknown as Ordered;
      wb.removeWorksheet(existing.id);
      (wb.addWorksheet(s.name) as unknown as Ordered).orderNo = orderNo;
    } else if (!existing) wb.addWorksheet(s.name);
  }
  for (const range of plan.clear) {
    const ws = wb.getWorksheet(range.sheet);
    if (ws) clearRange(ws, range);
  }
  for (const block of plan.blocks) writeBlock(sheetFor(wb, block.sheet), block);
  for (const append of plan.appends) {
    const ws = sheetFor(wb, append.sheet);
    let next = lastUsedRow(ws) + 1;
    for (const values of append.values) {
      const row = ws.getRow(next++);
      values.forEach((value, c) => {
        const cell = row.getCell(c + 1);
        cell.value = value;
        if (typeof value === 'string') cell.numFmt = '@';
        else if (typeof value === 'number' && Number.isInteger(value) && Math.abs(value) >= 1000)
          cell.numFmt = '#,##0';
      });
    }
  }
  let priority = 1;
  for (const cf of plan.conditionalFormats) {
    const ws = sheetFor(wb, cf.sheet);
    const ref = rangeAddress(cf.range);
    if (cf.kind === 'dataBar') {
      // ExcelJS 4.4 needs cfvo and color spelled out (exceljs#3015). With gradient: true it writes an empty
      // x14:id reference that Excel repairs; a solid bar gets its complete x14 extension.
      ws.addConditionalFormatting({
        ref,
        rules: [
          {
            type: 'dataBar',
            priority: priority++,
            gradient: false,
            cfvo: [{ type: 'min' }, { type: 'max' }],
            color: { argb: `FF${(cf.color ?? '#638EC6').replace('#', '')}` },
          } as ExcelJS.DataBarRuleType,
        ],
      });
    } else {
      ws.addConditionalFormatting({
        ref,
        rules: [
          {
            type: 'containsText',
            operator: 'containsText',
            text: cf.text ?? '',
            priority: priority++,
            style: {
              fill: {
                type: 'pattern',
                pattern: 'solid',
                bgColor: { argb: `FF${(cf.color ?? '#FFF2CC').replace('#', '')}` },
              },
            },
          },
        ],
      });
    }
  }
  for (const w of plan.columnWidths) sheetFor(wb, w.sheet).getColumn(w.col + 1).width = w.width;
  for (const spec of plan.validations ?? []) addValidation(sheetFor(wb, spec.sheet), spec);
  for (const f of plan.freeze ?? [])
    sheetFor(wb, f.sheet).views = [{ state: 'frozen', xSplit: f.at.col, ySplit: f.at.row }];
  applyPrintLayout(wb, plan);
  writeSettings(wb, plan.settings);
}
