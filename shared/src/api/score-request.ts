import { rankAndAward } from '../engine/awards';
import { compilePlanDocument, type CompiledPlan } from '../engine/compile';
import { describeIssueSubject } from '../engine/describe';
import { evaluate } from '../engine/evaluate';
import { councilStanding, withCouncil } from '../engine/council';
import { joinAppraisal } from '../engine/appraisal';
import { explainLevel, respond } from '../engine/score';
import type { Evaluation } from '../engine/evaluate';
import { collectiveLinks } from '../engine/targets';
import type { Explain, ScoreResponse, UnitInput } from '../engine/types';
import { bilingual, named, problemOf, say } from '../messages';
import { zodProblems } from '../messages/zod';
import { builtInPlan, builtInPlanIds } from '../plans';
import type { Problem } from '../problems';
import {
  checkAppraisalAnswer,
  checkCells,
  checkPrizeTotal,
  checkScoreAnswer,
  checkValidationAnswer,
  countAfterScoring,
  countBeforeScoring,
  DEFAULT_REQUEST_LIMITS,
  type RequestLimits,
} from './cost';
import { droppedKeys, plainScoreRequest, type DroppedKeys, type UnitRecord } from './fast-request';
import type { ValidationReport } from './response-schema';
import { ScoreRequestSchema, type ScoreRequest } from './schemas';
import { appraisalChanges, hasSelfAssessment, selfAssessedUnits } from './self-assessment';

export { DEFAULT_REQUEST_LIMITS, type RequestLimits } from './cost';

export type Failure = { ok: false; status: 400 | 404 | 413 | 422; title: string; problems: Problem[] };
/** A request ready to score: its data, its plan, and the "__proto__" keys its records had (zod left them out). */
export type Prepared = { ok: true; request: ScoreRequest; compiled: CompiledPlan; dropped: DroppedKeys };
export type ScoreOutcome = { ok: true; response: ScoreResponse } | Failure;

/**
 * Check the request's shape, resolve its plan, and enforce limits before any scoring: units, cells (units ×
 * columns), the prize total, and the answer's size as far as the request shows it. The part /score and /validate
 * share.
 */
export function prepareRequest(
  body: unknown,
  limits: RequestLimits,
  answer: 'score' | 'validate' = 'score',
): Prepared | Failure {
  const resolved = resolveRequest(body, limits);
  if (!resolved.ok) return resolved;
  const { request, compiled } = resolved;
  const decisionDate = request.options?.decisionDate;
  if (decisionDate !== undefined && decisionDate < compiled.plan.period.from)
    return {
      ok: false,
      status: 400,
      title: 'Tùy chọn không hợp lệ (invalid option)',
      problems: [
        problemOf(
          'options.decisionDate',
          say('request.decision-before-period', { date: decisionDate, from: compiled.plan.period.from }),
        ),
      ],
    };
  // a self-assessment is scored as well as the appraised values: twice the work
  const units = request.units.length * (hasSelfAssessment(request.units) ? 2 : 1);
  const refused = checkCells(compiled, units, limits) ?? checkPrizeTotal(compiled, units);
  if (refused) return refused;
  const counts = countBeforeScoring(compiled, request.units);
  const tooBig =
    answer === 'score'
      ? checkScoreAnswer(compiled, counts, explainLevel(request.options ?? {}, 'summary'), limits)
      : checkValidationAnswer(compiled, counts, limits);
  return tooBig ?? resolved;
}

const NOTHING_DROPPED: DroppedKeys = { units: new Map(), rateScales: false };

function resolveRequest(body: unknown, limits: RequestLimits): Prepared | Failure {
  // the common shape by hand (no "__proto__" key in it); anything else by zod, whose records drop that key
  const fast = plainScoreRequest(body);
  const parsed = fast ? ({ success: true, data: fast } as const) : ScoreRequestSchema.safeParse(body);
  if (!parsed.success) {
    // the failing path only: parsed again with the input reported, so zod's vi and en locales can say "received …"
    const again = ScoreRequestSchema.safeParse(body, { reportInput: true });
    return {
      ok: false,
      status: 400,
      title: 'Yêu cầu không hợp lệ (invalid request)',
      problems: zodProblems(again.success ? parsed.error.issues : again.error.issues).map((p) =>
        p.path ? p : { ...p, path: '(body)' },
      ),
    };
  }
  const request = parsed.data;
  const dropped = fast ? NOTHING_DROPPED : droppedKeys(body);
  const conflict = explainConflict(request.options);
  if (conflict)
    return {
      ok: false,
      status: 400,
      title: 'Tùy chọn mâu thuẫn (conflicting options)',
      problems: [conflict],
    };
  if (request.units.length > limits.maxUnits)
    return {
      ok: false,
      status: 413,
      title: 'Quá nhiều đơn vị trong một yêu cầu (too many units)',
      problems: [
        problemOf(
          'units',
          say('request.too-many-units', { units: request.units.length, max: limits.maxUnits }),
        ),
      ],
    };
  const dup = duplicateIds(request.units);
  if (dup.length)
    return { ok: false, status: 400, title: 'Mã đơn vị bị trùng (duplicate unit ids)', problems: dup };

  if (typeof request.plan === 'string') {
    const compiled = builtInPlan(request.plan);
    if (!compiled)
      return {
        ok: false,
        status: 404,
        title: 'Không có kế hoạch này (unknown plan)',
        problems: [
          problemOf(
            'plan',
            say('request.unknown-plan', { id: request.plan.slice(0, 200), known: builtInPlanIds() }),
          ),
        ],
      };
    return { ok: true, request, compiled, dropped };
  }
  const compiled = compilePlanDocument(request.plan, 'plan');
  if (!compiled.ok)
    return {
      ok: false,
      status: 422,
      title: 'Kế hoạch không hợp lệ (invalid plan)',
      problems: compiled.problems,
    };
  return { ok: true, request, compiled: compiled.compiled, dropped };
}

