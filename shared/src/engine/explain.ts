import type { Comparison, Criterion } from '../plan/schema';
import { formatMoney, formatNumber, formatPercent, formatPoints } from '../values';
import { isMet } from './criteria';
import type { Lang } from './types';

const COMPARISON_SIGN: Record<Comparison, string> = {
  atLeast: '≥',
  moreThan: '>',
  atMost: '≤',
  lessThan: '<',
};

function t(lang: Lang, vi: string, en: string): string {
  return lang === 'en' ? en : vi;
}

/** The parts of a criterion's explanations that do not depend on the unit, built once per criterion and language. */
interface CriterionWords {
  head: string;
  /** "/10 điểm" */
  outOf: string;
  /** "mục tiêu ≥80%", rate criteria only */
  target: string;
}

const wordsCache = new WeakMap<Criterion, Partial<Record<Lang, CriterionWords>>>();

function wordsFor(c: Criterion, lang: Lang): CriterionWords {
  let byLang = wordsCache.get(c);
  if (!byLang) {
    byLang = {};
    wordsCache.set(c, byLang);
  }
  const cached = byLang[lang];
  if (cached) return cached;
  const s = c.scoring;
  const words: CriterionWords = {
    head: t(lang, `Tiêu chí ${c.number}`, `Criterion ${c.number}`),
    outOf: `/${formatNumber(c.maxPoints, undefined, lang)} ${t(lang, 'điểm', 'points')}`,
    target:
      s.kind === 'rate'
        ? `${t(lang, 'mục tiêu', 'target')} ${COMPARISON_SIGN[s.comparison]}${formatPercent(s.target, lang)}`
        : '',
  };
  byLang[lang] = words;
  return words;
}

/** "Tiêu chí 8: 72% / mục tiêu ≥80% → 9,0/10 điểm" */
export function explainCriterion(c: Criterion, value: number, points: number, lang: Lang): string {
  const s = c.scoring;
  const words = wordsFor(c, lang);
  const head = words.head;
  const result = formatPoints(points, lang) + words.outOf;
  switch (s.kind) {
    case 'scale': {
      const level = s.levels[value];
      const name = level ? (lang === 'en' && level.labelEn ? level.labelEn : level.label) : String(value);
      return `${head}: ${t(lang, 'mức', 'level')} "${name}" → ${result}`;
    }
    case 'yesNo':
      return `${head}: ${value >= 1 ? t(lang, 'Đạt', 'Met') : t(lang, 'Không đạt', 'Not met')} → ${result}`;
    case 'rate': {
      const met = isMet(value, s.target, s.comparison);
      const target = words.target;
      const how =
        s.method === 'proportional' && !met
          ? t(lang, ' (tính theo tỷ lệ)', ' (proportional)')
          : s.method === 'steps'
            ? t(lang, ' (theo bảng mức)', ' (step table)')
            : met
              ? t(lang, ' (đạt)', ' (met)')
              : t(lang, ' (chưa đạt)', ' (not met)');
      return `${head}: ${formatPercent(value, lang)} / ${target}${how} → ${result}`;
    }
    case 'count': {
      const count = formatNumber(value, 0, lang);
      if (s.method === 'perItem')
        return `${head}: ${count} × ${formatNumber(s.perItem ?? c.maxPoints, undefined, lang)} ${t(lang, 'điểm', 'pts')}${
          value * (s.perItem ?? c.maxPoints) > c.maxPoints ? t(lang, ' (tối đa)', ' (capped)') : ''
        } → ${result}`;
      if (s.method === 'target')
        return `${head}: ${count} / ${t(lang, 'mục tiêu', 'target')} ≥${formatNumber(s.target ?? 0, 0, lang)} → ${result}`;
      return `${head}: ${count} ${t(lang, '(theo bảng mức)', '(step table)')} → ${result}`;
    }
    case 'assessed':
      return `${head}: ${t(lang, 'điểm chấm', 'assessed')} ${formatPoints(value, lang)} → ${result}`;
    case 'bonus':
    case 'deduction': {
      const word = s.kind === 'bonus' ? t(lang, 'điểm cộng', 'bonus') : t(lang, 'điểm trừ', 'deduction');
      const detail =
        s.input === 'count'
          ? `${formatNumber(value, 0, lang)} × ${formatNumber(s.perItem ?? 1, undefined, lang)}`
          : formatPoints(value, lang);
      return `${head}: ${word} ${detail} → ${s.kind === 'bonus' ? '+' : '−'}${formatPoints(Math.abs(points), lang)} ${t(lang, 'điểm', 'points')} (${t(lang, 'tối đa', 'max')} ${formatNumber(c.maxPoints, undefined, lang)})`;
    }
  }
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
  const words = wordsFor(c, lang);
  const head = words.head;
  const zero = formatPoints(0, lang) + words.outOf;
  const byPlan = zeroByPlan ? t(lang, ', tính 0 điểm theo kế hoạch', ', scored 0 by the plan') : '';
  if (status === 'missing')
    return zeroByPlan
      ? `${head}: ${t(lang, 'thiếu giá trị', 'missing value')}${byPlan} → ${zero}`
      : `${head}: ${t(lang, 'thiếu giá trị', 'missing value')} → ${zero} ${t(lang, '(chưa đủ dữ liệu)', '(incomplete)')}`;
  const why = detail ? ` — ${detail}` : '';
  const what =
    status === 'ambiguous'
      ? t(lang, 'chưa rõ là phần trăm hay phần thập phân', 'percent or fraction unclear')
      : t(lang, 'giá trị không hợp lệ', 'invalid value');
  return `${head}: ${what}${why}${byPlan} → ${zero}`;
}

export function explainMoney(dong: number | null, lang: Lang): string {
  return dong === null
    ? t(lang, 'không quy định', 'not specified')
    : `${formatMoney(dong, lang)} ${t(lang, 'đồng', 'VND')}`;
}

/** A unit's value put into a plan's reason ("{ghiChu}"): a long text cell is shortened, never repeated whole. */
export const FILLED_CHARS = 100;
export function clipFilled(text: string): string {
  return text.length > FILLED_CHARS ? `${text.slice(0, FILLED_CHARS)}…` : text;
}

export { t as pick };
