/**
 * Excel's refusals over a fake-excel context: a protected sheet (AccessDenied on any change to its cells), merged
 * areas (MergedRangeConflict on a write that covers part of one), and a host stopping at an older ExcelApi
 * (ApiNotFound on members of later sets). Every call goes through a proxy that knows which sheet and which cells it
 * is about; the first refused call poisons the request: it and the calls after it in the same request are not run,
 * what came before them is, and the sync rejects with Office.js's error code — as a batch fails in Excel.
 *
 * `worksheet.protection` (ExcelApi 1.2, also as `items/protection/protected` of the worksheets collection) and
 * `range.getMergedAreasOrNullObject()` (1.13; on `worksheet.getRange()`, every merged area of the sheet) are answered
 * too, at once (their `load` is a no-op), for an adapter that looks before writing.
 */
import type { FakeExcel } from './fake-excel';

export interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface HostileRules {
  /** Sheets protected without allowing anything: every change to their cells is refused. */
  protectedSheets?: string[];
  /** Merged areas per sheet (absolute, 0-based). */
  merges?: Record<string, { top: number; left: number; bottom: number; right: number }[]>;
  /** Highest ExcelApi minor version the host supports (7 = Office 2019); undefined = every set. */
  excelApi?: number;
  /**
   * The workbook's structure protected (Review → Protect Workbook): `workbook.protection.protected` is true (ExcelApi
   * 1.7), and adding or deleting a sheet is refused (AccessDenied); cells can still be written.
   */
  structureProtected?: boolean;
  /** How a write over part of a merged area is refused (default: MergedRangeConflict, Office.js's documented code). */
  mergeRefusal?: { code: string; message: string };
}

export interface Refusal {
  code: string;
  sheet?: string;
  member: string;
  request: number;
}

export interface HostileExcel {
  context: Excel.RequestContext;
  refusals: Refusal[];
  /** `Office.context.requirements.isSetSupported` for the same host. */
  supports: (name: string, version: string) => boolean;
}

/** Members by the ExcelApi minor version that brought them (those an adapter of this kind could reach for). */
const MEMBER_SINCE: Record<string, number> = {
  dataValidation: 8,
  pageLayout: 9,
  autoFilter: 9,
  getMergedAreasOrNullObject: 13,
  getMergedAreas: 9,
  getSpecialCells: 9,
  getSpecialCellsOrNullObject: 9,
  getRanges: 9,
  copyFrom: 9,
  autoIndent: 9,
  indentLevel: 9,
  showGridlines: 8,
  showHeadings: 8,
  calculationMode: 8,
  valuesAsJson: 16,
  getCellProperties: 9,
  setCellProperties: 9,
  getExtendedRange: 13,
  linkedDataTypes: 14,
  protectionMode: 15,
};

/** Calls that change cells (or their look) on the sheet they are made on. */
const CHANGING_CALLS = new Set([
  'clear',
  'merge',
  'unmerge',
  'insert',
  'delete',
  'add',
  'autofitRows',
  'autofitColumns',
]);
/** Calls that only read or point at cells. */
const SAFE_CALLS = new Set([
  'load',
  'untrack',
  'track',
  'getRangeByIndexes',
  'getRange',
  'getColumn',
  'getRow',
  'getCell',
  'getResizedRange',
  'getOffsetRange',
  'getUsedRangeOrNullObject',
  'getUsedRange',
  'getVisibleView',
  'getItem',
  'getItemOrNullObject',
  'getActiveWorksheet',
  'getSelectedRange',
  'getByNamespace',
  'getOnlyItem',
  'getXml',
  'activate',
  'select',
  'toJSON',
  'suspendApiCalculationUntilNextSync',
  'setPrintTitleRows',
]);

interface Where {
  sheet?: string;
  box?: Box;
  /** Under a worksheets collection or a sheet: 'getItem' names a sheet there. */
  kind?: 'workbook' | 'worksheets' | 'sheet' | 'range' | 'other';
}

const PROTECTED_MESSAGE =
  "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet.";

const STRUCTURE_MESSAGE = 'Workbook is protected and cannot be changed.';

