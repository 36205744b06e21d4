import { checkCells, checkValidationAnswer, countBeforeScoring, DEFAULT_REQUEST_LIMITS } from '../api/cost';
import { compilePlan, type CompiledPlan } from '../engine/compile';
import { describeIssueSubject } from '../engine/describe';
import { evaluate } from '../engine/evaluate';
import type { ScoreOptions, UnitInput } from '../engine/types';
import type { Plan } from '../plan/schema';
import type { Problem } from '../problems';
import { normalizeText, parseNumber } from '../values';
import { classifyRecord, type RecordContext } from './detect';
import { cellText, excelError, makeView, sheetCellAddress, valueKind, type View } from './grid';
import { readBlankMarksAsNo } from './mark-columns';
import { isNotApplicableMark, withoutListNumber } from './patterns';
import { scaleFromFigures } from './rate-evidence';
import { bilingual, named, say, type Message } from '../messages';
import { lineName, mappingTargets, type ColumnMapping, type MappingTarget, type TargetInfo } from './mapping';
import type { CellRef, CellValue, SheetModel } from './model';
import { words } from './similarity';
import { formNameProblem, formRecord } from './form-unit';

export interface ExtractedCells {
  /** The record's absolute row (column when the mapping's orientation is 'columns'). */
  row: number;
  name: CellRef;
  values: Record<string, CellRef>;
}

export interface Extraction {
  units: UnitInput[];
  problems: Problem[];
  cells: Map<string, ExtractedCells>;
  /**
   * Per rate column (criterion, target or fact id; "<factId>_<year>" per year) with plain numbers: the scale the
   * sheet established — 'percent' (a number above 1), the plan's declared `rateScale` (all in [0, 1]), or
   * 'ambiguous' (all in [0, 1], some not 0, no declared scale). Send it as `options.rateScales` with the units.
   * Numbers in %-formatted cells are passed as "80,5%" and need no scale.
   */
  rateScales: Record<string, 'percent' | 'fraction' | 'ambiguous'>;
  /**
   * Per unit id, the unit's own figures from the self-assessed columns beside the appraised ones ("ĐV tự đánh giá |
   * HĐ đánh giá"): what the request's `units[].selfAssessment` carries (criteria and targets in `values`, facts in
   * `facts`). Only units with such a figure; absent when the sheet has no self-assessed column.
   */
  selfAssessments?: Record<string, { values: Record<string, CellValue>; facts?: Record<string, CellValue> }>;
}

/** The units an extraction read, with the rate scales their sheet established (for callers that pass units on). */
const scalesOfUnits = new WeakMap<readonly UnitInput[], Extraction['rateScales']>();

/**
 * The rate scales the sheet established for units read by `extractUnits` (the same array) that change how the
 * engine reads them (an ambiguous column; a percent column under a plan declaring fractions), to send as
 * `options.rateScales` with the units; undefined for units from elsewhere.
 */
export function sheetRateScales(units: readonly UnitInput[]): Extraction['rateScales'] | undefined {
  return scalesOfUnits.get(units);
}

/** Ids whose cells are rates: rate criteria, % targets, rate facts (per year as "<id>_<year>"). */
function rateIds(plan: Plan): Set<string> {
  const ids = new Set<string>();
  for (const c of plan.criteria) if (c.scoring.kind === 'rate') ids.add(c.id);
  for (const t of plan.targets ?? []) if (t.unit === '%') ids.add(t.id);
  for (const f of plan.facts) {
    if (f.type === 'rate') ids.add(f.id);
    if (f.type === 'rateByYear') for (const y of f.years ?? []) ids.add(`${f.id}_${y}`);
  }
  return ids;
}

/** How an item of the plan is named in a problem: "tiêu chí 8", "criterion 8". */
const labelled = (info: TargetInfo) => ({ vi: info.label, en: info.labelEn });

const MAX_TEXT = 1000;

/** Plans are immutable data: compile each once (the hash over the whole plan is the costly part). */
const compiledPlans = new WeakMap<Plan, CompiledPlan>();

