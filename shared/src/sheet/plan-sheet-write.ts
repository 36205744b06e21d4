import { word } from '../messages';
import type { Condition } from '../plan/conditions';
import type { Criterion, Plan, Step } from '../plan/schema';
import type { Lang } from '../values';
import type { CellValue, SheetModel } from './model';
import {
  enumLabel,
  PLAN_SHEET_NAME,
  SECTIONS,
  type ColumnSpec,
  type EnumName,
  type SectionKey,
  type SectionSpec,
} from './plan-sheet-spec';

/* Plan -> the "Tiêu chí" sheet. Reading it back: plan-sheet-read.ts. */
type Row = Record<string, CellValue>;

/* ---------------- plan -> sheet ---------------- */

/** A number written into a text cell ("0,05" in Vietnamese), without exponent notation. */
function numberText(n: number, lang: Lang): string {
  let s = String(n);
  if (/e/i.test(s)) s = n.toFixed(20).replace(/\.?0+$/, '');
  return lang === 'vi' ? s.replace('.', ',') : s;
}

export function stepsToText(steps: Step[], lang: Lang): string {
  return steps.map((s) => `${numberText(s.min, lang)}: ${numberText(s.points, lang)}`).join('; ');
}

/** Simple comparisons read as "lateDossiersMaxInMonth >= 2"; every other condition is written as JSON. */
export function conditionToText(c: Condition): string {
  const keys = Object.keys(c).sort().join(',');
  if (keys === 'fact,op,value' && 'value' in c) {
    const v = c.value;
    if (Array.isArray(v)) return `${c.fact} ${c.op} ${JSON.stringify(v)}`;
    return `${c.fact} ${c.op} ${typeof v === 'string' ? JSON.stringify(v) : String(v)}`;
  }
  return JSON.stringify(c);
}

const yesNo = (b: boolean, lang: Lang) => word(b ? 'value.yes' : 'value.no', lang);

type Obj = Record<string, unknown>;

/** The fields of a record no column holds, as JSON (null when there are none). */
function leftover(record: Obj, covered: Set<string>, scoringCovered?: Set<string>): string | null {
  const rest: Obj = {};
  for (const [k, v] of Object.entries(record)) {
    if (v === undefined || covered.has(k)) continue;
    if (k === 'scoring' && scoringCovered && v && typeof v === 'object') {
      const sub: Obj = {};
      for (const [sk, sv] of Object.entries(v as Obj))
        if (sv !== undefined && !scoringCovered.has(sk)) sub[sk] = sv;
      if (Object.keys(sub).length) rest.scoring = sub;
      continue;
    }
    rest[k] = v;
  }
  return Object.keys(rest).length ? JSON.stringify(rest) : null;
}

/** A value written into a cell of the given column type. */
function cellOf(column: ColumnSpec, v: unknown, lang: Lang): CellValue {
  if (v === undefined || v === null) return null;
  switch (column.type) {
    case 'enum':
      return enumLabel(column.enumName as EnumName, String(v), lang);
    case 'bool':
      return typeof v === 'boolean' ? yesNo(v, lang) : String(v);
    case 'list':
    case 'numberList':
      return Array.isArray(v) ? v.join('; ') : String(v);
    case 'condition':
      return conditionToText(v as Condition);
    case 'json':
      return JSON.stringify(v);
    default:
      return typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? v : JSON.stringify(v);
  }
}

const CRITERION_KEYS = new Set(['number', 'id', 'title', 'group', 'maxPoints', 'required', 'titleEn']);

function criterionRow(c: Criterion, lang: Lang): Row {
  const s = c.scoring;
  const row: Row = {
    number: c.number,
    id: c.id,
    title: c.title,
    group: c.group ?? null,
    kind: enumLabel('kind', s.kind, lang),
    maxPoints: c.maxPoints,
    required: yesNo(c.required, lang),
    titleEn: c.titleEn ?? null,
  };
  const scoringCovered = new Set(['kind']);
  const put = (key: string, value: CellValue | undefined, scoringKey = key) => {
    if (value === undefined) return;
    row[key] = value;
    scoringCovered.add(scoringKey);
  };
  if (s.kind === 'rate') {
    put('target', s.target);
    put('comparison', enumLabel('comparison', s.comparison, lang));
    put('method', enumLabel('rateMethod', s.method, lang));
  } else if (s.kind === 'count') {
    put('method', enumLabel('countMethod', s.method, lang));
    put('target', s.target);
    put('perItem', s.perItem);
  } else if (s.kind === 'bonus' || s.kind === 'deduction') {
    put('input', enumLabel('input', s.input, lang));
    put('perItem', s.perItem);
  }
  if ((s.kind === 'rate' || s.kind === 'count') && s.steps) put('steps', stepsToText(s.steps, lang));
  row.extra = leftover(c as unknown as Obj, CRITERION_KEYS, scoringCovered);
  return row;
}

