/**
 * zod schemas of what the API answers. They document the contract (OpenAPI) and are checked against the
 * engine's TypeScript types below, so the document cannot drift from what /api/score really returns.
 */
import { z } from 'zod';

import type { ScoreResponse, ValidationReport } from '../../../shared/src';

export const ProblemItemSchema = z
  .object({
    path: z.string().describe('Đường dẫn JSON tới chỗ sai, ví dụ units[3].values.tc08 (JSON path)'),
    message: z.string().describe('Lý do, tiếng Việt (reason, Vietnamese)'),
    messageEn: z.string().optional().describe('Lý do, tiếng Anh (reason, English)'),
    code: z.string().optional(),
    unitId: z.string().optional(),
    criterionId: z.string().optional(),
  })
  .meta({ id: 'ProblemItem' });

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    problems: z.array(ProblemItemSchema).min(1),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details (application/problem+json)' });

const FlagSchema = z.object({
  code: z.string(),
  message: z.string(),
  criterionId: z.string().optional(),
  factId: z.string().optional(),
  notMapped: z.array(z.string()).optional(),
  heldBy: z
    .array(z.string())
    .optional()
    .describe(
      'pending-missing-data: các đơn vị thiếu số liệu mà giải này chờ (units whose values it waits for)',
    ),
  missing: z
    .array(z.string())
    .optional()
    .describe('pending-missing-data: mã tiêu chí, dữ kiện chưa có hoặc chưa đọc được (ids not known)'),
});

const CriterionResultSchema = z.object({
  id: z.string(),
  number: z.string(),
  points: z.number(),
  max: z.number(),
  value: z.number().nullable().describe('Giá trị đã đọc (phần trăm với tỉ lệ, 1/0 với có/không)'),
  status: z.enum(['ok', 'missing', 'invalid']),
  explanation: z.string().optional(),
});

const AwardResultSchema = z.object({
  tier: z.string(),
  name: z.string(),
  prize: z.number().int().nullable().describe('Tiền thưởng, đồng'),
  prizeInWords: z.string().nullable(),
  bonusPoints: z.number(),
  certificates: z.number().int(),
  awardForm: z.string().optional(),
  dossierSets: z.number().int().optional(),
});

const UnitResultSchema = z
  .object({
    unitId: z.string(),
    name: z.string(),
    block: z.string(),
    total: z.number(),
    maxTotal: z.number(),
    criteria: z.array(CriterionResultSchema),
    eligible: z.boolean(),
    excluded: z.boolean(),
    incomplete: z.boolean(),
    reasons: z.array(z.string()),
    flags: z.array(FlagSchema),
    rank: z.number().int().nullable(),
    award: AwardResultSchema.nullable(),
    certificates: z.number().int().nullable(),
    pendingTiers: z.array(z.string()),
    explanation: z.string(),
  })
  .meta({ id: 'UnitResult' });

const TierSummarySchema = z.object({
  tier: z.string(),
  name: z.string(),
  slots: z.number().int(),
  awarded: z.array(z.string()),
  pending: z.array(z.string()),
  held: z
    .number()
    .int()
    .describe('Số suất chưa xác định: đồng hạng chờ Hội đồng, hoặc chờ số liệu còn thiếu (places not final)'),
  prize: z.number().int().nullable(),
});

const HeldForDataSchema = z.object({
  unitId: z.string(),
  missing: z.array(z.string()).describe('Mã tiêu chí, dữ kiện thiếu, không hợp lệ hoặc chưa rõ thang tỷ lệ'),
  holds: z.array(z.string()).describe('Các đơn vị có giải chờ số liệu này'),
});

const TieForCouncilSchema = z.object({
  block: z.string(),
  total: z.number(),
  rank: z.number().int(),
  unitIds: z.array(z.string()),
  tiers: z.array(z.string()),
  slots: z.number().int(),
  message: z.string(),
});

const BlockSummarySchema = z.object({
  block: z.string(),
  name: z.string(),
  units: z.number().int(),
  ranked: z.number().int(),
  excluded: z.number().int(),
  ineligible: z.number().int(),
  incomplete: z.number().int(),
  prizeFundUsed: z.number().int(),
  prizeFundPlanned: z.number().int().nullable(),
  prizeFundPending: z.number().int().describe('Tiền thưởng của các suất chưa xác định (đồng)'),
  tiers: z.array(TierSummarySchema),
  ties: z.array(TieForCouncilSchema),
  heldForData: z.array(HeldForDataSchema),
});

const ScoreSummarySchema = z.object({
  units: z.number().int(),
  excluded: z.number().int(),
  ineligible: z.number().int(),
  incomplete: z.number().int(),
  prizeFundUsed: z.number().int(),
  prizeFundUsedInWords: z.string(),
  prizeFundPlanned: z.number().int().nullable(),
  prizeFundPending: z
    .number()
    .int()
    .describe('Tiền thưởng chưa xác định: suất đồng hạng, chờ số liệu, quyết định chờ Hội đồng (đồng)'),
  prizeFundPendingInWords: z.string(),
  held: z.number().int().describe('Số đơn vị có giải chờ số liệu còn thiếu'),
  blocks: z.array(BlockSummarySchema),
  flagCounts: z.record(z.string(), z.number().int()),
});

export const ScoreResponseSchema = z
  .object({
    planId: z.string(),
    planVersion: z.string(),
    planHash: z.string(),
    inputHash: z.string(),
    engineVersion: z.string(),
    lang: z.enum(['vi', 'en']),
    results: z.array(UnitResultSchema),
    summary: ScoreSummarySchema,
  })
  .meta({ id: 'ScoreResponse' });

export const ValidationReportSchema = z
  .object({
    planId: z.string(),
    valid: z.boolean(),
    units: z.number().int(),
    problems: z.array(ProblemItemSchema),
  })
  .meta({ id: 'ValidationReport' });

export const PlanSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    titleEn: z.string().optional(),
    version: z.string(),
    blocks: z.array(z.object({ id: z.string(), name: z.string() })),
    source: z.object({
      number: z.string(),
      issuer: z.string(),
      date: z.string(),
      title: z.string().optional(),
    }),
  })
  .meta({ id: 'PlanSummary' });

export const HealthSchema = z
  .object({
    status: z.enum(['ok', 'misconfigured']),
    version: z.string(),
    engineVersion: z.string(),
    auth: z.object({
      enabled: z.boolean(),
      message: z.string(),
    }),
    limits: z.object({ maxBodyBytes: z.number().int(), maxUnits: z.number().int() }),
  })
  .meta({ id: 'Health' });

// Compile-time proof that the documented shapes are exactly the engine's types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const responseSchemaMatchesEngine: Same<z.infer<typeof ScoreResponseSchema>, ScoreResponse> = true;
export const validationSchemaMatchesEngine: Same<
  z.infer<typeof ValidationReportSchema>,
  ValidationReport
> = true;
