import type { Decision, Target, TargetRules, UnitKind } from '../plan/schema';
import { PLAN_LIMITS } from '../plan/limits';
import { bilingual, named, nameIn, render, say, type Message } from '../messages';
import type { TargetLine } from '../messages/targets';
import { parseBoolean, parseNumber, parseRate, type Parsed, type RateReading } from '../values';
import type { CompiledPlan } from './compile';
import type { Lang, UnitInput } from './types';

export const TARGET_OK = 0;
export const TARGET_MISSING = 1;
export const TARGET_INVALID = 2;
export const TARGET_NOT_APPLICABLE = 3;
/** A plain number in (0, 1] whose rate scale is unknown (see parseRate): not read, decisions on it wait. */
export const TARGET_AMBIGUOUS = 4;
/** standardTruth value for a standard that does not apply to the unit's block. */
export const NOT_APPLICABLE_TRUTH = 2;

/** What the plan extensions (targets, kinds, specific standards) add to an evaluation. */
export interface EvaluationExtras {
  /** Collective, individual or household: the unit's own kind, else its block's, else collective. */
  kindOf: UnitKind[];
  /** Per standard (plan order), per unit: 1 TRUE, 0 FALSE, -1 UNKNOWN, 2 not applicable. */
  standardTruth: Int8Array[];
  /** Per target (plan order): the value read (percent for rates, 1/0 for yes/no) and its status. */
  targetValues: Float64Array[];
  targetStatus: Uint8Array[];
  targetRules: TargetRules;
}

/** A target's number, at most PLAN_LIMITS.number in absolute value, so value / target stays finite. */
function readTargetNumber(raw: unknown): Parsed<number> {
  const p = parseNumber(raw);
  if (!p.ok || Math.abs(p.value) <= PLAN_LIMITS.number) return p;
  const { message: detail, messageEn: detailEn } = bilingual(say('target.too-large', { value: p.value }));
  return { ok: false, reason: 'invalid', detail, detailEn };
}

/** How a target's cell is read: yes/no as 1/0, a number, or a rate read by `rateScale`. */
export function targetReader(t: Target, rateScale: RateReading): (raw: unknown) => Parsed<number> {
  if (t.unit === 'yesNo')
    return (raw) => {
      const p = parseBoolean(raw);
      return p.ok ? { ok: true, value: p.value ? 1 : 0 } : p;
    };
  if (t.unit === 'number') return readTargetNumber;
  return (raw) => parseRate(raw, rateScale);
}

/** Whether an evaluation needs the extras: plans with targets or award decisions. */
export function needsExtras(compiled: CompiledPlan): boolean {
  const { plan } = compiled;
  return (plan.targets ?? []).length > 0 || (plan.awards.decisions ?? []).length > 0;
}

/**
 * The extras of an evaluation: unit kinds, every standard's truth (specific ones too; `NOT_APPLICABLE_TRUTH`
 * outside its blocks) and the targets as read with the criteria. Plans without targets or decisions (Phụng Hiệp)
 * need none of it.
 */
export function evaluationExtras({
  compiled,
  units,
  blockOf,
  standardTruth,
  targetValues,
  targetStatus,
}: {
  compiled: CompiledPlan;
  units: readonly UnitInput[];
  blockOf: Int32Array;
  /** Per standard (plan order): its truth for every unit, as the rules gave it. */
  standardTruth: Int8Array[];
  targetValues: Float64Array[];
  targetStatus: Uint8Array[];
}): EvaluationExtras {
  const targetRules = compiled.targetRules;
  if (!needsExtras(compiled))
    return { kindOf: [], standardTruth: [], targetValues: [], targetStatus: [], targetRules };
  const kindOf: UnitKind[] = units.map((u, i) => kindOfUnit(compiled, u, blockOf[i]));
  const truths = compiled.standards.map((rule, s) => {
    const col = Int8Array.from(standardTruth[s]);
    if (rule.blocks)
      for (let i = 0; i < col.length; i++) if (!rule.blocks.has(blockOf[i])) col[i] = NOT_APPLICABLE_TRUTH;
    return col;
  });
  return { kindOf, standardTruth: truths, targetValues, targetStatus, targetRules };
}

/** What is wrong with a unit's `collective`: the flag's code and what it says. */
export interface CollectiveLink {
  code: 'unknown-collective' | 'invalid-collective' | 'unexpected-collective';
  message: Message;
}

/** The unit's kind: its own, else its block's, else collective. */
export function kindOfUnit(compiled: CompiledPlan, unit: UnitInput, block: number): UnitKind {
  return unit.kind ?? compiled.plan.blocks[block]?.kind ?? 'collective';
}

/**
 * Whether a decision reads the unit's collective: the collective's own award (and its quota per collective, which a
 * plan allows only with requiresCollective).
 */
export function readsCollective(d: Decision): boolean {
  return d.requiresCollective !== undefined || d.quota?.perCollective !== undefined;
}

const linksOf = new WeakMap<object, Map<number, CollectiveLink>>();

/**
 * Units whose `collective` cannot be followed: an individual (or household) naming no unit, itself, or a unit that
 * is not a collective, or naming none where a decision of its block reads it; a collective naming one (the field
 * is only an individual's). Such a link is flagged and never followed: a decision that reads the collective is
 * refused for the unit with the reason. Empty (and nothing walked) when no unit has a kind or a collective.
 */
