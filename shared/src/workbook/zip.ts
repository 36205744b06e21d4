/**
 * The central directory of a zip package (an .xlsx, .ods, .docx…), read from the bytes without inflating anything:
 * names, methods and the sizes each entry declares. Pure: no library, runs in Node and in the browser.
 */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else the readers cannot take. */
  method: number;
  flags: number;
  compressedSize: number;
  /** Uncompressed size as declared (it can lie: readers bound the real inflated size too). */
  size: number;
  localOffset: number;
}

export type ZipDirectory =
  | { ok: true; entries: ZipEntry[] }
  | { ok: false; reason: 'no-end-record' | 'bad-directory' | 'too-many-entries'; entries?: number };

const END_RECORD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_RECORD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

const utf8 = new TextDecoder('utf-8');

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function uint64(v: DataView, at: number): number {
  const n = v.getBigUint64(at, true);
  return n > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(n);
}

function findEndRecord(v: DataView): number {
  const last = v.byteLength - 22;
  const first = Math.max(0, last - MAX16);
  for (let i = last; i >= first; i--)
    if (v.getUint32(i, true) === END_RECORD && i + 22 + v.getUint16(i + 20, true) <= v.byteLength) return i;
  return -1;
}

/** Entry count, directory offset and size, from the end record (or its zip64 form). */
function directoryBounds(
  v: DataView,
  end: number,
): { count: number; offset: number; size: number } | undefined {
  let count = v.getUint16(end + 10, true);
  let size = v.getUint32(end + 12, true);
  let offset = v.getUint32(end + 16, true);
  if (count === MAX16 || size === MAX32 || offset === MAX32) {
    const locator = end - 20;
    if (locator < 0 || v.getUint32(locator, true) !== ZIP64_LOCATOR) return undefined;
    const record = uint64(v, locator + 8);
    if (record + 56 > v.byteLength || v.getUint32(record, true) !== ZIP64_END_RECORD) return undefined;
    count = uint64(v, record + 32);
    size = uint64(v, record + 40);
    offset = uint64(v, record + 48);
  }
  if (offset + size > v.byteLength) return undefined;
  return { count, offset, size };
}

/** Sizes and offset that do not fit 32 bits live in the zip64 extra field, in this order. */
function applyZip64(v: DataView, extraStart: number, extraEnd: number, entry: ZipEntry): void {
  for (let at = extraStart; at + 4 <= extraEnd;) {
    const id = v.getUint16(at, true);
    const length = v.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const take = () => {
        if (field + 8 > at + 4 + length) return undefined;
        const n = uint64(v, field);
        field += 8;
        return n;
      };
      if (entry.size === MAX32) entry.size = take() ?? entry.size;
      if (entry.compressedSize === MAX32) entry.compressedSize = take() ?? entry.compressedSize;
      if (entry.localOffset === MAX32) entry.localOffset = take() ?? entry.localOffset;
      return;
    }
    at += 4 + length;
  }
}

export function readZipDirectory(bytes: Uint8Array, maxEntries = Number.MAX_SAFE_INTEGER): ZipDirectory {
  if (bytes.byteLength < 22) return { ok: false, reason: 'no-end-record' };
  const v = view(bytes);
  const end = findEndRecord(v);
  if (end < 0) return { ok: false, reason: 'no-end-record' };
  const bounds = directoryBounds(v, end);
  if (!bounds) return { ok: false, reason: 'bad-directory' };
  if (bounds.count > maxEntries) return { ok: false, reason: 'too-many-entries', entries: bounds.count };
  const entries: ZipEntry[] = [];
  let at = bounds.offset;
  const stop = bounds.offset + bounds.size;
  for (let i = 0; i < bounds.count; i++) {
    if (at + 46 > stop || v.getUint32(at, true) !== CENTRAL_HEADER)
      return { ok: false, reason: 'bad-directory' };
    const nameLength = v.getUint16(at + 28, true);
    const extraLength = v.getUint16(at + 30, true);
    const commentLength = v.getUint16(at + 32, true);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > stop) return { ok: false, reason: 'bad-directory' };
    const entry: ZipEntry = {
      name: utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: v.getUint16(at + 8, true),
      method: v.getUint16(at + 10, true),
      compressedSize: v.getUint32(at + 20, true),
      size: v.getUint32(at + 24, true),
      localOffset: v.getUint32(at + 42, true),
    };
    applyZip64(v, at + 46 + nameLength, at + 46 + nameLength + extraLength, entry);
    entries.push(entry);
    at = next;
  }
  return { ok: true, entries };
}

/** Where an entry's compressed bytes start, or undefined when its local header is missing or they run past the end. */
export function entryDataOffset(bytes: Uint8Array, entry: ZipEntry): number | undefined {
  const v = view(bytes);
  const at = entry.localOffset;
  if (at + 30 > bytes.byteLength || v.getUint32(at, true) !== LOCAL_HEADER) return undefined;
  const start = at + 30 + v.getUint16(at + 26, true) + v.getUint16(at + 28, true);
  return start + entry.compressedSize <= bytes.byteLength ? start : undefined;
}

/** A stored (uncompressed) entry's bytes, at most `max` of them. */
export function storedEntryBytes(bytes: Uint8Array, entry: ZipEntry, max: number): Uint8Array | undefined {
  if (entry.method !== 0) return undefined;
  const start = entryDataOffset(bytes, entry);
  if (start === undefined) return undefined;
  return bytes.subarray(start, start + Math.min(entry.compressedSize, max));
}
