/** What the task pane needs from a workbook, whether it lives in Excel (Office.js) or in a file (ExcelJS). */
import type { CellRef, RangeRef, SheetModel, WritePlan, WritePlanExtras } from '@thidua/core/sheet';

export interface WriteReport {
  syncs: number;
  cellsWritten: number;
  /**
   * File mode: protected sheets the results were written on (a file does not refuse it, as Excel does; the cells
   * written stay locked until the official unprotects the sheet), said to the official as the CLI says it.
   */
  protectedSheets?: string[];
}

export interface WorkbookHost {
  kind: 'excel' | 'file';
  /** File name in file mode; undefined in Excel. */
  title?: string;
  listSheets(): Promise<string[]>;
  /** The active sheet's used range, or the named sheet's. */
  readSheet(name?: string): Promise<SheetModel>;
  /** The current selection (Excel only). */
  readSelection?(): Promise<SheetModel>;
  readSettings(): Promise<Record<string, string>>;
  saveSettings(values: Record<string, string>): Promise<void>;
  /** Applies a write plan; refuses plans that touch `inputRanges`. */
  apply(plan: WritePlan & WritePlanExtras, inputRanges: RangeRef[]): Promise<WriteReport>;
  /** Shows a cell to the official (selects it in Excel; highlights it in the file preview). */
  select(sheet: string, at: CellRef): Promise<void>;
  /** File mode: the workbook as .xlsx bytes for download. */
  save?(): Promise<Uint8Array>;
}
