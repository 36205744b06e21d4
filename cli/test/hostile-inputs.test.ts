/**
 * The command line on files as officials really have them: error values in figure columns, unit names that look
 * like formulas, a stray format at the sheet's last cell, a cell of 32 767 characters, a quote in a sheet name,
 * a file name spelled NFC or NFD, an earlier result file where the default output goes, options mistyped, "-" for
 * standard input, parts of the workbook the written copy cannot keep, and a write that fails half way. Every file is
 * built here with ExcelJS (and zip edits); a small plan of three criteria.
 */
import { existsSync, promises as fs } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { droppedFeatures } from '@thidua/core/adapters/exceljs';
import { writeFileWhole } from '../src/main';
import { runCli } from '../src/run';
import { captureIo, loadWorkbook, run, tempDir } from './helpers';

const PLAN = {
  id: 'kiem-tra-tep',
  version: '1.0.0',
  title: 'Kế hoạch kiểm tra tệp lạ',
  source: { number: '7/KH-UBND', issuer: 'UBND xã Kiểm Tra', date: '2024-02-01' },
  period: { from: '2024-01-01', to: '2024-12-31' },
  blocks: [{ id: 'xa', name: 'Khối xã', prizeFund: 6_000_000 }],
  criteria: [
    {
      id: 'tc1',
      number: '1',
      title: 'Có quy chế làm việc của ban chỉ đạo',
      maxPoints: 10,
      scoring: { kind: 'yesNo' },
    },
    {
      id: 'tc2',
      number: '2',
      title: 'Tỷ lệ thủ tục hành chính công khai',
      maxPoints: 10,
      scoring: { kind: 'rate', target: 90, comparison: 'atLeast', method: 'proportional' },
    },
    {
      id: 'tc3',
      number: '3',
      title: 'Số buổi tập huấn cho cán bộ',
      maxPoints: 6,
      scoring: { kind: 'count', method: 'perItem', perItem: 1 },
    },
  ],
  ranking: { order: 'desc', tieBreakers: [] },
  awards: { tiers: [{ id: 'nhat', name: 'Giải Nhất', count: 1, minTotal: 10, prize: 3_000_000 }] },
};

const HEADER = [
  'STT',
  'Tên đơn vị',
  '1. Có quy chế làm việc của ban chỉ đạo',
  '2. Tỷ lệ thủ tục hành chính công khai',
  '3. Số buổi tập huấn cho cán bộ',
];
type Row = [string, string, number, number];
const ROWS: Row[] = [
  ['Xã Hòa Bình', 'Có', 0.95, 4],
  ['Xã Long Thạnh', 'Không', 0.7, 2],
  ['Xã Phú Mỹ', 'Có', 0.88, 7],
];

const dir = tempDir();
const planPath = join(dir, 'ke-hoach.json');
beforeAll(() => fs.writeFile(planPath, JSON.stringify(PLAN)));
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

function book(name = 'Tổng hợp', rows: Row[] = ROWS): { wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet } {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(name);
  ws.addRow(HEADER);
  rows.forEach((r, i) => ws.addRow([i + 1, ...r]));
  ws.getColumn(4).numFmt = '0%';
  return { wb, ws };
}

async function save(wb: ExcelJS.Workbook, name: string): Promise<string> {
  const path = join(dir, name);
  await fs.writeFile(path, new Uint8Array(await wb.xlsx.writeBuffer()));
  return path;
}

const score = (...args: string[]) => run(['score', '--plan', planPath, ...args]);
const STACK = /\n\s+at |Error:|node:internal|ERR_PARSE_ARGS/;

