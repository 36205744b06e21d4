/**
 * The API probed at the HTTP level the way an independent validator or an attacker would: content negotiation and
 * the language of the answer, charset parameters and bytes that are not UTF-8, compressed bodies and transfer
 * codings on the wire, HEAD and OPTIONS on every route, odd spellings of paths and plan ids, very long URLs and
 * headers, JSON numbers at the edges of a double, the headers every answer carries, answers that must never echo an
 * engine's words, and the same request many times at once. Each answer is checked against /api/openapi.json (ajv,
 * draft 2020-12) where the document describes the route.
 */
import './quiet-azure';

import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';

import { HttpRequest } from '@azure/functions';
import { strFromU8, unzipSync } from 'fflate';

import { builtInPlanDocument } from '@thidua/core';
import { dossier } from '../src/functions/dossier';
import { health } from '../src/functions/health';
import { plans } from '../src/functions/plans';
import { score } from '../src/functions/score';
import { validate } from '../src/functions/validate';
import { startLocalHost, type LocalHost } from '../src/local-host';
import { routes } from '../src/routes';
import { loadContract, type Contract } from './contract';
import { getRequest, readResponse, sampleBody, testContext, useEnv, type ReadResponse } from './helpers';

type Handler = typeof score;
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
type BodyRoute = 'score' | 'validate' | 'dossier';

