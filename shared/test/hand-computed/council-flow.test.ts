/**
 * Kế hoạch 167/KH-UBND (Phụng Hiệp, 2023), khối xã — the council's decisions (docs/council-workflow.md), by hand.
 *
 * Document: IV.1 "Các đơn vị đạt hạng nhất, nhì, ba phải đạt số điểm từ 180 điểm trở lên, các đơn vị được xét
 * khuyến khích đạt số điểm từ 160 đến dưới 180 điểm, tính từ điểm cao đến thấp"; IV.2.a Nhất 10.000.000 đ (+10 điểm,
 * 10 cá nhân), Nhì 7.000.000 (+7, 7), Ba 5.000.000 (+6, 5), 02 Khuyến khích 2.000.000 (+2, 3) each; the other
 * units 02 cá nhân. Units are built on the default 200-point scale (see phung-hiep-xa.test.ts): a unit with every
 * criterion at its best scores 200; tc01, tc02, tc24 "Không" −10 each; tc22 16 articles × 0,25 = 4 of 9 (−5).
 * council-workflow.md: "Ties. The chosen units take the tiers named; the tie's other units take what is left when
 * that is determined"; "zero makes the unit's own missing values final at 0 points ..., which releases the awards
 * they held"; exclude: "the unit is not considered".
 */
import { codes, run, unit } from './helpers';
import { NO, commune } from './phung-hiep-communes';

const PLAN = 'phung-hiep-2023-xa';

const UNITS = [
  commune('a-200'),
  commune('a-195', { tc22: 16 }),
  commune('a-190-x', { tc24: NO }),
  commune('a-190-y', { tc24: NO }),
  // tc24, tc01 "Không", tc02 (10 points) left blank: 170 now, 180 at best
  commune('a-miss', { tc24: NO, tc01: NO }, { missing: ['tc02'] }),
  // 200 points: the council will not consider it
  commune('a-excl'),
  // 200 − 10 × 5 (tc24, tc01, tc02, tc14 0%, tc20 0%) = 150
  commune('a-150', { tc24: NO, tc01: NO, tc02: NO, tc14: '0%', tc20: '0%' }),
];

const at = { date: '2024-01-05', recordedBy: 'Thư ký Hội đồng', reason: 'Hội đồng biểu quyết 7/9' };
const TIE = { kind: 'tie', unit: 'a-190-y', award: 'Giải Ba', ...at };
const ZERO = { kind: 'missing', unit: 'a-miss', rule: 'zero', ...at };
const EXCLUDE = {
  kind: 'exclude',
  unit: 'a-excl',
  rule: 'Đơn vị có cán bộ vi phạm kỷ luật trong năm',
  ...at,
};

describe('Phụng Hiệp communes, before the council meets', () => {
  const res = run(PLAN, UNITS);

  it('two units on 200 for Nhất and Nhì: held; 195 → Ba; both 190s → the two encouragement places', () => {
    for (const id of ['a-200', 'a-excl'])
      expect([unit(res, id).award, unit(res, id).pendingTiers]).toEqual([null, ['giai-nhat', 'giai-nhi']]);
    expect(unit(res, 'a-195').award).toMatchObject({ tier: 'giai-ba', prize: 5_000_000 });
    for (const id of ['a-190-x', 'a-190-y']) expect(unit(res, id).award?.tier).toBe('giai-khuyen-khich');
  });

  it('the unit with tc02 blank (170…180) is below five units on ≥ 190 at its best: no place, final', () => {
    const r = unit(res, 'a-miss');
    expect([r.total, r.rank, r.award, r.pendingTiers, r.certificates]).toEqual([170, 6, null, [], 2]);
    expect(codes(res, 'a-miss')).toEqual(['missing-value']);
  });

  it('paid 5 + 2 + 2 = 9.000.000; waiting 10 + 7 = 17.000.000', () => {
    expect([res.summary.prizeFundUsed, res.summary.prizeFundPending]).toEqual([9_000_000, 17_000_000]);
  });
});

