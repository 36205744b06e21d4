/**
 * One sheet workflow for the CLI and the task pane, pure, one function per step over plain data: resolve the
 * mapping (the saved one refitted to the sheet as it is now, else a proposal) and, when several sheets could hold
 * the table, choose one; read the units; check how much of the plan the mapping reads (nothing mapped is refused,
 * part of it needs a confirmation); build the score request and score through an injected call; flag on every
 * unit what was not read; build the write plan. The pane stops between steps, the CLI runs them in a row.
 */
export {
  chooseSheet,
  chooseSheets,
  inputSheets,
  isGuidanceSheet,
  mappedValueColumns,
  mappingSettings,
  resolveMapping,
  savedMapping,
  type MappingSource,
  type ResolvedSheet,
  type SheetChoice,
} from './resolve';
export { sheetBlock, tableTop, unitsWithoutBlock, type SheetBlock } from './blocks';
export { abbreviates, linkCollectives } from './collectives';
export {
  appliesToBlock,
  mappingCoverage,
  uncertainColumns,
  type Coverage,
  type CoverageStatus,
  type NotMapped,
  type UncertainColumn,
} from './coverage';
export {
  ambiguousSheetsProblem,
  blockUnknownProblem,
  inLang,
  notMappedFlagMessage,
  notMappedItemText,
  notMappedList,
  nothingMappedProblem,
  partialMappingProblem,
  uncertainItemText,
  type Audience,
  type Bilingual,
  type SheetRead,
} from './messages';
export {
  markNotMapped,
  NOT_MAPPED_FLAG,
  readSheets,
  readUnits,
  scoreRequestBody,
  scoreSheet,
  sheetScoreOptions,
  scoringGate,
  writePlanFor,
  type Gate,
  type GateOptions,
  type ScoreCall,
  type ScoredSheet,
  type SheetPart,
  type SheetsRead,
} from './steps';
export {
  otherBlockSheets,
  readWorkbookForPlan,
  type WorkbookRead,
  type WorkbookReadOptions,
} from './workbook';
