import { z } from 'zod';
import { PlanSchema } from './schema';

/** JSON Schema (draft 2020-12) of a plan document as an official writes it (defaults optional). */
export function planJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(PlanSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://thidua.local/schema/plan.schema.json',
    title: 'Kế hoạch thi đua (thidua plan)',
  };
}
