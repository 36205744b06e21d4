/** Why a criterion's cell or a fact could not be read, as the engine's readers say it. Vietnamese first. */
import { phrase } from './phrase';

export const READING_PHRASES = {
  'reading.empty': phrase({ vi: () => 'trống', en: () => 'empty' }),
  'reading.not-on-scale': phrase<{ raw: string; scale: string[] }>({
    vi: (p) => `"${p.raw}" không thuộc thang: ${p.scale.join(', ')}`,
    en: (p) => `"${p.raw}" is not on the scale: ${p.scale.join(', ')}`,
  }),
  'reading.points-out-of-range': phrase<{ points: number; max: number }>({
    vi: (p) => `điểm ${p.points} ngoài khoảng 0–${p.max}`,
    en: (p) => `points ${p.points} outside 0–${p.max}`,
  }),
};
