/**
 * Every request the Office.js adapter sends stays within the budget, measured on what was actually queued between
 * two syncs (every call and property set made on the office-addin-mock context, its arguments as JSON in UTF-8),
 * and equals what the adapter planned. The cells written are exactly the plan's, none over the official's data.
 */
import type { CellValue, RangeRef, WriteBlock, ExtendedWritePlan } from '@thidua/core/sheet';
import { applyWritePlan } from '../src/adapters/office';
import { readSettings, saveSettings } from '../src/adapters/office-settings';
import { OperationTooLargeError } from '../src/adapters/operations';
import { MAX_REQUEST_BYTES, meterRequests, REQUEST_ENVELOPE_BYTES } from '../src/adapters/payload';
import { largeSettingNamespace, settingParts } from '../src/adapters/settings-xml';
import { fakeExcel, type Grid, type RecordedWrite } from './fake-excel';

const ROWS = 20_000;
const INPUT_SHEET = 'Bảng điểm';
const INPUT: RangeRef = { sheet: INPUT_SHEET, top: 0, left: 0, bottom: ROWS, right: 2 };

/** Long Vietnamese text (2–3 bytes a letter), with what JSON escapes: quotes, backslashes, new lines. */
function remark(i: number): string {
  return (
    `Đơn vị số ${i} hoàn thành xuất sắc nhiệm vụ "thi đua yêu nước"; tỷ lệ hồ sơ trễ hạn \\ 0,5%.\n` +
    'Đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh vì thành tích tiêu biểu trong phong trào. '
  ).repeat(2);
}

function officialSheet(): Grid {
  return [
    ['STT', 'Tên đơn vị', 'Điểm tự chấm'],
    ...Array.from({ length: ROWS }, (_, i) => [i + 1, `Xã Tân Phước ${i + 1}`, 80 + (i % 20)]),
  ];
}

function plan(): ExtendedWritePlan {
  const beside: WriteBlock = {
    sheet: INPUT_SHEET,
    at: { row: 0, col: 4 },
    values: [
      ['Tổng điểm', 'Nhận xét', 'Tiền thưởng', 'Ghi chú'],
      ...Array.from({ length: ROWS }, (_, i): CellValue[] => [
        90 + (i % 10) / 10,
        remark(i),
        1_500_000 + i,
        i % 7 === 0 ? '=HYPERLINK("x")' : null,
      ]),
    ],
    columnKinds: ['points', 'text', 'money', 'number'],
    columnFormats: ['0.00', null, '#,##0', null],
    headerRows: 1,
  };
  const results: WriteBlock = {
    sheet: 'Kết quả',
    at: { row: 3, col: 0 },
    values: [
      ['Hạng', 'Đơn vị', 'Lý do'],
      ...Array.from({ length: ROWS }, (_, i): CellValue[] => [i + 1, `Xã Tân Phước ${i + 1}`, remark(i)]),
    ],
    columnKinds: ['number', 'text', 'text'],
    headerRows: 1,
    style: { font: 'Times New Roman', size: 11, wrap: true, valign: 'top', border: true },
    rowStyles: [1, 2, 9_999, 15_000].map((row) => ({ row, style: { bold: true, italic: true } })),
  };
  const lastResult = JSON.stringify(
    Array.from({ length: 6_000 }, (_, i) => ({ id: `xa-${i}`, lyDo: remark(i), hang: i + 1 })),
  );
  return {
    sheets: [{ name: 'Kết quả', mode: 'createOrReplace' }],
    clear: [],
    blocks: [
      {
        sheet: 'Kết quả',
        at: { row: 0, col: 0 },
        values: [['Kết quả chấm điểm phong trào thi đua năm 2024']],
        style: { bold: true, size: 14, align: 'center' },
      },
      beside,
      results,
    ],
    appends: [],
    conditionalFormats: [
      { sheet: INPUT_SHEET, range: { top: 1, left: 4, bottom: ROWS, right: 4 }, kind: 'dataBar' },
      {
        sheet: 'Kết quả',
        range: { top: 4, left: 2, bottom: ROWS + 3, right: 2 },
        kind: 'highlightText',
        text: 'Không đủ điều kiện',
        color: '#FFC7CE',
      },
    ],
    columnWidths: [4, 5, 6, 7].map((col) => ({ sheet: INPUT_SHEET, col, width: 18 })),
    settings: { 'thidua.plan': 'phung-hiep-2023-xa', 'thidua.lastResult': lastResult },
    merges: [{ sheet: 'Kết quả', top: 0, left: 0, bottom: 0, right: 2 }],
    rowHeights: [{ sheet: 'Kết quả', row: 0, height: 36 }],
    pageSetup: [
      {
        sheet: 'Kết quả',
        orientation: 'landscape',
        paperSize: 'A4',
        fitToWidth: 1,
        printTitleRows: { first: 3, last: 3 },
        margins: { top: 20, bottom: 20, left: 25, right: 15, header: 8, footer: 8 },
        footer: 'Trang &P/&N',
      },
    ],
    freeze: [{ sheet: 'Kết quả', at: { row: 4, col: 0 } }],
    validations: [
      {
        sheet: INPUT_SHEET,
        range: { top: 1, left: 7, bottom: ROWS, right: 7 },
        type: 'list',
        list: ['Có', 'Không'],
        prompt: 'Chọn Có hoặc Không',
      },
    ],
  };
}

