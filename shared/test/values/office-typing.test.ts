import { parseBoolean, parseRate, type Parsed } from '../../src/values';

function value<T>(p: Parsed<T>): T {
  if (!p.ok) throw new Error(`expected ok, got ${p.reason}: ${p.detail}`);
  return p.value;
}

describe('a rate typed as done over total ("4/5")', () => {
  it.each([
    ['4/5', 80],
    ['7/8', 87.5],
    ['3 / 40', 7.5],
    ['0/12', 0],
    ['12/12', 100],
    [' 1/3 ', 100 / 3],
  ])('"%s" is %d%%', (typed, percent) => expect(value(parseRate(typed))).toBeCloseTo(percent, 9));

  it("reads the same whatever the column's scale", () => {
    expect(value(parseRate('4/5', 'fraction'))).toBe(80);
    expect(value(parseRate('4/5', 'ambiguous'))).toBe(80);
  });

  it.each(['15/3', '5/0', '4/5/2023', '4,5/6', 'a/b'])('"%s" is no share', (typed) =>
    expect(parseRate(typed).ok).toBe(false),
  );
});

describe('"C" / "K" for Có / Không', () => {
  it.each([
    ['C', true],
    ['c', true],
    ['K', false],
    [' k ', false],
  ])('"%s" is %s', (typed, yes) => expect(value(parseBoolean(typed))).toBe(yes));

  it('other single letters stay unread', () => {
    for (const t of ['D', 'T', 'X2', 'CK']) expect(parseBoolean(t).ok).toBe(false);
  });
});
