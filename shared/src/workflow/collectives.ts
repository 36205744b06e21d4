/**
 * An individual's collective named by a unit read on another sheet ("Cá nhân" naming a division on "Tập thể"),
 * by its name, id, or an office's abbreviation of it ("Phòng QLXD" for "Phòng Quản lý xây dựng").
 */
import type { UnitInput } from '../engine/types';
import { words } from '../sheet/similarity';

/** "và" joins the parts of a name and is left out of its abbreviation ("Văn hóa và Thông tin": "VH&TT", "VHTT"). */
const notAnd = (w: string) => w !== 'va';

/** Does `short` abbreviate `long`: each of its words a word of `long` or the initials of a run of them? */
export function abbreviates(short: string, long: string): boolean {
  const s = words(short).filter(notAnd);
  const l = words(long).filter(notAnd);
  const memo = new Map<string, boolean>();
  const match = (i: number, j: number): boolean => {
    if (i === s.length) return j === l.length;
    if (j === l.length) return false;
    const key = `${i}:${j}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let ok = s[i] === l[j] && match(i + 1, j + 1);
    for (let k = 2; !ok && j + k <= l.length && k <= s[i].length; k++)
      if (
        l
          .slice(j, j + k)
          .map((w) => w[0])
          .join('') === s[i]
      )
        ok = match(i + 1, j + k);
    memo.set(key, ok);
    return ok;
  };
  return s.length > 0 && s.length < l.length && match(0, 0);
}

/** Points collectives written as another sheet's unit name (or abbreviation) at that unit; the ids fixed. */
export function linkCollectives(units: UnitInput[]): Set<string> {
  const ids = new Set(units.map((u) => u.id));
  const key = (s: string) => words(s).join(' ');
  const linked = new Set<string>();
  for (const u of units) {
    if (!u.collective || ids.has(u.collective)) continue;
    const text = u.collective;
    let hits = units.filter((c) => c !== u && key(c.name ?? c.id) === key(text));
    if (!hits.length) hits = units.filter((c) => c !== u && abbreviates(text, c.name ?? c.id));
    if (hits.length === 1) {
      u.collective = hits[0].id;
      linked.add(u.id);
    }
  }
  return linked;
}
