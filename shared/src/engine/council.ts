/**
 * The council's decisions applied to a run, in fixed phases so that the order they were written in never matters:
 *
 * 1. `withCouncil` (after evaluate): each decision is matched to its unit and award; contradicting decisions for the
 *    same unit are refused together; exclusions and inclusions change eligibility; "score 0" / "wait" set the unit's
 *    rule for missing values (missing-policy.ts).
 * 2. `councilStanding` (after rankAndAward): a tie is settled for the units the council chose — never more units
 *    per tier than the tie's places, never a tie that no longer exists or still waits for data — and votes decide
 *    the tiers the plan puts to a vote.
 * 3. `councilDecisionVotes` (inside decide): the same for award decisions put to a vote.
 * 4. `councilResponse` (after the answer is built): every unit a decision touched says so ("Theo quyết định của Hội
 *    đồng ngày …"), tiers still waiting for a vote become pending, and `council` reports each decision: applied, or
 *    refused with the reason.
 *
 * The run's context is kept beside its Evaluation (a WeakMap), so the engine's own types carry nothing new.
 */
import { contentHash } from '../plan/hash';
import type { CouncilDecision } from '../council/schema';
import { renderCouncil, type CouncilMessage, type MessageParams } from '../council/messages';
import { nameIn, render, say, word, type WordCode } from '../messages';
import type { UnitStanding } from '../messages/council';
import type { CouncilOutcome, CouncilReport } from '../council/report-schema';
import { formatNumber, moneyInWords, type Lang } from '../values';
import { HELD, NO_TIER, PENDING, type Standing, type TieGroup } from './awards';
import type { DecisionStatus } from './decisions';
import { AMBIGUOUS, INVALID, MISSING, type Evaluation } from './evaluate';
import { missingValuePolicy, withUnitRules, type MissingValueRule } from './missing-policy';
import { countFlags } from './response';
import { councilKey, nearestName } from './unit-names';
import type { ScoreOptions, ScoreResponse, UnitResult } from './types';

export { councilKey } from './unit-names';

/** Flag codes the council adds to a unit's result (besides the codes of COUNCIL_MESSAGES). */
export const COUNCIL_FLAG = 'council-decision';
export const COUNCIL_REFUSED_FLAG = 'council-decision-refused';
export const COUNCIL_VOTE_FLAG = 'council-vote-needed';

interface Entry {
  index: number;
  d: CouncilDecision;
  unit?: number;
  /** Tie or vote on a tier: its index. */
  tier?: number;
  /** Vote on an award decision: its id. */
  decisionId?: string;
  /** Tie: the other units the council compared, when the decision names them. */
  tiedWith?: number[];
  status?: 'applied' | 'refused';
  msg?: CouncilMessage;
}

interface Context {
  lang: Lang;
  entries: Entry[];
  /** Per unit: what the council's decisions did to it, keyed so a phase run twice says it once. */
  notes: Map<number, Map<string, CouncilMessage>>;
  /** Units whose rule for missing values is the council's. */
  missingRules: Map<number, MissingValueRule>;
  votesNeeded: Map<string, { unit: number; award: string; tier?: number; share: number }>;
  hash: string;
}

const contexts = new WeakMap<Evaluation, Context>();

/** Hash of the decisions, independent of their order and of where they were written. */
export function decisionsHash(list: readonly CouncilDecision[]): string {
  const canonical = list.map((d) => {
    const { source: _where, ...rest } = d;
    return contentHash(rest);
  });
  return contentHash(canonical.sort());
}

const name = (ev: Evaluation, i: number) => ev.units[i].name ?? ev.units[i].id;
const blockName = (ev: Evaluation, i: number) => ev.compiled.plan.blocks[ev.blockOf[i]]?.name ?? '';

function whereOf(e: Entry): string {
  return e.d.source ?? `#${e.index + 1}`;
}

const KIND_WORDS = {
  tie: 'council.kind.tie',
  exclude: 'council.kind.exclude',
  include: 'council.kind.include',
  vote: 'council.kind.vote',
} as const satisfies Record<Exclude<CouncilDecision['kind'], 'missing'>, WordCode>;

