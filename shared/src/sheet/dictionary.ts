/**
 * The words offices use for the plans' terms, as data: abbreviations, synonyms and the units typed after a count.
 * Column matching reads a header and a plan title through it (`readings`), so "TL HS giải quyết trực tuyến" and
 * "Tỷ lệ hồ sơ giải quyết online" compare as the same words. A plan adds its own (`plan.matching`).
 */
import dictionaryJson from '../values/dictionary.json';
import { words } from './similarity';

export interface DictionaryData {
  /**
   * Abbreviation as written → what it stands for. Several readings when it depends on the context ("QĐ": quyết
   * định or quy định): each is tried and the best match counts.
   */
  abbreviations: Record<string, string | string[]>;
  /**
   * Words and phrases that mean the same here; headers and titles are compared with the first of each group. A
   * phrase in two groups ("ví điện tử": paid without cash, and a mobile money account) reads both ways, the best
   * match counting.
   */
  synonyms: string[][];
  /** Words an office types after a count ("36 tin", "02 SP", "15 hồ sơ", "3 lượt"): the number is the count. */
  countUnits: string[];
  /** Units that make a number a duration, never a rate or a count of things ("2 ngày"). */
  durationUnits: string[];
}

/** The built-in dictionary (`dictionary.json`, data an office's words are added to). */
export const DICTIONARY: DictionaryData = dictionaryJson;

/** A plan's own words: abbreviations of its office, and more titles for one criterion, target or fact. */
export interface PlanWords {
  abbreviations?: Record<string, string>;
  synonyms?: Record<string, string[]>;
}

/** What matching compares, from the built-in dictionary and a plan's own words. */
export interface Lexicon {
  /** Folded abbreviation (one or more words) → its readings as folded words. */
  abbreviations: Map<string, string[][]>;
  /** Folded phrase → the folded words of the first phrase of each group it is in. */
  synonyms: Map<string, string[][]>;
  /** Longest abbreviation / synonym, in words. */
  longest: number;
  /** Folded abbreviation → how it is written (for a reason: "khớp từ viết tắt DVCTT"). */
  written: Map<string, string>;
}

const STOP_WORDS = new Set([
  'co',
  'duoc',
  'cua',
  'va',
  'cac',
  'trong',
  'cho',
  'voi',
  've',
  'la',
  'da',
  'theo',
  'nhung',
  'hoac',
  'the',
  'of',
  'and',
  'in',
  'for',
  'on',
  'to',
  'a',
  'an',
]);

const fold = (s: string) => words(s).join(' ');

export function buildLexicon(base: DictionaryData = DICTIONARY, plan?: PlanWords): Lexicon {
  const abbreviations = new Map<string, string[][]>();
  const written = new Map<string, string>();
  const all: [string, string | string[]][] = [
    ...Object.entries(base.abbreviations),
    ...Object.entries(plan?.abbreviations ?? {}),
  ];
  for (const [abbr, meaning] of all) {
    const key = fold(abbr);
    if (!key) continue;
    const readings = (Array.isArray(meaning) ? meaning : [meaning])
      .map((m) => words(m))
      .filter((w) => w.length);
    if (!readings.length) continue;
    abbreviations.set(key, readings);
    written.set(key, abbr);
  }
  const synonyms = new Map<string, string[][]>();
  for (const group of base.synonyms) {
    const head = words(group[0]);
    for (const phrase of group) {
      const key = fold(phrase);
      if (!key) continue;
      const heads = synonyms.get(key) ?? [];
      if (!heads.some((h) => h.join(' ') === head.join(' '))) heads.push(head);
      synonyms.set(key, heads);
    }
  }
  let longest = 1;
  for (const key of [...abbreviations.keys(), ...synonyms.keys()])
    longest = Math.max(longest, key.split(' ').length);
  return { abbreviations, synonyms, longest, written };
}

/** The built-in lexicon, built once. */
export const LEXICON = buildLexicon();

const MAX_READINGS = 8;

export interface Reading {
  words: string[];
  /** Abbreviations expanded on the way, as written in the dictionary ("DVCTT"). */
  expanded: string[];
}

/**
 * The ways a label reads once abbreviations are spelled out and synonyms brought to one word: "TL HS trực tuyến"
 * → "ty le ho so truc tuyen". Ambiguous abbreviations give one reading each (at most eight in all); function words
 * ("có", "được", "của"…) are left out.
 */
export function readings(text: string, lexicon: Lexicon = LEXICON): Reading[] {
  const tokens = words(text);
  let out: Reading[] = [{ words: [], expanded: [] }];
  for (let i = 0; i < tokens.length;) {
    let matched = false;
    for (let n = Math.min(lexicon.longest, tokens.length - i); n >= 1 && !matched; n--) {
      const key = tokens.slice(i, i + n).join(' ');
      const meanings = lexicon.abbreviations.get(key);
      if (!meanings) continue;
      const name = lexicon.written.get(key) ?? key;
      const next: Reading[] = [];
      for (const r of out)
        for (const m of meanings)
          if (next.length < MAX_READINGS || m === meanings[0])
            next.push({ words: [...r.words, ...m], expanded: [...r.expanded, name] });
      out = next.slice(0, Math.max(MAX_READINGS, out.length));
      i += n;
      matched = true;
    }
    if (!matched) {
      for (const r of out) r.words.push(tokens[i]);
      i++;
    }
  }
  const all = out.flatMap((r) =>
    canonicalSynonyms(r.words, lexicon).map((ws) => ({ words: ws, expanded: r.expanded })),
  );
  return all.slice(0, Math.max(MAX_READINGS, out.length));
}

/** The words with synonyms brought to their group's first phrase: one list per group a phrase is in (at most 8). */
function canonicalSynonyms(tokens: string[], lexicon: Lexicon): string[][] {
  let out: string[][] = [[]];
  for (let i = 0; i < tokens.length;) {
    let matched = false;
    for (let n = Math.min(lexicon.longest, tokens.length - i); n >= 1; n--) {
      const heads = lexicon.synonyms.get(tokens.slice(i, i + n).join(' '));
      if (!heads) continue;
      const next: string[][] = [];
      for (const r of out)
        for (const [k, head] of heads.entries())
          if (next.length < MAX_READINGS || k === 0) next.push([...r, ...head]);
      out = next;
      i += n;
      matched = true;
      break;
    }
    if (!matched) {
      for (const r of out) r.push(tokens[i]);
      i++;
    }
  }
  return out.map((ws) => ws.filter((w) => !STOP_WORDS.has(w)));
}
