/**
 * What the sheet workflow says to an official, Vietnamese first and English beside it, in one place for the CLI
 * and the task pane. Only the "what to do" part differs: a command to type, or a button to press.
 */
import type { Plan } from '../plan/schema';
import type { Problem } from '../problems';
import { normalizeText, type Lang } from '../values';
import { lineName } from '../sheet/mapping';
import type { NotMapped, UncertainColumn } from './coverage';
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
  uncertain: UncertainColumn[] = [],
): Problem {
  const n = items.length;
  const missing = n
    ? {
        vi: `Trang "${sheet}": ${n} mục của kế hoạch không có cột nào nên sẽ không được đọc — mọi đơn vị đều thiếu: ${notMappedList(items, 'vi')}.`,
        en: `Sheet "${sheet}": ${n} ${n === 1 ? 'item' : 'items'} of the plan fed by no column will not be read — every unit misses ${n === 1 ? 'it' : 'them'}: ${notMappedList(items, 'en')}.`,
      }
    : undefined;
  const unsure = uncertain.length ? uncertainSentence(sheet, uncertain, allowed, !missing) : undefined;
  const vi = [missing?.vi, unsure?.vi].filter(Boolean).join(' ');
  const en = [missing?.en, unsure?.en].filter(Boolean).join(' ');
  const next = allowed
    ? missing
      ? {
          vi: 'Vẫn chấm theo yêu cầu; kết quả của từng đơn vị ghi rõ các mục không được đọc (criteria-not-mapped).',
          en: 'Scored as asked; each unit’s result names what was not read (criteria-not-mapped).',
        }
      : { vi: '', en: '' }
    : audience === 'cli'
      ? missing
        ? {
            vi: 'Chưa chấm. Thêm cột cho các mục này (hoặc ghép cột trong phần bổ trợ Excel), hoặc thêm --allow-partial để vẫn chấm với phần đã ghép.',
            en: 'Not scored. Add columns for these (or map them in the Excel add-in), or add --allow-partial to score with what is mapped.',
          }
        : {
            vi: 'Chưa chấm. Kiểm tra các cột này (xem bằng --show-mapping, sửa hoặc xác nhận trong phần bổ trợ Excel, bước "2. Bảng tính"), hoặc thêm --allow-partial nếu cách ghép đó là đúng.',
            en: 'Not scored. Check these columns (see them with --show-mapping; fix or confirm them in the Excel add-in, step "2. Sheet"), or add --allow-partial if the mapping is right.',
          }
      : missing
        ? {
            vi: 'Ghép các mục này với cột ở bước "2. Bảng tính", hoặc xác nhận để vẫn chấm với phần đã ghép.',
            en: 'Map these to columns in step "2. Sheet", or confirm to score with what is mapped.',
          }
        : {
            vi: 'Chọn lại hoặc bấm "Đúng" cho từng cột ở bước "2. Bảng tính", hoặc xác nhận để vẫn chấm với cách ghép này.',
            en: 'Pick again or press "Right" for each column in step "2. Sheet", or confirm to score with this mapping.',
          };
  return {
    path: sheet,
    code: 'partial-mapping',
    message: `${vi} ${next.vi}`.trim(),
    messageEn: `${en} ${next.en}`.trim(),
  };
}

/** One uncertain column: `cột E "TL HS … (xã tự báo cáo)" → tiêu chí 8 (69%: gần bằng cột D — cần kiểm tra)`. */
export function uncertainItemText(u: UncertainColumn, lang: Lang): string {
  const header = u.header.length > 60 ? `${u.header.slice(0, 59)}…` : u.header;
  const percent = `${Math.round(u.confidence * 100)}%`;
  return lang === 'en'
    ? `${u.lineEn} "${header}" → ${u.labelEn} (${percent}: ${u.reasonEn})`
    : `${u.line} "${header}" → ${u.label} (${percent}: ${u.reason})`;
}

