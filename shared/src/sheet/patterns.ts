import { normalizeText } from '../values';

/**
 * Recognisers for the rows and headers found in officials' sheets. Every test works on
 * normalizeText() output (lower case, no diacritics), so "Tổng cộng" and "TONG CONG" are one.
 */

const fold = (s: string) => normalizeText(s);

/** "Tổng cộng", "Cộng", "Tổng", "Cộng khối xã" — but not "Công an xã" (folds to "cong an xa"). */
export function isTotalsLabel(text: string): boolean {
  const t = fold(text)
    .replace(/[:.]+$/, '')
    .trim();
  return (
    /^(tong cong|tong so|tong|cong|total|grand total|sum|subtotal|trung binh|binh quan|average)$/.test(t) ||
    /^(tong cong|tong so|cong khoi|cong cum|tong khoi|total for|trung binh chung)\b/.test(t) ||
    // a section's sums in the middle of the table: "Cộng I", "Cộng mục II", "Tổng A", "Cộng (I+II)"
    /^(cong|tong)( muc| phan| nhom)? \(?([ivx]{1,4}|[a-d]|\d{1,2})( ?\+ ?([ivx]{1,4}|[a-d]|\d{1,2}))*\)?$/.test(
      t,
    ) ||
    // the whole district, province, sector or block: a line of totals or averages, never a unit
    /^(toan|ca) (huyen|tinh|thi xa|thanh pho|quan|nganh|khoi|cum|so|don vi|xa|phuong)\b/.test(t)
  );
}

/**
 * The office's statistics over the units, under or between them: "Số xã đạt", "Số đơn vị chưa đạt", "Tỷ lệ xã đạt
 * (%)", "Cao nhất", "Thấp nhất", "Giá trị lớn nhất", "Bình quân chung", "Trung bình cộng", "Max", "Min". Never a unit
 * ("Sở Xây dựng" folds to "so xay dung": the kind of unit must be followed by a verdict word).
 */
export function isStatisticsLabel(text: string): boolean {
  const t = fold(text)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[:.]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return (
    /^(so|so luong|ty le|ti le)( cac)? (xa|phuong|thi tran|xa, thi tran|don vi|dv|phong|phong, ban|co quan|huyen|so, nganh|nganh|tap the|ca nhan|truong|hop tac xa|doanh nghiep)( [a-z]+){0,2} (dat|chua dat|khong dat|hoan thanh|chua hoan thanh|khong hoan thanh|vuot chi tieu)\b/.test(
      t,
    ) ||
    /^(cao nhat|thap nhat|lon nhat|nho nhat|gia tri (lon|nho|cao|thap) nhat|muc (cao|thap) nhat|max|min|maximum|minimum|highest|lowest)$/.test(
      t,
    ) ||
    /^(trung binh|binh quan) (chung|cong|toan|ca|cac)\b/.test(t)
  );
}

const SIGNATURE =
  /(^|[^a-z])(nguoi lap bieu|nguoi lap bang|nguoi lap|thu truong don vi|thu truong|kt\.? ?chu tich|tm\.? ?(ubnd|uy ban|ban|hoi dong)|pho chu tich|chu tich|giam doc|truong phong|truong ban|ke toan truong|noi nhan|ky ten|ky, ghi ro ho ten|ky va ghi ro|xac nhan cua|prepared by|approved by|signature)([^a-z]|$)/;
const DATE_LINE = /(^|[ ,])ngay\b.{0,12}\bthang\b.{0,12}\bnam\b/;

/** Signature and date lines below a table ("Người lập biểu", "KT. CHỦ TỊCH", "…, ngày … tháng … năm"). */
export function signatureKind(text: string): 'signature' | 'date' | undefined {
  const t = fold(text);
  if (DATE_LINE.test(t)) return 'date';
  if (SIGNATURE.test(t)) return 'signature';
  return undefined;
}

/** A row of maximum points or weights under the header ("Điểm tối đa", "Thang điểm"), not a unit. */
export function isScaleLabel(text: string): boolean {
  return /^(diem toi da|thang diem|diem chuan|muc diem|so diem toi da|diem|max points|maximum|weight|trong so)\s*[:.]?$/.test(
    fold(text),
  );
}

