import type { Standing } from '../engine/awards';
import type { ListedChange } from '../engine/appraisal';
import type { CompiledPlan, CompiledRule } from '../engine/compile';
import { describeCondition } from '../engine/describe';
import type { Evaluation } from '../engine/evaluate';
import { FILLED_CHARS } from '../engine/explain';
import { cleanObjectPrototype, forEachEntry, KeyColumns } from '../engine/cells';
import { own } from '../engine/own';
import { TIE_NAMES_CHARS } from '../engine/response';
import { collectiveLinks } from '../engine/targets';
import type { Explain, UnitInput } from '../engine/types';
import { bilingual, problemOf, say } from '../messages';
import { PLAN_LIMITS } from '../plan/limits';
import { decisionPrizeBoundPerUnit, tierPrizeBound } from '../plan/money';
import type { Fact, Parameter } from '../plan/schema';
import type { Problem } from '../problems';
import { isBlank } from '../values';

/** What one request may cost. Every figure is a setting of the API (functions/src/config.ts) with this default. */
export interface RequestLimits {
  maxUnits: number;
  /** Units × columns read (criteria, targets, facts — a per-year fact counts one column per year). */
  maxCells?: number;
  /** The answer's estimated size in bytes of JSON, checked before it is built. */
  maxAnswerBytes?: number;
}

export const DEFAULT_REQUEST_LIMITS = {
  maxUnits: 20_000,
  maxCells: 1_000_000,
  maxAnswerBytes: 64 * 1024 * 1024,
} as const satisfies Required<RequestLimits>;

export type CostFailure = { ok: false; status: 413 | 422; title: string; problems: Problem[] };

/** UTF-8 bytes of a string as JSON writes it (control characters escaped), counted without encoding it. */
export function jsonBytes(s: string | undefined): number {
  if (!s) return 0;
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    bytes += c < 0x20 ? 6 : c < 0x80 ? (c === 0x22 || c === 0x5c ? 2 : 1) : c < 0x800 ? 2 : 3;
  }
  return bytes;
}

/** Columns a unit is read on: criteria, targets, and facts (one per year for per-year facts). */
export function planColumns(compiled: CompiledPlan): number {
  const facts = compiled.facts.reduce((sum, f) => sum + (f.years?.length ?? 1), 0);
  return compiled.criteria.length + (compiled.plan.targets ?? []).length + facts;
}

export function checkCells(
  compiled: CompiledPlan,
  units: number,
  limits: RequestLimits,
): CostFailure | undefined {
  const max = limits.maxCells ?? DEFAULT_REQUEST_LIMITS.maxCells;
  const columns = planColumns(compiled);
  const cells = units * columns;
  if (cells <= max) return undefined;
  const perRequest = Math.max(1, Math.floor(max / Math.max(1, columns)));
  const parts = Math.ceil(units / perRequest);
  return {
    ok: false,
    status: 413,
    title: 'Yêu cầu quá lớn: quá nhiều ô dữ liệu (too many cells)',
    problems: [problemOf('units', say('request.too-many-cells', { units, columns, max, parts, perRequest }))],
  };
}

/** Prize totals stay safe integers: the tiers at their fullest plus every unit granted every decision. */
export function checkPrizeTotal(compiled: CompiledPlan, units: number): CostFailure | undefined {
  const perUnit = decisionPrizeBoundPerUnit(compiled.plan);
  const tiers = tierPrizeBound(compiled.plan);
  const total = tiers + perUnit * units;
  if (total <= PLAN_LIMITS.moneyTotal) return undefined;
  const fitting = perUnit > 0 ? Math.floor((PLAN_LIMITS.moneyTotal - tiers) / perUnit) : 0;
  return {
    ok: false,
    status: 422,
    title: 'Tổng tiền thưởng vượt mức tính chính xác (prize total too large)',
    problems: [
      {
        path: 'plan.awards',
        ...bilingual(say('request.prize-total-too-large', { amount: total, units, fitting })),
      },
    ],
  };
}

