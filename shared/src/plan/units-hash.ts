import { sha256Hex } from './digest';
import { PADDING } from './sha256';

/**
 * The input hash of a score answer: a digest of the units that does not depend on their order, by construction.
 *
 *   keys       every object key that occurs in the units, at any depth, once each, sorted (UTF-16 code units)
 *   order      the units sorted by id (UTF-16 code units; a unit without a text id as ""), units with the same id
 *              by their enc as byte strings
 *   inputHash  "sha256:" + hex(SHA-256("thidua units 2\n" ‖ uint(#keys) ‖ str(key)… ‖ uint(#units) ‖
 *              enc(unit)… in that order)), object keys written as their index in `keys`
 *
 * enc: null, and anything JSON cannot write (undefined in an array, a number that is not finite, a function…)
 * 0x00 · false 0x01 · true 0x02 · a whole number 0 ≤ x < 2^53: 0x04 uint(x) · any other number: 0x03 and its
 * IEEE 754 double, big-endian · a string: str · an array: 0x06 uint(length) items · an object: 0x07
 * uint(members) then, in key order, uint(key index) value — members whose value is undefined left out.
 * str(s): s's length in UTF-16 code units n, as the byte 0x80 + n when n < 128, else 0x05 uint(n); then s in
 * UTF-8 (a lone surrogate as its three-byte form). uint: unsigned LEB128.
 *
 * The order depends only on the set of units (duplicates counted), and enc is prefix-free, so the message reads
 * back one way: equal hashes mean a SHA-256 collision or the same units. One message, one SHA-256: a host with a
 * native SHA-256 (useSha256) hashes it at memory speed, and the cost is that of reading the input once.
 */
export function unitsHash(units: readonly unknown[]): string {
  const n = units.length;
  const keys = keysOf(units);
  const writer = new Writer(new Map(keys.map((k, i) => [k, i])));
  for (let i = 0; i < DOMAIN.length; i++) writer.byte(DOMAIN.charCodeAt(i));
  writer.uint(keys.length);
  for (const key of keys) writer.string(key);
  writer.uint(n);
  const head = writer.length;
  // where unit i's enc ends (it starts where the one before ends)
  const ends = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    writer.value(units[i], '');
    ends[i] = writer.length;
  }
  const bytes = writer.bytes();
  const order = canonicalOrder(units, bytes, head, ends);
  if (!order) return `sha256:${sha256Hex(bytes, writer.length)}`;
  const message = new Uint8Array(writer.length + PADDING);
  message.set(bytes.subarray(0, head));
  let at = head;
  for (const i of order) {
    const from = i === 0 ? head : ends[i - 1];
    message.set(bytes.subarray(from, ends[i]), at);
    at += ends[i] - from;
  }
  return `sha256:${sha256Hex(message, at)}`;
}

const DOMAIN = 'thidua units 2\n';

