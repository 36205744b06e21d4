/** The integer and fraction digits of |n| rounded half away from zero to a number of places. */
export interface Digits {
  int: string;
  frac: string;
}

/**
 * Exact: rounds the shortest decimal form of the double (as printed by JS), so that 1.005 -> "1.01" rather
 * than toFixed's "1.00".
 */
export function roundDigitsExact(abs: number, decimals: number): Digits {
  const [mantissa, exp] = abs.toExponential().split('e');
  let digits = mantissa.replace('.', '');
  let point = Number(exp) + 1; // digits before the decimal point
  if (point < 1) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  digits = digits.padEnd(point + decimals + 1, '0');
  let kept = digits.slice(0, point + decimals);
  if (digits[point + decimals] >= '5') {
    const bumped = (BigInt(kept) + 1n).toString().padStart(kept.length, '0');
    if (bumped.length > kept.length) point++;
    kept = bumped;
  }
  return { int: kept.slice(0, point).replace(/^0+(?=\d)/, ''), frac: kept.slice(point) };
}

const POWERS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6];
const ZEROS = ['', '0', '00', '000', '0000', '00000', '000000'];
// Below 1e9 a double's spacing is under 2e-7, so the scaled value is within ~4e-7 of the scaled shortest
// decimal; away from a half by more than HALF_MARGIN, Math.round then picks the same neighbour as the exact path.
const MAX_SCALED = 1e9;
const HALF_MARGIN = 1e-6;

/**
 * Fast: the same digits as `roundDigitsExact` with integer arithmetic, or undefined when it cannot be sure
 * (more than 6 places, a scaled value of 1e9 or more, or within HALF_MARGIN of a rounding half).
 */
export function roundDigitsFast(abs: number, decimals: number): Digits | undefined {
  if (decimals > 6) return undefined;
  const scaled = abs * POWERS[decimals];
  if (!(scaled < MAX_SCALED)) return undefined;
  const floor = Math.floor(scaled);
  const rest = scaled - floor;
  if (Math.abs(rest - 0.5) <= HALF_MARGIN) return undefined;
  const rounded = rest > 0.5 ? floor + 1 : floor;
  if (decimals === 0) return { int: String(rounded), frac: '' };
  let digits = String(rounded);
  if (digits.length <= decimals) digits = ZEROS[decimals + 1 - digits.length] + digits;
  const point = digits.length - decimals;
  return { int: digits.slice(0, point), frac: digits.slice(point) };
}
