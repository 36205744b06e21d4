import type { HttpRequest } from '@azure/functions';

import { duplicateKeyMessage, formatZodPath, jsonShape } from '@thidua/core';
import { bilingual, say, type Message } from '@thidua/core/messages';
import { inexactIntegers } from './json-numbers';
import { HttpProblem, problemResponse } from './problem';

/** Deeper JSON than this is refused before zod sees it (recursive schemas would otherwise exhaust the stack). */
export const MAX_JSON_DEPTH = 64;

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json$/i;

/** The media type and its charset parameters (all of them: a second charset may contradict the first). */
function mediaType(contentType: string | null): { type: string; charsets: string[] } | undefined {
  if (!contentType) return undefined;
  const [type, ...params] = contentType.split(';').map((s) => s.trim());
  const charsets = params
    .map((p) => /^charset\s*=\s*"?([^";]*)"?$/i.exec(p)?.[1])
    .filter((c): c is string => c !== undefined)
    .map((c) => c.trim().toLowerCase());
  return { type, charsets };
}

function tooLarge(maxBytes: number, detail: string): HttpProblem {
  return new HttpProblem(
    problemResponse(
      413,
      'Dữ liệu gửi lên quá lớn (payload too large)',
      [{ path: '(body)', ...bilingual(say('http.body-too-large', { maxBytes })) }],
      { detail },
    ),
  );
}

/** Status for a request whose client went away before its body arrived (nginx's "client closed request"). */
export const CLIENT_CLOSED_REQUEST = 499;

/** The body stream failed while being read: the client aborted (or its connection dropped) mid-body. */
export class RequestAborted extends HttpProblem {
  constructor(readonly reason: string) {
    super(
      problemResponse(CLIENT_CLOSED_REQUEST, 'Yêu cầu bị hủy giữa chừng (client closed request)', [
        { path: '(body)', ...bilingual(say('http.body-aborted')) },
      ]),
    );
  }
}

function streamErrorReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return (typeof code === 'string' ? `${code}: ${message}` : message).slice(0, 200);
}

function badRequest(message: Message): HttpProblem {
  return new HttpProblem(
    problemResponse(400, 'JSON không hợp lệ (malformed JSON)', [{ path: '(body)', ...bilingual(message) }]),
  );
}

/**
 * Reads the body stream chunk by chunk and stops (cancelling the stream) as soon as it passes `maxBytes`. A stream
 * that fails while being read (the client aborted mid-body) is a RequestAborted, not a server error.
 */
export async function readBodyLimited(request: HttpRequest, maxBytes: number): Promise<Uint8Array> {
  const declared = request.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > maxBytes)
    throw tooLarge(maxBytes, `content-length ${declared}`);
  const stream = request.body;
  if (!stream) return new Uint8Array(0);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let next: ReadableStreamReadResult<Uint8Array>;
    try {
      next = await reader.read();
    } catch (error) {
      throw new RequestAborted(streamErrorReason(error));
    }
    const { done, value } = next;
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes, `more than ${maxBytes} bytes read`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Where JSON.parse stopped, read from its error: a line and column, the end of the body, or the character. */
function whereJsonFailed(
  text: string,
  error: unknown,
): { line?: number; column?: number; token?: string; end?: boolean } {
  const message = error instanceof Error ? error.message : '';
  if (/unexpected end/i.test(message)) return { end: true };
  const position = /at position (\d+)/.exec(message);
  if (position) {
    const lines = text.slice(0, Number(position[1])).split('\n');
    return { line: lines.length, column: lines[lines.length - 1].length + 1 };
  }
  const token = /^Unexpected token '(.)'/u.exec(message);
  return token ? { token: visible(token[1]) } : {};
}

/** A character as an official can read it when quoted: a space or an invisible one by its code point (<U+00A0>). */
function visible(c: string): string {
  return /^[\p{Z}\p{Cc}\p{Cf}]$/u.test(c)
    ? `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`
    : c;
}

/** A number literal JSON.parse may read as ±Infinity: an exponent of three digits or more, or 309 digits in a row. */
const MAYBE_OVERFLOW = /\d[eE]\+?\d{3}|\d{309}/;

