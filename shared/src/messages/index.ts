/**
 * The one way the domain core says a thing in two languages. Code builds messages as data — `say(code, params)` —
 * and text exists only when it is asked for: `render(message, lang)`, or `bilingual(message)` for a problem that
 * carries both. Every phrase is a pair of functions of the same parameters, Vietnamese first, in the catalogues
 * beside this file (engine, decisions, targets, reading, conditions, api, workbook, workflow, council, sheets, templates,
 * forms, council-sheet, money, mapping, sheet-checks, extraction, plan-sheet, dossier, form-merge, http-problems). A heading or a single word is a phrase without parameters, asked for by `word(code, lang)`.
 */
import type { Problem } from '../problems';
import type { Lang } from '../values/format';
import { API_PHRASES } from './api';
import { COUNCIL_PHRASES } from './council';
import { COUNCIL_SHEET_PHRASES } from './council-sheet';
import { CONDITION_PHRASES } from './conditions';
import { DECISION_PHRASES } from './decisions';
import { DOSSIER_PHRASES } from './dossier';
import { ENGINE_PHRASES } from './engine';
import { EXTRACTION_PHRASES } from './extraction';
import { FORM_MERGE_PHRASES } from './form-merge';
import { FORM_PHRASES } from './forms';
import { HTTP_PHRASES } from './http-problems';
import { MAPPING_PHRASES } from './mapping';
import { MONEY_PHRASES } from './money';
import type { Phrase } from './phrase';
import { PLAN_SHEET_PHRASES } from './plan-sheet';
import { READING_PHRASES } from './reading';
import { SHEET_CHECK_PHRASES } from './sheet-checks';
import { SHEET_PHRASES } from './sheets';
import { TARGET_PHRASES } from './targets';
import { TEMPLATE_PHRASES } from './templates';
import { WORKBOOK_PHRASES } from './workbook';
import { WORKFLOW_PHRASES } from './workflow';

export const MESSAGES = {
  ...ENGINE_PHRASES,
  ...DECISION_PHRASES,
  ...TARGET_PHRASES,
  ...READING_PHRASES,
  ...CONDITION_PHRASES,
  ...API_PHRASES,
  ...WORKBOOK_PHRASES,
  ...WORKFLOW_PHRASES,
  ...COUNCIL_PHRASES,
  ...SHEET_PHRASES,
  ...TEMPLATE_PHRASES,
  ...FORM_PHRASES,
  ...COUNCIL_SHEET_PHRASES,
  ...MONEY_PHRASES,
  ...MAPPING_PHRASES,
  ...SHEET_CHECK_PHRASES,
  ...EXTRACTION_PHRASES,
  ...PLAN_SHEET_PHRASES,
  ...DOSSIER_PHRASES,
  ...FORM_MERGE_PHRASES,
  ...HTTP_PHRASES,
};

export type Catalog = typeof MESSAGES;
export type MessageCode = keyof Catalog;
export type ParamsOf<C extends MessageCode> = Parameters<Catalog[C]['vi']>[0];

/** Something to say, as data: which phrase, with what. */
export interface Message<C extends MessageCode = MessageCode> {
  code: C;
  params: ParamsOf<C>;
}

export function say<C extends MessageCode>(
  code: C,
  ...params: ParamsOf<C> extends Record<string, never> ? [] : [ParamsOf<C>]
): Message<C> {
  return { code, params: (params[0] ?? {}) as ParamsOf<C> };
}

/** The message's text in one language. */
export function render(message: Message, lang: Lang): string {
  const p = MESSAGES[message.code] as Phrase<unknown>;
  return p[lang](message.params);
}

/** The codes of the phrases that take nothing: headings, column titles, single words. */
export type WordCode = {
  [C in MessageCode]: ParamsOf<C> extends Record<string, never> ? C : never;
}[MessageCode];

/** A phrase without parameters, in one language. */
export function word(code: WordCode, lang: Lang): string {
  return (MESSAGES[code] as Phrase<unknown>)[lang]({});
}

/** Both texts, as a problem carries them. */
export function bilingual(message: Message): { message: string; messageEn: string } {
  const p = MESSAGES[message.code] as Phrase<unknown>;
  return { message: p.vi(message.params), messageEn: p.en(message.params) };
}

/** A problem at `path` saying `message` in both languages. */
export function problemOf(
  path: string,
  message: Message,
  extra: Omit<Problem, 'path' | 'message' | 'messageEn'> = {},
): Problem {
  return { path, ...bilingual(message), ...extra };
}

/** A problem's text in the official's language (a problem without English keeps its Vietnamese). */
export function problemText(problem: { message: string; messageEn?: string }, lang: Lang): string {
  return lang === 'en' && problem.messageEn ? problem.messageEn : problem.message;
}

export { named, nameIn, type Named, type Phrase } from './phrase';
