/**
 * What the written copy loses is said with the sheets it is on: a chart drawn on one sheet, manual page breaks on
 * another, a pivot table, a whole chart sheet — found by following the package's relationships from each sheet,
 * so the official knows which sheet of the copy to look at. Parts that belong to the workbook (macros, links to
 * other workbooks) name no sheet.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { droppedParts } from '@thidua/core/adapters/exceljs';
import { run, tempDir } from './helpers';

const PLAN = {
  id: 'kiem-tra-phan-mat',
  version: '1.0.0',
  title: 'Kế hoạch kiểm tra phần không giữ được',
  source: { number: '8/KH-UBND', issuer: 'UBND xã Kiểm Tra', date: '2024-02-01' },
  period: { from: '2024-01-01', to: '2024-12-31' },
  blocks: [{ id: 'xa', name: 'Khối xã', prizeFund: 6_000_000 }],
  criteria: [
    { id: 'tc1', number: '1', title: 'Có quy chế làm việc', maxPoints: 10, scoring: { kind: 'yesNo' } },
    {
      id: 'tc2',
      number: '2',
      title: 'Số buổi tập huấn cho cán bộ',
      maxPoints: 6,
      scoring: { kind: 'count', method: 'perItem', perItem: 1 },
    },
  ],
  ranking: { order: 'desc', tieBreakers: [] },
  awards: { tiers: [{ id: 'nhat', name: 'Giải Nhất', count: 1, minTotal: 5, prize: 3_000_000 }] },
};

const dir = tempDir();
const planPath = join(dir, 'ke-hoach.json');
beforeAll(() => fs.writeFile(planPath, JSON.stringify(PLAN)));
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const PIXEL =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** "Tổng hợp" (the table), "Biểu đồ & số liệu" (a picture, so a drawing), "Ghi chú" (nothing). */
async function parts(): Promise<Record<string, Uint8Array>> {
  const wb = new ExcelJS.Workbook();
  const table = wb.addWorksheet('Tổng hợp');
  table.addRow(['STT', 'Tên đơn vị', '1. Có quy chế làm việc', '2. Số buổi tập huấn cho cán bộ']);
  table.addRow([1, 'Xã Hòa Bình', 'Có', 4]);
  table.addRow([2, 'Xã Long Thạnh', 'Không', 2]);
  const charts = wb.addWorksheet('Biểu đồ & số liệu');
  charts.getCell('A1').value = 'Số liệu';
  charts.addImage(wb.addImage({ base64: PIXEL, extension: 'png' }), 'C2:D4');
  wb.addWorksheet('Ghi chú').getCell('A1').value = 'Ghi chú';
  return unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
}

const edit = (files: Record<string, Uint8Array>, name: string, change: (xml: string) => string) => {
  files[name] = strToU8(change(files[name] ? strFromU8(files[name]) : ''));
};
const relation = (id: string, type: string, target: string) =>
  `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/></Relationships>`;

/** A chart in the drawing of "Biểu đồ & số liệu" (sheet2), reached sheet → drawing → chart. */
function chart(files: Record<string, Uint8Array>): void {
  files['xl/charts/chart1.xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:layout/></c:plotArea></c:chart></c:chartSpace>',
  );
  const drawing = Object.keys(files).find((n) => /^xl\/drawings\/[^/]+\.xml$/.test(n)) as string;
  edit(files, drawing.replace('drawings/', 'drawings/_rels/') + '.rels', (xml) =>
    xml.replace('</Relationships>', relation('rIdChart1', 'chart', '../charts/chart1.xml')),
  );
}

/** Manual page breaks on "Ghi chú" (sheet3). */
function pageBreaks(files: Record<string, Uint8Array>): void {
  edit(files, 'xl/worksheets/sheet3.xml', (xml) =>
    xml.replace(
      '</worksheet>',
      '<rowBreaks count="1" manualBreakCount="1"><brk id="20" max="16383" man="1"/></rowBreaks></worksheet>',
    ),
  );
}

