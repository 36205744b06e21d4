import { z } from 'zod';
import {
  createDocument,
  type ZodOpenApiOperationObject,
  type ZodOpenApiResponseObject,
  type ZodOpenApiResponsesObject,
} from 'zod-openapi';

import {
  ConditionSchema,
  ENGINE_VERSION,
  planJsonSchema,
  PlanSchema,
  ScoreRequestSchema,
} from '@thidua/core';
import { DossierRequestSchema } from '@thidua/core/dossier';
import { ALLOWED_HEADERS } from '../http/cors';
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

/** The content type /plan-schema answers with (RFC draft: a JSON Schema document). */
export const SCHEMA_CONTENT_TYPE = 'application/schema+json';

const PROBLEM_TYPE = 'application/problem+json';

type Headers = NonNullable<ZodOpenApiResponseObject['headers']>;

const problem = (description: string, headers?: Headers) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { [PROBLEM_TYPE]: { schema: ProblemSchema } },
});

/** A response header as the API sends it: `required` when every answer of that status carries it. */
const header = (description: string, required: boolean, pattern?: string) => ({
  description,
  required,
  schema: { type: 'string' as const, ...(pattern ? { pattern } : {}) },
});

/** The headers the API sends, declared on the answers that carry them. */
const HEADERS = {
  allow: header(
    'Các phương thức đường dẫn nhận, ví dụ "GET, HEAD, OPTIONS" (the methods the route serves)',
    true,
  ),
  challenge: (required: boolean) =>
    header(
      'Bearer error="…", error_description="…" (RFC 6750): lý do bằng tiếng Anh, tiếng Việt ở nội dung ' +
        '(the bearer challenge; the Vietnamese reason is in the body)',
      required,
    ),
  retryAfter: header(
    'Số giây nên chờ trước khi thử lại, khi không lấy được khóa ký của Entra ID ' +
      '(seconds to wait before retrying, when the signing keys cannot be fetched)',
    false,
    '^[0-9]+$',
  ),
  reference: header(
    'Mã tra cứu của câu trả lời, như trong nội dung và nhật ký (the reference of the answer, as in the body and log)',
    false,
  ),
  fileName: header(
    'attachment; filename="ho-so-khen-thuong-<kế hoạch>.zip" (the file name of the zip)',
    true,
  ),
  documents: header(
    'Số văn bản .docx trong tệp .zip (how many .docx documents the zip holds)',
    true,
    '^[0-9]+$',
  ),
};

const json = (description: string, schema: z.ZodType) => ({
  description,
  content: { 'application/json': { schema } },
});

/** What any route may answer: another method (405, with Allow), a failure of the server itself (500). */
const everyRoute: ZodOpenApiResponsesObject = {
  '405': problem(
    'Phương thức không được hỗ trợ; tiêu đề Allow nêu các phương thức nhận (method not allowed; see the Allow header)',
    { Allow: HEADERS.allow },
  ),
  '417': problem(
    'Tiêu đề Expect không đáp ứng được — chỉ máy chủ cục bộ (an Expect the server cannot meet; local host only)',
  ),
  '500': problem('Lỗi máy chủ, chỉ có mã tra cứu, không có chi tiết (internal error: a reference id only)', {
    'X-Invocation-Id': HEADERS.reference,
  }),
};

/** What a protected route adds: token problems and the server's own auth settings. */
const protectedRoute: ZodOpenApiResponsesObject = {
  '401': problem(
    'Thiếu hoặc sai token khi bật xác thực; có WWW-Authenticate: Bearer (missing or invalid bearer token when auth is on)',
    { 'WWW-Authenticate': HEADERS.challenge(true) },
  ),
  '403': problem(
    'Token thiếu scope/app role; có WWW-Authenticate: Bearer error="insufficient_scope" ' +
      '(token lacks the required scope or app role)',
    { 'WWW-Authenticate': HEADERS.challenge(false) },
  ),
  '503': problem(
    'Máy chủ chưa cấu hình đúng xác thực, hoặc không lấy được khóa ký của Entra ID (khi đó có Retry-After); nêu ' +
      'tên thiết lập cần sửa (server auth settings incomplete, or the signing keys cannot be fetched: Retry-After)',
    { 'Retry-After': HEADERS.retryAfter },
  ),
};