/** A stable id from a unit name: "Xã Hòa An" -> "xa-hoa-an". */
export function unitSlug(name: string): string {
  return normalizeText(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
}

/** Percent formats ("0.0%"), ignoring a "%" that is quoted or escaped literal text. */
function isPercentFormat(format: string | null): boolean {
  if (!format) return false;
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .includes('%');
}

/** 80.5 -> "80,5": the decimal comma keeps "1,234%" from being read as 1234 (Vietnamese thousands). */
function plainNumber(n: number): string {
  let s = String(Math.round(n * 1e10) / 1e10);
  if (/e/i.test(s)) s = n.toFixed(12).replace(/\.?0+$/, '');
  return s.replace('.', ',');
}

/** Whether a plan item (criterion, target, fact, per-year fact) is scored for units of a block. */
function appliesToBlock(plan: Plan, target: { kind: string; id: string }, block: string): boolean {
  const base = target.id.replace(/_\d{4}$/, '');
  const list =
    target.kind === 'target'
      ? plan.targets?.find((t) => t.id === base)?.appliesTo
      : target.kind === 'fact'
        ? plan.facts.find((f) => f.id === base)?.appliesTo
        : (plan.criteria.find((c) => c.id === base) as { blocks?: string[] } | undefined)?.blocks;
  return !list || list.includes(block);
}

/** Finds a plan block by id or name, diacritics-insensitive ("Khối xã" finds "Khối xã, thị trấn"). */
/**
 * A table whose blocks are named only by the line of sums under each one's units ("Cộng khối Sở, ban, ngành (5 đơn
 * vị)", no heading line above them): each unit's block is the one its next such line names. Only when no heading line
 * names a block (a heading says it first) and every line of sums that follows units names one of the plan's blocks.
 */
function blocksFromTotalLines(
  ctx: RecordContext,
  plan: Plan,
  start: number,
  end: number,
): Map<number, string> | undefined {
  if (plan.blocks.length < 2) return undefined;
  const out = new Map<number, string>();
  let pending: number[] = [];
  // the last block's line of sums is under the table's last unit, past the end of its data
  const last = Math.min(end + 3, ctx.view.majorEnd - 1);
  for (let m = start; m <= last; m++) {
    const cls = classifyRecord(ctx, m);
    if (cls.type === 'stop') break;
    if (cls.type === 'data') {
      if (m > end) break;
      pending.push(m);
      continue;
    }
    const heading = /tiêu đề nhóm "(.*)"$/.exec(cls.reason);
    if (heading && matchBlock(heading[1], plan)) return undefined;
    const totals = /tổng cộng "(.*)"$/.exec(cls.reason);
    if (!totals || !pending.length) continue;
    const label = totals[1].replace(/\s*\([^()]*\)\s*$/, '');
    if (!/^\s*(tổng\s+)?cộng\s+khối\b|^\s*tổng\s+khối\b/i.test(label)) return undefined;
    const block = matchBlock(label.replace(/^\s*(tổng\s+)?cộng\s+|^\s*tổng\s+/i, ''), plan);
    if (!block) return undefined;
    for (const p of pending) out.set(p, block);
    pending = [];
  }
  // units after the last line of sums have none to name their block: no block is read from such lines
  return out.size && !pending.length ? out : undefined;
}

/**
 * A cell under a word merged down over several units in one column ("Có" merged over three offices that all have
 * it): each unit's cell says that word. A number merged over several units (one count for all, or each's?) is not
 * shared out: the cell stays blank and is flagged as one.
 */
function mergedDown(view: View, major: number, minor: number, dataStart: number): CellValue | null {
  const key = view.sourceKey(major, minor);
  const own = view.ref(major, minor);
  if (key === `${own.row}:${own.col}`) return null;
  const [row, col] = key.split(':').map(Number);
  const master = view.orientation === 'rows' ? { major: row, minor: col } : { major: col, minor: row };
  // along the records only: not from the header, not across other columns
  if (master.minor !== minor || master.major < dataStart || master.major >= major) return null;
  if (view.sourceKey(major, minor + 1) === key || view.sourceKey(major, minor - 1) === key) return null;
  const value = view.value(master.major, master.minor);
  const kind = valueKind(value);
  return kind === 'flag' || kind === 'text' ? value : null;
}

/**
 * A cell under a word merged across several value columns of one unit's line ("Có" over three yes/no criteria that
 * the unit all has): each column's cell says that word. Only from a value column (never the unit's name), only along
 * the line, and never a number (one figure for all, or for the first?): the covered cells stay blank, flagged.
 */
function mergedAcross(
  view: View,
  major: number,
  minor: number,
  dataStart: number,
  valueColumns: ReadonlySet<number>,
): CellValue | null {
  const key = view.sourceKey(major, minor);
  const own = view.ref(major, minor);
  if (key === `${own.row}:${own.col}` || major < dataStart) return null;
  const [row, col] = key.split(':').map(Number);
  const master = view.orientation === 'rows' ? { major: row, minor: col } : { major: col, minor: row };
  if (master.major !== major || master.minor >= minor || !valueColumns.has(master.minor)) return null;
  // the area is one line high: a block merged over lines and columns is no one unit's
  if (major > dataStart && view.sourceKey(major - 1, minor) === key) return null;
  if (view.sourceKey(major + 1, minor) === key) return null;
  const value = view.value(master.major, master.minor);
  const kind = valueKind(value);
  return kind === 'flag' || kind === 'text' ? value : null;
}

export function matchBlock(written: string, plan: Plan): string | undefined {
  const text = spelledOut(written);
  // "I. KHỐI SỞ, BAN, NGÀNH", "Khối xã, thị trấn": a section's number and the word "khối" are not the block's name
  const fold = (s: string) =>
    words(s)
      .join(' ')
      .replace(/^khoi\s+/, '');
  const t = fold(normalizeText(text).replace(/^([ivx]{1,4}|[a-d])[.)]\s+/, ''));
  if (!t) return undefined;
  const within = (big: string, small: string) => ` ${big} `.includes(` ${small} `);
  const heading = listWords(text);
  const blocks = plan.blocks.map((b) => {
    const names = [b.name, b.nameEn ?? ''].filter(Boolean);
    return { id: b.id, slug: fold(b.id), names: names.map(fold), lists: names.map(listWords) };
  });
  const exact = blocks.find((b) => b.slug === t || b.names.includes(t));
  if (exact) return exact.id;
  // an id ("xa") only as part of the text's own words; a name in the text; the text in a name, from the start of one
  // of the name's list items ("xã hội" is not the "… chính trị – xã hội" of a longer name)
  const partial = blocks.filter(
    (b) =>
      within(b.slug, t) || b.names.some((k) => within(t, k)) || b.lists.some((own) => inOrder(own, heading)),
  );
  if (partial.length) return partial.length === 1 ? partial[0].id : undefined;
  // the same kinds of unit listed longer: "Khối xã, phường, thị trấn" is the block "Khối xã, thị trấn" — every
  // word of a name of two words or more, in order, from the start of one of the text's list items
  const spread = blocks.filter((b) => b.lists.some((own) => own.words.length > 1 && inOrder(heading, own)));
  return spread.length === 1 ? spread[0].id : undefined;
}

