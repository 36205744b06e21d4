/**
 * Hostile requests a careless or hostile client sends, each answered either by a clear 4xx problem+json naming the
 * field and why (Vietnamese, English beside) or by a correct score — never a 500, a stack trace, a hang, or a
 * silently different reading. Bodies in other encodings and with NaN/Infinity or overflowing numbers, numerals from
 * other scripts, deep nesting, duplicate keys at depth, content types and codings, look-alike ids and keys, records
 * of the wrong shape, misspelt options, an inline plan of 10,000 criteria, and a Content-Length that lies.
 */
import './quiet-azure';

import { connect } from 'node:net';
import { gzipSync } from 'node:zlib';

import { plan } from '../src/functions/plan';
import { score } from '../src/functions/score';
import { validate } from '../src/functions/validate';
import { startLocalHost, type LocalHost } from '../src/local-host';
import { loadContract, type Contract } from './contract';
import {
  expectProblem,
  getRequest,
  jsonRequest,
  readResponse,
  sampleBody,
  testContext,
  useEnv,
  type ReadResponse,
} from './helpers';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

let restoreEnv: () => void;
let contract: Contract;
beforeAll(async () => {
  restoreEnv = useEnv({});
  contract = await loadContract('https://thidua.local/hostile-round/openapi.json');
});
afterAll(() => restoreEnv());

const UNIT = 'tt-cay-duong';

/** Two units of the Phụng Hiệp sample, every criterion explained. */
function body(): Json {
  const sample = sampleBody('xa') as Json;
  return { ...sample, units: structuredClone(sample.units.slice(0, 2)), options: { explain: 'full' } };
}

async function post(
  payload: string | Uint8Array,
  headers: Record<string, string> = { 'content-type': 'application/json' },
  route: 'score' | 'validate' = 'score',
): Promise<ReadResponse> {
  const { context, logs } = testContext();
  const res = await readResponse(
    await (route === 'score' ? score : validate)(jsonRequest(route, payload, headers), context),
  );
  expect(logs.filter((l) => l.level === 'error')).toEqual([]);
  if (res.status >= 400) {
    expectProblem(res);
    contract.expectDocumented(res, `/api/${route}`, 'post');
    for (const p of res.json.problems) expect(p.messageEn).toEqual(expect.any(String));
  } else contract.expectDocumented(res, `/api/${route}`, 'post');
  return res;
}

const unitOf = (res: ReadResponse, id = UNIT): Json => res.json.results.find((u: Json) => u.unitId === id);
const criterionOf = (res: ReadResponse, criterion: string, id = UNIT): Json =>
  unitOf(res, id).criteria.find((c: Json) => c.id === criterion);

let reference: ReadResponse;
beforeAll(async () => {
  reference = await post(JSON.stringify(body()));
  expect(reference.status).toBe(200);
  expect(criterionOf(reference, 'tc08')).toMatchObject({ value: 85.5, points: 10, status: 'ok' });
  expect(criterionOf(reference, 'tc18')).toMatchObject({ value: 3, points: 8, status: 'ok' });
});

function withCell(criterion: string, value: unknown): string {
  const b = body();
  b.units[0].values[criterion] = value;
  return JSON.stringify(b);
}

describe('bodies in another encoding, or with literals JSON does not have', () => {
  it('a UTF-8 BOM is dropped: the same answer and input hash as without it', async () => {
    const res = await post(`\ufeff${JSON.stringify(body())}`);
    expect(res.status).toBe(200);
    expect(res.json.inputHash).toBe(reference.json.inputHash);
    expect(res.text).toBe(reference.text);
  });

  it('UTF-16 (with or without its BOM) is 400 "not UTF-8" at (body), never a garbled reading', async () => {
    const text = JSON.stringify(body());
    for (const bytes of [
      Buffer.from(`\ufeff${text}`, 'utf16le'),
      Buffer.from(text, 'utf16le'),
      Buffer.from(`\ufeff${text}`, 'utf16le').swap16(),
    ]) {
      const res = await post(new Uint8Array(bytes));
      expect(res.status).toBe(400);
      expect(res.json.problems).toEqual([
        {
          path: '(body)',
          message: 'Nội dung không phải văn bản UTF-8',
          messageEn: 'The body is not valid UTF-8',
        },
      ]);
    }
  });

  it.each(['NaN', 'Infinity', '-Infinity', 'undefined', '0x10', '.5', '1.', '+1', '01'])(
    'the literal %s in a value is malformed JSON (400 at (body)), not a number',
    async (literal) => {
      const res = await post(JSON.stringify(body()).replace('"tc18":3', `"tc18":${literal}`));
      expect(res.status).toBe(400);
      expect(res.json.problems[0].path).toBe('(body)');
      expect(res.json.problems[0].message).toMatch(/^Không đọc được JSON/);
    },
  );
});

