/**
 * Fingerprints of cell contents, so a later run can tell whether cells still hold exactly what the program wrote.
 * Values are compared as both adapters read them back: an empty string is an empty cell, numbers to 15 significant
 * digits (what Excel keeps), booleans as TRUE/FALSE, line breaks as "\n".
 */
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { CellValue } from './model';

/** A cell the reader knows is non-empty without knowing its value (SheetModel.outliers). */
export const UNKNOWN_CELL = Symbol('unknown cell');
export type ReadCell = CellValue | typeof UNKNOWN_CELL;

/** The canonical text of a cell, or '' for an empty one. */
export function cellKey(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return `n:${String(value)}`;
    return `n:${String(Number(value.toPrecision(15)))}`;
  }
  if (typeof value === 'boolean') return value ? 's:TRUE' : 's:FALSE';
  const text = value.replace(/\r\n?/g, '\n');
  return text === '' ? '' : `s:${text}`;
}

export function isBlank(value: ReadCell | undefined): boolean {
  return value !== UNKNOWN_CELL && cellKey(value) === '';
}

/** FNV-1a, 32 bits, as 8 hex digits: a short per-line hash (diagnostics and alignment; never the only proof). */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Hash of one line of cells; '' when every cell is empty; '?' when a cell's value is unknown (never matches). */
export function lineHash(cells: ReadCell[]): string {
  if (cells.some((c) => c === UNKNOWN_CELL)) return '?';
  const keys = cells.map((c) => cellKey(c as CellValue));
  if (keys.every((k) => k === '')) return '';
  return fnv1a(keys.join('\u0001'));
}

/** SHA-256 (first 128 bits, hex) of a rectangle of cells, position by position. */
export function gridFingerprint(grid: ReadCell[][]): string {
  if (grid.some((row) => row.some((c) => c === UNKNOWN_CELL))) return '?';
  const text = grid.map((row) => row.map((c) => cellKey(c as CellValue)).join('\u0001')).join('\u0002');
  return bytesToHex(sha256(utf8ToBytes(`${grid.length}x${grid[0]?.length ?? 0}\u0003${text}`))).slice(0, 32);
}
