/**
 * Kế hoạch 167/KH-UBND (Phụng Hiệp, 2023): a value left blank, and whether the awards it touches can still change —
 * computed by hand from mục IV.1 and IV.2.a, on the plan's default 200-point scale (note "default-scale"; a unit
 * with every criterion at its best scores 200, tc01, tc02, tc14, tc24 are worth 10 each, tc21 7, tc22 16 articles →
 * 4 of 9).
 *
 * IV.1: "Các đơn vị đạt hạng nhất, nhì, ba phải đạt số điểm từ 180 điểm trở lên, các đơn vị được xét khuyến khích
 * đạt số điểm từ 160 đến dưới 180 điểm, tính từ điểm cao đến thấp." IV.2.a: 01 giải nhất 10.000.000 đ (+10 điểm,
 * Giấy khen 10 cá nhân), 01 giải nhì 7.000.000 (+7, 7), 01 giải ba 5.000.000 (+6, 5), 02 giải khuyến khích
 * 2.000.000 mỗi giải (+2, 3 mỗi giải).
 *
 * docs/engine.md, "Missing values": every award the value could change waits; an award no value can change — the
 * unit's best place and its worst in the same tier — is final (the value itself stays flagged missing-value).
 */
import { codes, run, unit } from '../../hand-computed/helpers';
import { NO, commune } from '../../hand-computed/phung-hiep-communes';
import { department } from '../../hand-computed/phung-hiep-departments';

const PLAN = 'phung-hiep-2023-xa';

describe('IV.1 "từ 180 điểm trở lên": a blank whose worst is exactly 180 cannot move the unit off Giải Ba', () => {
  const res = run(PLAN, [
    commune('a-200'),
    commune('b-195', { tc22: 16 }),
    // tc24 "Không" (−10) and tc14 blank (0 to 10): 180 now, 190 at best — third in every completion, ≥ 180
    commune('m-180-190', { tc24: NO }, { missing: ['tc14'] }),
    commune('c-170', { tc24: NO, tc01: NO, tc02: NO }),
    commune('d-165', { tc24: NO, tc01: NO, tc02: NO, tc22: 16 }),
  ]);

  it('m: Giải Ba 5.000.000 đồng, +6 points, 5 commendations — final; tc14 stays flagged missing', () => {
    const m = unit(res, 'm-180-190');
    expect([m.total, m.rank, m.pendingTiers]).toEqual([180, 3, []]);
    expect(m.award).toMatchObject({ tier: 'giai-ba', prize: 5_000_000, bonusPoints: 6, certificates: 5 });
    expect(codes(res, 'm-180-190')).toEqual(['missing-value']);
  });

  it("m's line says the award stands although a value is missing", () => {
    expect(unit(res, 'm-180-190').explanation).toMatch(
      /Giải Ba: 5\.000\.000 đồng.*; chưa đủ dữ liệu, nhưng không giá trị nào còn thiếu làm thay đổi giải$/,
    );
  });

  it('170 and 165 below every completion of m: the two encouragement places, final', () => {
    for (const id of ['c-170', 'd-165']) {
      expect([id, unit(res, id).award?.tier, unit(res, id).pendingTiers]).toEqual([
        id,
        'giai-khuyen-khich',
        [],
      ]);
    }
  });

  it('the whole fund 10 + 7 + 5 + 2 + 2 = 26.000.000 paid, nothing waits', () => {
    expect([res.summary.prizeFundUsed, res.summary.prizeFundPending, res.summary.held]).toEqual([
      26_000_000, 0, 0,
    ]);
  });
});