/** Per-plan byte weights of the answer (JSON, UTF-8), computed once per compiled plan. */
interface Weights {
  /** A unit's fixed fields, its criteria results, explanation and award, besides its own text. */
  perUnit: number;
  perUnitExplanations: number;
  /** Per block index: the targets and decisions that apply there (index B: a unit of no known block). */
  perBlock: number[];
  perBlockExplanations: number[];
  /** Decisions that apply per block, for the unit's id in the summary's lists. */
  decisionsPerBlock: number[];
  /** Of those, decisions that name the unit's collective in their reasons. */
  collectiveDecisionsPerBlock: number[];
  /** A flag for an unread criterion, target or fact, besides the reader's detail. */
  criterionFlag: number;
  criterionUnreadExplanation: number;
  targetFlag: number;
  factFlag: number;
  tieFlag: number;
  rule: Map<CompiledRule, number>;
  ruleMax: number;
  summary: number;
  unknownBlock: number;
  /** A validation problem, besides its unit's text and the reader's detail. */
  problem: number;
}

const weightsCache = new WeakMap<CompiledPlan, Weights>();

const maxOf = (values: number[]) => values.reduce((m, v) => Math.max(m, v), 0);
const PLACEHOLDER = /\{[A-Za-z0-9_-]+\}/g;

/** A reason as filled for a unit: each {fact} becomes a value of at most FILLED_CHARS characters. */
function filledBytes(text: string | undefined): number {
  if (!text) return 0;
  const holes = text.match(PLACEHOLDER)?.length ?? 0;
  return jsonBytes(text) + holes * 3 * FILLED_CHARS;
}

