/**
 * The two-level plans — Bằng khen tỉnh for "xuất sắc", Giấy khen for "tốt" — at their borders, computed by hand.
 *
 * Sở Xây dựng Kiên Giang, chuyển đổi số 2022–2025 (seed 000): mục II targets; mục IV.2 Bằng khen tỉnh for
 * "thành tích xuất sắc", Giấy khen of the director for "thực hiện tốt". The split is the plan's note "levels":
 * Bằng khen = every applicable target and the four specific standards; Giấy khen = at least 80% of the applicable
 * targets (minShare 0,8), tasks on time and electronic reports; individuals: Bằng khen = recognised initiative and
 * "hoàn thành xuất sắc nhiệm vụ"; Giấy khen = "hoàn thành tốt nhiệm vụ" or better and active in the movement (or an
 * initiative). Note "optional-targets": targets 1, 2, 3, 7, 8, 9, 11, 12, 13 apply only where reported; 4, 5, 6, 10
 * always.
 * Sở KH&ĐT Đồng Tháp (seed 002), III.3: "khách quan, công khai, kịp thời, đúng đối tượng, đúng thành tích": note
 * "justification": every nomination needs a written justification of at least 20 characters.
 * Prize (law.md, NĐ 152/2025 on 31/12/2025, base 2.340.000 đ): Giấy khen 0,3 → individual 0,3 × 2.340.000 =
 * 702.000, "làm tròn số lên hàng chục nghìn đồng" → 710.000; collective 0,6 × 2.340.000 = 1.404.000 → 1.410.000;
 * Bằng khen tỉnh 1,5 → collective 7.020.000.
 */
import { codes, run, statuses, unit, type HandUnit } from './helpers';
import {
  DIVISION_FACTS as DIVISION,
  REQUIRED_TARGETS as REQUIRED,
  division,
} from './kien-giang-sxd-cds-units';

const CDS = 'kien-giang-sxd-cds-2022-2025';

const person = (id: string, facts: Record<string, unknown>): HandUnit => ({
  id,
  block: 'ca-nhan',
  facts: { chapHanhChuTruong: 'Có', hoanThanhNhiemVu: 'Có', kyLuat: 'không', ...facts },
});

describe('Sở Xây dựng, chuyển đổi số: the 80% line of the Giấy khen (note "levels", minShare 0,8)', () => {
  const res = run(CDS, [
    // 5 targets reported (4 required + t02 at 60%): t06 at 99% missed → 4/5 = 80% ≥ 80% → Giấy khen
    division('five-one-missed', { ...REQUIRED, t06: '99%', t02: '60%' }),
    // only the 4 required targets: t06 at 99% missed → 3/4 = 75% < 80% → nothing
    division('four-one-missed', { ...REQUIRED, t06: '99%' }),
    // t09 (connected to the specialised data network, optional yes/no) reported "Không": it applies and is missed →
    // 4/5 = 80%: no Bằng khen, Giấy khen
    division('network-no', { ...REQUIRED, t09: 'Không' }),
    // every target met but the movement has no initiative (phongTraoHieuQua "Không"): not the 4 standards → Giấy khen
    division('no-initiative', REQUIRED, { phongTraoHieuQua: 'Không' }),
  ]);

  it('4 of 5 = 80% → Giấy khen 0,6 × 2.340.000 = 1.404.000 → 1.410.000 "Một triệu bốn trăm mười nghìn đồng"', () => {
    expect(unit(res, 'five-one-missed').award).toMatchObject({
      tier: 'giay-khen-tap-the',
      prize: 1_410_000,
      prizeInWords: 'Một triệu bốn trăm mười nghìn đồng',
    });
    expect(unit(res, 'five-one-missed').decisions?.find((d) => d.id === 'bk-tinh-tap-the')?.reason).toBe(
      'Chưa đạt: đạt 4/5 chỉ tiêu; chưa đạt: 6',
    );
  });

  it('3 of 4 = 75% → neither level', () => {
    expect(statuses(res, 'four-one-missed')).toEqual({
      'bk-tinh-tap-the': 'notMet',
      'giay-khen-tap-the': 'notMet',
    });
    expect(unit(res, 'four-one-missed').award).toBeNull();
  });

  it('an optional yes/no target reported "Không" counts as applicable and missed: 4/5 → Giấy khen', () => {
    expect(statuses(res, 'network-no')).toEqual({
      'bk-tinh-tap-the': 'notMet',
      'giay-khen-tap-the': 'granted',
    });
  });

  it('every target met, movement without initiatives → not "xuất sắc": Giấy khen, not Bằng khen', () => {
    expect(statuses(res, 'no-initiative')).toEqual({
      'bk-tinh-tap-the': 'notMet',
      'giay-khen-tap-the': 'granted',
    });
  });
});

