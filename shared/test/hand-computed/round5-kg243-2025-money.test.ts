/**
 * Kế hoạch 243/KH-UBND (Kiên Giang), tổng kết 2025 — a commune that earns two awards of different achievements in
 * one run, and the money of decisions that wait: computed by hand from the document text (seeds/004) and law.md.
 *
 * IV.2.a: "Tặng Bằng khen của Chủ tịch UBND tỉnh cho các tập thể, cá nhân có đóng góp … quy ra tiền đạt định mức
 * do Hội đồng TĐKT tỉnh quy định" (a separate achievement, not replaced by the tổng kết awards). IV.2.c: provincial
 * Bằng khen for completing the 2025 targets, the Prime Minister's for exceeding them — only the higher of the two.
 *
 * Money (law.md §1.4–1.7), collective × 2, rounded up to 10.000 đ: decision 31/12/2025 (NĐ 152/2025, 2.340.000 đ):
 * Bằng khen TTg 3,5 × 2 × 2.340.000 = 16.380.000; Bằng khen tỉnh 1,5 × 2 × 2.340.000 = 7.020.000. Decision
 * 01/7/2026 (2.530.000 đ): 3,5 × 2 × 2.530.000 = 17.710.000; 1,5 × 2 × 2.530.000 = 7.590.000.
 */
import { scoreRequest } from '../../src/api/score-request';
import type { ScoreResponse } from '../../src/engine/types';
import plan2025 from '../../src/plans/kien-giang-243-2025.json';
import { decision, statuses, unit, type HandUnit } from './helpers';
import { ABOVE_2025, FACTS, MET_2025 } from './kien-giang-243-units';

const PM = 'bk-thu-tuong-tong-ket-2025';
const PROVINCIAL = 'bk-tinh-tong-ket-2025';
const YEARLY = 'bk-tinh-hang-nam-xuat-sac';
const GIFT = 'bk-tinh-dong-gop';

/** Plan 243 (2025) with the contributions norm the provincial council would set (null: not set, as shipped). */
function score(norm: number | null, units: HandUnit[], options: Record<string, unknown> = {}): ScoreResponse {
  const plan = {
    ...plan2025,
    parameters: plan2025.parameters.map((p) => (p.id === 'dinhMucDongGop' ? { ...p, value: norm } : p)),
  };
  const out = scoreRequest({
    plan,
    units: units.map((x) => ({ name: x.id, values: {}, ...x })),
    options: { explain: 'full', ...options },
  });
  if (!out.ok) throw new Error(JSON.stringify(out.problems));
  return out.response;
}

const UNITS: HandUnit[] = [
  // every commune target exceeded where it can be, rated "xuất sắc" this year, 50.000.000 đ contributed
  {
    id: 'x-all',
    block: 'xa',
    values: ABOVE_2025,
    facts: { ...FACTS, xepLoaiCdsNam: 'xuất sắc', dongGop: '50.000.000' },
  },
  // the same targets, "trên 70%" (c.3) left blank: both IV.2.c forms wait for it
  { id: 'x-blank', block: 'xa', values: { ...ABOVE_2025, 'xhs-03': '' }, facts: FACTS },
  // every target at its value, rated "xuất sắc": the provincial tổng kết Bằng khen, the yearly one not added
  { id: 'x-met', block: 'xa', values: MET_2025, facts: { ...FACTS, xepLoaiCdsNam: 'xuất sắc' } },
];

