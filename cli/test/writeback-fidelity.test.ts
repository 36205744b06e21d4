/**
 * What `thidua score` does to an official's own workbook when it writes the results: everything of theirs that
 * ExcelJS can keep is kept cell by cell and part by part, what it cannot keep is named on stderr, unit names that
 * look like formulas stay text, a re-run replaces only our block, and outputs Excel could not open are refused.
 * Workbooks built here with ExcelJS, laid out the way offices lay them out; a small plan of three criteria.
 */
import { existsSync, promises as fs } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { droppedFeatures } from '@thidua/core/adapters/exceljs';
import { parseOutputSetting } from '@thidua/core/sheet';
import { loadModel, loadWorkbook, run, tempDir } from './helpers';

const PLAN = {
  id: 'thu-nghiem-ghi',
  version: '1.0.0',
  title: 'Kế hoạch thi đua thử nghiệm ghi kết quả',
  source: { number: '12/KH-UBND', issuer: 'UBND xã Thử Nghiệm', date: '2024-01-10' },
  period: { from: '2024-01-01', to: '2024-12-31' },
  blocks: [{ id: 'xa', name: 'Khối xã', prizeFund: 10_000_000 }],
  criteria: [
    {
      id: 'tc1',
      number: '1',
      title: 'Ban hành kế hoạch chuyển đổi số của đơn vị',
      maxPoints: 10,
      scoring: { kind: 'yesNo' },
    },
    {
      id: 'tc2',
      number: '2',
      title: 'Tỷ lệ hồ sơ giải quyết trực tuyến',
      maxPoints: 10,
      scoring: { kind: 'rate', target: 80, comparison: 'atLeast', method: 'proportional' },
    },
    {
      id: 'tc3',
      number: '3',
      title: 'Số lượng tin bài tuyên truyền',
      maxPoints: 5,
      scoring: { kind: 'count', method: 'perItem', perItem: 0.5 },
    },
  ],
  ranking: { order: 'desc', tieBreakers: [] },
  awards: { tiers: [{ id: 'nhat', name: 'Giải Nhất', count: 1, minTotal: 10, prize: 5_000_000 }] },
};

const HEADERS = [
  'STT',
  'Tên đơn vị',
  '1. Ban hành kế hoạch chuyển đổi số của đơn vị',
  '2. Tỷ lệ hồ sơ giải quyết trực tuyến',
  '3. Số lượng tin bài tuyên truyền',
];
const UNITS: [string, string, number, number][] = [
  ['Xã An Bình', 'Có', 0.855, 1208],
  ['Xã Tân Phú', 'Không', 0.62, 3],
  ['Thị trấn Cái Tắc', 'Có', 0.9, 12],
];
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const TAIL = /\n\s+at |Lỗi không mong đợi|Unexpected error/;

const dir = tempDir();
const planPath = join(dir, 'ke-hoach.json');
beforeAll(() => fs.writeFile(planPath, JSON.stringify(PLAN)));
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

async function save(wb: ExcelJS.Workbook, name: string): Promise<string> {
  const path = join(dir, name);
  await fs.writeFile(path, new Uint8Array(await wb.xlsx.writeBuffer()));
  return path;
}

function score(...args: string[]) {
  return run(['score', '--plan', planPath, ...args]);
}

/** The scoring table rows 3–6 (title in row 1), as a commune office types it. */
function table(
  ws: ExcelJS.Worksheet,
  names: string[] = UNITS.map((u) => u[0]),
  opts: { shared?: boolean } = {},
): void {
  ws.getRow(3).values = HEADERS;
  names.forEach((name, i) => {
    const u = UNITS[i % UNITS.length];
    const r = 4 + i;
    ws.getCell(r, 1).value = opts.shared
      ? i === 0
        ? ({ formula: 'ROW()-3', result: 1, shareType: 'shared', ref: `A4:A${3 + names.length}` } as never)
        : ({ sharedFormula: 'A4', result: i + 1 } as never)
      : { formula: 'ROW()-3', result: i + 1 };
    ws.getCell(r, 2).value = name;
    ws.getCell(r, 3).value = u[1];
    ws.getCell(r, 4).value = u[2];
    ws.getCell(r, 4).numFmt = '0,0%';
    ws.getCell(r, 5).value = u[3];
    ws.getCell(r, 5).numFmt = '#.##0';
  });
}

