import { rankAndAward } from '../engine/awards';
import { compilePlanDocument, type CompiledPlan } from '../engine/compile';
import { describeIssueSubject } from '../engine/describe';
import { evaluate } from '../engine/evaluate';
import { respond } from '../engine/score';
import type { ScoreResponse } from '../engine/types';
import { builtInPlan, builtInPlanIds } from '../plans';
import { formatZodPath, type Problem } from '../problems';
import {
  checkCells,
  checkPrizeTotal,
  checkScoreAnswer,
  checkValidationAnswer,
  countAfterScoring,
  countBeforeScoring,
  DEFAULT_REQUEST_LIMITS,
  type RequestLimits,
} from './cost';
import { parseScoreRequest } from './fast-request';
import type { ScoreRequest } from './schemas';

export { DEFAULT_REQUEST_LIMITS, type RequestLimits } from './cost';

export type Failure = { ok: false; status: 400 | 404 | 413 | 422; title: string; problems: Problem[] };
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
): { ok: true; request: ScoreRequest; compiled: CompiledPlan } | Failure {
  const resolved = resolveRequest(body, limits);
  if (!resolved.ok) return resolved;
  const { request, compiled } = resolved;
  const units = request.units.length;
  const refused = checkCells(compiled, units, limits) ?? checkPrizeTotal(compiled, units);
  if (refused) return refused;
  const counts = countBeforeScoring(compiled, request.units);
  const tooBig =
    answer === 'score'
      ? checkScoreAnswer(compiled, counts, request.options?.explanations ?? true, limits)
      : checkValidationAnswer(compiled, counts, limits);
  return tooBig ?? resolved;
}

function resolveRequest(
  body: unknown,
  limits: RequestLimits,
): { ok: true; request: ScoreRequest; compiled: CompiledPlan } | Failure {
  const parsed = parseScoreRequest(body);
  if (!parsed.success)
    return {
      ok: false,
      status: 400,
      title: 'Yêu cầu không hợp lệ (invalid request)',
      problems: parsed.error.issues.map((i) => ({
        path: formatZodPath(i.path) || '(body)',
        message: i.message,
      })),
    };
  const request = parsed.data;
  if (request.units.length > limits.maxUnits)
    return {
      ok: false,
      status: 413,
      title: 'Quá nhiều đơn vị trong một yêu cầu (too many units)',
      problems: [
        {
          path: 'units',
          message: `Yêu cầu có ${request.units.length} đơn vị, tối đa ${limits.maxUnits}. Hãy chia thành ${Math.ceil(request.units.length / limits.maxUnits)} yêu cầu, mỗi yêu cầu một khối hoặc tối đa ${limits.maxUnits} đơn vị (thứ hạng chỉ đúng khi cả khối nằm trong một yêu cầu).`,
          messageEn: `The request has ${request.units.length} units; the limit is ${limits.maxUnits}. Split it by block (ranking needs a whole block in one request).`,
        },
      ],
    };
  const seen = new Map<string, number>();
  const dup: Problem[] = [];
  request.units.forEach((u, i) => {
    const first = seen.get(u.id);
    if (first !== undefined)
      dup.push({
        path: `units[${i}].id`,
        unitId: u.id,
        message: `Mã đơn vị "${u.id}" trùng với units[${first}]`,
        messageEn: `Unit id "${u.id}" repeats units[${first}]`,
      });
    else seen.set(u.id, i);
  });
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
          {
            path: 'plan',
            message: `Không có kế hoạch "${request.plan}". Các kế hoạch có sẵn: ${builtInPlanIds().join(', ')}`,
            messageEn: `No plan "${request.plan}"`,
          },
        ],
      };
    return { ok: true, request, compiled };
  }
  const compiled = compilePlanDocument(request.plan, 'plan');
  if (!compiled.ok)
    return {
      ok: false,
      status: 422,
      title: 'Kế hoạch không hợp lệ (invalid plan)',
      problems: compiled.problems,
    };
  return { ok: true, request, compiled: compiled.compiled };
}

/** Score a request within its limits: the answer's size is checked again, exactly, before it is built. */
export function scoreRequest(body: unknown, limits: RequestLimits = DEFAULT_REQUEST_LIMITS): ScoreOutcome {
  const prepared = prepareRequest(body, limits, 'score');
  if (!prepared.ok) return prepared;
  const { compiled, request } = prepared;
  const ev = evaluate(compiled, request.units, request.options);
  const standing = rankAndAward(ev);
  const explanations = request.options?.explanations ?? true;
  const tooBig = checkScoreAnswer(compiled, countAfterScoring(ev, standing), explanations, limits);
  if (tooBig) return tooBig;
  return { ok: true, response: respond(ev, standing, request.options) };
}

export interface ValidationReport {
  planId: string;
  valid: boolean;
  units: number;
  problems: Problem[];
}

/** The problems a score request would have, per unit and value, without scoring. */
export function validateRequest(
  body: unknown,
  limits: RequestLimits = DEFAULT_REQUEST_LIMITS,
): { ok: true; report: ValidationReport } | Failure {
  const prepared = prepareRequest(body, limits, 'validate');
  if (!prepared.ok) return prepared;
  const { compiled, request } = prepared;
  const en = request.options?.lang === 'en';
  const ev = evaluate(compiled, request.units, request.options);
  const tooBig = checkValidationAnswer(compiled, countAfterScoring(ev), limits);
  if (tooBig) return tooBig;
  const problems: Problem[] = [];
  request.units.forEach((unit, i) => {
    if (ev.blockOf[i] < 0)
      problems.push({
        path: `units[${i}].block`,
        unitId: unit.id,
        code: 'unknown-block',
        message: `Đơn vị "${unit.name ?? unit.id}": khối "${unit.block ?? ''}" không có trong kế hoạch (${compiled.plan.blocks.map((b) => b.id).join(', ')})`,
      });
    for (const issue of ev.issues.get(i) ?? []) {
      const subject = describeIssueSubject(compiled.plan, issue);
      const isCriterion = issue.kind === 'criterion';
      const where = issue.kind === 'fact' ? 'facts' : 'values';
      const what = issue.kind === 'target' ? 'target' : isCriterion ? 'value' : 'fact';
      problems.push({
        path: `units[${i}].${where}.${issue.id}`,
        unitId: unit.id,
        ...(isCriterion ? { criterionId: issue.id } : {}),
        code:
          issue.status === 3
            ? 'ambiguous-rate-scale'
            : `${issue.status === 1 ? 'missing' : 'invalid'}-${what}`,
        message: `Đơn vị "${unit.name ?? unit.id}", ${subject.vi}: ${issue.status === 1 ? 'thiếu giá trị' : issue.detail}`,
        messageEn: `Unit "${unit.name ?? unit.id}", ${subject.en}: ${issue.status === 1 ? 'missing' : issue.detailEn}`,
      });
    }
    for (const key of ev.unknownKeys.get(i) ?? [])
      problems.push({
        path: `units[${i}].values.${key}`,
        unitId: unit.id,
        code: 'unknown-criterion',
        message: `Đơn vị "${unit.name ?? unit.id}": "${key}" không phải mã tiêu chí của kế hoạch`,
      });
  });
  if (en) for (const p of problems) if (p.messageEn) p.message = p.messageEn;
  return {
    ok: true,
    report: { planId: compiled.plan.id, valid: problems.length === 0, units: request.units.length, problems },
  };
}
