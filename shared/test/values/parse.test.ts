import fc from 'fast-check';
import {
  isBlank,
  parseBoolean,
  parseCount,
  parseDate,
  parseNumber,
  parseRate,
  type NumberLocale,
  type Parsed,
} from '../../src/values';

const RUNS = { numRuns: 1000 };
const EXCEL_ERRORS = ['#N/A', '#VALUE!', '#REF!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!'];
const DASHES = ['-', ' — '];
const MISSING = [undefined, null, '', '   ', '\u00a0', '\t\n', ...DASHES];

function value<T>(p: Parsed<T>): T {
  if (!p.ok) throw new Error(`expected ok, got ${p.reason}: ${p.detail}`);
  return p.value;
}

function failure<T>(p: Parsed<T>): Extract<Parsed<T>, { ok: false }> {
  if (p.ok) throw new Error(`expected a failure, got ${JSON.stringify(p.value)}`);
  return p;
}

describe('isBlank', () => {
  it.each(MISSING)('%j is blank', (raw) => expect(isBlank(raw)).toBe(true));
  it.each([0, false, 'N/A', '#N/A', '--', 'x', ' 0 ', NaN, {}, []])('%j is not blank', (raw) =>
    expect(isBlank(raw)).toBe(false),
  );
});

describe.each([
  ['parseNumber', parseNumber],
  ['parseRate', parseRate],
  ['parseCount', parseCount],
  ['parseBoolean', parseBoolean],
  ['parseDate', parseDate],
] as const)('%s: shared rules', (_name, parse: (raw: unknown) => Parsed<unknown>) => {
  it.each(MISSING.filter((raw) => !DASHES.includes(raw as string)))('%j is missing', (raw) => {
    const f = failure(parse(raw));
    expect(f.reason).toBe('missing');
    expect(f.detail).toBe('thiếu giá trị (ô trống)');
    expect(f.detailEn).toBe('missing value (empty cell)');
  });

  it.each(DASHES)('%j is missing, and the dash is named', (raw) => {
    const f = failure(parse(raw));
    expect(f.reason).toBe('missing');
    expect(f.detail).toBe(`ô ghi "${raw.trim()}", đọc là trống: ghi 0 hoặc "Không" nếu là không có`);
    expect(f.detailEn).toBe(
      `the cell holds "${raw.trim()}", read as empty: write 0 or "No" if it means none`,
    );
  });

  it.each(EXCEL_ERRORS)('Excel error %s is invalid and named', (code) => {
    for (const raw of [code, ` ${code.toLowerCase()} `]) {
      const f = failure(parse(raw));
      expect(f.reason).toBe('invalid');
      expect(f.detail).toBe(`ô chứa lỗi Excel ${code}`);
      expect(f.detailEn).toBe(`cell contains the Excel error ${code}`);
    }
  });

  it('"N/A" is invalid, not missing', () => expect(failure(parse('N/A')).reason).toBe('invalid'));

  it('never throws and always returns a well-formed result (fc.anything)', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withBoxedValues: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withSparseArray: true,
          withTypedArray: true,
        }),
        (raw) => {
          const r = parse(raw);
          if (r.ok) return r.value !== undefined;
          return ['missing', 'invalid'].includes(r.reason) && r.detail.length > 0 && r.detailEn.length > 0;
        },
      ),
      RUNS,
    );
  });

  it('never throws on number-like strings', () => {
    const numberish = fc.stringMatching(/^[ +\-−]?[0-9.,  %đ]{0,12}(đồng|VND|điểm|%)?$/);
    fc.assert(
      fc.property(numberish, (raw) => {
        const r = parse(raw);
        return r.ok || r.detail.length > 0;
      }),
      RUNS,
    );
  });
});

