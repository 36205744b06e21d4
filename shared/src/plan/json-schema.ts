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
  "a criterion's step table has one step per threshold (written in any order) and is within its maximum points; a scale's levels are within the maximum (bảng mức, thang điểm)",
  'a tie-breaker names exactly one of criterion or fact, and a decision order key exactly one of fact or total (đúng một trong hai)',
  'matching.abbreviations and matching.synonyms hold at most 200 entries each (tối đa 200 mục)',
  'a target is 0 or at least 0.000001, and a yes/no target is 1 (mục tiêu)',
  'fields a kind or method needs: steps for method "steps", perItem for "perItem", target for "target", scale for a rating fact, years for a per-year fact, requiresCollective for quota.perCollective (trường bắt buộc theo loại)',
  'a plan has at least one criterion, target or award decision (ít nhất một tiêu chí, chỉ tiêu hoặc quyết định)',
  'a target id is not also a criterion id, and a fact id neither a criterion nor a target id (mã chỉ tiêu, dữ kiện khác mã tiêu chí)',
  'a per-year fact is read with a year selector (years, or reviewYears with awards.reviewYear) within its years (dữ kiện theo năm)',
  'decisions are in order: those a decision excludes come after it, those it requires (requiresCollective) before it (thứ tự quyết định)',
  'a justification reads a text fact, and a due date rule a date fact (loại dữ kiện)',
  'prize.statutory names an award form of the statutory coefficient table (NĐ 152/2025, NĐ 98/2023, NĐ 91/2017) (hệ số mức tiền thưởng)',
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
