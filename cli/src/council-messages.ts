/** What the CLI says about the council's decisions, diffs and final results (Vietnamese first). */
import type { Lang } from '@thidua/core';

const vi = {
  councilHead: (applied: number, refused: number) =>
    `Quyết định của Hội đồng: áp dụng ${applied}, từ chối ${refused}.`,
  councilRefused: (text: string) => `  Từ chối: ${text}`,
  councilApplied: (text: string) => `  Áp dụng: ${text}`,
  votesNeeded: (n: number) =>
    `${n} giải chờ Hội đồng bỏ phiếu (ghi kết quả vào trang "Quyết định của Hội đồng").`,
  sheetProblems: (n: number) => `${n} dòng trên trang "Quyết định của Hội đồng" chưa đọc được:`,
  badDecisions: (p: string) =>
    `Tệp quyết định "${p}" không hợp lệ (cần một mảng quyết định hoặc { "councilDecisions": [...] }):`,
  councilSheetAdded: (name: string) => `Đã thêm trang "${name}" để ghi quyết định của Hội đồng.`,
  councilHint:
    'Ghi quyết định của Hội đồng vào trang "Quyết định của Hội đồng" (thidua score … --council-sheet) rồi chấm lại.',
  councilHintSheet:
    'Ghi quyết định của Hội đồng vào trang "Quyết định của Hội đồng" của sổ kết quả rồi chấm lại.',
  finalMarked: (line: string) => `Đã chốt: ${line}`,
  finalDiffers: (line: string) => `Lưu ý: ${line}. Khác biệt so với kết quả chính thức:`,
  finalOnlyWorkbook:
    '--final chỉ dùng khi ghi ra sổ Excel (-o <tệp.xlsx>): kết quả chính thức được lưu trong sổ.',
  diffNeedInputs:
    'thidua diff cần hai lần chấm (hai sổ đã chấm hoặc hai tệp kết quả .json), hoặc một sổ có kết quả chính thức.',
  diffNoSnapshot: (p: string) =>
    `"${p}" chưa có kết quả chấm do phiên bản này lưu (chấm lại bằng "thidua score" rồi so sánh), hoặc không phải tệp kết quả .json.`,
  diffNoFinal: (p: string) => `Sổ "${p}" chưa có kết quả chính thức để so sánh (thidua final).`,
  diffHeader: (a: string, b: string) => `So sánh ${a} → ${b}:`,
  finalLabel: 'kết quả chính thức',
  lastLabel: 'lần chấm gần nhất',
  unknownLine: 'Xem thêm: docs/council-workflow.md',
};

type CouncilMessages = typeof vi;

const en: CouncilMessages = {
  councilHead: (applied, refused) => `Council decisions: ${applied} applied, ${refused} refused.`,
  councilRefused: (text) => `  Refused: ${text}`,
  councilApplied: (text) => `  Applied: ${text}`,
  votesNeeded: (n) =>
    `${n} award(s) wait for the council's vote (record it on the "Quyết định của Hội đồng" sheet).`,
  sheetProblems: (n) => `${n} row(s) of the "Quyết định của Hội đồng" sheet cannot be read:`,
  badDecisions: (p) =>
    `The decisions file "${p}" is invalid (an array of decisions, or { "councilDecisions": [...] }):`,
  councilSheetAdded: (name) => `Added the sheet "${name}" for the council's decisions.`,
  councilHint:
    'Record the council\'s decisions on the "Quyết định của Hội đồng" sheet (thidua score … --council-sheet) and score again.',
  councilHintSheet:
    'Record the council\'s decisions on the "Quyết định của Hội đồng" sheet of the output workbook and score again.',
  finalMarked: (line) => `Marked final: ${line}`,
  finalDiffers: (line) => `Note: ${line}. What differs from the final results:`,
  finalOnlyWorkbook:
    '--final needs a workbook output (-o <file.xlsx>): the final record is kept in the workbook.',
  diffNeedInputs:
    'thidua diff needs two runs (two scored workbooks or two .json answers), or one workbook with final results.',
  diffNoSnapshot: (p) =>
    `"${p}" holds no run saved by this version (score it again with "thidua score" first), or is not a .json answer.`,
  diffNoFinal: (p) => `The workbook "${p}" has no final results to compare with (thidua final).`,
  diffHeader: (a, b) => `Comparing ${a} → ${b}:`,
  finalLabel: 'final results',
  lastLabel: 'last run',
  unknownLine: 'See docs/council-workflow.md',
};

export function councilMessages(lang: Lang): CouncilMessages {
  return lang === 'en' ? en : vi;
}
