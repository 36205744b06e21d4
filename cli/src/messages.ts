import { formatMoney, type Lang } from '../../shared/src/values';
import { workbookProblemText } from '../../shared/src/workbook/messages';
import type { WorkbookProblem } from '../../shared/src/workbook/problems';

const vi = {
  usage: `thidua — chấm điểm thi đua từ sổ Excel

Cách dùng:
  thidua plans [--json]
  thidua template --plan <mã|plan.json> [--block <khối>] [--rows <n>] -o <tệp.xlsx>
  thidua validate --plan <mã|plan.json> <dữ-liệu.xlsx|dữ-liệu.json> [--sheet <tên>] [--block <khối>] [--json]
  thidua score --plan <mã|plan.json> <dữ-liệu.xlsx|dữ-liệu.json> [-o <kết-quả.xlsx|kết-quả.json>] [--json]
               [--sheet <tên>] [--block <khối>] [--per-criterion] [--due-date YYYY-MM-DD] [--in-place] [--strict]
               [--allow-partial]
  thidua dossier --plan <mã|plan.json> <dữ-liệu.xlsx|dữ-liệu.json> [-o <thư-mục>] [--settings <hồ-sơ.json>]
               [--sheet <tên>] [--block <khối>] [--due-date YYYY-MM-DD] [--allow-partial]

  --allow-partial  vẫn chấm khi chỉ một phần tiêu chí của kế hoạch có cột trong bảng (kết quả mỗi đơn vị
                   ghi rõ các tiêu chí không được đọc); bảng không có cột nào khớp thì không bao giờ được chấm.

Tùy chọn chung: --lang vi|en, --help, --version
Mã thoát: 0 thành công; 1 dữ liệu hoặc kế hoạch có vấn đề; 2 sai cách dùng hoặc không đọc được tệp.`,
  unknownCommand: (c: string) =>
    `Lệnh không hợp lệ: "${c}". Các lệnh: plans, template, validate, score, dossier.`,
  badArgs: (m: string) => `Tham số không hợp lệ: ${m}`,
  needPlan: 'Thiếu --plan <mã kế hoạch hoặc tệp plan.json>.',
  needInput: 'Thiếu tệp dữ liệu (.xlsx hoặc .json).',
  tooManyInputs: 'Chỉ nhận một tệp dữ liệu.',
  needOutput: 'Thiếu -o <tệp.xlsx> cho mẫu bảng chấm điểm.',
  unknownPlan: (id: string, ids: string[]) =>
    `Không có kế hoạch "${id}". Các kế hoạch có sẵn: ${ids.join(', ')}.`,
  unknownBlock: (b: string, ids: string[]) => `Kế hoạch không có khối "${b}". Các khối: ${ids.join(', ')}.`,
  unreadable: (p: string, why: string) => `Không đọc được tệp "${p}": ${why}`,
  notJson: (p: string) => `Tệp "${p}" không phải JSON hợp lệ.`,
  /** A workbook the reader refuses (file type, damage, read budget): the shared sentence, as in the task pane. */
  workbook: (problem: WorkbookProblem, file: string) => workbookProblemText(problem, 'vi', file),
  readWarning: (problem: WorkbookProblem) => `Lưu ý khi đọc: ${workbookProblemText(problem, 'vi')}`,
  invalidPlan: 'Kế hoạch không hợp lệ:',
  badLang: (l: string) => `Ngôn ngữ "${l}" không hỗ trợ; dùng vi hoặc en.`,
  badDate: (d: string) => `Ngày "${d}" không đúng dạng YYYY-MM-DD.`,
  badRows: (r: string) => `Số dòng "${r}" không hợp lệ (1–5000).`,
  sameAsInput: (p: string) =>
    `Tệp kết quả trùng với tệp dữ liệu "${p}". Chọn -o khác, hoặc thêm --in-place nếu thật sự muốn ghi vào tệp dữ liệu.`,
  sameFileAsInput: (out: string, input: string) =>
    `Tệp kết quả "${out}" chính là tệp dữ liệu "${input}" (qua liên kết hoặc thư mục liên kết) — không ghi đè. Chọn -o khác, hoặc thêm --in-place nếu thật sự muốn ghi vào tệp dữ liệu.`,
  noSheet: (s: string, all: string[]) => `Không có sheet "${s}". Các sheet: ${all.join(', ')}.`,
  noTable: (p: string) =>
    `Không tìm thấy bảng chấm điểm trong "${p}" (cần một dòng tiêu đề có cột tên đơn vị và các cột tiêu chí). Dùng --sheet để chọn sheet.`,
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
  warnings: (n: number) =>
    `Lưu ý: ${n} vấn đề trong dữ liệu (xem cột "Ghi chú dữ liệu"; chạy "thidua validate" để xem chi tiết).`,
  strictFail: 'Có vấn đề trong dữ liệu và --strict được bật.',
  writeWarning: (text: string) => `Lưu ý khi ghi: ${text}`,
  plansHeader: 'Các kế hoạch có sẵn:',
  unexpected: (m: string) => `Lỗi không mong đợi: ${m}`,
  invalidSettings: 'Thông tin hồ sơ không hợp lệ:',
  wroteDossier: (folder: string, n: number, zip: string) =>
    `Đã ghi hồ sơ vào ${folder}: ${n} văn bản .docx và ${zip}`,
  dossierSummary: (proposed: number, pending: number, total: number) =>
    `${proposed} đề nghị khen thưởng, tổng tiền thưởng ${formatMoney(total, 'vi')} đồng; ${pending} trường hợp chờ Hội đồng quyết định.`,
  dossierBlanks: (keys: string[]) =>
    `Còn để trống cần điền (…………): ${keys.join(', ')} — thêm vào --settings hoặc tham số kế hoạch dossier-….`,
};

