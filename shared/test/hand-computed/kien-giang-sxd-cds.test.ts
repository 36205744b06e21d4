/**
 * Kế hoạch chuyển đổi số 2022–2025 of Sở Xây dựng Kiên Giang — computed by hand from the document.
 *
 * II (targets): "100% văn bản trao đổi ... dưới dạng điện tử"; "Trên 95% tỷ lệ hồ sơ công việc được xử lý trên
 * môi trường mạng"; 100% reports on the provincial / ministry system; 100% staff briefed on information security;
 * "tối thiểu 60%" dossiers fully online; "tối thiểu 80%" satisfaction; "80%" TTHC on time; 100% eligible TTHC online.
 * IV.1.a (general standards): "... không có sai phạm, vi phạm kỷ luật từ hình thức khiển trách trở lên".
 * IV.1.b (collectives): tasks on time and reporting; effective movement with initiatives; digital technology applied
 * safely; 100% periodic reports and documents sent electronically. IV.2: Bằng khen tỉnh for "thành tích xuất sắc",
 * Giấy khen of the head of the agency for "thực hiện tốt" (the split between the two is the plan's note "levels").
 * Prize: decision 31/12/2025, base 2.340.000 đ: Bằng khen tỉnh 1,5 (NĐ 152/2025), Giấy khen 0,3; collective × 2;
 * rounded up to 10.000 đ.
 */
import { codes, run, statuses, unit } from './helpers';
import { REQUIRED_TARGETS as REQUIRED, division } from './kien-giang-sxd-cds-units';

const PLAN = 'kien-giang-sxd-cds-2022-2025';

describe('Sở Xây dựng Kiên Giang, digital transformation: divisions', () => {
  const res = run(PLAN, [
    division('c-95-01', REQUIRED),
    division('c-reprimand', REQUIRED, { kyLuat: 'khiển trách' }),
    division('c-95', { ...REQUIRED, t05: '95%' }),
    // 8 targets reported: t10 at 99% (not 100%) is the only one missed → 7 of 8 = 87,5%
    division('c-7-of-8', { ...REQUIRED, t10: '99%', t01: '100%', t02: '60%', t07: '80%', t12: '80%' }),
  ]);

  it('work files at 95,01% ("trên 95%") and every other target met, four standards → Bằng khen 1,5 × 2 × 2.340.000 = 7.020.000', () => {
    expect(unit(res, 'c-95-01').targets?.find((t) => t.id === 't05')?.met).toBe(true);
    expect(unit(res, 'c-95-01').award).toMatchObject({ tier: 'bk-tinh-tap-the', prize: 7_020_000 });
    expect(statuses(res, 'c-95-01')['giay-khen-tap-the']).toBe('superseded');
  });

  it('a reprimand (khiển trách) → not eligible for any award', () => {
    expect([unit(res, 'c-reprimand').eligible, unit(res, 'c-reprimand').award]).toEqual([false, null]);
    expect(codes(res, 'c-reprimand')).toEqual(['standard-discipline']);
  });

  it('work files at exactly 95% are not "trên 95%"', () => {
    expect(unit(res, 'c-95').targets?.find((t) => t.id === 't05')?.met).toBe(false);
    expect(statuses(res, 'c-95')['bk-tinh-tap-the']).toBe('notMet');
  });

  it('99% of staff briefed on security is not 100%: no Bằng khen; Giấy khen 0,6 × 2.340.000 = 1.404.000 → 1.410.000', () => {
    expect(statuses(res, 'c-7-of-8')['bk-tinh-tap-the']).toBe('notMet');
    expect(unit(res, 'c-7-of-8').award).toMatchObject({ tier: 'giay-khen-tap-the', prize: 1_410_000 });
  });
});

describe('Sở Xây dựng Kiên Giang, digital transformation: individuals', () => {
  const res = run(PLAN, [
    {
      id: 'i-reprimand',
      block: 'ca-nhan',
      facts: {
        chapHanhChuTruong: 'Có',
        hoanThanhNhiemVu: 'Có',
        kyLuat: 'khiển trách',
        xepLoai: 'hoàn thành xuất sắc nhiệm vụ',
        sangKien: 'Có',
      },
    },
    {
      id: 'i-initiative',
      block: 'ca-nhan',
      facts: {
        chapHanhChuTruong: 'Có',
        hoanThanhNhiemVu: 'Có',
        kyLuat: 'không',
        xepLoai: 'hoàn thành xuất sắc nhiệm vụ',
        sangKien: 'Có',
      },
    },
  ]);

  it('an initiative and an excellent rating but a reprimand → nothing', () => {
    expect([unit(res, 'i-reprimand').eligible, unit(res, 'i-reprimand').award]).toEqual([false, null]);
  });

  it('an initiative ("phải có sáng kiến, giải pháp hữu ích") and an excellent rating → Bằng khen 1,5 × 2.340.000 = 3.510.000', () => {
    expect(unit(res, 'i-initiative').award).toMatchObject({ tier: 'bk-tinh-ca-nhan', prize: 3_510_000 });
  });
});
