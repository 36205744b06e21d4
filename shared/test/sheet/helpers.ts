import type { CellValue, SheetModel } from '../../src/sheet/model';

/** A hand-built sheet: rows are padded to one width; extras (merges, hidden rows, formats) as given. */
export function sheet(name: string, rows: CellValue[][], extra: Partial<SheetModel> = {}): SheetModel {
  const width = Math.max(...rows.map((r) => r.length));
  const values = rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill(null)]);
  return { name, origin: { row: 0, col: 0 }, values, ...extra };
}

/** Column index from letters: "A" -> 0. */
export const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
