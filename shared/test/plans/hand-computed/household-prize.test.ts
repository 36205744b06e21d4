/**
 * Prize money of a household (hộ gia đình) under NĐ 152/2025/NĐ-CP, by hand — the subjects of Kế hoạch 243/KH-UBND
 * (Kiên Giang) mục IV.1 include households, and V.4 pays "theo Luật Thi đua, khen thưởng".
 *
 * law.md §1.4: the money is coefficient × mức lương cơ sở on the decision date, "làm tròn số lên hàng chục nghìn
 * đồng"; §1.5 C: a household gets "1.5× the individual amount" from 01/7/2025. Two readings: 1,5 × coefficient ×
 * base rounded once (as the collective's double is computed in law.md's table), or 1,5 × the individual's amount
 * already rounded, rounded again. Where they give one figure it is paid; where they differ it is not guessed: no
 * amount, and the reason names both for the council.
 */
import { statutoryPrize } from '../../../src/law/prize-money';

const household = (form: string, decisionDate: string) =>
  statutoryPrize(form, { decisionDate, recipient: 'household' });

describe('NĐ 152/2025: a household’s prize, where the two readings agree', () => {
  it.each([
    // 1,5 × 1,5 × 2.340.000 = 5.265.000 → 5.270.000; 1,5 × 3.510.000 = 5.265.000 → 5.270.000
    ['bang-khen-chu-tich-tinh', '2025-07-01', 5_270_000],
    // 2,25 × 2.530.000 = 5.692.500 → 5.700.000; 1,5 × 3.800.000 = 5.700.000
    ['bang-khen-chu-tich-tinh', '2026-07-01', 5_700_000],
    // 5,25 × 2.340.000 = 12.285.000 → 12.290.000; 1,5 × 8.190.000 = 12.285.000 → 12.290.000
    ['bang-khen-thu-tuong', '2025-07-01', 12_290_000],
    // 0,45 × 2.530.000 = 1.138.500 → 1.140.000; 1,5 × 760.000 = 1.140.000
    ['giay-khen', '2026-07-01', 1_140_000],
  ])('%s on %s → %d đồng', (form, date, amount) => {
    const out = household(form, date);
    expect(out.ok && [out.amount, out.verified]).toEqual([amount, true]);
  });
});

describe('NĐ 152/2025: a household’s prize, where the two readings differ — held for the council', () => {
  it('Giấy khen on 01/7/2025: 0,45 × 2.340.000 = 1.053.000 → 1.060.000, but 1,5 × 710.000 = 1.065.000 → 1.070.000', () => {
    const out = household('giay-khen', '2025-07-01');
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.reason).toContain('1.060.000 đồng');
    expect(out.reason).toContain('1,5 × 710.000 đồng');
    expect(out.reason).toContain('1.070.000 đồng');
    expect(out.reason).toContain('Hội đồng xác định số tiền');
    expect(out.reasonEn).toContain('the council sets the amount');
  });

  it('Huân chương Lao động hạng Ba on 01/7/2026: 6,75 × 2.530.000 = 17.077.500 → 17.080.000, 1,5 × 11.390.000 → 17.090.000', () => {
    const out = household('huan-chuong-lao-dong-hang-ba', '2026-07-01');
    expect(out.ok).toBe(false);
    if (!out.ok)
      expect([out.reason.includes('17.080.000'), out.reason.includes('17.090.000')]).toEqual([true, true]);
  });

  it('the individual and the collective amounts are unchanged: 710.000 and 1.410.000 (Giấy khen, 01/7/2025)', () => {
    const one = statutoryPrize('giay-khen', { decisionDate: '2025-07-01', recipient: 'individual' });
    const two = statutoryPrize('giay-khen', { decisionDate: '2025-07-01', recipient: 'collective' });
    expect([one.ok && one.amount, two.ok && two.amount]).toEqual([710_000, 1_410_000]);
  });
});
