/**
 * Reading a filled form back: its identity (settings), then each row where the form says it is — its STT and
 * title must still be there (a row deleted, moved or renamed is named), and the plan's items must all be on it.
 */
import type { CellValue, SheetModel } from '../sheet/model';
import { cellAddress } from '../sheet/model';
import { FORM_COLUMNS as C, type FormIdentity } from './identity';
import type { FormItem } from './items';

/** What one row of a form holds. */
export interface FormRow {
  self: CellValue;
  appraised: CellValue;
  evidence: string | null;
  reason: string | null;
}

export interface StructureChange {
  /** "criterion:tc08" */
  key: string;
  number: string;
  title: string;
  /** The cell where the row was expected, and what it holds now ('' when empty). */
  at: string;
  found: string;
  kind: 'changed' | 'not-on-form';
}

export interface FormReading {
  rows: Map<string, FormRow>;
  changes: StructureChange[];
}

function cellOf(sheet: SheetModel, row: number, col: number): CellValue {
  const r = row - sheet.origin.row;
  const c = col - sheet.origin.col;
  if (r < 0 || c < 0) return null;
  return sheet.values[r]?.[c] ?? null;
}

const asText = (v: CellValue) => (v === null ? '' : String(v)).trim();
const same = (a: string, b: string) => a.replace(/\s+/g, ' ') === b.replace(/\s+/g, ' ');
const textOrNull = (v: CellValue) => (asText(v) ? asText(v) : null);
const valueOrNull = (v: CellValue) => (typeof v === 'string' && !v.trim() ? null : v);

/**
 * The rows of a form as the plan's `items` expect them. A recorded row whose STT or title is not what was written
 * is `changed` (a row deleted above it shifts it; a renamed criterion); an item of the plan the form has no row for
 * is `not-on-form` (the plan gained it since the form was made). Rows with changes are not read.
 */
export function readForm(sheet: SheetModel, identity: FormIdentity, items: FormItem[]): FormReading {
  const recorded = new Map(identity.layout.rows.map((r) => [r.key, r]));
  const rows = new Map<string, FormRow>();
  const changes: StructureChange[] = [];
  for (const item of items) {
    const rec = recorded.get(item.key);
    if (!rec) {
      changes.push({
        key: item.key,
        number: item.number,
        title: item.title,
        at: '',
        found: '',
        kind: 'not-on-form',
      });
      continue;
    }
    const number = asText(cellOf(sheet, rec.row, C.number));
    const title = asText(cellOf(sheet, rec.row, C.title));
    if (!same(number, rec.number) || !same(title, rec.title)) {
      changes.push({
        key: item.key,
        number: rec.number,
        title: rec.title,
        at: cellAddress({ row: rec.row, col: C.title }),
        found: [number, title].filter(Boolean).join(' ').slice(0, 80),
        kind: 'changed',
      });
      continue;
    }
    rows.set(item.key, {
      self: valueOrNull(cellOf(sheet, rec.row, C.self)),
      appraised: valueOrNull(cellOf(sheet, rec.row, C.appraised)),
      evidence: textOrNull(cellOf(sheet, rec.row, C.evidence)),
      reason: textOrNull(cellOf(sheet, rec.row, C.reason)),
    });
  }
  return { rows, changes };
}

/** The number format of a form's value cell, so the summary shows the value as the unit wrote it. */
export function formatAt(sheet: SheetModel, row: number, col: number): string | null {
  return sheet.numberFormats?.[row - sheet.origin.row]?.[col - sheet.origin.col] ?? null;
}
