/** The writing half: write plans for scoring runs, the results/proposals/explanations/log sheets, and templates. */
export * from './write-extras';
export {
  buildWritePlan,
  parseOutputSetting,
  parseOwnedSheets,
  SETTING_KEYS,
  type BuildWritePlanInput,
  type SheetTarget,
  type UnitCells,
  type WriteMapping,
} from './write-plan';
export { outputColumns, reasonsText, notesText, type OutputColumn } from './output-columns';
export { buildResultsSheet, fundLine, planBasis, runStamp, type SheetPart } from './results-sheet';
export { buildProposalsSheet } from './proposals-sheet';
export { buildRunLog, type RunLogPart } from './run-log';
export { buildExplanationsSheet, explanationRowCount, MAX_EXPLANATION_ROWS } from './explanations-sheet';
export { PrintedSheet, PRINT_FONT, wrappedLines, type PrintOptions } from './print-layout';
export { printSettings } from './print-settings';
export { buildTemplate, sheetToBlocks, type Template, type TemplateOptions } from './template';
export { label as writeLabel, formatIsoDate, formatTimestamp, vietnamTime } from './write-labels';
export { parseOutputRecords, recordOutput, locateOutput, type OutputRecord, type Located } from './ownership';
export { cellKey, gridFingerprint, lineHash } from './fingerprint';
export {
  assertExpectations,
  checkExpectation,
  SheetChangedError,
  type ExpectationMismatch,
} from './write-checks';
