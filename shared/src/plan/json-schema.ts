import { z } from 'zod';
import { PlanSchema } from './schema';

/**
 * What `parsePlan` checks beyond this JSON Schema: rules between parts of a document that a schema cannot state.
 * Listed in the schema's description so a tool validating against the schema alone knows what it does not cover.
 */
export const RULES_BEYOND_SCHEMA = [
  'ids are unique within criteria, facts, blocks, tiers, targets, exclusions, standards and decisions (mã không trùng)',
  'every id a plan refers to is declared: blocks in appliesTo, facts in conditions and reasons ({factId}), criteria and facts in tie-breakers and order keys, standards a decision requires, parameters in conditions (mọi mã được nhắc đến đều đã khai báo)',
  "tiers' bands do not rise from one tier to the next, and a tier's maxTotal is above its minTotal (khung điểm các giải)",
  "a criterion's step table is ordered and within its maximum points; a scale's levels are within the maximum (bảng mức, thang điểm)",
  'period.from ≤ period.to, and dates are real calendar dates (also checked by the pattern); awards.dueDate and awards.decisionDate are not before period.from',
  "a tier's minTotal is within the plan's highest total (the sum of the criteria's maxPoints, deductions aside)",
  'prize totals (prize × places × blocks, the decisions of one unit, the blocks’ funds) stay at most 2^53 − 1 đồng',
  'a document nests at most 64 levels',
];

/** JSON Schema (draft 2020-12) of a plan document as an official writes it (defaults optional). */
export function planJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(PlanSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://thidua.local/schema/plan.schema.json',
    title: 'Kế hoạch thi đua (thidua plan)',
    description:
      'Tài liệu kế hoạch thi đua như cán bộ viết (giá trị mặc định không bắt buộc). Ngoài lược đồ này, parsePlan còn ' +
      'kiểm tra (checked by parsePlan beyond this schema): ' +
      RULES_BEYOND_SCHEMA.map((r) => `• ${r}`).join(' '),
  };
}