describe('Kiên Giang 243, 2025, norm 50.000.000 đ: two achievements, and the money that waits', () => {
  const res = score(50_000_000, UNITS);

  it('x-all: PM Bằng khen 16.380.000 and the contributions Bằng khen 7.020.000; the provincial and yearly superseded', () => {
    expect(statuses(res, 'x-all')).toEqual({
      [PM]: 'granted',
      [PROVINCIAL]: 'superseded',
      [YEARLY]: 'superseded',
      [GIFT]: 'granted',
    });
    expect(decision(res, 'x-all', PM).prize).toBe(16_380_000);
    expect(decision(res, 'x-all', GIFT)).toMatchObject({
      prize: 7_020_000,
      prizeInWords: 'Bảy triệu không trăm hai mươi nghìn đồng',
    });
    // the award shown is the highest form; both are paid
    expect(unit(res, 'x-all').award).toMatchObject({ tier: PM, prize: 16_380_000, dossierSets: 2 });
  });

  it('x-met: the provincial tổng kết Bằng khen 7.020.000 (the yearly "xuất sắc" one superseded, not added)', () => {
    expect(decision(res, 'x-met', PROVINCIAL)).toMatchObject({ status: 'granted', prize: 7_020_000 });
    expect(decision(res, 'x-met', YEARLY).status).toBe('superseded');
  });

  it('x-blank: PM and provincial both wait; they exclude each other, so 16.380.000 waits, not 23.400.000', () => {
    expect(statuses(res, 'x-blank')).toMatchObject({ [PM]: 'unknown', [PROVINCIAL]: 'unknown' });
    expect(unit(res, 'x-blank').award).toBeNull();
    expect(res.summary.prizeFundPending).toBe(16_380_000);
  });

  it('paid: 16.380.000 + 7.020.000 + 7.020.000 = 30.420.000, in the commune block and overall', () => {
    expect(res.summary.prizeFundUsed).toBe(30_420_000);
    expect(res.summary.prizeFundUsedInWords).toBe('Ba mươi triệu bốn trăm hai mươi nghìn đồng');
    expect(res.summary.blocks.find((b) => b.block === 'xa')).toMatchObject({
      prizeFundUsed: 30_420_000,
      prizeFundPending: 16_380_000,
    });
  });
});

describe('Kiên Giang 243, 2025, the norm not set (as shipped): the contribution waits for the council', () => {
  const res = score(null, UNITS);

  it('x-all: the PM Bằng khen 16.380.000 paid; the contributions one waits (unknown), naming the norm', () => {
    expect(decision(res, 'x-all', PM)).toMatchObject({ status: 'granted', prize: 16_380_000 });
    expect(decision(res, 'x-all', GIFT)).toMatchObject({ status: 'unknown', prize: null });
    expect(decision(res, 'x-all', GIFT).reason).toContain('Định mức đóng góp');
  });

  it('paid 16.380.000 + 7.020.000 = 23.400.000; waiting 7.020.000 (contribution) + 16.380.000 (x-blank) = 23.400.000', () => {
    expect([res.summary.prizeFundUsed, res.summary.prizeFundPending]).toEqual([23_400_000, 23_400_000]);
  });
});

describe('Kiên Giang 243, 2025, signed 01/7/2026 (mức lương cơ sở 2.530.000 đ)', () => {
  const res = score(50_000_000, UNITS.slice(0, 1), { decisionDate: '2026-07-01' });

  it('PM 3,5 × 2 × 2.530.000 = 17.710.000 and contributions 1,5 × 2 × 2.530.000 = 7.590.000: 25.300.000', () => {
    expect(decision(res, 'x-all', PM)).toMatchObject({
      prize: 17_710_000,
      prizeInWords: 'Mười bảy triệu bảy trăm mười nghìn đồng',
    });
    expect(decision(res, 'x-all', GIFT)).toMatchObject({
      prize: 7_590_000,
      prizeInWords: 'Bảy triệu năm trăm chín mươi nghìn đồng',
    });
    expect([res.summary.prizeFundUsed, res.summary.prizeFundUsedInWords]).toEqual([
      25_300_000,
      'Hai mươi lăm triệu ba trăm nghìn đồng',
    ]);
  });
});

// engine/describe.ts, a condition on a parameter: the unit ("đồng") follows a value, never "chưa quy định".
describe('a norm not set reads "(chưa quy định)" in the reason, not "(chưa quy định đồng)"', () => {
  it('says "(chưa quy định)", the unit only after a value', () => {
    const reason = decision(score(null, UNITS.slice(0, 1)), 'x-all', GIFT).reason;
    expect(reason).toContain('(chưa quy định)');
    expect(reason).not.toContain('chưa quy định đồng');
  });
});
