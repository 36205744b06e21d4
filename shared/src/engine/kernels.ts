import type { CompiledCriterion } from './criteria';

/**
 * Adds one criterion's points to `totals` and stores them in `out` (unit i at out[i - outBase], so a tile
 * buffer can stand in for a whole column) for units from..to-1 whose status is OK (0). Returns how many
 * units it skipped (status not OK), so callers only look for unread cells in columns that have some.
 * Every kernel computes exactly `(sign * Math.round(cc.points(v) * scale + NUDGE)) / scale`, the rounding of
 * `computePoints`; the specialised ones only inline the common formulas so the loop body has no call
 * (a single loop calling 24 different closures is megamorphic and about 10× slower).
 */
/**
 * Points are rounded half up at the plan's decimals, as an official rounds them on paper. In binary floating
 * point 10 × 33,8/80 = 4,225 is 422,49999999999994 after scaling, which Math.round alone turns into 4,22; the
 * nudge (far below any real difference: points come from values with a few decimals) restores 4,23.
 */
export const NUDGE = 1e-7;

export type PointsKernel = (
  values: Float64Array,
  status: Uint8Array,
  out: Float64Array,
  outBase: number,
  totals: Float64Array,
  from: number,
  to: number,
) => number;

/** Full points when the value reaches `threshold`, none otherwise (yes/no, all-or-nothing, count target). */
function reachKernel(threshold: number, max: number, sign: number, scale: number): PointsKernel {
  const hit = (sign * Math.round(max * scale + NUDGE)) / scale;
  const miss = (sign * Math.round(0 * scale)) / scale;
  return (values, status, out, outBase, totals, from, to) => {
    let skipped = 0;
    for (let i = from; i < to; i++) {
      if (status[i] !== 0) {
        skipped++;
        continue;
      }
      const p = values[i] >= threshold ? hit : miss;
      out[i - outBase] = p;
      totals[i] += p;
    }
    return skipped;
  };
}

/** max × min(1, v / target) for a positive target: equal to "full points once v reaches the target". */
function proportionalKernel(target: number, max: number, sign: number, scale: number): PointsKernel {
  return (values, status, out, outBase, totals, from, to) => {
    let skipped = 0;
    for (let i = from; i < to; i++) {
      if (status[i] !== 0) {
        skipped++;
        continue;
      }
      const p = (sign * Math.round(max * Math.min(1, values[i] / target) * scale + NUDGE)) / scale + 0; // -0 (a deduction of nothing) is 0
      out[i - outBase] = p;
      totals[i] += p;
    }
    return skipped;
  };
}

/** min(max, v × perItem): per-item points with a cap. */
function perItemKernel(perItem: number, max: number, sign: number, scale: number): PointsKernel {
  return (values, status, out, outBase, totals, from, to) => {
    let skipped = 0;
    for (let i = from; i < to; i++) {
      if (status[i] !== 0) {
        skipped++;
        continue;
      }
      const p = (sign * Math.round(Math.min(max, values[i] * perItem) * scale + NUDGE)) / scale + 0;
      out[i - outBase] = p;
      totals[i] += p;
    }
    return skipped;
  };
}

/** Points given directly (assessed, bonus or deduction points). */
function identityKernel(sign: number, scale: number): PointsKernel {
  return (values, status, out, outBase, totals, from, to) => {
    let skipped = 0;
    for (let i = from; i < to; i++) {
      if (status[i] !== 0) {
        skipped++;
        continue;
      }
      const p = (sign * Math.round(values[i] * scale + NUDGE)) / scale + 0;
      out[i - outBase] = p;
      totals[i] += p;
    }
    return skipped;
  };
}

/** Any other scoring (steps, at-most rates, kinds added later): one call of the compiled formula per unit. */
function genericKernel(cc: CompiledCriterion, scale: number): PointsKernel {
  const f = cc.points;
  const sign = cc.sign;
  return (values, status, out, outBase, totals, from, to) => {
    let skipped = 0;
    for (let i = from; i < to; i++) {
      if (status[i] !== 0) {
        skipped++;
        continue;
      }
      const p = (sign * Math.round(f(values[i]) * scale + NUDGE)) / scale + 0;
      out[i - outBase] = p;
      totals[i] += p;
    }
    return skipped;
  };
}

/** Scoring fields the specialised kernels understand; a scoring with any other field takes the generic path. */
const KNOWN_FIELDS = new Set(['kind', 'target', 'comparison', 'method', 'steps', 'perItem', 'input']);

/** The fastest kernel that computes exactly what `cc.points` computes. */
export function pointsKernel(cc: CompiledCriterion, scale: number): PointsKernel {
  const c = cc.criterion;
  const s = c.scoring;
  const max = c.maxPoints;
  const sign = cc.sign;
  if (!Object.keys(s).every((key) => KNOWN_FIELDS.has(key))) return genericKernel(cc, scale);
  switch (s.kind) {
    case 'yesNo':
      return reachKernel(1, max, sign, scale);
    case 'rate':
      if (s.comparison !== 'atLeast' && s.comparison !== 'moreThan') break;
      if (s.method === 'allOrNothing' && s.comparison === 'atLeast')
        return reachKernel(s.target, max, sign, scale);
      if (s.method === 'proportional' && s.target > 0) return proportionalKernel(s.target, max, sign, scale);
      break;
    case 'count':
      if (s.method === 'target') return reachKernel(s.target ?? 0, max, sign, scale);
      if (s.method === 'perItem') return perItemKernel(s.perItem ?? max, max, sign, scale);
      break;
    case 'assessed':
      return identityKernel(sign, scale);
    case 'bonus':
    case 'deduction':
      return s.input === 'count'
        ? perItemKernel(s.perItem ?? 1, max, sign, scale)
        : identityKernel(sign, scale);
  }
  return genericKernel(cc, scale);
}
