import type { Parsed } from '../values';

/** How a column's cells are read: the raw value to a number, or why it cannot be read. */
export type CellRead<T = number> = (raw: unknown) => Parsed<T>;

/** Distinct raw values remembered per column; past this, cells are read without remembering. */
const CACHE_LIMIT = 4096;

/**
 * A reading as an object of one shape whatever reader made it, so the loop that reads `.ok` and `.value` of
 * every cell sees one or two shapes, not one per reader (a property read over many shapes is several times
 * slower).
 */
function oneShape<T>(p: Parsed<T>): Parsed<T> {
  if (p.ok) return { ok: true, value: p.value };
  const failure: Parsed<T> = { ok: false, reason: p.reason, detail: p.detail, detailEn: p.detailEn };
  if (p.readings) failure.readings = p.readings;
  return failure;
}

/**
 * One column's reader that remembers what each distinct raw value read as. A sheet repeats its values ("Có",
 * "100%", 0): reading a remembered value is one Map lookup. Only primitives are remembered (a reader's answer
 * depends on the value alone), and at most CACHE_LIMIT of them, so free text cannot grow it without bound.
 */
export function rememberingReader<T>(read: CellRead<T>): CellRead<T> {
  const seen = new Map<unknown, Parsed<T>>();
  // the previous cell's value first: a column of "Có" or 100 repeats it unit after unit
  let lastRaw: unknown = seen;
  let last: Parsed<T> | undefined;
  return (raw) => {
    if (raw === lastRaw) return last as Parsed<T>;
    let parsed = seen.get(raw);
    if (parsed === undefined) {
      parsed = read(raw);
      if (typeof raw === 'object' && raw !== null) return parsed;
      parsed = oneShape(parsed);
      if (seen.size < CACHE_LIMIT) seen.set(raw, parsed);
    }
    lastRaw = raw;
    last = parsed;
    return parsed;
  };
}

/**
 * The column of each key of a record, for records that (as rows of one sheet or one JSON request) list the same
 * keys in the same order: the column found for the key at position j is remembered, and reused without a lookup
 * while the next records have that key at that position. JSON.parse gives equal keys as the same string, so the
 * comparison is cheap.
 */
export class KeyColumns {
  private readonly keys: string[] = [];
  private readonly columns: number[] = [];

  constructor(private readonly columnOf: (key: string) => number) {}

  /** The column of `key`, the j-th key of its record (-1 or less: no column). */
  at(j: number, key: string): number {
    if (j < this.keys.length && this.keys[j] === key) return this.columns[j];
    const column = this.columnOf(key);
    this.keys[j] = key;
    this.columns[j] = column;
    return column;
  }
}

/** Object.prototype has no enumerable properties (nobody added one), checked once per call. */
export function cleanObjectPrototype(): boolean {
  for (const key in {}) return key === undefined;
  return true;
}

/**
 * Calls `visit` with each own enumerable key of `record` and its value, in the record's order (Object.keys'
 * order). A plain object is walked with for-in, which for objects of one shape reads the values without a lookup
 * each; anything else through Object.keys.
 */
export function forEachEntry(
  record: object,
  clean: boolean,
  visit: (j: number, key: string, value: unknown) => void,
): void {
  const values = record as Record<string, unknown>;
  let j = 0;
  const proto: unknown = Object.getPrototypeOf(record);
  if (clean && (proto === Object.prototype || proto === null)) {
    for (const key in values) visit(j++, key, values[key]);
    return;
  }
  for (const key of Object.keys(values)) visit(j++, key, values[key]);
}
