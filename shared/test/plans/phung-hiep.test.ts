import { readFileSync } from 'fs';
import { join } from 'path';
import { scoreRequest } from '../../src/api/score-request';
import { planHash } from '../../src/engine/compile';
import { planJsonSchema } from '../../src/plan/json-schema';
import { parsePlan } from '../../src/plan/validate';
import { builtInPlan, builtInPlanDocument, builtInPlanIds } from '../../src/plans';

const example = (id: string) =>
  JSON.parse(readFileSync(join(__dirname, '../../../examples', `${id}.input.json`), 'utf8'));

describe('built-in Phụng Hiệp 2023 plans', () => {
  it.each([
    ['phung-hiep-2023-xa', 24, 200, 26_000_000],
    ['phung-hiep-2023-phong-ban', 16, 100, 12_000_000],
  ])(
    '%s has %i criteria tc01… in order, a default scale summing to %i, and the prize fund as written',
    (id, count, max, fund) => {
      const compiled = builtInPlan(id);
      expect(compiled).toBeDefined();
      const plan = compiled!.plan;
      expect(plan.criteria.map((c) => c.id)).toEqual(
        Array.from({ length: count }, (_, i) => `tc${String(i + 1).padStart(2, '0')}`),
      );
      expect(plan.criteria.map((c) => c.number)).toEqual(
        Array.from({ length: count }, (_, i) => String(i + 1)),
      );
      expect(compiled!.maxTotal).toBe(max);
      expect(plan.blocks[0].prizeFund).toBe(fund);
      const paid = plan.awards.tiers.reduce((s, t) => s + (t.prize ?? 0) * t.count, 0);
      expect(paid).toBe(fund);
      expect(plan.notes.find((n) => n.id === 'default-scale')?.reading).toContain('MẶC ĐỊNH');
    },
  );

  it('communes: tiers, bands, prizes, bonus points and commendations exactly as the document', () => {
    const tiers = builtInPlan('phung-hiep-2023-xa')!.plan.awards.tiers.map((t) => [
      t.name,
      t.count,
      t.minTotal,
      t.maxTotal,
      t.prize,
      t.bonusPoints,
      t.certificates,
    ]);
    expect(tiers).toEqual([
      ['Giải Nhất', 1, 180, undefined, 10_000_000, 10, 10],
      ['Giải Nhì', 1, 180, undefined, 7_000_000, 7, 7],
      ['Giải Ba', 1, 180, undefined, 5_000_000, 6, 5],
      ['Giải Khuyến khích', 2, 160, 180, 2_000_000, 2, 3],
    ]);
    expect(builtInPlan('phung-hiep-2023-xa')!.plan.awards.others).toEqual({
      certificates: 2,
      includeExcluded: false,
    });
  });

  it('departments: the encouragement band has no money in the document, so none is invented', () => {
    const plan = builtInPlan('phung-hiep-2023-phong-ban')!.plan;
    expect(plan.awards.tiers.map((t) => [t.id, t.minTotal, t.prize])).toEqual([
      ['giai-nhat', 85, 5_000_000],
      ['giai-nhi', 85, 4_000_000],
      ['giai-ba', 85, 3_000_000],
      ['giai-khuyen-khich', 70, null],
    ]);
    expect(plan.notes.map((n) => n.id)).toContain('encouragement-money');
  });

  it('every ambiguity of the digest is a note pointing at an editable parameter', () => {
    const ids = builtInPlan('phung-hiep-2023-xa')!.plan.notes.map((n) => n.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'default-scale',
        'above-band',
        'ties',
        'others-excluded',
        'late-report',
        'late-dossiers',
      ]),
    );
  });

  it('the plan hash is stable and changes when a rule changes', () => {
    const doc = builtInPlanDocument('phung-hiep-2023-xa') as Record<string, unknown>;
    const a = parsePlan(doc);
    const b = parsePlan(JSON.parse(JSON.stringify(doc)));
    if (!a.ok || !b.ok) throw new Error('plan invalid');
    expect(planHash(a.plan)).toBe(planHash(b.plan));
    expect(planHash(a.plan)).toMatch(/^sha256:[0-9a-f]{64}$/);
    const edited = JSON.parse(JSON.stringify(doc));
    edited.criteria[7].maxPoints = 11;
    edited.criteria[8].maxPoints = 7;
    const c = parsePlan(edited);
    if (!c.ok) throw new Error('edited plan invalid');
    expect(planHash(c.plan)).not.toBe(planHash(a.plan));
  });

  it('the committed JSON Schema is the one generated from the zod schema (run npm run schema)', () => {
    const committed = JSON.parse(readFileSync(join(__dirname, '../../schema/plan.schema.json'), 'utf8'));
    expect(committed).toEqual(planJsonSchema());
  });

  it('lists exactly the shipped plans', () => {
    expect(builtInPlanIds()).toEqual(
      expect.arrayContaining(['phung-hiep-2023-xa', 'phung-hiep-2023-phong-ban']),
    );
  });
});

