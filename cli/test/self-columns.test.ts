/**
 * A sheet with the units' own figures beside the council's ("ĐV tự đánh giá | HĐ TĐKT đánh giá"): the council's are
 * scored and ranked, the units' own are scored too and shown beside them, every differing item counted.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ROOT, run, tempDir } from './helpers';

const WORKBOOK = join(ROOT, 'examples', 'corpus', 'ph-pb-23-don-vi-tu-danh-gia-hoi-dong-danh-gia.xlsx');
const dir = tempDir();
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe('self-assessed columns beside the appraised ones', () => {
  it('are scored side by side: the summary counts the differences, the sheet shows both totals', async () => {
    const out = join(dir, 'kq.xlsx');
    const res = await run(['score', '--plan', 'phung-hiep-2023-phong-ban', WORKBOOK, '-o', out]);
    expect(res.code).toBe(0);
    expect(res.out + res.err).toMatch(
      /Tự chấm và thẩm định: \d+ mục khác nhau.*xếp hạng và khen thưởng theo điểm thẩm định/,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const headers: string[] = [];
    wb.getWorksheet('Hoi dong')?.eachRow((row) =>
      row.eachCell((c) => {
        if (typeof c.value === 'string') headers.push(c.value);
      }),
    );
    expect(headers).toEqual(expect.arrayContaining(['Điểm tự chấm', 'Chênh lệch (thẩm định − tự chấm)']));
  });
});
