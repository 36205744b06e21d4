/**
 * SHA-256 (FIPS 180-4) of the first `length` bytes of a buffer, written as 8 big-endian words into `out` at
 * `at`. Made for hashing many short messages (one per unit) without allocating: the message is padded in place,
 * so the buffer needs PADDING free bytes after it. The words are the digest's bytes read big-endian, as hex
 * shows them.
 */
export const PADDING = 72;

// prettier-ignore
const K = Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const W = new Int32Array(64);
const H = new Int32Array(8);
// the view of the last buffer hashed (the same buffer hashes message after message)
let viewOf: Uint8Array | undefined;
let view: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0));

export function sha256Into(buf: Uint8Array, length: number, out: Int32Array, at: number): void {
  if (buf.length < length + PADDING) throw new RangeError('sha256Into: no room to pad the message');
  // padding: 0x80, zeros up to 56 mod 64, then the length in bits as 64 bits big-endian
  let end = length;
  buf[end++] = 0x80;
  while ((end & 63) !== 56) buf[end++] = 0;
  const high = Math.floor(length / 0x20000000); // length × 8 / 2^32
  const low = (length * 8) >>> 0;
  buf[end++] = high >>> 24;
  buf[end++] = (high >>> 16) & 255;
  buf[end++] = (high >>> 8) & 255;
  buf[end++] = high & 255;
  buf[end++] = low >>> 24;
  buf[end++] = (low >>> 16) & 255;
  buf[end++] = (low >>> 8) & 255;
  buf[end++] = low & 255;
  H[0] = 0x6a09e667;
  H[1] = 0xbb67ae85 | 0;
  H[2] = 0x3c6ef372;
  H[3] = 0xa54ff53a | 0;
  H[4] = 0x510e527f;
  H[5] = 0x9b05688c | 0;
  H[6] = 0x1f83d9ab;
  H[7] = 0x5be0cd19;
  if (viewOf !== buf) {
    viewOf = buf;
    view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  for (let offset = 0; offset < end; offset += 64) compress(view, offset);
  for (let k = 0; k < 8; k++) out[at + k] = H[k];
}

function compress(message: DataView<ArrayBufferLike>, offset: number): void {
  for (let t = 0; t < 16; t++) W[t] = message.getInt32(offset + 4 * t);
  for (let t = 16; t < 64; t++) {
    const x = W[t - 15];
    const y = W[t - 2];
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    W[t] = (s1 + W[t - 7] + s0 + W[t - 16]) | 0;
  }
  let a = H[0];
  let bb = H[1];
  let c = H[2];
  let d = H[3];
  let e = H[4];
  let f = H[5];
  let g = H[6];
  let h = H[7];
  for (let t = 0; t < 64; t++) {
    const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + s1 + ((e & f) ^ (~e & g)) + K[t] + W[t]) | 0;
    const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (s0 + ((a & bb) ^ (a & c) ^ (bb & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = bb;
    bb = a;
    a = (t1 + t2) | 0;
  }
  H[0] = (H[0] + a) | 0;
  H[1] = (H[1] + bb) | 0;
  H[2] = (H[2] + c) | 0;
  H[3] = (H[3] + d) | 0;
  H[4] = (H[4] + e) | 0;
  H[5] = (H[5] + f) | 0;
  H[6] = (H[6] + g) | 0;
  H[7] = (H[7] + h) | 0;
}

/** The digest words as lowercase hex. */
export function wordsToHex(words: Int32Array, at = 0): string {
  let hex = '';
  for (let k = 0; k < 8; k++) hex += (words[at + k] >>> 0).toString(16).padStart(8, '0');
  return hex;
}