function kindWords(d: CouncilDecision, lang: Lang): string {
  const code = d.kind === 'missing' ? (`council.kind.missing-${d.rule}` as const) : KIND_WORDS[d.kind];
  return word(code, lang);
}

function refuse(ctx: Context, e: Entry, code: string, params: MessageParams = {}): void {
  e.status = 'refused';
  e.msg = { code, params: { where: whereOf(e), what: kindWords(e.d, ctx.lang), unit: e.d.unit, ...params } };
}

function note(ctx: Context, unit: number, key: string, msg: CouncilMessage): void {
  let map = ctx.notes.get(unit);
  if (!map) ctx.notes.set(unit, (map = new Map()));
  map.set(key, msg);
}

function applied(ctx: Context, e: Entry, unit: number, code: string, params: MessageParams): void {
  e.status = 'applied';
  const msg = { code, params: { date: e.d.date, reason: e.d.reason, ...params } };
  e.msg = msg;
  note(ctx, unit, `${e.index}`, msg);
}

function tierLabel(ev: Evaluation, t: number, lang: Lang): string {
  const tier = ev.compiled.plan.awards.tiers[t];
  return (lang === 'en' && tier.nameEn) || tier.name;
}

function voteShareOf(ev: Evaluation): number | undefined {
  return ev.compiled.plan.awards.voteShare ?? undefined;
}

/** The share of the council's votes an award needs (percent), or undefined when the plan puts it to no vote. */
export function voteShareFor(ev: Evaluation, awardId: string): number | undefined {
  const { voteShare, voteFor } = ev.compiled.plan.awards;
  if (voteShare === undefined || voteShare === null) return undefined;
  return !voteFor || voteFor.includes(awardId) ? voteShare : undefined;
}

/** The units a decision names; `elsewhere`: those its name matches in other blocks than the one it gives. */
type Resolved = { found: number[]; elsewhere: number[] };

function resolveUnits(ev: Evaluation): (d: CouncilDecision) => Resolved {
  const byKey = new Map<string, number[]>();
  const add = (key: string, i: number) => {
    if (!key) return;
    const list = byKey.get(key);
    if (!list) byKey.set(key, [i]);
    else if (!list.includes(i)) list.push(i);
  };
  ev.units.forEach((u, i) => {
    add(`=${u.id}`, i);
    add(councilKey(u.id), i);
    if (u.name) add(councilKey(u.name), i);
  });
  const blocks = ev.compiled.plan.blocks;
  return (d) => {
    const exact = byKey.get(`=${d.unit}`);
    const named = exact ?? byKey.get(councilKey(d.unit)) ?? [];
    if (!d.block) return { found: named, elsewhere: [] };
    const key = councilKey(d.block);
    const inBlock = (i: number) => {
      const b = blocks[ev.blockOf[i]];
      return !!b && (councilKey(b.id) === key || councilKey(b.name) === key);
    };
    return { found: named.filter(inBlock), elsewhere: named.filter((i) => !inBlock(i)) };
  };
}

/** The other units a tie decision says the council compared, each found once; refused when one is not. */
function resolveTiedWith(
  ctx: Context,
  e: Entry,
  others: readonly string[],
  units: (d: CouncilDecision) => Resolved,
  ev: Evaluation,
): boolean {
  const found = new Set<number>();
  for (const other of others) {
    const matches = units({ ...e.d, unit: other }).found;
    if (matches.length !== 1) {
      refuse(ctx, e, 'council-tie-with-unknown', {
        other,
        matches: matches.map((i) => `${name(ev, i)} (${ev.units[i].id})`).join(', '),
      });
      return false;
    }
    if (matches[0] !== e.unit) found.add(matches[0]);
  }
  e.tiedWith = [...found];
  return true;
}

function resolveAwards(ev: Evaluation) {
  const { tiers, decisions = [] } = ev.compiled.plan.awards;
  const match = (text: string, id: string, ...names: (string | undefined)[]) =>
    text === id || [id, ...names].some((n) => n !== undefined && councilKey(n) === councilKey(text));
  return {
    tier: (text: string) => tiers.findIndex((t) => match(text, t.id, t.name, t.nameEn)),
    decision: (text: string) => decisions.find((d) => match(text, d.id, d.name, d.nameEn))?.id,
    known: (withDecisions: boolean) =>
      [...tiers.map((t) => t.name), ...(withDecisions ? decisions.map((d) => d.name) : [])].join(', '),
  };
}

