import { factsOf, type Condition } from '../plan/conditions';
import { contentHash } from '../plan/hash';
import { TargetRulesSchema, type Fact, type OrderKey, type Plan, type TargetRules } from '../plan/schema';
import { parsePlan } from '../plan/validate';
import type { Problem } from '../problems';
import type { Parsed, RateReading } from '../values';
import { rememberingReader } from './cells';
import { compileCriterion, countsTowardsMax, type CompiledCriterion } from './criteria';
import {
  compileCondition,
  factReader,
  yearSeriesReader,
  type BlankTest,
  type ConditionContext,
  type FactValue,
  type Truth,
} from './facts';
import { pointsKernel, type PointsKernel } from './kernels';
import { targetReader } from './targets';

export const ENGINE_VERSION = '0.1.0';

/** Whether a criterion or target limited to `blocks` (none: every block) applies to block b (-1: no known block). */
export const appliesIn = (blocks: ReadonlySet<number> | null | undefined, b: number): boolean =>
  !blocks || blocks.has(b);

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

/** A tie-breaker resolved to a column: a criterion's points or a fact, with its direction (1 asc, -1 desc). */
export interface CompiledTieBreaker {
  dir: 1 | -1;
  criterion?: number;
  fact?: number;
}

/**
 * Readers that depend on the rate scale a request or a sheet gives (`options.rateScale(s)`), made once per plan
 * and scale rather than per evaluation.
 */
export interface ScaledReaders {
  /** Criterion k's cells, remembering what each distinct value read as (bounded), across evaluations. */
  cell(k: number, scale: RateReading): (raw: unknown) => Parsed<number>;
  fact(f: number, scale: RateReading): (raw: unknown) => Parsed<FactValue>;
  series(f: number, scales: readonly RateReading[]): ReturnType<typeof yearSeriesReader>;
  target(t: number, scale: RateReading): (raw: unknown) => Parsed<number>;
}

export type ConditionTest = (get: (factId: string) => FactValue | undefined, blank?: BlankTest) => Truth;

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
  /** Per target: block indices it applies to, null = every block. */
  targetBlocks: (Set<number> | null)[];
  /** The plan's targetRules with their defaults. */
  targetRules: TargetRules;
  tieBreakers: CompiledTieBreaker[];
  /** Per criterion: the loop that turns its values into rounded points (engine/kernels.ts). */
  kernels: PointsKernel[];
  readers: ScaledReaders;
  /** A condition of the plan (a decision's `when`…) compiled on first use, then reused. */
  condition(cond: Condition): ConditionTest;
  /** The per-year test of an order key that counts years (`countYears`), compiled on first use. */
  countYears(key: OrderKey): ConditionTest;
  compileRule: (spec: RuleSpec) => CompiledRule;
}