/** The bytes of the cell data in each request, by Node's own UTF-8 encoder: independent of the adapter's measure. */
function cellDataBytes(writes: RecordedWrite[]): number[] {
  const bytes: number[] = [];
  for (const w of writes)
    if (w.what === 'values' || w.what === 'numberFormat')
      bytes[w.request] = (bytes[w.request] ?? 0) + Buffer.byteLength(JSON.stringify([w.data]));
  return bytes.map((b) => b ?? 0);
}

function overlaps(w: RecordedWrite, r: RangeRef): boolean {
  return (
    w.sheet === r.sheet &&
    w.rows > 0 &&
    w.row <= r.bottom &&
    w.row + w.rows - 1 >= r.top &&
    w.col <= r.right &&
    w.col + w.cols - 1 >= r.left
  );
}

/** What a cell holds after the write: a quote prefix is not part of the value; an empty cell is null. */
function stored(v: CellValue): CellValue {
  return v === '' ? null : v;
}

describe('Office.js write-back: every request within the budget', () => {
  it(`${ROWS.toLocaleString('en')} rows of long Vietnamese text with formats, styles, layout and a large setting`, async () => {
    const official = officialSheet();
    const excel = fakeExcel({ sheets: { [INPUT_SHEET]: { values: official } } });
    const sync = jest.spyOn(excel.context, 'sync');
    const meter = meterRequests(excel.context);
    const written = plan();
    const report = await applyWritePlan(meter.context, written, {
      inputRanges: [INPUT],
      supports: () => true,
    });

    // Every request, the probe included, measured on what was queued: within the budget, and as planned.
    expect(sync).toHaveBeenCalledTimes(report.syncs);
    const measured = meter.requests.slice(0, report.syncs).map((b) => b + REQUEST_ENVELOPE_BYTES);
    for (const bytes of measured) expect(bytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    expect(measured.slice(1)).toEqual(report.requestBytes);
    expect(report.maxPayloadBytes).toBe(Math.max(...measured.slice(1)));
    expect(meter.requests[report.syncs]).toBe(0);
    // The cell data alone, by another encoder, never above what was measured.
    cellDataBytes(excel.writes).forEach((bytes, i) => expect(bytes).toBeLessThan(measured[i]));
    // Few requests: the writes fill them (at most one more than the bytes need).
    const total = report.requestBytes.reduce((n, b) => n + b, 0);
    expect(total).toBeGreaterThan(2 * MAX_REQUEST_BYTES);
    expect(report.requests).toBeLessThanOrEqual(Math.ceil(total / MAX_REQUEST_BYTES) + 1);
    expect(report.syncs).toBe(report.requests + 1);

    // The cells written are the plan's: the official's columns untouched, nothing else written.
    expect(excel.writes.filter((w) => overlaps(w, INPUT))).toEqual([]);
    const grid = excel.grid(INPUT_SHEET);
    grid.forEach((row, r) => expect(row.slice(0, 3)).toEqual(official[r].map(stored)));
    for (const block of written.blocks) {
      const sheet = excel.grid(block.sheet);
      block.values.forEach((line, i) =>
        line.forEach((v, j) => {
          if (sheet[block.at.row + i]?.[block.at.col + j] !== stored(v))
            throw new Error(`${block.sheet} R${block.at.row + i}C${block.at.col + j}: ${String(v)}`);
        }),
      );
    }
    const cells = excel.writes.filter((w) => w.what === 'values').reduce((n, w) => n + w.rows * w.cols, 0);
    const planned = written.blocks.reduce((n, b) => n + b.values.length * b.values[0].length, 0);
    expect(cells).toBe(planned);
    expect(report.cellsWritten).toBe(planned);
    expect(grid[0]).toHaveLength(8);
    expect(excel.grid('Kết quả')[0]).toHaveLength(3);

    // The large setting went in numbered parts and reads back whole.
    expect(await readSettings(excel.context, 'thidua.')).toEqual(written.settings);
  });

  it('writes a row too wide for one request in column slices, each request within the budget', async () => {
    const budget = 200_000;
    const wide = Array.from({ length: 3 }, (_, r) =>
      Array.from({ length: 12 }, (_, c) => `${r}:${c} ${'Nghị quyết về khen thưởng. '.repeat(800)}`),
    );
    const excel = fakeExcel({ sheets: { Data: { values: [['x']] } } });
    const meter = meterRequests(excel.context);
    const report = await applyWritePlan(
      meter.context,
      {
        sheets: [],
        clear: [],
        blocks: [{ sheet: 'Data', at: { row: 2, col: 1 }, values: wide, headerRows: 1 }],
        appends: [],
        conditionalFormats: [],
        columnWidths: [],
        settings: {},
      },
      { maxRequestBytes: budget, supports: () => true },
    );
    const measured = meter.requests.slice(0, report.syncs).map((b) => b + REQUEST_ENVELOPE_BYTES);
    for (const bytes of measured) expect(bytes).toBeLessThanOrEqual(budget);
    expect(measured.slice(1)).toEqual(report.requestBytes);
    const writes = excel.writes.filter((w) => w.what === 'values');
    expect(writes.every((w) => w.cols < 12)).toBe(true);
    const grid = excel.grid('Data');
    wide.forEach((line, r) => expect(grid[2 + r].slice(1)).toEqual(line));
    expect(report.cellsWritten).toBe(36);
  });

  it('refuses, before writing anything, a write no request can carry', async () => {
    const excel = fakeExcel({ sheets: { Data: { values: [['x']] } } });
    const block = { sheet: 'Data', at: { row: 1, col: 0 }, values: [['Đ'.repeat(4_000)]] };
    const failure = applyWritePlan(
      excel.context,
      {
        sheets: [],
        clear: [],
        blocks: [block],
        appends: [],
        conditionalFormats: [],
        columnWidths: [],
        settings: {},
      },
      { maxRequestBytes: 5_000 },
    );
    await expect(failure).rejects.toThrow(OperationTooLargeError);
    await expect(failure).rejects.toThrow(/Data!A2\).*chưa ghi gì/);
    expect(excel.writes).toEqual([]);
  });
});