function uncertainSentence(
  sheet: string,
  uncertain: UncertainColumn[],
  allowed: boolean,
  first: boolean,
): Bilingual & { vi: string; en: string } {
  const n = uncertain.length;
  const shown = uncertain.slice(0, MAX_LISTED);
  const more = n - shown.length;
  const listVi = shown.map((u) => uncertainItemText(u, 'vi')).join('; ') + (more ? `; và ${more} cột khác` : '');
  const listEn = shown.map((u) => uncertainItemText(u, 'en')).join('; ') + (more ? `; and ${more} more` : '');
  const whereVi = first ? `Trang "${sheet}": ` : '';
  const whereEn = first ? `Sheet "${sheet}": ` : '';
  const vi = allowed
    ? `${whereVi}${n} cột ghép chưa chắc chắn vẫn được đọc theo yêu cầu: ${listVi}.`
    : `${whereVi}${n} cột ghép chưa chắc chắn (độ tin cậy dưới 80%) cần người chấm xác nhận trước khi đọc: ${listVi}.`;
  const en = allowed
    ? `${whereEn}${n} uncertain ${n === 1 ? 'column is' : 'columns are'} read as asked: ${listEn}.`
    : `${whereEn}${n} uncertain ${n === 1 ? 'column' : 'columns'} (confidence under 80%) must be confirmed before ${n === 1 ? 'it is' : 'they are'} read: ${listEn}.`;
  return { vi, en, message: vi, messageEn: en };
}

/** The flag on a unit's result: what of the plan was not read for it, because no column feeds it. */
export function notMappedFlagMessage(items: NotMapped[], lang: Lang): string {
  return lang === 'en'
    ? `Not read — no column of the sheet feeds: ${notMappedList(items, 'en')}`
    : `Không đọc được vì không có cột nào trên trang: ${notMappedList(items, 'vi')}`;
}

/**
 * Scoring refused: the plan has several blocks and nothing on the sheet says which block these units are in (no
 * block column, no group heading, no title or sheet name naming a block). Guessing from the names would be a guess.
 */
export function blockUnknownProblem(
  sheets: string[],
  units: { name?: string; id: string }[],
  plan: Plan,
  audience: Audience,
): Problem {
  const names = units.slice(0, 5).map((u) => `"${u.name ?? u.id}"`);
  const more = units.length - names.length;
  const blocksVi = plan.blocks.map((b) => `${b.id} (${b.name})`).join('; ');
  const blocksEn = plan.blocks.map((b) => `${b.id} (${b.nameEn ?? b.name})`).join('; ');
  const where = sheets.map((s) => `"${s}"`).join(', ');
  const todoVi =
    audience === 'cli'
      ? `Thêm cột "Khối" ghi khối của từng đơn vị, hoặc dòng nhóm ("I. Khối …") trên các đơn vị, hoặc chạy lại với --block <mã khối> khi mọi đơn vị cùng một khối (các khối: ${blocksVi}).`
      : `Thêm cột "Khối" ghi khối của từng đơn vị, hoặc chọn khối ở bước "1. Kế hoạch" khi mọi đơn vị cùng một khối (các khối: ${blocksVi}).`;
  const todoEn =
    audience === 'cli'
      ? `Add a "Khối" (block) column, or group headings ("I. Khối …") above the units, or run again with --block <block id> when every unit is in one block (blocks: ${blocksEn}).`
      : `Add a "Khối" (block) column, or pick the block in step "1. Plan" when every unit is in one block (blocks: ${blocksEn}).`;
  return {
    path: sheets[0] ?? '',
    code: 'block-unknown',
    message: `Không chấm điểm: kế hoạch "${plan.title}" có ${plan.blocks.length} khối thi đua, nhưng trang ${where} không cho biết đơn vị thuộc khối nào (không có cột khối, dòng nhóm hay tiêu đề nêu khối): ${names.join(', ')}${more ? ` và ${more} đơn vị khác` : ''}. Đoán khối theo tên đơn vị là đoán. ${todoVi} ${audience === 'cli' ? 'Không ghi tệp kết quả nào.' : 'Chưa ghi gì vào sổ.'}`,
    messageEn: `Not scored: plan "${plan.titleEn ?? plan.title}" has ${plan.blocks.length} blocks, but sheet ${where} does not say which block its units are in (no block column, group heading or title naming one): ${names.join(', ')}${more ? ` and ${more} more` : ''}. ${todoEn} ${audience === 'cli' ? 'No output file was written.' : 'Nothing was written to the workbook.'}`,
  };
}

