/**
 * What the program wrote last time, and whether it is still there untouched.
 *
 * An output block beside (or below) the official's table is remembered in the "thidua.output" setting with its
 * address, a SHA-256 fingerprint of its cells, one short hash per line along the units (rows beside a table,
 * columns below one), one per line across, and its first non-empty cell. The next run clears it only when the
 * cells on the sheet are still what was written — see docs/writing-results.md for the rule.
 */
import { cellAddress, type CellRef, type CellValue, type RangeRef, type WriteBlock } from './model';
import { cellKey, gridFingerprint, isBlank, lineHash, type ReadCell } from './fingerprint';
import { insideRect, type Rect, type SheetCells } from './sheet-cells';

/** 'rows': the units run down the block (one line per sheet row); 'columns': across (one line per column). */
export type Axis = 'rows' | 'columns';

export interface OutputRecord extends RangeRef {
  axis?: Axis;
  /** gridFingerprint of the block as written; absent in workbooks scored before fingerprints existed. */
  fingerprint?: string;
  /** lineHash of every line along the units ('' for an empty line). */
  lines?: string[];
  /** lineHash of every line across the units, by position (to name the cells an official changed). */
  cross?: string[];
  /** The first non-empty cell, line by line: where to look for the block when the table changed shape. */
  anchor?: { line: number; cross: number; key: string };
}

function isRange(x: unknown): x is RangeRef {
  if (!x || typeof x !== 'object') return false;
  const r = x as Record<string, unknown>;
  return (
    typeof r.sheet === 'string' &&
    ['top', 'left', 'bottom', 'right'].every((k) => Number.isInteger(r[k]) && (r[k] as number) >= 0) &&
    (r.bottom as number) >= (r.top as number) &&
    (r.right as number) >= (r.left as number)
  );
}

const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

/** The remembered output blocks; anything unreadable is dropped rather than trusted. */
export function parseOutputRecords(text: string | undefined): OutputRecord[] {
  if (!text) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  const list = Array.isArray(parsed) ? parsed : [parsed];
  return list.filter(isRange).map((r) => {
    const { sheet, top, left, bottom, right } = r;
    const rec: OutputRecord = { sheet, top, left, bottom, right };
    const x = r as unknown as Record<string, unknown>;
    const axis = x.axis === 'rows' || x.axis === 'columns' ? x.axis : undefined;
    const lines = isStrings(x.lines) ? x.lines : undefined;
    const cross = isStrings(x.cross) ? x.cross : undefined;
    const a = x.anchor as Record<string, unknown> | undefined;
    const fits =
      axis &&
      lines &&
      cross &&
      lines.length === (axis === 'rows' ? bottom - top + 1 : right - left + 1) &&
      cross.length === (axis === 'rows' ? right - left + 1 : bottom - top + 1);
    if (typeof x.fingerprint === 'string' && fits) {
      rec.axis = axis;
      rec.fingerprint = x.fingerprint;
      rec.lines = lines;
      rec.cross = cross;
      if (a && Number.isInteger(a.line) && Number.isInteger(a.cross) && typeof a.key === 'string')
        rec.anchor = { line: a.line as number, cross: a.cross as number, key: a.key };
    }
    return rec;
  });
}

/* -------------------------------------------------------------- geometry */

interface Frame {
  axis: Axis;
  /** First line (row for 'rows', column for 'columns') and first cross position. */
  line0: number;
  cross0: number;
  lineCount: number;
  width: number;
}

function frameOf(rec: RangeRef, axis: Axis): Frame {
  return axis === 'rows'
    ? {
        axis,
        line0: rec.top,
        cross0: rec.left,
        lineCount: rec.bottom - rec.top + 1,
        width: rec.right - rec.left + 1,
      }
    : {
        axis,
        line0: rec.left,
        cross0: rec.top,
        lineCount: rec.right - rec.left + 1,
        width: rec.bottom - rec.top + 1,
      };
}

