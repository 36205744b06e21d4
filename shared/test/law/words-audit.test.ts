import fc from 'fast-check';
import { money, moneyWithWords } from '../../src/dossier';
import { AWARD_FORM_NAMES, statutoryPrize, type Recipient } from '../../src/law/prize-money';
import { MONEY_PHRASES } from '../../src/messages/money';
import { moneyInWords } from '../../src/values';

const RUNS = { numRuns: 2000 };

/**
 * An independent reading of a whole amount, by the standard values/words.ts configures: "linh" (not "lẻ") before a
 * lone unit digit, "mốt" / "tư" / "lăm" after "mươi", "lăm" after "mười" (but "mười một", "mười bốn"), "không trăm"
 * in every group after the first spoken one, empty groups left out, "nghìn" (not "ngàn") and "tỷ" repeated above a
 * thousand billion ("một nghìn tỷ").
 */
const DIGIT = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];

function group(n: number, inner: boolean): string[] {
  const h = Math.floor(n / 100);
  const t = Math.floor(n / 10) % 10;
  const u = n % 10;
  const out: string[] = [];
  const hundreds = inner || h > 0;
  if (hundreds) out.push(DIGIT[h], 'trăm');
  if (t === 0) {
    if (u) out.push(...(hundreds ? ['linh'] : []), DIGIT[u]);
  } else if (t === 1) {
    out.push('mười');
    if (u) out.push(u === 5 ? 'lăm' : DIGIT[u]);
  } else {
    out.push(DIGIT[t], 'mươi');
    if (u) out.push(u === 1 ? 'mốt' : u === 4 ? 'tư' : u === 5 ? 'lăm' : DIGIT[u]);
  }
  return out;
}

function belowBillion(n: number, spoken: boolean): string[] {
  const out: string[] = [];
  const groups: [number, string | undefined][] = [
    [Math.floor(n / 1e6), 'triệu'],
    [Math.floor(n / 1e3) % 1000, 'nghìn'],
    [n % 1000, undefined],
  ];
  for (const [g, scale] of groups) {
    if (!g) continue;
    out.push(...group(g, spoken), ...(scale ? [scale] : []));
    spoken = true;
  }
  return out;
}

function read(n: number): string[] {
  if (n === 0) return ['không'];
  const high = Math.floor(n / 1e9);
  return [...(high ? [...read(high), 'tỷ'] : []), ...belowBillion(n % 1e9, high > 0)];
}

function reference(dong: number): string {
  const text = `${read(dong).join(' ')} đồng`;
  return text[0].toUpperCase() + text.slice(1);
}

