/** What a run did with the council's decisions, as part of the answer (`council` of a ScoreResponse). */
import { z } from 'zod';

const Params = z.record(z.string(), z.union([z.string(), z.number()]));

export const CouncilOutcomeSchema = z
  .strictObject({
    index: z.number().int().describe('Vị trí của quyết định trong options.councilDecisions'),
    kind: z.enum(['tie', 'missing', 'exclude', 'include', 'vote']),
    unit: z.string().describe('Đơn vị như quyết định ghi'),
    unitId: z.string().optional().describe('Mã đơn vị tìm thấy trong dữ liệu'),
    date: z.string(),
    recordedBy: z.string(),
    reason: z.string(),
    source: z.string().optional(),
    status: z.enum(['applied', 'refused']),
    code: z.string().describe('Mã ổn định của kết quả (stable code), xem docs/council-workflow.md'),
    params: Params,
    message: z.string().describe('Lời giải thích theo ngôn ngữ của yêu cầu'),
  })
  .meta({ id: 'CouncilOutcome' });

export const CouncilReportSchema = z
  .strictObject({
    decisionsHash: z
      .string()
      .describe(
        'Mã kiểm tra các quyết định (không phụ thuộc thứ tự ghi) — một phần dấu nhận biết của kết quả',
      ),
    applied: z.number().int(),
    refused: z.number().int(),
    decisions: z.array(CouncilOutcomeSchema),
    votesNeeded: z
      .array(z.strictObject({ unitId: z.string(), award: z.string(), share: z.number() }))
      .describe('Giải cần Hội đồng bỏ phiếu mà chưa có kết quả bỏ phiếu: chờ Hội đồng'),
  })
  .meta({ id: 'CouncilReport' });

export type CouncilOutcome = z.infer<typeof CouncilOutcomeSchema>;
export type CouncilReport = z.infer<typeof CouncilReportSchema>;
