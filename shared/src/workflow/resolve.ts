import type { Plan } from '../plan/schema';
import type { Problem } from '../problems';
import { detectTable, type TableLayout } from '../sheet/detect';
import {
  mappingFromSetting,
  mappingSettingKey,
  mappingTargets,
  mappingToSetting,
  proposeMapping,
  type ColumnMapping,
} from '../sheet/mapping';
import type { SheetModel } from '../sheet/model';
import { PLAN_SHEET_NAME } from '../sheet/plan-sheet-spec';
import { COUNCIL_SHEET_NAME } from '../sheet/council-sheet';
import { isPeriodTitle } from '../sheet/header-lines';
import { refreshMapping } from '../sheet/reuse';
import { label, type LabelKey } from '../sheet/write-labels';
import { parseOwnedSheets, SETTING_KEYS } from '../sheet/write-plan';
import { normalizeText } from '../values';
import { readUnits } from './steps';

/** Where the mapping came from: the workbook's saved one (refitted to the sheet as it is now), or a fresh proposal. */
export type MappingSource = 'saved' | 'proposed';

/** A sheet and the mapping to read it with: the first step of every scoring run. */
export interface ResolvedSheet {
  sheet: SheetModel;
  mapping: ColumnMapping;
  source: MappingSource;
  /** The table as detected, or (saved mapping) as the mapping reads it now, headers as written on the sheet today. */
  layout: TableLayout;
  /** A saved mapping's columns whose header text changed since (`mapping-header-changed`): reviewed before scoring. */
  problems: Problem[];
}

/** Settings key of the mapping written before there was one per sheet: read, never written. */
const LEGACY_MAPPING_KEY = SETTING_KEYS.mapping;

/**
 * The mapping the workbook keeps for this sheet and plan: under the sheet's key, else under the legacy single key.
 * One saved for another sheet or plan, or unreadable, is none.
 */
export function savedMapping(
  settings: Record<string, string> | undefined,
  sheetName: string,
  plan: Plan,
): ColumnMapping | undefined {
  for (const key of [mappingSettingKey(sheetName), LEGACY_MAPPING_KEY]) {
    const text = settings?.[key];
    if (!text) continue;
    const parsed = mappingFromSetting(text);
    if (parsed.ok && parsed.mapping.planId === plan.id && parsed.mapping.sheet === sheetName)
      return parsed.mapping;
  }
  return undefined;
}

/** The one settings entry that stores a sheet's mapping (CLI and pane alike). */
export function mappingSettings(mapping: ColumnMapping): Record<string, string> {
  return { [mappingSettingKey(mapping.sheet)]: mappingToSetting(mapping) };
}

/**
 * Reuse the saved mapping, refitted to the sheet as it is now (units added or removed, headers changed); else
 * detect the table and propose one. `reuse: false` (a selection the official picked) always proposes, and so does
 * a chosen `orientation` (units down the rows or across the columns).
 */
export function resolveMapping(
  sheet: SheetModel,
  plan: Plan,
  settings: Record<string, string> | undefined,
  opts: { reuse?: boolean; orientation?: 'rows' | 'columns' } = {},
): ResolvedSheet | undefined {
  // the official chose how the units run (the pane's toggle): detect afresh that way
  const saved =
    opts.reuse === false || opts.orientation ? undefined : savedMapping(settings, sheet.name, plan);
  if (saved) {
    const refit = refreshMapping(sheet, saved);
    const { mapping } = refit;
    return {
      sheet,
      mapping,
      source: 'saved',
      layout: {
        sheet: sheet.name,
        orientation: mapping.orientation,
        headerRows: [...mapping.headerRows],
        dataStart: mapping.dataStart,
        dataEnd: mapping.dataEnd,
        nameIndex: mapping.nameIndex,
        ...(mapping.blockIndex !== undefined ? { blockIndex: mapping.blockIndex } : {}),
        skipped: refit.skipped,
        headers: refit.headers,
        confidence: 1,
      },
      problems: refit.problems,
    };
  }
  const layout = detectTable(sheet, opts.orientation ? { orientation: opts.orientation } : {});
  if (!layout) return undefined;
  return { sheet, mapping: proposeMapping(sheet, layout, plan), source: 'proposed', layout, problems: [] };
}