describe('numbers beyond what a double holds', () => {
  it.each([
    ['1e309', 'units[0].values.tc18'],
    ['-1e309', 'units[0].values.tc18'],
    [`1${'0'.repeat(400)}`, 'units[0].values.tc18'],
  ])(
    '%s overflows to Infinity: 400 naming the field and that the number is too large',
    async (literal, path) => {
      const res = await post(JSON.stringify(body()).replace('"tc18":3', `"tc18":${literal}`));
      expect(res.status).toBe(400);
      expect(res.json.problems).toEqual([
        {
          path,
          message: `Số ở ${path} quá lớn, không đọc được (vượt ±1,7976931348623157e308); hãy gửi một số nhỏ hơn`,
          messageEn: `The number at ${path} is too large to read (beyond ±1.7976931348623157e308); send a smaller number`,
        },
      ]);
    },
  );

  it('an overflow in a fact, an option or an inline plan names that field', async () => {
    const fact = JSON.stringify(body()).replace(
      '"lateDossiersMaxInMonth":0',
      '"lateDossiersMaxInMonth":1e400',
    );
    expect((await post(fact)).json.problems[0].path).toBe('units[0].facts.lateDossiersMaxInMonth');
    const opt = await post(
      JSON.stringify(body()).replace('"explain":"full"', '"explain":"full","decisionDate":9e999'),
    );
    expect(opt.json.problems[0].path).toBe('options.decisionDate');
    const document = (
      await readResponse(
        await plan(
          getRequest(`plans/phung-hiep-2023-xa`, { id: 'phung-hiep-2023-xa' }),
          testContext().context,
        ),
      )
    ).json;
    const inline = JSON.stringify({ plan: document, units: [] }).replace(
      /"maxPoints":10\b/,
      '"maxPoints":1e999',
    );
    // an inline plan is the plan's own checks: 422 at the same path
    const res = await post(inline);
    expect(res.status).toBe(422);
    expect(res.json.problems[0].path).toMatch(/^plan\.criteria\[\d+\]\.maxPoints$/);
  });

  it('every overflowing number is named, each at its path', async () => {
    const text = JSON.stringify(body())
      .replace('"tc18":3', '"tc18":1e309')
      .replace('"lateDossiersMaxInMonth":0', '"lateDossiersMaxInMonth":-1e999');
    const res = await post(text);
    expect(res.status).toBe(400);
    expect(res.json.problems.map((p: Json) => p.path).sort()).toEqual([
      'units[0].facts.lateDossiersMaxInMonth',
      'units[0].values.tc18',
    ]);
  });

  it('"1e309" written as text is a cell text: the criterion is invalid and said so, the award held', async () => {
    const res = await post(withCell('tc18', '1e309'));
    expect(res.status).toBe(200);
    expect(criterionOf(res, 'tc18')).toMatchObject({ status: 'invalid', points: 0, value: null });
    expect(unitOf(res).award).toBeNull();
    expect(unitOf(res).flags.map((f: Json) => f.code)).toEqual(
      expect.arrayContaining(['invalid-value', 'pending-missing-data']),
    );
  });

  it('2^53 + 1 (read as 2^53 by JSON.parse) is refused at its path, naming what was written and what it would read', async () => {
    const res = await post(JSON.stringify(body()).replace('"tc18":3', '"tc18":9007199254740993'));
    expect(res.status).toBe(400);
    expect(res.json.problems).toHaveLength(1);
    expect(res.json.problems[0].path).toBe('units[0].values.tc18');
    expect(res.json.problems[0].message).toMatch(/9007199254740993 .*sẽ bị đọc thành 9007199254740992/);
    expect(res.json.problems[0].messageEn).toMatch(/9007199254740993 .*read as 9007199254740992/);
  });

  it('2^53 + 1 sent as text is a cell text: a count too large, the award held, not scored', async () => {
    const res = await post(JSON.stringify(body()).replace('"tc18":3', '"tc18":"9007199254740993"'));
    expect(res.status).toBe(200);
    expect(criterionOf(res, 'tc18')).toMatchObject({ status: 'invalid', points: 0 });
    expect(criterionOf(res, 'tc18').explanation).toMatch(/số lượng quá lớn/);
    expect(unitOf(res).award).toBeNull();
    expect(unitOf(res).incomplete).toBe(true);
  });
});