function weightsOf(compiled: CompiledPlan): Weights {
  const cached = weightsCache.get(compiled);
  if (cached) return cached;
  const { plan } = compiled;
  const B = plan.blocks.length;
  const targets = plan.targets ?? [];
  const decisions = plan.awards.decisions ?? [];
  const tiers = plan.awards.tiers;
  const tierText = maxOf(tiers.map((t) => jsonBytes(t.name) + jsonBytes(t.nameEn) + jsonBytes(t.awardForm)));
  const blockText = maxOf(plan.blocks.map((b) => jsonBytes(b.name) + jsonBytes(b.nameEn) + jsonBytes(b.id)));
  const appliesIn = (ids: string[] | undefined) => (b: number) =>
    b < B && (!ids || ids.some((id) => compiled.blockIndex.get(id) === b));

  let criteria = 0;
  let criteriaExplanations = 0;
  for (const cc of compiled.criteria) {
    const c = cc.criterion;
    const head = jsonBytes(c.number);
    // compact: "<id>":points in the unit's points; full: the criterion's object with its trace and explanation
    criteria += 16 + jsonBytes(c.id);
    criteriaExplanations += 90 + jsonBytes(c.id) + head + 130;
    const level =
      c.scoring.kind === 'scale'
        ? maxOf(c.scoring.levels.map((l) => jsonBytes(l.label) + jsonBytes(l.labelEn)))
        : 0;
    criteriaExplanations += 150 + 2 * head + level;
  }

  const factMap = new Map<string, Fact>(plan.facts.map((f) => [f.id, f]));
  const paramMap = new Map<string, Parameter>((plan.parameters ?? []).map((p) => [p.id, p]));
  const targetBytes = targets.map(
    (t) =>
      170 +
      jsonBytes(t.id) +
      jsonBytes(t.number) +
      jsonBytes(t.group) +
      jsonBytes(t.title) +
      jsonBytes(t.titleEn),
  );
  const targetExplanation = targets.map(
    (t) => 130 + jsonBytes(t.number) + jsonBytes(t.title) + jsonBytes(t.titleEn),
  );
  const decisionBytes = decisions.map((d) => {
    const names = jsonBytes(d.name) + jsonBytes(d.nameEn);
    const when = d.when
      ? jsonBytes(describeCondition(d.when, { facts: factMap, params: paramMap, lang: 'vi' })) + 40
      : 0;
    const standards = (d.requireStandards ?? []).reduce((sum, id) => {
      const rule = compiled.standards[compiled.standardIndex.get(id) ?? -1];
      return sum + 4 + Math.max(jsonBytes(rule?.reason), jsonBytes(rule?.reasonEn));
    }, 0);
    const parts =
      when +
      standards +
      (d.targets ? 220 + 8 * targets.length : 0) +
      (d.minTotal !== undefined ? 80 : 0) +
      (d.justification ? 90 : 0);
    return (
      // the result's keys and status, the reason (own words and the conditions it met), the unit's explanation
      // ("đề nghị …"), a flag it may raise (prize not verified, quota, due date), its place in the summary
      450 +
      3 * names +
      jsonBytes(d.awardForm) +
      Math.max(filledBytes(d.reason), filledBytes(d.reasonEn)) +
      parts +
      (d.prize ? 650 : 0) +
      (d.dueDate || plan.awards.dueDate ? 60 : 0) +
      (d.order.length ? 60 * d.order.length : 0) +
      (d.requiresCollective ? 250 : 0)
    );
  });
  const decisionAward = decisions.length
    ? 500 + maxOf(decisions.map((d) => jsonBytes(d.name) + jsonBytes(d.awardForm)))
    : 0;
  const perBlock: number[] = [];
  const perBlockExplanations: number[] = [];
  const decisionsPerBlock: number[] = [];
  const collectiveDecisionsPerBlock: number[] = [];
  for (let b = 0; b <= B; b++) {
    let bytes = 0;
    let explained = 0;
    targets.forEach((t, k) => {
      if (!appliesIn(t.appliesTo)(b)) return;
      bytes += targetBytes[k];
      explained += targetExplanation[k];
    });
    let count = 0;
    let collective = 0;
    decisions.forEach((d, k) => {
      if (!appliesIn(d.appliesTo)(b)) return;
      bytes += decisionBytes[k];
      count++;
      if (d.requiresCollective) collective++;
    });
    collectiveDecisionsPerBlock.push(collective);
    perBlock.push(bytes + (count ? decisionAward : 0));
    perBlockExplanations.push(explained);
    decisionsPerBlock.push(count);
  }

  const rule = new Map<CompiledRule, number>();
  for (const r of [...compiled.exclusions, ...compiled.standards]) {
    const labels = r.factIds.reduce((sum, id) => sum + jsonBytes(factMap.get(id)?.label) + 4, 0);
    const filled = Math.max(filledBytes(r.reason), filledBytes(r.reasonEn));
    rule.set(r, Math.max(2 * filled + 60 + jsonBytes(r.code), 120 + labels));
  }
  const numbers = compiled.criteria.map(
    (cc) => jsonBytes(cc.criterion.id) + 2 * jsonBytes(cc.criterion.number),
  );
  const subject = Math.max(
    maxOf(compiled.criteria.map((cc) => jsonBytes(cc.criterion.number))),
    maxOf(targets.map((t) => jsonBytes(t.number))),
    maxOf(plan.facts.map((f) => jsonBytes(f.label) + jsonBytes(f.labelEn))),
  );
  const blockList = plan.blocks.reduce((sum, b) => sum + jsonBytes(b.id) + 2, 0);
  const weights: Weights = {
    perUnit: 650 + 2 * blockText + 2 * tierText + criteria,
    perUnitExplanations: criteriaExplanations,
    perBlock,
    perBlockExplanations,
    decisionsPerBlock,
    collectiveDecisionsPerBlock,
    criterionFlag: 130 + maxOf(numbers),
    criterionUnreadExplanation: 60,
    targetFlag:
      170 +
      maxOf(targets.map((t) => jsonBytes(t.number) + jsonBytes(t.title) + jsonBytes(t.titleEn))) +
      3 * FILLED_CHARS,
    factFlag:
      110 + maxOf(plan.facts.map((f) => 2 * jsonBytes(f.id) + jsonBytes(f.label) + jsonBytes(f.labelEn))),
    tieFlag: 450 + 3 * TIE_NAMES_CHARS + 3 * 500 + tiers.length * (tierText + 30),
    rule,
    ruleMax: maxOf([...rule.values()]),
    summary:
      2_000 +
      B * (400 + blockText + tiers.length * (200 + tierText)) +
      decisions.length * (300 + maxOf(decisions.map((d) => jsonBytes(d.name) + jsonBytes(d.awardForm)))) +
      (plan.exclusions.length + plan.standards.length + 40) * 60,
    unknownBlock: 250 + 2 * blockList,
    problem: 190 + 2 * subject,
  };
  weightsCache.set(compiled, weights);
  return weights;
}

