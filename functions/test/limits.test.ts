import './quiet-azure';

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { PLAN_LIMITS } from '@thidua/core';
import { DEFAULTS, ENV, loadConfig, requestLimits } from '../src/config';
import { score } from '../src/functions/score';
import { validate } from '../src/functions/validate';
import { jsonRequest, readResponse, testContext, useEnv } from './helpers';

/** A plan to break: the overrides are what each case is about. */
function plan(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'bom',
    version: '1.0.0',
    title: 'Kế hoạch thử giới hạn',
    source: { number: '1/KH-THU', issuer: 'UBND thử', date: '2024-01-01' },
    period: { from: '2024-01-01', to: '2024-12-31' },
    blocks: [{ id: 'a', name: 'Khối A' }],
    criteria: [
      { id: 'diem', number: '1', title: 'Điểm chấm', maxPoints: 100, scoring: { kind: 'assessed' } },
    ],
    ...overrides,
  };
}

const yesNo = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    number: `${i + 1}`,
    title: `Tiêu chí ${i + 1}`,
    maxPoints: 1,
    scoring: { kind: 'yesNo' },
  }));
const emptyUnits = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `u${i}`, values: {} }));
const scoredUnits = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `u${i}`, values: { diem: i } }));
const tier = (count: number, prize = 1_000_000) => ({
  id: 'nhat',
  name: 'Giải Nhất',
  count,
  minTotal: 0,
  prize,
});

interface ChildResult {
  name: string;
  status: number;
  contentType: string | null;
  problems: string[];
  answer?: {
    results: Array<{ criteria: Array<{ status: string; explanation?: string }>; flags: unknown[] }>;
  };
  health: number;
}

/** The cases of issue 10 that took the process down or answered 500, sent to a child with a 192 MB heap. */
const CASES: Array<{ name: string; route?: 'score' | 'validate'; body: unknown }> = [
  {
    name: 'tier count 2^32-1',
    body: { plan: plan({ awards: { tiers: [tier(4_294_967_295)] } }), units: scoredUnits(3) },
  },
  { name: 'tier count 1e8', body: { plan: plan({ awards: { tiers: [tier(1e8)] } }), units: scoredUnits(3) } },
  {
    name: '800 yes/no × 8,000 empty',
    body: { plan: plan({ criteria: yesNo(800) }), units: emptyUnits(8_000) },
  },
  {
    name: '400 yes/no × 4,000 empty',
    body: { plan: plan({ criteria: yesNo(400) }), units: emptyUnits(4_000) },
  },
  {
    name: '200 yes/no × 6,000 empty (cells)',
    body: { plan: plan({ criteria: yesNo(200) }), units: emptyUnits(6_000) },
  },
  {
    name: '100 yes/no × 7,000 empty (answer)',
    body: { plan: plan({ criteria: yesNo(100) }), units: emptyUnits(7_000), options: { explain: 'full' } },
  },
  {
    name: '100 yes/no × 7,000 empty (validate)',
    route: 'validate',
    body: { plan: plan({ criteria: yesNo(100) }), units: emptyUnits(7_000) },
  },
  {
    name: 'maxPoints 1e308',
    body: {
      plan: plan({
        criteria: [
          { id: 'a', number: '1', title: 'A', maxPoints: 1e308, scoring: { kind: 'yesNo' } },
          { id: 'b', number: '2', title: 'B', maxPoints: 1e308, scoring: { kind: 'yesNo' } },
        ],
      }),
      units: [{ id: 'u', values: { a: 'Có', b: 'Có' } }],
    },
  },
  {
    name: 'tier prizes past 2^53',
    body: { plan: plan({ awards: { tiers: [tier(10, 999_999_999_999_999)] } }), units: scoredUnits(12) },
  },
  {
    name: 'decision prizes past 2^53',
    body: {
      plan: plan({
        awards: {
          decisions: [
            {
              id: 'khen',
              name: 'Khen',
              awardForm: 'Giấy khen',
              dossierSets: 1,
              prize: { amount: 999_999_999_999_999 },
              reason: 'Đạt',
            },
          ],
        },
      }),
      units: scoredUnits(10),
    },
  },
  {
    name: 'plusDays 1e15',
    body: {
      plan: plan({
        facts: [{ id: 'ngay', label: 'Ngày công nhận', type: 'date' }],
        awards: {
          decisions: [
            {
              id: 'khen',
              name: 'Khen',
              awardForm: 'Giấy khen',
              dossierSets: 1,
              reason: 'Đạt',
              dueDate: { fact: 'ngay', plusDays: 1e15 },
            },
          ],
        },
      }),
      units: [{ id: 'u', values: { diem: 5 }, facts: { ngay: '2024-01-05' } }],
    },
  },
  {
    // 1.2 MB of whitespace-padded cells: quadratic suffix regexes blocked the event loop for seconds per cell
    name: 'whitespace-padded cells',
    body: {
      plan: plan({
        criteria: [
          { id: 'r', number: '1', title: 'Tỷ lệ', maxPoints: 10, scoring: { kind: 'rate', target: 80 } },
        ],
      }),
      units: Array.from({ length: 120 }, (_, i) => ({
        id: `u${i}`,
        values: { r: `1${' '.repeat(9_990)}x%` },
      })),
      options: { explain: 'full' },
    },
  },
];

