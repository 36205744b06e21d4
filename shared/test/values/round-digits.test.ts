import fc from 'fast-check';
import { roundDigitsExact, roundDigitsFast } from '../../src/values/round-digits';

const RUNS = { numRuns: 2000 };

/** Values a score response formats: grid values k / 10^p, halves of the grid, and their float neighbours. */
const gridValue = fc
  .tuple(fc.integer({ min: 0, max: 2_000_000_000 }), fc.integer({ min: 0, max: 7 }), fc.boolean())
  .map(([k, p, half]) => (half ? (k + 0.5) / 10 ** p : k / 10 ** p));
const neighbour = gridValue.chain((v) =>
  fc.integer({ min: -3, max: 3 }).map((steps) => {
    let x = v;
    for (let s = 0; s < Math.abs(steps); s++) x = steps > 0 ? nextUp(x) : Math.max(0, nextDown(x));
    return x;
  }),
);
const anyDouble = fc.double({ min: 0, noNaN: true, noDefaultInfinity: true });
const decimals = fc.integer({ min: 0, max: 8 });

function nextUp(x: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  view.setBigUint64(0, view.getBigUint64(0) + 1n);
  return view.getFloat64(0);
}
function nextDown(x: number): number {
  if (x === 0) return 0;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  view.setBigUint64(0, view.getBigUint64(0) - 1n);
  return view.getFloat64(0);
}

describe('roundDigitsFast', () => {
  it.each([
    [1.005, 2, '1', '01'],
    [4.225, 2, '4', '23'],
    [0.5, 0, '1', ''],
    [0.05, 1, '0', '1'],
    [999.995, 2, '1000', '00'],
    [10_000_000, 0, '10000000', ''],
    [0, 2, '0', '00'],
  ])('%p to %p places gives %p,%p (fast or exact)', (abs, places, int, frac) => {
    const digits = roundDigitsFast(abs, places) ?? roundDigitsExact(abs, places);
    expect(digits).toEqual({ int, frac });
    expect(roundDigitsExact(abs, places)).toEqual({ int, frac });
  });

  it('defers to the exact path near a half, for many places and for large values', () => {
    expect(roundDigitsFast(1.005, 2)).toBeUndefined();
    expect(roundDigitsFast(0.5, 0)).toBeUndefined();
    expect(roundDigitsFast(1.5, 7)).toBeUndefined();
    expect(roundDigitsFast(2e9, 0)).toBeUndefined();
    expect(roundDigitsFast(8.25, 2)).toEqual({ int: '8', frac: '25' });
  });

  it.each([
    ['grid values and halves', gridValue],
    ['float neighbours of grid values', neighbour],
    ['any double', anyDouble],
  ])('gives the exact path digits whenever it answers: %s', (_, values) => {
    fc.assert(
      fc.property(values, decimals, (abs, places) => {
        const fast = roundDigitsFast(abs, places);
        if (fast !== undefined) expect(fast).toEqual(roundDigitsExact(abs, places));
      }),
      RUNS,
    );
  });

  it('answers for typical points and percents', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (k) => {
        expect(roundDigitsFast(k / 100, 2)).toEqual(roundDigitsExact(k / 100, 2));
      }),
      RUNS,
    );
  });
});
