import { scoreUnits } from '../../src/engine/score';
import type { UnitInput, UnitResult } from '../../src/engine/types';
import type { PlanInput } from '../../src/plan/schema';
import { compile, testPlan } from '../fixtures';
import { decision, score, statuses, unit } from '../plans-kien-giang/helpers';

/** Three criteria of 10 points each given as points (a, b, c); places Nhất, Nhì, Ba (1 each, from 0 points). */
function plan(awards: Partial<NonNullable<PlanInput['awards']>> = {}): PlanInput {
  const points = (id: string, n: string) => ({
    id,
    number: n,
    title: `Tiêu chí ${n}`,
    maxPoints: 10,
    scoring: { kind: 'assessed' as const },
  });
  return testPlan({
    criteria: [points('a', '1'), points('b', '2'), points('c', '3')],
    awards: {
      tiers: [
        { id: 'nhat', name: 'Giải Nhất', count: 1, minTotal: 0, prize: 3_000_000 },
        { id: 'nhi', name: 'Giải Nhì', count: 1, minTotal: 0, prize: 2_000_000 },
        { id: 'ba', name: 'Giải Ba', count: 1, minTotal: 0, prize: 1_000_000 },
      ],
      ...awards,
    },
  });
}

/** A unit with criterion points; null leaves a criterion blank. */
const u = (id: string, a: number | null, b: number | null, c: number | null): UnitInput => ({
  id,
  name: `Đơn vị ${id.toUpperCase()}`,
  values: Object.fromEntries(Object.entries({ a, b, c }).filter(([, v]) => v !== null) as [string, number][]),
});

function run(units: UnitInput[], awards: Partial<NonNullable<PlanInput['awards']>> = {}) {
  const res = scoreUnits(compile(plan(awards)), units);
  const by = Object.fromEntries(res.results.map((r) => [r.unitId, r])) as Record<string, UnitResult>;
  return { res, by };
}
const codes = (r: UnitResult) => r.flags.map((f) => f.code);