describe('hostile requests in a child process with a 192 MB heap', () => {
  let results: Map<string, ChildResult>;
  let child: ReturnType<typeof spawnSync>;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'thidua-limits-'));

  beforeAll(() => {
    const files = CASES.map((c, i) => {
      const file = `case-${i}.json`;
      writeFileSync(path.join(dir, file), JSON.stringify(c.body));
      return { name: c.name, route: c.route ?? 'score', file };
    });
    writeFileSync(path.join(dir, 'cases.json'), JSON.stringify(files));
    // the timeout only guards against a hung child; nothing here measures speed
    child = spawnSync(
      process.execPath,
      ['--max-old-space-size=192', '--import', 'tsx', path.join(__dirname, 'limits-child.ts'), dir],
      { encoding: 'utf8', timeout: 170_000, env: { ...process.env, THIDUA_AUTH: 'off' } },
    );
    results = new Map(
      String(child.stdout)
        .split('\n')
        .filter((line) => line.startsWith('RESULT '))
        .map((line) => JSON.parse(line.slice(7)) as ChildResult)
        .map((r) => [r.name, r]),
    );
  }, 180_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers every case and stays alive (health after each)', () => {
    expect({ code: child.status, signal: child.signal, stderr: String(child.stderr).slice(-500) }).toEqual({
      code: 0,
      signal: null,
      stderr: expect.any(String),
    });
    expect([...results.keys()]).toEqual(CASES.map((c) => c.name));
    for (const r of results.values()) expect(r.health).toBe(200);
  });

  const refused = (name: string, status: number, ...texts: string[]) => {
    const r = results.get(name);
    expect(r?.status).toBe(status);
    expect(r?.contentType).toMatch(/^application\/problem\+json/);
    const said = (r?.problems ?? []).join('\n');
    for (const text of texts) expect(said).toContain(text);
  };

  it('a tier count of 4294967295 or 1e8 is a plan problem (422) naming the limit', () => {
    refused('tier count 2^32-1', 422, 'awards.tiers[0].count', 'Số giải của một hạng không quá 10.000');
    refused('tier count 1e8', 422, 'awards.tiers[0].count', 'không quá 10.000');
  });

  it('800 or 400 yes/no criteria are over the plan limit (422)', () => {
    refused('800 yes/no × 8,000 empty', 422, 'plan.criteria', `Tối đa ${PLAN_LIMITS.criteria} tiêu chí`);
    refused('400 yes/no × 4,000 empty', 422, 'plan.criteria', `Tối đa ${PLAN_LIMITS.criteria} tiêu chí`);
  });

  it('within the plan limits, too many cells or too large an answer is 413 saying what to do', () => {
    refused(
      '200 yes/no × 6,000 empty (cells)',
      413,
      '6.000 đơn vị × 200 cột',
      '1.200.000 ô',
      'chia thành 2 yêu cầu',
    );
    refused(
      '100 yes/no × 7,000 empty (answer)',
      413,
      'Câu trả lời cho 7.000 đơn vị ước tính',
      'options.explain="summary"',
    );
    refused('100 yes/no × 7,000 empty (validate)', 413, 'Danh sách lỗi cho 7.000 đơn vị', 'chia yêu cầu');
  });

  it('non-finite totals, unsafe prize sums and far due dates are refused, not 500', () => {
    refused('maxPoints 1e308', 422, 'criteria[0].maxPoints', 'Điểm tối đa không quá 10.000');
    refused(
      'tier prizes past 2^53',
      422,
      'awards.tiers',
      '9.999.999.999.999.990 đồng',
      '9.007.199.254.740.991',
    );
    refused('decision prizes past 2^53', 422, 'awards', '9.999.999.999.999.990 đồng', 'tối đa 9 đơn vị');
    refused('plusDays 1e15', 422, 'dueDate.plusDays', 'Số ngày cộng thêm không quá 3.660');
  });

  it('a whitespace-padded cell over 1,000 characters is an invalid value with its length', () => {
    const r = results.get('whitespace-padded cells');
    expect(r?.status).toBe(200);
    const cells = (r?.answer?.results ?? []).map((u) => u.criteria[0]);
    expect(cells).toHaveLength(120);
    for (const c of cells) {
      expect(c.status).toBe('invalid');
      expect(c.explanation).toContain('ô có 9.993 ký tự; một giá trị dài tối đa 1.000 ký tự');
    }
  });
});

describe('the request limits are settings', () => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  it('THIDUA_MAX_CELLS and THIDUA_MAX_ANSWER_BYTES default to the shared limits and can be set', () => {
    expect(requestLimits(loadConfig({}))).toEqual({
      maxUnits: DEFAULTS.maxUnits,
      maxCells: 1_000_000,
      maxAnswerBytes: 64 * 1024 * 1024,
    });
    const config = loadConfig({ [ENV.maxCells]: '5000', [ENV.maxAnswerBytes]: '1048576' });
    expect(requestLimits(config)).toMatchObject({ maxCells: 5000, maxAnswerBytes: 1_048_576 });
    const bad = loadConfig({ [ENV.maxCells]: 'nhiều' });
    expect(bad.maxCells).toBe(DEFAULTS.maxCells);
    expect(bad.warnings.join('\n')).toContain('THIDUA_MAX_CELLS="nhiều"');
  });

  it('/api/score and /api/validate answer 413 problem+json past a configured limit', async () => {
    restore = useEnv({ maxCells: '100' });
    const body = JSON.stringify({ plan: plan({ criteria: yesNo(20) }), units: emptyUnits(6) });
    for (const handler of [score, validate]) {
      const res = await readResponse(await handler(jsonRequest('score', body), testContext().context));
      expect(res.status).toBe(413);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(res.json.problems[0].message).toContain(
        '6 đơn vị × 20 cột (tiêu chí, chỉ tiêu, dữ kiện) = 120 ô, tối đa 100 ô',
      );
    }
    restore();
    restore = useEnv({ maxAnswerBytes: '20000' });
    const res = await readResponse(await score(jsonRequest('score', body), testContext().context));
    expect(res.status).toBe(413);
    expect(res.json.problems[0].message).toMatch(/Câu trả lời cho 6 đơn vị ước tính .* MB/);
  });
});
