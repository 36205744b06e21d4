import { formatMoney, type Lang } from '@thidua/core';
import { workbookProblemText, type WorkbookProblem } from '@thidua/core/sheet';
import type { DroppedFeature, DroppedPart } from '@thidua/core/adapters/exceljs';

const FEATURES_VI: Record<DroppedFeature, string> = {
  macros: 'macro (VBA)',
  charts: 'biểu đồ',
  pivotTables: 'PivotTable',
  slicers: 'slicer/timeline',
  externalLinks: 'liên kết tới sổ khác',
  controls: 'nút điều khiển (form control, ActiveX)',
  embeddedObjects: 'đối tượng nhúng',
  threadedComments: 'chuỗi bình luận (threaded comments)',
  dataConnections: 'kết nối dữ liệu, truy vấn',
  customProperties: 'thuộc tính tùy chỉnh của tệp',
  workbookProtection: 'khoá cấu trúc sổ (Protect Workbook)',
  pageBreaks: 'ngắt trang đặt tay (Page Break)',
  sparklines: 'biểu đồ thu nhỏ trong ô (Sparklines)',
  extValidations: 'danh sách chọn lấy nguồn từ trang khác (Data Validation kiểu mới)',
  shapes: 'hình vẽ, hộp văn bản (Shapes, Text Box)',
  headerFooterPictures: 'ảnh ở đầu trang, chân trang khi in (Header & Footer)',
  customViews: 'dạng xem tùy chỉnh (Custom Views)',
};

const FEATURES_EN: Record<DroppedFeature, string> = {
  macros: 'macros (VBA)',
  charts: 'charts',
  pivotTables: 'pivot tables',
  slicers: 'slicers/timelines',
  externalLinks: 'links to other workbooks',
  controls: 'form controls or ActiveX controls',
  embeddedObjects: 'embedded objects',
  threadedComments: 'threaded comments',
  dataConnections: 'data connections or queries',
  customProperties: 'custom document properties',
  workbookProtection: 'workbook structure protection (Protect Workbook)',
  pageBreaks: 'manual page breaks',
  sparklines: 'sparklines',
  extValidations: 'drop-down lists drawn from another sheet (newer data validation)',
  shapes: 'shapes and text boxes',
  headerFooterPictures: 'pictures in the printed header or footer',
  customViews: 'custom views',
};

const quoted = (sheets: string[]) => sheets.map((s) => `"${s}"`).join(', ');

/** Where each lost feature is: " Nằm ở: biểu đồ — trang "Tổng hợp"; …", or an empty string when none is on a sheet. */
const whereVi = (parts: DroppedPart[]) => {
  const on = parts.filter((p) => p.sheets.length);
  return on.length
    ? ` Nằm ở: ${on.map((p) => `${FEATURES_VI[p.feature]} — trang ${quoted(p.sheets)}`).join('; ')}.`
    : '';
};
const whereEn = (parts: DroppedPart[]) => {
  const on = parts.filter((p) => p.sheets.length);
  return on.length
    ? ` Where: ${on.map((p) => `${FEATURES_EN[p.feature]} — ${p.sheets.length > 1 ? 'sheets' : 'sheet'} ${quoted(p.sheets)}`).join('; ')}.`
    : '';
};

/** What a system error code means, in each language; an unknown code is shown as it is. */
const SYSTEM_WORDS: Record<string, [string, string]> = {
  ENOENT: ['không có tệp hoặc thư mục này', 'no such file or folder'],
  ENOTDIR: ['một phần của đường dẫn không phải thư mục', 'part of the path is not a folder'],
  EISDIR: ['đây là một thư mục, không phải tệp', 'this is a folder, not a file'],
  EACCES: ['không có quyền truy cập', 'permission denied'],
  EPERM: ['không được phép', 'not permitted'],
  EROFS: ['ổ đĩa chỉ cho đọc', 'the drive is read-only'],
  ENOSPC: ['ổ đĩa đã đầy', 'the drive is full'],
  EBUSY: ['tệp đang bị chương trình khác giữ', 'the file is held by another program'],
  ENAMETOOLONG: ['tên tệp quá dài', 'the file name is too long'],
  EEXIST: ['đã có một tệp tên này', 'a file of that name is already there'],
};

const said = (code: string, lang: Lang) => {
  const words = SYSTEM_WORDS[code];
  return words ? `${words[lang === 'en' ? 1 : 0]} (${code})` : code;
};

