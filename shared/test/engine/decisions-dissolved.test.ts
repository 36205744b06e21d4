/**
 * A block whose units cease to exist (blocks[].dissolved): Kiên Giang 243, tổng kết 2025, with the district block
 * ending on 01/7/2025 (two-level local government: NQ 203/2025/QH15, Luật 72/2025/QH15 — law.md §5.1). An award
 * decided on or after that day cannot go to a "UBND huyện" as it stands: it is held for the council, which must name
 * the successor unit, and the unit says so. Amounts by hand (law.md §1.4–1.7): HC Lao động hạng Ba, collective
 * 9,0 × 2.340.000 = 21.060.000; Bằng khen tỉnh, collective 1,5 × 2 × 2.340.000 = 7.020.000.
 */
import { scoreRequest } from '../../src/api/score-request';
import type { ScoreResponse } from '../../src/engine/types';
import { parsePlan } from '../../src/plan/validate';
import plan2025 from '../../src/plans/kien-giang-243-2025.json';
import { codes, decision, statuses, unit } from '../answers';
import type { HandUnit } from '../hand-computed/helpers';
import { DISTRICT_2025, FACTS, MET_2025 } from '../hand-computed/kien-giang-243-units';

const DISSOLVED = {
  on: '2025-07-01',
  basis:
    'chính quyền địa phương hai cấp (tỉnh, xã): cấp huyện chấm dứt hoạt động từ 01/7/2025 theo Nghị quyết 203/2025/QH15 và Luật Tổ chức chính quyền địa phương 2025 (Luật 72/2025/QH15)',
  basisEn: 'two-level local government: the district level ended on 1/7/2025 (Resolution 203/2025/QH15)',
};

/** Plan 243 (2025) with the district block ending on `dissolved.on`; other fields of the plan may be replaced. */
function planWith(dissolved: unknown, awards: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...plan2025,
    blocks: plan2025.blocks.map((b) => (b.id === 'huyen' ? { ...b, dissolved } : b)),
    awards: { ...plan2025.awards, ...awards },
  };
}

/** Every district target of 2025 strictly above its value where it can be (as in round4-kg243-2025). */
const DISTRICT_ABOVE_2025 = {
  ...DISTRICT_2025,
  'cqs-02': '81%',
  'cqs-03': '91%',
  'cqs-04': '21%',
  'cqs-06-xa': '81%',
  'kts-01': '21%',
  'kts-02': '11%',
  'kts-07': '51%',
  'kts-08': '51%',
  'xhs-01': '81%',
  'xhs-02': '81%',
  'xhs-04': '81%',
  'xhs-08': '91%',
  'xhs-09': '81%',
  'xhs-10': '71%',
};

const UNITS: HandUnit[] = [
  { id: 'h', block: 'huyen', values: DISTRICT_ABOVE_2025, facts: { ...FACTS, donViTieuBieu: 'Có' } },
  { id: 'x', block: 'xa', values: MET_2025, facts: FACTS },
];

function score(plan: unknown, options: Record<string, unknown> = {}, units = UNITS): ScoreResponse {
  const out = scoreRequest({
    plan,
    units: units.map((x) => ({ name: x.id, values: {}, ...x })),
    options: { explain: 'full', ...options },
  });
  if (!out.ok) throw new Error(JSON.stringify(out.problems));
  return out.response;
}

const HCLD = 'hcld-hang-ba-tong-ket-2025';

