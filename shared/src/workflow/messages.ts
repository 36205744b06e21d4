/**
 * What the sheet workflow says to an official, Vietnamese first and English beside it, in one place for the CLI
 * and the task pane. Only the "what to do" part differs: a command to type, or a button to press.
 */
import type { Plan } from '../plan/schema';
import type { Problem } from '../problems';
import type { Lang } from '../values';
import { lineName } from '../sheet/mapping';
import type { NotMapped } from './coverage';
import type { ResolvedSheet } from './resolve';

export type Audience = 'cli' | 'pane';

export interface Bilingual {
  message: string;
  messageEn: string;
}

/** The message in the official's language (a problem without English text keeps its Vietnamese). */
export function inLang(text: { message: string; messageEn?: string }, lang: Lang): string {
  return lang === 'en' && text.messageEn ? text.messageEn : text.message;
}

const MAX_HEADERS = 12;
const MAX_HEADER_CHARS = 40;
const MAX_LISTED = 20;

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A sheet and its mapping; with the layout, the headers as written on the sheet today. */
export type SheetRead = Pick<ResolvedSheet, 'sheet' | 'mapping'> & { layout?: ResolvedSheet['layout'] };

/** `"Số điện thoại", "Địa chỉ"` and how many more: the header titles as read. */
function headerList(resolved: SheetRead, lang: Lang): string {
  const headers = resolved.layout?.headers ?? resolved.mapping.columns.map((c) => ({ text: c.header }));
  const texts = headers.map((h) => h.text.trim()).filter(Boolean);
  if (!texts.length) return lang === 'en' ? '(no header text)' : '(không có tiêu đề)';
  const shown = texts.slice(0, MAX_HEADERS).map((t) => `"${clip(t, MAX_HEADER_CHARS)}"`);
  const rest = texts.length - shown.length;
  return shown.join(', ') + (rest ? (lang === 'en' ? ` and ${rest} more` : ` và ${rest} cột khác`) : '');
}

/** `trang "Danh sách" (tiêu đề ở dòng 4): "…", "…"`. */
function sheetRead(resolved: SheetRead, lang: Lang): string {
  const { mapping } = resolved;
  const last = mapping.headerRows[mapping.headerRows.length - 1];
  // The header line runs across the units: a row when units go down, a column when they go across.
  const across = mapping.orientation === 'rows' ? 'columns' : 'rows';
  const where = last === undefined ? '' : lineName(across, last, lang);
  return lang === 'en'
    ? `sheet "${resolved.sheet.name}"${where ? ` (headers in ${where})` : ''}: ${headerList(resolved, lang)}`
    : `trang "${resolved.sheet.name}"${where ? ` (tiêu đề ở ${where})` : ''}: ${headerList(resolved, lang)}`;
}

/**
 * Scoring refused: no column of the sheet feeds anything of the plan. Names the sheet(s) and the headers read, and
 * what to do: a template, mapping columns in the pane, or another sheet.
 */
export function nothingMappedProblem(
  read: SheetRead[],
  plan: Plan,
  audience: Audience,
  sheetNames: string[] = [],
): Problem {
  const chosen = read[0];
  const vi = read.map((r) => sheetRead(r, 'vi')).join('; ');
  const en = read.map((r) => sheetRead(r, 'en')).join('; ');
  const others = sheetNames.filter((n) => !read.some((r) => r.sheet.name === n));
  const file = `bang-cham-diem-${plan.id}.xlsx`;
  const todoVi =
    audience === 'cli'
      ? `Cách làm: tạo bảng chấm điểm mẫu theo kế hoạch bằng "thidua template --plan ${plan.id} -o ${file}" rồi chép số liệu vào; hoặc mở sổ trong phần bổ trợ Excel, bước "2. Bảng tính", chọn cho từng cột tiêu chí mà cột đó ghi; hoặc chọn đúng trang bằng --sheet "<tên trang>"${others.length ? ` (các trang khác trong sổ: ${others.join(', ')})` : ''}.`
      : `Cách làm: ở bước "2. Bảng tính", chọn cho từng cột tiêu chí mà cột đó ghi (cột "Ghép với"), rồi chấm lại; hoặc bấm "Tạo trang chấm điểm theo kế hoạch" rồi chép số liệu vào trang mới; hoặc chọn đúng trang tính rồi bấm "Nhận diện bảng".`;
  const todoEn =
    audience === 'cli'
      ? `What to do: create a scoring template for the plan with "thidua template --plan ${plan.id} -o ${file}" and copy the figures into it; or open the workbook in the Excel add-in, step "2. Sheet", and pick for each column the criterion it holds; or choose the right sheet with --sheet "<sheet name>"${others.length ? ` (other sheets in the workbook: ${others.join(', ')})` : ''}.`
      : `What to do: in step "2. Sheet", pick for each column the criterion it holds (the "Feeds" column), then score again; or press "Create a scoring sheet from the plan" and copy the figures into the new sheet; or choose the right sheet and press "Detect the table".`;
  return {
    path: chosen?.sheet.name ?? '',
    code: 'nothing-mapped',
    message: `Không chấm điểm: không cột nào khớp với tiêu chí, chỉ tiêu hay dữ kiện nào của kế hoạch "${plan.title}" (${plan.id}), nên không đọc được số liệu nào. Đã đọc ${vi}. ${todoVi} ${audience === 'cli' ? 'Không ghi tệp kết quả nào.' : 'Chưa ghi gì vào sổ.'}`,
    messageEn: `Not scored: no column matches any criterion, target or fact of plan "${plan.titleEn ?? plan.title}" (${plan.id}), so no figure could be read. Read ${en}. ${todoEn} ${audience === 'cli' ? 'No output file was written.' : 'Nothing was written to the workbook.'}`,
  };
}

