/**
 * Kế hoạch 167/KH-UBND (Phụng Hiệp, 2023), khối xã, thị trấn — computed by hand from the document text.
 *
 * The document's points scale (Phụ lục 1) is not attached; the plan ships a default 200-point scale
 * (note "default-scale"). Where a case depends on that default, the comment says so; the thresholds, the
 * exclusions and the prize structure are the document's own (mục IV.1, IV.2.a).
 *
 * A unit with every criterion at its best scores 200: tc01 10, tc02 10, tc03 8, tc04–tc07 8 each, tc08 10
 * (target 80%), tc09 8, tc10 6, tc11 6, tc12 8, tc13 10 (0,05 per dossier), tc14 10 (target 50%), tc15–tc18 8
 * each, tc19 6, tc20 10 (target 98%), tc21 7, tc22 9 (0,25 per article), tc23 8, tc24 10.
 */
import { codes, run, unit } from './helpers';
import { NO, commune } from './phung-hiep-communes';

const PLAN = 'phung-hiep-2023-xa';

describe('Phụng Hiệp communes: the award thresholds exactly at and just below 180 and 160 (mục IV.1, IV.2.a)', () => {
  // IV.1: "Các đơn vị đạt hạng nhất, nhì, ba phải đạt số điểm từ 180 điểm trở lên, các đơn vị được xét khuyến
  // khích đạt số điểm từ 160 đến dưới 180 điểm, tính từ điểm cao đến thấp."
  // IV.2.a: 01 giải nhất 10.000.000 đ + 10 điểm + Giấy khen 10 cá nhân; 01 giải nhì 7.000.000 + 7 + 7;
  // 01 giải ba 5.000.000 + 6 + 5; 02 giải khuyến khích 2.000.000 + 2 + 3 mỗi giải; các đơn vị còn lại 02 cá nhân/đơn vị.
  const res = run(PLAN, [
    // tc08 79,9% of the 80% target: 10 × 79,9 / 80 = 9,9875 → 9,99 (2 decimals); total 200 − 10 + 9,99 = 199,99
    commune('u-199-99', { tc08: '79,9%' }),
    // tc24 "Không" (0 of 10): 190
    commune('u-190', { tc24: NO }),
    // tc24 and tc01 "Không": 200 − 10 − 10 = 180,00 — exactly "từ 180 điểm trở lên"
    commune('u-180', { tc24: NO, tc01: NO }),
    // 180 − 0,01 (tc08 at 79,9%) = 179,99 — below 180: the encouragement band [160, 180)
    commune('u-179-99', { tc24: NO, tc01: NO, tc08: '79,9%' }),
    // tc24, tc01, tc02 "Không" and tc14 0%: 200 − 10 − 10 − 10 − 10 = 160,00 — exactly "từ 160"
    commune('u-160', { tc24: NO, tc01: NO, tc02: NO, tc14: '0%' }),
    // 160 − 0,01 = 159,99: below every band → "các đơn vị còn lại": 2 individuals
    commune('u-159-99', { tc24: NO, tc01: NO, tc02: NO, tc14: '0%', tc08: '79,9%' }),
    // 1 late dossier in a month (< 02) and a report 2 days late (< 03 ngày): still considered; 150 points
    commune(
      'u-150',
      { tc24: NO, tc01: NO, tc02: NO, tc14: '0%', tc20: '0%' },
      { facts: { lateDossiersMaxInMonth: 1, reportDelayMaxDays: 2 } },
    ),
    // "Hồ sơ ... trễ hẹn từ 02 hồ sơ trở lên/01 tháng": exactly 2 → not considered at all, despite 200 points
    commune('late-2', {}, { facts: { lateDossiersMaxInMonth: 2 } }),
  ]);

  it('199,99 → Giải Nhất: 10.000.000 đồng, +10 points, 10 commendations', () => {
    const r = unit(res, 'u-199-99');
    expect(r.points?.tc08).toBe(9.99);
    expect([r.total, r.rank]).toEqual([199.99, 1]);
    expect(r.award).toMatchObject({
      tier: 'giai-nhat',
      prize: 10_000_000,
      bonusPoints: 10,
      certificates: 10,
    });
  });

  it('190 → Giải Nhì: 7.000.000 đồng, +7 points, 7 commendations', () => {
    expect(unit(res, 'u-190').award).toMatchObject({
      tier: 'giai-nhi',
      prize: 7_000_000,
      bonusPoints: 7,
      certificates: 7,
    });
  });

  it('exactly 180,00 → Giải Ba ("từ 180 điểm trở lên"): 5.000.000 đồng, +6 points, 5 commendations', () => {
    const r = unit(res, 'u-180');
    expect([r.total, r.rank]).toEqual([180, 3]);
    expect(r.award).toMatchObject({ tier: 'giai-ba', prize: 5_000_000, bonusPoints: 6, certificates: 5 });
  });

  it('179,99 and exactly 160,00 → the two encouragement prizes, 2.000.000 đồng each, 3 commendations each', () => {
    for (const [id, total, rank] of [
      ['u-179-99', 179.99, 4],
      ['u-160', 160, 5],
    ] as const) {
      const r = unit(res, id);
      expect([id, r.total, r.rank]).toEqual([id, total, rank]);
      expect(r.award).toMatchObject({
        tier: 'giai-khuyen-khich',
        prize: 2_000_000,
        bonusPoints: 2,
        certificates: 3,
      });
    }
  });

  it('159,99 → no prize, 2 commendations ("các đơn vị còn lại ... 02 cá nhân/đơn vị")', () => {
    const r = unit(res, 'u-159-99');
    expect([r.total, r.rank, r.award, r.certificates]).toEqual([159.99, 6, null, 2]);
  });

  it('1 late dossier in a month and a report 2 days late do not exclude; 2 late dossiers do', () => {
    const kept = unit(res, 'u-150');
    expect([kept.total, kept.eligible, kept.excluded, kept.rank, kept.certificates]).toEqual([
      150,
      true,
      false,
      7,
      2,
    ]);
    const out = unit(res, 'late-2');
    expect([out.total, out.excluded, out.rank, out.award]).toEqual([200, true, null, null]);
    expect(codes(res, 'late-2')).toEqual(['excluded-late-dossiers']);
  });

  it('the whole fund is paid: 10 + 7 + 5 + 2 × 2 = 26.000.000 đồng', () => {
    expect(res.summary.prizeFundUsed).toBe(26_000_000);
    expect(res.summary.prizeFundPending).toBe(0);
  });
});

