/**
 * The answers of the API as zod schemas. The engine's result types are inferred from them (engine/types.ts), and the
 * OpenAPI document is generated from them (functions/src/openapi): one description, so the contract cannot drift
 * from what /api/score really sends. Objects are strict: a field the engine adds without declaring it here fails the
 * type check where the answer is built and the conformance tests that validate every example answer.
 */
import { z } from 'zod';
import { CouncilReportSchema } from '../council/report-schema';

export const LangSchema = z.enum(['vi', 'en']);

/** How much explanation text an answer carries (`options.explain`). */
export const ExplainSchema = z
  .enum(['none', 'summary', 'full'])
  .describe(
    'Mức giải thích: none (không có dòng giải thích), summary (mặc định: một dòng giải thích mỗi đơn vị), full (thêm ' +
      'criteria: từng tiêu chí với cách tính (trace) và lời giải thích, lời giải thích của chỉ tiêu). ' +
      '(none: no explanation line; summary, the default: one line per unit; full: per-criterion traces and text.)',
  );
export type Explain = z.infer<typeof ExplainSchema>;

export const UnitKindResultSchema = z.enum(['collective', 'individual', 'household']);

const Ids = z.array(z.string());

export const FlagSchema = z
  .strictObject({
    code: z.string().describe('Mã cờ báo ổn định (stable flag code), xem docs/engine.md'),
    message: z.string().describe('Lời giải thích theo ngôn ngữ của yêu cầu (in the language asked)'),
    criterionId: z.string().optional(),
    factId: z.string().optional(),
    targetId: z.string().optional().describe('missing-target, invalid-target: mã chỉ tiêu (target id)'),
    notMapped: Ids.optional().describe(
      'criteria-not-mapped: mã tiêu chí, chỉ tiêu, dữ kiện không có cột nào trên trang (ids no column feeds)',
    ),
    heldBy: Ids.optional().describe(
      'pending-missing-data: các đơn vị thiếu số liệu mà giải này chờ (units whose values it waits for)',
    ),
    missing: Ids.optional().describe(
      'pending-missing-data: mã tiêu chí, dữ kiện chưa có hoặc chưa đọc được (ids not known)',
    ),
  })
  .meta({ id: 'Flag' });

const Comparison = z.enum(['atLeast', 'moreThan', 'atMost', 'lessThan']);

/** Which rule of the plan gave a criterion its points, and with what: the data an explanation is rendered from. */
export const CriterionTraceSchema = z
  .discriminatedUnion('rule', [
    z.strictObject({ rule: z.literal('yesNo'), met: z.boolean() }),
    z.strictObject({
      rule: z.enum(['rate.allOrNothing', 'rate.proportional', 'rate.steps']),
      value: z.number().describe('Tỷ lệ đã đọc, % (rate read, percent)'),
      target: z.number().describe('Mục tiêu, % (target, percent)'),
      comparison: Comparison,
      met: z.boolean(),
    }),
    z.strictObject({
      rule: z.literal('count.perItem'),
      value: z.number(),
      perItem: z.number(),
      capped: z.boolean(),
    }),
    z.strictObject({ rule: z.literal('count.target'), value: z.number(), target: z.number() }),
    z.strictObject({ rule: z.literal('count.steps'), value: z.number() }),
    z.strictObject({
      rule: z.literal('scale'),
      level: z.number().int(),
      label: z.string(),
      labelEn: z.string().optional(),
    }),
    z.strictObject({ rule: z.literal('assessed'), value: z.number() }),
    z.strictObject({
      rule: z.enum(['bonus', 'deduction']),
      input: z.enum(['points', 'count']),
      value: z.number(),
      perItem: z.number().optional(),
    }),
    z.strictObject({
      rule: z.enum(['missing', 'invalid', 'ambiguous']),
      zeroByPlan: z.boolean().describe('awards.missingValues = zero: tính 0 điểm, không giữ giải'),
      detail: z.string().optional().describe('Vì sao không đọc được, theo ngôn ngữ của yêu cầu'),
    }),
  ])
  .meta({
    id: 'CriterionTrace',
    description: 'Quy tắc nào cho điểm, so với gì (which rule decided, on what)',
  });
export type CriterionTrace = z.infer<typeof CriterionTraceSchema>;