/** A cover sheet with an image, the table with everything an office puts on it, hidden lists, a locked sheet. */
async function richWorkbook(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const cover = wb.addWorksheet('Bìa', { properties: { tabColor: { argb: 'FF00B050' } } });
  cover.getCell('A1').value = 'BÁO CÁO THI ĐUA NĂM 2024';
  cover.addImage(wb.addImage({ buffer: PNG as never, extension: 'png' }), 'B3:D8');
  const ws = wb.addWorksheet('Tổng hợp', {
    properties: { tabColor: { argb: 'FFFF0000' } },
    views: [{ state: 'frozen', xSplit: 2, ySplit: 3 }],
  });
  ws.mergeCells('A1:E1');
  ws.getCell('A1').value = 'BẢNG TỔNG HỢP SỐ LIỆU THI ĐUA NĂM 2024';
  ws.getCell('A1').font = { name: 'Times New Roman', size: 14, bold: true, color: { argb: 'FFC00000' } };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  table(ws);
  ws.getRow(3).height = 45;
  ws.getRow(3).eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    c.border = { bottom: { style: 'double' } };
    c.font = { bold: true };
  });
  ws.getCell('B4').note = 'Đã xác minh số liệu';
  ws.getCell('B5').value = { text: 'Xã Tân Phú', hyperlink: 'https://tanphu.example.gov.vn' };
  ws.getCell('B7').value = 'Cộng';
  ws.getCell('E7').value = { formula: 'SUM(E4:E6)', result: 1223 };
  ws.getCell('E7').numFmt = '#.##0';
  ws.getColumn(2).width = 30;
  ws.getColumn(3).width = 22;
  ws.addConditionalFormatting({
    ref: 'D4:D6',
    rules: [
      {
        type: 'cellIs',
        operator: 'lessThan',
        formulae: ['0.8'],
        priority: 1,
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } },
      },
    ],
  });
  ws.getCell('C4').dataValidation = { type: 'list', allowBlank: true, formulae: ['"Có,Không"'] };
  ws.getCell('C5').dataValidation = { type: 'list', allowBlank: true, formulae: ['DanhMucCoKhong'] };
  ws.autoFilter = 'A3:E6';
  ws.pageSetup.printArea = 'A1:E7';
  ws.pageSetup.printTitlesRow = '3:3';
  ws.pageSetup.orientation = 'landscape';
  ws.headerFooter.oddFooter = '&CTrang &P';
  const lists = wb.addWorksheet('Danh mục', { state: 'hidden' });
  lists.getCell('A1').value = 'Có';
  lists.getCell('A2').value = 'Không';
  lists.getCell('B1').value = new Date(Date.UTC(2024, 11, 31));
  lists.getCell('B2').value = true;
  lists.getCell('B3').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
  lists.getCell('B4').value = {
    richText: [{ text: 'Chú ý: ', font: { bold: true } }, { text: 'số liệu quý IV' }],
  };
  wb.addWorksheet('Cấu hình', { state: 'veryHidden' }).getCell('A1').value = 'khoá riêng của phòng';
  wb.definedNames.add("'Danh mục'!$A$1:$A$2", 'DanhMucCoKhong');
  wb.definedNames.add("'Tổng hợp'!$B$4:$B$6", 'DanhSachDonVi');
  const locked = wb.addWorksheet('Khoá');
  locked.getCell('A1').value = 'Trang đã khoá';
  await locked.protect('mk123', { selectLockedCells: true });
  return wb;
}

/** Everything ExcelJS reads of a cell that the official could have set. */
function cellState(cell: ExcelJS.Cell): unknown {
  return JSON.parse(
    JSON.stringify({
      value: cell.value,
      numFmt: cell.numFmt,
      font: cell.font,
      fill: cell.fill,
      border: cell.border,
      alignment: cell.alignment,
      note: cell.note,
      hyperlink: cell.hyperlink,
    }),
  ) as unknown;
}

function cellsOf(ws: ExcelJS.Worksheet): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => cells.set(cell.address, cellState(cell))),
  );
  return cells;
}

