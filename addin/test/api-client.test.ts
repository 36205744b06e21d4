import example from '../../examples/phung-hiep-2023-xa.input.json';
import { ApiError, postJson, score, validate } from '../src/api-client';

const noWait = async () => undefined;

function respond(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('api client', () => {
  it('retries transient failures, then returns the answer, with the bearer token', async () => {
    const calls: RequestInit[] = [];
    const answers = [
      () => Promise.reject(new TypeError('fetch failed')),
      () => Promise.resolve(respond(503, {})),
      () => Promise.resolve(respond(200, { ok: 1 })),
    ];
    const fetchImpl = (async (_url: string, init: RequestInit) => {
      calls.push(init);
      return answers[calls.length - 1]();
    }) as unknown as typeof fetch;
    const result = await postJson(
      '/x',
      {},
      { baseUrl: '/api/', fetchImpl, sleep: noWait, getToken: async () => 'tok' },
    );
    expect(result).toEqual({ ok: 1 });
    expect(calls).toHaveLength(3);
    expect((calls[2].headers as Record<string, string>).authorization).toBe('Bearer tok');
  });

  it('times out a request that never answers', async () => {
    const fetchImpl = ((_url: string, init: RequestInit) =>
      new Promise((_resolve, reject) =>
        init.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
      )) as unknown as typeof fetch;
    const err = (await postJson(
      '/x',
      {},
      { baseUrl: '/api', fetchImpl, timeoutMs: 5, retries: 0, sleep: noWait },
    ).catch((e: unknown) => e)) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err.kind).toBe('timeout');
  });

  it('does not retry or fall back when the API rejects the request, and keeps its problems', async () => {
    let calls = 0;
    const fetchImpl = (async () => {
      calls++;
      return respond(400, {
        title: 'Yêu cầu không hợp lệ',
        problems: [{ path: 'units[0].id', message: 'thiếu mã' }],
      });
    }) as unknown as typeof fetch;
    const err = (await score({}, { baseUrl: '/api', fetchImpl, sleep: noWait }).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(calls).toBe(1);
    expect(err.kind).toBe('rejected');
    expect(err.problems[0].path).toBe('units[0].id');
  });

  it('asks for sign-in on 401 instead of scoring without the API', async () => {
    const fetchImpl = (async () => respond(401, { title: 'Unauthorized' })) as unknown as typeof fetch;
    await expect(score(example, { baseUrl: '/api', fetchImpl, sleep: noWait })).rejects.toMatchObject({
      kind: 'unauthorized',
    });
  });

  it('falls back to the engine in the page when the API is unreachable', async () => {
    const fetchImpl = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const scored = await score(example, { baseUrl: '/api', fetchImpl, retries: 1, sleep: noWait });
    expect(scored.source).toBe('local');
    expect(scored.fallbackReason).toMatch(/Failed to fetch/);
    expect(scored.result.results).toHaveLength(example.units.length);
    const checked = await validate(example, { baseUrl: '/api', fetchImpl, retries: 0, sleep: noWait });
    expect(checked.source).toBe('local');
    // A local failure is reported like the API's own 4xx.
    await expect(
      score({ plan: 'no-such-plan', units: [] }, { baseUrl: '/api', fetchImpl, retries: 0, sleep: noWait }),
    ).rejects.toMatchObject({
      kind: 'rejected',
      status: 404,
    });
  });
});
