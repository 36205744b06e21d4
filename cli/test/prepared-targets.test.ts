/**
 * Empty cells the official prepared where the results would go — a data validation rule, a conditional format —
 * are theirs: the CLI writes nothing and names the first such cell and what to clear, as the pane does in Excel.
 * A plain fill or border on those cells is not a rule and does not stop the write.
 */
import { existsSync, promises as fs } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { EXAMPLES, run, tempDir } from './helpers';

const PLAN = 'phung-hiep-2023-xa';
const SHEET = 'Tổng hợp điểm';
const dir = tempDir();
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

/** The example with `prepare` applied to its table's sheet; its results go to AE7:AM24. */
async function prepared(name: string, prepare: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(EXAMPLES, `${PLAN}.xlsx`));
  prepare(wb.getWorksheet(SHEET) as ExcelJS.Worksheet);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

const score = (input: string, out: string, ...more: string[]) =>
  run(['score', '--plan', PLAN, input, '-o', out, ...more]);

describe('results over cells the official prepared', () => {
  it('a validation list on the column the totals would take: exit 2, the cell named, nothing written', async () => {
    const input = await prepared('xac-thuc.xlsx', (ws) => {
      for (let r = 9; r <= 24; r++)
        ws.getCell(`AF${r}`).dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: ['"Đạt,Không đạt"'],
        };
    });
    const out = join(dir, 'xac-thuc-kq.xlsx');
    const res = await score(input, out);
    expect(res.code).toBe(2);
    expect(res.err).toContain(
      `Không ghi kết quả: ô '${SHEET}'!AF9 (cột AF của trang "${SHEET}"), nơi kết quả sẽ được ghi, đang có quy tắc xác thực dữ liệu (Data Validation)`,
    );
    expect(res.err).toContain('Chưa ghi tệp nào.');
    expect(existsSync(out)).toBe(false);
    const en = await score(input, out, '--lang', 'en');
    expect(en.code).toBe(2);
    expect(en.err).toContain(`Not written: cell '${SHEET}'!AF9 (column AF of sheet "${SHEET}")`);
    expect(en.err).toContain('Data → Data Validation → Clear All');
  });

  it('a conditional format over those cells: exit 2, the cell named, nothing written', async () => {
    const input = await prepared('dinh-dang.xlsx', (ws) =>
      ws.addConditionalFormatting({
        ref: 'AH12:AK30',
        rules: [
          {
            type: 'cellIs',
            operator: 'greaterThan',
            formulae: ['0'],
            priority: 1,
            style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFF0000' } } },
          },
        ],
      }),
    );
    const out = join(dir, 'dinh-dang-kq.xlsx');
    const res = await score(input, out);
    expect(res.code).toBe(2);
    expect(res.err).toContain(`ô '${SHEET}'!AH12 (cột AH của trang "${SHEET}")`);
    expect(res.err).toContain('định dạng có điều kiện (Conditional Formatting)');
    expect(existsSync(out)).toBe(false);
  });

  it('a fill alone, or a rule on the table’s own columns, does not stop the write', async () => {
    const input = await prepared('to-mau.xlsx', (ws) => {
      ws.getCell('AF10').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
      ws.getCell('C9').dataValidation = { type: 'list', allowBlank: true, formulae: ['"Có,Không"'] };
    });
    const out = join(dir, 'to-mau-kq.xlsx');
    const res = await score(input, out);
    expect(res.code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
});
