/**
 * What a column's values say about what it holds: percentages, counts, Đạt/Không, dates or words (its profile),
 * and whether the reader of a given criterion, target or fact can read them at all. Matching weighs this beside
 * the header's words; the mapping step shows a column's first values (`sampleValues`).
 */
import { compileCriterion } from '../engine/criteria';
import { word } from '../messages';
import { factReader } from '../engine/facts';
import type { Fact, Plan } from '../plan/schema';
import {
  formatNumber,
  isBlank,
  parseBoolean,
  parseDate,
  parseNumber,
  parseRate,
  splitUnit,
  verdictOf,
  type Parsed,
} from '../values';
import { cellText, makeView } from './grid';
import type { MappingTarget } from './mapping';
import type { CellValue, SheetModel } from './model';
import { isNotApplicableMark } from './patterns';

/** A data cell of a column: its value and whether Excel shows it as a percentage. */
export interface ColumnCell {
  value: CellValue;
  percentFormat: boolean;
}

/** The records of a table: where its data starts and ends, and the lines inside that are not units. */
export interface RecordRange {
  orientation: 'rows' | 'columns';
  dataStart: number;
  dataEnd: number;
  skipped?: { index: number }[];
}

const MAX_CELLS = 40;

function isPercentFormat(format: string | null): boolean {
  return (
    !!format &&
    format
      .replace(/"[^"]*"/g, '')
      .replace(/\\./g, '')
      .includes('%')
  );
}

/**
 * The non-empty cells of a column in the table's records (at most 40, from the top), skipped lines left out. A "-"
 * is empty here as every reader reads it: a column of counts with many "-" is still a column of counts.
 */
export function columnCells(
  sheet: SheetModel,
  range: RecordRange,
  index: number,
  max = MAX_CELLS,
): ColumnCell[] {
  const view = makeView(sheet, range.orientation);
  const skip = new Set((range.skipped ?? []).map((s) => s.index));
  const out: ColumnCell[] = [];
  const end = Math.min(range.dataEnd, view.majorEnd - 1);
  for (let m = range.dataStart; m <= end && out.length < max; m++) {
    if (skip.has(m)) continue;
    const value = view.value(m, index);
    // "KAD", "/": the item does not apply to that unit — no evidence either way
    if (isBlank(value) || isNotApplicableMark(value)) continue;
    out.push({ value, percentFormat: isPercentFormat(view.format(m, index)) });
  }
  return out;
}

/** A cell as the official would read it on the sheet: "85,5%", "12", "Đạt", "25/03/2024". */
export function showCell(cell: ColumnCell, lang: 'vi' | 'en' = 'vi'): string {
  const v = cell.value;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return String(v);
    if (cell.percentFormat) return `${formatNumber(Math.round(v * 10000) / 100, undefined, lang)}%`;
    return formatNumber(v, undefined, lang);
  }
  if (typeof v === 'boolean') return word(v ? 'cell.true' : 'cell.false', lang);
  const text = cellText(v);
  return text.length > 30 ? `${text.slice(0, 29)}…` : text;
}

/** The first `n` values of a column, as shown on the sheet (for the mapping step and the CLI's mapping table). */
export function sampleValues(
  sheet: SheetModel,
  range: RecordRange,
  index: number,
  n = 3,
  lang: 'vi' | 'en' = 'vi',
): string[] {
  return columnCells(sheet, range, index, n).map((c) => showCell(c, lang));
}

export type ProfileKind = 'percent' | 'count' | 'number' | 'flag' | 'date' | 'text' | 'mixed' | 'empty';

export interface ValueProfile {
  kind: ProfileKind;
  cells: number;
  /** Values typed with a unit ("36 tin"), as typed ("tin"). */
  units: string[];
  min?: number;
  max?: number;
}

const DATE_TEXT = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$|^\d{4}-\d{2}-\d{2}$/;

function cellKind(cell: ColumnCell): {
  kind: Exclude<ProfileKind, 'mixed' | 'empty'>;
  n?: number;
  unit?: string;
} {
  const v = cell.value;
  if (typeof v === 'boolean') return { kind: 'flag' };
  if (typeof v === 'number') {
    if (cell.percentFormat) return { kind: 'percent', n: v * 100 };
    return { kind: Number.isInteger(v) && v >= 0 ? 'count' : 'number', n: v };
  }
  const s = cellText(v);
  if (/%\s*$/.test(s)) {
    const n = parseRate(s);
    if (n.ok) return { kind: 'percent', n: n.value };
  }
  if (DATE_TEXT.test(s) && parseDate(s).ok) return { kind: 'date' };
  const typed = splitUnit(s);
  if (typed) {
    const n = parseNumber(typed.number);
    if (n.ok) return { kind: 'count', n: n.value, unit: typed.unit };
  }
  const n = parseNumber(s);
  if (n.ok) return { kind: Number.isInteger(n.value) && n.value >= 0 ? 'count' : 'number', n: n.value };
  if (parseBoolean(s).ok || verdictOf(s) !== undefined) return { kind: 'flag' };
  return { kind: 'text' };
}

