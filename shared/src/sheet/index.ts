export * from './model';
export { detectTable, type TableLayout } from './detect';
export {
  ColumnMappingSchema,
  HIGH_CONFIDENCE,
  lineName,
  MappedColumnSchema,
  MappingTargetSchema,
  mappingFromSetting,
  mappingSettingKey,
  mappingTargets,
  mappingToSetting,
  proposeMapping,
  reasonsText,
  reasonText,
  unmappedTargets,
  UNIT_FIELDS,
  type ColumnMapping,
  type MappedColumn,
  type MappingReason,
  type MappingTarget,
  type TargetInfo,
  type UnitField,
} from './mapping';
export {
  extractUnits,
  matchBlock,
  sheetRateScales,
  unitSlug,
  validateSheet,
  type Extraction,
  type ExtractedCells,
} from './extract';
export { sheetCellAddress } from './grid';
export * from './writing';
export { planToSheet, sheetToPlan, conditionToText, stepsToText } from './plan-sheet';
export { PLAN_SHEET_NAME } from './plan-sheet-spec';
export { refreshMapping } from './reuse';
export { mappingLevel, mappingRows, type MappingLevel, type MappingRow } from './mapping-view';
export { buildLexicon, DICTIONARY, readings, type DictionaryData, type PlanWords } from './dictionary';
export { outlierWarning } from './region';
export type { Orientation } from './grid';
export {
  addDecisionPlan,
  COUNCIL_SHEET_NAME,
  councilSheetPlan,
  findCouncilSheet,
  readCouncilSheet,
  type CouncilSheetRead,
} from './council-sheet';
// Why a workbook file could not be read (what it is, its read budget): the adapters throw these, callers word them.
export {
  isWorkbookReadError,
  workbookProblem,
  WorkbookReadError,
  type WorkbookProblem,
  type WorkbookProblemCode,
} from '../workbook/problems';
export { workbookProblemText } from '../workbook/messages';
export { hiddenUnitLines } from './hidden-units';
