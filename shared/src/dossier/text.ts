import { formatMoney, moneyInWords } from '../values';
import { BLANK, type Run } from './model';

/** Quốc hiệu and tiêu ngữ (NĐ 30/2020, Phụ lục I, ô 1). */
export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

export const plain = (text: string): Run => ({ text });
export const bold = (text: string): Run => ({ text, bold: true });
export const italic = (text: string): Run => ({ text, italic: true });
export const blank = (): Run => ({ text: BLANK, blank: true });
/** A day, month or year to fill. */
export const shortBlank = (): Run => ({ text: '……', blank: true });

/** The value, or a blank to fill. */
export function field(value: string | undefined | null, style: Omit<Run, 'text'> = {}): Run {
  return value ? { text: value, ...style } : { ...style, text: BLANK, blank: true };
}

/** "10.000.000 đồng". A document never prints a fraction of a đồng or a negative sum: it is a bug upstream. */
export function money(dong: number): string {
  if (!Number.isSafeInteger(dong) || dong < 0)
    throw new RangeError(`money: expected a whole number of đồng >= 0, got ${dong}`);
  return `${formatMoney(dong, 'vi')} đồng`;
}

/** "10.000.000 đồng (bằng chữ: Mười triệu đồng)". */
export function moneyWithWords(dong: number): string {
  return `${money(dong)} (bằng chữ: ${moneyInWords(dong)})`;
}

function parts(iso: string): { d: string; m: string; y: string } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? { y: match[1], m: match[2], d: match[3] } : null;
}

/** "05/01/2024". */
export function shortDate(iso: string): string {
  const p = parts(iso);
  return p ? `${p.d}/${p.m}/${p.y}` : iso;
}

/**
 * "ngày 05 tháng 01 năm 2024": NĐ 30/2020 writes days below 10 and months below 3 with a leading zero.
 * Without a date: "ngày …… tháng …… năm ……".
 */
export function longDate(iso: string | undefined): Run[] {
  const p = iso ? parts(iso) : null;
  if (!p) return [plain('ngày '), shortBlank(), plain(' tháng '), shortBlank(), plain(' năm '), shortBlank()];
  const month = Number(p.m) < 3 ? p.m : String(Number(p.m));
  return [plain(`ngày ${p.d} tháng ${month} năm ${p.y}`)];
}

/** "Phụng Hiệp, ngày 05 tháng 01 năm 2024" (italic), with blanks for what is not given. */
export function placeDate(place: string | undefined, iso: string | undefined): Run[] {
  return [field(place), plain(', '), ...longDate(iso)].map((r) => ({ ...r, italic: true }));
}

/** "Số: 12/TTr-VHTT", "Số: …………/QĐ-…………". */
export function numberLine(number: string | undefined, type: string, symbol: string | undefined): Run[] {
  return [plain('Số: '), field(number), plain(`/${type}-`), field(symbol)];
}

/** A name for files and zips: ASCII, lower case, hyphens. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** Uppercase as headers are written (Vietnamese letters included). */
export function upper(text: string | undefined): string | undefined {
  return text?.toLocaleUpperCase('vi');
}
