import { COEFFICIENTS, roundUpTo10k, statutoryPrize, type Recipient } from '../../src/law/prize-money';

function amount(form: string, decisionDate: string, recipient: Recipient = 'individual') {
  const out = statutoryPrize(form, { decisionDate, recipient });
  if (!out.ok) throw new Error(out.reason);
  return out;
}

describe('statutory prize money: coefficient × base salary on the decision date, rounded up to 10.000 đ', () => {
  it('rounds up to the next 10.000 đ, never down (Ban TĐKT TW: 1.112.000 → 1.120.000; 834.000 → 840.000)', () => {
    expect(roundUpTo10k(10_000, 1_112_000)).toBe(1_120_000);
    expect(roundUpTo10k(10_000, 834_000)).toBe(840_000);
    expect(roundUpTo10k(10_000, 1_800_000)).toBe(1_800_000);
    expect(roundUpTo10k(3_000, 2_340_000)).toBe(710_000); // 702.000, not 700.000
  });

  it('changes decree on 1/7/2025: provincial Bằng khen 1,0 (NĐ 98, unverified) → 1,5 (NĐ 152, verified)', () => {
    const before = amount('bang-khen-chu-tich-tinh', '2025-06-30');
    const after = amount('bang-khen-chu-tich-tinh', '2025-07-01');
    expect([before.amount, before.coefficient, before.verified]).toEqual([2_340_000, 1, false]);
    expect(before.basis).toMatch(/NĐ 98\/2023/);
    expect([after.amount, after.coefficient, after.verified]).toEqual([3_510_000, 1.5, true]);
    expect(after.basis).toMatch(/NĐ 152\/2025/);
  });

  it('base salary 1.800.000 until 30/6/2024, 2.340.000 from 1/7/2024 (PM Bằng khen 3,5)', () => {
    expect(amount('bang-khen-thu-tuong', '2024-06-30').amount).toBe(6_300_000);
    expect(amount('bang-khen-thu-tuong', '2024-07-01').amount).toBe(8_190_000);
    expect(amount('bang-khen-thu-tuong', '2024-07-01').baseSalary).toBe(2_340_000);
  });

  it('base salary 2.530.000 from 1/7/2026: PM Bằng khen 8.855.000 → 8.860.000', () => {
    expect(amount('bang-khen-thu-tuong', '2026-06-30').amount).toBe(8_190_000);
    const after = amount('bang-khen-thu-tuong', '2026-07-01');
    expect([after.amount, after.baseSalary, after.verified]).toEqual([8_860_000, 2_530_000, true]);
    expect(after.inWords).toBe('Tám triệu tám trăm sáu mươi nghìn đồng');
  });

  it('collectives get the doubled coefficient, rounded after multiplying (Giấy khen 0,6 × 2.340.000 = 1.404.000 → 1.410.000)', () => {
    expect(amount('giay-khen', '2025-12-31', 'individual').amount).toBe(710_000);
    expect(amount('giay-khen', '2025-12-31', 'collective').amount).toBe(1_410_000);
    expect(amount('huan-chuong-lao-dong-hang-ba', '2025-12-31', 'collective').amount).toBe(21_060_000);
    expect(amount('huan-chuong-lao-dong-hang-ba', '2025-12-31', 'individual').amount).toBe(10_530_000);
  });

  it('collective-only titles: Cờ thi đua tỉnh 8,0 × 2.530.000 = 20.240.000; no amount for an individual', () => {
    expect(amount('co-thi-dua-tinh', '2026-07-01', 'collective').amount).toBe(20_240_000);
    const out = statutoryPrize('co-thi-dua-tinh', { decisionDate: '2026-07-01', recipient: 'individual' });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.reason).toMatch(/cá nhân/);
  });

  it('households get 1,5 × the individual amount under NĐ 152/2025, and no rule before it', () => {
    expect(amount('bang-khen-chu-tich-tinh', '2025-07-01', 'household').amount).toBe(5_270_000); // 5.265.000
    expect(
      statutoryPrize('bang-khen-chu-tich-tinh', { decisionDate: '2025-06-30', recipient: 'household' }).ok,
    ).toBe(false);
  });

  it('commune chairman Giấy khen doubles from 0,15 to 0,3 on 1/7/2025', () => {
    expect(amount('giay-khen-chu-tich-xa', '2025-06-30').amount).toBe(360_000); // 351.000
    expect(amount('giay-khen-chu-tich-xa', '2025-07-01').amount).toBe(710_000);
  });

  it('NĐ 98/2023 takes over on 1/1/2024 (NĐ 91/2017 values before it are unverified)', () => {
    const before = amount('giay-khen', '2023-12-31');
    const after = amount('giay-khen', '2024-01-01');
    expect([before.amount, before.verified, after.amount, after.verified]).toEqual([
      540_000,
      false,
      540_000,
      true,
    ]);
    expect(after.basis).toMatch(/NĐ 98\/2023/);
  });

  it('amount in words for documents', () => {
    expect(amount('chien-si-thi-dua-toan-quoc', '2025-01-01').inWords).toBe(
      'Mười triệu năm trăm ba mươi nghìn đồng',
    );
  });

  it('says why when it cannot compute: unknown form, a date before the table, a malformed date', () => {
    expect(
      statutoryPrize('bang-khen-khong-co', { decisionDate: '2025-01-01', recipient: 'individual' }).ok,
    ).toBe(false);
    expect(statutoryPrize('giay-khen', { decisionDate: '2019-01-01', recipient: 'individual' }).ok).toBe(
      false,
    );
    const bad = statutoryPrize('giay-khen', { decisionDate: '1/7/2025', recipient: 'individual' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.reason).toMatch(/YYYY-MM-DD/);
  });

  it('a plan override wins for the dates it covers', () => {
    const overrides = {
      coefficients: [
        {
          form: 'giay-khen',
          validFrom: '2025-07-01',
          individual: 50,
          collective: 100,
          basis: 'Quy chế tỉnh',
          verified: false,
        },
      ],
      baseSalaries: [{ validFrom: '2026-01-01', amount: 2_400_000, basis: 'giả định', verified: false }],
    };
    const out = statutoryPrize(
      'giay-khen',
      { decisionDate: '2026-02-01', recipient: 'individual' },
      overrides,
    );
    expect(out.ok && [out.amount, out.verified]).toEqual([1_200_000, false]);
    const statutory = statutoryPrize(
      'giay-khen',
      { decisionDate: '2025-06-30', recipient: 'individual' },
      overrides,
    );
    expect(statutory.ok && statutory.amount).toBe(710_000);
  });

  it('marks exactly the entries law.md does not verify ([M]/[P]) as unverified', () => {
    const unverified = COEFFICIENTS.filter((c) => !c.verified).map(
      (c) => `${c.basis.split(' ')[0]} ${c.basis.split(' ')[1]}:${c.form}`,
    );
    expect(unverified.sort()).toEqual(
      [
        'NĐ 91/2017/NĐ-CP:bang-khen-thu-tuong',
        'NĐ 91/2017/NĐ-CP:bang-khen-chu-tich-tinh',
        'NĐ 91/2017/NĐ-CP:giay-khen',
        'NĐ 91/2017/NĐ-CP:huan-chuong-lao-dong-hang-ba',
        'NĐ 91/2017/NĐ-CP:co-thi-dua-tinh',
        'NĐ 98/2023/NĐ-CP:bang-khen-thu-tuong',
        'NĐ 98/2023/NĐ-CP:bang-khen-chu-tich-tinh',
      ].sort(),
    );
    for (const c of COEFFICIENTS)
      expect(Number.isInteger(c.individual ?? 0) && Number.isInteger(c.collective ?? 0)).toBe(true);
  });
});
