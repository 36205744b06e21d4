import { render, say, type ParamsOf } from '../../src/messages';
import { DECISION_PHRASES, type OrderKeyLabel } from '../../src/messages/decisions';
import { READING_PHRASES } from '../../src/messages/reading';
import { TARGET_PHRASES } from '../../src/messages/targets';
import { compareKeys } from '../../src/engine/decisions/order-keys';

type Codes = keyof typeof DECISION_PHRASES | keyof typeof TARGET_PHRASES | keyof typeof READING_PHRASES;

const decision = { vi: 'Bằng khen của Chủ tịch UBND tỉnh', en: "Provincial chairman's certificate" };
const keys: OrderKeyLabel[] = [
  { total: true },
  { label: { vi: 'Xếp loại CCHC', en: 'CCHC rating' }, dir: '↓', countYears: { op: '=', value: 'xuất sắc' } },
  { label: { vi: 'Xếp loại CCHC', en: 'CCHC rating' }, dir: '↓', years: 'last' },
  { label: { vi: 'Ngày đăng ký' }, dir: '↑' },
];
const targets = {
  how: 'met',
  good: 3,
  total: 5,
  strict: true,
  ratio: 1.2,
  mean: 0,
  need: 4,
  failing: ['a.2', 'b.1'],
  missing: 1,
} as const;

/** One message of every phrase these catalogues add (the type makes the list complete). */
const SAMPLES: { [C in Codes]: ParamsOf<C> } = {
  'decision.targets': targets,
  'decision.no-targets': {},
  'decision.condition-no-data': { condition: 'Đóng góp ≥ 2' },
  'decision.min-total': { total: 85.5, min: 80 },
  'decision.min-total-open': { total: 75, high: 85, min: 80, missing: 'tiêu chí 5' },
  'decision.justification': {},
  'decision.justification-missing': { decision },
  'decision.not-this-round': { years: [2025] },
  'decision.not-considered': {},
  'decision.standards-not-met': {},
  'decision.conditions-of': { name: 'Cờ thi đua', id: 'co-thi-dua' },
  'decision.not-met': { reasons: ['a', 'b'] },
  'decision.superseded': { higher: decision },
  'decision.standards-unknown': {},
  'decision.waiting-data': { missing: '', why: 'x' },
  'decision.waiting-higher': { higher: decision },
  'decision.collective-unknown': { collective: 'so-xd' },
  'collective.missing': {},
  'collective.self': { collective: 'cn-a1' },
  'collective.not-collective': { collective: 'cn-b1', kind: 'household' },
  'collective.of-collective': { collective: 'phong-a' },
  'decision.collective-pending': { collective: 'Sở Xây dựng', awards: 'Cờ thi đua' },
  'decision.collective-not-awarded': { collective: 'Sở Xây dựng', awards: 'Cờ thi đua' },
  'decision.quota-tie': { quota: 1, scope: { plan: true }, keys, count: 2 },
  'decision.over-quota': { quota: 2, scope: { collective: 'so-xd' }, keys: [], place: 3 },
  'decision.quota-not-final': { waiting: 'Sở A, Sở B' },
  'decision.prize-needs-date': { decision },
  'decision.prize-unverified': { decision, coefficient: 1.5, basis: 'Nghị định 152/2025' },
  'decision.due-past-9999': { decision, from: '9999-12-28', days: 10 },
  'decision.due-fact-missing': { decision, label: 'Ngày công nhận', fact: 'ngayCongNhan' },
  'decision.about': { decision, text: '…' },
  'decision.block-dissolved': {
    block: { vi: 'UBND các huyện', en: 'District committees' },
    on: '2025-07-01',
    date: '2025-12-31',
    basis: { vi: 'cấp huyện chấm dứt hoạt động' },
  },
  'decision.block-dissolved-no-date': {
    block: { vi: 'UBND các huyện' },
    on: '2025-07-01',
    basis: { vi: 'cấp huyện chấm dứt hoạt động' },
  },
  'decision.held-dissolved': { on: '2025-07-01' },
  'target.line': {
    number: 'a.1',
    title: { vi: 'Tỷ lệ hồ sơ trực tuyến' },
    unit: '%',
    comparison: 'atLeast',
    target: 80,
    outcome: { status: 'ok', value: 85.5, met: true, ratio: 1.0688 },
  },
  'target.too-large': { value: 1e16 },
  'reading.empty': {},
  'reading.ambiguous-scale': {},
  'reading.invalid': {},
  'reading.not-on-scale': { raw: 'khá', scale: ['tốt', 'xuất sắc'] },
  'reading.points-out-of-range': { points: 12, max: 10 },
  'reading.points-two-ways': { raw: '1.250', readings: [1250, 1.25], max: 10 },
  'reading.points-other-scale': { raw: '4/5', of: 5, max: 10 },
};