describe('Phụng Hiệp communes, after the council: exclusion, tie settled, missing value scored 0', () => {
  const res = run(PLAN, UNITS, { councilDecisions: [TIE, ZERO, EXCLUDE] });

  it('a-excl is not considered: not ranked, no award, no commendation', () => {
    const r = unit(res, 'a-excl');
    expect([r.total, r.excluded, r.eligible, r.rank, r.award, r.certificates]).toEqual([
      200,
      true,
      false,
      null,
      null,
      0,
    ]);
    expect(codes(res, 'a-excl')).toEqual(['council-decision']);
  });

  it('with it gone, 200 → Nhất 10.000.000 (+10, 10 cá nhân); 195 → Nhì 7.000.000 (+7, 7)', () => {
    expect(unit(res, 'a-200').award).toMatchObject({
      tier: 'giai-nhat',
      prize: 10_000_000,
      prizeInWords: 'Mười triệu đồng',
      bonusPoints: 10,
      certificates: 10,
    });
    expect(unit(res, 'a-195').award).toMatchObject({ tier: 'giai-nhi', prize: 7_000_000, certificates: 7 });
  });

  it('the 190s now straddle Ba and the first encouragement place: the chosen one takes Ba, the other what is left', () => {
    expect(unit(res, 'a-190-y').award).toMatchObject({ tier: 'giai-ba', prize: 5_000_000, certificates: 5 });
    expect(unit(res, 'a-190-x').award).toMatchObject({
      tier: 'giai-khuyen-khich',
      prize: 2_000_000,
      certificates: 3,
    });
    for (const id of ['a-190-x', 'a-190-y']) {
      expect(unit(res, id).rank).toBe(3);
      expect(codes(res, id)).toEqual(['council-decision']);
    }
    expect(unit(res, 'a-190-y').flags[0].message).toBe(
      'Theo quyết định của Hội đồng ngày 05/01/2024: nhận Giải Ba trong trường hợp đồng hạng 3 (a-190-x, a-190-y)' +
        ' — lý do: Hội đồng biểu quyết 7/9',
    );
  });

  it('tc02 scored 0 by the council: 170 final, rank 5, the second encouragement place (160 ≤ 170 < 180)', () => {
    const r = unit(res, 'a-miss');
    expect([r.total, r.rank, r.pendingTiers]).toEqual([170, 5, []]);
    expect(r.points?.tc02).toBe(0);
    expect(r.award).toMatchObject({
      tier: 'giai-khuyen-khich',
      prize: 2_000_000,
      bonusPoints: 2,
      certificates: 3,
    });
    expect(codes(res, 'a-miss')).toEqual(['missing-value', 'council-decision']);
  });

  it("150 → rank 6, the other units' 2 commendations; the whole fund 10 + 7 + 5 + 2 + 2 = 26.000.000 paid", () => {
    expect([unit(res, 'a-150').rank, unit(res, 'a-150').award, unit(res, 'a-150').certificates]).toEqual([
      6,
      null,
      2,
    ]);
    expect([res.summary.prizeFundUsed, res.summary.prizeFundPending]).toEqual([26_000_000, 0]);
  });

  it('every decision applied, with its code', () => {
    expect(res.council?.decisions.map((d) => [d.unitId, d.status, d.code])).toEqual([
      ['a-190-y', 'applied', 'council-tie-chosen'],
      ['a-miss', 'applied', 'council-missing-zero'],
      ['a-excl', 'applied', 'council-excluded'],
    ]);
  });

  it('the decisions in another order give the same answer', () => {
    const again = run(PLAN, UNITS, { councilDecisions: [EXCLUDE, ZERO, TIE] });
    expect(again.results.map((r) => [r.unitId, r.award?.tier ?? null])).toEqual(
      res.results.map((r) => [r.unitId, r.award?.tier ?? null]),
    );
    expect(again.council?.decisionsHash).toBe(res.council?.decisionsHash);
  });
});

