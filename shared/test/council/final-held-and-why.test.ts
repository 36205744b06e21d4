/**
 * Final results are never marked while an award is still held (a tie for the council, a value missing, a vote not
 * recorded) — the refusal names each unit and what it waits for; and the difference between two runs says, for
 * every unit whose total, rank, award or prize changed, why (which criterion, old → new; eligibility; the council's
 * decisions; or nothing of its own).
 */
import { diffLines, diffRuns } from '../../src/council/diff';
import { COUNCIL_SETTING_KEYS, heldAwards, markFinal } from '../../src/council/final';
import { snapshotOf, type RunSnapshot } from '../../src/council/snapshot';
import { compile } from '../fixtures';
import { councilPlan, score, tie, unit } from './fixture';

const now = new Date(Date.UTC(2024, 0, 5, 3, 0));
// Nhất 3.000.000 đ, Nhì 2.000.000 đ, Ba × 2 1.000.000 đ: B and C tie at 80 for Nhì (the other takes a Ba)
const RUN = [unit('a', 90), unit('b', 80), unit('c', 80), unit('d', 70)];

describe('final results refuse while anything is held', () => {
  it('refuses a run with a tie for the council, naming both units and the award', () => {
    const res = score(RUN);
    const marked = markFinal(res, {}, { now, by: 'Chủ tịch' });
    expect(marked.ok).toBe(false);
    if (marked.ok) return;
    // the tie takes the places of Nhì and one Ba: either unit may get either
    expect(marked.held.map((h) => [h.unitId, h.award, h.why])).toEqual([
      ['b', 'Giải Nhì', 'tie'],
      ['b', 'Giải Ba', 'tie'],
      ['c', 'Giải Nhì', 'tie'],
      ['c', 'Giải Ba', 'tie'],
    ]);
    expect(marked.message).toBe(
      'Chưa chốt được kết quả chính thức: còn 2 đơn vị có giải chưa xác định — Xã B: Giải Nhì, Giải Ba (đồng hạng, chờ Hội đồng quyết định); Xã C: Giải Nhì, Giải Ba (đồng hạng, chờ Hội đồng quyết định). Hội đồng quyết định các trường hợp này (trang "Quyết định của Hội đồng") hoặc bổ sung số liệu, chấm lại rồi mới chốt.',
    );
    // asking to replace a final record does not lift it either
    expect(markFinal(res, {}, { now, replace: true }).ok).toBe(false);
    expect(markFinal(res, {}, { now, lang: 'en' })).toMatchObject({
      ok: false,
      message: expect.stringContaining(
        'The results cannot be marked final: 2 unit(s) have awards not settled — Xã B: Giải Nhì, Giải Ba (tied, for the council to decide)',
      ),
    });
  });

  it('refuses a run whose awards wait for a missing value, naming whose value', () => {
    const res = score([unit('a', 90), unit('b', 80), unit('x', null, 5), unit('d', 70)]);
    const marked = markFinal(res, {}, { now });
    expect(marked.ok).toBe(false);
    if (marked.ok) return;
    expect(marked.held.length).toBeGreaterThan(0);
    expect(marked.held.every((h) => h.why === 'data' && h.waitsFor.includes('Xã X'))).toBe(true);
    expect(marked.message).toContain('(chờ số liệu của Xã X)');
    expect(heldAwards(res)).toEqual(marked.held);
  });

  it('refuses a run waiting for the council vote the plan requires', () => {
    const plan = compile(councilPlan({ voteShare: 90, voteFor: ['nhat'] }));
    const res = score([unit('a', 90), unit('b', 80), unit('d', 70)], [], plan);
    const marked = markFinal(res, {}, { now });
    expect(marked).toMatchObject({ ok: false });
    if (marked.ok) return;
    expect(marked.held).toEqual([
      { unitId: 'a', name: 'Xã A', block: 'xa', award: 'Giải Nhất', why: 'vote', waitsFor: [] },
    ]);
    expect(marked.message).toContain('Xã A: Giải Nhất (chờ Hội đồng bỏ phiếu)');
  });

  it('marks the run once the council settled the tie, and never confirms a held run against a record', () => {
    const decided = score(RUN, [tie('b', 'nhi')]);
    const first = markFinal(decided, {}, { now });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const settings = { [COUNCIL_SETTING_KEYS.final]: JSON.stringify(first.record) };
    // the decision taken away again: the tie is back, so the run cannot replace the final record
    const open = markFinal(score(RUN), settings, { now, replace: true });
    expect(open.ok).toBe(false);
    if (open.ok) return;
    expect([...new Set(open.held.map((h) => h.unitId))]).toEqual(['b', 'c']);
  });
});

