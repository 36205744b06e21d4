/**
 * Kế hoạch 243/KH-UBND (UBND tỉnh Kiên Giang, 16/11/2022), sơ kết 2023 — communes, computed by hand.
 *
 * II.2.1 (2023 targets) for the commune list of IV.3.2.2c: DVCTT toàn trình 100%; "tối thiểu 80%" satisfaction
 * evaluations; 100% e-documents; 80% TTHC on time; smartphones 75%; payment accounts 70%; digital skills "trên 60%";
 * fibre 70%; adults using DVCTT "trên 40%"; telehealth "trên 20%"; e-health records 80%.
 * IV.2.b: Bằng khen tỉnh for "hoàn thành mục tiêu ... đến năm 2023"; proposal for the Prime Minister's Bằng khen for
 * "vượt trên 20% mục tiêu" (plan: every applicable target above 1,2 × target, 100% targets count when met).
 * IV.3.1: "Tổ chức Đảng, đoàn thể hoàn thành tốt nhiệm vụ trở lên (đối với đơn vị có tổ chức Đảng)"; "không có sai
 * phạm, vi phạm kỷ luật từ hình thức khiển trách trở lên". IV.3.2.2c: own emulation plan; cashless payments.
 * Prize: decision 29/12/2023 (before NĐ 98/2023), base 1.800.000 đ; Bằng khen TTg 3,5, Bằng khen tỉnh 1,0,
 * collective × 2 — coefficients not verified for that date, so flagged prize-unverified.
 */
import { codes, run, statuses, unit, type HandUnit } from './helpers';
import { FACTS, MET_2023 } from './kien-giang-243-units';

const PLAN = 'kien-giang-243-2023';

/** Every commune target met at its threshold; "trên" targets 0,1 point above. */

/** Every commune target just above 1,2 × target: 80 → 96,1; 75 → 90,1; 70 → 84,1; 60 → 72,1; 40 → 48,1; 20 → 24,1. */
const EXCEEDED = {
  'cqs-01': '100%',
  'cqs-03': '96,1%',
  'cqs-06-van-ban': '100%',
  'cqs-08': '96,1%',
  'xhs-01': '90,1%',
  'xhs-02': '84,1%',
  'xhs-03': '72,1%',
  'xhs-04': '84,1%',
  'xhs-06': '48,1%',
  'xhs-07': '24,1%',
  'xhs-08': '96,1%',
};

const commune = (
  id: string,
  values: Record<string, unknown>,
  facts: Record<string, unknown> = {},
): HandUnit => ({
  id,
  block: 'xa',
  values,
  facts: { ...FACTS, ...facts },
});

