import type { CouncilDecision } from '../../src/council/schema';
import { decisionsHash } from '../../src/engine/council';
import { compile } from '../fixtures';
import { base, byId, councilPlan, score, tie, unit } from './fixture';

const flags = (r: { flags: { code: string; message: string }[] }, code: string) =>
  r.flags.filter((f) => f.code === code).map((f) => f.message);
const outcome = (res: ReturnType<typeof score>, i: number) => res.council!.decisions[i];

// a 90 → Nhất; b, c 80 tie at rank 2 on [Nhì, Ba]; d 70 → Ba; e 60 → none
const FIVE = [unit('a', 90), unit('b', 80), unit('c', 80), unit('d', 70), unit('e', 60)];

describe('a tie settled by the council', () => {
  it('without a decision the tie waits, with one the chosen unit takes its place and the other the rest', () => {
    const before = score(FIVE);
    expect(byId(before, 'b').pendingTiers).toEqual(['nhi', 'ba']);
    const res = score(FIVE, [tie('Xã C', 'Giải Nhì')]);
    expect(byId(res, 'c').award?.tier).toBe('nhi');
    expect(byId(res, 'b').award?.tier).toBe('ba');
    expect(res.summary.blocks[0].ties).toEqual([]);
    expect(res.summary.prizeFundUsed).toBe(3_000_000 + 2_000_000 + 1_000_000 + 1_000_000);
    expect(flags(byId(res, 'c'), 'council-decision')).toEqual([
      'Theo quyết định của Hội đồng ngày 05/01/2024: nhận Giải Nhì trong trường hợp đồng hạng 2 (Xã B, Xã C) — lý do: Hội đồng biểu quyết',
    ]);
    expect(flags(byId(res, 'b'), 'council-decision')[0]).toContain(
      'đơn vị nhận suất còn lại của trường hợp đồng hạng — Giải Ba',
    );
    expect(byId(res, 'c').explanation).toContain(
      'theo quyết định của Hội đồng ngày 05/01/2024'.replace('theo', 'Theo'),
    );
    expect(res.council).toMatchObject({ applied: 1, refused: 0, votesNeeded: [] });
    expect(outcome(res, 0)).toMatchObject({ status: 'applied', code: 'council-tie-chosen', unitId: 'c' });
  });

  it('is refused when the unit is no longer tied (the data changed), saying where it stands now', () => {
    const changed = FIVE.map((u) => (u.id === 'c' ? unit('c', 81) : u));
    const res = score(changed, [tie('c', 'nhi', { source: 'Quyết định của Hội đồng, 6' })]);
    expect(outcome(res, 0)).toMatchObject({ status: 'refused', code: 'council-tie-gone' });
    expect(outcome(res, 0).message).toBe(
      'Quyết định Quyết định của Hội đồng, 6 (chọn đơn vị đồng hạng) không được áp dụng: Xã C không còn đồng hạng ở ranh giới giải (lần chấm này: hạng 2, Giải Nhì) — dữ liệu đã thay đổi từ khi Hội đồng quyết định',
    );
    expect(flags(byId(res, 'c'), 'council-decision-refused')).toHaveLength(1);
  });

  it('refuses every choice of a tier chosen for more units than the tie has places of it', () => {
    const res = score(FIVE, [tie('b', 'nhi'), tie('c', 'nhi')]);
    expect(res.council!.decisions.map((d) => d.code)).toEqual([
      'council-tie-over-slots',
      'council-tie-over-slots',
    ]);
    expect(outcome(res, 0).message).toContain('chọn 2 đơn vị (Xã B, Xã C) cho 1 suất Giải Nhì');
    expect(byId(res, 'b').award).toBeNull();
    expect(res.summary.blocks[0].ties).toHaveLength(1);
  });

  it('refuses a place the tie does not stand on, and an unknown award or unit', () => {
    const res = score(FIVE, [tie('b', 'nhat'), tie('b', 'Giải Đặc biệt'), tie('Xã Z', 'nhi')]);
    expect(res.council!.decisions.map((d) => d.code)).toEqual([
      'council-tie-no-slot',
      'council-award-unknown',
      'council-unit-unknown',
    ]);
    expect(outcome(res, 0).message).toContain('không có suất Giải Nhất (các suất: Giải Nhì, Giải Ba)');
  });

  it('settles part of a tie larger than its places and leaves the rest for the council', () => {
    const all = ['p', 'q', 'r', 's', 't'].map((id) => unit(id, 50));
    const part = score(all, [tie('p', 'nhat'), tie('q', 'nhi')]);
    expect(byId(part, 'p').award?.tier).toBe('nhat');
    expect(byId(part, 'q').award?.tier).toBe('nhi');
    expect(part.summary.blocks[0].ties).toEqual([
      expect.objectContaining({ unitIds: ['r', 's', 't'], slots: 2, tiers: ['ba'] }),
    ]);
    expect(flags(byId(part, 'r'), 'council-decision')[0]).toContain(
      'các suất còn lại (Giải Ba, Giải Ba) vẫn chờ',
    );
    const whole = score(all, [tie('p', 'nhat'), tie('q', 'nhi'), tie('r', 'ba'), tie('s', 'ba')]);
    expect(byId(whole, 't').award).toBeNull();
    expect(byId(whole, 't').pendingTiers).toEqual([]);
    expect(flags(byId(whole, 't'), 'council-decision')[0]).toContain('đơn vị không nhận giải');
    expect(whole.summary.blocks[0].tiers.find((t) => t.tier === 'ba')?.awarded).toEqual(['r', 's']);
  });

  it('waits while the tie itself waits for missing data, and applies once the council scores it 0', () => {
    const units = [...FIVE, unit('x', null)];
    const held = score(units, [tie('c', 'nhi')]);
    expect(outcome(held, 0)).toMatchObject({ status: 'refused', code: 'council-tie-held' });
    const missing: CouncilDecision = { kind: 'missing', unit: 'x', rule: 'zero', ...base };
    const a = score(units, [tie('c', 'nhi'), missing]);
    const b = score(units, [missing, tie('c', 'nhi')]);
    expect(byId(a, 'c').award?.tier).toBe('nhi');
    expect(a.results).toEqual(b.results);
  });
});

