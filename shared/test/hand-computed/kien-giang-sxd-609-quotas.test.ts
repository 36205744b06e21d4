/**
 * Kế hoạch 609/KH-SXD (Sở Xây dựng Kiên Giang, 30/3/2022) — quotas, registration, the advisory-body branch and
 * due dates, computed by hand.
 *
 * Seed 001, mục IV.2.1 (period 2021–2025): "Bằng khen của Chủ tịch UBND tỉnh tặng cho tập thể: 1"; "… cho cá
 * nhân: 02 cá nhân". Mục IV.2.2 (yearly): Bằng khen "cho tập thể đạt các tiêu chuẩn … tiết a điểm 1.2" (no
 * number), and for individuals "mỗi tập thể bình xét 02 cá nhân". Mục IV.1.1.b: "ưu tiên cho cán bộ … trực tiếp
 * thực hiện nhiệm vụ công tác cải cách hành chính"; "cá nhân phải thuộc tập thể được tặng cờ hoặc bằng khen".
 * Mục III.2: "Việc đăng ký thi đua 05 năm và hằng năm chậm nhất đến ngày 30/3/2022". Mục IV.1.2.a, second
 * branch: "Cơ quan chuyên trách tham mưu … phải có 100% cá nhân … 'Hoàn thành tốt nhiệm vụ' …, đồng thời … có cải
 * thiện về thứ hạng cao hơn so năm trước liền kề". Mục V.2: "Chậm nhất là 10 ngày kể từ ngày công nhận kết quả".
 * The plan's order keys (note "quota"): collectives by number of "xuất sắc" years, then the last year's rating;
 * individuals by "trực tiếp CCHC" first, then the number of years "hoàn thành xuất sắc nhiệm vụ".
 * Prizes (decision 30/01/2026, base 2.340.000 đ, NĐ 152/2025): Cờ thi đua tỉnh 8,0 → 18.720.000; Bằng khen tỉnh
 * 1,5 → collective 2 × 1,5 × 2.340.000 = 7.020.000, individual 3.510.000.
 */
import { codes, decision, run, statuses, unit, type HandUnit } from './helpers';

const PLAN = 'kien-giang-sxd-609-cchc';
const YEARS = ['2021', '2022', '2023', '2024', '2025'];
const byYear = (...v: unknown[]) => Object.fromEntries(YEARS.map((y, i) => [y, v[i]]));
const all = (v: unknown) => byYear(v, v, v, v, v);
const each = (v: unknown) => [v, v, v, v, v];

const XS = 'xuất sắc';
const TOT = 'tốt';
const HTT = 'hoàn thành tốt nhiệm vụ';
const HTXS = 'hoàn thành xuất sắc nhiệm vụ';
const C = 'Có';
const K = 'Không';

function collective(id: string, cchc: unknown[], facts: Record<string, unknown> = {}): HandUnit {
  const f: Record<string, unknown> = {
    guongMau: C,
    ngayDangKy: '2022-03-30',
    cchc: byYear(...cchc),
    tyLeHoanThanhTot: all(100),
    soNguoiBiKyLuat: all(0),
    nhomXuatSac: all(K),
    coQuanThamMuu: K,
    ngayCongNhanKetQua: '2026-01-25',
    ...facts,
  };
  for (const k of Object.keys(f)) if (f[k] === undefined) delete f[k];
  return { id, block: 'tap-the', facts: f };
}

function person(id: string, of: string, ratings: unknown[], cchc: unknown[], direct: string): HandUnit {
  return {
    id,
    block: 'ca-nhan',
    collective: of,
    facts: {
      guongMau: C,
      xepLoaiCaNhan: byYear(...ratings),
      thanhTichCchc: byYear(...cchc),
      trucTiepCchc: direct,
      ngayCongNhanKetQua: '2026-01-25',
    },
  };
}