function sheetXml(bytes: Uint8Array, sheetName: string): string {
  const files = unzipSync(bytes);
  const workbook = strFromU8(files['xl/workbook.xml']);
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels']);
  const rid = new RegExp(`<sheet [^>]*name="${sheetName}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? '';
  return strFromU8(files[`xl/${target.replace(/^\/?xl\//, '')}`]);
}

/** Adds parts ExcelJS has no model for: a chart on the first drawing, a VBA project, or the template type. */
function inject(bytes: Uint8Array, what: { chart?: boolean; vba?: boolean; template?: boolean }): Uint8Array {
  const files = unzipSync(bytes);
  let types = strFromU8(files['[Content_Types].xml']);
  const main = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
  if (what.chart) {
    files['xl/charts/chart1.xml'] = strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:layout/></c:plotArea></c:chart></c:chartSpace>',
    );
    const drawing = 'xl/drawings/drawing1.xml';
    files[drawing] = strToU8(
      strFromU8(files[drawing]).replace(
        '</xdr:wsDr>',
        '<xdr:twoCellAnchor><xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="9" name="Biểu đồ 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rIdChart1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>',
      ),
    );
    const rels = 'xl/drawings/_rels/drawing1.xml.rels';
    files[rels] = strToU8(
      strFromU8(files[rels]).replace(
        '</Relationships>',
        '<Relationship Id="rIdChart1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>',
      ),
    );
    types = types.replace(
      '</Types>',
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>',
    );
  }
  if (what.vba) {
    files['xl/vbaProject.bin'] = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]);
    types = types
      .replace(main, 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
      .replace(
        '</Types>',
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
      );
    const rels = 'xl/_rels/workbook.xml.rels';
    files[rels] = strToU8(
      strFromU8(files[rels]).replace(
        '</Relationships>',
        '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
      ),
    );
  }
  if (what.template)
    types = types.replace(
      main,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
    );
  files['[Content_Types].xml'] = strToU8(types);
  return zipSync(files);
}

async function simple(name: string, names?: string[], opts?: { shared?: boolean }): Promise<string> {
  const wb = new ExcelJS.Workbook();
  table(wb.addWorksheet('Tổng hợp'), names, opts);
  return save(wb, name);
}

describe('the official’s workbook, part by part, after `thidua score`', () => {
  let input: string;
  let output: string;
  let before: ExcelJS.Workbook;
  let after: ExcelJS.Workbook;
  let res: Awaited<ReturnType<typeof score>>;
  let saved: Uint8Array;

  beforeAll(async () => {
    input = await save(await richWorkbook(), 'so-lieu.xlsx');
    saved = new Uint8Array(await fs.readFile(input));
    output = join(dir, 'so-lieu-ket-qua.xlsx');
    res = await score(input);
    before = await loadWorkbook(input);
    after = await loadWorkbook(output);
  });

  it('writes <input>-ket-qua.xlsx, says nothing is lost, exit 0', () => {
    expect(res.code).toBe(0);
    expect(res.out).toContain(`Đã ghi kết quả: ${output}`);
    expect(res.err).not.toMatch(/không giữ được|Lưu ý khi ghi/);
  });

  it('keeps the official’s sheets first, in order, with their visibility, tab colours and protection', () => {
    const mine = ['Bìa', 'Tổng hợp', 'Danh mục', 'Cấu hình', 'Khoá'];
    expect(after.worksheets.map((w) => w.name).slice(0, 5)).toEqual(mine);
    expect(after.worksheets.map((w) => w.name).slice(5)).toEqual([
      'Kết quả',
      'Đề nghị khen thưởng',
      'Giải trình',
      'Nhật ký chấm điểm',
      '_thidua',
    ]);
    expect(mine.map((n) => after.getWorksheet(n)?.state)).toEqual([
      'visible',
      'visible',
      'hidden',
      'veryHidden',
      'visible',
    ]);
    expect(after.getWorksheet('Bìa')?.properties.tabColor).toEqual({ argb: 'FF00B050' });
    expect(after.getWorksheet('Tổng hợp')?.properties.tabColor).toEqual({ argb: 'FFFF0000' });
    const protection = (wb: ExcelJS.Workbook) =>
      (wb.getWorksheet('Khoá') as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection(after)).toMatchObject({ sheet: true, algorithmName: 'SHA-512' });
    expect(protection(after)).toEqual(protection(before));
  });

  it('every cell of the official’s — value, formula and cached result, format, font, fill, border, note, link', () => {
    for (const name of ['Bìa', 'Tổng hợp', 'Danh mục', 'Cấu hình', 'Khoá']) {
      const was = cellsOf(before.getWorksheet(name) as ExcelJS.Worksheet);
      const now = cellsOf(after.getWorksheet(name) as ExcelJS.Worksheet);
      expect(was.size).toBeGreaterThan(0);
      for (const [address, state] of was)
        expect({ address, state: now.get(address) }).toEqual({ address, state });
    }
    const ws = after.getWorksheet('Tổng hợp') as ExcelJS.Worksheet;
    expect(ws.getCell('E7').value).toEqual({ formula: 'SUM(E4:E6)', result: 1223 });
    expect(ws.getCell('A5').value).toEqual({ formula: 'ROW()-3', result: 2 });
    expect(ws.getCell('D4').numFmt).toBe('0,0%');
    expect(ws.getCell('E4').numFmt).toBe('#.##0');
    expect(ws.getCell('B4').note).toBe('Đã xác minh số liệu');
    expect(ws.getCell('B5').hyperlink).toBe('https://tanphu.example.gov.vn');
    const lists = after.getWorksheet('Danh mục') as ExcelJS.Worksheet;
    expect((lists.getCell('B1').value as Date).toISOString()).toBe('2024-12-31T00:00:00.000Z');
    expect(lists.getCell('B2').value).toBe(true);
    expect(lists.getCell('B3').value).toEqual({ error: '#N/A' });
  });

  it('keeps merges, conditional formats, validation lists, frozen panes, autofilter, print settings, sizes', () => {
    const was = before.getWorksheet('Tổng hợp') as ExcelJS.Worksheet;
    const ws = after.getWorksheet('Tổng hợp') as ExcelJS.Worksheet;
    const merges = (w: ExcelJS.Worksheet) => (w.model as { merges: string[] }).merges;
    expect(merges(ws)).toEqual(['A1:E1']);
    const formats = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings;
    expect(formats).toHaveLength(1);
    expect(formats[0]).toMatchObject({ ref: 'D4:D6' });
    expect(formats[0].rules[0]).toMatchObject({ type: 'cellIs', formulae: ['0.8'] });
    expect(ws.getCell('C4').dataValidation).toEqual(was.getCell('C4').dataValidation);
    expect(ws.getCell('C5').dataValidation).toMatchObject({ type: 'list', formulae: ['DanhMucCoKhong'] });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 3 });
    expect(ws.autoFilter).toBe('A3:E6');
    expect(ws.pageSetup).toMatchObject({
      printArea: 'A1:E7',
      printTitlesRow: '3:3',
      orientation: 'landscape',
    });
    expect(ws.headerFooter.oddFooter).toBe('&CTrang &P');
    expect([ws.getColumn(2).width, ws.getColumn(3).width, ws.getRow(3).height]).toEqual([30, 22, 45]);
  });

  it('keeps defined names and the cover image', async () => {
    const names = (wb: ExcelJS.Workbook) =>
      (wb.definedNames.model as { name: string; ranges: string[] }[])
        .filter((n) => !n.name.startsWith('_xlnm'))
        .map((n) => [n.name, n.ranges]);
    expect(names(after)).toEqual([
      ['DanhMucCoKhong', ["'Danh mục'!$A$1:$A$2"]],
      ['DanhSachDonVi', ["'Tổng hợp'!$B$4:$B$6"]],
    ]);
    const images = (after.getWorksheet('Bìa') as ExcelJS.Worksheet).getImages();
    expect(images).toHaveLength(1);
    const png = after.getImage(Number(images[0].imageId));
    expect(Buffer.from(png.buffer as unknown as Uint8Array).equals(PNG)).toBe(true);
    expect(Object.keys(unzipSync(new Uint8Array(await fs.readFile(output))))).toContain(
      'xl/media/image1.png',
    );
  });

  it('writes the block one blank column right of the table, on the header row, nothing in between', () => {
    const ws = after.getWorksheet('Tổng hợp') as ExcelJS.Worksheet;
    expect(ws.getCell('F3').value).toBeNull();
    expect(ws.getCell('G3').value).toBe('Tổng điểm');
    expect(ws.getCell('H3').value).toBe('Xếp hạng');
    expect([ws.getCell('G4').value, ws.getCell('G5').value, ws.getCell('G6').value]).toEqual([25, 9.25, 25]);
    expect(ws.getCell('G7').value).toBeNull(); // the official's totals row is not a unit
    expect(ws.getCell('G2').value).toBeNull();
  });

  it('leaves the input file byte for byte as it was', async () => {
    expect(new Uint8Array(await fs.readFile(input))).toEqual(saved);
  });
});

