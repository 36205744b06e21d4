/**
 * A rate column laid out after its own figures — "Tổng số | Đã đạt | Tỷ lệ" (or "Đã đạt | Tổng số | Tỷ lệ") — says
 * itself which reading of an unformatted 0,95 holds: the two numbers before it give achieved ÷ total. When every
 * line whose rate is not 0 agrees with one reading (fraction: 0,95 = 19/20; percent: 0,95% = 0,0095) and none with
 * the other, the column is read that way; otherwise it stays ambiguous (flagged and held). The two cells must be
 * the table's own figures (no plan item reads them), and some total above 1: a 1/1 beside a 1 proves nothing.
 */
export interface RateLine {
  value: number;
  /** The two cells before the rate cell on the same line (nearest first). */
  before: [unknown, unknown];
}

const TOLERANCE = 0.006; // a rate rounded to two decimals of a percent, or to one of a fraction

function share(a: unknown, b: unknown): number | undefined {
  if (typeof a !== 'number' || typeof b !== 'number' || !(a >= 0) || !(b > 0)) return undefined;
  return a <= b ? a / b : undefined;
}

export function scaleFromFigures(lines: RateLine[]): 'fraction' | 'percent' | undefined {
  let fraction = 0;
  let percent = 0;
  let counted = false; // some total above 1: 0/1 and 1/1 alone prove nothing
  for (const { value, before } of lines) {
    if (value === 0) continue;
    if ([before[0], before[1]].some((x) => typeof x === 'number' && x > 1)) counted = true;
    // "Tổng | Đạt | Tỷ lệ": achieved is nearest; "Đạt | Tổng | Tỷ lệ": total is nearest
    const ratio = share(before[0], before[1]) ?? share(before[1], before[0]);
    if (ratio === undefined) return undefined;
    const asFraction = Math.abs(ratio - value) <= TOLERANCE;
    const asPercent = Math.abs(ratio - value / 100) <= TOLERANCE / 100;
    if (asFraction === asPercent) return undefined;
    if (asFraction) fraction++;
    else percent++;
  }
  if (!counted) return undefined;
  if (fraction && !percent) return 'fraction';
  if (percent && !fraction) return 'percent';
  return undefined;
}
