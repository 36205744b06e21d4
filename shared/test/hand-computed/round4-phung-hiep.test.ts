/**
 * Kế hoạch 167/KH-UBND (UBND huyện Phụng Hiệp, 2023) — vacant prizes, sums of the fund in words, per-item counts,
 * computed by hand from the document (seeds/003, mục IV) on the plan's default scale (notes "default-scale",
 * "default-targets": proportional rates, "100%" criteria all-or-nothing, tc13 0,05 and tc22 0,25 per item for communes;
 * tc08 0,05 and tc15 0,5 per item for departments, each capped at its maximum; points rounded to 2 decimals).
 *
 * IV.1: "Đối với khối thi đua cấp xã, thị trấn: Các đơn vị đạt hạng nhất, nhì, ba phải đạt số điểm từ 180 điểm trở
 * lên, các đơn vị được xét khuyến khích đạt số điểm từ 160 đến dưới 180 điểm, tính từ điểm cao đến thấp." Departments:
 * "từ 85 điểm trở lên", khuyến khích "từ 70 đến dưới 85 điểm".
 * IV.2.a: Nhất 10.000.000 (+10 điểm, 10 cá nhân), Nhì 7.000.000 (+7, 7), Ba 5.000.000 (+6, 5), 02 khuyến khích
 * 2.000.000 (+2, 3); "Các đơn vị còn lại … 02 cá nhân/đơn vị". IV.2.b: departments 5.000.000 / 4.000.000 /
 * 3.000.000, no encouragement money. IV.3: dossier by 05/01/2024.
 */
import { run, unit } from './helpers';
import { commune, NO } from './phung-hiep-communes';
import { department } from './phung-hiep-departments';

const XA = 'phung-hiep-2023-xa';
const PB = 'phung-hiep-2023-phong-ban';

describe('Phụng Hiệp communes: nobody for Giải Ba between 180 and 190 — the place stays vacant (IV.1)', () => {
  const res = run(XA, [
    commune('a-200'),
    commune('b-190', { tc01: NO }),
    // 200 − 10 − 10 (tc01, tc02) − 2,5 (150 × 0,05 = 7,5/10) − 0,25 (35 × 0,25 = 8,75/9) − 0,2 (49/50 × 10 = 9,8)
    commune('c-177-05', { tc01: NO, tc02: NO, tc13: 150, tc22: 35, tc14: '49%' }),
    // 200 − 10 − 10 − 10 (tc14 0%)
    commune('d-170', { tc01: NO, tc02: NO, tc14: '0%' }),
    // 200 − 10 − 10 − 5 (25/50 × 10) − 8 (tc16)
    commune('e-167', { tc01: NO, tc02: NO, tc14: '25%', tc16: NO }),
  ]);

  it('per-item counts and a proportional rate: 177,05 exactly', () => {
    expect(unit(res, 'c-177-05').points).toMatchObject({ tc13: 7.5, tc22: 8.75, tc14: 9.8 });
    expect(unit(res, 'c-177-05').total).toBe(177.05);
    expect(unit(res, 'e-167').total).toBe(167);
  });

  it('177,05 (< 180) cannot take Giải Ba: it takes the first encouragement prize, 170 the second', () => {
    expect(unit(res, 'c-177-05').award).toMatchObject({
      tier: 'giai-khuyen-khich',
      prize: 2_000_000,
      bonusPoints: 2,
      certificates: 3,
    });
    expect(unit(res, 'd-170').award).toMatchObject({ tier: 'giai-khuyen-khich', prize: 2_000_000 });
    const ba = res.summary.blocks[0].tiers.find((t) => t.tier === 'giai-ba');
    expect([ba?.awarded, ba?.pending, ba?.held]).toEqual([[], [], 0]);
  });

  it('167 is past the two encouragement prizes: "các đơn vị còn lại" → 2 commendations', () => {
    expect(unit(res, 'e-167').award).toBeNull();
    expect(unit(res, 'e-167').certificates).toBe(2);
    expect(unit(res, 'e-167').explanation).toBe('Tổng 167,0/200 điểm; hạng 5/5; đề nghị khen 2 cá nhân');
  });

  it('paid 10 + 7 + 2 + 2 = 21.000.000 "Hai mươi mốt triệu đồng" of the 26.000.000 fund; nothing waits', () => {
    expect(res.summary).toMatchObject({
      prizeFundUsed: 21_000_000,
      prizeFundUsedInWords: 'Hai mươi mốt triệu đồng',
      prizeFundPending: 0,
      prizeFundPlanned: 26_000_000,
    });
  });

  it('the explanation line of the encouragement prize: "Tổng 177,05/200 điểm; hạng 3/5; Giải Khuyến khích: 2.000.000 đồng, …"', () => {
    expect(unit(res, 'c-177-05').explanation).toBe(
      'Tổng 177,05/200 điểm; hạng 3/5; Giải Khuyến khích: 2.000.000 đồng, cộng 2 điểm, đề nghị khen 3 cá nhân',
    );
  });
});

