import fc from 'fast-check';
import { scoreRequest } from '../../src/api/score-request';
import { mostPendingTogether, withinQuota } from '../../src/engine/decisions/results';
import type { Decision } from '../../src/plan/schema';

const BK = 'Bằng khen của Chủ tịch UBND tỉnh';
const WHY = 'Hội đồng đề nghị: hoàn thành kế hoạch chuyển đổi số, có mô hình được áp dụng';

/** A division of Sở KH&ĐT Đồng Tháp: `met` of the eight areas "Đạt", the rest "Chưa đạt", `blank` left empty. */
function division(id: string, met: number, blank: number[] = []) {
  const values = Object.fromEntries(
    Array.from({ length: 8 }, (_, i) => [
      `nd${i + 1}`,
      blank.includes(i) ? null : i < met ? 'Đạt' : 'Chưa đạt',
    ]),
  );
  return { id, name: id, block: 'phong-don-vi', values, facts: { hoiDongDeNghi: BK, giaiTrinh: WHY } };
}

function answer(units: ReturnType<typeof division>[]) {
  const out = scoreRequest({ plan: 'dong-thap-skhdt-cds-2021-2025', units, options: { explain: 'none' } });
  if (!out.ok) throw new Error(JSON.stringify(out.problems));
  return out.response;
}

describe('money waiting for decisions that exclude one another', () => {
  // 7 areas Đạt and the 8th blank: the Bằng khen (8/8) waits for the data, and the Giấy khen it would replace
  // waits for the Bằng khen. Decision 31/12/2025: Bằng khen 1,5 × 2 × 2.340.000 = 7.020.000; Giấy khen
  // 0,3 × 2 × 2.340.000 = 1.404.000 → 1.410.000. Only one of the two can be paid.
  const res = answer([division('p-cho', 8, [7])]);

  it('each decision lists its own waiting money', () => {
    const byId = Object.fromEntries((res.summary.decisions ?? []).map((d) => [d.id, d]));
    expect(byId['bk-tinh']).toMatchObject({ pending: ['p-cho'], prizePending: 7_020_000 });
    expect(byId['giay-khen-giam-doc']).toMatchObject({ pending: ['p-cho'], prizePending: 1_410_000 });
  });

  it('the fund waiting counts the larger of the two, not both', () => {
    expect(res.summary.prizeFundPending).toBe(7_020_000);
    expect(res.summary.prizeFundPendingInWords).toBe('Bảy triệu không trăm hai mươi nghìn đồng');
    expect(res.summary.blocks.find((b) => b.block === 'phong-don-vi')?.prizeFundPending).toBe(7_020_000);
  });

  it('two units waiting each count once', () => {
    const two = answer([division('p-cho', 8, [7]), division('p-cho-2', 8, [0])]);
    expect(two.summary.prizeFundPending).toBe(2 * 7_020_000);
  });
});

describe('mostPendingTogether', () => {
  const decision = (id: string, excludes?: string[]) => ({ id, excludes }) as unknown as Decision;

  it('takes the best set of decisions that do not exclude one another', () => {
    // A excludes B and C, B excludes C (Kiên Giang 2025: Thủ tướng, tỉnh tổng kết, tỉnh hằng năm), D stands alone
    const ds = [decision('a', ['b', 'c']), decision('b', ['c']), decision('c'), decision('d')];
    expect(
      mostPendingTogether(ds, [
        [0, 5],
        [1, 7],
        [2, 3],
        [3, 2],
      ]),
    ).toBe(9);
    expect(
      mostPendingTogether(ds, [
        [0, 11],
        [1, 7],
        [2, 3],
      ]),
    ).toBe(11);
    expect(mostPendingTogether(ds, [[2, 3]])).toBe(3);
    expect(mostPendingTogether(ds, [])).toBe(0);
  });

  it('is never more than the sum, never less than the largest, and the sum when nothing excludes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 10_000_000 }), fc.array(fc.nat(7), { maxLength: 3 })), {
          minLength: 1,
          maxLength: 8,
        }),
        (rows) => {
          const ds = rows.map(([, ex], k) =>
            decision(
              `d${k}`,
              ex.filter((x) => x !== k).map((x) => `d${x}`),
            ),
          );
          const pending = rows.map(([amount], k): [number, number] => [k, amount]);
          const best = mostPendingTogether(ds, pending);
          const sum = rows.reduce((s, [a]) => s + a, 0);
          expect(best).toBeLessThanOrEqual(sum);
          expect(best).toBeGreaterThanOrEqual(Math.max(...rows.map(([a]) => a)));
          const free = rows.map(([a]) => a);
          expect(
            mostPendingTogether(
              rows.map((_, k) => decision(`d${k}`)),
              pending,
            ),
          ).toBe(free.reduce((s, a) => s + a, 0));
        },
      ),
    );
  });
});

describe('withinQuota', () => {
  const w = (i: number, amount: number, collective = '') => ({ i, amount, collective });

  it('keeps the largest amounts that fit the places left, in total and per collective', () => {
    expect([...withinQuota({ total: 2 }, [w(0, 5), w(1, 9), w(2, 7)], [])]).toEqual([1, 2]);
    expect([...withinQuota({ total: 2 }, [w(0, 5), w(1, 9)], ['a'])]).toEqual([1]);
    expect([...withinQuota({ total: 1 }, [w(0, 5)], ['a'])]).toEqual([]);
    expect([...withinQuota({ perCollective: 1 }, [w(0, 5, 'x'), w(1, 9, 'x'), w(2, 3, 'y')], [])]).toEqual([
      1, 2,
    ]);
    expect([...withinQuota({ perCollective: 2 }, [w(0, 5, 'x'), w(1, 9, 'x')], ['x'])]).toEqual([1]);
    expect([...withinQuota(undefined, [w(0, 5), w(1, 9)], ['a', 'b'])]).toEqual([1, 0]);
  });

  it('never more units than places, and none a place the quota does not have', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 100 }), fc.constantFrom('x', 'y', 'z')), {
          maxLength: 12,
        }),
        fc.array(fc.constantFrom('x', 'y', 'z'), { maxLength: 4 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 3 }),
        (rows, granted, total, perCollective) => {
          const waiting = rows.map(([amount, c], i) => w(i, amount, c));
          const kept = withinQuota({ total, perCollective }, waiting, granted);
          expect(kept.size).toBeLessThanOrEqual(Math.max(0, total - granted.length));
          for (const c of ['x', 'y', 'z']) {
            const used =
              granted.filter((g) => g === c).length +
              waiting.filter((x) => kept.has(x.i) && x.collective === c).length;
            expect(used <= perCollective || waiting.every((x) => !kept.has(x.i) || x.collective !== c)).toBe(
              true,
            );
          }
        },
      ),
    );
  });
});
