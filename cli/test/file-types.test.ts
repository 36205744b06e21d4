/** Files the reader cannot take: told apart by content, one clear sentence each, exit 2, in either language. */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import {
  csvFile,
  docxFile,
  encryptedXlsxFile,
  odsFile,
  truncated,
  xlsbFile,
  xlsFile,
} from '@thidua/core/testing';
import { EXAMPLES, run, tempDir } from './helpers';

const PLAN = 'phung-hiep-2023-xa';
const dir = tempDir();
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const SAVE_AS = 'Mở tệp trong Excel và lưu lại dưới dạng .xlsx (Sổ làm việc Excel).';

async function example(): Promise<Uint8Array> {
  return new Uint8Array(await fs.readFile(join(EXAMPLES, `${PLAN}.xlsx`)));
}

const CASES: [string, string, () => Promise<Uint8Array> | Uint8Array, string, string][] = [
  [
    'bao-cao.xls',
    'an old .xls',
    xlsFile,
    'là sổ Excel định dạng cũ (.xls, Excel 97–2003)',
    'is an old-format Excel workbook (.xls',
  ],
  [
    'mat-khau.xlsx',
    'a password-protected .xlsx',
    encryptedXlsxFile,
    'có mật khẩu mở tệp',
    'has an opening password',
  ],
  [
    'nhi-phan.xlsb',
    'an .xlsb',
    xlsbFile,
    'là sổ Excel nhị phân (.xlsb)',
    'is a binary Excel workbook (.xlsb)',
  ],
  [
    'libre.ods',
    'an .ods',
    odsFile,
    'là bảng tính OpenDocument (.ods',
    'is an OpenDocument spreadsheet (.ods',
  ],
  ['so-lieu.csv', 'a .csv', csvFile, 'là tệp văn bản (.csv hoặc .txt)', 'is a text file (.csv or .txt)'],
  [
    'cat-do.xlsx',
    'a truncated .xlsx',
    async () => truncated(await example()),
    'bị hỏng hoặc không trọn vẹn',
    'is damaged or incomplete',
  ],
  [
    'van-ban.docx',
    'a Word .docx',
    docxFile,
    'là văn bản Word (.docx), không phải sổ Excel',
    'is a Word document (.docx)',
  ],
  [
    'doi-ten.xlsx',
    'an .xls renamed .xlsx',
    xlsFile,
    'là sổ Excel định dạng cũ',
    'is an old-format Excel workbook',
  ],
];

describe('thidua on files that are not .xlsx workbooks', () => {
  it.each(CASES)(
    '%s (%s): exit 2 and what the file is, in Vietnamese and English',
    async (name, _what, make, vi, en) => {
      const path = join(dir, name);
      await fs.writeFile(path, await make());
      const res = await run(['validate', '--plan', PLAN, path]);
      expect(res.code).toBe(2);
      expect(res.err).toContain(`Tệp "${path}" ${vi}`);
      const english = await run(['score', '--plan', PLAN, path, '--lang', 'en']);
      expect(english.code).toBe(2);
      expect(english.err).toContain(`"${path}" ${en}`);
      for (const text of [res.err, english.err]) {
        expect(text).not.toMatch(/\n\s+at |central directory|jszip|https?:|Error:/i);
        expect(text.trim().split('\n')).toHaveLength(1);
      }
    },
  );

  it('tells the official how to fix an old workbook in the shared wording', async () => {
    const path = join(dir, 'cu.xls');
    await fs.writeFile(path, xlsFile());
    expect((await run(['validate', '--plan', PLAN, path])).err).toContain(SAVE_AS);
  });

  it('reads an .xlsx by its content whatever its name says', async () => {
    const path = join(dir, 'that-ra-la-xlsx.xls');
    await fs.writeFile(path, await example());
    const renamed = await run(['validate', '--plan', PLAN, path]);
    const original = await run(['validate', '--plan', PLAN, join(EXAMPLES, `${PLAN}.xlsx`)]);
    expect(renamed.code).toBe(original.code);
    expect(renamed.out).toBe(original.out);
  });
});