function ascendingIds(units: readonly { id: string }[]): boolean {
  for (let i = 1; i < units.length; i++) if (!(units[i - 1].id < units[i].id)) return false;
  return true;
}

// zero-width and direction marks, the word joiner, the BOM, soft hyphen: nothing an official can see
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
/** Anything but printable ASCII without a space: only such ids can look like another. */
const UNPLAIN = /[^\x21-\x7e]/;

/** How an id looks: composed accents (NFC), invisible characters left out, no surrounding spaces. */
const idLook = (id: string) => id.normalize('NFC').replace(INVISIBLE, '').trim();

/**
 * Unit ids that repeat, or only look like another ("xã-hòa-an" typed with composed and with combining accents, an id
 * with a zero-width space), and ids with nothing visible: each names the unit it repeats. Ids of printable ASCII in
 * ascending order (a sheet's, often) are unique without a map of them.
 */
function duplicateIds(units: readonly { id: string }[]): Problem[] {
  const plain = !units.some((u) => UNPLAIN.test(u.id));
  if (plain && ascendingIds(units)) return [];
  const seen = new Map<string, number>();
  const out: Problem[] = [];
  units.forEach((u, i) => {
    const look = plain ? u.id : idLook(u.id);
    const first = seen.get(look);
    const at = `units[${i}].id`;
    if (!look) out.push(problemOf(at, say('request.invisible-unit-id'), { unitId: u.id }));
    else if (first === undefined) seen.set(look, i);
    else if (units[first].id === u.id)
      out.push(problemOf(at, say('request.duplicate-unit', { id: u.id, first }), { unitId: u.id }));
    else
      out.push(
        problemOf(at, say('request.lookalike-unit', { id: u.id, first, other: units[first].id }), {
          unitId: u.id,
        }),
      );
  });
  return out;
}

/** Score a request within its limits: the answer's size is checked again, exactly, before it is built. */
export function scoreRequest(body: unknown, limits: RequestLimits = DEFAULT_REQUEST_LIMITS): ScoreOutcome {
  const prepared = prepareRequest(body, limits, 'score');
  return prepared.ok ? scorePrepared(prepared, limits) : prepared;
}

/** Scores a request already prepared (/score, and /dossier, which drafts from the same answer). */
export function scorePrepared(
  prepared: Prepared,
  limits: RequestLimits = DEFAULT_REQUEST_LIMITS,
): ScoreOutcome {
  const { compiled, request, dropped } = prepared;
  const appraised = scoreUnits(compiled, request.units, request.options, limits, (ev) =>
    addDropped(ev, dropped, ['values'], ['facts']),
  );
  if (!appraised.ok || !hasSelfAssessment(request.units)) return appraised;
  // Two scores side by side: the units' own values scored by the same path, the answers joined.
  const changes = appraisalChanges(request.units);
  const tooBig = checkAppraisalAnswer(request.units, changes, limits);
  if (tooBig) return tooBig;
  const self = scoreUnits(compiled, selfAssessedUnits(request.units), request.options, limits, (ev) =>
    addDropped(ev, dropped, ['values', 'selfAssessment.values'], ['facts', 'selfAssessment.facts']),
  );
  if (!self.ok) return self;
  const rankOn = compiled.plan.appraisal?.rankOn ?? 'appraised';
  const joined = joinAppraisal(compiled.plan, self.response, appraised.response, changes, rankOn);
  // the hash of the whole input (appraised values and self-assessment), whichever score ranks
  return { ok: true, response: { ...joined, inputHash: appraised.response.inputHash } };
}

