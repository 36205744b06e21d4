/**
 * Kế hoạch chuyển đổi số 2021–2025 of Sở Kế hoạch và Đầu tư Đồng Tháp — computed by hand.
 *
 * The document has no points and no numbers: eight content areas (mục II) and awards chosen by the department's
 * council, "khách quan, công khai, kịp thời, đúng đối tượng, đúng thành tích, đúng quy trình, thủ tục" (III.3).
 * The checklist scale (Đạt 1 / Chưa đạt 0) and the levels — Bằng khen tỉnh at 8/8, the director's Giấy khen from
 * 6/8, both on the council's nomination with a written justification — are the plan's defaults (notes "scale",
 * "thresholds", "justification"). Prize by law: decision 31/12/2025, base 2.340.000 đ, Bằng khen tỉnh 1,5
 * (NĐ 152/2025), Giấy khen 0,3, collective × 2, rounded up to 10.000 đ; with options.decisionDate 31/12/2024
 * (NĐ 98/2023) Bằng khen tỉnh 1,0 — a value law.md marks unverified, so it must be flagged.
 */
import { codes, decision, run, unit, type HandUnit } from './helpers';

const PLAN = 'dong-thap-skhdt-cds-2021-2025';
const BK = 'Bằng khen của Chủ tịch UBND tỉnh';
const GK = 'Giấy khen của Giám đốc Sở';
const WHY = 'Hội đồng đề nghị: hoàn thành kế hoạch chuyển đổi số, có mô hình được áp dụng';

function division(id: string, met: number, nominated: string): HandUnit {
  const values = Object.fromEntries(
    Array.from({ length: 8 }, (_, i) => [`nd${i + 1}`, i < met ? 'Đạt' : 'Chưa đạt']),
  );
  return { id, block: 'phong-don-vi', values, facts: { hoiDongDeNghi: nominated, giaiTrinh: WHY } };
}

const person = (id: string, facts: Record<string, unknown>): HandUnit => ({
  id,
  block: 'ca-nhan',
  collective: 'd-8',
  facts: { giaiTrinh: WHY, ...facts },
});

const UNITS = [
  division('d-8', 8, BK),
  division('d-6', 6, GK),
  division('d-5', 5, GK),
  person('i-bk', {
    hoiDongDeNghi: BK,
    xepLoaiCaNhan: 'hoàn thành tốt nhiệm vụ',
    coSangKien: 'Có',
    biKyLuat: 'Không',
  }),
  person('i-disciplined', {
    hoiDongDeNghi: BK,
    xepLoaiCaNhan: 'hoàn thành xuất sắc nhiệm vụ',
    coSangKien: 'Có',
    biKyLuat: 'Có',
  }),
  person('i-low', { hoiDongDeNghi: GK, xepLoaiCaNhan: 'hoàn thành nhiệm vụ', biKyLuat: 'Không' }),
];

describe('Sở KH&ĐT Đồng Tháp: the checklist at its boundaries, individuals, prizes by decision date', () => {
  const res = run(PLAN, UNITS);

  it('8/8 nominated for Bằng khen → 1,5 × 2 × 2.340.000 = 7.020.000', () => {
    expect(unit(res, 'd-8').total).toBe(8);
    expect(unit(res, 'd-8').award).toMatchObject({ tier: 'bk-tinh', prize: 7_020_000 });
  });

  it('exactly 6/8 nominated for the Giấy khen → 0,6 × 2.340.000 = 1.404.000 → 1.410.000; 5/8 → nothing', () => {
    expect(unit(res, 'd-6').award).toMatchObject({ tier: 'giay-khen-giam-doc', prize: 1_410_000 });
    expect([unit(res, 'd-5').total, unit(res, 'd-5').award]).toEqual([5, null]);
  });

  it('an individual nominated, rated good, with an initiative → Bằng khen 1,5 × 2.340.000 = 3.510.000', () => {
    expect(unit(res, 'i-bk').award).toMatchObject({ tier: 'bk-tinh-ca-nhan', prize: 3_510_000 });
  });

  it('disciplined (reprimand or above) → not considered; rated only "hoàn thành nhiệm vụ" → nothing', () => {
    expect([unit(res, 'i-disciplined').eligible, unit(res, 'i-disciplined').award]).toEqual([false, null]);
    expect(codes(res, 'i-disciplined')).toEqual(['standard-discipline']);
    expect(unit(res, 'i-low').award).toBeNull();
  });

  it('decided on 31/12/2024 (NĐ 98/2023): Bằng khen 1,0 × 2 × 2.340.000 = 4.680.000 and 2.340.000, flagged unverified', () => {
    const earlier = run(PLAN, UNITS, { decisionDate: '2024-12-31' });
    expect(decision(earlier, 'd-8', 'bk-tinh').prize).toBe(4_680_000);
    expect(decision(earlier, 'i-bk', 'bk-tinh-ca-nhan').prize).toBe(2_340_000);
    expect(codes(earlier, 'd-8')).toContain('prize-unverified');
    // Giấy khen 0,3 is the same under NĐ 98/2023: 1.410.000
    expect(decision(earlier, 'd-6', 'giay-khen-giam-doc').prize).toBe(1_410_000);
  });
});