/** "Huyện, TP", "TX", "MTTQ": the abbreviations offices use for kinds of unit in a block column, spelled out. */
function spelledOut(text: string): string {
  return normalizeText(text)
    .replace(/\btp\b\.?/g, 'thanh pho')
    .replace(/\btx\b\.?/g, 'thi xa')
    .replace(/\bmttq\b/g, 'mat tran to quoc');
}

/** A name's words (section number, "khối", "UBND", "các" left out) and where each of its list items starts. */
function listWords(text: string): { words: string[]; starts: Set<number> } {
  const out: string[] = [];
  const starts = new Set<number>();
  const items = normalizeText(text)
    .replace(/^([ivx]{1,4}|[a-d])[.)]\s+/, '')
    .split(/[,;]|\bva\b/);
  for (const item of items) {
    const own = words(item).filter((w) => !/^(khoi|ubnd|cac)$/.test(w));
    if (!own.length) continue;
    starts.add(out.length);
    out.push(...own);
  }
  return { words: out, starts };
}

/** Every word of `small`, in the same order, among the words of `big`, from the start of one of `big`'s list items. */
function inOrder(big: ReturnType<typeof listWords>, small: ReturnType<typeof listWords>): boolean {
  for (const start of big.starts) {
    if (big.words[start] !== small.words[0]) continue;
    let at = start + 1;
    let all = true;
    for (const w of small.words.slice(1)) {
      at = big.words.indexOf(w, at);
      if (at < 0) {
        all = false;
        break;
      }
      at++;
    }
    if (all) return true;
  }
  return false;
}

/** A section heading that names a block ("II. KHỐI HUYỆN"), whether or not the plan has it. */
export const isBlockHeading = (text: string): boolean =>
  /^khoi\s/.test(normalizeText(text).replace(/^([ivx]{1,4}|[a-d])[.)]\s+/, ''));

/**
 * In a column of percents typed as whole numbers (every number above 1 is 10 or more: 65,8, 79,8…), a 1 or a 0,708
 * among them is most likely a fraction someone typed (100%, 70,8%), not 1% or 0,708%: such cells are ambiguous.
 * A column of small percents (2,3 · 1,7 · 0,5) keeps its 0,5 as 0,5%.
 */
