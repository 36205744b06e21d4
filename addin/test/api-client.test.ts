import example from '../../examples/phung-hiep-2023-xa.input.json';
import { ApiError, postJson, score, validate } from '../src/api-client';
import { describeError } from '../src/ui/errors';

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

  describe('failures said in words an official understands, in the language of the pane', () => {
    const failing = (answer: () => Promise<Response>) => answer as unknown as typeof fetch;
    const fail = (fetchImpl: typeof fetch, retries = 0): Promise<ApiError> =>
      postJson<unknown>('/score', {}, { baseUrl: '/api', fetchImpl, retries, sleep: noWait }).then(
        () => {
          throw new Error('the call succeeded');
        },
        (e: unknown) => e as ApiError,
      );

    it('a network failure: what to check, the technical reason kept last', async () => {
      const err = await fail(
        failing(async () => {
          throw new TypeError('Failed to fetch');
        }),
      );
      expect(describeError(err, 'vi')).toMatch(
        /^Không kết nối được máy chủ chấm điểm \(\/api\/score\): kiểm tra kết nối mạng/,
      );
      expect(describeError(err, 'vi')).toMatch(/Chi tiết kỹ thuật: Failed to fetch\)$/);
      expect(describeError(err, 'en')).toMatch(
        /^Could not reach the scoring server \(\/api\/score\): check the network/,
      );
    });

    it('a 404 without a problem body names the address, not "HTTP 404"', async () => {
      const err = await fail(failing(async () => new Response('<html>Not Found</html>', { status: 404 })));
      expect(err.kind).toBe('rejected');
      expect(describeError(err, 'vi')).toBe(
        'Không tìm thấy máy chủ chấm điểm ở địa chỉ /api/score (mã 404): hỏi người quản trị địa chỉ đúng.',
      );
      expect(describeError(err, 'en')).toBe(
        'No scoring server at /api/score (status 404): ask the administrator for the right address.',
      );
      expect(describeError(err, 'vi')).not.toMatch(/HTTP/);
    });

    it('a 413 from a gateway says the data is too large and what to do', async () => {
      const err = await fail(failing(async () => new Response('', { status: 413 })));
      expect(describeError(err, 'vi')).toMatch(/dữ liệu gửi đi quá lớn \(mã 413\): chia bảng/);
      expect(describeError(err, 'en')).toMatch(/refused the data as too large \(status 413\)/);
    });

    it('a 500 is the server\'s fault, not the workbook\'s; 429 is "busy"; each in English too', async () => {
      const err = await fail(
        failing(async () => respond(500, {})),
        1,
      );
      expect(err.kind).toBe('server');
      expect(describeError(err, 'vi')).toBe(
        'Máy chủ chấm điểm bị lỗi (mã 500) — lỗi ở máy chủ, không phải ở dữ liệu trong sổ.',
      );
      expect(describeError(err, 'en')).toBe(
        'The scoring server failed (status 500) — a fault of the server, not of the data in the workbook.',
      );
      const busy = await fail(failing(async () => respond(429, {})));
      expect(describeError(busy, 'vi')).toMatch(/đang quá tải \(mã 429\)/);
      expect(describeError(busy, 'en')).toMatch(/overloaded \(status 429\)/);
    });

    it('401 asks to sign in, 403 to ask for access — in English when the pane is', async () => {
      const signIn = await fail(failing(async () => respond(401, {})));
      expect(describeError(signIn, 'vi')).toMatch(/cần anh\/chị đăng nhập \(mã 401\): bấm "Đăng nhập"/);
      expect(describeError(signIn, 'en')).toMatch(/needs you to sign in \(status 401\): press "Sign in"/);
      const forbidden = await fail(failing(async () => respond(403, { title: 'Forbidden' })));
      expect(describeError(forbidden, 'en')).toMatch(
        /may not use the scoring server \(status 403\).*\(Forbidden\)$/,
      );
    });

    it('the reason the page scored by itself is given in both languages', async () => {
      const fetchImpl = failing(async () => {
        throw new TypeError('Failed to fetch');
      });
      const scored = await score(example, { baseUrl: '/api', fetchImpl, retries: 0, sleep: noWait });
      expect(scored.fallbackReason).toMatch(/^Không kết nối được máy chủ chấm điểm/);
      expect(scored.fallbackReasonEn).toMatch(/^Could not reach the scoring server/);
    });
  });
});
