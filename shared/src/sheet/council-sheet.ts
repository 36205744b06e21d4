/**
 * The "Quyết định của Hội đồng" sheet: the program writes it once as a template (title, how to fill it, the header,
 * data validation on the input cells) and lists it among its sheets, but its rows are the council's data — a scoring
 * run never clears or rewrites it. Each row is read back as a council decision (council/schema.ts); a row that cannot
 * be read is a problem naming its cell, never a decision taken half-read.
 */
import { CouncilDecisionSchema, MAX_COUNCIL_DECISIONS, type CouncilDecision } from '../council/schema';
import { bilingual, say, word, type WordCode } from '../messages';
import type { CouncilColumnCode, CouncilRowTrouble } from '../messages/council-sheet';
import { zodProblems } from '../messages/zod';
import type { Problem } from '../problems';
import { normalizeText, parseDate, parseNumber, type Lang } from '../values';
import { cellAddress, type CellValue, type SheetModel, type WriteBlock } from './model';
import { blocksStamp, parseOwnedSheetList } from './ownership';
import { emptyWritePlan, type DataValidationSpec, type ExtendedWritePlan } from './write-extras';

export const COUNCIL_SHEET_NAME = 'Quyết định của Hội đồng';
const NAMES = [COUNCIL_SHEET_NAME, 'Council decisions'];

/** A column of the council sheet. */
export type Column =
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
  | 'recordedBy'
  | 'tiedWith';

const COLUMNS: { id: Column; code: CouncilColumnCode; width: number }[] = [
  { id: 'no', code: 'column.no', width: 6 },
  { id: 'kind', code: 'council-sheet.column.kind', width: 30 },
  { id: 'unit', code: 'column.unit', width: 28 },
  { id: 'block', code: 'column.block', width: 16 },
  { id: 'award', code: 'council-sheet.column.award', width: 24 },
  { id: 'rule', code: 'council-sheet.column.rule', width: 28 },
  { id: 'votesFor', code: 'council-sheet.column.votes-for', width: 10 },
  { id: 'members', code: 'council-sheet.column.members', width: 12 },
  { id: 'reason', code: 'column.reason', width: 40 },
  { id: 'date', code: 'council-sheet.column.date', width: 14 },
  { id: 'recordedBy', code: 'council-sheet.column.recorded-by', width: 20 },
  { id: 'tiedWith', code: 'council-sheet.column.tied-with', width: 32 },
];

/** Several units in one cell ("Xã B; Xã C"), one per line or separated by semicolons. */
const UNIT_LIST = /[;\n]/;

type KindKey = 'tie' | 'missing:zero' | 'missing:hold' | 'exclude' | 'include' | 'vote';

const KINDS: { key: KindKey; code: WordCode; words: string[] }[] = [
  { key: 'tie', code: 'council-sheet.kind.tie', words: ['dong hang', 'tie'] },
  { key: 'missing:zero', code: 'council-sheet.kind.missing-zero', words: ['tinh 0', '0 diem', 'zero'] },
  { key: 'missing:hold', code: 'council-sheet.kind.missing-hold', words: ['cho so lieu', 'wait', 'hold'] },
  { key: 'exclude', code: 'council-sheet.kind.exclude', words: ['khong xet', 'exclude', 'loai'] },
  { key: 'include', code: 'council-sheet.kind.include', words: ['xet thi dua', 'include', 'dua vao'] },
  { key: 'vote', code: 'council-sheet.kind.vote', words: ['bo phieu', 'vote', 'phieu'] },
];

/** Rows above the header: title, two lines on how to fill the sheet, a blank line. */
const HEADER_ROW = 4;

