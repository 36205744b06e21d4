import type { Tier } from '../plan/schema';
import type { Evaluation } from './evaluate';
import { blockOrders } from './rank-order';
import { uncertaintyOf, type Uncertainty } from './uncertainty';

export const NO_TIER = -1;
export const PENDING = -2;
/** Held: a missing, unreadable or ambiguous value (this unit's or a competitor's) could change this award. */
export const HELD = -3;

/** Units tied on every ranking key, straddling a tier's count: left to the council. */
export interface TieGroup {
  block: number;
  unitIndices: number[];
  rank: number;
  total: number;
  /** Tier index of each slot the group stands on. */
  slotTiers: number[];
}

/** Why a unit's tier is held: the tiers it could end up with and the units whose values are not known. */
export interface HeldAward {
  /** Tier indices the unit could still get. */
  tiers: number[];
  /** Whether it may also get none (false: one of `tiers` is certain, which one is not). */
  orNone: boolean;
  /** Units whose missing values could change it (the unit itself when its own values are missing). */
  by: number[];
}

export interface Standing {
  /** Competition rank within the block (1, 1, 3); 0 when not ranked. */
  rank: Int32Array;
  /** Tier index, NO_TIER, PENDING (tie for the council) or HELD (waiting for missing data). */
  tier: Int32Array;
  /** Per block: eligible unit indices, best first. */
  order: number[][];
  ties: TieGroup[];
  /** Units above every open tier's band under aboveBand = 'strict'. */
  aboveBand: Set<number>;
  /** Units whose tier waits for missing data (tier[i] = HELD, or a tie that missing data could also change). */
  held: Map<number, HeldAward>;
}

