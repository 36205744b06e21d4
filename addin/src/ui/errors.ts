/** Turns any failure into one readable sentence (and its problems), never a stack trace. */
import { ApiError } from '../api-client';
import type { UiLang } from '../i18n';
import { workbookProblemText, isWorkbookReadError } from '@thidua/core/sheet';

export function describeError(err: unknown, lang: UiLang): string {
  if (err instanceof ApiError) {
    const problems = err.problems
      .slice(0, 5)
      .map((p) => `${p.path}: ${lang === 'en' && p.messageEn ? p.messageEn : p.message}`);
    const more = err.problems.length > 5 ? ` (+${err.problems.length - 5})` : '';
    return [lang === 'en' ? err.messageEn : err.message, ...problems].join(' — ') + more;
  }
  if (isWorkbookReadError(err)) return workbookProblemText(err.problem, lang);
  // Errors of the write step carry their English text (SheetChangedError, PartialWriteError).
  const en = (err as { messageEn?: unknown } | null)?.messageEn;
  if (err instanceof Error) return lang === 'en' && typeof en === 'string' ? en : err.message;
  return String(err);
}
