import { say } from '../../messages';
import type { OrderKeyLabel, QuotaScope } from '../../messages/decisions';
import { aboutDecision, type DecisionContext } from './context';
import type { Grants } from './grant';
import { bestKeyValue, compareKeys, keyLabel, orderValue } from './order-keys';

/** The units that compete for one decision: those that qualify, and those that could once their data is known. */
export interface Competition {
  /** The decision's index in the plan. */
  k: number;
  candidates: number[];
  waiting: number[];
}

type Outcome = { status: 'granted' | 'tie' | 'overQuota'; reason: string };

/**
 * Grants decision k to its candidates within its quota. Units still waiting for data (`waiting`) could become
 * candidates: a candidate's grant is final only if it holds with all of them in at their best (every order key
 * in their favour) — more or better competitors never help a candidate, per collective or in total — and its
 * refusal only if it holds without them. Otherwise it waits too ('unknown').
 */
export function allocate(
  ctx: DecisionContext,
  { k, candidates, waiting }: Competition,
  grants: Grants,
): void {
  const { units } = ctx;
  const d = ctx.decisions[k];
  const keys = d.order;
  // each candidate's key values, read once; a waiting unit's keys at their best
  const values = new Map(candidates.map((i) => [i, keys.map((key) => orderValue(ctx, key, i))]));
  for (const i of waiting)
    values.set(
      i,
      keys.map((key) => bestKeyValue(ctx, key, i)),
    );
  const cmp = (a: number, b: number) => compareKeys(keys, values.get(a) ?? [], values.get(b) ?? []);
  const byId = (a: number, b: number) => (units[a].id < units[b].id ? -1 : units[a].id > units[b].id ? 1 : 0);
  const labels: OrderKeyLabel[] = keys.map((key) => keyLabel(ctx, key));

  /** Marks the units of `list` past the quota as over it, or tied where a group of equals straddles it. */
  const limit = (
    list: number[],
    { q, scope }: { q: number; scope: QuotaScope },
    out: Map<number, Outcome>,
  ) => {
    const sorted = [...list].sort((a, b) => cmp(a, b) || byId(a, b));
    let pos = 0;
    for (let start = 0; start < sorted.length;) {
      let end = start + 1;
      while (end < sorted.length && cmp(sorted[start], sorted[end]) === 0) end++;
      const group = sorted.slice(start, end);
      if (pos + group.length > q)
        for (const i of group) {
          const tie = pos < q;
          const place = { quota: q, scope, keys: labels };
          out.set(i, {
            status: tie ? 'tie' : 'overQuota',
            reason: ctx.text(
              tie
                ? say('decision.quota-tie', { ...place, count: group.length })
                : say('decision.over-quota', { ...place, place: pos + 1 }),
            ),
          });
        }
      pos += group.length;
      start = end;
    }
  };
  /** The quotas applied to `list`: per collective first, then in total. */
  const run = (list: number[]): Map<number, Outcome> => {
    const out = new Map<number, Outcome>(list.map((i) => [i, { status: 'granted', reason: '' }]));
    if (d.quota?.perCollective !== undefined) {
      const groups = new Map<string, number[]>();
      for (const i of list) {
        const c = units[i].collective ?? '';
        const members = groups.get(c);
        if (members) members.push(i);
        else groups.set(c, [i]);
      }
      for (const [collective, members] of groups)
        limit(members, { q: d.quota.perCollective, scope: { collective } }, out);
    }
    if (d.quota?.total !== undefined)
      limit(
        list.filter((i) => out.get(i)?.status === 'granted'),
        { q: d.quota.total, scope: { plan: true } },
        out,
      );
    return out;
  };

  const alone = run(candidates);
  const withWaiting = waiting.length && d.quota ? run([...candidates, ...waiting]) : alone;
  const waitingNames = [...waiting]
    .sort(byId)
    .map((i) => units[i].name ?? units[i].id)
    .join(', ');
  for (const i of candidates) {
    const best = alone.get(i) as Outcome;
    const worst = withWaiting.get(i) as Outcome;
    if (worst.status === 'granted' || best.status !== 'granted') {
      const final = worst.status === 'granted' ? worst : best;
      grants.status[k][i] = final.status;
      grants.reason[k][i] = final.reason;
      if (final.status !== 'granted')
        ctx.flags[i].push({ code: 'quota-exceeded', message: aboutDecision(ctx, d, final.reason) });
      continue;
    }
    grants.status[k][i] = 'unknown';
    grants.reason[k][i] = ctx.text(say('decision.quota-not-final', { waiting: waitingNames }));
  }
}
