import { bilingual, render, say, type Message, type Named } from '../messages';
import type { Condition } from '../plan/conditions';
import type { Plan, Step } from '../plan/schema';
import { parsePlan } from '../plan/validate';
import type { Problem } from '../problems';
import type { Lang } from '../values';
import { parseBoolean, parseDate, parseNumber } from '../values';
import { cellText, excelError, sheetCellAddress } from './grid';
import { isTotalsLabel } from './patterns';
import type { CellRef, CellValue, SheetModel } from './model';
import {
  columnFromHeading,
  enumChoices,
  enumFromLabel,
  enumLabel,
  ENUMS,
  SECTIONS,
  sectionFromTitle,
  type ColumnSpec,
  type EnumName,
  type SectionKey,
  type SectionSpec,
} from './plan-sheet-spec';

/* The "Tiêu chí" sheet -> plan, validated by the plan schema; problems name their cells. */

type Obj = Record<string, unknown>;

interface Reader {
  sheet: SheetModel;
  problems: Problem[];
  /** Plan path ("criteria[3].maxPoints") -> the cell it came from. */
  cells: Map<string, CellRef>;
  /** Criteria whose id was made from their number ("criteria[3]"). */
  derived: Set<string>;
}

const at = (r: Reader, ref: CellRef) => sheetCellAddress(r.sheet.name, ref);

function cellAt(sheet: SheetModel, ref: CellRef): CellValue {
  const v = sheet.values[ref.row - sheet.origin.row]?.[ref.col - sheet.origin.col];
  return v === undefined ? null : v;
}

function formatAt(sheet: SheetModel, ref: CellRef): string | null {
  const f = sheet.numberFormats?.[ref.row - sheet.origin.row]?.[ref.col - sheet.origin.col];
  return typeof f === 'string' ? f : null;
}

/** Why a cell cannot be read, as both texts: a phrase of the catalogue, or what a value parser said. */
const both = (m: Message): Named => ({ vi: render(m, 'vi'), en: render(m, 'en') });
const unreadable = (f: { detail: string; detailEn: string }): Named => ({ vi: f.detail, en: f.detailEn });
/** A table's or a column's name, in both languages. */
const nameOf = (l: { vi: string; en: string }): Named => ({ vi: l.vi, en: l.en });

function fail(r: Reader, ref: CellRef, heading: string, what: Named): undefined {
  const where = at(r, ref);
  r.problems.push({
    path: where,
    code: 'plan-sheet-invalid',
    ...bilingual(say('plan-sheet.cell-invalid', { cell: where, heading, what })),
  });
  return undefined;
}

const MAX_STEP_TEXT = 200;

function readSteps(r: Reader, ref: CellRef, heading: string, text: string): Step[] | undefined {
  const steps: Step[] = [];
  for (const item of text.split(/[;\n]/)) {
    if (!item.trim()) continue;
    // a step is short; the pattern backtracks (cubic) on long whitespace runs, so longer text is not matched
    const m =
      item.length <= MAX_STEP_TEXT
        ? /^\s*(?:≥|>=|từ|tu)?\s*([^:]+?)\s*%?\s*:\s*([^:]+?)\s*(?:điểm|diem)?\s*$/i.exec(item)
        : null;
    const min = m ? parseNumber(m[1]) : undefined;
    const points = m ? parseNumber(m[2]) : undefined;
    if (!min?.ok || !points?.ok)
      return fail(r, ref, heading, both(say('plan-sheet.bad-step', { step: item.trim() })));
    steps.push({ min: min.value, points: points.value });
  }
  return steps.length ? steps : undefined;
}

