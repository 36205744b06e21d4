import {
  headerNumber,
  isBlockHeader,
  isNameHeader,
  isNoteLabel,
  isResultHeader,
  isScaleLabel,
  isSectionLabel,
  isSttHeader,
  isTitleLine,
  isTotalsLabel,
  looksLikeCriterion,
  looksLikeUnit,
  signatureKind,
} from './patterns';
import { cellText, isDataKind, makeView, valueKind, type Orientation, type View } from './grid';
import type { SheetModel } from './model';

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
  /** Combined header text per data column (row), multi-row headers joined with " / ". */
  headers: { index: number; text: string }[];
  confidence: number;
}

const HEADER_SCAN = 60;
const MAX_HEADER_ROWS = 4;

interface LineInfo {
  nonEmpty: number;
  text: number;
  data: number;
  keywords: number;
  sources: number;
  numbering: boolean;
  first: number;
  last: number;
}

/** Numbers, "(n)" labels or column letters increasing left to right: the column-numbering line of a form. */
function isNumberingLine(labels: string[]): boolean {
  const nums: number[] = [];
  let letters = 0;
  let heading = false;
  for (const l of labels) {
    if (!l) continue;
    const m = /^[([]?\s*(\d{1,3})\s*[)\]]?$/.exec(l);
    if (m) nums.push(Number(m[1]));
    else if (/^[A-Za-z]$/.test(l)) letters++;
    else if (!heading && nums.length === 0 && isSttHeader(l))
      heading = true; // "STT" over 1, 2, 3…
    else return false;
  }
  if (nums.length < 3) return false;
  for (let i = 1; i < nums.length; i++) if (nums[i] <= nums[i - 1]) return false;
  return letters <= 3;
}

function lineInfo(view: View, major: number, from = view.minorStart, to = view.minorEnd - 1): LineInfo {
  const labels: string[] = [];
  const sources = new Set<string>();
  const info: LineInfo = {
    nonEmpty: 0,
    text: 0,
    data: 0,
    keywords: 0,
    sources: 0,
    numbering: false,
    first: -1,
    last: -1,
  };
  for (let c = from; c <= to; c++) {
    const label = view.label(major, c);
    labels.push(label);
    if (!label) continue;
    info.nonEmpty++;
    if (info.first < 0) info.first = c;
    info.last = c;
    sources.add(view.sourceKey(major, c));
    if (isDataKind(valueKind(label))) info.data++;
    else info.text++;
    if (isNameHeader(label) || isSttHeader(label) || headerNumber(label) || /tieu chi|chi tieu/i.test(label))
      info.keywords++;
  }
  info.sources = sources.size;
  info.numbering = isNumberingLine(labels);
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
}

/** What a row inside (or just below) the table is: a unit, or something to skip with a reason. */
export function classifyRecord(ctx: RecordContext, major: number): RecordClass {
  const { view, from, to } = ctx;
  const what = view.orientation === 'rows' ? 'Dòng' : 'Cột';
  if (view.hidden(major)) return { type: 'skip', reason: `${what} ẩn` };
  const texts = lineTexts(view, major, from, to);
  if (texts.length === 0) return { type: 'skip', reason: `${what} trống` };
  let hasValues = false;
  let hasText = false;
  for (let c = from; c <= to; c++) {
    if (c === ctx.nameIndex || c === ctx.sttIndex || c === ctx.blockIndex) continue;
    const k = valueKind(view.value(major, c));
    if (isDataKind(k)) hasValues = true;
    else if (k === 'text') hasText = true;
  }
  if (!hasValues) {
    for (const t of texts) {
      const sig = signatureKind(t);
      if (sig === 'date') return { type: 'stop', reason: `${what} ngày tháng ký "${t}"` };
      if (sig) return { type: 'stop', reason: `${what} chữ ký "${t}"` };
    }
  }
  const name = cellText(view.value(major, ctx.nameIndex));
  const lead = name || texts[0];
  const stt = ctx.sttIndex === undefined ? '' : cellText(view.value(major, ctx.sttIndex));
  const totals = [lead, stt].find(isTotalsLabel);
  if (totals) return { type: 'skip', reason: `${what} tổng cộng "${totals}"` };
  if (name && ctx.nameHeader && name === ctx.nameHeader)
    return { type: 'skip', reason: `${what} tiêu đề lặp lại` };
  if (isScaleLabel(lead)) return { type: 'skip', reason: `${what} điểm tối đa "${lead}"` };
  if (isNumberingLine(texts)) return { type: 'skip', reason: `${what} đánh số cột` };
  if (!hasValues && isNoteLabel(lead)) return { type: 'skip', reason: `${what} ghi chú` };
  if (!hasValues && !hasText && isSectionLabel(lead) && texts.length <= 2)
    return { type: 'skip', reason: `${what} tiêu đề nhóm "${lead}"` };
  if (!name)
    return hasValues ? { type: 'data', hasValues } : { type: 'skip', reason: `${what} không có tên đơn vị` };
  return { type: 'data', hasValues: hasValues || hasText };
}

