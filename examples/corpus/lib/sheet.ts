/** Laying out a sheet the way a Vietnamese office does: header block, grouped headers, tables, signatures. */
import type ExcelJS from 'exceljs';
import type { Cell, Write } from './cells';
import type { TruthLine, TruthUnit } from './truth';

export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const thin = { style: 'thin' as const };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

/** One bordered cell, with its number format when it has one. */
export function put(ws: ExcelJS.Worksheet, row: number, col: number, cell: Cell): void {
  const c = ws.getCell(row, col);
  c.value = cell.value;
  if (cell.numFmt) c.numFmt = cell.numFmt;
  c.border = BORDER;
}

/** "UBND HUYỆN …" on the left, the national motto on the right, then the title lines; returns the next free row. */
export function officeHeader(
  ws: ExcelJS.Worksheet,
  o: { agency: string[]; titles: string[]; width: number; top?: number },
): number {
  const top = o.top ?? 1;
  const right = Math.max(4, o.width - 5);
  o.agency.forEach((text, i) => {
    if (text) ws.getCell(top + i, 1).value = text;
    ws.mergeCells(top + i, 1, top + i, Math.min(3, right - 1));
  });
  ws.getCell(top, right).value = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
  ws.getCell(top + 1, right).value = 'Độc lập - Tự do - Hạnh phúc';
  ws.mergeCells(top, right, top, o.width);
  ws.mergeCells(top + 1, right, top + 1, o.width);
  for (let r = top; r <= top + Math.max(1, o.agency.length - 1); r++) ws.getRow(r).font = { bold: true };
  let r = top + Math.max(2, o.agency.length) + 1;
  o.titles.forEach((text, i) => {
    ws.getCell(r, 1).value = text;
    ws.mergeCells(r, 1, r, o.width);
    ws.getCell(r, 1).font = { bold: i === 0, italic: i > 0 };
    ws.getCell(r, 1).alignment = { horizontal: 'center' };
    r++;
  });
  return r + 1;
}

/** Date line, signers' titles and names under a table. */
export function signature(
  ws: ExcelJS.Worksheet,
  row: number,
  o: { place: string; left: string[]; right: string[]; width: number },
): void {
  const right = Math.max(3, o.width - 4);
  ws.getCell(row, right).value = o.place;
  ws.getCell(row, right).font = { italic: true };
  o.left.forEach((t, i) => (ws.getCell(row + 1 + i, 2).value = t));
  o.right.forEach((t, i) => (ws.getCell(row + 1 + i, right).value = t));
  ws.getRow(row + 1).font = { bold: true };
}

export interface Col {
  /** Header labels from the top group down to the column's own title. */
  head: string[];
  /** Overrides the numbering row's label for this column. */
  num?: string;
  /** What the column feeds: a plan id, or "ignore" (default). */
  target?: string;
  role?: 'name' | 'stt';
  width?: number;
  /** `variant` picks among a style's spellings; `index` is the unit's position in the table. */
  cell?: (u: TruthUnit, variant: number, index: number) => Cell;
}

/** A value column: the unit's meaning for `id`, written by `write`. */
export function valueCol(head: string[], id: string, write: Write, extra: Partial<Col> = {}): Col {
  return { head, target: id, cell: (u, r) => write(u.values[id] ?? u.facts[id], r), ...extra };
}

/** A column a reader must leave alone (totals, points, notes, counts behind a rate). */
export function otherCol(head: string[], cell?: Col['cell'], width?: number): Col {
  return { head, target: 'ignore', cell, width };
}

export const sttCol = (head = 'STT'): Col => ({ head: [head], role: 'stt', target: 'ignore', width: 5 });
export const nameCol = (head = 'Tên đơn vị'): Col => ({ head: [head], role: 'name', width: 30 });

export type Numbering = 'paren' | 'plain' | 'letters' | 'none';

/**
 * Header rows over `cols`: a label shared by consecutive columns at the same depth is one merged group cell; a column
 * with fewer labels than the deepest one has its last label merged down. A numbering row follows when asked.
 * Returns the first row under the header.
 */
