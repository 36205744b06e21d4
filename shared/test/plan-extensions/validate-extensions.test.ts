import { readFileSync } from 'fs';
import { join } from 'path';
import { scoreRequest } from '../../src/api/score-request';
import { validateRequest } from '../../src/api/validate-request';
import { parsePlan } from '../../src/plan/validate';
import type { PlanInput } from '../../src/plan/schema';
import { scoreUnits } from '../../src/engine/score';
import { builtInPlan } from '../../src/plans';
import { compile, testPlan } from '../fixtures';

const decision = (extra: Record<string, unknown> = {}) => ({
  id: 'bk',
  name: 'Bằng khen',
  awardForm: 'Bằng khen của Chủ tịch UBND tỉnh',
  dossierSets: 1,
  reason: 'Đạt',
  ...extra,
});

function problems(overrides: Partial<PlanInput>): string[] {
  const out = parsePlan(testPlan(overrides));
  return out.ok ? [] : out.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('plan checks for targets, per-year facts, parameters and decisions', () => {
  it('a plan needs criteria, targets or decisions', () => {
    expect(problems({ criteria: [] })).toEqual([
      'plan.criteria: Kế hoạch cần ít nhất một tiêu chí, một chỉ tiêu (targets) hoặc một quyết định khen thưởng (awards.decisions)',
    ]);
  });

  it('names the unknown block of a target', () => {
    expect(
      problems({ targets: [{ id: 't1', number: '1', title: 'x', target: 50, appliesTo: ['khong-co'] }] }),
    ).toEqual(['plan.targets[0].appliesTo: Khối "khong-co" không có trong blocks']);
  });

  it('a per-year fact needs a year selector, and a year selector needs a per-year fact', () => {
    const facts: PlanInput['facts'] = [
      { id: 'cchc', label: 'CCHC', type: 'ratingByYear', scale: ['tốt', 'xuất sắc'], years: [2024, 2025] },
      { id: 'kyLuat', label: 'Kỷ luật', type: 'boolean' },
    ];
    expect(
      problems({
        facts,
        awards: {
          decisions: [
            decision({
              when: {
                all: [
                  { fact: 'cchc', op: '=', value: 'tốt' },
                  { fact: 'kyLuat', years: 'every', op: '=', value: false },
                ],
              },
            }),
          ],
        },
      } as Partial<PlanInput>),
    ).toEqual([
      'plan.awards.decisions[0].when: Dữ kiện theo năm "cchc" cần chọn năm (years: every, last, review, một năm, hoặc { atLeast })',
      'plan.awards.decisions[0].when: Điều kiện theo năm cần dữ kiện theo năm; "kyLuat" là boolean',
    ]);
  });

  it('decisions reference earlier collectives, later excluded decisions, declared parameters and known forms', () => {
    const out = problems({
      facts: [{ id: 'dongGop', label: 'Đóng góp', type: 'number' }],
      awards: {
        decisions: [
          decision({
            id: 'a',
            excludes: ['b'],
            requiresCollective: ['b'],
            prize: { statutory: 'bang-khen-khong-co' },
          }),
          decision({ id: 'b', excludes: ['a'], when: { fact: 'dongGop', op: '>=', param: 'dinhMuc' } }),
        ],
      },
    } as Partial<PlanInput>);
    expect(out).toEqual([
      'plan.awards.decisions[0].requiresCollective: Quyết định "b" của tập thể phải đứng trước "a"',
      expect.stringMatching(
        /^plan\.awards\.decisions\[0\]\.prize\.statutory: Hình thức "bang-khen-khong-co" không có trong bảng hệ số/,
      ),
      'plan.awards.decisions[1].when: Tham số "dinhMuc" chưa được khai báo trong parameters',
      'plan.awards.decisions[1].excludes: Quyết định bị loại trừ "a" phải đứng sau "b" (xếp từ cao xuống thấp)',
    ]);
  });

  it('"review" needs awards.reviewYear', () => {
    expect(
      problems({
        facts: [{ id: 'x', label: 'X', type: 'numberByYear', years: [2024, 2025] }],
        awards: { decisions: [decision({ when: { fact: 'x', years: 'review', op: '>=', value: 1 } })] },
      } as Partial<PlanInput>),
    ).toEqual(['plan.awards.decisions[0].when: Điều kiện dùng năm xét nhưng chưa có awards.reviewYear']);
  });

  it('every built-in plan with decisions is valid and lists its readings in notes with a parameter path', () => {
    for (const id of [
      'kien-giang-243-2023',
      'kien-giang-243-2025',
      'kien-giang-sxd-cds-2022-2025',
      'kien-giang-sxd-609-cchc',
      'dong-thap-skhdt-cds-2021-2025',
    ]) {
      const plan = builtInPlan(id)!.plan;
      expect(plan.notes.length).toBeGreaterThan(4);
      expect(plan.notes.filter((n) => n.parameter).length).toBeGreaterThan(3);
    }
  });
});

describe('dossier due dates', () => {
  it("Phụng Hiệp awards carry the plan's dossier deadline 05/01/2024", () => {
    const out = scoreRequest(
      // the departments: Viettel's encouragement prize is final (the communes' all wait for Xã Hiệp Hưng's values)
      JSON.parse(
        readFileSync(join(__dirname, '../../../examples/phung-hiep-2023-phong-ban.input.json'), 'utf8'),
      ),
    );
    if (!out.ok) throw new Error('request failed');
    const awarded = out.response.results.filter((r) => r.award);
    expect(awarded.length).toBeGreaterThan(0);
    for (const r of awarded) expect(r.award!.dueDate).toBe('2024-01-05');
  });
});

describe('the API accepts kinds, collectives and per-year facts', () => {
  it('a year map and kind/collective pass the request schema; a bad year key is named', () => {
    const body = {
      plan: 'kien-giang-sxd-609-cchc',
      units: [{ id: 'p', block: 'tap-the', values: {}, facts: { cchc: { '2021': 'tốt', x: 'tốt' } } }],
    };
    const out = validateRequest(body);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.problems.map((p) => p.path)).toContain('units[0].facts.cchc');
    const ok = validateRequest({
      ...body,
      units: [
        {
          id: 'c',
          block: 'ca-nhan',
          kind: 'individual',
          collective: 'p',
          values: {},
          facts: { xepLoaiCaNhan: { '2021': 'hoàn thành tốt nhiệm vụ' } },
        },
      ],
    });
    expect(ok.ok).toBe(true);
  });

  it('/validate names a missing target as a value of the unit', () => {
    const out = validateRequest({
      plan: 'kien-giang-243-2023',
      units: [{ id: 'x', name: 'Xã X', block: 'xa', values: {}, facts: {} }],
    });
    if (!out.ok) throw new Error('request failed');
    const p = out.report.problems.find((x) => x.path === 'units[0].values.cqs-01');
    expect(p?.message).toBe('Đơn vị "Xã X", chỉ tiêu a.1: thiếu giá trị');
  });

  it('a plan without decisions still scores as before (no decisions field)', () => {
    const res = scoreUnits(compile(testPlan()), [{ id: 'u', values: { yn: 'Có', rate: '80%' } }]);
    expect(res.results[0].decisions).toBeUndefined();
    expect(res.summary.decisions).toBeUndefined();
  });
});