/** What a route reading a JSON body adds. */
const bodyRoute: ZodOpenApiResponsesObject = {
  '400': problem(
    'JSON hỏng, không phải UTF-8, lồng quá 64 cấp, sai cấu trúc (đường dẫn từng lỗi), hoặc tùy chọn mâu thuẫn ' +
      '(malformed JSON, not UTF-8, nested too deeply, schema errors with their paths, conflicting options)',
  ),
  '404': problem('Không có kế hoạch (unknown plan id)'),
  '408': problem('Yêu cầu đến quá chậm — chỉ máy chủ cục bộ (request too slow; local host only)'),
  '413': problem(
    'Nội dung, số đơn vị, số ô hoặc câu trả lời ước tính quá lớn; nêu cách chia nhỏ yêu cầu ' +
      '(body, units, cells or the estimated answer over the limit; says how to split)',
  ),
  '415': problem(
    'Không phải application/json (UTF-8), hoặc nội dung nén (not application/json in UTF-8, or a compressed body)',
  ),
  '422': problem(
    'Kế hoạch gửi kèm không hợp lệ, hoặc tổng tiền thưởng vượt mức tính chính xác (inline plan fails validation)',
  ),
  '431': problem(
    'URL hoặc tiêu đề quá 16 KB — chỉ máy chủ cục bộ (URL or headers over 16 KB; local host only)',
  ),
  '499': problem(
    'Máy khách đóng kết nối trước khi gửi hết nội dung (client closed the request before its body arrived)',
  ),
};

/** What the local host answers on a route without a body when the HTTP request itself cannot be served. */
const hostRefusals: ZodOpenApiResponsesObject = {
  '400': problem(
    'Yêu cầu HTTP không đúng cú pháp, thiếu Host, hoặc Transfer-Encoding không dùng được — chỉ máy chủ cục bộ ' +
      '(malformed HTTP request, no Host, or a transfer coding it cannot frame; local host only)',
  ),
  '408': bodyRoute['408'],
  '431': bodyRoute['431'],
};

/** The plan document as written (defaults optional): what /plans/{id} returns and an inline plan may be. */
const PlanDocumentSchema = PlanSchema.meta({ id: 'Plan', unusedIO: 'input' });
const planRef = { $ref: '#/components/schemas/Plan' };

/**
 * The request's `plan` as documented: a built-in plan id, or an inline plan document — the Plan component, which is
 * the schema /api/plan-schema serves. The server reads an inline plan as any object first and then checks it as a
 * plan, so that its problems are the plan's own (422, with their paths) rather than the request's (400). The
 * reference is written `allOf: [{ $ref }]` (the same constraint as a bare $ref) so that its description stands
 * beside it for every OpenAPI reader.
 */
const RequestPlanSchema = z.union([z.string().min(1), z.record(z.string(), z.unknown())]).meta({
  override: {
    description:
      'Mã kế hoạch có sẵn, hoặc toàn văn kế hoạch (Plan, như /api/plan-schema); kế hoạch gửi kèm sai thì 422 ' +
      '(a built-in plan id, or an inline plan document; an invalid inline plan is answered 422)',
    anyOf: [
      { type: 'string', minLength: 1, description: 'Mã kế hoạch có sẵn (built-in plan id)' },
      { allOf: [planRef], description: 'Toàn văn kế hoạch (inline plan document)' },
    ],
  },
});

const scoreBody = {
  required: true,
  content: {
    'application/json': {
      schema: ScoreRequestSchema.extend({ plan: RequestPlanSchema }).meta({ id: 'ScoreRequest' }),
    },
  },
};

/** The groups of operations, as documentation tools list them. */
const TAGS = [
  {
    name: 'service',
    description: 'Dịch vụ: tình trạng, tài liệu OpenAPI (service health and this document)',
  },
  {
    name: 'plans',
    description:
      'Kế hoạch thi đua có sẵn và JSON Schema của một kế hoạch (built-in plans and the plan schema)',
  },
  {
    name: 'scoring',
    description: 'Chấm điểm, kiểm tra dữ liệu, hồ sơ khen thưởng (scoring, validation, the award dossier)',
  },
];