/** The communes example with the plan's rule for missing values set to `rule` (the plan's default is 'hold'). */
function communes(rule?: 'hold' | 'zero') {
  const body = example('phung-hiep-2023-xa');
  if (rule) {
    const plan = JSON.parse(JSON.stringify(builtInPlanDocument('phung-hiep-2023-xa'))) as {
      awards: Record<string, unknown>;
    };
    plan.awards.missingValues = rule;
    body.plan = plan;
  }
  const out = scoreRequest({ ...body, options: { ...body.options, explain: 'full' } });
  if (!out.ok) throw new Error(JSON.stringify(out.problems));
  return { out, by: Object.fromEntries(out.response.results.map((r) => [r.unitId, r])) };
}

describe('the sample data of the communes block (hand-computed)', () => {
  const { out, by } = communes();

  it('Thị trấn Cây Dương: 200 − 0,32 (tc06 96% of 100% × 8) − 1 (tc22 32 × 0,25 of 9) = 198,68, first', () => {
    expect(by['tt-cay-duong'].criteria?.find((c) => c.id === 'tc06')?.points).toBe(7.68);
    expect(by['tt-cay-duong'].criteria?.find((c) => c.id === 'tc22')?.points).toBe(8);
    expect(by['tt-cay-duong'].total).toBe(198.68);
    expect(by['tt-cay-duong'].rank).toBe(1);
  });
  it('Xã Hiệp Hưng (170 with tc08 missing, tc13 and tc20 unreadable) could reach 200: every prize waits for its values', () => {
    // 170 + 10 (tc08) + 10 (tc13) + 10 (tc20) = 200 at best: first, or tied for first, so no place is final yet
    expect(by['xa-hiep-hung'].total).toBe(170);
    expect(by['xa-hiep-hung'].pendingTiers).toEqual([
      'giai-nhat',
      'giai-nhi',
      'giai-ba',
      'giai-khuyen-khich',
    ]);
    const own = by['xa-hiep-hung'].flags.find((f) => f.code === 'pending-missing-data');
    expect(own?.missing).toEqual(['tc08', 'tc13', 'tc20']);
    expect(own?.message).toContain('tiêu chí 8, 13, 20');
    for (const id of ['tt-cay-duong', 'tt-kinh-cung', 'xa-tan-binh', 'tt-bung-tau']) {
      expect([id, by[id].award]).toEqual([id, null]);
      const flag = by[id].flags.find((f) => f.code === 'pending-missing-data');
      expect(flag?.heldBy).toContain('xa-hiep-hung');
      expect(flag?.message).toContain('Xã Hiệp Hưng');
    }
    // Cây Dương (198,68) can only drop to second; Tân Bình (191,3) to encouragement
    expect(by['tt-cay-duong'].pendingTiers).toEqual(['giai-nhat', 'giai-nhi']);
    expect(by['xa-tan-binh'].pendingTiers).toEqual(['giai-ba', 'giai-khuyen-khich']);
    const summary = out.response.summary;
    expect(summary.prizeFundUsed).toBe(0);
    // 10 + 7 + 5 + 2 × 2 million: nothing is final
    expect(summary.prizeFundPending).toBe(26_000_000);
    expect(summary.blocks[0].tiers.map((t) => [t.tier, t.awarded, t.held])).toEqual([
      ['giai-nhat', [], 1],
      ['giai-nhi', [], 1],
      ['giai-ba', [], 1],
      ['giai-khuyen-khich', [], 2],
    ]);
    expect(summary.blocks[0].heldForData.map((h) => [h.unitId, h.missing])).toEqual([
      ['xa-hiep-hung', ['tc08', 'tc13', 'tc20']],
      ['xa-phuong-phu', ['reportDelayMaxDays']],
    ]);
  });
  it('Xã Bình Thành and Xã Thạnh Hòa: the same data in different formats tie on 170,3', () => {
    expect(by['xa-binh-thanh'].total).toBe(170.3);
    expect(by['xa-thanh-hoa'].total).toBe(170.3);
    expect(by['xa-binh-thanh'].pendingTiers).toEqual(['giai-khuyen-khich']);
    expect(out.response.summary.blocks[0].ties).toHaveLength(1);
  });
  it('Xã Hòa An (3 late dossiers in a month) and Xã Phương Bình (report 5 days late) are not considered', () => {
    expect(by['xa-hoa-an'].flags.map((f) => f.code)).toEqual(['excluded-late-dossiers']);
    expect(by['xa-hoa-an'].reasons[0]).toContain('có 3 hồ sơ TTHC');
    expect(by['xa-phuong-binh'].flags.map((f) => f.code)).toEqual(['excluded-late-report']);
    expect(by['xa-hoa-an'].certificates).toBe(0);
  });
  it('Xã Hiệp Hưng: a missing rate and two unreadable cells are flagged, not zeroed silently', () => {
    const codes = by['xa-hiep-hung'].flags.map((f) => `${f.code}:${f.criterionId ?? ''}`);
    expect(codes).toEqual([
      'missing-value:tc08',
      'invalid-value:tc13',
      'invalid-value:tc20',
      'pending-missing-data:',
    ]);
    expect(by['xa-hiep-hung'].incomplete).toBe(true);
  });
  it('summary: counts', () => {
    expect(out.response.summary).toMatchObject({ units: 15, excluded: 2, ineligible: 3, held: 8 });
  });
});

