/**
 * The council secretary's CLI path on the Phụng Hiệp communes example: marking final is refused while a tie and
 * missing data still hold awards (each named, nothing written); after the council's decisions it is marked; a data
 * correction afterwards is diffed with why each unit moved.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { EXAMPLES, loadWorkbook, run, tempDir } from './helpers';

const XA = 'phung-hiep-2023-xa';
const DAY = new Date(Date.UTC(2024, 0, 5, 2, 0, 0));

function rowOf(ws: ExcelJS.Worksheet, name: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((r) => {
    if (!found && r.getCell(2).value === name) found = r;
  });
  if (!found) throw new Error(`no row for ${name}`);
  return found;
}

describe('thidua final while awards are held, then diff with why', () => {
  let dir: string;
  const file = (name: string) => join(dir, name);
  beforeAll(() => {
    dir = tempDir();
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('refuses to mark held results final, naming what waits; marks them once decided', async () => {
    const input = join(EXAMPLES, `${XA}.xlsx`);
    const direct = await run(['score', '--plan', XA, input, '-o', file('x.xlsx'), '--final'], DAY);
    expect(direct.code).toBe(1);
    expect(direct.err).toContain('Chưa chốt được kết quả chính thức: còn 8 đơn vị có giải chưa xác định');
    expect(direct.err).toContain('Xã Bình Thành: Giải Khuyến khích (đồng hạng, chờ Hội đồng quyết định)');
    expect(direct.err).toContain('Xã Thạnh Hòa: Giải Khuyến khích (đồng hạng, chờ Hội đồng quyết định)');
    expect(direct.err).toContain('Thị trấn Cây Dương: Giải Nhất, Giải Nhì (chờ số liệu của Xã Hiệp Hưng)');
    await expect(fs.access(file('x.xlsx'))).rejects.toThrow();

    const first = await run(['score', '--plan', XA, input, '-o', file('1.xlsx'), '--council-sheet'], DAY);
    expect(first.code).toBe(0);
    const refused = await run(['final', file('1.xlsx'), '-o', file('1-final.xlsx')], DAY);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('Chưa chốt được kết quả chính thức');
    await expect(fs.access(file('1-final.xlsx'))).rejects.toThrow();
    const en = await run(['final', file('1.xlsx'), '-o', file('1-final.xlsx'), '--lang', 'en'], DAY);
    expect(en.code).toBe(1);
    expect(en.err).toContain('The results cannot be marked final: 8 unit(s) have awards not settled');

    // the council decides: Hiệp Hưng's missing values score 0, Phương Phú is not considered, the tie to Bình Thành
    const wb = await loadWorkbook(file('1.xlsx'));
    const sheet = wb.getWorksheet('Quyết định của Hội đồng') as ExcelJS.Worksheet;
    const decision = (
      kind: string,
      unit: string,
      award: string | null,
      rule: string | null,
      reason: string,
    ) => [null, kind, unit, null, award, rule, null, null, reason, '05/01/2024', 'Thư ký'];
    [
      decision('Tính 0 điểm giá trị thiếu', 'Xã Hiệp Hưng', null, null, 'Không nộp số liệu'),
      decision('Không xét thi đua', 'Xã Phương Phú', null, 'Mục IV.1 kế hoạch', 'Báo cáo trễ 5 ngày'),
      decision(
        'Chọn đơn vị nhận giải đồng hạng',
        'Xã Bình Thành',
        'Giải Khuyến khích',
        null,
        'Biểu quyết 7/9',
      ),
    ].forEach((values, i) => {
      sheet.getRow(6 + i).values = [i + 1, ...values.slice(1)];
    });
    await wb.xlsx.writeFile(file('1-decided.xlsx'));
    const final = await run(['score', file('1-decided.xlsx'), '-o', file('2.xlsx'), '--final'], DAY);
    expect(final.code).toBe(0);
    expect(final.out).toContain('Đã chốt: KẾT QUẢ CHÍNH THỨC');

    // a data correction: Thạnh Hòa's criterion 16 was met after all
    const book = await loadWorkbook(file('2.xlsx'));
    const ws = book.getWorksheet('Tổng hợp điểm') as ExcelJS.Worksheet;
    rowOf(ws, 'Xã Thạnh Hòa').getCell(18).value = true;
    await book.xlsx.writeFile(file('2-corrected.xlsx'));
    const later = await run(['score', file('2-corrected.xlsx'), '-o', file('3.xlsx')], DAY);
    expect(later.code).toBe(0);
    expect(later.err).toContain(
      'Được giải: Xã Thạnh Hòa — Giải Khuyến khích (2.000.000 đ) (trước: không đạt giải) — vì: tiêu chí 16: 0,0 → 8,0 điểm',
    );
    const diff = await run(['diff', file('2.xlsx'), file('3.xlsx')]);
    expect(diff.code).toBe(0);
    expect(diff.out).toContain(
      'Được giải: Xã Thạnh Hòa — Giải Khuyến khích (2.000.000 đ) (trước: không đạt giải) — vì: tiêu chí 16: 0,0 → 8,0 điểm',
    );
    expect(diff.out).toMatch(
      /Mất giải: Xã Bình Thành — Giải Khuyến khích \(2\.000\.000 đ\) → không đạt giải — vì: không còn áp dụng: Theo quyết định của Hội đồng ngày 05\/01\/2024: nhận Giải Khuyến khích/,
    );
    // the corrected run is settled, but differs from the final record: replacing it still needs --replace-final
    const again = await run(['final', file('3.xlsx'), '-o', file('4.xlsx')], DAY);
    expect(again.code).toBe(1);
    expect(again.err).toContain(
      'Sổ đã có kết quả chính thức chốt ngày 05/01/2024 09:00, khác với lần chấm này (dữ liệu)',
    );
    expect(again.err).toContain('— vì: tiêu chí 16: 0,0 → 8,0 điểm');
  });

  it('says the day the results were marked final in Viet Nam time, as the results sheet does', async () => {
    // 20:30 UTC on 05/01 is 03:30 on 06/01 in Viet Nam
    const late = new Date(Date.UTC(2024, 0, 5, 20, 30, 0));
    const final = await run(['score', file('1-decided.xlsx'), '-o', file('late.xlsx'), '--final'], late);
    expect(final.code).toBe(0);
    expect(final.out).toContain('Hội đồng chốt ngày 06/01/2024 03:30');
    const book = await loadWorkbook(file('late.xlsx'));
    const ws = book.getWorksheet('Tổng hợp điểm') as ExcelJS.Worksheet;
    rowOf(ws, 'Xã Thạnh Hòa').getCell(18).value = true;
    await book.xlsx.writeFile(file('late-corrected.xlsx'));
    const later = await run(['score', file('late-corrected.xlsx'), '-o', file('late-2.xlsx')], late);
    expect(later.err).toContain('lần chấm này khác với kết quả chính thức chốt ngày 06/01/2024;');
  });
});
