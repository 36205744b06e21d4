import { parsePlan } from '../../src/plan/validate';
import { testPlan } from '../fixtures';

function problemsOf(doc: unknown) {
  const r = parsePlan(doc);
  if (r.ok) throw new Error('expected problems');
  return r.problems;
}

describe('plan validation says where and why', () => {
  it('accepts the test plan and fills defaults', () => {
    const r = parsePlan(testPlan());
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.plan.awards).toMatchObject({ aboveBand: 'rankOrder', tieAtBoundary: 'council', tiers: [] });
  });
  it('names the field of a shape error', () => {
    const doc = testPlan();
    (doc.criteria![1] as { maxPoints: unknown }).maxPoints = -5;
    expect(problemsOf(doc)).toEqual([expect.objectContaining({ path: 'plan.criteria[1].maxPoints' })]);
  });
  it('rejects money that is not whole đồng', () => {
    const doc = testPlan({
      awards: { tiers: [{ id: 'g', name: 'Giải', count: 1, minTotal: 0, prize: 1500.5 }] },
    });
    expect(problemsOf(doc)[0]).toMatchObject({
      path: 'plan.awards.tiers[0].prize',
      message: expect.stringContaining('nguyên đồng'),
    });
  });
  it('rejects a tier no unit can reach (the test plan totals 20 at most), naming it and the highest total', () => {
    const tier = (minTotal: number) => ({ id: 'g', name: 'Giải Nhất', count: 1, minTotal, prize: 1_000_000 });
    expect(problemsOf(testPlan({ awards: { tiers: [tier(200)] } }))).toEqual([
      expect.objectContaining({
        path: 'plan.awards.tiers[0].minTotal',
        message:
          'Giải "Giải Nhất" cần từ 200 điểm nhưng tổng điểm tối đa của kế hoạch là 20: không đơn vị nào đạt được',
      }),
    ]);
    expect(parsePlan(testPlan({ awards: { tiers: [tier(20)] } })).ok).toBe(true);
  });
  it('rejects a due date or a decision date before the period starts', () => {
    const problems = problemsOf(
      testPlan({ awards: { tiers: [], dueDate: '2022-12-31', decisionDate: '2020-01-01' } }),
    );
    expect(problems.map((p) => p.path)).toEqual(['plan.awards.dueDate', 'plan.awards.decisionDate']);
    expect(problems[0].message).toBe('Ngày 2022-12-31 trước ngày bắt đầu kỳ thi đua (2023-01-01)');
    expect(parsePlan(testPlan({ awards: { tiers: [], dueDate: '2024-01-15' } })).ok).toBe(true);
  });
  it('rejects duplicate criterion ids', () => {
    const doc = testPlan();
    doc.criteria![1].id = 'yn';
    expect(problemsOf(doc)[0].message).toContain('Mã "yn" bị trùng');
  });
  it('reports a duplicate id where it repeats, once per repetition', () => {
    const doc = testPlan();
    const first = doc.criteria![0].id;
    doc.criteria!.forEach((c, i) => i % 2 === 0 || (c.id = first));
    const repeats = doc.criteria!.map((c, i) => (i > 0 && c.id === first ? `plan.criteria[${i}].id` : ''));
    expect(
      problemsOf(doc)
        .filter((p) => p.message.includes('bị trùng'))
        .map((p) => p.path),
    ).toEqual(repeats.filter(Boolean));
  });
  it('rejects a rule over an undeclared fact', () => {
    const doc = testPlan({
      exclusions: [
        { id: 'x', code: 'excluded-x', when: { fact: 'khongCo', op: '>', value: 1 }, reason: 'x' },
      ],
    });
    expect(problemsOf(doc)).toEqual([
      expect.objectContaining({
        path: 'plan.exclusions[0].when',
        message: expect.stringContaining('"khongCo"'),
      }),
    ]);
  });
  it('requires a step table for the steps method and perItem for per-item counts', () => {
    const doc = testPlan({
      criteria: [
        {
          id: 'a',
          number: '1',
          title: 'A',
          maxPoints: 5,
          scoring: { kind: 'rate', target: 50, method: 'steps' },
        },
        { id: 'b', number: '2', title: 'B', maxPoints: 5, scoring: { kind: 'count', method: 'perItem' } },
      ],
    });
    expect(problemsOf(doc).map((p) => p.path)).toEqual([
      'plan.criteria[0].scoring',
      'plan.criteria[1].scoring',
    ]);
  });
  it('requires tiers from highest to lowest', () => {
    const doc = testPlan({
      awards: {
        tiers: [
          { id: 'b', name: 'B', count: 1, minTotal: 10, prize: 0 },
          { id: 'a', name: 'A', count: 1, minTotal: 20, prize: 0 },
        ],
      },
    });
    expect(problemsOf(doc)[0].path).toBe('plan.awards.tiers[1].minTotal');
  });
  it('rejects unknown fields rather than ignoring a typo', () => {
    const doc = { ...testPlan(), critera: [] };
    expect(problemsOf(doc)[0].message).toMatch(/critera/);
  });
});