describe('parseNumber', () => {
  it.each([
    [12, 12],
    [-3.5, -3.5],
    [0, 0],
    ['10.000.000', 10_000_000],
    ['10,000,000', 10_000_000],
    ['80,5', 80.5],
    ['80.5', 80.5],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1.234.567,89', 1234567.89],
    ['1,234,567.89', 1234567.89],
    ['  42  ', 42],
    ['+7', 7],
    ['-7,25', -7.25],
    ['−7', -7],
    ['10 000 000', 10_000_000],
    ['10\u00a0000\u00a0000', 10_000_000],
    ['10 000,5', 10000.5],
    ['10 000.5', 10000.5],
    ['1 234.567', 1234.567],
    ['500.000đ', 500_000],
    ['500.000 đ', 500_000],
    ['500.000 ₫', 500_000],
    ['2.500.000 đồng', 2_500_000],
    ['2.500.000 Đồng', 2_500_000],
    ['20000 VND', 20_000],
    ['20.000 vnđ', 20_000],
    ['9,5 điểm', 9.5],
    ['9,5 ĐIỂM', 9.5],
    [',5', 0.5],
    ['.5', 0.5],
    ['007', 7],
    ['3.14159', 3.14159],
    ['1234.567', 1234.567],
    ['-0', 0],
  ])('%j -> %p', (raw, expected) => {
    expect(value(parseNumber(raw))).toBe(expected);
  });

  // A lone separator followed by exactly three digits is ambiguous: 'auto' reads it the Vietnamese way.
  it.each<[string, NumberLocale, number]>([
    ['1.234', 'auto', 1234],
    ['1,234', 'auto', 1.234],
    ['12.345', 'auto', 12345],
    ['-1.234', 'auto', -1234],
    ['0.805', 'auto', 0.805],
    ['0,805', 'auto', 0.805],
    ['1.23', 'auto', 1.23],
    ['1.2345', 'auto', 1.2345],
    ['1.234', 'vi', 1234],
    ['1,234', 'vi', 1.234],
    ['1.234', 'en', 1.234],
    ['1,234', 'en', 1234],
    ['0.805', 'en', 0.805],
    ['0,805', 'vi', 0.805],
    ['10.000.000', 'vi', 10_000_000],
    ['10,000,000', 'en', 10_000_000],
    ['1.234,5', 'vi', 1234.5],
    ['1,234.5', 'en', 1234.5],
  ])('%j with locale %s -> %p', (raw, locale, expected) => {
    expect(value(parseNumber(raw, locale))).toBe(expected);
  });

  it.each<[string, NumberLocale]>([
    ['80.5', 'vi'],
    ['1,234.5', 'vi'],
    ['10,000,000', 'vi'],
    ['80,5', 'en'],
    ['1.234,5', 'en'],
    ['10.000.000', 'en'],
    [',500', 'en'],
    ['.500', 'vi'],
  ])('%j is invalid when %s is forced', (raw, locale) => {
    expect(failure(parseNumber(raw, locale)).reason).toBe('invalid');
  });

  it.each([
    'abc',
    '12a',
    '1.2.3,4,5',
    '1,2,3.4.5',
    '1.23.456',
    '12 34',
    '1..2',
    '1.',
    '++1',
    '1-',
    '1e3',
    'Infinity',
    'NaN',
    '%',
    '80%',
    'đồng',
    '1'.padEnd(400, '0'),
  ])('%j is invalid', (raw) => {
    const f = failure(parseNumber(raw));
    expect(f.reason).toBe('invalid');
    expect(f.detail).toBe(
      `${JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw)} không phải là số`,
    );
  });

  it('names the value in both languages', () => {
    expect(failure(parseNumber('abc'))).toEqual({
      ok: false,
      reason: 'invalid',
      detail: '"abc" không phải là số',
      detailEn: '"abc" is not a number',
    });
  });

  it.each([NaN, Infinity, -Infinity, true, false, {}, [], new Date(0), 5n])(
    'non-numeric value %p is invalid',
    (raw) => {
      expect(failure(parseNumber(raw)).reason).toBe('invalid');
    },
  );

  it('returns only finite numbers', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double()), (raw) => {
        const r = parseNumber(raw);
        return !r.ok || Number.isFinite(r.value);
      }),
      RUNS,
    );
  });
});

