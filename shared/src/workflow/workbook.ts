/**
 * Reading a whole workbook for a plan, the same in the CLI and the pane: the sheet whose columns feed the most of the
 * plan (or the one the official chose, with the mapping they confirmed), and every other sheet holding another of the
 * plan's blocks (a sheet per block: "Sở, ngành", "Huyện", "Xã"), read together into one list of units.
 */
import type { UnitInput } from '../engine/types';
import type { Plan } from '../plan/schema';
import type { ColumnMapping, Extraction, SheetTarget } from '../sheet';
import type { SheetModel } from '../sheet/model';
import type { Lang } from '../values';
import { chooseSheet, chooseSheets, inputSheets, type ResolvedSheet } from './resolve';
import { readSheets } from './steps';

export interface WorkbookRead {
  /** The first sheet read (its mapping is the one stored): the one feeding the most of the plan, or the official's. */
  sheet: SheetModel;
  mapping: ColumnMapping;
  /** Every unit of every sheet read; `cells` are those of `sheet` (each part has its own). */
  extraction: Extraction;
  resolved: ResolvedSheet;
  /** Every sheet with a table that was looked at (for a refusal that names what was read). */
  considered: ResolvedSheet[];
  /** Every sheet read with its units and where their cells are: more than one when the blocks have a sheet each. */
  parts: { resolved: ResolvedSheet; units: UnitInput[]; cells: Extraction['cells'] }[];
  /** Sheets holding the same table for the same units: scoring waits for the official to choose one. */
  ambiguous?: string[];
}

export interface WorkbookReadOptions {
  /** The one sheet the official named (the CLI's --sheet): read alone. */
  only?: SheetModel;
  /**
   * The sheet the official chose and the mapping they confirmed (the pane): read first, with that mapping; other
   * sheets are added only when the workbook's own choice also reads this sheet as one of the plan's block sheets.
   */
  primary?: { sheet: string; mapping: ColumnMapping };
  block?: string;
  lang?: Lang;
}

/** The sheets to read and how; undefined when no sheet holds a table. */
export function readWorkbookForPlan(
  workbook: { sheets: SheetModel[]; settings?: Record<string, string> },
  plan: Plan,
  opts: WorkbookReadOptions = {},
): WorkbookRead | undefined {
  const choice = opts.only
    ? (() => {
        const { chosen, considered } = chooseSheet([opts.only], plan, workbook.settings);
        return { chosen: chosen ? [chosen] : [], considered, ambiguous: undefined };
      })()
    : chooseSheets(inputSheets(workbook.sheets, workbook.settings), plan, workbook.settings);
  const chosen = opts.primary ? withPrimary(choice, opts.primary) : choice.chosen;
  const [first] = chosen;
  if (!first) return undefined;
  const read = readSheets(chosen, plan, { block: opts.block, lang: opts.lang, validate: true });
  const primary = read.parts[0].extraction;
  // every sheet's units are scored together; each part keeps its own cells, to write its results beside it
  const extraction: Extraction = {
    ...primary,
    units: read.units,
    problems: read.problems,
    // every sheet's, by the ids the units have once read together
    ...(read.selfAssessments ? { selfAssessments: read.selfAssessments } : {}),
  };
  const ambiguous = opts.primary ? undefined : choice.ambiguous;
  return {
    sheet: first.sheet,
    mapping: first.mapping,
    extraction,
    resolved: first,
    considered: choice.considered,
    parts: read.parts.map((p) => ({
      resolved: p.resolved,
      units: p.extraction.units,
      cells: p.extraction.cells,
    })),
    ...(ambiguous ? { ambiguous } : {}),
  };
}

/**
 * The official's sheet first, read with their mapping, then the other block sheets the workbook's choice found
 * beside it; the official's sheet alone when the choice did not take it as a block sheet.
 */
function withPrimary(
  choice: { chosen: ResolvedSheet[]; considered: ResolvedSheet[] },
  primary: { sheet: string; mapping: ColumnMapping },
): ResolvedSheet[] {
  const own = (c: ResolvedSheet) => c.sheet.name === primary.sheet;
  const mine = choice.chosen.find(own);
  if (mine) return [{ ...mine, mapping: primary.mapping }, ...choice.chosen.filter((c) => !own(c))];
  const found = choice.considered.find(own);
  return found ? [{ ...found, mapping: primary.mapping }] : [];
}

/** The block sheets read besides the first (the one whose cells `extraction` holds): results are written beside each. */
export function otherBlockSheets(
  parts: WorkbookRead['parts'] | undefined,
): (SheetTarget & { mapping: ColumnMapping })[] {
  return (parts ?? [])
    .slice(1)
    .map((p) => ({ sheet: p.resolved.sheet, mapping: p.resolved.mapping, cells: p.cells }));
}
