import { z } from 'zod';

import { formatZodPath, type Problem } from '../problems';
import { bilingual, say } from './index';

const vi = z.locales.vi().localeError;
const en = z.locales.en().localeError;

type Issue = z.core.$ZodIssue;
type ErrorMap = (issue: never) => string | { message: string } | undefined | null;

function text(map: ErrorMap, issue: Issue): string {
  const out = (map as (i: Issue) => ReturnType<ErrorMap>)(issue);
  return typeof out === 'string' ? out : (out?.message ?? issue.message);
}

/**
 * zod's issues as problems, Vietnamese first with English beside: zod's own `vi` and `en` locales for its default
 * messages, the schema's message (already worded for officials) when it gives one. Parse with `reportInput: true`
 * so "received …" can be said; the input itself never goes into a problem.
 */
export function zodProblems(issues: readonly Issue[], prefix = '', code?: string): Problem[] {
  return issues.map((issue) => {
    const english = text(en, issue);
    const own = issue.message !== english;
    const texts = own ? { vi: issue.message, en: issue.message } : { vi: text(vi, issue), en: english };
    const path = formatZodPath(issue.path);
    return {
      path: !prefix ? path : !path ? prefix : path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`,
      ...bilingual(say('schema.issue', texts)),
      ...(code ? { code } : {}),
    };
  });
}