describe('Sở Xây dựng 609, period: 1 collective Bằng khen, 2 individual Bằng khen (mục IV.2.1)', () => {
  // Collectives: flag (5 × xuất sắc, last xuất sắc) → Cờ thi đua, not counted in the Bằng khen quota (another form);
  // bk-4 (4 × xuất sắc, last tốt) and bk-3 (3 × xuất sắc, last tốt) both meet the Bằng khen rule → quota 1:
  // order by xuất sắc years 4 > 3 → bk-4 granted, bk-3 over the quota (for the council).
  // Individuals (all "hoàn thành tốt" or better every year, outstanding CCHC work in 2025):
  //   p-flag-direct: in flag, direct, 1 year HTXS        → key (1, 1)
  //   p-flag-other : in flag, not direct, 2 years HTXS   → key (0, 2)
  //   p-bk4        : in bk-4, direct, 0 years HTXS       → key (1, 0)
  //   p-bk3        : in bk-3 (collective over quota, so waiting), direct, 0 years → key (1, 0)
  // Order: p-flag-direct (1,1) first → granted whatever happens. p-bk4 and p-bk3 tie on (1,0) for the 2nd place:
  // with p-bk3 in, a tie; without it, p-bk4 is 2nd → p-bk4 held. p-flag-other (0,2) is 3rd or 4th → over quota.
  const res = run(PLAN, [
    collective('flag', [XS, XS, XS, XS, XS]),
    collective('bk-4', [XS, XS, XS, XS, TOT]),
    collective('bk-3', [XS, TOT, XS, XS, TOT]),
    person('p-flag-direct', 'flag', [HTXS, HTT, HTT, HTT, HTT], [C, K, K, K, C], C),
    person('p-flag-other', 'flag', [HTXS, HTXS, HTT, HTT, HTT], [C, K, K, K, C], K),
    person('p-bk4', 'bk-4', [HTT, HTT, HTT, HTT, HTT], [K, K, K, K, C], C),
    person('p-bk3', 'bk-3', [HTT, HTT, HTT, HTT, HTT], [K, K, K, K, C], C),
  ]);

  it('the flag: 8,0 × 2.340.000 = 18.720.000 "Mười tám triệu bảy trăm hai mươi nghìn đồng"; its Bằng khen superseded', () => {
    const d = decision(res, 'flag', 'co-thi-dua-giai-doan');
    expect([d.status, d.prize, d.prizeInWords]).toEqual([
      'granted',
      18_720_000,
      'Mười tám triệu bảy trăm hai mươi nghìn đồng',
    ]);
    expect(statuses(res, 'flag')['bk-tinh-giai-doan-tap-the']).toBe('superseded');
  });

  it('4 × xuất sắc beats 3 × xuất sắc for the one Bằng khen: 7.020.000 "Bảy triệu không trăm hai mươi nghìn đồng"', () => {
    const d = decision(res, 'bk-4', 'bk-tinh-giai-doan-tap-the');
    expect([d.status, d.prize, d.prizeInWords]).toEqual([
      'granted',
      7_020_000,
      'Bảy triệu không trăm hai mươi nghìn đồng',
    ]);
    expect(decision(res, 'bk-3', 'bk-tinh-giai-doan-tap-the').status).toBe('overQuota');
    expect(codes(res, 'bk-3')).toEqual(['quota-exceeded']);
    const s = res.summary.decisions?.find((x) => x.id === 'bk-tinh-giai-doan-tap-the');
    expect([s?.granted, s?.pending, s?.prizeTotal, s?.prizePending]).toEqual([
      ['bk-4'],
      ['bk-3'],
      7_020_000,
      7_020_000,
    ]);
  });

  it('individuals: the direct one with a HTXS year granted 3.510.000; the tie-in-waiting held; the non-direct over quota', () => {
    expect(decision(res, 'p-flag-direct', 'bk-tinh-giai-doan-ca-nhan')).toMatchObject({
      status: 'granted',
      prize: 3_510_000,
      prizeInWords: 'Ba triệu năm trăm mười nghìn đồng',
      dueDate: '2026-02-04',
    });
    expect(decision(res, 'p-bk4', 'bk-tinh-giai-doan-ca-nhan').status).toBe('unknown');
    expect(decision(res, 'p-bk3', 'bk-tinh-giai-doan-ca-nhan').status).toBe('collectivePending');
    expect(codes(res, 'p-bk3')).toEqual(['collective-pending']);
    expect(decision(res, 'p-flag-other', 'bk-tinh-giai-doan-ca-nhan').status).toBe('overQuota');
  });
});

