/**
 * Re-runs and the official's data, the same scenarios in Excel mode (Office.js adapter over the fake-excel grid)
 * and in file mode (ExcelJS): a second run over the first one's output, notes typed in and around the output, a
 * cleared heading typed over, a user sheet already named "Kết quả", a table that grows by one row, a table that
 * loses a column, and a co-author's row insert between the read and the write.
 */
import ExcelJS from 'exceljs';
import { readSheet as readExcelJsSheet } from '@thidua/core/adapters/exceljs';
import { cellAddress, SheetChangedError, parseOutputSetting, SETTING_KEYS } from '@thidua/core/sheet';
import { EXAMPLE_SHEET, exampleWorkbook } from '../e2e/example-workbook';
import { fileHost } from '../src/adapters/file';
import type { WorkbookHost } from '../src/adapters/host';
import { officeHost } from '../src/adapters/office-host';
import { detect, loadBuiltIn, runScoring, type LoadedPlan } from '../src/workflow';
import { fakeExcel, type Grid } from './fake-excel';
import { OFFLINE_API, installExcel, removeExcel } from './offline';

type Value = string | number | boolean | null;

/** One workbook under test, whichever adapter writes it. */
interface Book {
  host: WorkbookHost;
  set(sheet: string, row: number, col: number, value: Value): void;
  insertRows(sheet: string, at: number): void;
  deleteColumn(sheet: string, at: number): void;
  addSheet(name: string, values: Grid): void;
  grid(sheet: string): Grid;
  sheetNames(): string[];
  /** Runs `edit` after the next run has read the sheet, just before it writes (a co-author at work). */
  beforeNextWrite(edit: () => void): void;
}

function dense(values: Value[][], origin: { row: number; col: number }): Grid {
  const width = origin.col + Math.max(0, ...values.map((r) => r.length));
  const out: Grid = Array.from({ length: origin.row + values.length }, () => Array<Value>(width).fill(null));
  values.forEach((row, i) => row.forEach((v, j) => (out[origin.row + i][origin.col + j] = v)));
  // Trim trailing empty rows and columns, as a used range would.
  while (out.length && out[out.length - 1].every((v) => v === null)) out.pop();
  const right = Math.max(0, ...out.map((r) => r.reduce<number>((m, v, j) => (v === null ? m : j + 1), 0)));
  return out.map((r) => r.slice(0, right));
}

function withPendingEdit(host: WorkbookHost, pending: { edit?: () => void }): WorkbookHost {
  return {
    ...host,
    apply: async (plan, inputs) => {
      const edit = pending.edit;
      pending.edit = undefined;
      edit?.();
      return host.apply(plan, inputs);
    },
  };
}

function fileBook(): Book {
  const wb = exampleWorkbook();
  const pending: { edit?: () => void } = {};
  const ws = (name: string) => wb.getWorksheet(name) as ExcelJS.Worksheet;
  return {
    host: withPendingEdit(fileHost(wb, 'example.xlsx'), pending),
    set: (sheet, row, col, value) => {
      ws(sheet).getCell(row + 1, col + 1).value = value;
    },
    insertRows: (sheet, at) => ws(sheet).spliceRows(at + 1, 0, []),
    deleteColumn: (sheet, at) => ws(sheet).spliceColumns(at + 1, 1),
    addSheet: (name, values) => {
      const sheet = wb.addWorksheet(name);
      values.forEach((row) => sheet.addRow(row));
    },
    grid: (sheet) => {
      const model = readExcelJsSheet(ws(sheet));
      return dense(model.values, model.origin);
    },
    sheetNames: () => wb.worksheets.filter((w) => w.state !== 'veryHidden').map((w) => w.name),
    beforeNextWrite: (edit) => (pending.edit = edit),
  };
}

function excelBook(): Book {
  const ws = exampleWorkbook().getWorksheet(EXAMPLE_SHEET) as ExcelJS.Worksheet;
  const model = readExcelJsSheet(ws);
  const excel = fakeExcel({ sheets: { [EXAMPLE_SHEET]: { values: dense(model.values, model.origin) } } });
  installExcel(excel.context);
  const pending: { edit?: () => void } = {};
  return {
    host: withPendingEdit(officeHost(), pending),
    set: (sheet, row, col, value) => excel.edit.set(sheet, row, col, value),
    insertRows: (sheet, at) => excel.edit.insertRows(sheet, at),
    deleteColumn: (sheet, at) => excel.edit.deleteColumns(sheet, at),
    addSheet: (name, values) => excel.edit.addSheet(name, values),
    grid: (sheet) => excel.grid(sheet),
    sheetNames: () => excel.sheetNames(),
    beforeNextWrite: (edit) => (pending.edit = edit),
  };
}