function scoreUnits(
  compiled: CompiledPlan,
  units: readonly UnitInput[],
  options: ScoreRequest['options'],
  limits: RequestLimits,
  amend: (ev: Evaluation) => void,
): ScoreOutcome {
  const ev = withCouncil(evaluate(compiled, units, options), options);
  amend(ev);
  const standing = councilStanding(ev, rankAndAward(ev));
  const explain = explainLevel(options ?? {}, 'summary');
  const tooBig = checkScoreAnswer(compiled, countAfterScoring(ev, standing), explain, limits);
  if (tooBig) return tooBig;
  return { ok: true, response: respond(ev, standing, { ...options, explain }) };
}

export type { ValidationReport } from './response-schema';

/** The problems a score request would have, per unit and value, without scoring. */
export function validateRequest(
  body: unknown,
  limits: RequestLimits = DEFAULT_REQUEST_LIMITS,
): { ok: true; report: ValidationReport } | Failure {
  const prepared = prepareRequest(body, limits, 'validate');
  if (!prepared.ok) return prepared;
  const { compiled, request, dropped } = prepared;
  const en = request.options?.lang === 'en';
  const ev = evaluate(compiled, request.units, request.options);
  const tooBig = checkValidationAnswer(compiled, countAfterScoring(ev), limits);
  if (tooBig) return tooBig;
  const problems: Problem[] = rateScaleProblems(compiled, request.options?.rateScales, dropped.rateScales);
  const links = collectiveLinks(ev);
  request.units.forEach((unit, i) => {
    if (ev.blockOf[i] < 0)
      problems.push(
        problemOf(
          `units[${i}].block`,
          say('validate.unknown-block', {
            unit: unit.name ?? unit.id,
            block: unit.block ?? '',
            known: compiled.plan.blocks.map((b) => b.id),
          }),
          { unitId: unit.id, code: 'unknown-block' },
        ),
      );
    for (const issue of ev.issues.get(i) ?? [])
      problems.push(
        cellProblem(compiled, unit, issue, `units[${i}].${issue.kind === 'fact' ? 'facts' : 'values'}`),
      );
    const lost = dropped.units.get(i) ?? [];
    const unknown = (at: UnitRecord, keys: readonly string[]) =>
      problems.push(...keys.map((key) => unknownKeyProblem(unit, i, at, key)));
    unknown('values', [...(ev.unknownKeys.get(i) ?? []), ...protoIn(lost, 'values')]);
    unknown('facts', [...(ev.unknownFacts.get(i) ?? []), ...protoIn(lost, 'facts')]);
    const link = links.get(i);
    if (link)
      problems.push(
        problemOf(
          `units[${i}].collective`,
          say('validate.collective', { unit: unit.name ?? unit.id, text: bilingualNamed(link.message) }),
          { unitId: unit.id, code: link.code },
        ),
      );
  });
  if (hasSelfAssessment(request.units)) {
    // the self-assessed values are read as the appraised ones are; only what the unit sent itself is reported
    const self = evaluate(compiled, selfAssessedUnits(request.units), request.options);
    request.units.forEach((unit, i) => {
      const sent = unit.selfAssessment;
      if (!sent) return;
      for (const issue of self.issues.get(i) ?? []) {
        const where = issue.kind === 'fact' ? 'facts' : 'values';
        const own = where === 'facts' ? sent.facts : sent.values;
        const id = issue.kind === 'fact' ? issue.id.replace(/_\d{4}$/, '') : issue.id;
        if (own && Object.hasOwn(own, id))
          problems.push(cellProblem(compiled, unit, issue, `units[${i}].selfAssessment.${where}`));
      }
      const lost = dropped.units.get(i) ?? [];
      const sentBy = (record: Record<string, unknown> | undefined) => (key: string) =>
        record !== undefined && Object.hasOwn(record, key);
      const unknown = (at: UnitRecord, keys: readonly string[]) =>
        problems.push(...keys.map((key) => unknownKeyProblem(unit, i, at, key)));
      unknown('selfAssessment.values', [
        ...(self.unknownKeys.get(i) ?? []).filter(sentBy(sent.values)),
        ...protoIn(lost, 'selfAssessment.values'),
      ]);
      unknown('selfAssessment.facts', [
        ...(self.unknownFacts.get(i) ?? []).filter(sentBy(sent.facts)),
        ...protoIn(lost, 'selfAssessment.facts'),
      ]);
      unknown('selfAssessment.reasons', [
        ...Object.keys(sent.reasons ?? {}).filter((key) => !isPlanItem(compiled, key)),
        ...protoIn(lost, 'selfAssessment.reasons'),
      ]);
    });
  }
  if (en) for (const p of problems) if (p.messageEn) p.message = p.messageEn;
  return {
    ok: true,
    report: { planId: compiled.plan.id, valid: problems.length === 0, units: request.units.length, problems },
  };
}

