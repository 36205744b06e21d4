/**
 * Kế hoạch 167/KH-UBND (Phụng Hiệp, 2023), khối Phòng, ban, ngành huyện — computed by hand from the document.
 *
 * The points scale (Phụ lục 2) is not attached; the plan's default scale sums to 100 (note "default-scale"):
 * tc01 10, tc02 10, tc03 6, tc04 5, tc05 6, tc06 6, tc07 8 (target 80%), tc08 6 (0,05 per dossier), tc09 6,
 * tc10 5, tc11 5, tc12 6, tc13 5, tc14 6 (target 98%), tc15 6 (0,5 per article), tc16 4.
 * Thresholds, exclusions and prizes are the document's: IV.1 "Các đơn vị đạt hạng nhất, nhì, ba phải đạt số
 * điểm từ 85 điểm trở lên, các đơn vị được xét khuyến khích đạt số điểm từ 70 đến dưới 85 điểm, tính từ điểm
 * cao đến thấp"; IV.2.b tập thể: nhất 5.000.000 đ, nhì 4.000.000 đ, ba 3.000.000 đ — no encouragement money.
 */
import { codes, run, unit } from './helpers';
import { department } from './phung-hiep-departments';

const PLAN = 'phung-hiep-2023-phong-ban';
const NO = 'Không';

describe('Phụng Hiệp departments: 85 and 70 exactly and just below; no money invented for encouragement', () => {
  const res = run(PLAN, [
    department('p-100'),
    // tc03 99,5% × 6 = 5,97; tc14 6 × 97,51 / 98 = 5,9700… → 5,97; tc15 20 × 0,5 = 10 → 6 (cap);
    // tc08 130 × 0,05 = 6,5 → 6 (cap); tc12 99% of "100% cán bộ" → 0. Total 100 − 0,03 − 0,03 − 6 = 93,94
    department('p-93-94', { tc03: '99,5%', tc14: '97,51%', tc15: 20, tc08: 130, tc12: '99%' }),
    // tc01 and tc04 "Không": 100 − 10 − 5 = 85,00 — "từ 85 điểm trở lên"
    department('p-85', { tc01: NO, tc04: NO }),
    // tc07 8 × 79,9 / 80 = 7,99: 84,99 — below 85, in the encouragement band
    department('p-84-99', { tc01: NO, tc04: NO, tc07: '79,9%' }),
    // 100 − 10 − 10 − 5 − 5 = 70,00 — "từ 70"
    department('p-70', { tc01: NO, tc02: NO, tc04: NO, tc10: NO }),
    department('p-69-99', { tc01: NO, tc02: NO, tc04: NO, tc10: NO, tc07: '79,9%' }),
    // "Đơn vị báo cáo định kỳ trễ 03 ngày": 3 days → not considered (1 late dossier alone would not exclude)
    department('p-late-report', {}, { reportDelayMaxDays: 3, lateDossiersMaxInMonth: 1 }),
  ]);

  it('points: proportional to the target, rounded to 2 decimals, capped at the maximum', () => {
    expect(unit(res, 'p-93-94').points).toMatchObject({ tc03: 5.97, tc14: 5.97, tc15: 6, tc08: 6, tc12: 0 });
    expect(unit(res, 'p-84-99').points?.tc07).toBe(7.99);
  });

  it('100 → 1st 5.000.000; 93,94 → 2nd 4.000.000; exactly 85 → 3rd 3.000.000', () => {
    expect(
      ['p-100', 'p-93-94', 'p-85'].map((id) => [unit(res, id).total, unit(res, id).award?.prize]),
    ).toEqual([
      [100, 5_000_000],
      [93.94, 4_000_000],
      [85, 3_000_000],
    ]);
    expect(unit(res, 'p-85').award?.tier).toBe('giai-ba');
  });

  it('84,99 and exactly 70 → encouragement, with no prize money and a flag for the council', () => {
    for (const id of ['p-84-99', 'p-70']) {
      expect(unit(res, id).award).toMatchObject({ tier: 'giai-khuyen-khich', prize: null });
      expect(codes(res, id)).toEqual(['prize-not-specified', 'tier-count-assumed']);
    }
  });

  it('69,99 → nothing', () => {
    expect([unit(res, 'p-69-99').total, unit(res, 'p-69-99').award]).toEqual([69.99, null]);
  });

  it('a report 3 days late → not considered, whatever the points', () => {
    const r = unit(res, 'p-late-report');
    expect([r.total, r.excluded, r.rank, r.award]).toEqual([100, true, null, null]);
    expect(codes(res, 'p-late-report')).toEqual(['excluded-late-report']);
  });

  it('money paid: 5 + 4 + 3 = 12.000.000 đồng, the block fund as written', () => {
    expect(res.summary.prizeFundUsed).toBe(12_000_000);
  });
});