afterEach(() => {
  removeExcel();
});

function xaPlan(): LoadedPlan {
  const result = loadBuiltIn('phung-hiep-2023-xa');
  if (!result.ok) throw new Error('built-in plan missing');
  return result.loaded;
}

/** Detects the table afresh (as the official does after changing it) and scores it. */
async function score(book: Book, now = new Date('2024-01-15T08:00:00Z')) {
  const loaded = xaPlan();
  const detection = await detect(book.host, loaded.plan);
  if (!detection) throw new Error('no table');
  // The example's tc24 column matches nothing: the official confirms scoring without it.
  return runScoring(book.host, {
    loaded,
    mapping: detection.mapping,
    block: 'xa',
    lang: 'vi',
    api: OFFLINE_API,
    now,
    allowPartial: true,
  });
}

/** Every cell of the sheet holding `text`, as [row, col]. */
function find(grid: Grid, text: Value): [number, number][] {
  const out: [number, number][] = [];
  grid.forEach((row, r) => row.forEach((v, c) => v === text && out.push([r, c])));
  return out;
}

async function outputRange(book: Book) {
  const settings = await book.host.readSettings();
  return parseOutputSetting(settings[SETTING_KEYS.output])[0];
}

const MODES: [string, () => Book][] = [
  ['Excel (Office.js)', excelBook],
  ['file (ExcelJS)', fileBook],
];

