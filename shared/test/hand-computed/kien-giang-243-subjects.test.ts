/**
 * Kế hoạch 243/KH-UBND (UBND tỉnh Kiên Giang, 16/11/2022), sơ kết 2023 — departments, enterprises, individuals and
 * the contributions norm, computed by hand.
 *
 * Seed 004, II.2.1 (chính quyền số, 2023) for a department (plan note "target-applicability": the e-government
 * targets, with the provincial work files): DVCTT toàn trình 100%; "tối thiểu 60%" dossiers fully online;
 * "tối thiểu 80%" satisfaction evaluations; "tối thiểu 10%" TTHC cut; 100% DVCTT single sign-on; 100% e-documents;
 * 100% provincial work files online (the "trên 100%" typo, note "target-typo"); 100% agencies on the reporting system;
 * 80% TTHC on time — 9 targets.
 * IV.2.b: provincial Bằng khen for completing the 2023 targets; proposal for the Prime Minister's Bằng khen for
 * "vượt trên 20% mục tiêu" (targetRules: value > 1,2 × target; 100% targets, which cannot be exceeded, count when
 * met — note "exceed"). IV.3.2.2a (sở, ngành): guidance documents on time, own emulation plan, reports on time.
 * IV.3.2.2d (doanh nghiệp): plan, digital platforms, e-contracts and e-invoices, cashless, recognised contributions.
 * IV.3.2.2g / IV.2.a: Bằng khen for contributions "đạt định mức do Hội đồng Thi đua – Khen thưởng tỉnh quy định"
 * (parameter dinhMucDongGop, null in the plan: not set yet).
 * Prize: decision 29/12/2023 (NĐ 91/2017, base 1.800.000 đ, unverified): Bằng khen tỉnh 1,0 (collective × 2 =
 * 3.600.000, individual 1.800.000); Bằng khen Thủ tướng 3,5 (collective × 2 = 12.600.000).
 */
import { scoreRequest } from '../../src/api/score-request';
import type { ScoreResponse } from '../../src/engine/types';
import plan243 from '../../src/plans/kien-giang-243-2023.json';
import { codes, decision, run, statuses, unit, type HandUnit } from './helpers';
import { FACTS } from './kien-giang-243-units';

const PLAN = 'kien-giang-243-2023';

/** The 9 department targets of 2023, each at its value. */
const DEPT_MET = {
  'cqs-01': '100%',
  'cqs-02': '60%',
  'cqs-03': '80%',
  'cqs-04': '10%',
  'cqs-05': '100%',
  'cqs-06-van-ban': '100%',
  'cqs-06-tinh': '100%',
  'cqs-07': '100%',
  'cqs-08': '80%',
};

/** 1,2 × 60 = 72; 1,2 × 80 = 96; 1,2 × 10 = 12: each 0,01 above; the 100% targets at 100% (count when met). */
const DEPT_EXCEEDED = {
  ...DEPT_MET,
  'cqs-02': '72,01%',
  'cqs-03': '96,01%',
  'cqs-04': '12,01%',
  'cqs-08': '96,01%',
};

const DEPT_FACTS = { ...FACTS, vanBanHuongDan: 'Có', baoCaoDungHan: 'Có' };

const department = (
  id: string,
  values: Record<string, unknown>,
  facts: Record<string, unknown> = {},
): HandUnit => ({
  id,
  block: 'so-nganh',
  values,
  facts: { ...DEPT_FACTS, ...facts },
});

const ENTERPRISE = {
  chapHanhChuTruong: 'Có',
  hoanThanhNhiemVu: 'Có',
  doanKet: 'Có',
  toChucDang: 'không có tổ chức Đảng',
  kyLuat: 'không',
  coKeHoachThiDua: 'Có',
  suDungNenTangSo: 'Có',
  hopDongHoaDonDienTu: 'Có',
  thanhToanKhongTienMat: 'Có',
  dongGopDuocGhiNhan: 'Có',
};

const enterprise = (id: string, facts: Record<string, unknown> = {}): HandUnit => ({
  id,
  block: 'doanh-nghiep',
  facts: { ...ENTERPRISE, ...facts },
});

