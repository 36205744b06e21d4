/**
 * Why a column was (or was not) matched to a criterion, target or fact: the reasons of sheet/mapping-reasons.ts, for
 * the pane, the CLI's mapping table and the mapping saved in the workbook. Vietnamese first. A saved mapping may come
 * from another version, so every reason takes the same loose parameters and says what it is given.
 */
import type { ProfileKind } from '../sheet/evidence';
import type { ReasonCode } from '../sheet/mapping-reasons';
import type { Lang } from '../values/format';
import { phrase, type Phrase } from './phrase';

export type ReasonParams = Record<string, string | number>;

const decimal = (n: number, lang: Lang) => {
  const s = String(Math.round(n * 100) / 100);
  return lang === 'vi' ? s.replace('.', ',') : s;
};

const KIND: Record<ProfileKind, { vi: string; en: string }> = {
  percent: { vi: 'tỷ lệ %', en: 'percentages' },
  count: { vi: 'số lượng', en: 'counts' },
  number: { vi: 'số', en: 'numbers' },
  flag: { vi: 'Có/Không (Đạt/Chưa đạt)', en: 'yes/no (met / not met)' },
  date: { vi: 'ngày tháng', en: 'dates' },
  text: { vi: 'chữ', en: 'words' },
  mixed: { vi: 'nhiều loại', en: 'of several kinds' },
  empty: { vi: 'trống', en: 'empty' },
};
const kind = (x: ReasonParams) => KIND[x.kind as ProfileKind] ?? KIND.mixed;

const ROLE: Record<string, { vi: string; en: string }> = {
  total: { vi: 'tổng số', en: 'total' },
  achieved: { vi: 'số đã đạt', en: 'achieved count' },
  points: { vi: 'điểm', en: 'points' },
  rate: { vi: 'tỷ lệ', en: 'rate' },
  result: { vi: 'kết quả', en: 'result' },
  self: { vi: 'đơn vị tự chấm', en: 'self-assessed' },
  appraised: { vi: 'thẩm định', en: 'appraised' },
};
const role = (v: string | number | undefined) => ROLE[String(v)] ?? { vi: String(v), en: String(v) };

/** The English of a parameter when the reason carries one (`targetEn` beside `target`). */
const en = (x: ReasonParams, key: string): string => {
  const given = x[`${key}En`];
  return String(given !== undefined ? given : (x[key] ?? ''));
};

const reason = (p: Phrase<ReasonParams>) => phrase<ReasonParams>(p);

