import type { Lang } from '../values/format';

/** One thing said in both languages: a function of the same parameters for each. */
export interface Phrase<P> {
  vi: (p: P) => string;
  en: (p: P) => string;
}

/** Declares a phrase; the parameter type is what a message of this code must carry. */
export function phrase<P = Record<string, never>>(p: Phrase<P>): Phrase<P> {
  return p;
}

/** A name the plan gives in Vietnamese and perhaps in English (a tier, a block, a fact's label). */
export interface Named {
  vi: string;
  en?: string;
}

export function named(vi: string, en?: string): Named {
  return en ? { vi, en } : { vi };
}

/** The name in the language asked: English when the plan gives one, else the Vietnamese. */
export function nameIn(n: Named, lang: Lang): string {
  return lang === 'en' ? (n.en ?? n.vi) : n.vi;
}

/** Characters an official cannot see in a key: format characters (zero-width space, word joiner, BOM), controls. */
const INVISIBLE = /[\p{Cf}\p{Cc}]/gu;

/** A key as an official can read it, quoted: each invisible character by its code point ("tc<U+200B>08"). */
export function shownKey(key: string): string {
  return `"${key.replace(INVISIBLE, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`)}"`;
}

/**
 * What to add after a sentence quoting a key with an invisible character (nothing otherwise): a code quoted with the
 * character hidden reads as the real code ("tc08"), so the official is told to delete it.
 */
export function hiddenCharacterNote(key: string, lang: Lang): string {
  if (!new RegExp(INVISIBLE.source, 'u').test(key)) return '';
  return lang === 'en'
    ? ' (the code has an invisible character: delete it)'
    : ' (mã có ký tự ẩn, hãy xóa ký tự đó)';
}
