import { factsOf } from './conditions';
import { PLAN_LIMITS } from './limits';
import { decisionPrizeBoundPerUnit, fundTotal, tierPrizeBound } from './money';
import { Plan, PlanSchema } from './schema';
import { crossCheckExtensions, repeatedAt } from './validate-extensions';
import { applyRegistration, registrationProblems } from './registration';
import { bilingual, say, type Message } from '../messages';
import { zodProblems } from '../messages/zod';
import type { Problem } from '../problems';

export type PlanParse = { ok: true; plan: Plan } | { ok: false; problems: Problem[] };

/** Validate a plan document: shape (zod) then the references between its parts. */
export function parsePlan(input: unknown, pathPrefix = 'plan'): PlanParse {
  const depth = nestingDepth(input, MAX_DOCUMENT_DEPTH);
  if (depth > MAX_DOCUMENT_DEPTH)
    return {
      ok: false,
      problems: [
        {
          path: pathPrefix || '(plan)',
          message: `Kế hoạch lồng nhau quá ${MAX_DOCUMENT_DEPTH} tầng (a plan document nests more than ${MAX_DOCUMENT_DEPTH} levels)`,
          code: 'plan-invalid',
        },
      ],
    };
  // the input is reported so zod's Vietnamese and English locales can say what was received (never shown itself)
  const parsed = PlanSchema.safeParse(input, { reportInput: true });
  if (!parsed.success)
    return { ok: false, problems: zodProblems(parsed.error.issues, pathPrefix, 'plan-invalid') };
  // registration (đăng ký thi đua) is applied as the facts and standards it stands for, then checked with them
  const plan = applyRegistration(parsed.data);
  const problems = [...registrationProblems(parsed.data), ...crossCheck(plan)].map((p) => ({
    ...p,
    path: joinPath(pathPrefix, p.path),
  }));
  return problems.length ? { ok: false, problems } : { ok: true, plan };
}

/** The deepest a plan document may nest (the API's limit for any JSON body); checked before zod recurses. */
export const MAX_DOCUMENT_DEPTH = 64;

/** How deep objects and arrays nest, walked without recursion and stopping once past `stopAbove`. */
function nestingDepth(value: unknown, stopAbove: number): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length) {
    const [v, level] = stack.pop() as [unknown, number];
    if (v === null || typeof v !== 'object') continue;
    if (level > deepest) deepest = level;
    if (deepest > stopAbove) return deepest;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, level + 1]);
  }
  return deepest;
}