describe('a missing value holds the awards it could change (awards.missingValues: hold, the default)', () => {
  // A 28, B 22; U has 18 with criterion c blank: at best 28, level with A for first
  const units = [u('a', 10, 10, 8), u('b', 10, 10, 2), u('u', 9, 9, null)];

  it('U is ranked on what it has (third) but its Giải Ba is not final: at best it ties for first', () => {
    const { by } = run(units);
    expect([by.u.total, by.u.rank, by.u.award]).toEqual([18, 3, null]);
    expect(by.u.pendingTiers).toEqual(['nhat', 'nhi', 'ba']);
    const flag = by.u.flags.find((f) => f.code === 'pending-missing-data');
    expect(flag?.missing).toEqual(['c']);
    expect(flag?.message).toContain('tiêu chí 3');
  });

  it('every place U could take from others waits too, naming U and its criterion', () => {
    const { by } = run(units);
    // A: first, or tied for first with U (Nhất/Nhì); B: second, or third once U is above it
    expect([by.a.award, by.a.pendingTiers]).toEqual([null, ['nhat', 'nhi']]);
    expect([by.b.award, by.b.pendingTiers]).toEqual([null, ['nhi', 'ba']]);
    const flag = by.b.flags.find((f) => f.code === 'pending-missing-data');
    expect(flag?.heldBy).toEqual(['u']);
    expect(flag?.message).toContain('Đơn vị U (tiêu chí 3)');
  });

  it('the summary lists the held places and the money not yet final', () => {
    const { res } = run(units);
    const block = res.summary.blocks[0];
    expect(block.tiers.map((t) => [t.tier, t.awarded, t.pending, t.held])).toEqual([
      ['nhat', [], ['a', 'u'], 1],
      ['nhi', [], ['a', 'b', 'u'], 1],
      ['ba', [], ['b', 'u'], 1],
    ]);
    expect(block.heldForData).toEqual([{ unitId: 'u', missing: ['c'], holds: ['a', 'b', 'u'] }]);
    expect([res.summary.prizeFundUsed, res.summary.prizeFundPending, res.summary.held]).toEqual([
      0, 6_000_000, 3,
    ]);
    expect(res.summary.prizeFundPendingInWords).toBe('Sáu triệu đồng');
  });

  it('away from a boundary nothing waits: U at best (15) stays below the third place (20)', () => {
    const { by, res } = run([u('a', 10, 10, 8), u('b', 10, 10, 2), u('c', 10, 10, 0), u('u', 5, 0, null)]);
    expect([by.a.award?.tier, by.b.award?.tier, by.c.award?.tier]).toEqual(['nhat', 'nhi', 'ba']);
    expect([by.u.award, by.u.pendingTiers]).toEqual([null, []]);
    expect(codes(by.u)).toEqual(['missing-value']);
    expect(res.summary.prizeFundPending).toBe(0);
  });

  it('at the boundary: U at best (20) levels with the third place, so only that place waits', () => {
    const { by } = run([u('a', 10, 10, 8), u('b', 10, 10, 2), u('c', 10, 10, 0), u('u', 10, 0, null)]);
    expect([by.a.award?.tier, by.b.award?.tier]).toEqual(['nhat', 'nhi']);
    expect([by.c.award, by.c.pendingTiers]).toEqual([null, ['ba']]);
    expect(by.u.pendingTiers).toEqual(['ba']);
  });

  it('a place with room for two stays final when U can push it down by one only', () => {
    // Khuyến khích × 2 from 0: A first, then B and C share the two encouragement places
    const { by } = run([u('a', 10, 10, 8), u('b', 10, 10, 2), u('u', 9, 9, null)], {
      tiers: [
        { id: 'nhat', name: 'Giải Nhất', count: 1, minTotal: 0, prize: 3_000_000 },
        { id: 'kk', name: 'Giải Khuyến khích', count: 3, minTotal: 0, prize: 1_000_000 },
      ],
    });
    // B: second (KK) or third (KK): final either way
    expect(by.b.award?.tier).toBe('kk');
    expect(codes(by.b)).toEqual([]);
    expect(by.a.pendingTiers).toEqual(['nhat', 'kk']);
  });

  it('a tie and a missing value together: the tie waits for the council and for U', () => {
    // B and C tie on 22 for Nhì and Ba; U has 12 with c blank: at best 22, level with them
    const { by } = run([u('a', 10, 10, 8), u('b', 10, 10, 2), u('c', 10, 10, 2), u('u', 10, 2, null)]);
    expect(by.a.award?.tier).toBe('nhat');
    expect(codes(by.b)).toEqual(['tie-at-tier-boundary', 'pending-missing-data']);
    expect(by.b.pendingTiers).toEqual(['nhi', 'ba']);
    expect(by.u.pendingTiers).toEqual(['nhi', 'ba']);
  });

  it('an unreadable value holds like a missing one', () => {
    const { by } = run([
      u('a', 10, 10, 8),
      u('b', 10, 10, 2),
      { ...u('u', 9, 9, null), values: { a: 9, b: 9, c: 'abc' } },
    ]);
    expect(codes(by.u)).toEqual(['invalid-value', 'pending-missing-data']);
    expect(by.a.award).toBeNull();
  });

  it('a missing value that cannot reach any place is final "no award"', () => {
    const { by } = run([u('a', 10, 10, 8), u('b', 10, 10, 2), u('c', 10, 10, 1), u('u', 0, 0, null)]);
    expect([by.u.award, by.u.pendingTiers]).toEqual([null, []]);
    expect(by.c.award?.tier).toBe('ba');
  });
});

describe('awards.missingValues: zero — a missing value scores 0 and the explanation says so', () => {
  const units = [u('a', 10, 10, 8), u('b', 10, 10, 2), u('u', 9, 9, null)];
  it('every place is final on the totals as they are', () => {
    const { by, res } = run(units, { missingValues: 'zero' });
    expect([by.a.award?.tier, by.b.award?.tier, by.u.award?.tier]).toEqual(['nhat', 'nhi', 'ba']);
    expect(by.u.criteria?.[2].explanation).toBe(
      'Tiêu chí 3: thiếu giá trị, tính 0 điểm theo kế hoạch → 0,0/10 điểm',
    );
    expect(codes(by.u)).toEqual(['missing-value']);
    expect([res.summary.prizeFundUsed, res.summary.prizeFundPending]).toEqual([6_000_000, 0]);
  });
});