function strayFractions<T extends { value: number }>(list: T[]): T[] {
  const large = list.filter((x) => x.value > 1);
  if (!large.length || large.some((x) => x.value < 10)) return [];
  return list.filter((x) => x.value > 0 && x.value <= 1);
}

/** A rate cell's number when it carries no % of its own (a number, or text such as "0,9"): its scale is the column's. */
function plainRateNumber(raw: CellValue): number | undefined {
  if (typeof raw === 'number') return raw;
  if (typeof raw !== 'string' || raw.includes('%')) return undefined;
  const n = parseNumber(raw);
  return n.ok ? n.value : undefined;
}

/** Reads the mapped table into units for the engine; every unreadable cell becomes a problem naming it. */
export function extractUnits(
  sheet: SheetModel,
  mapping: ColumnMapping,
  plan: Plan,
  opts: { block?: string; sheetBlock?: string } = {},
): Extraction {
  const units: UnitInput[] = [];
  const problems: Problem[] = [];
  const cells = new Map<string, ExtractedCells>();
  const view = makeView(sheet, mapping.orientation);
  const at = (ref: CellRef) => sheetCellAddress(sheet.name, ref);
  /** The formula of a cell, when the sheet holds one ("=ROUND(F8/G8,3)"). */
  const formulaAt = (ref: CellRef) => {
    const f = sheet.formulas?.[ref.row - sheet.origin.row]?.[ref.col - sheet.origin.col];
    return f ? (f.startsWith('=') ? f : `=${f}`) : null;
  };
  const known = new Map(mappingTargets(plan).map((t) => [`${t.target.kind}:${t.target.id}`, t]));
  const columns = mapping.columns.filter((c) => c.target && known.has(`${c.target.kind}:${c.target.id}`));
  const valueColumns = new Set(columns.filter((c) => c.target?.kind !== 'unitField').map((c) => c.index));
  const selfColumns = mapping.columns.filter(
    (c) => !c.target && c.selfOf && known.has(`${c.selfOf.kind}:${c.selfOf.id}`),
  );
  const selfAssessments: NonNullable<Extraction['selfAssessments']> = {};
  const headerLine = mapping.headerRows[mapping.headerRows.length - 1] ?? Math.max(0, mapping.dataStart - 1);
  for (const c of mapping.columns)
    if (c.target && !known.has(`${c.target.kind}:${c.target.id}`)) {
      const where = at(view.ref(headerLine, c.index));
      problems.push({
        path: where,
        code: 'mapping-unknown-target',
        ...bilingual(
          say('extract.unknown-target', {
            cell: where,
            line: named(lineName(mapping.orientation, c.index), lineName(mapping.orientation, c.index, 'en')),
            header: c.header,
            target: c.target.id,
            plan: plan.id,
          }),
        ),
      });
    }
  const indexes = [mapping.nameIndex, ...mapping.columns.map((c) => c.index)];
  if (mapping.blockIndex !== undefined) indexes.push(mapping.blockIndex);
  const ctx: RecordContext = {
    view,
    from: Math.min(...indexes),
    to: Math.max(...indexes),
    nameIndex: mapping.nameIndex,
    blockIndex: mapping.blockIndex,
    nameHeader: mapping.headerRows.length
      ? view.label(mapping.headerRows[mapping.headerRows.length - 1], mapping.nameIndex)
      : '',
    headerRows: mapping.headerRows,
  };
  const rates = rateIds(plan);
  const mappedLines = new Set([mapping.nameIndex, ...columns.map((c) => c.index)]);
  const figureColumns = (index: number) =>
    index >= 2 && !mappedLines.has(index - 1) && !mappedLines.has(index - 2);
  /** Per rate column: its plain (unformatted) numbers, with the unit and cell, to decide its scale at the end. */
  const plain = new Map<
    string,
    { value: number; unit: string; name: string; ref: CellRef; label: string; before: [unknown, unknown] }[]
  >();
  const fixedBlock = opts.block ?? mapping.fixedBlock;
  const blockName = (bid: string) => plan.blocks.find((b) => b.id === bid)?.name ?? bid;
  let sectionBlock: string | undefined;
  let sectionCollective: { text: string; ref: CellRef } | undefined;
  const seen = new Map<string, string>();
  const collectives: { unit: number; text: string; ref: CellRef }[] = [];

  const end = Math.min(mapping.dataEnd, view.majorEnd - 1);
  const footBlock =
    fixedBlock === undefined ? blocksFromTotalLines(ctx, plan, mapping.dataStart, end) : undefined;
  for (let m = mapping.dataStart; m <= end; m++) {
    const cls = classifyRecord(ctx, m);
    if (cls.type === 'stop') break;
    if (cls.type === 'skip') {
      const heading = /tiêu đề nhóm "(.*)"$/.exec(cls.reason);
      // a heading naming a block the plan does not have ends the block above it: its units' block is unknown
      if (heading)
        sectionBlock =
          matchBlock(heading[1], plan) ?? (isBlockHeading(heading[1]) ? undefined : sectionBlock);
      // a heading naming a unit ("1. Văn phòng Sở") over a list of people: their collective; any other heading
      // ends it
      const head = /tiêu đề đơn vị "(.*)"/.exec(cls.reason);
      if (head) sectionCollective = { text: withoutListNumber(head[1]).slice(0, 200), ref: view.ref(m, 0) };
      else if (heading) sectionCollective = undefined;
      continue;
    }
    const nameRef = view.ref(m, mapping.nameIndex);
    let name = withoutListNumber(cellText(view.value(m, mapping.nameIndex))).slice(0, 500);
    // A unit's own form: its one value column ("Kết quả thực hiện") is the unit, named by the form's title.
    const form = formRecord(sheet, mapping, name);
    if (form) {
      if (units.length) continue;
      name = form.name.slice(0, 500);
      problems.push(formNameProblem(sheet, form, at(nameRef)));
    }
    if (!name) {
      problems.push({
        path: at(nameRef),
        code: 'missing-unit-name',
        ...bilingual(say('extract.missing-unit-name', { cell: at(nameRef) })),
      });
      continue;
    }
    let id = unitSlug(name) || `don-vi-${m + 1}`;
    if (seen.has(id)) {
      let k = 2;
      while (seen.has(`${id}-${k}`)) k++;
      const first = seen.get(id) as string;
      id = `${id}-${k}`;
      problems.push({
        path: at(nameRef),
        unitId: id,
        code: 'duplicate-unit',
        ...bilingual(say('extract.duplicate-unit', { cell: at(nameRef), name, first, id })),
      });
    }
    seen.set(id, at(nameRef));

    let block = fixedBlock ?? sectionBlock ?? footBlock?.get(m) ?? opts.sheetBlock;
    // two sources that name different blocks for the unit (the block chosen for the sheet, its heading row, its
    // block cell): which one is meant is a guess either way, so neither is taken, and each disagreement is said
    const conflicts: { ref: CellRef; said: Message }[] = [];
    const chosen = (ref: CellRef, says: string) =>
      conflicts.push({
        ref,
        said: say('extract.block-chosen-conflict', {
          cell: at(ref),
          name,
          says,
          chosen: blockName(fixedBlock as string),
        }),
      });
    if (fixedBlock !== undefined && sectionBlock !== undefined && sectionBlock !== fixedBlock)
      chosen(nameRef, blockName(sectionBlock));
    if (mapping.blockIndex !== undefined) {
      const raw = cellText(view.value(m, mapping.blockIndex));
      if (raw) {
        const found = matchBlock(raw, plan);
        const ref = view.ref(m, mapping.blockIndex);
        if (found && sectionBlock !== undefined && fixedBlock === undefined && found !== sectionBlock)
          conflicts.push({
            ref,
            said: say('extract.block-conflict', {
              cell: at(ref),
              name,
              column: raw,
              section: blockName(sectionBlock),
            }),
          });
        else if (found && fixedBlock !== undefined && found !== fixedBlock) chosen(ref, raw);
        else if (found) block = found;
        else {
          block = raw.slice(0, 200);
          problems.push({
            path: at(ref),
            unitId: id,
            code: 'unknown-block',
            ...bilingual(
              say('extract.unknown-block', {
                cell: at(ref),
                name,
                block: raw,
                blocks: plan.blocks.map((b) => b.name),
              }),
            ),
          });
        }
      }
    }
    if (conflicts.length) block = undefined;
    for (const c of conflicts)
      problems.push({ path: at(c.ref), unitId: id, code: 'block-conflict', ...bilingual(c.said) });
    if (block === undefined && plan.blocks.length === 1) block = plan.blocks[0].id;

    const values: Record<string, CellValue> = {};
    const factValues: Record<string, CellValue> = {};
    const refs: Record<string, CellRef> = {};
    for (const col of columns) {
      const target = col.target as NonNullable<typeof col.target>;
      if (target.kind === 'unitField') {
        const ref = view.ref(m, col.index);
        const raw = view.value(m, col.index);
        const error = excelError(raw);
        if (error)
          problems.push({
            path: at(ref),
            unitId: id,
            code: 'excel-error',
            ...bilingual(say('extract.collective-excel-error', { cell: at(ref), name, error })),
          });
        else if (cellText(raw))
          collectives.push({ unit: units.length, text: cellText(raw).slice(0, 200), ref });
        continue;
      }
      const info = known.get(`${target.kind}:${target.id}`) as TargetInfo;
      const ref = view.ref(m, col.index);
      refs[target.id] = ref;
      let raw =
        view.value(m, col.index) ??
        mergedDown(view, m, col.index, mapping.dataStart) ??
        mergedAcross(view, m, col.index, mapping.dataStart, valueColumns);
      // "'85,5", "'012": Excel's text marker, left in when a figure is pasted from a text report, is no part of it
      if (typeof raw === 'string' && /^\s*'(?=\S)/.test(raw)) raw = raw.replace(/^\s*'/, '');
      // "KAD", "/" under an item the unit's block does not have: the office says so, and the plan agrees
      if (isNotApplicableMark(raw) && block !== undefined && !appliesToBlock(plan, target, block)) continue;
      const isRate = info.rate || rates.has(target.id);
      if (typeof raw === 'number' && isRate && isPercentFormat(view.format(m, col.index)))
        raw = `${plainNumber(raw * 100)}%`;
      else if (typeof raw === 'number' && !Number.isFinite(raw)) raw = String(raw);
      else if (isRate && plainRateNumber(raw) !== undefined) {
        const list = plain.get(target.id) ?? [];
        list.push({
          value: plainRateNumber(raw) as number,
          unit: id,
          name,
          ref,
          label: info.label,
          // the figures before it, when they are the table's own (no plan item reads them): Tổng số | Đã đạt
          before: figureColumns(col.index)
            ? [view.value(m, col.index - 1), view.value(m, col.index - 2)]
            : [null, null],
        });
        plain.set(target.id, list);
      }
      const criterionId = target.kind === 'criterion' ? { criterionId: target.id } : {};
      const formula = raw === null || raw === undefined || raw === '' ? formulaAt(ref) : null;
      // the formula's text is sent in its place: the engine holds it as missing and says it is a formula
      if (formula) raw = formula;
      if (formula)
        problems.push({
          path: at(ref),
          unitId: id,
          ...criterionId,
          code: target.kind === 'fact' ? 'missing-fact' : 'missing-value',
          ...bilingual(
            say('extract.formula-without-value', {
              cell: at(ref),
              name,
              what: labelled(info),
              formula: formula.length > 60 ? `${formula.slice(0, 60)}…` : formula,
            }),
          ),
        });
      const error = excelError(raw);
      if (error)
        problems.push({
          path: at(ref),
          unitId: id,
          ...criterionId,
          code: 'excel-error',
          ...bilingual(say('extract.excel-error', { cell: at(ref), name, what: labelled(info), error })),
        });
      if (typeof raw === 'string' && raw.length > MAX_TEXT) {
        problems.push({
          path: at(ref),
          unitId: id,
          ...criterionId,
          code: 'value-too-long',
          ...bilingual(
            say('extract.value-too-long', { cell: at(ref), name, what: labelled(info), length: raw.length }),
          ),
        });
        raw = raw.slice(0, 200);
      }
      // Criteria and targets (chỉ tiêu) are values; facts, per-year ones as "<id>_<year>", are facts.
      if (target.kind === 'fact') factValues[target.id] = raw;
      else values[target.id] = raw;
    }
    const individual = plan.blocks.find((b) => b.id === block)?.kind === 'individual';
    if (individual && sectionCollective && !collectives.some((c) => c.unit === units.length))
      collectives.push({ unit: units.length, ...sectionCollective });
    const unit: UnitInput = { id, name, values };
    if (block !== undefined) unit.block = block;
    if (Object.keys(factValues).length) unit.facts = factValues;
    units.push(unit);
    cells.set(id, { row: m, name: nameRef, values: refs });
    const own = selfAssessed(
      view,
      m,
      selfColumns,
      (t) => !!known.get(`${t.kind}:${t.id}`)?.rate || rates.has(t.id),
    );
    if (own) selfAssessments[id] = own;
  }
  problems.push(...resolveCollectives(units, collectives, at));
  const labelOf = new Map([...known.values()].map((t) => [t.target.id, named(t.label, t.labelEn)]));
  problems.push(
    ...readBlankMarksAsNo(
      units,
      (id) => cells.get(id)?.values,
      plan,
      sheet.name,
      (key) => labelOf.get(key) ?? named(key),
    ),
  );
  const rateScales: Extraction['rateScales'] = {};
  for (const [id, list] of plain) {
    const percents = list.some((x) => x.value > 1 || x.value < 0);
    if (percents && !strayFractions(list).length) rateScales[id] = 'percent';
    else if (!list.some((x) => x.value !== 0))
      continue; // only zeros: 0% either way
    else if (plan.rateScale && !percents) rateScales[id] = plan.rateScale;
    else {
      // the figures beside the rate (Tổng số | Đã đạt) may settle it; else it waits for the official (in a column
      // of percents, only its stray fractions wait: 'ambiguous' reads the numbers above 1 as percents)
      rateScales[id] = scaleFromFigures(list) ?? 'ambiguous';
      if (rateScales[id] !== 'ambiguous') continue;
      for (const x of list) {
        if (x.value <= 0 || x.value > 1) continue;
        const where = at(x.ref);
        problems.push({
          path: where,
          unitId: x.unit,
          ...(plan.criteria.some((c) => c.id === id) ? { criterionId: id } : {}),
          code: 'ambiguous-rate-scale',
          ...bilingual(
            say('extract.ambiguous-rate-scale', { cell: where, value: x.value, name: x.name, what: x.label }),
          ),
        });
      }
    }
  }
  // only what changes the engine's reading: a column read as the plan's scale (or percent) needs no word
  const deciding = Object.fromEntries(
    Object.entries(rateScales).filter(([, scale]) => scale !== (plan.rateScale ?? 'percent')),
  );
  scalesOfUnits.set(units, deciding);
  return {
    units,
    problems,
    cells,
    rateScales,
    ...(Object.keys(selfAssessments).length ? { selfAssessments } : {}),
  };
}