/** Refuses together every decision of a group that says different things for the same unit. */
function refuseConflicts(ctx: Context, groups: Map<string, Entry[]>, same: (a: Entry, b: Entry) => boolean) {
  for (const list of groups.values()) {
    if (list.every((e) => same(e, list[0]))) continue;
    for (const e of list)
      refuse(ctx, e, 'council-conflict', {
        others: list
          .filter((o) => o !== e)
          .map(whereOf)
          .sort()
          .join(', '),
      });
  }
}

function group(entries: Entry[], key: (e: Entry) => string | undefined): Map<string, Entry[]> {
  const out = new Map<string, Entry[]>();
  for (const e of entries) {
    if (e.status) continue;
    const k = key(e);
    if (k === undefined) continue;
    const list = out.get(k);
    if (list) list.push(e);
    else out.set(k, [e]);
  }
  return out;
}

/** Phase 1: match the decisions, refuse contradictions, apply exclusions, inclusions and missing-value rules. */
export function withCouncil(ev: Evaluation, options: ScoreOptions = {}): Evaluation {
  const list = options.councilDecisions ?? [];
  // a plan that puts awards to the council's vote needs the council's part even before any decision is recorded
  if (!list.length && voteShareOf(ev) === undefined) return ev;
  const lang = options.lang ?? 'vi';
  const ctx: Context = {
    lang,
    entries: list.map((d, index) => ({ index, d })),
    notes: new Map(),
    missingRules: new Map(),
    votesNeeded: new Map(),
    hash: decisionsHash(list),
  };
  const units = resolveUnits(ev);
  const unitNames = ev.units.map((u) => u.name ?? u.id);
  const awards = resolveAwards(ev);
  for (const e of ctx.entries) {
    const { found, elsewhere } = units(e.d);
    if (!found.length && elsewhere.length) {
      const blockNames = [...new Set(elsewhere.map((i) => blockName(ev, i)))];
      refuse(ctx, e, 'council-unit-other-block', { block: e.d.block ?? '', blocks: blockNames.join(', ') });
      continue;
    }
    if (!found.length) {
      const near = nearestName(e.d.unit, unitNames);
      refuse(ctx, e, 'council-unit-unknown', near ? { near } : {});
      continue;
    }
    if (found.length > 1) {
      refuse(ctx, e, 'council-unit-ambiguous', {
        matches: found.map((i) => `${name(ev, i)} (${ev.units[i].id})`).join(', '),
      });
      continue;
    }
    e.unit = found[0];
    if (e.d.kind === 'tie' && e.d.tiedWith && !resolveTiedWith(ctx, e, e.d.tiedWith, units, ev)) continue;
    if (e.d.kind !== 'tie' && e.d.kind !== 'vote') continue;
    const t = awards.tier(e.d.award);
    const decisionId = e.d.kind === 'vote' && t < 0 ? awards.decision(e.d.award) : undefined;
    if (t < 0 && decisionId === undefined) {
      refuse(ctx, e, 'council-award-unknown', { award: e.d.award, known: awards.known(e.d.kind === 'vote') });
      continue;
    }
    if (t >= 0) e.tier = t;
    else e.decisionId = decisionId;
    if (
      e.d.kind === 'vote' &&
      voteShareFor(ev, t >= 0 ? ev.compiled.plan.awards.tiers[t].id : decisionId!) === undefined
    )
      refuse(ctx, e, 'council-vote-not-required', { award: e.d.award });
  }

  // the same unit told two different things: neither is applied
  refuseConflicts(
    ctx,
    group(ctx.entries, (e) =>
      e.unit !== undefined && (e.d.kind === 'exclude' || e.d.kind === 'include') ? `${e.unit}` : undefined,
    ),
    (a, b) => a.d.kind === b.d.kind,
  );
  refuseConflicts(
    ctx,
    group(ctx.entries, (e) => (e.unit !== undefined && e.d.kind === 'missing' ? `${e.unit}` : undefined)),
    (a, b) => a.d.kind === 'missing' && b.d.kind === 'missing' && a.d.rule === b.d.rule,
  );
  refuseConflicts(
    ctx,
    group(ctx.entries, (e) => (e.unit !== undefined && e.d.kind === 'tie' ? `${e.unit}` : undefined)),
    (a, b) => a.tier === b.tier,
  );
  refuseConflicts(
    ctx,
    group(ctx.entries, (e) =>
      e.unit !== undefined && e.d.kind === 'vote'
        ? `${e.unit}|${e.tier ?? ''}|${e.decisionId ?? ''}`
        : undefined,
    ),
    (a, b) =>
      a.d.kind === 'vote' &&
      b.d.kind === 'vote' &&
      a.d.votesFor === b.d.votesFor &&
      a.d.members === b.d.members,
  );

  const excluded = Uint8Array.from(ev.excluded);
  const eligible = Uint8Array.from(ev.eligible);
  const eligibilityUnknown = ev.eligibilityUnknown
    ? Uint8Array.from(ev.eligibilityUnknown)
    : new Uint8Array(ev.n);
  const ruleOutcomes = new Map(ev.ruleOutcomes);
  const plain = (text: string) => text.replace(/\{[A-Za-z0-9_-]+\}/g, '…');
  const criteriaOf = (i: number) =>
    (ev.issues.get(i) ?? []).filter(
      (x) =>
        x.kind === 'criterion' && (x.status === MISSING || x.status === INVALID || x.status === AMBIGUOUS),
    );
  const numbers = (ids: string[]) =>
    ids.map((id) => ev.compiled.plan.criteria[ev.compiled.criterionIndex.get(id) ?? 0]?.number ?? id);

  for (const e of ctx.entries) {
    if (e.status || e.unit === undefined) continue;
    const i = e.unit;
    const d = e.d;
    if (d.kind === 'exclude' || d.kind === 'include') {
      if (ev.blockOf[i] < 0) {
        refuse(ctx, e, 'council-unit-no-block', { name: name(ev, i) });
        continue;
      }
      const outcomes = ev.ruleOutcomes.get(i) ?? [];
      const why = outcomes
        .map((o) => plain(nameIn({ vi: o.rule.reason, en: o.rule.reasonEn }, lang)))
        .join('; ');
      if (d.kind === 'exclude') {
        if (ev.excluded[i]) {
          refuse(ctx, e, 'council-already-excluded', { name: name(ev, i), why });
          continue;
        }
        excluded[i] = 1;
        eligible[i] = 0;
        eligibilityUnknown[i] = 0;
        applied(ctx, e, i, 'council-excluded', { rule: d.rule });
      } else {
        if (ev.eligible[i] && !eligibilityUnknown[i]) {
          refuse(ctx, e, 'council-already-eligible', { name: name(ev, i) });
          continue;
        }
        excluded[i] = 0;
        eligible[i] = 1;
        eligibilityUnknown[i] = 0;
        ruleOutcomes.delete(i);
        applied(ctx, e, i, 'council-included', { rule: d.rule, overridden: why || '—' });
      }
    } else if (d.kind === 'missing') {
      const unread = criteriaOf(i);
      if (!unread.length) {
        const facts = (ev.issues.get(i) ?? []).filter((x) => x.kind === 'fact').map((x) => x.id);
        refuse(ctx, e, 'council-missing-nothing', { name: name(ev, i), facts: facts.join(', ') });
        continue;
      }
      ctx.missingRules.set(i, d.rule);
      applied(ctx, e, i, d.rule === 'zero' ? 'council-missing-zero' : 'council-missing-hold', {
        items: render(say('unknown.items', { criteria: numbers(unread.map((x) => x.id)), facts: [] }), lang),
      });
    }
  }
  const next: Evaluation = {
    ...ev,
    excluded,
    eligible,
    eligibilityUnknown,
    ruleOutcomes,
    missingPolicy: withUnitRules(
      ev.missingPolicy ?? missingValuePolicy(ev.compiled.plan, options),
      ctx.missingRules,
    ),
  };
  contexts.set(next, ctx);
  return next;
}