describe('Phụng Hiệp communes: only one unit reaches 180 — Nhì and Ba vacant, 160 exactly is in the band', () => {
  const res = run(XA, [
    // 200 − 5 (tc14 25%) − 4 (tc04 50% of 8) − 2 (tc05 75% of 8)
    commune('a-189', { tc14: '25%', tc04: '50%', tc05: '75%' }),
    commune('b-170', { tc01: NO, tc02: NO, tc14: '0%' }),
    // 200 − 10 − 10 − 10 − 10 (tc24)
    commune('c-160', { tc01: NO, tc02: NO, tc14: '0%', tc24: NO }),
    // 160 − 7 (tc21) − 1 (32 × 0,25 = 8/9)
    commune('d-152', { tc01: NO, tc02: NO, tc14: '0%', tc24: NO, tc21: NO, tc22: 32 }),
  ]);

  it('189 → Giải Nhất 10.000.000; 170 and exactly 160 ("từ 160") → the two encouragement prizes', () => {
    expect(unit(res, 'a-189').total).toBe(189);
    expect(unit(res, 'a-189').award).toMatchObject({ tier: 'giai-nhat', prize: 10_000_000 });
    expect(unit(res, 'b-170').award?.tier).toBe('giai-khuyen-khich');
    expect(unit(res, 'c-160').award?.tier).toBe('giai-khuyen-khich');
  });

  it('152 → nothing, 2 commendations; paid 10 + 2 + 2 = 14.000.000 "Mười bốn triệu đồng"; due 05/01/2024', () => {
    expect(unit(res, 'd-152').total).toBe(152);
    expect([unit(res, 'd-152').award, unit(res, 'd-152').certificates]).toEqual([null, 2]);
    expect([res.summary.prizeFundUsed, res.summary.prizeFundUsedInWords]).toEqual([
      14_000_000,
      'Mười bốn triệu đồng',
    ]);
    const tiers = res.summary.blocks[0].tiers;
    expect(tiers.filter((t) => t.awarded.length === 0).map((t) => t.tier)).toEqual(['giai-nhi', 'giai-ba']);
    // every award due 05/01/2024 (mục IV.3), 1 set
    for (const id of ['a-189', 'b-170', 'c-160'])
      expect([id, unit(res, id).award?.dueDate, unit(res, id).award?.dossierSets]).toEqual([
        id,
        '2024-01-05',
        1,
      ]);
  });
});

