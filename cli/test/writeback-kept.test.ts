/**
 * What an official's workbook as Excel writes it holds that ExcelJS reads past — defined names that are constants,
 * formulas or scoped to one sheet, hidden names, links to a place in the workbook, a sheet's legacy password, its
 * "Allow Users to Edit Ranges", its ignored error markers, notes on empty cells — is in the copy `thidua score`
 * writes, verbatim, and still there after a second run. The workbook is built with ExcelJS, then given those parts
 * the way Excel spells them; LibreOffice reads the copy back as an independent reader.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, promises as fs, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { droppedParts, keepOfficialParts, openWorkbookBytes } from '@thidua/core/adapters/exceljs';
import { loadWorkbook, run, tempDir } from './helpers';

const PLAN = {
  id: 'thu-nghiem-giu',
  version: '1.0.0',
  title: 'Kế hoạch thi đua thử nghiệm giữ sổ',
  source: { number: '12/KH-UBND', issuer: 'UBND xã Thử Nghiệm', date: '2024-01-10' },
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
      title: 'Tỷ lệ hồ sơ giải quyết trực tuyến',
      maxPoints: 10,
      scoring: { kind: 'rate', target: 80, comparison: 'atLeast', method: 'proportional' },
    },
  ],
  ranking: { order: 'desc', tieBreakers: [] },
  awards: { tiers: [{ id: 'nhat', name: 'Giải Nhất', count: 1, minTotal: 10, prize: 5_000_000 }] },
};

const dir = tempDir();
const planPath = join(dir, 'ke-hoach.json');
afterAll(() => (process.env.KEEP ? undefined : fs.rm(dir, { recursive: true, force: true })));

const NAMES =
  `<definedName name="HeSo" localSheetId="0">'Tổng hợp'!$D$4:$D$6</definedName>` +
  `<definedName name="MucTieu">0.8</definedName>` +
  `<definedName name="DanhSach">OFFSET('Danh mục'!$A$1,0,0,COUNTA('Danh mục'!$A:$A),1)</definedName>` +
  `<definedName name="AnDi" hidden="1">'Danh mục'!$A$1</definedName>` +
  `<definedName name="NamBaoCao" comment="năm báo cáo">2024</definedName>` +
  `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Tổng hợp'!$A$3:$D$6</definedName>`;
const LINK = `<hyperlink ref="B8" location="'Danh mục'!A1" display="Xem danh mục"/>`;
const PROTECTION = '<sheetProtection password="CC3D" sheet="1" objects="1" scenarios="1"/>';
const RANGES = '<protectedRanges><protectedRange sqref="B2:B5" name="VungNhap"/></protectedRanges>';
const IGNORED = '<ignoredErrors><ignoredError sqref="A1:A9" numberStoredAsText="1"/></ignoredErrors>';
const NOTE =
  '<comment ref="H20" authorId="0"><text><r><rPr><b/><sz val="9"/><rFont val="Tahoma"/></rPr><t>Nguyễn Văn A:</t></r><r><rPr><sz val="9"/><rFont val="Tahoma"/></rPr><t xml:space="preserve"> xã chưa gửi báo cáo quý IV</t></r></text></comment>';

/** A commune office's workbook, then the parts Excel writes that ExcelJS cannot author. */
async function officeWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tổng hợp', { views: [{ state: 'frozen', xSplit: 2, ySplit: 3 }] });
  ws.getCell('A1').value = 'BẢNG TỔNG HỢP';
  ws.getRow(3).values = [
    'STT',
    'Tên đơn vị',
    '1. Ban hành kế hoạch chuyển đổi số của đơn vị',
    '2. Tỷ lệ hồ sơ giải quyết trực tuyến',
  ];
  const units: [string, string, number][] = [
    ['Xã An Bình', 'Có', 0.855],
    ['Xã Tân Phú', 'Không', 0.62],
    ['Thị trấn Cái Tắc', 'Có', 0.9],
  ];
  units.forEach(([name, plan, rate], i) => {
    ws.getCell(4 + i, 1).value = { formula: 'ROW()-3', result: i + 1 };
    ws.getCell(4 + i, 2).value = name;
    ws.getCell(4 + i, 3).value = plan;
    ws.getCell(4 + i, 4).value = rate;
    ws.getCell(4 + i, 4).numFmt = '0.0%';
  });
  ws.getCell('B4').note = 'Đã xác minh';
  ws.getCell('B8').value = 'Xem danh mục';
  ws.getCell('C4').dataValidation = { type: 'list', allowBlank: true, formulae: ['DanhSach'] };
  const lists = wb.addWorksheet('Danh mục');
  lists.getCell('A1').value = 'Có';
  lists.getCell('A2').value = 'Không';
  const locked = wb.addWorksheet('Khoá');
  locked.getCell('A1').value = 'Trang khoá bằng mật khẩu';
  locked.getCell('B2').value = 'ô được sửa';
  await locked.protect('', {});
  const files = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  const book = strFromU8(files['xl/workbook.xml']);
  files['xl/workbook.xml'] = strToU8(
    book.includes('<definedNames>')
      ? book.replace('<definedNames>', `<definedNames>${NAMES}`)
      : book.replace('<calcPr', `<definedNames>${NAMES}</definedNames><calcPr`),
  );
  const first = strFromU8(files['xl/worksheets/sheet1.xml']);
  files['xl/worksheets/sheet1.xml'] = strToU8(
    first.replace('<pageMargins', `<hyperlinks>${LINK}</hyperlinks><pageMargins`),
  );
  const third = strFromU8(files['xl/worksheets/sheet3.xml']);
  files['xl/worksheets/sheet3.xml'] = strToU8(
    third
      .replace(/<sheetProtection\b[^>]*\/>/, `${PROTECTION}${RANGES}`)
      .replace('</worksheet>', `${IGNORED}</worksheet>`),
  );
  // a note on an empty cell: Excel writes the comment, and no cell for it
  const comments = strFromU8(files['xl/comments1.xml']);
  files['xl/comments1.xml'] = strToU8(comments.replace('</commentList>', `${NOTE}</commentList>`));
  return zipSync(files);
}

