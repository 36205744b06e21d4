import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex } from '@noble/hashes/utils';
import fc from 'fast-check';
import { canonicalJson } from '../../src/plan/hash';
import { PADDING, sha256Into, wordsToHex } from '../../src/plan/sha256';
import { unitsHash } from '../../src/plan/units-hash';

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

describe('sha256Into', () => {
  it('gives the SHA-256 of @noble/hashes for any message, block boundaries included', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          fc.constantFrom(55, 56, 63, 64, 65, 119, 120, 128).map((n) => new Uint8Array(n).fill(97)),
        ),
        (message) => {
          const buf = new Uint8Array(message.length + PADDING);
          buf.set(message);
          const out = new Int32Array(9);
          sha256Into(buf, message.length, out, 1);
          expect(wordsToHex(out, 1)).toBe(bytesToHex(sha256(message)));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

/** The input hash as docs/performance.md defines it, written plainly from the definition. */
function referenceUnitsHash(units: unknown[]): string {
  const uint = (x: number, out: number[]) => {
    for (; x >= 0x80; x = Math.floor(x / 0x80)) out.push((x % 0x80) | 0x80);
    out.push(x);
  };
  const str = (s: string, out: number[]) => {
    if (s.length < 0x80) out.push(0x80 | s.length);
    else {
      out.push(5);
      uint(s.length, out);
    }
    // UTF-8 with lone surrogates in their three-byte form (WTF-8)
    for (let i = 0; i < s.length; i++) {
      const cp = s.codePointAt(i) as number;
      if (cp > 0xffff) i++;
      if (cp < 0x80) out.push(cp);
      else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
      else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
      else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    }
  };
  const keys = new Set<string>();
  const collect = (v: unknown): void => {
    if (typeof v !== 'object' || v === null) return;
    if (Array.isArray(v)) return v.forEach(collect);
    for (const k of Object.keys(v)) {
      keys.add(k);
      collect((v as Record<string, unknown>)[k]);
    }
  };
  units.forEach(collect);
  const sorted = [...keys].sort();
  const enc = (v: unknown, out: number[]): void => {
    if (typeof v === 'string') return str(v, out);
    if (typeof v === 'boolean') return void out.push(v ? 2 : 1);
    if (typeof v === 'number' && Number.isFinite(v)) {
      if (Number.isSafeInteger(v) && v >= 0) return (out.push(4), uint(v, out));
      const view = new DataView(new ArrayBuffer(8));
      view.setFloat64(0, v);
      return void out.push(3, ...new Uint8Array(view.buffer));
    }
    if (Array.isArray(v)) {
      out.push(6);
      uint(v.length, out);
      for (let i = 0; i < v.length; i++) enc(v[i] === undefined ? null : v[i], out);
      return;
    }
    if (typeof v === 'object' && v !== null) {
      const record = v as Record<string, unknown>;
      const members = Object.keys(record)
        .filter((k) => record[k] !== undefined)
        .sort();
      out.push(7);
      uint(members.length, out);
      for (const k of members) {
        uint(sorted.indexOf(k), out);
        enc(record[k], out);
      }
      return;
    }
    out.push(0);
  };
  const encoded = units.map((u) => {
    const out: number[] = [];
    enc(u, out);
    return { id: typeof (u as { id?: unknown }).id === 'string' ? (u as { id: string }).id : '', out };
  });
  const bytesOrder = (a: number[], b: number[]) => {
    for (let k = 0; k < a.length && k < b.length; k++) if (a[k] !== b[k]) return a[k] - b[k];
    return a.length - b.length;
  };
  encoded.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : bytesOrder(a.out, b.out)));
  const head: number[] = [...'thidua units 2\n'].map((c) => c.charCodeAt(0));
  uint(sorted.length, head);
  sorted.forEach((k) => str(k, head));
  uint(units.length, head);
  const message = Uint8Array.from([...head, ...encoded.flatMap((e) => e.out)]);
  return `sha256:${bytesToHex(sha256(message))}`;
}

describe('unitsHash (the input hash)', () => {
  const cell = fc.oneof(
    fc.string(),
    fc.constantFrom('85,5%', 'Có', 'Không', '\ud800', 'x\udc00y', '😀', 'é'.repeat(130)),
    fc.double(),
    fc.integer(),
    fc.constantFrom(0, -0, 2 ** 53, 2 ** 53 - 1, -1, NaN, Infinity),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
  );
  const unit = fc.record(
    {
      id: fc.string(),
      name: fc.string(),
      block: fc.constantFrom('xa', 'phuong'),
      values: fc.dictionary(fc.constantFrom('tc01', 'tc02', 'tc10', 'a"b', '__proto__', 'é'), cell),
      facts: fc.dictionary(
        fc.constantFrom('late', 'rating'),
        fc.oneof(
          cell,
          fc.dictionary(fc.constantFrom('2021', '2022'), cell),
          fc.array(cell, { maxLength: 3 }),
        ),
      ),
    },
    { requiredKeys: ['id', 'values'] },
  );

  it('is the documented definition: one SHA-256 of the units sorted by id, then by their bytes, keys by index', () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 6 }), (units) => {
        expect(unitsHash(units)).toBe(referenceUnitsHash(units));
      }),
      { numRuns: 1000 },
    );
  });

  it('does not depend on the order of the units or of an object’s keys, and sees every change', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(unit, { minLength: 2, maxLength: 8, selector: (u) => JSON.stringify(u) }),
        fc.nat(),
        (units, seed) => {
          const shuffled = [...units].sort(() => 0).reverse();
          shuffled.push(shuffled.splice(seed % shuffled.length, 1)[0]);
          expect(unitsHash(shuffled)).toBe(unitsHash(units));
          const reordered = units.map((u) => Object.fromEntries(Object.entries(u).reverse()));
          expect(unitsHash(reordered)).toBe(unitsHash(units));
          // a unit twice is not the unit once, and a changed cell changes the hash
          expect(unitsHash([...units, units[0]])).not.toBe(unitsHash(units));
          const changed = units.map((u, i) => (i === 0 ? { ...u, id: `${u.id}*` } : u));
          expect(unitsHash(changed)).not.toBe(unitsHash(units));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
