import { normalizeText } from '../values';
import {
  headerNumber,
  headerYear,
  isBandHeading,
  isBesideValueLabel,
  isBlockHeader,
  isNameHeader,
  isNationalMotto,
  isNoteLabel,
  isNumberToken,
  isPersonLine,
  isReferenceLabel,
  isResultHeader,
  isScaleLabel,
  isSectionLabel,
  isSttHeader,
  isTitleLine,
  isStatisticsLabel,
  isTotalsLabel,
  isValueHeading,
  looksLikeCriterion,
  looksLikeUnit,
  signatureKind,
} from './patterns';
import { cellText, isDataKind, makeView, valueKind, type Orientation, type View } from './grid';
import { headerColumns, headerLineKinds, headerTextOf, isNumberingLine, ownLabel } from './header-lines';
import type { SheetModel } from './model';
import { blockHints, formUnitOf } from './sheet-hints';

export interface TableLayout {
  sheet: string;
  orientation: Orientation;
  /** Absolute rows (columns when orientation = 'columns') holding the header, top to bottom. */
  headerRows: number[];
  dataStart: number;
  dataEnd: number;
  /** Absolute column of unit names (row when orientation = 'columns'). */
  nameIndex: number;
  sttIndex?: number;
  blockIndex?: number;
  /** Totals, blank, hidden, repeated-header and signature rows met while reading the table. */
  skipped: { index: number; reason: string }[];
  /** One entry per data column (row when orientation = 'columns'), left to right (top to bottom). */
  headers: HeaderColumn[];
  confidence: number;
  /**
   * A single unit's form (criteria in rows, one value column: "STT | Nội dung | Điểm chuẩn | Kết quả thực hiện |
   * Điểm tự chấm | Ghi chú"): the one unit's name, read from the form's title, its issuing body or the sheet name.
   * The name is a guess the official checks (extraction reports it as `form-unit-name`).
   */
  formUnit?: FormUnit;
  /**
   * What may name the sheet's plan block, in the order to try: the title lines above the table ("… KHỐI XÃ, THỊ
   * TRẤN", "CÁC HUYỆN, THÀNH PHỐ"), then the sheet's name ("Xã", "Cá nhân"). Matched to a block with the plan.
   */
  blockHints?: { text: string; source: 'title' | 'sheet' }[];
}

/**
 * A data column as its header reads, the shape matching works from.
 *
 * Matching should weigh `parts[parts.length - 1]` (the column's own title) first and use the groups above it
 * (`parts` before it) to tell apart columns whose own titles are alike ("Tỷ lệ (%)" under "Văn bản đi ký số"
 * and under "Hồ sơ trực tuyến"). `number` is a criterion/target reference the header gives outside the titles
 * (a numbering line that numbers criteria, or, criteria in rows, the STT column: "8", "(8)", "TC 8", "a.1",
 * "III"); a numbering line that numbers the form's own columns ("(1)" over STT, "(2)" over the name) is only in
 * `text`, never in `number`. `family` says which columns make one criterion together.
 */
export interface HeaderColumn {
  index: number;
  /** What the official reads: groups and own title joined " › ", a numbering label after " / ". */
  text: string;
  /** Header labels from the outermost group down to the column's own title (last); no numbering, no points. */
  parts: string[];
  /** A criterion or target number the header gives besides its titles (see above). */
  number?: string;
  /** A year the column's own label gives ("2021", "Năm 2021"): one column of a per-year fact. */
  year?: number;
  family?: HeaderFamily;
}

/**
 * Columns under one group cell that together hold one criterion or fact: "Tổng số | Đã đạt | Tỷ lệ" (read the
 * rate), "Kết quả | Điểm" (read the result, never the points), "Đơn vị tự chấm | Thẩm định" (read the appraised
 * figure: it is what counts), "Quý I … Quý IV | Cả năm" (read the year's, never a quarter's), one column per year
 * (read each, by its year), or
 * several columns with no own title ("unlabelled": which is which cannot be told — nothing is read from them
 * until the official says).
 */
