import { z } from 'zod';

import { formatZodPath, type Problem } from '../problems';
import { bilingual, render, say, type Message } from './index';

const vi = z.locales.vi().localeError;
const en = z.locales.en().localeError;

type Issue = z.core.$ZodIssue;
type UnionIssue = Extract<Issue, { code: 'invalid_union' }>;
/** A discriminated union's tag it found no option for ("kind"), and the tags it knows. */
const tagOf = (issue: UnionIssue) =>
  issue as { discriminator?: string; options?: readonly unknown[]; input?: unknown };
type KeyIssue = Extract<Issue, { code: 'invalid_key' }>;
type ErrorMap = (issue: never) => string | { message: string } | undefined | null;
type Texts = { vi: string; en: string };

function text(map: ErrorMap, issue: Issue): string {
  const out = (map as (i: Issue) => ReturnType<ErrorMap>)(issue);
  return typeof out === 'string' ? out : (out?.message ?? issue.message);
}

const both = (message: Message): Texts => ({ vi: render(message, 'vi'), en: render(message, 'en') });

/** The schema gave this issue its own message (zod's English locale would say something else). */
const isOwn = (issue: Issue) => issue.message !== text(en, issue);

/** An accented Latin letter (đ, ơ, ư, the tone marks), or a combining mark: Vietnamese writing, not English. */
const VIETNAMESE = /[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]|\p{M}/u;

/** "at most 200 criteria" → "At most 200 criteria"; a field name ("votesFor ≤ members", "id: …") is left as it is. */
function sentence(s: string): string {
  return /^[a-z]+ /.test(s) ? s[0].toUpperCase() + s.slice(1) : s;
}

/** "Quá lớn: …" → "quá lớn: …", after a colon; "ISO", "URL" and the like keep their capitals. */
function continued(s: string): string {
  return /^\p{Lu}(?!\p{Lu})/u.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}
const continuing = (t: Texts): Texts => ({ vi: continued(t.vi), en: continued(t.en) });

/**
 * A schema message written "Vietnamese (English)" — "Tối đa 200 tiêu chí (at most 200 criteria)" — as its two
 * parts; undefined for any other shape. Only a final parenthesised part counts (it may hold parentheses itself), and
 * only when it reads as English (words, no Vietnamese letter but in "đồng") after a Vietnamese text.
 * "Số tiền (đồng)" and "… (trị tuyệt đối)" are Vietnamese and stay whole.
 */
export function splitBilingual(message: string): Texts | undefined {
  const s = message.trimEnd();
  if (!s.endsWith(')')) return undefined;
  let depth = 0;
  let open = -1;
  for (let i = s.length - 1; i >= 0 && open < 0; i--) {
    if (s[i] === ')') depth++;
    else if (s[i] === '(' && --depth === 0) open = i;
  }
  if (open <= 0) return undefined;
  const head = s.slice(0, open).trimEnd();
  const tail = s.slice(open + 1, -1).trim();
  // words, not an id: "(at most 200 criteria)", "(year)"; "(tc08)" and "(2021)" are not English
  const words = /[A-Za-z]{2}/.test(tail) && (/\s/.test(tail) || /^[A-Za-z]+$/.test(tail));
  if (!words || !VIETNAMESE.test(head) || VIETNAMESE.test(tail.replace(/đồng/giu, ''))) return undefined;
  return { vi: head, en: sentence(tail) };
}

/** The schema's own message in both languages: split when written "Vietnamese (English)", else the same text. */
function ownTexts(message: string): Texts {
  return splitBilingual(message) ?? { vi: message, en: message };
}

/** JSON's kind of a value, as zod's messages name kinds ("number", "array", "null"…). */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
  // JSON.parse reads a literal beyond the largest double (1e400) as ±Infinity, which zod calls a number
  if (typeof value === 'number' && !Number.isFinite(value)) return 'infinite';
  return typeof value;
}

/**
 * A branch that failed on the value's kind (not a number, not "last"): nothing else it says is of use (zod may
 * still run a string's length check on an array).
 */
const isMismatch = (branch: readonly Issue[]) =>
  branch.some((i) => !i.path.length && i.code === 'invalid_type') ||
  (branch.length > 0 && branch.every((i) => !i.path.length && i.code === 'invalid_value'));