const operations: Record<string, Record<string, ZodOpenApiOperationObject>> = {
  '/api/health': {
    get: {
      operationId: 'health',
      tags: ['service'],
      summary: 'Tình trạng dịch vụ (service health; never needs a token)',
      description:
        'Phiên bản, tình trạng xác thực và các giới hạn của yêu cầu; không cần token. status = "misconfigured" khi ' +
        'thiết lập xác thực chưa đủ: auth.message nêu tên thiết lập cần sửa, không bao giờ nêu giá trị. (Version, ' +
        'auth status and request limits; no token needed; a misconfiguration names the settings, never their values.)',
      security: [],
      responses: { '200': json('Đang chạy', HealthSchema), ...hostRefusals, ...everyRoute },
    },
  },
  '/api/plans': {
    get: {
      operationId: 'listPlans',
      tags: ['plans'],
      summary: 'Các kế hoạch có sẵn (built-in plans)',
      description:
        'Mã, tên, phiên bản, các khối và văn bản gốc của mỗi kế hoạch có sẵn; mã dùng làm "plan" của /api/score. ' +
        '(Id, title, version, blocks and source document of each built-in plan; the id is the "plan" of /api/score.)',
      responses: {
        '200': json('Danh sách kế hoạch', z.array(PlanSummarySchema)),
        ...protectedRoute,
        ...hostRefusals,
        ...everyRoute,
      },
    },
  },
  '/api/plans/{id}': {
    get: {
      operationId: 'getPlan',
      tags: ['plans'],
      summary: 'Toàn văn một kế hoạch, đúng như đã viết (the full plan document, as written)',
      description:
        'Tài liệu kế hoạch như đã viết (không điền giá trị mặc định), đúng theo /api/plan-schema; mã phải khớp đúng ' +
        'từng ký tự (chữ hoa khác chữ thường), mã không có thì 404. (The plan document as written, without defaults; ' +
        'the id is matched exactly; an unknown id is a 404.)',
      requestParams: { path: z.object({ id: z.string().describe('Mã kế hoạch (plan id)') }) },
      responses: {
        '200': {
          description: 'Kế hoạch (plan document)',
          content: { 'application/json': { schema: planRef } },
        },
        '404': problem('Không có kế hoạch (unknown plan)'),
        ...protectedRoute,
        ...hostRefusals,
        ...everyRoute,
      },
    },
  },
  '/api/plan-schema': {
    get: {
      operationId: 'planSchema',
      tags: ['plans'],
      summary: 'JSON Schema của tài liệu kế hoạch (JSON Schema of a plan document, draft 2020-12)',
      description:
        'Sinh từ lược đồ zod của kế hoạch; phần description liệt kê những gì máy chủ kiểm tra thêm (mã không trùng, ' +
        "tham chiếu đã khai báo, khoảng điểm). (Generated from the plan's zod schema; its description lists the checks " +
        'beyond it.)',
      responses: {
        '200': {
          description: 'JSON Schema (draft 2020-12)',
          content: { [SCHEMA_CONTENT_TYPE]: { schema: z.record(z.string(), z.unknown()) } },
        },
        ...protectedRoute,
        ...hostRefusals,
        ...everyRoute,
      },
    },
  },
  '/api/score': {
    post: {
      operationId: 'score',
      tags: ['scoring'],
      summary: 'Chấm điểm, xếp hạng, đề xuất khen thưởng (score, rank and propose awards)',
      description:
        'Câu trả lời mặc định gọn (options.explain = "summary"): mỗi đơn vị có tổng điểm, hạng, điều kiện và lý do, ' +
        'giải, cờ báo, điểm từng tiêu chí (points) và một dòng giải thích. options.explain = "full" thêm criteria: ' +
        'từng tiêu chí với giá trị đã đọc, cách tính (trace) và lời giải thích; "none" bỏ dòng giải thích. ' +
        'options.explanations (cách ghi cũ): true = "full", false = "summary". (The default answer is compact; ' +
        'explain "full" adds each criterion with its trace and text.)',
      requestBody: scoreBody,
      responses: {
        '200': json('Kết quả chấm điểm', ScoreResponseSchema),
        ...bodyRoute,
        ...protectedRoute,
        ...everyRoute,
      },
    },
  },
  '/api/dossier': {
    post: {
      operationId: 'dossier',
      tags: ['scoring'],
      summary:
        'Hồ sơ khen thưởng: tờ trình, danh sách, biên bản, dự thảo quyết định, báo cáo thành tích (.docx trong .zip) ' +
        '(the award dossier as Word documents in a zip)',
      description:
        'Cùng nội dung yêu cầu với /api/score, thêm options.dossier: thông tin chỉ cơ quan biết (cơ quan ban hành, số, ' +
        'người ký, địa danh, ngày, nguồn kinh phí, nơi nhận); trường nào không có thì để trống "…………" để điền. ' +
        'Chấm bằng tiếng Việt. (Same body as /api/score plus options.dossier; missing fields are left as blanks.)',
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: DossierRequestSchema.extend({ plan: RequestPlanSchema }).meta({ id: 'DossierRequest' }),
          },
        },
      },
      responses: {
        '200': {
          description: 'Tệp .zip gồm các văn bản .docx của hồ sơ (a zip of the .docx documents)',
          headers: { 'Content-Disposition': HEADERS.fileName, 'X-Dossier-Documents': HEADERS.documents },
          content: { 'application/zip': { schema: z.string().meta({ format: 'binary' }) } },
        },
        ...bodyRoute,
        ...protectedRoute,
        ...everyRoute,
      },
    },
  },
  '/api/validate': {
    post: {
      operationId: 'validate',
      tags: ['scoring'],
      summary: 'Kiểm tra dữ liệu, không chấm điểm (the problems a score request would have)',
      description:
        'Cùng nội dung yêu cầu với /api/score: mỗi giá trị thiếu, không đọc được hay chưa rõ thang tỷ lệ, mỗi khóa ' +
        'không thuộc kế hoạch, mỗi khối không có, với đường dẫn, mã đơn vị và mã lỗi; valid = true khi không có lỗi ' +
        'nào. (Same body as /api/score: each value missing, unreadable or of unclear rate scale, each key the plan ' +
        'does not know, each unknown block, with its path, unit and code.)',
      requestBody: scoreBody,
      responses: {
        '200': json('Các vấn đề theo đơn vị và giá trị', ValidationReportSchema),
        ...bodyRoute,
        ...protectedRoute,
        ...everyRoute,
      },
    },
  },
  '/api/openapi.json': {
    get: {
      operationId: 'openapi',
      tags: ['service'],
      summary: 'Tài liệu OpenAPI này (this OpenAPI document)',
      description:
        'OpenAPI 3.1, sinh từ các lược đồ zod kiểm tra yêu cầu và dựng câu trả lời. (OpenAPI 3.1, generated from the ' +
        'zod schemas that check the requests and build the answers.)',
      responses: {
        '200': json('OpenAPI 3.1', z.record(z.string(), z.unknown())),
        ...protectedRoute,
        ...hostRefusals,
        ...everyRoute,
      },
    },
  },
};

