import { scoreRequest } from '../../src/api/score-request';
import { validateRequest } from '../../src/api/validate-request';
import { parsePlan } from '../../src/plan/validate';
import type { PlanInput } from '../../src/plan/schema';
import { testPlan } from '../fixtures';

/** Names every object inherits: as criterion, fact, target, rule and decision ids they are ordinary ids. */
const NAMES = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'toLocaleString'];
/** The fact beside criterion `id`: another inherited name (criteria, targets and facts need different ids). */
const factOf = (id: string) => NAMES[(NAMES.indexOf(id) + 1) % NAMES.length];

function planWith(id: string): PlanInput {
  const fact = factOf(id);
  return testPlan({
    criteria: [
      { id, number: '1', title: `Tiêu chí ${id}`, maxPoints: 10, scoring: { kind: 'yesNo' } },
      { id: 'thuong', number: '2', title: 'Tiêu chí thường', maxPoints: 10, scoring: { kind: 'yesNo' } },
    ],
    targets: [
      { id: `${id}-muc-tieu`, number: 'a', title: 'Mục tiêu', unit: 'yesNo', target: 1, required: false },
    ],
    facts: [
      { id: fact, label: `Dữ kiện ${fact}`, type: 'number', required: false },
      { id: `${id}-nam`, label: 'Theo năm', type: 'numberByYear', years: [2023], required: false },
    ],
    exclusions: [
      { id, code: id, when: { fact, op: '>', value: 1 }, reason: `Không xét: ${fact} = {${fact}}` },
    ],
    awards: {
      // two places: the unit that sent nothing could still tie the full one, which keeps its place either way
      tiers: [{ id, name: `Giải ${id}`, count: 2, minTotal: 15, prize: 1_000_000 }],
      decisions: [{ id, name: `Khen ${id}`, awardForm: 'Giấy khen', dossierSets: 1, reason: 'Đạt' }],
    },
  });
}

describe.each(NAMES)('"%s" is an ordinary id', (id) => {
  const plan = planWith(id);
  const fact = factOf(id);
  const units = [
    { id: 'trong', name: 'Không gửi gì', values: {}, facts: {} },
    {
      id: 'du',
      name: 'Gửi đủ',
      values: { [id]: 'Có', thuong: 'Có', [`${id}-muc-tieu`]: 'Có' },
      facts: { [fact]: 0 },
    },
    { id: 'loai', name: 'Bị loại', values: { [id]: 'Có', thuong: 'Không' }, facts: { [fact]: 5 } },
  ];

  it('the plan is valid and scoring reads only what was sent', () => {
    expect(parsePlan(plan).ok).toBe(true);
    const out = scoreRequest({ plan, units, options: { explain: 'full' } });
    if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'));
    const byId = new Map(out.response.results.map((r) => [r.unitId, r]));

    const empty = byId.get('trong');
    expect(empty?.criteria?.map((c) => c.status)).toEqual(['missing', 'missing']);
    // the fact an exclusion reads is missing: flagged by its id, and the unit cannot be cleared
    expect(empty?.flags.map((f) => `${f.code} ${f.criterionId ?? f.factId}`)).toEqual([
      `missing-value ${id}`,
      'missing-value thuong',
      `missing-fact ${fact}`,
      // its tier and its award decision wait for the missing values
      'pending-missing-data undefined',
      'pending-missing-data undefined',
    ]);
    expect(empty).toMatchObject({ eligible: false, excluded: false, incomplete: true });
    expect(empty?.targets?.[0].status).toBe('missing');

    const full = byId.get('du');
    expect(full).toMatchObject({ total: 20, eligible: true, excluded: false, rank: 1 });
    expect(full?.award?.tier).toBe(id);
    expect(full?.targets?.[0]).toMatchObject({ status: 'ok', met: true });
    expect(full?.decisions?.[0]).toMatchObject({ id, granted: true });

    const out5 = byId.get('loai');
    expect(out5).toMatchObject({ excluded: true, reasons: [`Không xét: ${fact} = 5`] });

    const counts = out.response.summary.flagCounts;
    expect(Object.getPrototypeOf(counts)).toBe(Object.prototype);
    expect(counts[id]).toBe(1);
    expect(counts['missing-value']).toBe(2);
    for (const value of Object.values(counts)) expect(typeof value).toBe('number');
  });

  it('validation names the missing cells and an unknown key by its own name', () => {
    const other = testPlan();
    const out = validateRequest({
      plan: other,
      units: [{ id: 'x', values: { [id]: 1, yn: 'Có', rate: 90 } }],
    });
    if (!out.ok) throw new Error(out.title);
    expect(out.report.problems).toEqual([
      expect.objectContaining({ path: `units[0].values.${id}`, code: 'unknown-criterion' }),
    ]);
    const missing = validateRequest({ plan, units: [units[0]] });
    if (!missing.ok) throw new Error(missing.title);
    expect(missing.report.problems.map((p) => `${p.code} ${p.path}`)).toEqual([
      `missing-value units[0].values.${id}`,
      'missing-value units[0].values.thuong',
      `missing-fact units[0].facts.${fact}`,
    ]);
  });
});

describe('"__proto__"', () => {
  it('is not a plan id (ids start with a letter or digit), with the usual message', () => {
    const r = parsePlan(
      testPlan({
        criteria: [{ id: '__proto__', number: '1', title: 'x', maxPoints: 1, scoring: { kind: 'yesNo' } }],
      }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems[0]).toMatchObject({
        path: 'plan.criteria[0].id',
        message: expect.stringContaining('Mã chỉ gồm'),
      });
  });

  it('as a key sent in values or facts it changes nothing and pollutes nothing', () => {
    const body = JSON.parse(
      '{"plan":"phung-hiep-2023-phong-ban","units":[{"id":"u","values":{"__proto__":"Có","tc02":"Có"},"facts":{"__proto__":1}}],"options":{"explain":"full"}}',
    );
    // an object under it is no value of a criterion: refused, as under any other key, and nothing is polluted
    const objects = scoreRequest(
      JSON.parse(
        '{"plan":"phung-hiep-2023-phong-ban","units":[{"id":"u","values":{"__proto__":{"tc01":"Có"}},"facts":{"__proto__":{"x":1}}}]}',
      ),
    );
    expect(objects.ok).toBe(false);
    const out = scoreRequest(body);
    if (!out.ok) throw new Error(out.title);
    const unit = out.response.results[0];
    expect(unit.criteria?.find((c) => c.id === 'tc01')?.status).toBe('missing');
    expect(unit.criteria?.find((c) => c.id === 'tc02')?.status).toBe('ok');
    expect(({} as Record<string, unknown>).tc01).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
