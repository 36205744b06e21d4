/**
 * The pane's file mode in Debian Chromium at 320 px: a file it cannot take shows one readable sentence (what the file
 * is, how to save it as .xlsx) with no library text, wrapped inside the pane; a workbook with a stray far cell is read
 * and the pane names the cell. Screenshots go to test-results/addin-file-types/.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encryptedXlsxFile, truncated, xlsFile } from '@thidua/core/testing';
import { exampleWorkbook } from '../e2e/example-workbook';
import { usePane } from './pane-harness';

const pane = usePane('addin-file-types', { width: 320, height: 900 });

beforeAll(async () => {
  const file = (name: string) => join(pane.out, name);
  const example = exampleWorkbook();
  writeFileSync(file('bao-cao.xls'), xlsFile());
  writeFileSync(file('mat-khau.xlsx'), encryptedXlsxFile());
  writeFileSync(file('cat-do.xlsx'), truncated(new Uint8Array(await example.xlsx.writeBuffer())));
  example.worksheets[0].getCell('XFD1048576').value = 'ghi chú lạc';
  await example.xlsx.writeFile(file('o-lac.xlsx'));
  await pane.load();
});

/** Opens a file and gives the pane's message about it (the one naming this file, not a message left from before). */
async function open(name: string): Promise<string> {
  await pane.page.locator('#xlsx-file').setInputFiles(join(pane.out, name));
  const alert = pane.page.getByRole('alert').filter({ hasText: name });
  await alert.waitFor();
  return alert.innerText();
}

/** The message wraps inside the pane: its box is no wider than the viewport. */
async function messageFits(): Promise<void> {
  const box = await pane.page.getByRole('alert').boundingBox();
  expect(box).not.toBeNull();
  expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(320);
}

describe('file mode on files it cannot take (320 px)', () => {
  it('an old .xls: what it is and how to save it as .xlsx, in Vietnamese', async () => {
    const text = await open('bao-cao.xls');
    expect(text).toContain('Tệp "bao-cao.xls" là sổ Excel định dạng cũ (.xls, Excel 97–2003)');
    expect(text).toContain('Mở tệp trong Excel và lưu lại dưới dạng .xlsx (Sổ làm việc Excel).');
    expect(text).not.toMatch(/central directory|jszip|https?:/i);
    await messageFits();
    await pane.shot('01-xls-vi');
  });

  it('a truncated .xlsx and a password-protected one, in English', async () => {
    const { page } = pane;
    const english = page.getByRole('switch', { name: 'English' });
    await english.check();
    try {
      expect(await open('cat-do.xlsx')).toContain('"cat-do.xlsx" is damaged or incomplete');
      expect(await open('mat-khau.xlsx')).toContain('"mat-khau.xlsx" has an opening password');
      await messageFits();
      await pane.shot('02-encrypted-en');
    } finally {
      // the next case reads the pane in Vietnamese, whatever happened here
      await english.uncheck();
    }
  });

  it('a workbook with a stray value in XFD1048576: read, and the pane names the cell', async () => {
    await pane.openWorkbook('o-lac.xlsx');
    await pane.pickPlan('phung-hiep-2023-xa');
    await pane.detectTable();
    await pane.page.getByText(/1 ô có dữ liệu nằm xa bảng không được đọc \(XFD1048576\)/).waitFor();
    await pane.shot('03-stray-cell');
    expect(pane.pageErrors).toEqual([]);
  });
});