describe('Sở Xây dựng 609, period: two collectives tied for the one Bằng khen', () => {
  // both 4 × xuất sắc and last year tốt: equal on both order keys → neither by input order, both for the council
  const tied = run(PLAN, [
    collective('t-a', [XS, XS, XS, XS, TOT]),
    collective('t-c', [XS, XS, XS, XS, TOT]),
  ]);

  it('two on (4 × xuất sắc, tốt): a tie, flagged quota-exceeded, no grant, 7.020.000 waiting', () => {
    for (const id of ['t-a', 't-c']) {
      expect(decision(tied, id, 'bk-tinh-giai-doan-tap-the').status).toBe('tie');
      expect(codes(tied, id)).toEqual(['quota-exceeded']);
    }
    const s = tied.summary.decisions?.find((x) => x.id === 'bk-tinh-giai-doan-tap-the');
    expect([s?.granted, s?.pending]).toEqual([[], ['t-a', 't-c']]);
  });
});

// docs/targets-and-decisions.md, summary.decisions: each decision's own prizePending counts every unit that waits
// for it; summary.prizeFundPending counts no more units than the quota has places left (as the tiers of Phụng
// Hiệp count a tie's places: council-flow.test.ts).
describe('Sở Xây dựng 609, period: money waiting on the quotas', () => {
  // IV.2.1.a: 1 collective. Whoever the council picks, one Bằng khen is paid within the quota: both tied units wait
  // (2 × 7.020.000 = 14.040.000 if all were proposed), 7.020.000 can be paid.
  const tied = run(PLAN, [
    collective('t-a', [XS, XS, XS, XS, TOT]),
    collective('t-c', [XS, XS, XS, XS, TOT]),
  ]);

  it('14.040.000 waiting on the decision, 7.020.000 in the fund (one place)', () => {
    const s = tied.summary.decisions?.find((x) => x.id === 'bk-tinh-giai-doan-tap-the');
    expect(s?.prizePending).toBe(14_040_000);
    expect(tied.summary.prizeFundPending).toBe(7_020_000);
    expect(tied.summary.prizeFundPendingInWords).toBe('Bảy triệu không trăm hai mươi nghìn đồng');
  });

  // The 2 individual places: one granted (p-flag-direct), one place left for p-bk4 / p-bk3 / p-flag-other: all three
  // wait → 3 × 3.510.000 = 10.530.000 on the decision; within the quota 3.510.000 at most can be paid.
  const individuals = run(PLAN, [
    collective('flag', [XS, XS, XS, XS, XS]),
    collective('bk-4', [XS, XS, XS, XS, TOT]),
    collective('bk-3', [XS, TOT, XS, XS, TOT]),
    person('p-flag-direct', 'flag', [HTXS, HTT, HTT, HTT, HTT], [C, K, K, K, C], C),
    person('p-flag-other', 'flag', [HTXS, HTXS, HTT, HTT, HTT], [C, K, K, K, C], K),
    person('p-bk4', 'bk-4', [HTT, HTT, HTT, HTT, HTT], [K, K, K, K, C], C),
    person('p-bk3', 'bk-3', [HTT, HTT, HTT, HTT, HTT], [K, K, K, K, C], C),
  ]);

  it('3.510.000 granted, 10.530.000 waiting for the one individual place left, of which 3.510.000 can be paid', () => {
    const s = individuals.summary.decisions?.find((x) => x.id === 'bk-tinh-giai-doan-ca-nhan');
    expect([s?.prizeTotal, s?.prizePending]).toEqual([3_510_000, 10_530_000]);
    // bk-3's collective Bằng khen also waits (7.020.000 on the decision), but bk-4 took its one place: nothing of it
    // can be paid, so the fund waiting is the individual place alone
    const collectives = individuals.summary.decisions?.find((x) => x.id === 'bk-tinh-giai-doan-tap-the');
    expect([collectives?.granted, collectives?.pending, collectives?.prizePending]).toEqual([
      ['bk-4'],
      ['bk-3'],
      7_020_000,
    ]);
    expect(individuals.summary.prizeFundPending).toBe(3_510_000);
  });
});

