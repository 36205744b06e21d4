import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { useNodeCrypto } from '../../adapters/node';
import { sha256Hex, useSha256 } from '../../src/plan/digest';
import { PADDING } from '../../src/plan/sha256';
import { unitsHash } from '../../src/plan/units-hash';

afterEach(() => useSha256(undefined));

describe('a host SHA-256 in place of the core’s own', () => {
  const unit = fc.record({
    id: fc.string({ maxLength: 4 }),
    values: fc.dictionary(
      fc.constantFrom('tc01', 'tc02', 'é'),
      fc.oneof(fc.string(), fc.double(), fc.boolean()),
    ),
  });

  it('gives the same input hash as the core’s own, whatever the units', () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        useSha256(undefined);
        const own = unitsHash(units);
        useNodeCrypto();
        expect(unitsHash(units)).toBe(own);
      }),
      { numRuns: 300 },
    );
  });

  it('hashes any message as Node does, with or without room to pad', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), (bytes, room) => {
        const buf = new Uint8Array(bytes.length + (room ? PADDING : 0));
        buf.set(bytes);
        expect(sha256Hex(buf, bytes.length)).toBe(createHash('sha256').update(bytes).digest('hex'));
      }),
    );
  });

  it('refuses a host function that disagrees with the standard, and keeps the core’s', () => {
    const units = [{ id: 'a', values: { tc01: 'Có' } }];
    const before = unitsHash(units);
    expect(() => useSha256((bytes) => createHash('sha1').update(bytes).digest('hex'))).toThrow(/disagrees/);
    expect(() =>
      useSha256((bytes) => createHash('sha256').update(bytes.subarray(1)).digest('hex')),
    ).toThrow();
    expect(unitsHash(units)).toBe(before);
  });
});
