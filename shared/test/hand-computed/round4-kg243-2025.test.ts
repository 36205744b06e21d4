/**
 * Kế hoạch 243/KH-UBND (UBND tỉnh Kiên Giang, 16/11/2022), tổng kết 2025 — computed by hand from the document text
 * (seeds/004) and law.md, not from the engine.
 *
 * IV.2.c: "Tặng Bằng khen của Chủ tịch UBND tỉnh cho các tập thể, cá nhân góp phần hoàn thành mục tiêu Chuyển đổi
 * số đến năm 2025"; "Trình Thủ tướng Chính phủ tặng Bằng khen cho các tập thể, cá nhân góp phần hoàn thành vượt mức
 * mục tiêu"; "Trình Chủ tịch Nước tặng thưởng Huân chương Lao động hạng Ba cho các huyện hoàn thành mục tiêu … và là
 * đơn vị tiêu biểu … do Thủ tướng Chính phủ công nhận". V.2: Huân chương 03 bộ, Bằng khen TTg 02 bộ, Bằng khen tỉnh
 * 01 bộ. IV.3.1: "không có sai phạm, vi phạm kỷ luật từ hình thức khiển trách trở lên".
 *
 * Money (law.md §1.4–1.7): decision 31/12/2025 → NĐ 152/2025, mức lương cơ sở 2.340.000 đ; Bằng khen tỉnh 1,5,
 * Bằng khen TTg 3,5, collective × 2; HC Lao động hạng Ba collective 9,0; rounded up to 10.000 đ.
 */
import { scoreRequest } from '../../src/api/score-request';
import type { ScoreResponse } from '../../src/engine/types';
import plan2025 from '../../src/plans/kien-giang-243-2025.json';
import { codes, decision, run, statuses, unit, type HandUnit } from './helpers';
import { DISTRICT_2025, FACTS, MET_2025 } from './kien-giang-243-units';

const PLAN = 'kien-giang-243-2025';

/** IV.3.1 for an individual: policy, tasks, no discipline (unity and the Party rating are for collectives). */
const PERSON = { chapHanhChuTruong: 'Có', hoanThanhNhiemVu: 'Có', kyLuat: 'không' };

const u = (
  id: string,
  block: string,
  values: Record<string, unknown>,
  facts: Record<string, unknown>,
): HandUnit => ({ id, block, values, facts });

/** IV.3.2.2a: the nine chính quyền số targets of a department at their 2025 value (II.2.2). */
const DEPT_2025 = {
  'cqs-01': '100%',
  'cqs-02': '80%',
  'cqs-03': '90%',
  'cqs-04': '20%',
  'cqs-05': '100%',
  'cqs-06-van-ban': '100%',
  'cqs-06-tinh': '100%',
  'cqs-07': '100%',
  'cqs-08': '100%',
};
const DEPT_FACTS = { ...FACTS, vanBanHuongDan: 'Có', baoCaoDungHan: 'Có' };

/** Every district target of 2025 strictly above its value where it can be (a 100% target counts when met). */
const DISTRICT_ABOVE_2025 = {
  ...DISTRICT_2025,
  'cqs-02': '81%',
  'cqs-03': '91%',
  'cqs-04': '21%',
  'cqs-06-xa': '81%',
  'kts-01': '21%',
  'kts-02': '11%',
  'kts-07': '51%',
  'kts-08': '51%',
  'xhs-01': '81%',
  'xhs-02': '81%',
  'xhs-04': '81%',
  'xhs-08': '91%',
  'xhs-09': '81%',
  'xhs-10': '71%',
};