describe('a district decided on 31/12/2025 (the plan’s date), its block ended 01/7/2025', () => {
  const res = score(planWith(DISSOLVED));

  it('the Labour Order is held for the council (awaitingVote), not proposed: no award, no prize', () => {
    expect(decision(res, 'h', HCLD)).toMatchObject({
      status: 'awaitingVote',
      granted: false,
      prize: null,
    });
    expect(decision(res, 'h', HCLD).reason).toContain('01/7/2025');
    expect(decision(res, 'h', HCLD).reason).toContain('đơn vị kế thừa');
    expect(unit(res, 'h').award).toBeNull();
    // held like a tie: the lower forms are not given beside it
    expect(statuses(res, 'h')).toMatchObject({
      'bk-thu-tuong-tong-ket-2025': 'superseded',
      'bk-tinh-tong-ket-2025': 'superseded',
    });
  });

  it('the unit is flagged once, naming the date, the basis and that the council must decide the successor', () => {
    const flags = unit(res, 'h').flags.filter((f) => f.code === 'block-dissolved');
    expect(flags).toHaveLength(1);
    expect(flags[0].message).toBe(
      'Khối "UBND các huyện, thành phố" không còn tồn tại từ ngày 01/7/2025 (chính quyền địa phương hai cấp (tỉnh, xã): cấp huyện chấm dứt hoạt động từ 01/7/2025 theo Nghị quyết 203/2025/QH15 và Luật Tổ chức chính quyền địa phương 2025 (Luật 72/2025/QH15)); quyết định khen thưởng ký ngày 31/12/2025 không thể trao cho đơn vị này như hiện có — Hội đồng TĐKT cần xác định đơn vị kế thừa (đơn vị mới) của đơn vị; các hình thức khen thưởng được giữ lại chờ Hội đồng',
    );
  });

  it('the money: 21.060.000 pending, nothing paid to the district; the commune’s 7.020.000 paid', () => {
    const hcld = res.summary.decisions?.find((d) => d.id === HCLD);
    expect(hcld).toMatchObject({ granted: [], pending: ['h'], prizeTotal: 0, prizePending: 21_060_000 });
    expect(res.summary.prizeFundUsed).toBe(7_020_000);
    expect(res.summary.blocks.find((b) => b.block === 'huyen')).toMatchObject({
      prizeFundUsed: 0,
      prizeFundPending: 21_060_000,
    });
  });

  it('a unit of another block (a commune) is unaffected: granted, 7.020.000, no flag', () => {
    expect(decision(res, 'x', 'bk-tinh-tong-ket-2025')).toMatchObject({
      status: 'granted',
      prize: 7_020_000,
    });
    expect(unit(res, 'x').award).toMatchObject({ tier: 'bk-tinh-tong-ket-2025', prize: 7_020_000 });
    expect(codes(res, 'x')).not.toContain('block-dissolved');
  });

  it('in English the flag says the same', () => {
    const en = score(planWith(DISSOLVED), { lang: 'en' });
    expect(unit(en, 'h').flags.find((f) => f.code === 'block-dissolved')?.message).toBe(
      'Block "District and city people\'s committees" ceased to exist on 01/7/2025 (two-level local government: the district level ended on 1/7/2025 (Resolution 203/2025/QH15)); a decision signed on 31/12/2025 cannot go to this unit as it stands — the awards council must decide its successor unit; its awards are held for the council',
    );
  });
});

describe('the decision date against the day the block ends', () => {
  it('signed 30/6/2025, the day before: the Labour Order is granted (9,0 × 2.340.000 = 21.060.000), no flag', () => {
    const res = score(planWith(DISSOLVED), { decisionDate: '2025-06-30' });
    expect(decision(res, 'h', HCLD)).toMatchObject({ status: 'granted', prize: 21_060_000 });
    expect(unit(res, 'h').award).toMatchObject({ tier: HCLD, prize: 21_060_000 });
    expect(codes(res, 'h')).not.toContain('block-dissolved');
  });

  it('signed 01/7/2025, the day itself: held and flagged', () => {
    const res = score(planWith(DISSOLVED), { decisionDate: '2025-07-01' });
    expect(decision(res, 'h', HCLD).status).toBe('awaitingVote');
    expect(unit(res, 'h').award).toBeNull();
    expect(unit(res, 'h').flags.find((f) => f.code === 'block-dissolved')?.message).toContain(
      'ký ngày 01/7/2025',
    );
  });

  it('no decision date at all (neither the plan nor the request): held, the flag says the date is not known', () => {
    const plan = planWith(DISSOLVED);
    const { decisionDate: _, ...awards } = plan.awards as Record<string, unknown>;
    const res = score({ ...plan, awards });
    expect(decision(res, 'h', HCLD).status).toBe('awaitingVote');
    expect(unit(res, 'h').flags.find((f) => f.code === 'block-dissolved')?.message).toContain(
      'chưa có ngày ký quyết định',
    );
    // the commune's award is not held by the district's block
    expect(decision(res, 'x', 'bk-tinh-tong-ket-2025').status).toBe('granted');
  });

  it('a district that qualifies for nothing is still flagged, and its "not met" stays final', () => {
    const res = score(planWith(DISSOLVED), {}, [
      { id: 'h-low', block: 'huyen', values: { ...DISTRICT_2025, 'cqs-01': '50%' }, facts: FACTS },
    ]);
    expect(statuses(res, 'h-low')[HCLD]).toBe('notMet');
    expect(codes(res, 'h-low')).toContain('block-dissolved');
  });
});

