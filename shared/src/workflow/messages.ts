/**
 * What the sheet workflow says to an official, in one place for the CLI and the task pane: the words are phrases of
 * the shared catalogue (shared/src/messages/workflow.ts); this module gathers what they name.
 */
import { bilingual, named, render, say, type Named } from '../messages';
import type { ItemList, SheetReadText, UncertainText } from '../messages/workflow';
import type { Plan } from '../plan/schema';
import type { Problem } from '../problems';
import { normalizeText, type Lang } from '../values';
import { lineName } from '../sheet/mapping';
import type { NotMapped, UncertainColumn } from './coverage';
import type { ResolvedSheet } from './resolve';
import type { RepeatedUnit } from './repeated-units';

export type { Audience } from '../messages/workflow';
import type { Audience } from '../messages/workflow';
export { problemText as inLang } from '../messages';

export interface Bilingual {
  message: string;
  messageEn: string;
}

const MAX_HEADERS = 12;
const MAX_HEADER_CHARS = 40;
const MAX_LISTED = 20;

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A sheet and its mapping; with the layout, the headers as written on the sheet today. */
export type SheetRead = Pick<ResolvedSheet, 'sheet' | 'mapping'> & { layout?: ResolvedSheet['layout'] };

/** The sheet's name, where its header line is and the header titles as read (the first few, shortened). */
function sheetReadText(resolved: SheetRead): SheetReadText {
  const { mapping } = resolved;
  const headers = resolved.layout?.headers ?? mapping.columns.map((c) => ({ text: c.header }));
  const texts = headers.map((h) => h.text.trim()).filter(Boolean);
  const shown = texts.slice(0, MAX_HEADERS).map((t) => clip(t, MAX_HEADER_CHARS));
  const last = mapping.headerRows[mapping.headerRows.length - 1];
  // The header line runs across the units: a row when units go down, a column when they go across.
  const across = mapping.orientation === 'rows' ? 'columns' : 'rows';
  return {
    sheet: resolved.sheet.name,
    where: last === undefined ? null : named(lineName(across, last, 'vi'), lineName(across, last, 'en')),
    headers: shown,
    rest: texts.length - shown.length,
  };
}

const planTitle = (plan: Plan): Named => named(plan.title, plan.titleEn);

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
  const others = sheetNames.filter((n) => !read.some((r) => r.sheet.name === n));
  const message = say('workflow.nothing-mapped', {
    plan: { id: plan.id, title: planTitle(plan) },
    read: read.map(sheetReadText),
    others,
    audience,
  });
  return { path: read[0]?.sheet.name ?? '', code: 'nothing-mapped', ...bilingual(message) };
}

function items(list: NotMapped[], max = MAX_LISTED): ItemList {
  const shown = list.slice(0, max).map((i) => named(i.label, i.labelEn));
  return { items: shown, rest: list.length - shown.length };
}

/** "tiêu chí 8, tiêu chí 12, dữ kiện "…" năm 2021" (and how many more). */
export function notMappedList(list: NotMapped[], lang: Lang, max = MAX_LISTED): string {
  return render(say('workflow.items', items(list, max)), lang);
}

/** One line of the pane's list: "Tiêu chí 8 — Tỷ lệ hồ sơ …". */
export function notMappedItemText(item: NotMapped, lang: Lang): string {
  const what = lang === 'en' ? item.labelEn : item.label;
  const title = lang === 'en' ? (item.titleEn ?? item.title) : item.title;
  const head = what.charAt(0).toUpperCase() + what.slice(1);
  // a fact's label already quotes its title ("dữ kiện "Xếp loại CCHC" năm 2021")
  return what.includes('"') ? head : `${head} — ${title}`;
}

function uncertainText(u: UncertainColumn): UncertainText {
  return {
    line: named(u.line, u.lineEn),
    header: u.header.length > 60 ? `${u.header.slice(0, 59)}…` : u.header,
    label: named(u.label, u.labelEn),
    percent: Math.round(u.confidence * 100),
    reason: named(u.reason, u.reasonEn),
  };
}

/**
 * Some of the plan is fed by no column. `allowed`: said as a note once the official has confirmed; otherwise the
 * reason scoring waits (the CLI names --allow-partial, the pane its confirmation).
 */
