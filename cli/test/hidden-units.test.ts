/**
 * Units the official hid inside the table (a filter, rows hidden by hand) are not scored: the CLI names each, with
 * its row, as the pane does, so that no unit is left out of the ranking unseen.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { EXAMPLES, run, tempDir } from './helpers';

const PLAN = 'phung-hiep-2023-xa';
const SHEET = 'Tổng hợp điểm';
const dir = tempDir();
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

async function withHiddenRow(): Promise<{ path: string; row: number; name: string }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(EXAMPLES, `${PLAN}.xlsx`));
  const ws = wb.getWorksheet(SHEET) as ExcelJS.Worksheet;
  let row = 0;
  let name = '';
  ws.eachRow((r, n) => {
    const text = String(r.getCell(2).value ?? '');
    if (!row && /^Xã /.test(text) && n > 9) [row, name] = [n, text];
  });
  ws.getRow(row).hidden = true;
  const path = join(dir, 'an-dong.xlsx');
  await wb.xlsx.writeFile(path);
  return { path, row, name };
}

describe('hidden unit rows', () => {
  it('are named with their row, in the language asked', async () => {
    const { path, row, name } = await withHiddenRow();
    expect(row).toBeGreaterThan(0);
    const vi = await run(['score', '--plan', PLAN, path, '-o', join(dir, 'kq.xlsx'), '--allow-partial']);
    // the example already hides an old row of its own (row 14); the row hidden here is named beside it
    expect(vi.err).toContain(`Trang "${SHEET}" có 2 đơn vị đang bị ẩn`);
    expect(vi.err).toContain('dòng 14: Xã Bình Thành (số liệu cũ — không sử dụng)');
    expect(vi.err).toContain(`dòng ${row}: ${name}`);
    const en = await run(['score', '--plan', PLAN, path, '-o', join(dir, 'kq-en.xlsx'), '--lang', 'en']);
    expect(en.err).toContain(`row ${row}: ${name}`);
  });
});
