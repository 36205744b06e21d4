/**
 * A "__proto__" key in a JSON record. `JSON.parse` makes `{"__proto__": 1}` an own key, and a zod record leaves that
 * key out of its data without a word, neither checking its name nor its value; a JSON Schema validator checks it as
 * any other key. `protoChecked` wraps a record so that such a key's name and value are checked by the record's own
 * key and value schemas, with the problem at its path (…"__proto__"); a key both accept is still left out of the
 * data, for the caller to report (a criterion no plan declares, say) or to ignore.
 */
import { z } from 'zod';

type Issue = z.core.$ZodIssue;
type AnyRecord = z.ZodRecord<z.core.$ZodRecordKey, z.core.$ZodType>;

/** Whether a value is a JSON object with an own "__proto__" key. */
export const hasOwnProto = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.hasOwn(v, '__proto__');

/** What the record's schemas say of its "__proto__" key and value, as issues at their paths ([] when both pass). */
function protoIssues(record: AnyRecord, input: Record<string, unknown>): Issue[] {
  const issues: Issue[] = [];
  const key = z.safeParse(record.keyType, '__proto__', { reportInput: true });
  if (!key.success)
    issues.push({
      code: 'invalid_key',
      origin: 'record',
      issues: key.error.issues,
      input: '__proto__',
      path: ['__proto__'],
      message: 'Invalid key in record',
    });
  const value = z.safeParse(record.valueType, input.__proto__, { reportInput: true });
  if (!value.success)
    for (const issue of value.error.issues) issues.push({ ...issue, path: ['__proto__', ...issue.path] });
  return issues;
}

/**
 * The record, checking a "__proto__" key's name and value as it checks any other key's. The JSON Schema of the
 * result is the record's (the check runs before it, on the input as sent). When the key is refused, the rest of the
 * record is checked too, so that all its problems are said at once.
 */
export function protoChecked<T extends AnyRecord>(record: T) {
  return z.preprocess<z.input<T>, T, z.input<T>>((input, ctx) => {
    if (!hasOwnProto(input)) return input;
    const issues = protoIssues(record, input);
    if (!issues.length) return input;
    const rest = z.safeParse(record, input, { reportInput: true });
    for (const issue of [...issues, ...(rest.success ? [] : rest.error.issues)])
      ctx.addIssue(issue as Parameters<typeof ctx.addIssue>[0]);
    return input;
  }, record);
}
