/**
 * Statutory prize money on both sides of every date law.md gives — computed by hand from law.md, not from the code.
 *
 * law.md §0.2 / §1.4 k1–k2: amount = hệ số × mức lương cơ sở in force on the day the decision is signed, "làm tròn
 * số lên hàng chục nghìn đồng" = ⌈hệ số × lương / 10.000⌉ × 10.000. Collectives 2× the coefficient for medals,
 * bằng khen and giấy khen (§1.5 B k2, §1.5 C "Collective 2×"; §1.6 Giấy khen collective 1.410.000 = 0,6 × 2.340.000
 * rounded after multiplying); households 1,5× the individual amount, only under NĐ 152/2025 (§1.5 C last row).
 * Danh hiệu Cờ thi đua tỉnh 8,0 for the collective, not doubled (§1.5 A).
 *
 * §1.7 mức lương cơ sở: 1.490.000 from 01/7/2019; 1.800.000 from 01/7/2023; 2.340.000 from 01/7/2024 (unchanged on
 * 01/01/2026); 2.530.000 from 01/7/2026.
 * §1.1 coefficients: NĐ 98/2023 from 01/01/2024 (before it NĐ 91/2017, which law.md never verifies); NĐ 152/2025
 * from 01/7/2025. §1.5 C: Bằng khen tỉnh 1,0 under NĐ 98 [M/P] → 1,5 under NĐ 152 [V]; Bằng khen TTg 3,5 [P] under
 * NĐ 98, [V] under NĐ 152; Giấy khen (Điều 75 k1 a–c) 0,3 both; §1.5 B HC Lao động hạng Ba 4,5 / collective 9,0 [V];
 * §1.5 A Cờ thi đua tỉnh 8,0 [V]. An amount on a coefficient law.md does not verify carries `prize-unverified`.
 * Amounts in words: §6.1 capital first letter, "đồng"; Vietnamese reading "mốt" for 1 after "mươi", "không trăm"
 * for an empty hundreds place inside a number.
 */
import { codes, decision, run, type HandUnit } from './helpers';
import { ABOVE_2025, DISTRICT_2025, FACTS, MET_2025 } from './kien-giang-243-units';

interface Case {
  date: string;
  unit: string;
  decision: string;
  prize: number;
  words: string;
  verified: boolean;
}

function check(plan: string, units: HandUnit[], cases: Case[]) {
  const byDate = new Map<string, ReturnType<typeof run>>();
  for (const c of cases) {
    if (!byDate.has(c.date)) byDate.set(c.date, run(plan, units, { decisionDate: c.date }));
    const res = byDate.get(c.date)!;
    const d = decision(res, c.unit, c.decision);
    expect([c.date, c.unit, d.status, d.prize, d.prizeInWords]).toEqual([
      c.date,
      c.unit,
      'granted',
      c.prize,
      c.words,
    ]);
    expect([c.date, c.unit, d.prizeBasis?.verified]).toEqual([c.date, c.unit, c.verified]);
    expect([c.date, c.unit, codes(res, c.unit).includes('prize-unverified')]).toEqual([
      c.date,
      c.unit,
      !c.verified,
    ]);
  }
}

