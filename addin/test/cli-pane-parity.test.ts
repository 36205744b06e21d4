/**
 * The CLI and the pane run the same sheet workflow (shared/src/workflow): on the same changed sheet — a mapping
 * saved last month, then one unit row added below the table — both read the same 16 units with the same values.
 * (Before, the CLI refitted the saved mapping and read 16, the pane reused it as saved and read 15.)
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { run, tempDir } from '../../cli/test/helpers';
import type { ScoreResponse } from '@thidua/core';
import { mappingFromSetting, mappingSettingKey, writeLabel } from '@thidua/core/sheet';
import { EXAMPLE_SHEET, exampleWorkbook, UNCLEAR_CRITERION } from '../e2e/example-workbook';
import { fileHost } from '../src/adapters/file';
import {
  detect,
  loadBuiltIn,
  runScoring,
  saveConfiguration,
  setColumnTarget,
  storedConfiguration,
} from '../src/workflow';
import { OFFLINE_API } from './offline';

const XA = 'phung-hiep-2023-xa';
function plan() {
  const loaded = loadBuiltIn(XA);
  if (!loaded.ok) throw new Error('plan');
  return loaded.loaded;
}

async function reopen(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** Units as scored: id, total and the value of every criterion, in a stable order. */
function readOf(response: ScoreResponse) {
  return response.results
    .map((r) => ({ id: r.unitId, total: r.total, values: r.criteria?.map((c) => c.value) }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

it('the CLI and the pane read the same units from a sheet that grew after its mapping was saved', async () => {
  // Last month: the official fixed the one unclear column in the pane and saved the mapping with the workbook.
  const loaded = plan();
  const first = fileHost(exampleWorkbook(), 'bang-diem.xlsx');
  const found = await detect(first, loaded.plan);
  const unclear = found?.mapping.columns.find((c) => c.target === null);
  if (!found || !unclear) throw new Error('example changed');
  const fixed = setColumnTarget(found.mapping, unclear.index, { kind: 'criterion', id: UNCLEAR_CRITERION });
  await saveConfiguration(first, loaded.plan, fixed);
  const saved = (await first.save?.()) as Uint8Array;

  // This month: one more commune typed on the empty row below the table (row 20), above the signature.
  const book = await reopen(saved);
  const ws = book.getWorksheet(EXAMPLE_SHEET) as ExcelJS.Worksheet;
  ws.getRow(19).eachCell((cell, col) => (ws.getRow(20).getCell(col).value = cell.value));
  ws.getCell('A20').value = 16;
  ws.getCell('B20').value = 'Xã Mới Thành';
  const path = join(tempDir(), 'bang-diem-thang-12.xlsx');
  await book.xlsx.writeFile(path);
  const changed = new Uint8Array(await book.xlsx.writeBuffer());

  // The saved mapping still says 15 rows (dataEnd: Excel row 19).
  const stored = await storedConfiguration(fileHost(await reopen(changed), 'x.xlsx'));
  const kept = mappingFromSetting(stored.settings[mappingSettingKey(EXAMPLE_SHEET)]);
  if (!kept.ok) throw new Error('mapping not saved');
  expect(kept.mapping.dataEnd).toBe(18);

  // The CLI path.
  const cli = await run(['score', '--plan', XA, path, '--json', '-o', join(tempDir(), 'out.json')]);
  expect(cli.err).toContain('dòng 5–20, 16 đơn vị');
  expect(cli.code).toBe(0);
  const byCli = readOf(JSON.parse(cli.out) as ScoreResponse);

  // The pane path: open the same file, detect (the saved mapping is reused, refitted), score in the page.
  const host = fileHost(await reopen(changed), 'bang-diem-thang-12.xlsx');
  const { settings } = await storedConfiguration(host);
  const detection = await detect(host, loaded.plan, { settings });
  expect(detection?.reused).toBe(true);
  if (!detection) throw new Error('no table');
  const paneRun = await runScoring(host, {
    loaded,
    mapping: detection.mapping,
    block: 'xa',
    lang: 'vi',
    api: OFFLINE_API,
  });
  const byPane = readOf(paneRun.response);

  expect(byPane).toHaveLength(16);
  expect(byPane.map((u) => u.id)).toContain('xa-moi-thanh');
  expect(byPane).toEqual(byCli);
  // The mapping was complete: neither asked for a confirmation, neither flagged anything as not read.
  expect(paneRun.notMapped).toEqual([]);
});

it('the pane, like the CLI, scores the blocks kept on separate sheets together', async () => {
  const file = join(__dirname, '..', '..', 'examples', 'corpus', 'sxd-cds-02-tap-the-ca-nhan-hai-sheet.xlsx');
  const planId = 'kien-giang-sxd-cds-2022-2025';
  const cli = await run(['score', '--plan', planId, file, '--json', '-o', join(tempDir(), 'out.json')]);
  expect(cli.code).toBe(0);
  const byCli = readOf(JSON.parse(cli.out) as ScoreResponse);

  const loaded = loadBuiltIn(planId);
  if (!loaded.ok) throw new Error('plan');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const host = fileHost(book, 'tap-the-ca-nhan.xlsx');
  const { settings } = await storedConfiguration(host);
  const detection = await detect(host, loaded.loaded.plan, { sheetName: 'Tập thể', settings });
  if (!detection) throw new Error('no table');
  const paneRun = await runScoring(host, {
    loaded: loaded.loaded,
    mapping: detection.mapping,
    lang: 'vi',
    api: OFFLINE_API,
  });
  expect(paneRun.sheetsRead).toEqual(['Tập thể', 'Cá nhân']);
  expect(new Set(paneRun.response.results.map((r) => r.block)).size).toBe(2);
  expect(readOf(paneRun.response)).toEqual(byCli);
  // the results are beside the table of each sheet read, as the CLI writes them
  const headed = (name: string) => {
    const found: string[] = [];
    book.getWorksheet(name)?.eachRow((row) =>
      row.eachCell((c) => {
        if (c.value === writeLabel('eligible', 'vi')) found.push(c.address);
      }),
    );
    return found;
  };
  expect(headed('Tập thể')).toHaveLength(1);
  expect(headed('Cá nhân')).toHaveLength(1);

  // a block chosen for the sheet: that sheet alone, as before
  const one = await runScoring(host, {
    loaded: loaded.loaded,
    mapping: detection.mapping,
    block: loaded.loaded.plan.blocks[0].id,
    lang: 'vi',
    api: OFFLINE_API,
  });
  expect(one.sheetsRead).toEqual(['Tập thể']);
});
