import { z } from 'zod';
import { realIsoDate } from './dates';
import { BoundedConditionSchema as ConditionSchema } from './conditions';
import { atMost, bothWays, PLAN_LIMITS as L, tooLong, tooMany } from './limits';
import { protoChecked } from '../api/proto-key';

/** Identifiers are ASCII slugs so they survive Excel, URLs and JSON keys unchanged. */
export const IdSchema = z
  .string()
  .max(L.idLength, tooLong(L.idLength))
  // an explicit class, not the `i` flag: JSON Schema patterns have no flags (the generated schema lost it)
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9_-]*$/,
    'Mã chỉ gồm chữ không dấu, số, "-" hoặc "_" (id: ASCII letters, digits, - or _)',
  );

/** A real calendar date as YYYY-MM-DD (2023-02-29 and 2023-13-45 are refused); JSON Schema `format: date`. */
const IsoDate = realIsoDate();
const Text = z.string().min(1).max(L.textLength, tooLong(L.textLength));
const LongText = z.string().min(1).max(L.longTextLength, tooLong(L.longTextLength));
const OptionalText = z.string().max(L.textLength, tooLong(L.textLength)).optional();
const OptionalLongText = z.string().max(L.longTextLength, tooLong(L.longTextLength)).optional();
const Money = z
  .number()
  .int('Tiền thưởng là số nguyên đồng (whole đồng)')
  .nonnegative()
  .max(L.money, atMost(L.money, 'Số tiền (đồng)', 'an amount of đồng'));
const Points = (vi = 'Số điểm', en = 'points') => z.number().max(L.points, atMost(L.points, vi, en));
const Total = (vi: string, en: string) =>
  z
    .number()
    .min(-L.total, atMost(L.total, `${vi} (trị tuyệt đối)`, `${en} (absolute value)`))
    .max(L.total, atMost(L.total, vi, en));
const Quantity = (vi: string, en: string) =>
  z
    .number()
    .min(-L.quantity, atMost(L.quantity, `${vi} (trị tuyệt đối)`, `${en} (absolute value)`))
    .max(L.quantity, atMost(L.quantity, vi, en));
const PlanNumber = z
  .number()
  .min(-L.number, atMost(L.number, 'Số (trị tuyệt đối)', 'a number (absolute value)'))
  .max(L.number, atMost(L.number, 'Số', 'a number'));
const Year = z
  .number()
  .int()
  .min(L.yearMin, `Năm từ ${L.yearMin} đến ${L.yearMax} (year ${L.yearMin}–${L.yearMax})`)
  .max(L.yearMax, `Năm từ ${L.yearMin} đến ${L.yearMax} (year ${L.yearMin}–${L.yearMax})`);
const Count = (limit: number, vi: string, en: string) =>
  z
    .number()
    .int()
    .max(limit, atMost(limit, vi, en));
const IdList = () => z.array(IdSchema).max(L.idList, tooMany(L.idList, 'mã', 'ids'));

/** Vietnamese first; English optional. */
export const LocalizedSchema = { vi: Text, en: OptionalText };

export const ComparisonSchema = z.enum(['atLeast', 'moreThan', 'atMost', 'lessThan']);
export type Comparison = z.infer<typeof ComparisonSchema>;

/** value >= min earns points; the highest min reached wins. */
export const StepSchema = z
  .object({ min: Quantity('Ngưỡng của mức', "a step's min"), points: Points().nonnegative() })
  .strict();
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
    steps: z
      .array(StepSchema)
      .min(1)
      .max(L.steps, tooMany(L.steps, 'mức', 'steps'))
      .optional(),
  })
  .strict();

export const CountScoringSchema = z
  .object({
    kind: z.literal('count').describe('Số lượng (hồ sơ, bài viết, sản phẩm…)'),
    method: z.enum(['perItem', 'steps', 'target']).default('perItem'),
    perItem: Points().positive().optional().describe('Điểm cho mỗi đơn vị đếm, tối đa bằng điểm tối đa'),
    target: Quantity('Số lượng mục tiêu', 'a count target')
      .nonnegative()
      .optional()
      .describe('Số lượng tối thiểu để đạt đủ điểm (method=target)'),
    steps: z
      .array(StepSchema)
      .min(1)
      .max(L.steps, tooMany(L.steps, 'mức', 'steps'))
      .optional(),
  })
  .strict();

