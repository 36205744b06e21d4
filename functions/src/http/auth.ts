import type { HttpRequest, HttpResponseInit } from '@azure/functions';
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';

import type { AuthSettings } from '../config';
import { problemResponse } from './problem';

/** Who called, as read from a verified Entra ID access token. */
export interface Caller {
  subject?: string;
  objectId?: string;
  tenantId?: string;
  scopes: string[];
  roles: string[];
}

export type AuthOutcome = { ok: true; caller: Caller } | { ok: false; response: HttpResponseInit };

// jose caches and rotates the keys per key set; keep one key set per URL for the life of the process.
const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

function keySet(url: string): ReturnType<typeof createRemoteJWKSet> {
  let set = keySets.get(url);
  if (!set) {
    set = createRemoteJWKSet(new URL(url), { timeoutDuration: 5000, cooldownDuration: 30_000 });
    keySets.set(url, set);
  }
  return set;
}

function challenge(error: string, description: string): string {
  // Header values must be printable ASCII; the Vietnamese text is in the problem body.
  return `Bearer error="${error}", error_description="${description.replace(/[^\x20-\x7e]|["\\]/g, '')}"`;
}

function unauthorized(message: string, messageEn: string, error = 'invalid_token'): AuthOutcome {
  return {
    ok: false,
    response: problemResponse(
      401,
      'Chưa xác thực (unauthorized)',
      [{ path: '(headers).authorization', message, messageEn }],
      {
        headers: { 'www-authenticate': challenge(error, messageEn) },
      },
    ),
  };
}

function reasonOf(error: unknown): [string, string] {
  if (error instanceof errors.JWTExpired) return ['Token đã hết hạn', 'The token has expired'];
  if (error instanceof errors.JWTClaimValidationFailed)
    return [`Token sai thông tin "${error.claim}"`, `The token's "${error.claim}" claim is not accepted`];
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey)
    return ['Chữ ký token không hợp lệ', 'The token signature is not valid'];
  if (error instanceof errors.JOSEAlgNotAllowed)
    return ['Thuật toán ký không được chấp nhận', 'Signing algorithm not allowed'];
  return ['Token không hợp lệ', 'The token is not valid'];
}

/** Key-set problems are ours (503); anything else about the token is the caller's (401). */
function isKeyFetchFailure(error: unknown): boolean {
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) return true;
  // jose reports a non-200 key-set answer as a bare JOSEError; network failures carry a system code (ECONNREFUSED…).
  if (error instanceof errors.JOSEError) return error.code === 'ERR_JOSE_GENERIC';
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code);
}

function stringList(value: unknown, separator?: string): string[] {
  if (typeof value === 'string' && separator !== undefined) return value.split(separator).filter(Boolean);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function callerOf(payload: JWTPayload): Caller {
  return {
    subject: payload.sub,
    objectId: typeof payload.oid === 'string' ? payload.oid : undefined,
    tenantId: typeof payload.tid === 'string' ? payload.tid : undefined,
    scopes: stringList(payload.scp, ' '),
    roles: stringList(payload.roles),
  };
}

/** Verifies the bearer token (signature, issuer, audience, lifetime with clock skew, scope or app role). */
export async function authenticate(request: HttpRequest, settings: AuthSettings): Promise<AuthOutcome> {
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer[ ]+([A-Za-z0-9._~+/=-]+)$/i.exec(header.trim());
  if (!match)
    return unauthorized(
      'Cần gửi token Entra ID: "Authorization: Bearer <token>"',
      'Send an Entra ID access token: "Authorization: Bearer <token>"',
      'invalid_request',
    );
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(match[1], keySet(settings.jwksUrl as string), {
      issuer: settings.issuer,
      audience: settings.audiences,
      algorithms: ['RS256'],
      clockTolerance: settings.clockToleranceSeconds,
      requiredClaims: ['exp'],
    }));
  } catch (error) {
    if (isKeyFetchFailure(error))
      return {
        ok: false,
        response: problemResponse(
          503,
          'Chưa kiểm tra được token, hãy thử lại sau (cannot verify tokens right now)',
          [
            {
              path: '(headers).authorization',
              message: 'Không tải được khóa ký của Entra ID',
              messageEn: 'The signing keys could not be fetched',
            },
          ],
          { headers: { 'retry-after': '30' } },
        ),
      };
    const [message, messageEn] = reasonOf(error);
    return unauthorized(message, messageEn);
  }
  // jose checks `iat` only together with a maximum token age; a token issued in the future is refused here.
  const now = Math.floor(Date.now() / 1000);
  if (typeof payload.iat === 'number' && payload.iat > now + settings.clockToleranceSeconds)
    return unauthorized(
      'Token có thời điểm phát hành ("iat") ở tương lai',
      'The token\'s "iat" (issued at) claim is in the future',
    );
  const caller = callerOf(payload);
  if (settings.tenantId && caller.tenantId === undefined)
    return unauthorized(
      'Token không có mã tổ chức ("tid"); cần token do tổ chức của máy chủ này cấp',
      'The token has no "tid" (tenant id) claim; use a token issued by this server\'s tenant',
    );
  if (settings.tenantId && caller.tenantId !== settings.tenantId)
    return unauthorized(
      'Token do tổ chức khác cấp ("tid" không khớp)',
      'The token was issued for another tenant ("tid" does not match)',
    );
  const hasScope = settings.requiredScope !== undefined && caller.scopes.includes(settings.requiredScope);
  const hasRole = settings.requiredRole !== undefined && caller.roles.includes(settings.requiredRole);
  if (!hasScope && !hasRole) {
    const needed = [
      settings.requiredScope && `scope "${settings.requiredScope}"`,
      settings.requiredRole && `app role "${settings.requiredRole}"`,
    ]
      .filter(Boolean)
      .join(' or ');
    return {
      ok: false,
      response: problemResponse(
        403,
        'Không đủ quyền (insufficient scope)',
        [
          {
            path: '(headers).authorization',
            message: `Token thiếu quyền ${needed.replace(' or ', ' hoặc ')}`,
            messageEn: `The token lacks ${needed}`,
          },
        ],
        { headers: { 'www-authenticate': challenge('insufficient_scope', `requires ${needed}`) } },
      ),
    };
  }
  return { ok: true, caller };
}
