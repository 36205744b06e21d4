import type { Evaluation } from './evaluate';

/** Widest spread of totals (in points-grid steps) sorted by counting; wider spreads use a comparison sort. */
const MAX_COUNTING_RANGE = 1 << 22;
const MIN_COUNTING_RANGE = 1 << 15;

/**
 * Unit indices best first, stably (units arrive in id order, so ties stay in id order); may sort `list` in place
 * or return a new array. When the plan has no tie-breakers the only key is the total, which always lies on the
 * plan's points grid (a multiple of 10^-pointsDecimals): a counting sort on that integer key is linear and avoids
 * a comparator call per comparison, which matters for 10^5–10^6 units.
 */
export function sortBestFirst(
  list: number[],
  ev: Evaluation,
  cmp: (a: number, b: number) => number,
): number[] {
  if (ev.compiled.plan.ranking.tieBreakers.length > 0) return list.sort(cmp);
  return countingSortByTotal(list, ev) ?? list.sort(cmp);
}

function countingSortByTotal(list: number[], ev: Evaluation): number[] | undefined {
  const { totals } = ev;
  const scale = ev.compiled.scale;
  const len = list.length;
  if (len < 2) return list;
  let lo = Infinity;
  let hi = -Infinity;
  for (let j = 0; j < len; j++) {
    const key = Math.round(totals[list[j]] * scale);
    if (key < lo) lo = key;
    if (key > hi) hi = key;
  }
  const range = Math.min(MAX_COUNTING_RANGE, Math.max(MIN_COUNTING_RANGE, 4 * len));
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || hi - lo > range) return undefined;
  // bucket b holds key hi - b, so bucket 0 is the best total; keys are recomputed rather than stored
  const starts = new Uint32Array(hi - lo + 2);
  for (let j = 0; j < len; j++) starts[hi - Math.round(totals[list[j]] * scale) + 1]++;
  for (let b = 1; b < starts.length; b++) starts[b] += starts[b - 1];
  const sorted = new Array<number>(len);
  for (let j = 0; j < len; j++) sorted[starts[hi - Math.round(totals[list[j]] * scale)]++] = list[j];
  return sorted;
}

/**
 * Per block: the eligible unit indices, best first — by total, then the plan's tie-breakers, then id.
 * Units that already come in id order (evaluate checks) and plans ranked by total alone take a
 * counting sort straight from the unit columns; everything else is grouped in id order, then sorted stably.
 */
export function blockOrders(ev: Evaluation, cmp: (a: number, b: number) => number): number[][] {
  const { n, blockOf, eligible } = ev;
  const B = ev.compiled.plan.blocks.length;
  if (ev.idOrder === 'index' && ev.compiled.plan.ranking.tieBreakers.length === 0) {
    const direct = countingOrders(ev);
    if (direct) return direct;
  }
  const byId = ev.idOrder === 'index' ? undefined : indicesById(ev);
  const sizes = new Int32Array(B);
  for (let i = 0; i < n; i++) if (eligible[i] && blockOf[i] >= 0) sizes[blockOf[i]]++;
  const order: number[][] = Array.from(sizes, (size) => new Array<number>(size));
  const filled = new Int32Array(B);
  for (let j = 0; j < n; j++) {
    const i = byId ? byId[j] : j;
    if (eligible[i] && blockOf[i] >= 0) order[blockOf[i]][filled[blockOf[i]]++] = i;
  }
  return order.map((list) => sortBestFirst(list, ev, cmp));
}

function indicesById(ev: Evaluation): Uint32Array {
  const units = ev.units;
  return Uint32Array.from({ length: ev.n }, (_, i) => i).sort((a, b) =>
    units[a].id < units[b].id ? -1 : units[a].id > units[b].id ? 1 : 0,
  );
}

/** Counting sort of every block at once, units visited in index (= id) order; undefined if a spread is too wide. */
function countingOrders(ev: Evaluation): number[][] | undefined {
  const { n, blockOf, eligible, totals } = ev;
  const scale = ev.compiled.scale;
  const B = ev.compiled.plan.blocks.length;
  const lo = new Float64Array(B).fill(Infinity);
  const hi = new Float64Array(B).fill(-Infinity);
  const sizes = new Int32Array(B);
  for (let i = 0; i < n; i++) {
    const b = blockOf[i];
    if (!eligible[i] || b < 0) continue;
    const key = Math.round(totals[i] * scale);
    if (key < lo[b]) lo[b] = key;
    if (key > hi[b]) hi[b] = key;
    sizes[b]++;
  }
  const starts: Uint32Array[] = [];
  for (let b = 0; b < B; b++) {
    const range = Math.min(MAX_COUNTING_RANGE, Math.max(MIN_COUNTING_RANGE, 4 * sizes[b]));
    if (sizes[b] === 0) starts.push(new Uint32Array(1));
    else if (!Number.isFinite(lo[b]) || !Number.isFinite(hi[b]) || hi[b] - lo[b] > range) return undefined;
    else starts.push(new Uint32Array(hi[b] - lo[b] + 2));
  }
  // bucket k of block b holds key hi[b] - k, so bucket 0 is the best total
  for (let i = 0; i < n; i++) {
    const b = blockOf[i];
    if (eligible[i] && b >= 0) starts[b][hi[b] - Math.round(totals[i] * scale) + 1]++;
  }
  for (const s of starts) for (let k = 1; k < s.length; k++) s[k] += s[k - 1];
  const order: number[][] = Array.from(sizes, (size) => new Array<number>(size));
  for (let i = 0; i < n; i++) {
    const b = blockOf[i];
    if (eligible[i] && b >= 0) order[b][starts[b][hi[b] - Math.round(totals[i] * scale)]++] = i;
  }
  return order;
}