const PLAN_ID = 'phung-hiep-2023-xa';
const ORIGIN = 'https://localhost:3000';
/** Stack frames, file paths, engine and library wording, and values a template printed without a value. */
const LEAK =
  /\bat [\w.<>]+ \(|at Object\.|node_modules|\.ts:\d+|\/work\/|Unexpected token|is not valid JSON|Cannot read|ZodError|TypeError|SyntaxError|\[object Object\]|\bNaN\b/;
/** zod's own wording for a missing field, in both languages; anything else saying "undefined" is a leak. */
const ZOD_MISSING = /(nhận được|received) undefined/g;

const BODY_HANDLERS: [BodyRoute, Handler][] = [
  ['score', score],
  ['validate', validate],
  ['dossier', dossier],
];

let restoreEnv: () => void;
beforeEach(() => {
  restoreEnv = useEnv({});
});
afterEach(() => restoreEnv());

let contract: Contract;
beforeAll(async () => {
  contract = await loadContract('https://thidua.local/hostile-http/openapi.json');
});

function expectNoLeak(text: string): void {
  expect(text).not.toMatch(LEAK);
  expect(text.replace(ZOD_MISSING, '')).not.toMatch(/\bundefined\b/);
}

/** The answer is one the document describes (status, content type, schema), and leaks nothing. */
function expectDocumented(res: ReadResponse, route: string, method: 'get' | 'post'): void {
  contract.expectDocumented(res, route, method);
  if (!(res.headers.get('content-type') ?? '').startsWith('application/zip')) expectNoLeak(res.text);
}

const sample = () => sampleBody('xa') as { plan: string; units: Array<Record<string, Json>> };
const small = () => ({ ...sample(), units: sample().units.slice(0, 2) });
const asJson = (value: unknown) => JSON.stringify(value);

/** A handler called directly with a POST, as the Functions host would call it. */
async function post(
  handler: Handler,
  route: BodyRoute,
  body: string | Uint8Array,
  headers: Record<string, string> = { 'content-type': 'application/json' },
  query = '',
): Promise<ReadResponse> {
  const { context, logs } = testContext(route);
  const request = new HttpRequest({
    method: 'POST',
    url: `http://localhost:7071/api/${route}${query}`,
    headers,
    body: typeof body === 'string' ? { string: body } : { bytes: body },
  });
  const res = await readResponse(await handler(request, context));
  expect(logs.filter((l) => l.level === 'error')).toEqual([]);
  return res;
}

/** A raw JSON number token in place of one cell of the first unit (JSON.stringify cannot write 1e400 or -0). */
function withRawCell(criterion: string, token: string): string {
  const u = sample().units[0];
  return asJson({
    plan: PLAN_ID,
    units: [{ ...u, values: { ...u.values, [criterion]: '__RAW__' } }],
  }).replace('"__RAW__"', token);
}

describe('content negotiation: the answer is JSON whatever Accept says; the language is options.lang only', () => {
  it.each(['application/xml', 'text/html', 'application/problem+json', '*/*', 'application/json;q=0'])(
    'Accept: %s gets the JSON answer, and a problem+json refusal',
    async (accept) => {
      const ok = await post(score, 'score', asJson(small()), {
        'content-type': 'application/json',
        accept,
      });
      expect(ok.status).toBe(200);
      expect(ok.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expectDocumented(ok, '/api/score', 'post');
      const bad = await post(validate, 'validate', '{"plan":', {
        'content-type': 'application/json',
        accept,
      });
      expect(bad.status).toBe(400);
      expect(bad.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
      const list = await readResponse(
        await plans(getRequest('plans', {}, { accept }), testContext().context),
      );
      expect(list.headers.get('content-type')).toBe('application/json; charset=utf-8');
    },
  );

  it('Accept-Language does not change a byte of the answer: Vietnamese unless options.lang says "en"', async () => {
    const body = asJson(small());
    const plain = await post(score, 'score', body);
    expect(plain.json.lang).toBe('vi');
    for (const language of ['vi-VN,vi;q=0.9,en;q=0.8', 'en-US', 'en', '*', 'fr-FR, en;q=0.5', 'en;q=NaN']) {
      const res = await post(score, 'score', body, {
        'content-type': 'application/json',
        'accept-language': language,
      });
      expect(res.status).toBe(200);
      expect(res.text).toBe(plain.text);
      expect(res.headers.get('content-language')).toBeNull();
    }
    const english = await post(score, 'score', asJson({ ...small(), options: { lang: 'en' } }), {
      'content-type': 'application/json',
      'accept-language': 'vi-VN,vi;q=0.9',
    });
    expect(english.json.lang).toBe('en');
    expect(english.text).not.toBe(plain.text);
  });

  it('?lang= and ?explain= in the query are ignored; options in the body decide', async () => {
    const vi = asJson({ ...small(), options: { lang: 'vi' } });
    const en = asJson({ ...small(), options: { lang: 'en' } });
    expect((await post(score, 'score', vi, undefined, '?lang=en&explain=full')).json).toMatchObject({
      lang: 'vi',
      explain: 'summary',
    });
    expect((await post(score, 'score', asJson(small()), undefined, '?lang=en')).json.lang).toBe('vi');
    expect((await post(score, 'score', en, undefined, '?lang=vi')).json.lang).toBe('en');
  });

  it('a refusal is bilingual whatever the Accept-Language: Vietnamese message, English beside it', async () => {
    const res = await post(score, 'score', '{"plan":', {
      'content-type': 'application/json',
      'accept-language': 'en-US',
    });
    expect(res.json.problems).toEqual([
      {
        path: '(body)',
        message: 'Không đọc được JSON: nội dung dừng giữa chừng (thiếu phần cuối, dấu } hoặc ])',
        messageEn: expect.stringMatching(/stops midway/),
      },
    ]);
  });
});

describe('charset parameters and bytes that are not UTF-8', () => {
  it.each([
    'application/json; charset=utf-8; charset=utf-16',
    'application/json; charset=UTF-8; charset=latin1',
    'application/json; charset=',
    'application/json; charset=""',
    'application/json; charset=us-ascii',
    'application/json; charset=utf-16le',
    'application/json; charset=windows-1258',
  ])('Content-Type "%s" is 415 naming what was sent', async (type) => {
    for (const [route, handler] of BODY_HANDLERS) {
      const res = await post(handler, route, asJson(small()), { 'content-type': type });
      expect(res.status).toBe(415);
      expectDocumented(res, `/api/${route}`, 'post');
      expect(res.json.problems).toEqual([
        {
          path: '(headers).content-type',
          message: `Cần "Content-Type: application/json" (UTF-8), nhận được "${type}"`,
          messageEn: expect.stringContaining(`"${type}"`),
        },
      ]);
    }
  });

  it.each([
    'application/json ; charset = "UTF-8"',
    'application/json; charset=utf-8; charset=UTF-8',
    'application/json; foo=bar',
    'Application/JSON',
  ])('Content-Type "%s" is JSON in UTF-8', async (type) => {
    const res = await post(score, 'score', asJson(small()), { 'content-type': type });
    expect(res.status).toBe(200);
  });

  it.each([
    ['UTF-16BE with its BOM', [0xfe, 0xff, 0x00, 0x7b, 0x00, 0x7d]],
    ['UTF-32LE with its BOM', [0xff, 0xfe, 0x00, 0x00, 0x7b, 0x00, 0x00, 0x00]],
    ['an overlong "/" (C0 AF)', [...Buffer.from('{"plan":"'), 0xc0, 0xaf, ...Buffer.from('"}')]],
    [
      'a surrogate encoded as CESU-8 (ED A0 80)',
      [...Buffer.from('{"plan":"'), 0xed, 0xa0, 0x80, ...Buffer.from('"}')],
    ],
    ['Latin-1 "é" (E9)', [...Buffer.from('{"plan":"caf'), 0xe9, ...Buffer.from('"}')]],
    ['a UTF-8 sequence cut at the end', [...Buffer.from('{"plan":"Vi'), 0xe1, 0xbb]],
  ])('%s is 400 "không phải văn bản UTF-8", never guessed', async (_name, bytes) => {
    for (const [route, handler] of BODY_HANDLERS) {
      const res = await post(handler, route, new Uint8Array(bytes));
      expect(res.status).toBe(400);
      expectDocumented(res, `/api/${route}`, 'post');
      expect(res.json.problems).toEqual([
        {
          path: '(body)',
          message: 'Nội dung không phải văn bản UTF-8',
          messageEn: 'The body is not valid UTF-8',
        },
      ]);
    }
  });

  it('an escaped lone surrogate in a name is text, answered as the same escape (never raw bytes)', async () => {
    const body = small();
    body.units[0].name = 'Xã \ud800';
    const res = await post(score, 'score', asJson(body));
    expect(res.status).toBe(200);
    expect(res.text).toContain('"Xã \\ud800"');
  });
});

describe('numbers at the edges of a double', () => {
  const cell = async (criterion: string, token: string) => {
    const scored = await post(score, 'score', withRawCell(criterion, token));
    expect(scored.status).toBe(200);
    expectDocumented(scored, '/api/score', 'post');
    const result = scored.json.results[0];
    const flags = (result.flags as Array<{ code: string; criterionId?: string; message: string }>).filter(
      (f) => f.criterionId === criterion,
    );
    return { points: result.points[criterion] as number, flags, text: scored.text };
  };

  it.each([
    ['tc08', '1e308', /tỷ lệ phải từ 0% đến 100% \(nhận được 1e\+308\)/],
    ['tc13', '1e308', /số lượng quá lớn \(tối đa 9\.007\.199\.254\.740\.991, nhận được 1e\+308\)/],
    ['tc13', '9007199254740992', /số lượng quá lớn/],
    ['tc01', '1e308', /1e\+308 không phải là Có\/Không/],
    ['tc13', '"Infinity"', /"Infinity" không phải là số/],
    ['tc13', '"-Infinity"', /"-Infinity" không phải là số/],
    ['tc13', '"1e308"', /"1e308" không phải là số/],
  ])(
    '%s = %s is an invalid value: 0 points, flagged, never rounded into points',
    async (id, token, message) => {
      const { points, flags } = await cell(id, token);
      expect(points).toBe(0);
      expect(flags).toEqual([
        expect.objectContaining({ code: 'invalid-value', message: expect.stringMatching(message) }),
      ]);
    },
  );

  it.each([
    '9007199254740993',
    '-9007199254740993',
    '12345678901234567890',
    '123456789012345678901234567890',
  ])(
    'tc13 = %s, an integer past ±(2^53 − 1) that JSON.parse would read as another, is refused at its path',
    async (token) => {
      const res = await post(score, 'score', withRawCell('tc13', token));
      expect(res.status).toBe(400);
      expectDocumented(res, '/api/score', 'post');
      expect(res.json.problems).toEqual([
        {
          path: 'units[0].values.tc13',
          message: expect.stringContaining(
            `Số nguyên ${token} ở units[0].values.tc13 vượt ±9.007.199.254.740.991`,
          ),
          messageEn: expect.stringContaining(`The integer ${token} at units[0].values.tc13 is beyond`),
        },
      ]);
    },
  );

  it('the largest safe count is read (and capped at the criterion maximum); -0 and 1e-400 are read as 0', async () => {
    expect(await cell('tc13', '9007199254740991')).toMatchObject({ points: 10, flags: [] });
    for (const token of ['-0', '1e-400', '-1e-400']) {
      const read = await cell('tc13', token);
      expect(read).toMatchObject({ points: 0, flags: [] });
      expect(read.text).not.toMatch(/-0[,}\]]/);
    }
    expect(await cell('tc08', '1E2')).toMatchObject({ points: 10, flags: [] });
  });

  it('a fact of 1e308 holds the unit (invalid-fact); a fact of -0 is 0', async () => {
    const unit = sample().units[0];
    const withFact = (token: string) =>
      asJson({
        plan: PLAN_ID,
        units: [{ ...unit, facts: { ...unit.facts, lateDossiersMaxInMonth: '__RAW__' } }],
      }).replace('"__RAW__"', token);
    const huge = (await post(score, 'score', withFact('1e308'))).json.results[0];
    expect(huge).toMatchObject({ eligible: false, award: null });
    expect(huge.flags.map((f: { code: string }) => f.code)).toContain('invalid-fact');
    const zero = (await post(score, 'score', withFact('-0'))).json.results[0];
    expect(zero.flags).toEqual([]);
  });
});

describe('every refusal of a body route, on each of the three, is the one documented for it', () => {
  const invalidPlan = () => ({ ...(builtInPlanDocument(PLAN_ID) as object), version: undefined });
  const JSON_ONLY = { 'content-type': 'application/json' };
  // Every row has its four values: a shorter row would make jest read the last parameter as a `done` callback.
  const cases: Array<[string, number, string | Uint8Array, Record<string, string>]> = [
    ['malformed JSON', 400, '{"plan":"x",}', JSON_ONLY],
    ['an empty body', 400, '', JSON_ONLY],
    ['JSON 65 levels deep', 400, `${'['.repeat(65)}${']'.repeat(65)}`, JSON_ONLY],
    ['bytes that are not UTF-8', 400, new Uint8Array([0x7b, 0xff, 0x7d]), JSON_ONLY],
    ['an unknown plan', 404, asJson({ plan: 'khong-co', units: [] }), JSON_ONLY],
    ['an invalid inline plan', 422, asJson({ plan: invalidPlan(), units: [] }), JSON_ONLY],
    [
      'a declared oversize body',
      413,
      '{}',
      { 'content-type': 'application/json', 'content-length': '9999999999' },
    ],
    ['a gzip content coding', 415, '{}', { 'content-type': 'application/json', 'content-encoding': 'gzip' }],
    [
      'a deflate content coding',
      415,
      '{}',
      { 'content-type': 'application/json', 'content-encoding': 'deflate' },
    ],
    ['text/plain', 415, '{}', { 'content-type': 'text/plain; charset=utf-8' }],
  ];
  it.each(cases)('%s: %d', async (_name, status, body, headers) => {
    for (const [route, handler] of BODY_HANDLERS) {
      const res = await post(handler, route, body, headers);
      expect(res.status).toBe(status);
      expectDocumented(res, `/api/${route}`, 'post');
      expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    }
  });

  it('no engine wording, stack, path or "[object Object]" in the refusals of odd bodies', async () => {
    const plan = builtInPlanDocument(PLAN_ID) as Json;
    const unit = sample().units[0];
    const bodies = [
      '{',
      '[',
      'tru',
      "{'a':1}",
      '{"a":01}',
      '{"a":.5}',
      '{"a":1e}',
      '{"a":"\\x"}',
      '{"a":"\u0001"}',
      '{"a":NaN}',
      '{"a":undefined}',
      asJson({}),
      asJson({ plan: null, units: null }),
      asJson({ plan: PLAN_ID, units: [{}] }),
      asJson({ plan: PLAN_ID, units: [{ id: 'a', values: [] }] }),
      asJson({ plan: PLAN_ID, units: [{ id: 'a', values: { tc01: {} } }] }),
      asJson({ plan: PLAN_ID, units: [unit, unit] }),
      asJson({ plan: { ...plan, criteria: 'x' }, units: [] }),
      asJson({ plan: { ...plan, awards: null }, units: [] }),
      asJson({ plan: [], units: [] }),
      asJson({ ...sample(), options: null }),
      asJson({ ...sample(), options: { dossier: 'x', decisionDate: 5 } }),
      asJson({ ...sample(), options: { councilDecisions: [{}] } }),
    ];
    for (const body of bodies)
      for (const [route, handler] of BODY_HANDLERS) {
        const res = await post(handler, route, body);
        if (res.status < 400 || res.status >= 500)
          throw new Error(`${route} ${res.status} for ${body.slice(0, 120)}`);
        expectDocumented(res, `/api/${route}`, 'post');
      }
  });
});

describe('CORS headers a browser script on an allowed origin may read', () => {
  it('every answer to an allowed origin exposes the auth challenge, reference, Allow, Retry-After and the dossier headers', async () => {
    const expected = [
      'allow',
      'content-disposition',
      'retry-after',
      'www-authenticate',
      'x-dossier-documents',
      'x-invocation-id',
    ];
    const exposed = (res: ReadResponse) =>
      (res.headers.get('access-control-expose-headers') ?? '').split(/\s*,\s*/).sort();
    const ok = await readResponse(
      await health(getRequest('health', {}, { origin: ORIGIN }), testContext().context),
    );
    expect(ok.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(exposed(ok)).toEqual(expected);
    const zip = await post(dossier, 'dossier', asJson(small()), {
      'content-type': 'application/json',
      origin: ORIGIN,
    });
    expect(zip.status).toBe(200);
    expect(exposed(zip)).toEqual(expected);
    expect(zip.headers.get('content-disposition')).toBe(
      'attachment; filename="ho-so-khen-thuong-phung-hiep-2023-xa.zip"',
    );
    expect(Number(zip.headers.get('x-dossier-documents'))).toBeGreaterThan(0);
  });

  it('another origin gets the answer without CORS headers, and Vary: Origin', async () => {
    for (const origin of ['https://evil.example', 'null', `${ORIGIN}/`, 'HTTPS://LOCALHOST:3000']) {
      const res = await post(score, 'score', asJson(small()), { 'content-type': 'application/json', origin });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(res.headers.get('access-control-expose-headers')).toBeNull();
      expect(res.headers.get('vary')).toBe('Origin');
    }
  });
});

interface WireAnswer extends ReadResponse {
  raw: IncomingHttpHeaders;
}

describe('on the wire, through the local host', () => {
  let host: LocalHost;
  let port = 0;
  const errors: string[] = [];
  beforeAll(async () => {
    host = await startLocalHost({
      port: 0,
      log: (level, message) => level === 'error' && errors.push(message),
    });
    port = Number(new URL(host.url).port);
  });
  afterAll(() => host.close());
  afterEach(() => expect(errors).toEqual([]));

  /** node's http client: the path goes out exactly as written (fetch would normalise it). */
  function wire(
    method: string,
    path: string,
    headers: Record<string, string> = {},
    body?: Buffer | string | Buffer[],
  ): Promise<WireAnswer> {
    return new Promise((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path, method, headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: Json;
          try {
            json = text ? JSON.parse(text) : undefined;
          } catch {
            json = undefined;
          }
          const list = new Headers();
          for (const [name, value] of Object.entries(res.headers))
            if (value !== undefined) list.set(name, Array.isArray(value) ? value.join(', ') : value);
          resolve({ status: res.statusCode ?? 0, headers: list, raw: res.headers, text, json });
        });
      });
      req.on('error', reject);
      if (Array.isArray(body)) for (const part of body) req.write(part);
      else if (body !== undefined) req.write(body);
      req.end();
    });
  }

  /** Bytes as they are; reads until the server closes. */
  function exchange(bytes: string | Buffer): Promise<WireAnswer> {
    return new Promise((resolve) => {
      const chunks: Buffer[] = [];
      const socket = connect(port, '127.0.0.1', () => socket.end(bytes));
      socket.on('data', (chunk: Buffer) => chunks.push(chunk));
      socket.on('error', () => undefined);
      socket.on('close', () => {
        const answer = Buffer.concat(chunks).toString('utf8');
        const [head, ...rest] = answer.split('\r\n\r\n');
        const lines = head.split('\r\n');
        const headers = new Headers();
        for (const line of lines.slice(1))
          headers.append(line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim());
        const text = rest.join('\r\n\r\n');
        let json: Json;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: Number(lines[0].split(' ')[1]), headers, raw: {}, text, json });
      });
    });
  }

  const JSON_TYPE = { 'content-type': 'application/json' };

  describe('compressed bodies and transfer codings: refused clearly, never read as text', () => {
    const text = () => asJson(small());
    it.each([
      ['gzip', (b: string) => gzipSync(b)],
      ['x-gzip', (b: string) => gzipSync(b)],
      ['deflate', (b: string) => deflateSync(b)],
      ['br', (b: string) => brotliCompressSync(b)],
    ] as const)('Content-Encoding: %s is 415 naming content-encoding', async (coding, compress) => {
      for (const route of ['score', 'validate', 'dossier']) {
        const res = await wire(
          'POST',
          `/api/${route}`,
          { ...JSON_TYPE, 'content-encoding': coding },
          compress(text()),
        );
        expect(res.status).toBe(415);
        expectDocumented(res, `/api/${route}`, 'post');
        expect(res.json.problems[0]).toMatchObject({
          path: '(headers).content-encoding',
          message: 'Hãy gửi JSON không nén (bỏ "Content-Encoding")',
        });
      }
    });

    it('Transfer-Encoding: gzip, chunked is 415 naming transfer-encoding (the gzip bytes are not read as JSON)', async () => {
      const gz = gzipSync(text());
      const res = await exchange(
        Buffer.concat([
          Buffer.from(
            'POST /api/score HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\n' +
              `transfer-encoding: gzip, chunked\r\nconnection: close\r\n\r\n${gz.length.toString(16)}\r\n`,
          ),
          gz,
          Buffer.from('\r\n0\r\n\r\n'),
        ]),
      );
      expect(res.status).toBe(415);
      expectDocumented(res, '/api/score', 'post');
      expect(res.json.problems).toEqual([
        {
          path: '(headers).transfer-encoding',
          message: 'Hãy gửi JSON không nén (bỏ "Content-Encoding")',
          messageEn: 'Send the JSON uncompressed (no "Content-Encoding")',
        },
      ]);
    });

    it.each(['gzip', 'identity'])(
      'Transfer-Encoding: %s (not ending in chunked) is a 400 problem and the connection closes',
      async (coding) => {
        const res = await exchange(
          `POST /api/validate HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\n` +
            `transfer-encoding: ${coding}\r\n\r\n${text()}`,
        );
        expect(res.status).toBe(400);
        expectDocumented(res, '/api/validate', 'post');
        expect(res.headers.get('connection')).toBe('close');
        expect(res.json.problems).toEqual([
          {
            path: '(headers).transfer-encoding',
            message: 'Yêu cầu HTTP không đúng cú pháp',
            messageEn: 'The HTTP request is malformed',
          },
        ]);
      },
    );

    it('a chunked body without content-length, one byte a chunk (a Vietnamese letter split), is read whole', async () => {
      const body = small();
      body.units[0].name = 'Thị trấn Cây Dương — Hậu Giang';
      const bytes = Buffer.from(asJson(body));
      const whole = await wire(
        'POST',
        '/api/score',
        { ...JSON_TYPE, 'content-length': String(bytes.length) },
        bytes,
      );
      const pieces = [...bytes].map((b) => Buffer.from([b]));
      const chunked = await wire('POST', '/api/score', JSON_TYPE, pieces);
      expect(chunked.status).toBe(200);
      expect(chunked.raw['content-length']).toBe(whole.raw['content-length']);
      expect(chunked.json.inputHash).toBe(whole.json.inputHash);
      expect(chunked.text).toBe(whole.text);
      expect(chunked.text).toContain('Thị trấn Cây Dương — Hậu Giang');
    });

    it('Expect: 100-continue with a declared body over the limit gets 413 without "100 Continue"', async () => {
      const answer = await new Promise<string>((resolve) => {
        let out = '';
        const socket = connect(port, '127.0.0.1', () =>
          socket.write(
            'POST /api/score HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\n' +
              'content-length: 99999999\r\nexpect: 100-continue\r\n\r\n',
          ),
        );
        socket.setEncoding('utf8');
        socket.on('data', (chunk: string) => (out += chunk));
        socket.on('error', () => undefined);
        socket.on('close', () => resolve(out));
      });
      expect(answer).not.toMatch(/100 Continue/);
      expect(answer).toMatch(/^HTTP\/1\.1 413 /);
      expect(answer).toContain('"detail":"content-length 99999999"');
    });

    it('Expect: 100-continue with a body in the limit is invited, then scored', async () => {
      const body = asJson({ plan: PLAN_ID, units: [] });
      const answer = await new Promise<string>((resolve) => {
        let out = '';
        let sent = false;
        const socket = connect(port, '127.0.0.1', () =>
          socket.write(
            'POST /api/score HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\n' +
              `content-length: ${body.length}\r\nexpect: 100-continue\r\nconnection: close\r\n\r\n`,
          ),
        );
        socket.setEncoding('utf8');
        socket.on('data', (chunk: string) => {
          out += chunk;
          if (!sent && out.includes('100 Continue')) {
            sent = true;
            socket.write(body);
          }
        });
        socket.on('close', () => resolve(out));
      });
      expect(answer).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200 OK/);
    });
  });

  describe('HEAD and OPTIONS on every route', () => {
    /** The methods a route serves: HEAD beside GET. */
    const served = (methods: readonly string[]) =>
      methods.flatMap((m) => (m === 'GET' ? ['GET', 'HEAD'] : [m]));
    it.each(routes.map((r) => [r.route, r] as const))(
      'OPTIONS /api/%s without Origin: 204 with Allow, no CORS',
      async (_n, route) => {
        const target = `/api/${route.route.replace('{id}', PLAN_ID)}`;
        const res = await wire('OPTIONS', target);
        expect(res.status).toBe(204);
        expect(res.text).toBe('');
        expect(res.headers.get('allow')).toBe(`${served(route.methods).join(', ')}, OPTIONS`);
        expect(res.headers.get('access-control-allow-origin')).toBeNull();
        expect(res.headers.get('cache-control')).toBe('no-store');
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      },
    );

    it.each(routes.map((r) => [r.route, r] as const))(
      'OPTIONS /api/%s preflight: allowed, refused, wrong method',
      async (_n, route) => {
        const target = `/api/${route.route.replace('{id}', PLAN_ID)}`;
        const method = route.methods[0];
        const allowed = await wire('OPTIONS', target, {
          origin: ORIGIN,
          'access-control-request-method': method,
          'access-control-request-headers': 'authorization, content-type',
        });
        expect(allowed.status).toBe(204);
        expect(allowed.text).toBe('');
        expect({
          origin: allowed.headers.get('access-control-allow-origin'),
          methods: allowed.headers.get('access-control-allow-methods'),
          headers: allowed.headers.get('access-control-allow-headers'),
          maxAge: allowed.headers.get('access-control-max-age'),
          vary: allowed.headers.get('vary'),
        }).toEqual({
          origin: ORIGIN,
          methods: `${served([method]).join(', ')}, OPTIONS`,
          headers: 'authorization, content-type, accept, accept-language',
          maxAge: '600',
          vary: 'Origin',
        });
        const refused = await wire('OPTIONS', target, {
          origin: 'https://evil.example',
          'access-control-request-method': method,
        });
        expect(refused.status).toBe(403);
        expect(refused.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
        expect(refused.headers.get('access-control-allow-origin')).toBeNull();
        expect(refused.headers.get('vary')).toBe('Origin');
        expect(refused.json.problems[0]).toMatchObject({
          path: '(headers).origin',
          message: 'Origin "https://evil.example" không nằm trong THIDUA_CORS_ORIGINS',
        });
        const wrong = await wire('OPTIONS', target, {
          origin: ORIGIN,
          'access-control-request-method': 'DELETE',
        });
        expect(wrong.status).toBe(405);
        expect(wrong.headers.get('allow')).toBe(`${served([method]).join(', ')}, OPTIONS`);
        expect(wrong.json.problems[0]).toMatchObject({
          path: '(method)',
          message: `Đường dẫn này nhận ${served([method]).join(', ')}, không nhận DELETE`,
        });
      },
    );

    it('a preflight with a 12 000-character Origin is refused quoting 200 characters of it', async () => {
      const origin = `https://${'a'.repeat(12_000)}.example`;
      const res = await wire('OPTIONS', '/api/score', { origin, 'access-control-request-method': 'POST' });
      expect(res.status).toBe(403);
      expect(res.json.problems[0].message).toBe(
        `Origin "${origin.slice(0, 200)}" không nằm trong THIDUA_CORS_ORIGINS`,
      );
      expect(res.text.length).toBeLessThan(1_000);
    });

    it('OPTIONS on a path that is no route is a 404 problem, not a preflight answer', async () => {
      const res = await wire('OPTIONS', '/api/khong-co', {
        origin: ORIGIN,
        'access-control-request-method': 'POST',
      });
      expect(res.status).toBe(404);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(res.json.problems[0].path).toBe('(url)');
    });

    it.each(['score', 'validate', 'dossier'])(
      'HEAD /api/%s is 405 with Allow: POST, OPTIONS and no body',
      async (route) => {
        const res = await wire('HEAD', `/api/${route}`);
        expect(res.status).toBe(405);
        expect(res.headers.get('allow')).toBe('POST, OPTIONS');
        expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
        expect(res.text).toBe('');
      },
    );
  });

  describe('paths and plan ids as an attacker spells them', () => {
    it('percent-encoded letters of a plan id are the plan id', async () => {
      const plain = await wire('GET', `/api/plans/${PLAN_ID}`);
      for (const spelled of ['phung%2Dhiep-2023-xa', '%70hung-hiep-2023-xa', 'phung-hiep-2023-%78%61']) {
        const res = await wire('GET', `/api/plans/${spelled}`);
        expect(res.status).toBe(200);
        expect(res.text).toBe(plain.text);
      }
    });

    it('an encoded traversal or markup as a plan id is a 404 naming it as JSON text, never a file or HTML', async () => {
      for (const [raw, id] of [
        ['..%2F..%2Fpackage.json', '../../package.json'],
        ['..%5C..%5Cpackage.json', '..\\..\\package.json'],
        ['%3Cscript%3Ealert(1)%3C%2Fscript%3E', '<script>alert(1)</script>'],
        ['%22%7D%2C%7B%22x%22%3A%22', '"},{"x":"'],
      ]) {
        const res = await wire('GET', `/api/plans/${raw}`);
        expect(res.status).toBe(404);
        expectDocumented(res, '/api/plans/{id}', 'get');
        expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
        expect(res.json.problems[0].message).toContain(`"${id}"`);
        expect(res.text).not.toMatch(/"workspaces"|"devDependencies"/);
      }
    });

    it('dot segments are removed before matching, as browsers and URL parsers do; "%2e%2e" is a dot segment', async () => {
      expect((await wire('GET', '/api/./health')).status).toBe(200);
      expect((await wire('GET', '/api/%2E/health')).status).toBe(200);
      const up = await wire('GET', '/api/plans/%2e%2e');
      expect(up.status).toBe(404);
      expect(up.json.problems[0]).toMatchObject({
        path: '(url)',
        message: expect.stringContaining('"/api/"'),
      });
    });

    it('double slashes and a path parameter beside the route are 404 problems', async () => {
      for (const target of ['//api/health', '/api//health', '/api/health;x=1', `/api/plans/${PLAN_ID}/x`]) {
        const res = await wire('GET', target);
        expect(res.status).toBe(404);
        expect(res.json.problems[0].path).toBe('(url)');
      }
    });

    it('a request in absolute form (RFC 9112 §3.2.2) is routed by its path', async () => {
      const res = await exchange(
        'GET http://evil.example/api/health?x=1 HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n',
      );
      expect(res.status).toBe(200);
      expectDocumented(res, '/api/health', 'get');
    });

    it('an HTTP/1.1 request without Host is a 400 problem naming the header', async () => {
      const res = await exchange('GET /api/health HTTP/1.1\r\n\r\n');
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
      expect(res.json.problems).toEqual([
        {
          path: '(headers).host',
          message: 'Yêu cầu HTTP không đúng cú pháp',
          messageEn: 'The HTTP request is malformed',
        },
      ]);
      expect((await exchange('GET /api/health HTTP/1.0\r\n\r\n')).status).toBe(200);
    });

    it('a 15 000-character plan id is 404 quoting 200 characters; 60 long headers are fine', async () => {
      const id = 'p'.repeat(15_000);
      const res = await wire('GET', `/api/plans/${id}`);
      expect(res.status).toBe(404);
      expect(res.json.problems[0].message).toContain(`"${'p'.repeat(200)}"`);
      expect(res.text.length).toBeLessThan(2_000);
      const headers = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`x-h${i}`, 'v'.repeat(200)]));
      expect((await wire('GET', '/api/health', headers)).status).toBe(200);
    });
  });

  describe('the headers of every answer, from the handlers and from the host itself', () => {
    it('nosniff and no-store on every answer; JSON and problem bodies say charset=utf-8', async () => {
      const answers: Array<[string, WireAnswer]> = [];
      for (const route of routes) {
        const target = `/api/${route.route.replace('{id}', PLAN_ID)}`;
        const method = route.methods[0];
        answers.push([
          `${method} ${target}`,
          await wire(method, target, JSON_TYPE, method === 'POST' ? asJson(small()) : undefined),
        ]);
      }
      answers.push(['unknown plan', await wire('GET', '/api/plans/khong-co')]);
      answers.push(['malformed JSON', await wire('POST', '/api/score', JSON_TYPE, '{')]);
      answers.push(['unknown route', await wire('GET', '/api/khong-co')]);
      answers.push(['other method', await wire('DELETE', '/api/score')]);
      answers.push(['unknown Expect', await wire('GET', '/api/health', { expect: 'teapot' })]);
      answers.push(['no Host', await exchange('GET /api/health HTTP/1.1\r\n\r\n')]);
      answers.push([
        'malformed header',
        await exchange('GET /api/health HTTP/1.1\r\nhost: x\r\n: v\r\n\r\n'),
      ]);
      answers.push([
        'URL over 16 KB',
        await exchange(`GET /api/health?${'a'.repeat(20_000)} HTTP/1.1\r\nhost: x\r\n\r\n`),
      ]);
      answers.push([
        'transfer coding',
        await exchange('POST /api/score HTTP/1.1\r\nhost: x\r\ntransfer-encoding: gzip\r\n\r\n'),
      ]);
      for (const [name, res] of answers) {
        const seen = {
          name,
          nosniff: res.headers.get('x-content-type-options'),
          cache: res.headers.get('cache-control'),
        };
        expect(seen).toEqual({ name, nosniff: 'nosniff', cache: 'no-store' });
        const type = res.headers.get('content-type') ?? '';
        if (/json/.test(type))
          expect({ name, type }).toEqual({ name, type: expect.stringMatching(/; charset=utf-8$/) });
        if (res.json !== undefined) expectNoLeak(res.text);
      }
    });
  });

  describe('the same request 20 times at once', () => {
    const body = asJson(sample());
    // Three values a row (an empty body for a GET): a shorter row would make jest pass a `done` callback.
    const requests: Array<[string, string, string]> = [
      ['POST', '/api/score', body],
      ['POST', '/api/validate', body],
      ['POST', '/api/score', '{"plan":'],
      ['GET', '/api/plans', ''],
      ['GET', `/api/plans/${PLAN_ID}`, ''],
      ['GET', '/api/plan-schema', ''],
      ['GET', '/api/openapi.json', ''],
      ['GET', '/api/health', ''],
    ];
    it.each(requests)(
      '%s %s: byte-identical answers, each with its own x-invocation-id',
      async (method, target, payload) => {
        const all = await Promise.all(
          Array.from({ length: 20 }, () =>
            wire(method, target, payload ? JSON_TYPE : {}, payload || undefined),
          ),
        );
        const strip = (res: WireAnswer) => {
          const { date: _date, 'x-invocation-id': _id, connection: _c, 'keep-alive': _k, ...rest } = res.raw;
          return { status: res.status, headers: rest, text: res.text };
        };
        const first = strip(all[0]);
        for (const res of all) expect(strip(res)).toEqual(first);
        expect(new Set(all.map((r) => r.raw['x-invocation-id'])).size).toBe(20);
      },
    );

    it('POST /api/dossier: the same documents; only the files’ creation times (docProps/core.xml) differ', async () => {
      const all = await Promise.all(
        Array.from({ length: 6 }, async () => {
          const res = await fetch(`${host.url}/api/dossier`, {
            method: 'POST',
            headers: JSON_TYPE,
            body: asJson(small()),
          });
          expect(res.status).toBe(200);
          return unzipSync(new Uint8Array(await res.arrayBuffer()));
        }),
      );
      const contents = (zip: Record<string, Uint8Array>) =>
        Object.entries(zip).map(([name, data]) => {
          const inner = unzipSync(data);
          return [
            name,
            Object.entries(inner)
              .filter(([part]) => part !== 'docProps/core.xml')
              .map(([part, bytes]) => `${part}:${strFromU8(bytes).length}:${strFromU8(bytes)}`)
              .join('\n'),
          ];
        });
      const first = contents(all[0]);
      expect(first.length).toBeGreaterThan(0);
      for (const zip of all) expect(contents(zip)).toEqual(first);
    });
  });
});

