/**
 * A unit's cell by criterion, target or fact id, read as data: ids such as "constructor" or "toString" are
 * ordinary ids, never members that every object inherits.
 */
export function own(record: Record<string, unknown> | undefined, key: string): unknown {
  return record !== undefined && record !== null && Object.hasOwn(record, key) ? record[key] : undefined;
}
