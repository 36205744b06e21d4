/** What the HTTP API says about a request it refuses before (or instead of) the core: body, origin, token, route. */
import { phrase } from './phrase';

export const HTTP_PHRASES = {
  'http.body-too-large': phrase<{ maxBytes: number }>({
    vi: (p) =>
      `Nội dung yêu cầu vượt quá ${p.maxBytes} byte. Hãy chia danh sách đơn vị thành nhiều yêu cầu nhỏ hơn (request body over ${p.maxBytes} bytes; split the units into several requests).`,
    en: (p) => `The request body is larger than ${p.maxBytes} bytes; split the units into several requests.`,
  }),
  'http.body-aborted': phrase({
    vi: () => 'Kết nối bị đóng trước khi gửi hết nội dung yêu cầu; hãy gửi lại',
    en: () => 'The connection closed before the whole request body arrived; send it again',
  }),
  'http.content-type': phrase<{ got: string }>({
    vi: (p) => `Cần "Content-Type: application/json" (UTF-8), nhận được "${p.got}"`,
    en: (p) => `Send "Content-Type: application/json" (UTF-8); got "${p.got}"`,
  }),
  'http.content-encoding': phrase({
    vi: () => 'Hãy gửi JSON không nén (bỏ "Content-Encoding")',
    en: () => 'Send the JSON uncompressed (no "Content-Encoding")',
  }),
  'http.body-empty': phrase({
    vi: () => 'Nội dung yêu cầu trống',
    en: () => 'The request body is empty',
  }),
  'http.body-not-utf8': phrase({
    vi: () => 'Nội dung không phải văn bản UTF-8',
    en: () => 'The body is not valid UTF-8',
  }),
  /** Where JSON.parse stopped, in our words (never the JavaScript engine's text, never a piece of the body). */
  'http.json-unreadable': phrase<{ line?: number; column?: number; token?: string; end?: boolean }>({
    vi: (p) =>
      `Không đọc được JSON: ${
        p.end
          ? 'nội dung dừng giữa chừng (thiếu phần cuối, dấu } hoặc ])'
          : p.line !== undefined
            ? `sai cú pháp ở dòng ${p.line}, cột ${p.column}`
            : p.token !== undefined
              ? `ký tự ${JSON.stringify(p.token)} không đúng chỗ`
              : 'sai cú pháp'
      }`,
    en: (p) =>
      `Cannot parse JSON: ${
        p.end
          ? 'the body stops midway (its end, a } or ], is missing)'
          : p.line !== undefined
            ? `syntax error at line ${p.line}, column ${p.column}`
            : p.token !== undefined
              ? `unexpected character ${JSON.stringify(p.token)}`
              : 'syntax error'
      }`,
  }),
  /** A key written twice in one object: JSON.parse would keep the last silently; which was meant is not known. */
  'http.json-duplicate-key': phrase<{ key: string; where: string; line: number; column: number }>({
    vi: (p) =>
      `Khóa ${JSON.stringify(p.key)} được viết hai lần trong ${p.where || 'đối tượng gốc'} (lần thứ hai ở dòng ${p.line}, cột ${p.column}): không biết lấy giá trị nào, hãy giữ một`,
    en: (p) =>
      `The key ${JSON.stringify(p.key)} is written twice in ${p.where || 'the top-level object'} (the second at line ${p.line}, column ${p.column}): which value is meant is not known; keep one`,
  }),
  'http.json-too-deep': phrase<{ max: number }>({
    vi: (p) => `JSON lồng nhau quá ${p.max} cấp`,
    en: (p) => `JSON is nested more than ${p.max} levels deep`,
  }),
  'http.number-overflow': phrase<{ path: string }>({
    vi: (p) =>
      `Số ở ${p.path} quá lớn, không đọc được (vượt ±1,7976931348623157e308); hãy gửi một số nhỏ hơn`,
    en: (p) =>
      `The number at ${p.path} is too large to read (beyond ±1.7976931348623157e308); send a smaller number`,
  }),
  'http.number-inexact': phrase<{ path: string; written: string; read: string }>({
    vi: (p) =>
      `Số nguyên ${p.written} ở ${p.path} vượt ±9.007.199.254.740.991 (2^53 − 1): số JSON không giữ được chính xác số này (sẽ bị đọc thành ${p.read}); hãy gửi số trong giới hạn đó, hoặc gửi dưới dạng chuỗi`,
    en: (p) =>
      `The integer ${p.written} at ${p.path} is beyond ±9,007,199,254,740,991 (2^53 − 1): a JSON number cannot hold it exactly (it would be read as ${p.read}); send a number within that range, or send it as text`,
  }),
  'http.origin-not-allowed': phrase<{ origin: string }>({
    vi: (p) => `Origin "${p.origin}" không nằm trong THIDUA_CORS_ORIGINS`,
    en: (p) => `Origin "${p.origin}" is not in THIDUA_CORS_ORIGINS`,
  }),
  'http.method-not-allowed': phrase<{ methods: readonly string[]; method: string }>({
    vi: (p) => `Đường dẫn này nhận ${p.methods.join(', ')}, không nhận ${p.method}`,
    en: (p) => `This path accepts ${p.methods.join(', ')}, not ${p.method}`,
  }),
  /** The local host's answer for a method a route does not take (its problem carries the Vietnamese only). */
  'http.route-method-not-allowed': phrase<{ path: string; methods: readonly string[]; method: string }>({
    vi: (p) => `${p.path} nhận ${p.methods.join(', ')}, không nhận ${p.method}`,
    en: (p) => `${p.path} accepts ${p.methods.join(', ')}, not ${p.method}`,
  }),
  'http.not-found': phrase<{ path: string }>({
    vi: (p) => `Không có "${p.path}". Xem danh sách đường dẫn ở /api/openapi.json`,
    en: (p) => `Nothing at "${p.path}"; see /api/openapi.json`,
  }),
  'http.unknown-plan': phrase<{ id: string; known: string[] }>({
    vi: (p) => `Không có kế hoạch "${p.id}". Các kế hoạch có sẵn: ${p.known.join(', ')}`,
    en: (p) => `No built-in plan "${p.id}"`,
  }),
  'http.internal-error': phrase<{ reference: string }>({
    vi: (p) => `Máy chủ gặp lỗi khi xử lý yêu cầu. Mã tra cứu: ${p.reference}`,
    en: (p) => `The server failed to process the request. Reference: ${p.reference}`,
  }),
  'http.headers-too-large': phrase({
    vi: () => 'Dòng yêu cầu hoặc phần đầu quá dài',
    en: () => 'The URL or headers are too long',
  }),
  'http.request-timeout': phrase({
    vi: () => 'Yêu cầu gửi quá chậm',
    en: () => 'The request took too long to arrive',
  }),
  'http.malformed': phrase({
    vi: () => 'Yêu cầu HTTP không đúng cú pháp',
    en: () => 'The HTTP request is malformed',
  }),
  'http.connect': phrase({
    vi: () => 'Máy chủ không nhận CONNECT',
    en: () => 'CONNECT is not supported',
  }),
  'http.expect': phrase({
    vi: () => 'Chỉ nhận "Expect: 100-continue"',
    en: () => 'Only "Expect: 100-continue" is supported',
  }),
  'auth.bearer-missing': phrase({
    vi: () => 'Cần gửi token Entra ID: "Authorization: Bearer <token>"',
    en: () => 'Send an Entra ID access token: "Authorization: Bearer <token>"',
  }),
  'auth.keys-unavailable': phrase({
    vi: () => 'Không tải được khóa ký của Entra ID',
    en: () => 'The signing keys could not be fetched',
  }),
  'auth.expired': phrase({
    vi: () => 'Token đã hết hạn',
    en: () => 'The token has expired',
  }),
  'auth.claim-rejected': phrase<{ claim: string }>({
    vi: (p) => `Token sai thông tin "${p.claim}"`,
    en: (p) => `The token's "${p.claim}" claim is not accepted`,
  }),
  'auth.bad-signature': phrase({
    vi: () => 'Chữ ký token không hợp lệ',
    en: () => 'The token signature is not valid',
  }),
  'auth.algorithm': phrase({
    vi: () => 'Thuật toán ký không được chấp nhận',
    en: () => 'Signing algorithm not allowed',
  }),
  'auth.invalid': phrase({
    vi: () => 'Token không hợp lệ',
    en: () => 'The token is not valid',
  }),
  'auth.issued-in-future': phrase({
    vi: () => 'Token có thời điểm phát hành ("iat") ở tương lai',
    en: () => 'The token\'s "iat" (issued at) claim is in the future',
  }),
  'auth.no-tenant': phrase({
    vi: () => 'Token không có mã tổ chức ("tid"); cần token do tổ chức của máy chủ này cấp',
    en: () => 'The token has no "tid" (tenant id) claim; use a token issued by this server\'s tenant',
  }),
  'auth.other-tenant': phrase({
    vi: () => 'Token do tổ chức khác cấp ("tid" không khớp)',
    en: () => 'The token was issued for another tenant ("tid" does not match)',
  }),
  /** `needed`: what the token lacks, as the challenge header says it ('scope "x" or app role "y"'). */
  'auth.insufficient': phrase<{ needed: string }>({
    vi: (p) => `Token thiếu quyền ${p.needed.replace(' or ', ' hoặc ')}`,
    en: (p) => `The token lacks ${p.needed}`,
  }),
};