function cellOf(axis: Axis, line: number, cross: number): CellRef {
  return axis === 'rows' ? { row: line, col: cross } : { row: cross, col: line };
}

function rectOf(axis: Axis, line0: number, line1: number, cross0: number, width: number): Rect {
  return axis === 'rows'
    ? { top: line0, bottom: line1, left: cross0, right: cross0 + width - 1 }
    : { left: line0, right: line1, top: cross0, bottom: cross0 + width - 1 };
}

function lineAt(cells: SheetCells, axis: Axis, line: number, cross0: number, width: number): ReadCell[] {
  const out: ReadCell[] = [];
  for (let j = 0; j < width; j++) {
    const c = cellOf(axis, line, cross0 + j);
    out.push(c.row < 0 || c.col < 0 ? null : cells.get(c.row, c.col));
  }
  return out;
}

/* ------------------------------------------------------------ recording */

/** The record of a block about to be written: `range` on `sheet`, filled by `blocks` (cells outside them empty). */
export function recordOutput(range: RangeRef, axis: Axis, blocks: WriteBlock[]): OutputRecord {
  const grid: CellValue[][] = Array.from({ length: range.bottom - range.top + 1 }, () =>
    Array<CellValue>(range.right - range.left + 1).fill(null),
  );
  for (const b of blocks) {
    if (b.sheet !== range.sheet) continue;
    b.values.forEach((row, i) =>
      row.forEach((v, j) => {
        const r = b.at.row + i;
        const c = b.at.col + j;
        if (insideRect(range, r, c)) grid[r - range.top][c - range.left] = v;
      }),
    );
  }
  const f = frameOf(range, axis);
  const get = (line: number, cross: number) => {
    const c = cellOf(axis, f.line0 + line, f.cross0 + cross);
    return grid[c.row - range.top][c.col - range.left];
  };
  const lines: string[] = [];
  let anchor: OutputRecord['anchor'];
  for (let i = 0; i < f.lineCount; i++) {
    const line = Array.from({ length: f.width }, (_, j) => get(i, j));
    lines.push(lineHash(line));
    const first = anchor ? -1 : line.findIndex((v) => !isBlank(v));
    if (first >= 0) anchor = { line: i, cross: first, key: cellKey(line[first]) };
  }
  const cross = Array.from({ length: f.width }, (_, j) =>
    lineHash(Array.from({ length: f.lineCount }, (_, i) => get(i, j))),
  );
  return {
    sheet: range.sheet,
    top: range.top,
    left: range.left,
    bottom: range.bottom,
    right: range.right,
    axis,
    fingerprint: gridFingerprint(grid),
    lines,
    cross,
    ...(anchor ? { anchor } : {}),
  };
}

/* ---------------------------------------------------------- recognition */

export type Located =
  /** Still ours: `range` is where it is now (moved with the table, lines inserted or deleted with it). */
  | { status: 'ours'; range: RangeRef; exact: boolean }
  /** Changed by someone: `cells` are the non-empty cells that differ from what was written (may be empty). */
  | { status: 'changed'; cells: CellRef[] }
  /** Nothing left of it (deleted by the official): nothing to keep, nothing to clear. */
  | { status: 'gone' };

/**
 * Matches the record with its first line at (line0, cross0). Lines along the units may have been inserted
 * (empty) or deleted with whole sheet rows (or columns); every non-empty line in the block's extent must be one of
 * the recorded lines, in the recorded order (or, the rows sorted, in any order: `sortedWithRows`), and the first
 * recorded line must be where the block starts. The extent runs to the later of the block's own length and
 * `limitLine` (the table's last line now); a non-matching line past both ends the block instead of disowning it.
 */
