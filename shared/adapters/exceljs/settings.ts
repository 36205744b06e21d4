import type ExcelJS from 'exceljs';

/** The very hidden sheet that carries the workbook's own configuration (plan, mapping, last output). */
export const SETTINGS_SHEET = '_thidua';

/** Excel refuses cell text longer than 32 767 characters, so long values are split across columns. */
const CHUNK = 30_000;

export function readSettings(wb: ExcelJS.Workbook): Record<string, string> {
  const ws = wb.getWorksheet(SETTINGS_SHEET);
  const settings: Record<string, string> = {};
  if (!ws) return settings;
  ws.eachRow((row) => {
    const key = row.getCell(1).value;
    if (typeof key !== 'string' || !key) return;
    let value = '';
    for (let c = 2; c <= row.cellCount; c++) {
      const part = row.getCell(c).value;
      if (typeof part === 'string') value += part;
    }
    settings[key] = value;
  });
  return settings;
}

export function writeSettings(wb: ExcelJS.Workbook, updates: Record<string, string>): void {
  if (Object.keys(updates).length === 0) return;
  const merged = { ...readSettings(wb), ...updates };
  const old = wb.getWorksheet(SETTINGS_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(SETTINGS_SHEET, { state: 'veryHidden' });
  for (const key of Object.keys(merged).sort()) {
    const value = merged[key];
    const parts: string[] = [];
    for (let i = 0; i < value.length; i += CHUNK) parts.push(value.slice(i, i + CHUNK));
    const row = ws.addRow([key, ...(parts.length ? parts : [''])]);
    row.eachCell((cell) => {
      cell.numFmt = '@';
    });
  }
}