describe('error values in figure columns', () => {
  it('validate names each cell and its error, exit 1; score holds the award', async () => {
    const { wb, ws } = book();
    ws.getCell('C2').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    ws.getCell('D3').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
    ws.getCell('E4').value = { formula: 'A1/0', result: { error: '#REF!' } } as ExcelJS.CellFormulaValue;
    const path = await save(wb, 'gia-tri-loi.xlsx');
    const checked = await run(['validate', '--plan', planPath, path]);
    expect(checked.code).toBe(1);
    expect(checked.out).toContain('Ô \'Tổng hợp\'!C2 (đơn vị "Xã Hòa Bình", tiêu chí 1) chứa lỗi Excel #N/A');
    expect(checked.out).toContain("'Tổng hợp'!D3");
    expect(checked.out).toContain('#DIV/0!');
    expect(checked.out).toContain("'Tổng hợp'!E4");
    expect(checked.out).toContain('#REF!');
    const scored = await score(path, '-o', join(dir, 'gia-tri-loi-kq.xlsx'));
    expect(scored.code).toBe(0);
    // no unit is awarded on a figure that could not be read
    expect(scored.out).toContain('Đã chấm 3 đơn vị: 3 được xếp hạng, 0 đạt giải.');
    expect(scored.err).toContain('Lưu ý: 3 vấn đề trong dữ liệu');
  });
});

describe('unit names that begin like a formula', () => {
  it('are written back as the text typed; the written workbook holds no formula at all', async () => {
    const names = ['=Xã Hòa Bình', '+Xã Long Thạnh', '-Xã Phú Mỹ', '@Xã Tân Lập', '\tXã Tab'];
    const { wb } = book(
      'Tổng hợp',
      names.map((n, i): Row => [n, 'Có', 0.5 + i / 10, i]),
    );
    const out = join(dir, 'cong-thuc-kq.xlsx');
    const res = await score(await save(wb, 'cong-thuc.xlsx'), '-o', out);
    expect(res.code).toBe(0);
    const written = await loadWorkbook(out);
    const formulas: string[] = [];
    const texts = new Set<unknown>();
    written.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.formula) formulas.push(`${ws.name}!${cell.address}`);
          texts.add(cell.value);
        }),
      ),
    );
    expect(formulas).toEqual([]);
    for (const name of names) expect(texts.has(name)).toBe(true);
  });
});

describe('rich text, hyperlinks and array formulas as values', () => {
  it('are read as the text and numbers shown; the array formula is written back as it was', async () => {
    const { wb, ws } = book();
    ws.getCell('B2').value = { richText: [{ text: 'Xã ', font: { bold: true } }, { text: 'Hòa Bình' }] };
    ws.getCell('C2').value = { richText: [{ text: 'Có', font: { italic: true } }] };
    ws.getCell('B4').value = { text: 'Xã Phú Mỹ', hyperlink: 'https://phumy.example.vn' };
    ws.getCell('E4').value = { text: '7', hyperlink: 'https://phumy.example.vn/tap-huan' };
    ws.getCell('E3').value = {
      formula: 'SUM(1,1)',
      result: 2,
      shareType: 'array',
      ref: 'E3',
    } as unknown as ExcelJS.CellFormulaValue;
    const out = join(dir, 'gia-tri-dac-biet-kq.xlsx');
    const res = await score(await save(wb, 'gia-tri-dac-biet.xlsx'), '-o', out, '--json');
    expect(res.code).toBe(0);
    const { results } = JSON.parse(res.out) as {
      results: { name: string; total: number; criteria: { id: string; points: number }[] }[];
    };
    const points = Object.fromEntries(
      results.map((u) => [u.name, Object.fromEntries(u.criteria.map((c) => [c.id, c.points]))]),
    );
    expect(points['Xã Hòa Bình']).toEqual({ tc1: 10, tc2: 10, tc3: 4 });
    expect(points['Xã Long Thạnh']).toMatchObject({ tc1: 0, tc3: 2 });
    expect(points['Xã Phú Mỹ']).toMatchObject({ tc1: 10, tc3: 6 });
    const sheet = (await loadWorkbook(out)).getWorksheet('Tổng hợp') as ExcelJS.Worksheet;
    expect(sheet.getCell('E3').formula).toBe('SUM(1,1)');
    expect(sheet.getCell('B4').value).toEqual({ text: 'Xã Phú Mỹ', hyperlink: 'https://phumy.example.vn' });
  });
});

