import { conditionSize, type Condition } from '../../src/plan/conditions';
import { planJsonSchema } from '../../src/plan/json-schema';
import { PLAN_LIMITS as L } from '../../src/plan/limits';
import type { PlanInput } from '../../src/plan/schema';
import { parsePlan } from '../../src/plan/validate';
import { builtInPlans } from '../../src/plans';
import { testPlan } from '../fixtures';

function problemsOf(doc: unknown) {
  const r = parsePlan(doc);
  if (r.ok) throw new Error('expected problems');
  return r.problems;
}

/** The single problem a plan has, as "path: message (messageEn)" (the English when there is one). */
function problem(doc: unknown): string {
  return problemsOf(doc)
    .map((p) => `${p.path}: ${p.message}${p.messageEn ? ` (${p.messageEn})` : ''}`)
    .join('\n');
}

const times = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));
const yesNo = (i: number) => ({
  id: `c${i}`,
  number: `${i + 1}`,
  title: `Tiêu chí ${i + 1}`,
  maxPoints: 1,
  scoring: { kind: 'yesNo' as const },
});
const fact = (i: number) => ({
  id: `f${i}`,
  label: `Dữ kiện ${i}`,
  type: 'number' as const,
  required: false,
});
const tier = (over: Record<string, unknown> = {}) => ({
  id: 'nhat',
  name: 'Giải Nhất',
  count: 1,
  minTotal: 0,
  prize: 1_000_000,
  ...over,
});
const decision = (over: Record<string, unknown> = {}) => ({
  id: 'khen',
  name: 'Khen',
  awardForm: 'Giấy khen',
  dossierSets: 1,
  reason: 'Đạt',
  ...over,
});
const leaf: Condition = { fact: 'f0', op: '>', value: 1 };
const nest = (depth: number): Condition => (depth <= 1 ? leaf : { not: nest(depth - 1) });

describe('PLAN_LIMITS are generous above every built-in plan', () => {
  it('each built-in plan uses at most half of every limit', () => {
    for (const plan of builtInPlans()) {
      const conditions = [
        ...plan.exclusions.map((e) => e.when),
        ...plan.standards.map((s) => s.require),
        ...(plan.awards.decisions ?? []).flatMap((d) => (d.when ? [d.when] : [])),
      ].map(conditionSize);
      const figures: Array<[number, number]> = [
        [plan.blocks.length, L.blocks],
        [plan.criteria.length, L.criteria],
        [plan.facts.length, L.facts],
        [(plan.targets ?? []).length, L.targets],
        [plan.awards.tiers.length, L.tiers],
        [Math.max(0, ...plan.awards.tiers.map((t) => t.count)), L.tierCount],
        [(plan.awards.decisions ?? []).length, L.decisions],
        [plan.notes.length, L.notes],
        [plan.standards.length, L.standards],
        [plan.exclusions.length, L.exclusions],
        [Math.max(0, ...conditions.map((c) => c.depth)), L.conditionDepth],
        [Math.max(0, ...conditions.map((c) => c.nodes)), L.conditionNodes],
        [Math.max(0, ...plan.criteria.map((c) => c.maxPoints)), L.points],
        [Math.max(0, ...plan.awards.tiers.map((t) => t.prize ?? 0)), L.money],
      ];
      for (const [used, limit] of figures) expect(used).toBeLessThanOrEqual(limit / 2);
    }
  });

  it('the generated JSON Schema states the limits', () => {
    const schema = planJsonSchema() as {
      properties: Record<string, { maxItems?: number; items?: { properties: Record<string, unknown> } }>;
    };
    const p = schema.properties;
    expect(p.criteria.maxItems).toBe(L.criteria);
    expect(p.facts.maxItems).toBe(L.facts);
    expect(p.targets.maxItems).toBe(L.targets);
    expect(p.blocks.maxItems).toBe(L.blocks);
    const criterion = p.criteria.items?.properties as Record<string, { maximum?: number }>;
    expect(criterion.maxPoints.maximum).toBe(L.points);
    const text = JSON.stringify(schema);
    expect(text).toContain(`"maximum":${L.tierCount}`);
    expect(text).toContain(`"maximum":${L.plusDays}`);
    expect(text).toContain(`"maximum":${L.money}`);
    expect(text).toContain(`"maxItems":${L.decisions}`);
  });
});

