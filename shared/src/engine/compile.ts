import { factsOf } from '../plan/conditions';
import { contentHash } from '../plan/hash';
import type { Fact, Plan } from '../plan/schema';
import { parsePlan } from '../plan/validate';
import type { Problem } from '../problems';
import { compileCriterion, countsTowardsMax, type CompiledCriterion } from './criteria';
import { compileCondition, factReader, type ConditionContext, type FactValue, type Truth } from './facts';

export const ENGINE_VERSION = '0.1.0';

export interface CompiledRule {
  id: string;
  code: string;
  reason: string;
  reasonEn: string;
  factIds: string[];
  test: (get: (factId: string) => FactValue | undefined) => Truth;
  /** Block indices the rule applies to; null = every block. */
  blocks: Set<number> | null;
  /** False for specific standards that only named decisions require. */
  gate: boolean;
}

/** A plan turned into functions once, ready to score any number of units. */
export interface CompiledPlan {
  plan: Plan;
  hash: string;
  criteria: CompiledCriterion[];
  criterionIndex: Map<string, number>;
  facts: Fact[];
  factIndex: Map<string, number>;
  factReaders: ReturnType<typeof factReader>[];
  exclusions: CompiledRule[];
  standards: CompiledRule[];
  blockIndex: Map<string, number>;
  /** The most points a unit can have: every criterion that counts towards the maximum. */
  maxTotal: number;
  /** Per block: the maximum of the criteria that apply to it (criteria `appliesTo`). */
  blockMax: number[];
  /** Per block: how many criteria apply to it (0: its units are not ranked, e.g. individuals nominated only). */
  blockCriteria: number[];
  scale: number;
  /** What conditions read besides facts: the review year and plan parameters. */
  context: ConditionContext;
  /** Per fact: block indices it applies to, null = every block. */
  factBlocks: (Set<number> | null)[];
  standardIndex: Map<string, number>;
  targetIndex: Map<string, number>;
  compileRule: (
    id: string,
    code: string,
    cond: Parameters<typeof compileCondition>[0],
    reason: string,
    reasonEn?: string,
    appliesTo?: string[],
    gate?: boolean,
  ) => CompiledRule;
}

export function compilePlan(plan: Plan): CompiledPlan {
  const factMap = new Map(plan.facts.map((f) => [f.id, f]));
  const blockIndex = new Map(plan.blocks.map((b, i) => [b.id, i]));
  const blocksOf = (ids: string[] | undefined) =>
    ids ? new Set(ids.map((id) => blockIndex.get(id) ?? -1)) : null;
  const context: ConditionContext = {
    reviewYear: plan.awards.reviewYear,
    params: new Map((plan.parameters ?? []).map((p) => [p.id, p.value])),
  };
  const rule = (
    id: string,
    code: string,
    cond: Parameters<typeof compileCondition>[0],
    reason: string,
    reasonEn?: string,
    appliesTo?: string[],
    gate = true,
  ): CompiledRule => ({
    id,
    code,
    reason,
    reasonEn: reasonEn ?? reason,
    factIds: factsOf(cond),
    test: compileCondition(cond, factMap, context),
    blocks: blocksOf(appliesTo),
    gate,
  });
  const criteria = plan.criteria.map((c) => ({ ...compileCriterion(c), blocks: blocksOf(c.appliesTo) }));
  const counted = criteria.filter((cc) => countsTowardsMax(cc.criterion));
  return {
    plan,
    hash: planHash(plan),
    criteria,
    criterionIndex: new Map(plan.criteria.map((c, i) => [c.id, i])),
    facts: plan.facts,
    factIndex: new Map(plan.facts.map((f, i) => [f.id, i])),
    factReaders: plan.facts.map((f) => factReader(f)),
    exclusions: plan.exclusions.map((e) => rule(e.id, e.code, e.when, e.reason, e.reasonEn)),
    standards: plan.standards.map((s) =>
      rule(s.id, s.code, s.require, s.reason, s.reasonEn, s.appliesTo, s.eligibility !== false),
    ),
    blockIndex,
    maxTotal: counted.reduce((sum, cc) => sum + cc.criterion.maxPoints, 0),
    blockCriteria: plan.blocks.map((_, b) => criteria.filter((cc) => !cc.blocks || cc.blocks.has(b)).length),
    blockMax: plan.blocks.map((_, b) =>
      counted.reduce((sum, cc) => (cc.blocks && !cc.blocks.has(b) ? sum : sum + cc.criterion.maxPoints), 0),
    ),
    scale: 10 ** plan.pointsDecimals,
    context,
    factBlocks: plan.facts.map((f) => blocksOf(f.appliesTo)),
    standardIndex: new Map(plan.standards.map((s, i) => [s.id, i])),
    targetIndex: new Map((plan.targets ?? []).map((t, i) => [t.id, i])),
    compileRule: rule,
  };
}

/** The hash every result carries: canonical JSON of the validated plan (defaults filled, $schema left out). */
export function planHash(plan: Plan): string {
  const { $schema: _ignored, ...content } = plan;
  return contentHash(content);
}

export type CompileOutcome = { ok: true; compiled: CompiledPlan } | { ok: false; problems: Problem[] };

/** Validate and compile a plan document in one step. */
export function compilePlanDocument(doc: unknown, pathPrefix = 'plan'): CompileOutcome {
  const parsed = parsePlan(doc, pathPrefix);
  return parsed.ok ? { ok: true, compiled: compilePlan(parsed.plan) } : parsed;
}