function standingText(ev: Evaluation, standing: Standing, i: number, lang: Lang): string {
  const t = standing.tier[i];
  const award: UnitStanding['award'] =
    t >= 0
      ? { tier: tierLabel(ev, t, lang) }
      : { none: t === HELD ? 'data' : t === PENDING ? 'pending' : 'award' };
  return render(say('council.standing', { rank: standing.rank[i], award }), lang);
}

/** Whether the tie's other units are exactly those the council compared. */
function sameUnits(compared: readonly number[], tied: readonly number[], unit: number): boolean {
  const now = tied.filter((i) => i !== unit);
  return now.length === compared.length && now.every((i) => compared.includes(i));
}

/** Phase 2: ties settled as the council chose, and votes on tiers. */
export function councilStanding(ev: Evaluation, standing: Standing): Standing {
  const ctx = contexts.get(ev);
  if (!ctx) return standing;
  const { lang } = ctx;
  const tier = Int32Array.from(standing.tier);
  const ties = [...standing.ties];
  const tieOf = new Map<number, TieGroup>();
  for (const tie of standing.ties) for (const i of tie.unitIndices) tieOf.set(i, tie);
  const names = (list: number[]) => list.map((i) => name(ev, i)).join(', ');

  const byTie = new Map<TieGroup, Entry[]>();
  for (const e of ctx.entries) {
    if (e.status || e.d.kind !== 'tie' || e.unit === undefined) continue;
    const tie = tieOf.get(e.unit);
    if (!tie) {
      refuse(ctx, e, 'council-tie-gone', {
        name: name(ev, e.unit),
        now: standingText(ev, standing, e.unit, lang),
      });
      continue;
    }
    if (e.tiedWith && !sameUnits(e.tiedWith, tie.unitIndices, e.unit)) {
      const byId = (a: number, b: number) => (ev.units[a].id < ev.units[b].id ? -1 : 1);
      refuse(ctx, e, 'council-tie-members-changed', {
        name: name(ev, e.unit),
        compared: names([...e.tiedWith].sort(byId)),
        now: names(tie.unitIndices.filter((i) => i !== e.unit).sort(byId)),
      });
      continue;
    }
    byTie.set(tie, [...(byTie.get(tie) ?? []), e]);
  }
  for (const [tie, entries] of byTie) {
    const waitingFor = new Set<number>();
    for (const i of tie.unitIndices) for (const x of standing.held.get(i)?.by ?? []) waitingFor.add(x);
    if (waitingFor.size) {
      for (const e of entries) refuse(ctx, e, 'council-tie-held', { units: names([...waitingFor]) });
      continue;
    }
    const slots = tie.slotTiers.map((t) => tierLabel(ev, t, lang)).join(', ');
    for (const e of entries)
      if (!tie.slotTiers.includes(e.tier ?? -1))
        refuse(ctx, e, 'council-tie-no-slot', {
          name: name(ev, e.unit!),
          award: tierLabel(ev, e.tier!, lang),
          slots,
        });
    const byTier = new Map<number, Entry[]>();
    for (const e of entries) if (!e.status) byTier.set(e.tier!, [...(byTier.get(e.tier!) ?? []), e]);
    const chosen = new Map<number, number>();
    for (const [t, list] of byTier) {
      const chosenUnits = [...new Set(list.map((e) => e.unit!))];
      const places = tie.slotTiers.filter((x) => x === t).length;
      if (chosenUnits.length > places) {
        for (const e of list)
          refuse(ctx, e, 'council-tie-over-slots', {
            chosen: chosenUnits.length,
            names: names(chosenUnits.sort((a, b) => (ev.units[a].id < ev.units[b].id ? -1 : 1))),
            slots: places,
            award: tierLabel(ev, t, lang),
          });
        continue;
      }
      for (const u of chosenUnits) chosen.set(u, t);
    }
    if (!chosen.size) continue;
    const tied = names(tie.unitIndices);
    for (const e of entries)
      if (!e.status)
        applied(ctx, e, e.unit!, 'council-tie-chosen', {
          award: tierLabel(ev, e.tier!, lang),
          rank: tie.rank,
          tied,
        });
    const left = [...tie.slotTiers];
    for (const [u, t] of chosen) {
      tier[u] = t;
      left.splice(left.indexOf(t), 1);
    }
    const rest = tie.unitIndices.filter((i) => !chosen.has(i));
    const date = entries
      .filter((e) => e.status === 'applied')
      .map((e) => e.d.date)
      .sort()
      .pop() as string;
    const chosenText = [...chosen]
      .map(([u, t]) => `${name(ev, u)} — ${tierLabel(ev, t, lang)}`)
      .sort()
      .join('; ');
    const key = `tie:${tie.block}:${tie.rank}`;
    const position = ties.indexOf(tie);
    if (!left.length) {
      for (const i of rest) {
        tier[i] = NO_TIER;
        note(ctx, i, key, { code: 'council-tie-lost', params: { date, chosen: chosenText } });
      }
      ties.splice(position, 1);
    } else if (left.every((t) => t === left[0]) && left.length === rest.length) {
      for (const i of rest) {
        tier[i] = left[0];
        note(ctx, i, key, {
          code: 'council-tie-rest',
          params: { date, chosen: chosenText, award: tierLabel(ev, left[0], lang) },
        });
      }
      ties.splice(position, 1);
    } else {
      ties[position] = { ...tie, unitIndices: rest, slotTiers: left };
      const leftText = left.map((t) => tierLabel(ev, t, lang)).join(', ');
      for (const i of rest)
        note(ctx, i, key, { code: 'council-tie-open', params: { date, chosen: chosenText, left: leftText } });
    }
  }

  // votes on tiers: a tier the plan puts to a vote is final only with the council's approval
  const tiers = ev.compiled.plan.awards.tiers;
  const votes = ctx.entries.filter((e) => !e.status && e.d.kind === 'vote' && e.tier !== undefined);
  const votesOf = byUnit(votes);
  for (let i = 0; i < ev.n; i++) {
    const t = tier[i];
    if (t < 0) continue;
    const need = voteShareFor(ev, tiers[t].id);
    if (need === undefined) continue;
    const mine = (votesOf.get(i) ?? []).filter((e) => e.tier === t);
    if (!mine.length) {
      ctx.votesNeeded.set(`${i}|${tiers[t].id}`, {
        unit: i,
        award: tierLabel(ev, t, lang),
        tier: t,
        share: need,
      });
      continue;
    }
    if (!castVotes(ctx, mine, i, tierLabel(ev, t, lang), need)) tier[i] = NO_TIER;
  }
  for (const e of votes)
    if (!e.status)
      refuse(ctx, e, 'council-vote-not-candidate', {
        name: name(ev, e.unit!),
        award: tierLabel(ev, e.tier!, lang),
        now: standingText(ev, { ...standing, tier }, e.unit!, lang),
      });
  return { ...standing, tier, ties };
}