/** HEAD answers every GET route with the GET's status and headers and no body (RFC 9110 §9.3.2). */
function withHead(paths: typeof operations): typeof operations {
  const out: typeof operations = {};
  for (const [path, item] of Object.entries(paths)) {
    const get = item.get;
    out[path] = item;
    if (!get) continue;
    const responses: Record<string, object> = {};
    for (const [status, r] of Object.entries(get.responses ?? {})) {
      const { content: _body, ...headOnly } = r as object & { content?: unknown };
      responses[status] = headOnly;
    }
    out[path] = {
      ...item,
      head: {
        ...get,
        operationId: `${get.operationId}Head`,
        summary: `${get.summary} — HEAD: chỉ phần đầu, không có nội dung (headers only)`,
        description:
          `Như GET ${path}: cùng trạng thái và phần đầu, không có nội dung (RFC 9110 §9.3.2). ` +
          `(As GET ${path}: the same status and headers, no body.)`,
        responses: responses as unknown as typeof get.responses,
      },
    };
  }
  return out;
}

/** The methods a path serves, as its Allow header names them (HEAD beside GET, OPTIONS always). */
function allowOf(item: Record<string, ZodOpenApiOperationObject>): string {
  const methods = Object.keys(item).map((m) => m.toUpperCase());
  return [...methods, 'OPTIONS'].join(', ');
}

/** A header whose value is exactly one text (the methods of the path, the headers a preflight grants). */
const exactHeader = (description: string, required: boolean, value: string) => ({
  description,
  required,
  schema: { type: 'string' as const, enum: [value] },
});

/** The headers a browser script may send to the API, as a granted preflight lists them. */
const PREFLIGHT_ALLOWED_HEADERS = ALLOWED_HEADERS.join(', ');

/**
 * OPTIONS on every path (cors.ts): never needs a token. Without Origin, 204 with Allow; from an origin on
 * THIDUA_CORS_ORIGINS, 204 granting the methods and headers (or 405 for a method the path does not serve); from
 * any other origin, 403.
 */