describe('Sở Xây dựng, chuyển đổi số: individuals at the two levels', () => {
  const res = run(CDS, [
    person('i-good-active', { xepLoai: 'hoàn thành tốt nhiệm vụ', tichCucPhongTrao: 'Có' }),
    person('i-excellent-no-initiative', {
      xepLoai: 'hoàn thành xuất sắc nhiệm vụ',
      sangKien: 'Không',
      tichCucPhongTrao: 'Có',
    }),
    person('i-only-ht', { xepLoai: 'hoàn thành nhiệm vụ', sangKien: 'Có' }),
  ]);

  it('good and active → Giấy khen 0,3 × 2.340.000 = 702.000 → rounded up 710.000 "Bảy trăm mười nghìn đồng"', () => {
    expect(unit(res, 'i-good-active').award).toMatchObject({
      tier: 'giay-khen-ca-nhan',
      prize: 710_000,
      prizeInWords: 'Bảy trăm mười nghìn đồng',
    });
  });

  it('excellent but no initiative ("phải có sáng kiến") → Giấy khen, not Bằng khen', () => {
    expect(statuses(res, 'i-excellent-no-initiative')).toEqual({
      'bk-tinh-ca-nhan': 'notMet',
      'giay-khen-ca-nhan': 'granted',
    });
  });

  it('only "hoàn thành nhiệm vụ", even with an initiative → nothing', () => {
    expect(unit(res, 'i-only-ht').award).toBeNull();
  });
});

describe('Sở KH&ĐT Đồng Tháp: the written justification of 20 characters, and the nomination falling back', () => {
  const BK = 'Bằng khen của Chủ tịch UBND tỉnh';
  const GK = 'Giấy khen của Giám đốc Sở';
  const WHY = 'Hội đồng đề nghị khen thưởng tập thể';
  const area = (id: string, met: number, nominated: string, why: string): HandUnit => ({
    id,
    block: 'phong-don-vi',
    values: Object.fromEntries(
      Array.from({ length: 8 }, (_, i) => [`nd${i + 1}`, i < met ? 'Đạt' : 'Chưa đạt']),
    ),
    facts: { hoiDongDeNghi: nominated, giaiTrinh: why },
  });
  const res = run('dong-thap-skhdt-cds-2021-2025', [
    area('j-19', 8, BK, '1234567890123456789'),
    area('j-20', 8, BK, '12345678901234567890'),
    // 19 characters padded with spaces to 25: the spaces do not count
    area('j-19-padded', 8, BK, '   1234567890123456789   '),
    // nominated for the Bằng khen but 7/8: the Bằng khen needs 8/8, the Giấy khen (≥ 6/8) is given
    area('bk-7', 7, BK, WHY),
    // 8/8 but nominated only for the Giấy khen: the council's choice stands
    area('gk-8', 8, GK, WHY),
  ]);

  it('19 characters → no nomination, justification-missing on both levels; 20 → Bằng khen 7.020.000', () => {
    for (const id of ['j-19', 'j-19-padded']) {
      expect([id, unit(res, id).award]).toEqual([id, null]);
      expect(codes(res, id)).toEqual(['justification-missing', 'justification-missing']);
    }
    expect(unit(res, 'j-20').award).toMatchObject({ tier: 'bk-tinh', prize: 7_020_000 });
  });

  it('nominated for the Bằng khen with 7/8 → Giấy khen 1.410.000; 8/8 nominated for the Giấy khen → Giấy khen', () => {
    expect(statuses(res, 'bk-7')).toEqual({ 'bk-tinh': 'notMet', 'giay-khen-giam-doc': 'granted' });
    expect(unit(res, 'bk-7').award?.prize).toBe(1_410_000);
    expect(statuses(res, 'gk-8')).toEqual({ 'bk-tinh': 'notMet', 'giay-khen-giam-doc': 'granted' });
  });
});

