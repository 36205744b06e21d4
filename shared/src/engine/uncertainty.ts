import { AMBIGUOUS, INVALID, MISSING, type Evaluation } from './evaluate';
import { NUDGE } from './kernels';

/**
 * What is not known for certain about each unit's total: the values missing, unreadable or ambiguous that the
 * plan's rule for missing values (awards.missingValues, per unit) holds rather than scores 0, and eligibility that
 * depends on a missing fact. Each unit's total lies in [lo, hi]: a missing value at its worst (0 points, or the
 * full deduction) and at its best (the most points it could give; an ambiguous rate at its two readings).
 */
export interface Uncertainty {
  /** 1 when the unit's total, tie-break keys or eligibility are not known for certain. */
  uncertain: Uint8Array;
  lo: Float64Array;
  hi: Float64Array;
  /** Per uncertain unit: the criteria and facts whose values are not known. */
  because: Map<number, { criteria: string[]; facts: string[] }>;
  /** True when some unit is uncertain. */
  any: boolean;
}

const cache = new WeakMap<Evaluation, Uncertainty>();

function signedRange(range: [number, number], sign: 1 | -1, scale: number): [number, number] {
  const r = (p: number) => (sign * Math.round(p * scale + NUDGE)) / scale;
  const a = r(range[0]);
  const b = r(range[1]);
  return a <= b ? [a, b] : [b, a];
}

export function uncertaintyOf(ev: Evaluation): Uncertainty {
  const cached = cache.get(ev);
  if (cached) return cached;
  const { compiled, n, totals, status, issues } = ev;
  const scale = compiled.scale;
  const policy = ev.missingPolicy;
  const uncertain = new Uint8Array(n);
  const lo = Float64Array.from(totals);
  const hi = Float64Array.from(totals);
  const because = new Map<number, { criteria: string[]; facts: string[] }>();
  const ranges = compiled.criteria.map((cc) => signedRange(cc.pointsRange, cc.sign, scale));
  const tieFacts = compiled.plan.ranking.tieBreakers
    .map((t) => (t.fact ? compiled.factIndex.get(t.fact) : undefined))
    .filter((f): f is number => f !== undefined);
  const tieCriteria = new Set(
    compiled.plan.ranking.tieBreakers
      .map((t) => (t.criterion ? compiled.criterionIndex.get(t.criterion) : undefined))
      .filter((k): k is number => k !== undefined),
  );
  const tieFactIds = new Set(tieFacts.map((f) => compiled.facts[f].id));
  let any = false;
  for (let i = 0; i < n; i++) {
    const list = issues.get(i);
    const eligibility = ev.eligibilityUnknown?.[i] === 1;
    // a unit certainly out (excluded, a standard failed, an unknown block) competes for nothing
    if ((!list && !eligibility) || (!ev.eligible[i] && !eligibility)) continue;
    const hold = !policy || policy.ruleFor(i) === 'hold';
    const criteria: string[] = [];
    const facts: string[] = [];
    let dLo = 0;
    let dHi = 0;
    let keys = false;
    for (const issue of list ?? []) {
      if (issue.kind === 'fact') {
        facts.push(issue.id);
        if (tieFactIds.has(issue.id)) keys = true;
        continue;
      }
      if (issue.kind !== 'criterion' || !hold) continue;
      const k = compiled.criterionIndex.get(issue.id);
      if (k === undefined) continue;
      const st = status[k][i];
      if (st !== MISSING && st !== INVALID && st !== AMBIGUOUS) continue;
      let range = ranges[k];
      if (st === AMBIGUOUS && issue.readings) {
        const cc = compiled.criteria[k];
        range = signedRange([cc.points(issue.readings[0]), cc.points(issue.readings[1])], cc.sign, scale);
      }
      dLo += range[0];
      dHi += range[1];
      if (range[0] !== 0 || range[1] !== 0) criteria.push(issue.id);
      if (tieCriteria.has(k)) keys = true;
    }
    if (!criteria.length && !keys && !eligibility) continue;
    uncertain[i] = 1;
    any = true;
    lo[i] = Math.round((totals[i] + dLo) * scale) / scale;
    hi[i] = Math.round((totals[i] + dHi) * scale) / scale;
    because.set(i, { criteria, facts: eligibility || keys ? facts : [] });
  }
  const out = { uncertain, lo, hi, because, any };
  cache.set(ev, out);
  return out;
}
