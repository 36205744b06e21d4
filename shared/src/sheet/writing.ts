/** The writing half: write plans for scoring runs, the results/proposals/log sheets, and templates. */
export * from './write-extras';
export {
  buildWritePlan,
  parseOutputSetting,
  SETTING_KEYS,
  type BuildWritePlanInput,
  type UnitCells,
  type WriteMapping,
} from './write-plan';
export { outputColumns, reasonsText, notesText, type OutputColumn } from './output-columns';
export { buildResultsSheet, fundLine, planBasis, runStamp, type SheetPart } from './results-sheet';
export { buildProposalsSheet } from './proposals-sheet';
export { buildRunLog, type RunLogPart } from './run-log';
export { buildTemplate, sheetToBlocks, type Template, type TemplateOptions } from './template';
export { label as writeLabel, formatIsoDate, formatTimestamp } from './write-labels';
