/**
 * Missing values under awards.missingValues = hold (the default; Phụng Hiệp communes set nothing) — by hand.
 *
 * docs/engine.md, "Missing values": "The unit is ranked provisionally on what it has (the value counts 0). Every
 * award the value could change waits: the unit's own (unless even at its best it gets no place — then 'no award' is
 * final) and every place of another unit it could take"; "Ranking the known units alone puts c's group at places
 * [q, q + g); each unit of U_c pushes it down by at most one place", and a unit of U_c whose worst total is above c's
 * is above it in every completion.
 * Places (IV.1, IV.2.a, aboveBand rankOrder): 1 Nhất, 2 Nhì, 3 Ba (≥ 180), 4–5 Khuyến khích (≥ 160, or above 180
 * once the higher tiers are full). Scale as in phung-hiep-xa.test.ts: best 200; tc01, tc02, tc14, tc24 are worth
 * 10 each; tc22 16 articles → 4 of 9 (−5).
 */
import { codes, run, unit } from './helpers';
import { NO, commune } from './phung-hiep-communes';

const PLAN = 'phung-hiep-2023-xa';

const flag = (res: ReturnType<typeof run>, id: string, code: string) =>
  unit(res, id).flags.find((f) => f.code === code);

describe('one missing value that could change awards: held', () => {
  const res = run(PLAN, [
    commune('m-200'),
    commune('m-195', { tc22: 16 }),
    commune('m-190', { tc24: NO }),
    commune('m-170', { tc24: NO, tc01: NO, tc02: NO }),
    commune('m-165', { tc24: NO, tc01: NO, tc02: NO, tc22: 16 }),
    commune('m-150', { tc24: NO, tc01: NO, tc02: NO, tc14: '0%', tc20: '0%' }),
    // tc24, tc01 "Không", tc14 (10 points) blank: 170 now, 180 at best → between 170 and 180
    commune('m-miss', { tc24: NO, tc01: NO }, { missing: ['tc14'] }),
  ]);

  // Its award cannot change: the three ≥ 180 take Nhất, Nhì, Ba in every completion; at 180 it is 4th (above the
  // encouragement band, which rankOrder lets it take), at 170 it ties with m-170 for places 4 and 5, in between it
  // is 4th — an encouragement place whatever tc14 is. Its best place and its worst are both Khuyến khích, so the
  // award is final though the value is missing (the value stays flagged missing-value).
  it('the unit itself: 170 provisionally (shares rank 4 with m-170), Khuyến khích at every value of tc14 → final', () => {
    const r = unit(res, 'm-miss');
    expect([r.total, r.rank, r.award?.tier, r.pendingTiers]).toEqual([170, 4, 'giai-khuyen-khich', []]);
    expect(codes(res, 'm-miss')).toEqual(['missing-value']);
  });

  it('m-170: known units alone put it at place 4; m-miss can push it at most to 5 — both encouragement → final', () => {
    expect(unit(res, 'm-170').award).toMatchObject({ tier: 'giai-khuyen-khich', prize: 2_000_000 });
    expect(codes(res, 'm-170')).toEqual([]);
  });

  it('m-165: m-miss scores at least 170, above it in every completion, so 165 is 6th: nothing, final', () => {
    const r = unit(res, 'm-165');
    expect([r.total, r.award, r.pendingTiers]).toEqual([165, null, []]);
    expect(flag(res, 'm-165', 'pending-missing-data')).toBeUndefined();
  });

  it('above its best (200, 195, 190) final; 150 is past the last place either way → final, 2 commendations', () => {
    expect(['m-200', 'm-195', 'm-190'].map((id) => unit(res, id).award?.prize)).toEqual([
      10_000_000, 7_000_000, 5_000_000,
    ]);
    expect([unit(res, 'm-150').award, unit(res, 'm-150').certificates, codes(res, 'm-150')]).toEqual([
      null,
      2,
      [],
    ]);
  });

  it('paid 10 + 7 + 5 + 2 + 2 = 26.000.000; nothing waits (no award here depends on the value)', () => {
    expect([res.summary.prizeFundUsed, res.summary.prizeFundPending]).toEqual([26_000_000, 0]);
  });
});

describe('one missing value that cannot change any award: final', () => {
  const res = run(PLAN, [
    commune('f-200'),
    commune('f-195', { tc22: 16 }),
    commune('f-190', { tc24: NO }),
    commune('f-185', { tc22: 16, tc24: NO }),
    commune('f-180', { tc24: NO, tc01: NO }),
    // tc24, tc01, tc02 "Không", tc14 blank: 160 now, 170 at best — below the five units holding all five places
    commune('f-miss', { tc24: NO, tc01: NO, tc02: NO }, { missing: ['tc14'] }),
  ]);

  it('even at its best (170 < 180) it is 6th: "no award" is final, 2 commendations, nothing pending', () => {
    const r = unit(res, 'f-miss');
    expect([r.total, r.rank, r.award, r.pendingTiers, r.certificates]).toEqual([160, 6, null, [], 2]);
    expect(codes(res, 'f-miss')).toEqual(['missing-value']);
  });

  it('its best total reaches none of the others: all five places final, the whole 26.000.000 paid', () => {
    expect(['f-200', 'f-195', 'f-190', 'f-185', 'f-180'].map((id) => unit(res, id).award?.tier)).toEqual([
      'giai-nhat',
      'giai-nhi',
      'giai-ba',
      'giai-khuyen-khich',
      'giai-khuyen-khich',
    ]);
    expect([res.summary.prizeFundUsed, res.summary.prizeFundPending]).toEqual([26_000_000, 0]);
  });
});