const HELP: WordCode[] = ['council-sheet.title', 'council-sheet.help.rows', 'council-sheet.help.fill'];

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
      values: [...HELP.map((code) => pad(word(code, lang))), Array<CellValue>(width).fill(null)],
      columnKinds: COLUMNS.map(() => 'text'),
      rowStyles: [{ row: 0, style: { bold: true, size: 14 } }],
    },
    {
      sheet: name,
      at: { row: HEADER_ROW, col: 0 },
      values: [COLUMNS.map((c) => word(c.code, lang))],
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
      list: KINDS.map((k) => word(k.code, lang)),
      prompt: word('council-sheet.kind-prompt', lang),
      error: word('council-sheet.kind-error', lang),
    },
    {
      sheet: name,
      range: range('date'),
      type: 'date',
      prompt: word('council-sheet.date-prompt', lang),
      error: word('council-sheet.date-error', lang),
    },
    ...(['votesFor', 'members'] as const).map((id): DataValidationSpec => ({
      sheet: name,
      range: range(id),
      type: 'whole',
      min: 0,
      max: 10_000,
      error: word('council-sheet.votes-error', lang),
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

const WORD_CHAR = /[a-z0-9]/;

function kindOf(text: string): KindKey | undefined {
  const t = normalizeText(text);
  if (!t) return undefined;
  const exact = KINDS.find(
    (k) => normalizeText(word(k.code, 'vi')) === t || normalizeText(word(k.code, 'en')) === t || k.key === t,
  );
  if (exact) return exact.key;
  // each kind's words where they stand in the text; of two that overlap ("không xét" and "xét thi đua" in "Không xét
  // thi đua năm 2023") the one that starts first, then the longer, reads the text
  const found = KINDS.flatMap((k) =>
    k.words.flatMap((w) => {
      const at: { key: KindKey; from: number; to: number }[] = [];
      for (let i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + 1))
        // whole words only: "tie" is not read in "tiêu chí"
        if (!WORD_CHAR.test(t[i - 1] ?? ' ') && !WORD_CHAR.test(t[i + w.length] ?? ' '))
          at.push({ key: k.key, from: i, to: i + w.length });
      return at;
    }),
  );
  found.sort((a, b) => a.from - b.from || b.to - a.to);
  const kept: typeof found = [];
  for (const f of found) if (!kept.some((k) => f.from < k.to && k.from < f.to)) kept.push(f);
  const kinds = [...new Set(kept.map((f) => f.key))];
  // two kinds in one cell ("Loại khỏi xét thi đua"), or a kind denied ("Không đưa vào xét thi đua", "không tính 0
  // điểm"): never guessed — the row is refused at its cell. Only "không xét" (exclude) carries its own negation.
  if (kinds.length !== 1) return undefined;
  const negated = /(^|[^a-z0-9])(khong|chua|not|no|dont|don t)([^a-z0-9]|$)/.test(t);
  if (negated && !kept.some((f) => f.key === 'exclude' && t.slice(f.from, f.to) === 'khong xet'))
    return undefined;
  return kinds[0];
}

const text = (v: CellValue | undefined): string =>
  v === null || v === undefined ? '' : typeof v === 'string' ? v.trim() : String(v);

export interface CouncilSheetRead {
  decisions: CouncilDecision[];
  problems: Problem[];
  /**
   * Where the header was found: its row and the column of each title read (sheet coordinates), so that a row added
   * later lands under the same titles, whatever order the council left them in. Absent when no header was found.
   */
  header?: { row: number; columns: Partial<Record<Column, number>> };
  /** Rows below the header with anything written in them (read or refused). */
  filledRows: number;
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
    headers.set(normalizeText(word(c.code, 'vi')), c.id);
    headers.set(normalizeText(word(c.code, 'en')), c.id);
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
    const noHeader = say('council-sheet.no-header', { sheet: sheet.name });
    problems.push({ path: `'${sheet.name}'!A1`, code: 'council-sheet-header', ...bilingual(noHeader) });
    return { decisions, problems, filledRows: 0 };
  }
  let filledRows = 0;
  const get = (r: number, id: Column) => (cols.has(id) ? at(r, cols.get(id)!) : undefined);
  for (let r = headerRow + 1; r <= lastRow; r++) {
    const filled = [...cols].filter(([id]) => id !== 'no').some(([, c]) => text(at(r, c)) !== '');
    if (!filled) continue;
    filledRows++;
    if (decisions.length >= MAX_COUNCIL_DECISIONS) {
      const tooMany = say('council-sheet.too-many', {
        sheet: sheet.name,
        max: MAX_COUNCIL_DECISIONS,
        row: r + 1,
      });
      problems.push({ path: cellRef(r, 'kind'), code: 'council-sheet-too-many', ...bilingual(tooMany) });
      break;
    }
    const row = r + 1;
    const fail = (id: Column, trouble: CouncilRowTrouble) =>
      problems.push({
        path: cellRef(r, id),
        code: 'council-sheet-row',
        ...bilingual(say('council-sheet.row', { sheet: sheet.name, row, trouble })),
      });
    const kind = kindOf(text(get(r, 'kind')));
    if (!kind) {
      fail('kind', { kind: 'unknown-kind', written: text(get(r, 'kind')) });
      continue;
    }
    const date = parseDate(get(r, 'date'));
    if (!date.ok) {
      fail('date', { kind: 'unread-date', written: text(get(r, 'date')) });
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
        ? { kind, ...common, award: text(get(r, 'award')), ...tiedWithOf(text(get(r, 'tiedWith'))) }
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
    const parsed = CouncilDecisionSchema.safeParse(raw, { reportInput: true });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const [said] = zodProblems([issue]);
      const field = String(issue.path[0] ?? 'kind');
      const id: Column = (COLUMNS.find((c) => c.id === field)?.id ?? 'kind') as Column;
      const column = (COLUMNS.find((c) => c.id === id) ?? COLUMNS[1]).code;
      const empty = text(get(r, id)) === '';
      const words = { vi: said.message, en: said.messageEn ?? said.message };
      fail(id, empty ? { kind: 'missing', column } : { kind: 'invalid', column, issue: words });
      continue;
    }
    decisions.push(parsed.data);
  }
  return { decisions, problems, header: { row: headerRow, columns: Object.fromEntries(cols) }, filledRows };
}

function tiedWithOf(cell: string): { tiedWith?: string[] } {
  const units = cell
    .split(UNIT_LIST)
    .map((u) => u.trim())
    .filter(Boolean);
  return units.length ? { tiedWith: units } : {};
}

/** The values of a decision as one row of the sheet (text cells; the date as dd/mm/yyyy). */
export function councilRow(d: CouncilDecision, no: number, lang: Lang = 'vi'): CellValue[] {
  const key: KindKey = d.kind === 'missing' ? (d.rule === 'zero' ? 'missing:zero' : 'missing:hold') : d.kind;
  const kind = KINDS.find((k) => k.key === key)!;
  const [y, m, day] = d.date.split('-');
  const values: Record<Column, CellValue> = {
    no,
    kind: word(kind.code, lang),
    unit: d.unit,
    block: d.block ?? null,
    award: d.kind === 'tie' || d.kind === 'vote' ? d.award : null,
    rule: d.kind === 'exclude' || d.kind === 'include' ? d.rule : null,
    votesFor: d.kind === 'vote' ? d.votesFor : null,
    members: d.kind === 'vote' ? d.members : null,
    reason: d.reason,
    date: `${day}/${m}/${y}`,
    recordedBy: d.recordedBy,
    tiedWith: d.kind === 'tie' && d.tiedWith ? d.tiedWith.join('; ') : null,
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
  const read = sheet ? readCouncilSheet(sheet) : undefined;
  const values = councilRow(decision, (read?.filledRows ?? 0) + 1, lang);
  if (!sheet) {
    plan.blocks.push({
      sheet: name,
      at: { row: HEADER_ROW + 1, col: 0 },
      values: [values],
      columnKinds: COLUMNS.map(() => 'text'),
    });
    return plan;
  }
  // each value under its title as the sheet has it now (the council may have moved columns); a value whose title the
  // sheet lacks (an earlier version's sheet has no "Đồng hạng với") is left out, never written under no header.
  // A sheet without a header gets the template's order: reading it says the header is missing.
  const at = read?.header?.columns ?? Object.fromEntries(COLUMNS.map((c, i) => [c.id, i]));
  const row: CellValue[] = [];
  COLUMNS.forEach((c, i) => {
    const col = at[c.id];
    if (col === undefined || values[i] === null) return;
    while (row.length < col) row.push(null);
    row[col] = values[i];
  });
  plan.appends.push({ sheet: name, values: [row] });
  return plan;
}
