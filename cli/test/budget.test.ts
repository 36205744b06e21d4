/**
 * Hostile workbooks, each run through the real CLI entry in a child process with a 256 MB heap: the reader refuses
 * them (exit 2, a sentence naming the sheet and the figure, no stack trace) or reads only the table, instead of
 * running out of memory.
 */
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import {
  cornerCellsXlsx,
  manyRowsXlsx,
  wideXlsx,
  withDeclaredSizes,
  zipBombXlsx,
} from '@thidua/core/testing';
import { EXAMPLES, ROOT, tempDir } from './helpers';

const PLAN = 'phung-hiep-2023-xa';
const dir = tempDir();
const file = (name: string) => join(dir, name);

function cli(args: string[]): { code: number | null; out: string; err: string } {
  const child = spawnSync(
    process.execPath,
    ['--max-old-space-size=256', '--import', 'tsx', join(ROOT, 'cli/src/main.ts'), ...args],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  return { code: child.status, out: child.stdout, err: child.stderr };
}

/** No stack frame, no V8 report, no library text. */
function expectClean(text: string): void {
  expect(text).not.toMatch(/\n\s+at |FATAL ERROR|v8::|out of bounds|jszip|https?:/i);
}

beforeAll(async () => {
  await fs.writeFile(file('million.xlsx'), manyRowsXlsx(1_000_000));
  const bomb = zipBombXlsx(300);
  await fs.writeFile(file('bomb.xlsx'), bomb);
  await fs.writeFile(
    file('bomb-lying.xlsx'),
    withDeclaredSizes(bomb, 4_096, (name) => name.includes('worksheets')),
  );
  await fs.writeFile(file('wide.xlsx'), wideXlsx(16_384));
  await fs.writeFile(file('corner.xlsx'), cornerCellsXlsx());
  const stray = new ExcelJS.Workbook();
  await stray.xlsx.readFile(join(EXAMPLES, `${PLAN}.xlsx`));
  stray.worksheets[0].getCell('XFD1048576').value = 'ghi chú lạc';
  await stray.xlsx.writeFile(file('stray.xlsx'));
}, 60_000);

afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe('thidua on hostile workbooks (child process, 256 MB heap)', () => {
  it('a 1,000,000-row sheet: refused, naming the sheet and its cell count', () => {
    const res = cli(['validate', '--plan', PLAN, file('million.xlsx')]);
    expect(res.code).toBe(2);
    expect(res.err).toContain(
      'Sheet "Dữ liệu" có 1.000.000 ô có dữ liệu hoặc định dạng, quá giới hạn 250.000 ô',
    );
    expectClean(res.err);
  });

  it('a zip bomb (300 MB of sheet XML in 300 KB): refused from its declared size', () => {
    const res = cli(['validate', '--plan', PLAN, file('bomb.xlsx'), '--lang', 'en']);
    expect(res.code).toBe(2);
    expect(res.err).toContain('Sheet "Bom" expands to 300 MB, over the limit of 50 MB');
    expectClean(res.err);
  });

  it('the same bomb declaring 4 KB: inflation stops at the limit', () => {
    const res = cli(['validate', '--plan', PLAN, file('bomb-lying.xlsx')]);
    expect(res.code).toBe(2);
    expect(res.err).toContain('Sheet "Bom" khi giải nén lớn hơn 50 MB');
    expectClean(res.err);
  });

  it('a 16,384-column sheet: refused, naming the sheet and its width', () => {
    const res = cli(['score', '--plan', PLAN, file('wide.xlsx'), '-o', file('wide-out.xlsx')]);
    expect(res.code).toBe(2);
    expect(res.err).toContain('Bảng trên sheet "Rộng" rộng 16.384 cột (A1:XFD4), quá giới hạn 1.000 cột');
    expectClean(res.err);
  });

  it('values only in A1 and XFD1048576: no grid over the whole sheet, just "no table"', () => {
    const res = cli(['validate', '--plan', PLAN, file('corner.xlsx')]);
    expect(res.code).toBe(2);
    expect(res.err).toContain('Không tìm thấy bảng chấm điểm');
    expectClean(res.err);
  });

  it('an example with a stray value in XFD1048576: read as before, with a warning naming the cell', () => {
    const plain = cli(['validate', '--plan', PLAN, join(EXAMPLES, `${PLAN}.xlsx`)]);
    const res = cli(['validate', '--plan', PLAN, file('stray.xlsx')]);
    expect(res.code).toBe(plain.code);
    expect(res.out).toBe(plain.out);
    expect(res.err).toContain(
      'Lưu ý khi đọc: Sheet "Tổng hợp điểm": 1 ô có dữ liệu nằm xa bảng không được đọc (XFD1048576)',
    );
    expectClean(res.err);
  });
});
