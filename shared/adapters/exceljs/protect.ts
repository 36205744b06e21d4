import type ExcelJS from 'exceljs';
import type { SheetProtection } from '../../src/forms/build';

/**
 * Protects each sheet's structure (no rows or columns inserted or deleted, no formats changed) with the listed
 * cells unlocked for input. No password: the protection keeps a form's rows from being changed by accident, and an
 * office that must change a form can lift it in Excel (Review → Unprotect Sheet).
 */
export async function protectSheets(wb: ExcelJS.Workbook, specs: SheetProtection[]): Promise<void> {
  for (const spec of specs) {
    const ws = wb.getWorksheet(spec.sheet);
    if (!ws) continue;
    for (const r of spec.unlocked)
      for (let row = r.top; row <= r.bottom; row++)
        for (let col = r.left; col <= r.right; col++)
          ws.getCell(row + 1, col + 1).protection = { locked: false };
    await ws.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatCells: false,
      formatColumns: true,
      formatRows: true,
      insertRows: false,
      insertColumns: false,
      deleteRows: false,
      deleteColumns: false,
      sort: false,
      autoFilter: false,
    });
  }
}
