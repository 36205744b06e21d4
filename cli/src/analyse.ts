import type { Lang, Plan, UnitInput } from '@thidua/core';
import type { ColumnMapping, Extraction, SheetModel, WorkbookModel } from '@thidua/core/sheet';
import {
  chooseSheet,
  chooseSheets,
  inputSheets,
  readSheets,
  type ResolvedSheet,
} from '@thidua/core/workflow';
import { UsageError } from './io';
import type { Messages } from './messages';

export interface SheetAnalysis {
  /** The sheet feeding the most of the plan: the results are written beside its table. */
  sheet: SheetModel;
  mapping: ColumnMapping;
  /** Every unit of every sheet read; `cells` are those of `sheet` (where results are written beside the table). */
  extraction: Extraction;
  resolved: ResolvedSheet;
  /** Every sheet with a table that was looked at (for a refusal that names what was read). */
  considered: ResolvedSheet[];
  /** Every sheet read with its units: more than one when the plan's blocks are on separate sheets. */
  parts: { resolved: ResolvedSheet; units: UnitInput[] }[];
  /** Sheets holding the same table for the same units: scoring waits for --sheet. */
  ambiguous?: string[];
}

/**
 * The shared sheet workflow over a workbook file: the named sheet, or the one whose columns feed the most of the
 * plan; its saved mapping refitted (else a proposal); its units read and checked. Undefined: no table anywhere.
 */
export function analyseWorkbook(
  model: WorkbookModel,
  plan: Plan,
  opts: { sheet?: string; block?: string; lang: Lang; path: string },
  m: Messages,
): SheetAnalysis | undefined {
  let candidates: SheetModel[];
  if (opts.sheet) {
    const found = model.sheets.find((s) => s.name === opts.sheet);
    if (!found)
      throw new UsageError(
        m.noSheet(
          opts.sheet,
          model.sheets.map((s) => s.name),
        ),
      );
    candidates = [found];
  } else candidates = inputSheets(model.sheets, model.settings);
  const choice = opts.sheet
    ? (() => {
        const { chosen, considered } = chooseSheet(candidates, plan, model.settings);
        return { chosen: chosen ? [chosen] : [], considered, ambiguous: undefined };
      })()
    : chooseSheets(candidates, plan, model.settings);
  const [first] = choice.chosen;
  if (!first) return undefined;
  const read = readSheets(choice.chosen, plan, { block: opts.block, lang: opts.lang, validate: true });
  const primary = read.parts[0].extraction;
  // results are written beside the first sheet's table; every sheet's units are scored together
  const extraction: Extraction = { ...primary, units: read.units, problems: read.problems };
  return {
    sheet: first.sheet,
    mapping: first.mapping,
    extraction,
    resolved: first,
    considered: choice.considered,
    parts: read.parts.map((p) => ({ resolved: p.resolved, units: p.extraction.units })),
    ...(choice.ambiguous ? { ambiguous: choice.ambiguous } : {}),
  };
}