describe('blocks[].dissolved is checked when the plan is read', () => {
  const problemsOf = (plan: unknown) => {
    const out = parsePlan(plan);
    return out.ok ? [] : out.problems.map((p) => ({ path: p.path, message: p.message }));
  };

  it('the plan with a real date reads', () => {
    expect(parsePlan(planWith(DISSOLVED)).ok).toBe(true);
  });

  it('30/02/2025 is no date: refused at blocks[1].dissolved.on, in words', () => {
    expect(problemsOf(planWith({ ...DISSOLVED, on: '2025-02-30' }))).toEqual([
      {
        path: 'plan.blocks[1].dissolved.on',
        message: expect.stringContaining(
          'Ngày khối chấm dứt tồn tại (dissolved.on) phải là một ngày có thật',
        ),
      },
    ]);
    expect(problemsOf(planWith({ ...DISSOLVED, on: '01/7/2025' }))[0]?.path).toBe(
      'plan.blocks[1].dissolved.on',
    );
  });

  it('no legal basis, or an unknown field: refused with the path', () => {
    expect(problemsOf(planWith({ on: '2025-07-01' }))[0]?.path).toBe('plan.blocks[1].dissolved.basis');
    expect(problemsOf(planWith({ ...DISSOLVED, successor: 'x' }))[0]?.path).toMatch(
      /^plan\.blocks\[1\]\.dissolved/,
    );
  });

  it('a block ending on or before the day the movement starts (16/11/2022) is refused: a typing error', () => {
    expect(problemsOf(planWith({ ...DISSOLVED, on: '2022-11-16' }))).toEqual([
      {
        path: 'plan.blocks[1].dissolved.on',
        message:
          'Khối "UBND các huyện, thành phố" chấm dứt ngày 2022-11-16, không sau ngày bắt đầu kỳ thi đua (2022-11-16): khối không thể tham gia kỳ này',
      },
    ]);
    expect(problemsOf(planWith({ ...DISSOLVED, on: '2022-11-17' }))).toEqual([]);
  });

  it('a plan that awards tiers (giải) cannot carry it: tiers would still be given to the unit', () => {
    const plan = planWith(DISSOLVED, {
      tiers: [{ id: 'nhat', name: 'Giải Nhất', count: 1, minTotal: 0, prize: 1_000_000 }],
    });
    expect(problemsOf(plan).map((p) => p.path)).toContain('plan.blocks[1].dissolved');
  });
});

describe('an individual whose collective’s block ended: it waits for its collective, never granted on its own', () => {
  const plan = {
    id: 'dissolved-collective',
    version: '1.0.0',
    title: 'Khen tập thể và cá nhân',
    source: { number: '1/KH-UBND', issuer: 'UBND', date: '2025-01-02' },
    period: { from: '2025-01-02', to: '2025-12-31' },
    blocks: [
      { id: 'tt', name: 'Phòng, ban cấp huyện', kind: 'collective', dissolved: DISSOLVED },
      { id: 'cn', name: 'Cá nhân', kind: 'individual' },
    ],
    awards: {
      decisionDate: '2025-12-31',
      decisions: [
        {
          id: 'gk-tt',
          name: 'Giấy khen tập thể',
          awardForm: 'Giấy khen',
          appliesTo: ['tt'],
          dossierSets: 1,
          prize: { amount: 2_000_000 },
          reason: 'Tập thể hoàn thành nhiệm vụ',
        },
        {
          id: 'gk-cn',
          name: 'Giấy khen cá nhân',
          awardForm: 'Giấy khen',
          appliesTo: ['cn'],
          requiresCollective: ['gk-tt'],
          dossierSets: 1,
          prize: { amount: 1_000_000 },
          reason: 'Cá nhân tiêu biểu',
        },
      ],
    },
  };
  const res = score(plan, {}, [
    { id: 'P', block: 'tt' },
    { id: 'a', block: 'cn', collective: 'P' } as HandUnit,
  ]);

  it('the collective’s Giấy khen is held (2.000.000 pending), the individual’s waits for it (1.000.000 pending)', () => {
    expect(decision(res, 'P', 'gk-tt').status).toBe('awaitingVote');
    expect(decision(res, 'a', 'gk-cn').status).toBe('collectivePending');
    expect(codes(res, 'P')).toContain('block-dissolved');
    // the individual's own block goes on: it is not flagged itself
    expect(codes(res, 'a')).not.toContain('block-dissolved');
    expect([res.summary.prizeFundUsed, res.summary.prizeFundPending]).toEqual([0, 3_000_000]);
  });
});