function overlapsPartly(box: Box, m: { top: number; left: number; bottom: number; right: number }): boolean {
  const bottom = box.row + box.rows - 1;
  const right = box.col + box.cols - 1;
  const meets = box.row <= m.bottom && m.top <= bottom && box.col <= m.right && m.left <= right;
  const covers = box.row <= m.top && bottom >= m.bottom && box.col <= m.left && right >= m.right;
  return meets && !covers;
}

export function hostileExcel(excel: FakeExcel, rules: HostileRules): HostileExcel {
  const inner = excel.context;
  const refusals: Refusal[] = [];
  let request = 0;
  let poison: (Error & { code: string }) | undefined;
  const raw = new WeakMap<object, unknown>();
  const protectedSheets = new Set(rules.protectedSheets ?? []);

  const refuse = (code: string, member: string, where: Where, message: string) => {
    if (poison) return;
    refusals.push({ code, sheet: where.sheet, member, request });
    poison = Object.assign(new Error(message), { code });
  };
  /** Swallows everything once the request is poisoned. */
  const dummy: unknown = new Proxy(function () {}, {
    get: (_t, prop) => (prop === 'then' ? undefined : dummy),
    set: () => true,
    apply: () => dummy,
  });

  const tooNew = (prop: string) => rules.excelApi !== undefined && (MEMBER_SINCE[prop] ?? 0) > rules.excelApi;

  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13), answered at once: the merged areas meeting the range. */
  function mergedAreas(where: Where) {
    const all = where.sheet ? (rules.merges?.[where.sheet] ?? []) : [];
    const box = where.box;
    const meeting = all.filter(
      (m) =>
        !box ||
        (box.row <= m.bottom &&
          m.top <= box.row + box.rows - 1 &&
          box.col <= m.right &&
          m.left <= box.col + box.cols - 1),
    );
    const items = meeting.map((m) => ({
      rowIndex: m.top,
      columnIndex: m.left,
      rowCount: m.bottom - m.top + 1,
      columnCount: m.right - m.left + 1,
    }));
    const areas = {
      isNullObject: items.length === 0,
      areaCount: items.length,
      areas: { items },
      load: () => areas,
    };
    return areas;
  }

  function childWhere(where: Where, prop: string, args: unknown[]): Where {
    const n = (i: number) => Number(args[i]);
    switch (prop) {
      case 'worksheets':
        return { kind: 'worksheets' };
      case 'workbook':
        return where.kind === undefined ? { kind: 'workbook' } : { ...where, kind: 'other' };
      case 'getItem':
      case 'add':
        return where.kind === 'worksheets' ? { kind: 'sheet', sheet: String(args[0]) } : { ...where };
      case 'getActiveWorksheet':
        return { kind: 'sheet', sheet: undefined };
      case 'worksheet':
        return { kind: 'sheet', sheet: where.sheet };
      case 'getRangeByIndexes':
        return { kind: 'range', sheet: where.sheet, box: { row: n(0), col: n(1), rows: n(2), cols: n(3) } };
      case 'getColumn':
        return where.box
          ? { ...where, box: { ...where.box, col: where.box.col + n(0), cols: 1 } }
          : { ...where, box: undefined };
      case 'getRow':
        return where.box
          ? { ...where, box: { ...where.box, row: where.box.row + n(0), rows: 1 } }
          : { ...where, box: undefined };
      case 'getResizedRange':
        return where.box
          ? { ...where, box: { ...where.box, rows: where.box.rows + n(0), cols: where.box.cols + n(1) } }
          : where;
      case 'getUsedRangeOrNullObject':
      case 'getUsedRange':
      case 'getRange':
        return { kind: 'range', sheet: where.sheet, box: undefined };
      default:
        return { ...where, kind: where.kind === 'range' || where.kind === 'sheet' ? where.kind : 'other' };
    }
  }

  function wrap(target: unknown, where: Where): unknown {
    if (target === null || (typeof target !== 'object' && typeof target !== 'function')) return target;
    if (Array.isArray(target)) return target;
    const proxy = new Proxy(target as object, {
      get(t, prop, receiver) {
        if (typeof prop !== 'string') return Reflect.get(t, prop, receiver);
        if (prop === 'then') return undefined;
        if (where.kind === 'workbook' && prop === 'protection') {
          if (rules.excelApi !== undefined && rules.excelApi < 7) {
            refuse('ApiNotFound', prop, where, `The API you are trying to use could not be found (${prop}).`);
            return dummy;
          }
          const protection = { protected: Boolean(rules.structureProtected), load: () => protection };
          return protection;
        }
        if (where.kind === 'sheet' && prop === 'protection') {
          const isProtected = where.sheet !== undefined && protectedSheets.has(where.sheet);
          const protection = { protected: isProtected, load: () => protection };
          return protection;
        }
        if (where.kind === 'range' && prop === 'getMergedAreasOrNullObject' && !tooNew(prop))
          return () => mergedAreas(where);
        if (tooNew(prop)) {
          refuse(
            'ApiNotFound',
            prop,
            where,
            `The API you are trying to use could not be found. It may be available in a newer version of Excel (${prop}).`,
          );
          return dummy;
        }
        if (poison) return prop === 'sync' ? sync : dummy;
        if (prop === 'sync' && where.kind === undefined) return sync;
        const value = Reflect.get(t, prop, t);
        // worksheets.load('items/name,items/protection/protected'): each sheet's protection as the rules say
        if (where.kind === 'worksheets' && prop === 'items' && Array.isArray(value))
          return value.map((item: { name?: string }) => ({
            ...item,
            protection: { protected: item.name !== undefined && protectedSheets.has(item.name) },
          }));
        if (typeof value === 'function') {
          return (...args: unknown[]) => {
            if (poison) return dummy;
            const changing = CHANGING_CALLS.has(prop) && !SAFE_CALLS.has(prop);
            const onSheet = where.kind === 'range' || where.kind === 'other';
            if (changing && onSheet && where.sheet && protectedSheets.has(where.sheet)) {
              refuse('AccessDenied', prop, where, PROTECTED_MESSAGE);
              return dummy;
            }
            const structural =
              (prop === 'add' && where.kind === 'worksheets') ||
              (prop === 'delete' && where.kind === 'sheet');
            if (structural && rules.structureProtected) {
              refuse('AccessDenied', prop, where, STRUCTURE_MESSAGE);
              return dummy;
            }
            // A sheet's protection does not stop it being deleted; a sheet added under its name is not protected.
            if (prop === 'delete' && where.kind === 'sheet' && where.sheet)
              protectedSheets.delete(where.sheet);
            const result = (value as (...a: unknown[]) => unknown).apply(
              t,
              args.map((a) => (a && typeof a === 'object' && raw.has(a) ? raw.get(a) : a)),
            );
            return wrap(result, childWhere(where, prop, args));
          };
        }
        return wrap(value, childWhere(where, prop, []));
      },
      set(t, prop, value) {
        if (poison) return true;
        if (typeof prop === 'string') {
          if (tooNew(prop)) {
            refuse('ApiNotFound', prop, where, `The API you are trying to use could not be found (${prop}).`);
            return true;
          }
          if (where.sheet && protectedSheets.has(where.sheet) && where.kind !== 'sheet') {
            refuse('AccessDenied', prop, where, PROTECTED_MESSAGE);
            return true;
          }
          const merges = where.sheet ? (rules.merges?.[where.sheet] ?? []) : [];
          if (prop === 'values' && where.box && merges.some((m) => overlapsPartly(where.box as Box, m))) {
            refuse(
              rules.mergeRefusal?.code ?? 'MergedRangeConflict',
              prop,
              where,
              rules.mergeRefusal?.message ??
                'This operation is not permitted on a range that contains part of a merged cell.',
            );
            return true;
          }
        }
        return Reflect.set(t, prop, value, t);
      },
    });
    raw.set(proxy, target);
    return proxy;
  }

  async function sync(): Promise<void> {
    const failure = poison;
    poison = undefined;
    request++;
    await inner.sync();
    if (failure) throw failure;
  }

  const supports = (name: string, version: string) => {
    if (name !== 'ExcelApi') return true;
    if (rules.excelApi === undefined) return true;
    const minor = Number(version.split('.')[1] ?? 0);
    return minor <= rules.excelApi;
  };
  return { context: wrap(inner, {}) as Excel.RequestContext, refusals, supports };
}

/** `Office.context.requirements` for a host, so that the adapter's own feature checks see the same API level. */
export function installOffice(supports: (name: string, version: string) => boolean): void {
  (globalThis as { Office?: unknown }).Office = {
    context: { requirements: { isSetSupported: supports } },
  };
}

export function removeOffice(): void {
  delete (globalThis as { Office?: unknown }).Office;
}