export function isNoteLabel(text: string): boolean {
  return /^(ghi chu|luu y|chu thich|chu y|note|notes|nguon)\b\s*[:.]|^\*|^\(\*{1,3}\)/.test(fold(text));
}

/**
 * "CT: Nguyễn Văn Hùng", "Chủ tịch UBND xã: Lê Minh Khang", "Đ/c Trần Văn Lợi – Trưởng phòng": the head of the unit
 * written on the line under its name. A title, a colon or dash, then a name; never a unit's own name.
 */
export function isPersonLine(text: string): boolean {
  const t = fold(text).replace(/^\(|\)$/g, '');
  return (
    /^(ct|pct|chu tich|pho chu tich|bi thu|pho bi thu|truong phong|pho truong phong|giam doc|pho giam doc|truong ban|thu truong|nguoi dung dau|lanh dao|phu trach)( (ubnd|uy ban nhan dan|hdnd))?( (xa|phuong|thi tran|huyen|don vi|phong|so))?\s*[:\-\u2013\u2014]\s*[a-z]/.test(
      t,
    ) || /^(d\/c|dong chi)\s+[a-z]+( [a-z]+){1,4}\s*([-\u2013\u2014,(]|$)/.test(t)
  );
}

/**
 * "Nhóm đạt từ 180 điểm trở lên", "Loại Xuất sắc", "II. Nhóm dưới 160 điểm": a ranking's bands of points or grades,
 * headings between its rows — neither units nor blocks.
 */
export function isBandHeading(text: string): boolean {
  const t = fold(text).replace(/^([ivx]{1,4}|[a-d]|\d{1,2})[.)]\s+/, '');
  return (
    /^(nhom|loai|xep loai|muc|dat loai)\b/.test(t) &&
    /(\d+([.,]\d+)? ?diem\b|\b(xuat sac|tot|kha|trung binh|yeu|hoan thanh|khong hoan thanh|chua dat|khong dat)\b)/.test(
      t,
    )
  );
}

/** "I. Khối xã", "A) Khối phòng ban", "Khối xã, thị trấn" — a group heading inside the table. */
export function isSectionLabel(text: string): boolean {
  const t = fold(text);
  // "Các phòng chuyên môn", "Các đơn vị sự nghiệp": a group of units, never one unit's name
  return /^([ivx]{1,4}|[a-d])[.)]\s+\S/.test(t) || /^(khoi|cum|cac)\s/.test(t);
}

export function isNameHeader(text: string): boolean {
  const t = fold(text);
  if (t.length > 40 || /tieu chi|chi tieu/.test(t)) return false;
  return /^(ten\b|don vi\b|co quan\b|dia phuong\b|unit\b|units\b|name\b|tap the\b|xa\b|xa,|phuong\b|phong\b|phong,|ho va ten\b|department\b|commune\b)/.test(
    t,
  );
}

