import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { classifyWorkbookFile, compoundFileNames } from '../../src/workbook/classify';
import { workbookProblemText } from '../../src/workbook/messages';
import type { WorkbookProblemCode } from '../../src/workbook/problems';
import {
  compoundFile,
  csvFile,
  docFile,
  docxFile,
  encryptedXlsxFile,
  odsFile,
  truncated,
  xlsbFile,
  xlsFile,
} from './hostile-files';

const example = readFileSync(join(__dirname, '../../../examples/phung-hiep-2023-xa.xlsx'));

function code(bytes: Uint8Array): string {
  const c = classifyWorkbookFile(bytes);
  return c.kind === 'xlsx'
    ? 'xlsx'
    : `${c.problem.code}${c.problem.params.kind ? `:${c.problem.params.kind}` : ''}`;
}

describe('classifyWorkbookFile: what a file is, from its content', () => {
  it('takes a real .xlsx, whatever it is called, and lists its entries', () => {
    const c = classifyWorkbookFile(new Uint8Array(example));
    expect(c.kind).toBe('xlsx');
    if (c.kind === 'xlsx') expect(c.entries.map((e) => e.name)).toContain('xl/workbook.xml');
  });

  it.each([
    ['an old .xls (compound file with a Workbook stream)', xlsFile(), 'xls'],
    ['an Excel 5 .xls (Book stream)', compoundFile(['Book']), 'xls'],
    ['a password-protected .xlsx (EncryptionInfo + EncryptedPackage)', encryptedXlsxFile(), 'encrypted'],
    ['an old Word .doc', docFile(), 'other-document:doc'],
    ['a PowerPoint .ppt', compoundFile(['PowerPoint Document']), 'other-document:ppt'],
    ['a compound file of another kind', compoundFile(['Contents']), 'other-document:ole'],
    ['an .xlsb (xl/workbook.bin)', xlsbFile(), 'xlsb'],
    ['an .ods (mimetype entry)', odsFile(), 'ods'],
    ['an .odt', odsFile('application/vnd.oasis.opendocument.text'), 'other-document:odt'],
    ['a .docx', docxFile(), 'other-document:docx'],
    ['a zip of something else', zipSync({ 'a.txt': strToU8('x') }), 'other-document:zip'],
    [
      'an empty zip',
      new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]),
      'other-document:zip',
    ],
    ['a truncated .xlsx', truncated(new Uint8Array(example)), 'damaged'],
    ['a CSV in UTF-8', csvFile(), 'csv'],
    [
      'a CSV in an 8-bit code page',
      new Uint8Array([0x53, 0x54, 0x54, 0x3b, 0x54, 0xea, 0x6e, 0x0a, 0x31, 0x3b, 0xd0]),
      'csv',
    ],
    [
      'UTF-16 text (Excel "Unicode text")',
      new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x09, 0x00, 0x42, 0x00]),
      'csv',
    ],
    [
      'an HTML table saved as .xls',
      strToU8('<html><body><table><tr><td>1</td></tr></table></body></html>'),
      'html',
    ],
    [
      'an Excel 2003 XML spreadsheet',
      strToU8(
        '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>',
      ),
      'xml-2003',
    ],
    ['a PDF', strToU8('%PDF-1.7\n…'), 'other-document:pdf'],
    ['a picture', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'other-document:image'],
    ['an empty file', new Uint8Array(0), 'empty-file'],
    ['binary noise', new Uint8Array([1, 2, 3, 0, 5, 6, 7, 8, 9]), 'unknown-file'],
  ])('%s', (_, bytes, expected) => {
    expect(code(bytes)).toBe(expected);
  });

  it('reads compound-file stream names from their directory records only', () => {
    expect([...compoundFileNames(encryptedXlsxFile())].sort()).toEqual(
      ['\u0006DataSpaces', 'EncryptedPackage', 'EncryptionInfo', 'Root Entry'].sort(),
    );
    // The same words as cell text elsewhere in the file are not directory records.
    const bytes = new Uint8Array(2048);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const text = 'EncryptedPackage';
    for (let k = 0; k < text.length; k++) bytes[700 + k * 2] = text.charCodeAt(k);
    expect(code(bytes)).toBe('other-document:ole');
  });

  it('refuses a package with more parts than the budget', () => {
    const many: Record<string, Uint8Array> = { 'xl/workbook.xml': strToU8('<workbook/>') };
    for (let i = 0; i < 20; i++) many[`xl/media/image${i}.png`] = new Uint8Array([i]);
    const c = classifyWorkbookFile(zipSync(many), { maxParts: 10 });
    expect(c.kind === 'refused' && c.problem).toEqual({
      code: 'too-many-parts',
      params: { parts: 21, limit: 10 },
    });
  });
});

