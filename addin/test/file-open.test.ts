/** The pane's file mode opens workbooks through the CLI's path: the same refusals, in the same words. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, promises as fs, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openXlsx } from '../src/adapters/file';
import { describeError } from '../src/ui/errors';
import { runCli } from '../../cli/src/run';
import {
  cornerCellsXlsx,
  csvFile,
  docxFile,
  encryptedXlsxFile,
  hugeMergeXlsx,
  odsFile,
  truncated,
  xlsbFile,
  xlsFile,
  zipBombXlsx,
} from '@thidua/core/testing';

const ROOT = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'thidua-file-open-'));
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

async function example(): Promise<Uint8Array> {
  return new Uint8Array(await fs.readFile(join(ROOT, 'examples/phung-hiep-2023-xa.xlsx')));
}

const buffer = (bytes: Uint8Array) => bytes.slice().buffer;

async function paneError(bytes: Uint8Array, title: string, lang: 'vi' | 'en'): Promise<string> {
  try {
    await openXlsx(buffer(bytes), title);
  } catch (err) {
    return describeError(err, lang);
  }
  throw new Error('the file was opened');
}

/** What the CLI prints for the same file, named the same way. */
async function cliError(bytes: Uint8Array, name: string, lang: 'vi' | 'en'): Promise<string> {
  const path = join(dir, name);
  await fs.writeFile(path, bytes);
  let err = '';
  const code = await runCli(['validate', '--plan', 'phung-hiep-2023-xa', path, '--lang', lang], {
    stdout: () => undefined,
    stderr: (text) => {
      err += text;
    },
    readFile: async (p) => new Uint8Array(await fs.readFile(p)),
    writeFile: (p, data) => fs.writeFile(p, data),
    resolve: (p) => resolve(p),
    identity: async () => undefined,
    now: () => new Date(0),
  });
  expect(code).toBe(2);
  return err.trim().replace(path, name);
}

const CASES: [string, () => Promise<Uint8Array> | Uint8Array, string][] = [
  ['bao-cao.xls', xlsFile, 'là sổ Excel định dạng cũ (.xls, Excel 97–2003)'],
  ['mat-khau.xlsx', encryptedXlsxFile, 'có mật khẩu mở tệp'],
  ['nhi-phan.xlsb', xlsbFile, 'là sổ Excel nhị phân (.xlsb)'],
  ['libre.ods', odsFile, 'là bảng tính OpenDocument (.ods'],
  ['so-lieu.csv', csvFile, 'là tệp văn bản (.csv hoặc .txt)'],
  ['cat-do.xlsx', async () => truncated(await example()), 'bị hỏng hoặc không trọn vẹn'],
  ['van-ban.docx', docxFile, 'là văn bản Word (.docx)'],
  ['bom.xlsx', () => zipBombXlsx(60), 'Sheet "Bom" khi giải nén chiếm 60 MB, quá giới hạn 50 MB'],
];

describe('openXlsx (file mode) on files it cannot take', () => {
  it.each(CASES)('%s: the CLI sentence, Vietnamese and English, no library text', async (name, make, vi) => {
    const bytes = await make();
    const shown = await paneError(bytes, name, 'vi');
    expect(shown).toContain(vi);
    expect(shown).toBe(await cliError(bytes, name, 'vi'));
    expect(await paneError(bytes, name, 'en')).toBe(await cliError(bytes, name, 'en'));
    for (const lang of ['vi', 'en'] as const)
      expect(await paneError(bytes, name, lang)).not.toMatch(/central directory|jszip|https?:|\n\s+at /i);
  });

  it('opens an .xlsx whatever it is called', async () => {
    const host = await openXlsx(buffer(await example()), 'doi-ten.xls');
    expect((await host.readSheet()).values.length).toBeGreaterThan(10);
  });
});

describe('openXlsx on hostile workbooks (child process, 256 MB heap)', () => {
  function pane(bytes: Uint8Array, name: string, lang: 'vi' | 'en' = 'vi') {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    const child = spawnSync(
      process.execPath,
      ['--max-old-space-size=256', '--import', 'tsx', join(__dirname, 'file-open-child.ts'), path, lang],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(child.stderr).not.toMatch(/FATAL ERROR|v8::|\n\s+at /);
    return JSON.parse(child.stdout);
  }

  it('A1 and XFD1048576: reads one cell and lists the other as an outlier', () => {
    expect(pane(cornerCellsXlsx(), 'goc.xlsx')).toEqual({
      rows: 1,
      cols: 1,
      outliers: [{ row: 1_048_575, col: 16_383 }],
    });
  });

  it('a merge over the whole sheet: refused, naming the sheet and the area', () => {
    expect(pane(hugeMergeXlsx(), 'gop.xlsx', 'en').error).toContain(
      'Sheet "Gộp" has a merged area A1:XFD1048576 covering 17,179,869,184 cells',
    );
  });
});