/** What a column's values are, by the kind most of them have (four in five), else "mixed". */
export function valueProfile(cells: readonly ColumnCell[]): ValueProfile {
  if (!cells.length) return { kind: 'empty', cells: 0, units: [] };
  const counts = new Map<ProfileKind, number>();
  const units = new Set<string>();
  let min: number | undefined;
  let max: number | undefined;
  for (const c of cells) {
    const k = cellKind(c);
    counts.set(k.kind, (counts.get(k.kind) ?? 0) + 1);
    if (k.unit) units.add(k.unit);
    if (k.n !== undefined) {
      min = min === undefined ? k.n : Math.min(min, k.n);
      max = max === undefined ? k.n : Math.max(max, k.n);
    }
  }
  // whole numbers among decimals are plain numbers; 0/1 among Có/Không are flags
  const numbers = (counts.get('count') ?? 0) + (counts.get('number') ?? 0);
  let kind: ProfileKind = 'mixed';
  const share = (n: number) => n >= 0.8 * cells.length;
  for (const [k, n] of counts) if (share(n)) kind = k;
  if (kind === 'mixed' && share(numbers)) kind = 'number';
  if (kind === 'mixed' && share((counts.get('flag') ?? 0) + numbers) && max !== undefined && max <= 1)
    kind = 'flag';
  if (kind === 'mixed' && share((counts.get('percent') ?? 0) + numbers) && max !== undefined && max <= 100)
    kind = 'percent';
  // only 0 and 1: ticks, not counts
  if (kind === 'count' && max !== undefined && max <= 1) kind = 'flag';
  return {
    kind,
    cells: cells.length,
    units: [...units],
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
  };
}

type Reader = (cell: ColumnCell) => boolean;

const readable = (p: Parsed<unknown>) => p.ok || p.reason === 'ambiguous';

const PER_YEAR_BASE: Record<string, Fact['type']> = {
  ratingByYear: 'rating',
  numberByYear: 'number',
  booleanByYear: 'boolean',
  rateByYear: 'rate',
};

/** Whether the plan's reader for a target accepts a cell (an unclear rate scale counts as readable). */
export function targetCellReader(plan: Plan, target: MappingTarget): Reader | undefined {
  if (target.kind === 'unitField') return (c) => typeof c.value === 'string' && !splitUnit(c.value);
  if (target.kind === 'criterion') {
    const criterion = plan.criteria.find((c) => c.id === target.id);
    if (!criterion) return undefined;
    const compiled = compileCriterion(criterion);
    const rate = criterion.scoring.kind === 'rate';
    return (c) => readable(compiled.read(asRate(c, rate), 'auto'));
  }
  if (target.kind === 'target') {
    const t = plan.targets?.find((x) => x.id === target.id);
    if (!t) return undefined;
    if (t.unit === 'yesNo') return (c) => readable(parseBoolean(c.value));
    if (t.unit === 'number') return (c) => readable(parseNumber(c.value));
    return (c) => readable(parseRate(asRate(c, true), 'auto'));
  }
  const base =
    plan.facts.find((f) => f.id === target.id) ??
    plan.facts.find((f) => f.id === target.id.replace(/_\d{4}$/, ''));
  if (!base) return undefined;
  const type = PER_YEAR_BASE[base.type] ?? base.type;
  const read = factReader({ ...base, type }, 'auto');
  const rate = type === 'rate';
  return (c) => readable(read(asRate(c, rate)));
}

/** A number in a %-formatted cell feeding a rate is read as the percent the sheet shows (as extraction passes it). */
function asRate(cell: ColumnCell, rate: boolean): CellValue {
  if (rate && cell.percentFormat && typeof cell.value === 'number')
    return `${String(Math.round(cell.value * 1e8) / 1e6).replace('.', ',')}%`;
  return cell.value;
}

/** The share of a column's cells the reader accepts (undefined without cells). */
export function readableShare(cells: readonly ColumnCell[], reader: Reader | undefined): number | undefined {
  if (!cells.length || !reader) return undefined;
  let ok = 0;
  for (const c of cells) if (reader(c)) ok++;
  return ok / cells.length;
}
