/**
 * Part 1 (one child per case): the path the API runs, side by side with the hand-written typed-array loop
 * (bench/limit.ts) on the same generated communes, in this process.
 *
 *   --case score   N units: scoreRequest (what /api/score runs after JSON.parse) with `explain` (default
 *                  'none', no explanation text) against the loop; also its phases, for where the time goes
 *   --case path    N units: JSON.parse of the request text + scoreRequest + JSON.stringify of the answer, default
 *                  options, against the loop; the JSON floor (parse + stringify alone); answer bytes a unit;
 *                  and whether the answer is byte-identical with the units in another order
 *   --case engine  N units: the engine alone (evaluate + rankAndAward, from row objects) and the loop, for the
 *                  peak RSS at 1,000,000 units (the API takes at most maxUnits a request) and the peers' ratio
 *
 * The answer's totals, ranks and tiers must equal the loop's for every unit before anything is timed.
 */
import {
  DEFAULT_REQUEST_LIMITS,
  prepareRequest,
  scoreRequest,
  rankAndAward,
  type Standing,
  evaluate,
  respond,
  unitsHash,
  builtInPlan,
  type CompiledPlan,
  type ScoreResponse,
  type UnitInput,
} from '@thidua/core';
import { useNodeCrypto } from '@thidua/core/adapters/node';
import { arg, collectGarbage, COMMUNE_CRITERIA, median, now, peakRssMb, report } from './common';
import { generateCommunes, random, type CommuneColumns } from './generate';
import { limitRankAndAward, limitTotals } from './limit';
import { asSheet, PLAN_ID, requestBody, requestUnits } from './request';

// the input hash with Node's SHA-256, as the API runs it (functions/src/setup.ts)
useNodeCrypto();

const kind = arg('case', 'score');
const n = Number(arg('n', '100000'));
const budgetMs = Number(arg('budget-ms', '8000'));
const explain = arg('explain', 'none');
const compiled = builtInPlan(PLAN_ID) as CompiledPlan;
const tiers = compiled.plan.awards.tiers;
const limits = { ...DEFAULT_REQUEST_LIMITS, maxUnits: n, maxCells: 100 * n, maxAnswerBytes: 2 ** 40 };

/** The typed-array loop over the same units: totals, ranks and tiers into reused buffers. */
function limitOf(data: CommuneColumns) {
  const totals = new Float64Array(data.n);
  const rank = new Int32Array(data.n);
  const tier = new Int32Array(data.n);
  return () => {
    limitTotals(data, totals);
    limitRankAndAward(data, totals, rank, tier);
    return { totals, rank, tier };
  };
}

/** The answer agrees with the loop on every unit: total, rank, and tier (or a tie left to the council). */
function checkAgreement(data: CommuneColumns, units: readonly UnitInput[], response: ScoreResponse) {
  const { totals, rank, tier } = limitOf(data)();
  const index = new Map(units.map((u, i) => [u.id, i]));
  let awarded = 0;
  for (const r of response.results) {
    const i = index.get(r.unitId) as number;
    const expectedTier = tier[i] >= 0 ? tiers[tier[i]].id : null;
    const pending = tier[i] === -2;
    const same =
      r.total === totals[i] &&
      (r.rank ?? 0) === rank[i] &&
      (r.award?.tier ?? null) === expectedTier &&
      r.pendingTiers.length > 0 === pending;
    if (!same)
      throw new Error(
        `unit ${r.unitId}: answer ${r.total}/${r.rank}/${r.award?.tier} ≠ loop ${totals[i]}/${rank[i]}/${expectedTier}`,
      );
    if (r.award) awarded++;
  }
  if (response.results.length !== data.n) throw new Error('the answer does not list every unit');
  return { units: data.n, awarded };
}

type Variant = () => unknown;
type Timing = { medianMs: number; minMs: number; reps: number; unitsPerSecond: number };

/**
 * Alternates the variants rep by rep (so load from other processes hits all alike) until the budget is spent;
 * each sample repeats a variant enough times to last ~20 ms. At N ≥ 100,000 a forced GC precedes each sample.
 */