describe('Kiên Giang 243, sơ kết 2023: provincial departments (9 targets, IV.3.2.2a)', () => {
  const noWorkFiles: Record<string, unknown> = { ...DEPT_MET };
  delete noWorkFiles['cqs-06-tinh'];
  const res = run(PLAN, [
    department('d-met', DEPT_MET),
    department('d-exceeded', DEPT_EXCEEDED),
    // dossiers fully online at exactly 72% = 1,2 × 60%: not "vượt trên 20%"
    department('d-72', { ...DEPT_EXCEEDED, 'cqs-02': '72%' }),
    // every target exceeded, but guidance documents not issued on time: fails IV.3.2.2a
    department('d-no-guidance', DEPT_EXCEEDED, { vanBanHuongDan: 'Không' }),
    // provincial work files left blank (a required target): the provincial Bằng khen waits
    department('d-blank', noWorkFiles),
  ]);

  it('every target at its value → provincial Bằng khen 2 × 1,0 × 1.800.000 = 3.600.000 "Ba triệu sáu trăm nghìn đồng"', () => {
    expect(unit(res, 'd-met').award).toMatchObject({
      tier: 'bk-tinh-so-ket-2023',
      prize: 3_600_000,
      prizeInWords: 'Ba triệu sáu trăm nghìn đồng',
      dossierSets: 1,
    });
    expect(statuses(res, 'd-met')['bk-thu-tuong-so-ket-2023']).toBe('notMet');
  });

  it("every target above 1,2 × (the 100% ones at 100%) → the Prime Minister's proposal 12.600.000, 2 sets", () => {
    expect(unit(res, 'd-exceeded').award).toMatchObject({
      tier: 'bk-thu-tuong-so-ket-2023',
      prize: 12_600_000,
      prizeInWords: 'Mười hai triệu sáu trăm nghìn đồng',
      dossierSets: 2,
    });
    const cqs01 = unit(res, 'd-exceeded').targets?.find((t) => t.id === 'cqs-01');
    expect([cqs01?.met, cqs01?.exceeded, cqs01?.unreachable]).toEqual([true, true, true]);
  });

  it('72% of dossiers fully online is exactly 1,2 × 60%: not exceeded → provincial Bằng khen only', () => {
    const t = unit(res, 'd-72').targets?.find((x) => x.id === 'cqs-02');
    expect([t?.met, t?.exceeded, t?.ratio]).toEqual([true, false, 1.2]);
    expect(unit(res, 'd-72').award?.tier).toBe('bk-tinh-so-ket-2023');
  });

  it('guidance documents not on time: still eligible (a specific standard), but no provincial award at all', () => {
    expect([unit(res, 'd-no-guidance').eligible, unit(res, 'd-no-guidance').award]).toEqual([true, null]);
    expect(statuses(res, 'd-no-guidance')).toMatchObject({
      'bk-thu-tuong-so-ket-2023': 'notMet',
      'bk-tinh-so-ket-2023': 'notMet',
    });
  });

  it("a required target blank: the provincial Bằng khen waits (8 of 9 met, 1 missing); the PM's cannot be reached", () => {
    expect(statuses(res, 'd-blank')).toMatchObject({
      'bk-thu-tuong-so-ket-2023': 'notMet',
      'bk-tinh-so-ket-2023': 'unknown',
    });
    expect(codes(res, 'd-blank')).toEqual(['missing-target', 'pending-missing-data']);
  });
});

describe('Kiên Giang 243, sơ kết 2023: enterprises (IV.3.2.2d) and individuals (IV.3.2.2f)', () => {
  const res = run(PLAN, [
    enterprise('e-all'),
    // no e-contracts / e-invoices: fails IV.3.2.2d
    enterprise('e-no-invoices', { hopDongHoaDonDienTu: 'Không' }),
    {
      id: 'i-initiative',
      block: 'ca-nhan',
      facts: { chapHanhChuTruong: 'Có', hoanThanhNhiemVu: 'Có', kyLuat: 'không', sangKienGiaiPhap: 'Có' },
    },
  ]);

  it('an enterprise meeting the five specific standards → provincial Bằng khen 3.600.000 (no targets to meet)', () => {
    expect(unit(res, 'e-all').award).toMatchObject({ tier: 'bk-tinh-so-ket-2023', prize: 3_600_000 });
    expect(unit(res, 'e-all').targets ?? []).toEqual([]);
  });

  it('no e-contracts or e-invoices → nothing', () => {
    expect(unit(res, 'e-no-invoices').award).toBeNull();
  });

  it('an individual with a recognised initiative → Bằng khen 1,0 × 1.800.000 = 1.800.000 "Một triệu tám trăm nghìn đồng"', () => {
    expect(unit(res, 'i-initiative').award).toMatchObject({
      tier: 'bk-tinh-so-ket-2023',
      prize: 1_800_000,
      prizeInWords: 'Một triệu tám trăm nghìn đồng',
    });
  });
});