export const CriterionResultSchema = z
  .strictObject({
    id: z.string(),
    number: z.string(),
    points: z.number(),
    max: z.number(),
    value: z.number().nullable().describe('Giá trị đã đọc (phần trăm với tỉ lệ, 1/0 với có/không)'),
    status: z.enum(['ok', 'missing', 'invalid']),
    trace: CriterionTraceSchema,
    explanation: z.string().describe('"Tiêu chí 8: 72% / mục tiêu ≥80% (tính theo tỷ lệ) → 9,0/10 điểm"'),
  })
  .meta({ id: 'CriterionResult' });

export const AwardResultSchema = z
  .strictObject({
    tier: z.string(),
    name: z.string(),
    prize: z.number().int().nullable().describe('Tiền thưởng, đồng'),
    prizeInWords: z.string().nullable(),
    bonusPoints: z.number(),
    certificates: z.number().int(),
    awardForm: z.string().optional(),
    dossierSets: z.number().int().optional(),
    dueDate: z.string().optional().describe('Hạn nộp hồ sơ (ISO): của quyết định, hoặc awards.dueDate'),
  })
  .meta({ id: 'AwardResult' });

export const TargetResultSchema = z
  .strictObject({
    id: z.string(),
    number: z.string(),
    group: z.string().optional(),
    title: z.string(),
    unit: z.enum(['%', 'yesNo', 'number']),
    comparison: z.enum(['atLeast', 'moreThan']),
    target: z.number(),
    value: z.number().nullable(),
    status: z.enum(['ok', 'missing', 'invalid']),
    met: z.boolean().nullable(),
    ratio: z.number().nullable().describe('value / target, 4 decimals; null when missing or the target is 0'),
    exceeded: z.boolean().nullable().describe('Vượt chỉ tiêu theo targetRules; null khi thiếu số liệu'),
    unreachable: z.boolean().describe('target × exceedRatio vượt trần: không thể vượt theo tỷ lệ'),
    explanation: z.string().optional().describe('Chỉ khi options.explain = full'),
  })
  .meta({ id: 'TargetResult' });

export const DecisionStatusSchema = z.enum([
  'granted',
  'notMet',
  'unknown',
  'ineligible',
  'superseded',
  'overQuota',
  'tie',
  'notThisRound',
  'collectiveNotAwarded',
  'collectivePending',
  'awaitingVote',
]);
export type DecisionStatus = z.infer<typeof DecisionStatusSchema>;

export const PrizeBasisSchema = z.strictObject({
  form: z.string(),
  decisionDate: z.string(),
  coefficient: z.number(),
  baseSalary: z.number(),
  basis: z.string(),
  verified: z.boolean(),
});
export type PrizeBasis = z.infer<typeof PrizeBasisSchema>;

export const DecisionResultSchema = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    awardForm: z.string(),
    granted: z.boolean(),
    status: DecisionStatusSchema,
    reason: z.string(),
    dossierSets: z.number().int(),
    prize: z.number().int().nullable(),
    prizeInWords: z.string().nullable(),
    prizeBasis: PrizeBasisSchema.optional(),
    dueDate: z.string().optional(),
  })
  .meta({
    id: 'DecisionResult',
    description: 'Một hình thức khen thưởng cho một đơn vị: có đề nghị không, vì sao',
  });
export type DecisionResult = z.infer<typeof DecisionResultSchema>;

export const UnitResultSchema = z
  .strictObject({
    unitId: z.string(),
    name: z.string(),
    block: z.string(),
    total: z.number(),
    maxTotal: z.number(),
    points: z
      .record(z.string(), z.number())
      .describe('Điểm từng tiêu chí áp dụng cho đơn vị, theo mã (points per criterion id)'),
    criteria: z
      .array(CriterionResultSchema)
      .optional()
      .describe(
        'Chỉ khi options.explain = full: từng tiêu chí với giá trị đã đọc, cách tính và lời giải thích',
      ),
    eligible: z.boolean(),
    excluded: z.boolean(),
    incomplete: z.boolean(),
    reasons: z.array(z.string()).describe('Vì sao chưa đủ điều kiện (rỗng khi đủ)'),
    flags: z.array(FlagSchema),
    rank: z.number().int().nullable(),
    award: AwardResultSchema.nullable(),
    certificates: z.number().int().nullable().describe('Số cá nhân đề nghị khen'),
    pendingTiers: Ids.describe('Các giải chưa xác định: đồng hạng chờ Hội đồng, hoặc chờ số liệu còn thiếu'),
    explanation: z.string().optional().describe('Một dòng giải thích (không có khi options.explain = none)'),
    kind: UnitKindResultSchema.optional(),
    collective: z.string().optional().describe('Cá nhân: mã tập thể của mình'),
    targets: z.array(TargetResultSchema).optional().describe('Kế hoạch có chỉ tiêu'),
    decisions: z.array(DecisionResultSchema).optional().describe('Kế hoạch có quyết định khen thưởng'),
  })
  .meta({ id: 'UnitResult' });