function byUnit(entries: Entry[]): Map<number, Entry[]> {
  const out = new Map<number, Entry[]>();
  for (const e of entries) if (e.unit !== undefined) out.set(e.unit, [...(out.get(e.unit) ?? []), e]);
  return out;
}

/** Applies identical votes (conflicting ones were refused); true when the award is approved. */
function castVotes(ctx: Context, mine: Entry[], unit: number, award: string, need: number): boolean {
  const d = mine[0].d as Extract<CouncilDecision, { kind: 'vote' }>;
  const pass = d.votesFor * 100 >= need * d.members - 1e-9;
  const share = formatNumber(Math.round((d.votesFor / d.members) * 1000) / 10, undefined, ctx.lang);
  for (const e of mine)
    applied(ctx, e, unit, pass ? 'council-vote-passed' : 'council-vote-failed', {
      award,
      votesFor: d.votesFor,
      members: d.members,
      share,
      need: formatNumber(need, undefined, ctx.lang),
    });
  return pass;
}

/**
 * Phase 3, called by decide() once a decision's grants are known: a decision the plan puts to a vote is granted
 * only with the council's approval ('notMet' when the vote fails, 'awaitingVote' until it is recorded).
 */
export function councilDecisionVotes(
  ev: Evaluation,
  decision: { id: string; name: string; nameEn?: string },
  status: (DecisionStatus | null)[],
  reason: string[],
): void {
  const ctx = contexts.get(ev);
  if (!ctx) return;
  const need = voteShareFor(ev, decision.id);
  if (need === undefined) return;
  const { lang } = ctx;
  const award = (lang === 'en' && decision.nameEn) || decision.name;
  const votes = ctx.entries.filter(
    (e) => e.d.kind === 'vote' && e.decisionId === decision.id && e.status !== 'refused',
  );
  const votesOf = byUnit(votes);
  for (let i = 0; i < status.length; i++) {
    if (status[i] !== 'granted') continue;
    const mine = votesOf.get(i) ?? [];
    if (!mine.length) {
      status[i] = 'awaitingVote';
      reason[i] = renderCouncil({ code: 'council-vote-needed', params: { award, need } }, lang);
      ctx.votesNeeded.set(`${i}|${decision.id}`, { unit: i, award, share: need });
      continue;
    }
    if (!castVotes(ctx, mine, i, award, need)) {
      status[i] = 'notMet';
      reason[i] = renderCouncil(mine[0].msg as CouncilMessage, lang);
    }
  }
  for (const e of votes)
    if (!e.status)
      refuse(ctx, e, 'council-vote-not-candidate', {
        name: name(ev, e.unit!),
        award,
        now: word('council.not-granted', lang),
      });
}

