/**
 * Request size as Office.js writes it. Excel on the web rejects a request over 5 MB
 * (RequestPayloadSizeLimitExceeded); we keep every request under 4 MB. Office.js sends a batch as
 * `JSON.stringify` of its actions: a property set carries `[value]`, a method call its arguments, each in an
 * action next to the object path it acts on. So a request's bytes are, for every call and property set queued,
 * the UTF-8 length of the JSON of its arguments plus a fixed allowance for the action and its object path.
 * The same measure plans the requests (`measureQueue`, on a stand-in context) and checks them (`meterRequests`,
 * around a real or test context).
 */

export const MAX_REQUEST_BYTES = 4_000_000;
/**
 * Allowance for one call or property set besides its arguments: its action (`{"Id":…,"ActionType":4,"Name":…,
 * "ObjectPathId":…,"ArgumentInfo":{"Arguments":…}}`, ~100 bytes), the object path a method call creates and its
 * instantiation (~200), or the property paths leading to a set (~80 each, written once per object).
 */
export const CALL_OVERHEAD_BYTES = 300;
/** The request's own envelope (`{"Actions":[…],"ObjectPaths":{…}}`) and the host's headers around it. */
export const REQUEST_ENVELOPE_BYTES = 1_000;

/** UTF-8 byte length of a string without allocating (Vietnamese letters take 2–3 bytes). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** UTF-8 length of the JSON of a value (escapes included: `"` → `\"`, newline → `\n`, lone surrogate → `\uXXXX`). */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? '');
}

/** Bytes one queued call or property set adds to a request: its arguments as JSON, and its action. */
export function callBytes(args: readonly unknown[]): number {
  return CALL_OVERHEAD_BYTES + jsonBytes(args);
}

/**
 * A context that accepts any call and property set and only adds up their bytes: every property read gives
 * another such object (what the queue navigates: worksheets, ranges, formats), every call and set is charged.
 */
function standIn(charge: (bytes: number) => void): unknown {
  const node: unknown = new Proxy(function standInObject() {}, {
    get: (_t, prop) => (prop === 'then' ? undefined : node),
    apply: (_t, _this, args: unknown[]) => {
      charge(callBytes(args));
      return node;
    },
    set: (_t, _prop, value: unknown) => {
      charge(callBytes([value]));
      return true;
    },
  });
  return node;
}

/** The bytes `queue` adds to a request, measured by running it against a stand-in context. */
export function measureQueue(queue: (context: Excel.RequestContext) => void): number {
  let bytes = 0;
  queue(
    standIn((b) => {
      bytes += b;
    }) as Excel.RequestContext,
  );
  return bytes;
}

export interface RequestMeter {
  /** The context to hand to the code under measure. */
  context: Excel.RequestContext;
  /** Bytes queued per request (index 0 = before the first sync), measured as `measureQueue` measures. */
  requests: number[];
}

/**
 * Wraps a context so that every call and property set made through it is measured as `measureQueue` measures it
 * (`callBytes`), request by request: `sync` closes a request. Data read back (arrays, numbers, strings) passes
 * through unmeasured. For tests and the benchmark: what was actually queued, against what was planned.
 */
export function meterRequests(context: Excel.RequestContext): RequestMeter {
  const requests = [0];
  const charge = (bytes: number) => {
    requests[requests.length - 1] += bytes;
  };
  const wrap = (target: object): object =>
    new Proxy(target, {
      get: (t, prop) => {
        const value: unknown = Reflect.get(t, prop);
        if (typeof prop === 'symbol' || prop === 'then') return value;
        if (typeof value === 'function') {
          if (prop === 'sync')
            return async () => {
              try {
                await (value as () => Promise<void>).call(t);
              } finally {
                requests.push(0);
              }
            };
          return (...args: unknown[]) => {
            charge(callBytes(args));
            return wrapResult((value as (...a: unknown[]) => unknown).apply(t, args));
          };
        }
        return wrapResult(value);
      },
      set: (t, prop, value: unknown) => {
        charge(callBytes([value]));
        return Reflect.set(t, prop, value);
      },
    });
  const wrapResult = (value: unknown): unknown =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? wrap(value) : value;
  return { context: wrap(context) as Excel.RequestContext, requests };
}
