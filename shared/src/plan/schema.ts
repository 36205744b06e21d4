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

/** A council's rating on a scale the plan defines: each level a label and its points. */
export const ScaleScoringSchema = z
  .object({
    kind: z.literal('scale').describe('Hội đồng xếp mức theo thang của kế hoạch (ví dụ Đạt / Chưa đạt)'),
    levels: z
      .array(
        z.object({ label: Text, labelEn: z.string().optional(), points: z.number().nonnegative() }).strict(),
      )
      .min(2)
      .describe('Các mức, mỗi mức một nhãn và số điểm'),
  })
  .strict();

export const ScoringSchema = z.discriminatedUnion('kind', [
  YesNoScoringSchema,
  ScaleScoringSchema,
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

export const FactTypeSchema = z.enum([
  'number',
  'count',
  'boolean',
  'text',
  'date',
  'rating',
  'ratingByYear',
  'numberByYear',
  'booleanByYear',
]);
export type FactType = z.infer<typeof FactTypeSchema>;
export const PER_YEAR_TYPES: readonly FactType[] = ['ratingByYear', 'numberByYear', 'booleanByYear'];
export const FactSchema = z
  .object({
    id: IdSchema,
    label: Text,
    labelEn: z.string().optional(),
    type: FactTypeSchema,
    scale: z
      .array(Text)
      .min(2)
      .optional()
      .describe('Thang xếp loại từ thấp đến cao (type=rating, ratingByYear)'),
    years: z
      .array(z.number().int().min(1900).max(2200))
      .min(1)
      .optional()
      .describe('Các năm của dữ kiện theo năm (type=*ByYear); giá trị nhập { "2021": … } hoặc <id>_2021'),
    appliesTo: z.array(IdSchema).min(1).optional().describe('Chỉ đọc dữ kiện này ở các khối này'),
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
    appliesTo: z
      .array(IdSchema)
      .min(1)
      .optional()
      .describe('Chỉ áp dụng cho các khối (loại đối tượng) này; không ghi = mọi khối'),
    eligibility: z
      .boolean()
      .optional()
      .describe(
        'true/không ghi: điều kiện chung để được xét; false: tiêu chuẩn cụ thể, chỉ các quyết định nêu tên mới đòi',
      ),
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

/** A target of the plan (mục tiêu, chỉ tiêu) compared with the unit's value; not points. */
export const TargetSchema = z
  .object({
    id: IdSchema,
    number: Text.describe('Số thứ tự, ví dụ "a.2"'),
    group: z.string().optional().describe('Nhóm: chính quyền số, kinh tế số, xã hội số…'),
    title: Text,
    titleEn: z.string().optional(),
    unit: z.enum(['%', 'yesNo', 'number']).default('%'),
    comparison: z
      .enum(['atLeast', 'moreThan'])
      .default('atLeast')
      .describe('"tối thiểu", "đạt" = atLeast (≥); "trên" = moreThan (>)'),
    target: z.number().nonnegative().describe('Mục tiêu (với yesNo: 1)'),
    appliesTo: z
      .array(IdSchema)
      .min(1)
      .optional()
      .describe('Các khối (loại đối tượng) phải đạt chỉ tiêu này'),
    required: z.boolean().default(true),
  })
  .strict();
export type Target = z.infer<typeof TargetSchema>;

export const TargetRulesSchema = z
  .object({
    exceedRatio: z
      .number()
      .min(1)
      .default(1.2)
      .describe('"Vượt trên 20%": chỉ tiêu vượt khi giá trị/mục tiêu > exceedRatio'),
    exceedStrict: z.boolean().default(true).describe('true: > exceedRatio; false: ≥ exceedRatio'),
    ceiling: z.number().positive().default(100).describe('Giá trị cao nhất có thể (100 với tỷ lệ %)'),
    unreachable: z
      .enum(['countsIfMet', 'countsAtCeiling', 'never'])
      .default('countsIfMet')
      .describe(
        'Chỉ tiêu không thể vượt (mục tiêu × exceedRatio vượt trần, ví dụ 100%): countsIfMet = đạt là tính vượt; countsAtCeiling = phải đạt trần; never = không bao giờ vượt',
      ),
    aggregate: z
      .enum(['every', 'average'])
      .default('every')
      .describe('every: mọi chỉ tiêu áp dụng đều vượt; average: tỷ lệ bình quân vượt exceedRatio'),
  })
  .strict();
export type TargetRules = z.infer<typeof TargetRulesSchema>;

export const ParameterSchema = z
  .object({
    id: IdSchema,
    label: Text,
    labelEn: z.string().optional(),
    value: z.union([z.number(), z.string(), z.boolean(), z.null()]).describe('null: chưa quy định'),
    unit: z.string().optional().describe('đồng, %, ngày…'),
  })
  .strict();
export type Parameter = z.infer<typeof ParameterSchema>;

/** How a decision's candidates over the quota are ordered: never input order; ties go to the council. */
export const OrderKeySchema = z
  .object({
    fact: IdSchema.optional(),
    total: z.literal(true).optional().describe('tổng điểm tiêu chí'),
    years: z
      .union([z.literal('last'), z.literal('review'), z.number().int()])
      .optional()
      .describe('với dữ kiện theo năm: lấy giá trị năm này'),
    countYears: z
      .object({
        op: z.enum(['>=', '>', '<=', '<', '=', '!=']),
        value: z.union([z.number(), z.string(), z.boolean()]),
      })
      .strict()
      .optional()
      .describe('với dữ kiện theo năm: số năm thỏa điều kiện'),
    order: z.enum(['desc', 'asc']).default('desc'),
  })
  .strict()
  .refine(
    (k) => (k.fact ? 1 : 0) + (k.total ? 1 : 0) === 1,
    'Mỗi khóa xếp thứ tự chọn đúng một dữ kiện hoặc total',
  );
export type OrderKey = z.infer<typeof OrderKeySchema>;

export const DueDateSchema = z.union([
  IsoDate,
  z
    .object({
      fact: IdSchema.describe('Dữ kiện ngày (type=date), ví dụ ngày công nhận kết quả'),
      plusDays: z.number().int().nonnegative(),
    })
    .strict(),
]);

export const PrizeSpecSchema = z.union([
  z
    .object({
      statutory: IdSchema.describe('Hình thức trong bảng hệ số luật định, ví dụ bang-khen-chu-tich-tinh'),
    })
    .strict(),
  z.object({ amount: Money }).strict(),
]);

/** An award decision (khen thưởng theo quyết định): granted per unit when its conditions hold, with its reason. */
export const DecisionSchema = z
  .object({
    id: IdSchema,
    name: Text,
    nameEn: z.string().optional(),
    awardForm: Text.describe('Hình thức khen thưởng, ví dụ Bằng khen của Chủ tịch UBND tỉnh'),
    appliesTo: z.array(IdSchema).min(1).optional().describe('Các khối (loại đối tượng) được xét'),
    reviewYears: z
      .array(z.number().int())
      .min(1)
      .optional()
      .describe('Chỉ xét khi awards.reviewYear thuộc các năm này (ví dụ khen giai đoạn: 2025)'),
    requireStandards: z.array(IdSchema).optional().describe('Tiêu chuẩn cụ thể (standards) phải đạt'),
    when: ConditionSchema.optional(),
    targets: z
      .object({
        require: z.enum(['met', 'exceeded']),
        minShare: z
          .number()
          .gt(0)
          .max(1)
          .default(1)
          .describe('Tỷ lệ tối thiểu số chỉ tiêu áp dụng phải đạt (1 = tất cả)'),
      })
      .strict()
      .optional(),
    minTotal: z.number().optional().describe('Tổng điểm tiêu chí tối thiểu (≥)'),
    alsoRequires: z.array(IdSchema).optional().describe('Cũng phải thỏa điều kiện của các quyết định này'),
    requiresCollective: z
      .array(IdSchema)
      .min(1)
      .optional()
      .describe('Cá nhân: tập thể của mình phải được một trong các quyết định này'),
    justification: z
      .object({ fact: IdSchema, minLength: z.number().int().positive().default(1) })
      .strict()
      .optional()
      .describe('Bắt buộc có giải trình bằng văn bản (dữ kiện text)'),
    excludes: z
      .array(IdSchema)
      .optional()
      .describe('Được quyết định này thì không xét các quyết định thấp hơn này (chỉ nhận mức cao hơn)'),
    quota: z
      .object({
        total: z.number().int().positive().optional(),
        perCollective: z.number().int().positive().optional(),
      })
      .strict()
      .optional(),
    order: z.array(OrderKeySchema).default([]).describe('Thứ tự xét khi vượt chỉ tiêu số lượng'),
    dossierSets: z.number().int().positive().describe('Số bộ hồ sơ'),
    prize: PrizeSpecSchema.nullable().default(null),
    dueDate: DueDateSchema.optional(),
    reason: Text.describe('Lý do khi được đề nghị, ví dụ "Hoàn thành các mục tiêu năm 2023"'),
    reasonEn: z.string().optional(),
  })
  .strict();
export type Decision = z.infer<typeof DecisionSchema>;

export const PrizeTableOverrideSchema = z
  .object({
    baseSalaries: z
      .array(
        z
          .object({
            validFrom: IsoDate,
            validTo: IsoDate.optional(),
            amount: Money,
            basis: Text,
            verified: z.boolean().default(false),
          })
          .strict(),
      )
      .optional(),
    coefficients: z
      .array(
        z
          .object({
            form: IdSchema,
            validFrom: IsoDate,
            validTo: IsoDate.optional(),
            individual: z.number().int().positive().optional().describe('Hệ số × 100 (150 = 1,5)'),
            collective: z.number().int().positive().optional(),
            household: z.number().int().positive().optional(),
            basis: Text,
            verified: z.boolean().default(false),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();

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
    dueDate: IsoDate.optional().describe('Hạn gửi hồ sơ đề nghị khen thưởng'),
    decisions: z.array(DecisionSchema).optional().describe('Khen thưởng theo quyết định, từ cao xuống thấp'),
    decisionDate: IsoDate.optional().describe('Ngày dự kiến ký quyết định (tính tiền thưởng theo luật)'),
    reviewYear: z.number().int().optional().describe('Năm xét (dữ kiện theo năm, quyết định hằng năm)'),
    prizeTable: PrizeTableOverrideSchema.optional().describe('Thay thế bảng hệ số / lương cơ sở luật định'),
  })
  .strict();

export const UnitKindSchema = z.enum(['collective', 'individual', 'household']);
export type UnitKind = z.infer<typeof UnitKindSchema>;

export const BlockSchema = z
  .object({
    id: IdSchema,
    name: Text,
    nameEn: z.string().optional(),
    kind: UnitKindSchema.optional().describe(
      'Đối tượng của khối: tập thể, cá nhân, hộ gia đình (mặc định tập thể)',
    ),
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
    criteria: z.array(CriterionSchema).default([]),
    targets: z.array(TargetSchema).optional(),
    targetRules: TargetRulesSchema.optional(),
    parameters: z.array(ParameterSchema).optional(),
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
