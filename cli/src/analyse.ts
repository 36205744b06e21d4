import type { Lang } from '../../shared/src/values';
import type { Plan } from '../../shared/src/plan/schema';
import type { Problem } from '../../shared/src/problems';
import {
  detectTable,
  mappingFromSetting,
  mappingSettingKey,
  proposeMapping,
  refreshMapping,
  validateSheet,
  type ColumnMapping,
  type Extraction,
} from '../../shared/src/sheet';
import type { SheetModel, WorkbookModel } from '../../shared/src/sheet/model';
import { writeLabel } from '../../shared/src/sheet/writing';
import { UsageError } from './io';
import type { Messages } from './messages';

export interface SheetAnalysis {
  sheet: SheetModel;
  mapping: ColumnMapping;
  extraction: Extraction;
}

/** Sheets the CLI itself writes: never read as input. */
function generatedSheetNames(): Set<string> {
  const names = new Set(['Hướng dẫn', 'Instructions', 'Tiêu chí', 'Criteria']);
  for (const lang of ['vi', 'en'] as Lang[])
    for (const key of ['resultsSheet', 'proposalsSheet', 'logSheet'] as const)
      names.add(writeLabel(key, lang));
  return names;
}

/** The stored mapping for a sheet (from a template or an earlier run), refitted to this month's rows. */
function storedMapping(
  model: WorkbookModel,
  sheet: SheetModel,
  plan: Plan,
): { mapping: ColumnMapping; problems: Problem[] } | undefined {
  const text = model.settings?.[mappingSettingKey(sheet.name)];
  if (!text) return undefined;
  const parsed = mappingFromSetting(text);
  if (!parsed.ok || parsed.mapping.planId !== plan.id || parsed.mapping.sheet !== sheet.name)
    return undefined;
  const refreshed = refreshMapping(sheet, parsed.mapping);
  return { mapping: refreshed.mapping, problems: refreshed.problems };
}

function mappedCount(mapping: ColumnMapping): number {
  return mapping.columns.filter((c) => c.target).length;
}

/** Finds the scoring table (the named sheet, or the sheet whose columns best match the plan) and reads it. */
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
  } else {
    const generated = generatedSheetNames();
    candidates = model.sheets.filter((s) => !generated.has(s.name));
  }
  let best: { sheet: SheetModel; mapping: ColumnMapping; problems: Problem[] } | undefined;
  for (const sheet of candidates) {
    let found = storedMapping(model, sheet, plan);
    if (!found) {
      const layout = detectTable(sheet);
      if (!layout) continue;
      found = { mapping: proposeMapping(sheet, layout, plan), problems: [] };
    }
    if (mappedCount(found.mapping) === 0) continue;
    if (!best || mappedCount(found.mapping) > mappedCount(best.mapping)) best = { sheet, ...found };
  }
  if (!best) return undefined;
  const extraction = validateSheet(best.sheet, best.mapping, plan, {
    block: opts.block,
    options: { lang: opts.lang },
  });
  // A saved mapping whose headers changed since: the official reviews it before trusting the result.
  extraction.problems.unshift(...best.problems);
  return { sheet: best.sheet, mapping: best.mapping, extraction };
}
