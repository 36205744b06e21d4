/**
 * Kế hoạch 609/KH-SXD (Sở Xây dựng Kiên Giang, 30/3/2022): CCHC emulation, yearly and 2021–2025 — by hand.
 *
 * IV.1.1.a (period, collectives): exemplary, united, registered, and "100% cá nhân trực thuộc được đánh giá
 * xếp loại 'Hoàn thành tốt nhiệm vụ' hằng năm trở lên"; Cờ thi đua: CCHC rating "loại tốt trở lên [hằng năm],
 * trong đó có ít nhất 03 lần và năm cuối được xếp loại xuất sắc"; Bằng khen: "tốt trở lên, trong đó có ít nhất
 * 03 lần được xếp loại xuất sắc". IV.1.1.b (individuals): "Hoàn thành tốt nhiệm vụ thường xuyên ... hằng năm; có
 * thành tích xuất sắc ... cá nhân phải thuộc tập thể được tặng cờ hoặc bằng khen". IV.1.2.a (yearly): "không có
 * cá nhân bị kỷ luật", registered, in the province's "nhóm xuất sắc". IV.2: period Bằng khen 1 collective,
 * 2 individuals; yearly 2 individuals per awarded collective. V.2: dossier "chậm nhất là 10 ngày kể từ ngày công
 * nhận kết quả". Prizes (law): decision 30/01/2026, base 2.340.000 đ; Cờ thi đua tỉnh 8,0; Bằng khen tỉnh 1,5
 * (NĐ 152/2025), collective × 2; rounded up to 10.000 đ.
 */
import { decision, run, statuses, unit, type HandUnit } from './helpers';

const PLAN = 'kien-giang-sxd-609-cchc';
const YEARS = ['2021', '2022', '2023', '2024', '2025'];
const byYear = (...v: unknown[]) => Object.fromEntries(YEARS.map((y, i) => [y, v[i]]));
const all = (v: unknown) => byYear(v, v, v, v, v);

const XS = 'xuất sắc';
const TOT = 'tốt';
const HT = 'hoàn thành nhiệm vụ';
const HTT = 'hoàn thành tốt nhiệm vụ';
const HTXS = 'hoàn thành xuất sắc nhiệm vụ';

function collective(
  id: string,
  cchc: unknown[],
  more: { staff?: unknown[]; disciplined?: unknown[]; excellentGroup?: unknown[] } = {},
): HandUnit {
  return {
    id,
    block: 'tap-the',
    facts: {
      guongMau: 'Có',
      ngayDangKy: '2022-03-30',
      cchc: byYear(...cchc),
      tyLeHoanThanhTot: more.staff ? byYear(...more.staff) : all(100),
      soNguoiBiKyLuat: more.disciplined ? byYear(...more.disciplined) : all(0),
      nhomXuatSac: more.excellentGroup ? byYear(...more.excellentGroup) : all('Không'),
      coQuanThamMuu: 'Không',
      // results recognised 25/01/2026 → dossier due 10 days later, 04/02/2026
      ngayCongNhanKetQua: '2026-01-25',
    },
  };
}

function person(
  id: string,
  of: string,
  ratings: unknown[],
  achievements: unknown[],
  direct = 'Không',
): HandUnit {
  return {
    id,
    block: 'ca-nhan',
    collective: of,
    facts: {
      guongMau: 'Có',
      xepLoaiCaNhan: byYear(...ratings),
      thanhTichCchc: byYear(...achievements),
      trucTiepCchc: direct,
      ngayCongNhanKetQua: '2026-01-25',
    },
  };
}