describe('Kiên Giang 243, tổng kết 2025: subjects without rate targets (IV.3.2.2 d, đ, e, g)', () => {
  const res = run(PLAN, [
    // e) "Cán bộ, công chức, viên chức có sáng kiến, giải pháp hữu ích …"
    u('ind', 'ca-nhan', {}, { ...PERSON, sangKienGiaiPhap: 'Có' }),
    u('ind-none', 'ca-nhan', {}, { ...PERSON, sangKienGiaiPhap: 'Không' }),
    u('ind-warned', 'ca-nhan', {}, { ...PERSON, sangKienGiaiPhap: 'Có', kyLuat: 'cảnh cáo' }),
    // g) "Các doanh nhân, trí thức, nhà khoa học … có nhiều đóng góp về công sức, trí tuệ, vật chất"
    u('scientist', 'khac', {}, { chapHanhChuTruong: 'Có', kyLuat: 'không', dongGopNhieu: 'Có' }),
    // đ) health: plan, platforms, cashless fees, e-health records, telehealth
    u(
      'clinic',
      'y-te',
      {},
      {
        ...FACTS,
        suDungNenTangSo: 'Có',
        thuPhiKhongTienMat: 'Có',
        hoSoSucKhoeDienTu: 'Có',
        tuVanTuXa: 'Có',
      },
    ),
    u(
      'clinic-no-tele',
      'y-te',
      {},
      {
        ...FACTS,
        suDungNenTangSo: 'Có',
        thuPhiKhongTienMat: 'Có',
        hoSoSucKhoeDienTu: 'Có',
        tuVanTuXa: 'Không',
      },
    ),
    // đ) schools: plan, platforms, cashless fees, "mô hình quản trị số … đối với các cơ sở giáo dục"
    u(
      'school',
      'truong-hoc',
      {},
      { ...FACTS, suDungNenTangSo: 'Có', thuPhiKhongTienMat: 'Có', quanTriSo: 'Có' },
    ),
    u(
      'school-no-gov',
      'truong-hoc',
      {},
      { ...FACTS, suDungNenTangSo: 'Có', thuPhiKhongTienMat: 'Có', quanTriSo: 'Không' },
    ),
    // d) enterprises: plan, platforms, e-contracts and e-invoices, cashless, recognised contributions
    u(
      'firm',
      'doanh-nghiep',
      {},
      {
        ...FACTS,
        suDungNenTangSo: 'Có',
        hopDongHoaDonDienTu: 'Có',
        thanhToanKhongTienMat: 'Có',
        dongGopDuocGhiNhan: 'Có',
      },
    ),
  ]);

  it('an official with a recognised initiative → Bằng khen tỉnh 1,5 × 2.340.000 = 3.510.000, 1 set', () => {
    expect(unit(res, 'ind').award).toMatchObject({
      tier: 'bk-tinh-tong-ket-2025',
      prize: 3_510_000,
      prizeInWords: 'Ba triệu năm trăm mười nghìn đồng',
      dossierSets: 1,
    });
    expect(unit(res, 'ind').kind).toBe('individual');
    // the PM proposal for individuals is "theo quy định của Hội đồng TĐKT tỉnh": not computed for them
    expect(Object.keys(statuses(res, 'ind'))).not.toContain('bk-thu-tuong-tong-ket-2025');
    expect(Object.keys(statuses(res, 'ind'))).not.toContain('hcld-hang-ba-tong-ket-2025');
  });

  it('no initiative → nothing; a warning (cảnh cáo ≥ khiển trách) → not eligible at all', () => {
    expect(unit(res, 'ind-none').award).toBeNull();
    expect(statuses(res, 'ind-none')['bk-tinh-tong-ket-2025']).toBe('notMet');
    expect(unit(res, 'ind-warned').eligible).toBe(false);
    expect(unit(res, 'ind-warned').award).toBeNull();
    expect(unit(res, 'ind-warned').reasons.join(' ')).toContain('cảnh cáo');
  });

  it('a scientist with many contributions (g) → individual Bằng khen 3.510.000', () => {
    expect(unit(res, 'scientist').award).toMatchObject({ tier: 'bk-tinh-tong-ket-2025', prize: 3_510_000 });
  });

  it('health facility with all five (đ) → 1,5 × 2 × 2.340.000 = 7.020.000; without telehealth → nothing', () => {
    expect(unit(res, 'clinic').award).toMatchObject({
      tier: 'bk-tinh-tong-ket-2025',
      prize: 7_020_000,
      prizeInWords: 'Bảy triệu không trăm hai mươi nghìn đồng',
    });
    expect(unit(res, 'clinic-no-tele').award).toBeNull();
    expect(statuses(res, 'clinic-no-tele')['bk-tinh-tong-ket-2025']).toBe('notMet');
  });

  it('school with digital governance (no e-health duty) → 7.020.000; without digital governance → nothing', () => {
    expect(unit(res, 'school').award).toMatchObject({ tier: 'bk-tinh-tong-ket-2025', prize: 7_020_000 });
    expect(unit(res, 'school-no-gov').award).toBeNull();
  });

  it('enterprise meeting d) → 7.020.000, and no PM proposal computed for it', () => {
    expect(unit(res, 'firm').award).toMatchObject({ tier: 'bk-tinh-tong-ket-2025', prize: 7_020_000 });
    expect(Object.keys(statuses(res, 'firm'))).not.toContain('bk-thu-tuong-tong-ket-2025');
  });
});

