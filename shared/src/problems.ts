/** A problem found in input data or a plan: where it is, and why, in Vietnamese first. */
export interface Problem {
  /** JSON path or cell address, e.g. "units[3].values.tc08" or "Sheet1!D7". */
  path: string;
  message: string;
  messageEn?: string;
  code?: string;
  unitId?: string;
  criterionId?: string;
}

export function formatZodPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}
