import type { HttpRequest, HttpResponseInit } from '@azure/functions';
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';

import { bilingual, say, type Message } from '@thidua/core/messages';
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

function unauthorized(reason: Message, error = 'invalid_token'): AuthOutcome {
  const { message, messageEn } = bilingual(reason);
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

function reasonOf(error: unknown): Message {
  if (error instanceof errors.JWTExpired) return say('auth.expired');
  if (error instanceof errors.JWTClaimValidationFailed)
    return say('auth.claim-rejected', { claim: error.claim });
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey)
    return say('auth.bad-signature');
  if (error instanceof errors.JOSEAlgNotAllowed) return say('auth.algorithm');
  return say('auth.invalid');
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
  if (!match) return unauthorized(say('auth.bearer-missing'), 'invalid_request');
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
          [{ path: '(headers).authorization', ...bilingual(say('auth.keys-unavailable')) }],
          { headers: { 'retry-after': '30' } },
        ),
      };
    return unauthorized(reasonOf(error));
  }
  // jose checks `iat` only together with a maximum token age; a token issued in the future is refused here.
  const now = Math.floor(Date.now() / 1000);
  if (typeof payload.iat === 'number' && payload.iat > now + settings.clockToleranceSeconds)
    return unauthorized(say('auth.issued-in-future'));
  const caller = callerOf(payload);
  if (settings.tenantId && caller.tenantId === undefined) return unauthorized(say('auth.no-tenant'));
  if (settings.tenantId && caller.tenantId !== settings.tenantId)
    return unauthorized(say('auth.other-tenant'));
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
        [{ path: '(headers).authorization', ...bilingual(say('auth.insufficient', { needed })) }],
        { headers: { 'www-authenticate': challenge('insufficient_scope', `requires ${needed}`) } },
      ),
    };
  }
  return { ok: true, caller };
}
