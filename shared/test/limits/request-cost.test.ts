import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  countAfterScoring,
  countBeforeScoring,
  DEFAULT_REQUEST_LIMITS,
  estimateScoreAnswer,
  estimateValidationAnswer,
} from '../../src/api/cost';
import { prepareRequest, scoreRequest } from '../../src/api/score-request';
import { validateRequest } from '../../src/api/validate-request';
import { rankAndAward } from '../../src/engine/awards';
import { evaluate } from '../../src/engine/evaluate';
import { TIE_NAMES_CHARS } from '../../src/engine/response';
import type { UnitInput } from '../../src/engine/types';
import { builtInPlanIds } from '../../src/plans';
import { testPlan } from '../fixtures';

const EXAMPLES = join(__dirname, '../../../examples');
const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));
const yesNo = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    number: `${i + 1}`,
    title: `Tiêu chí ${i + 1}`,
    maxPoints: 1,
    scoring: { kind: 'yesNo' as const },
  }));
const emptyUnits = (n: number): UnitInput[] =>
  Array.from({ length: n }, (_, i) => ({ id: `u${i}`, values: {} }));

type Body = { plan: unknown; units: UnitInput[]; options?: Record<string, unknown> };

/** The example request of a plan, its units repeated (ids and collectives kept apart), and harder variants. */
function variants(id: string): Array<[string, Body]> {
  const body = JSON.parse(readFileSync(join(EXAMPLES, `${id}.input.json`), 'utf8')) as Body;
  const units = [0, 1, 2].flatMap((r) =>
    body.units.map((u) => ({
      ...u,
      id: `${u.id}-${r}`,
      ...(u.collective ? { collective: `${u.collective}-${r}` } : {}),
    })),
  );
  const each = (f: (u: UnitInput) => UnitInput): Body => ({ ...body, units: units.map(f) });
  return [
    ['as sent', { ...body, units }],
    ['every cell empty', each((u) => ({ ...u, values: {}, facts: {} }))],
    [
      'every cell unreadable',
      each((u) => ({
        ...u,
        values: Object.fromEntries(Object.keys(u.values).map((k) => [k, 'không rõ'.repeat(8)])),
        facts: Object.fromEntries(Object.keys(u.facts ?? {}).map((k) => [k, 'chưa có'.repeat(8)])),
      })),
    ],
    [
      'unknown keys',
      each((u) => ({ ...u, values: { ...u.values, ['khong-co-' + 'z'.repeat(150)]: 1, khac: 2 } })),
    ],
  ];
}

describe('the answer-size estimate', () => {
  const cases = builtInPlanIds().flatMap((id) =>
    variants(id).map(([name, body]) => [id, name, body] as const),
  );

  it.each(cases)('%s, %s: covers the real answer, within a few times it', (_id, _name, body) => {
    for (const explanations of [true, false]) {
      const request = { ...body, options: { ...body.options, explanations } };
      const prepared = prepareRequest(request, { maxUnits: 1_000 });
      if (!prepared.ok) throw new Error(prepared.title);
      const ev = evaluate(prepared.compiled, prepared.request.units, prepared.request.options);
      const estimate = estimateScoreAnswer(prepared.compiled, countAfterScoring(ev, rankAndAward(ev)));
      const scored = scoreRequest(request);
      if (!scored.ok) throw new Error(scored.title);
      const actual = bytes(scored.response);
      const estimated = explanations ? estimate.withExplanations : estimate.withoutExplanations;
      expect(estimated).toBeGreaterThanOrEqual(actual);
      expect(estimated).toBeLessThan(8 * actual);

      const validated = validateRequest(request);
      if (!validated.ok) throw new Error(validated.title);
      const problems = bytes(validated.report);
      const guess = estimateValidationAnswer(prepared.compiled, countAfterScoring(ev));
      expect(guess).toBeGreaterThanOrEqual(problems);
      if (problems > 10_000) expect(guess).toBeLessThan(4 * problems);
    }
  });

  it('before scoring, blank cells already count', () => {
    const prepared = prepareRequest(
      { plan: testPlan({ criteria: yesNo(10) }), units: emptyUnits(50) },
      { maxUnits: 100 },
    );
    if (!prepared.ok) throw new Error(prepared.title);
    const before = countBeforeScoring(prepared.compiled, prepared.request.units);
    expect(before).toMatchObject({ units: 50, unreadCriteria: 500, unknownKeys: 0 });
    const ev = evaluate(prepared.compiled, prepared.request.units);
    expect(countAfterScoring(ev)).toMatchObject({ unreadCriteria: 500 });
  });
});

