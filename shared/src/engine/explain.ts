import type { CriterionTrace } from '../api/response-schema';
import { render, say } from '../messages';
import type { Criterion } from '../plan/schema';
import { isFormulaDetail } from '../values';
import { isMet } from './criteria';
import type { Lang } from './types';

/** Which rule of the plan gave the criterion its points for a value read, and with what: data, not words. */
export function criterionTrace(c: Criterion, value: number): CriterionTrace {
  const s = c.scoring;
  switch (s.kind) {
    case 'scale': {
      const level = s.levels[value];
      return {
        rule: 'scale',
        level: value,
        label: level?.label ?? String(value),
        ...(level?.labelEn ? { labelEn: level.labelEn } : {}),
      };
    }
    case 'yesNo':
      return { rule: 'yesNo', met: value >= 1 };
    case 'rate':
      return {
        rule: `rate.${s.method}`,
        value,
        target: s.target,
        comparison: s.comparison,
        met: isMet(value, s.target, s.comparison),
      };
    case 'count': {
      if (s.method === 'perItem') {
        const perItem = s.perItem ?? c.maxPoints;
        return { rule: 'count.perItem', value, perItem, capped: value * perItem > c.maxPoints };
      }
      if (s.method === 'target') return { rule: 'count.target', value, target: s.target ?? 0 };
      return { rule: 'count.steps', value };
    }
    case 'assessed':
      return { rule: 'assessed', value };
    case 'bonus':
    case 'deduction':
      return {
        rule: s.kind,
        input: s.input,
        value,
        ...(s.input === 'count' ? { perItem: s.perItem ?? 1 } : {}),
      };
  }
}

/** The trace of a value not read: missing, unreadable or ambiguous (0 points), with the reader's detail. */
export function unreadTrace(
  status: 'missing' | 'invalid' | 'ambiguous',
  detail: string,
  zeroByPlan: boolean,
): CriterionTrace {
  const said = detail && (status !== 'missing' || isFormulaDetail(detail));
  return { rule: status, zeroByPlan, ...(said ? { detail } : {}) };
}

/** A criterion's explanation from its trace: "Tiêu chí 8: 72% / mục tiêu ≥80% (tính theo tỷ lệ) → 9,0/10 điểm". */
export function traceText(
  c: { number: string; maxPoints: number },
  trace: CriterionTrace,
  points: number,
  lang: Lang,
): string {
  return render(say('criterion.line', { number: c.number, points, max: c.maxPoints, trace }), lang);
}

/** "Tiêu chí 8: 72% / mục tiêu ≥80% → 9,0/10 điểm" */
export function explainCriterion(c: Criterion, value: number, points: number, lang: Lang): string {
  return traceText(c, criterionTrace(c, value), points, lang);
}

/**
 * "Tiêu chí 8: giá trị không hợp lệ — tỷ lệ phải từ 0% đến 100% (nhận được "120%") → 0,0/10 điểm". The detail already
 * quotes the cell (shortened), so the raw value is not repeated: a long text cell must not make a long explanation.
 * `zeroByPlan`: the plan scores such a value 0 (awards.missingValues = 'zero'), and the explanation says so.
 */
export function explainUnread(
  c: Criterion,
  status: 'missing' | 'invalid' | 'ambiguous',
  detail: string,
  lang: Lang,
  zeroByPlan = false,
): string {
  return traceText(c, unreadTrace(status, detail, zeroByPlan), 0, lang);
}

export function explainMoney(dong: number | null, lang: Lang): string {
  return render(say('money.amount', { dong }), lang);
}

/** A unit's value put into a plan's reason ("{ghiChu}"): a long text cell is shortened, never repeated whole. */
export const FILLED_CHARS = 100;
export function clipFilled(text: string): string {
  return text.length > FILLED_CHARS ? `${text.slice(0, FILLED_CHARS)}…` : text;
}
