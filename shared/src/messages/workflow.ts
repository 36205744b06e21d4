/**
 * What the sheet workflow says to an official, for the CLI and the task pane alike. Only the "what to do" part
 * differs by audience: a command to type, or a button to press.
 */
import type { Lang } from '../values/format';
import { nameIn, phrase, type Named } from './phrase';

export type Audience = 'cli' | 'pane';

/** A sheet as read: its name, where its header line is, and the header titles (shortened) with how many more. */
export interface SheetReadText {
  sheet: string;
  where: Named | null;
  headers: string[];
  rest: number;
}

function sheetRead(p: SheetReadText, lang: Lang): string {
  const list = p.headers.length
    ? p.headers.map((t) => `"${t}"`).join(', ') +
      (p.rest ? (lang === 'en' ? ` and ${p.rest} more` : ` và ${p.rest} cột khác`) : '')
    : lang === 'en'
      ? '(no header text)'
      : '(không có tiêu đề)';
  const where = p.where ? nameIn(p.where, lang) : '';
  return lang === 'en'
    ? `sheet "${p.sheet}"${where ? ` (headers in ${where})` : ''}: ${list}`
    : `trang "${p.sheet}"${where ? ` (tiêu đề ở ${where})` : ''}: ${list}`;
}

const reads = (list: SheetReadText[], lang: Lang) => list.map((r) => sheetRead(r, lang)).join('; ');

/** Items listed ("tiêu chí 8, tiêu chí 12") and how many more. */
export interface ItemList {
  items: Named[];
  rest: number;
}

function itemList(p: ItemList, lang: Lang): string {
  const shown = p.items.map((i) => nameIn(i, lang)).join(', ');
  return shown + (p.rest ? (lang === 'en' ? ` and ${p.rest} more` : ` và ${p.rest} mục khác`) : '');
}

/** One uncertain column: `cột E "TL HS …" → tiêu chí 8 (69%: gần bằng cột D — cần kiểm tra)`. */
export interface UncertainText {
  line: Named;
  header: string;
  label: Named;
  percent: number;
  reason: Named;
}

function uncertain(u: UncertainText, lang: Lang): string {
  return `${nameIn(u.line, lang)} "${u.header}" → ${nameIn(u.label, lang)} (${u.percent}%: ${nameIn(u.reason, lang)})`;
}

export interface PartialMapping {
  sheet: string;
  missing: (ItemList & { count: number }) | null;
  uncertain: { list: UncertainText[]; rest: number; count: number } | null;
  audience: Audience;
  allowed: boolean;
}