/** At most this many overflowing numbers are named in one answer. */
const MAX_OVERFLOWS = 20;

/**
 * The paths (as the problems write them: units[0].values.tc08) of the numbers JSON.parse read as ±Infinity: literals
 * beyond the largest double (1e309), which zod would refuse as "expected a number, received a number". An inline plan
 * (the top-level "plan") is left to the plan's own checks, which answer 422 at the same path.
 */
function overflowPaths(value: unknown, at = '', out: string[] = []): string[] {
  if (out.length >= MAX_OVERFLOWS) return out;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(at || '(body)');
    return out;
  }
  if (value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    value.forEach((child, i) => overflowPaths(child, `${at}[${i}]`, out));
    return out;
  }
  for (const [key, child] of Object.entries(value))
    if (at || key !== 'plan') overflowPaths(child, at ? `${at}.${key}` : key, out);
  return out;
}

/**
 * The request body as parsed JSON, or an HttpProblem: 415 wrong content type, 413 over the limit (checked while
 * reading), 400 empty, not UTF-8, malformed, nested too deeply, with a number too large to read or an integer
 * beyond ±(2^53 − 1) that it would read as another, or with a key written twice.
 */
export async function readJsonBody(request: HttpRequest, maxBytes: number): Promise<unknown> {
  const contentType = request.headers.get('content-type');
  const media = mediaType(contentType);
  const got = (contentType ?? '').slice(0, 100);
  if (!media || !JSON_TYPE.test(media.type) || media.charsets.some((c) => c !== 'utf-8'))
    throw new HttpProblem(
      problemResponse(415, 'Kiểu nội dung không được hỗ trợ (unsupported media type)', [
        { path: '(headers).content-type', ...bilingual(say('http.content-type', { got })) },
      ]),
    );
  // Compressed bodies are not decoded here (RFC 7694: 415 for an unsupported content coding).
  const encoding = request.headers.get('content-encoding')?.trim().toLowerCase();
  if (encoding && encoding !== 'identity')
    throw new HttpProblem(
      problemResponse(415, 'Kiểu nén không được hỗ trợ (unsupported content encoding)', [
        { path: '(headers).content-encoding', ...bilingual(say('http.content-encoding')) },
      ]),
    );
  const bytes = await readBodyLimited(request, maxBytes);
  if (bytes.byteLength === 0) throw badRequest(say('http.body-empty'));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw badRequest(say('http.body-not-utf8'));
  }
  // nothing but JSON whitespace (or a byte order mark, which the decoder drops) is an empty body, not a cut one
  if (/^[ \t\n\r]*$/.test(text)) throw badRequest(say('http.body-empty'));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw badRequest(say('http.json-unreadable', whereJsonFailed(text, error)));
  }
  const shape = jsonShape(value, MAX_JSON_DEPTH);
  if (shape.tooDeep) throw badRequest(say('http.json-too-deep', { max: MAX_JSON_DEPTH }));
  const overflows = MAYBE_OVERFLOW.test(text) ? overflowPaths(value) : [];
  if (overflows.length)
    throw new HttpProblem(
      problemResponse(
        400,
        'JSON không hợp lệ (malformed JSON)',
        overflows.map((path) => ({ path, ...bilingual(say('http.number-overflow', { path })) })),
      ),
    );
  // 9007199254740993 would be read as 9007199254740992: refused at its path, never rounded (json-numbers.ts)
  const inexact = inexactIntegers(text, MAX_OVERFLOWS);
  if (inexact.length)
    throw new HttpProblem(
      problemResponse(
        400,
        'JSON không hợp lệ (malformed JSON)',
        inexact.map(({ path, written, read }) => {
          const at = formatZodPath(path) || '(body)';
          return {
            path: at,
            ...bilingual(say('http.number-inexact', { path: at, written, read: String(read) })),
          };
        }),
      ),
    );
  // JSON.parse keeps the last of a key written twice: which value was meant is not known, so nothing is guessed
  const duplicate = duplicateKeyMessage(text, value, shape.keys);
  if (duplicate) throw badRequest(duplicate);
  return value;
}
