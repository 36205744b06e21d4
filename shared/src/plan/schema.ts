import { z } from 'zod';
import { ConditionSchema } from './conditions';

/** Identifiers are ASCII slugs so they survive Excel, URLs and JSON keys unchanged. */
export const IdSchema = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9_-]*$/i,
    'Mã chỉ gồm chữ không dấu, số, "-" hoặc "_" (id: ASCII letters, digits, - or _)',
  );

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày theo dạng YYYY-MM-DD (date as YYYY-MM-DD)');
const Text = z.string().min(1);
const Money = z.number().int('Tiền thưởng là số nguyên đồng (whole đồng)').nonnegative();

/** Vietnamese first; English optional. */
export const LocalizedSchema = { vi: Text, en: z.string().optional() };

export const ComparisonSchema = z.enum(['atLeast', 'moreThan', 'atMost', 'lessThan']);
export type Comparison = z.infer<typeof ComparisonSchema>;

/** value >= min earns points; the highest min reached wins. */
export const StepSchema = z.object({ min: z.number(), points: z.number().nonnegative() }).strict();
export type Step = z.infer<typeof StepSchema>;

export const YesNoScoringSchema = z
  .object({ kind: z.literal('yesNo').describe('Đạt/không đạt, có/không: đủ điểm hoặc 0') })
  .strict();

export const RateScoringSchema = z
  .object({
    kind: z.literal('rate').describe('Tỷ lệ (%) so với mục tiêu'),
    target: z.number().min(0).max(100).describe('Mục tiêu, tính bằng %'),
    comparison: ComparisonSchema.default('atLeast'),
    method: z.enum(['allOrNothing', 'proportional', 'steps']).default('proportional'),
    steps: z.array(StepSchema).min(1).optional(),
  })
  .strict();

export const CountScoringSchema = z
  .object({
    kind: z.literal('count').describe('Số lượng (hồ sơ, bài viết, sản phẩm…)'),
    method: z.enum(['perItem', 'steps', 'target']).default('perItem'),
    perItem: z.number().positive().optional().describe('Điểm cho mỗi đơn vị đếm, tối đa bằng điểm tối đa'),
    target: z.number().nonnegative().optional().describe('Số lượng tối thiểu để đạt đủ điểm (method=target)'),
    steps: z.array(StepSchema).min(1).optional(),
  })
  .strict();

export const AssessedScoringSchema = z
  .object({ kind: z.literal('assessed').describe('Điểm do đơn vị tự chấm hoặc hội đồng chấm trực tiếp') })
  .strict();

export const AdjustmentScoringSchema = z
  .object({
    kind: z.enum(['bonus', 'deduction']).describe('Điểm cộng / điểm trừ'),
    input: z.enum(['points', 'count']).default('points'),
    perItem: z.number().positive().optional(),
  })
  .strict();

export const ScoringSchema = z.discriminatedUnion('kind', [
  YesNoScoringSchema,
  RateScoringSchema,
  CountScoringSchema,
  AssessedScoringSchema,
  AdjustmentScoringSchema,
]);
export type Scoring = z.infer<typeof ScoringSchema>;
export type ScoringKind = Scoring['kind'];

export const CriterionSchema = z
  .object({
    id: IdSchema,
    number: Text.describe('Số thứ tự như trong văn bản, ví dụ "8"'),
    title: Text.describe('Nội dung tiêu chí'),
    titleEn: z.string().optional(),
    group: z.string().optional(),
    maxPoints: z.number().positive().describe('Điểm tối đa (với điểm trừ: mức trừ tối đa)'),
    scoring: ScoringSchema,
    required: z.boolean().default(true).describe('Thiếu giá trị thì đơn vị bị đánh dấu chưa đủ dữ liệu'),
  })
  .strict();
export type Criterion = z.infer<typeof CriterionSchema>;

export const FactTypeSchema = z.enum(['number', 'count', 'boolean', 'text', 'date', 'rating']);
export const FactSchema = z
  .object({
    id: IdSchema,
    label: Text,
    labelEn: z.string().optional(),
    type: FactTypeSchema,
    scale: z.array(Text).min(2).optional().describe('Thang xếp loại từ thấp đến cao (type=rating)'),
    required: z.boolean().default(true),
  })
  .strict();
export type Fact = z.infer<typeof FactSchema>;

export const ExclusionSchema = z
  .object({
    id: IdSchema,
    code: IdSchema.describe('Mã cờ báo (flag code) ổn định, ví dụ excluded-late-dossiers'),
    when: ConditionSchema,
    reason: Text.describe('Lý do bằng tiếng Việt; {fact} được thay bằng giá trị'),
    reasonEn: z.string().optional(),
  })
  .strict();
export type Exclusion = z.infer<typeof ExclusionSchema>;

