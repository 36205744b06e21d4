import { decision, score, statuses, unit } from '../plans-kien-giang/helpers';

const ID = 'dong-thap-skhdt-cds-2021-2025';

describe('Sở KH&ĐT Đồng Tháp — checklist of eight content areas (examples/dong-thap-skhdt-cds-2021-2025.input.json)', () => {
  const res = score(ID);

  it("each area is rated on the plan's scale (Đạt 1 / Chưa đạt 0) and explained", () => {
    const r = unit(res, 'phong-b');
    expect(r.total).toBe(7);
    expect(r.criteria?.[7].explanation).toBe('Tiêu chí 8: mức "Chưa đạt" → 0,0/1 điểm');
  });

  it('8/8 and nominated for Bằng khen with a written justification → proposal, collective 7.020.000', () => {
    expect(statuses(res, 'phong-a')).toEqual({ 'bk-tinh': 'granted', 'giay-khen-giam-doc': 'superseded' });
    expect(decision(res, 'phong-a', 'bk-tinh').prize).toBe(7_020_000);
  });

  it("7/8 nominated for Bằng khen → below 8, falls back to the director's Giấy khen (1.410.000)", () => {
    expect(decision(res, 'phong-b', 'bk-tinh').reason).toBe('Chưa đạt: tổng điểm 7 / cần ≥ 8');
    expect(decision(res, 'phong-b', 'giay-khen-giam-doc').prize).toBe(1_410_000);
  });

  it('a nomination without a written justification is not proposed and is flagged', () => {
    expect(decision(res, 'phong-c', 'giay-khen-giam-doc').status).toBe('notMet');
    expect(unit(res, 'phong-c').flags.filter((f) => f.code === 'justification-missing')).toHaveLength(1);
  });

  it('not nominated: nothing, and no justification flag', () => {
    expect(unit(res, 'phong-d').award).toBeNull();
    expect(unit(res, 'phong-d').flags).toEqual([]);
  });

  it('an unknown level is an invalid value naming the scale, never a silent zero', () => {
    const bad = score(ID, {
      units: (u) => u.map((x) => (x.id === 'phong-a' ? { ...x, values: { ...x.values, nd1: 'Tốt' } } : x)),
    });
    const f = unit(bad, 'phong-a').flags.find((x) => x.code === 'invalid-value');
    expect(f?.message).toMatch(/không thuộc thang: Đạt, Chưa đạt/);
  });
});