describe('Kiên Giang 243, sơ kết 2023: communes', () => {
  const res = run(PLAN, [
    commune('x-exceeded', EXCEEDED),
    // same values, Party organisation only "hoàn thành nhiệm vụ": fails a general standard (IV.3.1)
    commune('x-party', EXCEEDED, { toChucDang: 'hoàn thành nhiệm vụ' }),
    // no Party organisation: the Party standard applies only "đối với đơn vị có tổ chức Đảng"
    commune('x-no-party', MET_2023, { toChucDang: 'không có tổ chức Đảng' }),
    // e-health records at exactly 96% = 1,2 × 80%: not "vượt trên 20%"; every target still met
    commune('x-at-120', { ...EXCEEDED, 'xhs-08': '96%' }),
    // TTHC on time 79,99% < 80%: one target missed
    commune('x-79-99', { ...MET_2023, 'cqs-08': '79,99%' }),
    // a warning (cảnh cáo) is above a reprimand: fails "không có ... kỷ luật từ hình thức khiển trách trở lên"
    commune('x-warning', MET_2023, { kyLuat: 'cảnh cáo' }),
  ]);

  it("every target above 1,2 × target → proposal for the Prime Minister's Bằng khen, 3,5 × 2 × 1.800.000 = 12.600.000", () => {
    expect(statuses(res, 'x-exceeded')).toMatchObject({
      'bk-thu-tuong-so-ket-2023': 'granted',
      'bk-tinh-so-ket-2023': 'superseded',
    });
    expect(unit(res, 'x-exceeded').award).toMatchObject({
      tier: 'bk-thu-tuong-so-ket-2023',
      prize: 12_600_000,
      dossierSets: 2,
    });
    expect(codes(res, 'x-exceeded')).toContain('prize-unverified');
  });

  it('Party organisation rated only "hoàn thành nhiệm vụ" → nothing at all', () => {
    const r = unit(res, 'x-party');
    expect([r.eligible, r.award]).toEqual([false, null]);
    expect(codes(res, 'x-party')).toEqual(['standard-party']);
  });

  it('no Party organisation, every target met exactly → provincial Bằng khen 1,0 × 2 × 1.800.000 = 3.600.000, 1 set', () => {
    expect(unit(res, 'x-no-party').award).toMatchObject({
      tier: 'bk-tinh-so-ket-2023',
      prize: 3_600_000,
      dossierSets: 1,
    });
    expect(statuses(res, 'x-no-party')['bk-thu-tuong-so-ket-2023']).toBe('notMet');
  });

  it("one target at exactly 1,2 × target → not the Prime Minister's proposal; provincial Bằng khen", () => {
    expect(statuses(res, 'x-at-120')).toMatchObject({
      'bk-thu-tuong-so-ket-2023': 'notMet',
      'bk-tinh-so-ket-2023': 'granted',
    });
  });

  it('79,99% of TTHC on time (target 80%) → targets not completed, no award', () => {
    expect(unit(res, 'x-79-99').targets?.find((t) => t.id === 'cqs-08')?.met).toBe(false);
    expect(unit(res, 'x-79-99').award).toBeNull();
  });

  it('a warning (cảnh cáo) → not eligible', () => {
    expect([unit(res, 'x-warning').eligible, unit(res, 'x-warning').award]).toEqual([false, null]);
    expect(codes(res, 'x-warning')).toEqual(['standard-discipline']);
  });
});

describe('Kiên Giang 243, sơ kết 2023: a household with many contributions (IV.3.2.2g)', () => {
  // the household amount (1,5 × the individual amount) exists only from NĐ 152/2025 (1/7/2025); on 29/12/2023 the
  // law gives no household amount, so the award is proposed and its money is not guessed
  const res = run(PLAN, [
    {
      id: 'ho',
      block: 'ho-gia-dinh',
      facts: { chapHanhChuTruong: 'Có', kyLuat: 'không', dongGopNhieu: 'Có' },
    },
  ]);

  it('provincial Bằng khen proposed, prize not computed and flagged', () => {
    expect(unit(res, 'ho').award).toMatchObject({ tier: 'bk-tinh-so-ket-2023', prize: null });
    expect(codes(res, 'ho')).toEqual(['prize-not-computed']);
  });
});

describe('Kiên Giang 243, 2023: the yearly Bằng khen for a commune rated "xuất sắc"', () => {
  // IV.2.a: "Các tập thể được UBND tỉnh đánh giá xuất sắc qua chấm điểm hằng năm … và đạt các mục tiêu"; it is a
  // provincial award, so IV.3.2.2 "Khen thưởng cấp tỉnh" c) applies too: own emulation plan, cashless payments
  const res = run(PLAN, [
    commune('x-rated', MET_2023, { xepLoaiCdsNam: 'xuất sắc' }),
    commune('x-rated-no-cashless', MET_2023, { xepLoaiCdsNam: 'xuất sắc', thanhToanKhongTienMat: 'Không' }),
  ]);

  it('every target met and the commune standards met → the yearly Bằng khen is granted', () => {
    expect(statuses(res, 'x-rated')['bk-tinh-hang-nam-xuat-sac']).toMatch(/granted|superseded/);
  });

  it('rated "xuất sắc" but no cashless payments (IV.3.2.2c) → no provincial award of any kind', () => {
    const s = statuses(res, 'x-rated-no-cashless');
    expect(s['bk-tinh-hang-nam-xuat-sac']).not.toMatch(/granted|superseded/);
    expect(s['bk-tinh-so-ket-2023']).not.toMatch(/granted|superseded/);
    expect(unit(res, 'x-rated-no-cashless').award).toBeNull();
  });
});
