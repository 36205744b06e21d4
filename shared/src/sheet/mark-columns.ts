/**
 * Checklists mark what is done with "x" (or ✓) and leave the rest blank: in a yes/no column whose every filled cell
 * is such a mark, a blank cell is the official's "Không", not a missing value. The reading is said once per column
 * (a problem naming it), so the official sees it and can type "Không" or fill the cell where a blank meant "not
 * reported". A column with any other word ("Có", "Không", "Đạt") keeps its blanks missing.
 */
import type { UnitInput } from '../engine/types';
import { problemOf, say, type Named } from '../messages';
import type { Plan } from '../plan/schema';
import type { Problem } from '../problems';
import { isBlank } from '../values';
import { sheetCellAddress } from './grid';
import { cellAddress, type CellRef } from './model';

const MARKS = new Set(['x', '✓', '✔', '☑', '☒', '●', '•', '+']);

function isMark(raw: unknown): boolean {
  return (
    typeof raw === 'string' &&
    MARKS.has(
      raw
        .replace(/\ufe0f/g, '')
        .trim()
        .toLowerCase(),
    )
  );
}

/** The yes/no items of a plan by the key a sheet's units carry them under (a per-year fact as "<id>_<year>"). */
function yesNoKeys(plan: Plan): Map<string, 'values' | 'facts'> {
  const keys = new Map<string, 'values' | 'facts'>();
  for (const c of plan.criteria) if (c.scoring.kind === 'yesNo') keys.set(c.id, 'values');
  for (const t of plan.targets ?? []) if (t.unit === 'yesNo') keys.set(t.id, 'values');
  for (const f of plan.facts) {
    if (f.type === 'boolean') keys.set(f.id, 'facts');
    if (f.type === 'booleanByYear') for (const y of f.years ?? []) keys.set(`${f.id}_${y}`, 'facts');
  }
  return keys;
}

/**
 * Reads the blanks of mark-only yes/no columns as "Không" (false) in `units`, in place, and returns one problem per
 * such column. `refs` gives each unit's cell of each item; `label` how the official names the item.
 */
export function readBlankMarksAsNo(
  units: UnitInput[],
  refs: (unitId: string) => Record<string, CellRef> | undefined,
  plan: Plan,
  sheet: string,
  label: (key: string) => Named,
): Problem[] {
  const problems: Problem[] = [];
  const keys = yesNoKeys(plan);
  const read = (u: UnitInput, key: string) => (keys.get(key) === 'values' ? u.values : u.facts)?.[key];
  const carrying = (key: string) =>
    units.filter((u) => {
      const record = keys.get(key) === 'values' ? u.values : u.facts;
      return record !== undefined && Object.hasOwn(record, key);
    });
  /** A column of marks only, at least one of them. */
  const markColumn = (key: string) => {
    const filled = carrying(key).filter((u) => !isBlank(read(u, key)));
    return filled.length > 0 && filled.every((u) => isMark(read(u, key)));
  };
  // before any blank is read: a column's blanks read as "Không" must not hide that it was a column of marks
  const marked = new Set([...keys.keys()].filter(markColumn));
  for (const [key, where] of keys) {
    const carried = carrying(key);
    const filled = carried.filter((u) => !isBlank(read(u, key)));
    // one year of a per-year fact marked in its other years' columns ("x" for the years it was so), none that
    // year: that year's column is a column of marks too, all "Không"
    const year = /^(.+)_\d{4}$/.exec(key);
    const siblingMarks =
      !filled.length && year !== null && [...marked].some((k) => k !== key && k.startsWith(`${year[1]}_`));
    if (!siblingMarks && (!filled.length || !filled.every((u) => isMark(read(u, key))))) continue;
    const blanks = carried.filter((u) => !filled.includes(u));
    if (!blanks.length) continue;
    for (const u of blanks)
      (where === 'values' ? u.values : (u.facts as Record<string, unknown>))[key] = false;
    const first = refs(blanks[0].id)?.[key];
    const column = first ? cellAddress({ row: 0, col: first.col }).replace(/\d+$/, '') : '';
    problems.push(
      problemOf(
        first ? sheetCellAddress(sheet, first) : sheet,
        say('sheet.blank-marks-read-as-no', { column, item: label(key), count: blanks.length }),
        { code: 'blank-read-as-no' },
      ),
    );
  }
  return problems;
}
