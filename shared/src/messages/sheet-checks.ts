/**
 * Small words of the workbook adapters: how a column or row is named, a TRUE/FALSE cell, the print footer, and what
 * changed on a sheet between reading and writing. Vietnamese first.
 */
import type { CellValue } from '../sheet/model';
import type { Lang } from '../values/format';
import { phrase } from './phrase';
import { READING_PHRASES } from './reading';

/** What differs on the sheet since it was read: cells named by address ("B7", "K5:Q30"). */
export type SheetMismatch =
  | { kind: 'missing' }
  | { kind: 'values'; what: 'header' | 'names'; at: string; before?: CellValue; now?: CellValue }
  | { kind: 'fingerprint'; at: string }
  | { kind: 'blank'; at: string; now?: CellValue };

function shown(v: CellValue | undefined, lang: Lang): string {
  if (v === null || v === undefined || v === '') return READING_PHRASES['reading.empty'][lang]({});
  return `"${String(v)}"`;
}

function mismatchVi(m: SheetMismatch): string {
  switch (m.kind) {
    case 'missing':
      return 'trang không còn trong sổ (đã bị xoá hoặc đổi tên)';
    case 'values': {
      const what = m.what === 'header' ? 'dòng tiêu đề của bảng' : 'cột tên đơn vị';
      return `${what}, ô ${m.at}: trước là ${shown(m.before, 'vi')}, nay là ${shown(m.now, 'vi')}`;
    }
    case 'fingerprint':
      return `vùng kết quả lần trước ${m.at} vừa bị sửa`;
    case 'blank':
      return `ô ${m.at}, nơi sắp ghi kết quả, nay có ${shown(m.now, 'vi')}`;
  }
}

function mismatchEn(m: SheetMismatch): string {
  switch (m.kind) {
    case 'missing':
      return 'the sheet is no longer in the workbook (deleted or renamed)';
    case 'values': {
      const what = m.what === 'header' ? 'table header' : 'unit names';
      return `${what}, cell ${m.at}: was ${shown(m.before, 'en')}, now ${shown(m.now, 'en')}`;
    }
    case 'fingerprint':
      return `the previous results in ${m.at} were edited`;
    case 'blank':
      return `cell ${m.at}, where the results go, now holds ${shown(m.now, 'en')}`;
  }
}

export const SHEET_CHECK_PHRASES = {
  /** "cột F" / "dòng 7": how an official finds a column (or, for units in columns, a row). */
  'sheet.line': phrase<{ column: string } | { row: number }>({
    vi: (p) => ('column' in p ? `cột ${p.column}` : `dòng ${p.row}`),
    en: (p) => ('column' in p ? `column ${p.column}` : `row ${p.row}`),
  }),
  'cell.true': phrase({ vi: () => 'Đúng', en: () => 'TRUE' }),
  'cell.false': phrase({ vi: () => 'Sai', en: () => 'FALSE' }),
  /** Excel's page footer codes: &P the page, &N the pages. */
  'print.footer': phrase({ vi: () => 'Trang &P/&N', en: () => 'Page &P of &N' }),
  'sheet.changed': phrase<{ sheet: string; mismatches: SheetMismatch[] }>({
    vi: (p) =>
      `Trang "${p.sheet}" đã thay đổi từ lúc đọc (có thể người cùng soạn vừa chèn, xoá dòng hoặc cột): ${p.mismatches.map(mismatchVi).join('; ')}. ` +
      'Chưa ghi gì vào sổ; hãy nhận diện lại bảng và chấm điểm lại.',
    en: (p) =>
      `Sheet "${p.sheet}" changed since it was read (a co-author may have inserted or deleted rows or columns): ` +
      `${p.mismatches.map(mismatchEn).join('; ')}. Nothing was written; detect the table again and score again.`,
  }),
};