/** ["__proto__"] when the record `at` of the unit had that key (zod left it out of the data), else none. */
const protoIn = (lost: readonly UnitRecord[], at: UnitRecord): string[] =>
  lost.includes(at) ? ['__proto__'] : [];

/** A key the plan does not know, at its path: a criterion's place (values, reasons) or a fact's. */
function unknownKeyProblem(
  unit: { id: string; name?: string },
  i: number,
  at: UnitRecord,
  key: string,
): Problem {
  const params = { unit: unit.name ?? unit.id, key };
  const fact = at === 'facts' || at === 'selfAssessment.facts';
  return problemOf(
    `units[${i}].${at}.${key}`,
    fact
      ? say('validate.unknown-fact', params)
      : at === 'selfAssessment.reasons'
        ? say('validate.unknown-reason', params)
        : say('validate.unknown-criterion', params),
    { unitId: unit.id, code: fact ? 'unknown-fact' : 'unknown-criterion' },
  );
}

/** A criterion, target or fact of the plan, or one year of a per-year fact ("<fact>_2021"). */
function isPlanItem(compiled: CompiledPlan, key: string): boolean {
  if (compiled.criterionIndex.has(key) || compiled.targetIndex.has(key) || compiled.factIndex.has(key))
    return true;
  const year = /^(.+)_(\d{4})$/.exec(key);
  const fact = year ? compiled.facts[compiled.factIndex.get(year[1]) ?? -1] : undefined;
  return fact?.years?.includes(Number(year?.[2])) ?? false;
}

/** Keys of options.rateScales that name nothing in the plan: each would set the scale of no column. */
function rateScaleProblems(
  compiled: CompiledPlan,
  rateScales: Record<string, unknown> | undefined,
  proto: boolean,
): Problem[] {
  const keys = [...Object.keys(rateScales ?? {}).filter((k) => !isPlanItem(compiled, k))];
  if (proto) keys.push('__proto__');
  return keys.map((key) =>
    problemOf(`options.rateScales.${key}`, say('validate.unknown-rate-scale', { key }), {
      code: 'unknown-rate-scale',
    }),
  );
}

/** A message as both its texts, to say inside another. */
function bilingualNamed(message: Parameters<typeof bilingual>[0]) {
  const { message: vi, messageEn: en } = bilingual(message);
  return named(vi, en);
}

/**
 * The "__proto__" keys zod left out of the records, as the engine reports any key the plan does not know: in the
 * unit's unknown keys (`values` records) or unknown facts (`facts` records).
 */
function addDropped(
  ev: Evaluation,
  dropped: DroppedKeys,
  values: readonly UnitRecord[],
  facts: readonly UnitRecord[],
): void {
  for (const [i, lost] of dropped.units) {
    if (lost.some((at) => values.includes(at)))
      ev.unknownKeys.set(i, [...(ev.unknownKeys.get(i) ?? []), '__proto__']);
    if (lost.some((at) => facts.includes(at)))
      ev.unknownFacts.set(i, [...(ev.unknownFacts.get(i) ?? []), '__proto__']);
  }
}

/** `options.explain` and the earlier `options.explanations` must not say different things. */
function explainConflict(options: ScoreRequest['options']): Problem | undefined {
  if (!options?.explain || options.explanations === undefined) return undefined;
  const implied: Explain = options.explanations ? 'full' : 'summary';
  if (implied === options.explain) return undefined;
  return problemOf(
    'options.explanations',
    say('request.explain-conflict', { explain: options.explain, explanations: options.explanations }),
  );
}

type CellIssue = NonNullable<ReturnType<ReturnType<typeof evaluate>['issues']['get']>>[number];

/** A value that cannot be read for certain, as a problem naming the unit, the item and the path of the cell. */
function cellProblem(
  compiled: CompiledPlan,
  unit: { id: string; name?: string },
  issue: CellIssue,
  at: string,
): Problem {
  const subject = describeIssueSubject(compiled.plan, issue);
  const isCriterion = issue.kind === 'criterion';
  const what = issue.kind === 'target' ? 'target' : isCriterion ? 'value' : 'fact';
  const detail = issue.status === 1 ? null : named(issue.detail, issue.detailEn);
  return problemOf(
    `${at}.${issue.id}`,
    say('validate.cell', { unit: unit.name ?? unit.id, subject: named(subject.vi, subject.en), detail }),
    {
      unitId: unit.id,
      ...(isCriterion ? { criterionId: issue.id } : {}),
      code:
        issue.status === 3 ? 'ambiguous-rate-scale' : `${issue.status === 1 ? 'missing' : 'invalid'}-${what}`,
    },
  );
}