function joinPath(prefix: string, path: string): string {
  if (!prefix) return path;
  if (!path) return prefix;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

function crossCheck(plan: Plan): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string, messageEn: string) =>
    problems.push({ path, message, messageEn, code: 'plan-invalid' });
  const tooLarge = (path: string, message: Message) =>
    problems.push({ path, ...bilingual(message), code: 'plan-invalid' });

  for (const [list, name] of [
    [plan.criteria.map((c) => c.id), 'criteria'],
    [plan.facts.map((f) => f.id), 'facts'],
    [plan.blocks.map((b) => b.id), 'blocks'],
    [plan.awards.tiers.map((t) => t.id), 'awards.tiers'],
    [plan.exclusions.map((e) => e.id), 'exclusions'],
  ] as const) {
    for (const i of repeatedAt(list))
      add(
        `${name}[${i}].id`,
        `Mã "${list[i]}" bị trùng trong ${name}`,
        `Duplicate id "${list[i]}" in ${name}`,
      );
  }

  const factIds = new Set(plan.facts.map((f) => f.id));
  const criterionIds = new Set(plan.criteria.map((c) => c.id));

  // criteria, targets and facts share one set of ids (options.rateScales, selfAssessment.reasons, matching.synonyms
  // name them by id); a target that repeats a criterion id is refused in validate-extensions.ts
  const targetIds = new Set((plan.targets ?? []).map((t) => t.id));
  plan.facts.forEach((f, i) => {
    const other = criterionIds.has(f.id)
      ? ['tiêu chí', 'criterion']
      : targetIds.has(f.id)
        ? ['chỉ tiêu', 'target']
        : null;
    if (other)
      add(
        `facts[${i}].id`,
        `Dữ kiện "${f.id}" trùng mã với một ${other[0]}: tiêu chí, chỉ tiêu và dữ kiện phải có mã khác nhau`,
        `Fact "${f.id}" has the id of a ${other[1]}: criteria, targets and facts need different ids`,
      );
  });
  // a reason quotes facts as {id}: one the plan does not declare would reach officials as "{id}"
  const checkQuoted = (text: string | undefined, path: string) => {
    for (const [, id] of (text ?? '').matchAll(/\{([A-Za-z0-9_-]+)\}/g))
      if (!factIds.has(id))
        add(
          path,
          `Lý do nhắc dữ kiện "{${id}}" chưa được khai báo trong facts: viên chức sẽ thấy nguyên "{${id}}"`,
          `The reason quotes "{${id}}", which is not a declared fact: officials would read "{${id}}" as it is`,
        );
  };
  plan.exclusions.forEach((e, i) => {
    checkQuoted(e.reason, `exclusions[${i}].reason`);
    checkQuoted(e.reasonEn, `exclusions[${i}].reasonEn`);
  });
  plan.standards.forEach((st, i) => {
    checkQuoted(st.reason, `standards[${i}].reason`);
    checkQuoted(st.reasonEn, `standards[${i}].reasonEn`);
  });

  plan.criteria.forEach((c, i) => {
    const at = `criteria[${i}].scoring`;
    const s = c.scoring;
    if ((s.kind === 'rate' || s.kind === 'count') && s.method === 'steps' && !s.steps)
      add(
        at,
        `Tiêu chí ${c.number}: cách tính "steps" cần bảng mức (steps)`,
        `Criterion ${c.number}: steps required`,
      );
    if (s.kind === 'count' && s.method === 'perItem' && s.perItem === undefined)
      add(
        at,
        `Tiêu chí ${c.number}: cần số điểm cho mỗi đơn vị đếm (perItem)`,
        `Criterion ${c.number}: perItem required`,
      );
    if (s.kind === 'count' && s.method === 'target' && s.target === undefined)
      add(
        at,
        `Tiêu chí ${c.number}: cần số lượng mục tiêu (target)`,
        `Criterion ${c.number}: target required`,
      );
    if (s.kind !== 'rate' && s.kind !== 'count') return;
    // two steps from one threshold: which points apply would depend on the order they are written in
    for (const j of repeatedAt((s.steps ?? []).map((step) => String(step.min))))
      add(
        `${at}.steps`,
        `Tiêu chí ${c.number}: hai mức cùng ngưỡng ${s.steps?.[j].min}; mỗi ngưỡng chỉ một mức điểm`,
        `Criterion ${c.number}: two steps from the same threshold ${s.steps?.[j].min}`,
      );
    for (const [j, step] of (s.steps ?? []).entries())
      if (step.points > c.maxPoints)
        add(
          `${at}.steps[${j}].points`,
          `Tiêu chí ${c.number}: mức điểm vượt điểm tối đa ${c.maxPoints}`,
          `Step above max`,
        );
  });

  const checkFacts = (cond: Parameters<typeof factsOf>[0], path: string) => {
    for (const f of factsOf(cond))
      if (!factIds.has(f))
        add(path, `Dữ kiện "${f}" chưa được khai báo trong facts`, `Fact "${f}" is not declared in facts`);
  };
  plan.exclusions.forEach((e, i) => checkFacts(e.when, `exclusions[${i}].when`));
  plan.standards.forEach((s, i) => checkFacts(s.require, `standards[${i}].require`));
  plan.ranking.tieBreakers.forEach((t, i) => {
    if (t.criterion && !criterionIds.has(t.criterion))
      add(
        `ranking.tieBreakers[${i}]`,
        `Tiêu chí "${t.criterion}" không có trong kế hoạch`,
        `Unknown criterion`,
      );
    if (t.fact && !factIds.has(t.fact))
      add(`ranking.tieBreakers[${i}]`, `Dữ kiện "${t.fact}" chưa được khai báo`, `Unknown fact`);
  });
  plan.facts.forEach((f, i) => {
    if (f.type === 'rating' && !f.scale)
      add(
        `facts[${i}].scale`,
        `Dữ kiện "${f.id}" loại xếp loại cần thang (scale)`,
        `Rating fact needs a scale`,
      );
  });
  for (let i = 1; i < plan.awards.tiers.length; i++) {
    if (plan.awards.tiers[i].minTotal > plan.awards.tiers[i - 1].minTotal)
      add(
        `awards.tiers[${i}].minTotal`,
        'Các giải phải xếp từ cao xuống thấp (điểm tối thiểu không tăng)',
        'Tiers must be ordered from highest to lowest minimum',
      );
  }
  // a tier no unit can reach is a typing error (1000 for 100), never a prize silently given to nobody
  const reachable = plan.criteria.reduce(
    (sum, c) => sum + (c.scoring.kind === 'deduction' ? 0 : c.maxPoints),
    0,
  );
  if (plan.criteria.length)
    plan.awards.tiers.forEach((t, i) => {
      if (t.minTotal > reachable)
        add(
          `awards.tiers[${i}].minTotal`,
          `Giải "${t.name}" cần từ ${t.minTotal} điểm nhưng tổng điểm tối đa của kế hoạch là ${reachable}: không đơn vị nào đạt được`,
          `Tier "${t.nameEn ?? t.name}" needs ${t.minTotal} points but the plan's highest total is ${reachable}: no unit can reach it`,
        );
    });
  for (const [date, at] of [
    [plan.awards.dueDate, 'awards.dueDate'],
    [plan.awards.decisionDate, 'awards.decisionDate'],
  ] as const)
    if (date !== undefined && date < plan.period.from)
      add(
        at,
        `Ngày ${date} trước ngày bắt đầu kỳ thi đua (${plan.period.from})`,
        `${date} is before the period starts (${plan.period.from})`,
      );
  // a block that ceased before the movement began never took part in it: a typing error (2015 for 2025)
  plan.blocks.forEach((b, i) => {
    if (b.dissolved && b.dissolved.on <= plan.period.from)
      add(
        `blocks[${i}].dissolved.on`,
        `Khối "${b.name}" chấm dứt ngày ${b.dissolved.on}, không sau ngày bắt đầu kỳ thi đua (${plan.period.from}): khối không thể tham gia kỳ này`,
        `Block "${b.nameEn ?? b.name}" ends on ${b.dissolved.on}, not after the period starts (${plan.period.from})`,
      );
    // only award decisions hold a dissolved unit's awards; a tier (giải) would still be given to it, silently
    if (b.dissolved && plan.awards.tiers.length)
      add(
        `blocks[${i}].dissolved`,
        `Khối "${b.name}" có ngày chấm dứt (dissolved) nhưng kế hoạch xét giải theo hạng (awards.tiers): chỉ quyết định khen thưởng (awards.decisions) giữ lại được khen thưởng của đơn vị không còn tồn tại`,
        `Block "${b.nameEn ?? b.name}" has an end date (dissolved) but the plan awards tiers: only award decisions (awards.decisions) can hold the awards of a unit that no longer exists`,
      );
  });
  const tierMoney = tierPrizeBound(plan);
  if (tierMoney > PLAN_LIMITS.moneyTotal)
    tooLarge('awards.tiers', say('money.tiers-too-large', { amount: tierMoney }));
  const perUnit = decisionPrizeBoundPerUnit(plan);
  if (tierMoney <= PLAN_LIMITS.moneyTotal && tierMoney + perUnit > PLAN_LIMITS.moneyTotal)
    tooLarge('awards.decisions', say('money.decisions-too-large', { amount: tierMoney + perUnit }));
  const funds = fundTotal(plan);
  if (funds > PLAN_LIMITS.moneyTotal) tooLarge('blocks', say('money.funds-too-large', { amount: funds }));
  // matching.synonyms names criteria, targets (chỉ tiêu) and facts by id
  const named = new Set([...plan.criteria, ...(plan.targets ?? []), ...plan.facts].map((x) => x.id));
  for (const id of Object.keys(plan.matching?.synonyms ?? {}))
    if (!named.has(id.replace(/_\d{4}$/, '')))
      add(
        `matching.synonyms.${id}`,
        `Không có tiêu chí, chỉ tiêu hay dữ kiện mã "${id}" để gán các cách gọi này`,
        `No criterion, target or fact "${id}" for these names`,
      );
  problems.push(...crossCheckExtensions(plan));
  return problems;
}