/**
 * A unit's own figures in the self-assessed columns, as typed (a number in a % cell as "85%", as the appraised
 * figures are passed); undefined when it has none.
 */
function selfAssessed(
  view: View,
  major: number,
  columns: ColumnMapping['columns'],
  isRate: (target: MappingTarget) => boolean,
): NonNullable<Extraction['selfAssessments']>[string] | undefined {
  const values: Record<string, CellValue> = {};
  const facts: Record<string, CellValue> = {};
  for (const c of columns) {
    const of = c.selfOf as NonNullable<typeof c.selfOf>;
    let raw = view.value(major, c.index);
    if (raw === null || raw === undefined || (typeof raw === 'string' && !raw.trim())) continue;
    if (typeof raw === 'number' && isRate(of) && isPercentFormat(view.format(major, c.index)))
      raw = `${plainNumber(raw * 100)}%`;
    if (typeof raw === 'string') raw = raw.slice(0, 200);
    if (of.kind === 'fact') facts[of.id] = raw;
    else values[of.id] = raw;
  }
  if (!Object.keys(values).length && !Object.keys(facts).length) return undefined;
  return { values, ...(Object.keys(facts).length ? { facts } : {}) };
}

/**
 * An individual's collective, written as another unit's name or id (diacritics and case ignored), becomes that
 * unit's id; an unknown one is kept as written (the engine flags it too) and reported at its cell.
 */
