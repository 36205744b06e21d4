/**
 * Request-size bookkeeping for Office.js batches. Excel on the web rejects a request over 5 MB
 * (RequestPayloadSizeLimitExceeded); we keep every request under 4 MB, estimated as the UTF-8 length of the
 * JSON the batch carries plus a fixed allowance per queued operation.
 */

export const MAX_REQUEST_BYTES = 4_000_000;
/** Allowance for one queued call (method name, object path, ids) besides its data. */
export const OPERATION_OVERHEAD_BYTES = 200;

/** UTF-8 byte length of a string without allocating (Vietnamese letters take 2–3 bytes). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? '');
}

/**
 * Splits rows into consecutive runs whose estimated size stays under `budget` bytes.
 * A single row larger than the budget still gets its own run (it cannot be split further).
 */
export function splitRowsByBytes(rowBytes: number[], budget: number): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let start = 0;
  let size = 0;
  rowBytes.forEach((bytes, i) => {
    if (i > start && size + bytes > budget) {
      runs.push({ start, end: i });
      start = i;
      size = 0;
    }
    size += bytes;
  });
  if (rowBytes.length > start) runs.push({ start, end: rowBytes.length });
  return runs;
}