function partialMapping(p: PartialMapping, lang: Lang): string {
  const vi = lang === 'vi';
  const parts: string[] = [];
  if (p.missing) {
    const n = p.missing.count;
    parts.push(
      vi
        ? `Trang "${p.sheet}": ${n} mục của kế hoạch không có cột nào nên sẽ không được đọc — mọi đơn vị đều thiếu: ${itemList(p.missing, lang)}.`
        : `Sheet "${p.sheet}": ${n} ${n === 1 ? 'item' : 'items'} of the plan fed by no column will not be read — every unit misses ${n === 1 ? 'it' : 'them'}: ${itemList(p.missing, lang)}.`,
    );
  }
  if (p.uncertain) {
    const n = p.uncertain.count;
    const more = p.uncertain.rest;
    const list =
      p.uncertain.list.map((u) => uncertain(u, lang)).join('; ') +
      (more ? (vi ? `; và ${more} cột khác` : `; and ${more} more`) : '');
    const where = p.missing ? '' : vi ? `Trang "${p.sheet}": ` : `Sheet "${p.sheet}": `;
    parts.push(
      vi
        ? p.allowed
          ? `${where}${n} cột ghép chưa chắc chắn vẫn được đọc theo yêu cầu: ${list}.`
          : `${where}${n} cột ghép chưa chắc chắn (độ tin cậy dưới 80%) cần người chấm xác nhận trước khi đọc: ${list}.`
        : p.allowed
          ? `${where}${n} uncertain ${n === 1 ? 'column is' : 'columns are'} read as asked: ${list}.`
          : `${where}${n} uncertain ${n === 1 ? 'column' : 'columns'} (confidence under 80%) must be confirmed before ${n === 1 ? 'it is' : 'they are'} read: ${list}.`,
    );
  }
  const missing = !!p.missing;
  const next = p.allowed
    ? missing
      ? vi
        ? 'Vẫn chấm theo yêu cầu; kết quả của từng đơn vị ghi rõ các mục không được đọc (criteria-not-mapped).'
        : 'Scored as asked; each unit’s result names what was not read (criteria-not-mapped).'
      : ''
    : p.audience === 'cli'
      ? missing
        ? vi
          ? 'Chưa chấm. Thêm cột cho các mục này (hoặc ghép cột trong phần bổ trợ Excel), hoặc thêm --allow-partial để vẫn chấm với phần đã ghép.'
          : 'Not scored. Add columns for these (or map them in the Excel add-in), or add --allow-partial to score with what is mapped.'
        : vi
          ? 'Chưa chấm. Kiểm tra các cột này (xem bằng --show-mapping, sửa hoặc xác nhận trong phần bổ trợ Excel, bước "2. Bảng tính"), hoặc thêm --allow-partial nếu cách ghép đó là đúng.'
          : 'Not scored. Check these columns (see them with --show-mapping; fix or confirm them in the Excel add-in, step "2. Sheet"), or add --allow-partial if the mapping is right.'
      : missing
        ? vi
          ? 'Ghép các mục này với cột ở bước "2. Bảng tính", hoặc xác nhận để vẫn chấm với phần đã ghép.'
          : 'Map these to columns in step "2. Sheet", or confirm to score with what is mapped.'
        : vi
          ? 'Chọn lại hoặc bấm "Đúng" cho từng cột ở bước "2. Bảng tính", hoặc xác nhận để vẫn chấm với cách ghép này.'
          : 'Pick again or press "Right" for each column in step "2. Sheet", or confirm to score with this mapping.';
  return `${parts.join(' ')} ${next}`.trim();
}

const nothingWritten = (audience: Audience, lang: Lang) =>
  audience === 'cli'
    ? lang === 'vi'
      ? 'Không ghi tệp kết quả nào.'
      : 'No output file was written.'
    : lang === 'vi'
      ? 'Chưa ghi gì vào sổ.'
      : 'Nothing was written to the workbook.';

export interface NothingMapped {
  plan: { id: string; title: Named };
  read: SheetReadText[];
  others: string[];
  audience: Audience;
}

export interface BlockUnknown {
  plan: { title: Named; blocks: { id: string; name: Named }[] };
  sheets: string[];
  names: string[];
  rest: number;
  audience: Audience;
}

