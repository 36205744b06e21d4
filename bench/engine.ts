/**
 * Part 1 (one child per N): the engine (evaluateColumns + rankAndAward) against the hand-written typed-array
 * loop, on N generated communes. Both must agree on every total, rank and tier before anything is timed.
 */
import { rankAndAward } from '../shared/src/engine/awards';
import { evaluateColumns } from '../shared/src/engine/columnar';
import type { CompiledPlan } from '../shared/src/engine/compile';
import { builtInPlan } from '../shared/src/plans';
import { arg, collectGarbage, COMMUNE_CRITERIA, median, now, peakRssMb, report } from './common';
import { generateCommunes, type CommuneColumns } from './generate';
import { limitRankAndAward, limitTotals } from './limit';

const n = Number(arg('n', '100000'));
const budgetMs = Number(arg('budget-ms', '8000'));
const compiled = builtInPlan('phung-hiep-2023-xa') as CompiledPlan;
const data: CommuneColumns = generateCommunes(COMMUNE_CRITERIA, n);
const input = { ids: data.ids, values: data.values, status: data.status, facts: data.facts };

/** The four timed variants over one data set: the engine and the hand-written loop, scoring alone and in full. */
function variantsFor(d: CommuneColumns) {
  const columns = { ids: d.ids, values: d.values, status: d.status, facts: d.facts };
  const totals = new Float64Array(d.n);
  const rank = new Int32Array(d.n);
  const tier = new Int32Array(d.n);
  return {
    engineScore: () => evaluateColumns(compiled, columns),
    engineFull: () => rankAndAward(evaluateColumns(compiled, columns)),
    limitScore: () => limitTotals(d, totals),
    limitFull: () => {
      limitTotals(d, totals);
      limitRankAndAward(d, totals, rank, tier);
      return { totals, rank, tier };
    },
  };
}
const variants = variantsFor(data);

function checkAgreement(): { units: number; ranked: number; awarded: number } {
  const ev = evaluateColumns(compiled, input);
  const standing = rankAndAward(ev);
  const { totals, rank, tier } = variants.limitFull();
  let ranked = 0;
  let awarded = 0;
  for (let i = 0; i < n; i++) {
    if (ev.totals[i] !== totals[i])
      throw new Error(`unit ${data.ids[i]}: engine total ${ev.totals[i]} ≠ typed-array loop ${totals[i]}`);
    if (standing.rank[i] !== rank[i] || standing.tier[i] !== tier[i])
      throw new Error(
        `unit ${data.ids[i]}: engine rank/tier ${standing.rank[i]}/${standing.tier[i]} ≠ ${rank[i]}/${tier[i]}`,
      );
    if (rank[i]) ranked++;
    if (tier[i] !== -1) awarded++;
  }
  return { units: n, ranked, awarded };
}

type Timing = { medianMs: number; minMs: number; reps: number; unitsPerSecond: number };

/** Alternates the variants rep by rep (so load from other processes hits all alike) until the budget is spent. */
function time(variants: Record<string, () => unknown>): {
  timings: Record<string, Timing>;
  samples: Record<string, number[]>;
} {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  const start = now();
  const minReps = n >= 1_000_000 ? 3 : 5;
  // small N: several calls per sample (timer resolution) and no forced GC (it would evict what a real caller
  // keeps warm); large N: one call per sample after a forced GC, so one variant's garbage is not another's pause
  const calls = Math.max(1, Math.floor(50_000 / n));
  for (let rep = 0; rep < 2000; rep++) {
    for (const [name, run] of Object.entries(variants)) {
      if (n >= 100_000) collectGarbage();
      const t0 = now();
      for (let c = 0; c < calls; c++) run();
      samples[name].push((now() - t0) / calls);
    }
    if (rep + 1 >= minReps && now() - start > budgetMs) break;
  }
  const timings = Object.fromEntries(
    Object.entries(samples).map(([k, xs]) => {
      const m = median(xs);
      const timing: Timing = {
        medianMs: Number(m.toFixed(3)),
        minMs: Number(Math.min(...xs).toFixed(3)),
        reps: xs.length,
        unitsPerSecond: Math.round((n / m) * 1000),
      };
      return [k, timing];
    }),
  );
  return { timings, samples };
}

/** Median of the per-rep ratios limit time / engine time: each pair ran back to back, under the same load. */
function pairedRatio(engine: number[], limit: number[]): number {
  return Number(median(engine.map((e, r) => limit[r] / e)).toFixed(3));
}

const agreement = checkAgreement();
// Warm-up (untimed), the same for every variant: many calls on a small data set, so each function is optimised
// as a whole (a few calls on huge data only optimise loops on stack, which then bail out at the code after them),
// then one call on the real data.
const small = variantsFor(generateCommunes(COMMUNE_CRITERIA, 2_000, 99));
for (let rep = 0; rep < 300; rep++) Object.values(small).forEach((run) => run());
Object.values(variants).forEach((run) => run());
const { timings, samples } = time(variants);
report({
  n,
  agreement,
  timings,
  ratioFull: pairedRatio(samples.engineFull, samples.limitFull),
  ratioScore: pairedRatio(samples.engineScore, samples.limitScore),
  ratioFullOfMinimums: Number((timings.limitFull.minMs / timings.engineFull.minMs).toFixed(3)),
  peakRssMb: peakRssMb(),
});
