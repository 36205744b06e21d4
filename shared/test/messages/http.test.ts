import { bilingual, say, type Message } from '../../src/messages';
import { HTTP_PHRASES } from '../../src/messages/http-problems';

/** The HTTP API's problem texts, word for word in both languages (clients and tests read them). */
const CASES: Array<[Message, string, string]> = [
  [
    say('http.body-too-large', { maxBytes: 1048576 }),
    'Nội dung yêu cầu vượt quá 1048576 byte. Hãy chia danh sách đơn vị thành nhiều yêu cầu nhỏ hơn (request body over 1048576 bytes; split the units into several requests).',
    'The request body is larger than 1048576 bytes; split the units into several requests.',
  ],
  [
    say('http.body-aborted'),
    'Kết nối bị đóng trước khi gửi hết nội dung yêu cầu; hãy gửi lại',
    'The connection closed before the whole request body arrived; send it again',
  ],
  [
    say('http.content-type', { got: 'text/plain' }),
    'Cần "Content-Type: application/json" (UTF-8), nhận được "text/plain"',
    'Send "Content-Type: application/json" (UTF-8); got "text/plain"',
  ],
  [
    say('http.content-encoding'),
    'Hãy gửi JSON không nén (bỏ "Content-Encoding")',
    'Send the JSON uncompressed (no "Content-Encoding")',
  ],
  [say('http.body-empty'), 'Nội dung yêu cầu trống', 'The request body is empty'],
  [
    say('http.number-overflow', { path: 'units[0].values.tc08' }),
    'Số ở units[0].values.tc08 quá lớn, không đọc được (vượt ±1,7976931348623157e308); hãy gửi một số nhỏ hơn',
    'The number at units[0].values.tc08 is too large to read (beyond ±1.7976931348623157e308); send a smaller number',
  ],
  [
    say('http.number-inexact', {
      path: 'units[0].values.tc13',
      written: '9007199254740993',
      read: '9007199254740992',
    }),
    'Số nguyên 9007199254740993 ở units[0].values.tc13 vượt ±9.007.199.254.740.991 (2^53 − 1): số JSON không giữ được chính xác số này (sẽ bị đọc thành 9007199254740992); hãy gửi số trong giới hạn đó, hoặc gửi dưới dạng chuỗi',
    'The integer 9007199254740993 at units[0].values.tc13 is beyond ±9,007,199,254,740,991 (2^53 − 1): a JSON number cannot hold it exactly (it would be read as 9007199254740992); send a number within that range, or send it as text',
  ],
  [say('http.body-not-utf8'), 'Nội dung không phải văn bản UTF-8', 'The body is not valid UTF-8'],
  [
    say('http.json-unreadable', { end: true }),
    'Không đọc được JSON: nội dung dừng giữa chừng (thiếu phần cuối, dấu } hoặc ])',
    'Cannot parse JSON: the body stops midway (its end, a } or ], is missing)',
  ],
  [
    say('http.json-unreadable', { line: 3, column: 7 }),
    'Không đọc được JSON: sai cú pháp ở dòng 3, cột 7',
    'Cannot parse JSON: syntax error at line 3, column 7',
  ],
  [
    say('http.json-unreadable', { token: 'x' }),
    'Không đọc được JSON: ký tự "x" không đúng chỗ',
    'Cannot parse JSON: unexpected character "x"',
  ],
  [say('http.json-unreadable', {}), 'Không đọc được JSON: sai cú pháp', 'Cannot parse JSON: syntax error'],
  [
    say('http.json-duplicate-key', { key: 'tc01', where: 'units[1].values', line: 3, column: 34 }),
    'Khóa "tc01" được viết hai lần trong units[1].values (lần thứ hai ở dòng 3, cột 34): không biết lấy giá trị nào, hãy giữ một',
    'The key "tc01" is written twice in units[1].values (the second at line 3, column 34): which value is meant is not known; keep one',
  ],
  [
    say('http.json-duplicate-key', { key: 'plan', where: '', line: 1, column: 14 }),
    'Khóa "plan" được viết hai lần trong đối tượng gốc (lần thứ hai ở dòng 1, cột 14): không biết lấy giá trị nào, hãy giữ một',
    'The key "plan" is written twice in the top-level object (the second at line 1, column 14): which value is meant is not known; keep one',
  ],
  [
    say('http.json-too-deep', { max: 64 }),
    'JSON lồng nhau quá 64 cấp',
    'JSON is nested more than 64 levels deep',
  ],
  [
    say('http.origin-not-allowed', { origin: 'https://x.example' }),
    'Origin "https://x.example" không nằm trong THIDUA_CORS_ORIGINS',
    'Origin "https://x.example" is not in THIDUA_CORS_ORIGINS',
  ],
  [
    say('http.method-not-allowed', { methods: ['GET', 'POST'], method: 'PUT' }),
    'Đường dẫn này nhận GET, POST, không nhận PUT',
    'This path accepts GET, POST, not PUT',
  ],
  [
    say('http.route-method-not-allowed', { path: '/api/score', methods: ['POST', 'OPTIONS'], method: 'GET' }),
    '/api/score nhận POST, OPTIONS, không nhận GET',
    '/api/score accepts POST, OPTIONS, not GET',
  ],
  [
    say('http.not-found', { path: '/api/nope' }),
    'Không có "/api/nope". Xem danh sách đường dẫn ở /api/openapi.json',
    'Nothing at "/api/nope"; see /api/openapi.json',
  ],
  [
    say('http.unknown-plan', { id: 'x', known: ['a', 'b'] }),
    'Không có kế hoạch "x". Các kế hoạch có sẵn: a, b',
    'No built-in plan "x"',
  ],
  [
    say('http.internal-error', { reference: 'abc-123' }),
    'Máy chủ gặp lỗi khi xử lý yêu cầu. Mã tra cứu: abc-123',
    'The server failed to process the request. Reference: abc-123',
  ],
  [say('http.headers-too-large'), 'Dòng yêu cầu hoặc phần đầu quá dài', 'The URL or headers are too long'],
  [say('http.request-timeout'), 'Yêu cầu gửi quá chậm', 'The request took too long to arrive'],
  [say('http.malformed'), 'Yêu cầu HTTP không đúng cú pháp', 'The HTTP request is malformed'],
  [say('http.connect'), 'Máy chủ không nhận CONNECT', 'CONNECT is not supported'],
  [say('http.expect'), 'Chỉ nhận "Expect: 100-continue"', 'Only "Expect: 100-continue" is supported'],
  [
    say('auth.bearer-missing'),
    'Cần gửi token Entra ID: "Authorization: Bearer <token>"',
    'Send an Entra ID access token: "Authorization: Bearer <token>"',
  ],
  [
    say('auth.keys-unavailable'),
    'Không tải được khóa ký của Entra ID',
    'The signing keys could not be fetched',
  ],
  [say('auth.expired'), 'Token đã hết hạn', 'The token has expired'],
  [
    say('auth.claim-rejected', { claim: 'aud' }),
    'Token sai thông tin "aud"',
    'The token\'s "aud" claim is not accepted',
  ],
  [say('auth.bad-signature'), 'Chữ ký token không hợp lệ', 'The token signature is not valid'],
  [say('auth.algorithm'), 'Thuật toán ký không được chấp nhận', 'Signing algorithm not allowed'],
  [say('auth.invalid'), 'Token không hợp lệ', 'The token is not valid'],
  [
    say('auth.issued-in-future'),
    'Token có thời điểm phát hành ("iat") ở tương lai',
    'The token\'s "iat" (issued at) claim is in the future',
  ],
  [
    say('auth.no-tenant'),
    'Token không có mã tổ chức ("tid"); cần token do tổ chức của máy chủ này cấp',
    'The token has no "tid" (tenant id) claim; use a token issued by this server\'s tenant',
  ],
  [
    say('auth.other-tenant'),
    'Token do tổ chức khác cấp ("tid" không khớp)',
    'The token was issued for another tenant ("tid" does not match)',
  ],
  [
    say('auth.insufficient', { needed: 'scope "Score.Run" or app role "Scorer"' }),
    'Token thiếu quyền scope "Score.Run" hoặc app role "Scorer"',
    'The token lacks scope "Score.Run" or app role "Scorer"',
  ],
];

describe('the HTTP phrases', () => {
  it('are all pinned here', () => {
    expect([...new Set(CASES.map(([m]) => m.code))].sort()).toEqual(Object.keys(HTTP_PHRASES).sort());
  });

  it.each(CASES)('%j says its text in both languages', (message, vi, en) => {
    expect(bilingual(message)).toEqual({ message: vi, messageEn: en });
  });
});
