/**
 * Deterministic communes data as a columnar engine receives it: one Float64Array per criterion, values already
 * parsed (rates in percent, counts, yes/no as 1/0), plus the two exclusion facts. Rates are continuous, so no
 * value sits exactly on a rounding half-point (see docs/performance.md on decimal vs binary rounding).
 */
export interface CommuneColumns {
  n: number;
  ids: Uint32Array;
  values: Float64Array[];
  status: Uint8Array[];
  facts: Float64Array[];
}

/** mulberry32: small, fast, reproducible. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Scoring = { kind: string; target?: number; method?: string; perItem?: number };
export interface PlanCriterion {
  id: string;
  maxPoints: number;
  scoring: Scoring;
}

/** A value for one criterion: most units do well, so totals spread around the 160 and 180 award bands. */
function draw(c: PlanCriterion, r: () => number): number {
  const s = c.scoring;
  if (s.kind === 'yesNo') return r() < 0.93 ? 1 : 0;
  // a rate is at most 100% on a real sheet (the parser refuses more); targets of 100% are reached by a few units
  if (s.kind === 'rate') return Math.min(100, (s.target ?? 100) * (0.75 + 0.35 * r()));
  if (s.method === 'perItem') return Math.floor((c.maxPoints / (s.perItem ?? 1)) * (0.6 + 0.5 * r()));
  return Math.floor(4 * r());
}

export function generateCommunes(
  criteria: readonly PlanCriterion[],
  n: number,
  seed = 20231208,
): CommuneColumns {
  const r = random(seed);
  const values = criteria.map(() => new Float64Array(n));
  for (let i = 0; i < n; i++) for (let k = 0; k < criteria.length; k++) values[k][i] = draw(criteria[k], r);
  const lateDossiers = new Float64Array(n);
  const reportDelay = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    lateDossiers[i] = r() < 0.03 ? 2 + Math.floor(3 * r()) : Math.floor(2 * r());
    reportDelay[i] = r() < 0.02 ? 3 + Math.floor(5 * r()) : Math.floor(3 * r());
  }
  const ids = new Uint32Array(n);
  for (let i = 0; i < n; i++) ids[i] = i + 1;
  return {
    n,
    ids,
    values,
    status: criteria.map(() => new Uint8Array(n)),
    facts: [lateDossiers, reportDelay],
  };
}

/** The first `n` units as row objects (what json-rules-engine and Zen take). */
export function rowsOf(
  criteria: readonly PlanCriterion[],
  data: CommuneColumns,
  n: number,
): Record<string, number>[] {
  const rows: Record<string, number>[] = [];
  for (let i = 0; i < n; i++) {
    const row: Record<string, number> = {};
    criteria.forEach((c, k) => (row[c.id] = data.values[k][i]));
    rows.push(row);
  }
  return rows;
}
