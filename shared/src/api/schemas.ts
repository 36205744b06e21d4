import { z } from 'zod';
import { realIsoDate } from '../plan/dates';

import { ExplainSchema } from './response-schema';
import { CouncilDecisionsSchema } from '../council/schema';
import { unionError } from '../messages/zod';
import { tooLong } from '../plan/limits';
import { protoChecked } from './proto-key';

/** Longest text cell, and longest criterion or fact id, a request may carry. */
export const MAX_CELL_TEXT = 10_000;
export const MAX_RECORD_KEY = 200;

/**
 * A criterion, fact or item id as a key of `values`, `facts`, `rateScales`, `reasons`. Each of these records checks
 * a "__proto__" key's value as any other's (protoChecked); the key itself is then reported as the plan does not know
 * it (droppedKeys).
 */
const RecordKey = z.string().max(MAX_RECORD_KEY, tooLong(MAX_RECORD_KEY));

/** A cell value as other tools send it: numbers, booleans or text in Vietnamese or English conventions. */
export const CellValueSchema = z.union([z.number(), z.boolean(), z.string().max(MAX_CELL_TEXT), z.null()]);

/** A per-year fact sent as one object: { "2021": "tốt", "2022": "xuất sắc" }. */
export const YearValuesSchema = protoChecked(
  z.record(
    z.string().regex(/^\d{4}$/, 'Năm viết đủ bốn chữ số, như 2021 (a four-digit year such as 2021)'),
    CellValueSchema,
  ),
);

const FactValueSchema = z.union([CellValueSchema, YearValuesSchema], {
  error: unionError('request.fact-shape'),
});

/**
 * Two scores side by side over HTTP: the unit's `values`/`facts` are the appraised ones (thẩm định), and this says
 * what the unit gave itself where the appraisal changed it, with the appraiser's reasons.
 */
export const SelfAssessmentSchema = z
  .object({
    values: protoChecked(z.record(RecordKey, CellValueSchema))
      .optional()
      .describe(
        'Giá trị đơn vị tự chấm, chỉ các tiêu chí, chỉ tiêu khác với values (self-assessed values that differ)',
      ),
    facts: protoChecked(z.record(RecordKey, FactValueSchema))
      .optional()
      .describe('Dữ kiện đơn vị tự khai, chỉ các dữ kiện khác với facts'),
    reasons: protoChecked(z.record(RecordKey, z.string().max(2_000)))
      .optional()
      .describe('Lý do thẩm định theo mã mục ("tc08": "thiếu minh chứng"); "<dữ kiện>_<năm>" cho một năm'),
  })
  .strict()
  .describe(
    'Tự chấm (self-assessment): khi có ở một đơn vị, yêu cầu được chấm hai lần — số liệu thẩm định (values, facts) và ' +
      'số liệu tự chấm (values, facts thay bằng các mục ở đây) — và câu trả lời có phần appraisal',
  );

export const UnitSchema = z
  .object({
    id: z
      .string()
      .min(1, 'Mã đơn vị không được trống (the unit id must not be empty)')
      .max(200)
      .describe(
        'Mã đơn vị, duy nhất trong yêu cầu. Hai mã chỉ khác ở khoảng trắng, ký tự ẩn, cách gõ dấu (NFC/NFD), kiểu ' +
          'chữ (toàn độ rộng, "Ð"), chỗ đặt dấu thanh ("hòa"/"hoà") hay chữ hoa, chữ thường là một đơn vị: bị từ ' +
          'chối (400). (Unique in the request; ids that differ only in spaces, invisible characters, accent ' +
          'encoding, letter forms, tone-mark placement or capitals are refused; each id comes back as sent.)',
      ),
    name: z.string().max(500).optional(),
    block: z.string().max(200).optional(),
    values: protoChecked(z.record(RecordKey, CellValueSchema)),
    facts: protoChecked(z.record(RecordKey, FactValueSchema)).optional(),
    kind: z.enum(['collective', 'individual', 'household']).optional(),
    collective: z.string().min(1).max(200).optional().describe('Cá nhân: mã tập thể (đơn vị) của mình'),
    selfAssessment: SelfAssessmentSchema.optional(),
  })
  .strict();

export const ScoreOptionsSchema = z
  .object({
    lang: z.enum(['vi', 'en']).optional(),
    rateScale: z
      .enum(['auto', 'percent', 'fraction'])
      .optional()
      .describe(
        'Số không có dấu % ở ô tỷ lệ: percent (mặc định, 80,5 = 80,5%), fraction (0,805 = 80,5%); thay rateScale của kế hoạch. auto (phiên bản cũ): số trong (0, 1] bị đánh dấu ambiguous-rate-scale',
      ),
    rateScales: protoChecked(z.record(RecordKey, z.enum(['percent', 'fraction', 'ambiguous'])))
      .optional()
      .describe(
        'Theo mã tiêu chí, chỉ tiêu, dữ kiện (<id>_<năm> với dữ kiện theo năm): thang tỷ lệ mà cột của trang tính cho biết — percent, fraction, hoặc ambiguous (cột không định dạng %, mọi số trong [0, 1]: số trong (0, 1] bị đánh dấu và các giải phụ thuộc bị giữ lại)',
      ),
    explain: ExplainSchema.optional(),
    explanations: z
      .boolean()
      .optional()
      .describe(
        'Cách ghi cũ (earlier option): true = explain "full", false = explain "summary"; mâu thuẫn với explain thì bị từ chối (400)',
      ),
    decisionDate: realIsoDate({ vi: 'Ngày quyết định', en: 'the decision date' })
      .optional()
      .describe('Ngày ký quyết định khen thưởng: tính tiền thưởng theo luật (thay awards.decisionDate)'),
    councilDecisions: CouncilDecisionsSchema.optional(),
  })
  .strict();

export const ScoreRequestSchema = z
  .object({
    plan: z.union(
      [
        z.string().min(1).describe('Mã kế hoạch có sẵn (built-in plan id)'),
        z.record(z.string(), z.unknown()).describe('Toàn văn kế hoạch (inline plan document)'),
      ],
      { error: unionError('request.plan-shape') },
    ),
    units: z.array(UnitSchema),
    options: ScoreOptionsSchema.optional(),
  })
  .strict();

export type ScoreRequest = z.infer<typeof ScoreRequestSchema>;