describe('unit names that look like formulas stay text', () => {
  const NAMES = ['=1+1', '+84 912 345 678', '-Xã Âm', '@Xã A', '=HYPERLINK("http://x","y")'];

  it('writes no formula anywhere but the official’s, and every name reads back as typed', async () => {
    const input = await simple('cong-thuc.xlsx', NAMES);
    const out = join(dir, 'cong-thuc-out.xlsx');
    expect((await score(input, '-o', out)).code).toBe(0);
    const bytes = new Uint8Array(await fs.readFile(out));
    const files = unzipSync(bytes);
    const formulas = Object.keys(files)
      .filter((p) => p.startsWith('xl/worksheets/sheet'))
      .flatMap((p) => [...strFromU8(files[p]).matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]));
    expect(formulas).toEqual(['ROW()-3', 'ROW()-3', 'ROW()-3', 'ROW()-3', 'ROW()-3']);
    const wb = await loadWorkbook(out);
    const ws = wb.getWorksheet('Tổng hợp') as ExcelJS.Worksheet;
    expect(NAMES.map((_, i) => ws.getCell(4 + i, 2).value)).toEqual(NAMES);
    const ranked: unknown[] = [];
    for (const name of ['Kết quả', 'Giải trình'])
      (wb.getWorksheet(name) as ExcelJS.Worksheet).eachRow((row) =>
        row.eachCell((c) => {
          if (NAMES.includes(c.value as string)) ranked.push(c.value);
        }),
      );
    expect(new Set(ranked)).toEqual(new Set(NAMES));
  });
});

