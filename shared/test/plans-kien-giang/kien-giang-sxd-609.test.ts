import { decision, score, statuses, unit } from './helpers';

const ID = 'kien-giang-sxd-609-cchc';

describe('Sở Xây dựng 609/KH-SXD — CCHC yearly and 2021–2025 (examples/kien-giang-sxd-609-cchc.input.json)', () => {
  const res = score(ID);

  it('Văn phòng Sở: tốt+ every year, 3 × xuất sắc, last year xuất sắc → Cờ thi đua (8,0 × 2.340.000), not also the period Bằng khen', () => {
    const flag = decision(res, 'phong-a', 'co-thi-dua-giai-doan');
    expect([flag.granted, flag.prize, flag.dueDate]).toEqual([true, 18_720_000, '2026-01-22']);
    expect(statuses(res, 'phong-a')['bk-tinh-giai-doan-tap-the']).toBe('superseded');
    expect(unit(res, 'phong-a').award).toMatchObject({ tier: 'co-thi-dua-giai-doan', dueDate: '2026-01-22' });
  });

  it('the period Bằng khen has a quota of 1 collective: 4 × xuất sắc ranks before 3 × xuất sắc; the other is flagged for the council', () => {
    expect(decision(res, 'phong-c', 'bk-tinh-giai-doan-tap-the').granted).toBe(true);
    const over = decision(res, 'phong-b', 'bk-tinh-giai-doan-tap-the');
    expect(over.status).toBe('overQuota');
    expect(unit(res, 'phong-b').flags.map((f) => f.code)).toContain('quota-exceeded');
    expect(res.summary.decisions!.find((d) => d.id === 'bk-tinh-giai-doan-tap-the')).toMatchObject({
      granted: ['phong-c'],
      pending: ['phong-b'],
    });
  });

  it('a tie at the quota boundary goes to the council, never to input order', () => {
    const tied = score(ID, {
      units: (u) =>
        u.map((x) =>
          x.id === 'phong-c' ? { ...x, facts: { ...x.facts, cchc: { ...x.facts.cchc, '2024': 'tốt' } } } : x,
        ),
    });
    expect([
      decision(tied, 'phong-b', 'bk-tinh-giai-doan-tap-the').status,
      decision(tied, 'phong-c', 'bk-tinh-giai-doan-tap-the').status,
    ]).toEqual(['tie', 'tie']);
    const reversed = score(ID, {
      units: (u) =>
        u
          .map((x) =>
            x.id === 'phong-c'
              ? { ...x, facts: { ...x.facts, cchc: { ...x.facts.cchc, '2024': 'tốt' } } }
              : x,
          )
          .reverse(),
    });
    expect(JSON.stringify(reversed)).toBe(JSON.stringify(tied));
  });

  it('registration after 30/3/2022 is not considered at all', () => {
    const r = unit(res, 'phong-d');
    expect(r.eligible).toBe(false);
    expect(r.flags.find((f) => f.code === 'not-registered')?.message).toBe(
      'Không đăng ký thi đua đúng hạn (chậm nhất 30/3/2022; ngày đăng ký: 2022-04-05)',
    );
    const onTime = score(ID, {
      units: (u) =>
        u.map((x) => (x.id === 'phong-d' ? { ...x, facts: { ...x.facts, ngayDangKy: '30/3/2022' } } : x)),
    });
    expect(unit(onTime, 'phong-d').eligible).toBe(true);
  });

  it('yearly: in the excellent group with no disciplined staff → Bằng khen, due 10 days after results are recognised', () => {
    const d = decision(res, 'phong-a', 'bk-tinh-hang-nam-tap-the');
    expect([d.granted, d.prize, d.dueDate]).toEqual([true, 7_020_000, '2026-01-22']);
    expect(decision(res, 'phong-e', 'bk-tinh-hang-nam-tap-the').reason).toBe(
      'Chưa đạt: Số cá nhân bị kỷ luật trong năm = 0 (năm xét)',
    );
  });

  it('yearly advisory-body rule: 100% good staff and a better rank than the year before', () => {
    const advisory = score(ID, {
      units: (u) =>
        u.map((x) =>
          x.id === 'phong-b'
            ? { ...x, facts: { ...x.facts, coQuanThamMuu: 'Có', thuHangCchc_2024: 5, thuHangCchc_2025: 3 } }
            : x,
        ),
    });
    expect(decision(advisory, 'phong-b', 'bk-tinh-hang-nam-tap-the').granted).toBe(true);
  });

  it('individuals: only in an awarded collective, 2 per collective, ordered by "handles CCHC directly" then the rating', () => {
    expect(statuses(res, 'cn-a1')['bk-tinh-hang-nam-ca-nhan']).toBe('granted');
    // cn-x names a collective that is not among the units ("phong-khong-co"): it may belong to phong-a, so it counts
    // in phong-a's quota of 2 while it waits, and ties cn-a2 for the 2nd place — cn-a2 waits with it, saying who for
    expect(statuses(res, 'cn-a2')['bk-tinh-hang-nam-ca-nhan']).toBe('unknown');
    expect(decision(res, 'cn-a2', 'bk-tinh-hang-nam-ca-nhan')).toMatchObject({ granted: false, prize: null });
    expect(decision(res, 'cn-a2', 'bk-tinh-hang-nam-ca-nhan').reason).toBe(
      'Trong chỉ tiêu số lượng nếu không tính các đối tượng còn chờ số liệu (Phạm Văn X (mã tập thể sai)); khi đủ số liệu có thể vượt chỉ tiêu — chờ xác định',
    );
    expect(unit(res, 'cn-a2').flags.map((f) => f.code)).toEqual(['quota-exceeded', 'pending-missing-data']);
    expect(res.summary.decisions!.find((d) => d.id === 'bk-tinh-hang-nam-ca-nhan')).toMatchObject({
      granted: ['cn-a1'],
      pending: ['cn-a2', 'cn-a3', 'cn-x'],
    });
    expect(statuses(res, 'cn-a3')['bk-tinh-hang-nam-ca-nhan']).toBe('overQuota');
    expect(statuses(res, 'cn-c1')['bk-tinh-hang-nam-ca-nhan']).toBe('collectiveNotAwarded');
    expect(decision(res, 'cn-a1', 'bk-tinh-hang-nam-ca-nhan').prize).toBe(3_510_000);
  });

  it('period individuals: 2 for the department, in flag or Bằng khen collectives; a pending collective keeps its staff pending', () => {
    expect(res.summary.decisions!.find((d) => d.id === 'bk-tinh-giai-doan-ca-nhan')).toMatchObject({
      granted: ['cn-a1', 'cn-c1'],
      // cn-b1 waits for its collective (phong-b, over the collective quota: for the council); cn-x for its
      // collective's code to be mended
      pending: ['cn-a2', 'cn-a3', 'cn-b1', 'cn-x'],
    });
    expect(statuses(res, 'cn-b1')['bk-tinh-giai-doan-ca-nhan']).toBe('collectivePending');
  });

  it('an individual whose collective is not among the units is flagged, and waits', () => {
    expect(unit(res, 'cn-x').flags.map((f) => f.code)).toContain('unknown-collective');
    expect(statuses(res, 'cn-x')['bk-tinh-giai-doan-ca-nhan']).toBe('unknown');
  });

  it('per-year facts read the same from { "2021": … } and from one key per year (cchc_2021)', () => {
    const flat = score(ID, {
      units: (u) =>
        u.map((x) => {
          if (x.id !== 'phong-a') return x;
          const { cchc, ...rest } = x.facts;
          return {
            ...x,
            facts: { ...rest, ...Object.fromEntries(Object.entries(cchc).map(([y, v]) => [`cchc_${y}`, v])) },
          };
        }),
    });
    expect(unit(flat, 'phong-a').decisions).toEqual(unit(res, 'phong-a').decisions);
  });

  it('a missing year is flagged and leaves the period decision undecided', () => {
    const gap = score(ID, {
      units: (u) =>
        u.map((x) =>
          x.id === 'phong-a' ? { ...x, facts: { ...x.facts, cchc: { ...x.facts.cchc, '2022': '' } } } : x,
        ),
    });
    const r = unit(gap, 'phong-a');
    expect(r.incomplete).toBe(true);
    expect(r.flags.find((f) => f.code === 'missing-fact' && f.factId === 'cchc')).toBeTruthy();
    expect(decision(gap, 'phong-a', 'co-thi-dua-giai-doan').status).toBe('unknown');
  });

  it('reviewYear 2024: period decisions wait for 2025; yearly ones use 2024', () => {
    const y24 = score(ID, { plan: (doc) => (doc.awards.reviewYear = 2024) });
    expect(decision(y24, 'phong-a', 'co-thi-dua-giai-doan').status).toBe('notThisRound');
    expect(decision(y24, 'phong-a', 'bk-tinh-hang-nam-tap-the').status).toBe('notMet'); // not in the 2024 excellent group
  });
});
