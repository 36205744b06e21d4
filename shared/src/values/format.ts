export type Lang = 'vi' | 'en';

const SEPARATORS: Record<Lang, { group: string; decimal: string }> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/**
 * Rounds |n| half away from zero to `decimals` places, working on the shortest decimal form of the
 * double (as printed by JS) so that 1.005 -> "1.01" rather than toFixed's "1.00".
 * Returns the integer and fraction digit strings.
 */
function roundDigits(abs: number, decimals: number): { int: string; frac: string } {
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

function checkFinite(n: number, fn: string): void {
  if (typeof n !== 'number' || !Number.isFinite(n)) throw new RangeError(`${fn}: not a finite number: ${n}`);
}

function render(n: number, decimals: number, minDecimals: number, lang: Lang): string {
  const { group, decimal } = SEPARATORS[lang];
  const { int, frac } = roundDigits(Math.abs(n), decimals);
  let shown = frac;
  while (shown.length > minDecimals && shown.endsWith('0')) shown = shown.slice(0, -1);
  const sign = n < 0 && /[1-9]/.test(int + frac) ? '-' : '';
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return sign + grouped + (shown ? decimal + shown : '');
}

/**
 * Formats without depending on the machine's locale. With `decimals`, exactly that many places;
 * without, up to 2 with trailing zeros trimmed. Rounds half away from zero.
 * Throws RangeError for NaN/Infinity or a bad `decimals`.
 */
export function formatNumber(n: number, decimals?: number, lang: Lang = 'vi'): string {
  checkFinite(n, 'formatNumber');
  if (decimals === undefined) return render(n, 2, 0, lang);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new RangeError(`formatNumber: decimals must be an integer 0..20, got ${decimals}`);
  }
  return render(n, decimals, decimals, lang);
}

/** Points always show at least one decimal and at most two: 9 -> "9,0", 8.25 -> "8,25". */
export function formatPoints(n: number, lang: Lang = 'vi'): string {
  checkFinite(n, 'formatPoints');
  return render(n, 2, 1, lang);
}

/** `n` is already a percent: 80.5 -> "80,5%", 72 -> "72%". */
export function formatPercent(n: number, lang: Lang = 'vi'): string {
  checkFinite(n, 'formatPercent');
  return `${render(n, 2, 0, lang)}%`;
}

/** Whole đồng with grouping, no currency sign: 10000000 -> "10.000.000" (vi), "10,000,000" (en). */
export function formatMoney(dong: number, lang: Lang = 'vi'): string {
  checkFinite(dong, 'formatMoney');
  return render(dong, 0, 0, lang);
}
