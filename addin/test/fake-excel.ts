/**
 * An Excel.RequestContext double for adapter tests: office-addin-mock supplies load/sync semantics (reading a
 * property that was not loaded and synced gives an error string, not data); the functions below record every
 * write so tests can check where it went, in which order, and how many bytes each request carried.
 */
import { OfficeMockObject } from 'office-addin-mock';

export type Grid = (string | number | boolean | null)[][];

export interface RecordedWrite {
  sheet: string;
  what:
    'values' | 'numberFormat' | 'clear' | 'delete' | 'add' | 'conditionalFormat' | 'columnWidth' | 'setting';
  row: number;
  col: number;
  rows: number;
  cols: number;
  data?: unknown;
  /** Index of the request (0 = before the first sync) the write was queued in. */
  request: number;
}

export interface FakeExcelOptions {
  sheets: Record<
    string,
    {
      values: Grid;
      formats?: string[][];
      formulas?: unknown[][];
      origin?: [number, number];
      /** Absolute indices of hidden rows. */
      hiddenRows?: number[];
      /** Like a host without ExcelApi 1.3: getVisibleView throws. */
      noVisibleView?: boolean;
    }
  >;
  active?: string;
  settings?: Record<string, string>;
  xmlParts?: { id: string; namespaceUri: string; xml: string }[];
  /** Like Excel on the web: a request carrying more cell data than this is refused and nothing in it applies. */
  serverLimitBytes?: number;
}

export interface FakeExcel {
  context: Excel.RequestContext;
  writes: RecordedWrite[];
  /** Bytes of cell data (values, formats) queued per request, keyed by request index. */
  requestBytes: number[];
  suspendCalls: () => number;
  sheetNames: () => string[];
}