/** A pivot table of "Ghi chú" (sheet3), with its cache. */
function pivot(files: Record<string, Uint8Array>): void {
  files['xl/pivotTables/pivotTable1.xml'] = strToU8('<pivotTableDefinition/>');
  files['xl/pivotCache/pivotCacheDefinition1.xml'] = strToU8('<pivotCacheDefinition/>');
  edit(
    files,
    'xl/pivotTables/_rels/pivotTable1.xml.rels',
    () =>
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      relation('rId1', 'pivotCacheDefinition', '../pivotCache/pivotCacheDefinition1.xml'),
  );
  edit(
    files,
    'xl/worksheets/_rels/sheet3.xml.rels',
    () =>
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      relation('rIdPivot', 'pivotTable', '/xl/pivotTables/pivotTable1.xml'),
  );
}

/** A link to another workbook: the workbook's, on no sheet. */
function externalLink(files: Record<string, Uint8Array>): void {
  files['xl/externalLinks/externalLink1.xml'] = strToU8('<externalLink/>');
  edit(files, 'xl/_rels/workbook.xml.rels', (xml) =>
    xml.replace('</Relationships>', relation('rIdLink', 'externalLink', 'externalLinks/externalLink1.xml')),
  );
}

async function workbook(...edits: ((files: Record<string, Uint8Array>) => void)[]): Promise<Uint8Array> {
  const files = await parts();
  for (const e of edits) e(files);
  return zipSync(files);
}

describe('the parts the written copy loses, with the sheets they are on', () => {
  it('follows each sheet’s relationships: chart → its sheet, page breaks and pivot table → theirs, a link → none', async () => {
    expect(droppedParts(await workbook(chart, pageBreaks, pivot, externalLink))).toEqual([
      { feature: 'charts', sheets: ['Biểu đồ & số liệu'] },
      { feature: 'pivotTables', sheets: ['Ghi chú'] },
      { feature: 'externalLinks', sheets: [] },
      { feature: 'pageBreaks', sheets: ['Ghi chú'] },
    ]);
  });

  it('the same kind on two sheets names both, in the workbook’s order', async () => {
    const bytes = await workbook(pageBreaks, (files) =>
      edit(files, 'xl/worksheets/sheet1.xml', (xml) =>
        xml.replace(
          '</worksheet>',
          '<colBreaks count="1" manualBreakCount="1"><brk id="3" max="1048575" man="1"/></colBreaks></worksheet>',
        ),
      ),
    );
    expect(droppedParts(bytes)).toEqual([{ feature: 'pageBreaks', sheets: ['Tổng hợp', 'Ghi chú'] }]);
  });

  it('score names the sheets in the note, in Vietnamese and in English; --in-place names them too', async () => {
    const input = join(dir, 'nhieu-trang.xlsx');
    const bytes = await workbook(chart, pageBreaks, externalLink);
    await fs.writeFile(input, bytes);
    const vi = await run(['score', '--plan', planPath, input, '-o', join(dir, 'nhieu-trang-kq.xlsx')]);
    expect(vi.code).toBe(0);
    expect(vi.err).toContain(
      `Lưu ý khi ghi: sổ "${input}" có biểu đồ, liên kết tới sổ khác, ngắt trang đặt tay (Page Break) — chương trình không giữ được`,
    );
    expect(vi.err).toContain(
      'Nằm ở: biểu đồ — trang "Biểu đồ & số liệu"; ngắt trang đặt tay (Page Break) — trang "Ghi chú".',
    );
    const en = await run([
      'score',
      '--plan',
      planPath,
      input,
      '-o',
      join(dir, 'nhieu-trang-en.xlsx'),
      '--lang',
      'en',
    ]);
    expect(en.err).toContain(
      'Where: charts — sheet "Biểu đồ & số liệu"; manual page breaks — sheet "Ghi chú".',
    );
    const inPlace = await run(['score', '--plan', planPath, input, '--in-place']);
    expect(inPlace.code).toBe(2);
    expect(inPlace.err).toContain('Nằm ở: biểu đồ — trang "Biểu đồ & số liệu"');
    expect(new Uint8Array(await fs.readFile(input))).toEqual(bytes);
  });

  it('a workbook-wide part alone adds no list of sheets', async () => {
    const input = join(dir, 'lien-ket.xlsx');
    await fs.writeFile(input, await workbook(externalLink));
    const res = await run(['score', '--plan', planPath, input, '-o', join(dir, 'lien-ket-kq.xlsx')]);
    expect(res.code).toBe(0);
    expect(res.err).toContain('có liên kết tới sổ khác — chương trình không giữ được');
    expect(res.err).not.toContain('Nằm ở');
  });
});
