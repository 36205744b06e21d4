/**
 * Kế hoạch 243/KH-UBND (UBND tỉnh Kiên Giang, 16/11/2022), sơ kết 2023, communes — how the rates are written, and a
 * target left blank, computed by hand.
 *
 * II.2.1 (2023) for the communes of IV.3.2.2c: DVCTT toàn trình 100%; hài lòng "tối thiểu 80%"; văn bản ký số 100%;
 * TTHC đúng hạn 80%; điện thoại thông minh 75%; tài khoản thanh toán 70%; kỹ năng số "trên 60%"; cáp quang 70%;
 * dùng DVCTT "trên 40%"; khám chữa bệnh từ xa "trên 20%"; hồ sơ sức khỏe điện tử 80%.
 * IV.2.b: Bằng khen tỉnh for completing the targets; the Prime Minister's Bằng khen proposed for "vượt trên 20%"
 * (note "exceed": every applicable target above 1,2 × target, a 100% target counts when met). Decision 29/12/2023,
 * base 1.800.000 đ (NĐ 91/2017 coefficients, unverified → prize-unverified): Bằng khen TTg 3,5 × 2 × 1.800.000 =
 * 12.600.000; Bằng khen tỉnh 1,0 × 2 × 1.800.000 = 3.600.000. Rates (note "rate-scale", docs/engine.md "Rates"):
 * text with "%" is a percent; a plain number is a percent unless the data is declared in fractions.
 */
import { codes, decision, run, statuses, unit } from '../../hand-computed/helpers';
import { FACTS, MET_2023 } from '../../hand-computed/kien-giang-243-units';

const PLAN = 'kien-giang-243-2023';
const TTG = 'bk-thu-tuong-so-ket-2023';
const BKT = 'bk-tinh-so-ket-2023';

/** Every commune target just above 1,2 × target (the 100% ones at 100%). */
const EXCEEDED: Record<string, string> = {
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

/** The same rates as fractions, without "%": 96,1% → 0,961, 100% → 1. */
const AS_FRACTIONS = Object.fromEntries(
  Object.entries(EXCEEDED).map(([k, v]) => [k, Number(v.replace('%', '').replace(',', '.')) / 100]),
);

const commune = (id: string, values: Record<string, unknown>) => ({
  id,
  block: 'xa',
  values,
  facts: { ...FACTS },
});

describe('Kiên Giang 243, 2023: rates written as fractions (0,961)', () => {
  it('declared in fractions (options.rateScale "fraction"): 0,961 = 96,1% > 96% → the Prime Minister’s proposal 12.600.000', () => {
    const res = run(PLAN, [commune('frac', AS_FRACTIONS)], { rateScale: 'fraction' });
    expect(decision(res, 'frac', TTG)).toMatchObject({
      status: 'granted',
      prize: 12_600_000,
      dossierSets: 2,
    });
    expect(statuses(res, 'frac')[BKT]).toBe('superseded');
    expect(codes(res, 'frac')).toEqual(['prize-unverified']);
  });

  it('not declared: a plain 0,961 is 0,961% — far below every target, no award (never read as 96,1% by guess)', () => {
    const res = run(PLAN, [commune('frac', AS_FRACTIONS)]);
    expect(statuses(res, 'frac')).toMatchObject({ [TTG]: 'notMet', [BKT]: 'notMet' });
    expect(unit(res, 'frac').targets?.find((t) => t.id === 'cqs-03')).toMatchObject({
      value: 0.961,
      met: false,
    });
  });
});

describe('Kiên Giang 243, 2023: "80,0 %" and "80%" are the same target value', () => {
  // every value with a decimal comma and a space before "%": "80,0 %" = 80% (at least 80% → met)
  const spaced = Object.fromEntries(
    Object.entries(MET_2023).map(([k, v]) => [
      k,
      v.includes(',') ? v.replace('%', ' %') : v.replace('%', ',0 %'),
    ]),
  );
  const res = run(PLAN, [commune('spaced', spaced), commune('plain', MET_2023)]);

  it('both complete the 2023 targets → Bằng khen tỉnh 3.600.000 "Ba triệu sáu trăm nghìn đồng"', () => {
    for (const id of ['spaced', 'plain'])
      expect([id, decision(res, id, BKT).status, decision(res, id, BKT).prize]).toEqual([
        id,
        'granted',
        3_600_000,
      ]);
    expect(decision(res, 'spaced', BKT).prizeInWords).toBe('Ba triệu sáu trăm nghìn đồng');
  });
});

describe('Kiên Giang 243, 2023: one target left blank, every other above 1,2 × target', () => {
  const res = run(PLAN, [commune('blank', { ...EXCEEDED, 'xhs-08': null })]);

  it('the Prime Minister’s proposal and the provincial Bằng khen both wait for e-health records (xhs-08)', () => {
    expect(statuses(res, 'blank')).toMatchObject({ [TTG]: 'unknown', [BKT]: 'unknown' });
    expect(codes(res, 'blank')).toEqual(['missing-target', 'pending-missing-data', 'pending-missing-data']);
    expect(unit(res, 'blank').explanation).toMatch(
      /^chờ số liệu, chưa xác định: Đề nghị Bằng khen của Thủ tướng/,
    );
  });

  it('waiting 12.600.000, the larger of the two that exclude each other (not 12.600.000 + 3.600.000)', () => {
    expect([res.summary.prizeFundUsed, res.summary.prizeFundPending]).toEqual([0, 12_600_000]);
  });
});
