import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { EXAMPLES, loadWorkbook, run, tempDir } from './helpers';

const PB = 'phung-hiep-2023-phong-ban';
const json = join(EXAMPLES, `${PB}.input.json`);

function findRow(ws: ExcelJS.Worksheet, col: number, text: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, col).value === text) return r;
  throw new Error(`no row with "${text}"`);
}

describe('a workbook carries its own plan', () => {
  const dir = tempDir();
  const scored = join(dir, 'scored.xlsx');

  beforeAll(async () => {
    expect((await run(['score', '--plan', PB, json, '-o', scored])).code).toBe(0);
  });

  it('without --plan, scores with the plan in the "Tiêu chí" sheet, edits included', async () => {
    const wb = await loadWorkbook(scored);
    const sheet = wb.getWorksheet('Tiêu chí') as ExcelJS.Worksheet;
    const header = findRow(sheet, 1, 'Số');
    let maxCol = 0;
    sheet.getRow(header).eachCell((c, col) => {
      if (c.value === 'Điểm tối đa') maxCol = col;
    });
    const tc01 = findRow(sheet, 2, 'tc01');
    expect(sheet.getCell(tc01, maxCol).value).toBe(10);
    sheet.getCell(tc01, maxCol).value = 20;
    const edited = join(dir, 'edited.xlsx');
    await fs.writeFile(edited, new Uint8Array(await wb.xlsx.writeBuffer()));

    const own = await run(['score', edited, '-o', join(dir, 'own.json')]);
    expect(own.code).toBe(0);
    const response = JSON.parse(await fs.readFile(join(dir, 'own.json'), 'utf8')) as {
      results: { name: string; total: number; maxTotal: number }[];
    };
    const first = response.results.find((r) => r.name === 'Văn phòng HĐND và UBND huyện');
    expect(first).toMatchObject({ total: 110, maxTotal: 110 });

    const builtIn = await run(['score', '--plan', PB, edited, '-o', join(dir, 'builtin.json')]);
    expect(builtIn.code).toBe(0);
    const again = JSON.parse(await fs.readFile(join(dir, 'builtin.json'), 'utf8')) as {
      results: { name: string; total: number }[];
    };
    expect(again.results.find((r) => r.name === 'Văn phòng HĐND và UBND huyện')?.total).toBe(100);
  });

  it('names the cell when the "Tiêu chí" sheet is broken (exit 1)', async () => {
    const wb = await loadWorkbook(scored);
    const sheet = wb.getWorksheet('Tiêu chí') as ExcelJS.Worksheet;
    const header = findRow(sheet, 1, 'Số');
    let maxCol = 0;
    sheet.getRow(header).eachCell((c, col) => {
      if (c.value === 'Điểm tối đa') maxCol = col;
    });
    sheet.getCell(findRow(sheet, 2, 'tc02'), maxCol).value = 'mười';
    const broken = join(dir, 'broken.xlsx');
    await fs.writeFile(broken, new Uint8Array(await wb.xlsx.writeBuffer()));
    const res = await run(['score', broken, '-o', join(dir, 'x.xlsx')]);
    expect(res.code).toBe(1);
    expect(res.err).toContain("'Tiêu chí'!");
  });

  it('--due-date overrides the plan, --sheet picks the sheet', async () => {
    const out = join(dir, 'due.xlsx');
    const res = await run([
      'score',
      '--plan',
      PB,
      scored,
      '-o',
      out,
      '--due-date',
      '2024-02-01',
      '--sheet',
      'Bảng chấm điểm',
    ]);
    expect(res.code).toBe(0);
    const wb = await loadWorkbook(out);
    expect(wb.getWorksheet('Đề nghị khen thưởng')?.getCell('A7').value).toBe('Hạn nộp hồ sơ: 01/02/2024');
    expect((await run(['score', '--plan', PB, scored, '--sheet', 'Không có'])).code).toBe(2);
    expect((await run(['score', '--plan', PB, scored, '--due-date', '5/1/2024'])).code).toBe(2);
  });

  it('reports progress on stderr for large inputs', async () => {
    const body = JSON.parse(await fs.readFile(json, 'utf8')) as { units: { id: string; name: string }[] };
    const units = Array.from({ length: 1000 }, (_, i) => ({
      ...body.units[i % body.units.length],
      id: `u${i}`,
      name: `Đơn vị ${i}`,
    }));
    const big = join(dir, 'big.json');
    await fs.writeFile(big, JSON.stringify({ plan: PB, units }));
    const res = await run(['score', big, '-o', join(dir, 'big-out.json')]);
    expect(res.code).toBe(0);
    expect(res.err).toContain('Đang chấm 1000 đơn vị');
    expect(res.err).toContain('Đang ghi');
    const small = await run(['score', json, '-o', join(dir, 'small-out.json')]);
    expect(small.err).not.toContain('Đang chấm');
  });
});
