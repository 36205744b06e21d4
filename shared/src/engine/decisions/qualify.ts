import { factsOf } from '../../plan/conditions';
import type { Decision } from '../../plan/schema';
import { nameIn, say } from '../../messages';
import type { ConditionTest } from '../compile';
import { describeCondition } from '../describe';
import { FALSE, TRUE, UNKNOWN, type Truth } from '../facts';
import {
  NOT_APPLICABLE_TRUTH,
  TARGET_AMBIGUOUS,
  TARGET_INVALID,
  TARGET_MISSING,
  TARGET_NOT_APPLICABLE,
  isTargetMet,
  targetExceeded,
} from '../targets';
import { unknownItems } from '../response';
import { decisionNamed, type DecisionContext, type Part } from './context';

/** What each decision's own requirements say about each unit, and whether it qualifies. */
export interface Qualification {
  /** Per decision, per unit: its requirements one by one; null where the decision does not apply. */
  parts: (Part[] | null)[][];
  /** Per decision, per unit: its own requirements together. */
  base: Truth[][];
  /** Per decision, per unit: its own requirements and those of the decisions it also requires. */
  qualifies: Truth[][];
}

export function qualify(ctx: DecisionContext): Qualification {
  const { decisions, n } = ctx;
  const when = decisions.map((d) => compiledWhen(ctx, d));
  const parts = decisions.map((d, k) =>
    Array.from({ length: n }, (_, i) => (ctx.applies(k, i) ? requirements(ctx, d, when[k], i) : null)),
  );
  const base = parts.map((col) => col.map((p) => (p ? combine(p) : FALSE)));
  const qualifies = decisions.map((d, k) =>
    base[k].map((t, i) => {
      let truth = t;
      for (const id of d.alsoRequires ?? []) {
        const other = base[ctx.decisionIndex.get(id) ?? -1]?.[i] ?? FALSE;
        if (other === FALSE) return FALSE;
        if (other === UNKNOWN) truth = UNKNOWN;
      }
      return truth;
    }),
  );
  return { parts, base, qualifies };
}

function combine(parts: Part[]): Truth {
  let t: Truth = TRUE;
  for (const p of parts) {
    if (p.truth === FALSE) return FALSE;
    if (p.truth === UNKNOWN) t = UNKNOWN;
  }
  return t;
}

type CompiledWhen = { test: ConditionTest; text: string; facts: string[] };

function compiledWhen(ctx: DecisionContext, d: Decision): CompiledWhen[] | null {
  if (!d.when) return null;
  const conditions = 'all' in d.when ? d.when.all : [d.when];
  return conditions.map((c) => ({
    test: ctx.compiled.condition(c),
    text: describeCondition(c, { facts: ctx.factMap, params: ctx.paramMap, lang: ctx.lang }),
    facts: factsOf(c),
  }));
}

/** Decision d's requirements for unit i, in order: standards, conditions, targets, total, justification. */
function requirements(ctx: DecisionContext, d: Decision, when: CompiledWhen[] | null, i: number): Part[] {
  const { compiled, extras } = ctx;
  const parts: Part[] = [];
  for (const id of d.requireStandards ?? []) {
    const s = compiled.standardIndex.get(id) ?? -1;
    const truth = extras.standardTruth[s]?.[i] ?? UNKNOWN;
    if (truth === NOT_APPLICABLE_TRUTH) continue;
    const rule = compiled.standards[s];
    const reason = nameIn({ vi: rule.reason, en: rule.reasonEn }, ctx.lang);
    // a specific standard reads blanks as a decision's own condition does
    if (truth === UNKNOWN && !rule.gate && settledByBlanks(ctx, rule.test, undefined, i))
      parts.push({ truth: FALSE, text: ctx.text(say('decision.condition-no-data', { condition: reason })) });
    else parts.push({ truth: truth as Truth, text: reason });
  }
  for (const w of when ?? []) parts.push(conditionPart(ctx, w, i));
  if (d.targets) parts.push(targetsPart(ctx, d.targets, i));
  if (d.minTotal !== undefined) parts.push(minTotalPart(ctx, d.minTotal, i));
  if (d.justification) {
    const f = compiled.factIndex.get(d.justification.fact) ?? -1;
    const text = ctx.ev.facts[i][f];
    const ok = typeof text === 'string' && text.trim().length >= d.justification.minLength;
    parts.push({ truth: ok ? TRUE : FALSE, text: ctx.text(say('decision.justification')) });
    // flag a missing justification only where the rest of the nomination holds
    if (!ok && !parts.slice(0, -1).some((p) => p.truth === FALSE))
      ctx.flags[i].push({
        code: 'justification-missing',
        factId: d.justification.fact,
        message: ctx.text(say('decision.justification-missing', { decision: decisionNamed(d) })),
      });
  }
  return parts;
}