describe('Sở Xây dựng 609: period and yearly awards computed by hand', () => {
  const res = run(PLAN, [
    // xuất sắc 5 years, 100% staff every year, in the excellent group in 2025, but 1 person disciplined in 2025
    collective('t-flag', [XS, XS, XS, XS, XS], {
      disciplined: [0, 0, 0, 0, 1],
      excellentGroup: ['Không', 'Không', 'Không', 'Không', 'Có'],
    }),
    // 2021 "khá": not "tốt trở lên" every year; otherwise excellent and in the 2025 excellent group
    collective('t-kha', ['khá', XS, XS, XS, XS], {
      excellentGroup: ['Không', 'Không', 'Không', 'Không', 'Có'],
    }),
    // all xuất sắc, but 99,9% of staff rated "hoàn thành tốt" in 2023: not 100%
    collective('t-staff', [XS, XS, XS, XS, XS], { staff: [100, 100, '99,9%', 100, 100] }),
    // 3 × xuất sắc, last year tốt
    collective('t-bk', [XS, XS, XS, TOT, TOT]),
    person('i-flag', 't-flag', [HTT, HTT, HTT, HTT, HTT], ['Không', 'Không', 'Không', 'Có', 'Không']),
    person('i-one-year-low', 't-bk', [HTT, HT, HTT, HTT, HTT], ['Có', 'Có', 'Có', 'Có', 'Có'], 'Có'),
    person('i-bk', 't-bk', [HTT, HTT, HTT, HTXS, HTXS], ['Không', 'Không', 'Không', 'Không', 'Có'], 'Có'),
    person('i-unawarded', 't-staff', [HTXS, HTXS, HTXS, HTXS, HTXS], ['Có', 'Có', 'Có', 'Có', 'Có'], 'Có'),
    person('i-yearly', 't-kha', [HTT, HTT, HTT, HTT, HTT], ['Không', 'Không', 'Không', 'Không', 'Có']),
  ]);

  it('5 × xuất sắc with a disciplined person in 2025: Cờ thi đua (1.1.a sets no discipline rule) 8,0 × 2.340.000 = 18.720.000, due 04/02/2026', () => {
    const flag = decision(res, 't-flag', 'co-thi-dua-giai-doan');
    expect([flag.granted, flag.prize, flag.dueDate]).toEqual([true, 18_720_000, '2026-02-04']);
    expect(statuses(res, 't-flag')['bk-tinh-giai-doan-tap-the']).toBe('superseded');
  });

  it('… but no yearly Bằng khen: 1.2.a "không có cá nhân bị kỷ luật"', () => {
    expect(decision(res, 't-flag', 'bk-tinh-hang-nam-tap-the').granted).toBe(false);
  });

  it('one year "khá": neither the flag nor the period Bằng khen; the yearly Bằng khen 1,5 × 2 × 2.340.000 = 7.020.000', () => {
    expect(statuses(res, 't-kha')).toMatchObject({
      'co-thi-dua-giai-doan': 'notMet',
      'bk-tinh-giai-doan-tap-the': 'notMet',
      'bk-tinh-hang-nam-tap-the': 'granted',
    });
    expect(decision(res, 't-kha', 'bk-tinh-hang-nam-tap-the').prize).toBe(7_020_000);
  });

  it('99,9% of staff "hoàn thành tốt" in one year: no period award at all, and no yearly one outside the excellent group', () => {
    expect(statuses(res, 't-staff')).toEqual({
      'co-thi-dua-giai-doan': 'notMet',
      'bk-tinh-giai-doan-tap-the': 'notMet',
      'bk-tinh-hang-nam-tap-the': 'notMet',
    });
    expect(unit(res, 't-staff').award).toBeNull();
  });

  it('3 × xuất sắc, last year tốt: the one period Bằng khen for a collective, 7.020.000, due 04/02/2026', () => {
    const d = decision(res, 't-bk', 'bk-tinh-giai-doan-tap-the');
    expect([d.granted, d.prize, d.dueDate]).toEqual([true, 7_020_000, '2026-02-04']);
    expect(statuses(res, 't-bk')['co-thi-dua-giai-doan']).toBe('notMet');
  });

  it('period individuals: in the flag and Bằng khen collectives, good every year → the 2 places, 1,5 × 2.340.000 = 3.510.000 each', () => {
    for (const id of ['i-flag', 'i-bk']) {
      const d = decision(res, id, 'bk-tinh-giai-doan-ca-nhan');
      expect([id, d.granted, d.prize]).toEqual([id, true, 3_510_000]);
    }
  });

  it('one year only "hoàn thành nhiệm vụ": not "hoàn thành tốt ... hằng năm" → no period Bằng khen', () => {
    expect(statuses(res, 'i-one-year-low')['bk-tinh-giai-doan-ca-nhan']).toBe('notMet');
  });

  it('an excellent individual in a collective with no award: "phải thuộc tập thể được tặng cờ hoặc bằng khen"', () => {
    expect(statuses(res, 'i-unawarded')).toEqual({
      'bk-tinh-giai-doan-ca-nhan': 'collectiveNotAwarded',
      'bk-tinh-hang-nam-ca-nhan': 'collectiveNotAwarded',
    });
  });

  it('yearly individual: good in 2025, outstanding CCHC work in 2025, in the yearly-awarded collective → 3.510.000', () => {
    const d = decision(res, 'i-yearly', 'bk-tinh-hang-nam-ca-nhan');
    expect([d.granted, d.prize, d.dueDate]).toEqual([true, 3_510_000, '2026-02-04']);
  });
});
