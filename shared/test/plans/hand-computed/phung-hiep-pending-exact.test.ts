/**
 * Kế hoạch 167/KH-UBND (Phụng Hiệp, 2023), khối Phòng, ban, ngành huyện: which prizes a unit with a blank can still
 * get, computed by hand from mục IV.1 and IV.2.b on the plan's default 100-point scale (note "default-scale":
 * tiêu chí 1 and 2 are worth 10 each, tiêu chí 16 is worth 4; a department with every criterion at its best scores
 * 100; a blank counts 0 until it is known).
 *
 * IV.1: "Đối với khối Phòng, ban, ngành huyện: các đơn vị đạt hạng nhất, nhì, ba phải đạt số điểm từ 85 điểm trở
 * lên; các đơn vị được xét khuyến khích đạt số điểm từ 70 đến dưới 85 điểm." IV.2.b: 01 giải nhất 5.000.000 đ, 01
 * giải nhì 4.000.000 đ, 01 giải ba 3.000.000 đ; khuyến khích: no number and no money (note "encouragement-money":
 * 2 places assumed, prize null).
 *
 * The tiers a unit can get are the union, over every total its blank allows, of the tiers that total can give: a
 * prize no completion gives is not listed (docs/engine.md, "Missing values").
 */
import { run, unit } from '../../hand-computed/helpers';
import { NO, commune } from '../../hand-computed/phung-hiep-communes';
import { department } from '../../hand-computed/phung-hiep-departments';

const PLAN = 'phung-hiep-2023-phong-ban';

/** A department at its best but for `values`, with the criteria in `blank` left empty. */
function withBlank(id: string, values: Record<string, unknown>, blank: string[]) {
  const d = department(id, values);
  for (const k of blank) delete (d.values as Record<string, unknown>)[k];
  return d;
}

const heldMessage = (res: ReturnType<typeof run>, id: string) =>
  unit(res, id).flags.find((f) => f.code === 'pending-missing-data')?.message ?? '';

describe('IV.1: a lone department at 80 whose blank (tiêu chí 2, 0 to 10) may take it to 90', () => {
  // tc01 "Không": 100 − 10 = 90; tc02 blank: 90 − 10 = 80 now, 90 at best.
  // tc02 = 5..10 → 85..90 ≥ 85: the only unit, first → Giải Nhất (5.000.000 đ).
  // tc02 = 0..4 → 80..84 < 85: no Nhất/Nhì/Ba band; 70 ≤ total < 85 → Khuyến khích (place 1 of 2).
  // Nhì and Ba need a unit above it: there is none, so no completion gives them.
  const res = run(PLAN, [withBlank('lone', { tc01: 'Không' }, ['tc02'])]);

  it('waits on Giải Nhất or Khuyến khích only — never Nhì or Ba — and a prize either way', () => {
    const u = unit(res, 'lone');
    expect([u.total, u.award, u.pendingTiers]).toEqual([80, null, ['giai-nhat', 'giai-khuyen-khich']]);
    expect(heldMessage(res, 'lone')).toMatch(/có thể đạt: Giải Nhất, Giải Khuyến khích\. /);
    expect(heldMessage(res, 'lone')).not.toMatch(/hoặc không đạt giải/);
  });

  it('the money that waits is at most Giải Nhất: 5.000.000 đ (Khuyến khích has none set)', () => {
    expect([res.summary.prizeFundUsed, res.summary.prizeFundPending]).toEqual([0, 5_000_000]);
    const tiers = res.summary.blocks[0].tiers.map((t) => [t.tier, t.pending]);
    expect(tiers).toEqual([
      ['giai-nhat', ['lone']],
      ['giai-nhi', []],
      ['giai-ba', []],
      ['giai-khuyen-khich', ['lone']],
    ]);
  });
});

describe('IV.1: one certain department at 88 above the same blank (80 to 90)', () => {
  // a-88: tc16 "Không" (−4), tc07 at 0% (−8): 100 − 12 = 88. m: tc01 "Không", tc02 blank: 80 now, 90 at best.
  // m at 89..90 (> 88): m Nhất, a Nhì. m at 88: tied at 88 for Nhất and Nhì → council. m at 85..87: a Nhất, m Nhì.
  // m at 80..84: a Nhất; m below 85 → Khuyến khích. Ba: m would need a second unit above it — none.
  const res = run(PLAN, [
    department('a-88', { tc16: 'Không', tc07: '0%' }),
    withBlank('m', { tc01: 'Không' }, ['tc02']),
  ]);

  it('a-88 waits on Nhất or Nhì (a prize either way); m on Nhất, Nhì or Khuyến khích, never Ba', () => {
    expect([unit(res, 'a-88').total, unit(res, 'a-88').pendingTiers]).toEqual([
      88,
      ['giai-nhat', 'giai-nhi'],
    ]);
    expect(unit(res, 'm').pendingTiers).toEqual(['giai-nhat', 'giai-nhi', 'giai-khuyen-khich']);
    expect(heldMessage(res, 'm')).not.toMatch(/hoặc không đạt giải/);
  });
});

