/**
 * The pane's own failures as data: a key of the pane's strings (i18n.ts) and its figures. The message is the
 * Vietnamese sentence and `messageEn` the English one, both rendered from that one place, so `describeError` says it
 * in the pane's language of the moment. A parameter may itself be a phrase of the pane (`{ key }`), rendered in the
 * same language ("the configuration saved in the workbook", the name of a button).
 */
import type { Problem } from '@thidua/core';
import { t, type StringKey, type UiLang } from './i18n';

export type PhraseRef = { key: StringKey; params?: Record<string, string | number> };
export type PaneErrorParams = Record<string, string | number | PhraseRef>;

export function phraseOf(key: StringKey, params: PaneErrorParams, lang: UiLang): string {
  const flat: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params))
    flat[name] = typeof value === 'object' ? t(value.key, lang, value.params) : value;
  return t(key, lang, flat);
}

export class PaneError extends Error {
  readonly messageEn: string;

  constructor(
    readonly key: StringKey,
    readonly params: PaneErrorParams = {},
  ) {
    super(phraseOf(key, params, 'vi'));
    this.messageEn = phraseOf(key, params, 'en');
    this.name = 'PaneError';
  }

  text(lang: UiLang): string {
    return lang === 'en' ? this.messageEn : this.message;
  }
}

/** Problems listed where they are (a cell, a field), each in the pane's language, after a heading of the pane's. */
export function problemList(problems: Problem[], lang: UiLang, max = 8): string {
  const shown = problems.slice(0, max).map((p) => {
    const text = lang === 'en' ? (p.messageEn ?? p.message) : p.message;
    return p.path ? `${p.path}: ${text}` : text;
  });
  return `${shown.join('; ')}${problems.length > max ? ` (+${problems.length - max})` : ''}`;
}

/** A refusal with its problems: `key` takes `{problems}`, the list in the same language. */
export class ProblemsError extends Error {
  readonly messageEn: string;

  constructor(
    readonly key: StringKey,
    readonly problems: Problem[],
    readonly params: PaneErrorParams = {},
  ) {
    super(phraseOf(key, { ...params, problems: problemList(problems, 'vi') }, 'vi'));
    this.messageEn = phraseOf(key, { ...params, problems: problemList(problems, 'en') }, 'en');
    this.name = 'ProblemsError';
  }
}

/** Where a refused plan came from, as the official knows it. */
export type PlanOrigin = 'file' | 'sheet' | 'builtin';
const ORIGIN: Record<PlanOrigin, StringKey> = {
  file: 'planSourceFile',
  sheet: 'planSourceSheet',
  builtin: 'planSourceBuiltIn',
};

/** Codes of the problems that say all there is to say, and what to do. */
export const WHOLE = new Set(['plan-not-json', 'plan-sheet-missing']);

/** A plan that could not be used, with each problem where it is; said in the pane's language. */
export class PlanInvalidError extends Error {
  readonly messageEn: string;

  constructor(
    readonly problems: Problem[],
    readonly origin: PlanOrigin = 'file',
  ) {
    super(PlanInvalidError.say(problems, origin, 'vi'));
    this.messageEn = PlanInvalidError.say(problems, origin, 'en');
    this.name = 'PlanInvalidError';
  }

  private static say(problems: Problem[], origin: PlanOrigin, lang: UiLang): string {
    // a problem that is a whole sentence of its own, with what to do (the file is not JSON): said alone
    const whole = problems.length === 1 && WHOLE.has(problems[0].code ?? '') ? problems[0] : undefined;
    if (whole) return lang === 'en' ? (whole.messageEn ?? whole.message) : whole.message;
    return phraseOf(
      'planInvalidWhat',
      { source: { key: ORIGIN[origin] }, problems: problemList(problems, lang) },
      lang,
    );
  }
}
