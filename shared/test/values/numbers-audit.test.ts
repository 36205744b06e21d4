import fc from 'fast-check';
import {
  formatMoney,
  formatNumber,
  formatPercent,
  formatPoints,
  parseCount,
  parseDate,
  parseNumber,
  parseRate,
  type Parsed,
} from '../../src/values';
import { longDate, shortDate } from '../../src/dossier/text';
import { formatPercentBeside } from '../../src/values/format';

const RUNS = { numRuns: 500 };

function value<T>(p: Parsed<T>): T {
  if (!p.ok) throw new Error(`expected a value, got ${p.reason}: ${p.detail}`);
  return p.value;
}

function failure<T>(p: Parsed<T>): Extract<Parsed<T>, { ok: false }> {
  if (p.ok) throw new Error(`expected a failure, got ${JSON.stringify(p.value)}`);
  return p;
}

/** The message every unreadable number carries: the cell as typed, quoted, then why. */
const notANumber = (raw: string) => `${JSON.stringify(raw)} không phải là số`;

describe('numbers typed the Vietnamese way are read to the value the official means', () => {
  it.each<[string, number]>([
    ['10.000.000 đ', 10_000_000],
    ['10.000.000đ', 10_000_000],
    ['10.000.000,0 đ', 10_000_000],
    ['1.000.000đồng', 1_000_000],
    ['1.000.000 VNĐ', 1_000_000],
    ['1.000.000 VND.', 1_000_000],
    ['1000000đ.', 1_000_000],
    ['1\u202f410\u202f000', 1_410_000], // narrow no-break space, as Word and macOS group
    ['1\u00a0410\u00a0000 đ', 1_410_000], // no-break space
    ['1 410 000đ', 1_410_000],
    ['1 234,5', 1234.5],
    ['10.000,00', 10_000],
    ['12,345.6', 12345.6],
    ['00,5', 0.5],
    ['−5', -5], // U+2212 minus sign
    ['−0', 0],
    ['0,0', 0],
    ['0 đ', 0],
  ])('%j -> %p', (raw, expected) => {
    expect(value(parseNumber(raw))).toBe(expected);
  });

  // 'auto' resolves a lone separator before exactly three digits the Vietnamese way, as parse.ts documents:
  // "." groups thousands, "," is the decimal mark. Pinned here so that a change of the rule is seen.
  it.each<[string, number]>([
    ['1.234', 1234],
    ['12.500', 12_500],
    ['100.000', 100_000],
    ['12,345', 12.345],
    ['0.805', 0.805], // a leading 0 is never a thousands group
    ['2.5', 2.5], // an English decimal point before one digit is a decimal point
    ['1.5', 1.5],
  ])('lone separator %j -> %p (the Vietnamese reading)', (raw, expected) => {
    expect(value(parseNumber(raw))).toBe(expected);
  });

  it.each([
    '10 triệu',
    '10tr',
    '1,5 triệu',
    '1.5 triệu',
    '10 nghìn',
    '10k',
    '(5)', // accounting negative: not read as 5 or -5
    '8/10',
    '2/3',
    '½',
    '1E+3',
    '1.5e2',
    '0x10',
    'n/a',
    'Không',
    '5.',
    '1.000,',
    '1.234.5',
    '- 5',
    '+ 5',
    '5-',
    '１２３', // full-width digits (IME input) are refused, never half-read
    '１０',
    '١٢',
    '80٫5',
    '\u200b80', // a zero-width space pasted from the web
    '80\u200b',
    '1\u2009234', // a thin space is not a grouping the reader knows
    '1_000',
    "1'000",
    '10.000.000 đ/người',
    '80,5%',
    '80%%',
  ])('%j is refused, named in the message, not guessed', (raw) => {
    const f = failure(parseNumber(raw));
    expect(f.reason).toBe('invalid');
    expect(f.detail).toBe(notANumber(raw));
  });

  it('a count is refused when negative or fractional, however the minus is typed', () => {
    for (const raw of ['-5', '−5']) {
      expect(failure(parseCount(raw)).detail).toBe(
        `số lượng phải là số nguyên không âm (nhận được ${JSON.stringify(raw)})`,
      );
    }
    expect(failure(parseCount('1.234,5')).reason).toBe('invalid');
    expect(failure(parseCount('1,5 tin')).reason).toBe('invalid');
    expect(value(parseCount('1.000 hồ sơ'))).toBe(1000);
    expect(value(parseCount('10.000.000 đ'))).toBe(10_000_000);
  });

  it.each(['  ', '\u00a0\u202f', '\t'])('%j is an empty cell', (raw) => {
    expect(failure(parseNumber(raw))).toEqual({
      ok: false,
      reason: 'missing',
      detail: 'thiếu giá trị (ô trống)',
      detailEn: 'missing value (empty cell)',
    });
  });

  it.each(['-', '—', ' - '])('%j is read as empty and the dash is named, for every reader', (raw) => {
    for (const parse of [parseNumber, parseRate, parseCount, parseDate] as ((
      r: unknown,
    ) => Parsed<unknown>)[]) {
      const f = failure(parse(raw));
      expect(f.reason).toBe('missing');
      expect(f.detail).toBe(`ô ghi "${raw.trim()}", đọc là trống: ghi 0 hoặc "Không" nếu là không có`);
    }
  });
});

