import type { HttpResponseInit } from '@azure/functions';

import type { Problem } from '@thidua/core';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** RFC 9457 problem details, with the list of `{ path, message }` every client of this API reads. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  problems: Problem[];
}

/** A title is written "Vietnamese (English)": with no problem to list, it is said as one, in both languages. */
function titleProblem(title: string): Problem {
  const split = /^(.*\S)\s*\(([^()]+)\)$/.exec(title);
  return { path: '(request)', message: split?.[1] ?? title, messageEn: split?.[2] ?? title };
}

export function problemResponse(
  status: number,
  title: string,
  problems: Problem[],
  options: { detail?: string; headers?: Record<string, string> } = {},
): HttpResponseInit {
  const body: ProblemBody = {
    type: 'about:blank',
    title,
    status,
    ...(options.detail ? { detail: options.detail } : {}),
    problems: problems.length ? problems : [titleProblem(title)],
  };
  return {
    status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, ...options.headers },
    body: JSON.stringify(body),
  };
}

/** Thrown inside a handler to answer with a problem; the route wrapper turns it into the response. */
export class HttpProblem extends Error {
  constructor(readonly response: HttpResponseInit) {
    super(`HTTP ${response.status ?? 400}`);
  }
}

export function jsonResponse(
  body: unknown,
  status = 200,
  headers: Record<string, string> = {},
): HttpResponseInit {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  };
}
