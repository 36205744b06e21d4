/**
 * A scale level or rating written the office's way: "HTXSNV" for "hoàn thành xuất sắc nhiệm vụ", "Giấy khen GĐ
 * Sở" for "Giấy khen của Giám đốc Sở", "Không" for "không đề nghị", "Không đạt" for "Chưa đạt". Read through the
 * abbreviations and synonyms of the domain dictionary (values/dictionary.json); a value that could be two levels is
 * not read.
 */
import dictionary from './dictionary.json';
import { normalizeText } from './text';

const tokens = (s: string) =>
  normalizeText(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);

const STOP = new Set(['cua', 'va', 'cac', 'duoc', 'co', 'the']);

/** Abbreviations, folded, with their readings: "gd" → [[giam, doc]], "ct" → [[chu, tich], [chi, tieu], [cong, ty]]. */
const ABBREVIATIONS = new Map<string, string[][]>();
for (const [abbr, meaning] of Object.entries(dictionary.abbreviations))
  ABBREVIATIONS.set(
    tokens(abbr).join(' '),
    (typeof meaning === 'string' ? [meaning] : meaning).map((m) => tokens(m)),
  );
/** At most this many readings of one value are tried (each abbreviation with several readings multiplies them). */
const MAX_READINGS = 16;

/** Synonym phrases, folded, longest first, each with its group's first phrase. */
const SYNONYMS: { from: string[]; to: string[] }[] = dictionary.synonyms
  .flatMap((group) => group.map((phrase) => ({ from: tokens(phrase), to: tokens(group[0]) })))
  .filter((s) => s.from.length > 0)
  .sort((a, b) => b.from.length - a.from.length);

/** The value's words in each reading of its abbreviations ("BK CT UBND tỉnh": chủ tịch, chỉ tiêu or công ty). */
function readings(text: string): string[][] {
  let out: string[][] = [[]];
  for (const t of tokens(text)) {
    const meanings = ABBREVIATIONS.get(t) ?? [[t]];
    out = out.flatMap((head) => meanings.map((m) => [...head, ...m])).slice(0, MAX_READINGS);
  }
  return out.map(levelWords);
}

function levelWords(expanded: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < expanded.length;) {
    const hit = SYNONYMS.find((s) => s.from.every((w, k) => expanded[i + k] === w));
    if (hit) {
      out.push(...hit.to);
      i += hit.from.length;
    } else out.push(expanded[i++]);
  }
  return out.filter((w) => !STOP.has(w));
}

const MAX_LEVEL_TEXT = 200;

/**
 * The index of the level a value names, read the office's way (see above): the same words, else the one level
 * whose words contain all of the value's (or all of whose words the value contains). Undefined when none or several.
 */
export function matchLevel(raw: unknown, levels: readonly string[]): number | undefined {
  if (typeof raw !== 'string' || raw.length > MAX_LEVEL_TEXT) return undefined;
  const words = levels.map((level) => readings(level)[0]);
  // every reading of the value's abbreviations that names a level must name the same one
  const found = new Set<number>();
  for (const value of readings(raw)) {
    const index = levelOf(value, words);
    if (index !== undefined) found.add(index);
  }
  if (found.size === 0) return byInitials(raw, levels);
  const [only] = found;
  return found.size === 1 && only !== SEVERAL ? only : undefined;
}

/** A value that could be two levels or more. */
const SEVERAL = -1;

function levelOf(value: string[], words: string[][]): number | undefined {
  if (!value.length) return undefined;
  const key = value.join(' ');
  const exact = words.findIndex((w) => w.join(' ') === key);
  if (exact >= 0) return exact;
  const has = (big: string[], small: string[]) => small.every((w) => big.includes(w));
  const inside = words.flatMap((w, i) => (w.length && has(w, value) ? [i] : []));
  if (inside.length === 1) return inside[0];
  if (inside.length > 1) return SEVERAL;
  const around = words.flatMap((w, i) => (w.length && has(value, w) ? [i] : []));
  return around.length === 1 ? around[0] : around.length > 1 ? SEVERAL : undefined;
}

/**
 * The one level whose words' first letters the value spells, as offices abbreviate a scale: "Đ" / "CĐ" for Đạt /
 * Chưa đạt, "HTNV" for "hoàn thành nhiệm vụ" — whatever the domain dictionary says the letters mean elsewhere
 * ("CĐ" is also "cao đẳng"). Undefined when no level, or several, spell it.
 */
function byInitials(raw: string, levels: readonly string[]): number | undefined {
  const letters = normalizeText(raw).replace(/[\s.]+/g, '');
  if (!/^[a-z]{1,8}$/.test(letters)) return undefined;
  const spelled = levels.flatMap((level, i) =>
    tokens(level)
      .map((w) => w[0])
      .join('') === letters
      ? [i]
      : [],
  );
  return spelled.length === 1 ? spelled[0] : undefined;
}