/** Plan 243 (2023) with the contributions norm the provincial council would set. */
function withNorm(norm: number, units: HandUnit[]): ScoreResponse {
  const plan = {
    ...plan243,
    parameters: plan243.parameters.map((p) => (p.id === 'dinhMucDongGop' ? { ...p, value: norm } : p)),
  };
  const out = scoreRequest({
    plan,
    units: units.map((u) => ({ name: u.id, values: {}, ...u })),
    options: { explain: 'full' },
  });
  if (!out.ok) throw new Error(JSON.stringify(out.problems));
  return out.response;
}

describe('Kiên Giang 243: the Bằng khen for contributions "đạt định mức" (IV.2.a), norm not set and set', () => {
  const UNITS = [
    enterprise('c-500m', { dongGop: 500_000_000 }),
    enterprise('c-100m', { dongGop: 100_000_000 }),
    enterprise('c-99m', { dongGop: 99_999_999 }),
    // "1.000.000.000" in Vietnamese thousands format
    enterprise('c-1b-text', { dongGop: '1.000.000.000' }),
    enterprise('c-none'),
  ];

  it('norm not set (null): every contribution waits for it, no contribution → not met', () => {
    const res = run(PLAN, UNITS);
    for (const id of ['c-500m', 'c-100m', 'c-99m', 'c-1b-text'])
      expect([id, decision(res, id, 'bk-tinh-dong-gop').status]).toEqual([id, 'unknown']);
    expect(decision(res, 'c-none', 'bk-tinh-dong-gop').status).toBe('notMet');
  });

  it('norm 100.000.000 đ: ≥ norm granted (3.600.000, separate from the sơ kết Bằng khen), 99.999.999 not', () => {
    const res = withNorm(100_000_000, UNITS);
    expect(
      ['c-500m', 'c-100m', 'c-99m', 'c-1b-text', 'c-none'].map(
        (id) => decision(res, id, 'bk-tinh-dong-gop').status,
      ),
    ).toEqual(['granted', 'granted', 'notMet', 'granted', 'notMet']);
    expect(decision(res, 'c-100m', 'bk-tinh-dong-gop').prize).toBe(3_600_000);
    expect(statuses(res, 'c-100m')['bk-tinh-so-ket-2023']).toBe('granted');
  });
});

// docs/targets-and-decisions.md, Decisions 3: "A condition on an optional fact that is blank reads as not met".
describe('Kiên Giang 243: a department whose guidance-documents fact (optional) is blank', () => {
  // vanBanHuongDan is declared required: false; IV.3.2.2a needs it → the specific standard reads as not met
  // ("không có số liệu"), not held.
  const facts: Record<string, unknown> = { ...DEPT_FACTS };
  delete facts.vanBanHuongDan;
  // Simplest case: an individual with no initiative entered (sangKienGiaiPhap, required: false; IV.3.2.2e is the only
  // fact of the standard): not met, as the contributions decision on the blank dongGop (also optional) is.
  const res = run(PLAN, [
    { id: 'd-blank-guidance', block: 'so-nganh', values: DEPT_EXCEEDED, facts },
    {
      id: 'i-blank-initiative',
      block: 'ca-nhan',
      facts: { chapHanhChuTruong: 'Có', hoanThanhNhiemVu: 'Có', kyLuat: 'không' },
    },
  ]);

  it('not met, not held', () => {
    expect(statuses(res, 'd-blank-guidance')).toMatchObject({
      'bk-thu-tuong-so-ket-2023': 'notMet',
      'bk-tinh-so-ket-2023': 'notMet',
    });
    expect(codes(res, 'd-blank-guidance')).not.toContain('pending-missing-data');
  });

  it('the individual with no initiative entered: not met, like its blank contribution', () => {
    expect(statuses(res, 'i-blank-initiative')).toEqual({
      'bk-tinh-so-ket-2023': 'notMet',
      'bk-tinh-dong-gop': 'notMet',
    });
    expect(codes(res, 'i-blank-initiative')).toEqual([]);
  });
});

