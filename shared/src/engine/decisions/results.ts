import { nameIn } from '../../messages';
import type { Decision } from '../../plan/schema';
import { formatNumber } from '../../values';
import type { DecisionResult, DecisionSummary } from '../../api/response-schema';
import { clipFilled } from '../explain';
import { isYearSeries } from '../facts';
import { unknownItems } from '../response';
import { decisionName, PENDING_DECISION, type DecisionContext } from './context';
import { dueDateOf } from './due-date';
import type { Grants } from './grant';
import { pendingPrizeOf, prizeOf } from './prize';
import type { Qualification } from './qualify';

/** A reason's "{fact}" placeholders filled with unit i's values (per-year and missing ones left as written). */
function fill(ctx: DecisionContext, text: string, i: number): string {
  return text.replace(/\{([A-Za-z0-9_-]+)\}/g, (whole, id: string) => {
    const v = ctx.factOf(i, id);
    return v === undefined || isYearSeries(v)
      ? whole
      : typeof v === 'number'
        ? formatNumber(v, undefined, ctx.lang)
        : clipFilled(String(v));
  });
}

/** Why unit i qualifies for decision k: the plan's reason with the unit's values, and the standards it met. */
export function qualifiedReason(ctx: DecisionContext, q: Qualification, k: number, i: number): string {
  const d = ctx.decisions[k];
  const positive = (q.parts[k][i] ?? []).map((p) => p.text);
  const own = fill(ctx, nameIn({ vi: d.reason, en: d.reasonEn }, ctx.lang), i);
  return `${own}${positive.length ? ` (${positive.join('; ')})` : ''}`;
}

/** Per unit, its results of every decision that applies, in plan order, with prize and due date. */
export function unitResults(ctx: DecisionContext, q: Qualification, grants: Grants): DecisionResult[][] {
  const { decisions, n, flags } = ctx;
  const perUnit: DecisionResult[][] = Array.from({ length: n }, () => []);
  decisions.forEach((d, k) => {
    for (let i = 0; i < n; i++) {
      const s = grants.status[k][i];
      if (s === null) continue;
      const granted = s === 'granted';
      const result: DecisionResult = {
        id: d.id,
        name: decisionName(ctx, d),
        awardForm: d.awardForm,
        granted,
        status: s,
        reason: granted ? qualifiedReason(ctx, q, k, i) : grants.reason[k][i],
        dossierSets: d.dossierSets,
        ...(granted ? prizeOf(ctx, d, i) : { prize: null, prizeInWords: null }),
      };
      if (granted || s === 'tie' || s === 'overQuota') {
        const due = dueDateOf(ctx, d, i);
        if (due) result.dueDate = due;
      }
      if (s === 'unknown' || s === 'collectivePending')
        flags[i].push({
          code: s === 'unknown' ? 'pending-missing-data' : 'collective-pending',
          message: `"${result.name}": ${grants.reason[k][i]}`,
          ...(s === 'unknown' ? { missing: unknownItems(ctx.ev, i, ctx.lang).ids } : {}),
        });
      perUnit[i].push(result);
    }
  });
  return perUnit;
}

/** Above this many pending decisions for one unit, their money is summed (an upper bound) instead of searched. */
const MAX_SEARCHED = 12;

/**
 * The most money unit i's pending decisions could still pay together: decisions that exclude one another
 * ("excludes": a Bằng khen and the Giấy khen it replaces) pay one of them, never both. `pending` lists
 * [decision index, amount]; the best set without two exclusive decisions is searched (a unit has a few).
 */
export function mostPendingTogether(decisions: readonly Decision[], pending: [number, number][]): number {
  if (pending.length <= 1) return pending[0]?.[1] ?? 0;
  if (pending.length > MAX_SEARCHED) return pending.reduce((sum, [, amount]) => sum + amount, 0);
  const clash = (a: Decision, b: Decision) => !!a.excludes?.includes(b.id) || !!b.excludes?.includes(a.id);
  let best = 0;
  for (let set = 1; set < 1 << pending.length; set++) {
    let total = 0;
    let fits = true;
    for (let x = 0; x < pending.length && fits; x++) {
      if (!(set & (1 << x))) continue;
      for (let y = x + 1; y < pending.length && fits; y++)
        if (set & (1 << y) && clash(decisions[pending[x][0]], decisions[pending[y][0]])) fits = false;
      total += pending[x][1];
    }
    if (fits && total > best) best = total;
  }
  return best;
}

/**
 * The waiting units whose money a decision's quota leaves room for: no more than the places left in total and in
 * each collective (quota minus those granted), the largest amounts first, ties by unit order. A quota is a limit
 * on grants, so no more than that can be paid, whoever the council picks; the others' money is not counted.
 */
export function withinQuota(
  quota: Decision['quota'],
  waiting: readonly { i: number; amount: number; collective: string }[],
  granted: readonly string[],
): Set<number> {
  const best = [...waiting].sort((a, b) => b.amount - a.amount || a.i - b.i);
  if (!quota) return new Set(best.map((w) => w.i));
  let totalLeft = quota.total === undefined ? Infinity : quota.total - granted.length;
  const left = new Map<string, number>();
  for (const c of granted) left.set(c, (left.get(c) ?? 0) + 1);
  const out = new Set<number>();
  for (const w of best) {
    if (totalLeft <= 0) break;
    const used = left.get(w.collective) ?? 0;
    if (quota.perCollective !== undefined && used >= quota.perCollective) continue;
    left.set(w.collective, used + 1);
    totalLeft--;
    out.add(w.i);
  }
  return out;
}

/**
 * Per decision: who is granted and who waits, and the prize money of each; per unit, the most money its pending
 * decisions could still pay together: two that exclude each other count once (the larger), and no more units
 * than a decision's quota has places left for.
 */
export function summarize(
  ctx: DecisionContext,
  grants: Grants,
  perUnit: DecisionResult[][],
): { summary: DecisionSummary[]; pendingPrize: number[] } {
  const { decisions, n, units } = ctx;
  const pendingOf: [number, number][][] = Array.from({ length: n }, () => []);
  const summary: DecisionSummary[] = decisions.map((d, k) => {
    const granted: string[] = [];
    const pending: string[] = [];
    let prizeTotal = 0;
    let prizePending = 0;
    const collectiveOf = (i: number) => units[i].collective ?? '';
    const grantedIn: string[] = [];
    const waiting: { i: number; amount: number; collective: string }[] = [];
    for (let i = 0; i < n; i++) {
      const s = grants.status[k][i];
      if (s === 'granted') {
        granted.push(units[i].id);
        grantedIn.push(collectiveOf(i));
        prizeTotal += perUnit[i].find((r) => r.id === d.id)?.prize ?? 0;
      } else if (s !== null && PENDING_DECISION.has(s)) {
        pending.push(units[i].id);
        const amount = pendingPrizeOf(ctx, d, i);
        prizePending += amount;
        if (amount) waiting.push({ i, amount, collective: collectiveOf(i) });
      }
    }
    const room = withinQuota(d.quota, waiting, grantedIn);
    for (const w of waiting) if (room.has(w.i)) pendingOf[w.i].push([k, w.amount]);
    return {
      id: d.id,
      name: decisionName(ctx, d),
      awardForm: d.awardForm,
      dossierSets: d.dossierSets,
      granted: granted.sort(),
      pending: pending.sort(),
      prizePending,
      prizeTotal,
    };
  });
  const pendingPrize = pendingOf.map((pending) => mostPendingTogether(decisions, pending));
  return { summary, pendingPrize };
}