describe('an overflowing number in an inline plan', () => {
  // JSON.parse reads 1e400 as Infinity, which zod calls a number: the 422 said "expected a number, received a number"
  it('the 422 says the number is too large', async () => {
    const document = (
      await readResponse(
        await plan(
          getRequest('plans/phung-hiep-2023-xa', { id: 'phung-hiep-2023-xa' }),
          testContext().context,
        ),
      )
    ).json;
    const text = JSON.stringify({ plan: document, units: [] }).replace('"maxPoints":10', '"maxPoints":1e400');
    const res = await post(text);
    expect(res.status).toBe(422);
    expect(res.json.problems[0].path).toBe('plan.criteria[0].maxPoints');
    expect(res.json.problems[0].message).toMatch(/quá lớn/);
    expect(res.json.problems[0].messageEn).toMatch(/too large/);
  });
});

describe('numerals and separators from other scripts', () => {
  it.each(['85,5\u00a0%', '85,5\u202f%', '85,5 %', '85.5%', '+85,5%'])(
    'the rate %j reads 85,5%% (10 points), exactly as "85,5%%"',
    async (text) => {
      const res = await post(withCell('tc08', text));
      expect(criterionOf(res, 'tc08')).toMatchObject({ value: 85.5, points: 10, status: 'ok' });
      expect(unitOf(res).total).toBe(unitOf(reference).total);
    },
  );

  it.each(['８５,５%', '٨٥٫٥%', '۸۵,۵%', '८५%', '8\u200b5,5%', '85,5%%', '85,5٪'])(
    'the rate %j is not read as a number: invalid, said in the cell’s words, the award held',
    async (text) => {
      const res = await post(withCell('tc08', text));
      expect(criterionOf(res, 'tc08')).toMatchObject({ status: 'invalid', points: 0, value: null });
      expect(criterionOf(res, 'tc08').explanation).toContain(JSON.stringify(text));
      const flags = unitOf(res).flags.map((f: Json) => f.code);
      expect(flags).toEqual(expect.arrayContaining(['invalid-value', 'pending-missing-data']));
      expect(unitOf(res).award).toBeNull();
    },
  );

  it.each([
    ['10\u00a0000', 10_000],
    ['10\u202f000', 10_000],
    ['10.000', 10_000],
    ['3,0', 3],
  ])('the count %j reads %d', async (text, value) => {
    expect(criterionOf(await post(withCell('tc18', text)), 'tc18')).toMatchObject({ value, status: 'ok' });
  });

  it.each(['１０', '٣', '3e0', '0x3', '−3', '3\u00ad', '\u200b3'])(
    'the count %j is invalid, not a number',
    async (text) => {
      const res = await post(withCell('tc18', text));
      expect(criterionOf(res, 'tc18')).toMatchObject({ status: 'invalid', points: 0 });
      expect(unitOf(res).award).toBeNull();
    },
  );
});