describe('Sở Xây dựng 609, yearly 2025: 02 individuals per awarded collective (mục IV.2.2.b)', () => {
  // y: in the 2025 excellent group, no one disciplined in 2025 (2 in 2024 — "không có cá nhân bị kỷ luật" is read
  // for the year under review) → yearly Bằng khen 7.020.000; results recognised 25/12/2026 → due 04/01/2027.
  // Its staff, all with outstanding CCHC work in 2025:
  //   y-direct-xs : direct, HTXS in 2025 → key (1, HTXS)   → 1st
  //   y-direct-t  : direct, HTT in 2025  → key (1, HTT)    → 2nd
  //   y-other-xs  : not direct, HTXS     → key (0, HTXS)   → 3rd → over the 2 places
  //   y-low       : "hoàn thành nhiệm vụ" in 2025 → not "hoàn thành tốt nhiệm vụ năm" → not met (not a candidate)
  const res = run(PLAN, [
    collective('y', each(TOT), {
      nhomXuatSac: byYear(K, K, K, K, C),
      soNguoiBiKyLuat: byYear(0, 0, 0, 2, 0),
      ngayCongNhanKetQua: '2026-12-25',
    }),
    person('y-direct-xs', 'y', [HTT, HTT, HTT, HTT, HTXS], [K, K, K, K, C], C),
    person('y-direct-t', 'y', [HTT, HTT, HTT, HTT, HTT], [K, K, K, K, C], C),
    person('y-other-xs', 'y', each(HTXS), each(C), K),
    person('y-low', 'y', [HTXS, HTXS, HTXS, HTXS, 'hoàn thành nhiệm vụ'], each(C), C),
  ]);

  it('the collective: granted, 7.020.000, due 10 days after 25/12/2026 = 04/01/2027', () => {
    expect(decision(res, 'y', 'bk-tinh-hang-nam-tap-the')).toMatchObject({
      status: 'granted',
      prize: 7_020_000,
      dueDate: '2027-01-04',
    });
  });

  it('the two direct staff granted 3.510.000 each; the third over the per-collective quota; the low one not met', () => {
    expect(
      ['y-direct-xs', 'y-direct-t', 'y-other-xs', 'y-low'].map(
        (id) => decision(res, id, 'bk-tinh-hang-nam-ca-nhan').status,
      ),
    ).toEqual(['granted', 'granted', 'overQuota', 'notMet']);
    expect(decision(res, 'y-direct-t', 'bk-tinh-hang-nam-ca-nhan').prize).toBe(3_510_000);
    expect(unit(res, 'y-other-xs').flags.map((f) => f.message)).toEqual([
      '"Bằng khen của Chủ tịch UBND tỉnh cho cá nhân (hằng năm)": Vượt chỉ tiêu 2 của tập thể y: xếp thứ 3 theo ' +
        'Trực tiếp thực hiện nhiệm vụ CCHC, giải quyết TTHC (được ưu tiên) ↓; Xếp loại cá nhân hằng năm (năm xét) ↓' +
        ' — đề nghị Hội đồng TĐKT xem xét',
    ]);
  });
});