describe('missing values decided by the council', () => {
  it('"score 0" makes the unit final and says whose rule it is', () => {
    const units = [...FIVE, unit('x', null, 5)];
    const res = score(units, [{ kind: 'missing', unit: 'Xã X', rule: 'zero', ...base }]);
    const x = byId(res, 'x');
    expect(x.pendingTiers).toEqual([]);
    expect(x.flags.some((f) => f.code === 'pending-missing-data')).toBe(false);
    const text = [
      ...x.flags.map((f) => f.message),
      ...(x.criteria ?? []).map((c) => c.explanation ?? ''),
    ].join('\n');
    expect(text).toContain('tính 0 điểm theo quyết định của Hội đồng ngày 05/01/2024');
    expect(text).not.toContain('theo kế hoạch');
    expect(byId(res, 'a').award?.tier).toBe('nhat');
  });

  it('"wait" holds the awards under a plan that scores missing values 0', () => {
    const plan = compile(councilPlan({ missingValues: 'zero' }));
    // x's missing "extra" (0 to 10) can take it from 50 past a's 55: its award depends on the value
    const units = [unit('a', 55), unit('x', 50, null)];
    expect(byId(score(units, [], plan), 'a').award?.tier).toBe('nhat');
    const res = score(units, [{ kind: 'missing', unit: 'x', rule: 'hold', ...base }], plan);
    expect(byId(res, 'x').pendingTiers.length).toBeGreaterThan(0);
    expect(outcome(res, 0)).toMatchObject({ status: 'applied', code: 'council-missing-hold' });
  });

  it('is refused for a unit with nothing missing', () => {
    const res = score(FIVE, [{ kind: 'missing', unit: 'a', rule: 'zero', ...base }]);
    expect(outcome(res, 0)).toMatchObject({ status: 'refused', code: 'council-missing-nothing' });
  });
});

describe('exclusion and inclusion by the council', () => {
  it('excludes a unit with the rule invoked, and includes an excluded one', () => {
    const units = [...FIVE, unit('late', 95, 0, 5)];
    expect(byId(score(units), 'late').excluded).toBe(true);
    const res = score(units, [
      { kind: 'exclude', unit: 'a', rule: 'Điều 6 Quy chế thi đua', ...base },
      { kind: 'include', unit: 'late', rule: 'Công văn 12/UBND gia hạn báo cáo', ...base },
    ]);
    expect(byId(res, 'a')).toMatchObject({ excluded: true, eligible: false, rank: null, award: null });
    expect(flags(byId(res, 'a'), 'council-decision')[0]).toBe(
      'Theo quyết định của Hội đồng ngày 05/01/2024: không xét thi đua — căn cứ Điều 6 Quy chế thi đua — lý do: Hội đồng biểu quyết',
    );
    expect(byId(res, 'late')).toMatchObject({ excluded: false, eligible: true, rank: 1, reasons: [] });
    expect(byId(res, 'late').award?.tier).toBe('nhat');
    expect(flags(byId(res, 'late'), 'council-decision')[0]).toContain('thay cho: Báo cáo trễ … ngày');
  });

  it('refuses both of two contradicting decisions for a unit, and one that changes nothing', () => {
    const res = score(FIVE, [
      { kind: 'exclude', unit: 'a', rule: 'Quy chế', ...base, source: 'dòng 6' },
      { kind: 'include', unit: 'a', rule: 'Quy chế', ...base, source: 'dòng 7' },
      { kind: 'include', unit: 'b', rule: 'Quy chế', ...base },
    ]);
    expect(res.council!.decisions.map((d) => d.code)).toEqual([
      'council-conflict',
      'council-conflict',
      'council-already-eligible',
    ]);
    expect(outcome(res, 0).message).toContain('mâu thuẫn với quyết định dòng 7');
    expect(byId(res, 'a').award?.tier).toBe('nhat');
  });

  it('refuses a name that matches two units', () => {
    const twins = [
      { ...unit('t1', 10), name: 'Xã Trùng' },
      { ...unit('t2', 20), name: 'Xã Trùng' },
    ];
    const res = score(twins, [{ kind: 'exclude', unit: 'Xã Trùng', rule: 'Quy chế', ...base }]);
    expect(outcome(res, 0)).toMatchObject({ status: 'refused', code: 'council-unit-ambiguous' });
    expect(score(twins, [{ kind: 'exclude', unit: 't2', rule: 'Quy chế', ...base }]).council!.applied).toBe(
      1,
    );
  });
});