describe('award decisions: a condition a missing value leaves open is held for that unit', () => {
  const ID = 'dong-thap-skhdt-cds-2021-2025';
  const res = score(ID);

  it('Đồng Tháp: an off-scale word in one of eight areas holds the Bằng khen (8/8 possible) and the Giấy khen under it', () => {
    // phong-e: seven areas "Đạt", area 5 "Tốt" (not on the scale): 7 now, 8 at best
    expect(statuses(res, 'phong-e')).toEqual({ 'bk-tinh': 'unknown', 'giay-khen-giam-doc': 'unknown' });
    expect(decision(res, 'phong-e', 'bk-tinh').reason).toContain(
      'tổng điểm 7 (đến 8 khi đủ số liệu: tiêu chí 5) / cần ≥ 8',
    );
    expect(decision(res, 'phong-e', 'giay-khen-giam-doc').reason).toContain(
      'Chờ xác định "Đề nghị Bằng khen',
    );
    expect(unit(res, 'phong-e').award).toBeNull();
    const summary = res.summary.decisions!;
    expect(summary.find((d) => d.id === 'bk-tinh')?.pending).toEqual(['phong-e']);
    expect(summary.find((d) => d.id === 'giay-khen-giam-doc')?.pending).toEqual(['phong-e']);
  });

  it('the word corrected to "Đạt": the Bằng khen; to "Chưa đạt": the Giấy khen — both final', () => {
    const fixed = (word: string) =>
      score(ID, {
        units: (us) => us.map((x) => (x.id === 'phong-e' ? { ...x, values: { ...x.values, nd5: word } } : x)),
      });
    expect(statuses(fixed('Đạt'), 'phong-e')).toEqual({
      'bk-tinh': 'granted',
      'giay-khen-giam-doc': 'superseded',
    });
    expect(statuses(fixed('Chưa đạt'), 'phong-e')).toEqual({
      'bk-tinh': 'notMet',
      'giay-khen-giam-doc': 'granted',
    });
  });

  it('minTotal on an interval: met at worst is met, not met at best is not met', () => {
    // phong-d has 5/8: below 6 whatever; blank one area and it is 4 at worst, 5 at best — still not met
    const blank = score(ID, {
      units: (us) =>
        us.map((x) =>
          x.id === 'phong-d'
            ? {
                ...x,
                values: { ...x.values, nd1: null },
                facts: { ...x.facts, hoiDongDeNghi: 'Giấy khen của Giám đốc Sở' },
              }
            : x,
        ),
    });
    const d = decision(blank, 'phong-d', 'giay-khen-giam-doc');
    expect([d.status, d.reason.startsWith('Chưa đạt: tổng điểm 4 / cần ≥ 6')]).toEqual(['notMet', true]);
  });
});

describe('Đồng Tháp individuals: nominated by the council with reasons, like the collectives', () => {
  const res = score('dong-thap-skhdt-cds-2021-2025');

  it('are not scored on the eight areas (criteria for collectives only) and not ranked', () => {
    const r = unit(res, 'cn-lan');
    expect([r.criteria, r.total, r.maxTotal, r.rank, r.kind, r.collective]).toEqual([
      [],
      0,
      0,
      null,
      'individual',
      'phong-a',
    ]);
    expect(unit(res, 'phong-a').maxTotal).toBe(8);
  });

  it('Bằng khen with an initiative (the individual amount), Giấy khen without one', () => {
    expect(statuses(res, 'cn-lan')).toEqual({
      'bk-tinh-ca-nhan': 'granted',
      'giay-khen-ca-nhan': 'superseded',
    });
    expect(decision(res, 'cn-lan', 'bk-tinh-ca-nhan').prize).toBe(3_510_000);
    expect(statuses(res, 'cn-minh')).toEqual({ 'bk-tinh-ca-nhan': 'notMet', 'giay-khen-ca-nhan': 'granted' });
    expect(decision(res, 'cn-minh', 'bk-tinh-ca-nhan').reason).toContain('sáng kiến');
  });

  it('a missing yearly rating holds the nomination, never refuses it', () => {
    expect(statuses(res, 'cn-nam')).toEqual({ 'bk-tinh-ca-nhan': 'notMet', 'giay-khen-ca-nhan': 'unknown' });
    expect(unit(res, 'cn-nam').flags.map((f) => f.code)).toEqual(['missing-fact', 'pending-missing-data']);
  });
});