export const WORKFLOW_PHRASES = {
  'sheet.blank-marks-read-as-no': phrase<{ column: string; item: Named; count: number }>({
    vi: (p) =>
      `Cột ${p.column} (${nameIn(p.item, 'vi')}) chỉ đánh dấu "x" vào ô đạt: ${p.count} ô trống được hiểu là "Không". Ô nào để trống vì chưa có số liệu thì ghi số liệu vào (hoặc ghi rõ "Không").`,
    en: (p) =>
      `Column ${p.column} (${nameIn(p.item, 'en')}) only marks "x" where met: ${p.count} blank ${p.count === 1 ? 'cell is' : 'cells are'} read as "No". Where a blank means the figure is not in yet, fill it in (or write "No").`,
  }),
  'workflow.nothing-mapped': phrase<NothingMapped>({
    vi: (p) => {
      const file = `bang-cham-diem-${p.plan.id}.xlsx`;
      const todo =
        p.audience === 'cli'
          ? `Cách làm: tạo bảng chấm điểm mẫu theo kế hoạch bằng "thidua template --plan ${p.plan.id} -o ${file}" rồi chép số liệu vào; hoặc mở sổ trong phần bổ trợ Excel, bước "2. Bảng tính", chọn cho từng cột tiêu chí mà cột đó ghi; hoặc chọn đúng trang bằng --sheet "<tên trang>"${p.others.length ? ` (các trang khác trong sổ: ${p.others.join(', ')})` : ''}.`
          : `Cách làm: ở bước "2. Bảng tính", chọn cho từng cột tiêu chí mà cột đó ghi (cột "Ghép với"), rồi chấm lại; hoặc bấm "Tạo trang chấm điểm theo kế hoạch" rồi chép số liệu vào trang mới; hoặc chọn đúng trang tính rồi bấm "Nhận diện bảng".`;
      return `Không chấm điểm: không cột nào khớp với tiêu chí, chỉ tiêu hay dữ kiện nào của kế hoạch "${p.plan.title.vi}" (${p.plan.id}), nên không đọc được số liệu nào. Đã đọc ${reads(p.read, 'vi')}. ${todo} ${nothingWritten(p.audience, 'vi')}`;
    },
    en: (p) => {
      const file = `bang-cham-diem-${p.plan.id}.xlsx`;
      const todo =
        p.audience === 'cli'
          ? `What to do: create a scoring template for the plan with "thidua template --plan ${p.plan.id} -o ${file}" and copy the figures into it; or open the workbook in the Excel add-in, step "2. Sheet", and pick for each column the criterion it holds; or choose the right sheet with --sheet "<sheet name>"${p.others.length ? ` (other sheets in the workbook: ${p.others.join(', ')})` : ''}.`
          : `What to do: in step "2. Sheet", pick for each column the criterion it holds (the "Feeds" column), then score again; or press "Create a scoring sheet from the plan" and copy the figures into the new sheet; or choose the right sheet and press "Detect the table".`;
      return `Not scored: no column matches any criterion, target or fact of plan "${nameIn(p.plan.title, 'en')}" (${p.plan.id}), so no figure could be read. Read ${reads(p.read, 'en')}. ${todo} ${nothingWritten(p.audience, 'en')}`;
    },
  }),
  'workflow.partial-mapping': phrase<PartialMapping>({
    vi: (p) => partialMapping(p, 'vi'),
    en: (p) => partialMapping(p, 'en'),
  }),
  'workflow.items': phrase<ItemList>({ vi: (p) => itemList(p, 'vi'), en: (p) => itemList(p, 'en') }),
  'workflow.uncertain-column': phrase<UncertainText>({
    vi: (p) => uncertain(p, 'vi'),
    en: (p) => uncertain(p, 'en'),
  }),
  'workflow.not-mapped-flag': phrase<ItemList>({
    vi: (p) => `Không đọc được vì không có cột nào trên trang: ${itemList(p, 'vi')}`,
    en: (p) => `Not read — no column of the sheet feeds: ${itemList(p, 'en')}`,
  }),
  'workflow.block-unknown': phrase<BlockUnknown>({
    vi: (p) => {
      const blocks = p.plan.blocks.map((b) => `${b.id} (${b.name.vi})`).join('; ');
      const where = p.sheets.map((s) => `"${s}"`).join(', ');
      const todo =
        p.audience === 'cli'
          ? `Thêm cột "Khối" ghi khối của từng đơn vị, hoặc dòng nhóm ("I. Khối …") trên các đơn vị, hoặc chạy lại với --block <mã khối> khi mọi đơn vị cùng một khối (các khối: ${blocks}).`
          : `Thêm cột "Khối" ghi khối của từng đơn vị, hoặc chọn khối ở bước "1. Kế hoạch" khi mọi đơn vị cùng một khối (các khối: ${blocks}).`;
      return `Không chấm điểm: kế hoạch "${p.plan.title.vi}" có ${p.plan.blocks.length} khối thi đua, nhưng trang ${where} không cho biết đơn vị thuộc khối nào (không có cột khối, dòng nhóm hay tiêu đề nêu khối): ${p.names.join(', ')}${p.rest ? ` và ${p.rest} đơn vị khác` : ''}. Đoán khối theo tên đơn vị là đoán. ${todo} ${nothingWritten(p.audience, 'vi')}`;
    },
    en: (p) => {
      const blocks = p.plan.blocks.map((b) => `${b.id} (${nameIn(b.name, 'en')})`).join('; ');
      const where = p.sheets.map((s) => `"${s}"`).join(', ');
      const todo =
        p.audience === 'cli'
          ? `Add a "Khối" (block) column, or group headings ("I. Khối …") above the units, or run again with --block <block id> when every unit is in one block (blocks: ${blocks}).`
          : `Add a "Khối" (block) column, or pick the block in step "1. Plan" when every unit is in one block (blocks: ${blocks}).`;
      return `Not scored: plan "${nameIn(p.plan.title, 'en')}" has ${p.plan.blocks.length} blocks, but sheet ${where} does not say which block its units are in (no block column, group heading or title naming one): ${p.names.join(', ')}${p.rest ? ` and ${p.rest} more` : ''}. ${todo} ${nothingWritten(p.audience, 'en')}`;
    },
  }),
  'workflow.block-conflict': phrase<{ count: number; said: Named; rest: number; audience: Audience }>({
    vi: (p) =>
      `Không chấm điểm: ${p.count} đơn vị có khối ghi hai cách khác nhau trên trang, không chọn một bên. ${nameIn(p.said, 'vi')}${p.rest ? ` (và ${p.rest} đơn vị khác)` : ''} ${nothingWritten(p.audience, 'vi')}`,
    en: (p) =>
      `Not scored: ${p.count} unit(s) have their block given two different ways on the sheet; neither is chosen. ${nameIn(p.said, 'en')}${p.rest ? ` (and ${p.rest} more)` : ''} ${nothingWritten(p.audience, 'en')}`,
  }),
  'workflow.repeated-units': phrase<{
    sheets: string[];
    units: { name: string; lines: number }[];
    rest: number;
    audience: Audience;
  }>({
    vi: (p) =>
      `Không chấm điểm: trang ${p.sheets.map((s) => `"${s}"`).join(', ')} ghi trùng một đơn vị trên nhiều dòng: ${p.units.map((u) => `"${u.name}" (${u.lines} dòng)`).join(', ')}${p.rest ? ` và ${p.rest} đơn vị khác` : ''}. Chấm cả hai thì đơn vị được xếp hạng hai lần; lấy dòng nào là đoán. Xoá dòng thừa, hoặc đặt tên riêng cho từng đơn vị. ${nothingWritten(p.audience, 'vi')}`,
    en: (p) =>
      `Not scored: sheet ${p.sheets.map((s) => `"${s}"`).join(', ')} lists one unit on several lines: ${p.units.map((u) => `"${u.name}" (${u.lines} lines)`).join(', ')}${p.rest ? ` and ${p.rest} more` : ''}. Scoring both would rank it twice; taking one is a guess. Delete the extra line, or give each unit its own name. ${nothingWritten(p.audience, 'en')}`,
  }),
  'workflow.ambiguous-sheets': phrase<{ sheets: string[]; audience: Audience }>({
    vi: (p) =>
      `Không chấm điểm: ${p.sheets.length} trang ${p.sheets.map((s) => `"${s}"`).join(', ')} cùng ghi một bảng cho cùng các đơn vị (mỗi tháng, mỗi kỳ một trang?), nên không biết chấm theo trang nào — cộng dồn hay lấy kỳ cuối là việc của người chấm. ${p.audience === 'cli' ? 'Chọn trang bằng --sheet "<tên trang>", hoặc tổng hợp cả năm vào một trang rồi chấm trang đó. Không ghi tệp kết quả nào.' : 'Chọn đúng trang ở bước "2. Bảng tính" rồi bấm "Nhận diện bảng", hoặc tổng hợp cả năm vào một trang. Chưa ghi gì vào sổ.'}`,
    en: (p) =>
      `Not scored: ${p.sheets.length} sheets ${p.sheets.map((s) => `"${s}"`).join(', ')} hold the same table for the same units (one per month or period?), so which one to score cannot be told — adding them up or taking the last is the official's choice. ${p.audience === 'cli' ? 'Choose the sheet with --sheet "<sheet name>", or sum the year into one sheet. No output file was written.' : 'Choose the sheet in step "2. Sheet" and press "Detect the table", or sum the year into one sheet. Nothing was written to the workbook.'}`,
  }),
  'workflow.untitled-columns': phrase<{ groups: { lines: Named[]; title: string }[] }>({
    vi: (p) =>
      `Các cột ${p.groups.map((g) => `${g.lines.map((l) => l.vi).join(', ')} dưới "${g.title}"`).join('; ')} không ghi năm hay tiêu đề riêng, nên không biết cột nào là năm nào (chương trình không tự gán năm): ghi năm (2021, 2022…) vào dòng tiêu đề dưới ô gộp, hoặc chọn cho từng cột ở bước "2. Bảng tính".`,
    en: (p) =>
      `Columns ${p.groups.map((g) => `${g.lines.map((l) => nameIn(l, 'en')).join(', ')} under "${g.title}"`).join('; ')} have no year or title of their own, so which column is which year cannot be told (years are never assigned by position): write the years (2021, 2022…) in the header row under the merged cell, or pick each column's target in step "2. Sheet".`,
  }),
  'workflow.points-not-figures': phrase<{ sheet: string; first: string }>({
    vi: (p) =>
      `Các cột của trang "${p.sheet}" là điểm đã chấm ("${p.first}"…), không phải số liệu: chương trình cần kết quả thực hiện (tỷ lệ, số lượng, có/không) để tự chấm theo kế hoạch — dùng bảng số liệu gốc.`,
    en: (p) =>
      `The columns of sheet "${p.sheet}" are points already given ("${p.first}"…), not figures: the program needs the results (rates, counts, yes/no) to score them by the plan — use the sheet of figures.`,
  }),
  // The task pane's write refused by Excel, said before anything is written.
  'write.sheet-protected': phrase<{ sheets: string[] }>({
    vi: (p) =>
      `${p.sheets.length > 1 ? 'Các trang' : 'Trang'} ${p.sheets.map((s) => `"${s}"`).join(', ')} đang được bảo vệ ` +
      `(Protect Sheet) nên Excel không cho ghi kết quả vào; chưa ghi gì vào sổ. Hãy bỏ bảo vệ trang: ` +
      `Xem lại → Bỏ bảo vệ trang tính (Review → Unprotect Sheet), nhập mật khẩu nếu có, rồi chấm điểm lại.`,
    en: (p) =>
      `${p.sheets.length > 1 ? 'Sheets' : 'Sheet'} ${p.sheets.map((s) => `"${s}"`).join(', ')} ` +
      `${p.sheets.length > 1 ? 'are' : 'is'} protected (Protect Sheet), so Excel does not let the results be ` +
      `written; nothing was written. Unprotect it: Review → Unprotect Sheet (enter the password if there is one), ` +
      `then score again.`,
  }),
  'write.merged-area': phrase<{ sheet: string; range: string }>({
    vi: (p) =>
      `Excel không cho ghi kết quả vào trang "${p.sheet}", vùng ${p.range}: vùng này chứa một phần ô gộp (Merge) ` +
      `của trang, mà phiên bản Excel này không cho chương trình biết trước các ô gộp. Chưa ghi kết quả nào vào sổ. ` +
      `Hãy bỏ gộp ô đó hoặc dời nó ra khỏi vùng (Trang đầu → Gộp và Căn giữa → Bỏ gộp ô), hoặc dùng Excel ` +
      `Microsoft 365 hay Excel trên web, rồi chấm điểm lại.`,
    en: (p) =>
      `Excel refused to write the results into sheet "${p.sheet}", range ${p.range}: it holds part of a merged ` +
      `cell of the sheet, and this version of Excel does not tell the program where merged cells are beforehand. ` +
      `No results were written. Unmerge that cell or move it out of the range (Home → Merge & Center → Unmerge ` +
      `Cells), or use Excel for Microsoft 365 or Excel on the web, then score again.`,
  }),
};
