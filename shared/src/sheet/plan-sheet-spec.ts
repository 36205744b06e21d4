import type { Lang } from '../values';
import { normalizeText } from '../values';

/**
 * Labels of the "Tiêu chí" sheet: section titles, column headings and the words used for
 * enumerations. Written in one language, read in either (and by the plan's own ids).
 */
export interface Label {
  vi: string;
  en: string;
}

export type EnumName =
  | 'kind'
  | 'comparison'
  | 'rateMethod'
  | 'countMethod'
  | 'input'
  | 'factType'
  | 'order'
  | 'aboveBand'
  | 'tieAtBoundary'
  | 'unitKind'
  | 'rateScale'
  | 'missingValues';

export const ENUMS: Record<EnumName, Record<string, Label>> = {
  kind: {
    yesNo: { vi: 'Có/Không', en: 'Yes/No' },
    rate: { vi: 'Tỷ lệ', en: 'Rate' },
    count: { vi: 'Số lượng', en: 'Count' },
    assessed: { vi: 'Chấm trực tiếp', en: 'Assessed' },
    bonus: { vi: 'Điểm cộng', en: 'Bonus' },
    deduction: { vi: 'Điểm trừ', en: 'Deduction' },
    scale: { vi: 'Thang mức', en: 'Scale' },
  },
  comparison: {
    atLeast: { vi: '≥', en: '≥' },
    moreThan: { vi: '>', en: '>' },
    atMost: { vi: '≤', en: '≤' },
    lessThan: { vi: '<', en: '<' },
  },
  rateMethod: {
    proportional: { vi: 'Tỷ lệ thuận', en: 'Proportional' },
    allOrNothing: { vi: 'Đạt hoặc không', en: 'All or nothing' },
    steps: { vi: 'Theo mức', en: 'Steps' },
  },
  countMethod: {
    perItem: { vi: 'Theo mỗi đơn vị', en: 'Per item' },
    target: { vi: 'Đạt số lượng', en: 'Reach target' },
    steps: { vi: 'Theo mức', en: 'Steps' },
  },
  input: {
    points: { vi: 'Điểm', en: 'Points' },
    count: { vi: 'Số lần', en: 'Count' },
  },
  factType: {
    number: { vi: 'Số', en: 'Number' },
    count: { vi: 'Số lượng', en: 'Count' },
    boolean: { vi: 'Có/Không', en: 'Yes/No' },
    text: { vi: 'Văn bản', en: 'Text' },
    date: { vi: 'Ngày', en: 'Date' },
    rating: { vi: 'Xếp loại', en: 'Rating' },
    rate: { vi: 'Tỷ lệ', en: 'Rate' },
    ratingByYear: { vi: 'Xếp loại theo năm', en: 'Rating by year' },
    numberByYear: { vi: 'Số theo năm', en: 'Number by year' },
    booleanByYear: { vi: 'Có/Không theo năm', en: 'Yes/No by year' },
    rateByYear: { vi: 'Tỷ lệ theo năm', en: 'Rate by year' },
  },
  order: {
    desc: { vi: 'Giảm dần', en: 'Descending' },
    asc: { vi: 'Tăng dần', en: 'Ascending' },
  },
  aboveBand: {
    rankOrder: { vi: 'Theo thứ hạng', en: 'Rank order' },
    strict: { vi: 'Đúng khung điểm', en: 'Strict band' },
  },
  tieAtBoundary: {
    council: { vi: 'Hội đồng quyết định', en: 'Council decides' },
  },
  unitKind: {
    collective: { vi: 'Tập thể', en: 'Collective' },
    individual: { vi: 'Cá nhân', en: 'Individual' },
    household: { vi: 'Hộ gia đình', en: 'Household' },
  },
  rateScale: {
    percent: { vi: 'Phần trăm (80,5 là 80,5%)', en: 'Percent (80.5 = 80.5%)' },
    fraction: { vi: 'Phần thập phân (0,805 là 80,5%)', en: 'Fraction (0.805 = 80.5%)' },
  },
  missingValues: {
    hold: { vi: 'Giữ lại giải, chờ số liệu', en: 'Hold the awards, wait for the values' },
    zero: { vi: 'Tính 0 điểm', en: 'Score 0' },
  },
};