/** The phrase the engine adds when a missing value scores 0 by the plan; a council's rule says whose rule it is. */
const ZERO_BY_PLAN = [word('criterion.zero-by-plan', 'vi'), word('criterion.zero-by-plan', 'en')];

function movePendingVote(
  response: ScoreResponse,
  r: UnitResult,
  tierIndex: number,
  ev: Evaluation,
): UnitResult {
  const tier = ev.compiled.plan.awards.tiers[tierIndex];
  if (r.award?.tier !== tier.id) return r;
  const prize = r.award.prize ?? 0;
  const summary = response.summary;
  const block = summary.blocks.find((b) => b.block === r.block);
  const ts = block?.tiers.find((x) => x.tier === tier.id);
  if (block && ts) {
    const before = ts.held;
    ts.awarded = ts.awarded.filter((id) => id !== r.unitId);
    ts.pending = [...ts.pending, r.unitId].sort();
    ts.held = Math.min(ts.slots - ts.awarded.length, ts.pending.length);
    const pending = (ts.held - before) * (ts.prize ?? 0);
    block.prizeFundUsed -= prize;
    block.prizeFundPending += pending;
    summary.prizeFundUsed -= prize;
    summary.prizeFundPending += pending;
  }
  return { ...r, award: null, pendingTiers: [tier.id] };
}

