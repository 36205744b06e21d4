import fc from 'fast-check';
import { compileCriterion } from '../../src/engine/criteria';
import type { Criterion } from '../../src/plan/schema';
import {
  formatMoney,
  formatNumber,
  formatPercent,
  parseBoolean,
  parseCount,
  parseNumber,
  parseRate,
  type Parsed,
} from '../../src/values';

const RUNS = { numRuns: 1000 };

/** A decimal with `d` places, exactly: k / 10^d for a whole k. */
const decimalArb = fc
  .record({ k: fc.integer({ min: -1e12, max: 1e12 }), d: fc.integer({ min: 0, max: 4 }) })
  .map(({ k, d }) => ({ n: k / 10 ** d, d }));

const valueOf = <T>(p: Parsed<T>): T | undefined => (p.ok ? p.value : undefined);

describe('formatting then reading a number gives it back, in either convention', () => {
  it("vi ('.' groups, ',' decimal) read as vi, and as auto", () => {
    fc.assert(
      fc.property(decimalArb, ({ n, d }) => {
        const s = formatNumber(n, d, 'vi');
        expect([s, valueOf(parseNumber(s, 'vi'))]).toEqual([s, n + 0]);
        expect([s, valueOf(parseNumber(s, 'auto'))]).toEqual([s, n + 0]);
      }),
      RUNS,
    );
  });

  it("en (',' groups, '.' decimal) read as en", () => {
    fc.assert(
      fc.property(decimalArb, ({ n, d }) => {
        const s = formatNumber(n, d, 'en');
        expect([s, valueOf(parseNumber(s, 'en'))]).toEqual([s, n + 0]);
      }),
      RUNS,
    );
  });

  it('en read as auto: the same value, or the lone-separator form the points and count readers refuse', () => {
    fc.assert(
      fc.property(decimalArb, ({ n, d }) => {
        const s = formatNumber(n, d, 'en');
        const auto = valueOf(parseNumber(s, 'auto'));
        if (auto === n + 0) return;
        // only "1,234" (→ 1,234 the Vietnamese way) and "1.234" (→ 1234) read otherwise
        expect(s).toMatch(/^-?[1-9]\d{0,2}[.,]\d{3}$/);
      }),
      RUNS,
    );
  });

  it('percents (0–100, two decimals) round-trip with "%", in both conventions', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.constantFrom('vi', 'en') as fc.Arbitrary<'vi' | 'en'>,
        (k, lang) => {
          const s = formatPercent(k / 100, lang);
          expect([s, valueOf(parseRate(s))]).toEqual([s, k / 100]);
        },
      ),
      RUNS,
    );
  });

  it('whole đồng round-trip as counts in vi; in en they read back or are refused with both readings', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (k) => {
        expect(valueOf(parseCount(formatMoney(k, 'vi')))).toBe(k);
        const en = parseCount(formatMoney(k, 'en'));
        if (en.ok) expect(en.value).toBe(k);
        else expect(en.detail).toMatch(/đọc được hai cách/);
      }),
      RUNS,
    );
  });
});

