import ExcelJS from 'exceljs';
import { applyWritePlan, readWorkbook } from '../../adapters/exceljs';
import { buildWritePlan, PRINT_FONT } from '../../src/sheet/writing';
import { cellsFor, MAPPING, officialSheet, smallPlan, smallResponse } from './fixtures';

const NOW = new Date(Date.UTC(2024, 0, 5, 7, 0, 0));
/** Millimetres as ExcelJS keeps margins (inches, 3 decimals): 15 mm → 0.591, 20 mm → 0.787. */
const inches = (mm: Record<string, number>) =>
  Object.fromEntries(Object.entries(mm).map(([k, v]) => [k, Math.round((v / 25.4) * 1000) / 1000]));

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  return back;
}

function scoredPlan() {
  const plan = smallPlan();
  return buildWritePlan({
    sheet: officialSheet(),
    mapping: MAPPING,
    cells: cellsFor(),
    response: smallResponse(plan),
    plan,
    now: NOW,
    sheetNames: ['Bảng điểm'],
  });
}

function officialWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Bảng điểm');
  officialSheet().values.forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v)));
  return wb;
}

describe('the ExcelJS adapter lays out the printed sheets', () => {
  it('A4, orientation, one page wide, print titles, margins in inches, page numbers — kept through a save', async () => {
    const plan = scoredPlan();
    const wb = officialWorkbook();
    applyWritePlan(wb, plan);
    const back = await roundTrip(wb);
    expect(inches({ a: 15, b: 20 })).toEqual({ a: 0.591, b: 0.787 });
    expect(new Set(plan.pageSetup?.map((p) => p.orientation))).toEqual(new Set(['landscape', 'portrait']));
    for (const setup of plan.pageSetup ?? []) {
      const ws = back.getWorksheet(setup.sheet) as ExcelJS.Worksheet;
      const rows = setup.printTitleRows as { first: number; last: number };
      expect([setup.sheet, ws.pageSetup]).toMatchObject([
        setup.sheet,
        {
          paperSize: 9,
          orientation: setup.orientation,
          fitToPage: true,
          fitToWidth: 1,
          fitToHeight: 0,
          horizontalCentered: true,
          printTitlesRow: `${rows.first + 1}:${rows.last + 1}`,
          margins: inches(setup.margins),
        },
      ]);
      expect(ws.headerFooter.oddFooter).toBe('&CTrang &P/&N');
    }
    // The official's sheet and the log print as they did.
    expect(back.getWorksheet('Bảng điểm')?.pageSetup.fitToPage).toBeFalsy();
    expect(back.getWorksheet('Nhật ký chấm điểm')?.pageSetup.printTitlesRow).toBeUndefined();
  });

  it('merged, wrapped title lines in Times New Roman, bold where asked, rows as tall as planned', async () => {
    const plan = scoredPlan();
    const wb = officialWorkbook();
    applyWritePlan(wb, plan);
    const back = await roundTrip(wb);
    const ws = back.getWorksheet('Kết quả') as ExcelJS.Worksheet;
    const title = plan.blocks.find(
      (b) => b.sheet === 'Kết quả' && b.values[0][0] === 'KẾT QUẢ CHẤM ĐIỂM THI ĐUA',
    );
    const row = (title?.at.row ?? 0) + 1;
    const cell = ws.getCell(row, 1);
    expect(cell.isMerged).toBe(true);
    expect(ws.getCell(row, 8).master.address).toBe(cell.address);
    expect(cell.font).toMatchObject({ name: PRINT_FONT, size: 14, bold: true });
    expect(cell.alignment).toMatchObject({ horizontal: 'center', wrapText: true });
    for (const h of plan.rowHeights?.filter((x) => x.sheet === 'Kết quả') ?? [])
      expect([h.row, ws.getRow(h.row + 1).height]).toEqual([h.row, h.height]);
    // Table cells: thin borders, the header bold in the same font.
    const header = plan.blocks.find((b) => b.sheet === 'Kết quả' && b.values[0][0] === 'Xếp hạng');
    const head = ws.getCell((header?.at.row ?? 0) + 1, 2);
    expect(head.font).toMatchObject({ name: PRINT_FONT, bold: true });
    expect(head.border?.top?.style).toBe('thin');
    // Read back, merged cells hold their text once (the stamps of our sheets compare what was written).
    const model = readWorkbook(back).sheets.find((s) => s.name === 'Kết quả');
    const line = model?.values[row - 1 - (model?.origin.row ?? 0)] ?? [];
    expect(line.filter((v) => v !== null)).toEqual(['KẾT QUẢ CHẤM ĐIỂM THI ĐUA']);
  });

  it('never merges, sizes or sets up printing on a sheet the plan does not create', () => {
    const plan = scoredPlan();
    plan.merges = [...(plan.merges ?? []), { sheet: 'Bảng điểm', top: 20, left: 0, bottom: 20, right: 3 }];
    plan.rowHeights = [...(plan.rowHeights ?? []), { sheet: 'Bảng điểm', row: 4, height: 80 }];
    const [first] = plan.pageSetup ?? [];
    plan.pageSetup = [...(plan.pageSetup ?? []), { ...first, sheet: 'Bảng điểm' }];
    const wb = officialWorkbook();
    applyWritePlan(wb, plan);
    const ws = wb.getWorksheet('Bảng điểm') as ExcelJS.Worksheet;
    expect(ws.getCell('A21').isMerged).toBe(false);
    expect(ws.getRow(5).height).toBeUndefined();
    expect(ws.pageSetup.fitToPage).toBeFalsy();
  });
});