describe('Đồng Tháp: Bằng khen tỉnh and Giấy khen (individual and collective) across 01/7/2023, 01/01/2024, 01/7/2024, 01/7/2025, 01/7/2026', () => {
  const BK = 'Bằng khen của Chủ tịch UBND tỉnh';
  const GK = 'Giấy khen của Giám đốc Sở';
  const WHY = 'Hội đồng đề nghị: hoàn thành kế hoạch chuyển đổi số';
  const division = (id: string, met: number, nominated: string): HandUnit => ({
    id,
    block: 'phong-don-vi',
    values: Object.fromEntries(
      Array.from({ length: 8 }, (_, i) => [`nd${i + 1}`, i < met ? 'Đạt' : 'Chưa đạt']),
    ),
    facts: { hoiDongDeNghi: nominated, giaiTrinh: WHY },
  });
  const person = (id: string, nominated: string): HandUnit => ({
    id,
    block: 'ca-nhan',
    collective: 'd-bk',
    facts: {
      giaiTrinh: WHY,
      hoiDongDeNghi: nominated,
      xepLoaiCaNhan: 'hoàn thành tốt nhiệm vụ',
      coSangKien: 'Có',
      biKyLuat: 'Không',
    },
  });
  const UNITS = [division('d-bk', 8, BK), division('d-gk', 6, GK), person('i-bk', BK), person('i-gk', GK)];
  const row = (
    date: string,
    unit: string,
    decision: string,
    prize: number,
    words: string,
    verified: boolean,
  ) => ({
    date,
    unit,
    decision,
    prize,
    words,
    verified,
  });

  it('30/6/2023 (1.490.000, NĐ 91/2017 unverified) vs 01/7/2023 (1.800.000)', () => {
    check('dong-thap-skhdt-cds-2021-2025', UNITS, [
      // 2,0 × 1.490.000 = 2.980.000
      row('2023-06-30', 'd-bk', 'bk-tinh', 2_980_000, 'Hai triệu chín trăm tám mươi nghìn đồng', false),
      // 0,6 × 1.490.000 = 894.000 → 900.000
      row('2023-06-30', 'd-gk', 'giay-khen-giam-doc', 900_000, 'Chín trăm nghìn đồng', false),
      // 1,0 × 1.490.000
      row(
        '2023-06-30',
        'i-bk',
        'bk-tinh-ca-nhan',
        1_490_000,
        'Một triệu bốn trăm chín mươi nghìn đồng',
        false,
      ),
      // 0,3 × 1.490.000 = 447.000 → 450.000
      row('2023-06-30', 'i-gk', 'giay-khen-ca-nhan', 450_000, 'Bốn trăm năm mươi nghìn đồng', false),
      // 2,0 × 1.800.000
      row('2023-07-01', 'd-bk', 'bk-tinh', 3_600_000, 'Ba triệu sáu trăm nghìn đồng', false),
      // 0,6 × 1.800.000 = 1.080.000 (exact)
      row(
        '2023-07-01',
        'd-gk',
        'giay-khen-giam-doc',
        1_080_000,
        'Một triệu không trăm tám mươi nghìn đồng',
        false,
      ),
      row('2023-07-01', 'i-gk', 'giay-khen-ca-nhan', 540_000, 'Năm trăm bốn mươi nghìn đồng', false),
    ]);
  });

  it('31/12/2023 vs 01/01/2024: same amounts; Giấy khen 0,3 verified under NĐ 98/2023, Bằng khen tỉnh 1,0 still not', () => {
    check('dong-thap-skhdt-cds-2021-2025', UNITS, [
      row(
        '2023-12-31',
        'd-gk',
        'giay-khen-giam-doc',
        1_080_000,
        'Một triệu không trăm tám mươi nghìn đồng',
        false,
      ),
      row(
        '2024-01-01',
        'd-gk',
        'giay-khen-giam-doc',
        1_080_000,
        'Một triệu không trăm tám mươi nghìn đồng',
        true,
      ),
      row('2024-01-01', 'i-gk', 'giay-khen-ca-nhan', 540_000, 'Năm trăm bốn mươi nghìn đồng', true),
      row('2024-01-01', 'd-bk', 'bk-tinh', 3_600_000, 'Ba triệu sáu trăm nghìn đồng', false),
      row('2024-01-01', 'i-bk', 'bk-tinh-ca-nhan', 1_800_000, 'Một triệu tám trăm nghìn đồng', false),
    ]);
  });

  it('30/6/2024 (1.800.000) vs 01/7/2024 (2.340.000)', () => {
    check('dong-thap-skhdt-cds-2021-2025', UNITS, [
      row('2024-06-30', 'i-bk', 'bk-tinh-ca-nhan', 1_800_000, 'Một triệu tám trăm nghìn đồng', false),
      // 2,0 × 2.340.000 = 4.680.000
      row('2024-07-01', 'd-bk', 'bk-tinh', 4_680_000, 'Bốn triệu sáu trăm tám mươi nghìn đồng', false),
      row('2024-07-01', 'i-bk', 'bk-tinh-ca-nhan', 2_340_000, 'Hai triệu ba trăm bốn mươi nghìn đồng', false),
      // 0,6 × 2.340.000 = 1.404.000 → 1.410.000; 0,3 × 2.340.000 = 702.000 → 710.000
      row('2024-07-01', 'd-gk', 'giay-khen-giam-doc', 1_410_000, 'Một triệu bốn trăm mười nghìn đồng', true),
      row('2024-07-01', 'i-gk', 'giay-khen-ca-nhan', 710_000, 'Bảy trăm mười nghìn đồng', true),
    ]);
  });

  it('30/6/2025 (NĐ 98: Bằng khen 1,0) vs 01/7/2025 (NĐ 152: 1,5, verified); Giấy khen unchanged', () => {
    check('dong-thap-skhdt-cds-2021-2025', UNITS, [
      row('2025-06-30', 'd-bk', 'bk-tinh', 4_680_000, 'Bốn triệu sáu trăm tám mươi nghìn đồng', false),
      row('2025-06-30', 'i-bk', 'bk-tinh-ca-nhan', 2_340_000, 'Hai triệu ba trăm bốn mươi nghìn đồng', false),
      // 3,0 × 2.340.000 = 7.020.000; 1,5 × 2.340.000 = 3.510.000
      row('2025-07-01', 'd-bk', 'bk-tinh', 7_020_000, 'Bảy triệu không trăm hai mươi nghìn đồng', true),
      row('2025-07-01', 'i-bk', 'bk-tinh-ca-nhan', 3_510_000, 'Ba triệu năm trăm mười nghìn đồng', true),
      row('2025-07-01', 'd-gk', 'giay-khen-giam-doc', 1_410_000, 'Một triệu bốn trăm mười nghìn đồng', true),
    ]);
  });

  it('30/6/2026 (2.340.000) vs 01/7/2026 (2.530.000)', () => {
    check('dong-thap-skhdt-cds-2021-2025', UNITS, [
      row('2026-06-30', 'i-bk', 'bk-tinh-ca-nhan', 3_510_000, 'Ba triệu năm trăm mười nghìn đồng', true),
      row('2026-06-30', 'i-gk', 'giay-khen-ca-nhan', 710_000, 'Bảy trăm mười nghìn đồng', true),
      // 3,0 × 2.530.000 = 7.590.000
      row('2026-07-01', 'd-bk', 'bk-tinh', 7_590_000, 'Bảy triệu năm trăm chín mươi nghìn đồng', true),
      // 1,5 × 2.530.000 = 3.795.000 → 3.800.000
      row('2026-07-01', 'i-bk', 'bk-tinh-ca-nhan', 3_800_000, 'Ba triệu tám trăm nghìn đồng', true),
      // 0,6 × 2.530.000 = 1.518.000 → 1.520.000; 0,3 × 2.530.000 = 759.000 → 760.000
      row(
        '2026-07-01',
        'd-gk',
        'giay-khen-giam-doc',
        1_520_000,
        'Một triệu năm trăm hai mươi nghìn đồng',
        true,
      ),
      row('2026-07-01', 'i-gk', 'giay-khen-ca-nhan', 760_000, 'Bảy trăm sáu mươi nghìn đồng', true),
    ]);
  });
});

