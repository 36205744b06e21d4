/**
 * Duplicate object keys in a JSON text. `JSON.parse` keeps the last of two equal keys without a word, so
 * `{"tc01": "Có", "tc01": "Không"}` would be scored as "Không": a value read two ways, which is refused, never
 * guessed. The check costs little on every request: the keys a text writes (its colons outside strings) are
 * counted and compared with the keys the parsed value has; only when they differ is the text walked again to say
 * where the first duplicate is.
 */

import { say, type Message } from '../messages';
import { formatZodPath } from '../problems';

/** Keys written in a valid JSON text: each colon outside a string separates one key from its value. */
export function keysWritten(text: string): number {
  let count = 0;
  let inString = false;
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (inString) {
      if (c === 92 /* \ */) at++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 58 /* : */) count++;
  }
  return count;
}

/** Index of the quote that closes the string opening at `quote`. */
function stringEnd(text: string, quote: number): number {
  let end = text.indexOf('"', quote + 1);
  while (end > 0) {
    let slashes = 0;
    while (text.charCodeAt(end - 1 - slashes) === 92) slashes++;
    if (slashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
  return text.length;
}

/**
 * What a parsed JSON value holds, in one walk without recursion: its keys at any depth, and whether arrays and
 * objects nest deeper than `maxDepth` (the walk stops there; the key count is then partial).
 */
export function jsonShape(value: unknown, maxDepth = Infinity): { keys: number; tooDeep: boolean } {
  let keys = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (node === null || typeof node !== 'object') continue;
    if (depth > maxDepth) return { keys, tooDeep: true };
    if (Array.isArray(node)) {
      for (const child of node)
        if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
      continue;
    }
    for (const key in node) {
      keys++;
      const child = (node as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return { keys, tooDeep: false };
}

/** Keys the parsed value has, at any depth. */
export const keysParsed = (value: unknown): number => jsonShape(value).keys;

export interface DuplicateKey {
  key: string;
  /** Where the object is: keys and array indices from the top ("units", 3, "values"). */
  path: (string | number)[];
  /** Line and column (from 1) of the second occurrence. */
  line: number;
  column: number;
}

interface Frame {
  keys?: Set<string>;
  index: number;
  key?: string;
  expectKey: boolean;
}

/** The first key written twice in one object of a valid JSON text, or undefined. */
export function firstDuplicateKey(text: string): DuplicateKey | undefined {
  const stack: Frame[] = [];
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    const top = stack[stack.length - 1];
    if (c === 123 /* { */) stack.push({ keys: new Set(), index: 0, expectKey: true });
    else if (c === 91 /* [ */) stack.push({ index: 0, expectKey: false });
    else if (c === 125 /* } */ || c === 93 /* ] */) stack.pop();
    else if (c === 44 /* , */ && top) {
      if (top.keys) top.expectKey = true;
      else top.index++;
    } else if (c === 34 /* " */) {
      const end = stringEnd(text, at);
      if (top?.keys && top.expectKey) {
        const key = JSON.parse(text.slice(at, end + 1)) as string;
        if (top.keys.has(key)) return { key, path: pathOf(stack.slice(0, -1)), ...lineAndColumn(text, at) };
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      at = end;
    }
  }
  return undefined;
}

function pathOf(frames: Frame[]): (string | number)[] {
  return frames.map((f) => (f.keys ? (f.key ?? '') : f.index));
}

function lineAndColumn(text: string, at: number): { line: number; column: number } {
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** Colons anywhere in the text: the keys written plus any colon inside a string ("08:30", a URL). */
function colons(text: string): number {
  let count = 0;
  for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) count++;
  return count;
}

/**
 * The duplicate of a text `JSON.parse` read as `value`. The parsed value never has more keys than the text writes,
 * and the text has at least as many colons as keys; so equal counts of colons and parsed keys settle it at once,
 * and the strings are told apart from the keys only when some colon is left over.
 */
export function duplicateKeyIn(
  text: string,
  value: unknown,
  parsed = keysParsed(value),
): DuplicateKey | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (colons(text) === parsed || keysWritten(text) === parsed) return undefined;
  return firstDuplicateKey(text);
}

/**
 * What to say of a JSON text with a key written twice in one object, or undefined when it has none; `keys`, the
 * parsed value's key count when the caller has walked it already (jsonShape).
 */
export function duplicateKeyMessage(
  text: string,
  value: unknown,
  keys = keysParsed(value),
): Message | undefined {
  const dup = duplicateKeyIn(text, value, keys);
  if (!dup) return undefined;
  return say('http.json-duplicate-key', {
    key: dup.key.length > 100 ? `${dup.key.slice(0, 100)}…` : dup.key,
    where: formatZodPath(dup.path),
    line: dup.line,
    column: dup.column,
  });
}