function readCondition(r: Reader, ref: CellRef, heading: string, text: string): Condition | undefined {
  const t = text.trim();
  const bad = () => fail(r, ref, heading, both(say('plan-sheet.bad-condition', { condition: t })));
  if (t.startsWith('{')) {
    try {
      return JSON.parse(t) as Condition;
    } catch {
      return bad();
    }
  }
  const m = /^([A-Za-z0-9][A-Za-z0-9_-]*)\s*(>=|<=|!=|=|>|<|≥|≤|≠|notIn|in)\s*(.+)$/.exec(t);
  if (!m) return bad();
  const op = ({ '≥': '>=', '≤': '<=', '≠': '!=' } as Record<string, string>)[m[2]] ?? m[2];
  const raw = m[3].trim();
  if (op === 'in' || op === 'notIn') {
    try {
      return { fact: m[1], op, value: JSON.parse(raw) } as Condition;
    } catch {
      return bad();
    }
  }
  let value: string | number | boolean;
  if (/^".*"$/.test(raw)) value = raw.slice(1, -1).replace(/\\"/g, '"');
  else if (/^(true|false)$/i.test(raw)) value = raw.toLowerCase() === 'true';
  else {
    const n = /^-?\d+(\.\d+)?$/.test(raw) ? { ok: true as const, value: Number(raw) } : parseNumber(raw);
    value = n.ok ? n.value : raw;
  }
  return { fact: m[1], op, value } as Condition;
}

/** Nothing typed: empty, or spaces only. */
const blankCell = (raw: CellValue) => raw === null || (typeof raw === 'string' && !raw.trim());

/** One cell read by its column's type; undefined when empty or unreadable (then a problem is recorded). */
function readCell(r: Reader, ref: CellRef, column: ColumnSpec, lang: Lang, enumName?: EnumName): unknown {
  const raw = cellAt(r.sheet, ref);
  if (blankCell(raw)) return undefined;
  const heading = column[lang];
  const error = excelError(raw);
  if (error) return fail(r, ref, heading, both(say('plan-sheet.excel-error', { error })));
  const type = enumName ? 'enum' : column.type;
  // Text is kept as typed (line breaks and double spaces included), only trimmed.
  if (type === 'text') return typeof raw === 'string' ? raw.trim() : cellText(raw);
  const text = cellText(raw);
  switch (type) {
    case 'number': {
      if (typeof raw === 'string' && /%\s*$/.test(raw)) {
        const p = parseNumber(raw.replace(/%\s*$/, ''));
        if (p.ok) return p.value;
      }
      const n = parseNumber(raw);
      if (!n.ok) return fail(r, ref, heading, unreadable(n));
      // A percent-formatted cell holds a fraction; plan targets are written in percent.
      if (typeof raw === 'number' && /%/.test(formatAt(r.sheet, ref)?.replace(/"[^"]*"/g, '') ?? ''))
        return n.value * 100;
      return n.value;
    }
    case 'bool': {
      const b = parseBoolean(raw);
      return b.ok ? b.value : fail(r, ref, heading, unreadable(b));
    }
    case 'date': {
      const d = parseDate(raw);
      return d.ok ? d.value : fail(r, ref, heading, unreadable(d));
    }
    case 'enum': {
      const name = enumName ?? (column.enumName as EnumName);
      const id = enumFromLabel(name, text);
      return (
        id ??
        fail(
          r,
          ref,
          heading,
          both(
            say('plan-sheet.not-a-choice', {
              text,
              choices: { vi: enumChoices(name, 'vi'), en: enumChoices(name, 'en') },
            }),
          ),
        )
      );
    }
    case 'list':
      return text
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean);
    case 'numberList': {
      const out: number[] = [];
      for (const item of text
        .split(/[;,]/)
        .map((s) => s.trim())
        .filter(Boolean)) {
        const n = parseNumber(item);
        if (!n.ok) return fail(r, ref, heading, unreadable(n));
        out.push(n.value);
      }
      return out;
    }
    case 'json':
      try {
        const v: unknown = JSON.parse(typeof raw === 'string' ? raw : text);
        if (v && typeof v === 'object' && !Array.isArray(v)) return v;
      } catch {
        // reported below
      }
      return fail(r, ref, heading, both(say('plan-sheet.not-json-object')));
    case 'steps':
      return readSteps(r, ref, heading, text);
    case 'condition':
      return readCondition(r, ref, heading, text);
  }
}

interface Table {
  section: SectionSpec;
  /** Row of the section title. */
  titleRow: number;
  columns: Map<string, number>;
  headingRow: number;
  rows: number[];
}

/** Finds the sections by their titles in the first column, and each table's columns by their headings. */
function findTables(sheet: SheetModel): Table[] {
  const tables: Table[] = [];
  const { row: r0, col: c0 } = sheet.origin;
  const empty = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
  let current: Table | undefined;
  let ended = false; // the plan-details table ends at its first blank row
  for (let i = 0; i < sheet.values.length; i++) {
    const cells = sheet.values[i] ?? [];
    const first = cellText(cells[0]);
    const section = first.length < 60 ? sectionFromTitle(first) : undefined;
    if (section && cells.slice(1).every((v) => empty(v) || cellText(v) === first)) {
      current = { section, titleRow: r0 + i, columns: new Map(), headingRow: -1, rows: [] };
      tables.push(current);
      ended = false;
      if (section.key === 'info') current.headingRow = r0 + i;
      continue;
    }
    if (!current || ended) continue;
    const blank = cells.every(empty);
    if (current.section.key === 'info') {
      if (blank) ended = true;
      else current.rows.push(r0 + i);
      continue;
    }
    if (current.headingRow < 0) {
      if (blank) continue;
      current.headingRow = r0 + i;
      const table = current;
      cells.forEach((v, j) => {
        const column = columnFromHeading(table.section, cellText(v));
        if (column && !table.columns.has(column.key)) table.columns.set(column.key, c0 + j);
      });
      continue;
    }
    // A blank row inside a table is skipped, not an end: only the next section title ends a table,
    // so a row an official adds after a gap is read (and reported if wrong), never silently dropped.
    if (blank) continue;
    const lead = cellText(cells.find((v) => !empty(v)));
    if (isTotalsLabel(lead)) continue; // "Tổng cộng" under the criteria: a sum, not a criterion
    current.rows.push(r0 + i);
  }
  return tables;
}

/**
 * A row the official hid inside a table: read, it scores what nobody sees on the sheet; skipped, it drops a rule
 * the plan still has. Which one is meant cannot be told, so it is reported at the row.
 */
function reportHiddenRows(r: Reader, tables: Table[]): void {
  const hidden = new Set(r.sheet.hiddenRows ?? []);
  if (!hidden.size) return;
  for (const table of tables)
    for (const row of table.rows) {
      if (!hidden.has(row)) continue;
      const where = at(r, { row, col: r.sheet.origin.col });
      r.problems.push({
        path: where,
        code: 'plan-sheet-invalid',
        ...bilingual(
          say('plan-sheet.hidden-row', { row: row + 1, cell: where, table: nameOf(table.section) }),
        ),
      });
    }
}

function detectLang(tables: Table[], sheet: SheetModel): Lang {
  const first = tables[0];
  if (!first) return 'vi';
  const title = cellText(cellAt(sheet, { row: first.titleRow, col: sheet.origin.col }));
  return title === first.section.en ? 'en' : 'vi';
}

/** Reads one table into records, remembering which cell each field came from. */
function readRecords(r: Reader, table: Table, lang: Lang, pathOf: (i: number) => string): Obj[] {
  const records: Obj[] = [];
  table.rows.forEach((row, i) => {
    const rec: Obj = {};
    const base = pathOf(i);
    const firstCol = Math.min(...table.columns.values(), r.sheet.origin.col);
    r.cells.set(base, { row, col: firstCol });
    for (const column of table.section.columns) {
      const c = table.columns.get(column.key);
      if (c === undefined) continue;
      const ref = { row, col: c };
      r.cells.set(`${base}.${column.key}`, ref);
      if (column.key === 'method') continue; // read once the kind is known
      const v = readCell(r, ref, column, lang);
      if (v !== undefined) rec[column.key] = v;
    }
    const { extra, ...cells } = rec;
    // Cells win over the JSON column: it only carries what has no column.
    records.push(extra && typeof extra === 'object' ? { ...(extra as Obj), ...cells } : cells);
  });
  return records;
}

/** The id a new criterion row without one gets from its number: "17" or "17." -> tc17, "3.1" -> tc03-1, "3a" -> tc03a. */
function idFromNumber(number: string): string | undefined {
  const m = /^(\d+)((?:\.\d+)*|[a-z])\.?$/i.exec(number.trim());
  if (!m) return undefined;
  const rest = m[2].startsWith('.') ? m[2].replace(/\./g, '-') : m[2].toLowerCase();
  return `tc${m[1].padStart(2, '0')}${rest}`;
}

/** The scoring columns each kind reads; a value in any other is reported, never dropped. */
const COLUMNS_OF_KIND: Record<string, readonly string[]> = {
  rate: ['target', 'comparison', 'method', 'steps'],
  count: ['method', 'perItem', 'target', 'steps'],
  bonus: ['input', 'perItem'],
  deduction: ['input', 'perItem'],
};

function reportUnused(r: Reader, table: Table, row: number, kind: string | undefined, lang: Lang): void {
  if (kind === undefined || !ENUMS.kind[kind]) return; // an unknown kind is reported by the schema
  const used = COLUMNS_OF_KIND[kind] ?? [];
  for (const column of table.section.columns) {
    const col = table.columns.get(column.key);
    if (!SCORING_COLUMNS.has(column.key) || used.includes(column.key) || col === undefined) continue;
    const raw = cellAt(r.sheet, { row, col });
    if (blankCell(raw)) continue;
    const kindName = { vi: enumLabel('kind', kind, 'vi'), en: enumLabel('kind', kind, 'en') };
    fail(r, { row, col }, column[lang], both(say('plan-sheet.unused-by-kind', { kind: kindName })));
  }
}

function buildCriterion(r: Reader, table: Table, rec: Obj, row: number, i: number, lang: Lang): Obj {
  const path = `criteria[${i}]`;
  const move = (from: string, to: string) => {
    const ref = r.cells.get(`${path}.${from}`);
    if (ref) r.cells.set(`${path}.${to}`, ref);
  };
  ['target', 'comparison', 'method', 'perItem', 'steps', 'input'].forEach((k) => move(k, `scoring.${k}`));
  move('kind', 'scoring.kind');
  move('kind', 'scoring');
  const kind = rec.kind as string | undefined;
  const extraScoring = rec.scoring && typeof rec.scoring === 'object' ? (rec.scoring as Obj) : {};
  const scoring: Obj = { ...extraScoring, kind };
  const methodCol = table.columns.get('method');
  const methodColumn = table.section.columns.find((c) => c.key === 'method') as ColumnSpec;
  const method = (name: EnumName) =>
    methodCol === undefined ? undefined : readCell(r, { row, col: methodCol }, methodColumn, lang, name);
  const set = (k: string, v: unknown) => {
    if (v !== undefined) scoring[k] = v;
  };
  if (kind === 'rate') {
    set('target', rec.target);
    set('comparison', rec.comparison);
    set('method', method('rateMethod'));
    set('steps', rec.steps);
  } else if (kind === 'count') {
    set('method', method('countMethod'));
    set('perItem', rec.perItem);
    set('target', rec.target);
    set('steps', rec.steps);
  } else if (kind === 'bonus' || kind === 'deduction') {
    set('input', rec.input);
    set('perItem', rec.perItem);
  }
  reportUnused(r, table, row, kind, lang);
  const number = rec.number === undefined ? undefined : String(rec.number);
  let id = rec.id;
  const derived = id === undefined && number !== undefined ? idFromNumber(number) : undefined;
  if (derived) {
    id = derived;
    move('number', 'id');
    r.derived.add(path);
  }
  const out: Obj = {};
  const known = new Set([...table.section.columns.map((c) => c.key), 'scoring']);
  for (const [k, v] of Object.entries(rec)) if (!known.has(k)) out[k] = v; // fields from the JSON column
  Object.assign(out, { id, number, title: rec.title, maxPoints: rec.maxPoints, scoring });
  for (const k of ['titleEn', 'group', 'required']) if (rec[k] !== undefined) out[k] = rec[k];
  return out;
}

/** "awards.decisions[0]" -> ["awards", "decisions", 0]. */
function pathKeys(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const part of path.split('.')) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) return [];
    if (m[1]) keys.push(m[1]);
    for (const idx of m[2].matchAll(/\[(\d+)\]/g)) keys.push(Number(idx[1]));
  }
  return keys;
}