export const StandardSchema = z
  .object({
    id: IdSchema,
    code: IdSchema,
    require: ConditionSchema,
    reason: Text.describe('Lý do khi không đạt tiêu chuẩn'),
    reasonEn: z.string().optional(),
  })
  .strict();
export type Standard = z.infer<typeof StandardSchema>;

export const TieBreakerSchema = z
  .object({
    criterion: IdSchema.optional(),
    fact: IdSchema.optional(),
    order: z.enum(['desc', 'asc']).default('desc'),
  })
  .strict()
  .refine(
    (t) => (t.criterion ? 1 : 0) + (t.fact ? 1 : 0) === 1,
    'Mỗi tiêu chí phụ chọn đúng một tiêu chí hoặc một dữ kiện',
  );
export type TieBreaker = z.infer<typeof TieBreakerSchema>;

export const RankingSchema = z
  .object({
    order: z.literal('desc').default('desc'),
    tieBreakers: z.array(TieBreakerSchema).default([]),
  })
  .strict();

export const TierSchema = z
  .object({
    id: IdSchema,
    name: Text,
    nameEn: z.string().optional(),
    count: z.number().int().positive().describe('Số giải'),
    minTotal: z.number().describe('Điểm tối thiểu (≥)'),
    maxTotal: z.number().optional().describe('Điểm tối đa, không bao gồm (<)'),
    prize: Money.nullable().describe('Tiền thưởng mỗi giải (đồng); null khi văn bản không quy định'),
    bonusPoints: z.number().nonnegative().default(0),
    certificates: z.number().int().nonnegative().default(0).describe('Số cá nhân được đề nghị khen'),
    awardForm: z
      .string()
      .optional()
      .describe('Hình thức khen thưởng, ví dụ Giấy khen của Chủ tịch UBND huyện'),
    dossierSets: z.number().int().positive().optional(),
  })
  .strict()
  .refine((t) => t.maxTotal === undefined || t.maxTotal > t.minTotal, {
    message: 'maxTotal phải lớn hơn minTotal',
    path: ['maxTotal'],
  });
export type Tier = z.infer<typeof TierSchema>;

export const AwardsSchema = z
  .object({
    tiers: z.array(TierSchema).default([]),
    /** A unit whose total is above a lower tier's band once the higher tiers are full. */
    aboveBand: z
      .enum(['rankOrder', 'strict'])
      .default('rankOrder')
      .describe('rankOrder: xét tiếp theo thứ hạng; strict: vượt khung điểm thì không nhận giải thấp hơn'),
    /** Equal rank keys straddling a tier's count are left to the council; never broken by input order. */
    tieAtBoundary: z.literal('council').default('council'),
    others: z
      .object({
        certificates: z.number().int().nonnegative(),
        includeExcluded: z.boolean().default(false),
      })
      .strict()
      .optional()
      .describe('Khen cho các đơn vị còn lại (không đạt giải)'),
  })
  .strict();

export const BlockSchema = z
  .object({
    id: IdSchema,
    name: Text,
    nameEn: z.string().optional(),
    prizeFund: Money.optional().describe('Tổng tiền thưởng dự kiến của khối (đồng)'),
  })
  .strict();
export type Block = z.infer<typeof BlockSchema>;

export const NoteSchema = z
  .object({
    id: IdSchema,
    topic: Text,
    reading: Text.describe('Cách hiểu đã chọn'),
    readingEn: z.string().optional(),
    parameter: z.string().optional().describe('Đường dẫn tới tham số có thể sửa trong kế hoạch'),
  })
  .strict();

export const PlanSchema = z
  .object({
    $schema: z.string().optional(),
    id: IdSchema,
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'Phiên bản dạng 1.0.0'),
    title: Text,
    titleEn: z.string().optional(),
    source: z
      .object({
        number: Text.describe('Số hiệu văn bản, ví dụ 167/KH-UBND'),
        issuer: Text,
        date: IsoDate,
        title: z.string().optional(),
      })
      .strict(),
    period: z.object({ from: IsoDate, to: IsoDate }).strict(),
    blocks: z.array(BlockSchema).min(1),
    pointsDecimals: z.number().int().min(0).max(4).default(2),
    criteria: z.array(CriterionSchema).min(1),
    facts: z.array(FactSchema).default([]),
    exclusions: z.array(ExclusionSchema).default([]),
    standards: z.array(StandardSchema).default([]),
    ranking: RankingSchema.default({ order: 'desc', tieBreakers: [] }),
    awards: AwardsSchema.default({ tiers: [], aboveBand: 'rankOrder', tieAtBoundary: 'council' }),
    notes: z.array(NoteSchema).default([]),
  })
  .strict();

/** A plan as an official writes it (defaults optional). */
export type PlanInput = z.input<typeof PlanSchema>;
/** A plan after validation (defaults filled). */
export type Plan = z.output<typeof PlanSchema>;