/** What varies from unit to unit, summed over the request: before scoring guessed from blank cells, after it counted. */
export interface AnswerCounts {
  units: number;
  /** Bytes of unit ids, names, blocks and collectives as the answer repeats them. */
  unitText: number;
  /** The longest unit name (or id) sent: what naming a unit's collective can add to a message. */
  maxNameBytes: number;
  /** Units per block index; the last entry counts units of no known block. */
  blockUnits: number[];
  unreadCriteria: number;
  unreadTargets: number;
  factIssues: number;
  /** Bytes of the readers' details ("không phải là số") of every unread cell, in the longer language. */
  detailBytes: number;
  unknownKeys: number;
  unknownKeyBytes: number;
  /** Units whose collective cannot be followed, and the bytes of what is said about it (both languages). */
  linkProblems: number;
  linkBytes: number;
  /** Bytes of the exclusions and standards that speak about units (0 before scoring). */
  ruleBytes: number;
  tiedUnits: number;
  /** Σ over validation problems of the text of the unit each names (id once, name twice). */
  problemUnitText: number;
}

function emptyCounts(compiled: CompiledPlan, units: number): AnswerCounts {
  return {
    units,
    unitText: 0,
    maxNameBytes: 0,
    blockUnits: new Array<number>(compiled.plan.blocks.length + 1).fill(0),
    unreadCriteria: 0,
    unreadTargets: 0,
    factIssues: 0,
    detailBytes: 0,
    unknownKeys: 0,
    unknownKeyBytes: 0,
    linkProblems: 0,
    linkBytes: 0,
    ruleBytes: 0,
    tiedUnits: 0,
    problemUnitText: 0,
  };
}

const nameBytes = (unit: UnitInput) => jsonBytes(unit.name ?? unit.id);
function unitText(unit: UnitInput): number {
  return 2 * jsonBytes(unit.id) + nameBytes(unit) + jsonBytes(unit.block) + jsonBytes(unit.collective);
}

/** The detail of a blank cell ("thiếu giá trị (ô trống)"), the only kind known before scoring. */
const BLANK_DETAIL = 40;

/** Before scoring: blank required cells (they will be flagged) and keys the plan does not know, in one pass. */
export function countBeforeScoring(compiled: CompiledPlan, units: readonly UnitInput[]): AnswerCounts {
  const counts = emptyCounts(compiled, units.length);
  const B = compiled.plan.blocks.length;
  const required = compiled.criteria.filter((cc) => cc.criterion.required).length;
  const targets = (compiled.plan.targets ?? []).filter((t) => t.required);
  const facts = compiled.facts.filter((f) => f.required && !f.years);
  // one walk of each unit's values: required criteria sent non-blank, and keys the plan does not know
  const REQUIRED = 1;
  const UNKNOWN = 2;
  const kindOf = new KeyColumns((key) => {
    const k = compiled.criterionIndex.get(key);
    if (k !== undefined) return compiled.criteria[k].criterion.required ? REQUIRED : 0;
    return compiled.targetIndex.has(key) ? 0 : UNKNOWN;
  });
  const clean = cleanObjectPrototype();
  let sent = 0;
  const unknown: string[] = [];
  const visit = (j: number, key: string, value: unknown) => {
    const kind = kindOf.at(j, key);
    if (kind === REQUIRED && !isBlank(value)) sent++;
    else if (kind === UNKNOWN) unknown.push(key);
  };
  for (const unit of units) {
    const block =
      unit.block === undefined || unit.block === ''
        ? B === 1
          ? 0
          : B
        : (compiled.blockIndex.get(unit.block) ?? B);
    counts.blockUnits[block]++;
    counts.unitText += unitText(unit);
    counts.maxNameBytes = Math.max(counts.maxNameBytes, nameBytes(unit));
    sent = 0;
    unknown.length = 0;
    if (typeof unit.values === 'object' && unit.values !== null) forEachEntry(unit.values, clean, visit);
    let problems = required - sent;
    counts.unreadCriteria += problems;
    for (const t of targets)
      if (isBlank(own(unit.values, t.id)) && appliesTo(compiled, t.appliesTo, block)) {
        counts.unreadTargets++;
        problems++;
      }
    for (const f of facts)
      if (isBlank(own(unit.facts, f.id)) && appliesTo(compiled, f.appliesTo, block)) {
        counts.factIssues++;
        problems++;
      }
    for (const key of unknown) {
      counts.unknownKeys++;
      counts.unknownKeyBytes += jsonBytes(key);
      problems++;
    }
    counts.detailBytes += problems * BLANK_DETAIL;
    counts.problemUnitText += problems * (jsonBytes(unit.id) + 2 * nameBytes(unit));
  }
  return counts;
}

