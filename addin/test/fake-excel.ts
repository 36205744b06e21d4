/**
 * An Excel.RequestContext double for adapter tests: a workbook whose sheets hold cells, and a request queue that
 * behaves like Office.js batches. Loads and writes are queued and run, in order, at `context.sync()`: a property
 * read before its load was synced gives office-addin-mock's error strings ("Error, property was not loaded",
 * "Error, context.sync() was not called"), not data; writes change the grid (values, clears, formats, sheets
 * added and deleted, settings, custom XML parts), so a second run reads the first one's output. A request Excel
 * would refuse (payload, or an injected failure) fails the way Office.js does: what ran before the failing call
 * stays applied. Every write is also recorded, so tests can check where it went and in which request; the print
 * layout (merges, row heights, row fitting, `worksheet.pageLayout`) is only recorded, not modelled.
 *
 * Edits between syncs (`edit`) are what an official or a co-author does in Excel: typing, inserting and deleting
 * rows and columns, adding sheets.
 */
import { OfficeMockObject } from 'office-addin-mock';

export type Grid = (string | number | boolean | null)[][];

type Value = string | number | boolean;

export interface RecordedWrite {
  sheet: string;
  what:
    | 'values'
    | 'numberFormat'
    | 'clear'
    | 'delete'
    | 'add'
    | 'conditionalFormat'
    | 'columnWidth'
    | 'setting'
    | 'merge'
    | 'rowHeight'
    | 'autofitRows'
    | 'pageLayout';
  row: number;
  col: number;
  rows: number;
  cols: number;
  data?: unknown;
  /** Index of the request (0 = before the first sync) the write was queued in. */
  request: number;
}

export interface FakeSheetOptions {
  values: Grid;
  formats?: string[][];
  formulas?: unknown[][];
  origin?: [number, number];
  /** Absolute indices of hidden rows. */
  hiddenRows?: number[];
  /** Absolute indices of hidden columns. */
  hiddenColumns?: number[];
  /** Like a host without ExcelApi 1.3: getVisibleView throws. */
  noVisibleView?: boolean;
  /** The official's data validation rules (Data → Data Validation), absolute areas: `range.dataValidation.type`. */
  validations?: Area[];
  /** The official's conditional formats, absolute areas: counted by `range.conditionalFormats.getCount()`. */
  conditionalFormats?: Area[];
  /** Like a used range over 5,000,000 cells: Excel gives null instead of the values. */
  tooLarge?: boolean;
  /** `worksheet.protection.protected` (ExcelApi 1.2), as loaded through the worksheets collection; no write is refused. */
  protected?: boolean;
}

export interface FakeExcelOptions {
  sheets: Record<string, FakeSheetOptions>;
  active?: string;
  settings?: Record<string, string>;
  xmlParts?: { id: string; namespaceUri: string; xml: string }[];
  /** Like Excel on the web: a request carrying more cell data than this is refused and nothing in it applies. */
  serverLimitBytes?: number;
  /** How the refusal of `serverLimitBytes` is given (see payloadRefusal); the documented code by default. */
  payloadRefusal?: 'code' | 'debugInfo' | 'innerError';
  /**
   * Requests (by index) that fail like a dropped connection or a GeneralException: the first `applied` calls of
   * that request run, then the sync rejects.
   */
  failRequest?: (request: number) => { applied: number } | undefined;
  /** `workbook.protection.protected` (ExcelApi 1.7): the structure protected; no sheet added or deleted is refused. */
  workbookProtected?: boolean;
}

export interface FakeEdits {
  set(sheet: string, row: number, col: number, value: Value | null): void;
  insertRows(sheet: string, at: number, count?: number): void;
  deleteRows(sheet: string, at: number, count?: number): void;
  insertColumns(sheet: string, at: number, count?: number): void;
  deleteColumns(sheet: string, at: number, count?: number): void;
  addSheet(name: string, values?: Grid): void;
  /** The official renames a sheet (its cells, hidden lines and place in the tab order kept). */
  renameSheet(from: string, to: string): void;
}