export interface HeaderFamily {
  /** Index of the family's first column: columns with the same `first` belong together. */
  first: number;
  /** The group cell's text: what the family is about ("Hồ sơ giải quyết trực tuyến (chỉ tiêu 80%)"). */
  title: string;
  role:
    | 'total'
    | 'achieved'
    | 'rate'
    | 'result'
    | 'points'
    | 'year'
    | 'self'
    | 'appraised'
    | 'period'
    | 'wholeYear'
    | 'goal'
    | 'share'
    | 'unlabelled';
  /** Whether this is the column to read for the family (the rate, the result, each year). */
  read: boolean;
  /**
   * Self-assessed and appraised columns both titled as points ("Điểm tự chấm | Điểm thẩm định"): a column of plain
   * numbers under them is points, never the criterion's figure, and is not read.
   */
  points?: boolean;
}

export interface FormUnit {
  name: string;
  /** Where the name came from: a "Đơn vị: …" title line, the issuing body above the title, or the sheet's name. */
  source: 'title' | 'agency' | 'sheet';
  /** The cell the name was read from (absent for the sheet name). */
  cell?: { row: number; col: number };
}

const HEADER_SCAN = 60;
const MAX_HEADER_ROWS = 5;

interface LineInfo {
  nonEmpty: number;
  text: number;
  data: number;
  years: number;
  keywords: number;
  sources: number;
  numbering: boolean;
  first: number;
  last: number;
}

/** What a line holds, each merged area counted once (a title merged over five cells is one label, not five). */
function lineInfo(view: View, major: number, from = view.minorStart, to = view.minorEnd - 1): LineInfo {
  const own: string[] = [];
  const sources = new Set<string>();
  const info: LineInfo = {
    nonEmpty: 0,
    text: 0,
    data: 0,
    years: 0,
    keywords: 0,
    sources: 0,
    numbering: false,
    first: -1,
    last: -1,
  };
  for (let c = from; c <= to; c++) {
    const label = view.label(major, c);
    own.push(ownLabel(view, major, c));
    if (!label) continue;
    info.nonEmpty++;
    if (info.first < 0) info.first = c;
    info.last = c;
    const key = view.sourceKey(major, c);
    if (sources.has(key)) continue;
    sources.add(key);
    if (headerYear(label) !== undefined) info.years++;
    else if (isDataKind(valueKind(label))) info.data++;
    else info.text++;
    if (
      isNameHeader(label) ||
      isSttHeader(label) ||
      headerNumber(label) ||
      /tieu chi|chi tieu/.test(normalizeText(label))
    )
      info.keywords++;
  }
  info.sources = sources.size;
  info.numbering = isNumberingLine(own);
  return info;
}

function headerScore(info: LineInfo): number {
  if (info.numbering) return info.nonEmpty + info.keywords;
  if (info.text < 2 || info.sources < 2 || info.text <= info.data) return 0;
  return (info.text + 2 * info.keywords) * (info.keywords ? 1 : 0.8);
}

function lineTexts(view: View, major: number, from: number, to: number): string[] {
  const out: string[] = [];
  for (let c = from; c <= to; c++) {
    const t = cellText(view.value(major, c));
    if (t) out.push(t);
  }
  return out;
}

type RecordClass =
  { type: 'data'; hasValues: boolean } | { type: 'skip'; reason: string } | { type: 'stop'; reason: string };

export interface RecordContext {
  view: View;
  from: number;
  to: number;
  nameIndex: number;
  sttIndex?: number;
  blockIndex?: number;
  nameHeader: string;
  /** The table's header lines: one repeated below (a printed sheet's header after a page break) is skipped. */
  headerRows?: readonly number[];
}

/**
 * The English line under a Vietnamese header names the name column "Unit", "Name", "Department": a heading, never
 * a unit's name (a unit's name under "Tên đơn vị" makes a line data).
 */