describe('Kiên Giang 243, tổng kết 2025: provincial departments (IV.3.2.2a, chính quyền số only)', () => {
  const res = run(PLAN, [
    u('dept', 'so-nganh', DEPT_2025, { ...DEPT_FACTS, xepLoaiCdsNam: 'xuất sắc' }),
    u(
      'dept-above',
      'so-nganh',
      { ...DEPT_2025, 'cqs-02': '80,1%', 'cqs-03': '90,1%', 'cqs-04': '20,1%' },
      DEPT_FACTS,
    ),
    // a.6: "100% hồ sơ công việc cấp tỉnh" (the plan reads "trên 100%" as 100%)
    u('dept-files', 'so-nganh', { ...DEPT_2025, 'cqs-06-tinh': '99,9%' }, DEPT_FACTS),
    // "Thông tin, báo cáo … đảm bảo thời gian theo quy định" not met
    u('dept-late', 'so-nganh', DEPT_2025, { ...DEPT_FACTS, baoCaoDungHan: 'Không' }),
  ]);

  it('every target at its value and rated "xuất sắc": the tổng kết Bằng khen 7.020.000; the yearly one not added', () => {
    expect(unit(res, 'dept').award).toMatchObject({ tier: 'bk-tinh-tong-ket-2025', prize: 7_020_000 });
    expect(statuses(res, 'dept')).toMatchObject({
      'bk-thu-tuong-tong-ket-2025': 'notMet',
      'bk-tinh-hang-nam-xuat-sac': 'superseded',
    });
  });

  it('the three targets below 100% strictly above (80,1 / 90,1 / 20,1) → PM Bằng khen 3,5 × 2 × 2.340.000 = 16.380.000, 2 sets', () => {
    expect(unit(res, 'dept-above').award).toMatchObject({
      tier: 'bk-thu-tuong-tong-ket-2025',
      prize: 16_380_000,
      prizeInWords: 'Mười sáu triệu ba trăm tám mươi nghìn đồng',
      dossierSets: 2,
    });
    expect(statuses(res, 'dept-above')['bk-tinh-tong-ket-2025']).toBe('superseded');
  });

  it('provincial work files 99,9% < 100% → targets not completed, no award', () => {
    expect(unit(res, 'dept-files').targets?.find((t) => t.id === 'cqs-06-tinh')?.met).toBe(false);
    expect(unit(res, 'dept-files').award).toBeNull();
  });

  it('reports not on time: still eligible (a specific standard), but no provincial award', () => {
    expect(unit(res, 'dept-late').eligible).toBe(true);
    expect(unit(res, 'dept-late').award).toBeNull();
    expect(statuses(res, 'dept-late')['bk-tinh-tong-ket-2025']).toBe('notMet');
  });
});