export interface FakeExcel {
  context: Excel.RequestContext;
  writes: RecordedWrite[];
  /** Bytes of cell data (values, formats) queued per request, keyed by request index. */
  requestBytes: number[];
  suspendCalls: () => number;
  sheetNames: () => string[];
  /** The sheet's cells now, from A1 to its last used row and column (empty cells null). */
  grid: (sheet: string) => Grid;
  value: (sheet: string, row: number, col: number) => Value | null;
  settings: () => Record<string, string>;
  syncs: () => number;
  edit: FakeEdits;
}

const NOT_LOADED = 'Error, property was not loaded';
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
const NOT_SYNCED = 'Error, context.sync() was not called';

type Sparse<T> = Map<number, (T | undefined)[]>;

function shiftMapRows<T>(m: Sparse<T>, at: number, by: number): Sparse<T> {
  const next: Sparse<T> = new Map();
  for (const [r, line] of m) {
    if (by < 0 && r >= at && r < at - by) continue;
    next.set(r >= at ? r + by : r, line);
  }
  return next;
}

function shiftMapColumns<T>(m: Sparse<T>, at: number, by: number): void {
  for (const [r, line] of m) {
    const next: (T | undefined)[] = [];
    line.forEach((c, col) => {
      if (by < 0 && col >= at && col < at - by) return;
      next[col >= at ? col + by : col] = c;
    });
    m.set(r, next);
  }
}

/** One sheet's cells: values, number formats (per cell, or per range as Excel applies a 1×1 format) and formulas. */
class SheetState {
  values: Sparse<Value> = new Map();
  formats: Sparse<string> = new Map();
  formatRanges: { box: Box; format: string }[] = [];
  formulas: Sparse<string> = new Map();
  hidden = new Set<number>();
  hiddenColumns = new Set<number>();
  noVisibleView = false;
  validations: Area[] = [];
  conditionalFormats: Area[] = [];
  tooLarge = false;
  protected = false;

  constructor(public name: string) {}

  value(row: number, col: number): Value | undefined {
    return this.values.get(row)?.[col];
  }

  setValue(row: number, col: number, v: Value | undefined): void {
    let line = this.values.get(row);
    if (!line) this.values.set(row, (line = []));
    line[col] = v;
    this.formulas.get(row)?.splice(col, 1, undefined);
  }

  format(row: number, col: number): string {
    const own = this.formats.get(row)?.[col];
    if (own) return own;
    for (let i = this.formatRanges.length - 1; i >= 0; i--) {
      const { box, format } = this.formatRanges[i];
      if (row >= box.row && row < box.row + box.rows && col >= box.col && col < box.col + box.cols)
        return format;
    }
    return 'General';
  }

  setFormat(row: number, col: number, format: string): void {
    let line = this.formats.get(row);
    if (!line) this.formats.set(row, (line = []));
    line[col] = format;
  }

  /** Bounding box of the cells holding a value, or undefined when none does. */
  used(): { top: number; left: number; bottom: number; right: number } | undefined {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [r, line] of this.values)
      line.forEach((v, col) => {
        if (v === undefined) return;
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, col);
        right = Math.max(right, col);
      });
    return bottom < 0 ? undefined : { top, left, bottom, right };
  }

  shiftRows(at: number, by: number): void {
    this.values = shiftMapRows(this.values, at, by);
    this.formats = shiftMapRows(this.formats, at, by);
    this.formulas = shiftMapRows(this.formulas, at, by);
    for (const f of this.formatRanges) if (f.box.row >= at) f.box = { ...f.box, row: f.box.row + by };
    this.hidden = new Set(
      [...this.hidden].filter((r) => !(by < 0 && r >= at && r < at - by)).map((r) => (r >= at ? r + by : r)),
    );
  }

  shiftColumns(at: number, by: number): void {
    shiftMapColumns(this.values, at, by);
    shiftMapColumns(this.formats, at, by);
    shiftMapColumns(this.formulas, at, by);
    for (const f of this.formatRanges) if (f.box.col >= at) f.box = { ...f.box, col: f.box.col + by };
    this.hiddenColumns = new Set(
      [...this.hiddenColumns]
        .filter((c) => !(by < 0 && c >= at && c < at - by))
        .map((c) => (c >= at ? c + by : c)),
    );
  }
}

