import { normalizeText } from '../values';

/** A stable key from an id or a name, the way sheet ids are made ("Xã Hòa An" → "xa-hoa-an"). */
export function councilKey(text: string): string {
  return normalizeText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Edit distance of two keys, or Infinity as soon as it must exceed `max` (names are short; `max` is small). */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return Infinity;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...row) > max) return Infinity;
    prev = row;
  }
  return prev[b.length] <= max ? prev[b.length] : Infinity;
}

/** The one unit name within two typing slips of `typed` (accents and case aside); none when several are as close. */
export function nearestName(typed: string, names: readonly string[]): string | undefined {
  const key = councilKey(typed);
  if (!key) return undefined;
  let best = Infinity;
  let found: string[] = [];
  for (const name of new Set(names)) {
    const d = distance(key, councilKey(name), 2);
    if (d < best) [best, found] = [d, [name]];
    else if (d === best && d < Infinity) found.push(name);
  }
  return best < Infinity && found.length === 1 ? found[0] : undefined;
}