describe('HEAD, and a missing field, through the local host', () => {
  let host: LocalHost;
  beforeAll(async () => {
    host = await startLocalHost({ port: 0, log: () => undefined });
  });
  afterAll(() => host.close());

  function wireHead(path: string): Promise<{ status: number; headers: IncomingHttpHeaders; length: number }> {
    return new Promise((resolve, reject) => {
      const { port } = new URL(host.url);
      const req = httpRequest({ host: '127.0.0.1', port, path, method: 'HEAD', agent: false }, (res) => {
        let length = 0;
        res.on('data', (chunk: Buffer) => (length += chunk.length));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, length }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  // RFC 9110 §9.3.2: HEAD is GET without the body
  it('HEAD on every GET route answers as GET does, without the body', async () => {
    for (const route of routes.filter((r) => r.methods.includes('GET'))) {
      const target = `/api/${route.route.replace('{id}', PLAN_ID)}`;
      const get = await fetch(`${host.url}${target}`);
      const head = await wireHead(target);
      expect(head.status).toBe(200);
      expect(head.length).toBe(0);
      expect(head.headers['content-type']).toBe(get.headers.get('content-type'));
      expect(head.headers['content-length']).toBe(get.headers.get('content-length'));
    }
  });

  it('a missing field is said to be missing, in words an official reads', async () => {
    const res = await post(validate, 'validate', asJson({ plan: PLAN_ID, units: [{ id: 'a' }] }));
    expect(res.status).toBe(400);
    const problem = res.json.problems.find((p: { path: string }) => p.path === 'units[0].values');
    expect(problem.message).not.toMatch(/undefined|record/);
    expect(problem.message).toMatch(/^Thiếu/);
  });
});

describe('a key written twice in one object', () => {
  it('is 400 on every body route, naming the key and where it is, never read as the last value', async () => {
    const text = JSON.stringify(sampleBody(), null, 1).replace(
      /"tc01":\s*("[^"]*"|[^,}\n]+)/,
      '"tc01": "Có", "tc01": "Không"',
    );
    expect(text).toContain('"tc01": "Có", "tc01": "Không"');
    for (const [handler, route] of [
      [score, 'score'],
      [validate, 'validate'],
      [dossier, 'dossier'],
    ] as const) {
      const res = await post(handler, route, text);
      expect(res.status).toBe(400);
      expect(res.json.problems).toHaveLength(1);
      expect(res.json.problems[0]).toMatchObject({ path: '(body)' });
      expectDocumented(res, `/api/${route}`, 'post');
      expect(res.json.problems[0].message).toMatch(
        /^Khóa "tc01" được viết hai lần trong units\[0\]\.values \(lần thứ hai ở dòng \d+, cột \d+\): không biết lấy giá trị nào, hãy giữ một$/,
      );
      expect(res.json.problems[0].messageEn).toMatch(
        /^The key "tc01" is written twice in units\[0\]\.values/,
      );
    }
  });

  it('the same key in two objects, and colons inside texts, are no duplicate', async () => {
    const body = sampleBody() as { units: { name?: string }[] };
    body.units[0].name = 'Xã Tân Long (họp 08:30, xem https://x.vn)';
    const res = await post(validate, 'validate', JSON.stringify(body));
    expect(res.status).toBe(200);
  });
});

describe("the local host's own refusals are in the document", () => {
  it('400, 408, 417 and 431 on every GET route, 417 on every body route', () => {
    const paths = contract.document.paths as Record<
      string,
      Record<string, { responses: Record<string, Json> }>
    >;
    const gets = Object.entries(paths).filter(([, ops]) => ops.get);
    expect(gets.length).toBe(5);
    for (const [route, ops] of gets)
      for (const status of ['400', '408', '417', '431'])
        expect({ route, status, documented: status in ops.get.responses }).toEqual({
          route,
          status,
          documented: true,
        });
    for (const route of ['/api/score', '/api/validate', '/api/dossier'])
      expect('417' in paths[route].post.responses).toBe(true);
  });
});