function withOptions(paths: typeof operations): typeof operations {
  const out: typeof operations = {};
  for (const [path, item] of Object.entries(paths)) {
    const allow = allowOf(item);
    const name = (item.get ?? item.post)?.operationId ?? path;
    const allowHeader = exactHeader(
      `Các phương thức đường dẫn nhận (the methods the path serves): ${allow}`,
      true,
      allow,
    );
    const vary = exactHeader(
      'Có khi yêu cầu có Origin (present when the request has an Origin)',
      false,
      'Origin',
    );
    const cors = {
      'Access-Control-Allow-Origin': header(
        'Đúng Origin đã gửi, khi được phép (the Origin sent, when allowed)',
        false,
      ),
      'Access-Control-Expose-Headers': header(
        'Các tiêu đề câu trả lời mà script đọc được, khi Origin được phép (what a script may read, allowed origin)',
        false,
      ),
    };
    out[path] = {
      ...item,
      options: {
        operationId: `${name}Options`,
        tags: (item.get ?? item.post)?.tags ?? [],
        description:
          'Không cần token: trình duyệt gửi preflight không kèm token. Không có Origin: 204 với Allow. Origin trong ' +
          'THIDUA_CORS_ORIGINS: 204 cho phép phương thức và tiêu đề, hoặc 405 nếu phương thức không được nhận. Origin ' +
          'khác: 403. (No token needed; no Origin: 204 with Allow; an allowed origin: the grant, or 405; any other ' +
          'origin: 403.)',
        summary: `Preflight CORS / các phương thức nhận (${allow}); không cần token (CORS preflight, no token)`,
        ...(item.get?.requestParams ? { requestParams: item.get.requestParams } : {}),
        security: [],
        responses: {
          '204': {
            description:
              'Không có Origin: chỉ Allow. Origin được phép (THIDUA_CORS_ORIGINS): thêm Access-Control-* cho ' +
              'phép các phương thức và tiêu đề (no Origin: Allow only; an allowed origin: the Access-Control-* grant)',
            headers: {
              Allow: allowHeader,
              ...cors,
              'Access-Control-Allow-Methods': exactHeader(
                'Các phương thức được phép (the methods granted)',
                false,
                allow,
              ),
              'Access-Control-Allow-Headers': exactHeader(
                'Các tiêu đề được phép (the request headers granted)',
                false,
                PREFLIGHT_ALLOWED_HEADERS,
              ),
              'Access-Control-Max-Age': exactHeader(
                'Số giây trình duyệt giữ kết quả preflight (seconds a browser may cache the grant)',
                false,
                '600',
              ),
              Vary: vary,
            },
          },
          '403': problem('Origin không có trong THIDUA_CORS_ORIGINS (the origin is not allowed)', {
            Vary: vary,
          }),
          '405': problem(
            'Access-Control-Request-Method không phải phương thức đường dẫn nhận; Allow nêu các phương thức ' +
              '(the requested method is not served; see Allow)',
            { Allow: allowHeader, ...cors, Vary: vary },
          ),
          ...hostRefusals,
          '417': everyRoute['417'],
          '500': everyRoute['500'],
        },
      },
    };
  }
  return out;
}

let documentCache: ReturnType<typeof createDocument> | undefined;

/**
 * The OpenAPI 3.1 document of the HTTP API, generated from the zod schemas that validate the requests and from those
 * the answers' types are inferred from.
 */
export function openApiDocument(): ReturnType<typeof createDocument> {
  documentCache ??= createDocument({
    openapi: '3.1.0',
    info: {
      title: 'thidua — API chấm điểm phong trào thi đua',
      version: ENGINE_VERSION,
      description:
        'Chấm điểm, xếp hạng và đề xuất khen thưởng theo kế hoạch thi đua. Lỗi trả về application/problem+json ' +
        'với danh sách { path, message, messageEn }. Khi bật xác thực (THIDUA_AUTH=on), mọi đường dẫn trừ ' +
        '/api/health cần token Entra ID. (Scores emulation movements; errors are problem+json; a bearer token is ' +
        'required when auth is on.)',
      license: { name: 'MIT', identifier: 'MIT' },
      contact: { name: 'thidua' },
    },
    tags: TAGS,
    servers: [
      { url: '/', description: 'Cùng máy chủ với tài liệu này (the host serving this document)' },
      { url: 'http://127.0.0.1:7071', description: 'npm start trên máy (the local host)' },
    ],
    security: [{ entraId: [] }],
    paths: withOptions(withHead(operations)),
    components: {
      schemas: { Condition: ConditionSchema, Plan: PlanDocumentSchema },
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