/** "tiêu chí 8, tiêu chí 12, dữ kiện "…" năm 2021" (and how many more). */
export function notMappedList(items: NotMapped[], lang: Lang, max = MAX_LISTED): string {
  const shown = items.slice(0, max).map((i) => (lang === 'en' ? i.labelEn : i.label));
  const rest = items.length - shown.length;
  return shown.join(', ') + (rest ? (lang === 'en' ? ` and ${rest} more` : ` và ${rest} mục khác`) : '');
}

/** One line of the pane's list: "Tiêu chí 8 — Tỷ lệ hồ sơ …". */
export function notMappedItemText(item: NotMapped, lang: Lang): string {
  const what = lang === 'en' ? item.labelEn : item.label;
  const title = lang === 'en' ? (item.titleEn ?? item.title) : item.title;
  const head = what.charAt(0).toUpperCase() + what.slice(1);
  // a fact's label already quotes its title ("dữ kiện "Xếp loại CCHC" năm 2021")
  return what.includes('"') ? head : `${head} — ${title}`;
}

/**
 * Some of the plan is fed by no column. `allowed`: said as a note once the official has confirmed; otherwise the
 * reason scoring waits (the CLI names --allow-partial, the pane its confirmation).
 */
export function partialMappingProblem(
  sheet: string,
  items: NotMapped[],
  audience: Audience,
  allowed: boolean,
): Problem {
  const n = items.length;
  const vi = `Trang "${sheet}": ${n} mục của kế hoạch không có cột nào nên sẽ không được đọc — mọi đơn vị đều thiếu: ${notMappedList(items, 'vi')}.`;
  const en = `Sheet "${sheet}": ${n} ${n === 1 ? 'item' : 'items'} of the plan fed by no column will not be read — every unit misses ${n === 1 ? 'it' : 'them'}: ${notMappedList(items, 'en')}.`;
  const next = allowed
    ? {
        vi: 'Vẫn chấm theo yêu cầu; kết quả của từng đơn vị ghi rõ các mục không được đọc (criteria-not-mapped).',
        en: 'Scored as asked; each unit’s result names what was not read (criteria-not-mapped).',
      }
    : audience === 'cli'
      ? {
          vi: 'Chưa chấm. Thêm cột cho các mục này (hoặc ghép cột trong phần bổ trợ Excel), hoặc thêm --allow-partial để vẫn chấm với phần đã ghép.',
          en: 'Not scored. Add columns for these (or map them in the Excel add-in), or add --allow-partial to score with what is mapped.',
        }
      : {
          vi: 'Ghép các mục này với cột ở bước "2. Bảng tính", hoặc xác nhận để vẫn chấm với phần đã ghép.',
          en: 'Map these to columns in step "2. Sheet", or confirm to score with what is mapped.',
        };
  return {
    path: sheet,
    code: 'partial-mapping',
    message: `${vi} ${next.vi}`,
    messageEn: `${en} ${next.en}`,
  };
}

/** The flag on a unit's result: what of the plan was not read for it, because no column feeds it. */
export function notMappedFlagMessage(items: NotMapped[], lang: Lang): string {
  return lang === 'en'
    ? `Not read — no column of the sheet feeds: ${notMappedList(items, 'en')}`
    : `Không đọc được vì không có cột nào trên trang: ${notMappedList(items, 'vi')}`;
}