const part = (bytes: Uint8Array, name: string) => strFromU8(unzipSync(bytes)[name]);

describe('what ExcelJS reads past is in the copy `thidua score` writes', () => {
  let input: string;
  let output: string;
  let again: string;
  let res: Awaited<ReturnType<typeof run>>;

  beforeAll(async () => {
    await fs.writeFile(planPath, JSON.stringify(PLAN));
    input = join(dir, 'so-lieu.xlsx');
    await fs.writeFile(input, await officeWorkbook());
    output = join(dir, 'ket-qua.xlsx');
    res = await run(['score', '--plan', planPath, input, '-o', output]);
    again = join(dir, 'ket-qua-2.xlsx');
    expect((await run(['score', '--plan', planPath, output, '-o', again])).code).toBe(0);
  });

  it('scores it, with nothing said lost', () => {
    expect(res.code).toBe(0);
    expect(res.err).not.toMatch(/không giữ được|\n\s+at /);
  });

  it('every defined name: constants, formulas, the sheet scope, hidden, comments — once each, after two runs', async () => {
    for (const path of [output, again]) {
      const book = part(new Uint8Array(await fs.readFile(path)), 'xl/workbook.xml');
      for (const name of NAMES.match(/<definedName\b[\s\S]*?<\/definedName>/g) ?? [])
        expect({ path, name, found: book.includes(name) }).toEqual({ path, name, found: true });
      expect(book.match(/name="MucTieu"/g)).toHaveLength(1);
      // ExcelJS's own print titles of the program's sheets are still there
      expect(book).toMatch(/name="_xlnm\.Print_Titles" localSheetId="\d+">&apos;Kết quả&apos;/);
    }
  });

  it('the link to a place in the workbook, the sheet’s password, its editable ranges and ignored errors', async () => {
    for (const path of [output, again]) {
      const bytes = new Uint8Array(await fs.readFile(path));
      const files = unzipSync(bytes);
      const sheets = Object.keys(files).filter((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k));
      const all = sheets.map((k) => strFromU8(files[k]));
      expect(all.filter((x) => x.includes(LINK))).toHaveLength(1);
      const locked = all.find((x) => x.includes('VungNhap')) ?? '';
      expect(locked).toContain(PROTECTION);
      expect(locked).toContain(RANGES);
      expect(locked).toContain(IGNORED);
      // in the schema's order: protection, ranges … margins … ignored errors
      const at = (s: string) => locked.indexOf(s);
      expect(at(PROTECTION)).toBeLessThan(at(RANGES));
      expect(at(RANGES)).toBeLessThan(at('<pageMargins'));
      expect(at('<pageMargins')).toBeLessThan(at(IGNORED));
    }
  });

  it('the note on an empty cell, its author in bold, beside the notes ExcelJS keeps', async () => {
    for (const path of [output, again]) {
      const bytes = new Uint8Array(await fs.readFile(path));
      const files = unzipSync(bytes);
      const comments = Object.keys(files)
        .filter((k) => /^xl\/comments\d*\.xml$/.test(k))
        .map((k) => strFromU8(files[k]))
        .join('');
      expect(comments).toMatch(/<comment ref="H20"[\s\S]*Nguyễn Văn A:[\s\S]*xã chưa gửi báo cáo quý IV/);
      // plain ExcelJS reads a note only on a cell it reads: the program's reader finds it on the empty cell
      const ws = (await openWorkbookBytes(bytes)).getWorksheet('Tổng hợp') as ExcelJS.Worksheet;
      expect(ws.getCell('B4').note).toBe('Đã xác minh');
      const note = ws.getCell('H20').note as ExcelJS.Comment;
      expect(note.texts?.map((t) => t.text).join('')).toBe('Nguyễn Văn A: xã chưa gửi báo cáo quý IV');
      expect(note.texts?.[0].font).toMatchObject({ bold: true, size: 9, name: 'Tahoma' });
      expect(ws.getCell('H20').value).toBeNull();
    }
  });

  it('the validation list drawing from the formula name still names it', async () => {
    const ws = (await loadWorkbook(output)).getWorksheet('Tổng hợp') as ExcelJS.Worksheet;
    expect(ws.getCell('C4').dataValidation).toMatchObject({ type: 'list', formulae: ['DanhSach'] });
  });

  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
  (soffice ? it : it.skip)('LibreOffice reads the names, the link and the note back', () => {
    const out = join(dir, 'lo');
    execFileSync(soffice as string, ['--headless', '--convert-to', 'xlsx', '--outdir', out, output], {
      stdio: 'ignore',
      timeout: 120_000,
    });
    const bytes = new Uint8Array(execFileSync('cat', [join(out, readdirSync(out)[0])]));
    const book = part(bytes, 'xl/workbook.xml');
    for (const name of ['HeSo', 'MucTieu', 'DanhSach', 'AnDi', 'NamBaoCao'])
      expect(book).toContain(`name="${name}"`);
    expect(book).toMatch(/localSheetId="0" name="HeSo"|name="HeSo"[^>]*localSheetId="0"/);
    const files = unzipSync(bytes);
    const text = Object.keys(files)
      .filter((k) => /^xl\/(worksheets\/sheet\d+|comments\d*)\.xml$/.test(k))
      .map((k) => strFromU8(files[k]))
      .join('');
    expect(text).toMatch(/location="&apos;Danh mục&apos;!A1"|location="'Danh mục'!A1"/);
    expect(text).toContain('xã chưa gửi báo cáo quý IV');
  });
});

