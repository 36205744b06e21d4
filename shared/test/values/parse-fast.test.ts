import fc from 'fast-check';
import { parseBoolean, parseRate, type Parsed } from '../../src/values';

const RUNS = { numRuns: 1000 };

/** The same outcome with the raw text in messages replaced, so a padded cell can stand for the plain one. */
function asIf<T>(p: Parsed<T>, from: string, to: string): Parsed<T> {
  if (p.ok) return p;
  return { ...p, detail: p.detail.replace(from, to), detailEn: p.detailEn.replace(from, to) };
}

describe('parseRate fast path ("85,5%")', () => {
  // A trailing space keeps a cell off the fast path; the general path then reads the same text.
  const simple = fc
    .tuple(fc.stringMatching(/^\d{1,16}$/), fc.option(fc.stringMatching(/^\d{1,16}$/)))
    .map(([int, frac]) => `${int}${frac === null ? '' : `,${frac}`}%`);

  it('reads what the general path reads', () => {
    fc.assert(
      fc.property(simple, fc.constantFrom('auto', 'percent', 'fraction'), (text, scale) => {
        const general = parseRate(`${text} `, scale);
        expect(parseRate(text, scale)).toEqual(
          asIf(general, JSON.stringify(`${text} `), JSON.stringify(text)),
        );
      }),
      RUNS,
    );
  });

  it.each([
    ['85,5%', 85.5],
    ['100%', 100],
    ['0,05%', 0.05],
    ['007,50%', 7.5],
  ])('%s is %p', (text, value) => expect(parseRate(text)).toEqual({ ok: true, value }));

  it('still refuses a rate above 100% by the same message', () => {
    expect(parseRate('100,5%')).toEqual({
      ok: false,
      reason: 'invalid',
      detail: 'tỷ lệ phải từ 0% đến 100% (nhận được "100,5%")',
      detailEn: 'rate must be between 0% and 100% (got "100,5%")',
    });
  });
});

describe('parseBoolean memo of recognised words', () => {
  const words = [
    'Có',
    'Không',
    'Đạt',
    'Chưa đạt',
    'x',
    'X',
    '✔️',
    'YES',
    'n',
    'Hoàn thành',
    'khác',
    '1',
    '  ',
  ];
  const cell = fc
    .tuple(fc.constantFrom(...words), fc.constantFrom('', ' ', '\u00a0'), fc.boolean())
    .map(([w, pad, upper]) => `${pad}${upper ? w.toUpperCase() : w}${pad}`);

  it('answers a repeated cell as it answered the first time', () => {
    fc.assert(
      fc.property(cell, (text) => {
        const first = parseBoolean(text);
        expect(parseBoolean(text)).toEqual(first);
        expect(parseBoolean(text)).toEqual(first);
      }),
      RUNS,
    );
  });

  it.each([
    ['Có', true],
    ['Không', false],
    ['CHƯA ĐẠT', false],
  ])('%s twice is %p', (text, value) => {
    expect(parseBoolean(text)).toEqual({ ok: true, value });
    expect(parseBoolean(text)).toEqual({ ok: true, value });
  });
});