export function writeHeader(
  ws: ExcelJS.Worksheet,
  top: number,
  left: number,
  cols: Pick<Col, 'head' | 'num' | 'role'>[],
  numbering: Numbering,
): number {
  const depth = Math.max(...cols.map((c) => c.head.length));
  const style = (row: number, col: number) => {
    const c = ws.getCell(row, col);
    c.font = { bold: true };
    c.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    c.border = BORDER;
  };
  for (let level = 0; level < depth; level++) {
    let j = 0;
    while (j < cols.length) {
      const c = cols[j];
      if (level >= c.head.length) {
        j++;
        continue;
      }
      const leaf = level === c.head.length - 1;
      let k = j;
      if (!leaf) {
        const prefix = c.head.slice(0, level + 1).join('\u0000');
        while (
          k + 1 < cols.length &&
          cols[k + 1].head.length > level + 1 &&
          cols[k + 1].head.slice(0, level + 1).join('\u0000') === prefix
        )
          k++;
      }
      const row = top + level;
      const text = c.head[level];
      // a year sub-header is typed as a number, as offices do; an empty label leaves the cell blank
      if (text) ws.getCell(row, left + j).value = /^\d{4}$/.test(text) ? Number(text) : text;
      const bottom = leaf ? top + depth - 1 : row;
      for (let x = j; x <= k; x++) for (let y = row; y <= bottom; y++) style(y, left + x);
      if (k > j || bottom > row) ws.mergeCells(row, left + j, bottom, left + k);
      j = k + 1;
    }
  }
  let next = top + depth;
  if (numbering !== 'none') {
    let n = 0;
    cols.forEach((c, j) => {
      const letter = numbering === 'letters' && c.role ? (c.role === 'stt' ? 'A' : 'B') : undefined;
      if (!letter) n++;
      const label = c.num ?? letter ?? (numbering === 'paren' ? `(${n})` : String(n));
      ws.getCell(next, left + j).value = numbering === 'plain' && !c.num && !letter ? n : label;
      style(next, left + j);
      ws.getCell(next, left + j).font = { italic: true };
    });
    next++;
  }
  return next;
}

export interface RowTable {
  sheet: string;
  top: number;
  left?: number;
  cols: Col[];
  numbering: Numbering;
  units: TruthUnit[];
  /** A heading row ("I. Khối xã") before the first unit of each section. */
  section?: (u: TruthUnit) => string | undefined;
  /** A stale row, hidden by the official, after the unit with this index. */
  hidden?: { after: number; name: string };
  /** A totals row ("Tổng cộng", "Cộng") with sums of the given ids' columns. */
  totals?: { label: string; sum?: string[] };
}

/** Units in rows. Returns the next free row and the truth of every column. */
export function rowTable(ws: ExcelJS.Worksheet, t: RowTable): { end: number; lines: TruthLine[] } {
  const left = t.left ?? 1;
  let r = writeHeader(ws, t.top, left, t.cols, t.numbering);
  const first = r;
  let section: string | undefined;
  let stt = 0;
  const sums = new Map<number, number>();
  t.units.forEach((u, i) => {
    const s = t.section?.(u);
    if (s && s !== section) {
      ws.getCell(r, left + t.cols.findIndex((c) => c.role === 'name')).value = s;
      ws.getRow(r).font = { bold: true };
      r++;
    }
    section = s;
    t.cols.forEach((c, j) => {
      if (c.role === 'stt') put(ws, r, left + j, { value: ++stt });
      else if (c.role === 'name') put(ws, r, left + j, { value: u.name });
      else {
        // the variant index mixes row and column, so a "mixed" style differs across a row as well as down it
        const cell = c.cell?.(u, i + j, i) ?? { value: null };
        put(ws, r, left + j, cell);
        if (c.target && t.totals?.sum?.includes(c.target) && typeof cell.value === 'number')
          sums.set(j, (sums.get(j) ?? 0) + cell.value);
      }
    });
    r++;
    if (t.hidden && i === t.hidden.after) {
      t.cols.forEach((c, j) => {
        if (c.role === 'name') ws.getCell(r, left + j).value = t.hidden?.name;
        else if (c.role !== 'stt' && c.target !== 'ignore') ws.getCell(r, left + j).value = 0;
      });
      ws.getRow(r).hidden = true;
      r++;
    }
  });
  if (t.totals) {
    const nameAt = t.cols.findIndex((c) => c.role === 'name');
    put(ws, r, left + nameAt, { value: t.totals.label });
    for (const [j, sum] of sums) {
      const letter = columnLetter(left + j);
      ws.getCell(r, left + j).value = { formula: `SUM(${letter}${first}:${letter}${r - 1})`, result: sum };
    }
    ws.getRow(r).font = { bold: true };
    r++;
  }
  t.cols.forEach((c, j) => {
    ws.getColumn(left + j).width = c.width ?? (c.role === 'name' ? 30 : 13);
  });
  return { end: r, lines: columnLines(t.sheet, left, t.cols) };
}

