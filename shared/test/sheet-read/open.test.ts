import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readSheet, readWorkbook } from '../../adapters/exceljs';
import { openWorkbookBytes } from '../../adapters/exceljs/open';
import { readBudget } from '../../src/workbook/budget';
import { isWorkbookReadError, type WorkbookProblem } from '../../src/workbook/problems';
import {
  corruptedXlsx,
  definedNameBombXlsx,
  hugeMergeXlsx,
  manyRowsXlsx,
  streamedXlsx,
  truncated,
  wholeColumnValidationsXlsx,
  wideXlsx,
  withDeclaredSizes,
  xlsFile,
  zipBombXlsx,
} from './hostile-files';

const EXAMPLES = join(__dirname, '../../../examples');
const MB = 1024 * 1024;

async function refusal(bytes: Uint8Array, budget = readBudget()): Promise<WorkbookProblem> {
  try {
    await openWorkbookBytes(bytes, budget);
  } catch (e) {
    if (isWorkbookReadError(e)) return e.problem;
    throw e;
  }
  throw new Error('the workbook was not refused');
}

describe('openWorkbookBytes: the package is checked before ExcelJS parses it', () => {
  it('reads every example workbook exactly as ExcelJS alone does', async () => {
    for (const name of [
      'phung-hiep-2023-xa.xlsx',
      'kien-giang-sxd-609-cchc.xlsx',
      'dong-thap-skhdt-cds-2021-2025.xlsx',
    ]) {
      const bytes = readFileSync(join(EXAMPLES, name));
      const plain = new ExcelJS.Workbook();
      await plain.xlsx.load(bytes as unknown as ArrayBuffer);
      expect(readWorkbook(await openWorkbookBytes(new Uint8Array(bytes)))).toEqual(readWorkbook(plain));
    }
  });

  it('refuses a sheet over the cell budget, naming the sheet and the count', async () => {
    expect(await refusal(manyRowsXlsx(3_000), readBudget({ maxSheetCells: 2_500 }))).toEqual({
      code: 'sheet-too-many-cells',
      params: { sheet: 'Dữ liệu', cells: 3_000, limit: 2_500 },
    });
    expect((await refusal(manyRowsXlsx(3_000), readBudget({ maxSheetRows: 1_000 }))).code).toBe(
      'sheet-too-many-rows',
    );
    expect(await refusal(manyRowsXlsx(3_000), readBudget({ maxWorkbookCells: 2_000 }))).toMatchObject({
      code: 'workbook-too-many-cells',
      params: { cells: 3_000 },
    });
  });

  it('refuses a sheet whose declared size is over the part budget, before inflating it', async () => {
    expect(await refusal(zipBombXlsx(3), readBudget({ maxPartBytes: 2 * MB }))).toMatchObject({
      code: 'part-too-large',
      params: { sheet: 'Bom', limit: 2 * MB },
    });
    expect((await refusal(zipBombXlsx(3), readBudget({ maxExpandedBytes: 2 * MB }))).code).toBe(
      'expanded-too-large',
    );
  });

  it('stops inflating a part that declares less than it holds', async () => {
    const lying = withDeclaredSizes(zipBombXlsx(3), 1_000, (name) => name.includes('worksheets'));
    expect(await refusal(lying, readBudget({ maxPartBytes: 1 * MB }))).toEqual({
      code: 'part-too-large',
      params: { sheet: 'Bom', bytes: 1 * MB, atLeast: 1, limit: 1 * MB },
    });
    // Within the budget, a size that does not match what the part holds is a damaged file.
    expect((await refusal(lying)).code).toBe('damaged');
  });

  it('refuses merged areas, data validations and defined names the library would expand cell by cell', async () => {
    expect(await refusal(hugeMergeXlsx())).toMatchObject({
      code: 'ranges-too-large',
      params: { sheet: 'Gộp', kind: 'merge', range: 'A1:XFD1048576', area: 16_384 * 1_048_576 },
    });
    expect(await refusal(wholeColumnValidationsXlsx(3))).toMatchObject({
      code: 'ranges-too-large',
      params: { sheet: 'Xác thực', kind: 'validation', range: 'C2:C1048576', cells: 3 * 1_048_575 },
    });
    expect(await refusal(definedNameBombXlsx())).toMatchObject({
      code: 'ranges-too-large',
      params: { kind: 'name', name: 'TatCa' },
    });
    // One whole-column validation is well within the budget.
    await expect(openWorkbookBytes(wholeColumnValidationsXlsx(1))).resolves.toBeInstanceOf(ExcelJS.Workbook);
  });

  it('says "damaged" for a cut-off or corrupted package, and what the file is for a foreign one', async () => {
    const example = new Uint8Array(readFileSync(join(EXAMPLES, 'phung-hiep-2023-xa.xlsx')));
    expect((await refusal(truncated(example))).code).toBe('damaged');
    expect((await refusal(corruptedXlsx())).code).toBe('damaged');
    expect((await refusal(xlsFile())).code).toBe('xls');
  });
});

describe('readSheet: sparse, the dense grid over the table only', () => {
  it('reads the table and lists a far stray cell as an outlier instead of a grid over the whole range', async () => {
    const wb = await openWorkbookBytes(
      streamedXlsx('Bảng', [
        '<row r="1"><c r="A1" t="inlineStr"><is><t>STT</t></is></c><c r="B1" t="inlineStr"><is><t>Tên đơn vị</t></is></c></row>',
        '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>Xã A</t></is></c></row>',
        '<row r="300"><c r="AZ300"><v>7</v></c></row>',
      ]),
    );
    const sheet = readSheet(wb.worksheets[0], false, readBudget({ maxDenseCells: 10_000 }));
    expect(sheet.origin).toEqual({ row: 0, col: 0 });
    expect(sheet.values).toEqual([
      ['STT', 'Tên đơn vị'],
      [1, 'Xã A'],
    ]);
    expect(sheet.outliers).toEqual([{ row: 299, col: 51 }]);
  });

  it('reads a formula whose cached result is 0 or FALSE as that result, not as a blank', async () => {
    const wb = await openWorkbookBytes(
      streamedXlsx('Bảng', [
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Xã A</t></is></c><c r="B1"><v>0</v></c><c r="C1"><f>B1*2</f><v>0</v></c><c r="D1" t="b"><f>B1=1</f><v>0</v></c><c r="E1"><f>B1+4</f><v>4</v></c></row>',
      ]),
    );
    const sheet = readSheet(wb.worksheets[0]);
    expect(sheet.values).toEqual([['Xã A', 0, 0, false, 4]]);
  });

  it('refuses a table wider than the column budget, naming the sheet and its width', async () => {
    const wb = await openWorkbookBytes(wideXlsx(1_200));
    let problem: WorkbookProblem | undefined;
    try {
      readSheet(wb.worksheets[0]);
    } catch (e) {
      if (isWorkbookReadError(e)) problem = e.problem;
    }
    expect(problem).toEqual({
      code: 'table-too-wide',
      params: { sheet: 'Rộng', columns: 1_200, range: 'A1:ATD4', limit: 1_000 },
    });
  });
});