/** Either spelling of "tỷ lệ" / "tỉ lệ" is in use; labels use "tỷ". */
const EXTRA_WORDS: Partial<Record<EnumName, Record<string, string[]>>> = {
  kind: { rate: ['Tỉ lệ'] },
  rateMethod: { proportional: ['Tỉ lệ thuận'] },
  factType: { rate: ['Tỉ lệ'], rateByYear: ['Tỉ lệ theo năm'] },
  rateScale: { percent: ['phan tram', '%'], fraction: ['phan thap phan', 'thap phan'] },
  missingValues: { hold: ['giu lai', 'cho so lieu'], zero: ['0 diem', 'tinh 0'] },
  comparison: {
    atLeast: ['>=', 'tu', 'từ … trở lên'],
    atMost: ['<=', 'khong qua'],
    moreThan: ['tren'],
    lessThan: ['duoi'],
  },
};

/**
 * The id an enumeration cell names, by label in either language, by id, or by common synonyms.
 * An unknown ASCII word passes through as an id, so values the plan schema gains later still
 * round-trip (the schema, not this table, decides what is valid).
 */
export function enumFromLabel(name: EnumName, text: string): string | undefined {
  const id = enumIndex(name).get(normalizeText(text));
  if (id) return id;
  return /^[A-Za-z][A-Za-z0-9]*$/.test(text.trim()) ? text.trim() : undefined;
}

const enumIndexes = new Map<EnumName, Map<string, string>>();
function enumIndex(name: EnumName): Map<string, string> {
  let index = enumIndexes.get(name);
  if (index) return index;
  index = new Map();
  for (const [id, label] of Object.entries(ENUMS[name]))
    for (const word of [id, label.vi, label.en, ...(EXTRA_WORDS[name]?.[id] ?? [])]) {
      const key = normalizeText(word);
      if (!index.has(key)) index.set(key, id);
    }
  enumIndexes.set(name, index);
  return index;
}

export const enumLabel = (name: EnumName, id: string, lang: Lang): string => ENUMS[name][id]?.[lang] ?? id;
export const enumChoices = (name: EnumName, lang: Lang): string =>
  Object.values(ENUMS[name])
    .map((l) => `"${l[lang]}"`)
    .join(', ');

export type ColumnType =
  'text' | 'number' | 'bool' | 'date' | 'enum' | 'list' | 'numberList' | 'steps' | 'condition' | 'json';

export interface ColumnSpec extends Label {
  key: string;
  type: ColumnType;
  enumName?: EnumName;
}

export type SectionKey =
  'criteria' | 'facts' | 'exclusions' | 'standards' | 'blocks' | 'tiers' | 'tieBreakers' | 'info' | 'notes';

export interface SectionSpec extends Label {
  key: SectionKey;
  columns: ColumnSpec[];
}

const col = (
  key: string,
  vi: string,
  en: string,
  type: ColumnType = 'text',
  enumName?: EnumName,
): ColumnSpec => ({
  key,
  vi,
  en,
  type,
  ...(enumName ? { enumName } : {}),
});

/** Fields a table has no column for travel as JSON in this last column, so any plan round-trips. */
export const EXTRA = col('extra', 'Khác (JSON)', 'Other (JSON)', 'json');

const CONDITION_COLUMNS = (reasonVi: string) => [
  col('id', 'Mã', 'Id'),
  col('code', 'Mã cờ báo', 'Flag code'),
  col('condition', 'Điều kiện', 'Condition', 'condition'),
  col('reason', reasonVi, 'Reason (Vietnamese)'),
  col('reasonEn', 'Lý do (tiếng Anh)', 'Reason (English)'),
];