function appliesTo(compiled: CompiledPlan, ids: string[] | undefined, block: number): boolean {
  return !ids || ids.some((id) => compiled.blockIndex.get(id) === block);
}

/** After evaluation (and ranking): what the answer will actually say about each unit. */
export function countAfterScoring(ev: Evaluation, standing?: Standing): AnswerCounts {
  const counts = emptyCounts(ev.compiled, ev.n);
  const weights = weightsOf(ev.compiled);
  const B = ev.compiled.plan.blocks.length;
  for (let i = 0; i < ev.n; i++) {
    counts.unitText += unitText(ev.units[i]);
    counts.maxNameBytes = Math.max(counts.maxNameBytes, nameBytes(ev.units[i]));
    counts.blockUnits[ev.blockOf[i] < 0 ? B : ev.blockOf[i]]++;
  }
  for (const [i, list] of ev.issues) {
    for (const issue of list) {
      if (issue.kind === 'criterion') counts.unreadCriteria++;
      else if (issue.kind === 'target') counts.unreadTargets++;
      else counts.factIssues++;
      counts.detailBytes += Math.max(jsonBytes(issue.detail), jsonBytes(issue.detailEn));
    }
    counts.problemUnitText += list.length * (jsonBytes(ev.units[i].id) + 2 * nameBytes(ev.units[i]));
  }
  for (const [i, keys] of [...ev.unknownKeys, ...ev.unknownFacts]) {
    for (const key of keys) {
      counts.unknownKeys++;
      counts.unknownKeyBytes += jsonBytes(key);
    }
    counts.problemUnitText += keys.length * (jsonBytes(ev.units[i].id) + 2 * nameBytes(ev.units[i]));
  }
  for (const [i, link] of collectiveLinks(ev)) {
    const { message, messageEn } = bilingual(link.message);
    counts.linkProblems++;
    counts.linkBytes += jsonBytes(message) + jsonBytes(messageEn);
    counts.problemUnitText += jsonBytes(ev.units[i].id) + 2 * nameBytes(ev.units[i]);
  }
  for (const outcomes of ev.ruleOutcomes.values())
    for (const o of outcomes) counts.ruleBytes += weights.rule.get(o.rule) ?? weights.ruleMax;
  for (const tie of standing?.ties ?? []) counts.tiedUnits += tie.unitIndices.length;
  // a held award's flag is about as long as a tie's (names cut at the same length)
  counts.tiedUnits += standing?.held.size ?? 0;
  return counts;
}

/** Estimated bytes of the score answer, with and without per-criterion explanations. */
export function estimateScoreAnswer(
  compiled: CompiledPlan,
  counts: AnswerCounts,
): { withExplanations: number; withoutExplanations: number } {
  const w = weightsOf(compiled);
  let blocks = 0;
  let blockExplanations = 0;
  let decisionLists = 0;
  counts.blockUnits.forEach((units, b) => {
    blocks += units * (w.perBlock[b] + w.collectiveDecisionsPerBlock[b] * 2 * counts.maxNameBytes);
    blockExplanations += units * w.perBlockExplanations[b];
    decisionLists += units * w.decisionsPerBlock[b];
  });
  const perUnitText = counts.units ? counts.unitText / counts.units : 0;
  const unread = counts.unreadCriteria + counts.unreadTargets + counts.factIssues;
  const lean =
    w.summary +
    counts.units * w.perUnit +
    blocks +
    counts.unitText +
    decisionLists * (perUnitText + 3) +
    counts.unreadCriteria * w.criterionFlag +
    counts.unreadTargets * w.targetFlag +
    counts.factIssues * w.factFlag +
    counts.detailBytes +
    counts.unknownKeys * 150 +
    counts.unknownKeyBytes * 2 +
    counts.linkProblems * 50 +
    counts.linkBytes +
    counts.ruleBytes +
    counts.tiedUnits * w.tieFlag +
    counts.blockUnits[counts.blockUnits.length - 1] * w.unknownBlock;
  const explanations =
    counts.units * w.perUnitExplanations +
    blockExplanations +
    counts.unreadCriteria * w.criterionUnreadExplanation +
    (unread ? counts.detailBytes : 0);
  return { withExplanations: lean + explanations, withoutExplanations: lean };
}

