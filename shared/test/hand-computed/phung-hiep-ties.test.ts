/**
 * Kế hoạch 167/KH-UBND (Phụng Hiệp, 2023), khối xã — large ties and the literal reading of the encouragement band,
 * computed by hand.
 *
 * Seed 003, mục IV.1: "Các đơn vị đạt hạng nhất, nhì, ba phải đạt số điểm từ 180 điểm trở lên, các đơn vị được xét
 * khuyến khích đạt số điểm từ 160 đến dưới 180 điểm, tính từ điểm cao đến thấp"; mục IV.2.a: 01 Nhất 10.000.000,
 * 01 Nhì 7.000.000, 01 Ba 5.000.000, 02 Khuyến khích 2.000.000 each; "các đơn vị còn lại" 02 cá nhân. The document
 * has no tie-breaker (plan note "ties": for the council). Plan note "above-band": awards.aboveBand = rankOrder by
 * default; "strict" applies "dưới 180 điểm" literally. Default 200-point scale as in phung-hiep-xa.test.ts.
 */
import { scoreRequest } from '../../src/api/score-request';
import type { ScoreResponse } from '../../src/engine/types';
import xa from '../../src/plans/phung-hiep-2023-xa.json';
import { codes, run, unit } from './helpers';
import { NO, commune } from './phung-hiep-communes';

const PLAN = 'phung-hiep-2023-xa';

const tierRows = (res: ScoreResponse) =>
  res.summary.blocks[0].tiers.map((t) => [t.tier, t.awarded, t.pending, t.held]);

describe('Phụng Hiệp communes: four units on 190 for places 2–5 (Nhì, Ba and both encouragement prizes)', () => {
  // 200 → Nhất. The 190s fill places 2, 3, 4, 5 exactly: every one could get Nhì, Ba or Khuyến khích → council.
  // Waiting: 7 + 5 + 2 × 2 = 16.000.000 (the places, not 4 × a prize). 170 is 6th: past the last place, final.
  const res = run(PLAN, [
    commune('a-200'),
    ...['b-1', 'b-2', 'b-3', 'b-4'].map((id) => commune(id, { tc24: NO })),
    commune('z-170', { tc24: NO, tc01: NO, tc02: NO }),
  ]);

  it('the four share rank 2 and wait on three tiers', () => {
    for (const id of ['b-1', 'b-2', 'b-3', 'b-4']) {
      const r = unit(res, id);
      expect([r.rank, r.award, r.pendingTiers]).toEqual([
        2,
        null,
        ['giai-nhi', 'giai-ba', 'giai-khuyen-khich'],
      ]);
      expect(codes(res, id)).toEqual(['tie-at-tier-boundary']);
    }
  });

  it('170 ranks 6th (after four on rank 2): nothing, 2 commendations, final', () => {
    const r = unit(res, 'z-170');
    expect([r.rank, r.award, r.pendingTiers, r.certificates, codes(res, 'z-170')]).toEqual([
      6,
      null,
      [],
      2,
      [],
    ]);
  });

  it('paid 10.000.000, waiting 16.000.000; each tier holds its own places', () => {
    expect([res.summary.prizeFundUsed, res.summary.prizeFundPending]).toEqual([10_000_000, 16_000_000]);
    const four = ['b-1', 'b-2', 'b-3', 'b-4'];
    expect(tierRows(res)).toEqual([
      ['giai-nhat', ['a-200'], [], 0],
      ['giai-nhi', [], four, 1],
      ['giai-ba', [], four, 1],
      ['giai-khuyen-khich', [], four, 2],
    ]);
  });
});

describe('Phụng Hiệp communes: three units on 170 for the two encouragement prizes', () => {
  // 200, 195, 190 take Nhất, Nhì, Ba. Three on 170 for 2 places: a tie larger than the places → council.
  // Waiting 2 × 2.000.000 = 4.000.000; paid 10 + 7 + 5 = 22.000.000.
  const res = run(PLAN, [
    commune('a-200'),
    commune('a-195', { tc22: 16 }),
    commune('a-190', { tc24: NO }),
    ...['k-1', 'k-2', 'k-3'].map((id) => commune(id, { tc24: NO, tc01: NO, tc02: NO })),
  ]);

  it('the three wait for the council on the encouragement prize', () => {
    for (const id of ['k-1', 'k-2', 'k-3'])
      expect([unit(res, id).rank, unit(res, id).award, unit(res, id).pendingTiers]).toEqual([
        4,
        null,
        ['giai-khuyen-khich'],
      ]);
    expect([res.summary.prizeFundUsed, res.summary.prizeFundPending]).toEqual([22_000_000, 4_000_000]);
  });
});

describe('Phụng Hiệp communes: the band "từ 160 đến dưới 180" read literally (awards.aboveBand = strict)', () => {
  // With strict, the 4th unit on 185 is above the encouragement band and below no other free tier → no prize, one of
  // "các đơn vị còn lại" (2 commendations), flagged; the next unit (170, in the band) takes the first encouragement
  // prize; the second stays empty. Paid 10 + 7 + 5 + 2 = 24.000.000, nothing waits.
  const plan = { ...xa, awards: { ...xa.awards, aboveBand: 'strict' } };
  const units = [
    commune('a-200'),
    commune('a-195', { tc22: 16 }),
    commune('a-190', { tc24: NO }),
    commune('a-185', { tc22: 16, tc24: NO }),
    commune('a-170', { tc24: NO, tc01: NO, tc02: NO }),
  ];
  const out = scoreRequest({
    plan,
    units: units.map((u) => ({ name: u.id, values: {}, ...u })),
    options: { explain: 'full' },
  });
  if (!out.ok) throw new Error(JSON.stringify(out.problems));
  const res = out.response;

  it('185 at rank 4 → no prize, above-band-no-tier, 2 commendations', () => {
    const r = unit(res, 'a-185');
    expect([r.rank, r.award, r.certificates]).toEqual([4, null, 2]);
    expect(codes(res, 'a-185')).toEqual(['above-band-no-tier']);
  });

  it('170 → Khuyến khích 2.000.000; 24.000.000 paid', () => {
    expect(unit(res, 'a-170').award).toMatchObject({ tier: 'giai-khuyen-khich', prize: 2_000_000 });
    expect([res.summary.prizeFundUsed, res.summary.prizeFundPending]).toEqual([24_000_000, 0]);
  });

  it('the default reading (rankOrder) gives 185 the first encouragement prize instead', () => {
    const def = run(PLAN, units);
    expect(unit(def, 'a-185').award).toMatchObject({ tier: 'giai-khuyen-khich', prize: 2_000_000 });
    expect(unit(def, 'a-170').award).toMatchObject({ tier: 'giai-khuyen-khich', prize: 2_000_000 });
    expect(def.summary.prizeFundUsed).toBe(26_000_000);
  });
});
