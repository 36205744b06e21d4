import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/** JSON with object keys sorted at every level, so equal data always gives equal text. */
export function canonicalJson(value: unknown): string {
  return writeCanonical(value, new Map<string, string>());
}

// One string built in one walk; `quoted` caches JSON.stringify of keys, which repeat in every unit.
function writeCanonical(value: unknown, quoted: Map<string, string>): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) return 'null';
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      if (i in value) out += writeCanonical(value[i] === undefined ? null : value[i], quoted);
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (isFlatAndSorted(record, keys)) return JSON.stringify(record);
  keys.sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    let name = quoted.get(key);
    if (name === undefined) {
      name = JSON.stringify(key);
      quoted.set(key, name);
    }
    out += `${first ? '' : ','}${name}:${writeCanonical(item, quoted)}`;
    first = false;
  }
  return `${out}}`;
}

/**
 * A plain object whose keys are already in sorted order and whose values are all primitives that JSON writes
 * the canonical way (a sheet's `values` record): JSON.stringify gives the canonical text.
 */
function isFlatAndSorted(record: Record<string, unknown>, keys: string[]): boolean {
  const proto = Object.getPrototypeOf(record);
  if ((proto !== Object.prototype && proto !== null) || typeof record.toJSON === 'function') return false;
  for (let k = 0; k < keys.length; k++) {
    if (k > 0 && !(keys[k - 1] < keys[k])) return false;
    const item = record[keys[k]];
    const type = typeof item;
    if (!(
      type === 'string' ||
      type === 'number' ||
      type === 'boolean' ||
      type === 'undefined' ||
      item === null
    ))
      return false;
  }
  return true;
}

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** "sha256:<hex>" of the canonical JSON of a value. */
export function contentHash(value: unknown): string {
  return `sha256:${sha256Hex(canonicalJson(value))}`;
}
