/**
 * The appraisal a scored sheet carries when it is a merged summary of self-assessment forms: kept apart from
 * forms-workflow.ts (which needs ExcelJS) so that scoring in Excel does not load ExcelJS.
 */
import {
  APPRAISAL_SETTING_KEY,
  appraisalWarningText,
  readAppraisal,
  type AppraisalSource,
} from '@thidua/core/forms';
import type { Plan, Problem } from '@thidua/core';
import type { SheetModel } from '@thidua/core/sheet';
import type { WorkbookHost } from './adapters/host';

/**
 * The appraisal a scored sheet carries (a merged summary), read from the host the pane scores; a sheet of the
 * summary that is gone or unreadable is a problem naming it (the units are then scored once, on the appraised values).
 */
export async function paneAppraisal(
  host: WorkbookHost,
  plan: Plan,
  sheet: SheetModel,
  settings: Record<string, string>,
): Promise<{ source?: AppraisalSource; problems: Problem[] }> {
  const text = settings[APPRAISAL_SETTING_KEY];
  if (!text) return { problems: [] };
  let parts: { selfSheet?: string; reasonsSheet?: string };
  try {
    parts = JSON.parse(text) as typeof parts;
  } catch {
    return { problems: [] };
  }
  const listed = await host.listSheets();
  const names = new Set(listed);
  const others = await Promise.all(
    [parts.selfSheet, parts.reasonsSheet]
      .filter((n): n is string => typeof n === 'string' && names.has(n))
      .map((n) => host.readSheet(n)),
  );
  const read = readAppraisal({ sheets: [sheet, ...others], settings }, plan, sheet.name);
  // only the sheets the summary names were read: the warning lists every other sheet of the workbook
  const problems = read.warnings.map((w): Problem => {
    const said = { ...w, params: { ...w.params, sheets: listed.filter((n) => n !== sheet.name) } };
    return {
      path: w.params.expected,
      code: w.code,
      message: appraisalWarningText(said, 'vi'),
      messageEn: appraisalWarningText(said, 'en'),
    };
  });
  return { source: read.source, problems };
}