describe('Office.js settings larger than a request', () => {
  const big = JSON.stringify({ lyDo: Array.from({ length: 3_000 }, (_, i) => remark(i)) });

  it('saves a value in numbered parts, each request within the budget, replacing the old parts, and reads it back', async () => {
    const budget = 300_000;
    const excel = fakeExcel({ sheets: { Data: { values: [['x']] } } });
    const meter = meterRequests(excel.context);
    await saveSettings(meter.context, { 'thidua.lastResult': big, 'thidua.x': '1' }, budget);
    await saveSettings(meter.context, { 'thidua.lastResult': `${big} ` }, budget);
    const used = meter.requests.filter((b) => b > 0).map((b) => b + REQUEST_ENVELOPE_BYTES);
    expect(used.length).toBeGreaterThan(6);
    for (const bytes of used) expect(bytes).toBeLessThanOrEqual(budget);
    // The parts fill the requests: as many as the bytes need, not slivers; the old ones are gone.
    const parts = excel.context.workbook.customXmlParts.getByNamespace(
      largeSettingNamespace('thidua.lastResult'),
    );
    parts.load('items/id');
    await excel.context.sync();
    expect(parts.items.length).toBeLessThanOrEqual(Math.ceil(Buffer.byteLength(big) / (budget / 2)));
    expect(await readSettings(excel.context, 'thidua.')).toEqual({
      'thidua.lastResult': `${big} `,
      'thidua.x': '1',
    });
  });

  it('leaves out a value whose parts are incomplete (a write cut short) instead of failing the read', async () => {
    const namespaceUri = largeSettingNamespace('thidua.lastResult');
    const parts = settingParts('thidua.lastResult', big, 200_000);
    expect(parts.length).toBeGreaterThan(3);
    const book = (xml: string[]) =>
      fakeExcel({
        sheets: { Data: { values: [['x']] } },
        settings: { 'thidua.lastResult': `xml:${namespaceUri}`, 'thidua.x': '1' },
        xmlParts: xml.map((x, i) => ({ id: `p${i}`, namespaceUri, xml: x })),
      });
    expect(await readSettings(book([...parts].reverse()).context, 'thidua.')).toEqual({
      'thidua.lastResult': big,
      'thidua.x': '1',
    });
    expect(await readSettings(book(parts.slice(1)).context, 'thidua.')).toEqual({ 'thidua.x': '1' });
    expect(await readSettings(book([]).context, 'thidua.')).toEqual({ 'thidua.x': '1' });
  });
});