describe('Sở KH&ĐT Đồng Tháp: a rating off the scale ("Tốt") — note "off-scale-rating"', () => {
  // An area rated "Tốt" (not Đạt / Chưa đạt) is invalid: 0 points for now, 1 at best. The total lies in [lo, hi]:
  //   t-7:  7 Đạt + "Tốt"            → [7, 8]: Bằng khen (≥ 8) waits; the Giấy khen under it waits with it
  //   t-6:  6 Đạt + "Tốt" + Chưa đạt → [6, 7]: Bằng khen not met (7 < 8); Giấy khen (≥ 6) granted
  //   t-5:  5 Đạt + "Tốt" + 2 Chưa   → [5, 6]: Bằng khen not met; Giấy khen waits
  //   caps: "đạt", "ĐẠT", " Đạt ", "Dat" read as Đạt → 8/8 → Bằng khen 7.020.000
  // Paid: 7.020.000 (caps) + 1.410.000 (t-6) = 8.430.000; waiting: t-7's Bằng khen 7.020.000 (not also its Giấy
  // khen: it gets one or the other) + t-5's Giấy khen 1.410.000 = 8.430.000
  const WHY = 'Hội đồng đề nghị khen thưởng tập thể';
  const BK = 'Bằng khen của Chủ tịch UBND tỉnh';
  const D = 'Đạt';
  const N = 'Chưa đạt';
  const T = 'Tốt';
  const rated = (id: string, levels: string[]): HandUnit => ({
    id,
    block: 'phong-don-vi',
    values: Object.fromEntries(levels.map((v, i) => [`nd${i + 1}`, v])),
    facts: { hoiDongDeNghi: BK, giaiTrinh: WHY },
  });
  const res = run('dong-thap-skhdt-cds-2021-2025', [
    rated('t-7', [D, D, D, D, D, D, D, T]),
    rated('t-6', [D, D, D, D, D, D, T, N]),
    rated('t-5', [D, D, D, D, D, T, N, N]),
    rated('caps', ['đạt', 'ĐẠT', ' Đạt ', 'Dat', D, D, D, D]),
  ]);

  it('statuses as computed by hand', () => {
    expect(['t-7', 't-6', 't-5', 'caps'].map((id) => [unit(res, id).total, statuses(res, id)])).toEqual([
      [7, { 'bk-tinh': 'unknown', 'giay-khen-giam-doc': 'unknown' }],
      [6, { 'bk-tinh': 'notMet', 'giay-khen-giam-doc': 'granted' }],
      [5, { 'bk-tinh': 'notMet', 'giay-khen-giam-doc': 'unknown' }],
      [8, { 'bk-tinh': 'granted', 'giay-khen-giam-doc': 'superseded' }],
    ]);
  });

  it('the invalid rating is named with the scale', () => {
    expect(unit(res, 't-7').flags[0]).toMatchObject({
      code: 'invalid-value',
      message: 'Tiêu chí 8: giá trị không hợp lệ — "Tốt" không thuộc thang: Đạt, Chưa đạt → 0,0/1 điểm',
    });
  });

  it('paid 8.430.000, waiting 8.430.000', () => {
    expect([res.summary.prizeFundUsed, res.summary.prizeFundPending]).toEqual([8_430_000, 8_430_000]);
  });
});

describe('Sở Xây dựng, chuyển đổi số: a division whose "phong trào hiệu quả" fact (optional) is left blank', () => {
  // docs/targets-and-decisions.md, Decisions 3: "A condition on an optional fact that is blank reads as not met".
  // phongTraoHieuQua (required: false) blank → the 4 standards of the Bằng khen are not met → the Giấy khen, which
  // does not need it (tasks on time, electronic reports, every target met) is granted 1.410.000 — not both held, the
  // Giấy khen waiting on a Bằng khen that waits on the blank.
  const facts: Record<string, unknown> = { ...DIVISION };
  delete facts.phongTraoHieuQua;
  const res = run(CDS, [{ id: 'blank-movement', block: 'phong-don-vi', values: REQUIRED, facts }]);

  it('Bằng khen not met, Giấy khen granted', () => {
    expect(statuses(res, 'blank-movement')).toEqual({
      'bk-tinh-tap-the': 'notMet',
      'giay-khen-tap-the': 'granted',
    });
    expect(unit(res, 'blank-movement').award?.prize).toBe(1_410_000);
  });
});
