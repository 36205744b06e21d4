import { AWARD_FORM_NAMES } from '../law/prize-money';
import type { Problem } from '../problems';
import { factsOf, isYearly, leavesOf, paramsOf, type Condition } from './conditions';
import { PER_YEAR_TYPES, type Plan } from './schema';

type Add = (path: string, message: string, messageEn: string) => void;

/** The positions of ids already seen earlier in the list: a duplicate is reported where it repeats. */
export function repeatedAt(ids: readonly string[]): number[] {
  const seen = new Set<string>();
  return ids.flatMap((id, i) => (seen.has(id) ? [i] : (seen.add(id), [])));
}

/** Cross-references of the parts added for targets, per-year facts, parameters and decisions. */
export function crossCheckExtensions(plan: Plan): Problem[] {
  const problems: Problem[] = [];
  const add: Add = (path, message, messageEn) =>
    problems.push({ path, message, messageEn, code: 'plan-invalid' });
  const decisions = plan.awards.decisions ?? [];
  const targets = plan.targets ?? [];
  const params = plan.parameters ?? [];

  if (!plan.criteria.length && !targets.length && !decisions.length)
    add(
      'criteria',
      'Kế hoạch cần ít nhất một tiêu chí, một chỉ tiêu (targets) hoặc một quyết định khen thưởng (awards.decisions)',
      'A plan needs at least one criterion, target or award decision',
    );

  for (const [list, name] of [
    [targets.map((t) => t.id), 'targets'],
    [decisions.map((d) => d.id), 'awards.decisions'],
    [params.map((p) => p.id), 'parameters'],
    [plan.standards.map((s) => s.id), 'standards'],
  ] as const)
    for (const i of repeatedAt(list))
      add(
        `${name}[${i}].id`,
        `Mã "${list[i]}" bị trùng trong ${name}`,
        `Duplicate id "${list[i]}" in ${name}`,
      );
  const criterionIds = new Set(plan.criteria.map((c) => c.id));
  for (const t of targets)
    if (criterionIds.has(t.id))
      add('targets', `Mã chỉ tiêu "${t.id}" trùng mã tiêu chí`, `Target id "${t.id}" repeats a criterion id`);

  const blockIds = new Set(plan.blocks.map((b) => b.id));
  const checkBlocks = (ids: string[] | undefined, path: string) => {
    for (const id of ids ?? [])
      if (!blockIds.has(id))
        add(path, `Khối "${id}" không có trong blocks`, `Block "${id}" is not in blocks`);
  };

  const facts = new Map(plan.facts.map((f) => [f.id, f]));
  plan.facts.forEach((f, i) => {
    checkBlocks(f.appliesTo, `facts[${i}].appliesTo`);
    const perYear = PER_YEAR_TYPES.includes(f.type);
    if (perYear && !f.years)
      add(
        `facts[${i}].years`,
        `Dữ kiện theo năm "${f.id}" cần danh sách năm (years)`,
        'Per-year fact needs years',
      );
    if (f.type === 'ratingByYear' && !f.scale)
      add(
        `facts[${i}].scale`,
        `Dữ kiện "${f.id}" loại xếp loại cần thang (scale)`,
        'Rating fact needs a scale',
      );
  });

  const paramIds = new Set(params.map((p) => p.id));
  const checkCondition = (cond: Condition, path: string, declared = true) => {
    for (const id of declared ? factsOf(cond) : [])
      if (!facts.has(id))
        add(path, `Dữ kiện "${id}" chưa được khai báo trong facts`, `Fact "${id}" is not declared in facts`);
    for (const id of paramsOf(cond))
      if (!paramIds.has(id))
        add(path, `Tham số "${id}" chưa được khai báo trong parameters`, `Parameter "${id}" is not declared`);
    for (const leaf of leavesOf(cond)) {
      if (!('fact' in leaf)) continue;
      const fact = facts.get(leaf.fact);
      if (!fact) continue;
      const perYear = PER_YEAR_TYPES.includes(fact.type);
      if (isYearly(leaf) && !perYear)
        add(
          path,
          `Điều kiện theo năm cần dữ kiện theo năm; "${fact.id}" là ${fact.type}`,
          `"${fact.id}" is not a per-year fact`,
        );
      if (!isYearly(leaf) && perYear)
        add(
          path,
          `Dữ kiện theo năm "${fact.id}" cần chọn năm (years: every, last, review, một năm, hoặc { atLeast })`,
          `Per-year fact "${fact.id}" needs a year selector`,
        );
      const which = 'years' in leaf ? leaf.years : 'versus' in leaf ? (leaf.year ?? 'review') : undefined;
      if (which === 'review' && plan.awards.reviewYear === undefined)
        add(
          path,
          'Điều kiện dùng năm xét nhưng chưa có awards.reviewYear',
          'Condition uses the review year; set awards.reviewYear',
        );
      if (typeof which === 'number' && fact.years && !fact.years.includes(which))
        add(
          path,
          `Năm ${which} không thuộc các năm của "${fact.id}"`,
          `Year ${which} is not a year of "${fact.id}"`,
        );
    }
  };

  plan.standards.forEach((s, i) => {
    checkBlocks(s.appliesTo, `standards[${i}].appliesTo`);
    checkCondition(s.require, `standards[${i}].require`, false);
  });
  plan.exclusions.forEach((e, i) => checkCondition(e.when, `exclusions[${i}].when`, false));
  targets.forEach((t, i) => {
    checkBlocks(t.appliesTo, `targets[${i}].appliesTo`);
    if (t.unit === 'yesNo' && t.target !== 1)
      add(`targets[${i}].target`, `Chỉ tiêu có/không "${t.id}": mục tiêu là 1`, 'A yes/no target is 1');
  });
  plan.criteria.forEach((c, i) => checkBlocks(c.appliesTo, `criteria[${i}].appliesTo`));
  plan.criteria.forEach((c, i) => {
    if (c.scoring.kind !== 'scale') return;
    c.scoring.levels.forEach((l, j) => {
      if (l.points > c.maxPoints)
        add(
          `criteria[${i}].scoring.levels[${j}].points`,
          `Tiêu chí ${c.number}: mức "${l.label}" vượt điểm tối đa ${c.maxPoints}`,
          'Level above max',
        );
    });
  });

  const standardIds = new Set(plan.standards.map((s) => s.id));
  const order = new Map(decisions.map((d, i) => [d.id, i]));
  const overrideForms = new Set((plan.awards.prizeTable?.coefficients ?? []).map((c) => c.form));
  decisions.forEach((d, i) => {
    const at = `awards.decisions[${i}]`;
    checkBlocks(d.appliesTo, `${at}.appliesTo`);
    if (d.when) checkCondition(d.when, `${at}.when`);
    for (const id of d.requireStandards ?? [])
      if (!standardIds.has(id))
        add(`${at}.requireStandards`, `Không có tiêu chuẩn "${id}"`, `No standard "${id}"`);
    for (const id of d.alsoRequires ?? [])
      if (!order.has(id) || id === d.id)
        add(`${at}.alsoRequires`, `Không có quyết định "${id}"`, `No other decision "${id}"`);
    for (const id of d.requiresCollective ?? [])
      if ((order.get(id) ?? Infinity) >= i)
        add(
          `${at}.requiresCollective`,
          `Quyết định "${id}" của tập thể phải đứng trước "${d.id}"`,
          `Decision "${id}" must come before "${d.id}"`,
        );
    for (const id of d.excludes ?? [])
      if ((order.get(id) ?? -1) <= i)
        add(
          `${at}.excludes`,
          `Quyết định bị loại trừ "${id}" phải đứng sau "${d.id}" (xếp từ cao xuống thấp)`,
          `Excluded decision "${id}" must come after "${d.id}"`,
        );
    if (d.quota?.perCollective !== undefined && !d.requiresCollective)
      add(
        `${at}.quota.perCollective`,
        'Chỉ tiêu theo tập thể cần requiresCollective',
        'perCollective needs requiresCollective',
      );
    d.order.forEach((k, j) => {
      if (k.fact && !facts.has(k.fact))
        add(`${at}.order[${j}].fact`, `Dữ kiện "${k.fact}" chưa được khai báo`, `Unknown fact "${k.fact}"`);
      if (k.years === 'review' && plan.awards.reviewYear === undefined)
        add(`${at}.order[${j}].years`, 'Cần awards.reviewYear', 'Needs awards.reviewYear');
    });
    if (d.justification) {
      const f = facts.get(d.justification.fact);
      if (!f || f.type !== 'text')
        add(
          `${at}.justification.fact`,
          `Giải trình cần dữ kiện loại text "${d.justification.fact}"`,
          'Justification needs a text fact',
        );
    }
    if (d.dueDate && typeof d.dueDate === 'object') {
      const f = facts.get(d.dueDate.fact);
      if (!f || f.type !== 'date')
        add(
          `${at}.dueDate.fact`,
          `Hạn hồ sơ cần dữ kiện ngày "${d.dueDate.fact}"`,
          'dueDate needs a date fact',
        );
    }
    if (
      d.prize &&
      'statutory' in d.prize &&
      !Object.hasOwn(AWARD_FORM_NAMES, d.prize.statutory) &&
      !overrideForms.has(d.prize.statutory)
    )
      add(
        `${at}.prize.statutory`,
        `Hình thức "${d.prize.statutory}" không có trong bảng hệ số (${Object.keys(AWARD_FORM_NAMES).join(', ')})`,
        `Unknown statutory form "${d.prize.statutory}"`,
      );
    if (d.reviewYears && plan.awards.reviewYear === undefined)
      add(`${at}.reviewYears`, 'reviewYears cần awards.reviewYear', 'reviewYears needs awards.reviewYear');
  });
  return problems;
}