const isTranslatedNameHeading = (t: string) =>
  /^(unit|units|unit name|name|names|name of unit|department|departments|commune|communes|agency|agencies|organi[sz]ation|office)$/.test(
    normalizeText(t)
      .replace(/[^a-z ]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );

/** A line that starts another table below this one: a title ("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG") or a header again. */
function startsAnotherTable(texts: string[], name: string, nameHeader: string): boolean {
  if (texts.length === 1 && !name && isTitleLine(texts[0]) && texts[0] === texts[0].toUpperCase())
    return true;
  const heads = texts.filter((t) => isSttHeader(t) || (isNameHeader(t) && t !== nameHeader));
  return texts.length >= 3 && heads.length >= 1 && texts.some(isSttHeader);
}

/** A line that says what one of the table's header lines says, cell for cell. */
function repeatsHeader(ctx: RecordContext, texts: readonly string[]): boolean {
  return (ctx.headerRows ?? []).some((h) => {
    const header = lineTexts(ctx.view, h, ctx.from, ctx.to);
    return header.length >= 2 && header.length === texts.length && header.every((t, k) => t === texts[k]);
  });
}

const hiddenReason = (orientation: Orientation) => `${orientation === 'rows' ? 'Dòng' : 'Cột'} ẩn`;

/** "Trong đó:", "Trong đó", "Chia ra:", "Bao gồm:": the line that opens a unit's breakdown. */
const isInWhichLabel = (t: string) =>
  /^(trong do|chia ra|bao gom|gom|chi tiet)\s*[:.]?$/.test(normalizeText(t).replace(/\s+/g, ' ').trim());
/** A detail line's bullet: "- Ấp …", "+ Khóm …", "• …". */
const BULLET = /^\s*[-+\u2013\u2022*]\s*\S/;

/** A bulleted line under "Trong đó:" (over other bulleted lines): a part of the unit above it. */
function partOfUnitAbove(ctx: RecordContext, major: number): boolean {
  for (let m = major - 1; m >= Math.max(0, major - 40); m--) {
    const above = cellText(ctx.view.value(m, ctx.nameIndex));
    if (isInWhichLabel(above)) return true;
    if (!BULLET.test(above)) return false;
  }
  return false;
}

/** What a row inside (or just below) the table is: a unit, or something to skip with a reason. */
export function classifyRecord(ctx: RecordContext, major: number): RecordClass {
  const { view, from, to } = ctx;
  const what = view.orientation === 'rows' ? 'Dòng' : 'Cột';
  if (view.hidden(major)) return { type: 'skip', reason: hiddenReason(view.orientation) };
  const texts = lineTexts(view, major, from, to);
  if (texts.length === 0) {
    // a unit's name alone before the table's columns (merged over the row from the STT column): a heading
    const before = from > 0 ? lineTexts(view, major, 0, from - 1) : [];
    if (before.length === 1 && looksLikeUnit(before[0]))
      return {
        type: 'skip',
        reason: `${what} tiêu đề đơn vị "${before[0]}" (các dòng dưới thuộc đơn vị này)`,
      };
    return { type: 'skip', reason: `${what} trống` };
  }
  let hasValues = false;
  let hasText = false;
  for (let c = from; c <= to; c++) {
    if (c === ctx.nameIndex || c === ctx.sttIndex || c === ctx.blockIndex) continue;
    const k = valueKind(view.value(major, c));
    if (isDataKind(k)) hasValues = true;
    else if (k === 'text') hasText = true;
  }
  const name = cellText(view.value(major, ctx.nameIndex));
  // "Trong đó:" under a unit, then its parts "- Ấp Tân Thành", "+ Khóm 1": details of the unit above, never units
  if (name && isInWhichLabel(name))
    return { type: 'skip', reason: `${what} "${name}" (chi tiết của đơn vị ở trên, không phải đơn vị)` };
  if (name && BULLET.test(name) && partOfUnitAbove(ctx, major))
    return {
      type: 'skip',
      reason: `${what} "${name}" (một phần của đơn vị ở trên, sau dòng "Trong đó", không phải đơn vị)`,
    };
  if (!hasValues) {
    // the unit's head on the line under its name ("Chủ tịch: …") is neither a unit nor the signature below the table
    if (!hasText && name && texts.length <= 2 && isPersonLine(name))
      return {
        type: 'skip',
        reason: `${what} người đứng đầu "${name}" (ghi dưới tên đơn vị, không phải đơn vị)`,
      };
    for (const t of texts) {
      const sig = signatureKind(t);
      if (sig === 'date') return { type: 'stop', reason: `${what} ngày tháng ký "${t}"` };
      if (sig) return { type: 'stop', reason: `${what} chữ ký "${t}"` };
    }
    if (repeatsHeader(ctx, texts)) return { type: 'skip', reason: `${what} tiêu đề lặp lại` };
    if (startsAnotherTable(texts, name, ctx.nameHeader))
      return { type: 'stop', reason: `${what} bắt đầu bảng khác "${texts[0]}"` };
  }
  const lead = name || texts[0];
  const stt = ctx.sttIndex === undefined ? '' : cellText(view.value(major, ctx.sttIndex));
  const totals = [lead, stt].find(isTotalsLabel);
  if (totals) return { type: 'skip', reason: `${what} tổng cộng "${totals}"` };
  const stats = [lead, stt].find(isStatisticsLabel);
  if (stats) return { type: 'skip', reason: `${what} thống kê "${stats}" (không phải đơn vị)` };
  if (name && ctx.nameHeader && name === ctx.nameHeader)
    return { type: 'skip', reason: `${what} tiêu đề lặp lại` };
  if (isScaleLabel(lead)) return { type: 'skip', reason: `${what} điểm tối đa "${lead}"` };
  if (view.orientation === 'columns' && name) {
    // criteria in rows: the columns beside the units' own are reference figures, points or notes
    if (isReferenceLabel(name))
      return { type: 'skip', reason: `${what} "${name}" (số chuẩn, không phải đơn vị)` };
    if (!isValueHeading(name) && (isBesideValueLabel(name) || isResultHeader(name)))
      return { type: 'skip', reason: `${what} "${name}" (điểm, đánh giá hoặc ghi chú, không phải đơn vị)` };
  }
  if (isNumberingLine(texts)) return { type: 'skip', reason: `${what} đánh số cột` };
  if (!hasValues && isNoteLabel(lead)) return { type: 'skip', reason: `${what} ghi chú` };
  if (!hasValues && !hasText && texts.length <= 2 && isBandHeading(lead))
    return {
      type: 'skip',
      reason: `${what} nhóm theo mức điểm, xếp loại "${lead}" (không phải đơn vị, không phải khối)`,
    };
  if (!hasValues && !hasText && isSectionLabel(lead) && texts.length <= 2)
    return { type: 'skip', reason: `${what} tiêu đề nhóm "${lead}"` };
  // a unit's name alone across the line, outside the name column ("1. Văn phòng Sở" merged over the row): the
  // heading of the people listed under it
  if (!name && !hasValues && texts.length === 1 && looksLikeUnit(texts[0]))
    return { type: 'skip', reason: `${what} tiêu đề đơn vị "${texts[0]}" (các dòng dưới thuộc đơn vị này)` };
  if (!name)
    return hasValues ? { type: 'data', hasValues } : { type: 'skip', reason: `${what} không có tên đơn vị` };
  return { type: 'data', hasValues: hasValues || hasText };
}

/**
 * Reads down from the first data row: where the table ends (before a signature or date line, another table, or
 * after the last row with values), and which rows inside it are not units.
 */
export function scanRecords(
  ctx: RecordContext,
  dataStart: number,
): { dataEnd: number; skipped: TableLayout['skipped']; dataRows: number[] } {
  const classes: { major: number; cls: RecordClass }[] = [];
  for (let m = dataStart; m < ctx.view.majorEnd; m++) {
    const cls = classifyRecord(ctx, m);
    classes.push({ major: m, cls });
    if (cls.type === 'stop') break;
  }
  // Rows with only a name after a gap below the last row with values are notes, not units.
  let lastValue = -1;
  for (const { major, cls } of classes) if (cls.type === 'data' && cls.hasValues) lastValue = major;
  let dataEnd = dataStart - 1;
  let contiguous = true;
  for (const { major, cls } of classes) {
    if (cls.type !== 'data') {
      if (major > lastValue) contiguous = false;
      continue;
    }
    if (major <= lastValue || contiguous) dataEnd = major;
  }
  const skipped: TableLayout['skipped'] = [];
  for (const { major, cls } of classes) {
    if (cls.type === 'data') continue;
    // Below the table only totals and the line that ends it are worth reporting.
    if (major <= dataEnd || cls.type === 'stop' || /tổng cộng/.test(cls.reason))
      skipped.push({ index: major, reason: cls.reason });
  }
  const dataRows = classes.filter((c) => c.cls.type === 'data' && c.major <= dataEnd).map((c) => c.major);
  return { dataEnd, skipped, dataRows };
}

/** Numbering and title lines of a header block, read across the whole sheet. */
function kindsOf(view: View, headerRows: readonly number[], own: { nameIndex: number; sttIndex?: number }) {
  return headerLineKinds(view, headerRows, view.minorStart, view.minorEnd - 1, own);
}

/** One column's header as `headers` gives it (a saved mapping refitted to the sheet reads its columns with this). */
export function headerColumnsOf(
  view: View,
  headerRows: readonly number[],
  indexes: readonly number[],
  own: { nameIndex: number; sttIndex?: number },
): HeaderColumn[] {
  return headerColumns(view, headerRows, indexes, kindsOf(view, headerRows, own));
}

/** The combined header text of one column (row), as `headers[].text` reads it. */
export function headerText(view: View, headerRows: number[], minor: number): string {
  return headerColumnsOf(view, headerRows, [minor], { nameIndex: -1 })[0].text;
}

interface Detected {
  layout: TableLayout;
  evidence: number;
  /** Units in rows: the data rows (not skipped) and the name column's header labels. */
  dataRows: number[];
  nameParts: string[];
}

function detectIn(view: View): Detected | undefined {
  if (view.majorEnd <= view.majorStart || view.minorEnd <= view.minorStart) return undefined;
  const scanEnd = Math.min(view.majorEnd, view.majorStart + HEADER_SCAN);
  const infos = new Map<number, LineInfo>();
  const info = (m: number) => {
    let i = infos.get(m);
    if (!i) infos.set(m, (i = lineInfo(view, m)));
    return i;
  };
  let best = -1;
  let bestScore = 0;
  for (let m = view.majorStart; m < scanEnd; m++) {
    if (view.hidden(m)) continue;
    const s = headerScore(info(m));
    if (s > bestScore) {
      bestScore = s;
      best = m;
    }
  }
  if (best < 0) return undefined;

  const headerRows = [best];
  let from = info(best).first;
  let to = info(best).last;
  // Lines above and below are read only across the table's width: a title in A1 is not a header.
  const spanInfo = (m: number) => lineInfo(view, m, info(best).first, info(best).last);
  for (let m = best - 1; m >= view.majorStart && headerRows.length < MAX_HEADER_ROWS; m--) {
    const i = spanInfo(m);
    if (!i.numbering && (i.nonEmpty === 0 || i.sources < 2 || i.data > 0)) break;
    // A title line ("UBND…", "CỘNG HÒA…") ends the header; one title-like label among many headings does not
    // ("Kết quả UBND tỉnh chấm điểm…" over a fact column).
    const texts = lineTexts(view, m, info(best).first, info(best).last);
    if (texts.some(isNationalMotto) || (texts.length && 2 * texts.filter(isTitleLine).length >= texts.length))
      break;
    headerRows.unshift(m);
    from = Math.min(from, i.first);
    to = Math.max(to, i.last);
  }
  const nameHeadings: number[] = [];
  for (let c = info(best).first; c <= info(best).last; c++)
    if (isNameHeader(view.label(best, c))) nameHeadings.push(c);
  for (let m = best + 1; m < view.majorEnd && headerRows.length < MAX_HEADER_ROWS; m++) {
    const i = spanInfo(m);
    const texts = lineTexts(view, m, info(best).first, info(best).last);
    const grouping = texts.some((t) => isSectionLabel(t) || /^([ivx]{1,4}|[a-d])[.)]$/i.test(t));
    // A unit name under the "Tên đơn vị" heading makes it a data row, even if all its values are text.
    const named = nameHeadings.some((c) => {
      const label = view.label(m, c);
      return label !== '' && label !== view.label(best, c) && !isTranslatedNameHeading(label);
    });
    const textual =
      i.data === 0 && !grouping && !named && i.text >= Math.max(2, Math.ceil(info(best).text / 2));
    const years = i.data === 0 && !named && i.years >= 2;
    if (!i.numbering && !textual && !years) break;
    headerRows.push(m);
  }
  const dataStart = headerRows[headerRows.length - 1] + 1;
  // A header row that runs on past the best row's width (columns titled but left unnumbered in a numbering
  // row, "(1)…(16)" over 18 titles) takes the table with it, as far as its titles run without a gap.
  const titled = (c: number) =>
    c >= view.minorStart && c < view.minorEnd && headerRows.some((m) => view.label(m, c) !== '');
  while (titled(to + 1) && !headerRows.some((m) => isNationalMotto(view.label(m, to + 1)))) to++;
  while (titled(from - 1) && !headerRows.some((m) => isNationalMotto(view.label(m, from - 1)))) from--;

  // The name column: mostly text in the rows below, preferably under a "Tên đơn vị" header.
  const sampleEnd = Math.min(view.majorEnd, dataStart + 300);
  let nameIndex = -1;
  let nameScore = 0;
  let sttIndex: number | undefined;
  let blockIndex: number | undefined;
  for (let c = from; c <= to; c++) {
    const parts = headerRows.map((m) => view.label(m, c)).filter(Boolean);
    let texts = 0;
    let markers = 0;
    for (let m = dataStart; m < sampleEnd; m++) {
      const v = view.value(m, c);
      if (valueKind(v) !== 'text') continue;
      const t = cellText(v);
      // "I.", "II." before group headings; criteria numbered in their own column: "TC 1", "a.1", "5a"
      if (/^([ivx]{1,4}|[a-d])[.)]?$/i.test(t) || isNumberToken(t)) markers++;
      if (!isTotalsLabel(t) && !signatureKind(t)) texts++;
    }
    // An "STT" column holds numbers (and "I.", "II." before group headings); "TT" over unit names
    // is the corner of a transposed table.
    // (a title or two below the table, "DANH SÁCH ĐỀ NGHỊ…", may be in it too)
    if (sttIndex === undefined && parts.some(isSttHeader) && texts - markers <= 2) {
      sttIndex = c;
      continue;
    }
    if (blockIndex === undefined && parts.some(isBlockHeader)) {
      blockIndex = c;
      continue;
    }
    if (parts.some(isResultHeader)) continue;
    const named = parts.some(isNameHeader) || parts.some(isContentHeader);
    const score = texts * (named ? 2 : 1) + (named ? 1 : 0);
    if (score > nameScore) {
      nameScore = score;
      nameIndex = c;
    }
  }
  if (nameIndex < 0) return undefined;

  const ctx: RecordContext = {
    view,
    from,
    to,
    nameIndex,
    sttIndex,
    blockIndex,
    nameHeader: view.label(headerRows[headerRows.length - 1], nameIndex),
    headerRows,
  };
  const { dataEnd, skipped, dataRows } = scanRecords(ctx, dataStart);

  const indexes: number[] = [];
  let valueCells = 0;
  let filledCells = 0;
  for (let c = from; c <= to; c++) {
    if (c === nameIndex || c === sttIndex || c === blockIndex) continue;
    // criteria in rows: a line above the units' names is the sheet's preamble (agency, motto, title), never a criterion
    if (view.orientation === 'columns' && c < nameIndex) continue;
    let filled = 0;
    for (const m of dataRows) {
      const k = valueKind(view.value(m, c));
      if (k === 'empty') continue;
      filled++;
      if (isDataKind(k)) valueCells++;
    }
    filledCells += filled;
    if (filled === 0 && headerRows.every((h) => !view.label(h, c))) continue;
    indexes.push(c);
  }
  const headers = headerColumnsOf(view, headerRows, indexes, { nameIndex, sttIndex }).filter(
    (h) => h.text || indexes.includes(h.index),
  );
  const numbered = headers.filter((h) => h.number !== undefined || looksLikeCriterion(h.text)).length;

  let confidence = 0.3;
  if (headerRows.some((m) => isNameHeader(view.label(m, nameIndex)))) confidence += 0.2;
  if (numbered > 0) confidence += 0.2;
  if (filledCells > 0) confidence += 0.2 * (valueCells / filledCells);
  if (dataRows.length >= 2) confidence += 0.1;

  let names = 0;
  let criterionNames = 0;
  for (const m of dataRows) {
    const t = cellText(view.value(m, nameIndex));
    if (looksLikeUnit(t)) names++;
    if (looksLikeCriterion(t)) criterionNames++;
  }
  const unitHeaders = headers.filter((h) => looksLikeUnit(h.parts[h.parts.length - 1] ?? h.text)).length;
  const evidence = confidence + numbered + names - criterionNames - unitHeaders;

  return {
    layout: {
      sheet: view.sheet.name,
      orientation: view.orientation,
      headerRows,
      dataStart,
      dataEnd,
      nameIndex,
      ...(sttIndex !== undefined ? { sttIndex } : {}),
      ...(blockIndex !== undefined ? { blockIndex } : {}),
      skipped,
      headers,
      confidence: Math.round(Math.min(1, confidence) * 100) / 100,
    },
    evidence,
    dataRows,
    nameParts: headerRows.map((m) => view.label(m, nameIndex)).filter(Boolean),
  };
}

