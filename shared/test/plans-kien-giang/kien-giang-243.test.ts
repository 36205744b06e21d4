import { targetExceeded } from '../../src/engine/targets';
import { TargetRulesSchema, TargetSchema } from '../../src/plan/schema';
import { builtInPlan } from '../../src/plans';
import { decision, example, score, statuses, unit } from './helpers';

const P23 = 'kien-giang-243-2023';
const P25 = 'kien-giang-243-2025';

describe('Kiên Giang 243/KH-UBND: the targets as data', () => {
  it.each([P23, P25])(
    '%s ships 29 targets (26 bullets, the e-document bullet split in four) with comparison, unit and subject types',
    (id) => {
      const plan = builtInPlan(id)!.plan;
      const targets = plan.targets ?? [];
      expect(targets).toHaveLength(29);
      expect(targets.every((t) => t.unit === '%' && t.appliesTo && t.appliesTo.length > 0)).toBe(true);
      expect(targets.filter((t) => t.group === 'kinh-te-so')).toHaveLength(8);
      expect(targets.filter((t) => t.group === 'xa-hoi-so')).toHaveLength(10);
      expect(plan.notes.map((n) => n.id)).toEqual(
        expect.arrayContaining(['exceed', 'completion', 'target-split', 'target-typo']),
      );
    },
  );

  it('2023 → 2025 values: dossiers fully online ≥60 → ≥80, e-commerce >8 → >10, schools 70 → 70', () => {
    const t = (id: string, tid: string) => builtInPlan(id)!.plan.targets!.find((x) => x.id === tid)!;
    expect([t(P23, 'cqs-02').target, t(P25, 'cqs-02').target, t(P23, 'cqs-02').comparison]).toEqual([
      60,
      80,
      'atLeast',
    ]);
    expect([t(P23, 'kts-03').target, t(P25, 'kts-03').target, t(P23, 'kts-03').comparison]).toEqual([
      8,
      10,
      'moreThan',
    ]);
    expect([t(P23, 'xhs-10').target, t(P25, 'xhs-10').target]).toEqual([70, 70]);
  });

  it('communes are measured on the list of IV.3.2.2c (11 targets), districts on 28, departments on 9', () => {
    const res = score(P23);
    expect(unit(res, 'xa-c').targets).toHaveLength(11);
    expect(unit(res, 'huyen-a').targets).toHaveLength(28);
    expect(unit(res, 'so-e').targets).toHaveLength(9);
    expect(unit(res, 'dn-f').targets).toEqual([]);
  });
});

