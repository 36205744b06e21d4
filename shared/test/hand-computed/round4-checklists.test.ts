/**
 * Two plans without points: Sở KH&ĐT Đồng Tháp (seeds/002) and Sở Xây dựng Kiên Giang, chuyển đổi số (seeds/000),
 * computed by hand.
 *
 * Đồng Tháp III.3: "Kịp thời phát hiện và lựa chọn các tập thể, cá nhân có thành tích tiêu biểu, xuất sắc để khen
 * thưởng … khách quan, công khai, kịp thời, đúng đối tượng, đúng thành tích …; chú trọng khen thưởng tập thể, cá nhân
 * có thành tích sáng kiến, sáng tạo xuất sắc." The checklist levels (8/8 Bằng khen, 6/8 Giấy khen), the council's
 * nomination and the individual standards are the plan's notes ("thresholds", "individual-initiative",
 * "individual-standards": a blank rating or discipline holds the proposal).
 * Sở Xây dựng IV.2: "Tặng bằng khen của Chủ tịch UBND tỉnh cho tập thể, cá nhân có thành tích xuất sắc …; Tặng Giấy
 * khen của Thủ trưởng cơ quan, đơn vị cho tập thể, cá nhân thực hiện tốt phong trào thi đua"; IV.1.b cá nhân "phải có
 * sáng kiến, giải pháp hữu ích"; IV.1.a "Tổ chức Đảng, đoàn thể hoàn thành tốt nhiệm vụ trở lên (đối với tập thể,
 * đơn vị có tổ chức Đảng)". Plan note "levels": Giấy khen from 80% of the applicable targets; "optional-targets":
 * targets 1, 2, 3, 7, 8, 9, 11, 12, 13 left blank do not count.
 * Money: decision 31/12/2025, base 2.340.000 đ, NĐ 152/2025: Bằng khen tỉnh 1,5, Giấy khen 0,3, collective × 2,
 * each amount rounded up to 10.000 đ before any sum.
 */
import { codes, decision, run, statuses, unit, type HandUnit } from './helpers';
import { REQUIRED_TARGETS, division } from './kien-giang-sxd-cds-units';

const WHY = 'Hội đồng đề nghị: hoàn thành kế hoạch chuyển đổi số của Sở';
const BK = 'Bằng khen của Chủ tịch UBND tỉnh';
const GK = 'Giấy khen của Giám đốc Sở';

const dtDivision = (id: string, met: number, nominated: string | null): HandUnit => ({
  id,
  block: 'phong-don-vi',
  values: Object.fromEntries(
    Array.from({ length: 8 }, (_, i) => [`nd${i + 1}`, i < met ? 'Đạt' : 'Chưa đạt']),
  ),
  facts: { hoiDongDeNghi: nominated, giaiTrinh: WHY },
});
const dtPerson = (id: string, facts: Record<string, unknown>): HandUnit => ({
  id,
  block: 'ca-nhan',
  collective: 'd-8',
  facts: {
    giaiTrinh: WHY,
    hoiDongDeNghi: BK,
    xepLoaiCaNhan: 'hoàn thành tốt nhiệm vụ',
    coSangKien: 'Có',
    biKyLuat: 'Không',
    ...facts,
  },
});