/** How many columns feed something the plan reads: a criterion, a target (chỉ tiêu) or a fact. */
export function mappedValueColumns(mapping: ColumnMapping, plan: Plan): number {
  return mappedValueTargets(mapping, plan).size;
}

/** The plan's values (criteria, facts, targets) a mapping feeds, as "kind:id". */
function mappedValueTargets(mapping: ColumnMapping, plan: Plan): Set<string> {
  const known = new Set(
    mappingTargets(plan)
      .filter((t) => t.target.kind !== 'unitField')
      .map((t) => `${t.target.kind}:${t.target.id}`),
  );
  const fed = new Set<string>();
  for (const c of mapping.columns) {
    const key = c.target && `${c.target.kind}:${c.target.id}`;
    if (key && known.has(key)) fed.add(key);
  }
  return fed;
}

const GENERATED: LabelKey[] = ['resultsSheet', 'proposalsSheet', 'logSheet'];

/**
 * The sheets that may hold the official's table: not the plan sheet, a template's instructions, or a sheet the
 * program wrote (results, proposals, log — by name, and every sheet listed as the program's in the settings).
 */
export function inputSheets<S extends { name: string }>(sheets: S[], settings?: Record<string, string>): S[] {
  const skip = new Set(
    ['Hướng dẫn', 'Instructions', PLAN_SHEET_NAME, 'Criteria', COUNCIL_SHEET_NAME, 'Council decisions'].map(
      (n) => n.toLowerCase(),
    ),
  );
  for (const key of GENERATED)
    for (const lang of ['vi', 'en'] as const) skip.add(label(key, lang).toLowerCase());
  for (const name of parseOwnedSheets(settings?.[SETTING_KEYS.sheets])) skip.add(name.toLowerCase());
  return sheets.filter((s) => !skip.has(s.name.toLowerCase()));
}

/** A guidance or criteria sheet by its name ("Hướng dẫn chấm", "Thuyết minh", "Bảng tiêu chí"): never data. */
export function isGuidanceSheet(name: string): boolean {
  return /^(huong dan|thuyet minh|chu thich|giai thich|quy dinh|cach cham|bang tieu chi|danh muc tieu chi|tieu chi cham|instructions?|guide|readme)\b/.test(
    normalizeText(name),
  );
}

/** What chooseSheets decided: the sheets to read, every sheet with a table, and why it cannot choose, if so. */
export interface SheetChoice {
  /** In workbook order: the sheet feeding the most of the plan, and every other sheet holding another block. */
  chosen: ResolvedSheet[];
  considered: ResolvedSheet[];
  /** Several sheets hold the same table for the same units (a sheet per month): the official chooses. */
  ambiguous?: string[];
}