describe('Phụng Hiệp communes: the council on a unit whose blank value holds others', () => {
  // 200, 195, 190, 170, 165, 150 known; m-miss 170 now (tc24, tc01 "Không", tc14 blank), 180 at best
  const HELD = [
    commune('m-200'),
    commune('m-195', { tc22: 16 }),
    commune('m-190', { tc24: NO }),
    commune('m-170', { tc24: NO, tc01: NO, tc02: NO }),
    commune('m-165', { tc24: NO, tc01: NO, tc02: NO, tc22: 16 }),
    commune('m-150', { tc24: NO, tc01: NO, tc02: NO, tc14: '0%', tc20: '0%' }),
    commune('m-miss', { tc24: NO, tc01: NO }, { missing: ['tc14'] }),
  ];

  it('excluded by the council: 165 is now 5th, the second encouragement place; 26.000.000 paid, nothing waits', () => {
    const res = run(PLAN, HELD, { councilDecisions: [{ ...EXCLUDE, unit: 'm-miss' }] });
    expect(unit(res, 'm-165').award).toMatchObject({ tier: 'giai-khuyen-khich', prize: 2_000_000 });
    expect([unit(res, 'm-miss').excluded, unit(res, 'm-miss').rank, unit(res, 'm-miss').award]).toEqual([
      true,
      null,
      null,
    ]);
    expect([res.summary.prizeFundUsed, res.summary.prizeFundPending]).toEqual([26_000_000, 0]);
  });

  it('tc14 scored 0: 170 ties m-170 on places 4–5, both encouragement; 165 is 6th with 2 commendations', () => {
    const res = run(PLAN, HELD, { councilDecisions: [{ ...ZERO, unit: 'm-miss' }] });
    for (const id of ['m-170', 'm-miss'])
      expect([unit(res, id).rank, unit(res, id).award?.tier]).toEqual([4, 'giai-khuyen-khich']);
    expect([unit(res, 'm-165').rank, unit(res, 'm-165').award, unit(res, 'm-165').certificates]).toEqual([
      6,
      null,
      2,
    ]);
    expect([res.summary.prizeFundUsed, res.summary.prizeFundPending]).toEqual([26_000_000, 0]);
  });
});

describe('Phụng Hiệp communes: a tie the blank value creates, settled in the same run as the value', () => {
  // b-miss: tc24 blank, 190 now, 200 at best; 200, 195, 190 and 150 known
  const B = [
    commune('b-200'),
    commune('b-195', { tc22: 16 }),
    commune('b-190', { tc24: NO }),
    commune('b-miss', {}, { missing: ['tc24'] }),
    commune('b-150', { tc24: NO, tc01: NO, tc02: NO, tc14: '0%', tc20: '0%' }),
  ];
  const TIE_B = { ...TIE, unit: 'b-miss', award: 'giai-ba' };

  it("the tie alone is refused while the tie waits for b-miss's own value (council-tie-held)", () => {
    const res = run(PLAN, B, { councilDecisions: [TIE_B] });
    expect(res.council?.decisions.map((d) => [d.status, d.code])).toEqual([['refused', 'council-tie-held']]);
    expect(unit(res, 'b-miss').award).toBeNull();
    expect(res.summary.prizeFundUsed).toBe(0);
  });

  it('scored 0 and chosen for Giải Ba: 200 Nhất, 195 Nhì, b-miss Ba 5.000.000, b-190 Khuyến khích; 24.000.000', () => {
    const res = run(PLAN, B, { councilDecisions: [{ ...ZERO, unit: 'b-miss' }, TIE_B] });
    expect(
      ['b-200', 'b-195', 'b-miss', 'b-190', 'b-150'].map((id) => unit(res, id).award?.prize ?? null),
    ).toEqual([10_000_000, 7_000_000, 5_000_000, 2_000_000, null]);
    // the second encouragement place has no unit from 160: vacant, not waiting
    expect([res.summary.prizeFundUsed, res.summary.prizeFundPending]).toEqual([24_000_000, 0]);
  });
});

describe('money waiting for a tie counts the tie’s places, not its tied units', () => {
  // 200 → Nhất, 195 → Nhì; the two 190s tie for places 3–4: one Giải Ba (5.000.000) and one Khuyến khích
  // (2.000.000); the second Khuyến khích stays empty (150 < 160). Waiting: 5 + 2 = 7.000.000 — not 5 + 2 × 2
  const res = run(PLAN, [
    commune('p-200'),
    commune('p-195', { tc22: 16 }),
    commune('p-190-a', { tc24: NO }),
    commune('p-190-b', { tc24: NO }),
    commune('p-150', { tc24: NO, tc01: NO, tc02: NO, tc14: '0%', tc20: '0%' }),
  ]);

  it('7.000.000 wait, one place of each tier in play', () => {
    expect(res.summary.prizeFundPending).toBe(7_000_000);
    const tiers = res.summary.blocks[0].tiers.map((t) => [t.tier, t.held]);
    expect(tiers).toEqual([
      ['giai-nhat', 0],
      ['giai-nhi', 0],
      ['giai-ba', 1],
      ['giai-khuyen-khich', 1],
    ]);
    expect(codes(res, 'p-190-a')).toContain('tie-at-tier-boundary');
  });
});
