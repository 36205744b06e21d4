/** What the workbook reader says about a file it refuses (or reads only in part), Vietnamese and English. */
import { formatNumber, type Lang } from '../values/format';
import type { WorkbookProblemParams } from '../workbook/problems';
import { phrase } from './phrase';

const count = (lang: Lang) => (n: string | number | undefined) =>
  typeof n === 'number' && Number.isFinite(n) ? formatNumber(n, 0, lang) : String(n ?? '');
const fVi = count('vi');
const fEn = count('en');

const SAVE_AS: Record<Lang, string> = {
  vi: 'Mở tệp trong Excel và lưu lại dưới dạng .xlsx (Sổ làm việc Excel).',
  en: 'Open the file in Excel and save it as .xlsx (Excel Workbook).',
};

const MAKE_SMALLER: Record<Lang, string> = {
  vi: 'Xóa các dòng, cột, sheet hoặc ảnh không cần cho việc chấm điểm (hoặc chép bảng chấm điểm sang một sổ mới) rồi thử lại.',
  en: 'Delete the rows, columns, sheets or pictures scoring does not need (or copy the scoring table into a new workbook), then try again.',
};

const DOCUMENT_KINDS: Record<string, Record<Lang, string>> = {
  docx: { vi: 'văn bản Word (.docx)', en: 'a Word document (.docx)' },
  doc: { vi: 'văn bản Word định dạng cũ (.doc)', en: 'an old-format Word document (.doc)' },
  pptx: { vi: 'bản trình chiếu PowerPoint (.pptx)', en: 'a PowerPoint presentation (.pptx)' },
  ppt: {
    vi: 'bản trình chiếu PowerPoint định dạng cũ (.ppt)',
    en: 'an old-format PowerPoint presentation (.ppt)',
  },
  odt: { vi: 'văn bản OpenDocument (.odt)', en: 'an OpenDocument text (.odt)' },
  odp: { vi: 'bản trình chiếu OpenDocument (.odp)', en: 'an OpenDocument presentation (.odp)' },
  pdf: { vi: 'tệp PDF', en: 'a PDF file' },
  image: { vi: 'tệp ảnh', en: 'a picture' },
  zip: { vi: 'tệp nén (.zip) không chứa sổ Excel', en: 'a compressed (.zip) file with no Excel workbook' },
  ole: {
    vi: 'tệp Office dạng cũ nhưng không phải sổ Excel',
    en: 'an old-format Office file that is not a workbook',
  },
};

const RANGE_KINDS: Record<string, Record<Lang, string>> = {
  merge: { vi: 'vùng ô gộp', en: 'merged area' },
  validation: { vi: 'quy tắc xác thực dữ liệu (Data Validation) trên vùng', en: 'data validation over' },
  name: { vi: 'tên vùng', en: 'named range' },
};

const MB = 1024 * 1024;

function megabytes(bytes: number, lang: Lang): string {
  return `${formatNumber(Math.max(1, Math.round(bytes / MB)), 0, lang)} MB`;
}

/** "Tệp "a.xls"" / ""a.xls"" at the start of a sentence. */
function subject(p: WorkbookProblemParams, lang: Lang): string {
  if (lang === 'vi') return p.file !== undefined ? `Tệp "${p.file}"` : 'Tệp này';
  return p.file !== undefined ? `"${p.file}"` : 'This file';
}

function sheetOf(p: WorkbookProblemParams, lang: Lang): string {
  if (p.sheet !== undefined) return `Sheet "${p.sheet}"`;
  if (p.part !== undefined)
    return lang === 'vi' ? `Phần "${p.part}" của tệp` : `The part "${p.part}" of the file`;
  return subject(p, lang);
}