describe('a plan over a limit is refused with the limit in Vietnamese and English', () => {
  const cases: Array<[string, Partial<PlanInput> | Record<string, unknown>, string]> = [
    [
      'criteria',
      { criteria: times(L.criteria + 1, yesNo) },
      'plan.criteria: Tối đa 200 tiêu chí (At most 200 criteria)',
    ],
    ['facts', { facts: times(L.facts + 1, fact) }, 'plan.facts: Tối đa 200 dữ kiện (At most 200 facts)'],
    [
      'targets',
      { targets: times(L.targets + 1, (i) => ({ id: `t${i}`, number: `${i}`, title: 'T', target: 50 })) },
      'plan.targets: Tối đa 200 chỉ tiêu',
    ],
    [
      'blocks',
      { blocks: times(L.blocks + 1, (i) => ({ id: `b${i}`, name: `Khối ${i}` })) },
      'plan.blocks: Tối đa 100 khối',
    ],
    [
      'tiers',
      { awards: { tiers: times(L.tiers + 1, (i) => tier({ id: `t${i}` })) } },
      'plan.awards.tiers: Tối đa 50 hạng giải',
    ],
    [
      'a tier count of 4294967295',
      { awards: { tiers: [tier({ count: 4_294_967_295 })] } },
      'plan.awards.tiers[0].count: Số giải của một hạng không quá 10.000 (Places of a tier: at most 10,000)',
    ],
    [
      'a tier count of 1e8',
      { awards: { tiers: [tier({ count: 1e8 })] } },
      'Số giải của một hạng không quá 10.000',
    ],
    [
      'decisions',
      { awards: { decisions: times(L.decisions + 1, (i) => decision({ id: `d${i}` })) } },
      'plan.awards.decisions: Tối đa 50 quyết định khen thưởng',
    ],
    [
      'maxPoints 1e308',
      { criteria: [{ ...yesNo(0), maxPoints: 1e308 }] },
      'plan.criteria[0].maxPoints: Điểm tối đa không quá 10.000 (maxPoints: at most 10,000)',
    ],
    [
      'steps',
      {
        criteria: [
          {
            ...yesNo(0),
            scoring: {
              kind: 'count',
              method: 'steps',
              steps: times(L.steps + 1, (i) => ({ min: i, points: 0 })),
            },
          },
        ],
      },
      'plan.criteria[0].scoring.steps: Tối đa 50 mức',
    ],
    [
      'a step min of 1e300',
      {
        criteria: [
          { ...yesNo(0), scoring: { kind: 'count', method: 'steps', steps: [{ min: 1e300, points: 1 }] } },
        ],
      },
      'plan.criteria[0].scoring.steps[0].min: Ngưỡng của mức không quá 1.000.000.000',
    ],
    [
      'levels',
      {
        criteria: [
          {
            ...yesNo(0),
            scoring: {
              kind: 'scale',
              levels: times(L.levels + 1, (i) => ({ label: `Mức ${i}`, points: 0 })),
            },
          },
        ],
      },
      'plan.criteria[0].scoring.levels: Tối đa 20 mức',
    ],
    [
      'parameters',
      { parameters: times(L.parameters + 1, (i) => ({ id: `p${i}`, label: 'P', value: 1 })) },
      'plan.parameters: Tối đa 100 tham số',
    ],
    [
      'notes',
      { notes: times(L.notes + 1, (i) => ({ id: `n${i}`, topic: 'T', reading: 'R' })) },
      'plan.notes: Tối đa 200 ghi chú',
    ],
    [
      'exclusions',
      {
        facts: [fact(0)],
        exclusions: times(L.exclusions + 1, (i) => ({ id: `x${i}`, code: `x${i}`, when: leaf, reason: 'R' })),
      },
      'plan.exclusions: Tối đa 100 điều kiện',
    ],
    [
      'standards',
      {
        facts: [fact(0)],
        standards: times(L.standards + 1, (i) => ({
          id: `s${i}`,
          code: `s${i}`,
          require: leaf,
          reason: 'R',
        })),
      },
      'plan.standards: Tối đa 100 tiêu chuẩn',
    ],
    [
      'a condition 9 levels deep',
      { facts: [fact(0)], exclusions: [{ id: 'x', code: 'x', when: nest(9), reason: 'R' }] },
      'plan.exclusions[0].when: Điều kiện lồng 9 tầng, tối đa 8 tầng',
    ],
    [
      'a condition of 201 parts',
      {
        facts: [fact(0)],
        exclusions: [{ id: 'x', code: 'x', when: { all: [{ any: times(199, () => leaf) }] }, reason: 'R' }],
      },
      'plan.exclusions[0].when: Điều kiện có 201 phần, tối đa 200',
    ],
    [
      'a prize of 10^15 đồng',
      { awards: { tiers: [tier({ prize: 1e15 })] } },
      'plan.awards.tiers[0].prize: Số tiền (đồng) không quá 999.999.999.999.999',
    ],
    [
      'plusDays 1e15',
      {
        facts: [{ id: 'ngay', label: 'Ngày', type: 'date' }],
        awards: { decisions: [decision({ dueDate: { fact: 'ngay', plusDays: 1e15 } })] },
      },
      'plan.awards.decisions[0].dueDate.plusDays: Số ngày cộng thêm không quá 3.660 (plusDays: at most 3,660)',
    ],
    [
      'a review year of 1e15',
      { awards: { reviewYear: 1e15 } },
      'plan.awards.reviewYear: Năm từ 1900 đến 2200',
    ],
    [
      'a tiny target',
      { targets: [{ id: 't', number: '1', title: 'T', unit: 'number', target: 1e-300 }] },
      'plan.targets[0].target: Mục tiêu bằng 0 hoặc từ 0,000001',
    ],
    [
      'an exceed ratio of 1e300',
      { targetRules: { exceedRatio: 1e300 } },
      'plan.targetRules.exceedRatio: Tỷ lệ vượt không quá 100',
    ],
    [
      'a title of 1,001 characters',
      { title: 'x'.repeat(L.textLength + 1) },
      'plan.title: Dài tối đa 1.000 ký tự (At most 1,000 characters)',
    ],
    ['an id of 65 characters', { id: 'a'.repeat(L.idLength + 1) }, 'plan.id: Dài tối đa 64 ký tự'],
    [
      'a coefficient of 10^6',
      {
        awards: {
          prizeTable: {
            coefficients: [{ form: 'giay-khen', validFrom: '2024-01-01', individual: 1e6, basis: 'x' }],
          },
        },
      },
      'plan.awards.prizeTable.coefficients[0].individual: Hệ số × 100 không quá 100.000',
    ],
  ];

  it.each(cases)('%s', (_name, overrides, expected) => {
    expect(problem(testPlan(overrides as Partial<PlanInput>))).toContain(expected);
  });

  it('prizes that could sum past 2^53 are refused with the figure', () => {
    const blocks = times(10, (i) => ({ id: `b${i}`, name: `Khối ${i}` }));
    const said = problem(
      testPlan({ blocks, awards: { tiers: [tier({ count: 1000, prize: 999_999_999_999 })] } }),
    );
    expect(said).toContain('plan.awards.tiers: Tổng tiền thưởng các giải');
    expect(said).toContain('9.999.999.999.990.000 đồng, vượt 9.007.199.254.740.991 đồng');
    const funds = times(10, (i) => ({ id: `b${i}`, name: `Khối ${i}`, prizeFund: 999_999_999_999_999 }));
    expect(problem(testPlan({ blocks: funds }))).toContain('plan.blocks: Tổng quỹ khen thưởng của các khối');
  });

  it('just under the limits, a plan is accepted', () => {
    const r = parsePlan(
      testPlan({
        criteria: times(L.criteria, (i) => ({ ...yesNo(i), maxPoints: L.points })),
        awards: { tiers: [tier({ count: L.tierCount, prize: 900_000_000_000 })] },
      }),
    );
    expect(r.ok).toBe(true);
  });

  it('a document nested 100,000 levels deep is refused before zod recurses', () => {
    let deep: unknown = leaf;
    for (let i = 0; i < 100_000; i++) deep = { not: deep };
    const said = problem(
      testPlan({
        facts: [fact(0)],
        exclusions: [{ id: 'x', code: 'x', when: deep as Condition, reason: 'R' }],
      }),
    );
    expect(said).toBe('plan: Kế hoạch lồng nhau quá 64 tầng (a plan document nests more than 64 levels)');
  });
});
