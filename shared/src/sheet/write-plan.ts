import type { Plan } from '../plan/schema';
import type { ScoreResponse } from '../engine/types';
import type { Lang } from '../values';
import type { CellValue, RangeRef, SheetModel, WriteBlock } from './model';
import { emptyWritePlan, type ExtendedWritePlan } from './write-extras';
import { outputColumns, type OutputColumn, type UnitCells } from './output-columns';
import { buildResultsSheet } from './results-sheet';
import { buildProposalsSheet } from './proposals-sheet';
import { buildRunLog } from './run-log';
import { label } from './write-labels';

export type { UnitCells } from './output-columns';

/** Workbook settings keys this module reads and writes. */
export const SETTING_KEYS = {
  output: 'thidua.output',
  plan: 'thidua.plan',
  mapping: 'thidua.mapping',
  lastRun: 'thidua.lastRun',
} as const;

/** The part of a ColumnMapping the writer needs (a full ColumnMapping fits). */
export interface WriteMapping {
  sheet: string;
  orientation: 'rows' | 'columns';
  headerRows: number[];
  dataStart: number;
  dataEnd: number;
}

export interface BuildWritePlanInput {
  /** The input sheet as read (may contain the previous run's output). */
  sheet: SheetModel;
  mapping: WriteMapping;
  /** Where each unit's cells are, by unit id. */
  cells: Map<string, UnitCells>;
  response: ScoreResponse;
  plan: Plan;
  lang?: Lang;
  /** Also write the points of every criterion. */
  perCriterion?: boolean;
  /** The previous run's output ranges (the "thidua.output" setting, as text or parsed). */
  previousOutput?: string | RangeRef[];
  now: Date;
  /** mappingToSetting(mapping), stored so the next run reads the sheet the same way. */
  mappingSetting?: string;
  /** Settings key for the mapping (mappingSettingKey(sheet)); "thidua.mapping" when absent. */
  mappingKey?: string;
  /** Dossier due date (YYYY-MM-DD) for the proposal list. */
  dueDate?: string;
  /** Names of every sheet in the workbook, so generated sheets never take an input sheet's name. */
  sheetNames?: string[];
  /** What the input was (file name) for the run log. */
  source?: string;
}

function isRange(x: unknown): x is RangeRef {
  if (!x || typeof x !== 'object') return false;
  const r = x as Record<string, unknown>;
  return (
    typeof r.sheet === 'string' &&
    ['top', 'left', 'bottom', 'right'].every((k) => Number.isInteger(r[k]) && (r[k] as number) >= 0) &&
    (r.bottom as number) >= (r.top as number) &&
    (r.right as number) >= (r.left as number)
  );
}

/** The output ranges remembered in settings; anything unreadable is ignored rather than trusted. */
export function parseOutputSetting(text: string | undefined): RangeRef[] {
  if (!text) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    const list = Array.isArray(parsed) ? parsed : [parsed];
    return list
      .filter(isRange)
      .map(({ sheet, top, left, bottom, right }) => ({ sheet, top, left, bottom, right }));
  } catch {
    return [];
  }
}