export const WORKBOOK_PHRASES = {
  'workbook.empty-file': phrase<WorkbookProblemParams>({
    vi: (p) => `${subject(p, 'vi')} rỗng (0 byte). Chọn đúng tệp sổ Excel (.xlsx) có bảng chấm điểm.`,
    en: (p) =>
      `${subject(p, 'en')} is empty (0 bytes). Choose the Excel workbook (.xlsx) that holds the scoring table.`,
  }),
  'workbook.xls': phrase<WorkbookProblemParams>({
    vi: (p) =>
      `${subject(p, 'vi')} là sổ Excel định dạng cũ (.xls, Excel 97–2003); chương trình chỉ đọc sổ .xlsx. ${SAVE_AS.vi}`,
    en: (p) =>
      `${subject(p, 'en')} is an old-format Excel workbook (.xls, Excel 97–2003); only .xlsx workbooks can be read. ${SAVE_AS.en}`,
  }),
  'workbook.encrypted': phrase<WorkbookProblemParams>({
    vi: (p) =>
      `${subject(p, 'vi')} có mật khẩu mở tệp (sổ Excel đã mã hóa) nên chương trình không đọc được. Mở tệp trong Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ Sổ làm việc › Mã hóa bằng Mật khẩu, xóa mật khẩu, bấm OK) rồi lưu lại dưới dạng .xlsx (Sổ làm việc Excel).`,
    en: (p) =>
      `${subject(p, 'en')} has an opening password (an encrypted Excel workbook), so it cannot be read. Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password, clear it, OK), then save it as .xlsx (Excel Workbook).`,
  }),
  'workbook.xlsb': phrase<WorkbookProblemParams>({
    vi: (p) =>
      `${subject(p, 'vi')} là sổ Excel nhị phân (.xlsb); chương trình chỉ đọc sổ .xlsx. ${SAVE_AS.vi}`,
    en: (p) =>
      `${subject(p, 'en')} is a binary Excel workbook (.xlsb); only .xlsx workbooks can be read. ${SAVE_AS.en}`,
  }),
  'workbook.ods': phrase<WorkbookProblemParams>({
    vi: (p) =>
      `${subject(p, 'vi')} là bảng tính OpenDocument (.ods, của LibreOffice hoặc OpenOffice); chương trình chỉ đọc sổ .xlsx. Mở tệp trong Excel hoặc LibreOffice và lưu lại dưới dạng .xlsx (Sổ làm việc Excel).`,
    en: (p) =>
      `${subject(p, 'en')} is an OpenDocument spreadsheet (.ods, from LibreOffice or OpenOffice); only .xlsx workbooks can be read. Open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook).`,
  }),
  'workbook.csv': phrase<WorkbookProblemParams>({
    vi: (p) => `${subject(p, 'vi')} là tệp văn bản (.csv hoặc .txt), không phải sổ Excel. ${SAVE_AS.vi}`,
    en: (p) => `${subject(p, 'en')} is a text file (.csv or .txt), not an Excel workbook. ${SAVE_AS.en}`,
  }),
  'workbook.html': phrase<WorkbookProblemParams>({
    vi: (p) =>
      `${subject(p, 'vi')} là trang web (HTML) mang tên tệp Excel — nhiều phần mềm xuất báo cáo theo cách này — chứ không phải sổ Excel. ${SAVE_AS.vi}`,
    en: (p) =>
      `${subject(p, 'en')} is a web page (HTML) with an Excel file name — many programs export reports this way — not an Excel workbook. ${SAVE_AS.en}`,
  }),
  'workbook.xml-2003': phrase<WorkbookProblemParams>({
    vi: (p) => `${subject(p, 'vi')} là bảng tính XML của Excel 2003, không phải sổ .xlsx. ${SAVE_AS.vi}`,
    en: (p) => `${subject(p, 'en')} is an Excel 2003 XML spreadsheet, not an .xlsx workbook. ${SAVE_AS.en}`,
  }),
  'workbook.other-document': phrase<WorkbookProblemParams>({
    vi: (p) =>
      `${subject(p, 'vi')} là ${(DOCUMENT_KINDS[String(p.kind)] ?? DOCUMENT_KINDS.zip).vi}, không phải sổ Excel. Chọn tệp sổ Excel (.xlsx) có bảng chấm điểm.`,
    en: (p) =>
      `${subject(p, 'en')} is ${(DOCUMENT_KINDS[String(p.kind)] ?? DOCUMENT_KINDS.zip).en}, not an Excel workbook. Choose the Excel workbook (.xlsx) that holds the scoring table.`,
  }),
  'workbook.damaged': phrase<WorkbookProblemParams>({
    vi: (p) =>
      `${subject(p, 'vi')} bị hỏng hoặc không trọn vẹn (thường do tải về hay sao chép chưa xong) nên không đọc được. Tải hoặc sao chép lại tệp; nếu Excel vẫn mở được tệp, lưu lại dưới dạng .xlsx (Sổ làm việc Excel).`,
    en: (p) =>
      `${subject(p, 'en')} is damaged or incomplete (often an unfinished download or copy), so it cannot be read. Download or copy it again; if Excel still opens it, save it as .xlsx (Excel Workbook).`,
  }),
  'workbook.unknown-file': phrase<WorkbookProblemParams>({
    vi: (p) =>
      `${subject(p, 'vi')} không phải sổ Excel .xlsx. Chọn đúng tệp, hoặc ${SAVE_AS.vi.charAt(0).toLowerCase()}${SAVE_AS.vi.slice(1)}`,
    en: (p) =>
      `${subject(p, 'en')} is not an .xlsx Excel workbook. Choose the right file, or ${SAVE_AS.en.charAt(0).toLowerCase()}${SAVE_AS.en.slice(1)}`,
  }),
  'workbook.too-many-parts': phrase<WorkbookProblemParams>({
    vi: (p) =>
      `${subject(p, 'vi')} chứa ${fVi(p.parts)} thành phần bên trong, quá giới hạn ${fVi(p.limit)}; chương trình không đọc tệp này. ${SAVE_AS.vi}`,
    en: (p) =>
      `${subject(p, 'en')} holds ${fEn(p.parts)} parts, over the limit of ${fEn(p.limit)}; it is not read. ${SAVE_AS.en}`,
  }),
  'workbook.expanded-too-large': phrase<WorkbookProblemParams>({
    vi: (p) =>
      `${subject(p, 'vi')} khi giải nén ${p.atLeast ? 'lớn hơn' : 'chiếm'} ${megabytes(Number(p.bytes), 'vi')}, quá giới hạn ${megabytes(Number(p.limit), 'vi')}; chương trình không đọc tệp này. ${MAKE_SMALLER.vi}`,
    en: (p) =>
      `${subject(p, 'en')} expands to ${p.atLeast ? 'more than ' : ''}${megabytes(Number(p.bytes), 'en')}, over the limit of ${megabytes(Number(p.limit), 'en')}; it is not read. ${MAKE_SMALLER.en}`,
  }),
  'workbook.part-too-large': phrase<WorkbookProblemParams>({
    vi: (p) =>
      `${sheetOf(p, 'vi')} khi giải nén ${p.atLeast ? 'lớn hơn' : 'chiếm'} ${megabytes(Number(p.bytes), 'vi')}, quá giới hạn ${megabytes(Number(p.limit), 'vi')} cho một phần của tệp; chương trình không đọc tệp này. ${MAKE_SMALLER.vi}`,
    en: (p) =>
      `${sheetOf(p, 'en')} expands to ${p.atLeast ? 'more than ' : ''}${megabytes(Number(p.bytes), 'en')}, over the limit of ${megabytes(Number(p.limit), 'en')} for one part of a file; the file is not read. ${MAKE_SMALLER.en}`,
  }),
  'workbook.sheet-too-many-cells': phrase<WorkbookProblemParams>({
    vi: (p) =>
      `Sheet "${p.sheet}" có ${fVi(p.cells)} ô có dữ liệu hoặc định dạng, quá giới hạn ${fVi(p.limit)} ô một sheet; chương trình không đọc tệp này. ${MAKE_SMALLER.vi}`,
    en: (p) =>
      `Sheet "${p.sheet}" has ${fEn(p.cells)} cells with values or formats, over the limit of ${fEn(p.limit)} cells per sheet; the file is not read. ${MAKE_SMALLER.en}`,
  }),
  'workbook.sheet-too-many-rows': phrase<WorkbookProblemParams>({
    vi: (p) =>
      `Sheet "${p.sheet}" có ${fVi(p.rows)} dòng, quá giới hạn ${fVi(p.limit)} dòng một sheet; chương trình không đọc tệp này. ${MAKE_SMALLER.vi}`,
    en: (p) =>
      `Sheet "${p.sheet}" has ${fEn(p.rows)} rows, over the limit of ${fEn(p.limit)} rows per sheet; the file is not read. ${MAKE_SMALLER.en}`,
  }),
  'workbook.workbook-too-many-cells': phrase<WorkbookProblemParams>({
    vi: (p) =>
      `Các sheet của ${p.file ? `tệp "${p.file}"` : 'tệp'} có tổng cộng ${fVi(p.cells)} ô có dữ liệu hoặc định dạng (sheet cuối được đếm: "${p.sheet}"), quá giới hạn ${fVi(p.limit)} ô; chương trình không đọc tệp này. ${MAKE_SMALLER.vi}`,
    en: (p) =>
      `The sheets of ${p.file ? `"${p.file}"` : 'the file'} have ${fEn(p.cells)} cells with values or formats in all (up to sheet "${p.sheet}"), over the limit of ${fEn(p.limit)}; the file is not read. ${MAKE_SMALLER.en}`,
  }),
  'workbook.ranges-too-large': phrase<WorkbookProblemParams>({
    vi: (p) =>
      `${p.sheet !== undefined ? `Sheet "${p.sheet}"` : subject(p, 'vi')} có ${RANGE_KINDS[String(p.kind)]?.vi ?? 'vùng'} ${p.name ? `"${p.name}" = ` : ''}${p.range} phủ ${fVi(p.area)} ô; cộng với các vùng khác là ${fVi(p.cells)} ô, quá giới hạn ${fVi(p.limit)} ô cho ô gộp, xác thực dữ liệu và tên vùng. Thu hẹp vùng đó về đúng bảng (hoặc xóa nó) trong Excel, lưu lại rồi thử lại.`,
    en: (p) =>
      `${p.sheet !== undefined ? `Sheet "${p.sheet}"` : subject(p, 'en')} has a ${RANGE_KINDS[String(p.kind)]?.en ?? 'range'} ${p.name ? `"${p.name}" = ` : ''}${p.range} covering ${fEn(p.area)} cells; with the other ranges that is ${fEn(p.cells)} cells, over the limit of ${fEn(p.limit)} for merged areas, data validation and named ranges. Narrow it to the table (or delete it) in Excel, save, and try again.`,
  }),
  'workbook.table-too-wide': phrase<WorkbookProblemParams>({
    vi: (p) =>
      `Bảng trên sheet "${p.sheet}" rộng ${fVi(p.columns)} cột (${p.range}), quá giới hạn ${fVi(p.limit)} cột; chương trình không đọc sheet này. Xóa các cột thừa hoặc chép bảng chấm điểm sang một sổ mới rồi thử lại.`,
    en: (p) =>
      `The table on sheet "${p.sheet}" is ${fEn(p.columns)} columns wide (${p.range}), over the limit of ${fEn(p.limit)} columns; the sheet is not read. Delete the extra columns or copy the scoring table into a new workbook, then try again.`,
  }),
  'workbook.cells-outside-table': phrase<WorkbookProblemParams>({
    vi: (p) =>
      `Sheet "${p.sheet}": ${fVi(p.count)} ô có dữ liệu nằm xa bảng không được đọc (${p.cells}${Number(p.more) > 0 ? ` và ${fVi(p.more)} ô khác` : ''}); vùng được đọc là ${p.region}. Nếu đó là dữ liệu chấm điểm, chuyển chúng vào bảng.`,
    en: (p) =>
      `Sheet "${p.sheet}": ${fEn(p.count)} non-empty cells far from the table were not read (${p.cells}${Number(p.more) > 0 ? ` and ${fEn(p.more)} more` : ''}); the region read is ${p.region}. If they are scoring data, move them into the table.`,
  }),
  // The task pane's write refused before anything is written: the workbook's structure is protected, so Excel
  // would refuse the result sheets it adds (or replaces) halfway through.
  'workbook.structure-protected': phrase<{ sheets: string[] }>({
    vi: (p) =>
      `Sổ làm việc đang được bảo vệ cấu trúc (Bảo vệ sổ làm việc — Protect Workbook) nên Excel không cho thêm hay ` +
      `xoá trang ${p.sheets.map((s) => `"${s}"`).join(', ')} mà chương trình cần để ghi kết quả; chưa ghi gì vào sổ. ` +
      `Hãy bỏ bảo vệ: Xem lại → Bảo vệ sổ làm việc (Review → Protect Workbook), nhập mật khẩu nếu có, rồi chấm ` +
      `điểm lại.`,
    en: (p) =>
      `The workbook's structure is protected (Protect Workbook), so Excel does not let the program add or delete ` +
      `the sheet${p.sheets.length > 1 ? 's' : ''} ${p.sheets.map((s) => `"${s}"`).join(', ')} it needs for the ` +
      `results; nothing was written. Unprotect it: Review → Protect Workbook (enter the password if there is ` +
      `one), then score again.`,
  }),
  // The task pane's write refused before anything is written: the results would land in columns the official hid
  // beyond those the pane read, out of sight.
  'workbook.hidden-target-columns': phrase<{ sheet: string; range: string }>({
    vi: (p) =>
      `Các cột sẽ ghi kết quả (${p.range}) trên trang "${p.sheet}" đang bị ẩn, nên kết quả sẽ không nhìn thấy được; ` +
      `chưa ghi gì vào sổ. Hãy bỏ ẩn các cột bên phải bảng (chọn các cột, Trang đầu → Định dạng → Ẩn & Bỏ ẩn → ` +
      `Bỏ ẩn cột), rồi chấm điểm lại.`,
    en: (p) =>
      `The columns the results would go in (${p.range}) on sheet "${p.sheet}" are hidden, so the results would be ` +
      `out of sight; nothing was written. Unhide the columns right of the table (select them, Home → Format → ` +
      `Hide & Unhide → Unhide Columns), then score again.`,
  }),
};
