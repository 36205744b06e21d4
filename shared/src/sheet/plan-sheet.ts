/** The plan as a "Tiêu chí" sheet officials edit, and back (see docs/reading-sheets.md). */
export { conditionToText, planToSheet, stepsToText } from './plan-sheet-write';
export { sheetToPlan } from './plan-sheet-read';
