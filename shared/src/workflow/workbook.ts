/**
 * Reading a whole workbook for a plan, the same in the CLI and the pane: the sheet whose columns feed the most of the
 * plan (or the one the official chose, with the mapping they confirmed), and every other sheet holding another of the
 * plan's blocks (a sheet per block: "Sở, ngành", "Huyện", "Xã"), read together into one list of units.
 */
import type { UnitInput } from '../engine/types';
import type { Plan } from '../plan/schema';
import type { ColumnMapping, Extraction } from '../sheet';
import type { SheetModel } from '../sheet/model';
import type { Lang } from '../values';
import { chooseSheet, chooseSheets, inputSheets, type ResolvedSheet } from './resolve';
import { readSheets } from './steps';

export interface WorkbookRead {
  /** The sheet results are written beside: the one feeding the most of the plan, or the official's. */
  sheet: SheetModel;
  mapping: ColumnMapping;
  /** Every unit of every sheet read; `cells` are those of `sheet` (where results are written beside the table). */
  extraction: Extraction;
  resolved: ResolvedSheet;
  /** Every sheet with a table that was looked at (for a refusal that names what was read). */
  considered: ResolvedSheet[];
  /** Every sheet read with its units: more than one when the plan's blocks are on separate sheets. */
  parts: { resolved: ResolvedSheet; units: UnitInput[] }[];
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
  // results are written beside the first sheet's table; every sheet's units are scored together
  const extraction: Extraction = { ...primary, units: read.units, problems: read.problems };
  const ambiguous = opts.primary ? undefined : choice.ambiguous;
  return {
    sheet: first.sheet,
    mapping: first.mapping,
    extraction,
    resolved: first,
    considered: choice.considered,
    parts: read.parts.map((p) => ({ resolved: p.resolved, units: p.extraction.units })),
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
