import type { Evaluation } from './evaluate';
import { blockOrders } from './rank-order';

export const NO_TIER = -1;
export const PENDING = -2;

/** Units tied on every ranking key, straddling a tier's count: left to the council. */
export interface TieGroup {
  block: number;
  unitIndices: number[];
  rank: number;
  total: number;
  /** Tier index of each slot the group stands on. */
  slotTiers: number[];
}

export interface Standing {
  /** Competition rank within the block (1, 1, 3); 0 when not ranked. */
  rank: Int32Array;
  /** Tier index, NO_TIER, or PENDING (tie for the council). */
  tier: Int32Array;
  /** Per block: eligible unit indices, best first. */
  order: number[][];
  ties: TieGroup[];
  /** Units above every open tier's band under aboveBand = 'strict'. */
  aboveBand: Set<number>;
}

/** Compare two units on the ranking keys only (total, then the plan's tie-breakers): 0 means tied. */
export function rankComparator(ev: Evaluation): (a: number, b: number) => number {
  const { compiled, totals, points, facts } = ev;
  const keys = compiled.plan.ranking.tieBreakers.map((t) => {
    const dir = t.order === 'asc' ? 1 : -1;
    if (t.criterion) {
      const col = points[compiled.criterionIndex.get(t.criterion) ?? 0];
      return { dir, get: (i: number) => col[i] };
    }
    const f = compiled.factIndex.get(t.fact ?? '') ?? 0;
    return { dir, get: (i: number) => toNumber(facts[i][f]) };
  });
  return (a, b) => {
    if (totals[a] !== totals[b]) return totals[b] - totals[a];
    for (const k of keys) {
      const va = k.get(a);
      const vb = k.get(b);
      if (va === vb || (Number.isNaN(va) && Number.isNaN(vb))) continue;
      // a missing tie-break value always ranks last
      if (Number.isNaN(va)) return 1;
      if (Number.isNaN(vb)) return -1;
      return k.dir * (va - vb);
    }
    return 0;
  };
}

function toNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') return v === '' ? NaN : Date.parse(v);
  return NaN;
}

export function rankAndAward(ev: Evaluation): Standing {
  const { compiled, n, totals } = ev;
  const { tiers, aboveBand: bandRule } = compiled.plan.awards;
  const B = compiled.plan.blocks.length;
  const rank = new Int32Array(n);
  const tier = new Int32Array(n).fill(NO_TIER);
  const ties: TieGroup[] = [];
  const aboveBand = new Set<number>();
  const cmp = rankComparator(ev);
  const totalOnly = compiled.plan.ranking.tieBreakers.length === 0;
  const order = blockOrders(ev, cmp);
  // The places are tier 0 × count, tier 1 × count…; they are walked by position, never listed (a count may be large).
  const ends: number[] = [];
  for (const t of tiers) ends.push((ends[ends.length - 1] ?? 0) + t.count);
  const places = ends[ends.length - 1] ?? 0;

  for (let b = 0; b < B; b++) {
    const list = order[b];
    let p = 0;
    let ti = 0; // the tier of place p
    for (let start = 0; start < list.length;) {
      let end = start + 1;
      const total = totals[list[start]];
      // a group: equal totals, and equal tie-breakers when the plan has any
      while (
        end < list.length &&
        totals[list[end]] === total &&
        (totalOnly || cmp(list[start], list[end]) === 0)
      )
        end++;
      for (let j = start; j < end; j++) rank[list[j]] = start + 1;
      const groupStart = start;
      start = end;

      // every place of a tier has the tier's band: a total below it skips the rest of the tier at once
      while (p < places && total < tiers[ti].minTotal) p = ends[ti++];
      if (p >= places) continue;
      const group = list.slice(groupStart, end);
      const max = tiers[ti].maxTotal;
      if (bandRule === 'strict' && max !== undefined && total >= max) {
        group.forEach((i) => aboveBand.add(i));
        continue;
      }
      const taken: number[] = [];
      while (taken.length < group.length && p < places) {
        taken.push(ti);
        if (++p === ends[ti]) ti++;
      }
      if (taken.length === group.length && taken.every((t) => t === taken[0])) {
        for (const i of group) tier[i] = taken[0];
      } else {
        for (const i of group) tier[i] = PENDING;
        ties.push({ block: b, unitIndices: group, rank: rank[group[0]], total, slotTiers: taken });
      }
    }
  }
  return { rank, tier, order, ties, aboveBand };
}
