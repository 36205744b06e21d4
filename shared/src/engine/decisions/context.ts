import type { Decision, Fact, Parameter, Plan } from '../../plan/schema';
import { named, nameIn, render, say, type Message, type Named } from '../../messages';
import type { CompiledPlan } from '../compile';
import type { Evaluation } from '../evaluate';
import type { FactValue, Truth } from '../facts';
import { collectiveLinks, type CollectiveLink, type EvaluationExtras } from '../targets';
import type { Flag, Lang, UnitInput } from '../types';
import { uncertaintyOf, type Uncertainty } from '../uncertainty';
import type { DecisionStatus } from '../../api/response-schema';

/**
 * Statuses that wait: for the council (a tie or over a quota), for missing data ('unknown': a condition cannot be
 * decided because a value is missing, unreadable or ambiguous), or for the collective's own pending decision.
 */
export const PENDING_DECISION: ReadonlySet<DecisionStatus> = new Set([
  'tie',
  'overQuota',
  'unknown',
  'collectivePending',
  'awaitingVote',
]);

/** One requirement of a decision for one unit: its truth, and how it reads in the reason. */
export interface Part {
  truth: Truth;
  text: string;
}

/** Everything the decisions of one evaluation read, and the flags they raise per unit. */
export interface DecisionContext {
  compiled: CompiledPlan;
  plan: Plan;
  ev: Evaluation;
  lang: Lang;
  /** The plan's decisions, highest first. */
  decisions: Decision[];
  decisionIndex: Map<string, number>;
  units: readonly UnitInput[];
  n: number;
  extras: EvaluationExtras;
  factMap: Map<string, Fact>;
  paramMap: Map<string, Parameter>;
  /** Unit index by unit id. */
  unitIndex: Map<string, number>;
  /** Units whose collective cannot be followed (flagged by the answer): decisions reading it are refused. */
  links: Map<number, CollectiveLink>;
  reviewYear: number | undefined;
  /** The date the decision is signed: the request's, else the plan's. */
  decisionDate: string | undefined;
  uncertainty: Uncertainty;
  /** Per unit: the flags the decisions raise, in the order they are raised. */
  flags: Flag[][];
  /** Unit i's read value of a fact. */
  factOf(i: number, factId: string): FactValue | undefined;
  /** Facts unit i sent but that could not be read: a condition on them waits, it is never read as "not given". */
  unreadFacts(i: number): Set<string>;
  /** Whether decision k applies to unit i (its block). */
  applies(k: number, i: number): boolean;
  /** The message's text in the request's language. */
  text(message: Message): string;
}

export function decisionContext(
  compiled: CompiledPlan,
  ev: Evaluation,
  opts: { lang: Lang; decisionDate?: string },
): DecisionContext {
  const { plan } = compiled;
  const decisions = plan.awards.decisions ?? [];
  const { units, n, blockOf } = ev;
  const blocksOf = decisions.map((d) =>
    d.appliesTo ? new Set(d.appliesTo.map((b) => compiled.blockIndex.get(b) ?? -1)) : null,
  );
  return {
    compiled,
    plan,
    ev,
    lang: opts.lang,
    decisions,
    decisionIndex: new Map(decisions.map((d, k) => [d.id, k])),
    units,
    n,
    extras: ev.extras,
    factMap: new Map(plan.facts.map((f) => [f.id, f])),
    paramMap: new Map((plan.parameters ?? []).map((p) => [p.id, p])),
    unitIndex: new Map(units.map((u, i) => [u.id, i])),
    links: collectiveLinks(ev),
    reviewYear: plan.awards.reviewYear,
    decisionDate: opts.decisionDate ?? plan.awards.decisionDate,
    uncertainty: uncertaintyOf(ev),
    flags: Array.from({ length: n }, () => []),
    factOf: (i, factId) => {
      const f = compiled.factIndex.get(factId);
      return f === undefined ? undefined : ev.facts[i][f];
    },
    unreadFacts: (i) =>
      new Set((ev.issues.get(i) ?? []).filter((x) => x.kind === 'fact' && x.status !== 1).map((x) => x.id)),
    applies: (k, i) => {
      const blocks = blocksOf[k];
      return blockOf[i] >= 0 && (!blocks || blocks.has(blockOf[i]));
    },
    text: (message) => render(message, opts.lang),
  };
}

/** A decision's name where English falls back to Vietnamese only when the plan gives no English name. */
export function decisionNamed(d: Decision): Named {
  return { vi: d.name, en: d.nameEn };
}

/** A decision's name as its results carry it: an empty English name reads as the Vietnamese one. */
export function decisionName(ctx: DecisionContext, d: Decision): string {
  return nameIn(named(d.name, d.nameEn), ctx.lang);
}

/** A flag's text about one decision, "<decision>": <text>, the decision named as its results name it. */
export function aboutDecision(ctx: DecisionContext, d: Decision, text: string): string {
  return ctx.text(say('decision.about', { decision: named(d.name, d.nameEn), text }));
}