const TABLE_RECORDS: Record<Exclude<SectionKey, 'criteria' | 'info'>, (plan: Plan) => Obj[]> = {
  facts: (p) => p.facts as Obj[],
  exclusions: (p) => p.exclusions as Obj[],
  standards: (p) => p.standards as Obj[],
  blocks: (p) => p.blocks as Obj[],
  tiers: (p) => p.awards.tiers as Obj[],
  tieBreakers: (p) => p.ranking.tieBreakers as Obj[],
  notes: (p) => p.notes as Obj[],
};

const conditionField = (key: SectionKey) => (key === 'exclusions' ? 'when' : 'require');

function tableRows(plan: Plan, section: SectionSpec, lang: Lang): Row[] {
  if (section.key === 'criteria') return plan.criteria.map((c) => criterionRow(c, lang));
  const records = TABLE_RECORDS[section.key as keyof typeof TABLE_RECORDS](plan);
  const covered = new Set(
    section.columns.map((c) => (c.type === 'condition' ? conditionField(section.key) : c.key)),
  );
  return records.map((rec) => {
    const row: Row = {};
    for (const c of section.columns) {
      if (c.type === 'json') continue;
      row[c.key] = cellOf(c, c.type === 'condition' ? rec[conditionField(section.key)] : rec[c.key], lang);
    }
    row.extra = leftover(rec, covered);
    return row;
  });
}

/** Paths the sections and plan-detail rows cover; everything else in a plan is written as JSON rows. */
const COVERED_TOP = new Set(['criteria', 'facts', 'exclusions', 'standards', 'blocks', 'notes']);
const COVERED_NESTED: Record<string, Set<string>> = {
  source: new Set(['number', 'issuer', 'date', 'title']),
  period: new Set(['from', 'to']),
  ranking: new Set(['order', 'tieBreakers']),
  awards: new Set(['tiers', 'aboveBand', 'tieAtBoundary', 'others', 'missingValues']),
};

function jsonRows(plan: Plan, infoKeys: Set<string>): [string, string][] {
  const out: [string, string][] = [];
  const emit = (path: string, value: unknown) => {
    if (value === undefined) return;
    if (Array.isArray(value) && value.length && value.every((v) => v && typeof v === 'object'))
      value.forEach((v, i) => out.push([`${path}[${i}]`, JSON.stringify(v)]));
    else out.push([path, JSON.stringify(value)]);
  };
  for (const [key, value] of Object.entries(plan as Obj)) {
    const nested = COVERED_NESTED[key];
    if (!nested && (COVERED_TOP.has(key) || infoKeys.has(key))) continue;
    if (nested && value && typeof value === 'object') {
      for (const [sub, v] of Object.entries(value as Obj)) if (!nested.has(sub)) emit(`${key}.${sub}`, v);
      if (key === 'awards') {
        const others = (value as Obj).others as Obj | undefined;
        for (const [sub, v] of Object.entries(others ?? {}))
          if (sub !== 'certificates' && sub !== 'includeExcluded') emit(`awards.others.${sub}`, v);
      }
      continue;
    }
    emit(key, value);
  }
  return out;
}

function infoValue(plan: Plan, path: string): unknown {
  let v: unknown = plan;
  for (const k of path.split('.')) v = v && typeof v === 'object' ? (v as Obj)[k] : undefined;
  return v;
}

/**
 * The plan as a sheet an official can edit: one row per criterion at the top, then tables for
 * facts, exclusions, standards, blocks, award tiers, tie-breakers, plan details and reading notes.
 * Fields without a column of their own travel as JSON ("Khác (JSON)"), so every plan round-trips.
 */
export function planToSheet(plan: Plan, lang: Lang = 'vi'): SheetModel {
  const width = Math.max(...SECTIONS.map((s) => (s.key === 'info' ? 2 : s.columns.length)));
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  const push = (cells: CellValue[], format: (string | null)[] = []) => {
    values.push([...cells, ...Array<CellValue>(width - cells.length).fill(null)]);
    formats.push([...format, ...Array<string | null>(width - format.length).fill(null)]);
  };
  const formatOf = (c: ColumnSpec) =>
    c.type === 'number' ? (/đồng|VND/.test(c.vi) ? '#,##0' : 'General') : '@';
  SECTIONS.forEach((section, i) => {
    if (i > 0) push([]);
    push([section[lang]], ['@']);
    if (section.key === 'info') {
      for (const c of section.columns) {
        const v = cellOf(c, infoValue(plan, c.key), lang);
        if (c.key === 'awards.others.includeExcluded' && plan.awards.others === undefined)
          push([c[lang], null], ['@', '@']);
        else push([c[lang], v], ['@', formatOf(c)]);
      }
      const infoTop = new Set(section.columns.map((c) => c.key.split('.')[0]));
      for (const [path, json] of jsonRows(plan, infoTop)) push([path, json], ['@', '@']);
      return;
    }
    push(
      section.columns.map((c) => c[lang]),
      section.columns.map(() => '@'),
    );
    for (const row of tableRows(plan, section, lang))
      push(
        section.columns.map((c) => row[c.key] ?? null),
        section.columns.map(formatOf),
      );
  });
  return { name: PLAN_SHEET_NAME, origin: { row: 0, col: 0 }, values, numberFormats: formats };
}
