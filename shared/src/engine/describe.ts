import type { Condition } from '../plan/conditions';
import type { Fact, Parameter, Plan } from '../plan/schema';
import { bilingual, named, nameIn, render, say, type Message } from '../messages';
import { formatNumber } from '../values';
import type { Lang } from './types';

const OP_VI: Record<string, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=', '!=': '≠' };

/** What a condition is described with: the plan's facts and parameters by id, and the language. */
export interface ConditionWords {
  facts: Map<string, Fact>;
  params: Map<string, Parameter>;
  lang: Lang;
}

function showValue(v: unknown, lang: Lang): string {
  if (typeof v === 'boolean') return render(say(v ? 'value.yes' : 'value.no'), lang);
  if (typeof v === 'number') return formatNumber(v, undefined, lang);
  if (Array.isArray(v)) return v.map((x) => showValue(x, lang)).join(', ');
  return `"${String(v)}"`;
}

/** A condition in words an official can check: "Xếp loại CCHC ≥ "tốt" (mọi năm) và …". */
export function describeCondition(cond: Condition, words: ConditionWords): string {
  const { facts, params, lang } = words;
  const text = (message: Message) => render(message, lang);
  if ('all' in cond)
    return cond.all.map((c) => wrap(c, describeCondition(c, words))).join(text(say('condition.and')));
  if ('any' in cond)
    return cond.any.map((c) => wrap(c, describeCondition(c, words))).join(text(say('condition.or')));
  if ('not' in cond) return text(say('condition.not', { inner: describeCondition(cond.not, words) }));
  const fact = facts.get(cond.fact);
  const label = fact ? nameIn(named(fact.label, fact.labelEn), lang) : cond.fact;
  if ('versus' in cond) {
    const year = cond.year ?? 'review';
    const which =
      year === 'review'
        ? text(say('condition.review-year'))
        : year === 'last'
          ? text(say('condition.last-year'))
          : String(year);
    return `${label} ${which} ${OP_VI[cond.op]} ${text(say('condition.year-before'))}`;
  }
  if ('param' in cond) {
    const p = params.get(cond.param);
    const name = p ? nameIn(named(p.label, p.labelEn), lang) : cond.param;
    const value =
      p?.value === null || p?.value === undefined
        ? text(say('condition.not-set'))
        : `${showValue(p.value, lang)}${p.unit ? ` ${p.unit}` : ''}`;
    return `${label} ${OP_VI[cond.op]} ${name} (${value})`;
  }
  if ('years' in cond) {
    const y = cond.years;
    const when = text(
      y === 'every'
        ? say('condition.every-year')
        : y === 'last'
          ? say('condition.last-year')
          : y === 'review'
            ? say('condition.review-year')
            : typeof y === 'number'
              ? say('condition.in-year', { year: y })
              : say('condition.at-least-years', { years: y.atLeast }),
    );
    return `${label} ${OP_VI[cond.op]} ${showValue(cond.value, lang)} (${when})`;
  }
  if (cond.op === 'in') return `${label} ${text(say('condition.in'))} {${showValue(cond.value, lang)}}`;
  if (cond.op === 'notIn')
    return `${label} ${text(say('condition.not-in'))} {${showValue(cond.value, lang)}}`;
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
  const both = (message: Message) => {
    const { message: vi, messageEn: en } = bilingual(message);
    return { vi, en };
  };
  if (issue.kind === 'criterion')
    return both(say('subject.criterion', { number: subjects.criteria.get(issue.id)?.number ?? issue.id }));
  if (issue.kind === 'target')
    return both(say('subject.target', { number: subjects.targets.get(issue.id)?.number ?? issue.id }));
  const fact = subjects.facts.get(issue.id);
  return both(
    say('subject.fact', {
      label: fact?.label ?? issue.id,
      labelEn: fact?.labelEn ?? fact?.label ?? issue.id,
    }),
  );
}