function a1Column(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Range.rowHidden (columnHidden): false when no row (column) is hidden, true when all are, null when some are. */
function visibility(top: number, count: number, hidden: Set<number>): boolean | null {
  let inside = 0;
  for (let r = top; r < top + count; r++) if (hidden.has(r)) inside++;
  return inside === 0 ? false : inside === count ? true : null;
}

interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export function fakeExcel(options: FakeExcelOptions): FakeExcel {
  const writes: RecordedWrite[] = [];
  const requestBytes: number[] = [0];
  let request = 0;
  let syncCount = 0;
  let suspended = 0;
  const sheets = new Map<string, SheetState>();
  const settings = new Map(Object.entries(options.settings ?? {}));
  const parts = [...(options.xmlParts ?? [])];
  let partIds = parts.length;
  /** Calls queued since the last sync, run in order at the next one. */
  let queue: (() => void)[] = [];

  for (const [name, s] of Object.entries(options.sheets)) {
    const state = new SheetState(name);
    const [top, left] = s.origin ?? [0, 0];
    s.values.forEach((line, i) =>
      line.forEach((v, j) => {
        const format = s.formats?.[i]?.[j];
        const formula = s.formulas?.[i]?.[j];
        if (v !== null && v !== '') state.setValue(top + i, left + j, v);
        if (format) state.setFormat(top + i, left + j, format);
        if (typeof formula === 'string' && formula.startsWith('=')) {
          let line = state.formulas.get(top + i);
          if (!line) state.formulas.set(top + i, (line = []));
          line[left + j] = formula;
        }
      }),
    );
    for (const r of s.hiddenRows ?? []) state.hidden.add(r);
    for (const c of s.hiddenColumns ?? []) state.hiddenColumns.add(c);
    state.noVisibleView = Boolean(s.noVisibleView);
    state.validations = [...(s.validations ?? [])];
    state.conditionalFormats = [...(s.conditionalFormats ?? [])];
    state.tooLarge = Boolean(s.tooLarge);
    state.protected = Boolean(s.protected);
    sheets.set(name, state);
  }

  const record = (w: Omit<RecordedWrite, 'request'>, bytes = 0) => {
    writes.push({ ...w, request });
    requestBytes[request] += bytes;
  };
  const sheetOf = (name: string): SheetState => {
    const s = sheets.get(name);
    if (!s) throw Object.assign(new Error(`ItemNotFound: sheet ${name}`), { code: 'ItemNotFound' });
    return s;
  };

  /** A loadable proxy: `fields` → value computed at sync; reads before that give the mock's error strings. */
  function loadable<T extends object>(target: T, compute: (field: string) => unknown): T {
    const state = new Map<string, { synced: boolean; value?: unknown }>();
    const load = (fields?: string | string[]) => {
      const list = (Array.isArray(fields) ? fields : String(fields ?? '').split(','))
        .map((f) => f.trim())
        .filter(Boolean);
      for (const f of list) {
        const key = f.split('/')[0];
        const slot = { synced: false } as { synced: boolean; value?: unknown };
        state.set(key, slot);
        queue.push(() => {
          slot.value = compute(key);
          slot.synced = true;
        });
      }
      return proxy;
    };
    const proxy: T = new Proxy(target, {
      get(t, prop, receiver) {
        if (prop === 'load') return load;
        if (typeof prop === 'string' && state.has(prop)) {
          const slot = state.get(prop)!;
          return slot.synced ? slot.value : NOT_SYNCED;
        }
        if (prop in t) return Reflect.get(t, prop, receiver);
        if (typeof prop === 'string' && !prop.startsWith('_') && prop !== 'then') return NOT_LOADED;
        return undefined;
      },
    });
    return proxy;
  }

  function readField(sheet: SheetState, box: Box, field: string): unknown {
    const grid = (f: (row: number, col: number) => unknown) =>
      Array.from({ length: box.rows }, (_, i) =>
        Array.from({ length: box.cols }, (_, j) => f(box.row + i, box.col + j)),
      );
    switch (field) {
      case 'values':
        return sheet.tooLarge ? null : grid((r, c) => sheet.value(r, c) ?? '');
      case 'numberFormat':
        return grid((r, c) => sheet.format(r, c));
      case 'formulas':
        return grid((r, c) => sheet.formulas.get(r)?.[c] ?? sheet.value(r, c) ?? '');
      case 'address':
        return `${sheet.name}!${a1Column(box.col)}${box.row + 1}:${a1Column(box.col + box.cols - 1)}${box.row + box.rows}`;
      case 'rowIndex':
        return box.row;
      case 'columnIndex':
        return box.col;
      case 'rowCount':
        return box.rows;
      case 'columnCount':
        return box.cols;
      case 'rowHidden':
        return visibility(box.row, box.rows, sheet.hidden);
      case 'columnHidden':
        return visibility(box.col, box.cols, sheet.hiddenColumns);
      default:
        return NOT_LOADED;
    }
  }

  /** A range whose extent is known when queued, or (used ranges) found when the queue runs. */
  function rangeProxy(sheetName: string, at: Box | (() => Box | undefined)): Excel.Range {
    let resolved: Box | undefined = typeof at === 'function' ? undefined : at;
    let nullObject = false;
    const box = (): Box => {
      if (resolved) return resolved;
      const found = (at as () => Box | undefined)();
      nullObject = !found;
      resolved = found ?? { row: 0, col: 0, rows: 0, cols: 0 };
      return resolved;
    };
    const fixed = typeof at === 'function' ? undefined : at;
    const requireFixed = (what: string): Box => {
      if (!fixed) throw new Error(`fake-excel: ${what} on a used range is not modelled`);
      return fixed;
    };
    const format = {
      font: {},
      fill: {},
      borders: { getItem: () => ({}) },
      autofitRows: () => record({ sheet: sheetName, what: 'autofitRows', ...requireFixed('autofitRows') }),
    } as Record<string, unknown>;
    Object.defineProperty(format, 'columnWidth', {
      set: (width: number) => {
        const b = requireFixed('columnWidth');
        record({ sheet: sheetName, what: 'columnWidth', ...b, data: width });
      },
    });
    Object.defineProperty(format, 'rowHeight', {
      set: (height: number) => {
        const b = requireFixed('rowHeight');
        record({ sheet: sheetName, what: 'rowHeight', ...b, data: height });
      },
    });
    const check = (v: unknown[][], what: string, b: Box) => {
      if (v.length !== b.rows || v.some((r) => r.length !== b.cols))
        throw new Error(`${what}: ${v.length}x${v[0]?.length} written to a ${b.rows}x${b.cols} range`);
    };
    const target: Record<string, unknown> = {
      format,
      untrack: () => proxy,
      select: () => undefined,
      get isNullObject() {
        box();
        return nullObject;
      },
      worksheet: worksheetProxy(sheetName),
      clear: (kind: string) => {
        const b = requireFixed('clear');
        record({ sheet: sheetName, what: 'clear', ...b, data: kind });
        queue.push(() => {
          const s = sheetOf(sheetName);
          for (let r = b.row; r < b.row + b.rows; r++)
            for (let c = b.col; c < b.col + b.cols; c++) {
              if (s.value(r, c) !== undefined) s.setValue(r, c, undefined);
              if (kind !== 'Contents') s.formats.get(r)?.splice(c, 1, undefined);
            }
          if (kind !== 'Contents') s.formatRanges.push({ box: b, format: 'General' });
        });
      },
      getColumn: (c: number) => {
        if (fixed) return rangeProxy(sheetName, { ...fixed, col: fixed.col + c, cols: 1 });
        return rangeProxy(sheetName, () => {
          const b = box();
          return { ...b, col: b.col + c, cols: 1 };
        });
      },
      // Range.getColumnsAfter (ExcelApi 1.2): columns right of the range, its rows; of a null object, a null object.
      getColumnsAfter: (count = 1) => {
        if (fixed) return rangeProxy(sheetName, { ...fixed, col: fixed.col + fixed.cols, cols: count });
        return rangeProxy(sheetName, () => {
          const b = box();
          return nullObject ? undefined : { ...b, col: b.col + b.cols, cols: count };
        });
      },
      // Range.getRowsBelow (ExcelApi 1.2): rows below the range, its columns; of a null object, a null object.
      getRowsBelow: (count = 1) => {
        if (fixed) return rangeProxy(sheetName, { ...fixed, row: fixed.row + fixed.rows, rows: count });
        return rangeProxy(sheetName, () => {
          const b = box();
          return nullObject ? undefined : { ...b, row: b.row + b.rows, rows: count };
        });
      },
      getRow: (i: number) => {
        if (fixed) return rangeProxy(sheetName, { ...fixed, row: fixed.row + i, rows: 1 });
        return rangeProxy(sheetName, () => {
          const b = box();
          return { ...b, row: b.row + i, rows: 1 };
        });
      },
      getResizedRange: (dr: number, dc = 0) => {
        const b = requireFixed('getResizedRange');
        return rangeProxy(sheetName, { ...b, rows: b.rows + dr, cols: b.cols + dc });
      },
      merge: (across: boolean) =>
        record({ sheet: sheetName, what: 'merge', ...requireFixed('merge'), data: { across } }),
      // valuesOnly (true): the cells holding a value. Whether Excel counts a formula showing "" as one is not said;
      // here it does not, as the strictest host would. Without valuesOnly, a formula cell is used.
      getUsedRangeOrNullObject: (valuesOnly = false) => {
        const b = requireFixed('getUsedRangeOrNullObject');
        return rangeProxy(sheetName, () => usedWithin(sheetOf(sheetName), b, !valuesOnly));
      },
      getVisibleView: () => {
        const s = sheetOf(sheetName);
        if (s.noVisibleView) throw new Error('ApiNotFound: getVisibleView');
        return loadable({}, (field) => {
          if (field !== 'cellAddresses') return NOT_LOADED;
          const b = box();
          const out: string[][] = [];
          for (let r = b.row; r < b.row + b.rows; r++)
            if (!s.hidden.has(r)) out.push([`'${sheetName}'!${a1Column(b.col)}${r + 1}`]);
          return out;
        });
      },
      conditionalFormats: {
        add: (type: string) => {
          const b = requireFixed('conditionalFormats');
          const cf = { type, textComparison: { format: { fill: {} }, rule: null } };
          record({ sheet: sheetName, what: 'conditionalFormat', ...b, data: cf });
          queue.push(() => sheetOf(sheetName).conditionalFormats.push(areaOf(b)));
          return cf;
        },
        // ConditionalFormatCollection.getCount (ExcelApi 1.6): the conditional formats meeting the range.
        getCount: () => {
          const result = { value: NOT_SYNCED as unknown };
          queue.push(() => {
            const b = box();
            result.value = sheetOf(sheetName).conditionalFormats.filter((a) => meets(b, a)).length;
          });
          return result;
        },
      },
      // Range.dataValidation (ExcelApi 1.8): `type` is "None" where no rule meets the range, a rule's type where
      // one covers it, "Inconsistent" where rules cover part of it.
      dataValidation: loadable({ clear: () => undefined } as Record<string, unknown>, (field) => {
        if (field !== 'type') return NOT_LOADED;
        const b = box();
        const rules = sheetOf(sheetName).validations.filter((a) => meets(b, a));
        if (!rules.length) return 'None';
        return rules.some((a) => covers(a, b)) ? 'List' : 'Inconsistent';
      }),
    };
    Object.defineProperty(target, 'values', {
      enumerable: false,
      configurable: true,
      set: (v: unknown[][]) => {
        const b = requireFixed('values');
        check(v, 'values', b);
        record({ sheet: sheetName, what: 'values', ...b, data: v }, JSON.stringify(v).length);
        queue.push(() => {
          const s = sheetOf(sheetName);
          v.forEach((line, i) =>
            line.forEach((x, j) => {
              // A leading apostrophe makes Excel keep the rest as text; it is not part of the value.
              const v = x === '' || x === null || x === undefined ? undefined : (x as Value);
              s.setValue(b.row + i, b.col + j, typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v);
            }),
          );
        });
      },
    });
    Object.defineProperty(target, 'numberFormat', {
      enumerable: false,
      configurable: true,
      set: (v: string[][]) => {
        const b = requireFixed('numberFormat');
        // A 1×1 array is applied to every cell of the range, as Excel does.
        const single = v.length === 1 && v[0].length === 1;
        if (!single) check(v, 'numberFormat', b);
        record({ sheet: sheetName, what: 'numberFormat', ...b, data: v }, JSON.stringify(v).length);
        queue.push(() => {
          const s = sheetOf(sheetName);
          if (single) {
            s.formatRanges.push({ box: b, format: v[0][0] });
            for (let i = 0; i < b.rows; i++) s.formats.get(b.row + i)?.fill(undefined, b.col, b.col + b.cols);
          } else
            for (let i = 0; i < b.rows; i++)
              for (let j = 0; j < b.cols; j++) s.setFormat(b.row + i, b.col + j, v[i][j]);
        });
      },
    });
    const proxy = loadable(target, (field) => {
      const b = box();
      // Like Excel, a range past the sheet's last column or row fails the request it is loaded in.
      if (b.col + b.cols > MAX_COLS || b.row + b.rows > MAX_ROWS)
        throw Object.assign(new Error('The argument is invalid or missing or has an incorrect format.'), {
          code: 'InvalidArgument',
        });
      return nullObject ? NOT_LOADED : readField(sheetOf(sheetName), b, field);
    }) as unknown as Excel.Range;
    return proxy;
  }

  function usedWithin(s: SheetState, b: Box, withFormulas = false): Box | undefined {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (let r = b.row; r < b.row + b.rows; r++) {
      const line = withFormulas
        ? Array.from(
            { length: Math.max(s.values.get(r)?.length ?? 0, s.formulas.get(r)?.length ?? 0) },
            (_, c) => s.values.get(r)?.[c] ?? s.formulas.get(r)?.[c],
          )
        : s.values.get(r);
      if (!line) continue;
      line.forEach((v, col) => {
        if (v === undefined || col < b.col || col >= b.col + b.cols) return;
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, col);
        right = Math.max(right, col);
      });
    }
    return bottom < 0 ? undefined : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  /** Worksheet.pageLayout (ExcelApi 1.9): every property set and call is recorded as { [name]: value }. */
  function pageLayoutProxy(sheet: string): Excel.PageLayout {
    const note = (data: Record<string, unknown>) =>
      record({ sheet, what: 'pageLayout', row: 0, col: 0, rows: 0, cols: 0, data });
    const footer = new Proxy(
      {},
      { set: (_t, prop, value) => (note({ [`footer.${String(prop)}`]: value }), true) },
    );
    const target = {
      setPrintTitleRows: (rows: string) => note({ printTitleRows: rows }),
      headersFooters: { defaultForAllPages: footer },
    };
    return new Proxy(target, {
      set: (_t, prop, value) => (note({ [String(prop)]: value }), true),
    }) as unknown as Excel.PageLayout;
  }

  function worksheetProxy(name: string): Excel.Worksheet {
    const target = {
      getUsedRangeOrNullObject: () =>
        rangeProxy(name, () => {
          const u = sheetOf(name).used();
          return u && { row: u.top, col: u.left, rows: u.bottom - u.top + 1, cols: u.right - u.left + 1 };
        }),
      getRangeByIndexes: (row: number, col: number, rows: number, cols: number) =>
        rangeProxy(name, { row, col, rows, cols }),
      /** Worksheet.getRange() without an address: the whole sheet (ExcelApi 1.1); addresses are not modelled. */
      getRange: (address?: string) => {
        if (address !== undefined) throw new Error('fake-excel: getRange(address) is not modelled');
        return rangeProxy(name, { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS });
      },
      activate: () => undefined,
      delete: () => {
        record({ sheet: name, what: 'delete', row: 0, col: 0, rows: 0, cols: 0 });
        queue.push(() => {
          sheetOf(name);
          sheets.delete(name);
        });
      },
      freezePanes: { freezeAt: () => undefined, freezeRows: () => undefined, freezeColumns: () => undefined },
      pageLayout: pageLayoutProxy(name),
    };
    return loadable(target, (field) =>
      field === 'name' ? sheetOf(name).name : NOT_LOADED,
    ) as unknown as Excel.Worksheet;
  }

  const activeName = () => options.active ?? [...sheets.keys()][0];
  const worksheets = loadable(
    {
      getItem: (name: string) => worksheetProxy(name),
      getActiveWorksheet: () => worksheetProxy(activeName()),
      add: (name: string) => {
        record({ sheet: name, what: 'add', row: 0, col: 0, rows: 0, cols: 0 });
        queue.push(() => {
          if (sheets.has(name))
            throw Object.assign(new Error(`ItemAlreadyExists: ${name}`), { code: 'ItemAlreadyExists' });
          sheets.set(name, new SheetState(name));
        });
        return worksheetProxy(name);
      },
    },
    (field) =>
      field === 'items'
        ? [...sheets.values()].map((s) => ({ name: s.name, protection: { protected: s.protected } }))
        : NOT_LOADED,
  );
  const settingsProxy = loadable(
    {
      add: (key: string, value: string) => {
        record({ sheet: '', what: 'setting', row: 0, col: 0, rows: 0, cols: 0, data: [key, value] });
        queue.push(() => settings.set(key, value));
      },
    },
    (field) =>
      field === 'items' ? [...settings.entries()].map(([key, value]) => ({ key, value })) : NOT_LOADED,
  );
  const deletePart = (id: string) =>
    queue.push(() => {
      const i = parts.findIndex((p) => p.id === id);
      if (i >= 0) parts.splice(i, 1);
    });
  const xmlOf = (id: string) => {
    const result: { value?: string } = {};
    queue.push(() => {
      result.value = parts.find((p) => p.id === id)?.xml;
    });
    return result;
  };
  const customXmlParts = loadable(
    {
      add: (xml: string) => {
        queue.push(() => {
          const ns = /xmlns="([^"]+)"/.exec(xml)?.[1] ?? '';
          parts.push({ id: `part-${++partIds}`, namespaceUri: ns, xml });
        });
      },
      getItem: (id: string) => ({ delete: () => deletePart(id) }),
      getByNamespace: (ns: string) => {
        const collection = loadable(
          {
            getOnlyItem: () => ({
              getXml: () => {
                const result: { value?: string } = {};
                queue.push(() => {
                  result.value = parts.find((p) => p.namespaceUri === ns)?.xml;
                });
                return result;
              },
            }),
          },
          (field) =>
            field === 'items'
              ? parts
                  .filter((p) => p.namespaceUri === ns)
                  .map((p) => ({ id: p.id, delete: () => deletePart(p.id), getXml: () => xmlOf(p.id) }))
              : NOT_LOADED,
        );
        return collection;
      },
    },
    (field) =>
      field === 'items'
        ? parts.map((p) => ({
            id: p.id,
            namespaceUri: p.namespaceUri,
            delete: () => deletePart(p.id),
            getXml: () => xmlOf(p.id),
          }))
        : NOT_LOADED,
  );

  const workbookProtection = loadable({}, (field) =>
    field === 'protected' ? Boolean(options.workbookProtected) : NOT_LOADED,
  );
  const workbook = {
    protection: workbookProtection,
    /** The fake selection is the active sheet's used range. */
    getSelectedRange: () => worksheetProxy(activeName()).getUsedRangeOrNullObject(true),
    worksheets,
    settings: settingsProxy,
    customXmlParts,
  };

  // office-addin-mock supplies the context object; the workbook above is live and queued, so it is attached after.
  const mock = new OfficeMockObject({
    application: {
      suspendApiCalculationUntilNextSync: () => {
        suspended++;
      },
    },
  }) as unknown as Record<string, unknown>;
  mock.workbook = workbook;
  mock.sync = async () => {
    syncCount++;
    const batch = queue;
    queue = [];
    if (options.serverLimitBytes !== undefined && requestBytes[request] > options.serverLimitBytes) {
      for (let i = writes.length - 1; i >= 0; i--) if (writes[i].request === request) writes.splice(i, 1);
      requestBytes[request] = 0;
      throw payloadRefusal(options.payloadRefusal);
    }
    const failure = options.failRequest?.(request);
    const runnable = failure ? batch.slice(0, failure.applied) : batch;
    try {
      for (const call of runnable) call();
      if (failure)
        throw Object.assign(new Error('An internal error has occurred.'), { code: 'GeneralException' });
    } finally {
      request++;
      requestBytes[request] = 0;
    }
  };

  const edit: FakeEdits = {
    set: (sheet, row, col, value) => {
      sheetOf(sheet).setValue(row, col, value === null || value === '' ? undefined : value);
    },
    insertRows: (sheet, at, count = 1) => sheetOf(sheet).shiftRows(at, count),
    deleteRows: (sheet, at, count = 1) => sheetOf(sheet).shiftRows(at, -count),
    insertColumns: (sheet, at, count = 1) => sheetOf(sheet).shiftColumns(at, count),
    deleteColumns: (sheet, at, count = 1) => sheetOf(sheet).shiftColumns(at, -count),
    addSheet: (name, values = []) => {
      const state = new SheetState(name);
      values.forEach((line, i) =>
        line.forEach((v, j) => {
          if (v !== null && v !== '') state.setValue(i, j, v);
        }),
      );
      sheets.set(name, state);
    },
    renameSheet: (from, to) => {
      const state = sheetOf(from);
      const order = [...sheets.entries()];
      sheets.clear();
      state.name = to;
      for (const [name, s] of order) sheets.set(name === from ? to : name, s);
    },
  };

  const value = (sheet: string, row: number, col: number) => sheets.get(sheet)?.value(row, col) ?? null;
  return {
    context: mock as unknown as Excel.RequestContext,
    writes,
    requestBytes,
    suspendCalls: () => suspended,
    sheetNames: () => [...sheets.keys()],
    grid: (sheet) => {
      const s = sheetOf(sheet);
      const u = s.used();
      if (!u) return [];
      return Array.from({ length: u.bottom + 1 }, (_, r) =>
        Array.from({ length: u.right + 1 }, (_, c) => s.value(r, c) ?? null),
      );
    },
    value,
    settings: () => Object.fromEntries(settings),
    syncs: () => syncCount,
    edit,
  };
}