function resolveCollectives(
  units: UnitInput[],
  collectives: { unit: number; text: string; ref: CellRef }[],
  at: (ref: CellRef) => string,
): Problem[] {
  const key = (s: string) => words(s).join(' ');
  const byKey = new Map<string, string>();
  for (const u of units) if (!byKey.has(key(u.name ?? u.id))) byKey.set(key(u.name ?? u.id), u.id);
  for (const u of units) if (!byKey.has(key(u.id))) byKey.set(key(u.id), u.id);
  const problems: Problem[] = [];
  for (const { unit, text, ref } of collectives) {
    const u = units[unit];
    const found = byKey.get(key(text));
    if (found && found !== u.id) {
      u.collective = found;
      continue;
    }
    u.collective = text;
    problems.push({
      path: at(ref),
      unitId: u.id,
      code: 'unknown-collective',
      ...bilingual(
        found === u.id
          ? say('extract.own-collective', { cell: at(ref), name: u.name ?? '' })
          : say('extract.unknown-collective', { cell: at(ref), collective: text, name: u.name ?? '' }),
      ),
    });
  }
  return problems;
}

/**
 * extractUnits plus the engine's reading of every value: problems name the sheet, the cell,
 * the unit and the criterion. A criterion no column feeds is reported once, not per unit.
 */