describe('a request past its cost is refused before any scoring, saying which limit and what to do', () => {
  it('too many cells: 413 with units × columns, the limit, and how to split', () => {
    const out = scoreRequest(
      { plan: testPlan({ criteria: yesNo(50) }), units: emptyUnits(30) },
      { maxUnits: 1_000, maxCells: 1_000 },
    );
    expect(out).toMatchObject({ ok: false, status: 413 });
    if (out.ok) return;
    expect(out.problems[0].message).toBe(
      'Yêu cầu có 30 đơn vị × 50 cột (tiêu chí, chỉ tiêu, dữ kiện) = 1.500 ô, tối đa 1.000 ô. Hãy chia thành 2 yêu cầu, mỗi yêu cầu tối đa 20 đơn vị (thứ hạng chỉ đúng khi cả khối nằm trong một yêu cầu).',
    );
    expect(out.problems[0].messageEn).toContain(
      '30 units × 50 columns (criteria, targets, facts) = 1,500 cells',
    );
  });

  it('per-year facts count one column per year', () => {
    const plan = testPlan({
      facts: [
        { id: 'xl', label: 'Xếp loại', type: 'numberByYear', years: [2021, 2022, 2023], required: false },
      ],
    });
    const out = validateRequest({ plan, units: emptyUnits(10) }, { maxUnits: 100, maxCells: 49 });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.problems[0].message).toContain('10 đơn vị × 5 cột');
  });

  it('an answer too large with explanations but not without: advice to turn them off', () => {
    const body = {
      plan: testPlan({ criteria: yesNo(20) }),
      units: emptyUnits(200).map((u) => ({ ...u, values: { c0: 'Có' } })),
      options: { explain: 'full' },
    };
    const prepared = prepareRequest(body, { maxUnits: 1_000 });
    if (!prepared.ok) throw new Error(prepared.title);
    const size = estimateScoreAnswer(
      prepared.compiled,
      countBeforeScoring(prepared.compiled, prepared.request.units),
    );
    const maxAnswerBytes = Math.round((size.withExplanations + size.withoutExplanations) / 2);
    const out = scoreRequest(body, { maxUnits: 1_000, maxAnswerBytes });
    expect(out).toMatchObject({ ok: false, status: 413, title: 'Câu trả lời quá lớn (answer too large)' });
    if (out.ok) return;
    expect(out.problems[0].message).toMatch(
      /^Câu trả lời cho 200 đơn vị ước tính [\d,]+ MB \(không có giải thích từng tiêu chí: [\d,]+ MB\), tối đa [\d,]+ MB\. Hãy bỏ giải thích từng tiêu chí: options\.explain="summary", hoặc chia yêu cầu thành 2 phần/,
    );
    const lean = scoreRequest(
      { ...body, options: { explain: 'summary' } },
      { maxUnits: 1_000, maxAnswerBytes },
    );
    expect(lean.ok).toBe(true);
  });

  it('cells read but unreadable are counted again after evaluation, before the answer is built', () => {
    const body = {
      plan: testPlan({ criteria: yesNo(20) }),
      units: emptyUnits(100).map((u) => ({
        ...u,
        values: Object.fromEntries(yesNo(20).map((c) => [c.id, 'không rõ lắm, chưa chắc chắn'])),
      })),
      options: { explain: 'full' },
    };
    const prepared = prepareRequest(body, { maxUnits: 1_000 });
    if (!prepared.ok) throw new Error(prepared.title);
    const before = estimateScoreAnswer(
      prepared.compiled,
      countBeforeScoring(prepared.compiled, prepared.request.units),
    );
    const limits = { maxUnits: 1_000, maxAnswerBytes: before.withExplanations + 1 };
    expect(prepareRequest(body, limits).ok).toBe(true);
    const out = scoreRequest(body, limits);
    expect(out).toMatchObject({ ok: false, status: 413 });
  });

  it('decision prizes that could pass 2^53 for the units sent: 422 naming the figure and a size that fits', () => {
    const plan = testPlan({
      awards: {
        decisions: [
          {
            id: 'khen',
            name: 'Khen',
            awardForm: 'Giấy khen',
            dossierSets: 1,
            reason: 'Đạt',
            prize: { amount: 900_000_000_000_000 },
          },
        ],
      },
    });
    const out = scoreRequest({ plan, units: emptyUnits(11) });
    expect(out).toMatchObject({ ok: false, status: 422 });
    if (out.ok) return;
    expect(out.problems[0].path).toBe('plan.awards');
    expect(out.problems[0].message).toContain(
      'có thể lên tới 9.900.000.000.000.000 đồng, vượt 9.007.199.254.740.991 đồng',
    );
    expect(out.problems[0].message).toContain('mỗi yêu cầu tối đa 10 đơn vị');
    expect(scoreRequest({ plan, units: emptyUnits(10) }).ok).toBe(true);
  });

  it('a statutory prize whose table override could pass 2^53 for one unit is a plan problem', () => {
    const plan = testPlan({
      awards: {
        decisionDate: '2024-06-01',
        prizeTable: {
          baseSalaries: [{ validFrom: '2024-01-01', amount: 999_999_999_999_999, basis: 'thử' }],
          coefficients: [{ form: 'giay-khen', validFrom: '2024-01-01', collective: 100_000, basis: 'thử' }],
        },
        decisions: [
          {
            id: 'khen',
            name: 'Khen',
            awardForm: 'Giấy khen',
            dossierSets: 1,
            reason: 'Đạt',
            prize: { statutory: 'giay-khen' },
          },
        ],
      },
    });
    const out = scoreRequest({ plan, units: emptyUnits(1) });
    expect(out).toMatchObject({ ok: false, status: 422 });
    if (!out.ok)
      expect(out.problems.map((p) => `${p.path}: ${p.message}`).join('\n')).toContain(
        'plan.awards.decisions: Tiền thưởng theo quyết định của một đơn vị',
      );
  });

  it('the defaults are the documented figures', () => {
    expect(DEFAULT_REQUEST_LIMITS).toEqual({
      maxUnits: 20_000,
      maxCells: 1_000_000,
      maxAnswerBytes: 67_108_864,
    });
  });
});

describe('a tie message does not grow with the tie', () => {
  it('3,000 tied units: every flag lists a few names and how many more', () => {
    const plan = testPlan({
      criteria: yesNo(1),
      awards: { tiers: [{ id: 'nhat', name: 'Giải Nhất', count: 2, minTotal: 0, prize: 1_000_000 }] },
    });
    const units = emptyUnits(3_000).map((u, i) => ({
      ...u,
      name: `Đơn vị số ${i + 1}`,
      values: { c0: 'Có' },
    }));
    const out = scoreRequest({ plan, units, options: { explanations: false } });
    if (!out.ok) throw new Error(out.title);
    const flags = out.response.results.map((r) => r.flags.find((f) => f.code === 'tie-at-tier-boundary'));
    expect(flags.every((f) => f !== undefined)).toBe(true);
    const message = flags[0]?.message ?? '';
    expect(message.length).toBeLessThan(TIE_NAMES_CHARS + 400);
    expect(message).toMatch(
      /^3000 đơn vị đồng hạng 1 với 1,0 điểm \(Đơn vị số 1, .* và \d+ đơn vị khác\) cho 2 suất/,
    );
    expect(out.response.summary.blocks[0].ties[0].unitIds).toHaveLength(3_000);
  });
});
