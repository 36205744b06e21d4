/**
 * zod schemas of what the API answers. The score and validation answers, problems and flags are the shared schemas
 * the engine's TypeScript types are inferred from (shared/src/api/response-schema.ts, exported by `@thidua/core`): the document is generated from
 * the code that builds the answer, not kept beside it. Only the shapes the functions build themselves live here.
 */
import { z } from 'zod';

import { ProblemItemSchema } from '@thidua/core';

export { ProblemItemSchema, ScoreResponseSchema, ValidationReportSchema } from '@thidua/core';

export const ProblemSchema = z
  .strictObject({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    problems: z.array(ProblemItemSchema).min(1),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details (application/problem+json)' });

export const PlanSummarySchema = z
  .strictObject({
    id: z.string(),
    title: z.string(),
    titleEn: z.string().optional(),
    version: z.string(),
    blocks: z.array(z.strictObject({ id: z.string(), name: z.string() })),
    source: z.strictObject({
      number: z.string(),
      issuer: z.string(),
      date: z.string(),
      title: z.string().optional(),
    }),
  })
  .meta({ id: 'PlanSummary' });

export const HealthSchema = z
  .strictObject({
    status: z.enum(['ok', 'misconfigured']),
    version: z.string(),
    engineVersion: z.string(),
    auth: z.strictObject({
      enabled: z.boolean(),
      message: z.string(),
    }),
    limits: z.strictObject({ maxBodyBytes: z.number().int(), maxUnits: z.number().int() }),
  })
  .meta({ id: 'Health' });