describe('amounts in words, as dossiers write them', () => {
  it.each<[number, string]>([
    [4, 'Bốn đồng'],
    [40, 'Bốn mươi đồng'],
    [44, 'Bốn mươi tư đồng'],
    [45, 'Bốn mươi lăm đồng'],
    [54, 'Năm mươi tư đồng'],
    [104, 'Một trăm linh bốn đồng'],
    [111, 'Một trăm mười một đồng'],
    [114, 'Một trăm mười bốn đồng'],
    [121, 'Một trăm hai mươi mốt đồng'],
    [124, 'Một trăm hai mươi tư đồng'],
    [125, 'Một trăm hai mươi lăm đồng'],
    [504, 'Năm trăm linh bốn đồng'],
    [1001, 'Một nghìn không trăm linh một đồng'],
    [1004, 'Một nghìn không trăm linh bốn đồng'],
    [1010, 'Một nghìn không trăm mười đồng'],
    [1014, 'Một nghìn không trăm mười bốn đồng'],
    [1015, 'Một nghìn không trăm mười lăm đồng'],
    [1021, 'Một nghìn không trăm hai mươi mốt đồng'],
    [1024, 'Một nghìn không trăm hai mươi tư đồng'],
    [1100, 'Một nghìn một trăm đồng'],
    [10_000, 'Mười nghìn đồng'],
    [10_010, 'Mười nghìn không trăm mười đồng'],
    [14_000, 'Mười bốn nghìn đồng'],
    [24_000, 'Hai mươi tư nghìn đồng'],
    [100_005, 'Một trăm nghìn không trăm linh năm đồng'],
    [101_000, 'Một trăm linh một nghìn đồng'],
    [110_000, 'Một trăm mười nghìn đồng'],
    [450_000, 'Bốn trăm năm mươi nghìn đồng'],
    [1_000_010, 'Một triệu không trăm mười đồng'],
    [1_010_000, 'Một triệu không trăm mười nghìn đồng'],
    [1_015_000, 'Một triệu không trăm mười lăm nghìn đồng'],
    [1_105_000, 'Một triệu một trăm linh năm nghìn đồng'],
    [1_410_000, 'Một triệu bốn trăm mười nghìn đồng'],
    [1_490_000, 'Một triệu bốn trăm chín mươi nghìn đồng'],
    [2_980_000, 'Hai triệu chín trăm tám mươi nghìn đồng'],
    [5_000_015, 'Năm triệu không trăm mười lăm đồng'],
    [10_000_001, 'Mười triệu không trăm linh một đồng'],
    [21_000_000, 'Hai mươi mốt triệu đồng'],
    [100_100_100, 'Một trăm triệu một trăm nghìn một trăm đồng'],
    [1_000_000_001, 'Một tỷ không trăm linh một đồng'],
    [1_000_000_010, 'Một tỷ không trăm mười đồng'],
    [1_000_001_000, 'Một tỷ không trăm linh một nghìn đồng'],
    [2_100_000_000, 'Hai tỷ một trăm triệu đồng'],
    [2 ** 31, 'Hai tỷ một trăm bốn mươi bảy triệu bốn trăm tám mươi ba nghìn sáu trăm bốn mươi tám đồng'],
    [1_500_000_000_000, 'Một nghìn năm trăm tỷ đồng'],
    [1_000_000_000_000_001, 'Một triệu tỷ không trăm linh một đồng'],
    [
      Number.MAX_SAFE_INTEGER,
      'Chín triệu không trăm linh bảy nghìn một trăm chín mươi chín tỷ hai trăm năm mươi tư triệu bảy trăm bốn mươi nghìn chín trăm chín mươi mốt đồng',
    ],
  ])('%p -> %j', (dong, words) => {
    expect(moneyInWords(dong)).toBe(words);
    expect(reference(dong)).toBe(words); // the reference agrees on every hand-written case
  });

  it('agrees word for word with an independent reading of the standard, for any safe amount', () => {
    const amounts = fc.oneof(
      fc.integer({ min: 0, max: 1_000_000 }),
      fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
      // zeros and the digits with special readings, so inner groups, "linh", "mốt", "tư", "lăm" come often
      fc
        .array(fc.constantFrom(0, 0, 0, 1, 4, 5, 1, 0), { minLength: 1, maxLength: 15 })
        .map((ds) => Number(ds.join(''))),
    );
    fc.assert(
      fc.property(amounts, (dong) => {
        expect(moneyInWords(dong)).toBe(reference(dong));
      }),
      RUNS,
    );
  });

  it('never uses the variants the code does not document ("lẻ", "ngàn", "mười tư", "mươi một", "linh mười")', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (dong) => {
        const text = moneyInWords(dong).toLowerCase();
        for (const wrong of [
          'lẻ',
          'ngàn',
          'mười tư',
          'mười mốt',
          'mươi một',
          'mươi bốn',
          'mươi năm',
          'linh mười',
        ])
          expect(` ${text} `).not.toContain(` ${wrong} `);
      }),
      RUNS,
    );
  });

  it.each([-1, -0.5, 0.5, 1.5, 0.1 + 0.2, 1_410_000.0000001, 1e21, 2 ** 53, 2 ** 53 + 2, -(2 ** 31), NaN])(
    '%p is refused (RangeError), never rounded to a whole amount',
    (n) => {
      expect(() => moneyInWords(n)).toThrow(RangeError);
      expect(() => moneyInWords(n)).toThrow(`got ${n}`);
    },
  );

  it('-0 is zero', () => expect(moneyInWords(-0)).toBe('Không đồng'));
});

