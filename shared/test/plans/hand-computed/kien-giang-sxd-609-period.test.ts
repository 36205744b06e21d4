/**
 * Kế hoạch 609/KH-SXD (Sở Xây dựng Kiên Giang, 30/3/2022), 2021–2025 — the period flag by the pattern of the five
 * yearly CCHC ratings, the words as officials type them, and the dossier due date, computed by hand.
 *
 * IV.1.1.a: Cờ thi đua for a collective rated "loại tốt trở lên [hằng năm], trong đó có ít nhất 03 lần và năm cuối
 * được xếp loại xuất sắc"; the period Bằng khen "tốt trở lên, trong đó có ít nhất 03 lần được xếp loại xuất sắc"
 * (the flag replaces it). V.2: dossier "chậm nhất là 10 ngày kể từ ngày công nhận kết quả". Prize (law.md §1.5 A):
 * Cờ thi đua tỉnh 8,0 × 2.340.000 = 18.720.000 (a collective title, not doubled; decision 30/01/2026).
 */
import { decision, run, statuses, unit, type HandUnit } from '../../hand-computed/helpers';

const PLAN = 'kien-giang-sxd-609-cchc';
const FLAG = 'co-thi-dua-giai-doan';
const BK = 'bk-tinh-giai-doan-tap-the';
const YEARS = ['2021', '2022', '2023', '2024', '2025'];
const byYear = (...v: unknown[]) => Object.fromEntries(YEARS.map((y, i) => [y, v[i]]));
const all = (v: unknown) => byYear(v, v, v, v, v);
const XS = 'xuất sắc';
const TOT = 'tốt';

function collective(id: string, cchc: unknown[]): HandUnit {
  return {
    id,
    block: 'tap-the',
    facts: {
      guongMau: 'Có',
      ngayDangKy: '2022-03-30',
      cchc: byYear(...cchc),
      tyLeHoanThanhTot: all(100),
      soNguoiBiKyLuat: all(0),
      nhomXuatSac: all('Không'),
      coQuanThamMuu: 'Không',
      // 2025 results recognised 20/02/2026 → due 10 days later: 2026 is not a leap year, so 02/03/2026
      ngayCongNhanKetQua: '2026-02-20',
    },
  };
}

describe('Sở Xây dựng 609, period 2021–2025: the flag by the pattern of the five ratings (IV.1.1.a)', () => {
  const res = run(PLAN, [
    // xuất sắc in 2021, 2023, 2025 (3 times, the last year among them), tốt in between
    collective('alternate', [XS, TOT, XS, TOT, XS]),
    // the same words as typed: capitals, doubled and trailing spaces
    collective('typed', ['Xuất sắc', 'tốt', 'XUẤT SẮC', 'Tốt', ' xuất  sắc ']),
    // 4 × xuất sắc but "khá" in 2024: not "tốt trở lên" every year → neither the flag nor the Bằng khen
    collective('one-kha', [XS, XS, XS, 'khá', XS]),
  ]);

  it('3 × xuất sắc with the last year → Cờ thi đua 18.720.000 "Mười tám triệu bảy trăm hai mươi nghìn đồng"', () => {
    expect(decision(res, 'alternate', FLAG)).toMatchObject({
      status: 'granted',
      prize: 18_720_000,
      prizeInWords: 'Mười tám triệu bảy trăm hai mươi nghìn đồng',
      dossierSets: 1,
    });
    expect(statuses(res, 'alternate')[BK]).toBe('superseded');
  });

  it('due 10 days after 20/02/2026: 02/03/2026, written day first in the unit’s line', () => {
    expect(decision(res, 'alternate', FLAG).dueDate).toBe('2026-03-02');
    expect(unit(res, 'alternate').explanation).toContain('hồ sơ 1 bộ, hạn 02/03/2026');
  });

  it('"Xuất sắc", "XUẤT SẮC", " xuất  sắc " read as xuất sắc: the same flag', () => {
    expect(decision(res, 'typed', FLAG)).toMatchObject({ status: 'granted', prize: 18_720_000 });
  });

  it('one year "khá" → no period award at all', () => {
    expect(statuses(res, 'one-kha')).toMatchObject({ [FLAG]: 'notMet', [BK]: 'notMet' });
    expect(unit(res, 'one-kha').award).toBeNull();
  });
});