export const TierSummarySchema = z
  .strictObject({
    tier: z.string(),
    name: z.string(),
    slots: z.number().int(),
    awarded: Ids,
    pending: Ids,
    held: z
      .number()
      .int()
      .describe(
        'Số suất chưa xác định: đồng hạng chờ Hội đồng, hoặc chờ số liệu còn thiếu (places not final)',
      ),
    prize: z.number().int().nullable(),
  })
  .meta({ id: 'TierSummary' });

export const HeldForDataSchema = z.strictObject({
  unitId: z.string(),
  missing: Ids.describe('Mã tiêu chí, dữ kiện thiếu, không hợp lệ hoặc chưa rõ thang tỷ lệ'),
  holds: Ids.describe('Các đơn vị có giải chờ số liệu này'),
});

export const TieForCouncilSchema = z.strictObject({
  block: z.string(),
  total: z.number(),
  rank: z.number().int(),
  unitIds: Ids,
  tiers: Ids,
  slots: z.number().int(),
  message: z.string(),
});

export const BlockSummarySchema = z
  .strictObject({
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
  })
  .meta({ id: 'BlockSummary' });

export const DecisionSummarySchema = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    awardForm: z.string(),
    dossierSets: z.number().int(),
    granted: Ids,
    pending: Ids.describe('Chưa xác định: đồng hạng, vượt số lượng (chờ Hội đồng) hoặc chờ số liệu'),
    prizeTotal: z.number().int(),
    prizePending: z.number().int().describe('Tiền thưởng của các đơn vị đang chờ, nếu đều được đề nghị'),
  })
  .meta({ id: 'DecisionSummary' });
export type DecisionSummary = z.infer<typeof DecisionSummarySchema>;

export const ScoreSummarySchema = z
  .strictObject({
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
      .describe(
        'Tiền thưởng chưa xác định: suất đồng hạng, chờ số liệu, quyết định chờ Hội đồng; hai quyết định loại trừ nhau của một đơn vị tính một lần (số lớn hơn), và không quá số suất còn lại của chỉ tiêu (đồng)',
      ),
    prizeFundPendingInWords: z.string(),
    held: z.number().int().describe('Số đơn vị có giải chờ số liệu còn thiếu'),
    blocks: z.array(BlockSummarySchema),
    flagCounts: z.record(z.string(), z.number().int()),
    decisions: z.array(DecisionSummarySchema).optional().describe('Kế hoạch có quyết định khen thưởng'),
  })
  .meta({ id: 'ScoreSummary' });

const AppraisalCellSchema = z.union([z.number(), z.boolean(), z.string(), z.null()]);

export const AppraisalItemSchema = z
  .strictObject({
    id: z.string().describe('Mã tiêu chí, chỉ tiêu, dữ kiện ("cchc_2021" cho một năm)'),
    kind: z.enum(['criterion', 'target', 'fact']),
    number: z.string(),
    selfValue: AppraisalCellSchema.describe('Giá trị đơn vị tự chấm (khi được gửi hoặc ghi)'),
    appraisedValue: AppraisalCellSchema.describe('Giá trị sau thẩm định'),
    selfPoints: z.number().nullable().describe('Điểm tự chấm (chỉ tiêu chí)'),
    appraisedPoints: z.number().nullable().describe('Điểm thẩm định (chỉ tiêu chí)'),
    difference: z.number().nullable().describe('Điểm thẩm định − điểm tự chấm'),
    reason: z.string().nullable().describe('Lý do của người thẩm định; null = chưa ghi lý do'),
  })
  .meta({ id: 'AppraisalItem' });

