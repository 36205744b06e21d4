import ExcelJS from 'exceljs';

/** What a reader sees of a workbook: values, number formats, merges, hidden rows and columns of every sheet, by address. */
export type WorkbookDump = Record<string, string>;

function cellText(v: ExcelJS.CellValue): string {
  if (v instanceof Date) return `date:${v.toISOString()}`;
  if (v && typeof v === 'object' && 'formula' in v) return `=${v.formula}→${JSON.stringify(v.result)}`;
  return JSON.stringify(v);
}

export function dumpWorkbook(wb: ExcelJS.Workbook): WorkbookDump {
  const out: WorkbookDump = { sheets: JSON.stringify(wb.worksheets.map((w) => w.name)) };
  for (const ws of wb.worksheets) {
    out[`${ws.name}!merges`] = JSON.stringify([...((ws.model as { merges?: string[] }).merges ?? [])].sort());
    for (const column of (ws.columns as ExcelJS.Column[] | null) ?? [])
      if (column?.hidden) out[`${ws.name}!col${column.number}`] = 'hidden';
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      if (row.hidden) out[`${ws.name}!row${r}`] = 'hidden';
      row.eachCell({ includeEmpty: false }, (c) => {
        if (c.value === null || c.value === undefined) return;
        const format = c.numFmt && c.numFmt !== 'General' ? ` [${c.numFmt}]` : '';
        out[`${ws.name}!${c.address}`] = `${cellText(c.value)}${format}`;
      });
    });
  }
  return out;
}

/** A workbook as it reads back from its bytes (dates and formulas come back the way a saved file gives them). */
export async function reload(data: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as ArrayBuffer);
  return wb;
}
