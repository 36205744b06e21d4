import ExcelJS from 'exceljs';
import { hiddenUnitLines } from '@thidua/core/sheet';
import { fileHost } from '../src/adapters/file';
import type { WorkbookHost } from '../src/adapters/host';
import { EXAMPLE_SHEET, exampleWorkbook, UNCLEAR_CRITERION } from '../e2e/example-workbook';
import {
  check,
  coverageOf,
  createTemplate,
  detect,
  inputRange,
  loadBuiltIn,
  loadPlanJson,
  problemCell,
  readPlanSheet,
  runScoring,
  saveConfiguration,
  ScoringRefusedError,
  setColumnTarget,
  storedConfiguration,
  writePlanSheet,
  type LoadedPlan,
} from '../src/workflow';

const unreachable: typeof fetch = async () => {
  throw new TypeError('fetch failed');
};
const api = {
  baseUrl: 'http://127.0.0.1:9/api',
  fetchImpl: unreachable,
  retries: 0,
  sleep: async () => undefined,
};

function xaPlan(): LoadedPlan {
  const result = loadBuiltIn('phung-hiep-2023-xa');
  if (!result.ok) throw new Error('built-in plan missing');
  return result.loaded;
}

function snapshot(ws: ExcelJS.Worksheet, rows: [number, number], cols: [number, number]): unknown[][] {
  const out: unknown[][] = [];
  for (let r = rows[0]; r <= rows[1]; r++) {
    const line: unknown[] = [];
    for (let c = cols[0]; c <= cols[1]; c++) line.push(ws.getRow(r + 1).getCell(c + 1).value);
    out.push(line);
  }
  return out;
}

async function detected(host: WorkbookHost) {
  const loaded = xaPlan();
  const d = await detect(host, loaded.plan);
  if (!d) throw new Error('no table');
  return { loaded, d };
}

describe('units hidden inside the table', () => {
  it('a unit row hidden by a filter is named, with its line, in Vietnamese and English (it is not scored)', async () => {
    const wb = exampleWorkbook();
    const ws = wb.getWorksheet(EXAMPLE_SHEET)!;
    let row = 0;
    ws.eachRow((r, n) => {
      if (!row && r.getCell(2).value === 'Xã Tân Bình') row = n;
    });
    expect(row).toBeGreaterThan(0);
    const plain = await detected(fileHost(wb, 'example.xlsx'));
    const before = hiddenUnitLines(plain.d, 'vi');
    ws.getRow(row).hidden = true;
    const host = fileHost(wb, 'example.xlsx');
    const { loaded, d } = await detected(host);
    expect(hiddenUnitLines(d, 'vi')).toEqual(
      [...before, { line: `dòng ${row}`, name: 'Xã Tân Bình' }].sort((a, b) =>
        a.line.localeCompare(b.line, 'vi', { numeric: true }),
      ),
    );
    expect(hiddenUnitLines(d, 'en')).toContainEqual({ line: `row ${row}`, name: 'Xã Tân Bình' });
    // and indeed not scored
    const extraction = check(d.sheet, d.mapping, loaded.plan, 'xa');
    expect(extraction.units.map((u) => u.name)).not.toContain('Xã Tân Bình');
  });
});

describe('a protected sheet in file mode', () => {
  it('the results are written beside the table (a file does not refuse it) and the sheet is named, as the CLI says it', async () => {
    const wb = exampleWorkbook();
    await wb.getWorksheet(EXAMPLE_SHEET)!.protect('', {});
    const host = fileHost(wb, 'example.xlsx');
    const { loaded, d } = await detected(host);
    const unclear = d.mapping.columns.find((c) => c.target === null)!;
    const mapping = setColumnTarget(d.mapping, unclear.index, { kind: 'criterion', id: UNCLEAR_CRITERION });
    const run = await runScoring(host, { loaded, mapping, block: 'xa', lang: 'vi', api });
    expect(run.write.protectedSheets).toEqual([EXAMPLE_SHEET]);
    const plain = fileHost(exampleWorkbook(), 'example.xlsx');
    const again = await detected(plain);
    const plainRun = await runScoring(plain, {
      loaded: again.loaded,
      mapping: setColumnTarget(again.d.mapping, unclear.index, { kind: 'criterion', id: UNCLEAR_CRITERION }),
      block: 'xa',
      lang: 'vi',
      api,
    });
    expect(plainRun.write.protectedSheets).toBeUndefined();
  });
});