describe('Sở KH&ĐT Đồng Tháp: individuals and the council’s nomination', () => {
  const res = run('dong-thap-skhdt-cds-2021-2025', [
    dtDivision('d-8', 8, BK),
    dtDivision('d-8-none', 8, 'không đề nghị'),
    dtDivision('d-8-blank', 8, null),
    dtDivision('d-7-gk', 7, GK),
    dtDivision('d-6-gk', 6, GK),
    dtPerson('i-no-initiative', { coSangKien: 'Không' }),
    dtPerson('i-low', { xepLoaiCaNhan: 'hoàn thành nhiệm vụ' }),
    dtPerson('i-no-rating', { xepLoaiCaNhan: null }),
    dtPerson('i-no-discipline', { biKyLuat: null }),
  ]);

  it('nominated for the Bằng khen, good rating, no initiative → Giấy khen 0,3 × 2.340.000 = 702.000 → 710.000', () => {
    expect(statuses(res, 'i-no-initiative')['bk-tinh-ca-nhan']).toBe('notMet');
    expect(unit(res, 'i-no-initiative').award).toMatchObject({
      tier: 'giay-khen-ca-nhan',
      prize: 710_000,
      prizeInWords: 'Bảy trăm mười nghìn đồng',
    });
  });

  it('rated only "hoàn thành nhiệm vụ" → neither form', () => {
    expect(statuses(res, 'i-low')).toEqual({ 'bk-tinh-ca-nhan': 'notMet', 'giay-khen-ca-nhan': 'notMet' });
  });

  it('rating blank → both held (missing-fact), never "not met"', () => {
    expect(statuses(res, 'i-no-rating')).toEqual({
      'bk-tinh-ca-nhan': 'unknown',
      'giay-khen-ca-nhan': 'unknown',
    });
    expect(codes(res, 'i-no-rating')).toContain('missing-fact');
  });

  it('discipline blank → held: "Chưa thể xét tiêu chuẩn …", no award, not treated as disciplined', () => {
    expect(statuses(res, 'i-no-discipline')).toEqual({
      'bk-tinh-ca-nhan': 'unknown',
      'giay-khen-ca-nhan': 'unknown',
    });
    expect(unit(res, 'i-no-discipline').incomplete).toBe(true);
    expect(unit(res, 'i-no-discipline').reasons.join(' ')).toContain('Chưa thể xét');
  });

  it('8/8 without the council’s nomination ("không đề nghị" or blank) → nothing: the council chooses', () => {
    for (const id of ['d-8-none', 'd-8-blank']) {
      expect([id, unit(res, id).award]).toEqual([id, null]);
      expect([id, statuses(res, id)]).toEqual([id, { 'bk-tinh': 'notMet', 'giay-khen-giam-doc': 'notMet' }]);
    }
  });

  it('two division Giấy khen: each 0,6 × 2.340.000 = 1.404.000 → 1.410.000, total 2.820.000 (not 2.810.000)', () => {
    const gk = res.summary.decisions?.find((d) => d.id === 'giay-khen-giam-doc');
    expect(gk?.granted.sort()).toEqual(['d-6-gk', 'd-7-gk']);
    expect(gk?.prizeTotal).toBe(2_820_000);
  });

  it('pending money: the two held people count once each at the higher form, 2 × 3.510.000 = 7.020.000', () => {
    expect(res.summary.prizeFundPending).toBe(7_020_000);
    expect(res.summary.prizeFundPendingInWords).toBe('Bảy triệu không trăm hai mươi nghìn đồng');
  });
});

