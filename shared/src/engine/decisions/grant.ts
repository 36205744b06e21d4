import { say } from '../../messages';
import { councilDecisionVotes } from '../council';
import { FALSE, TRUE, UNKNOWN } from '../facts';
import { unknownItems } from '../response';
import type { DecisionStatus } from '../../api/response-schema';
import { readsCollective } from '../targets';
import { allocate } from './allocate';
import { decisionNamed, PENDING_DECISION, type DecisionContext } from './context';
import { holdDissolved } from './dissolved';
import type { Qualification } from './qualify';

/** Per decision, per unit: where it stands (null where it does not apply) and why. */
export interface Grants {
  status: (DecisionStatus | null)[][];
  reason: string[][];
}

/** What is known while decisions are granted in plan order: who holds or waits for a higher one that excludes. */
interface Precedence {
  /** "<decision id>|<unit>" → the higher decision granted (or tied, or put to the vote) that excludes it. */
  supersededBy: Map<string, number>;
  /** "<decision id>|<unit>" → a higher decision that excludes it and waits (for data or the collective). */
  waitsOn: Map<string, number>;
}

/** Grants in plan order (highest first): eligibility, supersession, the collective's award, quotas, the vote. */
export function grant(ctx: DecisionContext, q: Qualification): Grants {
  const { decisions, n } = ctx;
  const grants: Grants = {
    status: decisions.map(() => new Array<DecisionStatus | null>(n).fill(null)),
    reason: decisions.map(() => new Array<string>(n).fill('')),
  };
  const order: Precedence = { supersededBy: new Map(), waitsOn: new Map() };
  const round: Round = { ctx, q, grants, order };
  decisions.forEach((d, k) => {
    const candidates: number[] = [];
    /** Units this decision may still be granted to once their data is known: they compete for its quota. */
    const waiting: number[] = [];
    for (let i = 0; i < n; i++) {
      if (!ctx.applies(k, i)) continue;
      const seen = screen(round, k, i);
      if (seen === 'candidate') candidates.push(i);
      else {
        grants.status[k][i] = seen.status;
        grants.reason[k][i] = seen.reason;
        if (seen.waits) waiting.push(i);
      }
    }
    allocate(ctx, { k, candidates, waiting }, grants);
    // a decision the plan puts to the council's vote is granted only with its approval (engine/council.ts)
    councilDecisionVotes(ctx.ev, d, grants.status[k], grants.reason[k]);
    // a unit that no longer exists on the decision date gets nothing as it stands: held for the council
    holdDissolved(ctx, q, k, grants);
    for (let i = 0; i < n; i++) {
      const s = grants.status[k][i];
      if (s === 'granted' || s === 'tie' || s === 'awaitingVote') {
        for (const id of d.excludes ?? [])
          if (!order.supersededBy.has(`${id}|${i}`)) order.supersededBy.set(`${id}|${i}`, k);
      } else if (s === 'unknown' || s === 'collectivePending')
        for (const id of d.excludes ?? [])
          if (!order.waitsOn.has(`${id}|${i}`)) order.waitsOn.set(`${id}|${i}`, k);
    }
  });
  return grants;
}

/** The state decisions are granted over, one decision after another. */
interface Round {
  ctx: DecisionContext;
  q: Qualification;
  grants: Grants;
  order: Precedence;
}

type Screened = 'candidate' | { status: DecisionStatus; reason: string; waits?: boolean };

/** Whether unit i competes for decision k, or where it stands without competing (and whether it waits). */
function screen(round: Round, k: number, i: number): Screened {
  const { ctx, q, grants, order } = round;
  const { decisions, ev, units } = ctx;
  const d = decisions[k];
  const parts = q.parts[k][i] ?? [];
  const t = ctx.text;
  if (d.reviewYears && (ctx.reviewYear === undefined || !d.reviewYears.includes(ctx.reviewYear)))
    return { status: 'notThisRound', reason: t(say('decision.not-this-round', { years: d.reviewYears })) };
  const eligibilityUnknown = ev.eligibilityUnknown?.[i] === 1;
  if (!ev.eligible[i] && !eligibilityUnknown)
    return {
      status: 'ineligible',
      reason: t(say(ev.excluded[i] ? 'decision.not-considered' : 'decision.standards-not-met')),
    };
  const qualifies = q.qualifies[k][i];
  if (qualifies === FALSE) return { status: 'notMet', reason: notMetReason(round, k, i) };
  const higher = order.supersededBy.get(`${d.id}|${i}`);
  if (higher !== undefined)
    return {
      status: 'superseded',
      reason: t(say('decision.superseded', { higher: decisionNamed(decisions[higher]) })),
    };
  if (qualifies === UNKNOWN || eligibilityUnknown) {
    const why = [
      ...(eligibilityUnknown ? [t(say('decision.standards-unknown'))] : []),
      ...(qualifies === UNKNOWN ? parts.filter((p) => p.truth === UNKNOWN).map((p) => p.text) : []),
    ];
    const missing = unknownItems(ev, i, ctx.lang).text;
    return {
      status: 'unknown',
      reason: t(say('decision.waiting-data', { missing, why: why.join('; ') || d.alsoRequires?.join(', ') })),
      waits: true,
    };
  }
  const above = order.waitsOn.get(`${d.id}|${i}`);
  if (above !== undefined)
    return {
      status: 'unknown',
      reason: t(say('decision.waiting-higher', { higher: decisionNamed(decisions[above]) })),
      waits: true,
    };
  // a link that cannot be followed (flagged on the unit) is never guessed: what reads it waits until it is mended
  // (a typo in the collective's code must not read as "the collective was not awarded")
  const link = readsCollective(d) ? ctx.links.get(i) : undefined;
  if (link) return { status: 'unknown', reason: t(link.message), waits: true };
  if (!d.requiresCollective) return 'candidate';
  const collective = units[i].collective ?? '';
  const j = ctx.unitIndex.get(collective);
  if (j === undefined)
    return {
      status: 'unknown',
      reason: t(say('decision.collective-unknown', { collective })),
      waits: true,
    };
  const states = d.requiresCollective.map((id) => grants.status[ctx.decisionIndex.get(id) ?? 0][j]);
  if (states.includes('granted')) return 'candidate';
  const pending = states.some((s) => s !== null && PENDING_DECISION.has(s));
  const params = {
    collective: units[j].name ?? units[j].id,
    awards: d.requiresCollective.map((id) => decisions[ctx.decisionIndex.get(id) ?? 0].name).join(' / '),
  };
  return pending
    ? { status: 'collectivePending', reason: t(say('decision.collective-pending', params)), waits: true }
    : { status: 'collectiveNotAwarded', reason: t(say('decision.collective-not-awarded', params)) };
}

/** The requirements unit i fails, else the decisions it also requires that do not hold. */
function notMetReason({ ctx, q }: Round, k: number, i: number): string {
  const d = ctx.decisions[k];
  const failing = (q.parts[k][i] ?? []).filter((p) => p.truth === FALSE).map((p) => p.text);
  const reasons = failing.length
    ? failing
    : (d.alsoRequires ?? [])
        .filter((id) => q.base[ctx.decisionIndex.get(id) ?? -1]?.[i] !== TRUE)
        .map((id) =>
          ctx.text(
            say('decision.conditions-of', { name: ctx.decisions[ctx.decisionIndex.get(id) ?? 0].name, id }),
          ),
        );
  return ctx.text(say('decision.not-met', { reasons }));
}
