import { describeIssueSubject } from '../engine/describe';
import { evaluate } from '../engine/evaluate';
import type { CompiledPlan } from '../engine/compile';
import { collectiveLinks } from '../engine/targets';
import { bilingual, named, problemOf, say } from '../messages';
import type { Problem } from '../problems';
import { checkValidationAnswer, countAfterScoring, DEFAULT_REQUEST_LIMITS, type RequestLimits } from './cost';
import type { UnitRecord } from './fast-request';
import type { ValidationReport } from './response-schema';
import { prepareRequest, type Failure } from './score-request';
import { hasSelfAssessment, selfAssessedUnits } from './self-assessment';

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
          unit.block === undefined
            ? say('validate.missing-block', {
                unit: unit.name ?? unit.id,
                known: compiled.plan.blocks.map((b) => b.id),
              })
            : say('validate.unknown-block', {
                unit: unit.name ?? unit.id,
                block: unit.block,
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
