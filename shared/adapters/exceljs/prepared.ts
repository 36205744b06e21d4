/**
 * Empty cells the official prepared, where the results would go: a data validation rule (Data → Data Validation)
 * or a conditional format on them. Writing there would mix the results with what the official set up for their
 * own figures (a list of "Đạt/Không đạt" on a total, a colour meant for their column), so the write stops, as the
 * pane's does in Excel (`PreparedTargetError`), naming the first such cell. Only the cells the plan expects empty
 * are looked at: the program's own previous block is not the official's.
 */
import type ExcelJS from 'exceljs';
import type { CellRef } from '../../src/sheet/model';
import type { WriteExpectation } from '../../src/sheet/write-extras';

export interface PreparedTarget {
  sheet: string;
  cell: CellRef;
  what: 'validation' | 'conditionalFormat';
}

type Rect = { top: number; left: number; bottom: number; right: number };

/** "AE7", "$AE$7:$AE$24" → 0-based rectangle; undefined for what is not a cell reference. */
function rectOf(ref: string): Rect | undefined {
  const parts = ref.replace(/\$/g, '').split(':');
  const cells = parts.map((p) => /^([A-Z]{1,3})(\d+)$/i.exec(p));
  if (!cells.length || cells.length > 2 || cells.some((c) => !c)) return undefined;
  const [a, b] = [cells[0], cells[cells.length - 1]] as RegExpExecArray[];
  const col = (letters: string) =>
    [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const [r1, r2, c1, c2] = [Number(a[2]) - 1, Number(b[2]) - 1, col(a[1]), col(b[1])];
  return { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) };
}

/** The first cell of `range` inside `r`, row by row, or undefined when they do not meet. */
function firstMeeting(range: Rect, r: Rect): CellRef | undefined {
  const top = Math.max(range.top, r.top);
  const left = Math.max(range.left, r.left);
  return top <= Math.min(range.bottom, r.bottom) && left <= Math.min(range.right, r.right)
    ? { row: top, col: left }
    : undefined;
}

const earlier = (a: CellRef | undefined, b: CellRef) =>
  !a || b.row < a.row || (b.row === a.row && b.col < a.col) ? b : a;

export function preparedTarget(
  wb: ExcelJS.Workbook,
  expectations: WriteExpectation[] | undefined,
): PreparedTarget | undefined {
  for (const e of expectations ?? []) {
    if (e.kind !== 'empty') continue;
    const ws = wb.getWorksheet(e.sheet);
    if (!ws) continue;
    const internals = ws as unknown as {
      dataValidations?: { model?: Record<string, unknown> };
      conditionalFormattings?: { ref?: string }[];
    };
    let validation: CellRef | undefined;
    for (const [address, rule] of Object.entries(internals.dataValidations?.model ?? {})) {
      if (!rule) continue;
      for (const piece of address.split(/\s+/)) {
        const r = rectOf(piece);
        const hit = r && firstMeeting(e.range, r);
        if (hit) validation = earlier(validation, hit);
      }
    }
    if (validation) return { sheet: e.sheet, cell: validation, what: 'validation' };
    let format: CellRef | undefined;
    for (const cf of internals.conditionalFormattings ?? [])
      for (const piece of (cf.ref ?? '').split(/\s+/)) {
        const r = rectOf(piece);
        const hit = r && firstMeeting(e.range, r);
        if (hit) format = earlier(format, hit);
      }
    if (format) return { sheet: e.sheet, cell: format, what: 'conditionalFormat' };
  }
  return undefined;
}
