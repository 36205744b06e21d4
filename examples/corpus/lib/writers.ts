/** Picks how each plan item is typed on a sheet, from a workbook's own habits. */
import type { Plan } from '@thidua/core';
import { count, date, label, plain, rate, yesNo, type Write } from './cells';
import { planItems } from './truth';

type RateStyle = Parameters<typeof rate>[0];
type YesNoStyle = Parameters<typeof yesNo>[0];

export interface Habits {
  rate?: RateStyle;
  yesNo?: YesNoStyle;
  date?: Parameters<typeof date>[0];
  /** Per id, overriding everything else. */
  by?: Record<string, Write>;
  /** Spellings of rating labels ("HTTNV" for "hoàn thành tốt nhiệm vụ"). */
  spelling?: Record<string, string>;
  capitalise?: boolean;
}

export function writerFor(plan: Plan, id: string, h: Habits = {}): Write {
  if (h.by?.[id]) return h.by[id];
  const item = planItems(plan).get(id);
  if (!item) throw new Error(`${plan.id} has no ${id}`);
  if (item.kind === 'criterion') {
    const k = item.criterion.scoring.kind;
    if (k === 'rate') return rate(h.rate ?? 'text');
    if (k === 'yesNo') return yesNo(h.yesNo ?? 'co');
    if (k === 'count') return count();
    if (k === 'scale') return label(h.spelling, h.capitalise);
    return plain();
  }
  if (item.kind === 'target')
    return item.target.unit === 'yesNo' ? yesNo(h.yesNo ?? 'co') : rate(h.rate ?? 'text');
  const t = item.fact.type;
  if (t === 'boolean' || t === 'booleanByYear') return yesNo(h.yesNo ?? 'co');
  if (t === 'date') return date(h.date ?? 'mixed');
  if (t === 'rating' || t === 'ratingByYear' || t === 'text') return label(h.spelling, h.capitalise);
  return plain();
}