type Messages = typeof vi;

/** "1 unit", "2 units" (Vietnamese nouns do not inflect, English ones do). */
function count(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : `${noun}s`}`;
}

const en: Messages = {
  usage: `thidua — score emulation plans from Excel workbooks

Usage:
  thidua plans [--json]
  thidua template --plan <id|plan.json> [--block <block>] [--rows <n>] -o <file.xlsx>
  thidua validate --plan <id|plan.json> <input.xlsx|input.json> [--sheet <name>] [--block <block>] [--json]
  thidua score --plan <id|plan.json> <input.xlsx|input.json> [-o <out.xlsx|out.json>] [--json]
               [--sheet <name>] [--block <block>] [--per-criterion] [--due-date YYYY-MM-DD] [--in-place] [--strict]
               [--allow-partial]
  thidua dossier --plan <id|plan.json> <input.xlsx|input.json> [-o <folder>] [--settings <dossier.json>]
               [--sheet <name>] [--block <block>] [--due-date YYYY-MM-DD] [--allow-partial]

  --allow-partial  score even when only some criteria of the plan have a column in the table (each unit's
                   result names the criteria not read); a table where no column matches is never scored.

Common options: --lang vi|en, --help, --version
Exit codes: 0 success; 1 problems in the data or plan; 2 usage error or unreadable file.`,
  unknownCommand: (c) => `Unknown command "${c}". Commands: plans, template, validate, score, dossier.`,
  badArgs: (m) => `Invalid arguments: ${m}`,
  needPlan: 'Missing --plan <plan id or plan.json>.',
  needInput: 'Missing the input file (.xlsx or .json).',
  tooManyInputs: 'Only one input file is accepted.',
  needOutput: 'Missing -o <file.xlsx> for the template.',
  unknownPlan: (id, ids) => `No plan "${id}". Built-in plans: ${ids.join(', ')}.`,
  unknownBlock: (b, ids) => `The plan has no block "${b}". Blocks: ${ids.join(', ')}.`,
  unreadable: (p, why) => `Cannot read "${p}": ${why}`,
  notJson: (p) => `"${p}" is not valid JSON.`,
  workbook: (problem, file) => workbookProblemText(problem, 'en', file),
  readWarning: (problem) => `Note while reading: ${workbookProblemText(problem, 'en')}`,
  invalidPlan: 'The plan is invalid:',
  badLang: (l) => `Language "${l}" is not supported; use vi or en.`,
  badDate: (d) => `Date "${d}" is not YYYY-MM-DD.`,
  badRows: (r) => `Row count "${r}" is invalid (1–5000).`,
  sameAsInput: (p) =>
    `The output is the input file "${p}". Choose another -o, or add --in-place to really write into the input.`,
  sameFileAsInput: (out, input) =>
    `The output "${out}" is the input file "${input}" (through a link or a linked folder) — not overwriting it. Choose another -o, or add --in-place to really write into the input.`,
  noSheet: (s, all) => `No sheet "${s}". Sheets: ${all.join(', ')}.`,
  noTable: (p) =>
    `No scoring table found in "${p}" (a header row with a unit-name column and criteria columns). Use --sheet.`,
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
  warnings: (n) =>
    `Note: ${count(n, 'problem')} in the data (see the "Data notes" column; run "thidua validate" for details).`,
  strictFail: 'The data has problems and --strict is on.',
  writeWarning: (text) => `Note on writing: ${text}`,
  plansHeader: 'Built-in plans:',
  unexpected: (m) => `Unexpected error: ${m}`,
  invalidSettings: 'Invalid dossier settings:',
  wroteDossier: (folder, n, zip) => `Dossier written to ${folder}: ${n} .docx documents and ${zip}`,
  dossierSummary: (proposed, pending, total) =>
    `${count(proposed, 'award proposal')}, prize money ${formatMoney(total, 'en')} VND; ${pending} waiting for the council.`,
  dossierBlanks: (keys) =>
    `Left blank to fill in (…………): ${keys.join(', ')} — add them to --settings or as dossier-… plan parameters.`,
};

export function messages(lang: Lang): Messages {
  return lang === 'en' ? en : vi;
}

export type { Messages };