// The district block ends on 01/7/2025 (blocks[huyen].dissolved: NQ 203/2025/QH15, Luật 72/2025/QH15). At the plan's
// decision date 31/12/2025 each form a district qualifies for is held for the council (awaitingVote, flag
// block-dissolved); the hand-computed amounts are what would be paid once the council names the successor unit.
describe('Kiên Giang 243, tổng kết 2025: districts — Labour Order, PM Bằng khen, the higher one only (held: the district level ended 01/7/2025)', () => {
  const res = run(PLAN, [
    u('h-above-exemplary', 'huyen', DISTRICT_ABOVE_2025, { ...FACTS, donViTieuBieu: 'Có' }),
    u('h-above', 'huyen', DISTRICT_ABOVE_2025, { ...FACTS, donViTieuBieu: 'Không' }),
    // every target met but one at its value only (a.3 90%): met, not exceeded
    u('h-met', 'huyen', { ...DISTRICT_ABOVE_2025, 'cqs-03': '90%' }, { ...FACTS, donViTieuBieu: 'Không' }),
  ]);
  const pendingOf = (id: string) => res.summary.decisions?.find((d) => d.id === id);

  it('exceeded and exemplary → HC Lao động hạng Ba held (9,0 × 2.340.000 = 21.060.000 pending, 3 sets); PM and provincial superseded', () => {
    expect(unit(res, 'h-above-exemplary').award).toBeNull();
    expect(decision(res, 'h-above-exemplary', 'hcld-hang-ba-tong-ket-2025')).toMatchObject({
      status: 'awaitingVote',
      granted: false,
      prize: null,
    });
    expect(decision(res, 'h-above-exemplary', 'hcld-hang-ba-tong-ket-2025').reason).toContain(
      'không còn tồn tại từ ngày 01/7/2025',
    );
    expect(pendingOf('hcld-hang-ba-tong-ket-2025')).toMatchObject({
      granted: [],
      pending: ['h-above-exemplary'],
      prizeTotal: 0,
      prizePending: 21_060_000,
      dossierSets: 3,
    });
    expect(statuses(res, 'h-above-exemplary')).toMatchObject({
      'bk-thu-tuong-tong-ket-2025': 'superseded',
      'bk-tinh-tong-ket-2025': 'superseded',
    });
  });

  it('exceeded, not exemplary → PM Bằng khen held, 3,5 × 2 × 2.340.000 = 16.380.000 pending; 28/28 exceeded (read before 01/7/2025)', () => {
    expect(unit(res, 'h-above').award).toBeNull();
    expect(statuses(res, 'h-above')).toMatchObject({
      'hcld-hang-ba-tong-ket-2025': 'notMet',
      'bk-thu-tuong-tong-ket-2025': 'awaitingVote',
      'bk-tinh-tong-ket-2025': 'superseded',
    });
    expect(pendingOf('bk-thu-tuong-tong-ket-2025')).toMatchObject({
      granted: [],
      pending: ['h-above'],
      prizeTotal: 0,
      prizePending: 16_380_000,
    });
    // the held reason replaces the qualifying one; the count of exceeded targets reads on a date the district exists
    const before = run(
      PLAN,
      [u('h-above', 'huyen', DISTRICT_ABOVE_2025, { ...FACTS, donViTieuBieu: 'Không' })],
      {
        decisionDate: '2025-06-30',
      },
    );
    expect(decision(before, 'h-above', 'bk-thu-tuong-tong-ket-2025').status).toBe('granted');
    expect(decision(before, 'h-above', 'bk-thu-tuong-tong-ket-2025').reason).toContain('28/28');
  });

  it('one target only at its value (90% is not "vượt" 90%) → provincial Bằng khen held, 7.020.000 pending; PM not met (27/28)', () => {
    expect(unit(res, 'h-met').award).toBeNull();
    expect(decision(res, 'h-met', 'bk-tinh-tong-ket-2025').status).toBe('awaitingVote');
    expect(pendingOf('bk-tinh-tong-ket-2025')).toMatchObject({
      pending: ['h-met'],
      prizeTotal: 0,
      prizePending: 7_020_000,
    });
    expect(decision(res, 'h-met', 'bk-thu-tuong-tong-ket-2025')).toMatchObject({ status: 'notMet' });
    expect(decision(res, 'h-met', 'bk-thu-tuong-tong-ket-2025').reason).toContain('27/28');
  });

  it('nothing is paid to a district: 21.060.000 + 16.380.000 + 7.020.000 = 44.460.000 pending in the block, each district flagged once', () => {
    expect(res.summary.prizeFundUsed).toBe(0);
    expect(res.summary.blocks.find((b) => b.block === 'huyen')).toMatchObject({
      prizeFundUsed: 0,
      prizeFundPending: 44_460_000,
    });
    for (const id of ['h-above-exemplary', 'h-above', 'h-met'])
      expect(codes(res, id).filter((c) => c === 'block-dissolved')).toHaveLength(1);
  });
});

