/**
 * Kế hoạch chuyển đổi số 2021–2025 of Sở Kế hoạch và Đầu tư Đồng Tháp — a content area left blank, the
 * nomination falling back, and the money on 01/7/2026, computed by hand.
 *
 * Mục II: eight content areas; III.3: awards chosen by the council, "đúng đối tượng, đúng thành tích". The plan's
 * defaults (notes "scale", "thresholds", "justification"): Đạt 1 / Chưa đạt 0; Bằng khen tỉnh at 8/8, the
 * director's Giấy khen from 6/8, both on the council's nomination with a written justification (≥ 20 characters).
 * A blank area is not known: under awards.missingValues "hold" it counts 0 to 1 (docs/engine.md, "Award
 * decisions": a minTotal is met when the lowest total reaches it, not met when the highest does not, else waits).
 * Prize by law (law.md §1.4–1.7): NĐ 152/2025, Bằng khen tỉnh 1,5, Giấy khen 0,3, collective × 2; base
 * 2.340.000 đ until 30/6/2026 and 2.530.000 đ from 01/7/2026; rounded up to 10.000 đ.
 */
import { codes, decision, run, statuses, type HandUnit } from '../../hand-computed/helpers';

const PLAN = 'dong-thap-skhdt-cds-2021-2025';
const BK = 'Bằng khen của Chủ tịch UBND tỉnh';
const GK = 'Giấy khen của Giám đốc Sở';
const WHY = 'Hội đồng đề nghị: hoàn thành kế hoạch chuyển đổi số, có mô hình được áp dụng';

/** `met` areas "Đạt", `blank` areas left empty, the rest "Chưa đạt". */
function division(id: string, met: number, blank: number, nominated: string): HandUnit {
  const values = Object.fromEntries(
    Array.from({ length: 8 }, (_, i) => [
      `nd${i + 1}`,
      i < met ? 'Đạt' : i < met + blank ? null : 'Chưa đạt',
    ]),
  );
  return { id, block: 'phong-don-vi', values, facts: { hoiDongDeNghi: nominated, giaiTrinh: WHY } };
}

const person = (id: string, facts: Record<string, unknown>): HandUnit => ({
  id,
  block: 'ca-nhan',
  collective: 'd-8',
  facts: { giaiTrinh: WHY, biKyLuat: 'Không', ...facts },
});

describe('Đồng Tháp: a content area left blank', () => {
  const res = run(PLAN, [
    division('d-8', 8, 0, BK),
    // 7 Đạt + 1 blank, nominated for the Giấy khen: 7 ≥ 6 whatever the blank is → final
    division('d-7-blank-gk', 7, 1, GK),
    // 7 Đạt + 1 blank, nominated for the Bằng khen: 8/8 only if the blank is Đạt → the Bằng khen waits, and the
    // Giấy khen it would replace waits with it
    division('d-7-blank-bk', 7, 1, BK),
    // 5 Đạt + 1 blank, nominated for the Giấy khen: 5 or 6 → waits
    division('d-5-blank-gk', 5, 1, GK),
    // 4 Đạt + 1 blank: at most 5 < 6 → not met, final
    division('d-4-blank-gk', 4, 1, GK),
  ]);

  it('7/8 and a blank, Giấy khen: 0,6 × 2.340.000 = 1.404.000 → 1.410.000, granted though the area is blank', () => {
    expect(decision(res, 'd-7-blank-gk', 'giay-khen-giam-doc')).toMatchObject({
      status: 'granted',
      prize: 1_410_000,
    });
    expect(codes(res, 'd-7-blank-gk')).toEqual(['missing-value']);
  });

  it('7/8 and a blank, Bằng khen: both levels wait for the blank area', () => {
    expect(statuses(res, 'd-7-blank-bk')).toMatchObject({
      'bk-tinh': 'unknown',
      'giay-khen-giam-doc': 'unknown',
    });
  });

  it('5/8 and a blank → the Giấy khen waits; 4/8 and a blank → not met (at most 5 of 8)', () => {
    expect(statuses(res, 'd-5-blank-gk')['giay-khen-giam-doc']).toBe('unknown');
    expect(statuses(res, 'd-4-blank-gk')['giay-khen-giam-doc']).toBe('notMet');
    expect(codes(res, 'd-4-blank-gk')).toEqual(['missing-value']);
  });

  it('paid 7.020.000 (d-8) + 1.410.000; waiting the larger of d-7-blank-bk’s two, 7.020.000, and 1.410.000', () => {
    expect(res.summary.prizeFundUsed).toBe(8_430_000);
    expect(res.summary.prizeFundPending).toBe(8_430_000);
  });
});

describe('Đồng Tháp: decided on 01/7/2026 (mức lương cơ sở 2.530.000 đ, NĐ 161/2026)', () => {
  const res = run(
    PLAN,
    [
      division('d-8', 8, 0, BK),
      division('d-6', 6, 0, GK),
      person('i-bk', { hoiDongDeNghi: BK, xepLoaiCaNhan: 'hoàn thành xuất sắc nhiệm vụ', coSangKien: 'Có' }),
      // nominated for the Bằng khen, excellent, but no initiative: falls back to the Giấy khen (≥ hoàn thành tốt)
      person('i-no-initiative', {
        hoiDongDeNghi: BK,
        xepLoaiCaNhan: 'hoàn thành xuất sắc nhiệm vụ',
        coSangKien: 'Không',
      }),
    ],
    { decisionDate: '2026-07-01' },
  );

  it('collective Bằng khen 3,0 × 2.530.000 = 7.590.000; Giấy khen 0,6 × 2.530.000 = 1.518.000 → 1.520.000', () => {
    expect(decision(res, 'd-8', 'bk-tinh')).toMatchObject({
      prize: 7_590_000,
      prizeInWords: 'Bảy triệu năm trăm chín mươi nghìn đồng',
    });
    expect(decision(res, 'd-6', 'giay-khen-giam-doc')).toMatchObject({
      prize: 1_520_000,
      prizeInWords: 'Một triệu năm trăm hai mươi nghìn đồng',
    });
  });

  it('individual Bằng khen 1,5 × 2.530.000 = 3.795.000 → 3.800.000; Giấy khen 0,3 × 2.530.000 = 759.000 → 760.000', () => {
    expect(decision(res, 'i-bk', 'bk-tinh-ca-nhan')).toMatchObject({ status: 'granted', prize: 3_800_000 });
    expect(statuses(res, 'i-no-initiative')).toMatchObject({
      'bk-tinh-ca-nhan': 'notMet',
      'giay-khen-ca-nhan': 'granted',
    });
    expect(decision(res, 'i-no-initiative', 'giay-khen-ca-nhan')).toMatchObject({
      prize: 760_000,
      prizeInWords: 'Bảy trăm sáu mươi nghìn đồng',
    });
  });

  it('the basis is said: NĐ 152/2025 and NĐ 161/2026, verified', () => {
    const basis = decision(res, 'd-8', 'bk-tinh').prizeBasis;
    expect(basis).toMatchObject({
      coefficient: 3,
      baseSalary: 2_530_000,
      verified: true,
      decisionDate: '2026-07-01',
    });
    expect(basis?.basis).toMatch(/NĐ 152\/2025.*NĐ 161\/2026/);
  });

  it('total 7.590.000 + 1.520.000 + 3.800.000 + 760.000 = 13.670.000', () => {
    expect(res.summary.prizeFundUsed).toBe(13_670_000);
  });
});