/** A rule of the plan (an exclusion or a standard) as it is compiled. */
export interface RuleSpec {
  id: string;
  code: string;
  /** The condition: when it holds, an exclusion applies or a standard is met. */
  when: Condition;
  reason: string;
  /** The reason in English; the Vietnamese one when absent. */
  reasonEn?: string;
  /** The blocks the rule applies to; every block when absent. */
  appliesTo?: string[];
  /** False for a specific standard that only named decisions require (default true). */
  gate?: boolean;
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
  const rule = ({ id, code, when, reason, reasonEn, appliesTo, gate = true }: RuleSpec): CompiledRule => ({
    id,
    code,
    reason,
    reasonEn: reasonEn ?? reason,
    factIds: factsOf(when),
    test: compileCondition(when, factMap, context),
    blocks: blocksOf(appliesTo),
    gate,
  });
  const criteria = plan.criteria.map((c) => ({ ...compileCriterion(c), blocks: blocksOf(c.appliesTo) }));
  const conditions = new WeakMap<object, ConditionTest>();
  const condition = (cond: Condition): ConditionTest => {
    let test = conditions.get(cond);
    if (!test) conditions.set(cond, (test = compileCondition(cond, factMap, context)));
    return test;
  };
  const counts = new WeakMap<OrderKey, ConditionTest>();
  const counted = criteria.filter((cc) => countsTowardsMax(cc.criterion));
  return {
    plan,
    hash: planHash(plan),
    criteria,
    criterionIndex: new Map(plan.criteria.map((c, i) => [c.id, i])),
    facts: plan.facts,
    factIndex: new Map(plan.facts.map((f, i) => [f.id, i])),
    factReaders: plan.facts.map((f) => factReader(f)),
    exclusions: plan.exclusions.map((e) =>
      rule({ id: e.id, code: e.code, when: e.when, reason: e.reason, reasonEn: e.reasonEn }),
    ),
    standards: plan.standards.map((s) =>
      rule({
        id: s.id,
        code: s.code,
        when: s.require,
        reason: s.reason,
        reasonEn: s.reasonEn,
        appliesTo: s.appliesTo,
        gate: s.eligibility !== false,
      }),
    ),
    blockIndex,
    maxTotal: counted.reduce((sum, cc) => sum + cc.criterion.maxPoints, 0),
    blockCriteria: plan.blocks.map((_, b) => criteria.filter((cc) => appliesIn(cc.blocks, b)).length),
    blockMax: plan.blocks.map((_, b) =>
      counted.reduce((sum, cc) => (appliesIn(cc.blocks, b) ? sum + cc.criterion.maxPoints : sum), 0),
    ),
    scale: 10 ** plan.pointsDecimals,
    context,
    factBlocks: plan.facts.map((f) => blocksOf(f.appliesTo)),
    standardIndex: new Map(plan.standards.map((s, i) => [s.id, i])),
    targetIndex: new Map((plan.targets ?? []).map((t, i) => [t.id, i])),
    targetBlocks: (plan.targets ?? []).map((t) => blocksOf(t.appliesTo)),
    targetRules: TargetRulesSchema.parse(plan.targetRules ?? {}),
    tieBreakers: plan.ranking.tieBreakers.map((t) => ({
      dir: t.order === 'asc' ? 1 : -1,
      ...(t.criterion
        ? {
            criterion: Math.max(
              0,
              plan.criteria.findIndex((c) => c.id === t.criterion),
            ),
          }
        : {
            fact: Math.max(
              0,
              plan.facts.findIndex((f) => f.id === t.fact),
            ),
          }),
    })),
    kernels: criteria.map((cc) => pointsKernel(cc, 10 ** plan.pointsDecimals)),
    readers: scaledReaders(plan, criteria),
    condition,
    countYears: (key) => {
      let test = counts.get(key);
      if (!test)
        counts.set(
          key,
          (test = compileCondition(
            { fact: key.fact ?? '', years: { atLeast: 1 }, ...key.countYears } as Condition,
            factMap,
            context,
          )),
        );
      return test;
    },
    compileRule: rule,
  };
}

/**
 * Readers made once per plan and rate scale. The cell, fact and target readers remember the values they read
 * (rememberingReader: at most a few thousand per column), so a plan scoring request after request reads "Có" or
 * "100%" once: what a value reads as depends on the value, the plan and the scale only.
 */
function scaledReaders(plan: Plan, criteria: CompiledCriterion[]): ScaledReaders {
  const made = new Map<string, unknown>();
  const once = <T>(key: string, make: () => T): T => {
    if (!made.has(key)) made.set(key, make());
    return made.get(key) as T;
  };
  return {
    cell: (k, scale) =>
      once(`cell ${k} ${scale}`, () => rememberingReader((raw) => criteria[k].read(raw, scale))),
    fact: (f, scale) => once(`fact ${f} ${scale}`, () => rememberingReader(factReader(plan.facts[f], scale))),
    series: (f, scales) =>
      once(`series ${f} ${scales.join(' ')}`, () => {
        const years = plan.facts[f].years ?? [];
        return yearSeriesReader(plan.facts[f], (year) => scales[years.indexOf(year)] ?? 'percent');
      }),
    target: (t, scale) =>
      once(`target ${t} ${scale}`, () => rememberingReader(targetReader((plan.targets ?? [])[t], scale))),
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
