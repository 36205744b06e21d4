/**
 * WorkbookHost over an .xlsx file held in the page (ExcelJS, browser build): the same task-pane steps work
 * outside Excel, and the scored workbook is handed back as a download.
 */
import ExcelJS from 'exceljs';
import {
  applyWritePlan,
  readSettings,
  readSheet,
  SETTINGS_SHEET,
  writeSettings,
} from '../../../shared/adapters/exceljs';
import type { CellRef } from '../../../shared/src/sheet/model';
import { assertOutsideInputs } from './guard';
import type { WorkbookHost } from './host';

export interface FileHostOptions {
  /** Called when the pane asks to show a cell (the page highlights it in its preview). */
  onSelect?: (sheet: string, at: CellRef) => void;
}

function visibleSheets(wb: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  return wb.worksheets.filter((ws) => ws.name !== SETTINGS_SHEET && ws.state !== 'veryHidden');
}

function activeSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheets = visibleSheets(wb);
  if (sheets.length === 0) throw new Error('Tệp không có trang tính nào (the file has no worksheets)');
  const activeTab = (wb.views?.[0] as { activeTab?: number } | undefined)?.activeTab ?? 0;
  return wb.worksheets[activeTab] && sheets.includes(wb.worksheets[activeTab])
    ? wb.worksheets[activeTab]
    : sheets[0];
}

/** Opens .xlsx bytes; a file that is not an .xlsx gets a clear message instead of a parser stack trace. */
export async function openXlsx(
  bytes: ArrayBuffer,
  title: string,
  options: FileHostOptions = {},
): Promise<WorkbookHost> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes);
  } catch (err) {
    throw new Error(
      `Không đọc được "${title}" như một tệp .xlsx (not a readable .xlsx): ${(err as Error).message}`,
      {
        cause: err,
      },
    );
  }
  return fileHost(wb, title, options);
}

export function fileHost(wb: ExcelJS.Workbook, title: string, options: FileHostOptions = {}): WorkbookHost {
  const date1904 = Boolean((wb.properties as { date1904?: boolean } | undefined)?.date1904);
  return {
    kind: 'file',
    title,
    listSheets: async () => visibleSheets(wb).map((ws) => ws.name),
    readSheet: async (name) => {
      const ws = name ? wb.getWorksheet(name) : activeSheet(wb);
      if (!ws) throw new Error(`Không có trang "${name}" trong tệp (no sheet "${name}")`);
      return readSheet(ws, date1904);
    },
    readSettings: async () => readSettings(wb),
    saveSettings: async (values) => writeSettings(wb, values),
    apply: async (plan, inputRanges) => {
      assertOutsideInputs(plan, inputRanges);
      applyWritePlan(wb, plan);
      const cellsWritten = [...plan.blocks, ...plan.appends].reduce(
        (n, b) => n + b.values.reduce((m, row) => m + row.length, 0),
        0,
      );
      return { syncs: 0, cellsWritten };
    },
    select: async (sheet, at) => options.onSelect?.(sheet, at),
    save: async () => new Uint8Array(await wb.xlsx.writeBuffer()),
  };
}