describe('Kiên Giang 243, tổng kết 2025: Labour Order 3rd class, PM and provincial Bằng khen (collectives), a household', () => {
  const UNITS: HandUnit[] = [
    { id: 'x-bk', block: 'xa', values: MET_2025, facts: FACTS },
    { id: 'x-ttg', block: 'xa', values: ABOVE_2025, facts: FACTS },
    { id: 'h-hcld', block: 'huyen', values: DISTRICT_2025, facts: { ...FACTS, donViTieuBieu: 'Có' } },
    {
      id: 'ho',
      block: 'ho-gia-dinh',
      facts: { chapHanhChuTruong: 'Có', kyLuat: 'không', dongGopNhieu: 'Có' },
    },
  ];
  const HC = 'hcld-hang-ba-tong-ket-2025';
  const TTG = 'bk-thu-tuong-tong-ket-2025';
  const BKT = 'bk-tinh-tong-ket-2025';
  const row = (
    date: string,
    unit: string,
    decision: string,
    prize: number,
    words: string,
    verified: boolean,
  ) => ({
    date,
    unit,
    decision,
    prize,
    words,
    verified,
  });

  it('30/6/2023 vs 01/7/2023 (NĐ 91/2017, never verified in law.md)', () => {
    check('kien-giang-243-2025', UNITS, [
      // 9,0 × 1.490.000 = 13.410.000; 7,0 × 1.490.000 = 10.430.000
      row('2023-06-30', 'h-hcld', HC, 13_410_000, 'Mười ba triệu bốn trăm mười nghìn đồng', false),
      row('2023-06-30', 'x-ttg', TTG, 10_430_000, 'Mười triệu bốn trăm ba mươi nghìn đồng', false),
      // 9,0 × 1.800.000 = 16.200.000; 7,0 × 1.800.000 = 12.600.000
      row('2023-07-01', 'h-hcld', HC, 16_200_000, 'Mười sáu triệu hai trăm nghìn đồng', false),
      row('2023-07-01', 'x-ttg', TTG, 12_600_000, 'Mười hai triệu sáu trăm nghìn đồng', false),
    ]);
  });

  it('01/01/2024 (NĐ 98): the Labour Order verified, the PM Bằng khen 3,5 [P] not', () => {
    check('kien-giang-243-2025', UNITS, [
      row('2023-12-31', 'h-hcld', HC, 16_200_000, 'Mười sáu triệu hai trăm nghìn đồng', false),
      row('2024-01-01', 'h-hcld', HC, 16_200_000, 'Mười sáu triệu hai trăm nghìn đồng', true),
      row('2024-01-01', 'x-ttg', TTG, 12_600_000, 'Mười hai triệu sáu trăm nghìn đồng', false),
    ]);
  });

  it('01/7/2024 (2.340.000): 9,0 → 21.060.000 ("hai mươi mốt"), 7,0 → 16.380.000, 2,0 → 4.680.000', () => {
    check('kien-giang-243-2025', UNITS, [
      row('2024-06-30', 'x-bk', BKT, 3_600_000, 'Ba triệu sáu trăm nghìn đồng', false),
      row('2024-07-01', 'h-hcld', HC, 21_060_000, 'Hai mươi mốt triệu không trăm sáu mươi nghìn đồng', true),
      row('2024-07-01', 'x-ttg', TTG, 16_380_000, 'Mười sáu triệu ba trăm tám mươi nghìn đồng', false),
      row('2024-07-01', 'x-bk', BKT, 4_680_000, 'Bốn triệu sáu trăm tám mươi nghìn đồng', false),
    ]);
  });

  it('01/7/2025 (NĐ 152): PM Bằng khen now verified; provincial 3,0 → 7.020.000', () => {
    check('kien-giang-243-2025', UNITS, [
      row('2025-06-30', 'x-ttg', TTG, 16_380_000, 'Mười sáu triệu ba trăm tám mươi nghìn đồng', false),
      row('2025-07-01', 'x-ttg', TTG, 16_380_000, 'Mười sáu triệu ba trăm tám mươi nghìn đồng', true),
      row('2025-07-01', 'x-bk', BKT, 7_020_000, 'Bảy triệu không trăm hai mươi nghìn đồng', true),
    ]);
  });

  it('the household: no amount before NĐ 152/2025; 1,5 × 1,5 × 2.340.000 = 5.265.000 → 5.270.000 from 01/7/2025', () => {
    const before = run('kien-giang-243-2025', UNITS, { decisionDate: '2025-06-30' });
    expect(decision(before, 'ho', BKT)).toMatchObject({ status: 'granted', prize: null, prizeInWords: null });
    expect(codes(before, 'ho')).toEqual(['prize-not-computed']);
    check('kien-giang-243-2025', UNITS, [
      row('2025-07-01', 'ho', BKT, 5_270_000, 'Năm triệu hai trăm bảy mươi nghìn đồng', true),
      row('2026-06-30', 'ho', BKT, 5_270_000, 'Năm triệu hai trăm bảy mươi nghìn đồng', true),
      // 2,25 × 2.530.000 = 5.692.500 → 5.700.000 (and 1,5 × the rounded 3.800.000 = 5.700.000 alike)
      row('2026-07-01', 'ho', BKT, 5_700_000, 'Năm triệu bảy trăm nghìn đồng', true),
    ]);
  });

  it('01/7/2026 (2.530.000): 9,0 → 22.770.000, 7,0 → 17.710.000, 3,0 → 7.590.000', () => {
    check('kien-giang-243-2025', UNITS, [
      row('2026-07-01', 'x-ttg', TTG, 17_710_000, 'Mười bảy triệu bảy trăm mười nghìn đồng', true),
      row('2026-07-01', 'x-bk', BKT, 7_590_000, 'Bảy triệu năm trăm chín mươi nghìn đồng', true),
    ]);
    // The district level ended on 01/7/2025 (blocks[huyen].dissolved): a decision signed in 2026 holds the Labour
    // Order for the council (block-dissolved); the amount by the date's base salary is what is pending.
    for (const [date, pending] of [
      ['2026-06-30', 21_060_000],
      ['2026-07-01', 22_770_000],
    ] as const) {
      const res = run('kien-giang-243-2025', UNITS, { decisionDate: date });
      expect([date, decision(res, 'h-hcld', HC).status, decision(res, 'h-hcld', HC).prize]).toEqual([
        date,
        'awaitingVote',
        null,
      ]);
      expect([date, res.summary.decisions?.find((d) => d.id === HC)?.prizePending]).toEqual([date, pending]);
      expect(codes(res, 'h-hcld')).toContain('block-dissolved');
    }
  });
});

