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