describe('statutory prizes carry their amount in words', () => {
  it.each<[string, string, Recipient, number, string]>([
    // 2022–2023 plans: base salary 1.490.000 đ (NĐ 38/2019) until 30/6/2023
    [
      'bang-khen-chu-tich-tinh',
      '2023-03-15',
      'collective',
      2_980_000,
      'Hai triệu chín trăm tám mươi nghìn đồng',
    ],
    [
      'bang-khen-chu-tich-tinh',
      '2023-03-15',
      'individual',
      1_490_000,
      'Một triệu bốn trăm chín mươi nghìn đồng',
    ],
    ['giay-khen', '2023-03-15', 'individual', 450_000, 'Bốn trăm năm mươi nghìn đồng'], // 447.000 rounded up
    ['giay-khen', '2023-07-01', 'individual', 540_000, 'Năm trăm bốn mươi nghìn đồng'],
    ['giay-khen', '2025-12-31', 'collective', 1_410_000, 'Một triệu bốn trăm mười nghìn đồng'], // 1.404.000 up
    [
      'tap-the-lao-dong-tien-tien',
      '2024-03-15',
      'collective',
      1_440_000,
      'Một triệu bốn trăm bốn mươi nghìn đồng',
    ],
  ])('%s on %s for a %s: %p đ, %j', (form, decisionDate, recipient, amount, words) => {
    const out = statutoryPrize(form, { decisionDate, recipient });
    if (!out.ok) throw new Error(out.reason);
    expect(out.amount).toBe(amount);
    expect(out.inWords).toBe(words);
  });

  it('the words always read the amount, for every form, recipient and decree period', () => {
    const dates = [
      '2018-01-01',
      '2023-03-15',
      '2023-07-01',
      '2024-01-01',
      '2024-07-01',
      '2025-07-01',
      '2026-07-01',
    ];
    let checked = 0;
    for (const form of Object.keys(AWARD_FORM_NAMES))
      for (const decisionDate of dates)
        for (const recipient of ['individual', 'collective', 'household'] as const) {
          const out = statutoryPrize(form, { decisionDate, recipient });
          if (!out.ok) continue;
          expect(Number.isSafeInteger(out.amount) && out.amount % 10_000 === 0).toBe(true);
          expect(out.inWords).toBe(reference(out.amount));
          checked++;
        }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('dossiers: the figure, then the words, "đồng" at the end of both', () => {
  it('writes "1.410.000 đồng (bằng chữ: Một triệu bốn trăm mười nghìn đồng)"', () => {
    expect(money(1_410_000)).toBe('1.410.000 đồng');
    expect(moneyWithWords(1_410_000)).toBe('1.410.000 đồng (bằng chữ: Một triệu bốn trăm mười nghìn đồng)');
    expect(moneyWithWords(0)).toBe('0 đồng (bằng chữ: Không đồng)');
    expect(moneyWithWords(2_980_000)).toBe(
      '2.980.000 đồng (bằng chữ: Hai triệu chín trăm tám mươi nghìn đồng)',
    );
  });

  it('the figure and the words are the same amount, for any safe amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (dong) => {
        const text = moneyWithWords(dong);
        const m = /^([\d.]+) đồng \(bằng chữ: (.+)\)$/.exec(text);
        expect(m).not.toBeNull();
        expect(Number((m as RegExpExecArray)[1].replace(/\./g, ''))).toBe(dong);
        expect((m as RegExpExecArray)[2]).toBe(reference(dong));
      }),
      { numRuns: 500 },
    );
  });

  it.each([1500.5, -5, 0.5])('a total of %p đ is refused in words, not printed rounded', (dong) => {
    expect(() => moneyWithWords(dong)).toThrow(RangeError);
  });
});

describe('messages about sums of money write them the Vietnamese way', () => {
  it('the limit and the amount are grouped by dots (vi) and commas (en)', () => {
    const tiers = MONEY_PHRASES['money.tiers-too-large'];
    expect(tiers.vi({ amount: 10_000_000_000_000_000 })).toBe(
      'Tổng tiền thưởng các giải (số khối × số giải × tiền thưởng mỗi giải) có thể lên tới 10.000.000.000.000.000 đồng, vượt 9.007.199.254.740.991 đồng — mức lớn nhất còn cộng chính xác. Hãy kiểm tra lại tiền thưởng và số giải.',
    );
    expect(tiers.en({ amount: 10_000_000_000_000_000 })).toContain(
      'could reach 10,000,000,000,000,000 đồng, above 9,007,199,254,740,991 đồng',
    );
  });

  it('counts of units in the advice are grouped too', () => {
    const said = MONEY_PHRASES['request.prize-total-too-large'].vi({
      amount: 9_100_000_000_000_000,
      units: 12_345,
      fitting: 1_000,
    });
    expect(said).toContain('và 12.345 đơn vị × tiền thưởng các quyết định');
    expect(said).toContain('mỗi yêu cầu tối đa 1.000 đơn vị');
    expect(said).toContain('có thể lên tới 9.100.000.000.000.000 đồng');
  });
});

describe('the dossier figure money() refuses a fraction of a đồng or a negative sum', () => {
  // As moneyWithWords: money in a dossier is whole đồng, never a fraction printed rounded without a word.
  it.each([1500.5, 0.5, -0.4, -5])('money(%p) throws RangeError', (dong) => {
    expect(() => money(dong)).toThrow(RangeError);
  });
});
