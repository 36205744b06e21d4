import type { Lang, Plan } from '@thidua/core';
import type { SheetModel, WorkbookModel } from '@thidua/core/sheet';
import { readWorkbookForPlan, type WorkbookRead } from '@thidua/core/workflow';
import { UsageError } from './io';
import type { Messages } from './messages';

/** What the CLI read of a workbook: the shared workflow's reading (shared/src/workflow/workbook.ts). */
export type SheetAnalysis = WorkbookRead;

/**
 * The shared sheet workflow over a workbook file: the named sheet, or the one whose columns feed the most of the
 * plan (and every other sheet holding another block); its saved mapping refitted (else a proposal); its units read
 * and checked. Undefined: no table anywhere.
 */
export function analyseWorkbook(
  model: WorkbookModel,
  plan: Plan,
  opts: { sheet?: string; block?: string; lang: Lang; path: string },
  m: Messages,
): SheetAnalysis | undefined {
  let only: SheetModel | undefined;
  if (opts.sheet) {
    only = model.sheets.find((s) => s.name === opts.sheet);
    if (!only)
      throw new UsageError(
        m.noSheet(
          opts.sheet,
          model.sheets.map((s) => s.name),
        ),
      );
  }
  return readWorkbookForPlan(model, plan, { only, block: opts.block, lang: opts.lang });
}
