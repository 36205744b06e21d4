/**
 * The workbook as the domain core sees it: plain 2-D data, no Office.js, no ExcelJS.
 * Adapters (Office.js in the task pane, ExcelJS in the CLI and the browser file mode)
 * read sheets into SheetModel and apply WritePlans; every rule in between lives in shared/.
 */

/** A cell value as adapters deliver it. Excel errors arrive as their text ("#N/A"). Dates arrive as serial numbers. */
export type CellValue = string | number | boolean | null;

/** 0-based absolute position on a sheet (row 0 = Excel row 1, col 0 = column A). */
export interface CellRef {
  row: number;
  col: number;
}

export interface RangeRef {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetModel {
  name: string;
  /** Absolute position of values[0][0] (the top-left of the used range). */
  origin: CellRef;
  /** Values of the used range, row-major; every row has the same length. */
  values: CellValue[][];
  /** Number formats, same shape as values, when the adapter can read them ("0.0%", "@", "General"). */
  numberFormats?: (string | null)[][];
  /** Formula text (e.g. "=SUM(B2:B9)") where a cell holds a formula, same shape as values. */
  formulas?: (string | null)[][];
  /** The official hid the whole sheet (hidden or very hidden): never read unless named. */
  hidden?: boolean;
  /** Absolute row indices hidden by the official. */
  hiddenRows?: number[];
  /** Absolute column indices hidden by the official. */
  hiddenColumns?: number[];
  /** Merged areas (absolute). */
  merges?: Omit<RangeRef, 'sheet'>[];
  /**
   * Non-empty cells that lie outside the dense grid (`values`), absolute: a reader keeps the grid to the table's
   * region and lists stray far-away cells here instead of building a grid over an almost empty used range.
   * Writers treat them as occupied (never written over, never cleared).
   */
  outliers?: CellRef[];
}

export interface WorkbookModel {
  sheets: SheetModel[];
  /** Workbook-level settings (Office.js workbook.settings, or a hidden sheet in files). */
  settings?: Record<string, string>;
}

/** "A1" style address from a 0-based ref. */
export function cellAddress(ref: CellRef): string {
  let col = ref.col + 1;
  let letters = '';
  while (col > 0) {
    const rem = (col - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    col = Math.floor((col - 1) / 26);
  }
  return `${letters}${ref.row + 1}`;
}

/** 0-based ref from an "A1" style address (absolute markers "$" allowed). */
export function parseCellAddress(address: string): CellRef | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export function rangeAddress(r: Omit<RangeRef, 'sheet'>): string {
  const a = cellAddress({ row: r.top, col: r.left });
  const b = cellAddress({ row: r.bottom, col: r.right });
  return a === b ? a : `${a}:${b}`;
}

/* ---------- Write plans: pure data, applied by adapters ---------- */

/** How a written cell must be stored. 'text' cells are never interpreted as formulas ("=", "+", "-", "@"). */
export type CellKind = 'text' | 'number' | 'money' | 'points' | 'percent' | 'boolean';

export interface WriteBlock {
  sheet: string;
  /** Absolute top-left of the block. */
  at: CellRef;
  values: CellValue[][];
  /** One kind per column of the block (applies to every row). */
  columnKinds?: CellKind[];
  /** Number format per column ("#,##0" with the workbook's separators, "0.00", "@"). */
  columnFormats?: (string | null)[];
  /** Header rows at the top of the block get bold + fill. */
  headerRows?: number;
  /** How every cell of the block looks (printed sheets); absent = the adapter's defaults. */
  style?: CellStyle;
  /** Rows of the block (0-based, relative) that look different from the rest, e.g. a unit's bold summary row. */
  rowStyles?: { row: number; style: CellStyle }[];
}

/** Font, wrapping, alignment and borders of cells, as data (both adapters apply it). */
export interface CellStyle {
  font?: string;
  /** Points. */
  size?: number;
  bold?: boolean;
  italic?: boolean;
  /** Wrap long text inside the cell (or the merged area it heads). */
  wrap?: boolean;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle';
  /** Thin borders around and between the cells (tables). */
  border?: boolean;
}

/** A row's height in points, estimated from its text, the column widths and the font. */
export interface RowHeight {
  sheet: string;
  row: number;
  height: number;
  /** A table row (no merged cell): a host that fits rows to their text itself (Excel, live) may do that instead. */
  table?: boolean;
}

/**
 * How a sheet prints: paper, orientation, fit to a number of pages wide (any number tall), rows repeated at the top
 * of every page, margins in millimetres, page numbers in the footer. Applied only to the program's own sheets.
 */
export interface PageSetup {
  sheet: string;
  orientation: 'portrait' | 'landscape';
  paperSize: 'A4';
  fitToWidth: number;
  /** Rows repeated at the top of every printed page (0-based, inclusive). */
  printTitleRows?: { first: number; last: number };
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  centerHorizontally?: boolean;
  /** Footer text; "&P" is the page number and "&N" the number of pages, as Excel writes them. */
  footer?: string;
}

export interface ConditionalFormat {
  sheet: string;
  range: Omit<RangeRef, 'sheet'>;
  kind: 'dataBar' | 'highlightText';
  /** For highlightText: the text to match and the fill colour (#RRGGBB). */
  text?: string;
  color?: string;
}

export interface WritePlan {
  /** Sheets to create if missing, or clear and rewrite (results, proposals, explanations, log), never an input one. */
  sheets: { name: string; mode: 'createOrReplace' | 'createIfMissing' }[];
  /** Ranges written by the previous run, to clear before writing (input cells are never listed). */
  clear: RangeRef[];
  blocks: WriteBlock[];
  /** Rows appended at the end of a sheet's used range (the run log). */
  appends: { sheet: string; values: CellValue[][] }[];
  conditionalFormats: ConditionalFormat[];
  /** Column widths in characters, per sheet and absolute column. */
  columnWidths: { sheet: string; col: number; width: number }[];
  /** Workbook settings to store (plan, mapping, last output ranges). */
  settings: Record<string, string>;
  /** Merged areas (titles and long lines over the width of a table), only on sheets this plan creates. */
  merges?: RangeRef[];
  /** Row heights where wrapped text needs more than the default (merged areas are never fitted by Excel). */
  rowHeights?: RowHeight[];
  /** Print settings, per sheet this plan creates. */
  pageSetup?: PageSetup[];
}
