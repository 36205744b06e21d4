import { SheetChangedError, type RangeRef, type WritePlan, type WriteExpectation } from '@thidua/core/sheet';
import {
  applyWritePlan,
  InputOverlapError,
  PartialWriteError,
  readSelection,
  readSheet,
} from '../src/adapters/office';
import { readSettings } from '../src/adapters/office-settings';
import { MAX_REQUEST_BYTES, meterRequests, REQUEST_ENVELOPE_BYTES } from '../src/adapters/payload';
import { fakeExcel, type Grid, type RecordedWrite } from './fake-excel';

const INPUT: Grid = [
  ['STT', 'Đơn vị', 'TC1', 'TC2'],
  [1, 'Xã Tân Long', 0.95, 'Có'],
  [2, 'Thị trấn Cây Dương', 0.8, 'Không'],
];
/** The input table as placed by fakeExcel at B3 (row 2, col 1). */
const INPUT_RANGE: RangeRef = { sheet: 'Data', top: 2, left: 1, bottom: 4, right: 4 };

function emptyPlan(): WritePlan {
  return {
    sheets: [],
    clear: [],
    blocks: [],
    appends: [],
    conditionalFormats: [],
    columnWidths: [],
    settings: {},
  };
}

function overlapsInput(w: RecordedWrite): boolean {
  return (
    w.sheet === INPUT_RANGE.sheet &&
    w.rows > 0 &&
    w.row <= INPUT_RANGE.bottom &&
    w.row + w.rows - 1 >= INPUT_RANGE.top &&
    w.col <= INPUT_RANGE.right &&
    w.col + w.cols - 1 >= INPUT_RANGE.left
  );
}

function rowsPlan(rows: number, columns = 8): WritePlan {
  const values = Array.from({ length: rows }, (_, i) => [
    `don-vi-${i}`,
    `Đơn vị số ${i}`,
    ...Array.from({ length: columns - 2 }, (_, c) => i * 0.01 + c),
  ]);
  return {
    ...emptyPlan(),
    blocks: [
      {
        sheet: 'Data',
        at: { row: 5, col: 6 },
        values,
        columnKinds: ['text', 'text', ...Array(columns - 2).fill('points')],
        columnFormats: [null, null, ...Array(columns - 2).fill('0.00')],
      },
    ],
  };
}

