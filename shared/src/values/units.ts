/**
 * Values typed with their unit, read as the official means them: "36 tin", "02 SP", "15 hồ sơ", "3 lượt" are
 * counts; "2 ngày" is a number of days (a count where a count is expected, never a rate); "Đạt" / "Chưa đạt" in
 * an all-or-nothing rate say whether the rate was met. The unit words are data (values/dictionary.json).
 */
import dictionary from './dictionary.json';
import { normalizeText } from './text';

export type UnitKind = 'count' | 'duration';

const TRAILING = new Set(['.', ',', ';', ':']);

/** Without the punctuation that may close a cell ("3 lượt."). */
function withoutTrailing(s: string): string {
  let end = s.length;
  while (end > 0 && TRAILING.has(s[end - 1])) end--;
  return s.slice(0, end);
}

const fold = (s: string) => withoutTrailing(normalizeText(s)).trim();
const longestFirst = (list: string[]) => [...new Set(list.map(fold))].sort((a, b) => b.length - a.length);

const COUNT_UNITS = longestFirst(dictionary.countUnits);
const DURATION_UNITS = longestFirst(dictionary.durationUnits);

export interface TypedNumber {
  /** The number as typed, without its unit: "02". */
  number: string;
  /** The unit as typed: "SP". */
  unit: string;
  kind: UnitKind;
}

const MAX_UNIT_TEXT = 40;

/**
 * "36 tin" → { number: "36", unit: "tin", kind: "count" }; "2 ngày" → kind "duration". Undefined unless the text is
 * a number, a space, and a unit word the dictionary knows ("36 abc" is not a count).
 */
export function splitUnit(text: string): TypedNumber | undefined {
  const t = text.normalize('NFC').trim();
  if (t.length > MAX_UNIT_TEXT) return undefined;
  // the number: an optional sign, digits and their separators; the unit: everything after it
  let i = t[0] === '+' || t[0] === '-' ? 1 : 0;
  if (!isDigit(t[i])) return undefined;
  while (i < t.length && (isDigit(t[i]) || t[i] === '.' || t[i] === ',' || isSpace(t[i]))) i++;
  const number = t.slice(0, i).trim();
  const unit = withoutTrailing(t.slice(i).trim());
  const key = fold(unit);
  if (!key || isDigit(number[number.length - 1]) === false) return undefined;
  const kind: UnitKind | undefined = COUNT_UNITS.includes(key)
    ? 'count'
    : DURATION_UNITS.includes(key)
      ? 'duration'
      : undefined;
  return kind ? { number, unit, kind } : undefined;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isSpace = (c: string) => c === ' ' || c === '\u00a0' || c === '\u202f' || c === '\t';

/** The number of a count typed with its unit ("02 SP" → 2), read by `read`; undefined when it is not one. */
export function numberWithUnit(text: string, read: (s: string) => number | undefined): number | undefined {
  const typed = splitUnit(text);
  return typed ? read(typed.number) : undefined;
}

/** Why a number typed with a unit is not a rate: "2 ngày" where a percentage is expected. */
export function unitNotRate(raw: string): { detail: string; detailEn: string } | undefined {
  const typed = splitUnit(raw);
  if (!typed) return undefined;
  const what = typed.kind === 'duration' ? 'một khoảng thời gian' : 'một số lượng';
  const whatEn = typed.kind === 'duration' ? 'a duration' : 'a count';
  return {
    detail: `"${raw.trim()}" là ${what} (đơn vị "${typed.unit}"), không phải tỷ lệ %; ghi tỷ lệ, ví dụ "80%"`,
    detailEn: `"${raw.trim()}" is ${whatEn} (unit "${typed.unit}"), not a percentage; write the rate, e.g. "80%"`,
  };
}

const MET = new Set(['dat', 'da dat', 'hoan thanh', 'met', 'achieved']);
const NOT_MET = new Set(['chua dat', 'khong dat', 'chua hoan thanh', 'khong hoan thanh', 'not met']);

/** "Đạt" → true, "Chưa đạt" / "Không đạt" → false; anything else undefined. */
export function verdictOf(raw: unknown): boolean | undefined {
  if (typeof raw !== 'string' || raw.length > MAX_UNIT_TEXT) return undefined;
  const key = fold(raw);
  return MET.has(key) ? true : NOT_MET.has(key) ? false : undefined;
}

/** A value that meets an all-or-nothing rate and one that does not, for "Đạt" / "Chưa đạt" written in its cell. */
export interface PassFail {
  met?: number;
  notMet?: number;
}

/**
 * The percents "Đạt" and "Chưa đạt" stand for under a target: the target itself (or 0 / 100) on the right side of
 * the comparison. A side no percent can be on (≥ 0% is always met) is left out, and that word is not read.
 */
export function passFailValues(
  target: number,
  comparison: 'atLeast' | 'moreThan' | 'atMost' | 'lessThan',
): PassFail {
  switch (comparison) {
    case 'atLeast':
      return { met: target, ...(target > 0 ? { notMet: 0 } : {}) };
    case 'moreThan':
      return { notMet: target, ...(target < 100 ? { met: 100 } : {}) };
    case 'atMost':
      return { met: target, ...(target < 100 ? { notMet: 100 } : {}) };
    case 'lessThan':
      return { notMet: target, ...(target > 0 ? { met: 0 } : {}) };
  }
}