/** A deep copy of answer data (plain objects, arrays, primitives), so the council's edits leave the input alone. */
function copyData<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyData) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copyData(v)])) as T;
  return value;
}

/** Phase 4: what each decision did, on the units it touched and in the answer's `council` report. */
/**
 * The same decision applied from two rows (or a row and a file): applied once in effect, but each says where else
 * it is written, so the council keeps one row — whose date and reason stand is not the program's to pick.
 */
function repeatedDecisions(entries: readonly Entry[]): Map<number, string> {
  const byEffect = new Map<string, Entry[]>();
  for (const e of entries) {
    if (e.status !== 'applied' || e.unit === undefined) continue;
    const rule = e.d.kind === 'missing' ? e.d.rule : '';
    const key = JSON.stringify([e.unit, e.d.kind, e.tier ?? -1, e.decisionId ?? '', rule]);
    byEffect.set(key, [...(byEffect.get(key) ?? []), e]);
  }
  const out = new Map<number, string>();
  for (const list of byEffect.values())
    if (list.length > 1)
      for (const e of list)
        out.set(
          e.index,
          list
            .filter((o) => o !== e)
            .map(whereOf)
            .join(', '),
        );
  return out;
}

export function councilResponse(ev: Evaluation, response: ScoreResponse): ScoreResponse {
  const ctx = contexts.get(ev);
  if (!ctx) return response;
  const { lang } = ctx;
  const indexOf = new Map(ev.units.map((u, i) => [u.id, i]));
  const summary = copyData(response.summary);
  const out: ScoreResponse = { ...response, summary };
  const refusedFor = new Map<number, Entry[]>();
  for (const e of ctx.entries)
    if (e.status === 'refused' && e.unit !== undefined)
      refusedFor.set(e.unit, [...(refusedFor.get(e.unit) ?? []), e]);

  const neededBy = new Map<number, { unit: number; award: string; tier?: number; share: number }[]>();
  for (const need of ctx.votesNeeded.values())
    neededBy.set(need.unit, [...(neededBy.get(need.unit) ?? []), need]);
  out.results = response.results.map((original) => {
    const i = indexOf.get(original.unitId);
    if (i === undefined) return original;
    let r: UnitResult = { ...original, flags: [...original.flags] };
    const said: string[] = [];
    for (const need of neededBy.get(i) ?? []) {
      if (need.tier !== undefined) r = movePendingVote(out, r, need.tier, ev);
      const message = renderCouncil(
        { code: 'council-vote-needed', params: { award: need.award, need: need.share } },
        lang,
      );
      r.flags.push({ code: COUNCIL_VOTE_FLAG, message });
      said.push(message);
    }
    // in the order of their text, never the order the decisions were written in
    const notes = [...(ctx.notes.get(i)?.values() ?? [])].map((msg) => renderCouncil(msg, lang)).sort();
    for (const message of notes) {
      r.flags.push({ code: COUNCIL_FLAG, message });
      said.push(message);
    }
    const refused = (refusedFor.get(i) ?? []).map((e) => renderCouncil(e.msg as CouncilMessage, lang)).sort();
    for (const message of refused) r.flags.push({ code: COUNCIL_REFUSED_FLAG, message });
    if (ctx.missingRules.get(i) === 'zero') {
      const date = ctx.entries.find((e) => e.unit === i && e.d.kind === 'missing' && e.status === 'applied')
        ?.d.date;
      const byCouncil = render(say('council.zero-by-council', { date: date ?? '' }), lang);
      const fix = (text: string) => ZERO_BY_PLAN.reduce((t, phrase) => t.split(phrase).join(byCouncil), text);
      r.flags = r.flags.map((f) => ({ ...f, message: fix(f.message) }));
      if (r.criteria)
        r.criteria = r.criteria.map((c) => (c.explanation ? { ...c, explanation: fix(c.explanation) } : c));
      if (r.explanation !== undefined) r.explanation = fix(r.explanation);
    }
    if (said.length && r.explanation !== undefined)
      r.explanation = [r.explanation, ...said].filter(Boolean).join('; ');
    return r;
  });
  summary.prizeFundUsedInWords = moneyInWords(summary.prizeFundUsed);
  summary.prizeFundPendingInWords = moneyInWords(summary.prizeFundPending);
  summary.flagCounts = countFlags(out.results);

  const again = repeatedDecisions(ctx.entries);
  const decisions: CouncilOutcome[] = ctx.entries.map((e) => {
    // a decision no phase reached (a caller that ranks without councilStanding): said, never silently dropped
    const msg = e.msg ?? {
      code: 'council-not-applied',
      params: { where: whereOf(e), what: kindWords(e.d, lang), unit: e.d.unit },
    };
    return {
      index: e.index,
      kind: e.d.kind,
      unit: e.d.unit,
      ...(e.unit !== undefined ? { unitId: ev.units[e.unit].id } : {}),
      date: e.d.date,
      recordedBy: e.d.recordedBy,
      reason: e.d.reason,
      ...(e.d.source ? { source: e.d.source } : {}),
      status: e.status ?? 'refused',
      code: msg.code,
      params: msg.params,
      message:
        renderCouncil(msg, lang) +
        (again.has(e.index)
          ? renderCouncil({ code: 'council-decision-again', params: { others: again.get(e.index)! } }, lang)
          : ''),
    };
  });
  const report: CouncilReport = {
    decisionsHash: ctx.hash,
    applied: decisions.filter((d) => d.status === 'applied').length,
    refused: decisions.filter((d) => d.status === 'refused').length,
    decisions,
    votesNeeded: [...ctx.votesNeeded.values()].map((v) => ({
      unitId: ev.units[v.unit].id,
      award: v.award,
      share: v.share,
    })),
  };
  return { ...out, council: report };
}