describe('Sở Xây dựng, chuyển đổi số: 80% of the applicable targets, counted on 13, 12 and 4', () => {
  const ALL = {
    ...REQUIRED_TARGETS,
    t01: '100%',
    t02: '60%',
    t03: '10%',
    t07: '80%',
    t08: '100%',
    t09: 'Có',
    t11: 'Có',
    t12: '80%',
    t13: 'Có',
  };
  const res = run('kien-giang-sxd-cds-2022-2025', [
    division('all-13', ALL),
    // "Tối thiểu 60%" at 59% and "Tối thiểu 10%" at 9,9%: 11/13 = 84,6% ≥ 80%
    division('of-13-11', { ...ALL, t02: '59%', t03: '9,9%' }),
    // and "80% … đúng hạn" at 79%: 10/13 = 76,9% < 80% (80% of 13 = 10,4 → 11 needed)
    division('of-13-10', { ...ALL, t02: '59%', t03: '9,9%', t12: '79%' }),
    // the yes/no online-payment target left blank: not applicable → 10/12 = 83,3%
    division('of-12-10', { ...ALL, t02: '59%', t03: '9,9%', t13: '' }),
    // "Trên 95%" work files (a target of every division) left blank
    division('req-blank', { ...REQUIRED_TARGETS, t05: '' }),
    division('party-low', REQUIRED_TARGETS, { toChucDang: 'hoàn thành nhiệm vụ' }),
    division('no-party', REQUIRED_TARGETS, { toChucDang: 'không có tổ chức Đảng' }),
  ]);

  it('13/13 and the four standards → Bằng khen 1,5 × 2 × 2.340.000 = 7.020.000', () => {
    expect(unit(res, 'all-13').award).toMatchObject({ tier: 'bk-tinh-tap-the', prize: 7_020_000 });
  });

  it('11/13 → Giấy khen 1.410.000 "Một triệu bốn trăm mười nghìn đồng", the reason "đạt 11/13 chỉ tiêu (cần 11)"', () => {
    expect(unit(res, 'of-13-11').award).toMatchObject({
      tier: 'giay-khen-tap-the',
      prize: 1_410_000,
      prizeInWords: 'Một triệu bốn trăm mười nghìn đồng',
    });
    expect(decision(res, 'of-13-11', 'giay-khen-tap-the').reason).toContain('11/13');
  });

  it('10/13 → neither form ("cần 11")', () => {
    expect(unit(res, 'of-13-10').award).toBeNull();
    expect(decision(res, 'of-13-10', 'giay-khen-tap-the').reason).toContain('cần 11');
  });

  it('an optional target left blank leaves the count: 10/12 → Giấy khen 1.410.000', () => {
    expect(unit(res, 'of-12-10').award).toMatchObject({ tier: 'giay-khen-tap-the', prize: 1_410_000 });
    expect(decision(res, 'of-12-10', 'giay-khen-tap-the').reason).toContain('10/12');
  });

  it('a required target blank → both forms held (missing-target), no award', () => {
    expect(statuses(res, 'req-blank')).toEqual({
      'bk-tinh-tap-the': 'unknown',
      'giay-khen-tap-the': 'unknown',
    });
    expect(codes(res, 'req-blank')).toContain('missing-target');
  });

  it('Party organisation only "hoàn thành nhiệm vụ" → not eligible; no Party organisation → Bằng khen 7.020.000', () => {
    expect([unit(res, 'party-low').eligible, unit(res, 'party-low').award]).toEqual([false, null]);
    expect(codes(res, 'party-low')).toEqual(['standard-party']);
    expect(unit(res, 'no-party').award).toMatchObject({ tier: 'bk-tinh-tap-the', prize: 7_020_000 });
  });
});

describe('Sở Xây dựng, chuyển đổi số: individuals ("phải có sáng kiến, giải pháp hữu ích")', () => {
  const base = { chapHanhChuTruong: 'Có', hoanThanhNhiemVu: 'Có', kyLuat: 'không' };
  const person = (id: string, facts: Record<string, unknown>): HandUnit => ({
    id,
    block: 'ca-nhan',
    facts: { ...base, ...facts },
  });
  const res = run('kien-giang-sxd-cds-2022-2025', [
    person('excellent-active', { xepLoai: 'hoàn thành xuất sắc nhiệm vụ', tichCucPhongTrao: 'Có' }),
    person('good-initiative', { xepLoai: 'hoàn thành tốt nhiệm vụ', sangKien: 'Có' }),
    person('no-rating', { sangKien: 'Có' }),
  ]);

  it('excellent and active but no initiative → Giấy khen 710.000, not the Bằng khen', () => {
    expect(statuses(res, 'excellent-active')['bk-tinh-ca-nhan']).toBe('notMet');
    expect(unit(res, 'excellent-active').award).toMatchObject({ tier: 'giay-khen-ca-nhan', prize: 710_000 });
  });

  it('an initiative but only "hoàn thành tốt" → Giấy khen 710.000 (the Bằng khen needs "xuất sắc")', () => {
    expect(unit(res, 'good-initiative').award).toMatchObject({ tier: 'giay-khen-ca-nhan', prize: 710_000 });
  });

  it('rating blank → both held, flagged missing-fact', () => {
    expect(statuses(res, 'no-rating')).toEqual({
      'bk-tinh-ca-nhan': 'unknown',
      'giay-khen-ca-nhan': 'unknown',
    });
    expect(codes(res, 'no-rating')).toContain('missing-fact');
  });
});
