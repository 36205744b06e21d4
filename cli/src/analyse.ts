import type { Lang } from '../../shared/src/values';
import type { Plan } from '../../shared/src/plan/schema';
import type { ColumnMapping, Extraction } from '../../shared/src/sheet';
import type { SheetModel, WorkbookModel } from '../../shared/src/sheet/model';
import { chooseSheet, inputSheets, readUnits, type ResolvedSheet } from '../../shared/src/workflow';
import { UsageError } from './io';
import type { Messages } from './messages';

export interface SheetAnalysis {
  sheet: SheetModel;
  mapping: ColumnMapping;
  extraction: Extraction;
  resolved: ResolvedSheet;
  /** Every sheet with a table that was looked at (for a refusal that names what was read). */
  considered: ResolvedSheet[];
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
  const { chosen, considered } = chooseSheet(candidates, plan, model.settings);
  if (!chosen) return undefined;
  const extraction = readUnits(chosen, plan, { block: opts.block, lang: opts.lang, validate: true });
  return { sheet: chosen.sheet, mapping: chosen.mapping, extraction, resolved: chosen, considered };
}
