/**
 * The check every adapter makes before it writes: does the sheet still hold what the write plan was computed
 * against (WritePlanExtras.expect)? If a co-author inserted a row, deleted a column or typed where the results go
 * since the sheet was read, the write stops before any cell is touched.
 */
import { bilingual, say } from '../messages';
import type { SheetMismatch } from '../messages/sheet-checks';
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

function described(m: ExpectationMismatch): SheetMismatch {
  const e = m.expectation;
  if (m.missing) return { kind: 'missing' };
  const at = m.cell ? cellAddress(m.cell) : rangeAddress(e.range);
  if (e.kind === 'values')
    return {
      kind: 'values',
      what: e.what === 'header' ? 'header' : 'names',
      at,
      before: m.before,
      now: m.now,
    };
  if (e.kind === 'fingerprint') return { kind: 'fingerprint', at };
  return { kind: 'blank', at, now: m.now };
}

/** The sheet changed between reading and writing: nothing was written. */
export class SheetChangedError extends Error {
  readonly messageEn: string;

  constructor(readonly mismatches: ExpectationMismatch[]) {
    const sheet = mismatches[0]?.expectation.sheet ?? '';
    const { message, messageEn } = bilingual(
      say('sheet.changed', { sheet, mismatches: mismatches.slice(0, 3).map(described) }),
    );
    super(message);
    this.messageEn = messageEn;
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
