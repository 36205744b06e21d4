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
  openWorkbookBytes,
  keepOfficialParts,
  preparedTarget,
} from '@thidua/core/adapters/exceljs';
import { WorkbookReadError, type CellRef, type WritePlan } from '@thidua/core/sheet';
import { assertOutsideInputs, PreparedTargetError } from './guard';
import type { WorkbookHost } from './host';
import { PaneError } from '../pane-error';

export interface FileHostOptions {
  /** Called when the pane asks to show a cell (the page highlights it in its preview). */
  onSelect?: (sheet: string, at: CellRef) => void;
  /** The bytes the workbook was opened from: what ExcelJS reads past in them goes back into the saved copy. */
  original?: Uint8Array;
}

function visibleSheets(wb: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  return wb.worksheets.filter((ws) => ws.name !== SETTINGS_SHEET && ws.state !== 'veryHidden');
}

function activeSheet(wb: ExcelJS.Workbook, title: string): ExcelJS.Worksheet {
  const sheets = visibleSheets(wb);
  if (sheets.length === 0) throw new PaneError('fileNoSheets', { file: title });
  const activeTab = (wb.views?.[0] as { activeTab?: number } | undefined)?.activeTab ?? 0;
  return wb.worksheets[activeTab] && sheets.includes(wb.worksheets[activeTab])
    ? wb.worksheets[activeTab]
    : sheets[0];
}

/**
 * Opens workbook bytes through the same path as the CLI (`openWorkbookBytes`): what the file is by its content,
 * the read budget before parsing, then ExcelJS. A file it cannot take throws a WorkbookReadError naming the file,
 * which the pane renders in its language (no library text).
 */
export async function openXlsx(
  bytes: ArrayBuffer,
  title: string,
  options: FileHostOptions = {},
): Promise<WorkbookHost> {
  try {
    const original = new Uint8Array(bytes);
    return fileHost(await openWorkbookBytes(original), title, { ...options, original });
  } catch (err) {
    if (err instanceof WorkbookReadError)
      throw new WorkbookReadError({ ...err.problem, params: { ...err.problem.params, file: title } });
    throw err;
  }
}

/** The protected sheets (Review → Protect Sheet) a plan writes on where they stand (not those it replaces). */
function protectedWrittenSheets(wb: ExcelJS.Workbook, plan: WritePlan): string[] {
  const replaced = new Set(plan.sheets.filter((s) => s.mode === 'createOrReplace').map((s) => s.name));
  const written = new Set([
    ...plan.clear.map((r) => r.sheet),
    ...plan.blocks.filter((b) => b.values.length > 0).map((b) => b.sheet),
    ...plan.appends.map((a) => a.sheet),
  ]);
  return [...written].filter((name) => {
    if (replaced.has(name)) return false;
    const ws = wb.getWorksheet(name) as
      (ExcelJS.Worksheet & { sheetProtection?: { sheet?: boolean } }) | undefined;
    return ws?.sheetProtection?.sheet === true;
  });
}

export function fileHost(wb: ExcelJS.Workbook, title: string, options: FileHostOptions = {}): WorkbookHost {
  const date1904 = Boolean((wb.properties as { date1904?: boolean } | undefined)?.date1904);
  // the program's own sheets: nothing of the official's file is put back into them
  const ownSheets = new Set([SETTINGS_SHEET]);
  return {
    kind: 'file',
    title,
    listSheets: async () => visibleSheets(wb).map((ws) => ws.name),
    readSheet: async (name) => {
      const ws = name ? wb.getWorksheet(name) : activeSheet(wb, title);
      if (!ws) throw new PaneError('noSuchSheet', { sheet: name ?? '', file: title });
      return readSheet(ws, date1904);
    },
    readSettings: async () => readSettings(wb),
    saveSettings: async (values) => writeSettings(wb, values),
    apply: async (plan, inputRanges) => {
      assertOutsideInputs(plan, inputRanges);
      // as in Excel: empty target cells with the official's validation or conditional format are refused
      const prepared = preparedTarget(wb, plan.expect);
      if (prepared) {
        const { sheet, cell, what } = prepared;
        throw new PreparedTargetError(
          { sheet, top: cell.row, left: cell.col, bottom: cell.row, right: cell.col },
          what,
        );
      }
      const locked = protectedWrittenSheets(wb, plan);
      for (const sheet of plan.sheets) ownSheets.add(sheet.name);
      applyWritePlan(wb, plan);
      const cellsWritten = [...plan.blocks, ...plan.appends].reduce(
        (n, b) => n + b.values.reduce((m, row) => m + row.length, 0),
        0,
      );
      return { syncs: 0, cellsWritten, ...(locked.length ? { protectedSheets: locked } : {}) };
    },
    select: async (sheet, at) => options.onSelect?.(sheet, at),
    save: async () => {
      const written = new Uint8Array(await wb.xlsx.writeBuffer());
      // as the CLI's copy: defined names, links within the workbook, a sheet's password… kept verbatim
      return options.original ? keepOfficialParts(options.original, written, [...ownSheets]).bytes : written;
    },
  };
}
