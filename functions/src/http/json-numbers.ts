/**
 * Integers a JSON text writes with more digits than a double holds. JSON.parse reads numbers as doubles, so
 * 9007199254740993 (2^53 + 1) becomes 9007199254740992: a figure that was never sent, which the answer would then
 * score, echo or hash as if it had been. Such an integer (plain digits past ±(2^53 − 1), which the double read from
 * it does not write back the same) is refused, naming its path, rather than rounded. Digits a double writes as
 * themselves are read: 9007199254740992, or 4193686558417007000 as JavaScript writes the double it holds. A number
 * written with a fraction or an exponent (80.5, 1e308) says itself that it is approximate, and is read as a double.
 */

/** An integer written with more digits than a double holds: where (keys and indices from the top), as written, as read. */
export interface InexactInteger {
  path: (string | number)[];
  /** The literal as written (cut at 40 characters). */
  written: string;
  /** What JSON.parse makes of it. */
  read: number;
}

/** 9007199254740991 (2^53 − 1), as digits. */
const SAFE_DIGITS = String(Number.MAX_SAFE_INTEGER);

/** Whether a run of digits (JSON writes no leading zero) is an integer beyond 2^53 − 1. */
const beyondSafe = (digits: string) =>
  digits.length > SAFE_DIGITS.length || (digits.length === SAFE_DIGITS.length && digits > SAFE_DIGITS);

/** An integer literal past ±(2^53 − 1) that the double JSON.parse reads from it writes as another number. */
const inexact = (literal: string, digits: string) =>
  beyondSafe(digits) && String(Number(literal)) !== literal;

/** Index of the quote that closes the string opening at `quote`. */
function stringEnd(text: string, quote: number): number {
  for (let at = quote + 1; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c === 92 /* \ */) at++;
    else if (c === 34 /* " */) return at;
  }
  return text.length;
}

interface Frame {
  object: boolean;
  index: number;
  key?: string;
  expectKey: boolean;
}

const NUMBER_CHAR = /[\d.eE+-]/;

/**
 * The integers a valid JSON text writes as plain digits (an optional minus, no fraction, no exponent) that JSON.parse
 * reads as another number, in the order written; at most `max`. A text without a run of 16 digits has none and is
 * not walked.
 */
export function inexactIntegers(text: string, max = 20): InexactInteger[] {
  const out: InexactInteger[] = [];
  if (!/\d{16}/.test(text)) return out;
  const stack: Frame[] = [];
  for (let at = 0; at < text.length && out.length < max; at++) {
    const c = text.charCodeAt(at);
    const top = stack[stack.length - 1];
    if (c === 123 /* { */) stack.push({ object: true, index: 0, expectKey: true });
    else if (c === 91 /* [ */) stack.push({ object: false, index: 0, expectKey: false });
    else if (c === 125 /* } */ || c === 93 /* ] */) stack.pop();
    else if (c === 44 /* , */ && top) {
      if (top.object) top.expectKey = true;
      else top.index++;
    } else if (c === 34 /* " */) {
      const end = stringEnd(text, at);
      if (top?.object && top.expectKey) {
        top.key = JSON.parse(text.slice(at, end + 1)) as string;
        top.expectKey = false;
      }
      at = end;
    } else if (c === 45 /* - */ || (c >= 48 && c <= 57)) {
      let end = at + 1;
      while (end < text.length && NUMBER_CHAR.test(text[end])) end++;
      const literal = text.slice(at, end);
      const digits = c === 45 ? literal.slice(1) : literal;
      if (/^\d+$/.test(digits) && inexact(literal, digits))
        out.push({
          path: stack.map((f) => (f.object ? (f.key ?? '') : f.index)),
          written: literal.length > 40 ? `${literal.slice(0, 40)}…` : literal,
          read: Number(literal),
        });
      at = end - 1;
    }
  }
  return out;
}