describe('the difference between two runs says why each unit moved', () => {
  it('names the criterion, old → new, of a data correction, and the units displaced by it', () => {
    const decided = [tie('b', 'nhi')];
    const before = snapshotOf(score(RUN, decided));
    // D's points corrected 70 → 95: D takes Nhất instead of a Ba, A drops to Nhì; B and C now share the two Ba, so
    // the decision that settled their tie no longer applies
    const after = snapshotOf(score([...RUN.slice(0, 3), unit('d', 95)], decided));
    const d = diffRuns(before, after);
    const d4 = d.changed.find((c) => c.id === 'd');
    expect(d4?.why).toEqual([{ kind: 'points', id: 'pts', number: '1', from: 70, to: 95 }]);
    const a = d.changed.find((c) => c.id === 'a');
    expect(a?.why).toEqual([{ kind: 'others' }]);
    const lines = diffLines(d, 'vi', undefined, { why: true });
    expect(lines).toContain(
      'Đổi giải: Xã D — Giải Ba (1.000.000 đ) → Giải Nhất (3.000.000 đ) — vì: tiêu chí 1: 70,0 → 95,0 điểm',
    );
    expect(lines).toContain(
      'Đổi giải: Xã A — Giải Nhất (3.000.000 đ) → Giải Nhì (2.000.000 đ) — vì: điểm của đơn vị không đổi; thay đổi do điểm hoặc quyết định của đơn vị khác',
    );
    // C keeps its Ba, but moves from rank 2 to 3: named on its rank line, with why
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^Thứ hạng: Xã C hạng 2 → 3 \(80,0 → 80,0 điểm\) — vì: không còn áp dụng: Theo quyết định/,
      ),
    );
    // B's own figures did not change, but the council's decision that gave it Nhì no longer applies
    const b = d.changed.find((c) => c.id === 'b');
    expect(b?.why).toEqual([
      {
        kind: 'council',
        added: [],
        removed: [expect.stringContaining('nhận Giải Nhì trong trường hợp đồng hạng')],
      },
    ]);
    // every unit named is explained once, on the first line naming it
    for (const name of ['Xã A', 'Xã B', 'Xã C', 'Xã D'])
      expect(
        lines.filter((l) => l.startsWith(`${l.split(': ')[0]}: ${name} `) && l.includes(' — vì: ')).length,
      ).toBe(1);
    // without asking, the lines stay as they were
    expect(diffLines(d, 'vi').some((l) => l.includes(' — vì: '))).toBe(false);
  });

  it('says a unit is no longer eligible, and why', () => {
    const before = snapshotOf(score(RUN, [tie('b', 'nhi')]));
    const after = snapshotOf(score([unit('a', 90, 0, 5), ...RUN.slice(1)], [tie('b', 'nhi')]));
    const d = diffRuns(before, after);
    const a = d.lost.find((c) => c.id === 'a');
    expect(a?.why).toEqual([{ kind: 'eligible', from: true, to: false, reasons: ['Báo cáo trễ 5 ngày'] }]);
    expect(diffLines(d, 'en', undefined, { why: true })).toContain(
      'Loses: Xã A — Giải Nhất (3,000,000 VND) → no award — because: no longer eligible (Báo cáo trễ 5 ngày)',
    );
  });

  it('names a prize that changed with the plan, for a unit whose award did not', () => {
    const plan = compile(
      councilPlan({
        tiers: [
          { id: 'nhat', name: 'Giải Nhất', count: 1, minTotal: 0, prize: 4_000_000 },
          { id: 'nhi', name: 'Giải Nhì', count: 1, minTotal: 0, prize: 2_000_000 },
          { id: 'ba', name: 'Giải Ba', count: 2, minTotal: 0, prize: 1_000_000 },
        ],
      }),
    );
    const d = diffRuns(
      snapshotOf(score(RUN, [tie('b', 'nhi')])),
      snapshotOf(score(RUN, [tie('b', 'nhi')], plan)),
    );
    expect(d.changed.map((c) => [c.id, c.why])).toEqual([['a', [{ kind: 'plan' }]]]);
    expect(diffLines(d, 'vi', undefined, { why: true })).toContain(
      'Đổi giải: Xã A — Giải Nhất (3.000.000 đ) → Giải Nhất (4.000.000 đ) — vì: điểm của đơn vị không đổi; kế hoạch thay đổi (thang điểm, giải hoặc tiền thưởng)',
    );
  });

  it('says so when a run was saved without its points (an earlier version)', () => {
    const full = snapshotOf(score(RUN, [tie('b', 'nhi')]));
    const old: RunSnapshot = {
      ...full,
      units: full.units.map(({ points: _p, targets: _t, reasons: _r, council: _c, ...u }) => u),
    };
    const d = diffRuns(old, snapshotOf(score([...RUN.slice(0, 3), unit('d', 95)], [tie('b', 'nhi')])));
    expect(d.changed.find((c) => c.id === 'd')?.why).toEqual([{ kind: 'unknown' }]);
    expect(diffLines(d, 'vi', undefined, { why: true })).toContain(
      'Đổi giải: Xã D — Giải Ba (1.000.000 đ) → Giải Nhất (3.000.000 đ) — vì: không so sánh được từng tiêu chí (một lần chấm do phiên bản trước lưu)',
    );
  });
});
