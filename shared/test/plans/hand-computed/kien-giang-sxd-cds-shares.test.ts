/**
 * Kế hoạch chuyển đổi số 2022–2025 of Sở Xây dựng Kiên Giang — the two levels counted over 13 targets, and a
 * required target left blank, computed by hand.
 *
 * II (targets, 13): 1 "100% TTHC đủ điều kiện ... trực tuyến"; 2 "tối thiểu 60% hồ sơ ... hoàn toàn trực tuyến";
 * 3 "tối thiểu 10% TTHC được cắt giảm"; 4 100% văn bản điện tử; 5 "trên 95%" hồ sơ công việc trên mạng; 6 100% báo
 * cáo; 7 "tối thiểu 80%" hài lòng; 8 100% giao dịch xác thực; 9 kết nối mạng chuyên dùng; 10 100% phổ biến an toàn
 * thông tin; 11 CNTT được đào tạo; 12 "tối thiểu 80%" TTHC đúng hạn; 13 thanh toán trực tuyến.
 * IV.2: Bằng khen tỉnh "thành tích xuất sắc", Giấy khen "thực hiện tốt" — the plan's note "levels": every applicable
 * target and the four collective standards → Bằng khen; at least 80% of the applicable targets (minShare 0,8) and
 * tasks on time with electronic reports → Giấy khen. Decision 31/12/2025 (NĐ 152/2025), base 2.340.000 đ:
 * Bằng khen tỉnh 1,5 × 2 × 2.340.000 = 7.020.000; Giấy khen 0,3 × 2 × 2.340.000 = 1.404.000 → 1.410.000.
 */
import { codes, decision, run, statuses, unit } from '../../hand-computed/helpers';
import { REQUIRED_TARGETS as REQUIRED, division } from '../../hand-computed/kien-giang-sxd-cds-units';

const PLAN = 'kien-giang-sxd-cds-2022-2025';
const BK = 'bk-tinh-tap-the';
const GK = 'giay-khen-tap-the';

/** Every one of the 13 targets reported and met at its threshold ("trên 95%" at 95,01%). */
const ALL_13 = {
  ...REQUIRED,
  t01: '100%',
  t02: '60%',
  t03: '10%',
  t07: '80%',
  t08: '100%',
  t09: 'Có',
  t11: 'Có',
  t12: '80%',
  t13: 'Có',
};

describe('Sở Xây dựng, chuyển đổi số: 13 targets reported, the 80% line of the Giấy khen', () => {
  const res = run(PLAN, [
    division('all-13', ALL_13),
    // 3: 9,9% cut (< "tối thiểu 10%"), 12: 79,9% on time (< 80%) → 11 of 13 = 84,6% ≥ 80%
    division('met-11', { ...ALL_13, t03: '9,9%', t12: '79,9%' }),
    // and 2: 59,99% (< 60%) → 10 of 13 = 76,9% < 80%
    division('met-10', { ...ALL_13, t03: '9,9%', t12: '79,9%', t02: '59,99%' }),
  ]);

  it('13 of 13 and the four standards → Bằng khen 7.020.000; the Giấy khen it replaces is not also given', () => {
    expect(decision(res, 'all-13', BK)).toMatchObject({
      status: 'granted',
      prize: 7_020_000,
      prizeInWords: 'Bảy triệu không trăm hai mươi nghìn đồng',
    });
    expect(statuses(res, 'all-13')[GK]).toBe('superseded');
  });

  it('11 of 13 (84,6%) → Giấy khen 1.410.000 "Một triệu bốn trăm mười nghìn đồng", not the Bằng khen', () => {
    expect(statuses(res, 'met-11')).toMatchObject({ [BK]: 'notMet', [GK]: 'granted' });
    expect(decision(res, 'met-11', GK)).toMatchObject({
      prize: 1_410_000,
      prizeInWords: 'Một triệu bốn trăm mười nghìn đồng',
    });
  });

  it('10 of 13 (76,9%) → neither level', () => {
    expect(statuses(res, 'met-10')).toMatchObject({ [BK]: 'notMet', [GK]: 'notMet' });
    expect(unit(res, 'met-10').award).toBeNull();
  });

  it('paid 7.020.000 + 1.410.000 = 8.430.000, nothing waits', () => {
    expect([res.summary.prizeFundUsed, res.summary.prizeFundPending]).toEqual([8_430_000, 0]);
  });
});

describe('Sở Xây dựng, chuyển đổi số: required target 10 (100% briefed on security) left blank', () => {
  const res = run(PLAN, [
    // 5 applicable (4, 5, 6, 10, 12), 10 blank: met or not, 4 of 5 = 80% or 5 of 5 — the Giấy khen either way;
    // the movement not effective ("phong trào hiệu quả" Không) rules the Bằng khen out whatever target 10 is
    division('blank-no-bk', { ...REQUIRED, t12: '80%', t10: null }, { phongTraoHieuQua: 'Không' }),
    // the same with every standard of the Bằng khen: target 10 met → Bằng khen (and no Giấy khen), missed → Giấy khen
    division('blank-bk', { ...REQUIRED, t12: '80%', t10: null }),
  ]);

  it('no Bằng khen possible: the Giấy khen 1.410.000 is final though target 10 is missing (flagged missing-target)', () => {
    expect(statuses(res, 'blank-no-bk')).toMatchObject({ [BK]: 'notMet', [GK]: 'granted' });
    expect(decision(res, 'blank-no-bk', GK).prize).toBe(1_410_000);
    expect(codes(res, 'blank-no-bk')).toEqual(['missing-target']);
  });

  it('Bằng khen possible: both wait for target 10, said in the unit’s line (Vietnamese first)', () => {
    expect(statuses(res, 'blank-bk')).toMatchObject({ [BK]: 'unknown', [GK]: 'unknown' });
    const r = unit(res, 'blank-bk');
    expect(r.award).toBeNull();
    expect(codes(res, 'blank-bk')).toEqual([
      'missing-target',
      'pending-missing-data',
      'pending-missing-data',
    ]);
    expect(r.explanation).toMatch(/^chờ số liệu/);
  });

  it('the money waiting is one of the two, the larger: 7.020.000 (not 7.020.000 + 1.410.000)', () => {
    expect(res.summary.prizeFundPending).toBe(7_020_000);
    expect(res.summary.prizeFundUsed).toBe(1_410_000);
  });
});