/** A union's branches, the branches of a union within it (failing on the whole value) taken as its own. */
function branchesOf(errors: readonly (readonly Issue[])[]): Issue[][] {
  return errors.flatMap((branch) => {
    const only = branch.length === 1 ? branch[0] : undefined;
    return only?.code === 'invalid_union' &&
      !only.path.length &&
      !tagOf(only).options?.length &&
      only.errors.length &&
      !isOwn(only)
      ? branchesOf(only.errors)
      : [[...branch]];
  });
}

/**
 * An object branch's issue that says only that the object has another shape: a key it lacks, or keys it does not
 * know. A branch with nothing else to say is a stranger to the value.
 */
function isShapeIssue(issue: Issue): boolean {
  if (issue.code === 'unrecognized_keys') return !issue.path.length;
  if (issue.path.length !== 1) return false;
  const reported = issue as { input?: unknown };
  if ('input' in reported) return reported.input === undefined;
  return issue.code === 'invalid_type' && issue.message.endsWith('received undefined');
}

/** Whether an object branch knows a key of the object (an empty object is a stranger to every shape). */
function sharesKey(branch: readonly Issue[], input: unknown): boolean {
  if (typeof input !== 'object' || input === null) return false;
  const unknown = new Set(
    branch.flatMap((i) => (i.code === 'unrecognized_keys' && !i.path.length ? i.keys : [])),
  );
  return Object.keys(input).some((k) => !unknown.has(k));
}

/** The branch with fewest issues; with `unique`, none when two share the fewest (no branch is the closer). */
function fewest(branches: readonly Issue[][], unique: boolean): Issue[] | undefined {
  if (!branches.length) return undefined;
  const least = Math.min(...branches.map((b) => b.length));
  const all = branches.filter((b) => b.length === least);
  return unique && all.length > 1 ? undefined : all[0];
}

/** A literal value as the messages quote it: "tie", 5, true. */
const quoted = (v: unknown) => (typeof v === 'string' ? `"${v}"` : String(v));

/** What a branch failing on the value's kind wanted: a kind ("number") or its literal values, quoted. */
const expectedOf = (issue: Issue): string[] =>
  issue.path.length
    ? []
    : issue.code === 'invalid_type'
      ? [issue.expected]
      : issue.code === 'invalid_value'
        ? issue.values.map(quoted)
        : [];

/**
 * Whether a union failed on the value's kind in every branch: a union's own message (`error` of z.union) is given
 * then, and zod's issue of the branch that came closest otherwise.
 */
export function failsOnKind(issue: z.core.$ZodRawIssue): boolean {
  return (
    issue.code === 'invalid_union' && !!issue.errors.length && branchesOf(issue.errors).every(isMismatch)
  );
}

/**
 * A union's message in the schemas' "Vietnamese (English)" form from a phrase of the kind of value that came, for
 * `z.union([...], { error })`: only when every branch failed on the value's kind (see failsOnKind).
 */
export function unionError(code: 'request.plan-shape' | 'request.fact-shape') {
  return (issue: z.core.$ZodRawIssue): string | undefined => {
    if (!failsOnKind(issue)) return undefined;
    const t = both(say(code, { received: kindOf(issue.input) }));
    return `${t.vi} (${t.en})`;
  };
}

/**
 * A union nothing matched: the tag it wanted, the kinds of value it takes, or what the closest branch says. `place`:
 * where the union is within the value the problem is about.
 */
function unionTexts(issue: UnionIssue, place: readonly PropertyKey[]): Texts | undefined {
  const { discriminator, options, input } = tagOf(issue);
  if (options?.length) {
    const key = discriminator ?? '';
    const missing = typeof input === 'object' && input !== null && !Object.hasOwn(input, key);
    return at(place, both(say('schema.tag', { key, options: options.map(quoted), missing })));
  }
  if (issue.inclusive === false) return at(place, both(say('schema.several-shapes')));
  const branches = branchesOf(issue.errors);
  if (!branches.length) return undefined;
  const tried = branches.filter((b) => !isMismatch(b));
  if (tried.length) {
    const closer = tried.filter((b) => !b.every(isShapeIssue));
    const best = closer.length
      ? fewest(closer, false)
      : fewest(
          tried.filter((b) => sharesKey(b, input)),
          true,
        );
    return best ? within(best[0], place) : at(place, both(say('schema.no-shape')));
  }
  const received = 'input' in issue ? kindOf(input) : null;
  const expected = branches.flatMap((b) => b.flatMap(expectedOf));
  return at(place, both(say('schema.one-of', { expected, received })));
}