describe('Kiên Giang 243, sơ kết 2023: a district and "vượt trên 20%" (IV.2.b) target by target', () => {
  // Every district target of 2023 (II.2.1, 29 targets) above 1,2 × its value, except those whose 1,2 × target is
  // over the 100% ceiling (100% targets; work files at district level "90%": 1,2 × 90 = 108 > 100), which count
  // as exceeded when met (targetRules.unreachable = countsIfMet).
  //   kts-06 "trên 1%": 1,2 × 1 = 1,2 → 1,2% is not "vượt trên 20%"; 1,21 (a plain number = 1,21%) is.
  //   cqs-06-huyen 89,9% < 90%: not even met → no award at all.
  const H23: Record<string, unknown> = {
    'cqs-01': '100%',
    'cqs-02': '72,1%',
    'cqs-03': '96,1%',
    'cqs-04': '12,1%',
    'cqs-05': '100%',
    'cqs-06-van-ban': '100%',
    'cqs-06-huyen': '90%',
    'cqs-06-xa': '84,1%',
    'cqs-07': '100%',
    'cqs-08': '96,1%',
    'kts-01': '14,5%',
    'kts-02': '9,7%',
    'kts-03': '9,7%',
    'kts-04': '72,1%',
    'kts-05': '42,1%',
    'kts-06': '1,3%',
    'kts-07': '48,1%',
    'kts-08': '48,1%',
    'xhs-01': '90,1%',
    'xhs-02': '84,1%',
    'xhs-03': '72,1%',
    'xhs-04': '84,1%',
    'xhs-05': '72,1%',
    'xhs-06': '48,1%',
    'xhs-07': '24,1%',
    'xhs-08': '96,1%',
    'xhs-09': '72,1%',
    'xhs-10': '84,1%',
  };
  const district = (id: string, values: Record<string, unknown>): HandUnit => ({
    id,
    block: 'huyen',
    values,
    facts: FACTS,
  });
  const res = run(PLAN, [
    district('h-exceeded', H23),
    district('h-kts06-1-2', { ...H23, 'kts-06': '1,2%' }),
    district('h-kts06-1-21', { ...H23, 'kts-06': 1.21 }),
    district('h-89-9', { ...H23, 'cqs-06-huyen': '89,9%' }),
  ]);
  const target = (id: string, t: string) => unit(res, id).targets?.find((x) => x.id === t);

  it("every target exceeded (the 90% work files at 90%, unreachable) → the Prime Minister's proposal 12.600.000", () => {
    expect(unit(res, 'h-exceeded').targets).toHaveLength(28);
    const t = target('h-exceeded', 'cqs-06-huyen');
    expect([t?.met, t?.exceeded, t?.unreachable]).toEqual([true, true, true]);
    expect(unit(res, 'h-exceeded').award).toMatchObject({
      tier: 'bk-thu-tuong-so-ket-2023',
      prize: 12_600_000,
    });
  });

  it('digital-economy workforce 1,2% (= 1,2 × 1%) → met, not exceeded: provincial Bằng khen 3.600.000', () => {
    const t = target('h-kts06-1-2', 'kts-06');
    expect([t?.met, t?.exceeded, t?.ratio]).toEqual([true, false, 1.2]);
    expect(t?.explanation).toBe(
      "Chỉ tiêu b.6 'Tỷ lệ nhân lực lao động kinh tế số trong lực lượng lao động': 1,2% / mục tiêu >1% → đạt (tỷ lệ 1,20)",
    );
    expect(unit(res, 'h-kts06-1-2').award).toMatchObject({ tier: 'bk-tinh-so-ket-2023', prize: 3_600_000 });
  });

  it('1,21 (a plain number is a percent) → exceeded → the PM proposal', () => {
    expect(target('h-kts06-1-21', 'kts-06')?.exceeded).toBe(true);
    expect(unit(res, 'h-kts06-1-21').award?.tier).toBe('bk-thu-tuong-so-ket-2023');
  });

  it('district work files 89,9% < 90% → not met, no award', () => {
    const t = target('h-89-9', 'cqs-06-huyen');
    expect([t?.met, t?.ratio]).toEqual([false, 0.9989]);
    expect(unit(res, 'h-89-9').award).toBeNull();
  });
});

describe('Kiên Giang 243: the explanation of a target just below its value', () => {
  // 89,9 / 90 = 0,99888…: rounded, "chưa đạt (tỷ lệ 1,00)" would read as if the target were reached. A missed
  // target's ratio is cut to 2 decimals (0,99).
  const res = run(PLAN, [{ id: 'h', block: 'huyen', values: { 'cqs-06-huyen': '89,9%' }, facts: FACTS }]);

  it('"… 89,9% / mục tiêu ≥90% → chưa đạt (tỷ lệ 0,99)"', () => {
    expect(unit(res, 'h').targets?.find((x) => x.id === 'cqs-06-huyen')?.explanation).toBe(
      "Chỉ tiêu a.6 (huyện) 'Tỷ lệ hồ sơ công việc cấp huyện được xử lý trên môi trường mạng': 89,9% / mục tiêu ≥90% → chưa đạt (tỷ lệ 0,99)",
    );
  });
});