describe('a stray format at the last cell of the sheet (XFD1048576)', () => {
  it('is scored; the results go one blank column right of the table, not past the stray cell', async () => {
    const { wb, ws } = book();
    ws.getCell('XFD1048576').numFmt = '0.00';
    const out = join(dir, 'o-cuoi-kq.xlsx');
    const res = await score(await save(wb, 'o-cuoi.xlsx'), '-o', out);
    expect(res.code).toBe(0);
    expect(res.err).toContain('Bảng: sheet "Tổng hợp", dòng 2–4, 3 đơn vị.');
    const sheet = (await loadWorkbook(out)).getWorksheet('Tổng hợp') as ExcelJS.Worksheet;
    expect(sheet.getCell('F1').value).toBeNull();
    expect(sheet.getCell('G1').value).toBe('Tổng điểm');
  });
});

describe('a unit name of 32 767 characters (Excel’s most)', () => {
  it('is scored and the name is written back whole', async () => {
    const long = `Xã ${'Đ'.repeat(32_764)}`;
    const { wb } = book('Tổng hợp', [[long, 'Có', 0.95, 4], ...ROWS.slice(1)]);
    const out = join(dir, 'ten-dai-kq.xlsx');
    const res = await score(await save(wb, 'ten-dai.xlsx'), '-o', out);
    expect(res.code).toBe(0);
    const sheet = (await loadWorkbook(out)).getWorksheet('Tổng hợp') as ExcelJS.Worksheet;
    expect(sheet.getCell('B2').value).toBe(long);
  });
});

describe('a sheet name with an apostrophe', () => {
  it('names its cells with the quote doubled, the way Excel writes a reference', async () => {
    const { wb, ws } = book("Xã 'Hòa' 2024");
    ws.getCell('D3').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    const res = await run(['validate', '--plan', planPath, await save(wb, 'nhay-don.xlsx')]);
    expect(res.code).toBe(1);
    expect(res.out).toContain("'Xã ''Hòa'' 2024'!D3");
  });
});

describe('file names with Vietnamese letters, composed (NFC) or decomposed (NFD)', () => {
  it('a file saved under the NFD spelling is read when the NFC spelling is typed, and never overwritten', async () => {
    const nfc = 'Bảng điểm xã Hòa Bình.xlsx'.normalize('NFC');
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    const path = await save(book().wb, nfd);
    const before = await fs.readFile(path);
    const res = await score(join(dir, nfc), '-o', join(dir, 'nfc-kq.xlsx'));
    expect(res.code).toBe(0);
    expect(res.err).toContain('3 đơn vị');
    // the output spelled the way the input is stored is the input: refused
    const same = await score(join(dir, nfc), '-o', path);
    expect(same.code).toBe(2);
    expect(same.err).toContain('--in-place');
    expect(await fs.readFile(path)).toEqual(before);
  });

  it('a name found in neither spelling: the reason in words, not only a system code', async () => {
    const res = await score(join(dir, 'không có.xlsx'));
    expect(res.code).toBe(2);
    expect(res.err).toContain(': không có tệp hoặc thư mục này (ENOENT).');
    const en = await score(join(dir, 'không có.xlsx'), '--lang', 'en');
    expect(en.err).toContain(': no such file or folder (ENOENT).');
  });
});

