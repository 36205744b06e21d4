import { scoreUnits } from '../../src/engine/score';
import type { PlanInput } from '../../src/plan/schema';
import { compile, testPlan } from '../fixtures';

const withRules = (): PlanInput =>
  testPlan({
    facts: [
      { id: 'lateDossiersMaxInMonth', label: 'Hồ sơ trễ nhiều nhất/tháng', type: 'count' },
      { id: 'reportDelayMaxDays', label: 'Số ngày trễ báo cáo', type: 'count' },
      { id: 'kyLuat', label: 'Kỷ luật', type: 'rating', scale: ['không', 'khiển trách', 'cảnh cáo'] },
    ],
    exclusions: [
      {
        id: 'late-dossiers',
        code: 'excluded-late-dossiers',
        when: { fact: 'lateDossiersMaxInMonth', op: '>=', value: 2 },
        reason: 'Có {lateDossiersMaxInMonth} hồ sơ trễ hạn trong một tháng',
      },
      {
        id: 'late-report',
        code: 'excluded-late-report',
        when: { fact: 'reportDelayMaxDays', op: '>=', value: 3 },
        reason: 'Báo cáo trễ {reportDelayMaxDays} ngày',
      },
    ],
    standards: [
      {
        id: 'no-discipline',
        code: 'standard-discipline',
        require: { fact: 'kyLuat', op: '<', value: 'khiển trách' },
        reason: 'Có cá nhân bị kỷ luật từ khiển trách trở lên ({kyLuat})',
      },
    ],
    awards: { tiers: [{ id: 'g', name: 'Giải', count: 5, minTotal: 0, prize: 1_000_000 }] },
  });

function score(facts: Record<string, unknown>) {
  const res = scoreUnits(compile(withRules()), [{ id: 'u', values: { yn: 'Có', rate: '90%' }, facts }]);
  return res.results[0];
}

describe('exclusions ("không xét thi đua") and standards', () => {
  it('a clean unit is eligible and ranked', () => {
    const r = score({ lateDossiersMaxInMonth: 1, reportDelayMaxDays: 2, kyLuat: 'Không' });
    expect(r).toMatchObject({ eligible: true, excluded: false, rank: 1, reasons: [] });
    expect(r.award?.tier).toBe('g');
  });
  it('2 late dossiers in a month exclude the unit with the reason filled in', () => {
    const r = score({ lateDossiersMaxInMonth: 2, reportDelayMaxDays: 0, kyLuat: 'không' });
    expect(r).toMatchObject({ eligible: false, excluded: true, rank: null, award: null });
    expect(r.flags).toEqual([
      { code: 'excluded-late-dossiers', message: 'Có 2 hồ sơ trễ hạn trong một tháng' },
    ]);
  });
  it('every reason is reported, not only the first', () => {
    const r = score({ lateDossiersMaxInMonth: 4, reportDelayMaxDays: 3, kyLuat: 'cảnh cáo' });
    expect(r.flags.map((f) => f.code)).toEqual([
      'excluded-late-dossiers',
      'excluded-late-report',
      'standard-discipline',
    ]);
    expect(r.reasons).toHaveLength(3);
    expect(r.reasons[2]).toBe('Có cá nhân bị kỷ luật từ khiển trách trở lên (cảnh cáo)');
  });
  it('a missing fact makes the unit incomplete and not eligible, never silently clean: its award waits', () => {
    const r = score({ lateDossiersMaxInMonth: 0, kyLuat: 'không' });
    expect(r.eligible).toBe(false);
    expect(r.incomplete).toBe(true);
    expect(r.award).toBeNull();
    expect(r.pendingTiers).toEqual(['g']);
    expect(r.flags).toEqual([
      expect.objectContaining({ code: 'missing-fact', factId: 'reportDelayMaxDays' }),
      expect.objectContaining({ code: 'pending-missing-data', missing: ['reportDelayMaxDays'] }),
    ]);
    expect(r.reasons[0]).toBe(
      'Chưa thể xét điều kiện "không xét thi đua": thiếu hoặc không đọc được dữ kiện "Số ngày trễ báo cáo"',
    );
  });
  it('a fact off its scale is invalid', () => {
    const r = score({ lateDossiersMaxInMonth: 0, reportDelayMaxDays: 0, kyLuat: 'nhẹ' });
    expect(r.flags[0]).toMatchObject({ code: 'invalid-fact', factId: 'kyLuat' });
  });
  it('excluded units do not count in the ranking of the others', () => {
    const compiled = compile(withRules());
    const clean = { lateDossiersMaxInMonth: 0, reportDelayMaxDays: 0, kyLuat: 'không' };
    const res = scoreUnits(compiled, [
      { id: 'x', values: { yn: 'Có', rate: '100%' }, facts: { ...clean, lateDossiersMaxInMonth: 5 } },
      { id: 'y', values: { yn: 'Có', rate: '70%' }, facts: clean },
    ]);
    const y = res.results.find((r) => r.unitId === 'y');
    expect(y?.rank).toBe(1);
    expect(res.summary).toMatchObject({ excluded: 1, ineligible: 1 });
  });
});

describe('blocks', () => {
  it('ranks within each block and reports an unknown block', () => {
    const compiled = compile(
      testPlan({
        blocks: [
          { id: 'xa', name: 'Khối xã' },
          { id: 'pb', name: 'Khối phòng ban' },
        ],
      }),
    );
    const res = scoreUnits(compiled, [
      { id: 'a', block: 'xa', values: { yn: 'Có', rate: '80%' } },
      { id: 'b', block: 'pb', values: { yn: 'Không', rate: '80%' } },
      { id: 'c', block: 'huyen', values: { yn: 'Có', rate: '80%' } },
    ]);
    const by = Object.fromEntries(res.results.map((r) => [r.unitId, r]));
    expect(by.a.rank).toBe(1);
    expect(by.b.rank).toBe(1);
    expect(by.c.rank).toBeNull();
    expect(by.c.flags[0].code).toBe('unknown-block');
    expect(res.results.map((r) => r.unitId)).toEqual(['a', 'b', 'c']);
  });
});
