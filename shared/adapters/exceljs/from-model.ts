import ExcelJS from 'exceljs';
import type { WorkbookModel } from '../../src/sheet/model';
import { writeSettings } from './settings';

/** A new ExcelJS workbook holding the model's sheets (values, number formats, formulas, merges, hidden rows and columns). */
export function workbookFromModel(model: WorkbookModel): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const sheet of model.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.values.forEach((rowValues, r) => {
      const row = ws.getRow(sheet.origin.row + r + 1);
      rowValues.forEach((value, c) => {
        const cell = row.getCell(sheet.origin.col + c + 1);
        const formula = sheet.formulas?.[r]?.[c];
        if (formula) {
          const result = typeof value === 'string' && /^#[A-Z/0!?]+$/.test(value) ? { error: value } : value;
          cell.value = { formula: formula.replace(/^=/, ''), result } as ExcelJS.CellFormulaValue;
        } else if (
          typeof value === 'string' &&
          /^#(N\/A|REF!|NAME\?|DIV\/0!|NULL!|VALUE!|NUM!)$/.test(value)
        ) {
          cell.value = { error: value } as ExcelJS.CellErrorValue;
        } else cell.value = value;
        const format = sheet.numberFormats?.[r]?.[c];
        if (format && format !== 'General') cell.numFmt = format;
      });
    });
    for (const m of sheet.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    for (const r of sheet.hiddenRows ?? []) ws.getRow(r + 1).hidden = true;
    for (const c of sheet.hiddenColumns ?? []) ws.getColumn(c + 1).hidden = true;
  }
  if (model.settings) writeSettings(wb, model.settings);
  return wb;
}
