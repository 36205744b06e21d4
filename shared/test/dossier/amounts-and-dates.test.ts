/**
 * Amounts in figures and in words, and dates, as the dossier's documents print them — checked against readings
 * written out by hand (Vietnamese grouping with dots; "linh" for a zero tens place, "mốt", "tư", "lăm" after
 * "mươi", "mười" for 10–19; "không trăm" inside a group; "nghìn tỷ" past a thousand billion).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentText, dossierRequest, money, moneyWithWords, type Dossier } from '../../src/dossier';

const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');

const HAND: [number, string, string][] = [
  [0, '0 đồng', 'Không đồng'],
  [5, '5 đồng', 'Năm đồng'],
  [10, '10 đồng', 'Mười đồng'],
  [15, '15 đồng', 'Mười lăm đồng'],
  [21, '21 đồng', 'Hai mươi mốt đồng'],
  [24, '24 đồng', 'Hai mươi tư đồng'],
  [105, '105 đồng', 'Một trăm linh năm đồng'],
  [1_000, '1.000 đồng', 'Một nghìn đồng'],
  [1_005, '1.005 đồng', 'Một nghìn không trăm linh năm đồng'],
  [15_000, '15.000 đồng', 'Mười lăm nghìn đồng'],
  [500_000, '500.000 đồng', 'Năm trăm nghìn đồng'],
  [1_050_000, '1.050.000 đồng', 'Một triệu không trăm năm mươi nghìn đồng'],
  [2_500_000, '2.500.000 đồng', 'Hai triệu năm trăm nghìn đồng'],
  [3_510_000, '3.510.000 đồng', 'Ba triệu năm trăm mười nghìn đồng'],
  [10_000_000, '10.000.000 đồng', 'Mười triệu đồng'],
  [18_720_000, '18.720.000 đồng', 'Mười tám triệu bảy trăm hai mươi nghìn đồng'],
  [24_500_000, '24.500.000 đồng', 'Hai mươi tư triệu năm trăm nghìn đồng'],
  [43_290_000, '43.290.000 đồng', 'Bốn mươi ba triệu hai trăm chín mươi nghìn đồng'],
  [105_000_000, '105.000.000 đồng', 'Một trăm linh năm triệu đồng'],
  [1_000_000_000, '1.000.000.000 đồng', 'Một tỷ đồng'],
  [1_005_000_000, '1.005.000.000 đồng', 'Một tỷ không trăm linh năm triệu đồng'],
  [
    1_234_567_890,
    '1.234.567.890 đồng',
    'Một tỷ hai trăm ba mươi tư triệu năm trăm sáu mươi bảy nghìn tám trăm chín mươi đồng',
  ],
  [1_500_000_000_000, '1.500.000.000.000 đồng', 'Một nghìn năm trăm tỷ đồng'],
];

describe('amounts in figures and in words', () => {
  it.each(HAND)('%d đồng: "%s", "%s"', (dong, figures, words) => {
    expect(money(dong)).toBe(figures);
    expect(moneyWithWords(dong)).toBe(`${figures} (bằng chữ: ${words})`);
  });

  it('a fraction of a đồng or a negative sum is never printed', () => {
    expect(() => money(0.5)).toThrow(RangeError);
    expect(() => money(-1)).toThrow(RangeError);
  });
});

function draft(planId: string, edit?: (body: { units: { facts?: Record<string, unknown> }[] }) => void) {
  const body = JSON.parse(readFileSync(join(EXAMPLES, `${planId}.input.json`), 'utf8'));
  edit?.(body);
  const outcome = dossierRequest(body);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.dossier;
}

const textOf = (d: Dossier, kind: string) =>
  d.documents
    .filter((x) => x.kind === kind)
    .map(documentText)
    .join('\n');

describe('the KH 609 dossier, by hand: 1 Cờ thi đua 18.720.000 + 2 × 7.020.000 + 3 × 3.510.000', () => {
  const d = draft('kien-giang-sxd-609-cchc');

  it('totals 43.290.000 đồng, in figures and words, in the tờ trình and the draft decision', () => {
    expect(18_720_000 + 2 * 7_020_000 + 3 * 3_510_000).toBe(43_290_000);
    const words = '43.290.000 đồng (bằng chữ: Bốn mươi ba triệu hai trăm chín mươi nghìn đồng)';
    expect(textOf(d, 'to-trinh')).toContain(`Tổng số tiền thưởng: ${words}.`);
    expect(textOf(d, 'quyet-dinh')).toContain(`Điều 2. Tổng số tiền thưởng: ${words}, chi từ`);
  });

  it('each list totals its own form: 18.720.000 and 24.570.000 đồng', () => {
    const lists = textOf(d, 'danh-sach');
    expect(lists).toContain(
      'tổng số tiền thưởng: 18.720.000 đồng (bằng chữ: Mười tám triệu bảy trăm hai mươi nghìn đồng)',
    );
    expect(lists).toContain(
      'tổng số tiền thưởng: 24.570.000 đồng (bằng chữ: Hai mươi tư triệu năm trăm bảy mươi nghìn đồng)',
    );
  });

  it('a date fact read from a date cell (an Excel serial, or a Date) is printed as a date, never "46.034"', () => {
    const fromCells = draft('kien-giang-sxd-609-cchc', (body) => {
      for (const u of body.units) {
        if (u.facts?.ngayCongNhanKetQua) u.facts.ngayCongNhanKetQua = 46034; // 12/01/2026
        if (u.facts?.ngayDangKy === '2022-03-25') u.facts.ngayDangKy = 44645; // 25/03/2022
      }
    });
    const reports = textOf(fromCells, 'bao-cao');
    expect(reports).toContain('12/01/2026');
    expect(reports).toContain('25/03/2022');
    expect(reports).not.toMatch(/46\.034|44\.645/);
    expect(textOf(d, 'bao-cao')).toContain('12/01/2026');
  });
});

describe('a dossier that proposes nobody yet (Phụng Hiệp, awards held)', () => {
  const d = draft('phung-hiep-2023-xa');

  it('the tờ trình asks the council to consider the results, not to reward "không có tập thể, cá nhân nào"', () => {
    expect(d.proposals).toEqual([]);
    const text = textOf(d, 'to-trinh');
    expect(text).not.toContain('khen thưởng cho không có');
    expect(text).toContain('xem xét kết quả chấm điểm, xét khen thưởng trong phong trào thi đua');
    expect(text).toContain('Không có tập thể, cá nhân đủ điều kiện đề nghị khen thưởng.');
  });

  it('the draft decision says 0 đồng in figures and words', () => {
    expect(textOf(d, 'quyet-dinh')).toContain('Tổng số tiền thưởng: 0 đồng (bằng chữ: Không đồng)');
  });
});
