/**
 * A workbook saved with the 1904 date system (older Mac Excel, some templates copied from it): its date cells are the
 * same days as in a 1900 workbook once read, whatever serial the file stores, so a due date or a decision date is
 * never read four years and a day early. Built with ExcelJS, the date system switched by editing workbook.xml.
 */
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readWorkbook } from '../../adapters/exceljs';
import { parseDate } from '../../src/values/parse';

const DAY = Date.UTC(2023, 2, 25);
/** 2023-03-25 is 45010 in the 1900 system and 45010 − 1462 = 43548 in the 1904 system. */
const SERIAL_1904 = 43_548;

async function workbook(system: 1900 | 1904): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Hồ sơ');
  ws.addRow(['Tên đơn vị', 'Ngày nộp hồ sơ']);
  ws.addRow(['Xã Hòa Bình', new Date(DAY)]);
  ws.getCell('B2').numFmt = 'dd/mm/yyyy';
  const parts = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  if (system === 1904) {
    const book = strFromU8(parts['xl/workbook.xml']);
    parts['xl/workbook.xml'] = strToU8(
      /<workbookPr\b/.test(book)
        ? book.replace(/<workbookPr\b/, '<workbookPr date1904="1"')
        : book.replace('<bookViews', '<workbookPr date1904="1"/><bookViews'),
    );
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']);
    parts['xl/worksheets/sheet1.xml'] = strToU8(
      sheet.replace(/(<c r="B2"[^>]*><v>)[^<]+/, `$1${SERIAL_1904}`),
    );
  }
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(zipSync(parts) as unknown as ArrayBuffer);
  return back;
}

describe('dates in a 1904 date-system workbook', () => {
  it('the file really is a 1904 workbook storing the 1904 serial', async () => {
    const wb = await workbook(1904);
    expect((wb.properties as { date1904?: boolean }).date1904).toBe(true);
    expect(wb.getWorksheet('Hồ sơ')?.getCell('B2').value).toEqual(new Date(DAY));
  });

  it('reads the same day as the 1900 workbook: 2023-03-25', async () => {
    const [of1900, of1904] = await Promise.all([workbook(1900), workbook(1904)]);
    const cell1900 = readWorkbook(of1900).sheets[0].values[1][1];
    const cell1904 = readWorkbook(of1904).sheets[0].values[1][1];
    expect(cell1900).toBe(45_010);
    expect(cell1904).toBe(45_010);
    expect(parseDate(cell1904)).toMatchObject({ ok: true, value: '2023-03-25' });
  });
});