describe('IV.1 band edges: a blank wholly inside one band is final; one that crosses 70 may give nothing', () => {
  it('76 now, 80 at best (tiêu chí 16 blank, 4 points): Khuyến khích in every completion → final', () => {
    // tc01, tc02 "Không": 80; tc16 blank: 76..80, all in [70, 85) → the first Khuyến khích place
    const res = run(PLAN, [withBlank('k', { tc01: 'Không', tc02: 'Không' }, ['tc16'])]);
    const k = unit(res, 'k');
    expect([k.total, k.award?.tier, k.award?.prize, k.pendingTiers]).toEqual([
      76,
      'giai-khuyen-khich',
      null,
      [],
    ]);
  });

  it('57 now, 67 at best: below 70 in every completion → no prize, final', () => {
    // tc02, tc04, tc16 "Không" (−10, −5, −4), tc07 and tc14 at 0% (−8, −6): 100 − 33 = 67; tc01 blank (0..10)
    // → 57..67, all below "từ 70" → no prize in any completion
    const res = run(PLAN, [
      withBlank('e', { tc02: 'Không', tc07: '0%', tc16: 'Không', tc04: 'Không', tc14: '0%' }, ['tc01']),
    ]);
    expect([unit(res, 'e').total, unit(res, 'e').award, unit(res, 'e').pendingTiers]).toEqual([57, null, []]);
  });

  it('63 now, 73 at best: Khuyến khích from 70 ("từ 70"), nothing below → waits, "or none"', () => {
    // tc02, tc04, tc16 "Không", tc07 at 0%: 100 − 27 = 73; tc01 blank → 63..73: 70..73 Khuyến khích, 63..69 none
    const res = run(PLAN, [
      withBlank('x', { tc02: 'Không', tc07: '0%', tc16: 'Không', tc04: 'Không' }, ['tc01']),
    ]);
    const x = unit(res, 'x');
    expect([x.total, x.award, x.pendingTiers]).toEqual([63, null, ['giai-khuyen-khich']]);
    expect(heldMessage(res, 'x')).toMatch(/hoặc không đạt giải/);
  });
});

describe('IV.1, communes: a blank that straddles 180 behind a known 200 waits on Nhì or Khuyến khích only', () => {
  // Default 200-point scale: tc24 "Không" (−10), tc22 16 articles (4 of 9, −5): 185; tc14 blank (0..10) → 175..185.
  // m at 180..185 (≥ 180): behind 200 → Giải Nhì 7.000.000. m at 175..179 (< 180): no Nhất/Nhì/Ba band →
  // "từ 160 đến dưới 180" → Khuyến khích 2.000.000 (first of 2). Nhất is 200's in every completion; Ba would need a
  // second unit ≥ 180 above m — none. 165 is below m's worst (175): Khuyến khích (second place, or first) → final.
  const res = run('phung-hiep-2023-xa', [
    commune('a-200'),
    commune('m', { tc24: NO, tc22: 16 }, { missing: ['tc14'] }),
    commune('d-165', { tc24: NO, tc01: NO, tc02: NO, tc22: 16 }),
  ]);

  it('200 → Giải Nhất 10.000.000, final; m waits on Nhì or Khuyến khích, a prize either way; 165 → Khuyến khích', () => {
    expect([unit(res, 'a-200').award?.prize, unit(res, 'a-200').pendingTiers]).toEqual([10_000_000, []]);
    expect([unit(res, 'm').total, unit(res, 'm').pendingTiers]).toEqual([
      175,
      ['giai-nhi', 'giai-khuyen-khich'],
    ]);
    expect(heldMessage(res, 'm')).not.toMatch(/hoặc không đạt giải/);
    expect([unit(res, 'd-165').award?.tier, unit(res, 'd-165').pendingTiers]).toEqual([
      'giai-khuyen-khich',
      [],
    ]);
  });

  it('paid 10 + 2 = 12.000.000; at most 7.000.000 more waits (Nhì or the 2.000.000 Khuyến khích)', () => {
    expect([res.summary.prizeFundUsed, res.summary.prizeFundPending]).toEqual([12_000_000, 7_000_000]);
  });
});