describe('rates typed with a percent sign', () => {
  it.each<[string, number]>([
    ['80.5%', 80.5], // an English decimal point typed by someone
    ['80 %', 80],
    ['80\u00a0%', 80],
    ['80\u202f%', 80],
    ['100,0%', 100],
    ['100,00 %', 100],
    ['100.00%', 100],
    ['0,00%', 0],
    ['00%', 0],
    ['-0%', 0],
    ['+80%', 80],
    ['.5%', 0.5],
    [',5%', 0.5],
    ['80,50 %', 80.5],
    ['12.3%', 12.3],
    ['85%*', 85],
  ])('%j -> %p%%', (raw, expected) => {
    expect(value(parseRate(raw))).toBe(expected);
  });

  it.each(['>100%', '80%%', '80,5 %%', '80,5%.', '８０％', '80,5 ％', '80%đ'])(
    '%j is not a rate (invalid, named)',
    (raw) => {
      const f = failure(parseRate(raw));
      expect(f.reason).toBe('invalid');
      expect(f.detail).toContain(JSON.stringify(raw));
    },
  );

  // "12.345%" read the Vietnamese way is 12345%: out of range, so refused — never 12,345%.
  it.each(['12.345%', '99.999%', '1.000%', '100.000%', '−5%', '1.234', '12.500'])(
    '%j is out of range and refused by the range message',
    (raw) => {
      const f = failure(parseRate(raw));
      expect(f.detail).toBe(`tỷ lệ phải từ 0% đến 100% (nhận được ${JSON.stringify(raw)})`);
    },
  );
});

describe('a plain number in a rate cell: the scale decides, and an unknown scale holds', () => {
  it('0,95 and 0.95 in an unformatted column of unknown scale are held with both readings', () => {
    for (const raw of ['0,95', 0.95]) {
      const f = failure(parseRate(raw, 'ambiguous'));
      expect(f.reason).toBe('ambiguous');
      expect(f.readings).toEqual([0.95, 95]);
      expect(f.detail.startsWith('0,95 — 0,95% hay 95%?')).toBe(true);
      expect(f.detailEn.startsWith('0.95 — 0.95% or 95%?')).toBe(true);
    }
  });

  it('"1,0" under an unknown scale is held too (1% or 100%)', () => {
    expect(failure(parseRate('1,0', 'ambiguous')).readings).toEqual([1, 100]);
  });

  it('just above 1 is a percent under an unknown scale (no fraction reads above 100%)', () => {
    expect(value(parseRate(1.0000000001, 'ambiguous'))).toBe(1.0000000001);
    expect(value(parseRate('1,5', 'ambiguous'))).toBe(1.5);
  });

  it('an Excel percent cell holds 0.805: read as a fraction it is 80,5%, with no float residue', () => {
    expect(value(parseRate(0.805, 'fraction'))).toBe(80.5);
    expect(value(parseRate(0.955, 'fraction'))).toBe(95.5);
    expect(value(parseRate(0.07, 'fraction'))).toBe(7);
    expect(value(parseRate(1, 'fraction'))).toBe(100);
  });

  it('the documented default is percent: a bare 0,95 is 0,95% (JSON meaning), never silently 95%', () => {
    expect(value(parseRate('0,95'))).toBe(0.95);
    expect(value(parseRate(0.805))).toBe(0.805);
  });

  it('under a fraction scale a number above 1 is refused, not read as a percent', () => {
    expect(failure(parseRate('80,5', 'fraction')).detail).toBe(
      'tỷ lệ phải từ 0% đến 100% (nhận được "80,5")',
    );
    expect(value(parseRate('80.5%', 'fraction'))).toBe(80.5); // the sign wins over the scale
  });
});

