import { z } from 'zod';
import { atMost, PLAN_LIMITS as L, tooLong, tooMany } from './limits';

/**
 * A condition over a unit's facts, written as data so an official can read and edit it.
 * Used by exclusions ("không xét thi đua"), standards (tiêu chuẩn) and award decisions.
 */
export const ComparisonOpSchema = z.enum(['>=', '>', '<=', '<', '=', '!=']);
export type ComparisonOp = z.infer<typeof ComparisonOpSchema>;

const ConditionNumber = z
  .number()
  .min(-L.number, atMost(L.number, 'Số (trị tuyệt đối)', 'a number (absolute value)'))
  .max(L.number, atMost(L.number, 'Số', 'a number'));
const ConditionText = z.string().max(L.textLength, tooLong(L.textLength));
const Scalar = z.union([ConditionNumber, ConditionText, z.boolean()]);
const FactId = z.string().min(1).max(L.idLength, tooLong(L.idLength));
const ConditionYear = z.number().int().min(L.yearMin).max(L.yearMax);

export const FactComparisonSchema = z
  .object({
    fact: FactId.describe('Mã dữ kiện (fact id) của đơn vị'),
    op: ComparisonOpSchema,
    value: Scalar,
  })
  .strict();

export const FactMembershipSchema = z
  .object({
    fact: FactId,
    op: z.enum(['in', 'notIn']),
    value: z
      .array(z.union([ConditionText, ConditionNumber]))
      .min(1)
      .max(L.conditionList, tooMany(L.conditionList, 'giá trị', 'values')),
  })
  .strict();

/** Compare a fact with a plan parameter (plan.parameters), e.g. a contribution norm set by the council. */
export const ParamComparisonSchema = z
  .object({
    fact: FactId,
    op: ComparisonOpSchema,
    param: FactId.describe('Mã tham số trong plan.parameters'),
  })
  .strict();

/** Which years of a per-year fact (type *ByYear) a condition looks at. */
export const YearSelectorSchema = z.union([
  z.literal('every').describe('mọi năm của dữ kiện'),
  z.literal('last').describe('năm cuối của dữ kiện'),
  z.literal('review').describe('năm xét (awards.reviewYear)'),
  ConditionYear.describe('một năm cụ thể'),
  z.object({ atLeast: z.number().int().positive().max(L.years).describe('ít nhất n năm') }).strict(),
]);
export type YearSelector = z.infer<typeof YearSelectorSchema>;

/** A per-year fact compared year by year: "tốt trở lên mọi năm", "ít nhất 3 năm xuất sắc", "năm cuối xuất sắc". */
export const YearlyComparisonSchema = z
  .object({
    fact: FactId,
    years: YearSelectorSchema,
    op: ComparisonOpSchema,
    value: Scalar,
  })
  .strict();

/** A per-year fact's value in one year against the year before ("thứ hạng cao hơn năm trước liền kề"). */
export const VersusPreviousSchema = z
  .object({
    fact: FactId,
    versus: z.literal('previousYear'),
    year: z.union([z.literal('last'), z.literal('review'), ConditionYear]).default('review'),
    op: ComparisonOpSchema.describe('giá trị năm xét <op> giá trị năm trước'),
  })
  .strict();

export type Condition =
  | z.infer<typeof FactComparisonSchema>
  | z.infer<typeof FactMembershipSchema>
  | z.infer<typeof ParamComparisonSchema>
  | z.infer<typeof YearlyComparisonSchema>
  | z.input<typeof VersusPreviousSchema>
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const ConditionSchema: z.ZodType<Condition, Condition> = z.lazy(() =>
  z.union([
    FactComparisonSchema,
    FactMembershipSchema,
    ParamComparisonSchema,
    YearlyComparisonSchema,
    VersusPreviousSchema,
    z.object({ all: z.array(ConditionSchema).min(1).max(L.conditionNodes) }).strict(),
    z.object({ any: z.array(ConditionSchema).min(1).max(L.conditionNodes) }).strict(),
    z.object({ not: ConditionSchema }).strict(),
  ]),
);

/** Levels and parts of a condition, counted without recursion (a hostile document may nest deeply). */
export function conditionSize(condition: Condition): { depth: number; nodes: number } {
  let depth = 0;
  let nodes = 0;
  const stack: Array<[Condition, number]> = [[condition, 1]];
  while (stack.length) {
    const [c, level] = stack.pop() as [Condition, number];
    nodes++;
    if (level > depth) depth = level;
    const parts = 'all' in c ? c.all : 'any' in c ? c.any : 'not' in c ? [c.not] : [];
    for (const part of parts) stack.push([part, level + 1]);
  }
  return { depth, nodes };
}

/** A condition as a plan carries it: at most PLAN_LIMITS.conditionDepth levels and conditionNodes parts. */
export const BoundedConditionSchema = ConditionSchema.superRefine((condition, ctx) => {
  const { depth, nodes } = conditionSize(condition);
  if (depth > L.conditionDepth)
    ctx.addIssue({
      code: 'custom',
      message: `Điều kiện lồng ${depth} tầng, tối đa ${L.conditionDepth} tầng all/any/not (a condition nests ${depth} levels; at most ${L.conditionDepth})`,
    });
  if (nodes > L.conditionNodes)
    ctx.addIssue({
      code: 'custom',
      message: `Điều kiện có ${nodes} phần, tối đa ${L.conditionNodes} (a condition has ${nodes} parts; at most ${L.conditionNodes})`,
    });
}).describe(
  `Điều kiện: tối đa ${L.conditionDepth} tầng all/any/not và ${L.conditionNodes} phần (at most ${L.conditionDepth} levels and ${L.conditionNodes} parts)`,
);

/** Every fact id a condition reads, in first-seen order. */
export function factsOf(condition: Condition, into: string[] = []): string[] {
  if ('fact' in condition) {
    if (!into.includes(condition.fact)) into.push(condition.fact);
  } else if ('all' in condition) condition.all.forEach((c) => factsOf(c, into));
  else if ('any' in condition) condition.any.forEach((c) => factsOf(c, into));
  else factsOf(condition.not, into);
  return into;
}

/** Every plan parameter a condition reads. */
export function paramsOf(condition: Condition, into: string[] = []): string[] {
  if ('param' in condition) {
    if (!into.includes(condition.param)) into.push(condition.param);
  } else if ('all' in condition) condition.all.forEach((c) => paramsOf(c, into));
  else if ('any' in condition) condition.any.forEach((c) => paramsOf(c, into));
  else if ('not' in condition) paramsOf(condition.not, into);
  return into;
}

/** Conditions that read a fact year by year (they need a *ByYear fact). */
export function isYearly(condition: Condition): boolean {
  return 'years' in condition || 'versus' in condition;
}

/** Every leaf of a condition that reads a fact. */
export function leavesOf(condition: Condition, into: Condition[] = []): Condition[] {
  if ('all' in condition) condition.all.forEach((c) => leavesOf(c, into));
  else if ('any' in condition) condition.any.forEach((c) => leavesOf(c, into));
  else if ('not' in condition) leavesOf(condition.not, into);
  else into.push(condition);
  return into;
}
