/**
 * What the "Quyết định của Hội đồng" sheet says: its help lines, column titles and kinds of decision (read back in
 * either language), and why a row of it cannot be applied. Vietnamese first.
 */
import type { Lang } from '../values/format';
import { phrase } from './phrase';
import { SHEET_PHRASES } from './sheets';

const COLUMNS = {
  'council-sheet.column.kind': phrase({ vi: () => 'Loại quyết định', en: () => 'Decision' }),
  'council-sheet.column.award': phrase({ vi: () => 'Giải / hình thức khen thưởng', en: () => 'Award' }),
  'council-sheet.column.rule': phrase({ vi: () => 'Căn cứ (quy định áp dụng)', en: () => 'Rule invoked' }),
  'council-sheet.column.votes-for': phrase({ vi: () => 'Số phiếu đồng ý', en: () => 'Votes for' }),
  'council-sheet.column.members': phrase({
    vi: () => 'Tổng số thành viên Hội đồng',
    en: () => 'Council members',
  }),
  'council-sheet.column.date': phrase({ vi: () => 'Ngày quyết định', en: () => 'Date' }),
  'council-sheet.column.recorded-by': phrase({ vi: () => 'Người ghi', en: () => 'Recorded by' }),
  'council-sheet.column.tied-with': phrase({
    vi: () => 'Đồng hạng với (các đơn vị Hội đồng so sánh)',
    en: () => 'Tied with (the units the council compared)',
  }),
};

/** The columns a row's problem may name: the sheet's own and those every sheet has. */
const NAMED = {
  ...COLUMNS,
  'column.no': SHEET_PHRASES['column.no'],
  'column.unit': SHEET_PHRASES['column.unit'],
  'column.block': SHEET_PHRASES['column.block'],
  'column.reason': SHEET_PHRASES['column.reason'],
};

export type CouncilColumnCode = keyof typeof NAMED;

const columnName = (code: CouncilColumnCode, lang: Lang) => NAMED[code][lang]({});

const KINDS = {
  'council-sheet.kind.tie': phrase({
    vi: () => 'Chọn đơn vị nhận giải đồng hạng',
    en: () => 'Tie: unit takes the place',
  }),
  'council-sheet.kind.missing-zero': phrase({
    vi: () => 'Tính 0 điểm giá trị thiếu',
    en: () => 'Score missing values 0',
  }),
  'council-sheet.kind.missing-hold': phrase({ vi: () => 'Chờ số liệu', en: () => 'Wait for the values' }),
  'council-sheet.kind.exclude': phrase({ vi: () => 'Không xét thi đua', en: () => 'Exclude' }),
  'council-sheet.kind.include': phrase({ vi: () => 'Xét thi đua', en: () => 'Include' }),
  'council-sheet.kind.vote': phrase({ vi: () => 'Kết quả bỏ phiếu', en: () => 'Vote result' }),
};

const HELP = {
  'council-sheet.title': phrase({
    vi: () => 'QUYẾT ĐỊNH CỦA HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG',
    en: () => 'DECISIONS OF THE EMULATION AND AWARDS COUNCIL',
  }),
  'council-sheet.help.rows': phrase({
    vi: () =>
      'Mỗi dòng là một quyết định; lần chấm sau áp dụng và ghi vào "Nhật ký chấm điểm". Chương trình không bao giờ xoá hay sửa các dòng này. Quyết định không còn khớp dữ liệu bị từ chối và nêu lý do.',
    en: () =>
      'One decision per row; the next run applies it and lists it in the scoring log. The program never clears or edits these rows. A decision that no longer fits the data is refused, with the reason.',
  }),
  'council-sheet.help.fill': phrase({
    vi: () =>
      'Cần điền: Loại quyết định, Đơn vị, Lý do, Ngày quyết định, Người ghi; thêm Giải khi chọn đơn vị đồng hạng hoặc bỏ phiếu; Căn cứ khi xét / không xét thi đua; Số phiếu đồng ý và Tổng số thành viên khi bỏ phiếu.',
    en: () =>
      'Fill in: Decision, Unit, Reason, Date, Recorded by; the Award for a tie or a vote; the Rule invoked to include or exclude; Votes for and Council members for a vote.',
  }),
  'council-sheet.kind-prompt': phrase({
    vi: () => 'Chọn loại quyết định',
    en: () => 'Choose the kind of decision',
  }),
  'council-sheet.kind-error': phrase({
    vi: () => 'Chọn một loại trong danh sách',
    en: () => 'Choose one of the listed kinds',
  }),
  'council-sheet.date-prompt': phrase({
    vi: () => 'Ngày Hội đồng quyết định (dd/mm/yyyy)',
    en: () => 'Date of the decision (dd/mm/yyyy)',
  }),
  'council-sheet.date-error': phrase({ vi: () => 'Nhập một ngày', en: () => 'Enter a date' }),
  'council-sheet.votes-error': phrase({
    vi: () => 'Số phiếu là số nguyên',
    en: () => 'A whole number of votes',
  }),
};

/** Why a row is not applied: the kind or the date unread (as written), a column missing or invalid. */
export type CouncilRowTrouble =
  | { kind: 'unknown-kind'; written: string }
  | { kind: 'unread-date'; written: string }
  | { kind: 'missing'; column: CouncilColumnCode }
  | { kind: 'invalid'; column: CouncilColumnCode; issue: { vi: string; en: string } };

function trouble(t: CouncilRowTrouble, lang: Lang): string {
  const vi = lang === 'vi';
  switch (t.kind) {
    case 'unknown-kind':
      return vi
        ? `chưa rõ loại quyết định "${t.written}" (chọn trong danh sách)`
        : `unknown decision kind "${t.written}"`;
    case 'unread-date':
      return vi ? `ngày quyết định "${t.written}" không đọc được (dd/mm/yyyy)` : 'the date cannot be read';
    case 'missing':
      return vi ? `thiếu "${columnName(t.column, lang)}"` : `"${columnName(t.column, lang)}" is missing`;
    case 'invalid':
      return vi
        ? `"${columnName(t.column, lang)}" không hợp lệ (${t.issue.vi})`
        : `"${columnName(t.column, lang)}" is invalid (${t.issue.en})`;
  }
}

const PROBLEMS = {
  'council-sheet.no-header': phrase<{ sheet: string }>({
    vi: (p) =>
      `Trang "${p.sheet}" không có dòng tiêu đề (Loại quyết định, Đơn vị, Ngày quyết định…): không đọc được quyết định nào`,
    en: (p) => `Sheet "${p.sheet}" has no header row (Decision, Unit, Date…): no decision read`,
  }),
  /** `row` is the first row left unread, as Excel numbers it. */
  'council-sheet.too-many': phrase<{ sheet: string; max: number; row: number }>({
    vi: (p) => `Trang "${p.sheet}": quá ${p.max} quyết định, các dòng từ dòng ${p.row} không được đọc`,
    en: (p) => `Sheet "${p.sheet}": more than ${p.max} decisions; rows from ${p.row} are not read`,
  }),
  'council-sheet.row': phrase<{ sheet: string; row: number; trouble: CouncilRowTrouble }>({
    vi: (p) =>
      `Trang "${p.sheet}", dòng ${p.row}: ${trouble(p.trouble, 'vi')} — quyết định này chưa được áp dụng`,
    en: (p) => `Sheet "${p.sheet}", row ${p.row}: ${trouble(p.trouble, 'en')} — this decision is not applied`,
  }),
};

export const COUNCIL_SHEET_PHRASES = { ...COLUMNS, ...KINDS, ...HELP, ...PROBLEMS };