describe('shared formulas (Excel’s "fill down") survive the write', () => {
  it('keeps the master and its clones with their cached results', async () => {
    const input = await simple('chia-se.xlsx', undefined, { shared: true });
    const out = join(dir, 'chia-se-out.xlsx');
    expect((await score(input, '-o', out)).code).toBe(0);
    const xml = sheetXml(new Uint8Array(await fs.readFile(out)), 'Tổng hợp');
    expect(xml).toContain('<c r="A4"><f t="shared" ref="A4:A6" si="0">ROW()-3</f><v>1</v></c>');
    expect(xml).toContain('<c r="A6"><f t="shared" si="0"/><v>3</v></c>');
  });
});

describe('a re-run replaces only our block', () => {
  let first: string;
  let block: { top: number; left: number; right: number; bottom: number };

  beforeAll(async () => {
    first = join(dir, 'lan-1.xlsx');
    expect((await score(await simple('chay-lai.xlsx'), '-o', first)).code).toBe(0);
    [block] = parseOutputSetting((await loadModel(first)).settings?.['thidua.output']);
  });

  it('a clean re-run writes at the same place, nothing added to the right, the log one row longer', async () => {
    const second = join(dir, 'lan-2.xlsx');
    const res = await score(first, '-o', second);
    expect(res.code).toBe(0);
    expect(res.err).not.toContain('Lưu ý khi ghi');
    const [again] = parseOutputSetting((await loadModel(second)).settings?.['thidua.output']);
    expect(again).toMatchObject({
      top: block.top,
      left: block.left,
      right: block.right,
      bottom: block.bottom,
    });
    const ws = (await loadWorkbook(second)).getWorksheet('Tổng hợp') as ExcelJS.Worksheet;
    expect(ws.getCell(block.top + 1, block.right + 2).value).toBeNull();
    expect(ws.actualColumnCount).toBe(block.right - block.left + 1 + 5);
  });

  it.each([
    ['a note typed into an empty cell of the block', 'Giải', 'Đề nghị xem xét lại'],
    ['one of our totals changed by hand', 'Tổng điểm', 99],
  ])(
    '%s: kept where it is, the old block kept whole, the cell named, the new block to the right',
    async (_what, heading, typed) => {
      const wb = await loadWorkbook(first);
      const ws = wb.getWorksheet('Tổng hợp') as ExcelJS.Worksheet;
      let col = 0;
      ws.getRow(block.top + 1).eachCell((c, n) => {
        if (c.value === heading) col = n;
      });
      expect(col).toBeGreaterThan(0);
      ws.getCell(block.top + 3, col).value = typed;
      const edited = await save(wb, `sua-${col}.xlsx`);
      const out = join(dir, `sua-${col}-out.xlsx`);
      const res = await score(edited, '-o', out);
      expect(res.code).toBe(0);
      expect(res.err).toContain('Lưu ý khi ghi');
      expect(res.err).toContain(ws.getCell(block.top + 3, col).address);
      const now = (await loadWorkbook(out)).getWorksheet('Tổng hợp') as ExcelJS.Worksheet;
      expect(now.getCell(block.top + 3, col).value).toBe(typed);
      expect(now.getCell(block.top + 1, block.left + 1).value).toBe('Tổng điểm');
      const [moved] = parseOutputSetting((await loadModel(out)).settings?.['thidua.output']);
      expect(moved.left).toBe(block.right + 2);
      expect(now.getCell(moved.top + 1, moved.left + 1).value).toBe('Tổng điểm');
    },
  );
});

describe('an Excel table (Format as Table) holding the units', () => {
  it('keeps the table part byte for byte and its reference on the sheet', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Tổng hợp');
    ws.addTable({
      name: 'BangXa',
      ref: 'A3',
      headerRow: true,
      style: { theme: 'TableStyleMedium2', showRowStripes: true },
      columns: HEADERS.map((name) => ({ name })),
      rows: UNITS.map((u, i) => [i + 1, u[0], u[1], `${String(u[2] * 100).replace('.', ',')}%`, u[3]]),
    });
    const input = await save(wb, 'bang-excel.xlsx');
    const out = join(dir, 'bang-excel-out.xlsx');
    expect((await score(input, '-o', out)).code).toBe(0);
    const part = async (path: string) =>
      strFromU8(unzipSync(new Uint8Array(await fs.readFile(path)))['xl/tables/table1.xml']);
    expect(await part(out)).toBe(await part(input));
    expect(sheetXml(new Uint8Array(await fs.readFile(out)), 'Tổng hợp')).toContain('<tableParts count="1">');
    expect((await loadWorkbook(out)).getWorksheet('Tổng hợp')?.getCell('G3').value).toBe('Tổng điểm');
  });
});

