/**
 * Proposes which column feeds which criterion, target (chỉ tiêu) or fact, weighing every piece of evidence a
 * header and its values give — a number reference, the office's own words read through the domain dictionary, its
 * group, a target figure in the title, what the values are — then one global assignment and a confidence that
 * means what it says: high (≥ 0.8) only when the evidence agrees and nothing else comes close.
 */
import { planHash } from '../engine/compile';
import type { Plan } from '../plan/schema';
import { normalizeText } from '../values';
import { assign } from './assignment';
import type { HeaderColumn, HeaderFamily, TableLayout } from './detect';
import { buildLexicon, DICTIONARY, LEXICON, readings, type Lexicon } from './dictionary';
import {
  columnCells,
  readableShare,
  targetCellReader,
  valueProfile,
  type ColumnCell,
  type ValueProfile,
} from './evidence';
import { cellText, makeView, type View } from './grid';
import type { ColumnMapping, MappedColumn, MappingTarget } from './mapping';
import type { CellValue } from './model';
import { reasonsText, type MappingReason } from './mapping-reasons';
import { lineName, mappingTargets, type TargetInfo } from './mapping-targets';
import { headerNumber, isNameHeader, isResultHeader, isSttHeader } from './patterns';
import { readTitle, takeTargets, type NumberReference, type TitleTarget } from './references';
import { TextMatcher } from './similarity';

/** A mapping shown at or above this confidence is settled (the pane's green); below it, the official confirms it. */
export const HIGH_CONFIDENCE = 0.8;

const RULE_CONFIDENCE: Record<NumberReference['rule'], number> = {
  named: 0.95,
  code: 0.95,
  leading: 0.92,
  bracket: 0.9,
  bare: 0.88,
  trailing: 0.8,
};
const TEXT_THRESHOLD = 0.45;
/** Pairs below this never enter the assignment. */
const MIN_EVIDENCE = 0.4;
/** Evidence below this enters the assignment only as a column's best. */
const WEAK = 0.65;
/** A competitor this close to the chosen target makes the choice uncertain. */
const MARGIN = 0.08;
/** A column that feeds nothing but could feed the chosen target this nearly makes the choice uncertain too. */
const UNFED_MARGIN = 0.12;
/** Confidence of a choice with a close competitor, or a year not known. */
const UNSURE = 0.7;
/** How much less a hidden line's evidence weighs than a visible one's: a visible line with like evidence wins. */
const HIDDEN_PENALTY = 0.3;
/** Similarity at which a result-looking header ("Kết quả …") is, nearly word for word, a label of the plan. */
const LABEL_MATCH = 0.9;

const round2 = (n: number) => Math.round(n * 100) / 100;
const fold = (s: string) => normalizeText(s);

interface Pair {
  /** What is shown: evidence capped (text alone never says more than 0.9). */
  confidence: number;
  /** The evidence itself, uncapped: what the assignment and the margin rule compare. */
  evidence: number;
  reasons: MappingReason[];
}

interface Column {
  header: HeaderColumn;
  own: string;
  groups: string[];
  reference?: NumberReference;
  figures: TitleTarget[];
  /** The words compared: own title, and groups with the own title. */
  ownText: string;
  allText: string;
  hasText: boolean;
  year?: number;
  cells: ColumnCell[];
  profile: ValueProfile;
  /** The official hid this line: it feeds a target only when no visible line does, and never settles alone. */
  hidden: boolean;
  fallback?: MappingReason;
}

/**
 * Header lines that number the form's columns ("(1)" over STT, "(2)" over the unit name…) say nothing about
 * criteria; their numbers are ignored. (Used for layouts detected without title parts.)
 */
function formNumberingLines(view: View, layout: TableLayout): Set<number> {
  const out = new Set<number>();
  for (const h of layout.headerRows)
    for (const c of [layout.nameIndex, layout.sttIndex]) {
      if (c === undefined) continue;
      const label = view.label(h, c);
      if (label && headerNumber(label) && !isNameHeader(label) && !isSttHeader(label)) out.add(h);
    }
  return out;
}

/** A header's labels, outermost first: the detector's parts, else the header lines (form numbering left out). */
function partsOf(view: View, layout: TableLayout, h: HeaderColumn, ignored: Set<number>): string[] {
  if (h.parts?.length) return h.parts;
  return layout.headerRows
    .filter((r) => !ignored.has(r))
    .map((r) => view.label(r, h.index))
    .filter((p, i, all) => p && all.indexOf(p) === i);
}