/** A header over criteria (not units): "Nội dung", "Tiêu chí", "Nội dung đánh giá", "Mục tiêu, tiêu chuẩn". */
function isContentHeader(text: string): boolean {
  const t = normalizeText(text);
  return (
    /^(noi dung|tieu chi|chi tieu|ten tieu chi|ten chi tieu|cac tieu chi|criteria|criterion|content)\b/.test(
      t,
    ) || /^muc tieu\s*(,|va\b)/.test(t)
  );
}

type ColumnRole = 'unit' | 'value' | 'reference' | 'beside';

function roleOf(h: HeaderColumn): ColumnRole {
  const own = h.parts[h.parts.length - 1] ?? '';
  if (!own) return 'beside';
  if (isReferenceLabel(own)) return 'reference';
  if (isValueHeading(own)) return 'value';
  if (isBesideValueLabel(own) || isResultHeader(own)) return 'beside';
  return 'unit';
}

/**
 * A units-in-rows reading that is really criteria in rows: the name column holds criteria ("Nội dung", "Tiêu chí"
 * over "Tỷ lệ…", "Có…") and the other columns are units (or, a form, one value column). Gives the layout with
 * units in columns, the criteria's own STT column as their numbers and section rows ("I. CÔNG TÁC…") as their
 * groups; `kind: 'criteria'` is a list of criteria with no unit at all (a guidance sheet): not a table of units.
 */