describe('Kiên Giang 243, tổng kết 2025: communes at the edges of "đạt" and "vượt"', () => {
  const ABOVE = {
    ...MET_2025,
    'cqs-03': '90,001%',
    'xhs-01': '80,1%',
    'xhs-02': '80,1%',
    'xhs-04': '80,1%',
    'xhs-08': '90,1%',
  };
  const res = run(PLAN, [
    // 90,001% > 90%: strictly above the value, however small the margin
    u('x-hair', 'xa', ABOVE, FACTS),
    // "trên 70%" at exactly 70% → not met
    u('x-70', 'xa', { ...MET_2025, 'xhs-03': '70%' }, FACTS),
    // "trên 70%" at 70,001% → met
    u('x-70001', 'xa', { ...MET_2025, 'xhs-03': '70,001%' }, FACTS),
    // a share above 100% cannot be: flagged, the award held, not decided on the rest
    u('x-over', 'xa', { ...MET_2025, 'cqs-08': '100,5%' }, FACTS),
    // the on-time rate left blank
    u('x-blank', 'xa', { ...MET_2025, 'cqs-08': '' }, FACTS),
  ]);

  it('90,001% for "tối thiểu 90%" counts as exceeded → PM Bằng khen 16.380.000', () => {
    expect(unit(res, 'x-hair').targets?.find((t) => t.id === 'cqs-03')?.exceeded).toBe(true);
    expect(unit(res, 'x-hair').award).toMatchObject({
      tier: 'bk-thu-tuong-tong-ket-2025',
      prize: 16_380_000,
    });
  });

  it('"trên 70%": exactly 70% → not met, no award; 70,001% → met, provincial Bằng khen 7.020.000', () => {
    expect(unit(res, 'x-70').award).toBeNull();
    expect(decision(res, 'x-70', 'bk-tinh-tong-ket-2025').reason).toContain('c.3');
    expect(unit(res, 'x-70001').award).toMatchObject({ tier: 'bk-tinh-tong-ket-2025', prize: 7_020_000 });
  });

  it('"100,5%" on time → invalid-target, the provincial Bằng khen held (unknown), no award yet', () => {
    expect(codes(res, 'x-over')).toContain('invalid-target');
    expect(statuses(res, 'x-over')['bk-tinh-tong-ket-2025']).toBe('unknown');
    expect(unit(res, 'x-over').award).toBeNull();
  });

  it('blank on-time rate → missing-target, held; the PM proposal is final "not met" (5 targets not exceeded anyway)', () => {
    expect(codes(res, 'x-blank')).toEqual(expect.arrayContaining(['missing-target', 'pending-missing-data']));
    expect(statuses(res, 'x-blank')).toMatchObject({
      'bk-tinh-tong-ket-2025': 'unknown',
      'bk-thu-tuong-tong-ket-2025': 'notMet',
    });
  });
});

