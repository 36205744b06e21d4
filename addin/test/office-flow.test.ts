/**
 * The Excel-mode flow end to end against the office-addin-mock context: the pane's workflow over officeHost()
 * reads the example sheet, scores in the page (API unreachable), and applies the real buildWritePlan output.
 */
import { fileHost } from '../src/adapters/file';
import { officeHost } from '../src/adapters/office-host';
import { EXAMPLE_SHEET, exampleWorkbook } from '../e2e/example-workbook';
import { detect, inputRange, loadBuiltIn, runScoring, storedConfiguration } from '../src/workflow';
import { fakeExcel, type Grid } from './fake-excel';
import { OFFLINE_API, installExcel, removeExcel } from './offline';

async function exampleGrid(): Promise<Grid> {
  const sheet = await fileHost(exampleWorkbook(), 'x.xlsx').readSheet(EXAMPLE_SHEET);
  expect(sheet.origin).toEqual({ row: 0, col: 0 });
  return sheet.values;
}

afterEach(() => {
  removeExcel();
});

it('scores the example in Excel mode: output beside the table, input untouched, plan kept in the workbook', async () => {
  const excel = fakeExcel({ sheets: { [EXAMPLE_SHEET]: { values: await exampleGrid() } } });
  installExcel(excel.context);
  const host = officeHost();
  const loaded = loadBuiltIn('phung-hiep-2023-xa');
  if (!loaded.ok) throw new Error('plan');
  const detection = await detect(host, loaded.loaded.plan);
  if (!detection) throw new Error('no table');
  const input = inputRange(detection.mapping);
  const run = await runScoring(host, {
    loaded: loaded.loaded,
    mapping: detection.mapping,
    block: 'xa',
    lang: 'vi',
    api: OFFLINE_API,
    // the example's tc24 column matches nothing: the official confirms scoring without it
    allowPartial: true,
  });

  expect(run.source).toBe('local');
  expect(run.write.syncs).toBeLessThanOrEqual(3);
  const onInput = excel.writes.filter(
    (w) =>
      w.sheet === EXAMPLE_SHEET &&
      w.rows > 0 &&
      w.row <= input.bottom &&
      w.row + w.rows - 1 >= input.top &&
      w.col <= input.right &&
      w.col + w.cols - 1 >= input.left,
  );
  expect(onInput).toEqual([]);
  const beside = excel.writes.find((w) => w.sheet === EXAMPLE_SHEET && w.what === 'values');
  expect(beside).toMatchObject({ col: input.right + 2, row: input.top });
  expect(excel.sheetNames()).toEqual(expect.arrayContaining(['Kết quả', 'Đề nghị khen thưởng']));
  // The run log: header on row 1, one row per run below it, never over it.
  const logRows = () =>
    excel.writes.filter((w) => w.sheet === 'Nhật ký chấm điểm' && w.what === 'values').map((w) => w.row);
  expect(logRows()).toEqual([0, 1]);
  await runScoring(host, {
    loaded: loaded.loaded,
    mapping: detection.mapping,
    block: 'xa',
    lang: 'vi',
    api: OFFLINE_API,
    allowPartial: true,
  });
  expect(logRows()).toEqual([0, 1, 0, 2]);

  // The plan and the output ranges are kept in the workbook for co-authors and the next run.
  const stored = await storedConfiguration(host);
  expect(stored.plan?.plan.id).toBe('phung-hiep-2023-xa');
  expect(stored.settings['thidua.output']).toContain(EXAMPLE_SHEET);
});

it('skips a unit row the official hid in Excel, as the file reader does, and does not score it', async () => {
  const grid = await exampleGrid();
  const hiddenRow = grid.findIndex((row) => row.some((v) => typeof v === 'string' && /^Xã /.test(v)));
  const hiddenName = grid[hiddenRow].find((v) => typeof v === 'string' && /^Xã /.test(v));
  const excel = fakeExcel({ sheets: { [EXAMPLE_SHEET]: { values: grid, hiddenRows: [hiddenRow] } } });
  installExcel(excel.context);
  const loaded = loadBuiltIn('phung-hiep-2023-xa');
  if (!loaded.ok) throw new Error('plan');
  const detection = await detect(officeHost(), loaded.loaded.plan);
  if (!detection) throw new Error('no table');
  expect(detection.layout.skipped).toContainEqual({ index: hiddenRow, reason: expect.stringMatching(/ẩn/) });
  const run = await runScoring(officeHost(), {
    loaded: loaded.loaded,
    mapping: detection.mapping,
    block: 'xa',
    lang: 'vi',
    api: OFFLINE_API,
    // the example's tc24 column matches nothing: the official confirms scoring without it
    allowPartial: true,
  });
  const names = run.response.results.map((r) => r.name);
  expect(names.length).toBeGreaterThan(5);
  expect(names).not.toContain(hiddenName);
});