/**
 * Excel's refusal of a request over its size limit: as Office.js documents it (the code on the error), or as hosts
 * have given it — the code only in `debugInfo`, or on an inner error, under a localised message.
 */
function payloadRefusal(shape: FakeExcelOptions['payloadRefusal'] = 'code'): Error {
  const code = 'RequestPayloadSizeLimitExceeded';
  if (shape === 'code')
    return Object.assign(new Error('The request payload size has exceeded the limit.'), { code });
  const localised = 'Kích thước yêu cầu vượt quá giới hạn cho phép.';
  if (shape === 'debugInfo')
    return Object.assign(new Error(localised), {
      code: 'GeneralException',
      debugInfo: { code, message: localised },
    });
  return Object.assign(new Error(localised), {
    code: 'GeneralException',
    innerError: { code, message: localised },
  });
}

/** An absolute area of a sheet, 0-based and inclusive. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function areaOf(b: Box): Area {
  return { top: b.row, left: b.col, bottom: b.row + b.rows - 1, right: b.col + b.cols - 1 };
}

function meets(b: Box, a: Area): boolean {
  return b.row <= a.bottom && a.top <= b.row + b.rows - 1 && b.col <= a.right && a.left <= b.col + b.cols - 1;
}

function covers(a: Area, b: Box): boolean {
  return a.top <= b.row && a.bottom >= b.row + b.rows - 1 && a.left <= b.col && a.right >= b.col + b.cols - 1;
}
