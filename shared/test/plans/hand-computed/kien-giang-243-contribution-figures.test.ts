/**
 * Kế hoạch 243/KH-UBND (Kiên Giang, 2023), IV.2.a / IV.3.2.2g: the Bằng khen for contributions "đạt định mức do
 * Hội đồng Thi đua – Khen thưởng tỉnh quy định" — the amount (fact dongGop, in đồng) as officials type it, against
 * a norm of 100.000.000 đ set as the council would (parameter dinhMucDongGop).
 *
 * By hand: "100.000.000" (dots group thousands, TT 32/2011/TT-BTC Điều 6) = 100.000.000 ≥ norm → granted,
 * 2 × 1,0 × 1.800.000 = 3.600.000 đ (a collective, decision 29/12/2023, NĐ 91/2017 unverified).
 * "100,000,000" (two commas: grouping, the English way) = 100.000.000 → granted. "99.999.999" < norm → not met.
 * "500,000": 500 the Vietnamese way (decimal comma) or 500.000 the English way — both below the norm here, but the
 * figure is not read by guess: refused naming both readings, the award held. "500.000" = 500.000
 * (one way: dots group) < norm → not met.
 */
import { scoreRequest } from '../../../src/api/score-request';
import plan243 from '../../../src/plans/kien-giang-243-2023.json';
import { decision, unit, type HandUnit } from '../../hand-computed/helpers';

const ENTERPRISE = {
  chapHanhChuTruong: 'Có',
  hoanThanhNhiemVu: 'Có',
  doanKet: 'Có',
  toChucDang: 'không có tổ chức Đảng',
  kyLuat: 'không',
  coKeHoachThiDua: 'Có',
  suDungNenTangSo: 'Có',
  hopDongHoaDonDienTu: 'Có',
  thanhToanKhongTienMat: 'Có',
  dongGopDuocGhiNhan: 'Có',
};

const enterprise = (id: string, dongGop: unknown): HandUnit => ({
  id,
  block: 'doanh-nghiep',
  facts: { ...ENTERPRISE, dongGop },
});

function withNorm(norm: number, units: HandUnit[]) {
  const plan = {
    ...plan243,
    parameters: plan243.parameters.map((p) => (p.id === 'dinhMucDongGop' ? { ...p, value: norm } : p)),
  };
  const out = scoreRequest({
    plan,
    units: units.map((u) => ({ name: u.id, values: {}, ...u })),
    options: { explain: 'full' },
  });
  if (!out.ok) throw new Error(JSON.stringify(out.problems));
  return out.response;
}

describe('Kiên Giang 243, IV.2.a: contributions typed in either convention against a norm of 100.000.000 đ', () => {
  const res = withNorm(100_000_000, [
    enterprise('vi-100m', '100.000.000'),
    enterprise('en-100m', '100,000,000'),
    enterprise('vi-99m', '99.999.999'),
    enterprise('two-ways', '500,000'),
    enterprise('vi-500k', '500.000'),
  ]);
  const status = (id: string) => decision(res, id, 'bk-tinh-dong-gop').status;

  it('"100.000.000" and "100,000,000" → granted, 3.600.000 đ; "99.999.999" and "500.000" → not met', () => {
    expect(['vi-100m', 'en-100m', 'vi-99m', 'vi-500k'].map(status)).toEqual([
      'granted',
      'granted',
      'notMet',
      'notMet',
    ]);
    expect(decision(res, 'vi-100m', 'bk-tinh-dong-gop').prize).toBe(3_600_000);
  });

  it('"500,000" (500 or 500.000?) is not read by guess: the fact is refused with both readings, the award waits', () => {
    expect(status('two-ways')).toBe('unknown');
    const flag = unit(res, 'two-ways').flags.find((f) => f.message.includes('"500,000"'));
    expect(flag?.message).toMatch(/đọc được hai cách: 500 \(dấu phẩy thập phân\) hay 500\.000/);
  });
});