const YEAR = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/;
const CONTENT = /^(tieu|chi|tc|diem|so|ty|le|ket|qua|thuc|hien)$/;
const GENERIC = /^(ty|le|phan|tram|so|luong|tong|ket|qua|thuc|hien|diem|dat|duoc|nam|gia|tri|lieu)$/;

/** "Năm 2021", "2021", "(2021)": left out of the words compared. */
const withoutYears = (text: string) =>
  text
    .replace(/\b(?:nam\s*)?(?:19|20)\d{2}\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** An office's short code as a key: "KT1", "KT 1", "kt1" alike. */
const codeKey = (t: string) => fold(t).replace(/\s+/g, '');
/** An office's short code: up to four letters and a number ("KT1", "CQ 12", "TC1.1"). */
const CODE_SOURCE = '[a-zđ]{1,4}\\s?\\d{1,2}(?:\\.\\d{1,2})?';
/** A line of the key: the code, a dash or colon, what it stands for ("KT1 – Số hồ sơ nộp online"). */
const KEY_LINE = new RegExp(`^\\s*(${CODE_SOURCE})\\s*[–—:-]\\s*(\\S.{5,})$`, 'i');

/**
 * The key under a table ("Ghi chú:", then "KT1 – Số hồ sơ nộp online", "CQ2: Báo cáo đúng hạn"): the office's
 * short codes and what each stands for, read from the lines after the last record. A code explained twice, two
 * ways, is left out (which one is meant cannot be told).
 */
function keyUnderTable(view: View, layout: TableLayout): Map<string, string> {
  const out = new Map<string, string>();
  const twice = new Set<string>();
  if (layout.orientation !== 'rows') return out;
  for (let m = layout.dataEnd + 1; m < view.majorEnd; m++)
    for (let c = view.minorStart; c < view.minorEnd; c++) {
      const t = cellText(view.value(m, c)).replace(/^\s*(ghi chú|chú thích|chú giải)\s*:\s*/i, '');
      const hit = KEY_LINE.exec(t);
      if (!hit) continue;
      const k = codeKey(hit[1]);
      const text = hit[2].trim();
      if (out.has(k) && out.get(k) !== text) twice.add(k);
      else out.set(k, text);
    }
  for (const k of twice) out.delete(k);
  return out;
}

interface ColumnReading {
  view: View;
  layout: TableLayout;
  sheet: Parameters<typeof makeView>[0];
  header: HeaderColumn;
  /** Header lines that number the form's own columns, left out of the titles. */
  ignored: Set<number>;
  /** Whether the plan has a criterion with this number. */
  knows: (n: string) => boolean;
  lexicon: Lexicon;
  /** The office's codes explained under the table ("KT1" → "Số hồ sơ nộp online"). */
  key: ReadonlyMap<string, string>;
}

function readColumn({ view, layout, sheet, header: h, ignored, knows, lexicon, key }: ColumnReading): Column {
  const found = partsOf(view, layout, h, ignored);
  // a column titled only by the office's code ("KT1"), the code explained in a key under the table
  const keyed = found.length === 1 ? key.get(codeKey(found[0])) : undefined;
  const parts = keyed ? [keyed] : found;
  const titled = parts.map((p) => ({ part: p, read: readTitle(p) }));
  // the detector's number (a numbering line that numbers criteria) first, then the own title, then its groups
  const refs: NumberReference[] = [];
  if (h.number) {
    const r = readTitle(h.number).reference;
    if (r) refs.push({ ...r, rule: r.rule === 'trailing' ? 'bracket' : r.rule });
  }
  for (let i = titled.length - 1; i >= 0; i--) {
    const r = titled[i].read.reference;
    if (r) refs.push(r);
  }
  const reference = refs.find((r) => knows(r.number)) ?? refs[0];
  const own = parts[parts.length - 1] ?? '';
  const yearText = YEAR.exec(own)?.[1];
  // a year says which column of a per-year fact it is, never what the column is about
  // "Cả năm" under a criterion's title (its quarters beside it) says which column, not what it is about
  const about = h.family?.role === 'wholeYear' && titled.length > 1 ? titled.slice(0, -1) : titled;
  const texts = about.map((t) => withoutYears(t.read.text)).filter(Boolean);
  const ownRead = about === titled && titled.length ? withoutYears(titled[titled.length - 1].read.text) : '';
  // "Tỷ lệ", "Số lượng", "Kết quả": an own title that names nothing by itself is read with its groups only
  const ownText = readings(ownRead, lexicon)[0].words.some((w) => !GENERIC.test(w)) ? ownRead : '';
  const allText = texts.join(' ');
  const contentWords = readings(allText, lexicon)[0].words.filter((w) => !CONTENT.test(w));
  const cells = columnCells(sheet, layout, h.index, 30);
  return {
    header: h,
    own,
    groups: parts.slice(0, -1),
    ...(reference ? { reference } : {}),
    figures: titled.flatMap((t) => t.read.targets),
    ownText,
    allText,
    hasText: contentWords.length >= 2 || (contentWords.length === 1 && !!allText && !reference),
    ...(h.year !== undefined ? { year: h.year } : yearText ? { year: Number(yearText) } : {}),
    cells,
    profile: valueProfile(cells),
    hidden: view.hiddenLine(h.index),
    ...(parts.length === 0 && !h.number ? { fallback: { code: 'no-header' as const } } : {}),
  };
}

/** "Ngày báo cáo", "Ngày gửi", "Ngày ký": a date's title (not "Số ngày chậm", a count of days). */
const isDateTitle = (t: string) => /^ngay\b/.test(fold(t));

/** Every cell a whole number of Excel's day count between 1954 and 2119 (20000 … 80000): dates as pasted. */
function serialDates(cells: readonly { value: CellValue }[]): boolean {
  return (
    cells.length > 0 &&
    cells.every(
      (c) => typeof c.value === 'number' && Number.isInteger(c.value) && c.value >= 20000 && c.value <= 80000,
    )
  );
}

/** The one calendar year a plan's period lies in (a plan that scores 2023), when it lies in one. */
function singleYearOf(plan: Plan): number | undefined {
  const from = Number(plan.period?.from?.slice(0, 4));
  const to = Number(plan.period?.to?.slice(0, 4));
  return Number.isInteger(from) && from > 0 && from === to ? to : undefined;
}

/** How a plan's title reads for comparing words: its target figures ("đạt 80%") and years left out. */
const labelText = (label: string) => withoutYears(takeTargets(fold(label)).rest);

export function proposeMapping(
  sheet: Parameters<typeof makeView>[0],
  layout: TableLayout,
  plan: Plan,
): ColumnMapping {
  const view = makeView(sheet, layout.orientation);
  const targets = mappingTargets(plan);
  const lexicon = plan.matching?.abbreviations ? buildLexicon(DICTIONARY, plan.matching) : LEXICON;
  const tokenize = (text: string) => readings(text, lexicon).map((r) => r.words);
  const matcher = new TextMatcher(
    targets.map((t) => t.labels.map(labelText)),
    tokenize,
  );
  const byNumber = new Map<string, number>();
  targets.forEach((t, i) => {
    if (t.number !== undefined && !byNumber.has(t.number)) byNumber.set(t.number, i);
  });
  const byId = new Map(targets.map((t, i) => [t.target.id.toLowerCase(), i]));
  const readers = targets.map((t) => targetCellReader(plan, t.target));
  // readers that refuse most values (not free text, not the collective's name)
  const specific = targets.map((t) => {
    if (t.target.kind === 'unitField') return false;
    if (t.target.kind !== 'fact') return true;
    const fact = plan.facts.find((f) => f.id === t.target.id.replace(/_\d{4}$/, ''));
    return (
      fact !== undefined && fact.type !== 'text' && fact.type !== 'number' && fact.type !== 'numberByYear'
    );
  });
  const baseId = (k: number) => targets[k].target.id.replace(/_\d{4}$/, '');
  const ignored = formNumberingLines(view, layout);
  const key = keyUnderTable(view, layout);
  const columns = layout.headers.map((h) =>
    readColumn({ view, layout, sheet, header: h, ignored, knows: (n) => byNumber.has(n), lexicon, key }),
  );

  const planYear = singleYearOf(plan);
  const pairs: (Pair | undefined)[][] = columns.map((col) => setAsideOtherYear(col, scoreColumn(col)));

  /**
   * "Năm 2022 | Năm 2023" under a criterion of a plan that scores 2023: last year's column is there to compare and
   * feeds nothing of the plan but its per-year facts ("<fact>_2022"); this year's is read.
   */
  function setAsideOtherYear(col: Column, out: (Pair | undefined)[]): (Pair | undefined)[] {
    const { header: h } = col;
    const f = h.family;
    if (f?.role !== 'year' || planYear === undefined || h.year === undefined || h.year === planYear)
      return out;
    const scored = layout.headers.find((x) => x.family?.first === f.first && x.year === planYear);
    if (!scored) return out;
    let dropped = false;
    const kept = out.map((p, k) => {
      if (!p || /_\d{4}$/.test(targets[k].target.id)) return p;
      dropped = true;
      return undefined;
    });
    if (dropped && kept.every((p) => !p))
      col.fallback = {
        code: 'family-part',
        params: {
          role: col.own,
          title: f.title,
          read: scored.parts[scored.parts.length - 1] ?? String(planYear),
        },
      };
    return kept;
  }

  /** Whether the family has a column it reads ("Cả năm" beside the quarters). */
  function hasWholeYear(f: HeaderFamily): boolean {
    return layout.headers.some((x) => x.family?.first === f.first && x.family.read);
  }

  /** The own title of the column a family reads ("Cả năm", "Thực hiện (%)"). */
  /** "Điểm chuẩn", "Ghi chú" beside a figure: said in the sheet's words ("cột Ghi chú …: đọc cột Số liệu"). */
  function besideInOwnWords(own: string): boolean {
    return /^(diem chuan|diem toi da|so diem toi da|thang diem|muc diem|diem (theo )?quy dinh|ghi chu|(ho so |tai lieu )?minh chung|ly do|nhan xet|thuyet minh|giai trinh)$/.test(
      normalizeText(own)
        .replace(/[^a-z]+/g, ' ')
        .trim(),
    );
  }

  function wholeYearOf(f: HeaderFamily): string {
    const read = layout.headers.find((x) => x.family?.first === f.first && x.family.read);
    return read?.parts[read.parts.length - 1] ?? 'Cả năm';
  }

  function scoreColumn(col: Column): (Pair | undefined)[] {
    const none = targets.map(() => undefined);
    const { header: h } = col;
    if (col.fallback) return none;
    if (h.family?.points && ['count', 'number', 'empty'].includes(col.profile.kind)) {
      col.fallback = {
        code: 'family-points-only',
        params: { role: h.parts[h.parts.length - 1], title: h.family.title },
      };
      return none;
    }
    if (h.family && !h.family.read) {
      col.fallback =
        h.family.role === 'unlabelled'
          ? { code: 'family-unlabelled', params: { title: h.family.title } }
          : h.family.role === 'period' && !hasWholeYear(h.family)
            ? {
                code: 'family-no-whole-year',
                params: { role: h.parts[h.parts.length - 1], title: h.family.title },
              }
            : {
                code: 'family-part',
                params:
                  h.family.role === 'period' ||
                  h.family.role === 'goal' ||
                  h.family.role === 'share' ||
                  (h.family.role === 'points' && besideInOwnWords(h.parts[h.parts.length - 1]))
                    ? // "the Quý I column of …: its Cả năm column is read", in the sheet's own words
                      {
                        role: h.parts[h.parts.length - 1],
                        title: h.family.title,
                        read: wholeYearOf(h.family),
                      }
                    : {
                        role: h.family.role,
                        title: h.family.title,
                        read:
                          h.family.role === 'points'
                            ? 'result'
                            : h.family.role === 'self'
                              ? 'appraised'
                              : 'rate',
                      },
              };
      return none;
    }
    // a header that is a target's id
    const idHit = [col.own, ...col.groups]
      .map((p) => byId.get(p.trim().toLowerCase()))
      .find((i) => i !== undefined);
    if (idHit !== undefined) {
      const out: (Pair | undefined)[] = [...none];
      out[idHit] = {
        confidence: 1,
        evidence: 1.2,
        reasons: [
          {
            code: 'id',
            params: {
              id: targets[idHit].target.id,
              target: targets[idHit].label,
              targetEn: targets[idHit].labelEn,
            },
          },
        ],
      };
      return out;
    }
    // the tool's own output ("Điểm TC8 (/10)") is never an input, whatever number it carries
    if (/^(diem tc|points c)\s*\d/.test(fold(col.own))) {
      col.fallback = { code: 'result-column' };
      return none;
    }
    const ownSims = targets.map((_, j) => (col.hasText && col.ownText ? matcher.score(col.ownText, j) : 0));
    const allSims = targets.map((_, j) => (col.hasText && col.allText ? matcher.score(col.allText, j) : 0));
    const sims = targets.map((_, j) => Math.max(ownSims[j], allSims[j]));
    const best = Math.max(0, ...sims);
    // "Kết quả …", "Ghi chú", "Xếp hạng": a result column, unless it is, nearly word for word, a label of the plan
    if (isResultHeader(col.own) && !(col.reference && byNumber.has(col.reference.number))) {
      const loose = /^(ket qua|ly do)\s+\S/.test(fold(col.own)) ? 0.6 : LABEL_MATCH;
      if (best < loose) {
        col.fallback = { code: 'result-column' };
        return none;
      }
    }
    const numbered = col.reference ? byNumber.get(col.reference.number) : undefined;
    if (col.reference && numbered === undefined && best < TEXT_THRESHOLD) {
      const first = plan.criteria[0]?.number;
      const last = plan.criteria[plan.criteria.length - 1]?.number;
      col.fallback = {
        code: 'number-not-in-plan',
        params: { written: col.reference.written, ...(first ? { range: `${first}–${last}` } : {}) },
      };
      return none;
    }
    const expanded = readings(col.allText, lexicon)[0].expanded;
    // "Ngày báo cáo" over 45294, 45296…: dates pasted as Excel's day numbers, no count of anything (nor of days)
    const dates = isDateTitle(col.own) && serialDates(col.cells);
    return targets.map((info, j) =>
      dates && !isDateTarget(info) ? undefined : pairFor(col, info, j, sims, numbered, expanded),
    );
  }

  function isDateTarget(info: TargetInfo): boolean {
    if (info.target.kind !== 'fact') return false;
    const id = info.target.id.replace(/_\d{4}$/, '');
    return plan.facts.find((f) => f.id === id)?.type === 'date';
  }

  function pairFor(
    col: Column,
    info: TargetInfo,
    j: number,
    sims: number[],
    numbered: number | undefined,
    expanded: string[],
  ): Pair | undefined {
    const reasons: MappingReason[] = [];
    const sim = sims[j];
    let confidence: number;
    let cap = 1;
    if (numbered === j && col.reference) {
      const ref = col.reference;
      confidence = RULE_CONFIDENCE[ref.rule];
      reasons.push(
        ref.rule === 'code'
          ? { code: 'code', params: { written: ref.written } }
          : { code: 'number', params: { number: info.shown.number ?? ref.number, written: ref.written } },
      );
      let other = -1;
      sims.forEach((s, k) => {
        if (k !== j && (other < 0 || s > sims[other])) other = k;
      });
      if (col.hasText && sim >= TEXT_THRESHOLD) {
        // number and words agree: more evidence than either (shown at most 1)
        confidence += 0.04 + 0.1 * sim;
        reasons.push(textReason(info, sim));
        if (expanded.length) reasons.push({ code: 'abbreviation', params: { abbr: expanded.join(', ') } });
      } else if (col.hasText && other >= 0 && sims[other] >= 0.6 && sim < 0.25) {
        confidence = 0.5;
        reasons.push({
          code: 'text-says-other',
          params: { other: targets[other].label, otherEn: targets[other].labelEn },
        });
      } else if (ref.rule === 'trailing' && col.hasText && sim < 0.3) confidence = 0.6;
    } else {
      if (sim < TEXT_THRESHOLD) return undefined;
      confidence = 0.2 + 0.8 * sim;
      cap = 0.9;
      // words that fit this target far better than any other (its other years aside) say more than the score alone
      let second = 0;
      sims.forEach((s, k) => {
        if (k !== j && baseId(k) !== baseId(j)) second = Math.max(second, s);
      });
      const margin = sim - second;
      confidence += margin >= 0.3 ? 0.1 : margin >= 0.2 ? 0.06 : margin >= 0.12 ? 0.03 : 0;
      reasons.push(textReason(info, sim));
      if (expanded.length) reasons.push({ code: 'abbreviation', params: { abbr: expanded.join(', ') } });
      if (col.groups.length && sim > (col.ownText ? matcher.score(col.ownText, j) : 0) + 0.05)
        reasons.push({ code: 'group', params: { group: col.groups[col.groups.length - 1] } });
      if (numbered !== undefined && col.reference) {
        // the header's number names another target: words alone do not overrule it
        cap = 0.6;
        confidence -= 0.2;
        reasons.push({
          code: 'number-says-other',
          params: {
            number: col.reference.number,
            other: targets[numbered].label,
            otherEn: targets[numbered].labelEn,
          },
        });
      }
    }
    // a target figure in the title ("chỉ tiêu 80%") is evidence for the criterion whose target it is
    if (info.goal !== undefined && col.figures.length) {
      if (col.figures.some((f) => Math.abs(f.value - (info.goal as number)) < 1e-9)) {
        confidence += 0.05;
        reasons.push({ code: 'title-target', params: { value: info.goal } });
      } else if (col.figures.some((f) => f.comparison)) {
        // weak: an office may write its own (or last year's) target
        confidence -= 0.05;
        reasons.push({
          code: 'title-target-differs',
          params: { value: col.figures[0].value, goal: info.goal },
        });
      }
    }
    // one column of a per-year fact: the year must be the column's
    if (info.year !== undefined) {
      if (col.year !== undefined && col.year !== info.year) return undefined;
      if (col.year === info.year) reasons.push({ code: 'year', params: { year: info.year } });
      else cap = Math.min(cap, 0.6);
    } else if (col.year !== undefined && col.header.family?.role === 'year' && col.year !== planYear)
      // a year's column under an item scored once: sure only when the year is the one the plan scores
      cap = Math.min(cap, 0.6);
    // what the values are, and whether this target's reader can read them
    const share = readableShare(col.cells, readers[j]);
    if (share !== undefined) {
      if (share < 0.5) {
        confidence -= 0.35;
        reasons.push({
          code: 'values-unreadable',
          params: { share: Math.round(share * 100), kind: col.profile.kind },
        });
      } else if (share >= 0.8) {
        if (col.profile.kind !== 'mixed' && col.profile.kind !== 'empty')
          reasons.push({ code: 'values', params: { kind: col.profile.kind } });
        // values only this kind of target takes (percentages for a rate, Đạt/Không for yes/no, a scale's levels)
        if (share >= 0.9 && specific[j] && col.profile.kind !== 'number') confidence += 0.04;
      }
    }
    if (col.hidden) {
      // kept out of sight by the official (last year's figures, a helper calculation): the official confirms it
      cap = Math.min(cap, UNSURE);
      reasons.push({
        code: 'hidden-line',
        params: {
          line: lineName(layout.orientation, col.header.index),
          lineEn: lineName(layout.orientation, col.header.index, 'en'),
        },
      });
    }
    const evidence = round2(Math.max(0, confidence - (col.hidden ? HIDDEN_PENALTY : 0)));
    const shown = round2(Math.min(cap, Math.max(0, confidence), 1));
    return shown >= MIN_EVIDENCE ? { confidence: shown, evidence, reasons } : undefined;
  }

  function textReason(info: TargetInfo, sim: number): MappingReason {
    return { code: 'text', params: { target: info.label, targetEn: info.labelEn, score: round2(sim) } };
  }

  // one global assignment: each column at most one target, each target at most one column, best total evidence
  // a weak second choice (below WEAK) never fills a column whose best target went elsewhere
  const chosen = assign(
    pairs.map((row) => {
      const best = Math.max(0, ...row.map((p) => p?.evidence ?? 0));
      return row.map((p) => (p && (p.evidence >= WEAK || p.evidence === best) ? p.evidence : 0));
    }),
  );
  const owner = new Map<number, number>();
  chosen.forEach((j, c) => {
    if (j >= 0) owner.set(j, c);
  });
  const conf = (c: number, j: number) => pairs[c][j]?.confidence ?? 0;
  const ev = (c: number, j: number) => (j < 0 ? 0 : (pairs[c][j]?.evidence ?? 0));

  const out: MappedColumn[] = columns.map((col, c) => {
    const { index, text } = col.header;
    const j = chosen[c];
    if (j >= 0) {
      const pair = pairs[c][j] as Pair;
      let confidence = pair.confidence;
      const reasons = [...pair.reasons];
      // the margin rule: another reading nearly as good — this column feeding another target (and that target's
      // column this one's), or another column feeding this target (and that column's target left to this one)
      let rival: { label: string; labelEn: string; loss: number } | undefined;
      const consider = (label: string, labelEn: string, loss: number) => {
        if (loss < MARGIN && (!rival || loss < rival.loss)) rival = { label, labelEn, loss };
      };
      pairs[c].forEach((p, k) => {
        if (!p || k === j || baseId(k) === baseId(j)) return;
        const holder = owner.get(k);
        const loss =
          holder === undefined
            ? pair.evidence - p.evidence
            : pair.evidence + ev(holder, k) - p.evidence - ev(holder, j);
        consider(targets[k].label, targets[k].labelEn, loss);
      });
      columns.forEach((other, d) => {
        // a hidden line is no rival to a visible one: the official sees one source of the figure
        const p = d === c || (other.hidden && !columns[c].hidden) ? undefined : pairs[d][j];
        if (!p) return;
        const mine = chosen[d];
        // a column left with nothing that could feed this target too: two sources of one figure, the official picks
        const weak = mine < 0 || conf(d, mine) < HIGH_CONFIDENCE;
        const loss =
          weak && p.confidence >= 0.6
            ? Math.max(0, pair.evidence - p.evidence - UNFED_MARGIN)
            : pair.evidence + ev(d, mine) - p.evidence - ev(c, mine);
        consider(
          lineName(layout.orientation, columns[d].header.index),
          lineName(layout.orientation, columns[d].header.index, 'en'),
          loss,
        );
      });
      if (rival) {
        confidence = Math.min(confidence, UNSURE);
        reasons.push({ code: 'ambiguous', params: { other: rival.label, otherEn: rival.labelEn } });
      }
      return column(index, text, targets[j].target, confidence, reasons);
    }
    // the best target it had went to another column
    let bestK = -1;
    pairs[c].forEach((p, k) => {
      if (p && (bestK < 0 || p.confidence > conf(c, bestK))) bestK = k;
    });
    if (bestK >= 0 && owner.has(bestK)) {
      const winner = owner.get(bestK) as number;
      const line = columns[winner].header.index;
      return column(index, text, null, 0, [
        ...(pairs[c][bestK] as Pair).reasons,
        {
          code: 'lost',
          params: {
            line: lineName(layout.orientation, line),
            lineEn: lineName(layout.orientation, line, 'en'),
            confidence: conf(winner, bestK),
          },
        },
      ]);
    }
    return column(index, text, null, 0, [col.fallback ?? { code: 'no-match' }]);
  });
  // the unit's own figure beside the appraised one ("ĐV tự đánh giá | HĐ đánh giá"): not scored, read as the
  // unit's self-assessment of what its family's appraised column feeds
  const appraised = new Map<number, MappingTarget>();
  out.forEach((m, c) => {
    const f = columns[c].header.family;
    if (f?.role === 'appraised' && f.read && m.target && m.target.kind !== 'unitField')
      appraised.set(f.first, m.target);
  });
  out.forEach((m, c) => {
    const f = columns[c].header.family;
    const of = f?.role === 'self' && !f.points && !m.target ? appraised.get(f.first) : undefined;
    if (of) m.selfOf = of;
  });

  return {
    version: 1,
    planId: plan.id,
    planHash: planHash(plan),
    sheet: layout.sheet,
    orientation: layout.orientation,
    headerRows: [...layout.headerRows],
    dataStart: layout.dataStart,
    dataEnd: layout.dataEnd,
    nameIndex: layout.nameIndex,
    ...(layout.blockIndex !== undefined ? { blockIndex: layout.blockIndex } : {}),
    columns: out,
  };
}

function column(
  index: number,
  header: string,
  target: MappedColumn['target'],
  confidence: number,
  reasons: MappingReason[],
): MappedColumn {
  return {
    index,
    header,
    target,
    confidence: round2(confidence),
    reason: reasonsText(reasons, 'vi'),
    reasons,
  };
}
