/**
 * The CLI over a workbook it scored before, after the official worked in it: a note typed inside the old results
 * and a sheet of their own named "Kết quả" are kept, and stderr says so.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { cellAddress, parseOutputSetting } from '@thidua/core/sheet';
import { EXAMPLES, loadModel, loadWorkbook, run, tempDir } from './helpers';

const XA = 'phung-hiep-2023-xa';

describe('a second CLI run keeps what the official typed', () => {
  let dir: string;

  beforeAll(() => {
    dir = tempDir();
  });

  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('keeps a note inside the old results and a user sheet named "Kết quả"; warns on stderr', async () => {
    const first = join(dir, 'lan-1.xlsx');
    expect((await run(['score', '--plan', XA, join(EXAMPLES, `${XA}.xlsx`), '-o', first])).code).toBe(0);
    const model = await loadModel(first);
    const [old] = parseOutputSetting(model.settings?.['thidua.output']);

    const wb = await loadWorkbook(first);
    const ws = wb.getWorksheet(old.sheet) as ExcelJS.Worksheet;
    const note = { row: old.top + 2, col: old.left + 1 };
    ws.getCell(note.row + 1, note.col + 1).value = 'Đã đối chiếu với hồ sơ';
    wb.removeWorksheet((wb.getWorksheet('Kết quả') as ExcelJS.Worksheet).id);
    wb.addWorksheet('Kết quả').getCell('A1').value = 'Bảng riêng của phòng';
    const edited = join(dir, 'da-sua.xlsx');
    await wb.xlsx.writeFile(edited);

    const out = join(dir, 'lan-2.xlsx');
    const res = await run(['score', '--plan', XA, edited, '-o', out]);
    expect(res.code).toBe(0);
    expect(res.err).toContain('Lưu ý khi ghi');
    expect(res.err).toContain(cellAddress(note));
    expect(res.err).toContain('Kết quả (2)');

    const second = await loadWorkbook(out);
    const sheet = second.getWorksheet(old.sheet) as ExcelJS.Worksheet;
    expect(sheet.getCell(note.row + 1, note.col + 1).value).toBe('Đã đối chiếu với hồ sơ');
    expect(sheet.getCell(old.top + 1, old.left + 1).value).toBe('Tổng điểm'); // the old block is kept, whole
    expect(second.getWorksheet('Kết quả')?.getCell('A1').value).toBe('Bảng riêng của phòng');
    // Below the national header: issuing body and motto (rows 1–2), a blank row, then the title.
    expect(second.getWorksheet('Kết quả (2)')?.getCell('A4').value).toBe('KẾT QUẢ CHẤM ĐIỂM THI ĐUA');
    const [moved] = parseOutputSetting((await loadModel(out)).settings?.['thidua.output']);
    expect(moved.left).toBe(old.right + 2);
  });
});
