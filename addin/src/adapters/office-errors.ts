/**
 * What an Office.js error says, gathered once: its codes, messages and error locations, its own, its
 * `debugInfo`'s and its inner errors' (a host may give the code in any of them). Every test the adapter makes of
 * what Excel refused (a read or a request too large, a merged area, a page layout call, a sheet gone) reads these.
 */
interface OfficeErrorLike {
  code?: unknown;
  message?: unknown;
  debugInfo?: { code?: unknown; message?: unknown; errorLocation?: unknown } | null;
  innerError?: OfficeErrorLike | null;
}

export interface ErrorFacts {
  codes: string[];
  texts: string[];
  locations: string[];
}

export function errorFacts(err: unknown): ErrorFacts {
  const seen = new Set<unknown>();
  const facts: ErrorFacts = { codes: [], texts: [], locations: [] };
  for (let e = err as OfficeErrorLike | null | undefined; e && typeof e === 'object' && !seen.has(e);) {
    seen.add(e);
    for (const c of [e.code, e.debugInfo?.code]) if (typeof c === 'string') facts.codes.push(c);
    for (const m of [e.message, e.debugInfo?.message]) if (typeof m === 'string') facts.texts.push(m);
    if (typeof e.debugInfo?.errorLocation === 'string') facts.locations.push(e.debugInfo.errorLocation);
    e = e.innerError;
  }
  return facts;
}