describe('keepOfficialParts', () => {
  it('gives the copy back as it was when nothing is missing, or when a package cannot be read', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('A').getCell('A1').value = 1;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(keepOfficialParts(bytes, bytes).bytes).toBe(bytes);
    expect(keepOfficialParts(new Uint8Array([1, 2, 3]), bytes).bytes).toBe(bytes);
  });

  it('leaves the sheets the run replaced alone', async () => {
    const input = await officeWorkbook();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(input as never);
    const copy = new Uint8Array(await wb.xlsx.writeBuffer());
    const { kept } = keepOfficialParts(input, copy, ['Khoá', 'tổng hợp']);
    expect(kept.hyperlinks).toBe(0);
    expect(kept.protections).toEqual([]);
    expect(kept.definedNames).toContain('MucTieu');
  });
});

describe('what cannot be put back is named before the copy is written', () => {
  /** A sheet with a logo in its printed header and a saved custom view, as Excel writes them. */
  async function withHeaderPictureAndView(): Promise<Uint8Array> {
    const files = unzipSync(await officeWorkbook());
    const first = strFromU8(files['xl/worksheets/sheet1.xml']);
    files['xl/worksheets/sheet1.xml'] = strToU8(
      first
        .replace(
          '</sheetData>',
          '</sheetData><customSheetViews><customSheetView guid="{6F1C2B1E-0000-4000-8000-000000000001}" scale="85"><selection activeCell="B4" sqref="B4"/></customSheetView></customSheetViews>',
        )
        .replace('</worksheet>', '<legacyDrawingHF r:id="rIdHF1"/></worksheet>'),
    );
    return zipSync(files);
  }

  it('a picture in the printed header, a custom view: named with their sheet, in Vietnamese and English', async () => {
    await fs.writeFile(planPath, JSON.stringify(PLAN));
    const input = join(dir, 'dau-trang.xlsx');
    await fs.writeFile(input, await withHeaderPictureAndView());
    const vi = await run(['score', '--plan', planPath, input, '-o', join(dir, 'dau-trang-vi.xlsx')]);
    expect(vi.code).toBe(0);
    expect(vi.err).toContain(
      'ảnh ở đầu trang, chân trang khi in (Header & Footer) — trang "Tổng hợp"; dạng xem tùy chỉnh (Custom Views) — trang "Tổng hợp"',
    );
    const en = await run([
      'score',
      '--plan',
      planPath,
      input,
      '-o',
      join(dir, 'dau-trang-en.xlsx'),
      '--lang',
      'en',
    ]);
    expect(en.err).toContain(
      'pictures in the printed header or footer — sheet "Tổng hợp"; custom views — sheet "Tổng hợp"',
    );
  });

  it('ExcelJS really drops both, and the workbook’s list of custom views is named too', async () => {
    const bytes = await withHeaderPictureAndView();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as never);
    expect(droppedParts(new Uint8Array(await wb.xlsx.writeBuffer()))).toEqual([]);
    const files = unzipSync(await officeWorkbook());
    files['xl/workbook.xml'] = strToU8(
      strFromU8(files['xl/workbook.xml']).replace(
        '<calcPr',
        '<customWorkbookViews><customWorkbookView name="In" guid="{6F1C2B1E-0000-4000-8000-000000000001}" windowWidth="800" windowHeight="600" activeSheetId="1"/></customWorkbookViews><calcPr',
      ),
    );
    expect(droppedParts(zipSync(files))).toEqual([{ feature: 'customViews', sheets: [] }]);
  });
});

describe.skip('DEFECT: the block beside the table lands on an empty cell that holds the official’s note', () => {
  it('goes past a column whose cells on the table’s rows carry a note, as past one with a value', async () => {
    await fs.writeFile(planPath, JSON.stringify(PLAN));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await officeWorkbook()) as never);
    // F5 is where "Tổng điểm" of the second unit would go: one blank column right of the table
    (wb.getWorksheet('Tổng hợp') as ExcelJS.Worksheet).getCell('F5').note = 'Chưa gửi báo cáo';
    const input = join(dir, 'ghi-chu-o-trong.xlsx');
    await fs.writeFile(input, new Uint8Array(await wb.xlsx.writeBuffer()));
    const output = join(dir, 'ghi-chu-o-trong-ket-qua.xlsx');
    expect((await run(['score', '--plan', planPath, input, '-o', output])).code).toBe(0);
    const ws = (await loadWorkbook(output)).getWorksheet('Tổng hợp') as ExcelJS.Worksheet;
    expect(ws.getCell('F5').note).toBe('Chưa gửi báo cáo');
    expect(ws.getCell('F5').value).toBeNull();
  });
});
