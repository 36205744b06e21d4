/**
 * Calls the scoring functions over HTTP with a timeout, retries on transient failures, and — when the API
 * cannot be reached — scores with the same shared engine in the page, saying so.
 * Never carries a function key: the API is either open (local host) or takes an Entra ID bearer token.
 */
import {
  scoreRequest,
  validateRequest,
  type ValidationReport,
  type ScoreResponse,
  type Problem,
} from '@thidua/core';
import { t, type UiLang } from './i18n';

export type ApiErrorKind = 'unreachable' | 'timeout' | 'unauthorized' | 'rejected' | 'server';

/** What went wrong with a call, as data: rendered in the pane's language from its strings (i18n.ts). */
export interface ApiFailure {
  kind: ApiErrorKind;
  url: string;
  status?: number;
  /** The server's own title for its refusal (problem details), when it sent one. */
  title?: string;
  /** The browser's technical reason ("Failed to fetch"), kept for whoever supports the official. */
  detail?: string;
  seconds?: number;
}

/** The sentence an official reads for a failure: what happened, in plain words, and what to do. */
export function apiFailureText(f: ApiFailure, lang: UiLang): string {
  const url = f.url;
  const server = f.title ? ` (${f.title})` : '';
  switch (f.kind) {
    case 'timeout':
      return t('apiTimeout', lang, { url, seconds: f.seconds ?? 0 });
    case 'unreachable':
      return t('apiUnreachable', lang, { url, detail: f.detail ?? '' });
    case 'unauthorized':
      return t(f.status === 403 ? 'apiForbidden' : 'apiSignIn', lang, { status: f.status ?? 401 }) + server;
    case 'server':
      return t(f.status === 429 ? 'apiBusy' : 'apiServerError', lang, { status: f.status ?? 500 }) + server;
    case 'rejected':
      // The server's title says why (its problems follow it); without one, the status in words.
      if (f.title) return f.title;
      return t(
        f.status === 404
          ? 'apiNotFound'
          : f.status === 413
            ? 'apiTooLarge'
            : f.status === 405 || f.status === 415
              ? 'apiWrongRequest'
              : 'apiRejected',
        lang,
        { url, status: f.status ?? 400 },
      );
  }
}

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status?: number;
  /** The same sentence in English (the message is Vietnamese). */
  readonly messageEn: string;

  constructor(
    readonly failure: ApiFailure,
    readonly problems: Problem[] = [],
  ) {
    super(apiFailureText(failure, 'vi'));
    this.kind = failure.kind;
    this.status = failure.status;
    this.messageEn = apiFailureText(failure, 'en');
    this.name = 'ApiError';
  }
}

export interface ApiClientOptions {
  /** e.g. "/api" (same origin as the task pane) or "https://thidua.example.gov.vn/api". */
  baseUrl: string;
  timeoutMs?: number;
  /** Extra attempts after the first, for network errors, timeouts, 429 and 5xx. */
  retries?: number;
  /** Bearer token provider (MSAL NAA); undefined → no Authorization header. */
  getToken?: () => Promise<string | undefined>;
  fetchImpl?: typeof fetch;
  /** Waits between attempts (tests pass a no-op). */
  sleep?: (ms: number) => Promise<void>;
}

const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);
const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface ProblemDetails {
  title?: string;
  detail?: string;
  problems?: Problem[];
  errors?: Problem[];
}

async function readProblem(res: Response): Promise<ProblemDetails> {
  try {
    return (await res.json()) as ProblemDetails;
  } catch {
    return {};
  }
}

/** One HTTP POST with timeout and retries; throws ApiError. */
export async function postJson<T>(path: string, body: unknown, options: ApiClientOptions): Promise<T> {
  const fetchImpl = options.fetchImpl ?? fetch;
  const sleep = options.sleep ?? defaultSleep;
  const retries = options.retries ?? 2;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const url = `${options.baseUrl.replace(/\/$/, '')}${path}`;
  let last: ApiError = new ApiError({ kind: 'unreachable', url });
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0) await sleep(500 * 2 ** (attempt - 1));
    const token = await options.getToken?.();
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let res: Response;
    try {
      res = await fetchImpl(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
        signal: controller.signal,
      });
    } catch (err) {
      last = controller.signal.aborted
        ? new ApiError({ kind: 'timeout', url, seconds: Math.round(timeoutMs / 1000) })
        : new ApiError({ kind: 'unreachable', url, detail: (err as Error)?.message ?? String(err) });
      continue;
    } finally {
      clearTimeout(timer);
    }
    if (res.ok) return (await res.json()) as T;
    const problem = await readProblem(res);
    const problems = problem.problems ?? problem.errors ?? [];
    const title = problem.title ?? problem.detail;
    const failure = { url, status: res.status, ...(title ? { title } : {}) };
    if (res.status === 401 || res.status === 403)
      throw new ApiError({ kind: 'unauthorized', ...failure }, problems);
    if (!RETRYABLE_STATUS.has(res.status)) throw new ApiError({ kind: 'rejected', ...failure }, problems);
    last = new ApiError({ kind: 'server', ...failure }, problems);
  }
  throw last;
}

export type ScoreSource = 'api' | 'local';

export interface Scored<T> {
  result: T;
  source: ScoreSource;
  /** Why the page scored locally (the API error), for the status line: Vietnamese, and `fallbackReasonEn`. */
  fallbackReason?: string;
  fallbackReasonEn?: string;
}

/** Whether an API failure means "could not reach it" (fall back) rather than "it said no" (show the problems). */
export function shouldFallBack(err: unknown): boolean {
  return (
    err instanceof ApiError && (err.kind === 'unreachable' || err.kind === 'timeout' || err.kind === 'server')
  );
}

function localFailure(outcome: { title: string; status: number; problems: Problem[] }): ApiError {
  return new ApiError(
    { kind: 'rejected', url: '', status: outcome.status, title: outcome.title },
    outcome.problems,
  );
}

function fallback(err: unknown): Pick<Scored<unknown>, 'fallbackReason' | 'fallbackReasonEn'> {
  const e = err as ApiError;
  return { fallbackReason: e.message, fallbackReasonEn: e.messageEn };
}

export async function score(body: unknown, options: ApiClientOptions): Promise<Scored<ScoreResponse>> {
  try {
    return { result: await postJson<ScoreResponse>('/score', body, options), source: 'api' };
  } catch (err) {
    if (!shouldFallBack(err)) throw err;
    const outcome = scoreRequest(body);
    if (!outcome.ok) throw localFailure(outcome);
    return { result: outcome.response, source: 'local', ...fallback(err) };
  }
}

export async function validate(body: unknown, options: ApiClientOptions): Promise<Scored<ValidationReport>> {
  try {
    return { result: await postJson<ValidationReport>('/validate', body, options), source: 'api' };
  } catch (err) {
    if (!shouldFallBack(err)) throw err;
    const outcome = validateRequest(body);
    if (!outcome.ok) throw localFailure(outcome);
    return { result: outcome.report, source: 'local', ...fallback(err) };
  }
}
