/** What an official (or a co-author) does to a sheet between two runs, on a SheetModel, and a plan applied to one. */
import type { CellValue, SheetModel, WritePlan } from '../../src/sheet/model';

/** A dense copy of the sheet from A1, at least rows × cols. */
function dense(sheet: SheetModel, rows = 0, cols = 0): CellValue[][] {
  const height = Math.max(rows, sheet.origin.row + sheet.values.length);
  const width = Math.max(cols, sheet.origin.col + Math.max(0, ...sheet.values.map((r) => r.length)));
  return Array.from({ length: height }, (_, r) =>
    Array.from(
      { length: width },
      (_, c) => sheet.values[r - sheet.origin.row]?.[c - sheet.origin.col] ?? null,
    ),
  );
}

function fromDense(sheet: SheetModel, grid: CellValue[][]): SheetModel {
  return { ...sheet, origin: { row: 0, col: 0 }, values: grid };
}

export function setCell(sheet: SheetModel, row: number, col: number, value: CellValue): SheetModel {
  const grid = dense(sheet, row + 1, col + 1);
  grid[row][col] = value;
  return fromDense(sheet, grid);
}

export function cell(sheet: SheetModel, row: number, col: number): CellValue {
  return sheet.values[row - sheet.origin.row]?.[col - sheet.origin.col] ?? null;
}

/** Excel's "Insert row" on row `at` (0-based): everything from there moves down. */
export function insertRow(sheet: SheetModel, at: number, values: CellValue[] = []): SheetModel {
  const grid = dense(sheet);
  const width = grid[0]?.length ?? 0;
  grid.splice(
    at,
    0,
    Array.from({ length: width }, (_, c) => values[c] ?? null),
  );
  return { ...fromDense(sheet, grid), merges: sheet.merges?.map((m) => shiftRows(m, at, 1)) };
}

export function deleteRow(sheet: SheetModel, at: number): SheetModel {
  const grid = dense(sheet);
  grid.splice(at, 1);
  return { ...fromDense(sheet, grid), merges: sheet.merges?.map((m) => shiftRows(m, at, -1)) };
}

/** Excel's "Delete column" on column `at`: everything to its right moves left. */
export function deleteColumn(sheet: SheetModel, at: number): SheetModel {
  const grid = dense(sheet).map((row) => row.filter((_, c) => c !== at));
  return {
    ...fromDense(sheet, grid),
    merges: sheet.merges?.map((m) => ({
      ...m,
      left: m.left > at ? m.left - 1 : m.left,
      right: m.right >= at ? Math.max(m.left, m.right - 1) : m.right,
    })),
  };
}

function shiftRows<T extends { top: number; bottom: number }>(m: T, at: number, by: number): T {
  return { ...m, top: m.top >= at ? m.top + by : m.top, bottom: m.bottom >= at ? m.bottom + by : m.bottom };
}

/** The input sheet after an adapter applied `plan` to it: clears, then blocks (other sheets ignored). */
export function applied(sheet: SheetModel, plan: WritePlan): SheetModel {
  let out = sheet;
  for (const r of plan.clear.filter((c) => c.sheet === sheet.name))
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++)
        if (cell(out, row, col) !== null) out = setCell(out, row, col, null);
  for (const b of plan.blocks.filter((x) => x.sheet === sheet.name)) {
    const grid = dense(
      out,
      b.at.row + b.values.length,
      b.at.col + Math.max(...b.values.map((r) => r.length)),
    );
    b.values.forEach((row, i) => row.forEach((v, j) => (grid[b.at.row + i][b.at.col + j] = v)));
    out = fromDense(out, grid);
  }
  return out;
}
