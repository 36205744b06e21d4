import { rankAndAward } from '../engine/awards';
import { compilePlanDocument, type CompiledPlan } from '../engine/compile';
import { evaluate } from '../engine/evaluate';
import { councilStanding, withCouncil } from '../engine/council';
import { joinAppraisal } from '../engine/appraisal';
import { explainLevel, respond } from '../engine/score';
import type { Evaluation } from '../engine/evaluate';
import type { Explain, ScoreResponse, UnitInput } from '../engine/types';
import { problemOf, say } from '../messages';
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
import { droppedKeys, parseScoreRequest, type DroppedKeys, type UnitRecord } from './fast-request';
import { ScoreRequestSchema, type ScoreRequest } from './schemas';
import { appraisalChanges, hasSelfAssessment, selfAssessedUnits } from './self-assessment';
import { duplicateIds } from './unit-ids';

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
  const parsed = parseScoreRequest(body);
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
  const dropped = parsed.fast ? NOTHING_DROPPED : droppedKeys(body);
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
  // the plan as sent, not the request's copy of it: that record leaves out a "__proto__" key, which a plan refuses
  const compiled = compilePlanDocument((body as { plan: unknown }).plan, 'plan');
  if (!compiled.ok)
    return {
      ok: false,
      status: 422,
      title: 'Kế hoạch không hợp lệ (invalid plan)',
      problems: compiled.problems,
    };
  return { ok: true, request, compiled: compiled.compiled, dropped };
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