describe('the communes sample with missing values scored 0 (awards.missingValues: zero)', () => {
  const { out, by } = communes('zero');

  it('Thị trấn Cây Dương → Giải Nhất; the explanation of a missing value says it is scored 0 by the plan', () => {
    expect(by['tt-cay-duong'].award).toMatchObject({
      tier: 'giai-nhat',
      prize: 10_000_000,
      bonusPoints: 10,
      certificates: 10,
    });
    expect(by['xa-hiep-hung'].criteria?.find((c) => c.id === 'tc08')?.explanation).toBe(
      'Tiêu chí 8: thiếu giá trị, tính 0 điểm theo kế hoạch → 0,0/10 điểm',
    );
    expect(by['xa-hiep-hung'].flags.map((f) => f.code)).not.toContain('pending-missing-data');
  });
  it('Xã Phương Phú (a missing fact: eligible or not) still holds the tie it could enter, not Bùng Tàu above it', () => {
    // Phương Phú 188,12 if eligible: KK 1 and Bùng Tàu (183,9) KK 2 — Bùng Tàu gets KK either way
    expect(by['tt-bung-tau'].award?.tier).toBe('giai-khuyen-khich');
    expect(by['xa-binh-thanh'].flags.map((f) => f.code)).toEqual([
      'tie-at-tier-boundary',
      'pending-missing-data',
    ]);
    expect(by['xa-phuong-phu'].pendingTiers).toEqual(['giai-khuyen-khich']);
  });
  it('summary: prize fund used and pending', () => {
    expect(out.response.summary).toMatchObject({
      units: 15,
      excluded: 2,
      ineligible: 3,
      prizeFundUsed: 24_000_000,
      prizeFundPending: 2_000_000,
    });
    expect(out.response.summary.prizeFundUsedInWords).toBe('Hai mươi tư triệu đồng');
  });
});

describe('the sample data of the departments block', () => {
  const out = scoreRequest(example('phung-hiep-2023-phong-ban'));
  if (!out.ok) throw new Error(JSON.stringify(out.problems));
  const by = Object.fromEntries(out.response.results.map((r) => [r.unitId, r]));
  it('encouragement prizes are awarded with no money and flagged for the council', () => {
    expect(by['viettel-phung-hiep'].award).toMatchObject({ tier: 'giai-khuyen-khich', prize: null });
    expect(by['viettel-phung-hiep'].flags.map((f) => f.code)).toContain('prize-not-specified');
    // Phòng Giáo dục (86, tc07 and tc14 unreadable) could reach 100: the three prizes with money wait for it
    expect(out.response.summary.prizeFundUsed).toBe(0);
    expect(out.response.summary.prizeFundPending).toBe(12_000_000);
  });
  it('Viettel (99,4, fourth) keeps its encouragement prize whatever Phòng Giáo dục scores: at worst it is fifth', () => {
    expect(by['viettel-phung-hiep'].flags.map((f) => f.code)).not.toContain('pending-missing-data');
    expect(by['phong-noi-vu'].pendingTiers).toEqual(['giai-khuyen-khich']);
  });
});
