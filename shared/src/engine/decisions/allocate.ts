import { say } from '../../messages';
import type { OrderKeyLabel, QuotaScope } from '../../messages/decisions';
import { aboutDecision, type DecisionContext } from './context';
import type { Grants } from './grant';
import { bestKeyValue, compareKeys, keyLabel, orderKeyUnread, orderValue } from './order-keys';

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
  // a candidate whose order key was sent but cannot be read ranks anywhere from last to first: nobody's place
  // beside it is final until it is read
  const unsure = candidates.filter((i) => keys.some((key) => orderKeyUnread(ctx, key, i)));
  const atBest = new Map(values);
  for (const i of unsure)
    atBest.set(
      i,
      keys.map((key) => bestKeyValue(ctx, key, i)),
    );
  const byId = (a: number, b: number) => (units[a].id < units[b].id ? -1 : units[a].id > units[b].id ? 1 : 0);
  const labels: OrderKeyLabel[] = keys.map((key) => keyLabel(ctx, key));

  /** Marks the units of `list` past the quota as over it, or tied where a group of equals straddles it. */
  const limit = (
    list: number[],
    { q, scope }: { q: number; scope: QuotaScope },
    out: Map<number, Outcome>,
    keyed: Map<number, number[]>,
  ) => {
    const cmp = (a: number, b: number) => compareKeys(keys, keyed.get(a) ?? [], keyed.get(b) ?? []);
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
  // a waiting unit whose collective cannot be followed (a typo in its code, none given) may be of any collective:
  // for a candidate's worst case it is counted in the candidate's own collective's quota
  const wild = new Set(d.quota?.perCollective !== undefined ? waiting.filter((i) => ctx.links.has(i)) : []);
  /**
   * The quotas applied to `list` ranked by `keyed`: per collective first, then in total; the units of `wild` counted
   * in collective `into` when it is given.
   */
  const run = (
    list: number[],
    keyed: Map<number, number[]> = values,
    into?: string,
  ): Map<number, Outcome> => {
    const out = new Map<number, Outcome>(list.map((i) => [i, { status: 'granted', reason: '' }]));
    if (d.quota?.perCollective !== undefined) {
      const groups = new Map<string, number[]>();
      for (const i of list) {
        const c = into !== undefined && wild.has(i) ? into : (units[i].collective ?? '');
        const members = groups.get(c);
        if (members) members.push(i);
        else groups.set(c, [i]);
      }
      for (const [collective, members] of groups)
        limit(members, { q: d.quota.perCollective, scope: { collective } }, out, keyed);
    }
    if (d.quota?.total !== undefined)
      limit(
        list.filter((i) => out.get(i)?.status === 'granted'),
        { q: d.quota.total, scope: { plan: true } },
        out,
        keyed,
      );
    return out;
  };

  const alone = run(candidates);
  const everyone = [...candidates, ...waiting];
  const withWaiting = (waiting.length || unsure.length) && d.quota ? run(everyone, atBest) : alone;
  /** Everyone waiting in at their best, the units of `wild` in collective c: the worst for c's candidates. */
  const intoCollective = new Map<string, Map<number, Outcome>>();
  const worstIn = (c: string) => {
    let out = intoCollective.get(c);
    if (!out) intoCollective.set(c, (out = run(everyone, atBest, c)));
    return out;
  };
  /** A unit's outcome at its best (the others unsure at their worst, nobody waiting) and at its worst. */
  const bounds = (i: number): { best: Outcome; worst: Outcome } => {
    const into = wild.size ? (units[i].collective ?? '') : undefined;
    if (!unsure.includes(i))
      return {
        best: alone.get(i) as Outcome,
        worst: (into === undefined ? withWaiting : worstIn(into)).get(i) as Outcome,
      };
    if (!d.quota) return { best: alone.get(i) as Outcome, worst: alone.get(i) as Outcome };
    const best = run(candidates, new Map(values).set(i, atBest.get(i) ?? []));
    const worst = run(everyone, new Map(atBest).set(i, values.get(i) ?? []), into);
    return { best: best.get(i) as Outcome, worst: worst.get(i) as Outcome };
  };
  const namesOf = (list: number[]) =>
    [...list]
      .sort(byId)
      .map((j) => units[j].name ?? units[j].id)
      .join(', ');
  const waitingNames = namesOf([...waiting, ...unsure]);
  for (const i of candidates) {
    const { best, worst } = bounds(i);
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
