/**
 * The "Quyết định của Hội đồng" sheet: the program writes it once as a template (title, how to fill it, the header,
 * data validation on the input cells) and lists it among its sheets, but its rows are the council's data — a scoring
 * run never clears or rewrites it. Each row is read back as a council decision (council/schema.ts); a row that cannot
 * be read is a problem naming its cell, never a decision taken half-read.
 */
import { CouncilDecisionSchema, MAX_COUNCIL_DECISIONS, type CouncilDecision } from '../council/schema';
import type { Problem } from '../problems';
import { normalizeText, parseDate, parseNumber, type Lang } from '../values';
import { cellAddress, type CellValue, type SheetModel, type WriteBlock } from './model';
import { blocksStamp, parseOwnedSheetList } from './ownership';
import { emptyWritePlan, type DataValidationSpec, type ExtendedWritePlan } from './write-extras';

export const COUNCIL_SHEET_NAME = 'Quyết định của Hội đồng';
const NAMES = [COUNCIL_SHEET_NAME, 'Council decisions'];

type Column =
  | 'no'
  | 'kind'
  | 'unit'
  | 'block'
  | 'award'
  | 'rule'
  | 'votesFor'
  | 'members'
  | 'reason'
  | 'date'
  | 'recordedBy';

const COLUMNS: { id: Column; vi: string; en: string; width: number }[] = [
  { id: 'no', vi: 'STT', en: 'No.', width: 6 },
  { id: 'kind', vi: 'Loại quyết định', en: 'Decision', width: 30 },
  { id: 'unit', vi: 'Đơn vị', en: 'Unit', width: 28 },
  { id: 'block', vi: 'Khối', en: 'Block', width: 16 },
  { id: 'award', vi: 'Giải / hình thức khen thưởng', en: 'Award', width: 24 },
  { id: 'rule', vi: 'Căn cứ (quy định áp dụng)', en: 'Rule invoked', width: 28 },
  { id: 'votesFor', vi: 'Số phiếu đồng ý', en: 'Votes for', width: 10 },
  { id: 'members', vi: 'Tổng số thành viên Hội đồng', en: 'Council members', width: 12 },
  { id: 'reason', vi: 'Lý do', en: 'Reason', width: 40 },
  { id: 'date', vi: 'Ngày quyết định', en: 'Date', width: 14 },
  { id: 'recordedBy', vi: 'Người ghi', en: 'Recorded by', width: 20 },
];

type KindKey = 'tie' | 'missing:zero' | 'missing:hold' | 'exclude' | 'include' | 'vote';

const KINDS: { key: KindKey; vi: string; en: string; words: string[] }[] = [
  {
    key: 'tie',
    vi: 'Chọn đơn vị nhận giải đồng hạng',
    en: 'Tie: unit takes the place',
    words: ['dong hang', 'tie'],
  },
  {
    key: 'missing:zero',
    vi: 'Tính 0 điểm giá trị thiếu',
    en: 'Score missing values 0',
    words: ['tinh 0', '0 diem', 'zero'],
  },
  {
    key: 'missing:hold',
    vi: 'Chờ số liệu',
    en: 'Wait for the values',
    words: ['cho so lieu', 'wait', 'hold'],
  },
  { key: 'exclude', vi: 'Không xét thi đua', en: 'Exclude', words: ['khong xet', 'exclude', 'loai'] },
  { key: 'include', vi: 'Xét thi đua', en: 'Include', words: ['xet thi dua', 'include', 'dua vao'] },
  { key: 'vote', vi: 'Kết quả bỏ phiếu', en: 'Vote result', words: ['bo phieu', 'vote', 'phieu'] },
];

/** Rows above the header: title, two lines on how to fill the sheet, a blank line. */
const HEADER_ROW = 4;

