import { bilingual, named, say } from '../messages';
import type { Problem } from '../problems';
import { headerColumnsOf, scanRecords, type HeaderColumn, type RecordContext } from './detect';
import { makeView, sheetCellAddress } from './grid';
import { lineName, type ColumnMapping } from './mapping';
import type { SheetModel } from './model';
import { words } from './similarity';

export interface RefreshedMapping {
  mapping: ColumnMapping;
  problems: Problem[];
  skipped: { index: number; reason: string }[];
  /** Every column of the saved mapping with its header as the sheet reads now (the mapping keeps the old text). */
  headers: HeaderColumn[];
}

/** The same words, whatever the separators and their order ("A / B" saved by an earlier version, "A › B" now). */
function sameWords(a: string, b: string): boolean {
  const key = (s: string) => words(s).sort().join(' ');
  return key(a) === key(b);
}

/**
 * Makes a saved mapping fit this month's sheet: the data range is read again (units added or
 * removed below the header), and every mapped column whose header text changed is reported so
 * the official reviews it before scoring. Column targets are never changed silently.
 */
export function refreshMapping(sheet: SheetModel, saved: ColumnMapping): RefreshedMapping {
  const view = makeView(sheet, saved.orientation);
  const problems: Problem[] = [];
  const indexes = [saved.nameIndex, ...saved.columns.map((c) => c.index)];
  if (saved.blockIndex !== undefined) indexes.push(saved.blockIndex);
  const ctx: RecordContext = {
    view,
    from: Math.min(...indexes),
    to: Math.max(...indexes),
    nameIndex: saved.nameIndex,
    blockIndex: saved.blockIndex,
    nameHeader: saved.headerRows.length
      ? view.label(saved.headerRows[saved.headerRows.length - 1], saved.nameIndex)
      : '',
    headerRows: saved.headerRows,
  };
  const { dataEnd, skipped } = scanRecords(ctx, saved.dataStart);
  const lastHeader = saved.headerRows[saved.headerRows.length - 1];
  const headers = headerColumnsOf(
    view,
    saved.headerRows,
    saved.columns.map((c) => c.index),
    { nameIndex: saved.nameIndex },
  );
  saved.columns.forEach((column, i) => {
    if (!column.target) return;
    const now = headers[i].text;
    if (sameWords(now, column.header)) return;
    const where = sheetCellAddress(
      sheet.name,
      view.ref(lastHeader ?? Math.max(0, saved.dataStart - 1), column.index),
    );
    problems.push({
      path: where,
      code: 'mapping-header-changed',
      ...(column.target.kind === 'criterion' ? { criterionId: column.target.id } : {}),
      ...bilingual(
        say('saved-mapping.header-changed', {
          cell: where,
          line: named(
            lineName(saved.orientation, column.index),
            lineName(saved.orientation, column.index, 'en'),
          ),
          before: column.header,
          now,
          target: column.target.id,
        }),
      ),
    });
  });
  return { mapping: { ...saved, sheet: sheet.name, dataEnd }, problems, skipped, headers };
}
