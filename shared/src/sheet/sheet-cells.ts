/**
 * A sheet as the writer sees it: every cell that holds something, whether it sits in the dense grid, in a merged
 * area or among the reader's outliers (stray far-away cells whose value is not read) — all of them occupied.
 */
import type { CellRef, CellValue, RangeRef, SheetModel } from './model';
import { isBlank, UNKNOWN_CELL, type ReadCell } from './fingerprint';

export type Rect = Omit<RangeRef, 'sheet'>;

/** Excel's grid: 1,048,576 rows × 16,384 columns. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export function insideRect(r: Rect, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** `rect` minus `holes`, as disjoint rectangles. */
export function subtractRects(rect: Rect, holes: Rect[]): Rect[] {
  let parts: Rect[] = [rect];
  for (const h of holes) {
    const next: Rect[] = [];
    for (const p of parts) {
      if (!rectsOverlap(p, h)) {
        next.push(p);
        continue;
      }
      if (p.top < h.top) next.push({ ...p, bottom: h.top - 1 });
      if (p.bottom > h.bottom) next.push({ ...p, top: h.bottom + 1 });
      const top = Math.max(p.top, h.top);
      const bottom = Math.min(p.bottom, h.bottom);
      if (p.left < h.left) next.push({ top, bottom, left: p.left, right: h.left - 1 });
      if (p.right > h.right) next.push({ top, bottom, left: h.right + 1, right: p.right });
    }
    parts = next;
  }
  return parts;
}

export class SheetCells {
  private readonly outliers: Set<string>;

  constructor(readonly sheet: SheetModel) {
    this.outliers = new Set((sheet.outliers ?? []).map((c) => `${c.row},${c.col}`));
  }

  /** The cell's value; UNKNOWN_CELL for an outlier (non-empty, value not read). */
  get(row: number, col: number): ReadCell {
    if (this.outliers.size && this.outliers.has(`${row},${col}`)) return UNKNOWN_CELL;
    const { origin, values } = this.sheet;
    return values[row - origin.row]?.[col - origin.col] ?? null;
  }

  value(row: number, col: number): CellValue {
    const v = this.get(row, col);
    return v === UNKNOWN_CELL ? null : v;
  }

  rect(r: Rect): ReadCell[][] {
    const out: ReadCell[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: ReadCell[] = [];
      for (let col = r.left; col <= r.right; col++) line.push(this.get(row, col));
      out.push(line);
    }
    return out;
  }

  /** Every non-empty cell (grid and outliers), absolute. */
  *nonEmpty(): Generator<CellRef & { value: ReadCell }> {
    const { origin, values } = this.sheet;
    for (let i = 0; i < values.length; i++)
      for (let j = 0; j < values[i].length; j++)
        if (!isBlank(values[i][j])) yield { row: origin.row + i, col: origin.col + j, value: values[i][j] };
    for (const c of this.sheet.outliers ?? []) yield { ...c, value: UNKNOWN_CELL };
  }

  /**
   * Whether the grid cell holds something: a value, or a formula — one showing "" (=IF(E4>=1;"";"…")) is the
   * official's all the same, and writing over it would destroy it.
   */
  private filled(i: number, j: number): boolean {
    return !isBlank(this.sheet.values[i][j]) || !!this.sheet.formulas?.[i]?.[j];
  }

  /** Whether any cell of `r` holds something (or lies in a merged area), leaving out the `ignore` rectangles. */
  occupied(r: Rect, ignore: Rect[] = []): boolean {
    const { origin, values } = this.sheet;
    const top = Math.max(r.top, origin.row);
    const bottom = Math.min(r.bottom, origin.row + values.length - 1);
    for (let row = top; row <= bottom; row++) {
      const line = values[row - origin.row];
      const left = Math.max(r.left, origin.col);
      const right = Math.min(r.right, origin.col + line.length - 1);
      for (let col = left; col <= right; col++)
        if (this.filled(row - origin.row, col - origin.col) && !ignore.some((g) => insideRect(g, row, col)))
          return true;
    }
    for (const c of this.sheet.outliers ?? [])
      if (insideRect(r, c.row, c.col) && !ignore.some((g) => insideRect(g, c.row, c.col))) return true;
    for (const m of this.sheet.merges ?? [])
      if (rectsOverlap(m, r) && !ignore.some((g) => insideRect(g, m.top, m.left))) return true;
    return false;
  }

  /** Last occupied column over rows [top..bottom] (grid and merges; outliers are skipped over, not trailed). */
  lastUsedCol(top: number, bottom: number, ignore: Rect[]): number {
    let last = -1;
    const { origin, values } = this.sheet;
    for (let row = Math.max(top, origin.row); row <= bottom; row++) {
      const line = values[row - origin.row];
      if (!line) continue;
      for (let i = line.length - 1; i >= 0; i--) {
        const col = origin.col + i;
        if (col <= last) break;
        if (this.filled(row - origin.row, i) && !ignore.some((g) => insideRect(g, row, col))) {
          last = col;
          break;
        }
      }
    }
    for (const m of this.sheet.merges ?? [])
      if (m.bottom >= top && m.top <= bottom && !ignore.some((g) => insideRect(g, m.top, m.left)))
        last = Math.max(last, m.right);
    return last;
  }

  /** Last occupied row over columns [left..right] (grid and merges). */
  lastUsedRow(left: number, right: number, ignore: Rect[]): number {
    let last = -1;
    const { origin, values } = this.sheet;
    for (let i = values.length - 1; i >= 0 && last < 0; i--) {
      const row = origin.row + i;
      for (let col = Math.max(left, origin.col); col <= right; col++)
        if (this.filled(i, col - origin.col) && !ignore.some((g) => insideRect(g, row, col))) {
          last = row;
          break;
        }
    }
    for (const m of this.sheet.merges ?? [])
      if (m.right >= left && m.left <= right && !ignore.some((g) => insideRect(g, m.top, m.left)))
        last = Math.max(last, m.bottom);
    return last;
  }
}