function transposed(
  sheet: SheetModel,
  d: Detected,
): { kind: 'units' | 'form'; layout: TableLayout } | { kind: 'criteria' } | undefined {
  const rows = makeView(sheet, 'rows');
  const { layout } = d;
  if (d.nameParts.some(isNameHeader) || layout.blockIndex !== undefined) return undefined;
  const content = d.nameParts.some(isContentHeader);
  let criterionNames = 0;
  let unitNames = 0;
  for (const r of d.dataRows) {
    const t = cellText(rows.value(r, layout.nameIndex));
    if (looksLikeCriterion(t)) criterionNames++;
    if (looksLikeUnit(t)) unitNames++;
  }
  if (!content && criterionNames <= unitNames + 1) return undefined;
  const roles = layout.headers
    .filter((h) => h.index > layout.nameIndex)
    .map((h) => ({
      h,
      role: roleOf(h),
      values: d.dataRows.some((r) => isDataKind(valueKind(rows.value(r, h.index)))),
    }));
  // a unit's column holds figures; a column of text only ("Cách chấm", "Hồ sơ minh chứng") is a guidance note
  const units = roles.filter((r) => r.role === 'unit' && r.values).map((r) => r.h);
  const values = roles.filter((r) => r.role === 'value').map((r) => r.h);
  const unitLike = units.some((h) => looksLikeUnit(h.parts[h.parts.length - 1]));
  let records: HeaderColumn[];
  let kind: 'units' | 'form';
  if (units.length && (unitLike || (content && criterionNames >= 3))) {
    records = units;
    kind = 'units';
  } else if (values.length) {
    records = [values[0]];
    kind = 'form';
  } else return content || criterionNames >= 3 ? { kind: 'criteria' } : undefined;

  const kinds = headerLineKinds(rows, layout.headerRows, rows.minorStart, rows.minorEnd - 1, {
    nameIndex: layout.nameIndex,
    sttIndex: layout.sttIndex,
  });
  // the units' names are their own titles: the last header row that is not a numbering line
  const titleRows = layout.headerRows.filter((r) => !kinds.numbering.has(r));
  const nameRow = titleRows[titleRows.length - 1] ?? layout.headerRows[layout.headerRows.length - 1];
  const first = records[0].index;
  const last = records[records.length - 1].index;
  const recordSet = new Set(records.map((r) => r.index));
  const skipped: TableLayout['skipped'] = [];
  const hiddenColumns = new Set(sheet.hiddenColumns ?? []);
  for (const { h, role } of roles)
    if (recordSet.has(h.index) && hiddenColumns.has(h.index))
      skipped.push({ index: h.index, reason: hiddenReason('columns') });
    else if (h.index > first && h.index < last && !recordSet.has(h.index))
      skipped.push({
        index: h.index,
        reason:
          role === 'reference'
            ? `Cột "${h.text}" (số chuẩn, không phải đơn vị)`
            : `Cột "${h.text}" (điểm, đánh giá hoặc ghi chú, không phải đơn vị)`,
      });

  // criteria: the data rows of the rows reading; a row with no number and no value under any unit is a section
  const headerRows = [layout.sttIndex, layout.nameIndex].filter((x): x is number => x !== undefined);
  const hidden = new Set(sheet.hiddenRows ?? []);
  const headers: HeaderColumn[] = [];
  let section: string | undefined;
  const inRows = new Set(d.dataRows);
  for (let r = layout.dataStart; r <= layout.dataEnd; r++) {
    const label = cellText(rows.value(r, layout.nameIndex));
    const stt = layout.sttIndex === undefined ? '' : cellText(rows.value(r, layout.sttIndex));
    // a section row has nothing under any unit (a text fact, "Giải trình của Hội đồng", is still a criterion row)
    const anyValue = records.some((h) => valueKind(rows.value(r, h.index)) !== 'empty');
    const heading = layout.skipped.find((s) => s.index === r && /tiêu đề nhóm/.test(s.reason));
    // "2 | KINH TẾ SỐ" over "2.1", "2.2": a group's number, its line a section, never criterion 2
    const next =
      layout.sttIndex === undefined || r >= layout.dataEnd
        ? ''
        : cellText(rows.value(r + 1, layout.sttIndex));
    const group = !!stt && /^\d{1,2}\.?$/.test(stt) && next.startsWith(`${stt.replace(/\.$/, '')}.`);
    if (heading || (label && (!stt || group) && !anyValue && !hidden.has(r) && inRows.has(r))) {
      section = label;
      continue;
    }
    if (!inRows.has(r) || hidden.has(r) || !label) continue;
    const parts = section ? [section, label] : [label];
    const number = stt && isNumberToken(stt) ? stt : undefined;
    headers.push({ index: r, text: headerTextOf(parts, [number]), parts, ...(number ? { number } : {}) });
  }
  const out: TableLayout = {
    sheet: sheet.name,
    orientation: 'columns',
    headerRows,
    dataStart: first,
    dataEnd: last,
    nameIndex: nameRow,
    skipped,
    headers,
    confidence: layout.confidence,
  };
  if (kind === 'form') out.formUnit = formUnitOf(sheet, Math.min(...layout.headerRows));
  return { kind, layout: out };
}