const vi = {
  lang: 'vi' as Lang,
  usage: `thidua — chấm điểm thi đua từ sổ Excel

Cách dùng:
  thidua plans [--json]
  thidua template --plan <mã|plan.json> [--block <khối>] [--rows <n>] -o <tệp.xlsx> [--force]
  thidua validate --plan <mã|plan.json> <dữ-liệu.xlsx|dữ-liệu.json> [--sheet <tên>] [--block <khối>] [--json]
               [--show-mapping]
  thidua score --plan <mã|plan.json> <dữ-liệu.xlsx|dữ-liệu.json> [-o <kết-quả.xlsx|kết-quả.json>] [--json]
               [--sheet <tên>] [--block <khối>] [--per-criterion] [--due-date YYYY-MM-DD] [--in-place] [--strict]
               [--allow-partial]
  thidua dossier --plan <mã|plan.json> <dữ-liệu.xlsx|dữ-liệu.json> [-o <thư-mục>] [--settings <hồ-sơ.json>]
               [--sheet <tên>] [--block <khối>] [--due-date YYYY-MM-DD] [--allow-partial]
  thidua template --plan <mã> --registration [--block <khối>] -o <đăng-ký.xlsx> [--force]
  thidua forms --plan <mã|plan.json> --units <"Xã A,Xã B"|danh-sách.txt|đăng-ký.xlsx> [--block <khối>]
               -o <thư-mục> (mỗi đơn vị một tệp) | -o <phiếu.xlsx> (mỗi đơn vị một trang)
  thidua merge --plan <mã|plan.json> <phiếu.xlsx…> [--block <khối>] -o <tổng-hợp.xlsx>
  thidua diff <lần-chấm-a.xlsx|.json> <lần-chấm-b.xlsx|.json> [--json]   (một sổ: so với kết quả chính thức)
  thidua final <sổ-đã-chấm.xlsx> [-o <tệp.xlsx>] [--by <người chốt>] [--replace-final]

  --allow-partial  vẫn chấm khi chỉ một phần tiêu chí của kế hoạch có cột trong bảng (kết quả mỗi đơn vị
                   ghi rõ các tiêu chí không được đọc); bảng không có cột nào khớp thì không bao giờ được chấm.
  --show-mapping   (validate, score, dossier) in cách ghép cột ra stderr: mỗi cột với tiêu đề đầy đủ, 3 giá trị
                   mẫu, mục được ghép, độ tin cậy và lý do; cột ghép chưa chắc chắn phải được xác nhận.
  --council-sheet  (score) thêm trang "Quyết định của Hội đồng" để ghi quyết định; lần chấm sau áp dụng.
  --decisions <tệp.json>  (score) thêm quyết định của Hội đồng từ tệp JSON (như options.councilDecisions).
  --force          (template) ghi đè tệp -o đã có (mặc định không ghi đè).
  --final          (score) chốt lần chấm này là kết quả chính thức (lưu trong sổ); --by <tên> người chốt;
                   --replace-final thay kết quả chính thức đã chốt khi khác (bản cũ vẫn được giữ lại).

Tùy chọn chung: --lang vi|en, --help, --version
Mã thoát: 0 thành công; 1 dữ liệu hoặc kế hoạch có vấn đề; 2 sai cách dùng hoặc không đọc được tệp.`,
  unknownCommand: (c: string) =>
    `Lệnh không hợp lệ: "${c}". Các lệnh: plans, template, validate, score, dossier, forms, merge, diff, final.`,
  badArgs: (m: string) => `Tham số không hợp lệ: ${m}`,
  needPlan: 'Thiếu --plan <mã kế hoạch hoặc tệp plan.json>.',
  needInput: 'Thiếu tệp dữ liệu (.xlsx hoặc .json).',
  tooManyInputs: 'Chỉ nhận một tệp dữ liệu.',
  needOutput: 'Thiếu -o <tệp.xlsx> cho mẫu bảng chấm điểm.',
  unknownPlan: (id: string, ids: string[]) =>
    `Không có kế hoạch "${id}". Các kế hoạch có sẵn: ${ids.join(', ')}.`,
  unknownBlock: (b: string, ids: string[]) => `Kế hoạch không có khối "${b}". Các khối: ${ids.join(', ')}.`,
  unreadable: (p: string, why: string) => `Không đọc được tệp "${p}": ${said(why, 'vi')}.`,
  /** "-" or an empty name given as the input: the CLI reads files only. */
  noStdin: (p: string) =>
    `Không đọc được dữ liệu từ "${p}": thidua chỉ đọc tệp (không đọc từ stdin) — cho đường dẫn tới tệp .xlsx hoặc .json.`,
  unknownOption: (o: string) => `Không có tùy chọn "${o}" (xem cách dùng bên dưới).`,
  optionNeedsValue: (o: string) => `Tùy chọn "${o}" cần một giá trị, ví dụ ${o} <giá trị>.`,
  optionTakesNoValue: (o: string) => `Tùy chọn "${o}" không nhận giá trị.`,
  extraArgument: (a: string) => `Thừa tham số "${a}".`,
  defaultOutputTaken: (taken: string, chosen: string) =>
    `Lưu ý khi ghi: đã có tệp "${taken}" (có thể từ lần chấm trước) — không ghi đè; kết quả lần này ghi vào "${chosen}". Muốn ghi đè thì chỉ rõ -o "${taken}".`,
  noFreeOutput: (taken: string) =>
    `Đã có tệp "${taken}" và các tên thay thế — không ghi đè. Chỉ rõ tệp kết quả bằng -o <tệp.xlsx>.`,
  notJson: (p: string) => `Tệp "${p}" không phải JSON hợp lệ.`,
  jsonProblem: (p: string, detail: string) => `Tệp "${p}": ${detail}.`,
  /** A workbook the reader refuses (file type, damage, read budget): the shared sentence, as in the task pane. */
  workbook: (problem: WorkbookProblem, file: string) => workbookProblemText(problem, 'vi', file),
  readWarning: (problem: WorkbookProblem) => `Lưu ý khi đọc: ${workbookProblemText(problem, 'vi')}`,
  invalidPlan: 'Kế hoạch không hợp lệ:',
  badLang: (l: string) => `Ngôn ngữ "${l}" không hỗ trợ; dùng vi hoặc en.`,
  badDate: (d: string) =>
    `Ngày "${d}" không đúng dạng YYYY-MM-DD hoặc không có trên lịch (ví dụ 2024-03-31).`,
  badRows: (r: string) => `Số dòng "${r}" không hợp lệ (1–5000).`,
  sameAsInput: (p: string) =>
    `Tệp kết quả trùng với tệp dữ liệu "${p}". Chọn -o khác, hoặc thêm --in-place nếu thật sự muốn ghi vào tệp dữ liệu.`,
  sameFileAsInput: (out: string, input: string) =>
    `Tệp kết quả "${out}" chính là tệp dữ liệu "${input}" (qua liên kết hoặc thư mục liên kết) — không ghi đè. Chọn -o khác, hoặc thêm --in-place nếu thật sự muốn ghi vào tệp dữ liệu.`,
  noSheet: (s: string, all: string[]) => `Không có sheet "${s}". Các sheet: ${all.join(', ')}.`,
  noTable: (p: string) =>
    `Không tìm thấy bảng chấm điểm trong "${p}" (cần một dòng tiêu đề có cột tên đơn vị và các cột tiêu chí). Dùng --sheet để chọn sheet.`,
  hiddenSheets: (names: string[]) =>
    `Sheet đang ẩn không được đọc: ${names.map((n) => `"${n}"`).join(', ')} — hiện sheet (chuột phải vào thẻ sheet → Bỏ ẩn), hoặc chọn bằng --sheet "${names[0]}" nếu đúng là bảng cần chấm.`,
  hiddenUnits: (sheet: string, lines: { line: string; name: string }[]) =>
    `Trang "${sheet}" có ${lines.length} đơn vị đang bị ẩn (lọc hoặc ẩn dòng), không được chấm và không có kết quả: ${lines.map((l) => `${l.line}: ${l.name}`).join('; ')} — nếu cần xét cả các đơn vị này, bỏ lọc hoặc bỏ ẩn rồi chấm lại.`,
  noUnits: 'Không có đơn vị nào trong dữ liệu.',
  reading: (p: string) => `Đang đọc ${p}…`,
  scoring: (n: number) => `Đang chấm ${n} đơn vị…`,
  writing: (p: string) => `Đang ghi ${p}…`,
  table: (sheet: string, from: number, to: number, n: number) =>
    `Bảng: sheet "${sheet}", dòng ${from}–${to}, ${n} đơn vị.`,
  problems: (n: number) => `${n} vấn đề trong dữ liệu:`,
  noProblems: (n: number) => `Dữ liệu hợp lệ: ${n} đơn vị, không có vấn đề.`,
  scored: (n: number, ranked: number, awards: number) =>
    `Đã chấm ${n} đơn vị: ${ranked} được xếp hạng, ${awards} đạt giải.`,
  fund: (line: string) => `Quỹ thưởng đã dùng — ${line}`,
  ties: (n: number) =>
    `${n} trường hợp đồng điểm ở ranh giới giải — chờ Hội đồng quyết định (xem sheet Kết quả).`,
  wrote: (p: string) => `Đã ghi kết quả: ${p}`,
  wroteTemplate: (p: string) => `Đã tạo mẫu bảng chấm điểm: ${p}`,
  summaryOutputTaken: (p: string) =>
    `Không ghi sổ tổng hợp: đã có tệp "${p}" — sổ mới sẽ thay toàn bộ tệp đó (kể cả điểm thẩm định đã nhập), nên không ghi đè. Chọn -o <tệp-mới.xlsx>, hoặc thêm --force nếu thật sự muốn thay tệp "${p}". Chưa ghi tệp nào.`,
  formsOutputTaken: (p: string) =>
    `Không ghi phiếu: đã có tệp "${p}" — có thể là phiếu đơn vị đã điền gửi về, nên không ghi đè. Chọn -o <thư-mục-mới>, hoặc thêm --force nếu thật sự muốn thay. Chưa ghi tệp nào.`,
  templateOutputTaken: (p: string) =>
    `Không ghi mẫu: đã có tệp "${p}" — mẫu mới sẽ thay toàn bộ tệp đó (kể cả số liệu đã nhập), nên không ghi đè. Chọn -o <tệp-mới.xlsx>, hoặc thêm --force nếu thật sự muốn thay tệp "${p}". Chưa ghi tệp nào.`,
  warnings: (n: number) =>
    `Lưu ý: ${n} vấn đề trong dữ liệu (xem cột "Ghi chú dữ liệu"; chạy "thidua validate" để xem chi tiết).`,
  strictFail: 'Có vấn đề trong dữ liệu và --strict được bật.',
  writeWarning: (text: string) => `Lưu ý khi ghi: ${text}`,
  dropped: (input: string, parts: DroppedPart[], output: string, inPlace: boolean) =>
    `Lưu ý khi ghi: sổ "${input}" có ${parts.map((p) => FEATURES_VI[p.feature]).join(', ')} — chương trình không giữ được, nên tệp "${output}" không còn chúng${inPlace ? ' (đã ghi vào chính tệp dữ liệu: hãy lấy lại từ bản sao lưu)' : '; tệp dữ liệu vẫn nguyên vẹn'}.${whereVi(parts)}`,
  inPlaceWouldDrop: (input: string, parts: DroppedPart[]) =>
    `Không ghi --in-place: sổ "${input}" có ${parts.map((p) => FEATURES_VI[p.feature]).join(', ')} mà chương trình không giữ được — ghi vào chính tệp sẽ làm mất chúng.${whereVi(parts)} Hãy ghi ra bản sao (bỏ --in-place, hoặc -o <tệp>.xlsx).`,
  outputName: (p: string, json: boolean) =>
    `Tệp kết quả "${p}" không có đuôi .xlsx${json ? ' (hay .json)' : ''}: chương trình ghi một sổ Excel .xlsx, dưới tên khác Excel không mở được hoặc mở ra ký tự lạ. Chọn -o <tệp>.xlsx.`,
  badOutputType: (p: string, ext: string) =>
    `Tệp kết quả "${p}" có đuôi ${ext}: chương trình chỉ ghi được sổ .xlsx (không macro, không phải mẫu), Excel sẽ không mở được tệp ${ext} này. Chọn -o <tệp>.xlsx (không dùng --in-place cho tệp ${ext}).`,
  protectedSheet: (sheet: string) =>
    `Lưu ý khi ghi: trang "${sheet}" được bảo vệ (khoá) — kết quả vẫn được ghi bên cạnh bảng, nhưng các ô đó cũng bị khoá cho tới khi bỏ bảo vệ trang (Review → Unprotect Sheet).`,
  openInput: (p: string, lock: string) =>
    `Lưu ý khi đọc: sổ "${p}" đang mở trong Excel hoặc LibreOffice (có tệp khoá "${lock}") — chương trình đọc bản đã lưu gần nhất; lưu sổ trước nếu vừa sửa.`,
  openOutput: (p: string, lock: string) =>
    `Lưu ý khi ghi: tệp "${p}" đang mở trong Excel hoặc LibreOffice (có tệp khoá "${lock}") — đóng tệp rồi mở lại để thấy kết quả; lưu từ cửa sổ đang mở sẽ ghi đè lên kết quả.`,
  noFolder: (p: string, why: string) =>
    `Không tạo được thư mục hồ sơ "${p}": ${said(why, 'vi')}. Hồ sơ gồm nhiều văn bản nên -o là một thư mục (chưa có, hoặc đã có và cho phép ghi); chọn -o <thư-mục> khác.`,
  preparedTarget: (sheet: string, cell: string, column: string, what: 'validation' | 'conditionalFormat') =>
    `Không ghi kết quả: ô ${cell} (cột ${column} của trang "${sheet}"), nơi kết quả sẽ được ghi, đang có ${what === 'validation' ? 'quy tắc xác thực dữ liệu (Data Validation)' : 'định dạng có điều kiện (Conditional Formatting)'} do người dùng đặt sẵn — ghi vào sẽ lẫn với phần đã chuẩn bị của trang. Xoá ${what === 'validation' ? 'quy tắc đó (Dữ liệu → Xác thực dữ liệu → Xoá tất cả)' : 'định dạng đó (Trang đầu → Định dạng có điều kiện → Xoá quy tắc)'} ở các cột bên phải bảng rồi chấm lại. Chưa ghi tệp nào.`,
  unwritable: (p: string, why: string) =>
    `Không ghi được tệp kết quả "${p}" (${why})${SYSTEM_WORDS[why] ? ` — ${SYSTEM_WORDS[why][0]}` : ''}; không có tệp nào được ghi dở. Kiểm tra thư mục có tồn tại và cho phép ghi, tệp không đang mở trong Excel, hoặc chọn -o khác.`,
  plansHeader: 'Các kế hoạch có sẵn:',
  unexpected: (m: string) => `Lỗi không mong đợi: ${m}`,
  invalidSettings: 'Thông tin hồ sơ không hợp lệ:',
  wroteDossier: (folder: string, n: number, zip: string) =>
    `Đã ghi hồ sơ vào ${folder}: ${n} văn bản .docx và ${zip}`,
  dossierSummary: (proposed: number, pending: number, total: number) =>
    `${proposed} đề nghị khen thưởng, tổng tiền thưởng ${formatMoney(total, 'vi')} đồng; ${pending} trường hợp chờ Hội đồng quyết định.`,
  dossierBlanks: (keys: string[]) =>
    `Còn để trống cần điền (…………): ${keys.join(', ')} — thêm vào --settings hoặc tham số kế hoạch dossier-….`,
  noRegistration: (id: string) =>
    `Kế hoạch "${id}" không có mục đăng ký thi đua (registration: hạn đăng ký, danh hiệu) — không có mẫu đăng ký.`,
  wroteRegistration: (p: string) => `Đã tạo mẫu đăng ký thi đua: ${p}`,
  needUnits: 'Thiếu --units <danh sách đơn vị, tệp .txt/.csv mỗi dòng một đơn vị, hoặc tệp .xlsx đăng ký>.',
  noUnitsIn: (p: string) => `Không đọc được đơn vị nào từ "${p}".`,
  needBlock: (ids: string[]) => `Kế hoạch có nhiều khối: chọn --block (${ids.join(', ')}).`,
  wroteForms: (n: number, where: string) => `Đã tạo ${n} phiếu tự chấm điểm: ${where}`,
  needForms: 'Thiếu các tệp phiếu tự chấm (.xlsx) cần gộp.',
  needSummary: 'Thiếu -o <tổng-hợp.xlsx> cho bảng tổng hợp.',
  outputIsForm: (p: string) => `Tệp tổng hợp "${p}" là một trong các phiếu cần gộp — chọn -o khác.`,
  merged: (forms: number, units: number, roster: number, changed: number) =>
    `Đã gộp ${forms} phiếu: ${units}/${roster} đơn vị; ${changed} mục có điểm thẩm định khác điểm tự chấm.`,
  mergeProblems: (n: number) => `${n} phiếu hoặc đơn vị có vấn đề:`,
  appraisal: (changed: number, unreasoned: number, rankOn: 'appraised' | 'self') =>
    `Tự chấm và thẩm định: ${changed} mục khác nhau${unreasoned ? ` (${unreasoned} mục chưa ghi lý do)` : ''}; xếp hạng và khen thưởng theo điểm ${rankOn === 'self' ? 'tự chấm' : 'thẩm định'}.`,
};