describe('IV.1: the same blank one band lower (170 to 180) straddles Giải Ba and Khuyến khích: held', () => {
  const res = run(PLAN, [
    commune('a-200'),
    commune('b-195', { tc22: 16 }),
    // tc24, tc02 "Không" and tc14 blank: 170 now, 180 at best → Giải Ba at 180, Khuyến khích below it
    commune('m-170-180', { tc24: NO, tc02: NO }, { missing: ['tc14'] }),
    commune('c-170', { tc24: NO, tc01: NO, tc02: NO }),
    commune('d-165', { tc24: NO, tc01: NO, tc02: NO, tc22: 16 }),
  ]);

  it('m waits on Giải Ba or Khuyến khích (a place either way), naming tiêu chí 14', () => {
    const m = unit(res, 'm-170-180');
    expect([m.award, m.pendingTiers]).toEqual([null, ['giai-ba', 'giai-khuyen-khich']]);
    const f = m.flags.find((x) => x.code === 'pending-missing-data');
    expect(f?.missing).toEqual(['tc14']);
    expect(f?.message).toMatch(/tiêu chí 14/);
    expect(f?.message).not.toMatch(/hoặc không đạt giải/);
  });

  it('170: Ba is never its place (m at 180 takes it, or Ba stays empty); Khuyến khích in every completion → final', () => {
    // at 180 m is third, 170 fourth; below 180 no one reaches Ba's band, m and 170 take places 4 and 5
    expect([unit(res, 'c-170').award?.tier, unit(res, 'c-170').pendingTiers]).toEqual([
      'giai-khuyen-khich',
      [],
    ]);
  });

  it('165: the second encouragement place only if m reaches 180 → held, or no award', () => {
    const d = unit(res, 'd-165');
    expect([d.award, d.pendingTiers]).toEqual([null, ['giai-khuyen-khich']]);
    expect(d.flags.find((x) => x.code === 'pending-missing-data')?.heldBy).toEqual(['m-170-180']);
  });

  it('paid 10 + 7 + 2 = 19.000.000; the most still payable 5.000.000 (m Ba) + 2.000.000 (165) = 7.000.000', () => {
    expect([res.summary.prizeFundUsed, res.summary.prizeFundPending]).toEqual([19_000_000, 7_000_000]);
  });
});

describe('IV.1: a blank that could lift a unit above another — the other is held too', () => {
  const res = run(PLAN, [
    // tc21 blank (0 to 7): 193 now, 200 at best — ties a-200 at 200 → Nhất or Nhì
    commune('m-193-200', {}, { missing: ['tc21'] }),
    commune('a-200'),
    commune('b-195', { tc22: 16 }),
  ]);

  it('a-200: Nhất unless m reaches 200 and ties it → held on Nhất and Nhì', () => {
    expect(unit(res, 'a-200').pendingTiers).toEqual(['giai-nhat', 'giai-nhi']);
  });

  it('m: Ba below b-195 (193, 194), Nhì from 196 to 199, tied for Nhất at 200 → held on all three', () => {
    expect(unit(res, 'm-193-200').pendingTiers).toEqual(['giai-nhat', 'giai-nhi', 'giai-ba']);
  });

  it('b-195: m is at least 193 — below 195 for 193, 194, above it from 196: Nhì or Ba → held', () => {
    expect(unit(res, 'b-195').pendingTiers).toEqual(['giai-nhi', 'giai-ba']);
  });
});

describe('IV.1 departments (≥ 85 for Nhất, Nhì, Ba): a lone department with a blank', () => {
  it('best but tc10 blank (5 points): 95 to 100, alone in the block → Giải Nhất 5.000.000 final', () => {
    const res = run('phung-hiep-2023-phong-ban', [department('p', { tc10: null })]);
    const p = unit(res, 'p');
    expect([p.total, p.award?.tier, p.award?.prize, p.pendingTiers]).toEqual([
      95,
      'giai-nhat',
      5_000_000,
      [],
    ]);
    expect(res.summary.prizeFundPending).toBe(0);
  });

  it('tc01, tc02 "Không" (−20) and tc10 blank: 75 to 80, in the band 70 to < 85 either way → Khuyến khích final', () => {
    const res = run('phung-hiep-2023-phong-ban', [
      department('p', { tc01: 'Không', tc02: 'Không', tc10: null }),
    ]);
    const p = unit(res, 'p');
    expect([p.total, p.award?.tier, p.award?.prize, p.pendingTiers]).toEqual([
      75,
      'giai-khuyen-khich',
      null,
      [],
    ]);
    // the document lists no money for the departments' encouragement prize: said, not invented
    expect(codes(res, 'p')).toEqual(['missing-value', 'prize-not-specified', 'tier-count-assumed']);
  });

  it('tc01 (−10), tc04 (−5) "Không" and tc10 blank: 80 to 85 — Nhất at exactly 85, Khuyến khích below → held', () => {
    const res = run('phung-hiep-2023-phong-ban', [
      department('p', { tc01: 'Không', tc04: 'Không', tc10: null }),
    ]);
    const p = unit(res, 'p');
    expect([p.total, p.award]).toEqual([80, null]);
    // Nhất (at 85) and Khuyến khích (below 85) are what it can get; the tiers between are listed too (a bound: a
    // lone unit never stands on Nhì or Ba, but the list is the span from its best place to its worst)
    expect(p.pendingTiers).toEqual(expect.arrayContaining(['giai-nhat', 'giai-khuyen-khich']));
    // the most still payable: Giải Nhất 5.000.000 (the encouragement tier carries no money in the document)
    expect(res.summary.prizeFundPending).toBe(5_000_000);
  });
});