export function partialMappingProblem(
  sheet: string,
  list: NotMapped[],
  audience: Audience,
  allowed: boolean,
  uncertain: UncertainColumn[] = [],
): Problem {
  const shown = uncertain.slice(0, MAX_LISTED);
  const message = say('workflow.partial-mapping', {
    sheet,
    missing: list.length ? { ...items(list), count: list.length } : null,
    uncertain: uncertain.length
      ? { list: shown.map(uncertainText), rest: uncertain.length - shown.length, count: uncertain.length }
      : null,
    audience,
    allowed,
  });
  return { path: sheet, code: 'partial-mapping', ...bilingual(message) };
}

/** One uncertain column: `cột E "TL HS … (xã tự báo cáo)" → tiêu chí 8 (69%: gần bằng cột D — cần kiểm tra)`. */
export function uncertainItemText(u: UncertainColumn, lang: Lang): string {
  return render(say('workflow.uncertain-column', uncertainText(u)), lang);
}

/** The flag on a unit's result: what of the plan was not read for it, because no column feeds it. */
export function notMappedFlagMessage(list: NotMapped[], lang: Lang): string {
  return render(say('workflow.not-mapped-flag', items(list)), lang);
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
  const message = say('workflow.block-unknown', {
    plan: {
      title: planTitle(plan),
      blocks: plan.blocks.map((b) => ({ id: b.id, name: named(b.name, b.nameEn) })),
    },
    sheets,
    names,
    rest: units.length - names.length,
    audience,
  });
  return { path: sheets[0] ?? '', code: 'block-unknown', ...bilingual(message) };
}

const sentences = (texts: string[]) => texts.map((t) => (/[.!?]$/.test(t) ? t : `${t}.`)).join(' ');

/** Scoring refused: units whose block the sheet gives two ways (heading and block cell, or the block chosen). */
export function blockConflictProblem(conflicts: readonly Problem[], audience: Audience): Problem {
  const listed = conflicts.slice(0, 3);
  return {
    path: conflicts[0]?.path ?? '',
    code: 'block-unknown',
    ...bilingual(
      say('workflow.block-conflict', {
        count: conflicts.length,
        said: {
          vi: sentences(listed.map((p) => p.message)),
          en: sentences(listed.map((p) => p.messageEn ?? p.message)),
        },
        rest: conflicts.length - listed.length,
        audience,
      }),
    ),
  };
}

/** Scoring refused: one unit is on two lines of the table (see repeated-units.ts). */
export function repeatedUnitsProblem(sheets: string[], units: RepeatedUnit[], audience: Audience): Problem {
  const listed = units.slice(0, 5).map((u) => ({ name: u.name, lines: u.ids.length }));
  return {
    path: sheets[0] ?? '',
    code: 'repeated-units',
    ...bilingual(
      say('workflow.repeated-units', { sheets, units: listed, rest: units.length - listed.length, audience }),
    ),
  };
}

/**
 * Scoring refused: several sheets hold the same table for the same units (one per month, an old copy): which one
 * is the period to score is the official's choice.
 */
export function ambiguousSheetsProblem(sheets: string[], audience: Audience): Problem {
  return {
    path: sheets[0] ?? '',
    code: 'ambiguous-sheets',
    ...bilingual(say('workflow.ambiguous-sheets', { sheets, audience })),
  };
}

/**
 * What a sheet's layout says about why some of it cannot be read: columns under one group cell with no year or
 * title of their own ("Xếp loại CCHC các năm" over three columns numbered (4) (5) (6)), or a table of points
 * already given ("Điểm TC1 (10đ)") instead of the figures the plan scores.
 */
export function layoutNote(read: SheetRead): Bilingual | undefined {
  const headers = read.layout?.headers ?? [];
  const untitled = new Map<number, { title: string; lines: Named[] }>();
  for (const h of headers)
    if (h.family?.role === 'unlabelled') {
      const f = untitled.get(h.family.first) ?? { title: h.family.title, lines: [] };
      const o = read.mapping.orientation;
      f.lines.push(named(lineName(o, h.index, 'vi'), lineName(o, h.index, 'en')));
      untitled.set(h.family.first, f);
    }
  if (untitled.size) return bilingual(say('workflow.untitled-columns', { groups: [...untitled.values()] }));
  const points = headers.filter((h) =>
    /^(diem|so diem)\b/.test(normalizeText(h.parts[h.parts.length - 1] ?? h.text)),
  );
  if (headers.length >= 3 && 2 * points.length > headers.length)
    return bilingual(say('workflow.points-not-figures', { sheet: read.sheet.name, first: points[0].text }));
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