describe('Sở Xây dựng 609: registration by 30/3/2022, and the advisory-body branch of the yearly award', () => {
  const adv = (id: string, facts: Record<string, unknown>) =>
    collective(id, each(TOT), { coQuanThamMuu: C, ...facts });
  const res = run(PLAN, [
    // registered 31/3/2022, one day late: not considered for anything, whatever its ratings
    collective('late', [XS, XS, XS, XS, XS], { ngayDangKy: '2022-03-31' }),
    // advisory body: 100% staff in 2025, rank 4 (2024) → 3 (2025): "thứ hạng cao hơn" → yearly Bằng khen
    adv('adv-up', { thuHangCchc: byYear(9, 8, 6, 4, 3) }),
    // rank 3 → 3: not higher
    adv('adv-same', { thuHangCchc: byYear(9, 8, 6, 3, 3) }),
    // rank 3 → 4: lower
    adv('adv-down', { thuHangCchc: byYear(1, 1, 1, 3, 4) }),
    // rank better, but 99,5% of staff rated good in 2025: not "100% cá nhân"
    adv('adv-staff', {
      thuHangCchc: byYear(9, 8, 6, 4, 3),
      tyLeHoanThanhTot: byYear(100, 100, 100, 100, '99,5%'),
    }),
    // staff rates written "100%", 100, "100 %", "100,0%": all 100% → the flag
    collective('rates', each(XS), { tyLeHoanThanhTot: byYear('100%', 100, '100 %', '100,0%', 100) }),
  ]);

  it('registered one day late → not eligible, flag not-registered with the date', () => {
    const r = unit(res, 'late');
    expect([r.eligible, r.award]).toEqual([false, null]);
    expect(r.flags.map((f) => [f.code, f.message])).toEqual([
      ['not-registered', 'Không đăng ký thi đua đúng hạn (chậm nhất 30/3/2022; ngày đăng ký: 2022-03-31)'],
    ]);
    expect(Object.values(statuses(res, 'late'))).toEqual(['ineligible', 'ineligible', 'ineligible']);
  });

  it('advisory body ranked higher than the year before → yearly Bằng khen 7.020.000; same or lower rank → not met', () => {
    expect(decision(res, 'adv-up', 'bk-tinh-hang-nam-tap-the')).toMatchObject({
      status: 'granted',
      prize: 7_020_000,
    });
    for (const id of ['adv-same', 'adv-down', 'adv-staff'])
      expect([id, decision(res, id, 'bk-tinh-hang-nam-tap-the').status]).toEqual([id, 'notMet']);
  });

  it('"100%", 100, "100 %", "100,0%" all read as 100% of staff → the flag', () => {
    expect(decision(res, 'rates', 'co-thi-dua-giai-doan').status).toBe('granted');
  });
});