const HELP = {
  vi: [
    'QUYẾT ĐỊNH CỦA HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG',
    'Mỗi dòng là một quyết định; lần chấm sau áp dụng và ghi vào "Nhật ký chấm điểm". Chương trình không bao giờ xoá hay sửa các dòng này. Quyết định không còn khớp dữ liệu bị từ chối và nêu lý do.',
    'Cần điền: Loại quyết định, Đơn vị, Lý do, Ngày quyết định, Người ghi; thêm Giải khi chọn đơn vị đồng hạng hoặc bỏ phiếu; Căn cứ khi xét / không xét thi đua; Số phiếu đồng ý và Tổng số thành viên khi bỏ phiếu.',
  ],
  en: [
    'DECISIONS OF THE EMULATION AND AWARDS COUNCIL',
    'One decision per row; the next run applies it and lists it in the scoring log. The program never clears or edits these rows. A decision that no longer fits the data is refused, with the reason.',
    'Fill in: Decision, Unit, Reason, Date, Recorded by; the Award for a tie or a vote; the Rule invoked to include or exclude; Votes for and Council members for a vote.',
  ],
};

/** The council sheet among the workbook's sheets, if any (by its name in either language, case aside). */
export function findCouncilSheet<S extends { name: string }>(sheets: readonly S[]): S | undefined {
  const names = new Set(NAMES.map((n) => n.toLowerCase()));
  return sheets.find((s) => names.has(s.name.trim().toLowerCase()));
}

/**
 * The template: title and help, the header, validation on 200 rows (a kind from the list, a date, whole numbers of
 * votes), listed in "thidua.sheets" with a stamp of its first rows only — the rows below are the council's.
 */
export function councilSheetPlan(
  opts: { lang?: Lang; settings?: Record<string, string>; rows?: number } = {},
): ExtendedWritePlan {
  const lang = opts.lang ?? 'vi';
  const name = COUNCIL_SHEET_NAME;
  const rows = opts.rows ?? 200;
  const plan = emptyWritePlan();
  const width = COLUMNS.length;
  const pad = (text: string): CellValue[] => [text, ...Array<CellValue>(width - 1).fill(null)];
  const blocks: WriteBlock[] = [
    {
      sheet: name,
      at: { row: 0, col: 0 },
      values: [...HELP[lang].map(pad), Array<CellValue>(width).fill(null)],
      columnKinds: COLUMNS.map(() => 'text'),
      rowStyles: [{ row: 0, style: { bold: true, size: 14 } }],
    },
    {
      sheet: name,
      at: { row: HEADER_ROW, col: 0 },
      values: [COLUMNS.map((c) => c[lang])],
      columnKinds: COLUMNS.map(() => 'text'),
      headerRows: 1,
    },
  ];
  plan.sheets.push({ name, mode: 'createIfMissing' });
  plan.blocks.push(...blocks);
  plan.columnWidths.push(...COLUMNS.map((c, col) => ({ sheet: name, col, width: c.width })));
  const col = (id: Column) => COLUMNS.findIndex((c) => c.id === id);
  const range = (id: Column) => ({
    top: HEADER_ROW + 1,
    bottom: HEADER_ROW + rows,
    left: col(id),
    right: col(id),
  });
  const validations: DataValidationSpec[] = [
    {
      sheet: name,
      range: range('kind'),
      type: 'list',
      list: KINDS.map((k) => k[lang]),
      prompt: lang === 'en' ? 'Choose the kind of decision' : 'Chọn loại quyết định',
      error: lang === 'en' ? 'Choose one of the listed kinds' : 'Chọn một loại trong danh sách',
    },
    {
      sheet: name,
      range: range('date'),
      type: 'date',
      prompt: lang === 'en' ? 'Date of the decision (dd/mm/yyyy)' : 'Ngày Hội đồng quyết định (dd/mm/yyyy)',
      error: lang === 'en' ? 'Enter a date' : 'Nhập một ngày',
    },
    ...(['votesFor', 'members'] as const).map((id): DataValidationSpec => ({
      sheet: name,
      range: range(id),
      type: 'whole',
      min: 0,
      max: 10_000,
      error: lang === 'en' ? 'A whole number of votes' : 'Số phiếu là số nguyên',
    })),
  ];
  plan.validations = validations;
  plan.freeze = [{ sheet: name, at: { row: HEADER_ROW + 1, col: 0 } }];
  const owned = parseOwnedSheetList(opts.settings?.['thidua.sheets']).filter(
    (o) => o.name.toLowerCase() !== name.toLowerCase(),
  );
  plan.settings['thidua.sheets'] = JSON.stringify([
    ...owned,
    { name, stamp: blocksStamp(blocks, name, HEADER_ROW + 1) },
  ]);
  return plan;
}