describe('shapes: nesting, duplicate keys at depth, records of the wrong kind', () => {
  it('arrays 100,000 deep inside a value: 400 "nested more than 64 levels", quickly', async () => {
    const started = Date.now();
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const res = await post(JSON.stringify(body()).replace('"tc18":3', `"tc18":${deep}`));
    expect(res.status).toBe(400);
    expect(res.json.problems[0]).toMatchObject({ path: '(body)', message: 'JSON lồng nhau quá 64 cấp' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('a key written twice inside a unit’s facts or its self-assessment: 400 naming the key and where', async () => {
    const text = JSON.stringify(body()).replace(
      '"reportDelayMaxDays":0',
      '"reportDelayMaxDays":0,"reportDelayMaxDays":5',
    );
    const res = await post(text);
    expect(res.status).toBe(400);
    expect(res.json.problems[0].message).toMatch(
      /^Khóa "reportDelayMaxDays" được viết hai lần trong units\[0\]\.facts/,
    );
    const b = body();
    b.units[1].selfAssessment = { values: { tc08: '90%' } };
    const twice = JSON.stringify(b).replace('"tc08":"90%"', '"tc08":"90%","tc08":"95%"');
    expect((await post(twice)).json.problems[0].message).toMatch(/units\[1\]\.selfAssessment\.values/);
  });

  it.each([
    [
      'values',
      (b: Json) => (b.units[0].values = Object.values(b.units[0].values)),
      'units[0].values',
      /mong đợi đối tượng, nhận được mảng/,
    ],
    [
      'facts',
      (b: Json) => (b.units[0].facts = [0, 0]),
      'units[0].facts',
      /mong đợi đối tượng, nhận được mảng/,
    ],
    ['units', (b: Json) => (b.units = { a: b.units[0] }), 'units', /mong đợi mảng, nhận được đối tượng/],
    ['values', (b: Json) => (b.units[0].values = 'tc08=85,5%'), 'units[0].values', /mong đợi đối tượng/],
  ])('%s of the wrong kind: 400 at its path', async (_what, change, path, message) => {
    const b = body();
    change(b);
    const res = await post(JSON.stringify(b));
    expect(res.status).toBe(400);
    expect(res.json.problems[0].path).toBe(path);
    expect(res.json.problems[0].message).toMatch(message);
  });
});

describe('content types and codings', () => {
  it.each([
    'application/json; charset=latin1',
    'application/json; charset=iso-8859-1',
    'application/json; charset=utf-16',
    'multipart/form-data; boundary=x',
    'application/x-www-form-urlencoded',
    'text/plain',
    'application/json; charset=utf-8; charset=latin1',
  ])('Content-Type %j: 415 at (headers).content-type, quoting it', async (type) => {
    const res = await post(JSON.stringify(body()), { 'content-type': type });
    expect(res.status).toBe(415);
    expect(res.json.problems[0].path).toBe('(headers).content-type');
    expect(res.json.problems[0].message).toContain(type);
  });

  it('no Content-Type given to the handler (the library then says text/plain): 415', async () => {
    const res = await post(JSON.stringify(body()), {});
    expect(res.status).toBe(415);
    expect(res.json.problems[0].path).toBe('(headers).content-type');
  });

  it.each([
    'application/json; charset=UTF-8',
    'application/json;charset="utf-8"',
    'APPLICATION/JSON',
    'application/json ; charset = utf-8',
  ])('Content-Type %j is JSON in UTF-8: the same answer', async (type) => {
    const res = await post(JSON.stringify(body()), { 'content-type': type });
    expect(res.status).toBe(200);
    expect(res.json.inputHash).toBe(reference.json.inputHash);
  });

  it.each(['gzip', 'deflate', 'br', 'identity, gzip', 'GZIP'])(
    'Content-Encoding %j (a real gzip body): 415 at (headers).content-encoding',
    async (coding) => {
      const res = await post(new Uint8Array(gzipSync(JSON.stringify(body()))), {
        'content-type': 'application/json',
        'content-encoding': coding,
      });
      expect(res.status).toBe(415);
      expect(res.json.problems[0]).toMatchObject({
        path: '(headers).content-encoding',
        messageEn: 'Send the JSON uncompressed (no "Content-Encoding")',
      });
    },
  );
});

describe('look-alike ids and keys', () => {
  it('unit ids "Xã Hòa" in NFC and in NFD: 400 at units[1].id, saying they only look different', async () => {
    const b = body();
    b.units[0].id = 'Xã Hòa'.normalize('NFC');
    b.units[1].id = 'Xã Hòa'.normalize('NFD');
    expect(b.units[0].id).not.toBe(b.units[1].id);
    const res = await post(JSON.stringify(b));
    expect(res.status).toBe(400);
    expect(res.json.problems[0]).toMatchObject({ path: 'units[1].id' });
    expect(res.json.problems[0].messageEn).toMatch(/looks like units\[0\]/);
  });

  it('a unit id with a zero-width space beside the same id without: 400; an id of invisible characters only: 400', async () => {
    const b = body();
    b.units[0].id = 'xa\u200bhoa';
    b.units[1].id = 'xahoa';
    expect((await post(JSON.stringify(b))).json.problems[0].path).toBe('units[1].id');
    b.units[1].id = '\u200b\u2060';
    const res = await post(JSON.stringify(b));
    expect(res.status).toBe(400);
    expect(res.json.problems[0].path).toBe('units[1].id');
  });

  it('a criterion code with a zero-width space is not the criterion: flagged unknown, the criterion missing, held', async () => {
    const b = body();
    b.units[0].values['tc\u200b08'] = b.units[0].values.tc08;
    delete b.units[0].values.tc08;
    const res = await post(JSON.stringify(b));
    const flags = unitOf(res).flags;
    expect(flags.map((f: Json) => [f.code, f.criterionId])).toEqual(
      expect.arrayContaining([
        ['missing-value', 'tc08'],
        ['unknown-criterion', 'tc\u200b08'],
      ]),
    );
    expect(unitOf(res).award).toBeNull();
  });
});

describe('a code in capitals, as /validate says it', () => {
  it('is an unknown criterion, quoted as written', async () => {
    const b = body();
    b.units[0].values.TC08 = b.units[0].values.tc08;
    const res = await post(JSON.stringify(b), undefined, 'validate');
    expect(res.json.problems.find((p: Json) => p.code === 'unknown-criterion').message).toBe(
      'Đơn vị "Thị trấn Cây Dương": "TC08" không phải mã tiêu chí của kế hoạch',
    );
  });
});

describe('/validate and /score show an invisible character in an unknown code', () => {
  // quoted with the character hidden, "tc<invisible>08" read as "tc08 is not a criterion of the plan"
  it('/validate: the unknown criterion or fact shows the character (<U+200B>) and says to delete it', async () => {
    const b = body();
    b.units[0].values['tc\u200b08'] = b.units[0].values.tc08;
    delete b.units[0].values.tc08;
    b.units[0].facts['report\u2060DelayMaxDays'] = 1;
    const res = await post(JSON.stringify(b), undefined, 'validate');
    expect(res.status).toBe(200);
    const byCode = (code: string) => res.json.problems.find((p: Json) => p.code === code);
    expect(byCode('unknown-criterion')).toMatchObject({
      path: 'units[0].values.tc\u200b08',
      message:
        'Đơn vị "Thị trấn Cây Dương": "tc<U+200B>08" không phải mã tiêu chí của kế hoạch (mã có ký tự ẩn, hãy xóa ký tự đó)',
      messageEn:
        'Unit "Thị trấn Cây Dương": "tc<U+200B>08" is not a criterion of the plan (the code has an invisible character: delete it)',
    });
    expect(byCode('unknown-fact').message).toBe(
      'Đơn vị "Thị trấn Cây Dương": "report<U+2060>DelayMaxDays" không phải mã dữ kiện của kế hoạch (mã có ký tự ẩn, hãy xóa ký tự đó)',
    );
    expect(byCode('missing-value')).toMatchObject({ path: 'units[0].values.tc08' });
  });

  it('/score: the unknown-criterion flag shows the character too', async () => {
    const b = body();
    b.units[0].values['tc\u200b08'] = b.units[0].values.tc08;
    delete b.units[0].values.tc08;
    const flag = unitOf(await post(JSON.stringify(b))).flags.find(
      (f: Json) => f.code === 'unknown-criterion',
    );
    expect(flag.message).toContain('<U+200B>');
  });
});

describe('options misspelt', () => {
  it.each([
    [{ explain: 'ful' }, 'options.explain', /mong đợi một trong các giá trị "none"\|"summary"\|"full"/],
    [{ explain: 'FULL' }, 'options.explain', /"none"\|"summary"\|"full"/],
    [{ explain: 'full ' }, 'options.explain', /"none"\|"summary"\|"full"/],
    [{ explain: ['full'] }, 'options.explain', /"none"\|"summary"\|"full"/],
    [{ explian: 'full' }, 'options.explian', /Khóa không được nhận dạng: "explian"/],
    [{ Explain: 'full' }, 'options.Explain', /Khóa không được nhận dạng: "Explain"/],
    [{ explanations: 'true' }, 'options.explanations', /mong đợi true\/false, nhận được chuỗi/],
    [{ explain: 'summary', explanations: true }, 'options.explanations', /mâu thuẫn/],
  ])('%j: 400 at %s, in both languages, on /score and /validate', async (options, path, message) => {
    for (const route of ['score', 'validate'] as const) {
      const res = await post(JSON.stringify({ ...body(), options }), undefined, route);
      expect([route, res.status]).toEqual([route, 400]);
      expect(res.json.problems[0].path).toBe(path);
      expect(res.json.problems[0].message).toMatch(message);
      expect(res.json.problems[0].messageEn).not.toBe(res.json.problems[0].message);
    }
  });
});

describe('an inline plan of 10,000 criteria', () => {
  it('is refused at plan.criteria (at most 200), quickly, on /score and /validate', async () => {
    const document = (
      await readResponse(
        await plan(
          getRequest(`plans/phung-hiep-2023-xa`, { id: 'phung-hiep-2023-xa' }),
          testContext().context,
        ),
      )
    ).json;
    const first = document.criteria[0];
    document.criteria = Array.from({ length: 10_000 }, (_, i) => ({
      ...first,
      id: `c${i}`,
      number: String(i + 1),
      maxPoints: 1,
    }));
    const started = Date.now();
    for (const route of ['score', 'validate'] as const) {
      const res = await post(
        JSON.stringify({ plan: document, units: [{ id: 'a', values: {} }] }),
        undefined,
        route,
      );
      expect(res.status).toBe(422);
      expect(res.json.problems[0]).toMatchObject({
        path: 'plan.criteria',
        message: 'Tối đa 200 tiêu chí',
        messageEn: 'At most 200 criteria',
      });
    }
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('through the local host: a Content-Length that lies', () => {
  let host: LocalHost;
  beforeAll(async () => {
    host = await startLocalHost({ port: 0, log: () => undefined });
  });
  afterAll(() => host.close());

  /** Raw bytes on a socket; resolves with everything the server sent before it closed (or 3 s passed). */
  function raw(bytes: string): Promise<string> {
    const { port } = new URL(host.url);
    return new Promise((resolve) => {
      const socket = connect(Number(port), '127.0.0.1');
      const chunks: Buffer[] = [];
      const done = () => resolve(Buffer.concat(chunks).toString('utf8'));
      socket.on('data', (c: Buffer) => chunks.push(c));
      socket.on('close', done);
      socket.on('error', done);
      socket.setTimeout(3_000, () => socket.destroy());
      socket.write(bytes);
    });
  }

  it('shorter than the body: the body read is cut there, a 400 problem naming where the JSON ends', async () => {
    const text = JSON.stringify(body());
    const answer = await raw(
      `POST /api/score HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 20\r\nconnection: close\r\n\r\n${text}`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toMatch(/content-type: application\/problem\+json; charset=utf-8/i);
    expect(answer).toContain('"path":"(body)"');
    expect(answer).not.toMatch(/HTTP\/1\.1 5\d\d/);
  });

  it('no Content-Type header at all: 415 at (headers).content-type', async () => {
    const answer = await raw(
      `POST /api/score HTTP/1.1\r\nhost: x\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 415 /);
    expect(answer).toContain('"path":"(headers).content-type"');
  });

  it('not a number, or two that disagree: a 400 before any handler, never a 500', async () => {
    for (const framing of [
      'content-length: abc',
      'content-length: 5\r\ncontent-length: 6',
      'content-length: -1',
    ]) {
      const answer = await raw(
        `POST /api/score HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\n${framing}\r\n\r\n{}`,
      );
      expect([framing, answer.slice(0, 12)]).toEqual([framing, 'HTTP/1.1 400']);
      expect(answer).toContain('application/problem+json');
    }
  });
});