const both = <C extends Codes>(code: C) => {
  const message = { code, params: SAMPLES[code] } as ReturnType<typeof say>;
  return [render(message, 'vi'), render(message, 'en')];
};

describe('decision, target and reading phrases', () => {
  it.each(Object.keys(SAMPLES) as Codes[])('%s says something, and something else in English', (code) => {
    const [vi, en] = both(code);
    expect(vi.length).toBeGreaterThan(0);
    expect(en.length).toBeGreaterThan(0);
    expect(vi).not.toBe(en);
  });

  it('a target requirement counts, says how many are needed, which are not reached and what is missing', () => {
    expect(both('decision.targets')).toEqual([
      'đạt 3/5 chỉ tiêu (cần 4); chưa đạt: a.2, b.1; thiếu số liệu 1 chỉ tiêu',
      '3/5 targets met (needs 4); not reached: a.2, b.1; 1 targets missing',
    ]);
    const exceeded = { ...targets, how: 'exceeded', need: null, failing: [], missing: 0 } as const;
    expect(render(say('decision.targets', exceeded), 'vi')).toBe(
      'vượt 3/5 chỉ tiêu (giá trị/mục tiêu > 1,20)',
    );
    const mean = { ...exceeded, how: 'mean', strict: false, mean: 1.25 } as const;
    expect(render(say('decision.targets', mean), 'en')).toBe('mean ratio 1.25 / needs ≥ 1.20');
  });

  it('a tie at a quota names every order key the way the plan orders by', () => {
    expect(both('decision.quota-tie')).toEqual([
      '2 đối tượng đồng hạng ở ranh giới chỉ tiêu 1 của kế hoạch (xếp theo tổng điểm; Xếp loại CCHC: số năm = xuất sắc ↓; Xếp loại CCHC (năm cuối) ↓; Ngày đăng ký ↑) — đề nghị Hội đồng TĐKT quyết định',
      '2 tied at the quota boundary of 1 of the plan (ordered by total; CCHC rating: years with = xuất sắc ↓; CCHC rating (last year) ↓; Ngày đăng ký ↑) — for the council',
    ]);
    expect(both('decision.over-quota')[0]).toBe(
      'Vượt chỉ tiêu 2 của tập thể so-xd: xếp thứ 3 theo (kế hoạch không có khóa xếp thứ tự) — đề nghị Hội đồng TĐKT xem xét',
    );
  });

  it("a target's line gives the value, the goal and the ratio, or why it is undetermined", () => {
    expect(both('target.line')).toEqual([
      "Chỉ tiêu a.1 'Tỷ lệ hồ sơ trực tuyến': 85,5% / mục tiêu ≥80% → đạt (tỷ lệ 1,07)",
      "Target a.1 'Tỷ lệ hồ sơ trực tuyến': 85.5% / target ≥80% → met (ratio 1.07)",
    ]);
    const yesNo = {
      ...SAMPLES['target.line'],
      title: { vi: 'Có cổng dịch vụ công', en: 'Has a public service portal' },
      unit: 'yesNo',
      outcome: { status: 'ambiguous' },
    } as const;
    expect(render(say('target.line', yesNo), 'en')).toBe(
      "Target a.1 'Has a public service portal': percent or fraction unclear / target: Yes → undetermined",
    );
  });

  it('an English name the plan leaves out reads as the Vietnamese one', () => {
    expect(render(say('decision.superseded', { higher: { vi: 'Cờ thi đua' } }), 'en')).toBe(
      'Already proposed for "Cờ thi đua" (higher); only the higher one is given',
    );
  });
});

describe('order keys', () => {
  const desc = [{ order: 'desc' as const }];
  const asc = [{ order: 'asc' as const }];

  it('orders by each key in its direction, the next key only on equal values', () => {
    expect(compareKeys(desc, [2], [1])).toBeLessThan(0);
    expect(compareKeys(asc, [2], [1])).toBeGreaterThan(0);
    expect(compareKeys([...desc, ...asc], [1, 5], [1, 3])).toBeGreaterThan(0);
    expect(compareKeys(desc, [1], [1])).toBe(0);
  });

  it('puts a value not known last, whatever the direction', () => {
    for (const keys of [desc, asc]) {
      expect(compareKeys(keys, [NaN], [1])).toBeGreaterThan(0);
      expect(compareKeys(keys, [1], [NaN])).toBeLessThan(0);
      expect(compareKeys(keys, [NaN], [NaN])).toBe(0);
    }
  });
});