export const AssessedScoringSchema = z
  .object({ kind: z.literal('assessed').describe('Điểm do đơn vị tự chấm hoặc hội đồng chấm trực tiếp') })
  .strict();

export const AdjustmentScoringSchema = z
  .object({
    kind: z.enum(['bonus', 'deduction']).describe('Điểm cộng / điểm trừ'),
    input: z.enum(['points', 'count']).default('points'),
    perItem: Points().positive().optional(),
  })
  .strict();

/** A council's rating on a scale the plan defines: each level a label and its points. */
export const ScaleScoringSchema = z
  .object({
    kind: z.literal('scale').describe('Hội đồng xếp mức theo thang của kế hoạch (ví dụ Đạt / Chưa đạt)'),
    levels: z
      .array(z.object({ label: Text, labelEn: OptionalText, points: Points().nonnegative() }).strict())
      .min(2)
      .max(L.levels, tooMany(L.levels, 'mức', 'levels'))
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
    titleEn: OptionalText,
    group: OptionalText,
    maxPoints: Points('Điểm tối đa', 'maxPoints')
      .positive()
      .describe('Điểm tối đa (với điểm trừ: mức trừ tối đa)'),
    scoring: ScoringSchema,
    required: z.boolean().default(true).describe('Thiếu giá trị thì đơn vị bị đánh dấu chưa đủ dữ liệu'),
    appliesTo: IdList()
      .min(1)
      .optional()
      .describe(
        'Chỉ chấm tiêu chí này ở các khối này; đơn vị khối khác không đọc, không tính vào tổng điểm và điểm tối đa',
      ),
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
  'rate',
  'ratingByYear',
  'numberByYear',
  'booleanByYear',
  'rateByYear',
]);
export type FactType = z.infer<typeof FactTypeSchema>;
export const PER_YEAR_TYPES: readonly FactType[] = [
  'ratingByYear',
  'numberByYear',
  'booleanByYear',
  'rateByYear',
];

/**
 * How a plain number is read where a rate (tỷ lệ) is expected: 'percent' (80,5 = 80,5%) or 'fraction'
 * (0,805 = 80,5%). Text with "%" is always a percent; a %-formatted Excel cell decides by its format.
 */
export const RateScaleSchema = z.enum(['percent', 'fraction']);
export type RateScale = z.infer<typeof RateScaleSchema>;
export const FactSchema = z
  .object({
    id: IdSchema,
    label: Text,
    labelEn: OptionalText,
    type: FactTypeSchema,
    scale: z
      .array(Text)
      .min(2)
      .max(L.ratingScale, tooMany(L.ratingScale, 'mức xếp loại', 'ratings'))
      .optional()
      .describe('Thang xếp loại từ thấp đến cao (type=rating, ratingByYear)'),
    years: z
      .array(Year)
      .min(1)
      .max(L.years, tooMany(L.years, 'năm', 'years'))
      .optional()
      .describe('Các năm của dữ kiện theo năm (type=*ByYear); giá trị nhập { "2021": … } hoặc <id>_2021'),
    appliesTo: IdList().min(1).optional().describe('Chỉ đọc dữ kiện này ở các khối này'),
    required: z.boolean().default(true),
  })
  .strict();
export type Fact = z.infer<typeof FactSchema>;

export const ExclusionSchema = z
  .object({
    id: IdSchema,
    code: IdSchema.describe('Mã cờ báo (flag code) ổn định, ví dụ excluded-late-dossiers'),
    when: ConditionSchema,
    reason: LongText.describe('Lý do bằng tiếng Việt; {fact} được thay bằng giá trị'),
    reasonEn: OptionalLongText,
  })
  .strict();
export type Exclusion = z.infer<typeof ExclusionSchema>;

