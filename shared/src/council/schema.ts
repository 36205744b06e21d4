/**
 * The awards council's decisions as data ("Quyết định của Hội đồng"): the same records arrive in a score request
 * (`options.councilDecisions`) and from the council sheet of a workbook. Each names the unit (by id or by name), says
 * what the council decided, when, who recorded it and why; the engine applies it on the next run or refuses it,
 * saying why, when it no longer fits the data (engine/council.ts).
 */
import { z } from 'zod';
import { realIsoDate } from '../plan/dates';

/** Most decisions one request or sheet may carry. */
export const MAX_COUNCIL_DECISIONS = 1_000;

const IsoDate = realIsoDate({ vi: 'Ngày quyết định', en: 'the date of the decision' });
/**
 * A text the council wrote: its length is checked as sent, and one of spaces only is refused (as the JSON Schema's
 * pattern says), then it is kept trimmed.
 */
const Words = (max: number) =>
  z
    .string()
    .min(1, { abort: true })
    .max(max)
    .regex(/\S/, 'Không được để trống hoặc chỉ có khoảng trắng (must not be blank)')
    .trim();

const base = {
  unit: Words(500).describe('Mã hoặc tên đơn vị (unit id or name)'),
  block: z.string().max(200).optional().describe('Khối của đơn vị, khi hai khối có đơn vị trùng tên'),
  date: IsoDate.describe('Ngày Hội đồng quyết định (date of the decision)'),
  recordedBy: Words(200).describe('Người ghi quyết định (who recorded it)'),
  reason: Words(2_000).describe('Lý do của Hội đồng (the council’s reason)'),
  source: z
    .string()
    .max(300)
    .optional()
    .describe(
      'Nơi ghi quyết định, ví dụ dòng của trang tính (where it was recorded); không tính vào mã kiểm tra',
    ),
};

export const TieDecisionSchema = z
  .object({
    kind: z.literal('tie'),
    ...base,
    award: Words(200).describe('Giải (mã hoặc tên) mà đơn vị nhận trong trường hợp đồng hạng'),
    tiedWith: z
      .array(Words(500))
      .min(1)
      .max(100)
      .optional()
      .describe(
        'Các đơn vị (mã hoặc tên) mà Hội đồng đã so sánh khi quyết định; khi đồng hạng của lần chấm này gồm đơn ' +
          'vị khác, quyết định bị từ chối (the units the council compared; refused when the tie now holds others)',
      ),
  })
  .strict();

export const MissingDecisionSchema = z
  .object({
    kind: z.literal('missing'),
    ...base,
    rule: z
      .enum(['zero', 'hold'])
      .describe(
        'zero: tính 0 điểm giá trị thiếu của đơn vị; hold: chờ số liệu (giữ lại các giải có thể thay đổi)',
      ),
  })
  .strict();

export const ExclusionDecisionSchema = z
  .object({
    kind: z.enum(['exclude', 'include']),
    ...base,
    rule: Words(500).describe('Căn cứ: quy định Hội đồng áp dụng (the rule invoked)'),
  })
  .strict();

export const VoteDecisionSchema = z
  .object({
    kind: z.literal('vote'),
    ...base,
    award: Words(200).describe('Giải hoặc hình thức khen thưởng (mã hoặc tên) được bỏ phiếu'),
    votesFor: z.number().int().min(0).max(10_000).describe('Số phiếu đồng ý'),
    members: z
      .number()
      .int()
      .min(1)
      .max(10_000)
      .describe('Tổng số thành viên Hội đồng (tỷ lệ tính trên tổng số thành viên)'),
  })
  .strict()
  .refine((v) => v.votesFor <= v.members, {
    message: 'Số phiếu đồng ý không được lớn hơn tổng số thành viên (votesFor must not exceed members)',
    path: ['votesFor'],
  });

export const CouncilDecisionSchema = z.discriminatedUnion('kind', [
  TieDecisionSchema,
  MissingDecisionSchema,
  ExclusionDecisionSchema,
  VoteDecisionSchema,
]);

export const CouncilDecisionsSchema = z
  .array(CouncilDecisionSchema)
  .max(
    MAX_COUNCIL_DECISIONS,
    `Tối đa ${MAX_COUNCIL_DECISIONS} quyết định (at most ${MAX_COUNCIL_DECISIONS} decisions)`,
  )
  .describe(
    'Quyết định của Hội đồng Thi đua – Khen thưởng, áp dụng ở lần chấm này: chọn đơn vị nhận suất đồng hạng (tie), ' +
      'tính 0 điểm hoặc chờ giá trị thiếu (missing), không xét / xét thi đua theo căn cứ (exclude / include), kết quả ' +
      'bỏ phiếu khi kế hoạch yêu cầu tỷ lệ phiếu đồng ý (vote). Mỗi quyết định có ngày, người ghi, lý do; quyết định ' +
      'không còn khớp dữ liệu bị từ chối và nêu lý do (council decisions: applied, or refused with the reason).',
  );

export type CouncilDecision = z.infer<typeof CouncilDecisionSchema>;
export type CouncilDecisionKind = CouncilDecision['kind'];