describe('Phụng Hiệp departments: only two units reach 85 — the 3rd prize stays vacant', () => {
  const res = run(PLAN, [
    department('q-100'),
    department('q-90', { tc01: NO }),
    // 3rd in rank but 84,99 < 85: not a 3rd prize ("phải đạt số điểm từ 85 điểm trở lên"); encouragement band
    department('q-84-99', { tc01: NO, tc04: NO, tc07: '79,9%' }),
  ]);

  it('Giải Ba is not given to a unit below 85; that unit gets the encouragement place instead', () => {
    expect(['q-100', 'q-90', 'q-84-99'].map((id) => unit(res, id).award?.tier)).toEqual([
      'giai-nhat',
      'giai-nhi',
      'giai-khuyen-khich',
    ]);
    const third = res.summary.blocks[0].tiers.find((t) => t.tier === 'giai-ba');
    expect(third?.awarded).toEqual([]);
    expect(res.summary.prizeFundUsed).toBe(9_000_000);
  });
});

describe('Phụng Hiệp departments: a third unit in the encouragement band (IV.2.b gives no number of prizes)', () => {
  // IV.1 opens the band "từ 70 đến dưới 85"; IV.2.b names no count: the plan assumes 2 (countAssumed), so the third
  // unit in the band must be flagged for the council, never silently left without a prize
  const res = run(PLAN, [
    department('k-80', { tc01: NO, tc02: NO }), // 100 − 10 − 10 = 80
    department('k-75', { tc01: NO, tc02: NO, tc04: NO }), // 75
    department('k-70-99', { tc01: NO, tc02: NO, tc04: NO, tc07: '79,9%', tc16: NO }), // 75 − 0,01 − 4 = 70,99
    department('k-69', { tc01: NO, tc02: NO, tc04: NO, tc16: NO, tc03: NO, tc13: NO }),
  ]);

  it('the two best in the band get the assumed places, flagged as assumed', () => {
    for (const id of ['k-80', 'k-75']) {
      expect(unit(res, id).award?.tier).toBe('giai-khuyen-khich');
      expect(codes(res, id)).toContain('tier-count-assumed');
    }
  });

  it('70,99, in the band past the 2 assumed places: no prize, and a flag that says the council decides', () => {
    const third = unit(res, 'k-70-99');
    expect(third.total).toBe(70.99);
    expect(third.award).toBeNull();
    const flag = third.flags.find((f) => f.code === 'beyond-assumed-count');
    expect(flag?.message).toBe(
      'Trong khung điểm Giải Khuyến khích (70 đến dưới 85 điểm) nhưng ngoài số giải tạm định (2); văn bản không ' +
        'quy định số giải nên Hội đồng quyết định có xét giải cho đơn vị này không',
    );
  });

  it('below the band: no prize and no such flag', () => {
    const below = unit(res, 'k-69');
    expect(below.total).toBeLessThan(70);
    expect(codes(res, 'k-69')).not.toContain('beyond-assumed-count');
  });
});
