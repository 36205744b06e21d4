/**
 * The same unit read twice: two rows (or columns) of one block with the same name and the same collective. Scored
 * as two units it would be ranked twice and could take two places; which row holds its figures is a guess. Two
 * people of one name in different collectives are two units.
 */
import type { UnitInput } from '../engine/types';
import { unitSlug } from '../sheet/extract';

export interface RepeatedUnit {
  name: string;
  /** The ids the reader gave its lines ("xa-hoa-an", "xa-hoa-an-2"). */
  ids: string[];
}

export function repeatedUnits(units: readonly UnitInput[]): RepeatedUnit[] {
  const groups = new Map<string, UnitInput[]>();
  for (const u of units) {
    const key = `${u.block ?? ''}\u0000${u.collective ?? ''}\u0000${unitSlug(u.name ?? u.id) || u.id}`;
    const group = groups.get(key);
    if (group) group.push(u);
    else groups.set(key, [u]);
  }
  return [...groups.values()]
    .filter((g) => g.length > 1)
    .map((g) => ({ name: g[0].name ?? g[0].id, ids: g.map((u) => u.id) }));
}
