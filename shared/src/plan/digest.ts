import { PADDING, sha256Into, wordsToHex } from './sha256';

/** A SHA-256 of a whole message, as lowercase hex: what a host may bring in place of the core's own. */
export type Sha256Hex = (bytes: Uint8Array) => string;

let hostSha256: Sha256Hex | undefined;

/**
 * Hash with the host's SHA-256 (Node's crypto, native, ~20× the core's JavaScript on large inputs) instead of the
 * core's own; `undefined` goes back to the core's. Every hash is the same whichever computes it: a host function
 * that disagrees with the core's on the test messages is refused.
 */
export function useSha256(impl: Sha256Hex | undefined): void {
  if (impl) {
    for (const length of [0, 3, 55, 56, 64, 1000]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + length) & 255);
      if (impl(bytes) !== ownSha256(bytes, length))
        throw new Error('useSha256: the host SHA-256 disagrees with the standard one');
    }
  }
  hostSha256 = impl;
}

function ownSha256(bytes: Uint8Array, length: number): string {
  const padded = bytes.length >= length + PADDING ? bytes : new Uint8Array(length + PADDING);
  if (padded !== bytes) padded.set(bytes.subarray(0, length));
  const out = new Int32Array(8);
  sha256Into(padded, length, out, 0);
  return wordsToHex(out);
}

/**
 * SHA-256 hex of the first `length` bytes of `buf`. The core's own pads in place: `buf` should keep PADDING free
 * bytes after them (else it is copied).
 */
export function sha256Hex(buf: Uint8Array, length: number): string {
  return hostSha256 ? hostSha256(buf.subarray(0, length)) : ownSha256(buf, length);
}
