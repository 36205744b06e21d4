/**
 * The one way the CLI and the task pane's file mode open workbook bytes: what the file is (by content), the read
 * budget checked on the package before parsing, then ExcelJS. Every refusal is a WorkbookReadError carrying a
 * `{ code, params }` problem; no library message or URL gets through.
 */
import ExcelJS from 'exceljs';
import { READ_BUDGET, type ReadBudget } from '../../src/workbook/budget';
import { classifyWorkbookFile } from '../../src/workbook/classify';
import { workbookProblem, WorkbookReadError } from '../../src/workbook/problems';
import { keepNotesOnEmptyCells } from './keep';
import { prescanXlsx } from './prescan';

export async function openWorkbookBytes(
  bytes: Uint8Array,
  budget: ReadBudget = READ_BUDGET,
): Promise<ExcelJS.Workbook> {
  const kind = classifyWorkbookFile(bytes, { maxParts: budget.maxParts });
  if (kind.kind === 'refused') throw new WorkbookReadError(kind.problem);
  prescanXlsx(bytes, kind.entries, budget);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new WorkbookReadError(workbookProblem('damaged'));
  }
  // notes on empty cells: ExcelJS reads them past, and every copy it writes would lose them
  keepNotesOnEmptyCells(workbook, bytes);
  return workbook;
}