function inside(ranges: RangeRef[], row: number, col: number): boolean {
  return ranges.some((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right);
}

function isEmpty(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Last non-empty absolute column over rows [top..bottom], ignoring the previous output. */
function lastUsedCol(sheet: SheetModel, top: number, bottom: number, ignore: RangeRef[]): number {
  let last = -1;
  for (let r = Math.max(top, sheet.origin.row); r <= bottom; r++) {
    const row = sheet.values[r - sheet.origin.row];
    if (!row) continue;
    for (let i = row.length - 1; i >= 0; i--) {
      const col = sheet.origin.col + i;
      if (col <= last) break;
      if (!isEmpty(row[i]) && !inside(ignore, r, col)) {
        last = col;
        break;
      }
    }
  }
  for (const m of sheet.merges ?? [])
    if (m.bottom >= top && m.top <= bottom && !inside(ignore, m.top, m.left)) last = Math.max(last, m.right);
  return last;
}

/** Last non-empty absolute row over columns [left..right], ignoring the previous output. */
function lastUsedRow(sheet: SheetModel, left: number, right: number, ignore: RangeRef[]): number {
  for (let i = sheet.values.length - 1; i >= 0; i--) {
    const r = sheet.origin.row + i;
    const row = sheet.values[i];
    for (let c = Math.max(left, sheet.origin.col); c <= right; c++)
      if (!isEmpty(row[c - sheet.origin.col]) && !inside(ignore, r, c)) return r;
  }
  return -1;
}

function cellAt(sheet: SheetModel, row: number, col: number): CellValue {
  return sheet.values[row - sheet.origin.row]?.[col - sheet.origin.col] ?? null;
}

function unitPositions(input: BuildWritePlanInput): Map<number, string> {
  const byPos = new Map<number, string>();
  for (const [unitId, c] of input.cells)
    byPos.set(input.mapping.orientation === 'rows' ? c.row : c.name.col, unitId);
  return byPos;
}

/** Rows orientation: one block beside the table, header aligned with the table's header. */
function writeBeside(
  input: BuildWritePlanInput,
  columns: OutputColumn[],
  previous: RangeRef[],
): { blocks: WriteBlock[]; range: RangeRef; widths: { col: number; width: number }[] } {
  const { sheet, mapping } = input;
  const positions = unitPositions(input);
  const unitRows = [...positions.keys()];
  const bottom = Math.max(mapping.dataEnd, ...unitRows);
  let headerTop = mapping.headerRows.length ? Math.min(...mapping.headerRows) : mapping.dataStart;
  const headerBottom = mapping.headerRows.length ? Math.max(...mapping.headerRows) : mapping.dataStart - 1;
  const left = lastUsedCol(sheet, headerTop, bottom, previous) + 2;
  const right = left + columns.length - 1;
  // No header row in the table: use the row above the data if it is free there.
  let withHeader = mapping.headerRows.length > 0;
  if (!withHeader && mapping.dataStart > 0) {
    const row = mapping.dataStart - 1;
    let free = true;
    for (let c = left; c <= right; c++)
      if (!isEmpty(cellAt(sheet, row, c)) && !inside(previous, row, c)) free = false;
    if (free) {
      headerTop = row;
      withHeader = true;
    }
  }
  const top = headerTop;
  const results = new Map(input.response.results.map((u) => [u.unitId, u]));
  const values: CellValue[][] = [];
  for (let r = top; r <= bottom; r++) {
    if (withHeader && r === top) {
      values.push(columns.map((c) => c.header));
      continue;
    }
    const unitId = positions.get(r);
    const unit = unitId === undefined ? undefined : results.get(unitId);
    values.push(columns.map((c) => (unit ? c.value(unit, input.cells.get(unit.unitId)) : null)));
  }
  const block: WriteBlock = {
    sheet: sheet.name,
    at: { row: top, col: left },
    values,
    columnKinds: columns.map((c) => c.kind),
    columnFormats: columns.map((c) => c.format ?? null),
    headerRows: withHeader ? Math.max(1, headerBottom - top + 1) : 0,
  };
  return {
    blocks: [block],
    range: { sheet: sheet.name, top, left, bottom, right },
    widths: columns.map((c, i) => ({ col: left + i, width: c.width })),
  };
}

/** Columns orientation (units across): one row per output below the table, labels in the header column. */
function writeBelow(
  input: BuildWritePlanInput,
  columns: OutputColumn[],
  previous: RangeRef[],
): { blocks: WriteBlock[]; range: RangeRef; widths: { col: number; width: number }[] } {
  const { sheet, mapping } = input;
  const positions = unitPositions(input);
  const labelCol = mapping.headerRows.length
    ? Math.min(...mapping.headerRows)
    : Math.max(0, mapping.dataStart - 1);
  const right = Math.max(mapping.dataEnd, ...positions.keys());
  const top = lastUsedRow(sheet, labelCol, right, previous) + 2;
  const results = new Map(input.response.results.map((u) => [u.unitId, u]));
  const blocks: WriteBlock[] = columns.map((column, f) => {
    const row: CellValue[] = [column.header];
    for (let c = labelCol + 1; c <= right; c++) {
      const unitId = positions.get(c);
      const unit = unitId === undefined ? undefined : results.get(unitId);
      row.push(unit ? column.value(unit, input.cells.get(unit.unitId)) : null);
    }
    return {
      sheet: sheet.name,
      at: { row: top + f, col: labelCol },
      values: [row],
      columnKinds: row.map((_, i) => (i === 0 ? 'text' : column.kind)),
      columnFormats: row.map((_, i) => (i === 0 ? '@' : (column.format ?? null))),
    };
  });
  return {
    blocks,
    range: { sheet: sheet.name, top, left: labelCol, bottom: top + columns.length - 1, right },
    widths: [],
  };
}

const OUR_FIRST_HEADINGS = new Set(
  (['total', 'targets', 'eligible'] as const).flatMap((k) => [label(k, 'vi'), label(k, 'en')]),
);

function looksLikeOurOutput(sheet: SheetModel, range: RangeRef): boolean {
  const first = cellAt(sheet, range.top, range.left);
  if (isEmpty(first)) return true;
  if (typeof first !== 'string') return false;
  return OUR_FIRST_HEADINGS.has(first) || /^(Điểm TC|Points C)\S+ \(\/[\d.,]+\)$/.test(first);
}

function uniqueName(base: string, taken: Set<string>): string {
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base} (${i})`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * Everything a scoring run writes, as data: the output columns beside the input table (clearing exactly the
 * previous run's output first), the results, proposals and log sheets, and the settings that let the next run
 * replace only its own cells. Input cells are never part of a block or a clear.
 */
export function buildWritePlan(input: BuildWritePlanInput): ExtendedWritePlan {
  const lang = input.lang ?? 'vi';
  const plan = emptyWritePlan();
  const previousAll = parseOutputSetting(
    typeof input.previousOutput === 'string'
      ? input.previousOutput
      : JSON.stringify(input.previousOutput ?? []),
  );
  // Only a range that still starts with one of our headings is cleared: if the official moved or typed over it,
  // its cells are treated as theirs (never cleared) and the new output goes to their right.
  const previous = previousAll.filter(
    (r) => r.sheet === input.sheet.name && looksLikeOurOutput(input.sheet, r),
  );
  plan.clear.push(...previous);

  const columns = outputColumns(input.plan, lang, input.perCriterion ?? false);
  const placed =
    input.mapping.orientation === 'rows'
      ? writeBeside(input, columns, previous)
      : writeBelow(input, columns, previous);
  plan.blocks.push(...placed.blocks);
  plan.columnWidths.push(...placed.widths.map((w) => ({ sheet: input.sheet.name, ...w })));

  const taken = new Set((input.sheetNames ?? [input.sheet.name]).map((n) => n.toLowerCase()));
  // Our own sheets from a previous run may be replaced; only input sheets are off limits.
  for (const own of ['resultsSheet', 'proposalsSheet', 'logSheet'] as const)
    taken.delete(label(own, lang).toLowerCase());
  taken.add(input.sheet.name.toLowerCase());
  const resultsName = uniqueName(label('resultsSheet', lang), taken);
  const proposalsName = uniqueName(label('proposalsSheet', lang), taken);
  const logName = uniqueName(label('logSheet', lang), taken);

  const results = buildResultsSheet(resultsName, input.response, input.plan, lang, input.now);
  const proposals = buildProposalsSheet(proposalsName, input.response, input.plan, lang, input.dueDate);
  const log = buildRunLog(logName, input.response, lang, input.now, {
    sheet: input.sheet.name,
    output: placed.range,
    source: input.source,
  });
  for (const part of [results, proposals]) {
    plan.sheets.push({ name: part.name, mode: 'createOrReplace' });
    plan.blocks.push(...part.blocks);
    plan.conditionalFormats.push(...part.conditionalFormats);
    plan.columnWidths.push(...part.columnWidths);
  }
  plan.sheets.push({ name: log.name, mode: 'createIfMissing' });
  plan.blocks.push(...log.blocks);
  plan.appends.push(...log.appends);
  plan.columnWidths.push(...log.columnWidths);

  const others = previousAll.filter((r) => r.sheet !== input.sheet.name);
  plan.settings[SETTING_KEYS.output] = JSON.stringify([...others, placed.range]);
  plan.settings[SETTING_KEYS.plan] = JSON.stringify(input.plan);
  plan.settings[SETTING_KEYS.lastRun] = input.now.toISOString();
  if (input.mappingSetting) plan.settings[input.mappingKey ?? SETTING_KEYS.mapping] = input.mappingSetting;
  return plan;
}
