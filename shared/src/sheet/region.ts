/**
 * Which part of a sheet is read into the dense grid of a SheetModel. A reader collects the non-empty cells that exist
 * (sparse) and asks `tableRegion` where the grid goes:
 *
 * 1. the bounding box of every non-empty cell, when it is at most `maxDenseCells` cells and `maxTableColumns` wide;
 * 2. otherwise the largest cluster: cut the cells into bands of rows separated by at least REGION_GAP_ROWS empty
 *    rows and keep the band holding the most cells (the topmost on a tie), then cut that band likewise into columns
 *    separated by at least REGION_GAP_COLUMNS empty columns (the leftmost on a tie), and repeat until nothing changes;
 * 3. a cluster still over `maxDenseCells` keeps its first rows, as many as fit.
 *
 * The cells left outside are the sheet's `outliers` (writers treat them as occupied) and the reader warns about them.
 */
import { cellAddress, rangeAddress, type CellRef, type SheetModel } from './model';
import { workbookProblem, type WorkbookProblem } from '../workbook/problems';

export const REGION_GAP_ROWS = 50;
export const REGION_GAP_COLUMNS = 20;

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface TableRegion {
  /** undefined when the sheet has no non-empty cell. */
  box: Box | undefined;
  outliers: CellRef[];
}

export interface RegionLimits {
  maxDenseCells: number;
  maxTableColumns: number;
}

function boundingBox(cells: readonly CellRef[]): Box {
  const box = { top: Infinity, left: Infinity, bottom: -1, right: -1 };
  for (const c of cells) {
    if (c.row < box.top) box.top = c.row;
    if (c.row > box.bottom) box.bottom = c.row;
    if (c.col < box.left) box.left = c.col;
    if (c.col > box.right) box.right = c.col;
  }
  return box;
}

const area = (b: Box) => (b.bottom - b.top + 1) * (b.right - b.left + 1);

/** The cells of the run of `key` values (sorted, gaps of at least `gap` empty lines between runs) holding the most. */
function largestRun(cells: CellRef[], key: (c: CellRef) => number, gap: number): CellRef[] {
  const sorted = [...cells].sort((a, b) => key(a) - key(b));
  let best: [number, number] = [0, 0];
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && key(sorted[i]) - key(sorted[i - 1]) <= gap) continue;
    if (i - start > best[1] - best[0]) best = [start, i];
    start = i;
  }
  return sorted.slice(best[0], best[1]);
}

export function tableRegion(cells: readonly CellRef[], limits: RegionLimits): TableRegion {
  if (cells.length === 0) return { box: undefined, outliers: [] };
  const whole = boundingBox(cells);
  const fits = (b: Box) => area(b) <= limits.maxDenseCells && b.right - b.left + 1 <= limits.maxTableColumns;
  if (fits(whole)) return { box: whole, outliers: [] };

  let kept = [...cells];
  for (let round = 0; round < 8; round++) {
    const before = kept.length;
    kept = largestRun(kept, (c) => c.row, REGION_GAP_ROWS);
    kept = largestRun(kept, (c) => c.col, REGION_GAP_COLUMNS);
    if (kept.length === before) break;
  }
  const box = boundingBox(kept);
  const width = box.right - box.left + 1;
  if (area(box) > limits.maxDenseCells)
    box.bottom = box.top + Math.max(1, Math.floor(limits.maxDenseCells / width)) - 1;
  const inside = (c: CellRef) =>
    c.row >= box.top && c.row <= box.bottom && c.col >= box.left && c.col <= box.right;
  return { box, outliers: cells.filter((c) => !inside(c)) };
}

/** How many outlier addresses a warning spells out. */
const NAMED_OUTLIERS = 5;

/** The reader's warning for a sheet read in part: which non-empty cells were left out, and the region read. */
export function outlierWarning(sheet: SheetModel): WorkbookProblem | undefined {
  const outliers = sheet.outliers ?? [];
  if (outliers.length === 0) return undefined;
  const rows = sheet.values.length;
  const cols = rows ? sheet.values[0].length : 0;
  const region = rows
    ? rangeAddress({
        top: sheet.origin.row,
        left: sheet.origin.col,
        bottom: sheet.origin.row + rows - 1,
        right: sheet.origin.col + cols - 1,
      })
    : '';
  return workbookProblem('cells-outside-table', {
    sheet: sheet.name,
    count: outliers.length,
    cells: outliers.slice(0, NAMED_OUTLIERS).map(cellAddress).join(', '),
    more: Math.max(0, outliers.length - NAMED_OUTLIERS),
    region,
  });
}