/** Estimated bytes of the validation answer: one problem per cell or key it reports. */
export function estimateValidationAnswer(compiled: CompiledPlan, counts: AnswerCounts): number {
  const w = weightsOf(compiled);
  const problems =
    counts.unreadCriteria +
    counts.unreadTargets +
    counts.factIssues +
    counts.unknownKeys +
    counts.linkProblems;
  const perUnitText = counts.units ? counts.unitText / counts.units : 0;
  return (
    500 +
    problems * w.problem +
    counts.problemUnitText +
    counts.linkBytes +
    2 * counts.detailBytes +
    counts.unknownKeyBytes * 3 +
    counts.blockUnits[counts.blockUnits.length - 1] * (w.unknownBlock + 2 * perUnitText)
  );
}

const TOO_BIG = 'Câu trả lời quá lớn (answer too large)';

export function checkScoreAnswer(
  compiled: CompiledPlan,
  counts: AnswerCounts,
  explain: Explain,
  limits: RequestLimits,
): CostFailure | undefined {
  const max = limits.maxAnswerBytes ?? DEFAULT_REQUEST_LIMITS.maxAnswerBytes;
  const size = estimateScoreAnswer(compiled, counts);
  const full = explain === 'full';
  const estimate = full ? size.withExplanations : size.withoutExplanations;
  if (estimate <= max) return undefined;
  const lean = size.withoutExplanations;
  return {
    ok: false,
    status: 413,
    title: TOO_BIG,
    problems: [
      problemOf(
        'units',
        say('request.answer-too-big', {
          units: counts.units,
          estimate,
          lean: full ? lean : null,
          max,
          parts: Math.ceil(estimate / max),
          leanParts: Math.ceil(lean / max),
        }),
      ),
    ],
  };
}

export function checkValidationAnswer(
  compiled: CompiledPlan,
  counts: AnswerCounts,
  limits: RequestLimits,
): CostFailure | undefined {
  const max = limits.maxAnswerBytes ?? DEFAULT_REQUEST_LIMITS.maxAnswerBytes;
  const estimate = estimateValidationAnswer(compiled, counts);
  if (estimate <= max) return undefined;
  return {
    ok: false,
    status: 413,
    title: TOO_BIG,
    problems: [
      problemOf(
        'units',
        say('request.problems-too-big', {
          units: counts.units,
          estimate,
          max,
          parts: Math.ceil(estimate / max),
        }),
      ),
    ],
  };
}

/** Bytes of one unit's line and of one changed item in the appraisal part, besides their texts. */
const APPRAISAL_UNIT_BYTES = 320;
const APPRAISAL_ITEM_BYTES = 260;

/**
 * The appraisal part of a two-score answer (both totals per unit, an item per change with its reason), estimated
 * before the self-assessment is scored: at most one item per change the request lists.
 */
export function checkAppraisalAnswer(
  units: readonly Pick<UnitInput, 'name'>[],
  changes: readonly ListedChange[],
  limits: RequestLimits,
): CostFailure | undefined {
  const max = limits.maxAnswerBytes ?? DEFAULT_REQUEST_LIMITS.maxAnswerBytes;
  let estimate = 0;
  for (const u of units) estimate += APPRAISAL_UNIT_BYTES + 2 * (u.name?.length ?? 0);
  for (const c of changes)
    estimate +=
      APPRAISAL_ITEM_BYTES +
      2 * c.itemId.length +
      2 * String(c.self ?? '').length +
      2 * String(c.appraised ?? '').length +
      2 * (c.reason?.length ?? 0);
  if (estimate <= max) return undefined;
  return {
    ok: false,
    status: 413,
    title: TOO_BIG,
    problems: [
      problemOf(
        'units',
        say('request.answer-too-big', {
          units: units.length,
          estimate,
          lean: null,
          max,
          parts: Math.ceil(estimate / max),
          leanParts: Math.ceil(estimate / max),
        }),
      ),
    ],
  };
}
