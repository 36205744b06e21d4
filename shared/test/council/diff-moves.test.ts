/**
 * The difference of two runs says what changed for each unit: a total that moved while the rank did not ("82,5 →
 * 83,0; rank unchanged", never "hạng 5 → 5"), a unit renamed under the same id, a unit moved to another khối
 * (compared with itself, never "gone" and "new" under one name).
 */
import { diffLines, diffRuns } from '../../src/council/diff';
import { snapshotOf } from '../../src/council/snapshot';
import { scoreUnits } from '../../src/engine/score';
import type { UnitInput } from '../../src/engine/types';
import { compile } from '../fixtures';
import { councilPlan, score, tie, unit } from './fixture';

const RUN = [unit('a', 90), unit('b', 80), unit('c', 80), unit('d', 70)];
const decided = [tie('b', 'nhi')];

describe('a diff says what changed', () => {
  it('a total that moved without the rank: the totals and "rank unchanged", in both languages', () => {
    const before = snapshotOf(score(RUN, decided));
    // D: 70 → 72,5 points, still fourth
    const after = snapshotOf(score([...RUN.slice(0, 3), unit('d', 70, 2.5)], decided));
    const d = diffRuns(before, after);
    expect(d.ranks.map((r) => [r.id, r.from, r.to, r.totalFrom, r.totalTo])).toEqual([['d', 4, 4, 70, 72.5]]);
    expect(diffLines(d, 'vi')).toContain('Tổng điểm: Xã D 70,0 → 72,5 điểm (hạng không đổi: 4)');
    expect(diffLines(d, 'en')).toContain('Total: Xã D 70.0 → 72.5 points (rank unchanged: 4)');
    expect(diffLines(d, 'vi').some((l) => l.includes('hạng 4 → 4'))).toBe(false);
    expect(diffLines(d, 'vi', undefined, { why: true })).toContain(
      'Tổng điểm: Xã D 70,0 → 72,5 điểm (hạng không đổi: 4) — vì: tiêu chí 2: 0,0 → 2,5 điểm',
    );
  });

  it('a rank that moved keeps its line with both totals', () => {
    const before = snapshotOf(score(RUN, decided));
    const after = snapshotOf(score([...RUN.slice(0, 3), unit('d', 95)], decided));
    expect(diffLines(diffRuns(before, after), 'vi')).toContain(
      'Thứ hạng: Xã D hạng 4 → 1 (70,0 → 95,0 điểm)',
    );
  });

  it('a unit renamed under the same id is named with both names', () => {
    const before = snapshotOf(score(RUN, decided));
    const renamed = [...RUN.slice(0, 3), { ...unit('d', 70), name: 'Xã Đông Phước' }];
    const d = diffRuns(before, snapshotOf(score(renamed, decided)));
    expect(d.same).toBe(false);
    expect(d.renamed).toEqual([{ id: 'd', block: 'xa', from: 'Xã D', to: 'Xã Đông Phước' }]);
    expect(diffLines(d, 'vi')).toContain('Đổi tên: Xã D → Xã Đông Phước (mã d)');
    expect(diffLines(d, 'en')).toContain('Renamed: Xã D → Xã Đông Phước (id d)');
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
  });

  it('a unit moved to another khối is compared with itself, and the move is its why', () => {
    const input = councilPlan();
    const plan = compile({
      ...input,
      blocks: [...input.blocks, { id: 'phuong', name: 'Khối phường' }],
    });
    const run = (units: UnitInput[]) =>
      snapshotOf(scoreUnits(plan, units, { councilDecisions: decided, explain: 'full' }));
    const before = run(RUN);
    const after = run([...RUN.slice(0, 3), { ...unit('d', 70), block: 'phuong' }]);
    const d = diffRuns(before, after);
    expect(d.moved).toEqual([{ id: 'd', name: 'Xã D', fromBlock: 'xa', toBlock: 'phuong' }]);
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
    const names = (id: string) => before.blocks.find((b) => b.id === id)?.name ?? id;
    const lines = diffLines(d, 'vi', names, { why: true });
    expect(lines).toContain('Chuyển khối: Xã D (mã d) — Khối xã → Khối phường');
    expect(
      lines.some((l) => l.startsWith('Đơn vị mới: Xã D') || l.startsWith('Đơn vị không còn: Xã D')),
    ).toBe(false);
    // D was fourth with a Ba among the communes; alone in its new block it is first
    expect(lines).toContain(
      'Đổi giải: Xã D — Giải Ba (1.000.000 đ) → Giải Nhất (3.000.000 đ) — vì: chuyển từ Khối xã sang Khối phường',
    );
  });

  it('a run with itself is still the same', () => {
    const s = snapshotOf(score(RUN, decided));
    expect(diffRuns(s, s).same).toBe(true);
  });
});