/**
 * An optional fact left blank (no contribution, no rating) means "not met", not "unknown": a condition that is
 * unknown only because of such blanks is not met. Blanks never make a condition met (a blank under `not` stays
 * unknown), and a value sent but unreadable, or a required fact, stays unknown.
 */
function settledByBlanks(
  ctx: DecisionContext,
  test: ConditionTest,
  facts: readonly string[] | undefined,
  i: number,
): boolean {
  const get = (id: string) => ctx.factOf(i, id);
  const unread = ctx.unreadFacts(i);
  // asked only of a value not known (a fact, or one year of a per-year fact)
  const mayBeBlank = (id: string) => ctx.factMap.get(id)?.required === false && !unread.has(id);
  if (facts?.every((id) => get(id) === undefined && mayBeBlank(id))) return true;
  return test(get, mayBeBlank) === FALSE;
}

function conditionPart(ctx: DecisionContext, w: CompiledWhen, i: number): Part {
  const truth = w.test((id) => ctx.factOf(i, id));
  return truth === UNKNOWN && settledByBlanks(ctx, w.test, w.facts, i)
    ? { truth: FALSE, text: ctx.text(say('decision.condition-no-data', { condition: w.text })) }
    : { truth, text: w.text };
}

/** A total with values not known lies in [lo, hi]: met only if met at worst, not met only if not at best. */
function minTotalPart(ctx: DecisionContext, min: number, i: number): Part {
  const { ev, uncertainty: unc } = ctx;
  const lo = unc.uncertain[i] ? unc.lo[i] : ev.totals[i];
  const hi = unc.uncertain[i] ? unc.hi[i] : ev.totals[i];
  const total = ev.totals[i];
  const open = lo < min && hi >= min;
  return {
    truth: lo >= min ? TRUE : hi < min ? FALSE : UNKNOWN,
    text: ctx.text(
      open
        ? say('decision.min-total-open', {
            total,
            high: hi,
            min,
            missing: unknownItems(ev, i, ctx.lang).text,
          })
        : say('decision.min-total', { total, min }),
    ),
  };
}

/** The plan's targets a decision requires met or exceeded, counted (or their mean ratio) against its share. */
function targetsPart(ctx: DecisionContext, req: NonNullable<Decision['targets']>, i: number): Part {
  const { extras } = ctx;
  const rules = extras.targetRules;
  let total = 0;
  let good = 0;
  let missing = 0;
  const failing: string[] = [];
  let ratioSum = 0;
  (ctx.plan.targets ?? []).forEach((t, k) => {
    const st = extras.targetStatus[k][i];
    if (st === TARGET_NOT_APPLICABLE) return;
    total++;
    if (st === TARGET_MISSING && !t.required) {
      total--; // an optional target left blank does not apply to this unit
      return;
    }
    if (st === TARGET_MISSING || st === TARGET_INVALID || st === TARGET_AMBIGUOUS) {
      missing++;
      return;
    }
    const v = extras.targetValues[k][i];
    const ok = req.require === 'met' ? isTargetMet(v, t) : targetExceeded(v, t, rules).exceeded;
    ratioSum += t.target > 0 ? v / t.target : 1;
    if (ok) good++;
    else failing.push(t.number);
  });
  if (!total) return { truth: TRUE, text: ctx.text(say('decision.no-targets')) };
  const need = Math.ceil(req.minShare * total - 1e-9);
  let truth: Truth = good >= need ? TRUE : good + missing < need ? FALSE : UNKNOWN;
  const byMean = req.require === 'exceeded' && rules.aggregate === 'average';
  let mean = 0;
  if (byMean) {
    const counted = total - missing;
    mean = counted ? ratioSum / counted : 0;
    truth = missing
      ? UNKNOWN
      : (rules.exceedStrict ? mean > rules.exceedRatio : mean >= rules.exceedRatio)
        ? TRUE
        : FALSE;
  }
  return {
    truth,
    text: ctx.text(
      say('decision.targets', {
        how: byMean ? 'mean' : req.require,
        good,
        total,
        strict: rules.exceedStrict,
        ratio: rules.exceedRatio,
        mean,
        need: need < total ? need : null,
        failing: truth !== TRUE ? failing : [],
        missing,
      }),
    ),
  };
}