/** A key a record refuses, with the reason its key schema gives (its length, its pattern). */
function keyTexts(issue: KeyIssue, key: string | null): Texts {
  const [inner] = issue.issues;
  if (!inner) return { vi: text(vi, issue), en: text(en, issue) };
  return both(say('schema.key', { key, issue: continuing(within(inner, [])) }));
}

/** An issue of a union's branch or of a key, `prefix` the place of the union within the problem's value. */
const within = (issue: Issue, prefix: readonly PropertyKey[]) => explain(issue, [...prefix, ...issue.path]);

/**
 * One issue in both languages; `place`, where it is within the value at the problem's path (empty for the problem's
 * own issue), is said in the message and leaves the path as it is.
 */
function explain(issue: Issue, place: readonly PropertyKey[]): Texts {
  if (isOwn(issue)) return at(place, ownTexts(issue.message));
  if (issue.code === 'invalid_union') {
    const said = unionTexts(issue, place);
    if (said) return said;
  }
  if (issue.code === 'invalid_key') {
    if (!place.length) return keyTexts(issue, null);
    const key = String(place[place.length - 1]);
    return at(place.slice(0, -1), keyTexts(issue, key.length <= 50 ? key : null));
  }
  if (
    (issue.code === 'too_big' || issue.code === 'too_small') &&
    ['string', 'array', 'set', 'number', 'int', 'bigint'].includes(issue.origin)
  ) {
    const side = issue.code === 'too_big' ? 'max' : 'min';
    const bound = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
    const inclusive = issue.inclusive !== false;
    return at(place, both(say('schema.size', { origin: issue.origin, side, bound, inclusive })));
  }
  if (issue.code === 'invalid_type' && issue.expected !== 'never') {
    // in an official's words: "Thiếu giá trị: mong đợi đối tượng", never zod's "mong đợi record, nhận được undefined"
    const reported = issue as { input?: unknown };
    const received = 'input' in reported ? kindOf(reported.input) : null;
    return at(place, both(say('schema.one-of', { expected: [issue.expected], received })));
  }
  return at(place, { vi: text(vi, issue), en: text(en, issue) });
}

const at = (place: readonly PropertyKey[], issue: Texts) =>
  place.length ? both(say('schema.within', { at: formatZodPath(place), issue: continuing(issue) })) : issue;

/** Keys an object does not take, each a problem at its own path ("units[0].__proto__"), never at the object's. */
function keyByKey(issue: Issue): Issue[] {
  if (issue.code !== 'unrecognized_keys' || issue.keys.length === 0) return [issue];
  const isOwnMessage = isOwn(issue);
  return issue.keys.map((key) => {
    const one = { ...issue, keys: [key], path: [...issue.path, key] };
    // zod's default message names every key: the issue of one key says its own, unless the schema gave one
    return isOwnMessage ? one : { ...one, message: text(en, one) };
  });
}

/**
 * zod's issues as problems, Vietnamese first with English beside: zod's own `vi` and `en` locales for its default
 * messages, the schema's message (already worded for officials) when it gives one — its Vietnamese and its English
 * apart when it is written "Vietnamese (English)". A union nothing matched says what it takes, or what its closest
 * branch says; a refused key says why. Parse with `reportInput: true` so "received …" can be said; the input itself
 * never goes into a problem.
 */
export function zodProblems(issues: readonly Issue[], prefix = '', code?: string): Problem[] {
  return issues.flatMap(keyByKey).map((issue) => {
    const texts = explain(issue, []);
    const path = formatZodPath(issue.path);
    return {
      path: !prefix ? path : !path ? prefix : path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`,
      ...bilingual(say('schema.issue', texts)),
      ...(code ? { code } : {}),
    };
  });
}