describe('parseRate', () => {
  it.each<[unknown, 'auto' | 'percent' | 'fraction' | undefined, number]>([
    ['80,5%', undefined, 80.5],
    ['80.5 %', undefined, 80.5],
    ['80,5\u00a0%', undefined, 80.5],
    ['0,5%', undefined, 0.5],
    ['1%', undefined, 1],
    ['100%', undefined, 100],
    ['0%', undefined, 0],
    ['50%', 'fraction', 50],
    ['0.5%', 'fraction', 0.5],
    // a plain number is a percent by default: in JSON 1 means 1%
    [0, undefined, 0],
    [0.5, undefined, 0.5],
    [1, undefined, 1],
    [1.5, undefined, 1.5],
    [100, undefined, 100],
    [0.805, undefined, 0.805],
    ['0,805', undefined, 0.805],
    ['0.805', undefined, 0.805],
    [80.5, undefined, 80.5],
    ['80,5', undefined, 80.5],
    [0.5, 'percent', 0.5],
    [1, 'percent', 1],
    [80.5, 'percent', 80.5],
    // fractions only when the plan or the request says so
    [0, 'fraction', 0],
    [0.5, 'fraction', 50],
    [0.805, 'fraction', 80.5],
    [1, 'fraction', 100],
    [0.57, 'fraction', 57],
    // 'auto' (earlier versions): 0 and numbers above 1 read as percents
    [0, 'auto', 0],
    [1.5, 'auto', 1.5],
    [100, 'auto', 100],
  ])('%j (scale %s) -> %p', (raw, scale, expected) => {
    expect(value(parseRate(raw, scale))).toBe(expected);
  });

  it('rounds float artefacts away', () => {
    expect(0.57 * 100).not.toBe(57);
    expect(value(parseRate(0.57, 'fraction'))).toBe(57);
    expect(value(parseRate(0.805, 'fraction'))).toBe(80.5);
    expect(value(parseRate(0.1 + 0.2, 'fraction'))).toBe(30);
  });

  it.each<[unknown, 'auto' | 'ambiguous', [number, number], string]>([
    [0.9, 'ambiguous', [0.9, 90], '0,9 — 0,9% hay 90%?'],
    [1, 'ambiguous', [1, 100], '1 — 1% hay 100%?'],
    [0.5, 'auto', [0.5, 50], '0,5 — 0,5% hay 50%?'],
    ['0,805', 'ambiguous', [0.805, 80.5], '0,805 — 0,805% hay 80,5%?'],
  ])('%j under %s is ambiguous: both readings, never a guess', (raw, scale, readings, text) => {
    const f = failure(parseRate(raw, scale));
    expect(f.reason).toBe('ambiguous');
    expect(f.readings).toEqual(readings);
    expect(f.detail.startsWith(text)).toBe(true);
  });

  it('under an ambiguous scale, 0, numbers above 1 and text with "%" are read', () => {
    expect(value(parseRate(0, 'ambiguous'))).toBe(0);
    expect(value(parseRate(1.5, 'ambiguous'))).toBe(1.5);
    expect(value(parseRate('90%', 'ambiguous'))).toBe(90);
  });

  it.each<[unknown, 'auto' | 'percent' | 'fraction' | undefined]>([
    [150, undefined],
    ['150%', undefined],
    ['-5%', undefined],
    [-0.5, undefined],
    [1.5, 'fraction'],
    [101, 'percent'],
    [-1, 'percent'],
  ])('%j (scale %s) is out of range', (raw, scale) => {
    const f = failure(parseRate(raw, scale));
    expect(f.reason).toBe('invalid');
    expect(f.detail).toContain('tỷ lệ phải từ 0% đến 100%');
    expect(f.detailEn).toContain('between 0% and 100%');
  });

  it.each(['abc%', '%', 'abc', '80,5%%'])('%j is invalid', (raw) => {
    expect(failure(parseRate(raw)).reason).toBe('invalid');
  });

  it('always lands in 0..100 when ok', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double(), fc.string()),
        fc.constantFrom('auto', 'percent', 'fraction'),
        (raw, s) => {
          const r = parseRate(raw, s as 'auto');
          return !r.ok || (r.value >= 0 && r.value <= 100);
        },
      ),
      RUNS,
    );
  });
});

describe('parseCount', () => {
  it.each([
    ['12', 12],
    [12, 12],
    ['12,0', 12],
    ['1.000', 1000],
    ['1,000,000', 1_000_000],
    [0, 0],
    ['0', 0],
    [-0, 0],
    [11.999999999999998, 12],
  ])('%j -> %p', (raw, expected) => {
    expect(value(parseCount(raw))).toBe(expected);
  });

  it.each([12.5, -1, '-1', '12,5', '0,5', 12.001, 'mười'])('%j is invalid', (raw) => {
    const f = failure(parseCount(raw));
    expect(f.reason).toBe('invalid');
  });

  it('explains why a fraction is not a count', () => {
    expect(failure(parseCount(12.5)).detail).toBe('số lượng phải là số nguyên không âm (nhận được 12.5)');
    expect(failure(parseCount('-1')).detailEn).toBe('count must be a whole number >= 0 (got "-1")');
  });
});

