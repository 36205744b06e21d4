/** Why a criterion's cell or a fact could not be read, as the engine's readers say it. Vietnamese first. */
import type { Lang } from '../values/format';
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
    vi: (p) => `điểm ${p.points} ngoài khoảng 0–${p.max}`,
    en: (p) => `points ${p.points} outside 0–${p.max}`,
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
