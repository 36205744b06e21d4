/**
 * Too little mapped is an error: a sheet where no column matches the plan is refused (exit 1, saying what was read
 * and what to do, nothing written); one matching part of it needs --allow-partial, and then every unit's result
 * names what was not read.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { EXAMPLE_SHEET, exampleWorkbook, UNCLEAR_CRITERION } from '../../addin/e2e/example-workbook';
import type { ScoreResponse } from '@thidua/core';
import { run, tempDir } from './helpers';

const XA = 'phung-hiep-2023-xa';
const dir = tempDir();
const nothing = join(dir, 'danh-sach.xlsx');
const partial = join(dir, 'bang-diem.xlsx');

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(['STT', 'Tên đơn vị', 'Số điện thoại', 'Địa chỉ liên hệ', 'Người phụ trách']);
  ['Xã Hòa An', 'Xã Tân Bình', 'Thị trấn Cây Dương'].forEach((name, i) =>
    ws.addRow([i + 1, name, 2903120 + i, `Ấp ${i + 1}`, `Ông ${i + 1}`]),
  );
  wb.addWorksheet('Ghi chú').addRow(['Số liệu tháng 12']);
  await wb.xlsx.writeFile(nothing);
  // The pane's example: every criterion but one (its header gives no clue) has a column.
  await exampleWorkbook().xlsx.writeFile(partial);
});

describe('thidua score when too little of the sheet maps to the plan', () => {
  it('nothing mapped: exit 1, names the sheet and the headers read, says what to do, writes nothing', async () => {
    const out = join(dir, 'nothing-out.xlsx');
    const res = await run(['score', '--plan', XA, nothing, '-o', out]);
    expect(res.code).toBe(1);
    expect(res.out).toBe('');
    expect(res.err).toContain(
      'Không chấm điểm: không cột nào khớp với tiêu chí, chỉ tiêu hay dữ kiện nào của kế hoạch',
    );
    expect(res.err).toContain(
      'Đã đọc trang "Danh sách" (tiêu đề ở dòng 1): "Số điện thoại", "Địa chỉ liên hệ", "Người phụ trách".',
    );
    expect(res.err).toContain(`thidua template --plan ${XA} -o bang-cham-diem-${XA}.xlsx`);
    expect(res.err).toContain('bước "2. Bảng tính"');
    expect(res.err).toContain('--sheet "<tên trang>" (các trang khác trong sổ: Ghi chú)');
    expect(res.err).not.toMatch(/được xếp hạng|at |Error/);
    expect(existsSync(out)).toBe(false);
  });

  it('the same in English, with --sheet, and --allow-partial does not lift it', async () => {
    const res = await run([
      'score',
      '--plan',
      XA,
      nothing,
      '--sheet',
      'Danh sách',
      '--allow-partial',
      '--lang',
      'en',
    ]);
    expect(res.code).toBe(1);
    expect(res.err).toContain(
      'Read sheet "Danh sách" (headers in row 1): "Số điện thoại", "Địa chỉ liên hệ", "Người phụ trách".',
    );
    expect(res.err).toContain('or choose the right sheet with --sheet');
    expect(res.err).toContain('No output file was written.');
    expect(existsSync(join(dir, 'danh-sach-results.xlsx'))).toBe(false);
  });

  it('validate lists the refusal first (exit 1); dossier refuses too', async () => {
    const checked = await run(['validate', '--plan', XA, nothing]);
    expect(checked.code).toBe(1);
    expect(checked.out.split('\n')[1]).toMatch(/^ {2}Không chấm điểm: không cột nào khớp/);
    const dossier = await run(['dossier', '--plan', XA, nothing, '-o', join(dir, 'ho-so')]);
    expect(dossier.code).toBe(1);
    expect(dossier.err).toContain('Không chấm điểm');
    expect(existsSync(join(dir, 'ho-so'))).toBe(false);
  });

  it('part mapped: exit 1 without --allow-partial, listing what has no column', async () => {
    const out = join(dir, 'partial-out.xlsx');
    const res = await run(['score', '--plan', XA, partial, '-o', out]);
    expect(res.code).toBe(1);
    expect(res.err).toContain(
      `Trang "${EXAMPLE_SHEET}": 1 mục của kế hoạch không có cột nào nên sẽ không được đọc — mọi đơn vị đều thiếu: tiêu chí 24. Chưa chấm.`,
    );
    expect(res.err).toContain('thêm --allow-partial');
    expect(existsSync(out)).toBe(false);
  });

  it('with --allow-partial: scored, and every unit in the JSON output names the criterion not read', async () => {
    const res = await run([
      'score',
      '--plan',
      XA,
      partial,
      '--allow-partial',
      '--json',
      '-o',
      join(dir, 'p.xlsx'),
    ]);
    expect(res.code).toBe(0);
    expect(res.err).toContain('Vẫn chấm theo yêu cầu; kết quả của từng đơn vị ghi rõ các mục không được đọc');
    const response = JSON.parse(res.out) as ScoreResponse;
    expect(response.results).toHaveLength(15);
    for (const unit of response.results)
      expect(unit.flags).toContainEqual({
        code: 'criteria-not-mapped',
        message: 'Không đọc được vì không có cột nào trên trang: tiêu chí 24',
        notMapped: [UNCLEAR_CRITERION],
      });
    expect(response.summary.flagCounts['criteria-not-mapped']).toBe(15);
  });

  it('--strict is unchanged: a partial sheet scored with --allow-partial still has a data problem', async () => {
    const res = await run([
      'score',
      '--plan',
      XA,
      partial,
      '--allow-partial',
      '--strict',
      '-o',
      join(dir, 's.xlsx'),
    ]);
    expect(res.code).toBe(1);
    expect(res.err).toContain('--strict');
  });

  it('the help text documents --allow-partial', async () => {
    expect((await run(['--help'])).out).toContain('--allow-partial');
    expect((await run(['--help', '--lang', 'en'])).out).toContain('score even when only some criteria');
  });
});