export const UnitAppraisalSchema = z
  .strictObject({
    unitId: z.string(),
    name: z.string(),
    block: z.string(),
    selfTotal: z
      .number()
      .nullable()
      .describe('Tổng tự chấm; null khi đơn vị không có bảng tự chấm (no self-assessment)'),
    appraisedTotal: z.number().nullable().describe('Tổng thẩm định; null khi đơn vị không được thẩm định'),
    difference: z.number().nullable().describe('Tổng thẩm định − tổng tự chấm; null khi thiếu một trong hai'),
    selfRank: z.number().int().nullable(),
    appraisedRank: z.number().int().nullable(),
    selfAward: z.string().nullable(),
    appraisedAward: z.string().nullable(),
    items: z.array(AppraisalItemSchema).describe('Các mục có điểm hoặc giá trị thay đổi, với lý do'),
  })
  .meta({ id: 'UnitAppraisal' });

export const AppraisalSchema = z
  .strictObject({
    rankOn: z
      .enum(['appraised', 'self'])
      .describe('Điểm dùng để xếp hạng và khen thưởng (plan.appraisal.rankOn)'),
    units: z.array(UnitAppraisalSchema),
    changed: z.number().int().describe('Số mục thay đổi, mọi đơn vị'),
    unreasoned: z.number().int().describe('Số mục thay đổi chưa ghi lý do'),
  })
  .meta({ id: 'Appraisal' });

export const ScoreResponseSchema = z
  .strictObject({
    planId: z.string(),
    planVersion: z.string(),
    planHash: z
      .string()
      .describe(
        'SHA-256 của JSON chuẩn hoá của kế hoạch đã kiểm tra, giá trị mặc định đã điền (SHA-256 of the canonical JSON of the validated plan, defaults filled)',
      ),
    inputHash: z
      .string()
      .describe(
        'SHA-256 của các đơn vị gửi lên, không phụ thuộc thứ tự; không gồm lang, explain và các options khác — ' +
          'câu trả lời được xác định bởi planHash, inputHash, engineVersion, lang, explain và options ' +
          '(SHA-256 of the units sent, whatever their order; lang, explain and other options are not in it)',
      ),
    engineVersion: z.string(),
    lang: LangSchema,
    explain: ExplainSchema,
    results: z.array(UnitResultSchema),
    summary: ScoreSummarySchema,
    council: CouncilReportSchema.optional().describe(
      'Khi yêu cầu có options.councilDecisions: từng quyết định của Hội đồng đã áp dụng hay bị từ chối, vì sao',
    ),
    appraisal: AppraisalSchema.optional().describe(
      'Khi đơn vị có selfAssessment: hai điểm song song — tự chấm và thẩm định — với chênh lệch từng mục và lý do; ' +
        'results xếp hạng theo điểm mà kế hoạch chọn (appraisal.rankOn, mặc định thẩm định)',
    ),
  })
  .meta({ id: 'ScoreResponse' });

export const ProblemItemSchema = z
  .strictObject({
    path: z
      .string()
      .describe('Đường dẫn JSON hoặc ô, ví dụ units[3].values.tc08, Sheet1!D7 (JSON path or cell)'),
    message: z.string().describe('Lý do, tiếng Việt (reason, Vietnamese; English when options.lang = en)'),
    messageEn: z.string().optional().describe('Lý do, tiếng Anh (reason, English)'),
    code: z.string().optional(),
    unitId: z.string().optional(),
    criterionId: z.string().optional(),
  })
  .meta({ id: 'ProblemItem' });

export const ValidationReportSchema = z
  .strictObject({
    planId: z.string(),
    valid: z.boolean(),
    units: z.number().int(),
    problems: z.array(ProblemItemSchema),
  })
  .meta({ id: 'ValidationReport' });

export type Flag = z.infer<typeof FlagSchema>;
export type CriterionResult = z.infer<typeof CriterionResultSchema>;
export type AwardResult = z.infer<typeof AwardResultSchema>;
export type TargetResult = z.infer<typeof TargetResultSchema>;
export type UnitResult = z.infer<typeof UnitResultSchema>;
export type TierSummary = z.infer<typeof TierSummarySchema>;
export type HeldForData = z.infer<typeof HeldForDataSchema>;
export type TieForCouncil = z.infer<typeof TieForCouncilSchema>;
export type BlockSummary = z.infer<typeof BlockSummarySchema>;
export type ScoreSummary = z.infer<typeof ScoreSummarySchema>;
export type ScoreResponse = z.infer<typeof ScoreResponseSchema>;
export type ProblemItem = z.infer<typeof ProblemItemSchema>;
export type ValidationReport = z.infer<typeof ValidationReportSchema>;