function time(variants: Record<string, Variant>) {
  const calls: Record<string, number> = {};
  for (const [name, run] of Object.entries(variants)) {
    const t0 = now();
    run();
    calls[name] = Math.max(1, Math.round(20 / Math.max(0.001, now() - t0)));
  }
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  const start = now();
  for (let rep = 0; rep < 500; rep++) {
    for (const [name, run] of Object.entries(variants)) {
      if (n >= 100_000) collectGarbage();
      const t0 = now();
      for (let c = 0; c < calls[name]; c++) run();
      samples[name].push((now() - t0) / calls[name]);
    }
    if (rep + 1 >= (n >= 1_000_000 ? 3 : 5) && now() - start > budgetMs) break;
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

/** Median of the per-rep ratios limit time / variant time: each pair ran back to back, under the same load. */
const pairedRatio = (variant: number[], limit: number[]) =>
  Number(median(variant.map((v, r) => limit[r] / v)).toFixed(4));

/** Warm-up, the same for every variant: many calls on a small data set, then one on the real data. */
function warmUp(make: (d: CommuneColumns) => Record<string, Variant>, real: Record<string, Variant>) {
  const small = make(asSheet(generateCommunes(COMMUNE_CRITERIA, Math.min(n, 2_000), 99)));
  for (let rep = 0; rep < 100; rep++) Object.values(small).forEach((run) => run());
  Object.values(real).forEach((run) => run());
}

function shuffled<T>(list: readonly T[], seed: number): T[] {
  const r = random(seed);
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const answerOf = (body: unknown): ScoreResponse => {
  const out = scoreRequest(body, limits);
  if (!out.ok) throw new Error(`score request refused: ${out.title} ${JSON.stringify(out.problems[0])}`);
  return out.response;
};

function scoreCase() {
  const data = asSheet(generateCommunes(COMMUNE_CRITERIA, n));
  const make = (d: CommuneColumns) => {
    const body = JSON.parse(requestBody(d, { lang: 'vi', explain })) as { units: UnitInput[] };
    return { scoreRequest: () => answerOf(body), limit: limitOf(d) };
  };
  const body = JSON.parse(requestBody(data, { lang: 'vi', explain })) as { units: UnitInput[] };
  const agreement = checkAgreement(data, body.units, answerOf(body));
  const variants = { scoreRequest: () => answerOf(body), limit: limitOf(data) };
  warmUp(make, variants);
  const { timings, samples } = time(variants);
  return {
    n,
    explain,
    agreement,
    timings,
    ratio: pairedRatio(samples.scoreRequest, samples.limit),
    phases: phases(body),
    peakRssMb: peakRssMb(),
  };
}

/** Where scoreRequest's time goes: each step alone, median of a few runs. */
function phases(body: unknown) {
  const prepared = prepareRequest(body, limits, 'score');
  if (!prepared.ok) throw new Error(prepared.title);
  const { compiled: plan, request } = prepared;
  const ev = evaluate(plan, request.units, request.options);
  const standing: Standing = rankAndAward(ev);
  const steps: Record<string, Variant> = {
    prepare: () => prepareRequest(body, limits, 'score'),
    evaluate: () => evaluate(plan, request.units, request.options),
    rank: () => rankAndAward(ev),
    inputHash: () => unitsHash(request.units),
    respond: () => respond(ev, standing, request.options),
  };
  const ms: Record<string, number[]> = {};
  for (let rep = 0; rep < 5; rep++)
    for (const [name, run] of Object.entries(steps)) {
      collectGarbage();
      const t0 = now();
      run();
      (ms[name] ??= []).push(now() - t0);
    }
  return Object.fromEntries(Object.entries(ms).map(([k, xs]) => [k, Number(median(xs).toFixed(3))]));
}

function pathCase() {
  const data = asSheet(generateCommunes(COMMUNE_CRITERIA, n, 7));
  /** The request path, the loop, and the JSON floor: parsing the same request and writing the same answer. */
  const make = (d: CommuneColumns) => {
    const text = requestBody(d);
    const answer = answerOf(JSON.parse(text));
    return {
      requestPath: () => JSON.stringify(answerOf(JSON.parse(text))),
      limit: limitOf(d),
      jsonFloor: () => JSON.stringify(JSON.parse(text) === undefined ? undefined : answer),
    };
  };
  const text = requestBody(data);
  const body = JSON.parse(text) as { units: UnitInput[]; options: unknown };
  const response = answerOf(body);
  const agreement = checkAgreement(data, body.units, response);
  const answer = JSON.stringify(response);
  // the same units in two other orders: byte for byte the same answer
  const orderIndependent = [1, 2].every(
    (seed) => JSON.stringify(answerOf({ ...body, units: shuffled(body.units, seed) })) === answer,
  );
  const variants = make(data);
  warmUp(make, variants);
  const { timings, samples } = time(variants);
  return {
    n,
    agreement,
    requestBytes: Buffer.byteLength(text),
    answerBytes: Buffer.byteLength(answer),
    answerBytesPerUnit: Math.round(Buffer.byteLength(answer) / n),
    orderIndependent,
    timings,
    ratio: pairedRatio(samples.requestPath, samples.limit),
    jsonFloorMs: timings.jsonFloor.medianMs,
    pathOverJsonFloor: Number((timings.requestPath.medianMs / timings.jsonFloor.medianMs).toFixed(2)),
    peakRssMb: peakRssMb(),
  };
}

/**
 * The engine on N units from row objects, for time and memory at 1,000,000 units. The loop is timed first; then
 * the units are built and the generated columns dropped, so the peak RSS is the loop's data, or the units and
 * the engine's columns — what scoring a million units in the product takes. Medians of unpaired runs.
 */
function engineCase() {
  // the generated columns live only in here: the units are all that is left when the engine runs
  const { units, expected, limit } = (() => {
    const data = asSheet(generateCommunes(COMMUNE_CRITERIA, n));
    const loop = limitOf(data);
    const { totals, rank, tier } = loop();
    return {
      expected: { totals: totals.slice(), rank: rank.slice(), tier: tier.slice() },
      limit: time({ limit: loop }).timings.limit,
      units: requestUnits(data),
    };
  })();
  collectGarbage();
  const inputRssMb = Math.round(process.memoryUsage().rss / 2 ** 20);
  const engine = () => {
    const ev = evaluate(compiled, units);
    const standing = rankAndAward(ev);
    return { totals: ev.totals, rank: standing.rank, tier: standing.tier };
  };
  const got = engine();
  for (let i = 0; i < n; i++)
    if (
      got.totals[i] !== expected.totals[i] ||
      got.rank[i] !== expected.rank[i] ||
      got.tier[i] !== expected.tier[i]
    )
      throw new Error(`unit ${units[i].id}: engine ≠ typed-array loop`);
  const timings = { engine: time({ engine }).timings.engine, limit };
  return {
    n,
    timings,
    ratio: Number((limit.medianMs / timings.engine.medianMs).toFixed(4)),
    /** RSS with the units built and the generated columns dropped, before any scoring. */
    inputRssMb,
    peakRssMb: peakRssMb(),
  };
}

report(kind === 'path' ? pathCase() : kind === 'engine' ? engineCase() : scoreCase());