function a1Column(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Range.rowHidden: false when no row is hidden, true when all are, null when some are. */
function visibility(top: number, count: number, hidden: number[]): boolean | null {
  const inside = hidden.filter((r) => r >= top && r < top + count).length;
  return inside === 0 ? false : inside === count ? true : null;
}

export function fakeExcel(options: FakeExcelOptions): FakeExcel {
  const writes: RecordedWrite[] = [];
  const requestBytes: number[] = [0];
  let request = 0;
  let suspended = 0;
  const names = Object.keys(options.sheets);
  const settings = new Map(Object.entries(options.settings ?? {}));
  const parts = [...(options.xmlParts ?? [])];
  const record = (w: Omit<RecordedWrite, 'request'>, bytes = 0) => {
    writes.push({ ...w, request });
    requestBytes[request] += bytes;
  };

  const fakeRange = (sheet: string, row: number, col: number, rows: number, cols: number) => {
    const check = (v: unknown[][], what: string) => {
      if (v.length !== rows || v.some((r) => r.length !== cols))
        throw new Error(`${what}: ${v.length}x${v[0]?.length} written to a ${rows}x${cols} range`);
    };
    const format = { font: {}, fill: {} } as Record<string, unknown>;
    Object.defineProperty(format, 'columnWidth', {
      set: (width: number) => record({ sheet, what: 'columnWidth', row, col, rows, cols, data: width }),
    });
    const range: Record<string, unknown> = {
      format,
      untrack: () => range,
      select: () => undefined,
      clear: (kind: string) => record({ sheet, what: 'clear', row, col, rows, cols, data: kind }),
      getColumn: (c: number) => fakeRange(sheet, row, col + c, rows, 1),
      getRow: (i: number) => ({
        getResizedRange: (dr: number) => fakeRange(sheet, row + i, col, 1 + dr, cols),
      }),
      conditionalFormats: {
        add: (type: string) => {
          const cf = { type, textComparison: { format: { fill: {} }, rule: null } };
          record({ sheet, what: 'conditionalFormat', row, col, rows, cols, data: cf });
          return cf;
        },
      },
    };
    Object.defineProperty(range, 'values', {
      set: (v: unknown[][]) => {
        check(v, 'values');
        record({ sheet, what: 'values', row, col, rows, cols, data: v }, JSON.stringify(v).length);
      },
    });
    Object.defineProperty(range, 'numberFormat', {
      set: (v: unknown[][]) => {
        // A 1×1 array is applied to every cell of the range, as Excel does.
        if (!(v.length === 1 && v[0].length === 1)) check(v, 'numberFormat');
        record({ sheet, what: 'numberFormat', row, col, rows, cols, data: v }, JSON.stringify(v).length);
      },
    });
    return range;
  };

  const sheetData: Record<string, unknown> = {};
  for (const [name, s] of Object.entries(options.sheets)) {
    const [top, left] = s.origin ?? [0, 0];
    const width = s.values[0]?.length ?? 0;
    sheetData[name] = {
      name,
      usedRange: {
        address: `${name}!A${top + 1}:${a1Column(left + width - 1)}${top + s.values.length}`,
        rowIndex: top,
        columnIndex: left,
        rowCount: s.values.length,
        values: s.values.map((r) => r.map((v) => (v === null ? '' : v))),
        numberFormat: s.formats ?? s.values.map((r) => r.map(() => 'General')),
        formulas: s.formulas ?? s.values.map((r) => r.map((v) => (v === null ? '' : v))),
        rowHidden: false, // set below: office-addin-mock takes no null in its data
        worksheet: { name },
        getColumn: (c: number) => ({
          getVisibleView: () => {
            if (s.noVisibleView) throw new Error('ApiNotFound: getVisibleView');
            const rows = s.values.map((_, i) => top + i).filter((r) => !s.hiddenRows?.includes(r));
            return {
              load: () => undefined,
              cellAddresses: rows.map((r) => [`'${name}'!${a1Column(left + c)}${r + 1}`]),
            };
          },
        }),
      },
      getUsedRangeOrNullObject(this: { usedRange: unknown }) {
        return this.usedRange;
      },
      getRangeByIndexes: (r: number, c: number, rc: number, cc: number) => fakeRange(name, r, c, rc, cc),
      activate: () => undefined,
      delete: () => {
        names.splice(names.indexOf(name), 1);
        record({ sheet: name, what: 'delete', row: 0, col: 0, rows: 0, cols: 0 });
      },
    };
  }
  const addedSheet = (name: string) => ({
    name,
    /** What the adapter wrote on this sheet so far (plain object: the adapter reads it after its probe sync). */
    getUsedRangeOrNullObject: () => {
      const written = writes.filter((w) => w.sheet === name && w.what === 'values');
      if (written.length === 0) return { load: () => undefined, isNullObject: true };
      const top = Math.min(...written.map((w) => w.row));
      const bottom = Math.max(...written.map((w) => w.row + w.rows));
      return { load: () => undefined, isNullObject: false, rowIndex: top, rowCount: bottom - top };
    },
    getRangeByIndexes: (r: number, c: number, rc: number, cc: number) => fakeRange(name, r, c, rc, cc),
    delete: () => {
      names.splice(names.indexOf(name), 1);
      record({ sheet: name, what: 'delete', row: 0, col: 0, rows: 0, cols: 0 });
    },
  });

  const mock = new OfficeMockObject({
    workbook: {
      /** The fake selection is the active sheet's used range. */
      getSelectedRange(this: { worksheets: Record<string, { usedRange: unknown }> }) {
        return this.worksheets[options.active ?? names[0]].usedRange;
      },
      worksheets: {
        ...sheetData,
        load: () => undefined,
        getItem(this: Record<string, unknown>, name: string) {
          if (!names.includes(name)) throw new Error(`ItemNotFound: sheet ${name}`);
          return this[name] ?? addedSheet(name);
        },
        getActiveWorksheet(this: Record<string, unknown>) {
          return this[options.active ?? names[0]];
        },
        add: (name: string) => {
          if (names.includes(name)) throw new Error(`ItemAlreadyExists: ${name}`);
          names.push(name);
          record({ sheet: name, what: 'add', row: 0, col: 0, rows: 0, cols: 0 });
          return addedSheet(name);
        },
      },
      settings: {
        load: () => undefined,
        add: (key: string, value: string) => {
          settings.set(key, value);
          record({ sheet: '', what: 'setting', row: 0, col: 0, rows: 0, cols: 0, data: [key, value] });
        },
      },
      customXmlParts: {
        add: (xml: string) => {
          const ns = /xmlns="([^"]+)"/.exec(xml)?.[1] ?? '';
          parts.push({ id: `part-${parts.length + 1}`, namespaceUri: ns, xml });
        },
        getItem: (id: string) => ({
          delete: () =>
            parts.splice(
              parts.findIndex((p) => p.id === id),
              1,
            ),
        }),
        getByNamespace: (ns: string) => {
          const matching = () => parts.filter((p) => p.namespaceUri === ns);
          return {
            load: () => undefined,
            get items() {
              return matching().map((p) => ({ id: p.id, delete: () => parts.splice(parts.indexOf(p), 1) }));
            },
            getOnlyItem: () => ({ getXml: () => ({ value: matching()[0]?.xml }) }),
          };
        },
      },
    },
    application: {
      suspendApiCalculationUntilNextSync: () => {
        suspended++;
      },
    },
  });
  const workbook = (
    mock as unknown as { workbook: { worksheets: Record<string, unknown>; settings: object } }
  ).workbook;
  Object.defineProperty(workbook.worksheets, 'items', { get: () => names.map((name) => ({ name })) });
  Object.defineProperty(workbook.settings, 'items', {
    get: () => [...settings.entries()].map(([key, value]) => ({ key, value })),
  });
  for (const [name, s] of Object.entries(options.sheets)) {
    const used = (workbook.worksheets[name] as { usedRange: { isNullObject: boolean; rowHidden: unknown } })
      .usedRange;
    used.isNullObject = s.values.length === 0;
    used.rowHidden = visibility(s.origin?.[0] ?? 0, s.values.length, s.hiddenRows ?? []);
  }

  const originalSync = mock.sync.bind(mock);
  (mock as unknown as { sync: () => Promise<void> }).sync = async () => {
    if (options.serverLimitBytes !== undefined && requestBytes[request] > options.serverLimitBytes) {
      for (let i = writes.length - 1; i >= 0; i--) if (writes[i].request === request) writes.splice(i, 1);
      requestBytes[request] = 0;
      throw Object.assign(new Error('The request payload size has exceeded the limit.'), {
        code: 'RequestPayloadSizeLimitExceeded',
      });
    }
    await originalSync();
    request++;
    requestBytes[request] = 0;
  };
  return {
    context: mock as unknown as Excel.RequestContext,
    writes,
    requestBytes,
    suspendCalls: () => suspended,
    sheetNames: () => [...names],
  };
}
