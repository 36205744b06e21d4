/**
 * Kế hoạch 167/KH-UBND (Phụng Hiệp, 2023), khối xã — units "không xét thi đua" and how they move the others,
 * a missing exclusion fact, prize amounts in words and the Vietnamese number formats of the explanation.
 *
 * Seed 003, mục IV.1: "Các đơn vị đạt hạng nhất, nhì, ba phải đạt số điểm từ 180 điểm trở lên, các đơn vị được xét
 * khuyến khích đạt số điểm từ 160 đến dưới 180 điểm, tính từ điểm cao đến thấp"; "Không xét thi đua đối với đơn
 * vị: Hồ sơ TTHC dịch vụ công trực tuyến toàn trình, một phần trễ hẹn từ 02 hồ sơ trở lên/01 tháng; Đơn vị báo cáo
 * định kỳ trễ 03 ngày". Mục IV.2.a: Nhất 10.000.000 đ (+10 điểm, 10 cá nhân), Nhì 7.000.000 (+7, 7), Ba 5.000.000
 * (+6, 5), 02 Khuyến khích 2.000.000 (+2, 3) each; "các đơn vị còn lại" 02 cá nhân. Mục IV.3: hồ sơ gửi "trước
 * ngày 05/01/2024". Default 200-point scale as in phung-hiep-xa.test.ts.
 */
import { codes, run, unit } from './helpers';
import { NO, commune } from './phung-hiep-communes';
import { department } from './phung-hiep-departments';

const PLAN = 'phung-hiep-2023-xa';

// 200 − 5 (tc22 16 articles × 0,25 = 4 of 9) = 195; −10 for each of tc24, tc01, tc02 "Không"
const KNOWN = [
  commune('a-195', { tc22: 16 }),
  commune('a-190', { tc24: NO }),
  commune('a-185', { tc22: 16, tc24: NO }),
  commune('a-180', { tc24: NO, tc01: NO }),
  commune('a-170', { tc24: NO, tc01: NO, tc02: NO }),
  // 200 − 10 × 5 = 150: below every band → 2 commendations
  commune('a-150', { tc24: NO, tc01: NO, tc02: NO, tc14: '0%', tc20: '0%' }),
];

describe('Phụng Hiệp communes: two 200-point units not considered, the rest move up (mục IV.1)', () => {
  const res = run(PLAN, [
    // a report 5 days late (≥ 03 ngày) and 3 late dossiers in one month (≥ 02/tháng): not considered at all
    commune('x-report', {}, { facts: { reportDelayMaxDays: 5 } }),
    commune('x-dossiers', {}, { facts: { lateDossiersMaxInMonth: 3 } }),
    ...KNOWN,
  ]);

  it('the excluded units: 200 points, not ranked, no award, no "other units" commendations, the reason with the figure', () => {
    for (const [id, code, text] of [
      [
        'x-report',
        'excluded-late-report',
        'Không xét thi đua: báo cáo định kỳ trễ 5 ngày (trễ từ 03 ngày, mục IV.1)',
      ],
      [
        'x-dossiers',
        'excluded-late-dossiers',
        'Không xét thi đua: có 3 hồ sơ TTHC dịch vụ công trực tuyến trễ hẹn trong một tháng (từ 02 hồ sơ/tháng trở lên, mục IV.1)',
      ],
    ] as const) {
      const r = unit(res, id);
      expect([r.total, r.excluded, r.eligible, r.rank, r.award, r.certificates]).toEqual([
        200,
        true,
        false,
        null,
        null,
        0,
      ]);
      expect(codes(res, id)).toEqual([code]);
      expect(r.flags[0].message).toBe(text);
    }
  });

  it('195 is now 1st → Giải Nhất "Mười triệu đồng"; 190 Nhì "Bảy triệu đồng"; 185 Ba "Năm triệu đồng"', () => {
    expect(
      ['a-195', 'a-190', 'a-185'].map((id) => {
        const r = unit(res, id);
        return [r.rank, r.award?.tier, r.award?.prize, r.award?.prizeInWords, r.award?.certificates];
      }),
    ).toEqual([
      [1, 'giai-nhat', 10_000_000, 'Mười triệu đồng', 10],
      [2, 'giai-nhi', 7_000_000, 'Bảy triệu đồng', 7],
      [3, 'giai-ba', 5_000_000, 'Năm triệu đồng', 5],
    ]);
  });

  it('180 (rank 4) and 170 (rank 5) → the two encouragement prizes "Hai triệu đồng", +2 points, 3 commendations', () => {
    for (const [id, rank] of [
      ['a-180', 4],
      ['a-170', 5],
    ] as const) {
      const r = unit(res, id);
      expect([
        r.rank,
        r.award?.tier,
        r.award?.prizeInWords,
        r.award?.bonusPoints,
        r.award?.certificates,
      ]).toEqual([rank, 'giai-khuyen-khich', 'Hai triệu đồng', 2, 3]);
    }
  });

  it('150 is rank 6 (excluded units take no rank): 2 commendations; every award due 05/01/2024', () => {
    expect([unit(res, 'a-150').rank, unit(res, 'a-150').award, unit(res, 'a-150').certificates]).toEqual([
      6,
      null,
      2,
    ]);
    for (const id of ['a-195', 'a-190', 'a-185', 'a-180', 'a-170'])
      expect(unit(res, id).award?.dueDate).toBe('2024-01-05');
  });

  it('the summary: 8 units, 6 ranked, 2 excluded; the whole 26.000.000 paid', () => {
    const b = res.summary.blocks[0];
    expect([b.units, b.ranked, b.excluded]).toEqual([8, 6, 2]);
    expect([res.summary.prizeFundUsed, res.summary.prizeFundPending]).toEqual([26_000_000, 0]);
  });

  it('the one-line explanation in Vietnamese formats: "Tổng 195,0/200 điểm; hạng 1/6; Giải Nhất: 10.000.000 đồng …" (points with a decimal comma)', () => {
    expect(unit(res, 'a-195').explanation).toBe(
      'Tổng 195,0/200 điểm; hạng 1/6; Giải Nhất: 10.000.000 đồng, cộng 10 điểm, đề nghị khen 10 cá nhân',
    );
  });
});