describe('dates typed by officials', () => {
  it.each<[unknown, string]>([
    ['15/3/2023', '2023-03-15'],
    ['15-03-2023', '2023-03-15'],
    ['15.3.2023', '2023-03-15'],
    ['2023-03-15', '2023-03-15'],
    ['2023-3-15', '2023-03-15'],
    ['ngày 15 tháng 3 năm 2023', '2023-03-15'],
    ['Ngày 15 Tháng 3 Năm 2023', '2023-03-15'],
    ['ngày  15 tháng 3 năm 2023', '2023-03-15'],
    ['ngày 15/3/2023', '2023-03-15'],
    ['05/03/2023', '2023-03-05'], // day first: 5 March, never May 3
    [45000, '2023-03-15'], // the Excel serial of 15/3/2023
    [44999, '2023-03-14'],
    [45000.99, '2023-03-15'], // a time of day is dropped, not rounded to the next day
  ])('%p -> %s', (raw, iso) => {
    expect(value(parseDate(raw))).toBe(iso);
  });

  it.each<unknown>([
    '31/02/2023',
    'ngày 31 tháng 02 năm 2023',
    '2023-02-29',
    '15/03/23',
    '03/15/2023',
    '2023/03/15',
    '15 /03/2023',
    '15-3/2023',
    '15/３/2023',
    'ngày 15 tháng 3, năm 2023',
    '15/03/2023 08:00',
    '2023-03-15T00:00:00Z',
    '45000', // a serial as text: not guessed to be a date
  ])('%p is refused with the expected form named', (raw) => {
    const f = failure(parseDate(raw));
    expect(f.reason).toBe('invalid');
    expect(f.detail).toBe(`${JSON.stringify(raw)} không phải là ngày hợp lệ (dạng dd/mm/yyyy)`);
  });

  it.each([0, -5, 60, 1e9])('serial %p is refused with the valid range', (serial) => {
    expect(failure(parseDate(serial)).detail).toBe(
      `${serial} không phải là số ngày Excel hợp lệ (1 đến 2958465)`,
    );
  });
});

describe('numbers written out the Vietnamese way', () => {
  it('points: one or two decimals with a decimal comma', () => {
    expect(formatPoints(80.5)).toBe('80,5');
    expect(formatPoints(80)).toBe('80,0');
    expect(formatPoints(79.994)).toBe('79,99');
    expect(formatPoints(1234.25)).toBe('1.234,25');
  });

  it('money: whole đồng grouped by dots, no decimals', () => {
    expect(formatMoney(1_410_000)).toBe('1.410.000');
    expect(formatMoney(2_980_000)).toBe('2.980.000');
    expect(formatMoney(Number.MAX_SAFE_INTEGER)).toBe('9.007.199.254.740.991');
    expect(formatMoney(2 ** 31)).toBe('2.147.483.648');
  });

  it('percentages: decimal comma, trailing zeros dropped, sign attached', () => {
    expect(formatPercent(80.5)).toBe('80,5%');
    expect(formatPercent(99.994)).toBe('99,99%');
    expect(formatPercent(0.005)).toBe('0,01%');
    expect(formatPercent(-0.001)).toBe('0%');
    expect(formatNumber(1234.5, 1)).toBe('1.234,5');
  });

  it('dates in documents: "ngày 05 tháng 01 năm 2024", a leading zero for days < 10 and months 1–2', () => {
    expect(longDate('2023-03-15')).toEqual([{ text: 'ngày 15 tháng 3 năm 2023' }]);
    expect(longDate('2024-02-09')).toEqual([{ text: 'ngày 09 tháng 02 năm 2024' }]);
    expect(longDate('2024-12-01')).toEqual([{ text: 'ngày 01 tháng 12 năm 2024' }]);
    expect(longDate('2023-10-10')).toEqual([{ text: 'ngày 10 tháng 10 năm 2023' }]);
    expect(shortDate('2023-03-15')).toBe('15/03/2023');
    expect(
      longDate(undefined)
        .map((r) => r.text)
        .join(''),
    ).toBe('ngày …… tháng …… năm ……');
  });

  it('what is written is read back: money with every suffix an official types after it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom('', ' đ', 'đ', ' đồng', ' VNĐ', ' ₫'),
        (dong, suffix) => {
          expect(value(parseNumber(`${formatMoney(dong)}${suffix}`))).toBe(dong);
          expect(value(parseNumber(`${formatMoney(dong)}${suffix}`, 'vi'))).toBe(dong);
        },
      ),
      RUNS,
    );
  });

  it('what is written is read back: money grouped by no-break or narrow no-break spaces', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom(' ', '\u00a0', '\u202f'),
        (dong, space) => {
          expect(value(parseNumber(formatMoney(dong).split('.').join(space)))).toBe(dong);
        },
      ),
      RUNS,
    );
  });

  it('what is written is read back: points in hundredths', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (hundredths) => {
        const points = hundredths / 100;
        expect(value(parseNumber(formatPoints(points)))).toBe(points);
      }),
      RUNS,
    );
  });
});

