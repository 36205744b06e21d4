import fc from 'fast-check';
import {
  formatMoney,
  formatNumber,
  formatPercent,
  formatPoints,
  parseNumber,
  parseRate,
} from '../../src/values';

const RUNS = { numRuns: 1000 };

// Independent oracle: ICU rounding half away from zero ('halfExpand') to 2 places, no grouping.
const icu2 = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  roundingMode: 'halfExpand',
  useGrouping: false,
} as Intl.NumberFormatOptions);
const round2 = (n: number): number => Number(icu2.format(n)) + 0;

function parsed(text: string, locale: 'vi' | 'en' | 'auto'): number {
  const r = parseNumber(text, locale);
  if (!r.ok) throw new Error(`${text}: ${r.detail}`);
  return r.value;
}

describe('formatNumber', () => {
  it.each<[number, number | undefined, string, string]>([
    [9, 1, '9,0', '9.0'],
    [1234.5, 1, '1.234,5', '1,234.5'],
    [1234.5, undefined, '1.234,5', '1,234.5'],
    [1234567.891, undefined, '1.234.567,89', '1,234,567.89'],
    [1000, undefined, '1.000', '1,000'],
    [999, undefined, '999', '999'],
    [100000, 0, '100.000', '100,000'],
    [0, undefined, '0', '0'],
    [0, 2, '0,00', '0.00'],
    [9, undefined, '9', '9'],
    [9.5, undefined, '9,5', '9.5'],
    [9.5, 2, '9,50', '9.50'],
    [-1234.5, 2, '-1.234,50', '-1,234.50'],
    [0.125, undefined, '0,13', '0.13'],
    [-0.125, undefined, '-0,13', '-0.13'],
    [1.005, 2, '1,01', '1.01'],
    [2.675, 2, '2,68', '2.68'],
    [0.5, 0, '1', '1'],
    [-0.5, 0, '-1', '-1'],
    [2.5, 0, '3', '3'],
    [99.995, 2, '100,00', '100.00'],
    [999.9996, undefined, '1.000', '1,000'],
    [-0.001, 2, '0,00', '0.00'],
    [-0, undefined, '0', '0'],
    [1e-7, 3, '0,000', '0.000'],
    [0.00049, 3, '0,000', '0.000'],
    [0.0005, 3, '0,001', '0.001'],
    [1e21, 0, '1.000.000.000.000.000.000.000', '1,000,000,000,000,000,000,000'],
    [123.456, 5, '123,45600', '123.45600'],
  ])('%p (decimals %p) -> vi %j, en %j', (n, decimals, vi, en) => {
    expect(formatNumber(n, decimals, 'vi')).toBe(vi);
    expect(formatNumber(n, decimals, 'en')).toBe(en);
  });

  it('defaults to Vietnamese', () => expect(formatNumber(1234.5)).toBe('1.234,5'));

  it.each([NaN, Infinity, -Infinity])('throws RangeError for %p', (n) => {
    expect(() => formatNumber(n)).toThrow(RangeError);
    expect(() => formatPoints(n)).toThrow(RangeError);
    expect(() => formatPercent(n)).toThrow(RangeError);
    expect(() => formatMoney(n)).toThrow(RangeError);
  });

  it.each([-1, 1.5, 21])('throws RangeError for decimals %p', (d) => {
    expect(() => formatNumber(1, d)).toThrow(RangeError);
  });

  it.each(['vi', 'en'] as const)('%s: parses back to n rounded to 2 decimals (any double)', (lang) => {
    const shape = lang === 'vi' ? /^-?\d{1,3}(\.\d{3})*,\d{2}$/ : /^-?\d{1,3}(,\d{3})*\.\d{2}$/;
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (n) => {
        const text = formatNumber(n, 2, lang);
        expect(text).toMatch(shape);
        expect(parsed(text, lang)).toBe(round2(n));
      }),
      RUNS,
    );
  });

  it.each(['vi', 'en'] as const)('%s: round-trips exactly for whole hundredths', (lang) => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (cents) => {
        const n = Number(cents) / 100;
        expect(parsed(formatNumber(n, 2, lang), lang)).toBe(n + 0);
      }),
      RUNS,
    );
  });
});

describe('formatPoints', () => {
  it.each<[number, string, string]>([
    [9, '9,0', '9.0'],
    [8.25, '8,25', '8.25'],
    [8.2, '8,2', '8.2'],
    [8.256, '8,26', '8.26'],
    [10, '10,0', '10.0'],
    [0, '0,0', '0.0'],
    [-1.5, '-1,5', '-1.5'],
    [1234.5, '1.234,5', '1,234.5'],
    [9.999, '10,0', '10.0'],
  ])('%p -> vi %j, en %j', (n, vi, en) => {
    expect(formatPoints(n)).toBe(vi);
    expect(formatPoints(n, 'en')).toBe(en);
  });
});

describe('formatPercent', () => {
  it.each<[number, string, string]>([
    [80.5, '80,5%', '80.5%'],
    [72, '72%', '72%'],
    [0, '0%', '0%'],
    [100, '100%', '100%'],
    [33.333333, '33,33%', '33.33%'],
    [66.666, '66,67%', '66.67%'],
  ])('%p -> vi %j, en %j', (n, vi, en) => {
    expect(formatPercent(n)).toBe(vi);
    expect(formatPercent(n, 'en')).toBe(en);
  });

  it.each(['vi', 'en'] as const)('%s: parseRate reads it back (rounded to 2 decimals)', (lang) => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (p) => {
        const r = parseRate(formatPercent(p, lang));
        expect(r).toEqual({ ok: true, value: round2(p) });
      }),
      RUNS,
    );
  });
});

describe('formatMoney', () => {
  it.each<[number, string, string]>([
    [10_000_000, '10.000.000', '10,000,000'],
    [2_500_000, '2.500.000', '2,500,000'],
    [0, '0', '0'],
    [999, '999', '999'],
    [1000, '1.000', '1,000'],
    [-50_000, '-50.000', '-50,000'],
    [1_234_567_890_123, '1.234.567.890.123', '1,234,567,890,123'],
    [1500.5, '1.501', '1,501'],
  ])('%p -> vi %j, en %j', (n, vi, en) => {
    expect(formatMoney(n)).toBe(vi);
    expect(formatMoney(n, 'en')).toBe(en);
  });

  it('round-trips through parseNumber for 0..10^13', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 13n }), (big) => {
        const n = Number(big);
        const vi = formatMoney(n, 'vi');
        const en = formatMoney(n, 'en');
        expect(vi).toMatch(/^\d{1,3}(\.\d{3})*$/);
        expect(en).toMatch(/^\d{1,3}(,\d{3})*$/);
        expect(parsed(vi, 'vi')).toBe(n);
        expect(parsed(vi, 'auto')).toBe(n);
        expect(parsed(en, 'en')).toBe(n);
      }),
      RUNS,
    );
  });
});
