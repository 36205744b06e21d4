import { roundDigitsExact, roundDigitsFast } from './round-digits';

export type Lang = 'vi' | 'en';

const SEPARATORS: Record<Lang, { group: string; decimal: string }> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

function checkFinite(n: number, fn: string): void {
  if (typeof n !== 'number' || !Number.isFinite(n)) throw new RangeError(`${fn}: not a finite number: ${n}`);
}

/** Thousands grouping without a regex: "1234567" -> "1.234.567". */
function groupThousands(int: string, group: string): string {
  if (int.length <= 3) return int;
  let head = int.length % 3 || 3;
  let out = int.slice(0, head);
  for (; head < int.length; head += 3) out += group + int.slice(head, head + 3);
  return out;
}

function render(n: number, decimals: number, minDecimals: number, lang: Lang): string {
  const { group, decimal } = SEPARATORS[lang];
  const abs = Math.abs(n);
  const { int, frac } = roundDigitsFast(abs, decimals) ?? roundDigitsExact(abs, decimals);
  let shownLength = frac.length;
  while (shownLength > minDecimals && frac.charCodeAt(shownLength - 1) === 48) shownLength--;
  const sign = n < 0 && /[1-9]/.test(int + frac) ? '-' : '';
  const grouped = groupThousands(int, group);
  return sign + grouped + (shownLength ? decimal + frac.slice(0, shownLength) : '');
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

/**
 * A percent next to the one it is compared with (a value and its target): as many decimals (2 to 6) as it takes
 * not to print the target for a value a hair off it — 99,996% beside 100% is "99,996%", never "100%".
 */
export function formatPercentBeside(n: number, reference: number, lang: Lang = 'vi'): string {
  checkFinite(n, 'formatPercentBeside');
  return `${render(n, decimalsBeside(n, reference), 0, lang)}%`;
}

function decimalsBeside(n: number, reference: number): number {
  if (n === reference) return 2;
  let decimals = 2;
  while (decimals < 6 && render(n, decimals, 0, 'en') === render(reference, decimals, 0, 'en')) decimals++;
  return decimals;
}

/** Whole đồng with grouping, no currency sign: 10000000 -> "10.000.000" (vi), "10,000,000" (en). */
export function formatMoney(dong: number, lang: Lang = 'vi'): string {
  checkFinite(dong, 'formatMoney');
  return render(dong, 0, 0, lang);
}