describe('a money or points unit in a rate cell is not a rate ("5 điểm" is never 5%)', () => {
  it.each(['5 điểm', '80,5 điểm', '50 đồng', '50đ', '50 VND', '0 đ', '80 điểm %', '10.000.000 đ'])(
    '%j is not a rate',
    (raw) => {
      const f = failure(parseRate(raw));
      expect(f.reason).toBe('invalid');
      expect(f.detail).toContain('không phải tỷ lệ');
    },
  );
});

describe('"1,000" / "500,000 đ" in a count or an amount are refused with both readings, never read as 1 / 500', () => {
  // A count or an amount of đồng has no decimals, so ",000" after it may be a thousands group typed the English way.
  it.each(['1,000', '10,000', '500,000', '1,000 hồ sơ'])(
    'count %j is held, never read as 1, 10 or 500',
    (raw) => {
      const r = parseCount(raw);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(['ambiguous', 'invalid']).toContain(r.reason);
    },
  );

  it.each(['500,000 đ', '1,000 đồng', '10,000 VND'])(
    'amount %j is held, never read as a fraction of a thousand',
    (raw) => {
      const r = parseNumber(raw);
      expect(r.ok).toBe(false);
    },
  );
});

describe('a rate beside its target never prints as the target (99,996% beside 100% is not "100%")', () => {
  // bao-cao prints a target's result next to "Đánh giá": 99,996% against a 100% target must not read
  // "Mục tiêu 100% | Kết quả 100% | Không đạt".
  it('99,996% is not printed "100%", and reads back below 100', () => {
    const shown = formatPercentBeside(99.996, 100);
    expect(shown).not.toBe('100%');
    expect(value(parseRate(shown))).toBeLessThan(100);
  });
});

describe('a unit or multiplier in brackets is not a note ("10 (triệu)" is never 10)', () => {
  // withoutNote takes any bracketed words without a hedge for a remark, so the magnitude or the unit the official
  // wrote is thrown away: "10 (triệu)" is read as 10 đồng, "2 (ngày)" as a rate of 2% (while "2 ngày" is refused).
  it.each(['10 (triệu)', '1,5 (triệu đồng)', '10 (nghìn đồng)', '10 (nghìn)', '10 (tr)', '10 (x1000)'])(
    '%j is not read as the bare number',
    (raw) => {
      expect(parseNumber(raw).ok).toBe(false);
    },
  );

  it.each(['2 (ngày)', '12 (tin)', '3 (tháng)', '12 (hồ sơ)'])(
    'rate %j is refused as its unbracketed form is',
    (raw) => {
      const f = failure(parseRate(raw));
      expect(f.reason).toBe('invalid');
      expect(f.detail).toContain('không phải tỷ lệ');
    },
  );
});