describe('task-pane workflow on an .xlsx file', () => {
  it('detects the table, lets the official map the unclear column, and checks the data', async () => {
    const host = fileHost(exampleWorkbook(), 'example.xlsx');
    const { loaded, d } = await detected(host);
    const unclear = d.mapping.columns.find((c) => c.target === null);
    expect(unclear).toBeDefined();
    const before = check(d.sheet, d.mapping, loaded.plan, 'xa');
    expect(before.problems.some((p) => p.criterionId === UNCLEAR_CRITERION)).toBe(true);

    const fixed = setColumnTarget(d.mapping, unclear!.index, { kind: 'criterion', id: UNCLEAR_CRITERION });
    expect(fixed.columns.find((c) => c.index === unclear!.index)?.confidence).toBe(1);
    const after = check(d.sheet, fixed, loaded.plan, 'xa');
    expect(
      after.problems.filter((p) => p.criterionId === UNCLEAR_CRITERION && p.code === 'unmapped-criterion'),
    ).toEqual([]);
    expect(after.units).toHaveLength(15);
  });

  it('moving a criterion to another column takes it off the first one', async () => {
    const host = fileHost(exampleWorkbook(), 'example.xlsx');
    const { d } = await detected(host);
    const first = d.mapping.columns.find((c) => c.target?.id === 'tc01')!;
    const moved = setColumnTarget(d.mapping, first.index + 1, { kind: 'criterion', id: 'tc01' });
    expect(moved.columns.filter((c) => c.target?.id === 'tc01').map((c) => c.index)).toEqual([
      first.index + 1,
    ]);
  });

  it('scores in the page when the API is unreachable, writes beside the table and leaves the input alone', async () => {
    const wb = exampleWorkbook();
    const host = fileHost(wb, 'example.xlsx');
    const { loaded, d } = await detected(host);
    const unclear = d.mapping.columns.find((c) => c.target === null)!;
    const mapping = setColumnTarget(d.mapping, unclear.index, { kind: 'criterion', id: UNCLEAR_CRITERION });
    const input = inputRange(mapping);
    const ws = wb.getWorksheet(EXAMPLE_SHEET)!;
    const original = snapshot(ws, [0, input.bottom + 2], [0, input.right]);

    const phases: string[] = [];
    const run = await runScoring(
      host,
      { loaded, mapping, block: 'xa', lang: 'vi', api, now: new Date('2024-01-15T08:00:00Z') },
      (p) => phases.push(p),
    );
    expect(phases).toEqual(['read', 'score', 'write', 'done']);
    expect(run.source).toBe('local');
    expect(run.fallbackReason).toMatch(/Không kết nối được/);
    expect(run.response.results).toHaveLength(15);
    expect(run.response.results.filter((r) => r.rank === 1)).toHaveLength(1);

    expect(snapshot(ws, [0, input.bottom + 2], [0, input.right])).toEqual(original);
    // One empty column, then the output columns (cells are 1-based in ExcelJS).
    expect(ws.getRow(input.top + 1).getCell(input.right + 2).value).toBeNull();
    expect(ws.getRow(input.top + 1).getCell(input.right + 3).value).toBeTruthy();
    const saved = await wb.xlsx.writeBuffer();
    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.load(saved as ArrayBuffer);
    const again = fileHost(reopened, 'scored.xlsx');
    expect((await again.listSheets()).length).toBeGreaterThan(1);
    const stored = await storedConfiguration(again);
    expect(stored.plan?.plan.id).toBe('phung-hiep-2023-xa');
    // Next month's run reuses the fixed mapping from the workbook.
    const redetected = await detect(again, loaded.plan, { settings: stored.settings });
    expect(redetected?.reused).toBe(true);
    expect(redetected?.mapping.columns.find((c) => c.index === unclear.index)?.target?.id).toBe(
      UNCLEAR_CRITERION,
    );
  });

  it('a second run replaces its own output instead of adding more columns', async () => {
    const wb = exampleWorkbook();
    const host = fileHost(wb, 'example.xlsx');
    const { loaded, d } = await detected(host);
    const args = {
      loaded,
      mapping: d.mapping,
      block: 'xa',
      lang: 'vi' as const,
      api,
      now: new Date('2024-01-15T08:00:00Z'),
      allowPartial: true,
    };
    await runScoring(host, args);
    const width = wb.getWorksheet(EXAMPLE_SHEET)!.actualColumnCount;
    await runScoring(host, args);
    expect(wb.getWorksheet(EXAMPLE_SHEET)!.actualColumnCount).toBe(width);
  });

  it('writes the results and proposals sheets only when asked', async () => {
    const wb = exampleWorkbook();
    const host = fileHost(wb, 'example.xlsx');
    const { loaded, d } = await detected(host);
    await runScoring(host, {
      loaded,
      mapping: d.mapping,
      block: 'xa',
      lang: 'vi',
      api,
      sheets: { results: false, proposals: true },
      allowPartial: true,
    });
    const names = await host.listSheets();
    expect(names).toContain('Đề nghị khen thưởng');
    expect(names).not.toContain('Kết quả');
  });

  it('saves the configuration and creates a scoring sheet from the plan', async () => {
    const wb = exampleWorkbook();
    const host = fileHost(wb, 'example.xlsx');
    const loaded = xaPlan();
    const created = await createTemplate(host, loaded.plan, { block: 'xa', lang: 'vi' });
    expect(await host.listSheets()).toContain(created.sheet);
    await expect(createTemplate(host, loaded.plan, { block: 'xa', lang: 'vi' })).rejects.toThrow(
      /đã có trong sổ/,
    );
    await saveConfiguration(host, loaded.plan, created.mapping);
    expect((await storedConfiguration(host)).plan?.builtInId).toBe('phung-hiep-2023-xa');
  });

  it('writes the plan to a "Tiêu chí" sheet and reads the same plan back from it', async () => {
    const host = fileHost(exampleWorkbook(), 'example.xlsx');
    const missing = await readPlanSheet(host);
    expect(missing.ok).toBe(false);
    const loaded = xaPlan();
    const name = await writePlanSheet(host, loaded.plan, 'vi');
    expect(await host.listSheets()).toContain(name);
    const read = await readPlanSheet(host);
    if (!read.ok) throw new Error(read.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    expect(read.loaded.source).toBe('sheet');
    expect(read.loaded.builtInId).toBe('phung-hiep-2023-xa');
  });

  it('refuses a partial mapping until the official confirms, writing nothing; then flags every unit', async () => {
    const wb = exampleWorkbook();
    const host = fileHost(wb, 'example.xlsx');
    const { loaded, d } = await detected(host);
    const gate = coverageOf(d, loaded.plan, 'xa');
    expect(gate.coverage.notMapped.map((i) => i.target.id)).toEqual([UNCLEAR_CRITERION]);
    const sheetsBefore = await host.listSheets();
    const width = wb.getWorksheet(EXAMPLE_SHEET)!.actualColumnCount;
    const phases: string[] = [];
    const args = { loaded, mapping: d.mapping, block: 'xa', lang: 'vi' as const, api };
    const refused = await runScoring(host, args, (p) => phases.push(p)).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ScoringRefusedError);
    expect((refused as ScoringRefusedError).code).toBe('partial-mapping');
    expect((refused as ScoringRefusedError).messageEn).toContain('criterion 24');
    expect(phases).toEqual(['read', 'score', 'done']);
    expect(await host.listSheets()).toEqual(sheetsBefore);
    expect(wb.getWorksheet(EXAMPLE_SHEET)!.actualColumnCount).toBe(width);

    const confirmed = await runScoring(host, { ...args, allowPartial: true });
    expect(confirmed.notMapped.map((i) => i.target.id)).toEqual([UNCLEAR_CRITERION]);
    for (const r of confirmed.response.results)
      expect(r.flags.find((f) => f.code === 'criteria-not-mapped')?.notMapped).toEqual([UNCLEAR_CRITERION]);
  });

  it('refuses a sheet whose headers match nothing, even when partial scoring was confirmed', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách');
    ws.addRow(['STT', 'Tên đơn vị', 'Số điện thoại', 'Người phụ trách']);
    ws.addRow([1, 'Xã Hòa An', 2903123, 'Ông Ba']);
    ws.addRow([2, 'Xã Tân Bình', 2903124, 'Bà Tư']);
    const host = fileHost(wb, 'danh-sach.xlsx');
    const loaded = xaPlan();
    const d = await detect(host, loaded.plan);
    if (!d) throw new Error('no table');
    const gate = coverageOf(d, loaded.plan);
    expect(gate).toMatchObject({ ok: false, code: 'nothing-mapped' });
    if (!gate.ok) expect(gate.problem.message).toContain('"Số điện thoại", "Người phụ trách"');
    const refused = await runScoring(host, {
      loaded,
      mapping: d.mapping,
      lang: 'vi',
      api,
      allowPartial: true,
    }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'nothing-mapped' });
    expect((refused as Error).message).toMatch(/^Không chấm điểm: /);
    expect(await host.listSheets()).toEqual(['Danh sách']);
    expect(ws.actualColumnCount).toBe(4);
  });

  it('saves the mapping under the sheet’s key only', async () => {
    const host = fileHost(exampleWorkbook(), 'example.xlsx');
    const { loaded, d } = await detected(host);
    await saveConfiguration(host, loaded.plan, d.mapping);
    const keys = Object.keys(await host.readSettings()).filter((k) => k.startsWith('thidua.mapping'));
    expect(keys).toEqual(['thidua.mapping.bang-diem']);
  });

  it('names where a problem is, and explains a broken plan file', () => {
    expect(problemCell({ path: "'Bảng điểm'!AB7", message: '' })).toEqual({
      sheet: 'Bảng điểm',
      at: { row: 6, col: 27 },
    });
    expect(problemCell({ path: 'Sheet1!D2', message: '' })).toEqual({
      sheet: 'Sheet1',
      at: { row: 1, col: 3 },
    });
    expect(problemCell({ path: 'units[0].values.tc01', message: '' })).toBeUndefined();
    const bad = loadPlanJson('{ "id": ');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems[0].message).toMatch(/JSON/);
    const invalid = loadPlanJson('{"id":"x"}');
    expect(invalid.ok).toBe(false);
  });
});
