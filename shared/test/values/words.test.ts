import fc from 'fast-check';
import { moneyInWords } from '../../src/values';

const RUNS = { numRuns: 1000 };

describe('moneyInWords', () => {
  it.each<[number, string]>([
    [0, 'Không đồng'],
    [1, 'Một đồng'],
    [5, 'Năm đồng'],
    [10, 'Mười đồng'],
    [11, 'Mười một đồng'],
    [14, 'Mười bốn đồng'],
    [15, 'Mười lăm đồng'],
    [20, 'Hai mươi đồng'],
    [21, 'Hai mươi mốt đồng'],
    [24, 'Hai mươi tư đồng'],
    [25, 'Hai mươi lăm đồng'],
    [55, 'Năm mươi lăm đồng'],
    [100, 'Một trăm đồng'],
    [101, 'Một trăm linh một đồng'],
    [105, 'Một trăm linh năm đồng'],
    [110, 'Một trăm mười đồng'],
    [115, 'Một trăm mười lăm đồng'],
    [1000, 'Một nghìn đồng'],
    [1005, 'Một nghìn không trăm linh năm đồng'],
    [1050, 'Một nghìn không trăm năm mươi đồng'],
    [10_500, 'Mười nghìn năm trăm đồng'],
    [1_000_000, 'Một triệu đồng'],
    [1_005_000, 'Một triệu không trăm linh năm nghìn đồng'],
    [2_500_000, 'Hai triệu năm trăm nghìn đồng'],
    [10_000_000, 'Mười triệu đồng'],
    [1_000_000_000, 'Một tỷ đồng'],
    [2_000_000_001, 'Hai tỷ không trăm linh một đồng'],
    [1_000_000_000_000, 'Một nghìn tỷ đồng'],
    [
      1_234_567_890_123,
      'Một nghìn hai trăm ba mươi tư tỷ năm trăm sáu mươi bảy triệu tám trăm chín mươi nghìn một trăm hai mươi ba đồng',
    ],
    [1_000_000_000_000_000, 'Một triệu tỷ đồng'],
    [1_000_005_000_000_000, 'Một triệu không trăm linh năm tỷ đồng'],
  ])('%p -> %j', (n, expected) => {
    expect(moneyInWords(n)).toBe(expected);
  });

  it.each([-1, 1.5, 0.1, NaN, Infinity, 2 ** 53])('throws RangeError for %p', (n) => {
    expect(() => moneyInWords(n)).toThrow(RangeError);
  });
});

// Reads the words back, as an independent check of the readings.
const DIGITS: Record<string, number> = {
  không: 0,
  một: 1,
  mốt: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  năm: 5,
  lăm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
};

function wordsToNumber(text: string): number {
  const words = text.toLowerCase().split(' ');
  expect(words.pop()).toBe('đồng');
  let total = 0;
  let current = 0;
  let last = 0;
  for (const w of words) {
    if (w in DIGITS) {
      last = DIGITS[w];
      current += last;
    } else if (w === 'mười') current += 10;
    else if (w === 'mươi') current += last * 9;
    else if (w === 'trăm') current += last * 99;
    else if (w === 'nghìn' || w === 'triệu') {
      total += current * (w === 'nghìn' ? 1e3 : 1e6);
      current = 0;
    } else if (w === 'tỷ') {
      total = (total + current) * 1e9;
      current = 0;
    } else if (w !== 'linh') throw new Error(`unexpected word ${w} in ${text}`);
  }
  return total + current;
}

describe('moneyInWords properties', () => {
  const amounts = fc.oneof(
    fc.integer({ min: 0, max: 2_000_000 }),
    fc.bigInt({ min: 0n, max: 10n ** 15n }).map(Number),
    // Sparse digits exercise "không trăm" and "linh" inside groups.
    fc
      .array(fc.constantFrom(0, 0, 0, 1, 4, 5), { minLength: 1, maxLength: 16 })
      .map((ds) => Number(ds.join(''))),
  );

  it('is well-formed and deterministic', () => {
    fc.assert(
      fc.property(amounts, (n) => {
        const text = moneyInWords(n);
        expect(text).not.toContain('undefined');
        expect(text).not.toMatch(/\s{2}|^\s|\s$/);
        expect(text).toMatch(/^[A-ZĐ][^A-ZĐ]* đồng$/);
        expect(moneyInWords(n)).toBe(text);
      }),
      RUNS,
    );
  });

  it('reads back to the same amount', () => {
    fc.assert(
      fc.property(amounts, (n) => {
        expect(wordsToNumber(moneyInWords(n))).toBe(n);
      }),
      RUNS,
    );
  });

  it('uses mốt, tư, lăm and linh only where Vietnamese does', () => {
    fc.assert(
      fc.property(amounts, (n) => {
        const w = moneyInWords(n).toLowerCase().split(' ');
        w.forEach((word, i) => {
          const prev = w[i - 1];
          if (word === 'mốt' || word === 'tư') expect(prev).toBe('mươi');
          if (word === 'lăm') expect(['mươi', 'mười']).toContain(prev);
          if (word === 'linh') expect(prev).toBe('trăm');
          if (word === 'mươi') expect(['một', 'không']).not.toContain(prev);
          if (prev === 'mươi') expect(['một', 'bốn', 'năm', 'không']).not.toContain(word);
          if (prev === 'mười') expect(['năm', 'không']).not.toContain(word);
          if (prev === 'linh') expect(['không', 'mươi', 'mười']).not.toContain(word);
        });
        if (n > 0) expect(w[0]).not.toBe('không');
      }),
      RUNS,
    );
  });
});