function kindOf(text: string): KindKey | undefined {
  const t = normalizeText(text);
  if (!t) return undefined;
  const exact = KINDS.find((k) => normalizeText(k.vi) === t || normalizeText(k.en) === t || k.key === t);
  if (exact) return exact.key;
  // "không xét" before "xét": the longer words decide
  const scored = KINDS.flatMap((k) => k.words.filter((w) => t.includes(w)).map((w) => ({ k, w })));
  scored.sort((a, b) => b.w.length - a.w.length);
  return scored[0]?.k.key;
}

const text = (v: CellValue | undefined): string =>
  v === null || v === undefined ? '' : typeof v === 'string' ? v.trim() : String(v);

export interface CouncilSheetRead {
  decisions: CouncilDecision[];
  problems: Problem[];
}

/** The council's decisions on the sheet, each with its row as `source`; unreadable rows are problems at their cell. */
export function readCouncilSheet(sheet: SheetModel): CouncilSheetRead {
  const problems: Problem[] = [];
  const decisions: CouncilDecision[] = [];
  const at = (r: number, c: number) => sheet.values[r - sheet.origin.row]?.[c - sheet.origin.col];
  const lastRow = sheet.origin.row + sheet.values.length - 1;
  const lastCol = sheet.origin.col + (sheet.values[0]?.length ?? 0) - 1;
  const headers = new Map<string, Column>();
  for (const c of COLUMNS) {
    headers.set(normalizeText(c.vi), c.id);
    headers.set(normalizeText(c.en), c.id);
  }
  let headerRow = -1;
  const cols = new Map<Column, number>();
  for (let r = sheet.origin.row; r <= lastRow && headerRow < 0; r++) {
    const found = new Map<Column, number>();
    for (let c = sheet.origin.col; c <= lastCol; c++) {
      const id = headers.get(normalizeText(text(at(r, c))));
      if (id && !found.has(id)) found.set(id, c);
    }
    if (found.has('kind') && found.has('unit') && found.has('date')) {
      headerRow = r;
      for (const [id, c] of found) cols.set(id, c);
    }
  }
  const cellRef = (r: number, id: Column) =>
    `'${sheet.name.replace(/'/g, "''")}'!${cellAddress({ row: r, col: cols.get(id) ?? 0 })}`;
  if (headerRow < 0) {
    problems.push({
      path: `'${sheet.name}'!A1`,
      code: 'council-sheet-header',
      message: `Trang "${sheet.name}" không có dòng tiêu đề (Loại quyết định, Đơn vị, Ngày quyết định…): không đọc được quyết định nào`,
      messageEn: `Sheet "${sheet.name}" has no header row (Decision, Unit, Date…): no decision read`,
    });
    return { decisions, problems };
  }
  const get = (r: number, id: Column) => (cols.has(id) ? at(r, cols.get(id)!) : undefined);
  for (let r = headerRow + 1; r <= lastRow; r++) {
    const filled = [...cols].filter(([id]) => id !== 'no').some(([, c]) => text(at(r, c)) !== '');
    if (!filled) continue;
    if (decisions.length >= MAX_COUNCIL_DECISIONS) {
      problems.push({
        path: cellRef(r, 'kind'),
        code: 'council-sheet-too-many',
        message: `Trang "${sheet.name}": quá ${MAX_COUNCIL_DECISIONS} quyết định, các dòng từ dòng ${r + 1} không được đọc`,
        messageEn: `Sheet "${sheet.name}": more than ${MAX_COUNCIL_DECISIONS} decisions; rows from ${r + 1} are not read`,
      });
      break;
    }
    const row = r + 1;
    const fail = (id: Column, vi: string, en: string) =>
      problems.push({
        path: cellRef(r, id),
        code: 'council-sheet-row',
        message: `Trang "${sheet.name}", dòng ${row}: ${vi} — quyết định này chưa được áp dụng`,
        messageEn: `Sheet "${sheet.name}", row ${row}: ${en} — this decision is not applied`,
      });
    const kind = kindOf(text(get(r, 'kind')));
    if (!kind) {
      fail(
        'kind',
        `chưa rõ loại quyết định "${text(get(r, 'kind'))}" (chọn trong danh sách)`,
        `unknown decision kind "${text(get(r, 'kind'))}"`,
      );
      continue;
    }
    const date = parseDate(get(r, 'date'));
    if (!date.ok) {
      fail(
        'date',
        `ngày quyết định "${text(get(r, 'date'))}" không đọc được (dd/mm/yyyy)`,
        'the date cannot be read',
      );
      continue;
    }
    const number = (id: Column) => {
      const v = get(r, id);
      if (text(v) === '') return undefined;
      const p = parseNumber(v);
      return p.ok ? p.value : NaN;
    };
    const common = {
      unit: text(get(r, 'unit')),
      ...(text(get(r, 'block')) ? { block: text(get(r, 'block')) } : {}),
      date: date.value,
      recordedBy: text(get(r, 'recordedBy')),
      reason: text(get(r, 'reason')),
      source: `${sheet.name}, ${row}`,
    };
    const raw =
      kind === 'tie'
        ? { kind, ...common, award: text(get(r, 'award')) }
        : kind === 'vote'
          ? {
              kind,
              ...common,
              award: text(get(r, 'award')),
              votesFor: number('votesFor'),
              members: number('members'),
            }
          : kind === 'exclude' || kind === 'include'
            ? { kind, ...common, rule: text(get(r, 'rule')) }
            : { kind: 'missing' as const, ...common, rule: kind === 'missing:zero' ? 'zero' : 'hold' };
    const parsed = CouncilDecisionSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = String(issue.path[0] ?? 'kind');
      const id: Column = (COLUMNS.find((c) => c.id === field)?.id ?? 'kind') as Column;
      const label = COLUMNS.find((c) => c.id === id) ?? COLUMNS[1];
      const empty = text(get(r, id)) === '';
      fail(
        id,
        empty ? `thiếu "${label.vi}"` : `"${label.vi}" không hợp lệ (${issue.message})`,
        empty ? `"${label.en}" is missing` : `"${label.en}" is invalid (${issue.message})`,
      );
      continue;
    }
    decisions.push(parsed.data);
  }
  return { decisions, problems };
}

