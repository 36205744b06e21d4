/**
 * Registration, self-assessment forms and appraisal (đăng ký, phiếu tự chấm, thẩm định): forms generated from a
 * plan, read back and consolidated into the summary table, and the two scores kept side by side. Pure: the ExcelJS
 * adapter applies the write plans and the protection (shared/adapters/exceljs/protect.ts).
 */
export {
  buildForms,
  repeatedUnits,
  rosterIds,
  type FormUnit,
  type FormWorkbook,
  type FormsOptions,
  type SheetProtection,
} from './build';
export {
  FORM_COLUMNS,
  FORM_SETTING_PREFIX,
  formIdentities,
  formSettingKey,
  identityLine,
  type FormIdentity,
} from './identity';
export { formItems, itemKey, type FormItem } from './items';
export { mergeForms, sameValue, type FormFile, type MergeResult, type MergedUnit } from './merge';
export { type FormProblem, type FormProblemCode } from './messages';
export { readForm, type FormReading, type FormRow, type StructureChange } from './read';
export { APPRAISAL_SETTING_KEY, buildSummary, type AppraisalSetting, type Summary } from './summary';
export {
  appraisalColumns,
  appraisalSource,
  appraisalWarningText,
  itemText,
  readAppraisal,
  withAppraisal,
  type AppraisalReading,
  type AppraisalSource,
  type AppraisalWarning,
} from './appraisal';
export {
  isAppraised,
  joinAppraisal,
  type Appraisal,
  type AppraisalItem,
  type AppraisedResponse,
  type ListedChange,
  type UnitAppraisal,
} from '../engine/appraisal';