type Messages = typeof vi;

/** "1 unit", "2 units" (Vietnamese nouns do not inflect, English ones do). */
function count(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : `${noun}s`}`;
}

const en: Messages = {
  lang: 'en',
  usage: `thidua — score emulation plans from Excel workbooks

Usage:
  thidua plans [--json]
  thidua template --plan <id|plan.json> [--block <block>] [--rows <n>] -o <file.xlsx> [--force]
  thidua validate --plan <id|plan.json> <input.xlsx|input.json> [--sheet <name>] [--block <block>] [--json]
               [--show-mapping]
  thidua score --plan <id|plan.json> <input.xlsx|input.json> [-o <out.xlsx|out.json>] [--json]
               [--sheet <name>] [--block <block>] [--per-criterion] [--due-date YYYY-MM-DD] [--in-place] [--strict]
               [--allow-partial]
  thidua dossier --plan <id|plan.json> <input.xlsx|input.json> [-o <folder>] [--settings <dossier.json>]
               [--sheet <name>] [--block <block>] [--due-date YYYY-MM-DD] [--allow-partial]
  thidua template --plan <id> --registration [--block <block>] -o <registration.xlsx> [--force]
  thidua forms --plan <id|plan.json> --units <"Unit A,Unit B"|units.txt|registration.xlsx> [--block <block>]
               -o <folder> (one workbook per unit) | -o <forms.xlsx> (one sheet per unit)
  thidua merge --plan <id|plan.json> <form.xlsx…> [--block <block>] -o <summary.xlsx>
  thidua diff <run-a.xlsx|.json> <run-b.xlsx|.json> [--json]   (one workbook: against its final results)
  thidua final <scored.xlsx> [-o <file.xlsx>] [--by <name>] [--replace-final]

  --allow-partial  score even when only some criteria of the plan have a column in the table (each unit's
                   result names the criteria not read); a table where no column matches is never scored.
  --show-mapping   (validate, score, dossier) print the column mapping on stderr: each column's full title,
                   3 sample values, what it feeds, the confidence and why; uncertain columns must be confirmed.
  --council-sheet  (score) add the "Quyết định của Hội đồng" sheet to record decisions; the next run applies them.
  --decisions <file.json>  (score) council decisions from a JSON file (as options.councilDecisions).
  --force          (template) replace the -o file when it is already there (by default it is not).
  --final          (score) mark this run final (kept in the workbook); --by <name> who marks it;
                   --replace-final replaces different final results (the earlier record is kept).