describe('Phụng Hiệp communes: rank order past the 180 line, and a tie for the last prize (mục IV.1)', () => {
  const res = run(PLAN, [
    commune('b-200'),
    // tc22: 16 articles × 0,25 = 4 of 9 → 195
    commune('b-195', { tc22: 16 }),
    commune('b-190', { tc24: NO }),
    // 4th with 185 ≥ 180: the plan's reading "tính từ điểm cao đến thấp" (note above-band, awards.aboveBand =
    // rankOrder) gives the next prize in rank order, the encouragement prize
    commune('b-185', { tc22: 16, tc24: NO }),
    // two units on 170 for the one encouragement prize left: the document has no tie-breaker → council
    commune('b-170-a', { tc24: NO, tc01: NO, tc02: NO }),
    commune('b-170-b', { tc24: NO, tc01: NO, tc02: NO }),
    commune('b-150', { tc24: NO, tc01: NO, tc02: NO, tc14: '0%', tc20: '0%' }),
  ]);

  it('1st, 2nd, 3rd by points; the 4th (185) takes the first encouragement prize', () => {
    expect(['b-200', 'b-195', 'b-190', 'b-185'].map((id) => unit(res, id).award?.tier)).toEqual([
      'giai-nhat',
      'giai-nhi',
      'giai-ba',
      'giai-khuyen-khich',
    ]);
    expect(unit(res, 'b-195').points?.tc22).toBe(4);
  });

  it('the tie on 170 for one remaining prize is held for the council, neither unit gets it by input order', () => {
    for (const id of ['b-170-a', 'b-170-b']) {
      const r = unit(res, id);
      expect([r.total, r.rank, r.award, r.pendingTiers]).toEqual([170, 5, null, ['giai-khuyen-khich']]);
      expect(codes(res, id)).toEqual(['tie-at-tier-boundary']);
    }
    expect(res.summary.prizeFundUsed).toBe(24_000_000);
    expect(res.summary.prizeFundPending).toBe(2_000_000);
  });

  it('below the band, after the tie: rank 7 (two units share rank 5), 2 commendations', () => {
    expect([unit(res, 'b-150').rank, unit(res, 'b-150').certificates]).toEqual([7, 2]);
  });
});

