/**
 * Why a column was (or was not) matched, as data — `{ code, params }` — rendered in Vietnamese or English from this
 * one place, for the pane, the CLI's mapping table and the mapping saved in the workbook.
 */
import type { ProfileKind } from './evidence';

export type ReasonCode =
  | 'id'
  | 'number'
  | 'code'
  | 'abbreviation'
  | 'text'
  | 'group'
  | 'title-target'
  | 'title-target-differs'
  | 'values'
  | 'values-unreadable'
  | 'year'
  | 'ambiguous'
  | 'text-says-other'
  | 'number-says-other'
  | 'lost'
  | 'result-column'
  | 'no-header'
  | 'number-not-in-plan'
  | 'no-match'
  | 'family-part'
  | 'family-unlabelled'
  | 'user-chose'
  | 'user-cleared'
  | 'user-confirmed'
  | 'user-moved';

export interface MappingReason {
  code: ReasonCode;
  params?: Record<string, string | number>;
}

type Lang = 'vi' | 'en';
type Params = Record<string, string | number>;

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

const ROLE: Record<string, { vi: string; en: string }> = {
  total: { vi: 'tổng số', en: 'total' },
  achieved: { vi: 'số đã đạt', en: 'achieved count' },
  points: { vi: 'điểm', en: 'points' },
  rate: { vi: 'tỷ lệ', en: 'rate' },
  result: { vi: 'kết quả', en: 'result' },
};

const p = (params: Params, key: string, lang: Lang): string => {
  const en = params[`${key}En`];
  return String(lang === 'en' && en !== undefined ? en : (params[key] ?? ''));
};

const TEXTS: Record<ReasonCode, (params: Params, lang: Lang) => string> = {
  id: (x, l) => (l === 'en' ? `id "${x.id}" matches ${p(x, 'target', l)}` : `mã "${x.id}" khớp ${x.target}`),
  number: (x, l) =>
    l === 'en'
      ? `number ${x.number} matches ("${x.written}")`
      : `khớp số thứ tự ${x.number} ("${x.written}")`,
  code: (x, l) => (l === 'en' ? `code ${x.written} matches` : `khớp mã ${x.written}`),
  abbreviation: (x, l) => (l === 'en' ? `abbreviation ${x.abbr} understood` : `khớp từ viết tắt ${x.abbr}`),
  text: (x, l) =>
    l === 'en'
      ? `words like ${p(x, 'target', l)} (similarity ${decimal(Number(x.score), l)})`
      : `nội dung giống ${x.target} (độ giống ${decimal(Number(x.score), l)})`,
  group: (x, l) => (l === 'en' ? `with its group "${x.group}"` : `nhờ tên nhóm "${x.group}"`),
  'title-target': (x, l) =>
    l === 'en'
      ? `the ${decimal(Number(x.value), l)}% in the title is its target`
      : `tiêu đề ghi ${decimal(Number(x.value), l)}% đúng mục tiêu`,
  'title-target-differs': (x, l) =>
    l === 'en'
      ? `the title says ${decimal(Number(x.value), l)}% but the target is ${decimal(Number(x.goal), l)}%`
      : `tiêu đề ghi ${decimal(Number(x.value), l)}% nhưng mục tiêu là ${decimal(Number(x.goal), l)}%`,
  values: (x, l) => {
    const kind = KIND[x.kind as ProfileKind] ?? KIND.mixed;
    return l === 'en' ? `values are ${kind.en}` : `giá trị là ${kind.vi}`;
  },
  'values-unreadable': (x, l) =>
    l === 'en'
      ? `only ${x.share}% of the values read as this (values are ${(KIND[x.kind as ProfileKind] ?? KIND.mixed).en})`
      : `chỉ ${x.share}% giá trị đọc được cho mục này (giá trị là ${(KIND[x.kind as ProfileKind] ?? KIND.mixed).vi})`,
  year: (x, l) => (l === 'en' ? `year ${x.year}` : `năm ${x.year}`),
  ambiguous: (x, l) =>
    l === 'en' ? `close to ${p(x, 'other', l)} — check it` : `gần bằng ${x.other} — cần kiểm tra`,
  'text-says-other': (x, l) =>
    l === 'en'
      ? `but its words are more like ${p(x, 'other', l)} — check it`
      : `nhưng nội dung giống ${x.other} hơn — cần kiểm tra`,
  'number-says-other': (x, l) =>
    l === 'en'
      ? `but number ${x.number} is ${p(x, 'other', l)} — check it`
      : `nhưng số thứ tự ${x.number} lại là ${x.other} — cần kiểm tra`,
  lost: (x, l) =>
    l === 'en'
      ? `but ${p(x, 'line', l)} matches it better (${decimal(Number(x.confidence), l)}), so this column is left out`
      : `nhưng ${x.line} khớp chắc chắn hơn (${decimal(Number(x.confidence), l)}) nên cột này bỏ qua`,
  'result-column': (_x, l) =>
    l === 'en'
      ? 'a result or notes column, not input data'
      : 'cột kết quả hoặc ghi chú, không phải số liệu đầu vào',
  'no-header': (_x, l) => (l === 'en' ? 'the column has no header' : 'cột không có tiêu đề'),
  'number-not-in-plan': (x, l) =>
    l === 'en'
      ? `number "${x.written}" is not in the plan${x.range ? ` (criteria ${x.range})` : ''}`
      : `số "${x.written}" không có trong kế hoạch${x.range ? ` (các tiêu chí ${x.range})` : ''}`,
  'no-match': (_x, l) =>
    l === 'en' ? 'no criterion, target or fact like it' : 'không tìm thấy tiêu chí hay dữ kiện tương ứng',
  'family-part': (x, l) => {
    const role = ROLE[String(x.role)] ?? { vi: String(x.role), en: String(x.role) };
    const read = ROLE[String(x.read)] ?? { vi: String(x.read), en: String(x.read) };
    return l === 'en'
      ? `the ${role.en} column of "${x.title}": its ${read.en} column is read`
      : `cột ${role.vi} của nhóm "${x.title}": đọc cột ${read.vi}`;
  },
  'family-unlabelled': (x, l) =>
    l === 'en'
      ? `one of several columns under "${x.title}" with no title of its own: which is which cannot be told — pick it`
      : `một trong các cột dưới "${x.title}" không có tiêu đề riêng: không biết cột nào là gì — hãy chọn`,
  'user-chose': (_x, l) => (l === 'en' ? 'chosen by the user' : 'người dùng chọn'),
  'user-cleared': (_x, l) => (l === 'en' ? 'cleared by the user' : 'người dùng bỏ'),
  'user-confirmed': (_x, l) => (l === 'en' ? 'confirmed by the user' : 'người dùng xác nhận'),
  'user-moved': (x, l) =>
    l === 'en' ? `the user moved it to ${p(x, 'line', l)}` : `người dùng chuyển sang ${x.line}`,
};

/** One reason in the official's language (a code this version does not know, from a newer saved mapping: as is). */
export function reasonText(reason: { code: string; params?: Params }, lang: Lang = 'vi'): string {
  const text = Object.hasOwn(TEXTS, reason.code) ? TEXTS[reason.code as ReasonCode] : undefined;
  return text ? text(reason.params ?? {}, lang) : reason.code;
}

/** A column's reasons as one sentence: "Khớp số thứ tự 8 ("TC 8"), khớp từ viết tắt DVCTT, giá trị là tỷ lệ %". */
export function reasonsText(
  reasons: readonly { code: string; params?: Params }[],
  lang: Lang = 'vi',
): string {
  const text = reasons.map((r) => reasonText(r, lang)).join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
