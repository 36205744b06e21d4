import fc from 'fast-check';
import { canonicalJson } from '../../src/plan/hash';

/** The earlier, straightforward definition: the one-walk writer must give the same text. */
function reference(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) return 'null';
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map((v) => reference(v === undefined ? null : v)).join(',')}]`;
  const record = value as Record<string, unknown>;
  const entries = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${reference(record[k])}`);
  return `{${entries.join(',')}}`;
}

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, undefined, 'x'], c: undefined }, é: NaN })).toBe(
      '{"a":{"d":[1,null,"x"]},"b":1,"é":null}',
    );
  });

  it('gives the reference text for any value', () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withSparseArray: true, withBoxedValues: true }),
        (v) => {
          expect(canonicalJson(v)).toBe(reference(v));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('gives the reference text for units with repeated keys', () => {
    const unit = fc.record({
      id: fc.string(),
      values: fc.dictionary(fc.constantFrom('tc01', 'tc02', 'a"b', '\\u00e9', 'x'), fc.jsonValue()),
    });
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 8 }), (units) => {
        expect(canonicalJson(units)).toBe(reference(units));
      }),
      { numRuns: 1000 },
    );
  });
});