describe('Sở Xây dựng 609: due dates "10 ngày kể từ ngày công nhận kết quả" (mục V.2), per-year facts and rates', () => {
  // all five years xuất sắc, in the 2025 excellent group: the flag and the yearly Bằng khen, each due 10 days
  // (calendar) after the recognition date:
  //   20/02/2028 (leap year, February has 29 days) + 10 = 01/03/2028;  20/02/2026 + 10 = 02/03/2026
  //   "25/01/2026" written the Vietnamese way + 10 = 04/02/2026; registration "30/3/2022" is on the deadline
  const best = (id: string, facts: Record<string, unknown> = {}) =>
    collective(id, each(XS), { nhomXuatSac: byYear(K, K, K, K, C), ...facts });
  const UNITS = [
    best('leap', { ngayCongNhanKetQua: '2028-02-20' }),
    best('non-leap', { ngayCongNhanKetQua: '2026-02-20' }),
    best('vn-dates', { ngayCongNhanKetQua: '25/01/2026', ngayDangKy: '30/3/2022' }),
    // one key per year ("cchc_2021" …), as one sheet column per year
    best('year-keys', {
      cchc: undefined,
      cchc_2021: XS,
      cchc_2022: XS,
      cchc_2023: XS,
      cchc_2024: XS,
      cchc_2025: XS,
    }),
    // 2022 rating missing: the period awards (every year "tốt trở lên") wait; the 2025 yearly award does not
    best('no-2022', { cchc: { '2021': XS, '2023': XS, '2024': XS, '2025': XS } }),
    // staff rate 1 in every year: a plain number is a percent (note "staff-rate": 0–100), so 1% → no period award
    best('one', { tyLeHoanThanhTot: all(1) }),
  ];
  const res = run(PLAN, UNITS);
  const due = (id: string, d: string) => decision(res, id, d).dueDate;

  it('due dates across February', () => {
    expect([due('leap', 'co-thi-dua-giai-doan'), due('leap', 'bk-tinh-hang-nam-tap-the')]).toEqual([
      '2028-03-01',
      '2028-03-01',
    ]);
    expect(due('non-leap', 'co-thi-dua-giai-doan')).toBe('2026-03-02');
    expect(due('vn-dates', 'co-thi-dua-giai-doan')).toBe('2026-02-04');
  });

  it('per-year keys read like the per-year record → the flag', () => {
    expect(decision(res, 'year-keys', 'co-thi-dua-giai-doan').status).toBe('granted');
  });

  it('one year missing: period awards held (missing-fact), the yearly award of 2025 granted', () => {
    expect(statuses(res, 'no-2022')).toEqual({
      'co-thi-dua-giai-doan': 'unknown',
      'bk-tinh-giai-doan-tap-the': 'unknown',
      'bk-tinh-hang-nam-tap-the': 'granted',
    });
    expect(codes(res, 'no-2022')).toEqual(['missing-fact', 'pending-missing-data', 'pending-missing-data']);
  });

  it('staff rate 1 (= 1%) → no period award; with options.rateScale "fraction" 1 = 100% → the flag', () => {
    expect(statuses(res, 'one')['co-thi-dua-giai-doan']).toBe('notMet');
    const fractions = run(
      PLAN,
      [
        best('one', { tyLeHoanThanhTot: all(1) }),
        best('0995', { tyLeHoanThanhTot: byYear(1, 1, 1, 1, 0.995) }),
      ],
      {
        rateScale: 'fraction',
      },
    );
    expect(decision(fractions, 'one', 'co-thi-dua-giai-doan').status).toBe('granted');
    // 0,995 = 99,5% in 2025: not "100% cá nhân"
    expect(decision(fractions, '0995', 'co-thi-dua-giai-doan').status).toBe('notMet');
  });
});

// docs/targets-and-decisions.md, Decisions 3: "A condition on an optional fact that is blank reads as not met".
describe('Sở Xây dựng 609: an optional fact left blank inside the yearly condition reads as not met', () => {
  // nhomXuatSac ("Được UBND tỉnh công bố trong nhóm xuất sắc", required: false) left blank for a division that is no
  // advisory body: IV.1.2.a has neither branch → not met, with "không có số liệu". The engine holds it instead
  // only if the blank could not settle it: the condition also names required facts (soNguoiBiKyLuat, coQuanThamMuu),
  // which are known here, so the blank branch alone decides.
  const res = run(PLAN, [
    collective('no-group', each(TOT), { nhomXuatSac: undefined }),
    // advisory body with no 2024 rank (thuHangCchc optional): no improvement can be shown → not met
    collective('adv-no-2024', each(TOT), { coQuanThamMuu: C, thuHangCchc: { '2025': 3 } }),
  ]);

  it('not met, not held', () => {
    for (const id of ['no-group', 'adv-no-2024']) {
      expect(decision(res, id, 'bk-tinh-hang-nam-tap-the').status).toBe('notMet');
      expect(codes(res, id)).not.toContain('pending-missing-data');
    }
  });
});

describe('Sở Xây dựng 609: registration date left blank', () => {
  // note "registration": a date after 30/3/2022 → not considered (not-registered); a blank date is a missing value
  // (the date is required): flagged, and the awards held until it is filled in — never read as "not registered".
  const res = run(PLAN, [collective('blank-date', each(XS), { ngayDangKy: null })]);

  it('held, not refused: missing-fact on the date, each award waiting for it', () => {
    expect(codes(res, 'blank-date')).toEqual([
      'missing-fact',
      'pending-missing-data',
      'pending-missing-data',
    ]);
    expect(unit(res, 'blank-date').flags[0]).toMatchObject({ code: 'missing-fact', factId: 'ngayDangKy' });
    expect(codes(res, 'blank-date')).not.toContain('not-registered');
  });
});