export function validateSheet(
  sheet: SheetModel,
  mapping: ColumnMapping,
  plan: Plan,
  opts: { block?: string; sheetBlock?: string; options?: ScoreOptions } = {},
): Extraction {
  const extraction = extractUnits(sheet, mapping, plan, opts);
  const problems = [...extraction.problems];
  const reported = new Set(problems.map((p) => p.path));
  let compiled = compiledPlans.get(plan);
  if (!compiled) compiledPlans.set(plan, (compiled = compilePlan(plan)));
  // past the cell budget the engine does not read the values here either (scoring refuses the same request)
  const tooMany =
    checkCells(compiled, extraction.units.length, DEFAULT_REQUEST_LIMITS) ??
    checkValidationAnswer(compiled, countBeforeScoring(compiled, extraction.units), DEFAULT_REQUEST_LIMITS);
  if (tooMany)
    return {
      ...extraction,
      problems: [...problems, ...tooMany.problems.map((p) => ({ ...p, path: sheet.name }))],
    };
  const ev = evaluate(compiled, extraction.units, {
    ...opts.options,
    rateScales: { ...extraction.rateScales, ...opts.options?.rateScales },
  });
  const mapped = new Set(mapping.columns.filter((c) => c.target).map((c) => c.target?.id));
  const sheetName = sheetCellAddress(sheet.name, { row: 0, col: 0 }).replace(/!A1$/, '');
  for (const c of plan.criteria)
    if (!mapped.has(c.id) && c.required)
      problems.push({
        path: sheetName,
        criterionId: c.id,
        code: 'unmapped-criterion',
        ...bilingual(say('extract.unmapped-criterion', { number: c.number, title: c.title })),
      });
  for (const t of plan.targets ?? [])
    if (!mapped.has(t.id) && t.required)
      problems.push({
        path: sheetName,
        code: 'unmapped-target',
        ...bilingual(say('extract.unmapped-target', { number: t.number, title: t.title })),
      });
  const feeds = (factId: string) => [...mapped].some((id) => id === factId || id?.startsWith(`${factId}_`));
  for (const f of plan.facts)
    if (!feeds(f.id) && f.required)
      problems.push({
        path: sheetName,
        code: 'unmapped-fact',
        ...bilingual(
          say('extract.unmapped-fact', {
            label: f.labelEn === undefined ? { vi: f.label } : { vi: f.label, en: f.labelEn },
            id: f.id,
          }),
        ),
      });
  extraction.units.forEach((unit, i) => {
    const where = extraction.cells.get(unit.id);
    if (ev.blockOf[i] < 0 && !problems.some((p) => p.unitId === unit.id && p.code === 'unknown-block'))
      problems.push({
        path: where ? sheetCellAddress(sheet.name, where.name) : sheet.name,
        unitId: unit.id,
        code: 'unknown-block',
        ...bilingual(
          say('extract.block-unknown', { name: unit.name ?? '', blocks: plan.blocks.map((b) => b.id) }),
        ),
      });
    for (const issue of ev.issues.get(i) ?? []) {
      // A per-year fact is reported at its first year's column.
      const key = where
        ? (Object.keys(where.values).find((k) => k === issue.id) ??
          Object.keys(where.values).find((k) => k.startsWith(`${issue.id}_`)))
        : undefined;
      const ref = key ? where?.values[key] : undefined;
      if (!ref) continue;
      const path = sheetCellAddress(sheet.name, ref);
      if (reported.has(path)) continue;
      const criterion = issue.kind === 'criterion' ? plan.criteria.find((c) => c.id === issue.id) : undefined;
      const what = describeIssueSubject(plan, issue);
      problems.push({
        path,
        unitId: unit.id,
        ...(criterion ? { criterionId: criterion.id } : {}),
        code:
          issue.status === 3
            ? 'ambiguous-rate-scale'
            : `${issue.status === 1 ? 'missing' : 'invalid'}-${issue.kind === 'fact' ? 'fact' : 'value'}`,
        ...bilingual(
          say('extract.cell-issue', {
            cell: path,
            name: unit.name ?? '',
            what,
            detail: issue.status === 1 ? null : { vi: issue.detail, en: issue.detailEn },
          }),
        ),
      });
    }
  });
  return { ...extraction, problems };
}