export function collectiveLinks(ev: {
  compiled: CompiledPlan;
  units: readonly UnitInput[];
  blockOf: Int32Array;
}): Map<number, CollectiveLink> {
  const known = linksOf.get(ev);
  if (known) return known;
  const { compiled, units, blockOf } = ev;
  const out = new Map<number, CollectiveLink>();
  linksOf.set(ev, out);
  const { plan } = compiled;
  const decisions = (plan.awards.decisions ?? []).filter(readsCollective);
  if (!plan.blocks.some((b) => b.kind) && !units.some((u) => u.kind || u.collective)) return out;
  // per block index (-1 included): whether a decision applying there reads the collective
  const needed = new Map<number, boolean>();
  const needs = (b: number) => {
    let yes = needed.get(b);
    if (yes === undefined) {
      yes =
        b >= 0 &&
        decisions.some((d) => !d.appliesTo || d.appliesTo.some((id) => compiled.blockIndex.get(id) === b));
      needed.set(b, yes);
    }
    return yes;
  };
  let index: Map<string, number> | undefined;
  units.forEach((u, i) => {
    const kind = kindOfUnit(compiled, u, blockOf[i]);
    const collective = u.collective;
    if (kind === 'collective') {
      if (collective !== undefined)
        out.set(i, {
          code: 'unexpected-collective',
          message: say('collective.of-collective', { collective }),
        });
      return;
    }
    if (collective === undefined) {
      if (needs(blockOf[i])) out.set(i, { code: 'unknown-collective', message: say('collective.missing') });
      return;
    }
    index ??= new Map(units.map((x, k) => [x.id, k]));
    const j = index.get(collective);
    if (j === undefined)
      out.set(i, { code: 'unknown-collective', message: say('decision.collective-unknown', { collective }) });
    else if (j === i)
      out.set(i, { code: 'unknown-collective', message: say('collective.self', { collective }) });
    else {
      const other = kindOfUnit(compiled, units[j], blockOf[j]);
      if (other !== 'collective')
        out.set(i, {
          code: 'invalid-collective',
          message: say('collective.not-collective', { collective, kind: other }),
        });
    }
  });
  return out;
}

/** One target's outcome for one unit, as reported. */
// Inferred from the answer's zod schema (one description with the OpenAPI document).
export type { TargetResult } from '../api/response-schema';
import type { TargetResult } from '../api/response-schema';

const EPSILON = 1e-9;

export function isTargetMet(value: number, t: Target): boolean {
  return t.comparison === 'moreThan' ? value > t.target : value >= t.target;
}

/** Whether a target counts as exceeded (e.g. "vượt trên 20%"), and whether it could be exceeded at all. */
export function targetExceeded(
  value: number,
  t: Target,
  rules: TargetRules,
): { exceeded: boolean; unreachable: boolean } {
  const met = isTargetMet(value, t);
  // strict "> ratio" cannot be reached once target × ratio is at the ceiling; "≥ ratio" only beyond it
  const top = t.target * rules.exceedRatio - rules.ceiling;
  const unreachable =
    t.unit === 'yesNo' ||
    t.target <= 0 ||
    (t.unit === '%' && (rules.exceedStrict ? top >= -EPSILON : top > EPSILON));
  if (unreachable) {
    if (rules.unreachable === 'never') return { exceeded: false, unreachable };
    if (rules.unreachable === 'countsAtCeiling')
      return { exceeded: met && (t.unit === 'yesNo' || value >= rules.ceiling), unreachable };
    return { exceeded: met, unreachable };
  }
  // compare with a tolerance: 14,4 / 12 must equal 1,2, not 1,2000000000000002
  const margin = value / t.target - rules.exceedRatio;
  return { exceeded: rules.exceedStrict ? margin > EPSILON : margin >= -EPSILON, unreachable };
}

/** The targets that apply to unit i, with value, target, met and ratio (and the explanation line if asked). */
export function targetResults({
  compiled,
  extras,
  unit: i,
  lang,
  explanations,
}: {
  compiled: CompiledPlan;
  extras: EvaluationExtras;
  /** The unit's index in the evaluation. */
  unit: number;
  lang: Lang;
  explanations: boolean;
}): TargetResult[] {
  const out: TargetResult[] = [];
  (compiled.plan.targets ?? []).forEach((t, k) => {
    const st = extras.targetStatus[k][i];
    if (st === TARGET_NOT_APPLICABLE) return;
    const titled = named(t.title, t.titleEn);
    const base = {
      id: t.id,
      number: t.number,
      ...(t.group ? { group: t.group } : {}),
      title: nameIn(titled, lang),
      unit: t.unit,
      comparison: t.comparison,
      target: t.target,
    };
    const line = (outcome: TargetLine['outcome']) =>
      render(
        say('target.line', {
          number: t.number,
          title: titled,
          unit: t.unit,
          comparison: t.comparison,
          target: t.target,
          outcome,
        }),
        lang,
      );
    if (st !== TARGET_OK) {
      out.push({
        ...base,
        value: null,
        status: st === TARGET_MISSING ? 'missing' : 'invalid',
        met: null,
        ratio: null,
        exceeded: null,
        unreachable: false,
        ...(explanations
          ? {
              explanation: line({
                status: st === TARGET_MISSING ? 'missing' : st === TARGET_AMBIGUOUS ? 'ambiguous' : 'invalid',
              }),
            }
          : {}),
      });
      return;
    }
    const value = extras.targetValues[k][i];
    const met = isTargetMet(value, t);
    const ratio =
      t.target > 0 && t.unit !== 'yesNo' ? Math.round((value / t.target) * 10_000) / 10_000 : null;
    const { exceeded, unreachable } = targetExceeded(value, t, extras.targetRules);
    out.push({
      ...base,
      value,
      status: 'ok',
      met,
      ratio,
      exceeded,
      unreachable,
      ...(explanations ? { explanation: line({ status: 'ok', value, met, ratio }) } : {}),
    });
  });
  return out;
}