describe('workbookProblemText: one sentence per problem, Vietnamese and English', () => {
  const CODES: [WorkbookProblemCode, Record<string, string | number>][] = [
    ['empty-file', {}],
    ['xls', {}],
    ['encrypted', {}],
    ['xlsb', {}],
    ['ods', {}],
    ['csv', {}],
    ['html', {}],
    ['xml-2003', {}],
    ['other-document', { kind: 'docx' }],
    ['damaged', {}],
    ['unknown-file', {}],
    ['too-many-parts', { parts: 9000, limit: 5000 }],
    ['expanded-too-large', { bytes: 300 * 1048576, limit: 150 * 1048576 }],
    ['part-too-large', { sheet: 'Bom', bytes: 52428800, atLeast: 1, limit: 52428800 }],
    ['sheet-too-many-cells', { sheet: 'Dữ liệu', cells: 1000000, limit: 250000 }],
    ['sheet-too-many-rows', { sheet: 'Dữ liệu', rows: 300000, limit: 250000 }],
    ['workbook-too-many-cells', { sheet: 'B', cells: 600000, limit: 500000 }],
    [
      'ranges-too-large',
      {
        sheet: 'Gộp',
        kind: 'merge',
        range: 'A1:XFD1048576',
        area: 17179869184,
        cells: 17179869184,
        limit: 2100000,
      },
    ],
    ['table-too-wide', { sheet: 'Rộng', columns: 16384, range: 'A1:XFD4', limit: 1000 }],
    ['cells-outside-table', { sheet: 'S', count: 1, cells: 'XFD1048576', more: 0, region: 'A1:F20' }],
  ];

  it.each(CODES)('%s', (c, params) => {
    for (const lang of ['vi', 'en'] as const) {
      const text = workbookProblemText({ code: c, params }, lang, 'so-lieu.xls');
      expect(text).not.toMatch(/undefined|NaN|\{|https?:|jszip|exceljs/i);
      if (params.sheet) expect(text).toContain(`"${params.sheet}"`);
      else expect(text).toContain('"so-lieu.xls"');
    }
  });

  it('says how to fix an old or foreign file in the words of the brief', () => {
    expect(workbookProblemText({ code: 'xls', params: {} }, 'vi', 'a.xls')).toBe(
      'Tệp "a.xls" là sổ Excel định dạng cũ (.xls, Excel 97–2003); chương trình chỉ đọc sổ .xlsx. ' +
        'Mở tệp trong Excel và lưu lại dưới dạng .xlsx (Sổ làm việc Excel).',
    );
    expect(workbookProblemText({ code: 'encrypted', params: {} }, 'en', 'a.xlsx')).toContain(
      'remove the password',
    );
  });

  it('writes figures the Vietnamese way in Vietnamese and the English way in English', () => {
    const p = {
      code: 'sheet-too-many-cells' as const,
      params: { sheet: 'S', cells: 1000000, limit: 250000 },
    };
    expect(workbookProblemText(p, 'vi')).toContain('1.000.000 ô');
    expect(workbookProblemText(p, 'vi')).toContain('250.000 ô');
    expect(workbookProblemText(p, 'en')).toContain('1,000,000 cells');
  });
});