describe('votes where the plan requires a share of the council', () => {
  const plan = compile(councilPlan({ voteShare: 90, voteFor: ['nhat'] }));
  const vote = (u: string, votesFor: number, members = 10, award = 'nhat'): CouncilDecision => ({
    kind: 'vote',
    unit: u,
    award,
    votesFor,
    members,
    ...base,
  });

  it('holds the award until the vote is recorded, with its money not final', () => {
    const res = score(FIVE, [], plan);
    const a = byId(res, 'a');
    expect(a).toMatchObject({ award: null, pendingTiers: ['nhat'] });
    expect(flags(a, 'council-vote-needed')[0]).toContain(
      'kế hoạch yêu cầu từ 90% thành viên Hội đồng đồng ý',
    );
    const nhat = res.summary.blocks[0].tiers.find((t) => t.tier === 'nhat');
    expect(nhat).toMatchObject({ awarded: [], pending: ['a'], held: 1 });
    expect(res.summary.prizeFundPending).toBe(score(FIVE).summary.prizeFundPending + 3_000_000);
  });

  it('grants it with enough votes and refuses it below the share', () => {
    const yes = score(FIVE, [vote('a', 9)], plan);
    expect(byId(yes, 'a').award?.tier).toBe('nhat');
    expect(flags(byId(yes, 'a'), 'council-decision')[0]).toContain(
      'Giải Nhất được 9/10 thành viên đồng ý (90%, cần từ 90%)',
    );
    const no = score(FIVE, [vote('a', 8)], plan);
    expect(byId(no, 'a').award).toBeNull();
    expect(byId(no, 'a').pendingTiers).toEqual([]);
    expect(flags(byId(no, 'a'), 'council-decision')[0]).toContain('chưa đủ 90% — không đề nghị');
    expect(no.summary.prizeFundUsed).toBe(yes.summary.prizeFundUsed - 3_000_000);
  });

  it('refuses a vote the plan does not ask for, on a unit without the award, or contradicting another', () => {
    const res = score(FIVE, [vote('b', 9, 10, 'ba'), vote('d', 9), vote('a', 9), vote('a', 10)], plan);
    expect(res.council!.decisions.map((d) => d.code)).toEqual([
      'council-vote-not-required',
      'council-vote-not-candidate',
      'council-conflict',
      'council-conflict',
    ]);
  });

  it('puts an award decision to the vote too', () => {
    const decisionPlan = compile({
      ...councilPlan({ tiers: [], voteShare: (2 / 3) * 100, voteFor: ['bang-khen'] }),
      awards: {
        tiers: [],
        voteShare: (2 / 3) * 100,
        decisions: [
          {
            id: 'bang-khen',
            name: 'Bằng khen',
            awardForm: 'Bằng khen của Chủ tịch UBND tỉnh',
            minTotal: 75,
            dossierSets: 1,
            prize: { amount: 1_500_000 },
            reason: 'Hoàn thành xuất sắc',
          },
        ],
      },
    });
    const waiting = score(FIVE, [], decisionPlan);
    expect(byId(waiting, 'a').decisions?.[0]).toMatchObject({ status: 'awaitingVote', granted: false });
    expect(waiting.summary.decisions?.[0].pending).toEqual(['a', 'b', 'c']);
    const voted = score(FIVE, [vote('a', 7, 10, 'Bằng khen'), vote('b', 6, 10, 'bang-khen')], decisionPlan);
    expect(byId(voted, 'a').decisions?.[0]).toMatchObject({ status: 'granted', prize: 1_500_000 });
    expect(byId(voted, 'b').decisions?.[0]).toMatchObject({ status: 'notMet', granted: false });
    expect(byId(voted, 'b').decisions?.[0].reason).toContain('6/10 thành viên đồng ý (60%), chưa đủ 66,67%');
  });
});

describe('the decisions fingerprint', () => {
  it('does not depend on the order the decisions were written in, nor on where', () => {
    const d1 = tie('b', 'nhi');
    const d2: CouncilDecision = { kind: 'missing', unit: 'x', rule: 'zero', ...base };
    expect(decisionsHash([d1, d2])).toBe(decisionsHash([d2, { ...d1, source: 'dòng 9' }]));
    expect(decisionsHash([d1])).not.toBe(decisionsHash([{ ...d1, reason: 'Khác' }]));
  });

  it('leaves a run without decisions exactly as it was', () => {
    const res = score(FIVE, []);
    expect(res.council).toBeUndefined();
  });
});
