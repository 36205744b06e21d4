import { z } from 'zod';

/**
 * A condition over a unit's facts, written as data so an official can read and edit it.
 * Used by exclusions ("không xét thi đua"), standards (tiêu chuẩn) and award decisions.
 */
export const ComparisonOpSchema = z.enum(['>=', '>', '<=', '<', '=', '!=']);
export type ComparisonOp = z.infer<typeof ComparisonOpSchema>;

const Scalar = z.union([z.number(), z.string(), z.boolean()]);

export const FactComparisonSchema = z
  .object({
    fact: z.string().min(1).describe('Mã dữ kiện (fact id) của đơn vị'),
    op: ComparisonOpSchema,
    value: Scalar,
  })
  .strict();

export const FactMembershipSchema = z
  .object({
    fact: z.string().min(1),
    op: z.enum(['in', 'notIn']),
    value: z.array(z.union([z.string(), z.number()])).min(1),
  })
  .strict();

export type Condition =
  | z.infer<typeof FactComparisonSchema>
  | z.infer<typeof FactMembershipSchema>
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    FactComparisonSchema,
    FactMembershipSchema,
    z.object({ all: z.array(ConditionSchema).min(1) }).strict(),
    z.object({ any: z.array(ConditionSchema).min(1) }).strict(),
    z.object({ not: ConditionSchema }).strict(),
  ]),
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
