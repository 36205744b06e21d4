import type { TableLayout } from './detect';
import { lineName } from './mapping-targets';
import type { SheetModel } from './model';

/**
 * The units the official hid inside the table (a filter, or lines hidden by hand): set aside by the reader, so they
 * are not scored and get no result. Each is named by its line and unit name, so that the pane and the CLI can say
 * so and no unit is left out of the ranking unseen.
 */
export function hiddenUnitLines(
  read: { sheet: SheetModel; layout?: TableLayout },
  lang: 'vi' | 'en',
): { line: string; name: string }[] {
  const { sheet, layout } = read;
  if (!layout) return [];
  const rows = layout.orientation === 'rows';
  const hidden = new Set((rows ? sheet.hiddenRows : sheet.hiddenColumns) ?? []);
  if (!hidden.size) return [];
  const cell = (major: number) => {
    const [r, c] = rows ? [major, layout.nameIndex] : [layout.nameIndex, major];
    return sheet.values[r - sheet.origin.row]?.[c - sheet.origin.col];
  };
  return layout.skipped.flatMap((s) => {
    if (!hidden.has(s.index) || s.index < layout.dataStart || s.index > layout.dataEnd) return [];
    const name = cell(s.index);
    if (name === null || name === undefined || String(name).trim() === '') return [];
    return [{ line: lineName(rows ? 'columns' : 'rows', s.index, lang), name: String(name).trim() }];
  });
}
