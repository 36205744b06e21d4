import type { OrderKey } from '../../plan/schema';
import { named } from '../../messages';
import type { OrderKeyLabel } from '../../messages/decisions';
import { isYearSeries, TRUE, type FactValue } from '../facts';
import { MISSING } from '../evaluate';
import type { DecisionContext } from './context';

function keyValue(v: FactValue | undefined): number {
  if (v === undefined) return NaN;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') return Date.parse(v);
  return NaN;
}

/** Unit i's value of an order key: its total, a fact, a year of a per-year fact, or the years that pass a test. */
export function orderValue(ctx: DecisionContext, key: OrderKey, i: number): number {
  if (key.total) return ctx.ev.totals[i];
  const v = ctx.factOf(i, key.fact ?? '');
  if (!isYearSeries(v)) return keyValue(v);
  if (key.countYears) {
    const test = ctx.compiled.countYears(key);
    let count = 0;
    v.years.forEach((year, y) => {
      const one = { years: [year], values: [v.values[y]] };
      if (test(() => one) === TRUE) count++;
    });
    return count;
  }
  const year =
    key.years === 'last' ? v.years[v.years.length - 1] : key.years === 'review' ? ctx.reviewYear : key.years;
  const y = year === undefined ? -1 : v.years.indexOf(year);
  return y < 0 ? NaN : keyValue(v.values[y]);
}

/**
 * Whether unit i's value of an order key is not known: sent but unreadable, or a required fact missing. (An optional
 * fact left blank is known: it ranks last, as "not met".)
 */
export function orderKeyUnread(ctx: DecisionContext, key: OrderKey, i: number): boolean {
  if (key.total || !key.fact) return false;
  const required = ctx.factMap.get(key.fact)?.required !== false;
  return (ctx.ev.issues.get(i) ?? []).some(
    (x) => x.kind === 'fact' && x.id === key.fact && (x.status !== MISSING || required),
  );
}

/** A waiting unit's key at its best: a key not known (missing) in its favour, its total at the most it could be. */
export function bestKeyValue(ctx: DecisionContext, key: OrderKey, i: number): number {
  const { ev, uncertainty: unc } = ctx;
  if (key.total) return unc.uncertain[i] ? (key.order === 'asc' ? unc.lo[i] : unc.hi[i]) : ev.totals[i];
  const v = orderValue(ctx, key, i);
  const unread = (ev.issues.get(i) ?? []).some((x) => x.kind === 'fact' && x.id === key.fact);
  return Number.isNaN(v) || unread ? (key.order === 'asc' ? -Infinity : Infinity) : v;
}

/** Orders two units' key values: by each key in turn, a value not known last. */
export function compareKeys(
  keys: readonly Pick<OrderKey, 'order'>[],
  a: readonly number[],
  b: readonly number[],
): number {
  for (let x = 0; x < keys.length; x++) {
    const va = a[x];
    const vb = b[x];
    if (va === vb || (Number.isNaN(va) && Number.isNaN(vb))) continue;
    if (Number.isNaN(va)) return 1;
    if (Number.isNaN(vb)) return -1;
    return keys[x].order === 'asc' ? va - vb : vb - va;
  }
  return 0;
}

/** An order key as a quota's reason names it. */
export function keyLabel(ctx: DecisionContext, key: OrderKey): OrderKeyLabel {
  if (key.total) return { total: true };
  const f = ctx.factMap.get(key.fact ?? '');
  const label = f ? named(f.label, f.labelEn) : { vi: key.fact ?? '' };
  const dir = key.order === 'asc' ? '↑' : '↓';
  if (key.countYears)
    return { label, dir, countYears: { op: key.countYears.op, value: String(key.countYears.value) } };
  if (key.years !== undefined) return { label, dir, years: key.years };
  return { label, dir };
}
