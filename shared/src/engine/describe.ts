import type { Condition } from '../plan/conditions';
import type { Fact, Parameter, Plan } from '../plan/schema';
import { formatNumber } from '../values';
import type { Lang } from './types';

const OP_VI: Record<string, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=', '!=': '≠' };

function pick(lang: Lang, vi: string, en: string): string {
  return lang === 'en' ? en : vi;
}

function showValue(v: unknown, lang: Lang): string {
  if (typeof v === 'boolean') return v ? pick(lang, 'Có', 'Yes') : pick(lang, 'Không', 'No');
  if (typeof v === 'number') return formatNumber(v, undefined, lang);
  if (Array.isArray(v)) return v.map((x) => showValue(x, lang)).join(', ');
  return `"${String(v)}"`;
}

/** A condition in words an official can check: "Xếp loại CCHC ≥ "tốt" (mọi năm) và …". */
export function describeCondition(
  cond: Condition,
  facts: Map<string, Fact>,
  params: Map<string, Parameter>,
  lang: Lang,
): string {
  if ('all' in cond)
    return cond.all
      .map((c) => wrap(c, describeCondition(c, facts, params, lang)))
      .join(pick(lang, ' và ', ' and '));
  if ('any' in cond)
    return cond.any
      .map((c) => wrap(c, describeCondition(c, facts, params, lang)))
      .join(pick(lang, ' hoặc ', ' or '));
  if ('not' in cond)
    return `${pick(lang, 'không', 'not')} (${describeCondition(cond.not, facts, params, lang)})`;
  const fact = facts.get(cond.fact);
  const label = fact ? (lang === 'en' && fact.labelEn ? fact.labelEn : fact.label) : cond.fact;
  if ('versus' in cond) {
    const year = cond.year ?? 'review';
    const which =
      year === 'review'
        ? pick(lang, 'năm xét', 'review year')
        : year === 'last'
          ? pick(lang, 'năm cuối', 'last year')
          : String(year);
    return `${label} ${which} ${OP_VI[cond.op]} ${pick(lang, 'năm trước liền kề', 'the year before')}`;
  }
  if ('param' in cond) {
    const p = params.get(cond.param);
    const name = p ? (lang === 'en' && p.labelEn ? p.labelEn : p.label) : cond.param;
    const value =
      p?.value === null || p?.value === undefined
        ? pick(lang, 'chưa quy định', 'not set')
        : showValue(p.value, lang);
    return `${label} ${OP_VI[cond.op]} ${name} (${value}${p?.unit ? ` ${p.unit}` : ''})`;
  }
  if ('years' in cond) {
    const y = cond.years;
    const when =
      y === 'every'
        ? pick(lang, 'mọi năm', 'every year')
        : y === 'last'
          ? pick(lang, 'năm cuối', 'last year')
          : y === 'review'
            ? pick(lang, 'năm xét', 'review year')
            : typeof y === 'number'
              ? pick(lang, `năm ${y}`, `in ${y}`)
              : pick(lang, `ít nhất ${y.atLeast} năm`, `at least ${y.atLeast} years`);
    return `${label} ${OP_VI[cond.op]} ${showValue(cond.value, lang)} (${when})`;
  }
  if (cond.op === 'in') return `${label} ${pick(lang, 'thuộc', 'in')} {${showValue(cond.value, lang)}}`;
  if (cond.op === 'notIn')
    return `${label} ${pick(lang, 'không thuộc', 'not in')} {${showValue(cond.value, lang)}}`;
  return `${label} ${OP_VI[cond.op]} ${showValue(cond.value, lang)}`;
}

function wrap(c: Condition, text: string): string {
  return 'all' in c || 'any' in c ? `(${text})` : text;
}

type Subjects = {
  criteria: Map<string, Plan['criteria'][number]>;
  targets: Map<string, NonNullable<Plan['targets']>[number]>;
  facts: Map<string, Fact>;
};
const subjectsCache = new WeakMap<Plan, Subjects>();

/** The plan's parts by id, built once per plan: naming a million problems is not a million scans. */
function subjectsOf(plan: Plan): Subjects {
  let subjects = subjectsCache.get(plan);
  if (!subjects) {
    subjects = {
      criteria: new Map(plan.criteria.map((c) => [c.id, c])),
      targets: new Map((plan.targets ?? []).map((t) => [t.id, t])),
      facts: new Map(plan.facts.map((f) => [f.id, f])),
    };
    subjectsCache.set(plan, subjects);
  }
  return subjects;
}

/**
 * How a problem names what a cell feeds: "tiêu chí 8", "chỉ tiêu a.2", "dữ kiện "<label>"" — by the plan's own
 * numbers and labels, in both languages (an id only when the plan does not know it).
 */
export function describeIssueSubject(
  plan: Plan,
  issue: { kind: 'criterion' | 'fact' | 'target'; id: string },
): { vi: string; en: string } {
  const subjects = subjectsOf(plan);
  if (issue.kind === 'criterion') {
    const number = subjects.criteria.get(issue.id)?.number ?? issue.id;
    return { vi: `tiêu chí ${number}`, en: `criterion ${number}` };
  }
  if (issue.kind === 'target') {
    const number = subjects.targets.get(issue.id)?.number ?? issue.id;
    return { vi: `chỉ tiêu ${number}`, en: `target ${number}` };
  }
  const fact = subjects.facts.get(issue.id);
  return {
    vi: `dữ kiện "${fact?.label ?? issue.id}"`,
    en: `fact "${fact?.labelEn ?? fact?.label ?? issue.id}"`,
  };
}