describe('Kiên Giang 243 — sơ kết 2023 (examples/kien-giang-243-2023.input.json, hand-computed)', () => {
  const res = score(P23);

  it('reports each target: value, target, met, ratio, in Vietnamese', () => {
    const t = unit(res, 'huyen-a').targets!.find((x) => x.id === 'cqs-02')!;
    expect([t.value, t.target, t.met, t.ratio, t.exceeded]).toEqual([75, 60, true, 1.25, true]);
    expect(t.explanation).toBe(
      "Chỉ tiêu a.2 'Tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến': 75% / mục tiêu ≥60% → đạt (tỷ lệ 1,25)",
    );
    const en = score(P23, { options: { lang: 'en' } });
    expect(unit(en, 'huyen-a').targets!.find((x) => x.id === 'cqs-02')!.explanation).toBe(
      "Target a.2 'Dossiers processed fully online': 75% / target ≥60% → met (ratio 1.25)",
    );
  });

  it('Huyện A: every applicable target above 1,2 × target (100% targets met; a.6 huyện 95/90 cannot reach 108%) → proposal for the PM Bằng khen, 2 sets', () => {
    const d = decision(res, 'huyen-a', 'bk-thu-tuong-so-ket-2023');
    expect([d.granted, d.dossierSets]).toEqual([true, 2]);
    expect(d.reason).toMatch(/vượt 28\/28 chỉ tiêu/);
    // collective: 3,5 × 2 under NĐ 91/2017 (unverified) × 1.800.000 = 12.600.000
    expect([d.prize, d.prizeBasis?.verified]).toEqual([12_600_000, false]);
    expect(unit(res, 'huyen-a').flags.map((f) => f.code)).toContain('prize-unverified');
    expect(statuses(res, 'huyen-a')['bk-tinh-so-ket-2023']).toBe('superseded');
    expect(unit(res, 'huyen-a').award).toMatchObject({
      tier: 'bk-thu-tuong-so-ket-2023',
      dossierSets: 2,
      prize: 12_600_000,
    });
  });

  it('Huyện B: b.1 at 14,4% is exactly 1,2 × 12% — not "more than 20%" → provincial Bằng khen, 1 set', () => {
    const ttg = decision(res, 'huyen-b', 'bk-thu-tuong-so-ket-2023');
    expect(ttg.status).toBe('notMet');
    expect(ttg.reason).toBe('Chưa đạt: vượt 27/28 chỉ tiêu (giá trị/mục tiêu > 1,20); chưa đạt: b.1');
    const bk = decision(res, 'huyen-b', 'bk-tinh-so-ket-2023');
    expect([bk.granted, bk.dossierSets, bk.prize]).toEqual([true, 1, 3_600_000]);
  });

  it('Xã C: every commune target met exactly → provincial Bằng khen; the yearly "xuất sắc" one is not added on top', () => {
    expect(statuses(res, 'xa-c')).toEqual({
      'bk-thu-tuong-so-ket-2023': 'notMet',
      'bk-tinh-so-ket-2023': 'granted',
      'bk-tinh-hang-nam-xuat-sac': 'superseded',
      'bk-tinh-dong-gop': 'notMet',
    });
  });

  it('Xã D: "trên 60%" digital-skills training at exactly 60% is not met → no award', () => {
    const d = decision(res, 'xa-d', 'bk-tinh-so-ket-2023');
    expect(d.reason).toBe('Chưa đạt: đạt 10/11 chỉ tiêu; chưa đạt: c.3');
    expect(unit(res, 'xa-d').award).toBeNull();
  });

  it('Sở E: a reprimand (khiển trách) fails the general standard → no decision is granted', () => {
    const r = unit(res, 'so-e');
    expect(r.eligible).toBe(false);
    expect(r.flags.map((f) => f.code)).toContain('standard-discipline');
    expect(new Set(Object.values(statuses(res, 'so-e')))).toEqual(new Set(['ineligible']));
  });

  it('Doanh nghiệp F: no targets, specific standards met → provincial Bằng khen (collective 3.600.000)', () => {
    expect(decision(res, 'dn-f', 'bk-tinh-so-ket-2023').prize).toBe(3_600_000);
  });

  it('contribution Bằng khen: the norm is a parameter; unset → cannot decide; 50.000.000 → granted; 70.000.000 → not', () => {
    expect(decision(res, 'dn-f', 'bk-tinh-dong-gop').status).toBe('unknown');
    const setNorm = (v: number) =>
      score(P23, { plan: (doc) => (doc.parameters[0].value = v), options: { decisionDate: '2025-07-01' } });
    const granted = decision(setNorm(50_000_000), 'dn-f', 'bk-tinh-dong-gop');
    expect([granted.granted, granted.prize]).toEqual([true, 7_020_000]);
    expect(decision(setNorm(70_000_000), 'dn-f', 'bk-tinh-dong-gop').status).toBe('notMet');
  });

  it('an individual with a recognised initiative: provincial Bằng khen, individual amount (1,0 × 1.800.000)', () => {
    expect(decision(res, 'ca-nhan-g', 'bk-tinh-so-ket-2023').prize).toBe(1_800_000);
    expect(unit(res, 'ca-nhan-g').kind).toBe('individual');
  });

  it('options.decisionDate moves the prize to the law in force that day (NĐ 152/2025, 2.340.000)', () => {
    const later = score(P23, { options: { decisionDate: '2025-07-01' } });
    const d = decision(later, 'huyen-a', 'bk-thu-tuong-so-ket-2023');
    expect([d.prize, d.prizeBasis?.verified, d.prizeBasis?.coefficient]).toEqual([16_380_000, true, 7]);
  });

  it('summary: who is proposed per decision and the prize total', () => {
    const s = res.summary.decisions!;
    expect(s.find((d) => d.id === 'bk-thu-tuong-so-ket-2023')!.granted).toEqual(['huyen-a']);
    expect(s.find((d) => d.id === 'bk-tinh-so-ket-2023')!.granted).toEqual([
      'ca-nhan-g',
      'dn-f',
      'huyen-b',
      'xa-c',
    ]);
    expect(res.summary.prizeFundUsed).toBe(12_600_000 + 3 * 3_600_000 + 1_800_000);
  });

  it('the same request in any unit order gives identical results', () => {
    const reversed = score(P23, { units: (u) => [...u].reverse() });
    expect(JSON.stringify(reversed)).toBe(JSON.stringify(res));
  });

  it('"more than 20%" is editable: countsAtCeiling makes 100%-capped targets need 100% (Huyện A: a.6 huyện at 95% fails)', () => {
    const strict = score(P23, { plan: (doc) => (doc.targetRules.unreachable = 'countsAtCeiling') });
    expect(decision(strict, 'huyen-a', 'bk-thu-tuong-so-ket-2023').reason).toMatch(
      /chưa đạt: a\.6 \(huyện\)/,
    );
  });

  it('"more than 20%" on average (aggregate: average): Huyện B passes on its mean ratio although b.1 is exactly 1,2', () => {
    const mean = score(P23, { plan: (doc) => (doc.targetRules.aggregate = 'average') });
    const applicable = unit(res, 'huyen-b').targets!;
    const ratios = applicable.map((t) => t.ratio!);
    const average = ratios.reduce((a, b) => a + b, 0) / ratios.length;
    expect(ratios.length).toBe(28);
    expect(average).toBeGreaterThan(1.2);
    const d = decision(mean, 'huyen-b', 'bk-thu-tuong-so-ket-2023');
    expect(d.granted).toBe(true);
    expect(d.reason).toContain(`tỷ lệ bình quân ${average.toFixed(2).replace('.', ',')} / cần > 1,20`);
    // the same mean against a higher bar fails, and a missing value leaves it undecided
    const higher = score(P23, {
      plan: (doc) => {
        doc.targetRules.aggregate = 'average';
        doc.targetRules.exceedRatio = Math.ceil(average * 100) / 100;
      },
    });
    expect(decision(higher, 'huyen-b', 'bk-thu-tuong-so-ket-2023').status).toBe('notMet');
    const gap = score(P23, {
      plan: (doc) => (doc.targetRules.aggregate = 'average'),
      units: (u) =>
        u.map((x) => (x.id === 'huyen-b' ? { ...x, values: { ...x.values, [applicable[0].id]: '' } } : x)),
    });
    expect(decision(gap, 'huyen-b', 'bk-thu-tuong-so-ket-2023').status).toBe('unknown');
  });

  it('completion share is editable: minShare 0,9 lets Xã D (10/11) complete', () => {
    const loose = score(P23, {
      plan: (doc) =>
        (doc.awards.decisions.find((d: { id: string }) => d.id === 'bk-tinh-so-ket-2023').targets.minShare =
          0.9),
    });
    expect(decision(loose, 'xa-d', 'bk-tinh-so-ket-2023').granted).toBe(true);
  });

  it('a missing target value leaves the decision undecided and the unit incomplete, never a silent zero', () => {
    const missing = score(P23, {
      units: (u) => u.map((x) => (x.id === 'xa-c' ? { ...x, values: { ...x.values, 'xhs-08': '' } } : x)),
    });
    const r = unit(missing, 'xa-c');
    expect(r.incomplete).toBe(true);
    expect(r.targets!.find((t) => t.id === 'xhs-08')).toMatchObject({
      status: 'missing',
      value: null,
      met: null,
    });
    expect(decision(missing, 'xa-c', 'bk-tinh-so-ket-2023').status).toBe('unknown');
  });
});

