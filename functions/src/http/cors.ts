import type { HttpRequest, HttpResponseInit } from '@azure/functions';

import { bilingual, say } from '@thidua/core/messages';
import type { ApiConfig } from '../config';
import { problemResponse } from './problem';

/** The request headers a granted preflight allows (documented as such in openapi/document.ts). */
export const ALLOWED_HEADERS = ['authorization', 'content-type', 'accept', 'accept-language'];
// What a browser script on an allowed origin may read beyond the CORS-safelisted headers: the auth challenge, the
// reference of the answer, the methods a 405 names, when to retry a 503, the dossier's file name and document count.
const EXPOSED_HEADERS = [
  'www-authenticate',
  'x-invocation-id',
  'allow',
  'retry-after',
  'content-disposition',
  'x-dossier-documents',
];

/** CORS headers for an actual (non-preflight) response: only for an origin on the exact allow-list. */
export function corsHeaders(request: HttpRequest, config: ApiConfig): Record<string, string> {
  return corsHeadersFor(request.headers.get('origin'), config);
}

/** The same, for an answer made before there is an HttpRequest (the local host's own 405). */
export function corsHeadersFor(origin: string | null | undefined, config: ApiConfig): Record<string, string> {
  if (!origin || !config.corsOrigins.includes(origin)) return origin ? { vary: 'Origin' } : {};
  return {
    'access-control-allow-origin': origin,
    'access-control-expose-headers': EXPOSED_HEADERS.join(', '),
    vary: 'Origin',
  };
}

/** Answers an OPTIONS request. Never needs a token: browsers send preflights without one. */
export function preflightResponse(
  request: HttpRequest,
  methods: readonly string[],
  config: ApiConfig,
): HttpResponseInit {
  const origin = request.headers.get('origin');
  const allow = [...methods, 'OPTIONS'].join(', ');
  if (!origin) return { status: 204, headers: { allow } };
  if (!config.corsOrigins.includes(origin))
    return problemResponse(
      403,
      'Nguồn gọi không được phép (origin not allowed)',
      [
        {
          path: '(headers).origin',
          ...bilingual(say('http.origin-not-allowed', { origin: origin.slice(0, 200) })),
        },
      ],
      { headers: { vary: 'Origin' } },
    );
  const requestedMethod = request.headers.get('access-control-request-method')?.toUpperCase();
  if (requestedMethod && !methods.includes(requestedMethod))
    return problemResponse(
      405,
      'Phương thức không được hỗ trợ (method not allowed)',
      [
        {
          path: '(method)',
          ...bilingual(say('http.method-not-allowed', { methods, method: requestedMethod.slice(0, 40) })),
        },
      ],
      { headers: { allow, vary: 'Origin' } },
    );
  return {
    status: 204,
    headers: {
      allow,
      'access-control-allow-origin': origin,
      'access-control-allow-methods': allow,
      'access-control-allow-headers': ALLOWED_HEADERS.join(', '),
      'access-control-max-age': '600',
      vary: 'Origin',
    },
  };
}
