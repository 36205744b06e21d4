import { problemOf, say } from '../messages';
import type { Problem } from '../problems';

function ascendingIds(units: readonly { id: string }[]): boolean {
  for (let i = 1; i < units.length; i++) if (!(units[i - 1].id < units[i].id)) return false;
  return true;
}

// zero-width and direction marks, the word joiner, the BOM, soft hyphen: nothing an official can see
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
/** Anything but printable ASCII without a space: only such ids can look like another. */
const UNPLAIN = /[^\x21-\x7e]/;

/** How an id looks: composed accents (NFC), invisible characters left out, no surrounding spaces. */
const idLook = (id: string) => id.normalize('NFC').replace(INVISIBLE, '').trim();

/**
 * Unit ids that repeat, or only look like another ("xã-hòa-an" typed with composed and with combining accents, an id
 * with a zero-width space), and ids with nothing visible: each names the unit it repeats. Ids of printable ASCII in
 * ascending order (a sheet's, often) are unique without a map of them.
 */
export function duplicateIds(units: readonly { id: string }[]): Problem[] {
  const plain = !units.some((u) => UNPLAIN.test(u.id));
  if (plain && ascendingIds(units)) return [];
  const seen = new Map<string, number>();
  const out: Problem[] = [];
  units.forEach((u, i) => {
    const look = plain ? u.id : idLook(u.id);
    const first = seen.get(look);
    const at = `units[${i}].id`;
    if (!look) out.push(problemOf(at, say('request.invisible-unit-id'), { unitId: u.id }));
    else if (first === undefined) seen.set(look, i);
    else if (units[first].id === u.id)
      out.push(problemOf(at, say('request.duplicate-unit', { id: u.id, first }), { unitId: u.id }));
    else
      out.push(
        problemOf(at, say('request.lookalike-unit', { id: u.id, first, other: units[first].id }), {
          unitId: u.id,
        }),
      );
  });
  return out;
}