describe('the default output is never an earlier file overwritten', () => {
  it('an existing <input>-ket-qua.xlsx is left as it was; the results go to <input>-ket-qua-2.xlsx', async () => {
    const input = await save(book().wb, 'lan-cham.xlsx');
    const earlier = join(dir, 'lan-cham-ket-qua.xlsx');
    await fs.writeFile(earlier, 'bản đã sửa tay của cán bộ');
    const res = await score(input);
    expect(res.code).toBe(0);
    expect(await fs.readFile(earlier, 'utf8')).toBe('bản đã sửa tay của cán bộ');
    const second = join(dir, 'lan-cham-ket-qua-2.xlsx');
    expect(res.out).toContain(`Đã ghi kết quả: ${second}`);
    expect(res.err).toContain(`đã có tệp "${earlier}"`);
    expect(res.err).toContain('không ghi đè');
    expect((await loadWorkbook(second)).getWorksheet('Kết quả')).toBeDefined();
    // named with -o, it is overwritten: the official asked for it
    const named = await score(input, '-o', earlier);
    expect(named.code).toBe(0);
    expect((await loadWorkbook(earlier)).getWorksheet('Kết quả')).toBeDefined();
  });
});

describe('options mistyped, and "-" for standard input', () => {
  it.each([
    [['--ouput', 'x.xlsx'], 'Không có tùy chọn "--ouput"', 'There is no option "--ouput"'],
    [['-x'], 'Không có tùy chọn "-x"', 'There is no option "-x"'],
    [['-o'], 'Tùy chọn "--output" cần một giá trị', 'The option "--output" needs a value'],
    [['--json=yes'], 'Tùy chọn "--json" không nhận giá trị', 'The option "--json" takes no value'],
  ])('%j: exit 2, said in the language asked, no library text', async (extra, vi, en) => {
    const path = await save(book().wb, 'tuy-chon.xlsx');
    const res = await score(path, ...extra);
    expect(res.code).toBe(2);
    expect(res.err).toContain(vi);
    expect(res.err).not.toMatch(/Unknown option|argument missing|positional|To specify/);
    const english = await score(path, '--lang', 'en', ...extra);
    expect(english.code).toBe(2);
    expect(english.err).toContain(en);
    expect(existsSync(join(dir, 'tuy-chon-ket-qua.xlsx'))).toBe(false);
  });

  it('"-" is refused in one sentence: the CLI reads files only', async () => {
    const res = await score('-');
    expect(res.code).toBe(2);
    expect(res.err).toContain('thidua chỉ đọc tệp (không đọc từ stdin)');
    expect(res.err).not.toMatch(STACK);
  });
});

/** The package of a small scored-sheet workbook with `edit` applied to its parts. */
async function edited(edit: (parts: Record<string, Uint8Array>) => void): Promise<Uint8Array> {
  const { wb, ws } = book();
  const image = wb.addImage({
    base64:
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    extension: 'png',
  });
  ws.addImage(image, 'H2:I4');
  const parts = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  edit(parts);
  return zipSync(parts);
}

const SHEET = 'xl/worksheets/sheet1.xml';
const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const XM = 'http://schemas.microsoft.com/office/excel/2006/main';

function inSheet(parts: Record<string, Uint8Array>, before: RegExp, xml: string): void {
  const text = strFromU8(parts[SHEET]);
  const at = text.search(before);
  parts[SHEET] = strToU8(
    at < 0 ? text.replace('</worksheet>', `${xml}</worksheet>`) : text.slice(0, at) + xml + text.slice(at),
  );
}

const pageBreaks = (parts: Record<string, Uint8Array>) =>
  inSheet(
    parts,
    /<drawing\b/,
    '<rowBreaks count="1" manualBreakCount="1"><brk id="3" max="16383" man="1"/></rowBreaks>',
  );
const extList = (inner: string) => (parts: Record<string, Uint8Array>) =>
  inSheet(parts, /<\/worksheet>/, `<extLst>${inner}</extLst>`);
