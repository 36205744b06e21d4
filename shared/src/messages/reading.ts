/** Why a criterion's cell or a fact could not be read, as the engine's readers say it. Vietnamese first. */
import { formatNumber, type Lang } from '../values/format';
import { isTypedDash } from '../values/parse';
import { phrase } from './phrase';

export const READING_PHRASES = {
  'reading.empty': phrase({ vi: () => 'trống', en: () => 'empty' }),
  /** A typed "-" says nothing for certain ("none"? "not known"?): the official is asked to write the level. */
  'reading.not-on-scale': phrase<{ raw: string; scale: string[] }>({
    vi: (p) =>
      `"${p.raw}" không thuộc thang: ${p.scale.join(', ')}` +
      (isTypedDash(p.raw)
        ? ' — ô ghi "-" chưa rõ nghĩa (không có, hay chưa biết?): ghi rõ một mức của thang'
        : ''),
    en: (p) =>
      `"${p.raw}" is not on the scale: ${p.scale.join(', ')}` +
      (isTypedDash(p.raw)
        ? ' — a "-" says nothing for certain (none, or not known?): write a level of the scale'
        : ''),
  }),
  'reading.points-out-of-range': phrase<{ points: number; max: number }>({
    // every decimal the cell had, with the decimal comma in Vietnamese (10,004 is not 10), no grouping
    vi: (p) => `điểm ${String(p.points).replace('.', ',')} ngoài khoảng 0–${String(p.max).replace('.', ',')}`,
    en: (p) => `points ${p.points} outside 0–${p.max}`,
  }),
  /**
   * "1.250" / "1,250" in a points cell: a lone separator before three digits reads 1250 the Vietnamese way ("."
   * groups thousands) and 1,25 the English way (or the reverse for ","), and more than one of them could be meant.
   */
  'reading.points-two-ways': phrase<{ raw: string; readings: [number, number]; max: number }>({
    vi: (p) =>
      `"${p.raw}" đọc được hai cách: ${formatNumber(p.readings[0], undefined, 'vi')} hay ${formatNumber(p.readings[1], undefined, 'vi')} điểm (tối đa ${formatNumber(p.max, undefined, 'vi')}); ghi lại số điểm, dấu phẩy là dấu thập phân (ví dụ "${formatNumber(Math.min(p.readings[0], p.readings[1]), 2, 'vi')}")`,
    en: (p) =>
      `"${p.raw}" reads two ways: ${formatNumber(p.readings[0], undefined, 'en')} or ${formatNumber(p.readings[1], undefined, 'en')} points (at most ${formatNumber(p.max, undefined, 'en')}); type the points again, with a decimal comma (e.g. "${formatNumber(Math.min(p.readings[0], p.readings[1]), 2, 'vi')}")`,
  }),
  /** "4/5" in a points cell whose criterion is worth another number of points: not converted by guess. */
  'reading.points-other-scale': phrase<{ raw: string; of: number; max: number }>({
    vi: (p) =>
      `"${p.raw}" là điểm trên thang ${formatNumber(p.of, undefined, 'vi')}, tiêu chí tối đa ${formatNumber(p.max, undefined, 'vi')} điểm: ghi số điểm của tiêu chí (không tự quy đổi)`,
    en: (p) =>
      `"${p.raw}" is points out of ${formatNumber(p.of, undefined, 'en')}, the criterion is worth ${formatNumber(p.max, undefined, 'en')}: write the criterion's points (not converted by the program)`,
  }),
  /** Why a value read could not be used, in a criterion's or a target's explanation line. */
  'reading.ambiguous-scale': phrase({
    vi: () => 'chưa rõ là phần trăm hay phần thập phân',
    en: () => 'percent or fraction unclear',
  }),
  'reading.invalid': phrase({ vi: () => 'giá trị không hợp lệ', en: () => 'invalid value' }),
};

/** The words for a value that was read but cannot be used: an unclear rate scale, or not a valid value. */
export function unusable(status: 'ambiguous' | 'invalid', lang: Lang): string {
  const p = READING_PHRASES[status === 'ambiguous' ? 'reading.ambiguous-scale' : 'reading.invalid'];
  return p[lang]({});
}
