/** WorkbookHost over Office.js: every call is one Excel.run batch. */
import type { WorkbookHost } from './host';
import { applyWritePlan, listSheets, readSelection, readSheet, selectCell } from './office';
import { readSettings, saveSettings } from './office-settings';

const SETTINGS_PREFIX = 'thidua.';

export function officeHost(): WorkbookHost {
  return {
    kind: 'excel',
    listSheets: () => Excel.run((ctx) => listSheets(ctx)),
    readSheet: (name) => Excel.run((ctx) => readSheet(ctx, name)),
    readSelection: () => Excel.run((ctx) => readSelection(ctx)),
    readSettings: () => Excel.run((ctx) => readSettings(ctx, SETTINGS_PREFIX)),
    saveSettings: (values) => Excel.run((ctx) => saveSettings(ctx, values)),
    // delayForCellEdit: wait while the official is typing in a cell instead of failing the batch.
    apply: (plan, inputRanges) =>
      Excel.run({ delayForCellEdit: true }, (ctx) => applyWritePlan(ctx, plan, { inputRanges })),
    select: (sheet, at) => Excel.run((ctx) => selectCell(ctx, sheet, at)),
  };
}
