/**
 * The appraisal a scored sheet carries when it is a merged summary of self-assessment forms: kept apart from
 * forms-workflow.ts (which needs ExcelJS) so that scoring in Excel does not load ExcelJS.
 */
import { APPRAISAL_SETTING_KEY, appraisalSource, type AppraisalSource } from '@thidua/core/forms';
import type { Plan } from '@thidua/core';
import type { SheetModel } from '@thidua/core/sheet';
import type { WorkbookHost } from './adapters/host';

/** The appraisal a scored sheet carries (a merged summary), read from the host the pane scores. */
export async function paneAppraisal(
  host: WorkbookHost,
  plan: Plan,
  sheet: SheetModel,
  settings: Record<string, string>,
): Promise<AppraisalSource | undefined> {
  const text = settings[APPRAISAL_SETTING_KEY];
  if (!text) return undefined;
  let parts: { selfSheet?: string; reasonsSheet?: string };
  try {
    parts = JSON.parse(text) as typeof parts;
  } catch {
    return undefined;
  }
  const names = new Set(await host.listSheets());
  const others = await Promise.all(
    [parts.selfSheet, parts.reasonsSheet]
      .filter((n): n is string => typeof n === 'string' && names.has(n))
      .map((n) => host.readSheet(n)),
  );
  return appraisalSource({ sheets: [sheet, ...others], settings }, plan, sheet.name);
}