describe('Phụng Hiệp communes: the late-report fact left blank holds every place the unit could take', () => {
  // engine.md "Facts are always held": a-nofact (200 points) may or may not be excluded. At its best (not excluded,
  // 200) it is 1st and pushes every known unit down one place; at its worst (excluded) the known units keep
  // places 1–5. Places: 1 Nhất, 2 Nhì, 3 Ba, 4–5 Khuyến khích.
  //   a-195: place 1 or 2 → Nhất or Nhì → held;     a-190: 2 or 3 → held;   a-185: 3 or 4 → Ba or KK → held
  //   a-180: 4 or 5 → KK either way → final;         a-170: 5 or 6 → KK or nothing → held
  //   a-150: 6 or 7 → nothing either way → final, 2 commendations
  const res = run(PLAN, [commune('a-nofact', {}, { facts: { reportDelayMaxDays: null } }), ...KNOWN]);

  it('the unit itself: not ranked for now, Giải Nhất or nothing (excluded), flagged missing-fact', () => {
    const r = unit(res, 'a-nofact');
    expect([r.total, r.rank, r.award, r.pendingTiers]).toEqual([200, null, null, ['giai-nhat']]);
    expect(r.flags.find((f) => f.code === 'pending-missing-data')?.message).toMatch(
      /Giải Nhất — hoặc không đạt giải/,
    );
    expect(codes(res, 'a-nofact')).toEqual(['missing-fact', 'pending-missing-data']);
  });

  it('held and final exactly as computed by hand', () => {
    expect(['a-195', 'a-190', 'a-185', 'a-170'].map((id) => unit(res, id).pendingTiers)).toEqual([
      ['giai-nhat', 'giai-nhi'],
      ['giai-nhi', 'giai-ba'],
      ['giai-ba', 'giai-khuyen-khich'],
      ['giai-khuyen-khich'],
    ]);
    expect(unit(res, 'a-180').award).toMatchObject({ tier: 'giai-khuyen-khich', prize: 2_000_000 });
    expect([unit(res, 'a-150').award, unit(res, 'a-150').certificates, codes(res, 'a-150')]).toEqual([
      null,
      2,
      [],
    ]);
  });

  it('paid 2.000.000 (one encouragement prize); waiting 26 − 2 = 24.000.000', () => {
    expect([res.summary.prizeFundUsed, res.summary.prizeFundPending]).toEqual([2_000_000, 24_000_000]);
    expect(res.summary.blocks[0].heldForData).toEqual([
      {
        unitId: 'a-nofact',
        missing: ['reportDelayMaxDays'],
        holds: ['a-170', 'a-185', 'a-190', 'a-195', 'a-nofact'],
      },
    ]);
  });
});