describe('a number that reads two ways in a points cell is refused with both readings, never guessed', () => {
  const criterion = (max: number) =>
    compileCriterion({
      id: 'c',
      number: '1',
      title: 'Tiêu chí 1',
      maxPoints: max,
      scoring: { kind: 'assessed' },
    } as Criterion);

  it('every lone-separator figure: accepted only when just one reading lies in 0..max and it is the reader’s', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 0, max: 999 }),
        fc.constantFrom('.', ','),
        fc.constantFrom('', ' điểm', 'đ'),
        fc.integer({ min: 1, max: 2000 }),
        (head, tail, sep, unit, max) => {
          const raw = `${head}${sep}${String(tail).padStart(3, '0')}${unit}`;
          const thousands = head * 1000 + tail;
          const decimal = Number(`${head}.${String(tail).padStart(3, '0')}`);
          const [vi, en] = sep === '.' ? [thousands, decimal] : [decimal, thousands];
          const p = criterion(max).read(raw, 'percent');
          const inRange = (v: number) => v <= max;
          // read: only the Vietnamese reading, and only when the English one cannot be meant
          if (p.ok) expect([raw, p.value, vi === en || !inRange(en)]).toEqual([raw, vi, true]);
          // the English reading could be meant: refused, both readings said
          if (inRange(en) && en !== vi)
            expect([raw, p.ok ? '' : p.detail]).toEqual([raw, expect.stringMatching(/đọc được hai cách/)]);
          // one reading possible (with "đ" an amount in đồng "1,000đ" is refused two ways by the money rule)
          if (inRange(vi) && !inRange(en) && unit !== 'đ') expect([raw, valueOf(p)]).toEqual([raw, vi]);
          if (!inRange(vi) && !inRange(en)) expect([raw, p.ok]).toEqual([raw, false]);
        },
      ),
      RUNS,
    );
  });

  it.each<[string, number, number | string]>([
    ['1,250', 10, 1.25], // 1250 is above 10: one reading
    ['1.250', 10, 'hai cách'], // 1250 (Vietnamese) is above 10, 1,25 (English) is not: asked, not guessed
    ['1.250', 2000, 'hai cách'],
    ['1,250', 2000, 'hai cách'],
    ['8,5', 10, 8.5],
    ['8.5', 10, 8.5], // not three digits: a decimal point either way
    ['8đ', 10, 8], // "đ" for điểm beside points
    ['8 điểm', 10, 8],
    ['8/10', 10, 8], // the criterion's own scale written beside the points
    ['8,5 / 10', 10, 8.5],
    ['4/5', 10, 'thang 5'], // another scale: not rescaled by guess
    ['12', 10, 'ngoài khoảng'],
  ])('%j in a cell worth %p points → %p', (raw, max, expected) => {
    const p = criterion(max).read(raw, 'percent');
    if (typeof expected === 'number') expect(valueOf(p)).toBe(expected);
    else {
      expect(p.ok).toBe(false);
      if (!p.ok) expect(p.detail).toContain(expected);
    }
  });

  it('the message gives both readings in Vietnamese, then English, each in its own convention', () => {
    const p = criterion(10).read('1.250', 'percent');
    expect(p).toEqual({
      ok: false,
      reason: 'invalid',
      detail:
        '"1.250" đọc được hai cách: 1.250 hay 1,25 điểm (tối đa 10); ghi lại số điểm, dấu phẩy là dấu thập phân (ví dụ "1,25")',
      detailEn:
        '"1.250" reads two ways: 1,250 or 1.25 points (at most 10); type the points again, with a decimal comma (e.g. "1,25")',
    });
  });
});

describe('cells officials type: decided readings', () => {
  it.each<[string, number]>([
    ['80,5%', 80.5],
    ['80.5%', 80.5],
    ['80,5 %', 80.5],
    ['8/10', 80], // a share in a rate cell
  ])('rate %j → %p%%', (raw, expected) => {
    expect(valueOf(parseRate(raw))).toBe(expected);
  });

  it.each(['８０％', '８', '１.２５０', '80\u200b%'])(
    'full-width or hidden characters %j are refused, never read',
    (raw) => {
      expect(parseNumber(raw).ok).toBe(false);
      expect(parseRate(raw).ok).toBe(false);
      expect(parseCount(raw).ok).toBe(false);
    },
  );

  it.each<[string, boolean]>([
    ['Đạt', true],
    ['x', true],
    ['X', true],
    ['Hoàn thành', true],
    ['Chưa đạt', false],
    ['Không', false],
  ])('yes/no %j → %p', (raw, expected) => {
    expect(valueOf(parseBoolean(raw))).toBe(expected);
  });

  it('"Hoàn thành tốt" is a rating level, not a yes/no: refused in a yes/no cell', () => {
    expect(parseBoolean('Hoàn thành tốt').ok).toBe(false);
  });

  it('"Đạt" in an all-or-nothing rate meets the target; in a proportional rate it is not a number', () => {
    const rate = (method: 'allOrNothing' | 'proportional') =>
      compileCriterion({
        id: 'r',
        number: '1',
        title: 'Tỷ lệ',
        maxPoints: 6,
        scoring: { kind: 'rate', target: 100, comparison: 'atLeast', method },
      } as Criterion);
    expect(valueOf(rate('allOrNothing').read('Đạt', 'percent'))).toBe(100);
    expect(rate('proportional').read('Đạt', 'percent').ok).toBe(false);
  });
});
