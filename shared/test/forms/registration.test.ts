import { scoreRequest } from '../../src/api/score-request';
import type { ScoreResponse } from '../../src/engine/types';
import { applyRegistration } from '../../src/plan/registration';
import { parsePlan } from '../../src/plan/validate';
import { buildTemplate } from '../../src/sheet/template';
import { builtInPlan } from '../../src/plans';
import { planToSheet, sheetToPlan } from '../../src/sheet/plan-sheet';
import { testPlan } from '../fixtures';

const plan = (registration: Record<string, unknown>, more: Record<string, unknown> = {}) =>
  testPlan({ registration, ...more } as Parameters<typeof testPlan>[0]);

function score(doc: unknown, units: { id: string; facts: Record<string, unknown> }[]): ScoreResponse {
  const outcome = scoreRequest({
    plan: doc,
    units: units.map((u) => ({ ...u, values: { yn: 'Có', rate: 90 } })),
  });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.response;
}

const unit = (r: ScoreResponse, id: string) => r.results.find((u) => u.unitId === id)!;

describe('registration (đăng ký thi đua) as a plan feature', () => {
  const doc = plan({ deadline: '2023-03-31' });

  it('registered by the deadline is considered; the day after is not, with the reason', () => {
    const r = score(doc, [
      { id: 'dung-han', facts: { ngayDangKy: '31/03/2023' } },
      { id: 'tre-mot-ngay', facts: { ngayDangKy: '2023-04-01' } },
    ]);
    expect(unit(r, 'dung-han').eligible).toBe(true);
    const late = unit(r, 'tre-mot-ngay');
    expect(late.eligible).toBe(false);
    expect(late.rank).toBeNull();
    expect(late.flags.find((f) => f.code === 'not-registered')?.message).toBe(
      'Không đăng ký thi đua đúng hạn (chậm nhất 31/3/2023; ngày đăng ký: 2023-04-01)',
    );
  });

  it('not registered at all (no date) is not considered and the unit is marked incomplete', () => {
    const r = score(doc, [{ id: 'chua-dang-ky', facts: {} }]);
    const u = unit(r, 'chua-dang-ky');
    expect(u.eligible).toBe(false);
    expect(u.flags.map((f) => f.code)).toEqual(expect.arrayContaining(['missing-fact']));
  });

  it('is applied as data: a date fact and a standard, regenerated from the registration on every read', () => {
    const parsed = parsePlan(doc);
    if (!parsed.ok) throw new Error('invalid');
    expect(parsed.plan.facts.find((f) => f.id === 'ngayDangKy')?.type).toBe('date');
    expect(parsed.plan.standards.find((s) => s.id === 'dang-ky')?.require).toEqual({
      fact: 'ngayDangKy',
      op: '<=',
      value: '2023-03-31',
    });
    // idempotent: reading the result again changes nothing
    expect(applyRegistration(parsed.plan)).toEqual(parsed.plan);
    // a new deadline replaces the derived standard, even after a round trip through the "Tiêu chí" sheet
    const back = sheetToPlan(
      planToSheet(
        { ...parsed.plan, registration: { ...parsed.plan.registration!, deadline: '2023-04-30' } },
        'vi',
      ),
    );
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.plan.standards.filter((s) => s.id === 'dang-ky').map((s) => s.require)).toEqual([
      { fact: 'ngayDangKy', op: '<=', value: '2023-04-30' },
    ]);
  });

  it('titles: a decision named by a title considers only the units that registered for it', () => {
    const withDecision = plan(
      { deadline: '2023-03-31', titles: [{ id: 'bk', name: 'Bằng khen', decisions: ['bang-khen'] }] },
      {
        awards: {
          decisions: [
            {
              id: 'bang-khen',
              name: 'Bằng khen',
              awardForm: 'Bằng khen của Chủ tịch UBND',
              minTotal: 10,
              dossierSets: 1,
              reason: 'Đạt từ 10 điểm',
            },
          ],
        },
      },
    );
    const r = score(withDecision, [
      { id: 'co-dang-ky', facts: { ngayDangKy: '2023-03-01', 'dangKy-bk': 'Có' } },
      { id: 'khong-dang-ky', facts: { ngayDangKy: '2023-03-01', 'dangKy-bk': 'Không' } },
    ]);
    expect(unit(r, 'co-dang-ky').decisions?.find((d) => d.id === 'bang-khen')?.granted).toBe(true);
    const refused = unit(r, 'khong-dang-ky').decisions?.find((d) => d.id === 'bang-khen');
    expect(refused?.granted).toBe(false);
    expect(refused?.reason).toContain('Không đăng ký danh hiệu "Bằng khen"');
  });

  it('refuses a registration naming an unknown decision or block, or a date fact of another type', () => {
    const bad = parsePlan(
      plan(
        {
          deadline: '2023-03-31',
          fact: 'soNgay',
          appliesTo: ['khong-co'],
          titles: [{ id: 'x', name: 'X', decisions: ['nope'] }],
        },
        { facts: [{ id: 'soNgay', label: 'Số ngày', type: 'count' }] },
      ),
    );
    expect(bad.ok).toBe(false);
    const messages = bad.ok ? [] : bad.problems.map((p) => `${p.path}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('plan.registration.fact: Dữ kiện ngày đăng ký "soNgay" phải là loại ngày'),
        expect.stringContaining('plan.registration.appliesTo[0]: Kế hoạch không có khối "khong-co"'),
        expect.stringContaining('plan.registration.titles[0].decisions[0]'),
      ]),
    );
  });

  it('KH 609: its registration by 30/3/2022 is this feature (same flag and reason as before)', () => {
    const kh609 = builtInPlan('kien-giang-sxd-609-cchc')!.plan;
    expect(kh609.registration?.deadline).toBe('2022-03-30');
    const standard = kh609.standards.find((s) => s.code === 'not-registered');
    expect(standard?.require).toEqual({ fact: 'ngayDangKy', op: '<=', value: '2022-03-30' });
    expect(standard?.appliesTo).toEqual(['tap-the']);
  });

  it('the registration sheet template: name, registration date and titles, with the mapping stored', () => {
    const parsed = parsePlan(plan({ deadline: '2023-03-31', titles: [{ id: 'co', name: 'Cờ thi đua' }] }));
    if (!parsed.ok) throw new Error('invalid');
    const t = buildTemplate(parsed.plan, { registration: true, units: ['Xã A'] });
    expect(t.sheet).toBe('Đăng ký thi đua');
    expect(t.mapping.columns.map((c) => c.target)).toEqual([
      { kind: 'fact', id: 'ngayDangKy' },
      { kind: 'fact', id: 'dangKy-co' },
    ]);
    const table = t.writePlan.blocks.find((b) => b.sheet === t.sheet && b.headerRows === 2)!;
    expect(table.values[0]).toEqual([
      'STT',
      'Tên đơn vị',
      'Ngày đăng ký thi đua',
      'Đăng ký danh hiệu: Cờ thi đua',
    ]);
    expect(t.writePlan.validations?.map((v) => v.type)).toEqual(['date', 'list']);
    expect(() => buildTemplate(builtInPlan('phung-hiep-2023-xa')!.plan, { registration: true })).toThrow(
      /has no registration/,
    );
  });
});