describe('Kiên Giang 243, tổng kết 2025: the decision date moves the money (law.md §1.7)', () => {
  const UNITS = [
    u('ind', 'ca-nhan', {}, { ...PERSON, sangKienGiaiPhap: 'Có' }),
    u('x-met', 'xa', MET_2025, FACTS),
  ];

  it('signed 01/7/2026: 1,5 × 2.530.000 = 3.795.000 → 3.800.000; collective 3,0 × 2.530.000 = 7.590.000', () => {
    const res = run(PLAN, UNITS, { decisionDate: '2026-07-01' });
    expect(decision(res, 'ind', 'bk-tinh-tong-ket-2025')).toMatchObject({
      prize: 3_800_000,
      prizeInWords: 'Ba triệu tám trăm nghìn đồng',
    });
    expect(decision(res, 'x-met', 'bk-tinh-tong-ket-2025').prize).toBe(7_590_000);
  });

  it('signed 30/6/2025 (NĐ 98/2023, Bằng khen tỉnh 1,0 [M/P]): 2.340.000 and 4.680.000, flagged prize-unverified', () => {
    const res = run(PLAN, UNITS, { decisionDate: '2025-06-30' });
    expect(decision(res, 'ind', 'bk-tinh-tong-ket-2025').prize).toBe(2_340_000);
    expect(decision(res, 'x-met', 'bk-tinh-tong-ket-2025').prize).toBe(4_680_000);
    expect(codes(res, 'ind')).toContain('prize-unverified');
  });
});

describe('Kiên Giang 243, tổng kết 2025: rates written as fractions (options.rateScale "fraction")', () => {
  // 2025 commune targets as fractions; the "trên" ones 0,001 above
  const F = {
    'cqs-01': 1,
    'cqs-03': 0.9,
    'cqs-06-van-ban': 1,
    'cqs-08': 1,
    'xhs-01': 0.8,
    'xhs-02': 0.8,
    'xhs-03': 0.701,
    'xhs-04': 0.8,
    'xhs-06': 0.501,
    'xhs-07': 0.301,
    'xhs-08': 0.9,
  };
  const res = run(
    PLAN,
    [
      u('f-ok', 'xa', F, FACTS),
      // 0,7 × 100 is 70,00000000000001 in floating point: still exactly 70%, not "trên 70%"
      u('f-70', 'xa', { ...F, 'xhs-03': 0.7 }, FACTS),
      // 0,3 × 100 = 30,000000000000004 likewise: not "trên 30%"
      u('f-30', 'xa', { ...F, 'xhs-07': 0.3 }, FACTS),
    ],
    { rateScale: 'fraction' },
  );

  it('0,701 / 0,501 / 0,301 are above 70 / 50 / 30% → provincial Bằng khen 7.020.000', () => {
    expect(unit(res, 'f-ok').award).toMatchObject({ tier: 'bk-tinh-tong-ket-2025', prize: 7_020_000 });
  });

  it('0,7 and 0,3 are exactly 70% and 30%: "trên" not met, no award', () => {
    expect(unit(res, 'f-70').targets?.find((t) => t.id === 'xhs-03')).toMatchObject({
      value: 70,
      met: false,
    });
    expect(unit(res, 'f-30').targets?.find((t) => t.id === 'xhs-07')).toMatchObject({
      value: 30,
      met: false,
    });
    expect([unit(res, 'f-70').award, unit(res, 'f-30').award]).toEqual([null, null]);
  });
});

