/**
 * What the explanation lines say, checked against numbers computed by hand: the rule, the value read, the target,
 * the points or the verdict, in Vietnamese formats (decimal comma "9,95", thousands dot "16.380.000").
 *
 * Phụng Hiệp 167/KH-UBND on the plan's default scale: tiêu chí 14 "Tỷ lệ hồ sơ thanh toán trực tuyến đạt 50%"
 * (proportional, 10 points), tiêu chí 19 "100% cán bộ, công chức sử dụng thư điện tử công vụ" (all-or-nothing, 6),
 * tiêu chí 20 "đạt 98%" (proportional, 10), tiêu chí 18 "Có ít nhất 02 sản phẩm" (8), tiêu chí 13 and 22 per item.
 * Kiên Giang 243/KH-UBND II.2: 2023 "80% thủ tục hành chính được xử lý đúng hạn"; 2025 "trên 70%" digital skills.
 */
import { run, unit } from './helpers';
import { FACTS, MET_2023, MET_2025 } from './kien-giang-243-units';
import { commune, NO } from './phung-hiep-communes';

const criterion = (res: ReturnType<typeof run>, id: string, c: string) =>
  unit(res, id).criteria?.find((x) => x.id === c)?.explanation;
const target = (res: ReturnType<typeof run>, id: string, t: string) =>
  unit(res, id).targets?.find((x) => x.id === t)?.explanation;

describe('Phụng Hiệp communes: each criterion line names its rule and numbers', () => {
  const res = run('phung-hiep-2023-xa', [
    commune('c', { tc01: NO, tc13: 150, tc22: 35, tc14: '49%', tc18: 1, tc19: '99%', tc20: '97,5%' }),
  ]);

  it('proportional: 49/50 × 10 = 9,8; 97,5/98 × 10 = 9,9489… → 9,95', () => {
    expect(criterion(res, 'c', 'tc14')).toBe(
      'Tiêu chí 14: 49% / mục tiêu ≥50% (tính theo tỷ lệ) → 9,8/10 điểm',
    );
    expect(criterion(res, 'c', 'tc20')).toBe(
      'Tiêu chí 20: 97,5% / mục tiêu ≥98% (tính theo tỷ lệ) → 9,95/10 điểm',
    );
  });

  it('all-or-nothing "100%": 99% → 0/6; the count target "ít nhất 02": 1 → 0/8', () => {
    expect(criterion(res, 'c', 'tc19')).toBe('Tiêu chí 19: 99% / mục tiêu ≥100% (chưa đạt) → 0,0/6 điểm');
    expect(criterion(res, 'c', 'tc18')).toBe('Tiêu chí 18: 1 / mục tiêu ≥2 → 0,0/8 điểm');
  });

  it('per item: 150 × 0,05 = 7,5/10 and 35 × 0,25 = 8,75/9; yes/no "Không" → 0/10', () => {
    expect(criterion(res, 'c', 'tc13')).toBe('Tiêu chí 13: 150 × 0,05 điểm → 7,5/10 điểm');
    expect(criterion(res, 'c', 'tc22')).toBe('Tiêu chí 22: 35 × 0,25 điểm → 8,75/9 điểm');
    expect(criterion(res, 'c', 'tc01')).toBe('Tiêu chí 1: Không đạt → 0,0/10 điểm');
  });

  it('the total is the sum of the rounded points: 173,0', () => {
    // 200 − 10 (tc01) − 2,5 (tc13) − 0,25 (tc22) − 0,2 (tc14) − 8 (tc18) − 6 (tc19) − 0,05 (tc20: 10 − 9,95)
    expect(unit(res, 'c').total).toBe(173);
    expect(unit(res, 'c').explanation).toMatch(/^Tổng 173,0\/200 điểm; hạng 1\/1; /);
  });
});

describe('Kiên Giang 243: target and decision lines', () => {
  const res = run('kien-giang-243-2025', [
    {
      id: 'x-above',
      block: 'xa',
      values: {
        ...MET_2025,
        'cqs-03': '90,1%',
        'xhs-01': '80,1%',
        'xhs-02': '80,1%',
        'xhs-04': '80,1%',
        'xhs-08': '90,1%',
      },
      facts: FACTS,
    },
  ]);

  it('"90,1% / mục tiêu ≥90% → đạt"; "vượt 11/11 chỉ tiêu"; the line "… (16.380.000 đồng)"', () => {
    expect(target(res, 'x-above', 'cqs-03')).toContain('90,1% / mục tiêu ≥90% → đạt');
    expect(target(res, 'x-above', 'xhs-03')).toContain('70,1% / mục tiêu >70% → đạt');
    const d = unit(res, 'x-above').decisions?.find((x) => x.id === 'bk-thu-tuong-tong-ket-2025');
    expect(d?.reason).toContain('vượt 11/11 chỉ tiêu');
    // the unit line names the form and the amount
    expect(unit(res, 'x-above').explanation).toBe(
      'Đề nghị Bằng khen của Thủ tướng Chính phủ (tổng kết 2025) (16.380.000 đồng)',
    );
  });
});

// A value a hair off its target is printed rounded to 2 decimals, so the line shows the target itself next to a
// verdict that contradicts it. The verdict and the points are right; the printed value is not the value read.
describe('a rate a hair below (or above) its target is printed with the decimals that tell it from the target', () => {
  it('Phụng Hiệp tiêu chí 19 at 99,996%: "100% / mục tiêu ≥100% (chưa đạt) → 0,0/6" — should print 99,996%', () => {
    const res = run('phung-hiep-2023-xa', [commune('c', { tc19: '99,996%' })]);
    expect(unit(res, 'c').points.tc19).toBe(0);
    expect(criterion(res, 'c', 'tc19')).not.toContain('100% / mục tiêu ≥100% (chưa đạt)');
    expect(criterion(res, 'c', 'tc19')).toContain('99,996%');
  });

  it('Kiên Giang 243 (2023) a.8 at 79,996%: "80% / mục tiêu ≥80% → chưa đạt" — should print 79,996%', () => {
    const res = run('kien-giang-243-2023', [
      { id: 'k', block: 'xa', values: { ...MET_2023, 'cqs-08': '79,996%' }, facts: FACTS },
    ]);
    expect(unit(res, 'k').targets?.find((t) => t.id === 'cqs-08')?.met).toBe(false);
    expect(target(res, 'k', 'cqs-08')).not.toContain('80% / mục tiêu ≥80% → chưa đạt');
    expect(target(res, 'k', 'cqs-08')).toContain('79,996%');
  });

  it('Kiên Giang 243 (2025) c.3 at 70,001%: "70% / mục tiêu >70% → đạt" — should print 70,001%', () => {
    const res = run('kien-giang-243-2025', [
      { id: 'k', block: 'xa', values: { ...MET_2025, 'xhs-03': '70,001%' }, facts: FACTS },
    ]);
    expect(unit(res, 'k').targets?.find((t) => t.id === 'xhs-03')?.met).toBe(true);
    expect(target(res, 'k', 'xhs-03')).not.toContain('70% / mục tiêu >70% → đạt');
    expect(target(res, 'k', 'xhs-03')).toContain('70,001%');
  });
});