describe.each(MODES)('re-runs in %s mode', (_mode, makeBook) => {
  it('a second run over the first one’s output replaces it in place, nothing else changes', async () => {
    const book = makeBook();
    const first = await score(book);
    expect(first.warnings).toEqual([]);
    const after1 = book.grid(EXAMPLE_SHEET);
    const range = await outputRange(book);
    const second = await score(book, new Date('2024-02-15T08:00:00Z'));
    expect(second.warnings).toEqual([]);
    expect(book.grid(EXAMPLE_SHEET)).toEqual(after1);
    expect(await outputRange(book)).toEqual(range);
    expect(book.sheetNames().filter((n) => n.startsWith('Kết quả'))).toEqual(['Kết quả']);
    expect(find(after1, 'Tổng điểm')).toEqual([[range.top, range.left]]);
  });

  it('keeps notes typed around the output and writes at the same place', async () => {
    const book = makeBook();
    await score(book);
    const range = await outputRange(book);
    book.set(EXAMPLE_SHEET, range.top + 2, range.right + 2, 'ghi chú bên cạnh');
    book.set(EXAMPLE_SHEET, range.bottom + 3, range.left, 'ghi chú bên dưới');
    const second = await score(book);
    expect(second.warnings).toEqual([]);
    const grid = book.grid(EXAMPLE_SHEET);
    expect(grid[range.top + 2][range.right + 2]).toBe('ghi chú bên cạnh');
    expect(grid[range.bottom + 3][range.left]).toBe('ghi chú bên dưới');
    expect(await outputRange(book)).toEqual(range);
  });

  it('keeps a note typed inside the output, says which cell, and writes to a fresh place', async () => {
    const book = makeBook();
    await score(book);
    const range = await outputRange(book);
    const before = book.grid(EXAMPLE_SHEET);
    book.set(EXAMPLE_SHEET, range.top + 3, range.left + 1, 'Xem lại hồ sơ');
    const second = await score(book);
    expect(second.warnings.map((w) => w.code)).toEqual(['output-changed']);
    const address = cellAddress({ row: range.top + 3, col: range.left + 1 });
    expect(second.warnings[0].message).toContain(address);
    const grid = book.grid(EXAMPLE_SHEET);
    // Their note and every cell of the old block stay as they were.
    expect(grid[range.top + 3][range.left + 1]).toBe('Xem lại hồ sơ');
    for (let r = range.top; r <= range.bottom; r++)
      for (let c = range.left; c <= range.right; c++)
        if (!(r === range.top + 3 && c === range.left + 1))
          expect([r, c, grid[r][c]]).toEqual([r, c, before[r][c]]);
    const moved = await outputRange(book);
    expect(moved.left).toBe(range.right + 2);
    expect(grid[moved.top][moved.left]).toBe('Tổng điểm');
  });

  it('keeps what the official typed over a cleared first heading', async () => {
    const book = makeBook();
    await score(book);
    const range = await outputRange(book);
    book.set(EXAMPLE_SHEET, range.top, range.left, null);
    book.set(EXAMPLE_SHEET, range.top, range.left, 'Nhận xét của huyện');
    const second = await score(book);
    expect(second.warnings[0]?.code).toBe('output-changed');
    expect(book.grid(EXAMPLE_SHEET)[range.top][range.left]).toBe('Nhận xét của huyện');
  });

  it('leaves a user sheet named "Kết quả" alone and writes its own "Kết quả (2)", every run', async () => {
    const book = makeBook();
    book.addSheet('Kết quả', [['Bảng của tôi'], [1, 2, 3]]);
    const first = await score(book);
    expect(first.warnings.map((w) => w.code)).toEqual(['sheet-name-taken']);
    await score(book);
    expect(book.grid('Kết quả')).toEqual([
      ['Bảng của tôi', null, null],
      [1, 2, 3],
    ]);
    expect(book.sheetNames().filter((n) => n.startsWith('Kết quả'))).toEqual(['Kết quả', 'Kết quả (2)']);
    expect(book.grid('Kết quả (2)').flat()).toContain('KẾT QUẢ CHẤM ĐIỂM THI ĐUA');
  });

  it('a note typed into the program’s own "Kết quả" sheet makes it the official’s: kept, ours goes to "(2)"', async () => {
    const book = makeBook();
    await score(book);
    const rows = book.grid('Kết quả').length;
    book.set('Kết quả', rows + 1, 1, 'Ý kiến của Hội đồng');
    const second = await score(book);
    expect(second.warnings.map((w) => w.code)).toEqual(['sheet-name-taken']);
    expect(book.grid('Kết quả')[rows + 1][1]).toBe('Ý kiến của Hội đồng');
    expect(book.sheetNames().filter((n) => n.startsWith('Kết quả'))).toEqual(['Kết quả', 'Kết quả (2)']);
    // Notes below the log are kept too: the log only ever adds rows under what is there.
    const log = book.grid('Nhật ký chấm điểm');
    book.set('Nhật ký chấm điểm', log.length + 1, 0, 'đã báo cáo');
    await score(book);
    const after = book.grid('Nhật ký chấm điểm');
    expect(after[log.length + 1][0]).toBe('đã báo cáo');
    expect(after).toHaveLength(log.length + 3);
  });

  it('a table that grows by one row: the old block (with its new empty row) is replaced, not left beside', async () => {
    const book = makeBook();
    await score(book);
    const range = await outputRange(book);
    const grid = book.grid(EXAMPLE_SHEET);
    const at = range.top + 4; // between two units
    book.insertRows(EXAMPLE_SHEET, at);
    const copied = grid[at].slice(0, range.left - 1);
    copied.forEach((v, c) => book.set(EXAMPLE_SHEET, at, c, c === 1 ? 'Xã Mới Thành Lập' : v));
    const second = await score(book);
    expect(second.warnings).toEqual([]);
    expect(second.response.results).toHaveLength(16);
    const after = book.grid(EXAMPLE_SHEET);
    expect(find(after, 'Tổng điểm')).toEqual([[range.top, range.left]]);
    expect(await outputRange(book)).toEqual({ ...range, bottom: range.bottom + 1 });
  });

  it('a table that loses a column: the shifted old block is removed, one block beside the table', async () => {
    const book = makeBook();
    await score(book);
    const range = await outputRange(book);
    book.deleteColumn(EXAMPLE_SHEET, 5); // a criterion column
    const second = await score(book);
    expect(second.warnings).toEqual([]);
    const after = book.grid(EXAMPLE_SHEET);
    expect(find(after, 'Tổng điểm')).toEqual([[range.top, range.left - 1]]);
    expect(find(after, 'Xếp hạng')).toHaveLength(1);
    expect(after.every((row) => row.length <= range.right)).toBe(true);
  });

  it('stops, writing nothing, when a co-author inserts a row between the read and the write', async () => {
    const book = makeBook();
    await score(book);
    const settings = await book.host.readSettings();
    const range = await outputRange(book);
    let afterInsert: Grid = [];
    book.beforeNextWrite(() => {
      book.insertRows(EXAMPLE_SHEET, range.top + 2);
      afterInsert = book.grid(EXAMPLE_SHEET);
    });
    const failed = score(book, new Date('2024-02-15T08:00:00Z'));
    await expect(failed).rejects.toThrow(SheetChangedError);
    await expect(failed).rejects.toThrow(/đã thay đổi từ lúc đọc.*Chưa ghi gì/);
    expect(book.grid(EXAMPLE_SHEET)).toEqual(afterInsert);
    expect(await book.host.readSettings()).toEqual(settings);
  });
});