describe('Phụng Hiệp communes: proportional points at ,xx5, caps and the "at least 2 products" item', () => {
  const res = run(PLAN, [
    // tc08: 10 × 79,96 / 80 = 9,995 → 10,00 (half up); total 200; ties with c-caps on 200
    commune('c-9995', { tc08: '79,96%' }),
    // caps: tc13 250 × 0,05 = 12,5 → 10; tc22 40 × 0,25 = 10 → 9; tc08 95% of 80%, tc14 100% of 50%,
    // tc20 100% of 98% → full points, never above: 200
    commune('c-caps', { tc13: 250, tc22: 40, tc08: '95%', tc14: '100%', tc20: '100%' }),
    // tc08 10 × 79,88 / 80 = 9,985 → 9,99; tc14 10 × 49,975 / 50 = 9,995 → 10,00; tc22 33 × 0,25 = 8,25
    // total = 200 − 0,01 − 0 − 0,75 = 199,24 (sum of the rounded points)
    commune('c-sum', { tc08: '79,88%', tc14: '49,975%', tc22: 33 }),
    // tc20 10 × 97 / 98 = 9,897… → 9,90; tc22 32 → 8; total 198,90
    commune('c-98', { tc20: '97%', tc22: 32 }),
    // tc14 10 × 24,975 / 50 = 4,995 → 5,00; tc22 35 → 8,75; total 200 − 5 − 0,25 = 194,75
    commune('c-4995', { tc14: '24,975%', tc22: 35 }),
    // tc18 "có ít nhất 02 sản phẩm": 1 product is not "at least 2" → 0 of 8; tc22 34 → 8,5; total 191,5
    commune('c-one-product', { tc18: 1, tc22: 34 }),
    // tc12 and tc19 "100% cán bộ": 99,9% and 99% are not 100% → 0 (plan: all or nothing); total 200 − 8 − 6 = 186
    commune('c-not-all', { tc12: '99,9%', tc19: '99%', tc22: 36 }),
  ]);

  it('points rounded half up at the second decimal', () => {
    expect(unit(res, 'c-9995').points?.tc08).toBe(10);
    expect(unit(res, 'c-sum').points).toMatchObject({ tc08: 9.99, tc14: 10, tc22: 8.25 });
    expect(unit(res, 'c-98').points?.tc20).toBe(9.9);
    expect(unit(res, 'c-4995').points?.tc14).toBe(5);
  });

  it('totals are the sums of the rounded points', () => {
    expect(
      ['c-9995', 'c-caps', 'c-sum', 'c-98', 'c-4995', 'c-one-product', 'c-not-all'].map(
        (id) => unit(res, id).total,
      ),
    ).toEqual([200, 200, 199.24, 198.9, 194.75, 191.5, 186]);
  });

  it('counts and rates are capped at the criterion maximum', () => {
    expect(unit(res, 'c-caps').points).toMatchObject({ tc13: 10, tc22: 9, tc08: 10, tc14: 10, tc20: 10 });
  });

  it('one product on an e-commerce platform scores 0; 99,9% of officials is not "100%"', () => {
    expect(unit(res, 'c-one-product').points?.tc18).toBe(0);
    expect(unit(res, 'c-not-all').points).toMatchObject({ tc12: 0, tc19: 0 });
  });

  it('two units on 200 for the 1st and 2nd prizes: both held for the council; the next ones in rank order', () => {
    for (const id of ['c-9995', 'c-caps']) {
      expect([unit(res, id).award, unit(res, id).pendingTiers]).toEqual([null, ['giai-nhat', 'giai-nhi']]);
    }
    // 3rd 199,24 (≥ 180) → Giải Ba; 4th and 5th (≥ 180, rankOrder) → encouragement; 6th and 7th → 2 commendations
    expect(
      ['c-sum', 'c-98', 'c-4995', 'c-one-product', 'c-not-all'].map((id) => unit(res, id).award?.tier),
    ).toEqual(['giai-ba', 'giai-khuyen-khich', 'giai-khuyen-khich', undefined, undefined]);
    expect(unit(res, 'c-not-all').certificates).toBe(2);
  });
});

