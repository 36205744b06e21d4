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

export type ApiErrorKind = 'unreachable' | 'timeout' | 'unauthorized' | 'rejected' | 'server';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status?: number,
    readonly problems: Problem[] = [],
  ) {
    super(message);
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
  let last: ApiError = new ApiError('unreachable', `Không gọi được ${url}`);
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
        ? new ApiError('timeout', `Máy chủ không trả lời sau ${Math.round(timeoutMs / 1000)} giây (${url})`)
        : new ApiError(
            'unreachable',
            `Không kết nối được máy chủ chấm điểm (${url}): ${(err as Error).message}`,
          );
      continue;
    } finally {
      clearTimeout(timer);
    }
    if (res.ok) return (await res.json()) as T;
    const problem = await readProblem(res);
    const problems = problem.problems ?? problem.errors ?? [];
    const title = problem.title ?? problem.detail ?? `HTTP ${res.status}`;
    if (res.status === 401 || res.status === 403)
      throw new ApiError(
        'unauthorized',
        `Cần đăng nhập để dùng máy chủ chấm điểm (${title})`,
        res.status,
        problems,
      );
    if (!RETRYABLE_STATUS.has(res.status)) throw new ApiError('rejected', title, res.status, problems);
    last = new ApiError('server', `Máy chủ chấm điểm lỗi ${res.status}: ${title}`, res.status, problems);
  }
  throw last;
}

export type ScoreSource = 'api' | 'local';

export interface Scored<T> {
  result: T;
  source: ScoreSource;
  /** Why the page scored locally (the API error), for the status line. */
  fallbackReason?: string;
}

/** Whether an API failure means "could not reach it" (fall back) rather than "it said no" (show the problems). */
export function shouldFallBack(err: unknown): boolean {
  return (
    err instanceof ApiError && (err.kind === 'unreachable' || err.kind === 'timeout' || err.kind === 'server')
  );
}

function localFailure(outcome: { title: string; status: number; problems: Problem[] }): ApiError {
  return new ApiError('rejected', outcome.title, outcome.status, outcome.problems);
}

export async function score(body: unknown, options: ApiClientOptions): Promise<Scored<ScoreResponse>> {
  try {
    return { result: await postJson<ScoreResponse>('/score', body, options), source: 'api' };
  } catch (err) {
    if (!shouldFallBack(err)) throw err;
    const outcome = scoreRequest(body);
    if (!outcome.ok) throw localFailure(outcome);
    return { result: outcome.response, source: 'local', fallbackReason: (err as Error).message };
  }
}

export async function validate(body: unknown, options: ApiClientOptions): Promise<Scored<ValidationReport>> {
  try {
    return { result: await postJson<ValidationReport>('/validate', body, options), source: 'api' };
  } catch (err) {
    if (!shouldFallBack(err)) throw err;
    const outcome = validateRequest(body);
    if (!outcome.ok) throw localFailure(outcome);
    return { result: outcome.report, source: 'local', fallbackReason: (err as Error).message };
  }
}
