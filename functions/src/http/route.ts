import type {
  HttpFunctionOptions,
  HttpMethod,
  HttpRequest,
  HttpResponseInit,
  InvocationContext,
} from '@azure/functions';

import { bilingual, say } from '@thidua/core/messages';
import { currentConfig, type ApiConfig } from '../config';
import { authenticate, type Caller } from './auth';
import { readJsonBody, RequestAborted } from './body';
import { corsHeaders, preflightResponse } from './cors';
import { logRequest } from './log';
import { HttpProblem, problemResponse } from './problem';

export type HttpHandler = (request: HttpRequest, context: InvocationContext) => Promise<HttpResponseInit>;

/** What an endpoint's own code gets: the request, settings, and helpers that enforce the API's limits. */
export interface RouteInput {
  request: HttpRequest;
  context: InvocationContext;
  config: ApiConfig;
  caller?: Caller;
  /** The JSON body, size-limited and parsed (its unit count goes to the log line); throws HttpProblem (4xx). */
  readJson(): Promise<unknown>;
}

export interface RouteSpec {
  /** Function name in Azure (unique). */
  name: string;
  methods: HttpMethod[];
  /** Route template without the `api/` prefix, as in `app.http`. */
  route: string;
  /** `protected` routes need a bearer token when THIDUA_AUTH=on. */
  access: 'public' | 'protected';
  handle(input: RouteInput): Promise<HttpResponseInit>;
}

export interface ApiRoute {
  name: string;
  methods: HttpMethod[];
  /** What the route answers (its methods, HEAD beside GET, OPTIONS): the Allow of its 405 and preflight. */
  allow: readonly string[];
  route: string;
  access: 'public' | 'protected';
  /** The full handler (CORS, auth, limits, problems, logging), exported for tests and the local host. */
  handler: HttpHandler;
  /** Exactly what is passed to `app.http`. */
  options: HttpFunctionOptions;
}

function unitCount(body: unknown): number | undefined {
  const units = (body as { units?: unknown } | null)?.units;
  return Array.isArray(units) ? units.length : undefined;
}

function internalError(context: InvocationContext): HttpResponseInit {
  return problemResponse(500, 'Lỗi máy chủ (internal error)', [
    { path: '(server)', ...bilingual(say('http.internal-error', { reference: context.invocationId })) },
  ]);
}

/** The public 503 names the settings to fix; their values (URLs, ids) go to the log only. */
function misconfigured(config: ApiConfig, context: InvocationContext): HttpResponseInit {
  context.warn(`[thidua] cấu hình sai (configuration error): ${config.errorDetails.join('; ')}`);
  return problemResponse(
    503,
    'Máy chủ chưa cấu hình đúng (server misconfigured)',
    config.errorMessages.map((said) => ({ path: '(configuration)', ...bilingual(said) })),
  );
}

function withHeaders(response: HttpResponseInit, extra: Record<string, string>): HttpResponseInit {
  const headers = new Headers(response.headers as HeadersInit | undefined);
  for (const [name, value] of Object.entries(extra)) if (!headers.has(name)) headers.set(name, value);
  return { ...response, headers: Object.fromEntries(headers.entries()) };
}

/**
 * Every method a route is registered for. The Functions host answers a method a route is not registered for with
 * its own empty 404, not the documented 405: so each route takes them all, and the handler refuses the others with a
 * 405 problem naming the ones it serves (Allow). CONNECT and TRACE are left out: a CONNECT target is an authority,
 * never a route, and the worker cannot build a fetch Request for either (undici refuses them), so the host answers
 * them itself.
 */
export const REGISTERED_METHODS: readonly HttpMethod[] = [
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'PATCH',
  'DELETE',
  'OPTIONS',
];

/** The 405 for a method the route does not serve: the path, the methods it does, and the one asked for. */
export function methodNotAllowed(
  pathname: string,
  method: string,
  allow: readonly string[],
  headers: Record<string, string> = {},
): HttpResponseInit {
  return problemResponse(
    405,
    'Phương thức không được hỗ trợ (method not allowed)',
    [
      {
        path: '(method)',
        ...bilingual(
          say('http.route-method-not-allowed', {
            path: pathname.slice(0, 200),
            methods: allow,
            method: method.slice(0, 40),
          }),
        ),
      },
    ],
    { headers: { ...headers, allow: allow.join(', ') } },
  );
}

function pathnameOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

/** Wraps an endpoint with the cross-cutting behaviour every route shares, in this order: preflight, auth, handler. */
export function defineRoute(spec: RouteSpec): ApiRoute {
  // HEAD is GET without the body (RFC 9110 §9.3.2); the host sends the headers alone
  const served: HttpMethod[] = [
    ...spec.methods,
    ...(spec.methods.includes('GET') ? (['HEAD'] as const) : []),
  ];
  const allow: readonly string[] = [...served, 'OPTIONS'];
  const handler: HttpHandler = async (request, context) => {
    const started = performance.now();
    const config = currentConfig();
    let units: number | undefined;
    let caller: Caller | undefined;
    let response: HttpResponseInit | undefined;
    let aborted: string | undefined;
    try {
      const method = request.method.toUpperCase();
      if (method !== 'OPTIONS' && !served.includes(method as HttpMethod))
        response = methodNotAllowed(pathnameOf(request.url), method, allow);
      else if (method === 'OPTIONS') response = preflightResponse(request, served, config);
      else if (spec.access === 'protected' && config.errors.length) response = misconfigured(config, context);
      else if (spec.access === 'protected' && config.auth.enabled) {
        const outcome = await authenticate(request, config.auth);
        if (outcome.ok) caller = outcome.caller;
        else response = outcome.response;
      }
      response ??= await spec.handle({
        request,
        context,
        config,
        caller,
        readJson: async () => {
          const body = await readJsonBody(request, config.maxBodyBytes);
          units = unitCount(body);
          return body;
        },
      });
    } catch (error) {
      if (error instanceof RequestAborted) aborted = error.reason;
      if (error instanceof HttpProblem) response = error.response;
      else {
        context.error(
          `Unhandled error in ${spec.name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
        response = internalError(context);
      }
    }
    const common = {
      ...corsHeaders(request, config),
      'x-content-type-options': 'nosniff',
      'x-invocation-id': context.invocationId,
      'cache-control': 'no-store',
    };
    try {
      response = withHeaders(response, common);
    } catch (error) {
      context.error(
        `Invalid response headers in ${spec.name}: ${error instanceof Error ? error.message : String(error)}`,
      );
      response = withHeaders(internalError(context), common);
    }
    logRequest(context, {
      method: request.method,
      route: spec.route,
      status: response.status ?? 200,
      durationMs: performance.now() - started,
      ...(units !== undefined ? { units } : {}),
      ...(aborted !== undefined ? { aborted: true, reason: aborted } : {}),
    });
    return response;
  };
  return {
    name: spec.name,
    methods: spec.methods,
    allow,
    route: spec.route,
    access: spec.access,
    handler,
    options: {
      methods: [...REGISTERED_METHODS],
      route: spec.route,
      // Keys are not a way to secure browser callers; protected routes check an Entra ID token in code instead.
      authLevel: 'anonymous',
      handler,
    },
  };
}