describe('Phụng Hiệp communes: a tie on the 3rd place straddling Giải Ba and an encouragement prize', () => {
  const res = run(PLAN, [
    commune('d-200'),
    commune('d-195', { tc22: 16 }),
    commune('d-190-a', { tc24: NO }),
    commune('d-190-b', { tc24: NO }),
    commune('d-170', { tc24: NO, tc01: NO, tc02: NO }),
    // 170 − 5 (tc22 16 × 0,25 = 4 of 9) = 165
    commune('d-165', { tc24: NO, tc01: NO, tc02: NO, tc22: 16 }),
  ]);

  it('the two units on 190 share Giải Ba and the first encouragement prize: the council says which is which', () => {
    for (const id of ['d-190-a', 'd-190-b']) {
      expect([unit(res, id).rank, unit(res, id).award, unit(res, id).pendingTiers]).toEqual([
        3,
        null,
        ['giai-ba', 'giai-khuyen-khich'],
      ]);
    }
  });

  it('whatever the council decides, the 5th (170) gets the second encouragement prize and the 6th nothing', () => {
    expect(unit(res, 'd-170').award).toMatchObject({ tier: 'giai-khuyen-khich', prize: 2_000_000 });
    expect([unit(res, 'd-165').award, unit(res, 'd-165').certificates]).toEqual([null, 2]);
    // paid: 10 + 7 + 2 = 19 million; waiting for the council: Giải Ba 5 + one encouragement prize 2
    expect([res.summary.prizeFundUsed, res.summary.prizeFundPending]).toEqual([19_000_000, 7_000_000]);
  });
});

describe('Phụng Hiệp communes: more ,xx5 cases, each rounded half up', () => {
  const res = run(PLAN, [
    // tc20: 10 × 97,951 / 98 = 9,995 → 10,00: total 200
    commune('e-tc20', { tc20: '97,951%' }),
    // tc04: 8 × 12,5625 / 100 = 1,005 → 1,01: total 200 − 8 + 1,01 = 193,01
    commune('e-tc04', { tc04: '12,5625%' }),
    // tc06: 8 × 1,0625 / 100 = 0,085 → 0,09: total 192,09
    commune('e-tc06', { tc06: '1,0625%' }),
    // tc23: 8 × 33,4375 / 100 = 2,675 → 2,68: total 194,68
    commune('e-tc23', { tc23: '33,4375%' }),
    // tc14: 10 × 0,025 / 50 = 0,005 → 0,01: total 190,01
    commune('e-tc14', { tc14: '0,025%' }),
  ]);

  it('points and totals', () => {
    expect(unit(res, 'e-tc20').points?.tc20).toBe(10);
    expect(unit(res, 'e-tc04').points?.tc04).toBe(1.01);
    expect(unit(res, 'e-tc06').points?.tc06).toBe(0.09);
    expect(unit(res, 'e-tc23').points?.tc23).toBe(2.68);
    expect(unit(res, 'e-tc14').points?.tc14).toBe(0.01);
    expect(['e-tc20', 'e-tc04', 'e-tc06', 'e-tc23', 'e-tc14'].map((id) => unit(res, id).total)).toEqual([
      200, 193.01, 192.09, 194.68, 190.01,
    ]);
  });
});