function matchAt(
  cells: SheetCells,
  rec: Required<Pick<OutputRecord, 'lines' | 'fingerprint'>> & OutputRecord,
  f: Frame,
  line0: number,
  cross0: number,
  limitLine: number,
): { end: number; identity: boolean } | undefined {
  const lines = rec.lines;
  const n = lines.length;
  const hashAt = (line: number) => lineHash(lineAt(cells, f.axis, line, cross0, f.width));
  if (lines[0] !== '' && hashAt(line0) !== lines[0]) return undefined;
  const last = Math.max(limitLine, line0 + n - 1);
  let j = 0;
  let line = line0;
  let identity = line0 === f.line0 && cross0 === f.cross0;
  let matched = 0;
  while (j < n && line <= last) {
    const current = hashAt(line);
    if (current === '?') return undefined;
    if (current === '') {
      if (lines[j] === '') j++;
      else identity = false;
      line++;
      continue;
    }
    let k = j;
    while (k < n && lines[k] !== current) k++;
    if (k === n) {
      if (line > limitLine && line > line0 + n - 1) break;
      return sortedWithRows(lines, hashAt, line0, last);
    }
    if (k !== j) identity = false;
    j = k + 1;
    matched++;
    line++;
  }
  if (j < n) identity = false;
  if (matched === 0) return undefined;
  // every recorded line found, but more of the table follows: ours only if the lines were sorted with the rows
  for (let after = line; after <= limitLine; after++)
    if (hashAt(after) !== '') return sortedWithRows(lines, hashAt, line0, last);
  return { end: line - 1, identity: identity && line - 1 === f.line0 + n - 1 };
}

/**
 * The official sorted the table's rows (by the rank we wrote, say) and our block's lines moved with them: the
 * block's first line is in place and its other non-empty lines are exactly the recorded ones in another order.
 * Then it is still ours, where it was, and is written again whole.
 */
function sortedWithRows(
  lines: readonly string[],
  hashAt: (line: number) => string,
  line0: number,
  last: number,
): { end: number; identity: boolean } | undefined {
  const left = new Map<string, number>();
  for (const h of lines.slice(1)) if (h !== '') left.set(h, (left.get(h) ?? 0) + 1);
  let end = line0;
  for (let line = line0 + 1; line <= last; line++) {
    const h = hashAt(line);
    if (h === '') continue;
    const count = left.get(h);
    if (!count) return undefined;
    left.set(h, count - 1);
    end = line;
  }
  for (const count of left.values()) if (count) return undefined;
  return { end, identity: false };
}

/**
 * Where the recorded block is now, if it is still ours. `limitLine` is the table's last row (units down) or
 * last column (units across) as the sheet reads now.
 */
export function locateOutput(cells: SheetCells, rec: OutputRecord, limitLine: number): Located {
  const here: Rect = rec;
  const blankHere = () => cells.rect(here).every((row) => row.every((v) => isBlank(v)));
  if (!rec.fingerprint || !rec.lines || !rec.axis)
    return blankHere() ? { status: 'gone' } : { status: 'changed', cells: [] };
  const full = rec as OutputRecord & { lines: string[]; fingerprint: string; axis: Axis };
  const f = frameOf(rec, full.axis);

  const candidates: [number, number][] = [[f.line0, f.cross0]];
  if (full.anchor) {
    const seen = new Set([`${f.line0},${f.cross0}`]);
    for (const c of cells.nonEmpty()) {
      if (typeof c.value === 'symbol' || cellKey(c.value) !== full.anchor.key) continue;
      const line = (full.axis === 'rows' ? c.row : c.col) - full.anchor.line;
      const cross = (full.axis === 'rows' ? c.col : c.row) - full.anchor.cross;
      const key = `${line},${cross}`;
      if (line < 0 || cross < 0 || seen.has(key)) continue;
      seen.add(key);
      candidates.push([line, cross]);
    }
  }
  for (const [line0, cross0] of candidates) {
    const m = matchAt(cells, full, f, line0, cross0, limitLine);
    if (!m) continue;
    const rect = rectOf(full.axis, line0, m.end, cross0, f.width);
    const exact = m.identity && gridFingerprint(cells.rect(rect)) === full.fingerprint;
    // In place and unshifted, only the full fingerprint proves it (a per-line hash is short).
    if (m.identity && !exact) continue;
    return { status: 'ours', range: { sheet: rec.sheet, ...rect }, exact };
  }
  return blankHere() ? { status: 'gone' } : { status: 'changed', cells: changedCells(cells, full, f) };
}

