/**
 * Scoring a workbook again: the program's sheets keep their tabs' order and their names whatever language the
 * run is in (no stale "Kết quả" left beside a fresh "Results"); a block the official changed is named as a
 * reference they can type into Go To ('Tổng hợp điểm'!AF10); and the options an official can get wrong are
 * refused before anything is written — a day the calendar does not have, an output name Excel would not open.
 */
import { existsSync, promises as fs } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES, loadWorkbook, run, tempDir } from './helpers';

const PLAN = 'phung-hiep-2023-xa';
const INPUT = join(EXAMPLES, `${PLAN}.xlsx`);
const SHEET = 'Tổng hợp điểm';
const dir = tempDir();
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const score = (...args: string[]) => run(['score', '--plan', PLAN, ...args]);
const tabs = async (path: string) => (await loadWorkbook(path)).worksheets.map((w) => w.name);

let first: string;
beforeAll(async () => {
  first = join(dir, 'lan-1.xlsx');
  expect((await score(INPUT, '-o', first)).code).toBe(0);
});

describe('the program’s sheets on a second run', () => {
  it('keep their place among the tabs', async () => {
    const again = join(dir, 'lan-2.xlsx');
    expect((await score(first, '-o', again)).code).toBe(0);
    expect(await tabs(again)).toEqual(await tabs(first));
    expect(await tabs(first)).toEqual([
      SHEET,
      'Kết quả',
      'Đề nghị khen thưởng',
      'Giải trình',
      'Nhật ký chấm điểm',
      '_thidua',
    ]);
  });

  it('are rewritten under their names in the language asked, never left stale beside new ones', async () => {
    const english = join(dir, 'lan-2-en.xlsx');
    const res = await score(first, '-o', english, '--lang', 'en');
    expect(res.code).toBe(0);
    expect(await tabs(english)).toEqual(await tabs(first));
    const wb = await loadWorkbook(english);
    const results = wb.getWorksheet('Kết quả');
    const texts: string[] = [];
    results?.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toContain('EMULATION SCORING RESULTS');
    expect(texts.join('\n')).not.toContain('KẾT QUẢ CHẤM ĐIỂM');
    // the log is the same sheet, one row longer
    expect(wb.getWorksheet('Nhật ký chấm điểm')?.actualRowCount).toBe(3);
  });
});

describe('a block the official changed', () => {
  it('is named with its sheet, as Excel writes a reference, and so is the changed cell', async () => {
    const wb = await loadWorkbook(first);
    const ws = wb.getWorksheet(SHEET);
    let heading: { row: number; col: number } | undefined;
    ws?.eachRow((row, r) =>
      row.eachCell((c, col) => {
        if (!heading && c.value === 'Tổng điểm') heading = { row: r, col };
      }),
    );
    expect(heading).toBeDefined();
    const { row, col } = heading as { row: number; col: number };
    const cell = ws?.getCell(row + 3, col + 1);
    expect(typeof cell?.value).toBe('number');
    if (cell) cell.value = 'hạng sửa tay';
    const edited = join(dir, 'da-sua.xlsx');
    await wb.xlsx.writeFile(edited);
    const res = await score(edited, '-o', join(dir, 'da-sua-kq.xlsx'));
    expect(res.code).toBe(0);
    expect(res.err).toContain(`Vùng kết quả lần trước '${SHEET}'!`);
    expect(res.err).toContain(`(ô đã sửa: '${SHEET}'!${cell?.address})`);
    expect(res.err).toMatch(new RegExp(`kết quả mới ghi ở '${SHEET}'![A-Z]+\\d+:[A-Z]+\\d+\\.`));
  });
});

describe('options refused before anything is written', () => {
  it.each(['2024-02-30', '2023-02-29', '2024-13-01', '2024-04-31'])(
    '--due-date %s, a day the calendar does not have: exit 2, no output',
    async (day) => {
      const out = join(dir, `han-${day}.xlsx`);
      const res = await score(INPUT, '-o', out, '--due-date', day);
      expect(res.code).toBe(2);
      expect(res.err).toContain(`Ngày "${day}" không đúng dạng YYYY-MM-DD hoặc không có trên lịch`);
      expect(existsSync(out)).toBe(false);
    },
  );

  it('--due-date 2024-02-29, a leap day, is taken', async () => {
    const res = await score(INPUT, '-o', join(dir, 'nhuan.xlsx'), '--due-date', '2024-02-29');
    expect(res.code).toBe(0);
  });

  it.each(['ket-qua.csv', 'ket-qua.txt', 'ket-qua'])(
    'score -o %s, a workbook under a name Excel would not open: exit 2, nothing written',
    async (name) => {
      const out = join(dir, name);
      const res = await score(INPUT, '-o', out);
      expect(res.code).toBe(2);
      expect(res.err).toContain(`Tệp kết quả "${out}" không có đuôi .xlsx (hay .json)`);
      expect(existsSync(out)).toBe(false);
      const en = await score(INPUT, '-o', out, '--lang', 'en');
      expect(en.err).toContain(`The output "${out}" does not end in .xlsx (or .json)`);
    },
  );

  it('template and merge -o into a .csv: exit 2, nothing written', async () => {
    const out = join(dir, 'mau.csv');
    const template = await run(['template', '--plan', PLAN, '-o', out]);
    expect(template.code).toBe(2);
    expect(template.err).toContain(`Tệp kết quả "${out}" không có đuôi .xlsx:`);
    const merge = await run(['merge', '--plan', PLAN, first, '-o', out]);
    expect(merge.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});

describe('dossier -o naming a file, not a folder', () => {
  it('is one sentence saying a dossier needs a folder; the file is left as it was', async () => {
    const before = await fs.readFile(first);
    const res = await run(['dossier', '--plan', PLAN, INPUT, '-o', first]);
    expect(res.code).toBe(2);
    expect(res.err).toContain(
      `Không tạo được thư mục hồ sơ "${first}": đã có một tệp tên này (EEXIST). Hồ sơ gồm nhiều văn bản nên -o là một thư mục`,
    );
    expect(res.err).not.toContain('Không đọc được');
    expect(await fs.readFile(first)).toEqual(before);
  });
});
