/**
 * The practical limit: the communes plan's 24 default rules hand-written over typed arrays, with the engine's
 * rounding (each criterion's points to 0.01, summed in criterion order, the total to 0.01), then eligibility,
 * ranking and the 1/1/1/2 prize places — no engine code is used.
 */
import type { CommuneColumns } from './generate';

// Half-up rounding at 2 decimals, with the engine's nudge against binary artefacts (4,225 → 4,23).
const r2 = (x: number) => Math.round(x * 100 + 1e-7) / 100;

/** Totals of all units: one pass over the 24 column streams. */
export function limitTotals(d: CommuneColumns, totals: Float64Array): void {
  const [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12] = d.values;
  const [c13, c14, c15, c16, c17, c18, c19, c20, c21, c22, c23, c24] = d.values.slice(12);
  const n = d.n;
  for (let i = 0; i < n; i++) {
    let t = 0;
    t += c01[i] >= 1 ? 10 : 0;
    t += c02[i] >= 1 ? 10 : 0;
    t += c03[i] >= 1 ? 8 : 0;
    t += r2(8 * Math.min(1, c04[i] / 100));
    t += r2(8 * Math.min(1, c05[i] / 100));
    t += r2(8 * Math.min(1, c06[i] / 100));
    t += r2(8 * Math.min(1, c07[i] / 100));
    t += r2(10 * Math.min(1, c08[i] / 80));
    t += r2(8 * Math.min(1, c09[i] / 100));
    t += c10[i] >= 1 ? 6 : 0;
    t += c11[i] >= 1 ? 6 : 0;
    t += c12[i] >= 100 ? 8 : 0;
    t += r2(Math.min(10, c13[i] * 0.05));
    t += r2(10 * Math.min(1, c14[i] / 50));
    t += c15[i] >= 1 ? 8 : 0;
    t += c16[i] >= 1 ? 8 : 0;
    t += r2(8 * Math.min(1, c17[i] / 100));
    t += c18[i] >= 2 ? 8 : 0;
    t += c19[i] >= 100 ? 6 : 0;
    t += r2(10 * Math.min(1, c20[i] / 98));
    t += c21[i] >= 1 ? 7 : 0;
    t += r2(Math.min(9, c22[i] * 0.25));
    t += r2(8 * Math.min(1, c23[i] / 100));
    t += c24[i] >= 1 ? 10 : 0;
    totals[i] = r2(t);
  }
}

const NO_TIER = -1;
const PENDING = -2;
/** Places in order: Nhất, Nhì, Ba (≥ 180), Khuyến khích ×2 (≥ 160, in rank order). */
const SLOT_TIER = [0, 1, 2, 3, 3];
const SLOT_MIN = [180, 180, 180, 160, 160];

/** Eligibility (the two exclusions), competition ranks, and prize places with ties left to the council. */
export function limitRankAndAward(
  d: CommuneColumns,
  totals: Float64Array,
  rank: Int32Array,
  tier: Int32Array,
): void {
  const n = d.n;
  const [late, delay] = d.facts;
  tier.fill(NO_TIER);
  rank.fill(0);
  // counting sort on the total in hundredths (0..20000), best first; ids ascend with the index
  const counts = new Uint32Array(20002);
  const key = new Int32Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    if (late[i] >= 2 || delay[i] >= 3) {
      key[i] = -1;
      continue;
    }
    const k = 20000 - Math.round(totals[i] * 100);
    key[i] = k;
    counts[k + 1]++;
    m++;
  }
  for (let k = 1; k < counts.length; k++) counts[k] += counts[k - 1];
  const order = new Uint32Array(m);
  for (let i = 0; i < n; i++) if (key[i] >= 0) order[counts[key[i]]++] = i;

  let p = 0;
  for (let start = 0; start < m;) {
    const k = key[order[start]];
    let end = start + 1;
    while (end < m && key[order[end]] === k) end++;
    for (let j = start; j < end; j++) rank[order[j]] = start + 1;
    const size = end - start;
    const total = totals[order[start]];
    start = end;
    while (p < SLOT_TIER.length && total < SLOT_MIN[p]) p++;
    if (p >= SLOT_TIER.length) continue;
    const taken = Math.min(size, SLOT_TIER.length - p);
    const sameTier = taken === size && SLOT_TIER[p] === SLOT_TIER[p + taken - 1];
    for (let j = end - size; j < end; j++) tier[order[j]] = sameTier ? SLOT_TIER[p] : PENDING;
    p += taken;
  }
}
