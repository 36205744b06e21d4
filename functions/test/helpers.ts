import { readFileSync } from 'node:fs';
import path from 'node:path';

import { HttpRequest, HttpResponse, InvocationContext, type HttpResponseInit } from '@azure/functions';

import { ENV } from '../src/config';

export const ROOT = path.join(__dirname, '..', '..');

export function sampleBody(name: 'xa' | 'phong-ban' = 'xa'): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(ROOT, 'examples', `phung-hiep-2023-${name}.input.json`), 'utf8'));
}

export function jsonRequest(
  url: string,
  body: string | Uint8Array,
  headers: Record<string, string> = { 'content-type': 'application/json' },
): HttpRequest {
  return new HttpRequest({
    method: 'POST',
    url: `http://localhost:7071/api/${url}`,
    headers,
    body: typeof body === 'string' ? { string: body } : { bytes: body },
  });
}

export function getRequest(
  url: string,
  params: Record<string, string> = {},
  headers: Record<string, string> = {},
) {
  return new HttpRequest({ method: 'GET', url: `http://localhost:7071/api/${url}`, headers, params });
}

export interface TestContext {
  context: InvocationContext;
  logs: Array<{ level: string; message: string }>;
}

export function testContext(functionName = 'test'): TestContext {
  const logs: TestContext['logs'] = [];
  const context = new InvocationContext({
    invocationId: `test-${Math.random().toString(36).slice(2)}`,
    functionName,
    logHandler: (level, ...args) => logs.push({ level, message: args.map(String).join(' ') }),
  });
  return { context, logs };
}

export interface ReadResponse {
  status: number;
  headers: Headers;
  text: string;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Turns a handler's HttpResponseInit into what a client would read, through the library's own HttpResponse. */
export async function readResponse(init: HttpResponseInit): Promise<ReadResponse> {
  const response = new HttpResponse(init);
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** A problem+json answer with a non-empty list of { path, message } and nothing that looks like a stack trace. */
export function expectProblem(
  res: Pick<ReadResponse, 'status' | 'headers' | 'text' | 'json'>,
  status?: number,
) {
  if (status !== undefined) expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(res.json).toMatchObject({ status: res.status, title: expect.any(String) });
  expect(Array.isArray(res.json.problems)).toBe(true);
  expect(res.json.problems.length).toBeGreaterThan(0);
  for (const p of res.json.problems) {
    expect(typeof p.path).toBe('string');
    expect(typeof p.message).toBe('string');
  }
  expect(res.text).not.toMatch(/\bat [\w.<>]+ \(|node_modules|\.ts:\d+/);
}

/** Sets THIDUA_* variables for one test and restores them afterwards. */
export function useEnv(values: Partial<Record<keyof typeof ENV, string>>): () => void {
  const saved = Object.values(ENV).map((name) => [name, process.env[name]] as const);
  for (const name of Object.values(ENV)) delete process.env[name];
  for (const [key, value] of Object.entries(values)) process.env[ENV[key as keyof typeof ENV]] = value;
  return () => {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}