function setPath(obj: Obj, path: string, value: unknown): void {
  const keys = pathKeys(path);
  if (!keys.length) return;
  let o = obj as Record<string | number, unknown>;
  keys.slice(0, -1).forEach((k, i) => {
    if (typeof o[k] !== 'object' || o[k] === null) o[k] = typeof keys[i + 1] === 'number' ? [] : {};
    o = o[k] as Record<string | number, unknown>;
  });
  const last = keys[keys.length - 1];
  if (value === undefined) delete o[last];
  else o[last] = value;
}

const JSON_PATH = /^\$?[A-Za-z][A-Za-z0-9_]*(\[\d+\])*(\.[A-Za-z][A-Za-z0-9_]*(\[\d+\])*)*$/;

function readInfo(r: Reader, table: Table, doc: Obj, lang: Lang): void {
  for (const row of table.rows) {
    const label = cellText(cellAt(r.sheet, { row, col: r.sheet.origin.col }));
    const column = columnFromHeading(table.section, label);
    const ref = { row, col: r.sheet.origin.col + 1 };
    if (!column) {
      // Plan parts without a table of their own, one JSON value per row ("awards.decisions[0]").
      if (!JSON_PATH.test(label)) continue;
      r.cells.set(label, ref);
      const raw = cellAt(r.sheet, ref);
      const text = typeof raw === 'string' ? raw : cellText(raw);
      if (!text) {
        setPath(doc, label, undefined);
        continue;
      }
      try {
        setPath(doc, label, JSON.parse(text));
      } catch {
        // A text retyped without its quotes (2024-01-20 for "2024-01-20") is that text; the schema checks it.
        if (/^\s*[[{"]/.test(text)) fail(r, ref, label, both(say('plan-sheet.not-json')));
        else setPath(doc, label, text.trim());
      }
      continue;
    }
    r.cells.set(column.key, ref);
    let v = readCell(r, ref, column, lang);
    if (column.key === 'version' && typeof v === 'number') v = String(v);
    if (column.key === 'pointsDecimals' && v === undefined) continue;
    setPath(doc, column.key, v);
  }
  const awards = doc.awards as Obj | undefined;
  const others = awards?.others as Obj | undefined;
  if (others && others.certificates === undefined && others.includeExcluded === undefined)
    delete awards?.others;
}

/** Columns a table cannot do without (a missing heading is reported once, not per row). */
const REQUIRED_COLUMNS: Partial<Record<SectionKey, string[]>> = {
  criteria: ['number', 'title', 'kind', 'maxPoints'],
  facts: ['id', 'label', 'type'],
  exclusions: ['id', 'code', 'condition', 'reason'],
  standards: ['id', 'code', 'condition', 'reason'],
  blocks: ['id', 'name'],
  tiers: ['id', 'name', 'count', 'minTotal'],
  notes: ['id', 'topic', 'reading'],
};

/** Where a plan path points on the sheet: the field's cell, else its record's, else the section title. */
function locate(r: Reader, path: string, titles: Map<string, CellRef>): CellRef | undefined {
  let p = path;
  while (p) {
    const ref = r.cells.get(p);
    if (ref) return ref;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    if (cut <= 0) break;
    p = p.slice(0, cut);
  }
  const head = /^[a-zA-Z$]+(\.tiers|\.tieBreakers)?/.exec(path)?.[0] ?? '';
  const key = head === 'awards.tiers' ? 'tiers' : head === 'ranking.tieBreakers' ? 'tieBreakers' : head;
  return titles.get(key) ?? titles.get('info');
}

/** The row of a criteria heading line ("Số | Mã | Nội dung tiêu chí | … | Điểm tối đa") outside any criteria table. */
function criteriaHeadingRow(sheet: SheetModel): number | undefined {
  const criteria = SECTIONS[0];
  for (let i = 0; i < sheet.values.length; i++) {
    const found = new Set<string>();
    for (const v of sheet.values[i] ?? []) {
      const column = columnFromHeading(criteria, cellText(v));
      if (column) found.add(column.key);
    }
    if (found.size >= 3 && found.has('title') && found.has('maxPoints')) return sheet.origin.row + i;
  }
  return undefined;
}

/** The value at a validator's path ("criteria[2].scoring.kind") in the document read from the sheet. */
function valueAt(doc: Obj, path: string): unknown {
  return pathKeys(path).reduce<unknown>(
    (o, k) => (o && typeof o === 'object' ? (o as Record<string | number, unknown>)[k] : undefined),
    doc,
  );
}

/**
 * The validator reports a duplicate id at its second occurrence (`criteria[3].id`). On the sheet the row to point
 * at is the one whose id was made from its number (a new row numbered like an existing one), else that occurrence
 * (a row copied and pasted).
 */
function duplicateAt(r: Reader, doc: Obj, p: Problem): { ref: CellRef; path: string } | undefined {
  const at = /^(.*)\[(\d+)\]\.id$/.exec(p.path);
  if (!at) return undefined;
  const list: unknown = valueAt(doc, at[1]);
  if (!Array.isArray(list)) return undefined;
  const idOf = (i: number) => (list[i] as Obj | undefined)?.id;
  const id = idOf(Number(at[2]));
  const same = list.map((_, i) => i).filter((i) => idOf(i) === id);
  if (id === undefined || same.length < 2) return undefined;
  const derived = same.find((i) => r.derived.has(`${at[1]}[${i}]`));
  const row = `${at[1]}[${derived ?? Number(at[2])}]`;
  const ref = r.cells.get(`${row}.id`) ?? r.cells.get(row);
  return ref && { ref, path: `${row}.id` };
}

/**
 * The heading of a blank cell the plan needs (a title, a kind, maximum points), when `path` is missing from the
 * read plan: the official is told which cell to fill rather than what type the schema expected.
 */
function blankRequired(r: Reader, tables: Table[], doc: Obj, path: string, ref: CellRef): string | undefined {
  const value = valueAt(doc, path);
  const raw = cellAt(r.sheet, ref);
  if (value !== undefined || !blankCell(raw)) return undefined;
  const table = tables.find((t) => t.rows.includes(ref.row) && t.headingRow >= 0);
  const heading = table && cellText(cellAt(r.sheet, { row: table.headingRow, col: ref.col })).trim();
  return heading || undefined;
}

/** A table's records in the read plan and in the base plan, and where a column's value sits in a record. */
const RECORDS: Partial<Record<SectionKey, (p: Plan) => Obj[]>> = {
  criteria: (p) => p.criteria as unknown as Obj[],
  facts: (p) => p.facts as unknown as Obj[],
  exclusions: (p) => p.exclusions as unknown as Obj[],
  standards: (p) => p.standards as unknown as Obj[],
  blocks: (p) => p.blocks as unknown as Obj[],
  tiers: (p) => p.awards.tiers as unknown as Obj[],
};
const SCORING_COLUMNS = new Set(['target', 'comparison', 'method', 'perItem', 'steps', 'input']);

function fieldOf(key: SectionKey, rec: Obj, column: string): unknown {
  if (key === 'criteria' && SCORING_COLUMNS.has(column)) return (rec.scoring as Obj | undefined)?.[column];
  if (column === 'condition') return rec[key === 'exclusions' ? 'when' : 'require'];
  return rec[column];
}

/**
 * A column the sheet lacks (deleted, or its heading retyped so it is not recognised) while a record that has
 * it in the base plan now reads differently: the value would be lost silently, so the column is reported missing.
 */
function lostColumns(r: Reader, tables: Table[], plan: Plan, base: Plan): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<SectionKey>();
  for (const table of tables) {
    const key = table.section.key;
    const records = RECORDS[key];
    if (!records || seen.has(key) || !table.rows.length) continue;
    seen.add(key);
    const before = new Map(records(base).map((rec) => [rec.id, rec]));
    const now = records(plan);
    for (const column of table.section.columns) {
      // The JSON column and the English texts may be dropped: they do not change how a unit is scored.
      if (column.type === 'json' || column.key.endsWith('En') || table.columns.has(column.key)) continue;
      const lost = now.some((rec) => {
        const old = before.get(rec.id);
        if (!old) return false;
        if (key === 'criteria' && (old.scoring as Obj).kind !== (rec.scoring as Obj).kind) return false;
        const was = fieldOf(key, old, column.key);
        return was !== undefined && JSON.stringify(was) !== JSON.stringify(fieldOf(key, rec, column.key));
      });
      if (!lost) continue;
      const where = at(r, { row: table.headingRow, col: r.sheet.origin.col });
      problems.push({
        path: where,
        code: 'plan-sheet-invalid',
        ...bilingual(
          say('plan-sheet.missing-column', {
            row: table.headingRow + 1,
            cell: where,
            table: nameOf(table.section),
            column: nameOf(column),
          }),
        ),
      });
    }
  }
  return problems;
}

/**
 * Reads a plan back from its "Tiêu chí" sheet and validates it with the plan schema. Sections the
 * sheet lacks come from `base` (when given). Every problem names the cell, e.g. "'Tiêu chí'!F7".
 */
export function sheetToPlan(
  sheet: SheetModel,
  base?: Plan,
): { ok: true; plan: Plan } | { ok: false; problems: Problem[] } {
  const r: Reader = { sheet, problems: [], cells: new Map(), derived: new Set() };
  const tables = findTables(sheet);
  reportHiddenRows(r, tables);
  const lang = detectLang(tables, sheet);
  const doc: Obj = base ? (JSON.parse(JSON.stringify(base)) as Obj) : {};
  const titles = new Map<string, CellRef>();
  const seen = new Set<SectionKey>();
  for (const table of tables) {
    const key = table.section.key;
    if (seen.has(key)) {
      const where = at(r, { row: table.titleRow, col: sheet.origin.col });
      r.problems.push({
        path: where,
        code: 'plan-sheet-invalid',
        ...bilingual(say('plan-sheet.table-twice', { cell: where, table: nameOf(table.section) })),
      });
      continue;
    }
    seen.add(key);
    titles.set(key, { row: table.titleRow, col: sheet.origin.col });
    if (key === 'info') {
      readInfo(r, table, doc, lang);
      continue;
    }
    // Only when the table has rows: an empty table needs no columns.
    const missing = table.rows.length
      ? table.section.columns.filter(
          (c) => REQUIRED_COLUMNS[key]?.includes(c.key) && !table.columns.has(c.key),
        )
      : [];
    for (const c of missing) {
      const where = at(r, { row: table.headingRow, col: sheet.origin.col });
      r.problems.push({
        path: where,
        code: 'plan-sheet-invalid',
        ...bilingual(
          say('plan-sheet.missing-column', {
            row: table.headingRow + 1,
            cell: where,
            table: nameOf(table.section),
            column: nameOf(c),
          }),
        ),
      });
    }
    const prefix = key === 'tiers' ? 'awards.tiers' : key === 'tieBreakers' ? 'ranking.tieBreakers' : key;
    const records = readRecords(r, table, lang, (i) => `${prefix}[${i}]`);
    let list: Obj[] = records;
    if (key === 'criteria')
      list = records.map((rec, i) => buildCriterion(r, table, rec, table.rows[i], i, lang));
    if (key === 'exclusions' || key === 'standards')
      list = records.map((rec, i) => {
        const { condition, ...rest } = rec;
        const field = key === 'exclusions' ? 'when' : 'require';
        const ref = r.cells.get(`${prefix}[${i}].condition`);
        if (ref) r.cells.set(`${prefix}[${i}].${field}`, ref);
        return condition === undefined ? rest : { ...rest, [field]: condition };
      });
    if (key === 'tiers')
      list = records.map((rec) => ({ ...rec, prize: rec.prize === undefined ? null : rec.prize }));
    if (key === 'tieBreakers') {
      const byNumber = new Map(
        ((doc.criteria as Obj[] | undefined) ?? []).map((c) => [String(c.number), c.id as string]),
      );
      list = records.map((rec) =>
        typeof rec.criterion === 'string' && byNumber.has(rec.criterion)
          ? { ...rec, criterion: byNumber.get(rec.criterion) }
          : rec,
      );
    }
    setPath(doc, prefix, list);
  }
  const orphan = seen.has('criteria') ? undefined : criteriaHeadingRow(sheet);
  if (orphan !== undefined || (!seen.has('criteria') && !base)) {
    // Criteria headings under a title that is not "TIÊU CHÍ CHẤM ĐIỂM" would be skipped and the plan's
    // criteria taken unchanged from `base`: every edit in them silently lost.
    const above = orphan !== undefined && orphan > sheet.origin.row ? orphan - 1 : orphan;
    r.problems.push({
      path: above === undefined ? sheet.name : at(r, { row: above, col: sheet.origin.col }),
      code: 'plan-sheet-invalid',
      ...bilingual(say('plan-sheet.no-table', { sheet: sheet.name, table: nameOf(SECTIONS[0]) })),
    });
  }
  if (r.problems.length) return { ok: false, problems: r.problems };

  const parsed = parsePlan(doc, '');
  if (parsed.ok) {
    const lost = base ? lostColumns(r, tables, parsed.plan, base) : [];
    return lost.length ? { ok: false, problems: lost } : parsed;
  }
  return {
    ok: false,
    problems: parsed.problems.map((p) => {
      const duplicate = duplicateAt(r, doc, p);
      const ref = duplicate?.ref ?? locate(r, p.path, titles);
      const where = ref ? at(r, ref) : sheet.name;
      const blank = ref && blankRequired(r, tables, doc, p.path, ref);
      return {
        ...p,
        path: where,
        code: p.code ?? 'plan-invalid',
        ...bilingual(
          say('plan-sheet.plan-invalid', {
            cell: where,
            path: duplicate?.path ?? p.path,
            problem: blank
              ? both(say('plan-sheet.blank-required', { heading: blank }))
              : { vi: p.message, en: p.messageEn },
          }),
        ),
      };
    }),
  };
}