/** The values of a decision as one row of the sheet (text cells; the date as dd/mm/yyyy). */
export function councilRow(d: CouncilDecision, no: number, lang: Lang = 'vi'): CellValue[] {
  const key: KindKey = d.kind === 'missing' ? (d.rule === 'zero' ? 'missing:zero' : 'missing:hold') : d.kind;
  const kind = KINDS.find((k) => k.key === key)!;
  const [y, m, day] = d.date.split('-');
  const values: Record<Column, CellValue> = {
    no,
    kind: kind[lang],
    unit: d.unit,
    block: d.block ?? null,
    award: d.kind === 'tie' || d.kind === 'vote' ? d.award : null,
    rule: d.kind === 'exclude' || d.kind === 'include' ? d.rule : null,
    votesFor: d.kind === 'vote' ? d.votesFor : null,
    members: d.kind === 'vote' ? d.members : null,
    reason: d.reason,
    date: `${day}/${m}/${y}`,
    recordedBy: d.recordedBy,
  };
  return COLUMNS.map((c) => values[c.id]);
}

/**
 * A write that adds one decision below everything on the council sheet (creating the sheet first when the workbook
 * has none): only an appended row, never a cell of the council's.
 */
export function addDecisionPlan(
  sheet: SheetModel | undefined,
  decision: CouncilDecision,
  opts: { lang?: Lang; settings?: Record<string, string> } = {},
): ExtendedWritePlan {
  const lang = opts.lang ?? 'vi';
  const plan = sheet ? emptyWritePlan() : councilSheetPlan({ lang, settings: opts.settings });
  const name = sheet?.name ?? COUNCIL_SHEET_NAME;
  const count = sheet ? readCouncilSheet(sheet).decisions.length : 0;
  const row = councilRow(decision, count + 1, lang);
  if (sheet) plan.appends.push({ sheet: name, values: [row] });
  else
    plan.blocks.push({
      sheet: name,
      at: { row: HEADER_ROW + 1, col: 0 },
      values: [row],
      columnKinds: COLUMNS.map(() => 'text'),
    });
  return plan;
}