describe('readSheet', () => {
  it('reads values, number formats, formulas and origin of the used range in one sync', async () => {
    const excel = fakeExcel({
      sheets: {
        Data: {
          values: INPUT,
          origin: [2, 1],
          formats: INPUT.map((r, i) => r.map((_, c) => (i > 0 && c === 2 ? '0.0%' : 'General'))),
          formulas: INPUT.map((r, i) =>
            r.map((v, c) => (i === 2 && c === 0 ? '=A4+1' : v === null ? '' : v)),
          ),
        },
      },
    });
    const sync = jest.spyOn(excel.context, 'sync');
    const sheet = await readSheet(excel.context);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(sheet.name).toBe('Data');
    expect(sheet.origin).toEqual({ row: 2, col: 1 });
    expect(sheet.values).toEqual(INPUT);
    expect(sheet.numberFormats?.[1][2]).toBe('0.0%');
    expect(sheet.formulas?.[2][0]).toBe('=A4+1');
    expect(sheet.formulas?.[1][1]).toBeNull();
  });

  it('reads hidden rows (absolute) with one more sync, as the file reader does; none hidden costs no sync', async () => {
    const excel = fakeExcel({ sheets: { Data: { values: INPUT, origin: [2, 1], hiddenRows: [3, 40] } } });
    const sync = jest.spyOn(excel.context, 'sync');
    const sheet = await readSheet(excel.context);
    // row 41 is below the table, where a block of results may go: read too (ROWS_READ_BELOW)
    expect(sheet.hiddenRows).toEqual([3, 40]);
    expect(sync).toHaveBeenCalledTimes(2);
    const plain = fakeExcel({ sheets: { Data: { values: INPUT, origin: [2, 1], hiddenRows: [5_000] } } });
    const plainSync = jest.spyOn(plain.context, 'sync');
    expect((await readSheet(plain.context)).hiddenRows).toBeUndefined();
    expect(plainSync).toHaveBeenCalledTimes(1);
    const all = fakeExcel({ sheets: { Data: { values: INPUT, origin: [2, 1], hiddenRows: [2, 3, 4] } } });
    expect((await readSheet(all.context)).hiddenRows).toEqual([2, 3, 4]);
    const selection = await readSelection(
      fakeExcel({ sheets: { Data: { values: INPUT, origin: [2, 1], hiddenRows: [4] } } }).context,
    );
    expect(selection.hiddenRows).toEqual([4]);
  });

  it('reads hidden columns (absolute) in the same extra sync as hidden rows; none hidden costs no sync', async () => {
    const width = INPUT[0].length;
    const excel = fakeExcel({
      sheets: { Data: { values: INPUT, origin: [2, 1], hiddenRows: [3], hiddenColumns: [2, 30] } },
    });
    const sync = jest.spyOn(excel.context, 'sync');
    const sheet = await readSheet(excel.context);
    expect(sheet.hiddenColumns).toEqual([2]);
    expect(sheet.hiddenRows).toEqual([3]);
    expect(sync).toHaveBeenCalledTimes(2);
    const outside = fakeExcel({
      sheets: { Data: { values: INPUT, origin: [2, 1], hiddenColumns: [0, 30] } },
    });
    const outsideSync = jest.spyOn(outside.context, 'sync');
    expect((await readSheet(outside.context)).hiddenColumns).toBeUndefined();
    expect(outsideSync).toHaveBeenCalledTimes(1);
    const every = Array.from({ length: width }, (_, i) => 1 + i);
    const all = fakeExcel({ sheets: { Data: { values: INPUT, origin: [2, 1], hiddenColumns: every } } });
    const allSync = jest.spyOn(all.context, 'sync');
    expect((await readSheet(all.context)).hiddenColumns).toEqual(every);
    expect(allSync).toHaveBeenCalledTimes(1);
  });

  it('reads the rows as they are when the host has no visible view (never fails the read)', async () => {
    const excel = fakeExcel({
      sheets: { Data: { values: INPUT, origin: [2, 1], hiddenRows: [3], noVisibleView: true } },
    });
    const sheet = await readSheet(excel.context);
    expect(sheet.values).toEqual(INPUT);
    expect(sheet.hiddenRows).toBeUndefined();
  });

  it('reads the selection with its sheet name and position in one sync', async () => {
    const excel = fakeExcel({
      sheets: { Other: { values: [['x']] }, Data: { values: INPUT, origin: [2, 1] } },
      active: 'Data',
    });
    const sync = jest.spyOn(excel.context, 'sync');
    const selection = await readSelection(excel.context);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(selection).toMatchObject({ name: 'Data', origin: { row: 2, col: 1 }, values: INPUT });
  });

  it('explains a sheet too large for one read instead of crashing', async () => {
    const excel = fakeExcel({ sheets: { Big: { values: [['x']], tooLarge: true } } });
    await expect(readSheet(excel.context, 'Big')).rejects.toThrow(/quá lớn/);
  });

  it('turns empty cells into null and an empty sheet into an empty model', async () => {
    const excel = fakeExcel({ sheets: { Data: { values: [['a', null, 'b']] }, Blank: { values: [] } } });
    expect((await readSheet(excel.context, 'Data')).values).toEqual([['a', null, 'b']]);
    expect((await readSheet(excel.context, 'Blank')).values).toEqual([]);
  });
});