/** Sections in the order they are written: criteria first, the tables officials edit least last. */
export const SECTIONS: SectionSpec[] = [
  {
    key: 'criteria',
    vi: 'TIÊU CHÍ CHẤM ĐIỂM',
    en: 'SCORING CRITERIA',
    columns: [
      col('number', 'Số', 'No.'),
      col('id', 'Mã', 'Id'),
      col('title', 'Nội dung tiêu chí', 'Criterion (Vietnamese)'),
      col('group', 'Nhóm', 'Group'),
      col('kind', 'Loại', 'Kind', 'enum', 'kind'),
      col('maxPoints', 'Điểm tối đa', 'Max points', 'number'),
      col('target', 'Mục tiêu', 'Target', 'number'),
      col('comparison', 'So sánh', 'Comparison', 'enum', 'comparison'),
      col('method', 'Cách tính', 'Method'),
      col('perItem', 'Điểm mỗi đơn vị', 'Points per item', 'number'),
      col('steps', 'Các mức (từ: điểm)', 'Steps (min: points)', 'steps'),
      col('input', 'Nhập liệu', 'Input', 'enum', 'input'),
      col('required', 'Bắt buộc', 'Required', 'bool'),
      col('titleEn', 'Nội dung (tiếng Anh)', 'Criterion (English)'),
      EXTRA,
    ],
  },
  {
    key: 'facts',
    vi: 'DỮ KIỆN',
    en: 'FACTS',
    columns: [
      col('id', 'Mã', 'Id'),
      col('label', 'Nội dung', 'Label (Vietnamese)'),
      col('type', 'Kiểu', 'Type', 'enum', 'factType'),
      col('scale', 'Thang xếp loại (thấp → cao)', 'Rating scale (low → high)', 'list'),
      col('years', 'Các năm', 'Years', 'numberList'),
      col('appliesTo', 'Áp dụng cho khối', 'Applies to blocks', 'list'),
      col('required', 'Bắt buộc', 'Required', 'bool'),
      col('labelEn', 'Nội dung (tiếng Anh)', 'Label (English)'),
      EXTRA,
    ],
  },
  {
    key: 'exclusions',
    vi: 'KHÔNG XÉT THI ĐUA',
    en: 'EXCLUSIONS',
    columns: [...CONDITION_COLUMNS('Lý do'), EXTRA],
  },
  {
    key: 'standards',
    vi: 'TIÊU CHUẨN',
    en: 'STANDARDS',
    columns: [
      ...CONDITION_COLUMNS('Lý do khi không đạt'),
      col('appliesTo', 'Áp dụng cho khối', 'Applies to blocks', 'list'),
      col('eligibility', 'Điều kiện chung để xét', 'General eligibility', 'bool'),
      EXTRA,
    ],
  },
  {
    key: 'blocks',
    vi: 'KHỐI THI ĐUA',
    en: 'BLOCKS',
    columns: [
      col('id', 'Mã', 'Id'),
      col('name', 'Tên khối', 'Name (Vietnamese)'),
      col('prizeFund', 'Tổng tiền thưởng (đồng)', 'Prize fund (VND)', 'number'),
      col('kind', 'Đối tượng', 'Unit kind', 'enum', 'unitKind'),
      col('nameEn', 'Tên (tiếng Anh)', 'Name (English)'),
      EXTRA,
    ],
  },
  {
    key: 'tiers',
    vi: 'GIẢI THƯỞNG',
    en: 'AWARD TIERS',
    columns: [
      col('id', 'Mã', 'Id'),
      col('name', 'Tên giải', 'Name (Vietnamese)'),
      col('count', 'Số giải', 'Count', 'number'),
      col('minTotal', 'Điểm từ', 'Min total', 'number'),
      col('maxTotal', 'Điểm dưới', 'Below total', 'number'),
      col('prize', 'Tiền thưởng (đồng)', 'Prize (VND)', 'number'),
      col('bonusPoints', 'Điểm cộng', 'Bonus points', 'number'),
      col('certificates', 'Số cá nhân được khen', 'Individual commendations', 'number'),
      col('awardForm', 'Hình thức khen thưởng', 'Award form'),
      col('dossierSets', 'Số bộ hồ sơ', 'Dossier sets', 'number'),
      col('nameEn', 'Tên (tiếng Anh)', 'Name (English)'),
      EXTRA,
    ],
  },
  {
    key: 'tieBreakers',
    vi: 'TIÊU CHÍ PHỤ KHI ĐỒNG ĐIỂM',
    en: 'TIE-BREAKERS',
    columns: [
      col('criterion', 'Tiêu chí', 'Criterion'),
      col('fact', 'Dữ kiện', 'Fact'),
      col('order', 'Thứ tự', 'Order', 'enum', 'order'),
      EXTRA,
    ],
  },
  {
    key: 'info',
    vi: 'THÔNG TIN KẾ HOẠCH',
    en: 'PLAN',
    columns: [
      col('id', 'Mã kế hoạch', 'Plan id'),
      col('version', 'Phiên bản', 'Version'),
      col('title', 'Tên kế hoạch', 'Title (Vietnamese)'),
      col('titleEn', 'Tên (tiếng Anh)', 'Title (English)'),
      col('source.number', 'Số hiệu văn bản', 'Document number'),
      col('source.issuer', 'Cơ quan ban hành', 'Issuer'),
      col('source.date', 'Ngày ban hành', 'Issue date', 'date'),
      col('source.title', 'Trích yếu văn bản', 'Document title'),
      col('period.from', 'Thi đua từ ngày', 'Period from', 'date'),
      col('period.to', 'Đến ngày', 'Period to', 'date'),
      col('pointsDecimals', 'Số chữ số thập phân của điểm', 'Points decimals', 'number'),
      col('rateScale', 'Số ở ô tỷ lệ (không có dấu %)', 'Plain numbers in rate cells', 'enum', 'rateScale'),
      col(
        'awards.missingValues',
        'Giá trị thiếu, không hợp lệ hoặc chưa rõ',
        'Missing or unreadable values',
        'enum',
        'missingValues',
      ),
      col('ranking.order', 'Xếp hạng theo tổng điểm', 'Ranking order', 'enum', 'order'),
      col('awards.aboveBand', 'Đơn vị vượt khung điểm giải', 'Above a tier band', 'enum', 'aboveBand'),
      col(
        'awards.tieAtBoundary',
        'Đồng điểm ở ranh giới giải',
        'Ties at a tier boundary',
        'enum',
        'tieAtBoundary',
      ),
      col(
        'awards.others.certificates',
        'Số cá nhân được khen ở đơn vị còn lại',
        'Commendations for other units',
        'number',
      ),
      col(
        'awards.others.includeExcluded',
        'Kể cả đơn vị không xét thi đua',
        'Including excluded units',
        'bool',
      ),
      col('$schema', 'Lược đồ ($schema)', 'Schema ($schema)'),
    ],
  },
  {
    key: 'notes',
    vi: 'CÁCH HIỂU VĂN BẢN',
    en: 'READING NOTES',
    columns: [
      col('id', 'Mã', 'Id'),
      col('topic', 'Chủ đề', 'Topic'),
      col('reading', 'Cách hiểu đã chọn', 'Reading (Vietnamese)'),
      col('parameter', 'Tham số liên quan', 'Parameter'),
      col('readingEn', 'Cách hiểu (tiếng Anh)', 'Reading (English)'),
      EXTRA,
    ],
  },
];

export const PLAN_SHEET_NAME = 'Tiêu chí';

let sectionIndex: Map<string, SectionSpec> | undefined;
const columnIndexes = new Map<SectionKey, Map<string, ColumnSpec>>();

export function sectionFromTitle(text: string): SectionSpec | undefined {
  if (!text) return undefined;
  if (!sectionIndex) {
    sectionIndex = new Map();
    for (const s of SECTIONS) for (const l of [s.vi, s.en]) sectionIndex.set(normalizeText(l), s);
  }
  return sectionIndex.get(normalizeText(text));
}

export function columnFromHeading(section: SectionSpec, text: string): ColumnSpec | undefined {
  if (!text) return undefined;
  let index = columnIndexes.get(section.key);
  if (!index) {
    index = new Map();
    for (const c of section.columns)
      for (const l of [c.vi, c.en, c.key]) if (!index.has(normalizeText(l))) index.set(normalizeText(l), c);
    columnIndexes.set(section.key, index);
  }
  return index.get(normalizeText(text));
}