const unitKey = (name: string | undefined) =>
  normalizeText(name ?? '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Which sheets of a workbook hold the plan's units. The sheet whose columns feed the most of the plan (the first on
 * a tie) is read; so is every other sheet with none of the units read yet that either holds blocks not read yet
 * (blocks on separate sheets, "Tập thể" and "Cá nhân") or feeds exactly the same values of the plan (one table
 * split over sheets, "Phần 1" and "Phần 2": reading one part alone would rank half the units). A hidden sheet is
 * only `considered` (read when the official names it: what they cannot see is not scored unasked). Guidance sheets ("Hướng dẫn chấm", "Thuyết minh") are not
 * data. Two sheets with the same units (one per month) are `ambiguous`: reading either is a guess. A workbook
 * where no column feeds anything still gets a sheet, so the coverage check can refuse it naming what was read.
 */
export function chooseSheets(
  sheets: SheetModel[],
  plan: Plan,
  settings: Record<string, string> | undefined,
): SheetChoice {
  const considered: ResolvedSheet[] = [];
  const info: {
    resolved: ResolvedSheet;
    mapped: number;
    fed: Set<string>;
    names: Set<string>;
    blocks: Set<string>;
  }[] = [];
  for (const sheet of sheets) {
    if (isGuidanceSheet(sheet.name)) continue;
    const resolved = resolveMapping(sheet, plan, settings);
    if (!resolved) continue;
    considered.push(resolved);
    // a sheet the official hid is not what they see: it is read only when named (the CLI's --sheet, the pane's choice)
    if (sheet.hidden) continue;
    const { units } = readUnits(resolved, plan);
    const fed = mappedValueTargets(resolved.mapping, plan);
    info.push({
      resolved,
      mapped: fed.size,
      fed,
      names: new Set(units.map((u) => unitKey(u.name))),
      blocks: new Set(units.map((u) => u.block ?? '')),
    });
  }
  if (!info.length) return { chosen: [], considered };
  let best = info[0];
  for (const i of info) if (i.mapped > best.mapped) best = i;
  if (best.mapped === 0) return { chosen: [best.resolved], considered };
  const overlap = (a: Set<string>, b: Set<string>) => {
    let n = 0;
    for (const x of a) if (x && b.has(x)) n++;
    return n > 0 && 2 * n >= Math.min(a.size, b.size);
  };
  let same = info.filter((i) => i !== best && i.mapped > 0 && overlap(i.names, best.names));
  // a sheet per quarter ("Quy I" … "Quy IV") and one for the whole year ("Ca nam"): the year's is the one scored
  const year = yearSheetAmong([best, ...same].map((i) => i.resolved.sheet.name));
  if (same.length && year !== undefined) {
    const period = [best, ...same];
    best = period[year];
    same = [];
    for (const p of period) if (p !== best) info.splice(info.indexOf(p), 1);
  }
  if (same.length)
    return {
      chosen: [best.resolved],
      considered,
      ambiguous: info.filter((i) => i === best || same.includes(i)).map((i) => i.resolved.sheet.name),
    };
  const chosen = [best];
  const read = new Set(best.blocks);
  for (const i of info) {
    if (chosen.includes(i) || i.mapped === 0) continue;
    if (chosen.some((c) => shareAny(c.names, i.names))) continue;
    const otherBlocks =
      plan.blocks.length > 1 && !i.blocks.has('') && ![...i.blocks].some((b) => read.has(b));
    if (!otherBlocks && !sameColumns(i.fed, best.fed)) continue;
    chosen.push(i);
    for (const b of i.blocks) read.add(b);
  }
  const order = (i: (typeof info)[number]) => info.indexOf(i);
  return { chosen: chosen.sort((a, b) => order(a) - order(b)).map((i) => i.resolved), considered };
}

/** "Ca nam", "Cả năm 2023", "Tổng hợp cả năm", "Năm 2023": a sheet of the whole year's figures. */
const isYearSheetName = (name: string) =>
  /^((tong hop|th|tong|luy ke) )?(ca nam|nam \d{4})( \d{4})?$/.test(sheetWords(name));
const sheetWords = (name: string) =>
  normalizeText(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * Among sheets holding the same table for the same units, the one that is the whole year's when every other is a
 * part of it ("Quy I", "Thang 10", "6 thang"); undefined when there is no such sheet, or more than one.
 */
function yearSheetAmong(names: string[]): number | undefined {
  const years = names.flatMap((n, k) => (isYearSheetName(n) ? [k] : []));
  if (years.length !== 1 || names.length < 2) return undefined;
  return names.every((n, k) => k === years[0] || isPeriodTitle(sheetWords(n))) ? years[0] : undefined;
}

const shareAny = (a: Set<string>, b: Set<string>) => [...a].some((x) => x !== '' && b.has(x));

/** Two sheets feed the same values of the plan: one table split over them ("Phần 1", "Phần 2"). */
const sameColumns = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));

/**
 * When several sheets could hold the table: resolves each and keeps the one whose columns feed the most of the plan
 * (the first on a tie). A workbook where no column feeds anything still gets a sheet (the first with a table), so
 * the coverage check can refuse it naming what was read; `considered` lists every sheet with a table.
 */
export function chooseSheet(
  sheets: SheetModel[],
  plan: Plan,
  settings: Record<string, string> | undefined,
): { chosen?: ResolvedSheet; considered: ResolvedSheet[] } {
  const considered: ResolvedSheet[] = [];
  let chosen: ResolvedSheet | undefined;
  let best = -1;
  for (const sheet of sheets) {
    const resolved = resolveMapping(sheet, plan, settings);
    if (!resolved) continue;
    considered.push(resolved);
    const mapped = mappedValueColumns(resolved.mapping, plan);
    if (mapped > best) {
      best = mapped;
      chosen = resolved;
    }
  }
  return { chosen, considered };
}