/**
 * Reads down from the first data row: where the table ends (before a signature or date line, or
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

export function headerText(view: View, headerRows: number[], minor: number): string {
  const parts: string[] = [];
  for (const h of headerRows) {
    const t = view.label(h, minor);
    if (t && parts[parts.length - 1] !== t) parts.push(t);
  }
  return parts.join(' / ');
}

interface Detected {
  layout: TableLayout;
  evidence: number;
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
    if (2 * texts.filter(isTitleLine).length >= texts.length) break;
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
      return label !== '' && label !== view.label(best, c);
    });
    const textual =
      i.data === 0 && !grouping && !named && i.text >= Math.max(2, Math.ceil(info(best).text / 2));
    if (!i.numbering && !textual) break;
    headerRows.push(m);
  }
  const dataStart = headerRows[headerRows.length - 1] + 1;
  const heads = new Map<number, string>();
  for (let c = from; c <= to; c++) heads.set(c, headerText(view, headerRows, c));

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
      if (/^([ivx]{1,4}|[a-d])[.)]?$/i.test(t)) markers++;
      if (!isTotalsLabel(t) && !signatureKind(t)) texts++;
    }
    // An "STT" column holds numbers (and "I.", "II." before group headings); "TT" over unit names
    // is the corner of a transposed table.
    if (sttIndex === undefined && parts.some(isSttHeader) && texts === markers) {
      sttIndex = c;
      continue;
    }
    if (blockIndex === undefined && parts.some(isBlockHeader)) {
      blockIndex = c;
      continue;
    }
    if (parts.some(isResultHeader)) continue;
    const named = parts.some(isNameHeader);
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
  };
  const { dataEnd, skipped, dataRows } = scanRecords(ctx, dataStart);

  const headers: TableLayout['headers'] = [];
  let valueCells = 0;
  let filledCells = 0;
  let numbered = 0;
  for (let c = from; c <= to; c++) {
    if (c === nameIndex || c === sttIndex || c === blockIndex) continue;
    const text = heads.get(c) ?? '';
    let filled = 0;
    for (const m of dataRows) {
      const k = valueKind(view.value(m, c));
      if (k === 'empty') continue;
      filled++;
      if (isDataKind(k)) valueCells++;
    }
    filledCells += filled;
    if (!text && filled === 0) continue;
    if (looksLikeCriterion(text)) numbered++;
    headers.push({ index: c, text });
  }

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
  const unitHeaders = headers.filter((h) => looksLikeUnit(h.text)).length;
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
  };
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
  if (wanted !== 'auto') return detectIn(makeView(sheet, wanted))?.layout;
  const rows = detectIn(makeView(sheet, 'rows'));
  const cols = detectIn(makeView(sheet, 'columns'));
  if (!rows || !cols) return (rows ?? cols)?.layout;
  return cols.evidence > rows.evidence ? cols.layout : rows.layout;
}
