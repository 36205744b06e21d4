import { problemOf, say } from '../messages';
import type { Problem } from '../problems';

const CAPITAL = /[A-Z]/;

/** Ids in strictly ascending order, capitals read as small letters: then no two are the same or differ by case. */
function ascendingIds(units: readonly { id: string }[]): boolean {
  let before = '';
  for (let i = 0; i < units.length; i++) {
    const id = units[i].id;
    const key = CAPITAL.test(id) ? id.toLowerCase() : id;
    if (i > 0 && !(before < key)) return false;
    before = key;
  }
  return true;
}

// zero-width and direction marks, the word joiner, the BOM, soft hyphen: nothing an official can see
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
/** Anything but printable ASCII without a space: only such ids can look like another. */
const UNPLAIN = /[^\x21-\x7e]/;
/** Capitals drawn exactly as "Đ": Ð (eth, U+00D0) and Ɖ (African D, U+0189). */
const LIKE_D = /[\u00d0\u0189]/g;
/** A tone mark, decomposed: huyền, sắc, ngã, hỏi, nặng. */
const TONE = '[\\u0300\\u0301\\u0303\\u0309\\u0323]';
/**
 * A tone mark on the first vowel of a final "oa", "oe", "uy" (the old placement: "hòa", "khỏe", "thủy"), moved onto
 * the second (the new: "hoà", "khoẻ", "thuỷ"): both are taught and typed, for one name. On decomposed text (NFD).
 */
const OLD_TONE = new RegExp(
  `([oO])(${TONE})([aAeE])(?![\\p{L}\\p{M}])|([uU])(${TONE})([yY])(?![\\p{L}\\p{M}])`,
  'gu',
);

/** How an id looks: composed accents (NFC), invisible characters left out, no surrounding spaces. */
const idLook = (id: string) => id.normalize('NFC').replace(INVISIBLE, '').trim();

/**
 * How an official reads an id: its look in compatibility forms (full-width "ＡＢ１" as "AB1"), "Ð" read as "Đ", the
 * tone mark where either placement puts it, capitals as small letters. "Xã Hòa An", "Xã Hoà An" and "XÃ HÒA AN" name
 * one commune.
 */
const idReading = (look: string) =>
  look
    .normalize('NFKC')
    .replace(LIKE_D, 'Đ')
    .normalize('NFD')
    .replace(OLD_TONE, (_m, o?: string, t1?: string, a?: string, u?: string, t2?: string, y?: string) =>
      o ? `${o}${a}${t1}` : `${u}${y}${t2}`,
    )
    .toLowerCase();

/**
 * Unit ids that repeat, or only look like another ("xã-hòa-an" typed with composed and with combining accents, an id
 * with a zero-width space, "Hòa" beside "Hoà"), and ids with nothing visible: each names the unit it repeats. Ids of
 * printable ASCII in ascending order (a sheet's, often) are unique without a map of them.
 */
export function duplicateIds(units: readonly { id: string }[]): Problem[] {
  const plain = !units.some((u) => UNPLAIN.test(u.id));
  if (plain && ascendingIds(units)) return [];
  const seen = new Map<string, number>();
  const out: Problem[] = [];
  units.forEach((u, i) => {
    const look = plain ? u.id : idLook(u.id);
    const reading = plain ? look.toLowerCase() : idReading(look);
    const first = seen.get(reading);
    const at = `units[${i}].id`;
    if (!look) out.push(problemOf(at, say('request.invisible-unit-id'), { unitId: u.id }));
    else if (first === undefined) seen.set(reading, i);
    else {
      const other = units[first].id;
      const said =
        other === u.id
          ? say('request.duplicate-unit', { id: u.id, first })
          : idLook(other) === look
            ? say('request.lookalike-unit', { id: u.id, first, other })
            : idLook(other).toLowerCase() === look.toLowerCase()
              ? say('request.lookalike-unit-case', { id: u.id, first, other })
              : say('request.lookalike-unit-form', { id: u.id, first, other });
      out.push(problemOf(at, said, { unitId: u.id }));
    }
  });
  return out;
}
