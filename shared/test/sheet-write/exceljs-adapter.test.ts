import ExcelJS from 'exceljs';
import {
  applyWritePlan,
  readSettings,
  readWorkbook,
  workbookFromModel,
  writeSettings,
} from '../../adapters/exceljs';
import type { WorkbookModel } from '../../src/sheet/model';
import { emptyWritePlan } from '../../src/sheet/writing';

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buffer = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buffer);
  return back;
}

describe('readWorkbook', () => {
  it('reads values as a user sees them: formula results, errors as text, dates as serials, rich text', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Dữ liệu');
    ws.getCell('B2').value = 'Tên';
    ws.getCell('C2').value = { formula: '120+120', result: 240 };
    ws.getCell('D2').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    ws.getCell('E2').value = { formula: 'NA()', result: { error: '#N/A' } } as ExcelJS.CellFormulaValue;
    ws.getCell('F2').value = new Date(Date.UTC(2024, 0, 5));
    ws.getCell('G2').value = { richText: [{ text: 'Có' }, { text: ' (x)' }] };
    ws.getCell('C3').value = 0.805;
    ws.getCell('C3').numFmt = '0.0%';
    ws.mergeCells('B4:C5');
    ws.getCell('B4').value = 'gộp';
    ws.getRow(3).hidden = true;
    ws.getColumn(4).hidden = true;
    const model = readWorkbook(await roundTrip(wb));
    const [sheet] = model.sheets;
    expect(sheet.origin).toEqual({ row: 1, col: 1 });
    expect(sheet.values[0]).toEqual(['Tên', 240, '#N/A', '#N/A', 45296, 'Có (x)']);
    expect(sheet.formulas?.[0][1]).toBe('=120+120');
    expect(sheet.numberFormats?.[1][1]).toBe('0.0%');
    expect(sheet.values[1][1]).toBe(0.805);
    expect(sheet.values[2]).toEqual(['gộp', null, null, null, null, null]);
    expect(sheet.values[3][1]).toBeNull();
    expect(sheet.merges).toEqual([{ top: 3, left: 1, bottom: 4, right: 2 }]);
    expect(sheet.hiddenRows).toEqual([2]);
    expect(sheet.hiddenColumns).toEqual([3]);
  });

  it('keeps the settings sheet out of the sheets and reads it as settings', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('A').getCell('A1').value = 1;
    writeSettings(wb, { 'thidua.plan': 'x'.repeat(70_000), 'thidua.output': '[]' });
    const back = await roundTrip(wb);
    expect(back.getWorksheet('_thidua')?.state).toBe('veryHidden');
    const model = readWorkbook(back);
    expect(model.sheets.map((s) => s.name)).toEqual(['A']);
    expect(model.settings?.['thidua.plan']).toHaveLength(70_000);
    writeSettings(back, { 'thidua.output': '[1]' });
    expect(readSettings(back)).toMatchObject({ 'thidua.output': '[1]' });
    expect(readSettings(back)['thidua.plan']).toHaveLength(70_000);
  });
});