describe('Kiên Giang 243, tổng kết 2025: the money of a whole run, in words', () => {
  const res = run(
    PLAN,
    ['x1', 'x2', 'x3', 'x4', 'x5'].map((id) => u(id, 'xa', MET_2025, FACTS)),
  );

  it('five communes × 7.020.000 = 35.100.000 "Ba mươi lăm triệu một trăm nghìn đồng"', () => {
    expect(res.summary.decisions?.find((d) => d.id === 'bk-tinh-tong-ket-2025')?.prizeTotal).toBe(35_100_000);
    expect([res.summary.prizeFundUsed, res.summary.prizeFundUsedInWords]).toEqual([
      35_100_000,
      'Ba mươi lăm triệu một trăm nghìn đồng',
    ]);
  });
});

/** Plan 243 (2025) with the contributions norm the provincial council would set (IV.2.a). */
function withNorm(norm: number, units: HandUnit[]): ScoreResponse {
  const plan = {
    ...plan2025,
    parameters: plan2025.parameters.map((p) => (p.id === 'dinhMucDongGop' ? { ...p, value: norm } : p)),
  };
  const out = scoreRequest({
    plan,
    units: units.map((x) => ({ name: x.id, values: {}, ...x })),
    options: { explain: 'full' },
  });
  if (!out.ok) throw new Error(JSON.stringify(out.problems));
  return out.response;
}

describe('Kiên Giang 243, 2025: an individual contributing "quy ra tiền đạt định mức" (IV.2.a, norm 50.000.000)', () => {
  const res = withNorm(50_000_000, [
    u('giver', 'ca-nhan', {}, { ...PERSON, sangKienGiaiPhap: 'Có', dongGop: '50.000.000' }),
    u('giver-short', 'ca-nhan', {}, { ...PERSON, sangKienGiaiPhap: 'Không', dongGop: 49_999_999 }),
  ]);

  it('at the norm: the contributions Bằng khen 3.510.000 as well as the tổng kết one (a different achievement)', () => {
    expect(decision(res, 'giver', 'bk-tinh-dong-gop')).toMatchObject({ status: 'granted', prize: 3_510_000 });
    expect(decision(res, 'giver', 'bk-tinh-tong-ket-2025')).toMatchObject({
      status: 'granted',
      prize: 3_510_000,
    });
    expect(res.summary.prizeFundUsed).toBe(7_020_000);
  });

  it('one đồng short, no initiative → nothing', () => {
    expect(statuses(res, 'giver-short')).toEqual({
      'bk-tinh-tong-ket-2025': 'notMet',
      'bk-tinh-dong-gop': 'notMet',
    });
  });
});

// law.md §0.4 / §5.1: the district level ended on 01/7/2025 (NQ 202/2025/QH15 and NQ 203/2025/QH15; Kiên Giang merged
// into An Giang). The plan's decision date is 31/12/2025: the district block carries that end (blocks[huyen].dissolved),
// so a Labour Order is not proposed to a "UBND huyện" that no longer exists on the day the decision is signed — it is
// held for the council, and the unit's own result says why.
describe('an award to a district (UBND huyện) decided after 01/7/2025 is held and flagged that the district level is gone', () => {
  it('the Labour Order for an exemplary district, decided 31/12/2025, is held for the council and flagged block-dissolved', () => {
    const res = run(PLAN, [u('h', 'huyen', DISTRICT_ABOVE_2025, { ...FACTS, donViTieuBieu: 'Có' })]);
    expect(unit(res, 'h').award).toBeNull();
    expect(decision(res, 'h', 'hcld-hang-ba-tong-ket-2025').status).toBe('awaitingVote');
    const flags = unit(res, 'h').flags.filter((f) => f.code === 'block-dissolved');
    expect(flags).toHaveLength(1);
    expect(flags[0].message).toContain('không còn tồn tại từ ngày 01/7/2025');
    expect(flags[0].message).toContain('Nghị quyết 203/2025/QH15');
    expect(flags[0].message).toContain('ký ngày 31/12/2025');
    expect(flags[0].message).toContain('Hội đồng TĐKT cần xác định đơn vị kế thừa');
  });
});
