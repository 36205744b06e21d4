import { excelError, isBlank, parseBoolean, parseNumber, withoutNote } from '../values';
import { cellAddress, type CellRef, type CellValue, type SheetModel } from './model';

export type Orientation = 'rows' | 'columns';

/**
 * A sheet read record by record. With 'rows' a record is a sheet row (major = row, minor = column);
 * with 'columns' the sheet is read transposed, so detection and extraction are written once.
 */
export interface View {
  sheet: SheetModel;
  orientation: Orientation;
  majorStart: number;
  /** Exclusive. */
  majorEnd: number;
  minorStart: number;
  /** Exclusive. */
  minorEnd: number;
  ref(major: number, minor: number): CellRef;
  value(major: number, minor: number): CellValue;
  /** Text of a cell; a cell covered by a merged area reads the area's top-left value. */
  label(major: number, minor: number): string;
  /** A key naming the merged area covering a cell (or the cell itself). */
  sourceKey(major: number, minor: number): string;
  format(major: number, minor: number): string | null;
  /** A record (a row; a column when read transposed) the official hid. */
  hidden(major: number): boolean;
  /** A line across the records (a column; a row when read transposed) the official hid. */
  hiddenLine(minor: number): boolean;
}

export function makeView(sheet: SheetModel, orientation: Orientation): View {
  const { row: r0, col: c0 } = sheet.origin;
  const values = Array.isArray(sheet.values) ? sheet.values : [];
  const nRows = values.length;
  let nCols = 0;
  for (const row of values) if (Array.isArray(row) && row.length > nCols) nCols = row.length;
  const at = (row: number, col: number): CellValue => {
    const v = values[row - r0]?.[col - c0];
    return v === undefined ? null : v;
  };
  const covered = new Map<string, CellRef>();
  for (const m of sheet.merges ?? []) {
    const top = Math.max(m.top, r0);
    const left = Math.max(m.left, c0);
    const bottom = Math.min(m.bottom, r0 + nRows - 1);
    const right = Math.min(m.right, c0 + nCols - 1);
    for (let r = top; r <= bottom; r++)
      for (let c = left; c <= right; c++)
        if (r !== m.top || c !== m.left) covered.set(`${r}:${c}`, { row: m.top, col: m.left });
  }
  const hiddenRows = new Set(sheet.hiddenRows ?? []);
  const hiddenColumns = new Set(sheet.hiddenColumns ?? []);
  const rows = orientation === 'rows';
  const ref = (major: number, minor: number): CellRef =>
    rows ? { row: major, col: minor } : { row: minor, col: major };
  return {
    sheet,
    orientation,
    majorStart: rows ? r0 : c0,
    majorEnd: rows ? r0 + nRows : c0 + nCols,
    minorStart: rows ? c0 : r0,
    minorEnd: rows ? c0 + nCols : r0 + nRows,
    ref,
    value: (major, minor) => {
      const r = ref(major, minor);
      return at(r.row, r.col);
    },
    label: (major, minor) => {
      const r = ref(major, minor);
      const src = covered.get(`${r.row}:${r.col}`) ?? r;
      return cellText(at(src.row, src.col));
    },
    sourceKey: (major, minor) => {
      const r = ref(major, minor);
      const src = covered.get(`${r.row}:${r.col}`) ?? r;
      return `${src.row}:${src.col}`;
    },
    format: (major, minor) => {
      const r = ref(major, minor);
      const f = sheet.numberFormats?.[r.row - r0]?.[r.col - c0];
      return typeof f === 'string' ? f : null;
    },
    hidden: (major) => (rows ? hiddenRows : hiddenColumns).has(major),
    hiddenLine: (minor) => (rows ? hiddenColumns : hiddenRows).has(minor),
  };
}

/** A cell as one line of text ("" for empty). */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.replace(/\s+/g, ' ').trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return '';
}

export { excelError };

/** What a cell holds, as far as table detection cares: data values versus labels. */
export type ValueKind = 'empty' | 'number' | 'flag' | 'error' | 'text';

export function valueKind(v: unknown): ValueKind {
  if (isBlank(v)) return 'empty';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'flag';
  if (typeof v !== 'string') return 'empty';
  if (excelError(v)) return 'error';
  const s = v.trim();
  if (s.length > 40) return 'text'; // no number or yes/no word is this long
  if (!/[\d.,✓✔]/.test(s) && s.length > 20) return 'text';
  if (parseNumber(s.replace(/%$/, '')).ok) return 'number';
  // "85% (đã xác minh)": a figure with a note typed after it
  const bare = withoutNote(s);
  if (bare !== undefined && parseNumber(bare.replace(/%$/, '')).ok) return 'number';
  if (parseBoolean(s).ok) return 'flag';
  return 'text';
}

export const isDataKind = (k: ValueKind) => k === 'number' || k === 'flag' || k === 'error';

/** "Sheet1!D7", "'Tiêu chí'!F7": sheet names other than plain ASCII words are quoted as Excel does. */
export function sheetCellAddress(sheet: string, ref: CellRef): string {
  const name = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${cellAddress(ref)}`;
}