const idOf = (unit: unknown): string => {
  const id = typeof unit === 'object' && unit !== null ? (unit as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : '';
};

/** The units' indices in hash order, or undefined when they already are in it (ids strictly ascending). */
function canonicalOrder(
  units: readonly unknown[],
  bytes: Uint8Array,
  head: number,
  ends: Float64Array,
): number[] | undefined {
  const n = units.length;
  const ids = units.map(idOf);
  let sorted = true;
  for (let i = 1; sorted && i < n; i++) sorted = ids[i - 1] < ids[i];
  if (sorted) return undefined;
  const start = (i: number) => (i === 0 ? head : ends[i - 1]);
  const compareBytes = (a: number, b: number) => {
    const [fa, fb, la, lb] = [start(a), start(b), ends[a] - start(a), ends[b] - start(b)];
    for (let k = 0; k < la && k < lb; k++) {
      const d = bytes[fa + k] - bytes[fb + k];
      if (d) return d;
    }
    return la - lb;
  };
  return Array.from({ length: n }, (_, i) => i).sort((a, b) =>
    ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : compareBytes(a, b),
  );
}

/**
 * Every key of every object in the units, sorted. Objects found under the same key (every unit's `values`) that
 * list the same keys as the one before are not looked at again.
 */
function keysOf(units: readonly unknown[]): string[] {
  const keys = new Set<string>();
  const last = new Map<string, string[]>();
  const visit = (v: unknown, role: string): void => {
    if (typeof v !== 'object' || v === null) return;
    if (Array.isArray(v)) {
      for (const item of v) visit(item, role);
      return;
    }
    const own = Object.keys(v);
    const before = last.get(role);
    let same = before !== undefined && before.length === own.length;
    for (let j = 0; same && j < own.length; j++) same = (before as string[])[j] === own[j];
    if (!same) {
      for (const k of own) keys.add(k);
      last.set(role, own);
    }
    const values = Object.values(v);
    for (let j = 0; j < values.length; j++) {
      const item = values[j];
      if (typeof item === 'object' && item !== null) visit(item, own[j]);
    }
  };
  for (const unit of units) visit(unit, '');
  return [...keys].sort();
}

/** An object's keys as met, their written indices, and the positions in key order. */
interface Shape {
  keys: string[];
  order: number[];
  /** uint(key index) per position. */
  names: Uint8Array[];
}

/** Writes enc(value) into a growing buffer that always keeps PADDING bytes free for SHA-256. */
class Writer {
  private buf = new Uint8Array(1024);
  length = 0;
  private readonly shapes = new Map<string, Shape>();
  private readonly float = new DataView(new ArrayBuffer(8));

  constructor(private readonly keyIndex: Map<string, number>) {}

  bytes(): Uint8Array {
    this.room(0);
    return this.buf;
  }

  private room(extra: number): void {
    if (this.length + extra + PADDING <= this.buf.length) return;
    const bigger = new Uint8Array(Math.max(2 * this.buf.length, this.length + extra + PADDING));
    bigger.set(this.buf.subarray(0, this.length));
    this.buf = bigger;
  }

  byte(c: number): void {
    if (this.length + 1 + PADDING > this.buf.length) this.room(1);
    this.buf[this.length++] = c;
  }

  uint(x: number): void {
    this.room(8);
    while (x >= 0x80) {
      this.buf[this.length++] = (x % 0x80) | 0x80;
      x = Math.floor(x / 0x80);
    }
    this.buf[this.length++] = x;
  }

  value(v: unknown, key: string): void {
    switch (typeof v) {
      case 'string':
        return this.string(v);
      case 'number':
        return this.number(v);
      case 'boolean':
        return this.byte(v ? 2 : 1);
      case 'object':
        if (v === null) return this.byte(0);
        return Array.isArray(v) ? this.array(v) : this.object(v, key);
      default:
        return this.byte(0);
    }
  }

  private number(v: number): void {
    if (!Number.isFinite(v)) return this.byte(0);
    if (Number.isSafeInteger(v) && v >= 0) {
      this.byte(4);
      return this.uint(v + 0); // -0 is 0
    }
    this.room(9);
    this.buf[this.length++] = 3;
    this.float.setFloat64(0, v);
    for (let k = 0; k < 8; k++) this.buf[this.length++] = this.float.getUint8(k);
  }

  string(s: string): void {
    const n = s.length;
    if (n < 0x80) this.byte(0x80 | n);
    else {
      this.byte(5);
      this.uint(n);
    }
    this.room(3 * n);
    const b = this.buf;
    let p = this.length;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) b[p++] = c;
      else if (c < 0x800) {
        b[p++] = 0xc0 | (c >> 6);
        b[p++] = 0x80 | (c & 63);
      } else {
        const next = c >= 0xd800 && c < 0xdc00 && i + 1 < n ? s.charCodeAt(i + 1) : 0;
        if (next >= 0xdc00 && next < 0xe000) {
          const cp = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
          b[p++] = 0xf0 | (cp >> 18);
          b[p++] = 0x80 | ((cp >> 12) & 63);
          b[p++] = 0x80 | ((cp >> 6) & 63);
          b[p++] = 0x80 | (cp & 63);
          i++;
        } else {
          b[p++] = 0xe0 | (c >> 12);
          b[p++] = 0x80 | ((c >> 6) & 63);
          b[p++] = 0x80 | (c & 63);
        }
      }
    }
    this.length = p;
  }

  private array(items: readonly unknown[]): void {
    this.byte(6);
    this.uint(items.length);
    for (let i = 0; i < items.length; i++) this.value(items[i] === undefined ? null : items[i], '');
  }

  private object(record: object, key: string): void {
    // Object.keys and Object.values list own enumerable keys and values in one order, natively
    const keys = Object.keys(record);
    const values = Object.values(record);
    const m = keys.length;
    let members = 0;
    for (let j = 0; j < m; j++) if (values[j] !== undefined) members++;
    const shape = this.shapeOf(key, keys, m);
    this.byte(7);
    this.uint(members);
    const { order, names } = shape;
    for (let x = 0; x < m; x++) {
      const j = order[x];
      const item = values[j];
      if (item === undefined) continue;
      const name = names[j];
      this.room(name.length);
      for (let c = 0; c < name.length; c++) this.buf[this.length++] = name[c];
      this.value(item, keys[j]);
    }
  }

  /** The shape of an object met under `key` with these m keys: the last one met there when the keys are the same. */
  private shapeOf(key: string, keys: string[], m: number): Shape {
    const known = this.shapes.get(key);
    if (known && known.keys.length === m) {
      let same = true;
      for (let j = 0; same && j < m; j++) same = known.keys[j] === keys[j];
      if (same) return known;
    }
    const own = keys.slice(0, m);
    const index = own.map((k) => this.keyIndex.get(k) ?? -1);
    if (index.includes(-1)) throw new Error('unitsHash: a key changed between reading and writing the units');
    const order = own.map((_, j) => j).sort((a, b) => index[a] - index[b]);
    const names = index.map((x) => {
      const bytes: number[] = [];
      for (; x >= 0x80; x = Math.floor(x / 0x80)) bytes.push((x % 0x80) | 0x80);
      bytes.push(x);
      return Uint8Array.from(bytes);
    });
    const shape = { keys: own, order, names };
    this.shapes.set(key, shape);
    return shape;
  }
}
