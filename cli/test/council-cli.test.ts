/**
 * The council's cycle through the CLI on the Phụng Hiệp communes example: score (a tie and held awards) → the
 * "Quyết định của Hội đồng" sheet filled by a script → score again (decisions applied, listed in the log) → diff →
 * final → a data correction → the run names what differs from the final results, which stay as marked.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { COUNCIL_SETTING_KEYS, parseFinal } from '@thidua/core/council';
import { EXAMPLES, loadModel, loadWorkbook, run, tempDir } from './helpers';

const XA = 'phung-hiep-2023-xa';
const DAY2 = new Date(Date.UTC(2024, 0, 5, 2, 0, 0));
const DAY3 = new Date(Date.UTC(2024, 0, 6, 2, 0, 0));

function rowOf(ws: ExcelJS.Worksheet, name: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((r) => {
    if (!found && r.getCell(2).value === name) found = r;
  });
  if (!found) throw new Error(`no row for ${name}`);
  return found;
}

function texts(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((r) => r.eachCell((c) => out.push(String(c.value))));
  return out;
}

describe('thidua: decide a tie → score again → diff → final → change data', () => {
  let dir: string;
  const file = (name: string) => join(dir, name);

  beforeAll(() => {
    dir = tempDir();
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('runs the whole cycle', async () => {
    // 1. score: a tie for the last encouragement prize, awards held for two units' missing data
    const first = await run([
      'score',
      '--plan',
      XA,
      join(EXAMPLES, `${XA}.xlsx`),
      '-o',
      file('1.xlsx'),
      '--council-sheet',
    ]);
    expect(first.code).toBe(0);
    expect(first.out).toContain('Đã thêm trang "Quyết định của Hội đồng"');
    expect(first.out).toContain('1 trường hợp đồng điểm ở ranh giới giải');

    // 2. the council's secretary fills the sheet (a script here), one decision per row
    const wb = await loadWorkbook(file('1.xlsx'));
    const sheet = wb.getWorksheet('Quyết định của Hội đồng') as ExcelJS.Worksheet;
    expect(sheet.getRow(5).getCell(2).value).toBe('Loại quyết định');
    const rows: ExcelJS.CellValue[][] = [
      [
        1,
        'Tính 0 điểm giá trị thiếu',
        'Xã Hiệp Hưng',
        null,
        null,
        null,
        null,
        null,
        'Không nộp số liệu',
        '05/01/2024',
        'Thư ký',
      ],
      [
        2,
        'Không xét thi đua',
        'Xã Phương Phú',
        null,
        null,
        'Mục IV.1 kế hoạch',
        null,
        null,
        'Báo cáo trễ 5 ngày',
        '05/01/2024',
        'Thư ký',
      ],
      [
        3,
        'Chọn đơn vị nhận giải đồng hạng',
        'Xã Bình Thành',
        null,
        'Giải Khuyến khích',
        null,
        null,
        null,
        'Biểu quyết 7/9',
        '05/01/2024',
        'Thư ký',
      ],
      [
        4,
        'Chọn đơn vị nhận giải đồng hạng',
        'Xã Không Có',
        null,
        'Giải Nhất',
        null,
        null,
        null,
        'Thử',
        '05/01/2024',
        'Thư ký',
      ],
      [5, 'Xét thi đua', 'Xã Hòa An', null, null, null, null, null, 'Thiếu căn cứ', '05/01/2024', 'Thư ký'],
    ];
    rows.forEach((values, i) => {
      sheet.getRow(6 + i).values = values;
    });
    await wb.xlsx.writeFile(file('1-decided.xlsx'));

    // 3. score again (the plan kept in the workbook): the decisions are applied, or refused with the reason
    const second = await run(['score', file('1-decided.xlsx'), '-o', file('2.xlsx')], DAY2);
    expect(second.code).toBe(0);
    expect(second.out).toContain('Quyết định của Hội đồng: áp dụng 3, từ chối 1.');
    expect(second.out).toContain(
      'Từ chối: Quyết định Quyết định của Hội đồng, 9 (chọn đơn vị đồng hạng) không được áp dụng: không có đơn vị "Xã Không Có"',
    );
    expect(second.err).toContain(
      'Quyết định của Hội đồng\'!F10: Trang "Quyết định của Hội đồng", dòng 10: thiếu "Căn cứ (quy định áp dụng)"',
    );
    const scored = await loadWorkbook(file('2.xlsx'));
    const data = scored.getWorksheet('Tổng hợp điểm') as ExcelJS.Worksheet;
    expect(rowOf(data, 'Xã Bình Thành').values).toContain('Giải Khuyến khích');
    expect(
      texts(data).some((t) =>
        t.startsWith('Theo quyết định của Hội đồng ngày 05/01/2024: nhận Giải Khuyến khích'),
      ),
    ).toBe(true);
    const log = scored.getWorksheet('Nhật ký chấm điểm') as ExcelJS.Worksheet;
    expect(log.getCell('R1').value).toBe('Quyết định của Hội đồng');
    expect(String(log.getCell('R3').value)).toMatch(/^Áp dụng 3, từ chối 1 \(sha256:/);
    expect(String(log.getCell('R3').value)).toContain(
      '✓ Quyết định của Hội đồng, 8: Theo quyết định của Hội đồng ngày 05/01/2024: nhận Giải Khuyến khích',
    );
    // the council's rows are never rewritten by a run
    const kept = scored.getWorksheet('Quyết định của Hội đồng') as ExcelJS.Worksheet;
    expect(kept.getRow(8).getCell(3).value).toBe('Xã Bình Thành');

    // 4. what changed with the decisions
    const diff = await run(['diff', file('1.xlsx'), file('2.xlsx')]);
    expect(diff.code).toBe(0);
    expect(diff.out).toContain('Khác nhau ở: quyết định của Hội đồng (không có →');
    expect(diff.out).toContain(
      'Được giải: Xã Bình Thành — Giải Khuyến khích (2.000.000 đ) (trước: chưa xác định)',
    );
    expect(diff.out).toContain('Đổi giải: Xã Thạnh Hòa — chưa xác định → không đạt giải');
    expect(diff.out).toContain('Tổng tiền thưởng: 0 đ → 26.000.000 đ (+26.000.000 đ)');
    const same = await run(['diff', file('2.xlsx'), file('2.xlsx')]);
    expect(same.out).toContain('Hai lần chấm giống nhau');

    // 5. the council marks the run final — refused while a decision it recorded was not applied as written
    const early = await run(
      ['final', file('2.xlsx'), '-o', file('3.xlsx'), '--by', 'Chủ tịch Hội đồng'],
      DAY2,
    );
    expect(early.code).toBe(1);
    expect(early.err).toContain('Xã Không Có');
    // the row that could not be read counts too: it is a decision the council wrote that the run did not apply
    expect(early.err).toContain('2 quyết định của Hội đồng không được áp dụng như đã ghi');
    await expect(fs.access(file('3.xlsx'))).rejects.toThrow();
    // the council clears the rows it cannot stand by (rows 9 and 10), then marks the run final
    const cleared = await loadWorkbook(file('2.xlsx'));
    const councilSheet = cleared.getWorksheet('Quyết định của Hội đồng') as ExcelJS.Worksheet;
    for (const r of [9, 10]) councilSheet.getRow(r).values = [];
    await cleared.xlsx.writeFile(file('2-cleared.xlsx'));
    const final = await run(
      ['final', file('2-cleared.xlsx'), '-o', file('3.xlsx'), '--by', 'Chủ tịch Hội đồng'],
      DAY2,
    );
    expect(final.code).toBe(0);
    expect(final.out).toContain(
      'Đã chốt: KẾT QUẢ CHÍNH THỨC — Hội đồng chốt ngày 05/01/2024 09:00 (Chủ tịch Hội đồng)',
    );
    const marked = await loadModel(file('3.xlsx'));
    const record = parseFinal(marked.settings?.[COUNCIL_SETTING_KEYS.final]);
    expect(record?.snapshot.fingerprint.decisionsHash).toMatch(/^sha256:/);
    const results = (await loadWorkbook(file('3.xlsx'))).getWorksheet('Kết quả') as ExcelJS.Worksheet;
    expect(
      texts(results).some((t) => t.startsWith('KẾT QUẢ CHÍNH THỨC — Hội đồng chốt ngày 05/01/2024')),
    ).toBe(true);

    // 6. a data correction: Thạnh Hòa's criterion 16 (column R) was in fact met
    const book = await loadWorkbook(file('3.xlsx'));
    const ws = book.getWorksheet('Tổng hợp điểm') as ExcelJS.Worksheet;
    const thanhHoa = rowOf(ws, 'Xã Thạnh Hòa');
    expect(thanhHoa.getCell(18).value).toBe(false);
    thanhHoa.getCell(18).value = true;
    await book.xlsx.writeFile(file('3-corrected.xlsx'));
    const later = await run(['score', file('3-corrected.xlsx'), '-o', file('4.xlsx')], DAY3);
    expect(later.code).toBe(0);
    expect(later.err).toContain(
      'lần chấm này khác với kết quả chính thức chốt ngày 05/01/2024; kết quả chính thức vẫn giữ nguyên',
    );
    expect(later.err).toMatch(/Khác nhau ở: dữ liệu \(/);
    expect(later.err).toContain('Tổng điểm: Xã Thạnh Hòa 170,3 → 178,3 điểm (hạng không đổi: 5)');
    expect(later.out).toContain(
      'Từ chối: Quyết định Quyết định của Hội đồng, 8 (chọn đơn vị đồng hạng) không được áp dụng: Xã Bình Thành không còn đồng hạng',
    );
    const after = await loadModel(file('4.xlsx'));
    expect(after.settings?.[COUNCIL_SETTING_KEYS.final]).toBe(marked.settings?.[COUNCIL_SETTING_KEYS.final]);
    const laterResults = (await loadWorkbook(file('4.xlsx'))).getWorksheet('Kết quả') as ExcelJS.Worksheet;
    expect(
      texts(laterResults).some((t) =>
        t.startsWith(
          'CHƯA PHẢI KẾT QUẢ CHÍNH THỨC: khác với kết quả Hội đồng chốt ngày 05/01/2024 09:00 ở dữ liệu',
        ),
      ),
    ).toBe(true);
    const versusFinal = await run(['diff', file('4.xlsx')]);
    expect(versusFinal.out).toContain('4.xlsx (kết quả chính thức) → 4.xlsx (lần chấm gần nhất)');

    // 7. marking the changed run final needs --replace-final; the earlier record is kept
    const refused = await run(['final', file('4.xlsx'), '-o', file('5.xlsx')], DAY3);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(
      'Sổ đã có kết quả chính thức chốt ngày 05/01/2024 09:00, khác với lần chấm này (dữ liệu)',
    );
    await expect(fs.access(file('5.xlsx'))).rejects.toThrow();
    // nor does --replace-final while the tie decision of row 8 no longer applies: the council clears it first
    const stale = await run(['final', file('4.xlsx'), '-o', file('5.xlsx'), '--replace-final'], DAY3);
    expect(stale.code).toBe(1);
    expect(stale.err).toContain('Quyết định của Hội đồng, 8');
    const without = await loadWorkbook(file('4.xlsx'));
    (without.getWorksheet('Quyết định của Hội đồng') as ExcelJS.Worksheet).getRow(8).values = [];
    await without.xlsx.writeFile(file('4-cleared.xlsx'));
    const replaced = await run(
      ['final', file('4-cleared.xlsx'), '-o', file('5.xlsx'), '--replace-final'],
      DAY3,
    );
    expect(replaced.code).toBe(0);
    const again = parseFinal((await loadModel(file('5.xlsx'))).settings?.[COUNCIL_SETTING_KEYS.final]);
    expect(again?.replaced).toEqual([
      {
        markedAt: record?.markedAt,
        markedBy: 'Chủ tịch Hội đồng',
        fingerprint: record?.snapshot.fingerprint,
      },
    ]);
  });

  it('reads decisions from a JSON file and diffs two JSON answers', async () => {
    const decisions = file('decisions.json');
    await fs.writeFile(
      decisions,
      JSON.stringify([
        {
          kind: 'exclude',
          unit: 'Thị trấn Cây Dương',
          rule: 'Điều 6',
          date: '2024-01-05',
          recordedBy: 'Thư ký',
          reason: 'Vi phạm',
        },
      ]),
    );
    const input = join(EXAMPLES, `${XA}.input.json`);
    const a = await run(['score', '--plan', XA, input, '-o', file('a.json')]);
    const b = await run(['score', '--plan', XA, input, '--decisions', decisions, '-o', file('b.json')]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const diff = await run(['diff', file('a.json'), file('b.json'), '--lang', 'en']);
    expect(diff.out).toContain("What differs: council's decisions");
    expect(diff.out).toContain('Rank: Thị trấn Cây Dương 1 → — ');
    const bad = await run(['diff', file('a.json'), decisions]);
    expect(bad.code).toBe(2);
    const broken = file('broken.json');
    await fs.writeFile(broken, JSON.stringify([{ kind: 'tie', unit: 'x' }]));
    const refused = await run(['score', '--plan', XA, input, '--decisions', broken]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('Tệp quyết định');
    expect(refused.err).toContain('[0].date');
  });
});