Common options: --lang vi|en, --help, --version
Exit codes: 0 success; 1 problems in the data or plan; 2 usage error or unreadable file.`,
  unknownCommand: (c) =>
    `Unknown command "${c}". Commands: plans, template, validate, score, dossier, forms, merge, diff, final.`,
  badArgs: (m) => `Invalid arguments: ${m}`,
  needPlan: 'Missing --plan <plan id or plan.json>.',
  needInput: 'Missing the input file (.xlsx or .json).',
  tooManyInputs: 'Only one input file is accepted.',
  needOutput: 'Missing -o <file.xlsx> for the template.',
  unknownPlan: (id, ids) => `No plan "${id}". Built-in plans: ${ids.join(', ')}.`,
  unknownBlock: (b, ids) => `The plan has no block "${b}". Blocks: ${ids.join(', ')}.`,
  unreadable: (p, why) => `Cannot read "${p}": ${said(why, 'en')}.`,
  noStdin: (p) =>
    `Cannot read data from "${p}": thidua reads files only (not standard input) — give the path of an .xlsx or .json file.`,
  unknownOption: (o) => `There is no option "${o}" (see the usage below).`,
  optionNeedsValue: (o) => `The option "${o}" needs a value, e.g. ${o} <value>.`,
  optionTakesNoValue: (o) => `The option "${o}" takes no value.`,
  extraArgument: (a) => `Unexpected argument "${a}".`,
  defaultOutputTaken: (taken, chosen) =>
    `Note on writing: "${taken}" exists (perhaps from an earlier run) — not overwritten; this run's results are written to "${chosen}". To overwrite it, name it with -o "${taken}".`,
  noFreeOutput: (taken) =>
    `"${taken}" and its alternative names exist — nothing overwritten. Name the output with -o <file.xlsx>.`,
  notJson: (p) => `"${p}" is not valid JSON.`,
  jsonProblem: (p, detail) => `"${p}": ${detail}.`,
  workbook: (problem, file) => workbookProblemText(problem, 'en', file),
  readWarning: (problem) => `Note while reading: ${workbookProblemText(problem, 'en')}`,
  invalidPlan: 'The plan is invalid:',
  badLang: (l) => `Language "${l}" is not supported; use vi or en.`,
  badDate: (d) => `Date "${d}" is not YYYY-MM-DD or is not a day of the calendar (e.g. 2024-03-31).`,
  badRows: (r) => `Row count "${r}" is invalid (1–5000).`,
  sameAsInput: (p) =>
    `The output is the input file "${p}". Choose another -o, or add --in-place to really write into the input.`,
  sameFileAsInput: (out, input) =>
    `The output "${out}" is the input file "${input}" (through a link or a linked folder) — not overwriting it. Choose another -o, or add --in-place to really write into the input.`,
  noSheet: (s, all) => `No sheet "${s}". Sheets: ${all.join(', ')}.`,
  noTable: (p) =>
    `No scoring table found in "${p}" (a header row with a unit-name column and criteria columns). Use --sheet.`,
  hiddenSheets: (names) =>
    `Hidden sheets are not read: ${names.map((n) => `"${n}"`).join(', ')} — unhide the sheet (right-click its tab → Unhide), or choose it with --sheet "${names[0]}" if it is the table to score.`,
  hiddenUnits: (sheet, lines) =>
    `Sheet "${sheet}" has ${lines.length} hidden units (a filter, or hidden rows), not scored and with no result: ${lines.map((l) => `${l.line}: ${l.name}`).join('; ')} — if they are to be considered too, clear the filter or unhide them and score again.`,
  noUnits: 'The input has no units.',
  reading: (p) => `Reading ${p}…`,
  scoring: (n) => `Scoring ${n} units…`,
  writing: (p) => `Writing ${p}…`,
  table: (sheet, from, to, n) => `Table: sheet "${sheet}", rows ${from}–${to}, ${count(n, 'unit')}.`,
  problems: (n) => `${count(n, 'problem')} in the data:`,
  noProblems: (n) => `The data is valid: ${count(n, 'unit')}, no problems.`,
  scored: (n, ranked, awards) => `Scored ${count(n, 'unit')}: ${ranked} ranked, ${awards} awarded.`,
  fund: (line) => `Prize fund used — ${line}`,
  ties: (n) => `${count(n, 'tie')} at a tier boundary — for the council to decide (see the Results sheet).`,
  wrote: (p) => `Results written: ${p}`,
  wroteTemplate: (p) => `Template written: ${p}`,
  summaryOutputTaken: (p) =>
    `Summary not written: "${p}" is already there — a new summary would replace that whole file (any appraised points typed in included), so it is not overwritten. Choose -o <new-file.xlsx>, or add --force to really replace "${p}". No file was written.`,
  formsOutputTaken: (p) =>
    `Forms not written: "${p}" is already there — it may be a form a unit filled in and sent back, so it is not overwritten. Choose -o <new-folder>, or add --force to really replace it. No file was written.`,
  templateOutputTaken: (p) =>
    `Template not written: "${p}" is already there — a new template would replace that whole file (any figures typed in included), so it is not overwritten. Choose -o <new-file.xlsx>, or add --force to really replace "${p}". No file was written.`,
  warnings: (n) =>
    `Note: ${count(n, 'problem')} in the data (see the "Data notes" column; run "thidua validate" for details).`,
  strictFail: 'The data has problems and --strict is on.',
  writeWarning: (text) => `Note on writing: ${text}`,
  dropped: (input, parts, output, inPlace) =>
    `Note on writing: "${input}" has ${parts.map((p) => FEATURES_EN[p.feature]).join(', ')} — the program cannot keep them, so "${output}" no longer has them${inPlace ? ' (written into the input itself: restore them from a backup)' : '; the input is unchanged'}.${whereEn(parts)}`,
  inPlaceWouldDrop: (input, parts) =>
    `Not written --in-place: "${input}" has ${parts.map((p) => FEATURES_EN[p.feature]).join(', ')}, which the program cannot keep — writing into the file itself would lose them.${whereEn(parts)} Write a copy (leave out --in-place, or -o <file>.xlsx).`,
  outputName: (p, json) =>
    `The output "${p}" does not end in .xlsx${json ? ' (or .json)' : ''}: the program writes an Excel .xlsx workbook, which under another name Excel would not open or would show as garbage. Choose -o <file>.xlsx.`,
  badOutputType: (p, ext) =>
    `The output "${p}" ends in ${ext}: the program writes only .xlsx workbooks (no macros, not a template), and Excel would not open this ${ext} file. Choose -o <file>.xlsx (no --in-place for a ${ext} file).`,
  protectedSheet: (sheet) =>
    `Note on writing: sheet "${sheet}" is protected — the results are still written beside the table, but those cells are locked too until the sheet is unprotected (Review → Unprotect Sheet).`,
  openInput: (p, lock) =>
    `Note while reading: "${p}" is open in Excel or LibreOffice (lock file "${lock}") — the last saved version is read; save the workbook first if you just edited it.`,
  openOutput: (p, lock) =>
    `Note on writing: "${p}" is open in Excel or LibreOffice (lock file "${lock}") — close it and open it again to see the results; saving from the open window would overwrite them.`,
  noFolder: (p, why) =>
    `Cannot create the dossier folder "${p}": ${said(why, 'en')}. A dossier is several documents, so -o names a folder (new, or one that exists and can be written); choose another -o <folder>.`,
  preparedTarget: (sheet, cell, column, what) =>
    `Not written: cell ${cell} (column ${column} of sheet "${sheet}"), where the results would go, has ${what === 'validation' ? 'a data validation rule' : 'a conditional format'} set up by the user — writing there would mix the results with what the sheet prepared. Clear ${what === 'validation' ? 'the rule (Data → Data Validation → Clear All)' : 'the format (Home → Conditional Formatting → Clear Rules)'} in the columns right of the table and score again. No file was written.`,
  unwritable: (p, why) =>
    `Cannot write the output "${p}" (${why})${SYSTEM_WORDS[why] ? ` — ${SYSTEM_WORDS[why][1]}` : ''}; no half-written file is left. Check that the folder exists and can be written, that the file is not open in Excel, or choose another -o.`,
  plansHeader: 'Built-in plans:',
  unexpected: (m) => `Unexpected error: ${m}`,
  invalidSettings: 'Invalid dossier settings:',
  wroteDossier: (folder, n, zip) => `Dossier written to ${folder}: ${n} .docx documents and ${zip}`,
  dossierSummary: (proposed, pending, total) =>
    `${count(proposed, 'award proposal')}, prize money ${formatMoney(total, 'en')} VND; ${pending} waiting for the council.`,
  dossierBlanks: (keys) =>
    `Left blank to fill in (…………): ${keys.join(', ')} — add them to --settings or as dossier-… plan parameters.`,
  noRegistration: (id) =>
    `Plan "${id}" has no registration (registration: deadline, titles) — there is no registration sheet to make.`,
  wroteRegistration: (p) => `Registration sheet written: ${p}`,
  needUnits:
    'Missing --units <a list of units, a .txt/.csv file with one unit per line, or a registration .xlsx>.',
  noUnitsIn: (p) => `No units could be read from "${p}".`,
  needBlock: (ids) => `The plan has several blocks: choose --block (${ids.join(', ')}).`,
  wroteForms: (n, where) => `${count(n, 'self-assessment form')} written: ${where}`,
  needForms: 'Missing the filled forms (.xlsx) to merge.',
  needSummary: 'Missing -o <summary.xlsx> for the summary table.',
  outputIsForm: (p) => `The summary "${p}" is one of the forms to merge — choose another -o.`,
  merged: (forms, units, roster, changed) =>
    `${count(forms, 'form')} merged: ${units}/${roster} units; ${count(changed, 'item')} appraised differently from the self-assessment.`,
  mergeProblems: (n) => `${count(n, 'problem')} with the forms or units:`,
  appraisal: (changed, unreasoned, rankOn) =>
    `Self-assessment and appraisal: ${count(changed, 'item')} differ${unreasoned ? ` (${unreasoned} without a reason)` : ''}; ranked and awarded on the ${rankOn === 'self' ? 'self-assessed' : 'appraised'} score.`,
};

export function messages(lang: Lang): Messages {
  return lang === 'en' ? en : vi;
}

export type { Messages };