export function isSttHeader(text: string): boolean {
  return /^(stt|tt|so tt|so thu tu|thu tu|no\.?|#|s\/n|n°)$/.test(fold(text));
}

export function isBlockHeader(text: string): boolean {
  const t = fold(text);
  // "Nhóm xuất sắc CCHC" (a fact) is not a block column: the heading is the word itself, perhaps with "thi đua"
  return /^(khoi|cum|block|group|nhom|khoi\/cum|khoi, cum|thuoc khoi)( thi dua| don vi)?( \(.*\))?$/.test(t);
}

/** Columns the tool writes back, or the official keeps for results: never inputs. */
export function isResultHeader(text: string): boolean {
  const t = fold(text);
  if (/^tong( \/|$)/.test(t) || /^(diem tc|points c)\s*\d/.test(t)) return true;
  return /^(tong diem|diem tong|tong cong|xep hang|thu hang|hang|xep loai thi dua|giai(?! trinh)|giai thuong|ghi chu|ket qua|total|rank|award|prize|notes?|remarks?|du dieu kien|eligible|ly do|reasons?|tien thuong|diem cong|bonus points|so ca nhan|individual commendations|de nghi khen|diem tc|points c|so tien bang chu)\b/.test(
    t,
  );
}

export function isTitleLine(text: string): boolean {
  return /^(cong hoa|doc lap|uy ban|ubnd|bang |bieu |ket qua|danh sach|tong hop|kem theo|phu luc|\(kem theo|so:|ve viec)/.test(
    fold(text),
  );
}

const NUM = '(\\d{1,3}(?:\\.\\d{1,2})?[a-z]?)';
const RULES: { re: RegExp; rule: NumberRule }[] = [
  {
    re: new RegExp(
      `(?:^|[^a-z])(?:tieu chi|chi tieu|criterion|criteria)\\s*(?:so\\s*|no\\.?\\s*|#\\s*)?0*${NUM}(?![\\d])`,
    ),
    rule: 'named',
  },
  { re: new RegExp(`(?:^|[^a-z])(?:tc|ct)\\s*[-_.]?\\s*0*${NUM}(?![\\d])`), rule: 'code' },
  { re: new RegExp(`^[([]\\s*0*${NUM}\\s*[)\\]]$`), rule: 'bracket' },
  { re: new RegExp(`^0*${NUM}\\.?$`), rule: 'bare' },
  { re: new RegExp(`^0*${NUM}[.)]\\s+\\S`), rule: 'leading' },
];

export type NumberRule = 'named' | 'code' | 'bracket' | 'bare' | 'leading';

/** "08" -> "8", "2.1" stays, "8a" stays: how criterion numbers are compared. */
export function canonicalNumber(n: string): string {
  const t = n.trim().toLowerCase().replace(/\.$/, '');
  return t.replace(/^0+(?=\d)/, '');
}

/** The criterion number a header cell names, and which pattern said so. */
export function headerNumber(text: string): { number: string; rule: NumberRule } | undefined {
  const t = fold(text);
  for (const { re, rule } of RULES) {
    const m = re.exec(t);
    if (m) return { number: canonicalNumber(m[1]), rule };
  }
  return undefined;
}

const UNITISH =
  /^(xa|phuong|thi tran|tt\.?|phong|ban|van phong|uy ban|ubnd|trung tam|cong an|doan|hoi|mat tran|chi cuc|kho bac|dai|huyen|quan|thanh pho|tp\.?|thi xa|benh vien|truong|chi nhanh|bhxh|bao hiem|toa an|vien kiem sat|ban chi huy|ban quan ly|thanh tra|vien|cong ty|vnpt|viettel|mobifone|buu dien|ngan hang|hop tac xa|htx)\b/;
const CRITERIONISH =
  /^(ty le|so luong|tieu chi|chi tieu|thuc hien|trien khai|quan ly|co ke hoach|muc do|diem)\b/;
/** What a criterion's title starts with that a unit's name could start with too ("Ban hành…", "Phòng chống…"). */
const CRITERION_VERB =
  /^(ban hanh|phong chong|phong ngua|hoi nghi|truong hop|to chuc thuc hien|dai hoi|quan ly|van ban|thanh tra kiem tra)\b/;
/** A list number written before a name: "1. ", "2) ", "03 - ". */
const LIST_NUMBER = /^\s*\d{1,3}\s*[.)\-–]\s*(?=\S)/;

function unitName(text: string): boolean {
  const folded = fold(text);
  if (CRITERION_VERB.test(folded)) return false;
  return UNITISH.test(folded) || /^sở\s/i.test(text.normalize('NFC').trim()); // "Sở Tư pháp", not "Số lượng"
}

/** Does a label read like a unit name (commune, department), numbered in a list or not ("1. Phòng Nội vụ")? */
export const looksLikeUnit = (text: string) => unitName(text) || unitName(text.replace(LIST_NUMBER, ''));
/**
 * A unit's name without the list number typed before it ("01-UBND xã Tân Bình", "3) Phòng Nội vụ", "4.Xã Hòa An"):
 * the number is the row's place in the list, not part of the name. Kept when what follows is no unit's name.
 */
export function withoutListNumber(text: string): string {
  if (!LIST_NUMBER.test(text)) return text;
  const rest = text.replace(LIST_NUMBER, '');
  return unitName(rest) ? rest : text;
}
/** Does a label read like a criterion (numbered, or "Tỷ lệ…", "Số lượng…")? A numbered unit name does not. */
export const looksLikeCriterion = (text: string) =>
  !(LIST_NUMBER.test(text) && unitName(text.replace(LIST_NUMBER, ''))) &&
  (headerNumber(text) !== undefined ||
    CRITERIONISH.test(fold(text)) ||
    CRITERION_VERB.test(fold(text)) ||
    fold(text).length > 60);

/**
 * A column (criteria in rows) or row of reference figures beside the criteria, not a unit: the maximum points, the
 * target, the unit of measure ("Điểm chuẩn", "Mục tiêu 2025", "ĐVT", "Chỉ tiêu giao").
 */
export function isReferenceLabel(text: string): boolean {
  return /^(diem chuan|diem toi da|thang diem|muc diem|so diem toi da|muc tieu|chi tieu giao|chi tieu nam|chi tieu \d{4}|ke hoach|ke hoach nam|don vi tinh|dvt|so luong|target|unit of measure)\b/.test(
    fold(text).replace(/[:.]+$/, ''),
  );
}

/**
 * The heading over the one value column of a unit's own form: "Kết quả thực hiện", "Kết quả tự đánh giá",
 * "Số liệu", "Thực hiện năm 2023" — what the unit reports, as opposed to points or a verdict.
 */
export function isValueHeading(text: string): boolean {
  return /^(ket qua|kq|so lieu|gia tri|thuc hien|ket qua dat duoc|result|value)\b/.test(fold(text));
}

/**
 * Points, verdicts and notes beside a form's values ("Điểm tự chấm", "Tự đánh giá", "Minh chứng", "Ghi chú"):
 * never a unit, never an input.
 */
export function isBesideValueLabel(text: string): boolean {
  return /^(diem|so diem|tu cham|tu danh gia|danh gia|xep loai|minh chung|ghi chu|chu thich|nguon|ly do|points?|notes?|remarks?)\b/.test(
    fold(text),
  );
}

/** The national motto and its line ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"). */
export function isNationalMotto(text: string): boolean {
  return /^(cong hoa xa hoi chu nghia viet nam|doc lap\s*-?\s*tu do\s*-?\s*hanh phuc)/.test(fold(text));
}

/** A year written as a header label: 2021, "2021", "Năm 2021", "năm 2021:". */
export function headerYear(text: string): number | undefined {
  const m = /^(?:nam\s+)?((?:19|20)\d{2})\s*[:.]?$/.exec(fold(text));
  return m ? Number(m[1]) : undefined;
}

/**
 * A number token of a numbering line or of the criteria's own STT column: "8", "(8)", "[8]", "8.", "5a", "TC 8",
 * "a.1", "a.6 (tỉnh)", "III", or a single column letter "A".
 */
export function isNumberToken(text: string): boolean {
  const t = fold(text);
  return (
    /^[([]?\s*\d{1,3}[a-z]?\s*[)\]]?\.?$/.test(t) ||
    /^(tc|ct|tieu chi|chi tieu|nd)\s*[-_.]?\s*\d{1,3}(\.\d{1,2})?[a-z]?$/.test(t) ||
    /^[([]?[a-z]\.\d{1,2}[a-z]?[)\]]?(\s*\([^)]{1,14}\))?\.?$/.test(t) ||
    /^[ivx]{1,5}\.?$/.test(t) ||
    // a Roman section's item: "I.1", "II.a", "IV.2", "III.b."
    /^[ivx]{1,5}\.(\d{1,2}|[a-z])\.?$/.test(t) ||
    /^[a-z]$/.test(t)
  );
}

const NOT_APPLICABLE = new Set([
  '/',
  '//',
  'kad',
  'k/ad',
  'k.a.d',
  'k.ad',
  'kap',
  'khong ap dung',
  'k ap dung',
  'n/a',
]);

/** "KAD", "Không áp dụng", "/": the office's mark for an item that does not apply to the unit (its block). */
export function isNotApplicableMark(raw: unknown): boolean {
  return typeof raw === 'string' && raw.length <= 20 && NOT_APPLICABLE.has(fold(raw).replace(/\.$/, ''));
}