/** Non-empty cells at the recorded place whose line and cross line both differ from what was written. */
function changedCells(cells: SheetCells, rec: OutputRecord & { lines: string[] }, f: Frame): CellRef[] {
  const lines = Array.from({ length: f.lineCount }, (_, i) =>
    lineHash(lineAt(cells, f.axis, f.line0 + i, f.cross0, f.width)),
  );
  const cross = Array.from({ length: f.width }, (_, j) =>
    lineHash(Array.from({ length: f.lineCount }, (_, i) => cells.get(...at(f, i, j)))),
  );
  const out: CellRef[] = [];
  lines.forEach((h, i) => {
    if (h === rec.lines[i]) return;
    cross.forEach((x, j) => {
      if (rec.cross && x === rec.cross[j]) return;
      const [row, col] = at(f, i, j);
      if (!isBlank(cells.get(row, col))) out.push({ row, col });
    });
  });
  return out;
}

function at(f: Frame, i: number, j: number): [number, number] {
  const c = cellOf(f.axis, f.line0 + i, f.cross0 + j);
  return [c.row, c.col];
}

/** "G5, H7, … (+12)" for a warning. */
export function cellList(refs: CellRef[], max = 10): string {
  const shown = refs.slice(0, max).map(cellAddress).join(', ');
  return refs.length > max ? `${shown} (+${refs.length - max})` : shown;
}

/* ---------------------------------------------------------- our sheets */

/** A sheet the program created ("thidua.sheets"), with a stamp of its content as written. */
export interface OwnedSheet {
  name: string;
  /** sheetStamp of what was written (for the log: its header row); absent = trust the name. */
  stamp?: string;
}

export function parseOwnedSheetList(text: string | undefined): OwnedSheet[] {
  if (!text) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed)) return [];
    return parsed.flatMap((x): OwnedSheet[] => {
      if (typeof x === 'string') return [{ name: x }];
      const o = x as Record<string, unknown> | null;
      if (!o || typeof o.name !== 'string') return [];
      return [typeof o.stamp === 'string' ? { name: o.name, stamp: o.stamp } : { name: o.name }];
    });
  } catch {
    return [];
  }
}

function stampOf(cells: { row: number; col: number; key: string }[]): string {
  const text = cells
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map((c) => `${c.row},${c.col}=${c.key}`)
    .join('\u0002');
  return gridFingerprint([[text]]);
}

/** Stamp of what `blocks` write on `sheet` (only rows below `rows`, when given). */
export function blocksStamp(blocks: WriteBlock[], sheet: string, rows = Infinity): string {
  const cells = new Map<string, { row: number; col: number; key: string }>();
  for (const b of blocks)
    if (b.sheet === sheet)
      b.values.forEach((line, i) =>
        line.forEach((v, j) => {
          const row = b.at.row + i;
          const col = b.at.col + j;
          if (row >= rows) return;
          const key = cellKey(v);
          if (key) cells.set(`${row},${col}`, { row, col, key });
          else cells.delete(`${row},${col}`);
        }),
      );
  return stampOf([...cells.values()]);
}

/** Stamp of a sheet as read (only rows below `rows`, when given); '?' when a cell's value is unknown. */
export function modelStamp(cells: SheetCells, rows = Infinity): string {
  const list: { row: number; col: number; key: string }[] = [];
  for (const c of cells.nonEmpty()) {
    if (c.row >= rows) continue;
    if (typeof c.value === 'symbol') return '?';
    list.push({ row: c.row, col: c.col, key: cellKey(c.value) });
  }
  return stampOf(list);
}