describe('an official’s column right where the block would go', () => {
  it('goes one blank column past it; the official’s notes stay', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Tổng hợp');
    table(ws);
    ws.getCell('G3').value = 'Ghi chú của phòng';
    ws.getCell('G5').value = 'Chờ bổ sung';
    const out = join(dir, 'cot-ghi-chu-out.xlsx');
    expect((await score(await save(wb, 'cot-ghi-chu.xlsx'), '-o', out)).code).toBe(0);
    const now = (await loadWorkbook(out)).getWorksheet('Tổng hợp') as ExcelJS.Worksheet;
    expect([now.getCell('G3').value, now.getCell('G5').value, now.getCell('H3').value]).toEqual([
      'Ghi chú của phòng',
      'Chờ bổ sung',
      null,
    ]);
    expect(now.getCell('I3').value).toBe('Tổng điểm');
  });
});

describe('sheet names', () => {
  it.each([["Số liệu 'Khối xã' Phụng Hiệp 20"], ['Bảng tổng hợp điểm thi đua xã p']])(
    '"%s": the block is written on it and its print titles and settings name it',
    async (name) => {
      const wb = new ExcelJS.Workbook();
      table(wb.addWorksheet(name));
      const out = join(dir, `ten-${name.length}-${name.charCodeAt(9)}-out.xlsx`);
      const res = await score(await save(wb, `ten-${name.length}-${name.charCodeAt(9)}.xlsx`), '-o', out);
      expect(res.code).toBe(0);
      const after = await loadWorkbook(out);
      expect(after.worksheets[0].name).toBe(name);
      expect(after.worksheets[0].getCell('G3').value).toBe('Tổng điểm');
      const [record] = parseOutputSetting((await loadModel(out)).settings?.['thidua.output']);
      expect(record.sheet).toBe(name);
    },
  );
});

describe('what ExcelJS cannot keep is named, and outputs Excel could not open are refused', () => {
  let rich: Uint8Array;
  beforeAll(async () => {
    rich = new Uint8Array(await (await richWorkbook()).xlsx.writeBuffer());
  });

  it('a chart: the results are written without it and stderr says so, in Vietnamese and English', async () => {
    const input = join(dir, 'bieu-do.xlsx');
    await fs.writeFile(input, inject(rich, { chart: true }));
    const vi = await score(input, '-o', join(dir, 'bieu-do-out.xlsx'));
    expect(vi.code).toBe(0);
    expect(vi.err).toContain(`Lưu ý khi ghi: sổ "${input}" có biểu đồ — chương trình không giữ được`);
    expect(vi.err).toContain('tệp dữ liệu vẫn nguyên vẹn');
    const files = Object.keys(unzipSync(new Uint8Array(await fs.readFile(join(dir, 'bieu-do-out.xlsx')))));
    expect(files.filter((f) => f.startsWith('xl/charts/'))).toEqual([]);
    const en = await score(input, '-o', join(dir, 'bieu-do-en.xlsx'), '--lang', 'en');
    expect(en.err).toContain(`Note on writing: "${input}" has charts — the program cannot keep them`);
  });

  it('an .xlsm: scored into <name>-ket-qua.xlsx, the lost macros named, the input untouched', async () => {
    const input = join(dir, 'vi-macro.xlsm');
    const bytes = inject(rich, { vba: true });
    await fs.writeFile(input, bytes);
    const res = await score(input);
    expect(res.code).toBe(0);
    expect(res.out).toContain(`Đã ghi kết quả: ${join(dir, 'vi-macro-ket-qua.xlsx')}`);
    expect(res.err).toContain('có macro (VBA) — chương trình không giữ được');
    expect(new Uint8Array(await fs.readFile(input))).toEqual(bytes);
  });

  it.each([
    ['-o into an .xlsm', 'vao.xlsm', false],
    ['--in-place on an .xlsm', 'tai-cho.xlsm', true],
    ['--in-place on an .xltx template', 'mau.xltx', true],
  ])('%s: exit 2, one sentence, nothing written', async (_what, name, inPlace) => {
    const isTemplate = name.endsWith('.xltx');
    const source = join(dir, `nguon-${name}`);
    const bytes = inject(rich, isTemplate ? { template: true } : { vba: true });
    await fs.writeFile(source, bytes);
    const target = join(dir, name);
    const res = inPlace
      ? (await fs.writeFile(target, bytes), await score(target, '--in-place'))
      : await score(source, '-o', target);
    expect(res.code).toBe(2);
    expect(res.err).toContain(
      `có đuôi ${name.slice(name.lastIndexOf('.'))}: chương trình chỉ ghi được sổ .xlsx`,
    );
    expect(res.err).not.toMatch(TAIL);
    if (inPlace) expect(new Uint8Array(await fs.readFile(target))).toEqual(bytes);
    else expect(existsSync(target)).toBe(false);
  });

  it('an .xltx without --in-place is scored into an .xlsx', async () => {
    const input = join(dir, 'mau-bao-cao.xltx');
    await fs.writeFile(input, inject(rich, { template: true }));
    const res = await score(input);
    expect(res.code).toBe(0);
    expect(existsSync(join(dir, 'mau-bao-cao-ket-qua.xlsx'))).toBe(true);
  });
});

