/**
 * The check every adapter makes before it writes: does the sheet still hold what the write plan was computed
 * against (WritePlanExtras.expect)? If a co-author inserted a row, deleted a column or typed where the results go
 * since the sheet was read, the write stops before any cell is touched.
 */
import { cellAddress, rangeAddress, type CellRef, type CellValue } from './model';
import { cellKey, gridFingerprint, isBlank } from './fingerprint';
import type { WriteExpectation } from './write-extras';

export interface ExpectationMismatch {
  expectation: WriteExpectation;
  /** The first cell that differs (absolute), when one can be named. */
  cell?: CellRef;
  before?: CellValue;
  now?: CellValue;
  /** The sheet is no longer in the workbook (deleted or renamed). */
  missing?: boolean;
}

/** `current`: the expectation's range as the sheet holds it now (rows × columns, empty cells null). */
export function checkExpectation(
  e: WriteExpectation,
  current: CellValue[][],
): ExpectationMismatch | undefined {
  const { top, left } = e.range;
  const rows = e.range.bottom - top + 1;
  const cols = e.range.right - left + 1;
  const get = (i: number, j: number): CellValue => current[i]?.[j] ?? null;
  if (e.kind === 'fingerprint') {
    const grid = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => get(i, j)));
    return gridFingerprint(grid) === e.fingerprint ? undefined : { expectation: e };
  }
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < cols; j++) {
      const now = get(i, j);
      const before = e.kind === 'values' ? (e.values[i]?.[j] ?? null) : null;
      const differs = e.kind === 'values' ? cellKey(now) !== cellKey(before) : !isBlank(now);
      if (differs) return { expectation: e, cell: { row: top + i, col: left + j }, before, now };
    }
  return undefined;
}

function shown(v: CellValue | undefined, empty: string): string {
  return v === null || v === undefined || v === '' ? empty : `"${String(v)}"`;
}

function describe(m: ExpectationMismatch, lang: 'vi' | 'en'): string {
  const e = m.expectation;
  if (m.missing)
    return lang === 'en'
      ? 'the sheet is no longer in the workbook (deleted or renamed)'
      : 'trang không còn trong sổ (đã bị xoá hoặc đổi tên)';
  const at = m.cell ? cellAddress(m.cell) : rangeAddress(e.range);
  const empty = lang === 'en' ? 'empty' : 'trống';
  if (e.kind === 'values') {
    const what =
      e.what === 'header'
        ? lang === 'en'
          ? 'table header'
          : 'dòng tiêu đề của bảng'
        : lang === 'en'
          ? 'unit names'
          : 'cột tên đơn vị';
    return lang === 'en'
      ? `${what}, cell ${at}: was ${shown(m.before, empty)}, now ${shown(m.now, empty)}`
      : `${what}, ô ${at}: trước là ${shown(m.before, empty)}, nay là ${shown(m.now, empty)}`;
  }
  if (e.kind === 'fingerprint')
    return lang === 'en'
      ? `the previous results in ${at} were edited`
      : `vùng kết quả lần trước ${at} vừa bị sửa`;
  return lang === 'en'
    ? `cell ${at}, where the results go, now holds ${shown(m.now, empty)}`
    : `ô ${at}, nơi sắp ghi kết quả, nay có ${shown(m.now, empty)}`;
}

/** The sheet changed between reading and writing: nothing was written. */
export class SheetChangedError extends Error {
  readonly messageEn: string;

  constructor(readonly mismatches: ExpectationMismatch[]) {
    const sheet = mismatches[0]?.expectation.sheet ?? '';
    const vi = mismatches.slice(0, 3).map((m) => describe(m, 'vi'));
    const en = mismatches.slice(0, 3).map((m) => describe(m, 'en'));
    super(
      `Trang "${sheet}" đã thay đổi từ lúc đọc (có thể người cùng soạn vừa chèn, xoá dòng hoặc cột): ${vi.join('; ')}. ` +
        'Chưa ghi gì vào sổ; hãy nhận diện lại bảng và chấm điểm lại.',
    );
    this.messageEn =
      `Sheet "${sheet}" changed since it was read (a co-author may have inserted or deleted rows or columns): ` +
      `${en.join('; ')}. Nothing was written; detect the table again and score again.`;
    this.name = 'SheetChangedError';
  }
}

/** Checks every expectation with `read` (the range's current cells) and throws SheetChangedError on a mismatch. */
export function assertExpectations(
  expectations: WriteExpectation[] | undefined,
  read: (e: WriteExpectation) => CellValue[][] | undefined,
): void {
  const mismatches: ExpectationMismatch[] = [];
  for (const e of expectations ?? []) {
    const current = read(e);
    if (current === undefined) {
      if (!mismatches.some((m) => m.missing && m.expectation.sheet === e.sheet))
        mismatches.push({ expectation: e, missing: true });
      continue;
    }
    const m = checkExpectation(e, current);
    if (m) mismatches.push(m);
  }
  if (mismatches.length) throw new SheetChangedError(mismatches);
}