export const MAPPING_PHRASES = {
  'mapping.id': reason({
    vi: (x) => `mã "${x.id}" khớp ${x.target}`,
    en: (x) => `id "${x.id}" matches ${en(x, 'target')}`,
  }),
  'mapping.number': reason({
    vi: (x) => `khớp số thứ tự ${x.number} ("${x.written}")`,
    en: (x) => `number ${x.number} matches ("${x.written}")`,
  }),
  'mapping.code': reason({ vi: (x) => `khớp mã ${x.written}`, en: (x) => `code ${x.written} matches` }),
  'mapping.abbreviation': reason({
    vi: (x) => `khớp từ viết tắt ${x.abbr}`,
    en: (x) => `abbreviation ${x.abbr} understood`,
  }),
  'mapping.text': reason({
    vi: (x) => `nội dung giống ${x.target} (độ giống ${decimal(Number(x.score), 'vi')})`,
    en: (x) => `words like ${en(x, 'target')} (similarity ${decimal(Number(x.score), 'en')})`,
  }),
  'mapping.group': reason({
    vi: (x) => `nhờ tên nhóm "${x.group}"`,
    en: (x) => `with its group "${x.group}"`,
  }),
  'mapping.title-target': reason({
    vi: (x) => `tiêu đề ghi ${decimal(Number(x.value), 'vi')}% đúng mục tiêu`,
    en: (x) => `the ${decimal(Number(x.value), 'en')}% in the title is its target`,
  }),
  'mapping.title-target-differs': reason({
    vi: (x) =>
      `tiêu đề ghi ${decimal(Number(x.value), 'vi')}% nhưng mục tiêu là ${decimal(Number(x.goal), 'vi')}%`,
    en: (x) =>
      `the title says ${decimal(Number(x.value), 'en')}% but the target is ${decimal(Number(x.goal), 'en')}%`,
  }),
  'mapping.values': reason({ vi: (x) => `giá trị là ${kind(x).vi}`, en: (x) => `values are ${kind(x).en}` }),
  'mapping.values-unreadable': reason({
    vi: (x) => `chỉ ${x.share}% giá trị đọc được cho mục này (giá trị là ${kind(x).vi})`,
    en: (x) => `only ${x.share}% of the values read as this (values are ${kind(x).en})`,
  }),
  'mapping.year': reason({ vi: (x) => `năm ${x.year}`, en: (x) => `year ${x.year}` }),
  'mapping.ambiguous': reason({
    vi: (x) => `gần bằng ${x.other} — cần kiểm tra`,
    en: (x) => `close to ${en(x, 'other')} — check it`,
  }),
  'mapping.text-says-other': reason({
    vi: (x) => `nhưng nội dung giống ${x.other} hơn — cần kiểm tra`,
    en: (x) => `but its words are more like ${en(x, 'other')} — check it`,
  }),
  'mapping.number-says-other': reason({
    vi: (x) => `nhưng số thứ tự ${x.number} lại là ${x.other} — cần kiểm tra`,
    en: (x) => `but number ${x.number} is ${en(x, 'other')} — check it`,
  }),
  'mapping.lost': reason({
    vi: (x) =>
      `nhưng ${x.line} khớp chắc chắn hơn (${decimal(Number(x.confidence), 'vi')}) nên cột này bỏ qua`,
    en: (x) =>
      `but ${en(x, 'line')} matches it better (${decimal(Number(x.confidence), 'en')}), so this column is left out`,
  }),
  'mapping.result-column': reason({
    vi: () => 'cột kết quả hoặc ghi chú, không phải số liệu đầu vào',
    en: () => 'a result or notes column, not input data',
  }),
  'mapping.no-header': reason({ vi: () => 'cột không có tiêu đề', en: () => 'the column has no header' }),
  'mapping.number-not-in-plan': reason({
    vi: (x) => `số "${x.written}" không có trong kế hoạch${x.range ? ` (các tiêu chí ${x.range})` : ''}`,
    en: (x) => `number "${x.written}" is not in the plan${x.range ? ` (criteria ${x.range})` : ''}`,
  }),
  'mapping.hidden-line': reason({
    vi: (x) => `${x.line} đang bị ẩn trên sheet — kiểm tra đó có phải số liệu kỳ này`,
    en: (x) => `${en(x, 'line')} is hidden on the sheet — check it holds this period's figures`,
  }),
  'mapping.no-match': reason({
    vi: () => 'không tìm thấy tiêu chí hay dữ kiện tương ứng',
    en: () => 'no criterion, target or fact like it',
  }),
  'mapping.family-part': reason({
    vi: (x) => `cột ${role(x.role).vi} của nhóm "${x.title}": đọc cột ${role(x.read).vi}`,
    en: (x) => `the ${role(x.role).en} column of "${x.title}": its ${role(x.read).en} column is read`,
  }),
  'mapping.family-no-whole-year': reason({
    vi: (x) =>
      `cột ${x.role} của nhóm "${x.title}": bảng chỉ có số liệu từng kỳ, không có cột Cả năm — không lấy một kỳ thay cho cả năm; hãy thêm cột Cả năm (tổng cả năm) rồi chọn cột đó`,
    en: (x) =>
      `the ${x.role} column of "${x.title}": the table has each period's figure but no whole-year column — a period is never read for the year; add a "Cả năm" column (the year's total) and pick it`,
  }),
  'mapping.family-points-only': reason({
    vi: (x) =>
      `cột ${x.role} của nhóm "${x.title}": bảng chỉ có điểm, không có số liệu của tiêu chí — điểm không được đọc thay cho số liệu; hãy thêm cột số liệu (tỷ lệ, số lượng, có/không) rồi chọn cột đó`,
    en: (x) =>
      `the ${x.role} column of "${x.title}": the table has points but not the criterion's figure — points are never read as the figure; add the figure's column (rate, count, yes/no) and pick it`,
  }),
  'mapping.family-unlabelled': reason({
    vi: (x) =>
      `một trong các cột dưới "${x.title}" không có tiêu đề riêng: không biết cột nào là gì — hãy chọn`,
    en: (x) =>
      `one of several columns under "${x.title}" with no title of its own: which is which cannot be told — pick it`,
  }),
  'mapping.user-chose': reason({ vi: () => 'người dùng chọn', en: () => 'chosen by the user' }),
  'mapping.user-cleared': reason({ vi: () => 'người dùng bỏ', en: () => 'cleared by the user' }),
  'mapping.user-confirmed': reason({ vi: () => 'người dùng xác nhận', en: () => 'confirmed by the user' }),
  'mapping.user-moved': reason({
    vi: (x) => `người dùng chuyển sang ${x.line}`,
    en: (x) => `the user moved it to ${en(x, 'line')}`,
  }),
} satisfies Record<`mapping.${ReasonCode}`, Phrase<ReasonParams>>;