const sparklines = extList(
  `<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${X14}"><x14:sparklineGroups xmlns:xm="${XM}"><x14:sparklineGroup><x14:sparklines><x14:sparkline><xm:f>'Tổng hợp'!C2:E2</xm:f><xm:sqref>F2</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext>`,
);
const extValidations = extList(
  `<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${X14}"><x14:dataValidations count="1" xmlns:xm="${XM}"><x14:dataValidation type="list"><x14:formula1><xm:f>'Danh mục'!$A$1:$A$2</xm:f></x14:formula1><xm:sqref>C2:C4</xm:sqref></x14:dataValidation></x14:dataValidations></ext>`,
);
function textBox(parts: Record<string, Uint8Array>): void {
  const name = Object.keys(parts).find((k) => /^xl\/drawings\/drawing\d+\.xml$/.test(k)) as string;
  parts[name] = strToU8(
    strFromU8(parts[name]).replace(
      '</xdr:wsDr>',
      '<xdr:twoCellAnchor><xdr:from><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>11</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>3</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="9" name="Hộp ghi chú"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr><xdr:txBody><a:bodyPr/><a:p><a:r><a:t>Số liệu đến 30/11</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>',
    ),
  );
}

describe('what the written copy cannot keep, inside the parts ExcelJS does read', () => {
  const CASES: [string, (p: Record<string, Uint8Array>) => void, string, string, RegExp][] = [
    ['pageBreaks', pageBreaks, 'ngắt trang đặt tay', 'manual page breaks', /<rowBreaks\b/],
    ['sparklines', sparklines, 'biểu đồ thu nhỏ trong ô', 'sparklines', /sparkline/],
    [
      'extValidations',
      extValidations,
      'danh sách chọn lấy nguồn từ trang khác',
      'drop-down lists',
      /x14:dataValidation/,
    ],
    ['shapes', textBox, 'hình vẽ, hộp văn bản', 'shapes and text boxes', /Hộp ghi chú/],
  ];

  it.each(CASES)(
    '%s: found, really lost by ExcelJS, and named before the copy is written',
    async (feature, edit, vi, en, trace) => {
      const bytes = await edited(edit);
      expect(droppedFeatures(bytes)).toEqual([feature]);
      // ExcelJS really drops it: the package it writes from what it read has no trace of it
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
      const again = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
      const text = Object.entries(again)
        .filter(([name]) => /^xl\/(worksheets|drawings)\/[^/]+\.xml$/.test(name))
        .map(([, data]) => strFromU8(data))
        .join('');
      expect(text).not.toMatch(trace);
      const input = join(dir, `${feature}.xlsx`);
      await fs.writeFile(input, bytes);
      const res = await score(input, '-o', join(dir, `${feature}-kq.xlsx`));
      expect(res.code).toBe(0);
      expect(res.err).toContain(`Lưu ý khi ghi: sổ "${input}" có ${vi}`);
      expect(res.err).toContain('tệp dữ liệu vẫn nguyên vẹn');
      const english = await score(input, '-o', join(dir, `${feature}-en.xlsx`), '--lang', 'en');
      expect(english.err).toContain(en);
      // --in-place would lose it from the only copy: refused, the file as it was
      const inPlace = await score(input, '--in-place');
      expect(inPlace.code).toBe(2);
      expect(new Uint8Array(await fs.readFile(input))).toEqual(bytes);
    },
  );

  it('the note comes before the copy is written', async () => {
    const input = join(dir, 'thu-tu.xlsx');
    await fs.writeFile(input, await edited(pageBreaks));
    const events: string[] = [];
    const io = captureIo();
    const code = await runCli(['score', '--plan', planPath, input, '-o', join(dir, 'thu-tu-kq.xlsx')], {
      ...io,
      stderr: (text) => events.push(`err:${text}`),
      writeFile: async (path, data) => {
        events.push(`write:${path}`);
        await io.writeFile(path, data);
      },
    });
    expect(code).toBe(0);
    const note = events.findIndex((e) => e.startsWith('err:') && e.includes('ngắt trang đặt tay'));
    const written = events.findIndex((e) => e.startsWith('write:'));
    expect(note).toBeGreaterThanOrEqual(0);
    expect(written).toBeGreaterThan(note);
  });

  it('a workbook with only pictures, notes and plain validations loses nothing', async () => {
    expect(droppedFeatures(await edited(() => undefined))).toEqual([]);
  });
});

