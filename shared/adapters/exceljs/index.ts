/** ExcelJS adapter: SheetModel in, WritePlan out. No file or network I/O, no Node APIs (runs in the browser too). */
export { readWorkbook, readSheet, plainValue, dateToSerial } from './read';
export { applyWritePlan, DEFAULT_FORMATS } from './apply';
export { workbookFromModel } from './from-model';
export { readSettings, writeSettings, SETTINGS_SHEET } from './settings';
export { openWorkbookBytes } from './open';
export { protectSheets } from './protect';
export { droppedFeatures, droppedParts, type DroppedFeature, type DroppedPart } from './dropped';
export { preparedTarget, type PreparedTarget } from './prepared';
export { keepOfficialParts, keepNotesOnEmptyCells, type KeptParts } from './keep';