/** The truth of every column but the name's, for columns laid out from `left`. */
export function columnLines(sheet: string, left: number, cols: Col[]): TruthLine[] {
  return cols
    .map((c, j) => ({ c, j }))
    .filter(({ c }) => c.role !== 'name')
    .map(({ c, j }) => ({
      sheet,
      column: columnLetter(left + j),
      header: c.head.join(' › '),
      target: c.target ?? 'ignore',
    }));
}

export interface TRow {
  stt?: string | number;
  label: string;
  target?: string;
  heading?: boolean;
  hidden?: boolean;
  /** Cells between the label and the units (unit of measure, target…). */
  extra?: (string | number | null)[];
  /** Cells of the trailing columns (points given, notes…). */
  after?: (string | number | null)[];
  write?: Write;
}

export interface TransposedTable {
  sheet: string;
  top: number;
  /** Headings of the left columns: STT, content, then one per `extra` cell. */
  leftHeads: string[];
  units: TruthUnit[];
  /** A label over all unit columns ("Kết quả thực hiện của các xã"). */
  unitsHead?: string;
  /** A group label over some unit columns ("Phòng chuyên môn", "Doanh nghiệp viễn thông"). */
  unitGroup?: (u: TruthUnit) => string;
  rows: TRow[];
  trailing?: string[];
  numbering: Numbering;
  /** The header of the unit column of a one-unit form ("Kết quả thực hiện"), instead of the unit's name. */
  valueHead?: string;
}

/** Criteria in rows, units in columns. Returns the next free row and the truth of every row. */
export function transposedTable(
  ws: ExcelJS.Worksheet,
  t: TransposedTable,
): { end: number; lines: TruthLine[] } {
  const cols: Col[] = [
    ...t.leftHeads.map((h, i) => ({ head: [h], role: i === 0 ? ('stt' as const) : undefined })),
    ...t.units.map((u) => ({
      head: [
        ...(t.unitsHead ? [t.unitsHead] : []),
        ...(t.unitGroup ? [t.unitGroup(u)] : []),
        t.valueHead ?? u.name,
      ],
    })),
    ...(t.trailing ?? []).map((h) => ({ head: [h] })),
  ];
  let r = writeHeader(ws, t.top, 1, cols, t.numbering);
  const lines: TruthLine[] = [];
  const first = t.leftHeads.length + 1;
  t.rows.forEach((row, i) => {
    put(ws, r, 1, { value: row.stt ?? null });
    put(ws, r, 2, { value: row.label });
    (row.extra ?? []).forEach((v, k) => put(ws, r, 3 + k, { value: v }));
    t.units.forEach((u, k) => {
      const meaning = row.target ? (u.values[row.target] ?? u.facts[row.target]) : undefined;
      put(ws, r, first + k, row.write && !row.heading ? row.write(meaning, i + k) : { value: null });
    });
    (t.trailing ?? []).forEach((_, k) =>
      put(ws, r, first + t.units.length + k, { value: row.after?.[k] ?? null }),
    );
    if (row.heading) ws.getRow(r).font = { bold: true };
    if (row.hidden) ws.getRow(r).hidden = true;
    lines.push({ sheet: t.sheet, row: r, header: row.label, target: row.target ?? 'ignore' });
    r++;
  });
  ws.getColumn(1).width = 6;
  ws.getColumn(2).width = 48;
  for (let c = 3; c < first + t.units.length + (t.trailing?.length ?? 0); c++) ws.getColumn(c).width = 14;
  return { end: r, lines };
}