describe('how "exceeds by more than 20%" reads one target', () => {
  const rules = TargetRulesSchema.parse({});
  const target = (t: number, comparison: 'atLeast' | 'moreThan' = 'atLeast') =>
    TargetSchema.parse({ id: 'x', number: '1', title: 'x', target: t, comparison });
  it.each([
    [60, 72, false, false],
    [60, 72.1, true, false],
    [90, 90, true, true], // 108% is out of reach: counts when met
    [90, 89.9, false, true],
    [100, 100, true, true],
    [83, 99.6, false, false], // 1,2 × 83 = 99,6 is reachable: needs more than 99,6
  ])('target %p, value %p → exceeded %p (unreachable %p)', (t, v, exceeded, unreachable) => {
    expect(targetExceeded(v, target(t), rules)).toEqual({ exceeded, unreachable });
  });
});

describe('Kiên Giang 243 — tổng kết 2025 (examples/kien-giang-243-2025.input.json, hand-computed)', () => {
  const res = score(P25);

  // The district block ends on 01/7/2025 (blocks[huyen].dissolved): at the plan's date 31/12/2025 each district's
  // form is held for the council (awaitingVote, flag block-dissolved); the hand-computed amounts are pending, not paid.
  const summaryOf = (id: string) => res.summary.decisions?.find((d) => d.id === id);
  const held = (id: string) => {
    expect(unit(res, id).award).toBeNull();
    const flag = unit(res, id).flags.find((f) => f.code === 'block-dissolved');
    expect(flag?.message).toContain('không còn tồn tại từ ngày 01/7/2025');
    expect(flag?.message).toContain('Hội đồng TĐKT cần xác định đơn vị kế thừa');
  };

  it('Huyện A: 2025 targets met and recognised as exemplary → Labour Order 3rd class held, 3 sets, collective 9,0 × 2.340.000 = 21.060.000 pending', () => {
    const d = decision(res, 'huyen-a', 'hcld-hang-ba-tong-ket-2025');
    expect([d.status, d.granted, d.dossierSets, d.prize]).toEqual(['awaitingVote', false, 3, null]);
    held('huyen-a');
    expect(summaryOf('hcld-hang-ba-tong-ket-2025')).toMatchObject({
      granted: [],
      pending: ['huyen-a'],
      prizeTotal: 0,
      prizePending: 21_060_000,
    });
    expect(statuses(res, 'huyen-a')['bk-tinh-tong-ket-2025']).toBe('superseded');
    // signed the day before the district level ended, the same amount is granted and verified
    const before = decision(
      score(P25, { options: { decisionDate: '2025-06-30' } }),
      'huyen-a',
      'hcld-hang-ba-tong-ket-2025',
    );
    expect([before.granted, before.prize, before.prizeBasis?.verified]).toEqual([true, 21_060_000, true]);
  });

  it('Huyện B: targets met exactly, not exemplary → provincial Bằng khen held, 1,5 × 2 × 2.340.000 = 7.020.000 pending', () => {
    expect(statuses(res, 'huyen-b')).toMatchObject({
      'hcld-hang-ba-tong-ket-2025': 'notMet',
      'bk-thu-tuong-tong-ket-2025': 'notMet',
      'bk-tinh-tong-ket-2025': 'awaitingVote',
    });
    held('huyen-b');
    expect(decision(res, 'huyen-b', 'bk-tinh-tong-ket-2025').prize).toBeNull();
    // the household's 5.270.000 is paid; the district's 7.020.000 waits
    expect(summaryOf('bk-tinh-tong-ket-2025')).toMatchObject({
      granted: ['ho-h'],
      pending: ['huyen-b'],
      prizeTotal: 5_270_000,
      prizePending: 7_020_000,
    });
  });

  it('Huyện C: every target exceeded ("vượt mức", value/target > 1; 100% targets met) → PM Bằng khen held, 16.380.000 pending, 2 sets', () => {
    const d = decision(res, 'huyen-c', 'bk-thu-tuong-tong-ket-2025');
    expect([d.status, d.granted, d.prize, d.dossierSets]).toEqual(['awaitingVote', false, null, 2]);
    held('huyen-c');
    expect(summaryOf('bk-thu-tuong-tong-ket-2025')).toMatchObject({
      granted: [],
      pending: ['huyen-c'],
      prizeTotal: 0,
      prizePending: 16_380_000,
    });
  });

  it('a household with many contributions: provincial Bằng khen × 1,5 (5.265.000 → 5.270.000)', () => {
    const d = decision(res, 'ho-h', 'bk-tinh-tong-ket-2025');
    expect([d.prize, d.prizeInWords]).toEqual([5_270_000, 'Năm triệu hai trăm bảy mươi nghìn đồng']);
    expect(unit(res, 'ho-h').kind).toBe('household');
  });

  it('the sample request is valid as sent to the API', () => {
    expect(example(P25).plan).toBe(P25);
  });
});