describe('parseBoolean', () => {
  const truthy = [
    true,
    1,
    '1',
    'x',
    'X',
    '✓',
    '✔',
    '✔️',
    'có',
    'Có',
    'CÓ',
    'co',
    'đạt',
    'Đạt',
    'dat',
    'yes',
    'y',
    'true',
    'TRUE',
    'đã có',
    'hoàn thành',
    '  Hoàn  thành ',
    'HT',
    'ht',
  ];
  const falsy = [
    false,
    0,
    '0',
    'không',
    'Không',
    'khong',
    'không đạt',
    'Không đạt',
    'chưa đạt',
    'Chưa đạt',
    'chưa',
    'chưa có',
    'Không hoàn thành',
    'chưa hoàn thành',
    'KHT',
    'CHT',
    'no',
    'n',
    'false',
    'FALSE',
    'không có',
  ];
  it.each(truthy)('%j -> true', (raw) => expect(value(parseBoolean(raw))).toBe(true));
  it.each(falsy)('%j -> false', (raw) => expect(value(parseBoolean(raw))).toBe(false));

  it.each(['có thể', 'maybe', '2', 2, -1, 0.5, 'đạt yêu cầu', {}, 'yesno'])('%j is invalid', (raw) => {
    expect(failure(parseBoolean(raw)).reason).toBe('invalid');
  });

  it('names the value', () => {
    expect(failure(parseBoolean('có thể')).detail).toBe('"có thể" không phải là Có/Không');
  });
});

describe('parseDate', () => {
  it.each<[unknown, string]>([
    [new Date(Date.UTC(2024, 0, 5)), '2024-01-05'],
    [new Date('2024-01-05T23:30:00Z'), '2024-01-05'],
    ['2024-01-05', '2024-01-05'],
    ['2024-1-5', '2024-01-05'],
    ['05/01/2024', '2024-01-05'],
    ['5/1/2024', '2024-01-05'],
    ['05-01-2024', '2024-01-05'],
    ['05.01.2024', '2024-01-05'],
    [' 31/12/2023 ', '2023-12-31'],
    ['29/02/2024', '2024-02-29'],
    ['29/02/2000', '2000-02-29'],
    ['ngày 05 tháng 01 năm 2024', '2024-01-05'],
    ['05 tháng 01 năm 2024', '2024-01-05'],
    ['ngày 05/01/2024', '2024-01-05'],
    ['Ngày 5-1-2024', '2024-01-05'],
    [45296, '2024-01-05'],
    [45296.75, '2024-01-05'],
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [43831, '2020-01-01'],
    [2958465, '9999-12-31'],
  ])('%p -> %s', (raw, expected) => {
    expect(value(parseDate(raw))).toBe(expected);
  });

  it.each<unknown>([
    '31/02/2024',
    '29/02/2023',
    '29/02/1900',
    '32/01/2024',
    '00/01/2024',
    '05/13/2024',
    '2024-02-30',
    '2024-13-01',
    '05/01/24',
    '05/01-2024',
    '2024/01/05T00:00',
    'hôm nay',
    0,
    0.5,
    -1,
    60,
    2958466,
    NaN,
    new Date('invalid'),
    true,
  ])('%p is invalid', (raw) => {
    expect(failure(parseDate(raw)).reason).toBe('invalid');
  });

  it('reads day/month/year, not month/day/year', () => {
    expect(value(parseDate('01/05/2024'))).toBe('2024-05-01');
    expect(failure(parseDate('12/31/2024')).detail).toBe(
      '"12/31/2024" không phải là ngày hợp lệ (dạng dd/mm/yyyy)',
    );
  });

  it('agrees with the 1900 date system for every serial from 61 on', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const expected = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
        return value(parseDate(serial)) === expected;
      }),
      RUNS,
    );
  });

  it('round-trips dd/mm/yyyy for every real date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const [y, m, day] = iso.split('-');
          return value(parseDate(`${day}/${m}/${y}`)) === iso && value(parseDate(d)) === iso;
        },
      ),
      RUNS,
    );
  });
});
