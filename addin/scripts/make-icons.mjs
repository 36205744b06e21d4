/* global process, console, Buffer */
// Draws the add-in icons (a red square with a gold podium) as PNGs without any image library or network:
// raw RGBA rows, zlib deflate, hand-written PNG chunks. Run: node addin/scripts/make-icons.mjs [outDir]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 64, 80, 128];
const RED = [200, 16, 46, 255];
const GOLD = [255, 205, 0, 255];
const CLEAR = [0, 0, 0, 0];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Pixel colour at (x, y) of an s×s icon: rounded red square, three gold podium bars. */
function pixel(x, y, s) {
  const r = s / 6;
  const cx = Math.min(Math.max(x + 0.5, r), s - r);
  const cy = Math.min(Math.max(y + 0.5, r), s - r);
  if ((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 > r * r) return CLEAR;
  const u = (x + 0.5) / s;
  const v = (y + 0.5) / s;
  const bars = [
    [0.18, 0.38, 0.55],
    [0.4, 0.6, 0.3],
    [0.62, 0.82, 0.45],
  ];
  for (const [from, to, top] of bars) if (u >= from && u < to && v >= top && v < 0.82) return GOLD;
  return RED;
}

export function iconPng(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) Buffer.from(pixel(x, y, size)).copy(raw, y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export function writeIcons(outDir) {
  mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) writeFileSync(join(outDir, `icon-${size}.png`), iconPng(size));
  return SIZES.map((s) => `icon-${s}.png`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');
  console.log(`icons: ${writeIcons(out).join(', ')} → ${out}`);
}