/**
 * Finds the units × criteria table on a sheet: its header rows (title rows above and signature
 * rows below are left out), the unit-name column and the rows to read.
 */
export function detectTable(
  sheet: SheetModel,
  opts: { orientation?: 'rows' | 'columns' | 'auto' } = {},
): TableLayout | undefined {
  const wanted = opts.orientation ?? 'auto';
  const rows = detectIn(makeView(sheet, 'rows'));
  const turned = rows ? transposed(sheet, rows) : undefined;
  const withHints = (layout: TableLayout): TableLayout => {
    const top =
      layout.orientation === 'rows'
        ? Math.min(...layout.headerRows)
        : Math.min(...(rows?.layout.headerRows ?? [0]));
    const hints = blockHints(sheet, top);
    return { ...layout, blockHints: hints };
  };
  if (wanted === 'rows') return rows && withHints(rows.layout);
  if (turned && turned.kind !== 'criteria') return withHints(turned.layout);
  if (wanted === 'columns') {
    const cols = detectIn(makeView(sheet, 'columns'));
    return cols && withHints(cols.layout);
  }
  if (turned?.kind === 'criteria') return undefined;
  if (rows) {
    const cols = detectIn(makeView(sheet, 'columns'));
    // the generic transposed reading only wins by a wide margin: criteria in rows are recognised above
    if (cols && cols.dataRows.length && cols.evidence > rows.evidence + 2) return withHints(cols.layout);
    return withHints(rows.layout);
  }
  const cols = detectIn(makeView(sheet, 'columns'));
  return cols && withHints(cols.layout);
}
