/**
 * A WriteBlock as Office.js operations: the block's cells in one range write, with its column formats, header
 * look and print style, cut by rows to fit the requests (and by columns when a single row would not fit).
 * The bytes of every part are measured as Office.js serialises it: the calls around the values by running them
 * against a stand-in context, the values as the JSON of their rows.
 */
import type { CellValue, WriteBlock } from '@thidua/core/sheet';
import { styleRows } from './office-print';
import type { Operation } from './operations';
import { jsonBytes, measureQueue } from './payload';

const FORMULA_START = /^[=+\-@]/;
const HEADER_FILL = '#DDEBF7';

type Written = string | number | boolean;

/** Values as written: strings that Excel would read as formulas get a quote prefix unless the column is text. */
function safeRow(row: CellValue[], width: number, textColumns: boolean[]): Written[] {
  return Array.from({ length: width }, (_, c) => {
    const v = row[c] ?? null;
    if (v === null) return '';
    if (typeof v === 'string' && !textColumns[c] && FORMULA_START.test(v)) return `'${v}`;
    return v;
  });
}

/** A block's cells ready to write: every row as wide as the block, text-safe, and one format per column. */
interface Prepared {
  block: WriteBlock;
  col: number;
  rows: Written[][];
  /** UTF-8 bytes of each row's JSON. */
  rowBytes: number[];
  formats: (string | null)[];
}

function maxOf(values: number[]): number {
  let max = 0;
  for (const v of values) if (v > max) max = v;
  return max;
}

function prepare(block: WriteBlock): Prepared {
  const width = maxOf(block.values.map((r) => r.length));
  const kinds = block.columnKinds ?? [];
  const textColumns = Array.from({ length: width }, (_, c) => kinds[c] === 'text');
  const formats = Array.from({ length: width }, (_, c) =>
    textColumns[c] ? '@' : (block.columnFormats?.[c] ?? null),
  );
  const rows = block.values.map((r) => safeRow(r, width, textColumns));
  return { block, col: block.at.col, rows, rowBytes: rows.map((r) => jsonBytes(r)), formats };
}

/** Rows [start, end) of a prepared block: what one range write queues. `values` false: everything but them. */
function queueRows(p: Prepared, start: number, end: number, values = true): Operation['queue'] {
  const { block } = p;
  const width = p.formats.length;
  const top = block.at.row + start;
  const headerRows = Math.max(0, Math.min(block.headerRows ?? 0, block.values.length) - start);
  return (context) => {
    const range = context.workbook.worksheets
      .getItem(block.sheet)
      .getRangeByIndexes(top, p.col, end - start, width);
    // Formats first, one per column as a 1×1 array (Excel applies it to every cell): a '@' (text) cell then keeps
    // "=…" as text when the values arrive, and the request carries each format once, not once per row.
    p.formats.forEach((format, c) => {
      if (format !== null) range.getColumn(c).numberFormat = [[format]];
    });
    range.values = values ? p.rows.slice(start, end) : [];
    styleRows(range, block, start, end);
    if (headerRows > 0) {
      const header = range.getRow(0).getResizedRange(Math.min(headerRows, end - start) - 1, 0);
      header.format.font.bold = true;
      header.format.fill.color = HEADER_FILL;
      if (block.style) {
        header.format.horizontalAlignment = 'Center';
        header.format.verticalAlignment = 'Center';
      }
    }
    range.untrack();
  };
}

function rowOperations(p: Prepared): Operation {
  // JSON of [values] = "[[" + rows joined by "," + "]]": 3 bytes more than the rows with a comma each. The calls
  // around the values are measured with an empty array in their place ("[[]]", 4 bytes).
  const prefix = [0];
  for (const bytes of p.rowBytes) prefix.push(prefix[prefix.length - 1] + bytes + 1);
  const emptyValues = jsonBytes([[]]);
  const bytesOf = (start: number, end: number) =>
    measureQueue(queueRows(p, start, end, false)) - emptyValues + (prefix[end] - prefix[start] + 3);
  const width = p.formats.length;
  const op = (start: number, end: number, bytes = bytesOf(start, end)): Operation => ({
    bytes,
    cells: (end - start) * width,
    queue: queueRows(p, start, end),
    target: {
      sheet: p.block.sheet,
      top: p.block.at.row + start,
      left: p.col,
      bottom: p.block.at.row + end - 1,
      right: p.col + width - 1,
    },
    cut: (room) => {
      if (end - start < 2 || bytesOf(start, start + 1) > room) return undefined;
      // The most rows that fit: lo fits, hi does not (or is the whole, which must leave a rest).
      let lo = start + 1;
      let hi = end;
      while (hi - lo > 1) {
        const mid = lo + Math.floor((hi - lo) / 2);
        if (bytesOf(start, mid) <= room) lo = mid;
        else hi = mid;
      }
      return [op(start, lo), op(lo, end)];
    },
  });
  return op(0, p.rows.length);
}

/**
 * Columns [from, to) of a prepared block as a block of its own (same rows, style and header), for rows too large
 * for one request.
 */
function columns(p: Prepared, from: number, to: number): Prepared {
  const rows = p.rows.map((r) => r.slice(from, to));
  return {
    block: p.block,
    col: p.col + from,
    rows,
    rowBytes: rows.map((r) => jsonBytes(r)),
    formats: p.formats.slice(from, to),
  };
}

/** Splits the columns so that every row of every slice fits in `room` bytes with the calls around it. */
function columnSlices(p: Prepared, room: number): Prepared[] {
  const width = p.formats.length;
  // The calls around one row: the first (with the header look), or a row with a style of its own.
  const styled = [0, ...(p.block.rowStyles ?? []).map((s) => s.row).filter((r) => r < p.rows.length)];
  const calls = maxOf(styled.map((r) => measureQueue(queueRows(p, r, r + 1, false))));
  const limit = room - calls;
  if (maxOf(p.rowBytes) + 3 <= limit || width < 2) return [p];
  const slices: Prepared[] = [];
  let from = 0;
  let sums = p.rows.map(() => 2);
  for (let c = 0; c < width; c++) {
    const cell = p.rows.map((r) => jsonBytes(r[c]) + 1);
    const next = sums.map((s, i) => s + cell[i]);
    if (c > from && maxOf(next) + 1 > limit) {
      slices.push(columns(p, from, c));
      from = c;
      sums = cell.map((b) => b + 2);
    } else sums = next;
  }
  slices.push(columns(p, from, width));
  return slices;
}

/** One block → its range writes: one, cut by the packer by rows, or one per column slice for very wide rows. */
export function blockOperations(block: WriteBlock, room: number): Operation[] {
  if (block.values.length === 0) return [];
  return columnSlices(prepare(block), room).map(rowOperations);
}