describe('Sở Xây dựng 609: the provincial emulation flag (8,0, a collective title, not doubled) by decision date', () => {
  const YEARS = ['2021', '2022', '2023', '2024', '2025'];
  const all = (v: unknown) => Object.fromEntries(YEARS.map((y) => [y, v]));
  const UNITS: HandUnit[] = [
    {
      id: 't',
      block: 'tap-the',
      facts: {
        guongMau: 'Có',
        ngayDangKy: '2022-03-30',
        cchc: all('xuất sắc'),
        tyLeHoanThanhTot: all(100),
        soNguoiBiKyLuat: all(0),
        nhomXuatSac: all('Có'),
        coQuanThamMuu: 'Không',
        ngayCongNhanKetQua: '2026-01-25',
      },
    },
  ];
  const F = 'co-thi-dua-giai-doan';
  const row = (date: string, prize: number, words: string, verified: boolean) => ({
    date,
    unit: 't',
    decision: F,
    prize,
    words,
    verified,
  });

  it('8,0 × 1.490.000 / 1.800.000 / 2.340.000 / 2.530.000; verified from NĐ 98/2023 on', () => {
    const res = run('kien-giang-sxd-609-cchc', UNITS, { decisionDate: '2024-01-01' });
    // the flag is verified; the yearly Bằng khen 2,0 × 1.800.000 = 3.600.000 under NĐ 98 is not
    expect(decision(res, 't', F).prizeBasis?.verified).toBe(true);
    expect(decision(res, 't', 'bk-tinh-hang-nam-tap-the')).toMatchObject({ prize: 3_600_000 });
    expect(codes(res, 't')).toEqual(['prize-unverified']);
    const rows = [
      row('2023-06-30', 11_920_000, 'Mười một triệu chín trăm hai mươi nghìn đồng', false),
      row('2023-07-01', 14_400_000, 'Mười bốn triệu bốn trăm nghìn đồng', false),
      row('2024-06-30', 14_400_000, 'Mười bốn triệu bốn trăm nghìn đồng', true),
      row('2024-07-01', 18_720_000, 'Mười tám triệu bảy trăm hai mươi nghìn đồng', true),
      row('2026-06-30', 18_720_000, 'Mười tám triệu bảy trăm hai mươi nghìn đồng', true),
      row('2026-07-01', 20_240_000, 'Hai mươi triệu hai trăm bốn mươi nghìn đồng', true),
    ];
    for (const c of rows) {
      const d = decision(run('kien-giang-sxd-609-cchc', UNITS, { decisionDate: c.date }), 't', F);
      expect([c.date, d.prize, d.prizeInWords, d.prizeBasis?.verified]).toEqual([
        c.date,
        c.prize,
        c.words,
        c.verified,
      ]);
    }
  });
});