describe('applyWritePlan', () => {
  function base(): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Bảng');
    ws.getCell('A1').value = 'Tên';
    ws.getCell('A2').value = 'Xã A';
    ws.getCell('B2').value = 5;
    return wb;
  }

  it('writes text as text (never a formula) with "@", money as "#,##0", headers styled', async () => {
    const wb = base();
    const plan = emptyWritePlan();
    plan.blocks.push({
      sheet: 'Bảng',
      at: { row: 0, col: 3 },
      values: [
        ['Đơn vị', 'Tiền thưởng (đồng)'],
        ['=HYPERLINK("http://x","a")', 10_000_000],
        ['+1+2', null],
        ['@SUM(A1)', 0],
        ['-1', 5],
      ],
      columnKinds: ['text', 'money'],
      headerRows: 1,
    });
    applyWritePlan(wb, plan);
    const ws = (await roundTrip(wb)).getWorksheet('Bảng') as ExcelJS.Worksheet;
    for (const [address, text] of [
      ['D2', '=HYPERLINK("http://x","a")'],
      ['D3', '+1+2'],
      ['D4', '@SUM(A1)'],
      ['D5', '-1'],
    ]) {
      const cell = ws.getCell(address);
      expect(cell.value).toBe(text);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(cell.numFmt).toBe('@');
    }
    expect(ws.getCell('E2').value).toBe(10_000_000);
    expect(ws.getCell('E2').numFmt).toBe('#,##0');
    expect(ws.getCell('D1').font?.bold).toBe(true);
    expect(ws.getCell('A2').value).toBe('Xã A');
    expect(ws.getCell('B2').value).toBe(5);
  });

  it('clears exactly the listed range, appends below the last used row, sets widths and settings', async () => {
    const wb = base();
    const ws = wb.getWorksheet('Bảng') as ExcelJS.Worksheet;
    ws.getCell('D1').value = 'cũ';
    ws.getCell('D2').value = 1;
    ws.getCell('D2').numFmt = '#,##0';
    ws.getCell('F2').value = 'giữ';
    const plan = emptyWritePlan();
    plan.clear.push({ sheet: 'Bảng', top: 0, left: 3, bottom: 1, right: 4 });
    plan.sheets.push({ name: 'Nhật ký', mode: 'createIfMissing' });
    plan.appends.push({ sheet: 'Nhật ký', values: [['lần 1', 24_000_000]] });
    plan.columnWidths.push({ sheet: 'Bảng', col: 3, width: 30 });
    plan.settings['thidua.output'] = '[]';
    applyWritePlan(wb, plan);
    applyWritePlan(wb, { ...emptyWritePlan(), appends: [{ sheet: 'Nhật ký', values: [['lần 2', 1]] }] });
    const back = await roundTrip(wb);
    const sheet = back.getWorksheet('Bảng') as ExcelJS.Worksheet;
    expect(sheet.getCell('D1').value).toBeNull();
    expect(sheet.getCell('D2').value).toBeNull();
    expect(sheet.getCell('D2').numFmt).toBeUndefined();
    expect(sheet.getCell('F2').value).toBe('giữ');
    expect(sheet.getColumn(4).width).toBe(30);
    const log = back.getWorksheet('Nhật ký') as ExcelJS.Worksheet;
    expect([log.getCell('A1').value, log.getCell('B1').value, log.getCell('A2').value]).toEqual([
      'lần 1',
      24_000_000,
      'lần 2',
    ]);
    expect(log.getCell('B1').numFmt).toBe('#,##0');
    expect(readSettings(back)).toEqual({ 'thidua.output': '[]' });
  });

  it('replaces a generated sheet on createOrReplace, keeps it on createIfMissing', () => {
    const wb = base();
    wb.addWorksheet('Kết quả').getCell('A1').value = 'cũ';
    wb.addWorksheet('Nhật ký').getCell('A1').value = 'giữ';
    const plan = emptyWritePlan();
    plan.sheets.push(
      { name: 'Kết quả', mode: 'createOrReplace' },
      { name: 'Nhật ký', mode: 'createIfMissing' },
    );
    applyWritePlan(wb, plan);
    expect(wb.getWorksheet('Kết quả')?.getCell('A1').value).toBeNull();
    expect(wb.getWorksheet('Nhật ký')?.getCell('A1').value).toBe('giữ');
  });

  it('writes data bars with their Excel 2010 extension, data validation and frozen panes', async () => {
    const wb = base();
    const plan = emptyWritePlan();
    plan.conditionalFormats.push({
      sheet: 'Bảng',
      range: { top: 1, left: 1, bottom: 3, right: 1 },
      kind: 'dataBar',
    });
    plan.validations = [
      {
        sheet: 'Bảng',
        range: { top: 1, left: 2, bottom: 3, right: 2 },
        type: 'list',
        list: ['Có', 'Không'],
        error: 'Chọn Có hoặc Không',
      },
      { sheet: 'Bảng', range: { top: 1, left: 3, bottom: 3, right: 3 }, type: 'whole', min: 0 },
    ];
    plan.freeze = [{ sheet: 'Bảng', at: { row: 1, col: 1 } }];
    applyWritePlan(wb, plan);
    const back = await roundTrip(wb);
    const ws = back.getWorksheet('Bảng') as ExcelJS.Worksheet & {
      conditionalFormattings: { ref: string; rules: (ExcelJS.DataBarRuleType & { x14Id?: string })[] }[];
    };
    const rule = ws.conditionalFormattings[0].rules[0];
    expect(ws.conditionalFormattings[0].ref).toBe('B2:B4');
    expect(rule.type).toBe('dataBar');
    expect(rule.x14Id).toMatch(/^\{[0-9A-F-]{36}\}$/);
    expect(ws.getCell('C3').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Có,Không"'],
      error: 'Chọn Có hoặc Không',
    });
    expect(ws.getCell('D2').dataValidation).toMatchObject({
      type: 'whole',
      operator: 'greaterThanOrEqual',
      formulae: [0],
    });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
  });
});

describe('workbookFromModel', () => {
  it('round-trips values, formulas, errors, formats, merges, hidden rows and columns and settings', async () => {
    const model: WorkbookModel = {
      sheets: [
        {
          name: 'S',
          origin: { row: 1, col: 0 },
          values: [
            ['Tên đơn vị', 'TC1', 'Tổng'],
            ['Xã A', 0.805, 240],
            ['Xã B', '#N/A', null],
          ],
          numberFormats: [
            ['General', 'General', 'General'],
            ['General', '0.0%', 'General'],
            ['General', 'General', 'General'],
          ],
          formulas: [
            [null, null, null],
            [null, null, '=120+120'],
            [null, null, null],
          ],
          hiddenRows: [3],
          hiddenColumns: [1],
          merges: [{ top: 5, left: 0, bottom: 5, right: 2 }],
        },
      ],
      settings: { 'thidua.output': '[]' },
    };
    const back = readWorkbook(await roundTrip(workbookFromModel(model)));
    const [s] = back.sheets;
    expect(s.values.slice(0, 3)).toEqual(model.sheets[0].values);
    expect(s.formulas?.[1][2]).toBe('=120+120');
    expect(s.numberFormats?.[1][1]).toBe('0.0%');
    expect(s.hiddenRows).toEqual([3]);
    expect(s.hiddenColumns).toEqual([1]);
    expect(s.merges).toEqual(model.sheets[0].merges);
    expect(back.settings).toEqual({ 'thidua.output': '[]' });
  });
});
