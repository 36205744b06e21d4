import { z } from 'zod';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiResponsesObject } from 'zod-openapi';

import {
  ConditionSchema,
  ENGINE_VERSION,
  planJsonSchema,
  PlanSchema,
  ScoreRequestSchema,
} from '../../../shared/src';
import { DossierRequestSchema } from '../../../shared/src/dossier';
import {
  HealthSchema,
  PlanSummarySchema,
  ProblemSchema,
  ScoreResponseSchema,
  ValidationReportSchema,
} from './schemas';

let planSchemaCache: Record<string, unknown> | undefined;

/** JSON Schema of a plan document (from the shared zod schema), computed once per process. */
export function cachedPlanJsonSchema(): Record<string, unknown> {
  planSchemaCache ??= planJsonSchema();
  return planSchemaCache;
}

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

const json = (description: string, schema: z.ZodType) => ({
  description,
  content: { 'application/json': { schema } },
});

const bodyErrors: ZodOpenApiResponsesObject = {
  '400': problem('JSON hỏng hoặc sai cấu trúc (malformed JSON or schema errors)'),
  '401': problem('Thiếu hoặc sai token khi bật xác thực (missing or invalid bearer token when auth is on)'),
  '403': problem('Token thiếu scope/app role (token lacks the required scope or app role)'),
  '404': problem('Không có kế hoạch (unknown plan id)'),
  '413': problem(
    'Nội dung quá lớn hoặc quá nhiều đơn vị; chia nhỏ yêu cầu (body or unit count over the limit)',
  ),
  '415': problem('Không phải application/json (wrong content type)'),
  '422': problem('Kế hoạch gửi kèm không hợp lệ (inline plan fails validation)'),
};

const secured = { security: [{ entraId: [] }] };

const scoreBody = {
  required: true,
  content: { 'application/json': { schema: ScoreRequestSchema.meta({ id: 'ScoreRequest' }) } },
};

const PlanDocumentSchema = PlanSchema.meta({ id: 'Plan' });

const operations: Record<string, Record<string, ZodOpenApiOperationObject>> = {
  '/api/health': {
    get: {
      operationId: 'health',
      summary: 'Tình trạng dịch vụ (service health; never needs a token)',
      responses: { '200': json('Đang chạy', HealthSchema) },
    },
  },
  '/api/plans': {
    get: {
      operationId: 'listPlans',
      summary: 'Các kế hoạch có sẵn (built-in plans)',
      ...secured,
      responses: { '200': json('Danh sách kế hoạch', z.array(PlanSummarySchema)) },
    },
  },
  '/api/plans/{id}': {
    get: {
      operationId: 'getPlan',
      summary: 'Toàn văn một kế hoạch (full plan document)',
      ...secured,
      requestParams: { path: z.object({ id: z.string().describe('Mã kế hoạch (plan id)') }) },
      responses: {
        '200': json('Kế hoạch', PlanDocumentSchema),
        '404': problem('Không có kế hoạch (unknown plan)'),
      },
    },
  },
  '/api/plan-schema': {
    get: {
      operationId: 'planSchema',
      summary: 'JSON Schema của tài liệu kế hoạch (JSON Schema of a plan document)',
      ...secured,
      responses: { '200': json('JSON Schema', z.record(z.string(), z.unknown())) },
    },
  },
  '/api/score': {
    post: {
      operationId: 'score',
      summary: 'Chấm điểm, xếp hạng, đề xuất khen thưởng (score, rank and propose awards)',
      ...secured,
      requestBody: scoreBody,
      responses: { '200': json('Kết quả chấm điểm', ScoreResponseSchema), ...bodyErrors },
    },
  },
  '/api/dossier': {
    post: {
      operationId: 'dossier',
      summary:
        'Hồ sơ khen thưởng: tờ trình, danh sách, biên bản, dự thảo quyết định, báo cáo thành tích (.docx trong .zip) ' +
        '(the award dossier as Word documents in a zip)',
      description:
        'Cùng nội dung yêu cầu với /api/score, thêm options.dossier: thông tin chỉ cơ quan biết (cơ quan ban hành, số, ' +
        'người ký, địa danh, ngày, nguồn kinh phí, nơi nhận); trường nào không có thì để trống "…………" để điền. ' +
        'Chấm bằng tiếng Việt. (Same body as /api/score plus options.dossier; missing fields are left as blanks.)',
      ...secured,
      requestBody: {
        required: true,
        content: { 'application/json': { schema: DossierRequestSchema.meta({ id: 'DossierRequest' }) } },
      },
      responses: {
        '200': {
          description: 'Tệp .zip gồm các văn bản .docx của hồ sơ (a zip of the .docx documents)',
          content: { 'application/zip': { schema: z.string().meta({ format: 'binary' }) } },
        },
        ...bodyErrors,
      },
    },
  },
  '/api/validate': {
    post: {
      operationId: 'validate',
      summary: 'Kiểm tra dữ liệu, không chấm điểm (the problems a score request would have)',
      ...secured,
      requestBody: scoreBody,
      responses: { '200': json('Các vấn đề theo đơn vị và giá trị', ValidationReportSchema), ...bodyErrors },
    },
  },
  '/api/openapi.json': {
    get: {
      operationId: 'openapi',
      summary: 'Tài liệu OpenAPI này (this OpenAPI document)',
      ...secured,
      responses: { '200': json('OpenAPI 3.1', z.record(z.string(), z.unknown())) },
    },
  },
};

let documentCache: ReturnType<typeof createDocument> | undefined;

/** The OpenAPI 3.1 document of the HTTP API, generated from the zod schemas that validate requests. */
export function openApiDocument(): ReturnType<typeof createDocument> {
  documentCache ??= createDocument({
    openapi: '3.1.0',
    info: {
      title: 'thidua — API chấm điểm phong trào thi đua',
      version: ENGINE_VERSION,
      description:
        'Chấm điểm, xếp hạng và đề xuất khen thưởng theo kế hoạch thi đua. Lỗi trả về application/problem+json ' +
        'với danh sách { path, message }. Khi bật xác thực (THIDUA_AUTH=on), mọi đường dẫn trừ /api/health cần ' +
        'token Entra ID. (Scores emulation movements; errors are problem+json; bearer token required when auth is on.)',
    },
    paths: operations,
    components: {
      schemas: { Condition: ConditionSchema },
      securitySchemes: {
        entraId: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            'Access token Entra ID (scope hoặc app role cấu hình bằng THIDUA_REQUIRED_SCOPE / THIDUA_REQUIRED_ROLE)',
        },
      },
    },
  });
  return documentCache;
}
