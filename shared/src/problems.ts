/**
 * A problem found in input data or a plan: where it is (a JSON path such as "units[3].values.tc08", or a cell address
 * such as "Sheet1!D7"), and why, in Vietnamese first (`message`) with English beside it (`messageEn`). Its type is
 * inferred from the schema the OpenAPI document shows (api/response-schema.ts); build one with `problemOf` (messages).
 */
export type { ProblemItem as Problem } from './api/response-schema';

export function formatZodPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}
