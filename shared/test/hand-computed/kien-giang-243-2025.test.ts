/**
 * Kế hoạch 243/KH-UBND (UBND tỉnh Kiên Giang, 16/11/2022), tổng kết 2025 — computed by hand.
 *
 * II.2.2 (2025 targets), commune list of IV.3.2.2c: DVCTT toàn trình 100%; "tối thiểu 90%" satisfaction
 * evaluations; 100% e-documents; "100% thủ tục hành chính được xử lý đúng hạn"; smartphones 80%; payment accounts
 * 80%; digital skills "trên 70%"; fibre 80%; adults using DVCTT "trên 50%"; telehealth "trên 30%"; e-health 90%.
 * IV.2.c: Bằng khen tỉnh for completing the 2025 targets; proposal for the Prime Minister's Bằng khen for
 * "hoàn thành vượt mức" (plan: every applicable target above its value, 100% targets count when met); Labour
 * Order 3rd class for districts that complete the 2025 targets and are recognised as exemplary.
 * Prize: decision 31/12/2025 (NĐ 152/2025), base 2.340.000 đ; Bằng khen tỉnh 1,5, Bằng khen TTg 3,5,
 * collective × 2.
 */
import { run, statuses, unit, type HandUnit } from './helpers';
import { ABOVE_2025, DISTRICT_2025, FACTS, MET_2025 } from './kien-giang-243-units';

const PLAN = 'kien-giang-243-2025';

const unitOf = (
  id: string,
  block: string,
  values: Record<string, unknown>,
  facts: Record<string, unknown> = {},
): HandUnit => ({
  id,
  block,
  values,
  facts: { ...FACTS, ...facts },
});

describe('Kiên Giang 243, tổng kết 2025', () => {
  const res = run(PLAN, [
    unitOf('y-met', 'xa', MET_2025),
    unitOf('y-above', 'xa', ABOVE_2025),
    // "100% thủ tục hành chính được xử lý đúng hạn": 99,9% misses it, whatever the yearly rating
    unitOf('y-99-9', 'xa', { ...MET_2025, 'cqs-08': '99,9%' }, { xepLoaiCdsNam: 'xuất sắc' }),
    // an exemplary district whose digital-economy workforce is exactly 2%: not "trên 2%" → 2025 targets not complete
    unitOf('h-2pc', 'huyen', { ...DISTRICT_2025, 'kts-06': '2%' }, { donViTieuBieu: 'Có' }),
    unitOf('h-ok', 'huyen', DISTRICT_2025, { donViTieuBieu: 'Có' }),
  ]);

  it('commune targets met at the threshold → provincial Bằng khen 1,5 × 2 × 2.340.000 = 7.020.000', () => {
    expect(unit(res, 'y-met').award).toMatchObject({ tier: 'bk-tinh-tong-ket-2025', prize: 7_020_000 });
    expect(statuses(res, 'y-met')['bk-thu-tuong-tong-ket-2025']).toBe('notMet');
  });

  it("every commune target above its value → Prime Minister's Bằng khen 3,5 × 2 × 2.340.000 = 16.380.000, 2 sets", () => {
    expect(unit(res, 'y-above').award).toMatchObject({
      tier: 'bk-thu-tuong-tong-ket-2025',
      prize: 16_380_000,
      dossierSets: 2,
    });
  });

  it('99,9% of TTHC on time → no award, not even the yearly "xuất sắc" one (it needs the targets met)', () => {
    expect(unit(res, 'y-99-9').targets?.find((t) => t.id === 'cqs-08')?.met).toBe(false);
    expect(unit(res, 'y-99-9').award).toBeNull();
  });

  it('an exemplary district with one target missed (2% is not "trên 2%") → no Labour Order, nothing', () => {
    expect(statuses(res, 'h-2pc')).toMatchObject({
      'hcld-hang-ba-tong-ket-2025': 'notMet',
      'bk-tinh-tong-ket-2025': 'notMet',
    });
    expect(unit(res, 'h-2pc').award).toBeNull();
  });

  it('the same district at 3% → Labour Order 3rd class held (the district level ended 01/7/2025): 9,0 × 2.340.000 = 21.060.000 pending, 3 sets', () => {
    expect(unit(res, 'h-ok').award).toBeNull();
    expect(statuses(res, 'h-ok')['hcld-hang-ba-tong-ket-2025']).toBe('awaitingVote');
    expect(res.summary.decisions?.find((d) => d.id === 'hcld-hang-ba-tong-ket-2025')).toMatchObject({
      granted: [],
      pending: ['h-ok'],
      prizeTotal: 0,
      prizePending: 21_060_000,
      dossierSets: 3,
    });
    const flag = unit(res, 'h-ok').flags.find((f) => f.code === 'block-dissolved');
    expect(flag?.message).toContain('không còn tồn tại từ ngày 01/7/2025');
    expect(flag?.message).toContain('đơn vị kế thừa');
  });
});