/** Compare two units on the ranking keys only (total, then the plan's tie-breakers): 0 means tied. */
export function rankComparator(ev: Evaluation): (a: number, b: number) => number {
  const { compiled, totals, facts } = ev;
  const keys = compiled.tieBreakers.map((t) => {
    if (t.criterion !== undefined) {
      const col = ev.points[t.criterion]; // points are computed on first read: only for such a tie-breaker
      return { dir: t.dir, get: (i: number) => col[i] };
    }
    const f = t.fact ?? 0;
    return { dir: t.dir, get: (i: number) => toNumber(facts[i][f]) };
  });
  if (!keys.length) return (a, b) => totals[b] - totals[a];
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

/** The places of the tiers (tier 0 × count, tier 1 × count…), walked by position, never listed. */
interface Places {
  tiers: Tier[];
  /** ends[ti]: the first place after tier ti. */
  ends: number[];
  places: number;
  strict: boolean;
}

function tierAt(pl: Places, p: number): number {
  let lo = 0;
  let hi = pl.ends.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pl.ends[mid] > p) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** From place p, skip every tier whose band the total does not reach (the rest of that tier at once). */
function skip(pl: Places, p: number, total: number): number {
  let ti = p < pl.places ? tierAt(pl, p) : pl.tiers.length;
  while (p < pl.places && total < pl.tiers[ti].minTotal) p = pl.ends[ti++];
  return p;
}

interface BlockRun {
  /** Per unit (indexed by unit) of the list: the place its group starts at (after skipping bands), its group's size. */
  start: Int32Array;
  size: Int32Array;
  /** The place after the places its group takes (its start when it takes none: past the last place, or above band). */
  next: Int32Array;
}

/**
 * Fills one block's places in rank order; writes rank, tier, ties and aboveBand, and into `run` (when given) the
 * position of every unit's group.
 */
function allocateBlock(
  b: number,
  list: number[],
  ev: Evaluation,
  cmp: (a: number, b: number) => number,
  pl: Places,
  out: Pick<Standing, 'rank' | 'tier' | 'ties' | 'aboveBand'>,
  run?: BlockRun,
): void {
  const { totals } = ev;
  const totalOnly = ev.compiled.plan.ranking.tieBreakers.length === 0;
  const { tiers, ends, places } = pl;
  let p = 0;
  let ti = 0; // the tier of place p
  let previous = 0; // where the previous group starts in `list`
  for (let from = 0; from < list.length;) {
    if (run) for (let j = previous; j < from; j++) run.next[list[j]] = p;
    previous = from;
    let end = from + 1;
    const total = totals[list[from]];
    // a group: equal totals, and equal tie-breakers when the plan has any
    while (
      end < list.length &&
      totals[list[end]] === total &&
      (totalOnly || cmp(list[from], list[end]) === 0)
    )
      end++;
    for (let j = from; j < end; j++) out.rank[list[j]] = from + 1;
    const groupStart = from;
    from = end;

    // every place of a tier has the tier's band: a total below it skips the rest of the tier at once
    while (p < places && total < tiers[ti].minTotal) p = ends[ti++];
    if (run)
      for (let j = groupStart; j < end; j++) {
        run.start[list[j]] = p;
        run.size[list[j]] = end - groupStart;
      }
    if (p >= places) continue;
    const group = list.slice(groupStart, end);
    const max = tiers[ti].maxTotal;
    if (pl.strict && max !== undefined && total >= max) {
      group.forEach((i) => out.aboveBand.add(i));
      continue;
    }
    const taken: number[] = [];
    while (taken.length < group.length && p < places) {
      taken.push(ti);
      if (++p === ends[ti]) ti++;
    }
    if (taken.length === group.length && taken.every((t) => t === taken[0])) {
      for (const i of group) out.tier[i] = taken[0];
    } else {
      for (const i of group) out.tier[i] = PENDING;
      out.ties.push({ block: b, unitIndices: group, rank: out.rank[group[0]], total, slotTiers: taken });
    }
  }
  if (run) for (let j = previous; j < list.length; j++) run.next[list[j]] = p;
}

export function rankAndAward(ev: Evaluation): Standing {
  const { compiled, n } = ev;
  const { tiers, aboveBand: bandRule } = compiled.plan.awards;
  const B = compiled.plan.blocks.length;
  const standing: Standing = {
    rank: new Int32Array(n),
    tier: new Int32Array(n).fill(NO_TIER),
    order: [],
    ties: [],
    aboveBand: new Set<number>(),
    held: new Map(),
  };
  const cmp = rankComparator(ev);
  standing.order = blockOrders(ev, cmp);
  const ends: number[] = [];
  for (const t of tiers) ends.push((ends[ends.length - 1] ?? 0) + t.count);
  const pl: Places = { tiers, ends, places: ends[ends.length - 1] ?? 0, strict: bandRule === 'strict' };
  for (let b = 0; b < B; b++) allocateBlock(b, standing.order[b], ev, cmp, pl, standing);
  if (pl.places > 0) {
    const u = uncertaintyOf(ev);
    if (u.any) for (let b = 0; b < B; b++) holdForMissingData(b, ev, cmp, pl, u, standing);
  }
  return standing;
}

/**
 * The tiers a unit whose total lies in [lo, hi] could stand on when the walk reaches it at place `from` or later:
 * from the first tier it can start at (minTotal ≤ hi, and under strict a maxTotal above lo) to the last, since a
 * tied group spills into the tiers below. Empty: the unit never takes a place.
 */
function reachableTiers(pl: Places, from: number, lo: number, hi: number): number[] {
  const out: number[] = [];
  if (from >= pl.places) return out;
  for (let t = tierAt(pl, from); t < pl.tiers.length; t++) {
    const tier = pl.tiers[t];
    const open = tier.minTotal <= hi && !(pl.strict && tier.maxTotal !== undefined && lo >= tier.maxTotal);
    if (out.length || open) out.push(t);
  }
  return out;
}

/**
 * Which awards of block b a missing value could change, and so are held. An award is final only if no completion
 * of the values not known (any value in each criterion's range, extremes and ties included; a fact either way)
 * changes it. A unit's award depends only on the units ranked at or above it. Let U_c be the uncertain units whose
 * best total reaches a certain unit c's total (they could rank at or above it); with U_c empty, c's award is final.
 *
 * Let H be the best total of any uncertain unit. The certain units above H are placed first in every completion,
 * alike, and leave the walk at place P0; every group after them has a total ≤ H and starts at P0 or later. When
 * no tier from P0 on applies its band literally to a total ≤ H (`aboveBand: strict` with a maxTotal ≤ H), the rest
 * of the walk only ever moves a unit down: ranking the certain units alone puts c's group at places [q, q + g), and
 * each unit of U_c can push it down by at most one place (by taking a place itself, or a higher tier's place that
 * pushes a unit above c down), never up. Under bands as lower bounds (`rankOrder`) every unit above c takes a place
 * or skips one of a band it misses, so the walk of the units ranked above c — the uncertain ones of U_c whose worst
 * total is above c's included, at their best — gives the earliest place p c can start at: c's award is final when p
 * and q + |U_c| + g − 1 lie in the tier the provisional ranking gave it, or p is past the last place. An uncertain
 * unit's own award is held unless even at its best total (ranked first among equals) it gets no place, on the tiers
 * from its best place to its worst (each unit that could be at or above it at its lowest such total), piece by piece
 * of its possible totals cut at each band's start, so that no tier it can never reach is listed. Under `strict`
 * the certain units above H are placed first as the ranking places them (ending at P0, some of them above a band
 * and taking no place); every walk starts at P0, where no band applies literally to the totals left.
 *
 * Otherwise a group rising above a band takes no place, which can move the units below it UP (past the last place
 * back into the awards, or into a higher tier): every c with U_c not empty is held on every tier from P0 on it could
 * stand on, and so is every uncertain unit (`reachableTiers`; none means "no award" is final).
 */
function holdForMissingData(
  b: number,
  ev: Evaluation,
  cmp: (a: number, b: number) => number,
  pl: Places,
  u: Uncertainty,
  standing: Standing,
): void {
  const { blockOf, totals, n } = ev;
  const competing: number[] = [];
  for (let i = 0; i < n; i++)
    if (blockOf[i] === b && u.uncertain[i] && (ev.eligible[i] || ev.eligibilityUnknown?.[i]))
      competing.push(i);
  if (!competing.length) return;
  const certain = standing.order[b].filter((i) => !u.uncertain[i]);
  const ids = ev.units;
  const byId = (a: number, c: number) => (ids[a].id < ids[c].id ? -1 : ids[a].id > ids[c].id ? 1 : 0);
  // uncertain competitors, best total first
  const best = [...competing].sort((a, c) => u.hi[c] - u.hi[a] || byId(a, c));
  const scratch = {
    rank: new Int32Array(n),
    tier: new Int32Array(n).fill(NO_TIER),
    ties: [] as TieGroup[],
    aboveBand: new Set<number>(),
  };
  const run: BlockRun = {
    start: new Int32Array(n).fill(pl.places),
    size: new Int32Array(n).fill(1),
    next: new Int32Array(n).fill(pl.places),
  };
  allocateBlock(b, certain, ev, cmp, pl, scratch, run);
  /** How many of `list` (sorted by `key`, highest first) have a key at least (or, strictly, above) `total`. */
  const countAbove = (list: number[], key: (i: number) => number, total: number, strictly: boolean) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const v = key(list[mid]);
      if (strictly ? v > total : v >= total) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** The place the walk of the certain units is at after those whose total is above `total`. */
  const placeAfterAbove = (total: number) => {
    const above = countAbove(certain, (c) => totals[c], total, true);
    return above > 0 ? run.next[certain[above - 1]] : 0;
  };
  const highest = u.hi[best[0]];
  const fixedUpTo = placeAfterAbove(highest); // P0
  const monotone = downOnlyFrom(pl, fixedUpTo, highest);
  const lowestBand = Math.min(...pl.tiers.map((t) => t.minTotal));
  const reaching = (total: number) => countAbove(best, (i) => u.hi[i], total, false);
  const range = (from: number, to: number, total: number) => {
    const out: number[] = [];
    for (let t = from; t <= to && t < pl.tiers.length; t++) if (pl.tiers[t].minTotal <= total) out.push(t);
    return out;
  };
  /** Eligible whatever its missing values: it takes a place in every completion (one of unknown eligibility may not). */
  const surelyCompetes = (i: number) => ev.eligible[i] && !ev.eligibilityUnknown?.[i];
  const fixedAbove = countAbove(certain, (c) => totals[c], highest, true);
  /**
   * The place after units of these totals have taken theirs, in descending order, skipping the bands they miss. The
   * list holds every certain unit above H (every caller's list does): those are placed alike in every completion and
   * end at P0, so the walk starts there with the rest, whose totals are ≤ H. From P0 on no band applies literally to
   * them (`downOnlyFrom`), so under `strict` too each takes a place or skips one of a band it misses.
   */
  const walkEnd = (list: number[]) => {
    let p = fixedUpTo;
    for (const t of [...list].sort((x, y) => y - x)) {
      if (t > highest) continue;
      p = skip(pl, p, t);
      if (p >= pl.places) break;
      p++;
    }
    return p;
  };
  const hold = (i: number, tiersHeld: number[], by: number[], orNone = true) => {
    if (!tiersHeld.length) return;
    standing.held.set(i, { tiers: tiersHeld, by: [...by].sort(byId), orNone });
    if (standing.tier[i] !== PENDING) standing.tier[i] = HELD;
  };

  /**
   * The latest place unit x (of total `low`, or at its lowest total `low`) can take: after every other unit that
   * could be at or above it — the certain ones of a total at least `low`, the uncertain ones whose best reaches it —
   * each at its lowest such total (a lower total skips more places of a band), `places` when none is left for it.
   */
  const latestPlace = (x: number, low: number) => {
    const certainAbove = countAbove(certain, (c) => totals[c], low, false);
    const uncertainAbove = reaching(low);
    // each unit at or above takes at least one place: as many as the places, and none may be left for it
    if (fixedUpTo + certainAbove - fixedAbove + uncertainAbove - 1 >= pl.places) return pl.places;
    return skip(
      pl,
      walkEnd([
        ...certain
          .slice(0, certainAbove)
          .filter((c) => c !== x)
          .map((c) => totals[c]),
        ...best
          .slice(0, uncertainAbove)
          .filter((j) => j !== x)
          .map((j) => Math.max(u.lo[j], low)),
      ]),
      low,
    );
  };

  let groupStart = 0;
  for (let ci = 0; ci < certain.length; ci++) {
    const c = certain[ci];
    if (ci > 0 && cmp(certain[ci - 1], c) !== 0) groupStart = ci;
    const k = reaching(totals[c]);
    if (k === 0) continue;
    const by = best.slice(0, k);
    if (!monotone) {
      hold(c, reachableTiers(pl, fixedUpTo, totals[c], totals[c]), by);
      continue;
    }
    // no place even with the certain units alone: more competitors only push down
    if (run.start[c] >= pl.places && standing.tier[c] === NO_TIER) continue;
    // the earliest c can start: the units ranked above it at their highest totals (the uncertain ones whose worst
    // total is above c's are above it in every completion; each takes a place, or skips one of a band it misses);
    // the latest: each of the k pushes it down by at most one place
    const above = certain.slice(0, groupStart).map((x) => totals[x]);
    for (const x of by) if (u.lo[x] > totals[c] && surelyCompetes(x)) above.push(u.hi[x]);
    const q = skip(pl, walkEnd(above), totals[c]);
    // the latest: each of the k pushes it down by at most one place; and no later than after every unit that could
    // be at or above it, each at its lowest such total (one that misses a band c misses skips no place of c's)
    const last = Math.min(run.start[c] + k + run.size[c] - 1, latestPlace(c, totals[c]));
    // final only where every completion gives c the tier the provisional totals gave it (a tie stays the council's)
    const given = standing.tier[c];
    if (q >= pl.places) {
      if (given === NO_TIER) continue;
    } else if (
      last < pl.places &&
      tierAt(pl, last) === tierAt(pl, q) &&
      (given === tierAt(pl, q) || given === PENDING)
    )
      continue;
    if (q >= pl.places) hold(c, range(tierAt(pl, run.start[c]), pl.tiers.length - 1, totals[c]), by);
    else
      hold(
        c,
        range(tierAt(pl, q), tierAt(pl, Math.min(last, pl.places - 1)), totals[c]),
        by,
        last >= pl.places,
      );
  }

  for (const i of competing) {
    const top = u.hi[i];
    if (!monotone) {
      // the provisional total (the value counted 0) can lie below lo: a scale whose lowest level gives points
      hold(i, reachableTiers(pl, fixedUpTo, Math.min(u.lo[i], totals[i]), top), [i]);
      continue;
    }
    if (top < lowestBand) continue;
    // at its best total: below the certain units above it, and the uncertain ones whose worst total is above it
    const certainOver = countAbove(certain, (c) => totals[c], top, true);
    // the certain units above H end at P0; each one after takes a place (or skips one)
    if (fixedUpTo + certainOver - fixedAbove >= pl.places) continue;
    const over = certain.slice(0, certainOver).map((c) => totals[c]);
    for (const j of best) {
      if (u.hi[j] <= top || fixedUpTo + over.length - fixedAbove >= pl.places) break;
      if (j !== i && u.lo[j] > top && surelyCompetes(j)) over.push(u.hi[j]);
    }
    const s = skip(pl, walkEnd(over), top);
    if (s >= pl.places) continue;
    // The totals it may reach, cut where a band starts: within one piece [a, b) every total meets the same bands,
    // so its earliest place is that of its highest total there (below the units surely above b, skipping the bands
    // a misses) and its latest that of a (below every unit that could be at or above a, each at its lowest such
    // total). The tiers it could get are the union over the pieces: a lone unit at 80 whose blank may take it to 90
    // gets Nhất (≥ 85, first) or Khuyến khích (below 85), never Nhì or Ba.
    const low = u.lo[i];
    const cuts = [...new Set(pl.tiers.map((t) => t.minTotal))].filter((m) => m > low && m <= top);
    cuts.sort((x, y) => x - y);
    const starts = [low, ...cuts];
    const could = new Set<number>();
    let none = !surelyCompetes(i);
    for (let k = 0; k < starts.length; k++) {
      const a = starts[k];
      const b = k + 1 < starts.length ? starts[k + 1] : top;
      const certainOverB = countAbove(certain, (c) => totals[c], b, true);
      const surelyOver = certain.slice(0, certainOverB).map((c) => totals[c]);
      for (const j of best) {
        if (u.hi[j] <= b || fixedUpTo + surelyOver.length - fixedAbove >= pl.places) break;
        if (j !== i && u.lo[j] > b && surelyCompetes(j)) surelyOver.push(u.hi[j]);
      }
      const first = skip(pl, walkEnd(surelyOver), a);
      if (first >= pl.places) {
        none = true;
        continue;
      }
      const last = latestPlace(i, a);
      if (last >= pl.places) none = true;
      const to = last >= pl.places ? pl.tiers.length - 1 : tierAt(pl, last);
      for (const t of range(tierAt(pl, first), to, a)) could.add(t);
    }
    const tiersHeld = [...could].sort((x, y) => x - y);
    // final whatever its values: it surely competes and every piece gives it the tier the provisional ranking gave
    if (!none && tiersHeld.length === 1 && standing.tier[i] === tiersHeld[0]) continue;
    hold(i, tiersHeld, [i], none);
  }
}

/**
 * Whether the walk from place `from` on, with every total ≤ `highest`, only ever moves a unit down when one more
 * unit comes above it: the bands act as lower bounds only (minTotals that do not rise, which parsePlan checks) and,
 * under `aboveBand: strict`, no tier from `from` on has a maxTotal such a total reaches.
 */
function downOnlyFrom(pl: Places, from: number, highest: number): boolean {
  for (let t = 1; t < pl.tiers.length; t++) if (pl.tiers[t].minTotal > pl.tiers[t - 1].minTotal) return false;
  if (!pl.strict || from >= pl.places) return true;
  for (let t = tierAt(pl, from); t < pl.tiers.length; t++) {
    const max = pl.tiers[t].maxTotal;
    if (max !== undefined && highest >= max) return false;
  }
  return true;
}
