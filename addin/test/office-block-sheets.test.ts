/**
 * Excel mode, a plan's blocks on two sheets: the pane reads both, scores them together and writes each sheet's
 * results beside its own table, over no input cell of either sheet, against the office-addin-mock context.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { fileHost } from '../src/adapters/file';
import { officeHost } from '../src/adapters/office-host';
import { detect, loadBuiltIn, runScoring } from '../src/workflow';
import { fakeExcel, type Grid } from './fake-excel';
import { OFFLINE_API, installExcel, removeExcel } from './offline';

const FILE = join(__dirname, '..', '..', 'examples', 'corpus', 'sxd-cds-02-tap-the-ca-nhan-hai-sheet.xlsx');
const SHEETS = ['Tập thể', 'Cá nhân'];
afterEach(() => {
  removeExcel();
});

it('writes the results beside the table of each block sheet, never over an input cell', async () => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(FILE);
  const file = fileHost(book, 'tap-the-ca-nhan.xlsx');
  const grids: Record<string, { values: Grid }> = {};
  for (const name of SHEETS) {
    const sheet = await file.readSheet(name);
    expect(sheet.origin).toEqual({ row: 0, col: 0 });
    grids[name] = { values: sheet.values };
  }
  const excel = fakeExcel({ sheets: grids });
  installExcel(excel.context);
  const host = officeHost();
  const loaded = loadBuiltIn('kien-giang-sxd-cds-2022-2025');
  if (!loaded.ok) throw new Error('plan');
  const detection = await detect(host, loaded.loaded.plan, { sheetName: SHEETS[0] });
  if (!detection) throw new Error('no table');
  const run = await runScoring(host, {
    loaded: loaded.loaded,
    mapping: detection.mapping,
    lang: 'vi',
    api: OFFLINE_API,
  });
  expect(run.sheetsRead).toEqual(SHEETS);

  for (const name of SHEETS) {
    const values = grids[name].values;
    const lastInputCol = Math.max(
      ...values.map((row) => row.reduce<number>((last, v, c) => (v !== null && v !== '' ? c : last), -1)),
    );
    const written = excel.writes.filter((w) => w.sheet === name && w.what === 'values');
    expect(written.length).toBeGreaterThan(0);
    // every cell written on the official's sheet was empty before, and the block sits right of the table
    for (const w of written) {
      expect(w.col).toBeGreaterThan(lastInputCol);
      for (let r = w.row; r < w.row + w.rows; r++)
        for (let c = w.col; c < w.col + w.cols; c++) expect(values[r]?.[c] ?? null).toBeNull();
    }
  }
});