describe('Phụng Hiệp departments: counts in Vietnamese format, per-item points, an all-or-nothing "100%"', () => {
  const res = run(PB, [
    department('p-100'),
    // tc08 "1.000" = one thousand dossiers (dot = thousands): 50 → capped 6; tc15 11 × 0,5 = 5,5/6 → 99,5
    department('p-99-5', { tc08: '1.000', tc15: 11 }),
    // tc08 119 × 0,05 = 5,95/6; tc12 "100% cán bộ, công chức có tài khoản DVCTT" at 99,996% → 0/6 → 93,95
    department('p-93-95', { tc08: 119, tc12: '99,996%' }),
    // tc08 100 × 0,05 = 5,0/6; tc01 not met −10 → 89
    department('p-89', { tc08: 100, tc01: 'Không' }),
  ]);

  it('points as computed by hand', () => {
    expect(unit(res, 'p-99-5').points).toMatchObject({ tc08: 6, tc15: 5.5 });
    expect(unit(res, 'p-93-95').points).toMatchObject({ tc08: 5.95, tc12: 0 });
    expect([unit(res, 'p-99-5').total, unit(res, 'p-93-95').total, unit(res, 'p-89').total]).toEqual([
      99.5, 93.95, 89,
    ]);
  });

  it('100 → Nhất 5.000.000, 99,5 → Nhì 4.000.000, 93,95 → Ba 3.000.000 "Ba triệu đồng"; paid 12.000.000', () => {
    expect(['p-100', 'p-99-5', 'p-93-95'].map((id) => unit(res, id).award?.prize)).toEqual([
      5_000_000, 4_000_000, 3_000_000,
    ]);
    expect(unit(res, 'p-93-95').award?.prizeInWords).toBe('Ba triệu đồng');
    expect([res.summary.prizeFundUsed, res.summary.prizeFundUsedInWords]).toEqual([
      12_000_000,
      'Mười hai triệu đồng',
    ]);
  });

  it('a department line names no commendations (IV.2.b gives the block 10 individuals, not per unit)', () => {
    expect(unit(res, 'p-93-95').explanation).toBe('Tổng 93,95/100 điểm; hạng 3/4; Giải Ba: 3.000.000 đồng');
    expect(unit(res, 'p-93-95').certificates).toBe(0);
  });

  it('89 (≥ 85, 4th) → the encouragement place in rank order (note above-band), no money invented, flagged', () => {
    expect(unit(res, 'p-89').award).toMatchObject({
      tier: 'giai-khuyen-khich',
      prize: null,
      prizeInWords: null,
    });
    expect(unit(res, 'p-89').flags.map((f) => f.code)).toEqual(['prize-not-specified', 'tier-count-assumed']);
    expect(unit(res, 'p-89').explanation).toBe(
      'Tổng 89,0/100 điểm; hạng 4/4; Giải Khuyến khích: không quy định',
    );
  });
});

describe('Phụng Hiệp communes: a blank tc02 (10 points) puts the unit between 190 and 200', () => {
  const UNITS = [
    commune('m-miss', {}, { missing: ['tc02'] }),
    // 200 − 5 (tc14 25%)
    commune('k-195', { tc14: '25%' }),
    // 200 − 10 (tc01) − 5 (tc14 25%)
    commune('k-185', { tc01: NO, tc14: '25%' }),
    commune('k-170', { tc01: NO, tc02: NO, tc14: '0%' }),
  ];
  const res = run(XA, UNITS);

  it('m-miss (190…200) and 195 may swap Nhất and Nhì → both held; 170 is 4th either way → Khuyến khích 2.000.000', () => {
    expect([unit(res, 'm-miss').award, unit(res, 'k-195').award]).toEqual([null, null]);
    expect(unit(res, 'k-195').pendingTiers).toEqual(['giai-nhat', 'giai-nhi']);
    expect(unit(res, 'k-170').award).toMatchObject({ tier: 'giai-khuyen-khich', prize: 2_000_000 });
  });
});

// By hand: m-miss scores at least 190 > 185, so 185 is 3rd whatever tc02 turns out to be: Giải Ba, final, and m-miss
// can only be Nhất or Nhì. The engine holds 185 for "Giải Nhì, Giải Ba" and tells m-miss it could also get Ba, the
// encouragement prize "hoặc không đạt giải"; 5.000.000 waits that need not.
describe('a commune below another’s worst total is not held for it (Phụng Hiệp, tc02 blank)', () => {
  const res = run(XA, [
    commune('m-miss', {}, { missing: ['tc02'] }),
    commune('k-195', { tc14: '25%' }),
    commune('k-185', { tc01: NO, tc14: '25%' }),
    commune('k-170', { tc01: NO, tc02: NO, tc14: '0%' }),
  ]);

  it('185 → Giải Ba 5.000.000, final; m-miss can only be Nhất or Nhì', () => {
    expect(unit(res, 'k-185').award).toMatchObject({ tier: 'giai-ba', prize: 5_000_000 });
    expect(unit(res, 'm-miss').pendingTiers).toEqual(['giai-nhat', 'giai-nhi']);
  });

  it('paid 5 + 2 = 7.000.000; waiting only Nhất and Nhì, 17.000.000', () => {
    expect([res.summary.prizeFundUsed, res.summary.prizeFundPending]).toEqual([7_000_000, 17_000_000]);
  });
});