describe('Phụng Hiệp communes: the explanation of each criterion, in Vietnamese number formats', () => {
  // tc04 (default target 100%, proportional): 8 × 80,5 / 100 = 6,44
  // tc08 (target 80%): 10 × 79,9 / 80 = 9,9875 → 9,99
  // tc13: 1.234 dossiers × 0,05 = 61,7 → capped at 10
  // tc14 (target 50%): 10 × 25,5 / 50 = 5,1
  // tc22: 7 articles × 0,25 = 1,75 of 9
  // total = 200 − (8 − 6,44) − 0,01 − (10 − 5,1) − (9 − 1,75) = 200 − 1,56 − 0,01 − 4,9 − 7,25 = 186,28
  const res = run(PLAN, [commune('e', { tc04: 80.5, tc08: '79,9%', tc13: 1234, tc14: '25,5%', tc22: 7 })]);
  const r = unit(res, 'e');
  const line = (id: string) => r.criteria?.find((c) => c.id === id)?.explanation;

  it('points and total', () => {
    expect(r.points).toMatchObject({ tc04: 6.44, tc08: 9.99, tc13: 10, tc14: 5.1, tc22: 1.75 });
    expect(r.total).toBe(186.28);
  });

  it('decimal commas, thousands dots, "(tối đa)" when capped', () => {
    expect(line('tc04')).toBe('Tiêu chí 4: 80,5% / mục tiêu ≥100% (tính theo tỷ lệ) → 6,44/8 điểm');
    expect(line('tc08')).toBe('Tiêu chí 8: 79,9% / mục tiêu ≥80% (tính theo tỷ lệ) → 9,99/10 điểm');
    expect(line('tc13')).toBe('Tiêu chí 13: 1.234 × 0,05 điểm (tối đa) → 10,0/10 điểm');
    expect(line('tc14')).toBe('Tiêu chí 14: 25,5% / mục tiêu ≥50% (tính theo tỷ lệ) → 5,1/10 điểm');
    expect(line('tc22')).toBe('Tiêu chí 22: 7 × 0,25 điểm → 1,75/9 điểm');
    expect(r.explanation).toBe(
      'Tổng 186,28/200 điểm; hạng 1/1; Giải Nhất: 10.000.000 đồng, cộng 10 điểm, đề nghị khen 10 cá nhân',
    );
  });
});

describe('Phụng Hiệp departments: an excluded 100-point unit and a tie on 85 across Giải Ba and encouragement', () => {
  // Seed 003, IV.1: departments 1st–3rd need ≥ 85, encouragement 70 to < 85; IV.2.b: 5.000.000, 4.000.000,
  // 3.000.000, no encouragement money (plan note "encouragement-money": 2 places assumed, prize null).
  // Default 100-point scale (phung-hiep-phong-ban.test.ts): tc01, tc02 10 each; tc04 5; tc10 5.
  // p-100-late: 2 late dossiers in one month → not considered. Then 95 → Nhất, 90 → Nhì; the two 85s share places
  // 3–4 (Giải Ba, first encouragement) → both for the council; 80 is 5th → the second encouragement place, final.
  // Paid 5 + 4 = 9.000.000; waiting Giải Ba 3.000.000 (the encouragement place has no money).
  const res = run('phung-hiep-2023-phong-ban', [
    department('p-100-late', {}, { lateDossiersMaxInMonth: 2 }),
    department('p-95', { tc10: NO }),
    department('p-90', { tc01: NO }),
    department('p-85-a', { tc01: NO, tc04: NO }),
    department('p-85-b', { tc02: NO, tc10: NO }),
    department('p-80', { tc01: NO, tc02: NO }),
  ]);

  it('95 → Nhất 5.000.000, 90 → Nhì 4.000.000; the excluded unit not ranked', () => {
    expect(['p-95', 'p-90'].map((id) => [unit(res, id).rank, unit(res, id).award?.prize])).toEqual([
      [1, 5_000_000],
      [2, 4_000_000],
    ]);
    expect([unit(res, 'p-100-late').rank, codes(res, 'p-100-late')]).toEqual([
      null,
      ['excluded-late-dossiers'],
    ]);
  });

  it('the two 85s: rank 3, no award yet, Giải Ba or encouragement for the council', () => {
    for (const id of ['p-85-a', 'p-85-b']) {
      const r = unit(res, id);
      expect([r.total, r.rank, r.award, r.pendingTiers]).toEqual([
        85,
        3,
        null,
        ['giai-ba', 'giai-khuyen-khich'],
      ]);
      expect(codes(res, id)).toEqual(['tie-at-tier-boundary']);
    }
  });

  it('80 (rank 5) → the second encouragement place, no money; paid 9.000.000, waiting 3.000.000', () => {
    expect(unit(res, 'p-80').award).toMatchObject({ tier: 'giai-khuyen-khich', prize: null });
    expect([unit(res, 'p-80').rank, codes(res, 'p-80')]).toEqual([
      5,
      ['prize-not-specified', 'tier-count-assumed'],
    ]);
    expect([res.summary.prizeFundUsed, res.summary.prizeFundPending]).toEqual([9_000_000, 3_000_000]);
  });
});