export const StandardSchema = z
  .object({
    id: IdSchema,
    code: IdSchema,
    require: ConditionSchema,
    appliesTo: IdList()
      .min(1)
      .optional()
      .describe('Chỉ áp dụng cho các khối (loại đối tượng) này; không ghi = mọi khối'),
    eligibility: z
      .boolean()
      .optional()
      .describe(
        'true/không ghi: điều kiện chung để được xét; false: tiêu chuẩn cụ thể, chỉ các quyết định nêu tên mới đòi',
      ),
    reason: LongText.describe('Lý do khi không đạt tiêu chuẩn'),
    reasonEn: OptionalLongText,
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
    'Mỗi tiêu chí phụ chọn đúng một tiêu chí hoặc một dữ kiện (a tie-breaker names exactly one criterion or fact)',
  );
export type TieBreaker = z.infer<typeof TieBreakerSchema>;

export const RankingSchema = z
  .object({
    order: z.literal('desc').default('desc'),
    tieBreakers: z
      .array(TieBreakerSchema)
      .max(L.tieBreakers, tooMany(L.tieBreakers, 'tiêu chí phụ', 'tie-breakers'))
      .default([]),
  })
  .strict();

export const TierSchema = z
  .object({
    id: IdSchema,
    name: Text,
    nameEn: OptionalText,
    count: Count(L.tierCount, 'Số giải của một hạng', 'places of a tier')
      .positive()
      .describe(`Số giải (tối đa ${bothWays(L.tierCount).vi})`),
    countAssumed: z
      .boolean()
      .optional()
      .describe(
        'Văn bản không quy định số giải: count là số tạm định; đơn vị được giải và đơn vị trong khung điểm mà ngoài số ' +
          'giải đều được gắn cờ để Hội đồng quyết định (the document states no count: units in the band are flagged)',
      ),
    minTotal: Total('Điểm tối thiểu', 'minTotal').describe('Điểm tối thiểu (≥)'),
    maxTotal: Total('Điểm tối đa', 'maxTotal').optional().describe('Điểm tối đa, không bao gồm (<)'),
    prize: Money.nullable().describe('Tiền thưởng mỗi giải (đồng); null khi văn bản không quy định'),
    bonusPoints: Points('Điểm cộng', 'bonusPoints').nonnegative().default(0),
    certificates: Count(L.certificates, 'Số cá nhân được khen', 'certificates')
      .nonnegative()
      .default(0)
      .describe('Số cá nhân được đề nghị khen'),
    awardForm: OptionalText.describe('Hình thức khen thưởng, ví dụ Giấy khen của Chủ tịch UBND huyện'),
    dossierSets: Count(L.dossierSets, 'Số bộ hồ sơ', 'dossierSets').positive().optional(),
  })
  .strict()
  .refine((t) => t.maxTotal === undefined || t.maxTotal > t.minTotal, {
    message: 'maxTotal phải lớn hơn minTotal (maxTotal must be above minTotal)',
    path: ['maxTotal'],
  });
export type Tier = z.infer<typeof TierSchema>;

/** A target of the plan (mục tiêu, chỉ tiêu) compared with the unit's value; not points. */
export const TargetSchema = z
  .object({
    id: IdSchema,
    number: Text.describe('Số thứ tự, ví dụ "a.2"'),
    group: OptionalText.describe('Nhóm: chính quyền số, kinh tế số, xã hội số…'),
    title: Text,
    titleEn: OptionalText,
    unit: z.enum(['%', 'yesNo', 'number']).default('%'),
    comparison: z
      .enum(['atLeast', 'moreThan'])
      .default('atLeast')
      .describe('"tối thiểu", "đạt" = atLeast (≥); "trên" = moreThan (>)'),
    target: PlanNumber.nonnegative()
      .refine(
        (t) => t === 0 || t >= L.minPositiveTarget,
        'Mục tiêu bằng 0 hoặc từ 0,000001 trở lên (a target is 0 or at least 0.000001)',
      )
      .describe('Mục tiêu (với yesNo: 1)'),
    appliesTo: IdList().min(1).optional().describe('Các khối (loại đối tượng) phải đạt chỉ tiêu này'),
    required: z.boolean().default(true),
  })
  .strict();
export type Target = z.infer<typeof TargetSchema>;

export const TargetRulesSchema = z
  .object({
    exceedRatio: z
      .number()
      .min(1)
      .max(L.exceedRatio, atMost(L.exceedRatio, 'Tỷ lệ vượt', 'exceedRatio'))
      .default(1.2)
      .describe('"Vượt trên 20%": chỉ tiêu vượt khi giá trị/mục tiêu > exceedRatio'),
    exceedStrict: z.boolean().default(true).describe('true: > exceedRatio; false: ≥ exceedRatio'),
    ceiling: PlanNumber.positive().default(100).describe('Giá trị cao nhất có thể (100 với tỷ lệ %)'),
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
    labelEn: OptionalText,
    value: z
      .union([PlanNumber, z.string().max(L.textLength, tooLong(L.textLength)), z.boolean(), z.null()])
      .describe('null: chưa quy định'),
    unit: OptionalText.describe('đồng, %, ngày…'),
  })
  .strict();
export type Parameter = z.infer<typeof ParameterSchema>;

/** How a decision's candidates over the quota are ordered: never input order; ties go to the council. */
export const OrderKeySchema = z
  .object({
    fact: IdSchema.optional(),
    total: z.literal(true).optional().describe('tổng điểm tiêu chí'),
    years: z
      .union([z.literal('last'), z.literal('review'), Year])
      .optional()
      .describe('với dữ kiện theo năm: lấy giá trị năm này'),
    countYears: z
      .object({
        op: z.enum(['>=', '>', '<=', '<', '=', '!=']),
        value: z.union([PlanNumber, z.string().max(L.textLength, tooLong(L.textLength)), z.boolean()]),
      })
      .strict()
      .optional()
      .describe('với dữ kiện theo năm: số năm thỏa điều kiện'),
    order: z.enum(['desc', 'asc']).default('desc'),
  })
  .strict()
  .refine(
    (k) => (k.fact ? 1 : 0) + (k.total ? 1 : 0) === 1,
    'Mỗi khóa xếp thứ tự chọn đúng một dữ kiện hoặc total (an order key names exactly one fact or total)',
  );
export type OrderKey = z.infer<typeof OrderKeySchema>;

export const DueDateSchema = z.union([
  IsoDate,
  z
    .object({
      fact: IdSchema.describe('Dữ kiện ngày (type=date), ví dụ ngày công nhận kết quả'),
      plusDays: Count(L.plusDays, 'Số ngày cộng thêm', 'plusDays')
        .nonnegative()
        .describe(`Số ngày sau ngày của dữ kiện (tối đa ${bothWays(L.plusDays).vi})`),
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
    nameEn: OptionalText,
    awardForm: Text.describe('Hình thức khen thưởng, ví dụ Bằng khen của Chủ tịch UBND tỉnh'),
    appliesTo: IdList().min(1).optional().describe('Các khối (loại đối tượng) được xét'),
    reviewYears: z
      .array(Year)
      .min(1)
      .max(L.years, tooMany(L.years, 'năm', 'years'))
      .optional()
      .describe('Chỉ xét khi awards.reviewYear thuộc các năm này (ví dụ khen giai đoạn: 2025)'),
    requireStandards: IdList().optional().describe('Tiêu chuẩn cụ thể (standards) phải đạt'),
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
    minTotal: Total('Tổng điểm tối thiểu', 'minTotal')
      .optional()
      .describe('Tổng điểm tiêu chí tối thiểu (≥)'),
    alsoRequires: IdList().optional().describe('Cũng phải thỏa điều kiện của các quyết định này'),
    requiresCollective: IdList()
      .min(1)
      .optional()
      .describe('Cá nhân: tập thể của mình phải được một trong các quyết định này'),
    justification: z
      .object({
        fact: IdSchema,
        minLength: Count(L.justificationLength, 'Độ dài giải trình', 'minLength').positive().default(1),
      })
      .strict()
      .optional()
      .describe('Bắt buộc có giải trình bằng văn bản (dữ kiện text)'),
    excludes: IdList()
      .optional()
      .describe('Được quyết định này thì không xét các quyết định thấp hơn này (chỉ nhận mức cao hơn)'),
    quota: z
      .object({
        total: Count(L.quota, 'Chỉ tiêu số lượng', 'quota').positive().optional(),
        perCollective: Count(L.quota, 'Chỉ tiêu số lượng', 'quota').positive().optional(),
      })
      .strict()
      .optional(),
    order: z
      .array(OrderKeySchema)
      .max(L.orderKeys, tooMany(L.orderKeys, 'khóa xếp thứ tự', 'order keys'))
      .default([])
      .describe('Thứ tự xét khi vượt chỉ tiêu số lượng'),
    dossierSets: Count(L.dossierSets, 'Số bộ hồ sơ', 'dossierSets').positive().describe('Số bộ hồ sơ'),
    prize: PrizeSpecSchema.nullable().default(null),
    dueDate: DueDateSchema.optional(),
    reason: LongText.describe('Lý do khi được đề nghị, ví dụ "Hoàn thành các mục tiêu năm 2023"'),
    reasonEn: OptionalLongText,
  })
  .strict();
export type Decision = z.infer<typeof DecisionSchema>;

const Coefficient = Count(L.coefficient, 'Hệ số × 100', 'a coefficient × 100').positive();

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
      .max(L.prizeTableEntries, tooMany(L.prizeTableEntries, 'mức lương cơ sở', 'base salaries'))
      .optional(),
    coefficients: z
      .array(
        z
          .object({
            form: IdSchema,
            validFrom: IsoDate,
            validTo: IsoDate.optional(),
            individual: Coefficient.optional().describe('Hệ số × 100 (150 = 1,5)'),
            collective: Coefficient.optional(),
            household: Coefficient.optional(),
            basis: Text,
            verified: z.boolean().default(false),
          })
          .strict(),
      )
      .max(L.prizeTableEntries, tooMany(L.prizeTableEntries, 'hệ số', 'coefficients'))
      .optional(),
  })
  .strict();

export const AwardsSchema = z
  .object({
    tiers: z
      .array(TierSchema)
      .max(L.tiers, tooMany(L.tiers, 'hạng giải', 'tiers'))
      .default([]),
    /** A unit whose total is above a lower tier's band once the higher tiers are full. */
    aboveBand: z
      .enum(['rankOrder', 'strict'])
      .default('rankOrder')
      .describe('rankOrder: xét tiếp theo thứ hạng; strict: vượt khung điểm thì không nhận giải thấp hơn'),
    /** Equal rank keys straddling a tier's count are left to the council; never broken by input order. */
    tieAtBoundary: z.literal('council').default('council'),
    others: z
      .object({
        certificates: Count(L.certificates, 'Số cá nhân được khen', 'certificates').nonnegative(),
        includeExcluded: z.boolean().default(false),
      })
      .strict()
      .optional()
      .describe('Khen cho các đơn vị còn lại (không đạt giải)'),
    dueDate: IsoDate.optional().describe('Hạn gửi hồ sơ đề nghị khen thưởng'),
    decisions: z
      .array(DecisionSchema)
      .max(L.decisions, tooMany(L.decisions, 'quyết định khen thưởng', 'award decisions'))
      .optional()
      .describe('Khen thưởng theo quyết định, từ cao xuống thấp'),
    decisionDate: IsoDate.optional().describe('Ngày dự kiến ký quyết định (tính tiền thưởng theo luật)'),
    reviewYear: Year.optional().describe('Năm xét (dữ kiện theo năm, quyết định hằng năm)'),
    prizeTable: PrizeTableOverrideSchema.optional().describe('Thay thế bảng hệ số / lương cơ sở luật định'),
    missingValues: z
      .enum(['hold', 'zero'])
      .optional()
      .describe(
        'Giá trị thiếu, không hợp lệ hoặc chưa rõ thang tỷ lệ: hold (mặc định) = giữ lại các giải có thể thay đổi, chờ số liệu; zero = tính 0 điểm',
      ),
    voteShare: z
      .number()
      .min(0)
      .max(100)
      .optional()
      .describe(
        'Tỷ lệ phiếu đồng ý (%) tính trên tổng số thành viên Hội đồng mà một giải cần; không ghi: không cần bỏ phiếu. Ví dụ 90: NĐ 91/2017/NĐ-CP khoản 8 Điều 45 (Chiến sĩ thi đua cấp tỉnh, toàn quốc…: bỏ phiếu kín, từ 90% tổng số thành viên; thành viên vắng mặt lấy ý kiến bằng văn bản) — đối chiếu văn bản hiện hành và quy chế của Hội đồng',
      ),
    voteFor: IdList()
      .optional()
      .describe('Các giải (mã hạng giải hoặc mã quyết định khen thưởng) phải bỏ phiếu; không ghi: mọi giải'),
  })
  .strict();

export const UnitKindSchema = z.enum(['collective', 'individual', 'household']);
export type UnitKind = z.infer<typeof UnitKindSchema>;

/**
 * The day a block's units cease to exist (cấp huyện ended on 01/7/2025): an award decided on or after it cannot go to
 * the unit as it stands; it is held until the council names the successor unit.
 */
export const BlockDissolvedSchema = z
  .object({
    on: realIsoDate({
      vi: 'Ngày khối chấm dứt tồn tại (dissolved.on)',
      en: 'The date the block ceases to exist (dissolved.on)',
    }).describe('Từ ngày này (kể cả ngày này) đơn vị của khối không còn tồn tại'),
    basis: Text.describe('Căn cứ pháp lý, ví dụ "Nghị quyết 202/2025/QH15: cấp huyện chấm dứt hoạt động"'),
    basisEn: OptionalText,
  })
  .strict();

export const BlockSchema = z
  .object({
    id: IdSchema,
    name: Text,
    nameEn: OptionalText,
    kind: UnitKindSchema.optional().describe(
      'Đối tượng của khối: tập thể, cá nhân, hộ gia đình (mặc định tập thể)',
    ),
    prizeFund: Money.optional().describe('Tổng tiền thưởng dự kiến của khối (đồng)'),
    dissolved: BlockDissolvedSchema.optional().describe(
      'Khối chấm dứt tồn tại từ một ngày (sắp xếp đơn vị hành chính): quyết định khen thưởng ký từ ngày đó được giữ lại chờ Hội đồng xác định đơn vị kế thừa',
    ),
  })
  .strict();
export type Block = z.infer<typeof BlockSchema>;

export const NoteSchema = z
  .object({
    id: IdSchema,
    topic: Text,
    reading: LongText.describe('Cách hiểu đã chọn'),
    readingEn: OptionalLongText,
    parameter: OptionalText.describe('Đường dẫn tới tham số có thể sửa trong kế hoạch'),
  })
  .strict();

/** A title (danh hiệu, hình thức khen thưởng) a unit registers for; the named decisions consider only those who did. */
export const RegistrationTitleSchema = z
  .object({
    id: IdSchema,
    name: Text.describe('Tên danh hiệu, ví dụ "Cờ thi đua của UBND tỉnh"'),
    nameEn: OptionalText,
    decisions: IdList()
      .min(1)
      .optional()
      .describe('Các quyết định khen thưởng (awards.decisions) chỉ xét cho đơn vị đã đăng ký danh hiệu này'),
  })
  .strict();
export type RegistrationTitle = z.infer<typeof RegistrationTitleSchema>;

/**
 * Đăng ký thi đua: units register by a deadline, for some titles. Applied as data when the plan is read
 * (plan/registration.ts): a date fact and a general standard "registered by the deadline" (not registered, or
 * late → not considered, with the reason), and per title a yes/no fact and a specific standard its decisions require.
 */
export const RegistrationSchema = z
  .object({
    deadline: IsoDate.describe('Hạn đăng ký thi đua (chậm nhất ngày này)'),
    fact: IdSchema.default('ngayDangKy').describe(
      'Dữ kiện ngày đăng ký (loại date); tự khai báo nếu kế hoạch chưa có',
    ),
    appliesTo: IdList().min(1).optional().describe('Các khối phải đăng ký; không ghi = mọi khối'),
    titles: z
      .array(RegistrationTitleSchema)
      .max(L.decisions, tooMany(L.decisions, 'danh hiệu đăng ký', 'registration titles'))
      .optional()
      .describe('Các danh hiệu đăng ký; mỗi danh hiệu một dữ kiện Có/Không "dangKy-<mã>"'),
    reason: OptionalLongText.describe(
      'Lý do khi không đăng ký đúng hạn; {<mã dữ kiện>} được thay bằng ngày đăng ký',
    ),
    reasonEn: OptionalLongText,
  })
  .strict();
export type Registration = z.infer<typeof RegistrationSchema>;

/** Self-assessment and appraisal (tự chấm, thẩm định): which of the two scores ranks and awards. */
export const AppraisalSchema = z
  .object({
    rankOn: z
      .enum(['appraised', 'self'])
      .default('appraised')
      .describe('Xếp hạng và khen thưởng theo điểm thẩm định (mặc định) hay điểm tự chấm'),
  })
  .strict();

/**
 * An abbreviation as a key of matching.abbreviations. "__proto__" is none (the schema says so, as the server does: a
 * JSON parser may make it an object's prototype rather than a key).
 */
const AbbreviationSchema = z
  .string()
  .min(1)
  .max(30, tooLong(30))
  .regex(/^(?!__proto__$)/, 'Từ viết tắt không được là "__proto__" (an abbreviation cannot be "__proto__")');

export const PlanSchema = z
  .object({
    $schema: OptionalText,
    id: IdSchema,
    version: z
      .string()
      .max(50, tooLong(50))
      .regex(/^\d+\.\d+\.\d+$/, 'Phiên bản dạng 1.0.0 (version as x.y.z, e.g. 1.0.0)'),
    title: Text,
    titleEn: OptionalText,
    source: z
      .object({
        number: Text.describe('Số hiệu văn bản, ví dụ 167/KH-UBND'),
        issuer: Text,
        date: IsoDate,
        title: OptionalText,
      })
      .strict(),
    period: z
      .object({ from: IsoDate, to: IsoDate })
      .strict()
      .refine((p) => p.from <= p.to, {
        path: ['to'],
        error:
          'Kỳ thi đua: ngày kết thúc (to) không trước ngày bắt đầu (from) (period.to is before period.from)',
      })
      .describe('Kỳ thi đua, from ≤ to'),
    blocks: z
      .array(BlockSchema)
      .min(1)
      .max(L.blocks, tooMany(L.blocks, 'khối', 'blocks')),
    pointsDecimals: z.number().int().min(0).max(4).default(2),
    rateScale: RateScaleSchema.optional().describe(
      'Số không có dấu % ở ô tỷ lệ: percent = phần trăm (80,5 là 80,5%), fraction = phần thập phân (0,805 là 80,5%). Không ghi: số trong JSON là phần trăm; cột Excel không định dạng % mà mọi số nằm trong [0, 1] bị đánh dấu chưa rõ',
    ),
    criteria: z
      .array(CriterionSchema)
      .max(L.criteria, tooMany(L.criteria, 'tiêu chí', 'criteria'))
      .default([]),
    targets: z
      .array(TargetSchema)
      .max(L.targets, tooMany(L.targets, 'chỉ tiêu', 'targets'))
      .optional(),
    targetRules: TargetRulesSchema.optional(),
    parameters: z
      .array(ParameterSchema)
      .max(L.parameters, tooMany(L.parameters, 'tham số', 'parameters'))
      .optional(),
    facts: z
      .array(FactSchema)
      .max(L.facts, tooMany(L.facts, 'dữ kiện', 'facts'))
      .default([]),
    exclusions: z
      .array(ExclusionSchema)
      .max(L.exclusions, tooMany(L.exclusions, 'điều kiện "không xét thi đua"', 'exclusions'))
      .default([]),
    standards: z
      .array(StandardSchema)
      .max(L.standards, tooMany(L.standards, 'tiêu chuẩn', 'standards'))
      .default([]),
    ranking: RankingSchema.default({ order: 'desc', tieBreakers: [] }),
    awards: AwardsSchema.default({ tiers: [], aboveBand: 'rankOrder', tieAtBoundary: 'council' }),
    registration: RegistrationSchema.optional().describe(
      'Đăng ký thi đua: hạn đăng ký và các danh hiệu đăng ký',
    ),
    appraisal: AppraisalSchema.optional().describe('Tự chấm và thẩm định: điểm nào dùng để xếp hạng'),
    notes: z
      .array(NoteSchema)
      .max(L.notes, tooMany(L.notes, 'ghi chú', 'notes'))
      .default([]),
    // a "__proto__" key of these records is checked as any other (JSON.parse makes it an own key; zod drops it)
    matching: z
      .object({
        abbreviations: protoChecked(
          z
            .record(AbbreviationSchema, Text)
            .refine(
              (r) => Object.keys(r).length <= L.facts,
              tooMany(L.facts, 'từ viết tắt', 'abbreviations'),
            ),
        )
          .optional()
          .describe('Từ viết tắt riêng của đơn vị và nghĩa của nó, ví dụ { "HGA": "HauGiang App" }'),
        synonyms: protoChecked(
          z
            .record(IdSchema, z.array(Text).max(20, tooMany(20, 'cách gọi', 'names')))
            .refine((r) => Object.keys(r).length <= L.facts, tooMany(L.facts, 'mục', 'items')),
        )
          .optional()
          .describe(
            'Các cách gọi khác của một tiêu chí, chỉ tiêu hay dữ kiện (theo mã) trên bảng của đơn vị, ví dụ { "tc08": ["HS online"] }',
          ),
      })
      .strict()
      .optional()
      .describe('Cách đọc tiêu đề cột: từ ngữ riêng của đơn vị, thêm vào từ điển có sẵn'),
  })
  .strict();

/** A plan as an official writes it (defaults optional). */
export type PlanInput = z.input<typeof PlanSchema>;
/** A plan after validation (defaults filled). */
export type Plan = z.output<typeof PlanSchema>;