/**
 * Scoring refused: several sheets hold the same table for the same units (one per month, an old copy): which one
 * is the period to score is the official's choice.
 */
export function ambiguousSheetsProblem(sheets: string[], audience: Audience): Problem {
  const list = sheets.map((s) => `"${s}"`).join(', ');
  return {
    path: sheets[0] ?? '',
    code: 'ambiguous-sheets',
    message: `Không chấm điểm: ${sheets.length} trang ${list} cùng ghi một bảng cho cùng các đơn vị (mỗi tháng, mỗi kỳ một trang?), nên không biết chấm theo trang nào — cộng dồn hay lấy kỳ cuối là việc của người chấm. ${audience === 'cli' ? 'Chọn trang bằng --sheet "<tên trang>", hoặc tổng hợp cả năm vào một trang rồi chấm trang đó. Không ghi tệp kết quả nào.' : 'Chọn đúng trang ở bước "2. Bảng tính" rồi bấm "Nhận diện bảng", hoặc tổng hợp cả năm vào một trang. Chưa ghi gì vào sổ.'}`,
    messageEn: `Not scored: ${sheets.length} sheets ${list} hold the same table for the same units (one per month or period?), so which one to score cannot be told — adding them up or taking the last is the official's choice. ${audience === 'cli' ? 'Choose the sheet with --sheet "<sheet name>", or sum the year into one sheet. No output file was written.' : 'Choose the sheet in step "2. Sheet" and press "Detect the table", or sum the year into one sheet. Nothing was written to the workbook.'}`,
  };
}

/**
 * What a sheet's layout says about why some of it cannot be read: columns under one group cell with no year or
 * title of their own ("Xếp loại CCHC các năm" over three columns numbered (4) (5) (6)), or a table of points
 * already given ("Điểm TC1 (10đ)") instead of the figures the plan scores.
 */
export function layoutNote(read: SheetRead): Bilingual | undefined {
  const headers = read.layout?.headers ?? [];
  const untitled = new Map<number, { title: string; lines: string[] }>();
  for (const h of headers)
    if (h.family?.role === 'unlabelled') {
      const f = untitled.get(h.family.first) ?? { title: h.family.title, lines: [] };
      f.lines.push(lineName(read.mapping.orientation, h.index));
      untitled.set(h.family.first, f);
    }
  if (untitled.size) {
    const vi = [...untitled.values()].map((f) => `${f.lines.join(', ')} dưới "${f.title}"`).join('; ');
    const en = [...untitled.values()].map((f) => `${f.lines.join(', ')} under "${f.title}"`).join('; ');
    return {
      message: `Các cột ${vi} không ghi năm hay tiêu đề riêng, nên không biết cột nào là năm nào (chương trình không tự gán năm): ghi năm (2021, 2022…) vào dòng tiêu đề dưới ô gộp, hoặc chọn cho từng cột ở bước "2. Bảng tính".`,
      messageEn: `Columns ${en} have no year or title of their own, so which column is which year cannot be told (years are never assigned by position): write the years (2021, 2022…) in the header row under the merged cell, or pick each column's target in step "2. Sheet".`,
    };
  }
  const points = headers.filter((h) =>
    /^(diem|so diem)\b/.test(normalizeText(h.parts[h.parts.length - 1] ?? h.text)),
  );
  if (headers.length >= 3 && 2 * points.length > headers.length)
    return {
      message: `Các cột của trang "${read.sheet.name}" là điểm đã chấm ("${points[0].text}"…), không phải số liệu: chương trình cần kết quả thực hiện (tỷ lệ, số lượng, có/không) để tự chấm theo kế hoạch — dùng bảng số liệu gốc.`,
      messageEn: `The columns of sheet "${read.sheet.name}" are points already given ("${points[0].text}"…), not figures: the program needs the results (rates, counts, yes/no) to score them by the plan — use the sheet of figures.`,
    };
  return undefined;
}

/** The problem with the layout's notes added after its own words. */
export function withNotes(problem: Problem, notes: Bilingual[]): Problem {
  if (!notes.length) return problem;
  return {
    ...problem,
    message: [problem.message, ...notes.map((n) => n.message)].join(' '),
    messageEn: [problem.messageEn ?? problem.message, ...notes.map((n) => n.messageEn)].join(' '),
  };
}