describe('applyWritePlan', () => {
  it('writes blocks where the plan says, text-safe, without touching the input range', async () => {
    const excel = fakeExcel({
      sheets: { Data: { values: INPUT, origin: [2, 1] }, 'Kết quả': { values: [['old']] } },
    });
    const plan: WritePlan = {
      sheets: [{ name: 'Kết quả', mode: 'createOrReplace' }],
      clear: [{ sheet: 'Data', top: 2, left: 5, bottom: 4, right: 6 }],
      blocks: [
        {
          sheet: 'Data',
          at: { row: 2, col: 5 },
          values: [
            ['Tổng điểm', 'Ghi chú'],
            [95.5, '=HYPERLINK("x")'],
            [80, '+84 912'],
          ],
          columnKinds: ['points', 'text'],
          columnFormats: ['0.00', null],
          headerRows: 1,
        },
        {
          sheet: 'Kết quả',
          at: { row: 0, col: 0 },
          values: [
            ['Hạng', 'Lý do'],
            [1, '-5 điểm'],
          ],
        },
      ],
      appends: [],
      conditionalFormats: [
        { sheet: 'Data', range: { top: 3, left: 5, bottom: 4, right: 5 }, kind: 'dataBar' },
        {
          sheet: 'Data',
          range: { top: 3, left: 6, bottom: 4, right: 6 },
          kind: 'highlightText',
          text: 'Không',
          color: '#FFC7CE',
        },
      ],
      columnWidths: [{ sheet: 'Data', col: 5, width: 12 }],
      settings: { 'thidua.plan': 'phung-hiep-2023-xa' },
    };
    const sync = jest.spyOn(excel.context, 'sync');
    const report = await applyWritePlan(excel.context, plan, {
      inputRanges: [INPUT_RANGE],
      supports: () => true,
    });

    expect(sync).toHaveBeenCalledTimes(report.syncs);
    expect(report.syncs).toBe(2);
    expect(excel.writes.filter(overlapsInput)).toEqual([]);
    const values = excel.writes.filter((w) => w.what === 'values');
    expect(values.map((w) => [w.sheet, w.row, w.col, w.rows, w.cols])).toEqual([
      ['Data', 2, 5, 3, 2],
      ['Kết quả', 0, 0, 2, 2],
    ]);
    // Text column: '@' before the values, strings kept as they are; other columns get a quote prefix.
    const dataWrites = excel.writes.filter(
      (w) => w.sheet === 'Data' && (w.what === 'values' || w.what === 'numberFormat'),
    );
    expect(dataWrites.map((w) => [w.what, w.col, w.rows, w.cols, w.data])).toEqual([
      ['numberFormat', 5, 3, 1, [['0.00']]],
      ['numberFormat', 6, 3, 1, [['@']]],
      ['values', 5, 3, 2, dataWrites[2].data],
    ]);
    expect((values[0].data as unknown[][])[1]).toEqual([95.5, '=HYPERLINK("x")']);
    expect((values[1].data as unknown[][])[1]).toEqual([1, "'-5 điểm"]);
    // The old results sheet is replaced, not merged into.
    const sheetOps = excel.writes
      .filter((w) => w.what === 'delete' || w.what === 'add')
      .map((w) => `${w.what} ${w.sheet}`);
    expect(sheetOps).toEqual(['delete Kết quả', 'add Kết quả']);
    expect(excel.writes.filter((w) => w.what === 'clear')).toHaveLength(1);
    const cfs = excel.writes
      .filter((w) => w.what === 'conditionalFormat')
      .map((w) => (w.data as { type: string }).type);
    expect(cfs).toEqual(['DataBar', 'ContainsText']);
    expect(excel.writes.find((w) => w.what === 'setting')?.data).toEqual([
      'thidua.plan',
      'phung-hiep-2023-xa',
    ]);
    expect(excel.suspendCalls()).toBe(report.requests);
  });

  it('refuses a plan that overlaps the input range before writing anything', async () => {
    const excel = fakeExcel({ sheets: { Data: { values: INPUT, origin: [2, 1] } } });
    const plan = { ...emptyPlan(), blocks: [{ sheet: 'Data', at: { row: 4, col: 4 }, values: [[1, 2]] }] };
    const sync = jest.spyOn(excel.context, 'sync');
    await expect(applyWritePlan(excel.context, plan, { inputRanges: [INPUT_RANGE] })).rejects.toThrow(
      InputOverlapError,
    );
    await expect(applyWritePlan(excel.context, plan, { inputRanges: [INPUT_RANGE] })).rejects.toThrow(
      /Data!B3:E5/,
    );
    const replace = { ...emptyPlan(), sheets: [{ name: 'Data', mode: 'createOrReplace' as const }] };
    await expect(applyWritePlan(excel.context, replace, { inputRanges: [INPUT_RANGE] })).rejects.toThrow(
      InputOverlapError,
    );
    expect(sync).not.toHaveBeenCalled();
    expect(excel.writes).toEqual([]);
  });

  it('writes 10,000 rows in at most 3 syncs', async () => {
    const excel = fakeExcel({ sheets: { Data: { values: INPUT, origin: [2, 1] } } });
    const sync = jest.spyOn(excel.context, 'sync');
    const report = await applyWritePlan(excel.context, rowsPlan(10_000), { supports: () => true });
    expect(sync.mock.calls.length).toBeLessThanOrEqual(3);
    expect(report.syncs).toBe(sync.mock.calls.length);
    const written = excel.writes.filter((w) => w.what === 'values').reduce((n, w) => n + w.rows, 0);
    expect(written).toBe(10_000);
    expect(report.cellsWritten).toBe(80_000);
  });

  it('splits 100,000 rows into requests under 4 MB, contiguous and complete', async () => {
    const excel = fakeExcel({ sheets: { Data: { values: INPUT, origin: [2, 1] } } });
    const meter = meterRequests(excel.context);
    const report = await applyWritePlan(meter.context, rowsPlan(100_000), { supports: () => true });
    expect(report.requests).toBeGreaterThan(1);
    expect(report.maxPayloadBytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    // Measured on what was actually queued between two syncs, not taken from the adapter's own plan.
    const measured = meter.requests.slice(0, report.syncs).map((b) => b + REQUEST_ENVELOPE_BYTES);
    for (const bytes of measured) expect(bytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    expect(measured.slice(1)).toEqual(report.requestBytes);
    const chunks = excel.writes.filter((w) => w.what === 'values');
    let next = 5;
    for (const c of chunks) {
      expect(c.row).toBe(next);
      next += c.rows;
    }
    expect(next).toBe(5 + 100_000);
    expect(new Set(chunks.map((c) => c.request)).size).toBe(chunks.length);
    expect(excel.suspendCalls()).toBe(report.requests);
  });

  it('halves a request Excel still refuses for its size, until every row is written', async () => {
    const limit = 300_000;
    const excel = fakeExcel({ sheets: { Data: { values: INPUT, origin: [2, 1] } }, serverLimitBytes: limit });
    const report = await applyWritePlan(excel.context, rowsPlan(5_000), { supports: () => true });
    const chunks = excel.writes.filter((w) => w.what === 'values').sort((a, b) => a.row - b.row);
    let next = 5;
    for (const c of chunks) {
      expect(c.row).toBe(next);
      next += c.rows;
    }
    expect(next).toBe(5 + 5_000);
    for (const bytes of excel.requestBytes) expect(bytes).toBeLessThanOrEqual(limit);
    expect(report.syncs).toBeGreaterThan(report.requests);
    expect(report.cellsWritten).toBe(40_000);
  });

  it.each(['debugInfo', 'innerError'] as const)(
    'halves a request refused for its size when the code comes only in %s, under a localised message',
    async (payloadRefusal) => {
      const limit = 200_000;
      const excel = fakeExcel({
        sheets: { Data: { values: INPUT, origin: [2, 1] } },
        serverLimitBytes: limit,
        payloadRefusal,
      });
      const report = await applyWritePlan(excel.context, rowsPlan(5_000), { supports: () => true });
      for (const bytes of excel.requestBytes) expect(bytes).toBeLessThanOrEqual(limit);
      expect(report.syncs).toBeGreaterThan(report.requests);
      expect(report.cellsWritten).toBe(40_000);
    },
  );

  it('gives up with the error when a single row is still too large', async () => {
    const excel = fakeExcel({ sheets: { Data: { values: INPUT } }, serverLimitBytes: 10 });
    await expect(applyWritePlan(excel.context, rowsPlan(1), { supports: () => true })).rejects.toMatchObject({
      code: 'RequestPayloadSizeLimitExceeded',
    });
  });

  it('does not suspend calculation where ExcelApi 1.6 is missing', async () => {
    const excel = fakeExcel({ sheets: { Data: { values: INPUT } } });
    await applyWritePlan(excel.context, rowsPlan(3), { supports: () => false });
    expect(excel.suspendCalls()).toBe(0);
  });

  it('appends log rows below the existing used range', async () => {
    const excel = fakeExcel({
      sheets: { Data: { values: INPUT }, 'Nhật ký': { values: [['Lần chạy'], ['1']] } },
    });
    const plan = { ...emptyPlan(), appends: [{ sheet: 'Nhật ký', values: [['2']] }] };
    const report = await applyWritePlan(excel.context, plan, { supports: () => true });
    expect(report.syncs).toBe(3);
    expect(excel.writes.find((w) => w.what === 'values')).toMatchObject({ sheet: 'Nhật ký', row: 2, col: 0 });
  });

  it('keeps a large setting in a custom XML part and reads it back', async () => {
    const excel = fakeExcel({ sheets: { Data: { values: INPUT } } });
    const big = JSON.stringify({ title: 'Kế hoạch <thi đua> & khen thưởng', pad: 'x'.repeat(40_000) });
    await applyWritePlan(excel.context, {
      ...emptyPlan(),
      settings: { 'thidua.planDocument': big, 'thidua.x': '1' },
    });
    await applyWritePlan(excel.context, { ...emptyPlan(), settings: { 'thidua.planDocument': big } });
    const stored = excel.writes.filter((w) => w.what === 'setting').map((w) => w.data as string[]);
    expect(stored[0][1]).toMatch(/^xml:urn:thidua:setting:/);
    expect(await readSettings(excel.context, 'thidua.')).toEqual({
      'thidua.planDocument': big,
      'thidua.x': '1',
    });
  });

  it('re-reads the header and the unit names in its first request: 10,000 rows still in at most 3 syncs', async () => {
    const names = Array.from({ length: 10_000 }, (_, i) => [`Xã ${i}`]);
    const excel = fakeExcel({ sheets: { Data: { values: [['Tên đơn vị'], ...names] } } });
    const expect_: WriteExpectation[] = [
      {
        kind: 'values',
        what: 'header',
        sheet: 'Data',
        range: { top: 0, left: 0, bottom: 0, right: 0 },
        values: [['Tên đơn vị']],
      },
      {
        kind: 'values',
        what: 'names',
        sheet: 'Data',
        range: { top: 1, left: 0, bottom: 10_000, right: 0 },
        values: names,
      },
      { kind: 'empty', sheet: 'Data', range: { top: 5, left: 6, bottom: 10_004, right: 13 } },
    ];
    const sync = jest.spyOn(excel.context, 'sync');
    const report = await applyWritePlan(
      excel.context,
      { ...rowsPlan(10_000), expect: expect_ },
      { supports: () => true },
    );
    expect(sync.mock.calls.length).toBeLessThanOrEqual(3);
    expect(report.cellsWritten).toBe(80_000);
    expect(excel.value('Data', 5, 7)).toBe('Đơn vị số 0');
  });

  it('stops before writing anything when a co-author moved the rows since the read', async () => {
    const excel = fakeExcel({ sheets: { Data: { values: INPUT, origin: [2, 1] } } });
    const names: WriteExpectation = {
      kind: 'values',
      what: 'names',
      sheet: 'Data',
      range: { top: 3, left: 2, bottom: 4, right: 2 },
      values: [['Xã Tân Long'], ['Thị trấn Cây Dương']],
    };
    excel.edit.insertRows('Data', 3);
    const sync = jest.spyOn(excel.context, 'sync');
    const plan = { ...rowsPlan(3), expect: [names] };
    const failure = applyWritePlan(excel.context, plan, { supports: () => true });
    await expect(failure).rejects.toThrow(SheetChangedError);
    await expect(failure).rejects.toThrow(/cột tên đơn vị, ô C4: trước là "Xã Tân Long", nay là trống/);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(excel.writes).toEqual([]);
    const typed = fakeExcel({ sheets: { Data: { values: INPUT, origin: [2, 1] } } });
    typed.edit.set('Data', 6, 8, 'ghi chú');
    const target: WriteExpectation = {
      kind: 'empty',
      sheet: 'Data',
      range: { top: 5, left: 6, bottom: 7, right: 13 },
    };
    const err = await applyWritePlan(typed.context, { ...rowsPlan(3), expect: [target] }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(SheetChangedError);
    expect((err as SheetChangedError).messageEn).toMatch(
      /cell I7, where the results go, now holds "ghi chú"/,
    );
    expect(typed.writes).toEqual([]);
    const renamed = fakeExcel({ sheets: { Khác: { values: INPUT } } });
    await expect(applyWritePlan(renamed.context, { ...emptyPlan(), expect: [names] })).rejects.toThrow(
      /trang không còn trong sổ/,
    );
  });

  it('a write that fails halfway is cleared again: no half-written block is left, and it says so', async () => {
    const excel = fakeExcel({
      sheets: { Data: { values: INPUT, origin: [2, 1] } },
      failRequest: (request) => (request === 2 ? { applied: 3 } : undefined),
    });
    const plan = { ...rowsPlan(2_000), sheets: [{ name: 'Kết quả', mode: 'createOrReplace' as const }] };
    const err = await applyWritePlan(excel.context, plan, {
      supports: () => true,
      maxRequestBytes: 60_000,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PartialWriteError);
    expect((err as PartialWriteError).rolledBack).toBe(true);
    expect((err as Error).message).toMatch(/đã được xoá lại/);
    expect((err as PartialWriteError).messageEn).toMatch(/was cleared again/);
    const grid = excel.grid('Data');
    expect(grid.slice(5).every((row) => row.slice(6).every((v) => v === null))).toBe(true);
    expect(excel.sheetNames()).toEqual(['Data']);
  });

  it('says exactly which ranges may hold half the results when even clearing them fails', async () => {
    const excel = fakeExcel({
      sheets: { Data: { values: INPUT, origin: [2, 1] } },
      failRequest: (request) => (request >= 2 ? { applied: 0 } : undefined),
    });
    const err = (await applyWritePlan(excel.context, rowsPlan(2_000), {
      supports: () => true,
      maxRequestBytes: 60_000,
    }).catch((e: unknown) => e)) as PartialWriteError;
    expect(err).toBeInstanceOf(PartialWriteError);
    expect(err.rolledBack).toBe(false);
    const first = excel.writes.find((w) => w.what === 'values' && w.request === 1);
    expect(first).toBeDefined();
    expect(err.written[0]).toEqual({
      sheet: 'Data',
      top: first!.row,
      left: first!.col,
      bottom: first!.row + first!.rows - 1,
      right: first!.col + first!.cols - 1,
    });
    expect(err.message).toContain(`Data!G6:N${first!.row + first!.rows}`);
    expect(err.message).toMatch(/có thể chứa kết quả dở dang/);
  });
});
