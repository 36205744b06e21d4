/**
 * A note typed in a value's own cell, after the value: "85,5% (đã xác minh)", "Có (QĐ số 25/QĐ-VP)", "12 tin*",
 * "100% (*)". The value is what stands before the note; the note (a footnote mark, or words in brackets) says
 * nothing about it that a reader must weigh — a note that hedges or negates ("một phần", "dự kiến", "chưa") does,
 * and leaves the cell unread.
 */
import { normalizeText } from './text';
import { splitUnit } from './units';

/** Longest cell looked at for a note: a value and a short remark, not a paragraph. */
const MAX_NOTED_TEXT = 200;

const isLetter = (c: string) => c.toLowerCase() !== c.toUpperCase();

/**
 * Words that make a note weigh on the value ("Có (một phần)", "85% (dự kiến)", "Đạt (chưa đủ hồ sơ)", "Không
 * (đang làm)"): such a cell is not read past its note, so it stays unreadable and is flagged for the official.
 * Written without diacritics, as normalizeText folds them; two-word ones as one string.
 */
const HEDGES = new Set(
  'chua khong ko mot-phan du-kien uoc tam khoang gan dang sap tren duoi hon toi-da toi-thieu sai nham thieu loi hoac neu tru can lai'.split(
    ' ',
  ),
);

function hedges(note: string): boolean {
  if (note.includes('?')) return true;
  const words = normalizeText(note)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.some((w, k) => HEDGES.has(w) || (k > 0 && HEDGES.has(`${words[k - 1]}-${w}`)));
}

/** Money, points and magnitudes a figure is counted in: "10 (triệu)" is ten million, never 10 with a remark. */
const MAGNITUDES = new Set(
  'trieu nghin ngan ty tr k x1000 dong d vnd diem trieu-dong nghin-dong ngan-dong ty-dong'.split(' '),
);

/** Brackets holding the unit or the magnitude of the figure before them, not a remark about it. */
function isUnit(inner: string): boolean {
  const words = normalizeText(inner)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return MAGNITUDES.has(words.join('-')) || splitUnit(`1 ${inner.trim()}`) !== undefined;
}

/** "(đã xác minh)", "(*)": words in brackets (a letter in them), or one to three footnote stars in brackets. */
function isBracketNote(inner: string): boolean {
  if (inner.includes('(') || inner.includes(')')) return false;
  const t = inner.trim();
  if (t.length >= 1 && t.length <= 3 && [...t].every((c) => c === '*')) return true;
  return [...inner].some(isLetter) && !hedges(inner) && !isUnit(inner);
}

/**
 * The value before a note typed after it in the same cell ("85,5% (đã xác minh)" → "85,5%", "Có*" → "Có",
 * "8 tin (*)" → "8 tin"), or undefined when the cell has no such note. At most two notes are taken off
 * ("100%* (theo BC)"); "(%)" and "(2)" are not notes (no letter in them).
 */
export function withoutNote(raw: string): string | undefined {
  if (raw.length > MAX_NOTED_TEXT) return undefined;
  let s = raw.trim();
  let taken = false;
  for (let pass = 0; pass < 2; pass++) {
    let end = s.length;
    if (s.endsWith(')')) {
      const open = s.lastIndexOf('(');
      if (open <= 0 || !isBracketNote(s.slice(open + 1, -1))) break;
      end = open;
    } else if (s.endsWith('*')) {
      while (end > 0 && s[end - 1] === '*') end--;
      if (s.length - end > 3) break;
    } else break;
    const rest = s.slice(0, end).trimEnd();
    if (!rest) break;
    s = rest;
    taken = true;
  }
  return taken ? s : undefined;
}