describe('a write that fails half way', () => {
  it('leaves the earlier file as it was and no temporary file beside it', async () => {
    const target = join(dir, 'ket-qua-cu.xlsx');
    await fs.writeFile(target, 'kết quả cũ');
    const halfThenFull = async (path: string, data: Uint8Array | string) => {
      await fs.writeFile(path, typeof data === 'string' ? data.slice(0, 3) : data.subarray(0, 3));
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    };
    await expect(writeFileWhole(target, 'kết quả mới', halfThenFull)).rejects.toMatchObject({
      code: 'ENOSPC',
    });
    expect(await fs.readFile(target, 'utf8')).toBe('kết quả cũ');
    expect(
      (await fs.readdir(dir)).filter((n) => n.includes('ket-qua-cu') && n !== 'ket-qua-cu.xlsx'),
    ).toEqual([]);
  });

  it('writes through a symlink to its target, whole', async () => {
    const real = join(dir, 'that.xlsx');
    const link = join(dir, 'lien-ket-ghi.xlsx');
    await fs.writeFile(real, 'cũ');
    await fs.symlink(real, link);
    await writeFileWhole(link, 'mới');
    expect(await fs.readFile(real, 'utf8')).toBe('mới');
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
  });

  it('a folder as the output is refused before anything is written', async () => {
    await expect(writeFileWhole(dir, 'x')).rejects.toMatchObject({ code: 'EISDIR' });
  });
});

describe('a table found only on a hidden or very hidden sheet', () => {
  it('is not scored unasked: the refusal names the hidden sheet and how to read it', async () => {
    const { wb } = book();
    (wb.worksheets[0] as ExcelJS.Worksheet).state = 'veryHidden';
    const res = await score(await save(wb, 'an-het.xlsx'), '-o', join(dir, 'an-het-kq.xlsx'));
    expect(res.code).not.toBe(0);
    expect(res.err).toContain('Sheet đang ẩn không được đọc: "Tổng hợp"');
    expect(res.err).toContain('--sheet "Tổng hợp"');
    await expect(fs.stat(join(dir, 'an-het-kq.xlsx'))).rejects.toThrow();
  });

  it('is scored when named with --sheet', async () => {
    const { wb } = book();
    (wb.worksheets[0] as ExcelJS.Worksheet).state = 'hidden';
    const res = await score(
      await save(wb, 'an-ten.xlsx'),
      '--sheet',
      'Tổng hợp',
      '-o',
      join(dir, 'an-ten-kq.xlsx'),
    );
    expect(res.code).toBe(0);
    expect(res.err).not.toContain('Sheet đang ẩn');
  });

  it('beside a visible table: the visible one is read and the hidden one is named as not read', async () => {
    const { wb } = book('Bảng điểm');
    const old = wb.addWorksheet('Bản cũ', { state: 'hidden' });
    old.addRow(HEADER);
    ROWS.forEach((r, i) => old.addRow([i + 1, ...r]));
    const res = await score(await save(wb, 'co-ban-an.xlsx'), '-o', join(dir, 'co-ban-an-kq.xlsx'));
    expect(res.code).toBe(0);
    expect(res.err).toContain('Bảng: sheet "Bảng điểm"');
    expect(res.err).toContain('Sheet đang ẩn không được đọc: "Bản cũ"');
  });
});

describe('--lang en and a plan’s validation problems', () => {
  it('names the field path and says what is wrong in English', async () => {
    const bad = join(dir, 'ke-hoach-sai.json');
    await fs.writeFile(bad, JSON.stringify({ ...PLAN, criteria: [{ ...PLAN.criteria[0], maxPoints: -3 }] }));
    const res = await run(['score', '--plan', bad, await save(book().wb, 'k.xlsx'), '--lang', 'en']);
    expect(res.code).toBe(1);
    expect(res.err).toContain('plan.criteria[0].maxPoints');
    expect(res.err).not.toContain('Quá nhỏ');
  });
});