describe('droppedFeatures: what a workbook holds that ExcelJS does not write back', () => {
  async function withParts(parts: string[], workbookXml?: (xml: string) => string): Promise<Uint8Array> {
    const files = unzipSync(new Uint8Array(await (await richWorkbook()).xlsx.writeBuffer()));
    for (const p of parts) files[p] = strToU8('<x/>');
    if (workbookXml) files['xl/workbook.xml'] = strToU8(workbookXml(strFromU8(files['xl/workbook.xml'])));
    return zipSync(files);
  }

  it('nothing for a workbook ExcelJS wrote itself (images, notes, validations, protection of a sheet)', async () => {
    expect(droppedFeatures(await withParts([]))).toEqual([]);
  });

  it('names each kind of part once, in a fixed order', async () => {
    const bytes = await withParts(
      [
        'xl/pivotTables/pivotTable1.xml',
        'xl/pivotCache/pivotCacheDefinition1.xml',
        'xl/externalLinks/externalLink1.xml',
        'xl/slicers/slicer1.xml',
        'xl/threadedComments/threadedComment1.xml',
        'xl/ctrlProps/ctrlProp1.xml',
        'xl/embeddings/oleObject1.bin',
        'xl/connections.xml',
        'xl/chartsheets/sheet1.xml',
        'xl/vbaProject.bin',
        'docProps/custom.xml',
      ],
      (xml) => xml.replace('<sheets>', '<workbookProtection lockStructure="1"/><sheets>'),
    );
    expect(droppedFeatures(bytes)).toEqual([
      'macros',
      'charts',
      'pivotTables',
      'slicers',
      'externalLinks',
      'controls',
      'embeddedObjects',
      'threadedComments',
      'dataConnections',
      'customProperties',
      'workbookProtection',
    ]);
  });

  it('ExcelJS really drops every one of them', async () => {
    const bytes = await withParts(
      ['xl/pivotTables/pivotTable1.xml', 'xl/externalLinks/externalLink1.xml'],
      (xml) => xml.replace('<sheets>', '<workbookProtection lockStructure="1"/><sheets>'),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const written = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(droppedFeatures(written)).toEqual([]);
  });

  it('the CLI names a protected workbook structure and custom properties', async () => {
    const input = join(dir, 'khoa-so.xlsx');
    await fs.writeFile(
      input,
      await withParts(['docProps/custom.xml'], (xml) =>
        xml.replace('<sheets>', '<workbookProtection lockStructure="1"/><sheets>'),
      ),
    );
    const res = await score(input, '-o', join(dir, 'khoa-so-out.xlsx'));
    expect(res.code).toBe(0);
    expect(res.err).toContain(
      'có thuộc tính tùy chỉnh của tệp, khoá cấu trúc sổ (Protect Workbook) — chương trình',
    );
  });
});

describe('an output that cannot be written', () => {
  it.each([
    ['a folder that does not exist', () => join(dir, 'khong-co', 'ket-qua.xlsx'), 'ENOENT'],
    ['a folder given as the output', () => dir, 'EISDIR'],
  ])('%s: exit 2 with one sentence naming the file and the reason', async (_what, target, code) => {
    const res = await score(await simple('ghi-loi.xlsx'), '-o', target());
    expect(res.code).toBe(2);
    expect(res.err).toContain(`Không ghi được tệp kết quả "${target()}" (${code})`);
    expect(res.err).not.toMatch(TAIL);
  });
});

describe('files that are not workbooks get no output file', () => {
  it('a .csv: exit 2, no <name>-ket-qua.xlsx written', async () => {
    const input = join(dir, 'van-ban.csv');
    await fs.writeFile(input, 'Tên đơn vị;Tổng\nXã An Bình;10\n');
    const res = await score(input);
    expect(res.code).toBe(2);
    expect(res.err).toContain('là tệp văn bản (.csv hoặc .txt)');
    expect(existsSync(join(dir, 'van-ban-ket-qua.xlsx'))).toBe(false);
  });
});

describe('a protected sheet, a workbook open in Excel', () => {
  it('a protected scoring sheet: the block is written, the protection kept, and stderr says its cells are locked', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Tổng hợp');
    table(ws);
    await ws.protect('', {});
    const out = join(dir, 'bao-ve-out.xlsx');
    const res = await score(await save(wb, 'bao-ve.xlsx'), '-o', out);
    expect(res.code).toBe(0);
    expect(res.err).toContain('Lưu ý khi ghi: trang "Tổng hợp" được bảo vệ (khoá)');
    const after = (await loadWorkbook(out)).getWorksheet('Tổng hợp') as ExcelJS.Worksheet;
    expect(after.getCell('G3').value).toBe('Tổng điểm');
    expect((after as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
  });

  it('an unprotected sheet gets no such note', async () => {
    const res = await score(await simple('khong-khoa.xlsx'), '-o', join(dir, 'khong-khoa-out.xlsx'));
    expect(res.err).not.toContain('được bảo vệ');
  });

  it('Excel’s lock file beside the input: read from the last save, said on stderr; --in-place says the write may be lost', async () => {
    const input = await simple('dang-mo.xlsx');
    const lock = join(dir, '~$dang-mo.xlsx');
    await fs.writeFile(lock, 'khoá');
    const copy = await score(input);
    expect(copy.code).toBe(0);
    expect(copy.err).toContain(`sổ "${input}" đang mở trong Excel hoặc LibreOffice (có tệp khoá "${lock}")`);
    const inPlace = await score(input, '--in-place');
    expect(inPlace.code).toBe(0);
    expect(inPlace.err).toContain(`Lưu ý khi ghi: tệp "${input}" đang mở trong Excel hoặc LibreOffice`);
    expect(inPlace.err).toContain('ghi đè lên kết quả');
  });

  it('LibreOffice’s lock file beside the output is named too', async () => {
    const input = await simple('lo-mo.xlsx');
    const lock = join(dir, '.~lock.lo-mo-ket-qua.xlsx#');
    await fs.writeFile(lock, 'khoá');
    const res = await score(input);
    expect(res.err).toContain(`tệp "${join(dir, 'lo-mo-ket-qua.xlsx')}" đang mở`);
    expect(res.err).toContain(lock);
  });
});

describe('the official sorts the rows by the rank we wrote, then scores again', () => {
  it('our block is recognised where it is and written again whole, each result beside its unit', async () => {
    const first = join(dir, 'sap-xep-1.xlsx');
    expect((await score(await simple('sap-xep.xlsx'), '-o', first)).code).toBe(0);
    const [rec] = parseOutputSetting((await loadModel(first)).settings?.['thidua.output']);
    const wb = await loadWorkbook(first);
    const ws = wb.getWorksheet('Tổng hợp') as ExcelJS.Worksheet;
    const rankCol = rec.left + 2; // "Xếp hạng", 1-based
    const rows = [4, 5, 6].map((r) =>
      Array.from({ length: rec.right + 1 }, (_, c) => ws.getCell(r, c + 1).value),
    );
    const before = rows.map((r) => [r[1], r[rankCol - 1]]);
    rows.sort((a, b) => Number(b[rankCol - 1]) - Number(a[rankCol - 1]));
    rows.forEach((values, i) => values.forEach((v, c) => (ws.getCell(4 + i, c + 1).value = v)));
    const sorted = await save(wb, 'sap-xep-2.xlsx');
    const out = join(dir, 'sap-xep-3.xlsx');
    const res = await score(sorted, '-o', out);
    expect(res.code).toBe(0);
    expect(res.err).not.toContain('Lưu ý khi ghi');
    const w = (await loadWorkbook(out)).getWorksheet('Tổng hợp') as ExcelJS.Worksheet;
    // the same units and ranks, now in the sorted order, in the same columns; nothing written further right
    const after = [4, 5, 6].map((r) => [w.getCell(r, 2).value, w.getCell(r, rankCol).value]);
    expect(after).toEqual([...before].sort((a, b) => Number(b[1]) - Number(a[1])));
    for (const r of [3, 4, 5, 6]) expect(w.getCell(r, rec.right + 2).value).toBeNull();
    expect(parseOutputSetting((await loadModel(out)).settings?.['thidua.output'])[0]).toMatchObject({
      left: rec.left,
      right: rec.right,
    });
  });
});

describe('--in-place', () => {
  // the official's only copy would lose its chart
  it('is refused when the workbook holds what cannot be kept, and the file is left as it was', async () => {
    const input = join(dir, 'bieu-do-tai-cho.xlsx');
    await fs.writeFile(
      input,
      inject(new Uint8Array(await (await richWorkbook()).xlsx.writeBuffer()), { chart: true }),
    );
    const before = await fs.readFile(input);
    const res = await score(input, '--in-place');
    expect(res.code).toBe(2);
    expect(res.err).toContain('Không ghi --in-place');
    expect(res.err).toContain('biểu đồ');
    expect(await fs.readFile(input)).toEqual(before);
  });
});
