/**
 * The header block of a table, line by line: which lines are titles (group rows merged across, sub-headers) and
 * which number the columns ("(1) (2) (3)", "1 2 3", "A B 1 2", "a.1 a.2 …"), and what each data column's header
 * says — its groups and own title (`parts`), a criterion number, a year, and the columns it belongs with.
 */
import type { HeaderColumn, HeaderFamily } from './detect';
import type { View } from './grid';
import { headerYear, isNameHeader, isNumberToken, isSttHeader } from './patterns';
import { normalizeText } from '../values';

const PLAIN = /^[([]?\s*(\d{1,3})\s*[)\]]?\.?$/;

/**
 * A line numbering columns: at least three number tokens and nothing else (an "STT" heading may lead it). Plain
 * numbers must increase left to right unless `unordered` (criteria numbered in their own column, grouped by
 * section: 1 2 3 10 11 4 …); a line with codes ("a.1", "TC 8") need not.
 */
export function isNumberingLine(labels: readonly string[], unordered = false): boolean {
  const plain: number[] = [];
  let tokens = 0;
  let letters = 0;
  let codes = 0;
  let headings = 0;
  for (const raw of labels) {
    const l = raw.trim();
    if (!l) continue;
    // "STT" (and the name heading) over the numbers, when they are not merged down from the line above
    if (headings < 2 && tokens === 0 && (isSttHeader(l) || (headings === 1 && isNameHeader(l)))) {
      headings++;
      continue;
    }
    if (!isNumberToken(l)) return false;
    tokens++;
    const m = PLAIN.exec(l);
    if (m) plain.push(Number(m[1]));
    else if (/^[A-Za-z]$/.test(l)) letters++;
    else codes++;
  }
  if (tokens < 3 || letters > 3) return false;
  if (unordered || codes > 0) return true;
  for (let i = 1; i < plain.length; i++) if (plain[i] <= plain[i - 1]) return false;
  return true;
}

/** A line of year sub-headers under per-year groups: two or more years, nothing but years and labels merged from above. */
export function isYearLine(labels: readonly string[]): boolean {
  let years = 0;
  for (const l of labels) if (l && headerYear(l) !== undefined) years++;
  return years >= 2;
}

export interface HeaderLineKinds {
  /** Lines whose labels number the columns (never titles). */
  numbering: Set<number>;
  /** Numbering lines that number the form's own columns ("(1)" over STT, "(2)" over the name): not criteria. */
  formNumbering: Set<number>;
  /**
   * English lines that translate the Vietnamese header line above them ("Officials trained in DT (%)" under "TL CBCC
   * được tập huấn CĐS (%)"): shown, never a title of their own — the Vietnamese one is the column's title.
   */
  translation?: Set<number>;
}

const VIETNAMESE = /[\u00c0-\u1ef9\u0110\u0111]/;
const ENGLISH_WORD =
  /\b(of|the|and|with|on|in|for|by|to|per|rate|number|share|percent|reports?|units?|officials?|online|time|days?|issued|trained|applications?|documents?|households?|citizens?|businesses|products?|services?|accounts?|target|no)\b/i;

/** A line of English titles: letters without a Vietnamese one, words of English in most labels. */
function isEnglishLine(labels: readonly string[]): boolean {
  const texts = labels.map((l) => l.trim()).filter(Boolean);
  if (texts.length < 3 || texts.some((t) => VIETNAMESE.test(t))) return false;
  const worded = texts.filter((t) => /[a-z]{3,}.*\s.*[a-z]{2,}/i.test(t) && ENGLISH_WORD.test(t));
  return 2 * worded.length >= texts.length;
}

/** A Vietnamese line of titles: most labels hold a Vietnamese letter. */
const isVietnameseLine = (labels: readonly string[]) => {
  const texts = labels.map((l) => l.trim()).filter(Boolean);
  return texts.length >= 3 && 2 * texts.filter((t) => VIETNAMESE.test(t)).length >= texts.length;
};

/** Which header lines number the columns, and which of those number the form rather than criteria. */
export function headerLineKinds(
  view: View,
  headerRows: readonly number[],
  from: number,
  to: number,
  own: { nameIndex: number; sttIndex?: number },
  unordered = false,
): HeaderLineKinds {
  const numbering = new Set<number>();
  const formNumbering = new Set<number>();
  const translation = new Set<number>();
  headerRows.forEach((h, k) => {
    if (k === 0) return;
    const labels = (m: number) => {
      const out: string[] = [];
      for (let c = from; c <= to; c++) out.push(ownLabel(view, m, c));
      return out;
    };
    // the line above is the columns' own titles, one per column (not a group merged over several)
    const above = headerRows[k - 1];
    const sources = new Set<string>();
    let titled = 0;
    for (let c = from; c <= to; c++)
      if (ownLabel(view, above, c)) {
        titled++;
        sources.add(view.sourceKey(above, c));
      }
    if (sources.size < 0.8 * titled) return;
    if (isEnglishLine(labels(h)) && isVietnameseLine(labels(above))) translation.add(h);
  });
  for (const h of headerRows) {
    const labels: string[] = [];
    for (let c = from; c <= to; c++) labels.push(ownLabel(view, h, c));
    if (!isNumberingLine(labels, unordered)) continue;
    numbering.add(h);
    for (const c of [own.nameIndex, own.sttIndex]) {
      if (c === undefined) continue;
      const label = view.label(h, c);
      if (label && PLAIN.test(label)) formNumbering.add(h);
    }
  }
  return { numbering, formNumbering, ...(translation.size ? { translation } : {}) };
}

/** A cell's text, or "" when a merged area from another line covers it (its label belongs to that line). */
export function ownLabel(view: View, major: number, minor: number): string {
  const [row, col] = view.sourceKey(major, minor).split(':').map(Number);
  const anchor = view.orientation === 'rows' ? row : col;
  return anchor === major ? view.label(major, minor) : '';
}

interface Chain {
  index: number;
  /** Title labels top to bottom with the merged area each comes from (a label merged down counts once). */
  labels: { text: string; source: string }[];
  number?: string;
  /** Every numbering label, top to bottom (the form's own numbers too): shown after the titles. */
  numbers: string[];
  /** The column's English title, from a translation line: shown after the Vietnamese one. */
  translations: string[];
}

function chainOf(view: View, headerRows: readonly number[], kinds: HeaderLineKinds, index: number): Chain {
  const chain: Chain = { index, labels: [], numbers: [], translations: [] };
  for (const h of headerRows) {
    if (kinds.numbering.has(h)) {
      const own = ownLabel(view, h, index);
      if (!own) continue;
      chain.numbers.push(own);
      // a form's "(3)" numbers its column; a code on the same line ("a.1") still names a target
      if (!(kinds.formNumbering.has(h) && PLAIN.test(own))) chain.number ??= own;
      continue;
    }
    const text = view.label(h, index);
    if (!text) continue;
    if (kinds.translation?.has(h)) {
      chain.translations.push(text);
      continue;
    }
    const source = view.sourceKey(h, index);
    if (chain.labels.some((l) => l.source === source)) continue;
    chain.labels.push({ text, source });
  }
  return chain;
}

/** The header of one column as the official reads it: "Chính quyền số › TL DVCTT (%) / (7)". */
export function headerTextOf(
  parts: readonly string[],
  numbers: readonly (string | undefined)[] = [],
): string {
  return [parts.join(' › '), ...numbers].filter(Boolean).join(' / ');
}

const fold = (s: string) =>
  normalizeText(s)
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();

/** "Tỷ lệ", "Tỷ lệ (%)", "TL đạt", "%": a rate title that names nothing by itself. */
const isGenericRate = (t: string) =>
  /^(ty le|tl|%)/.test(fold(t)) &&
  fold(t)
    .split(' ')
    .every((w) => /^(ty|le|tl|phan|tram|dat|%|dat duoc)$/.test(w));
const isGenericResult = (t: string) =>
  /^(ket qua|kq|thuc hien|so lieu|gia tri)( thuc hien| dat duoc)?( %)?$/.test(fold(t));
/** "Chỉ tiêu giao (%)", "KH giao", "Kế hoạch": the target set for the unit, beside what it did. */
const isGoalTitle = (t: string) =>
  /^(chi tieu|ct|ke hoach|kh)( duoc)?( giao| huyen giao| tinh giao| de ra)?( %)?$/.test(fold(t));
/** "So với CT (%)", "% so KH", "Tỷ lệ đạt so với chỉ tiêu": what was done as a share of the target (106%). */
const isShareTitle = (t: string) =>
  /^((ty le |tl )?(dat )?|% )?so (voi )?(chi tieu|ct|ke hoach|kh)( giao)?( %)?$/.test(fold(t));
const isGenericPoints = (t: string) => /^(diem|so diem|diem cham|diem dat|d)$/.test(fold(t));
const isTotalTitle = (t: string) => /^(tong so|tong)\b/.test(fold(t));
/** "Đơn vị tự chấm", "Tự đánh giá": the unit's own figure, beside the one the appraisal settled. */
const isSelfTitle = (t: string) =>
  /^((so )?diem )?((don vi|dv) )?(tu cham|tu danh gia|tu kiem tra)( diem)?$/.test(fold(t));
/**
 * "Thẩm định", "Kết quả thẩm định", "Hội đồng chấm", "HĐ TĐKT đánh giá", "Chấm lại", "Kết quả kiểm tra": the figure
 * that counts.
 */
const isAppraisedTitle = (t: string) =>
  /^(ket qua |(so )?diem )?(tham dinh|cham lai|phuc tra|cap tren (cham|danh gia)|(ket qua )?kiem tra|(hoi dong|hd)( tdkt| thi dua( khen thuong)?| tham dinh| xet duyet)?( cham| danh gia| kiem tra| tham dinh| xet)?)( diem)?$/.test(
    fold(t),
  );

/** Points beside a result: "Điểm", and "Điểm tự chấm" / "Điểm thẩm định" (the unit's and the appraisal's points). */
const isPointsTitle = (t: string) =>
  isGenericPoints(t) || (/^(so )?diem\b/.test(fold(t)) && (isSelfTitle(t) || isAppraisedTitle(t)));

/** "Điểm chuẩn", "Điểm tối đa", "Thang điểm": the criterion's standard points, printed beside its figure. */
const isStandardTitle = (t: string) =>
  /^(diem chuan|diem toi da|so diem toi da|thang diem|muc diem|diem quy dinh|diem theo quy dinh)$/.test(
    fold(t),
  );
/** "Ghi chú", "Minh chứng", "Lý do", "Nhận xét": words beside the figure (numbers in them are no figure). */
const isNotesTitle = (t: string) =>
  /^(ghi chu|minh chung|ho so minh chung|tai lieu minh chung|ly do|nhan xet|thuyet minh|giai trinh)$/.test(
    fold(t),
  );

/** "Quý I", "Quý 2", "Q3", "6 tháng đầu năm", "9 tháng", "Tháng 10", "Học kỳ I": a part of the year. */
export const isPeriodTitle = (t: string) =>
  /^(quy ([ivx]{1,3}|[1-4])|q ?[1-4]|thang (1[0-2]|0?[1-9])|(3|6|9) thang( dau nam| cuoi nam| dau| cuoi)?|nua (dau|cuoi) nam|hoc ky (i{1,2}|[12]))( nam \d{4}| \d{4})?$/.test(
    fold(t),
  );
/** "Cả năm", "Tổng cả năm", "Lũy kế cả năm", "Cả năm 2023": the year's own figure beside its parts. */
const isWholeYearTitle = (t: string) =>
  /^((tong|luy ke|ket qua|kq|tinh chung) )?(ca nam)( \d{4})?$/.test(fold(t));

/** A label that is only a unit of measure in brackets: "(%)", "(hồ sơ)", "(tin, bài)", "(Có/Không)" (never "(8)"). */
const isMeasureLabel = (t: string) => /^\(\s*[^()\d]{1,20}\)$/.test(t.trim());

/** Columns under one group cell: a rate with its counts, a result with its points, self-assessed and appraised, years, or untitled columns. */
function families(chains: Chain[]): Map<number, HeaderFamily> {
  const out = new Map<number, HeaderFamily>();
  let i = 0;
  while (i < chains.length) {
    const parent = chains[i].labels.length >= 2 ? chains[i].labels[chains[i].labels.length - 2] : undefined;
    const untitled = chains[i].labels.length >= 1 && !chains[i].number ? chains[i].labels.at(-1) : undefined;
    let j = i;
    const sameParent = (c: Chain) =>
      parent !== undefined && c.labels.length >= 2 && c.labels[c.labels.length - 2].source === parent.source;
    const sameUntitled = (c: Chain) =>
      untitled !== undefined && !c.number && c.labels.at(-1)?.source === untitled.source;
    if (parent && sameParent(chains[i]))
      while (
        j + 1 < chains.length &&
        sameParent(chains[j + 1]) &&
        chains[j + 1].index === chains[j].index + 1
      )
        j++;
    let group = chains.slice(i, j + 1);
    if (group.length === 1 && untitled) {
      // one label merged over several columns with nothing under it: which column is which cannot be told
      while (
        j + 1 < chains.length &&
        sameUntitled(chains[j + 1]) &&
        chains[j + 1].index === chains[j].index + 1
      )
        j++;
      group = chains.slice(i, j + 1);
      if (group.length >= 2) {
        for (const c of group)
          out.set(c.index, { first: group[0].index, title: untitled.text, role: 'unlabelled', read: false });
      }
      i = j + 1;
      continue;
    }
    if (group.length >= 2 && parent) {
      const own = group.map((c) => c.labels[c.labels.length - 1].text);
      const first = group[0].index;
      const title = parent.text;
      const set = (c: Chain, role: HeaderFamily['role'], read: boolean) =>
        out.set(c.index, { first, title, role, read });
      const rates = own.filter(isGenericRate).length;
      if (own.every((t) => headerYear(t) !== undefined)) group.forEach((c) => set(c, 'year', true));
      else if (group.length <= 4 && rates === 1)
        group.forEach((c, k) =>
          set(
            c,
            isGenericRate(own[k]) ? 'rate' : isTotalTitle(own[k]) ? 'total' : 'achieved',
            isGenericRate(own[k]),
          ),
        );
      else if (
        own.filter(isWholeYearTitle).length === 1 &&
        own.every((t) => isWholeYearTitle(t) || isPeriodTitle(t))
      )
        // a figure per quarter (or month, half-year) and the year's: the year's is the criterion's
        group.forEach((c, k) =>
          set(c, isWholeYearTitle(own[k]) ? 'wholeYear' : 'period', isWholeYearTitle(own[k])),
        );
      else if (group.length >= 2 && own.every(isPeriodTitle))
        // each quarter's figure and no year's: no quarter stands for the year, none is read
        group.forEach((c) => set(c, 'period', false));
      else if (
        group.length === 2 &&
        own.filter(isSelfTitle).length === 1 &&
        own.filter(isAppraisedTitle).length === 1
      )
        group.forEach((c, k) => {
          set(c, isAppraisedTitle(own[k]) ? 'appraised' : 'self', isAppraisedTitle(own[k]));
          // "Điểm tự chấm | Điểm thẩm định" with no figure beside them: points, unless the cells say otherwise
          if (own.every(isPointsTitle)) (out.get(c.index) as HeaderFamily).points = true;
        });
      else if (
        group.length <= 3 &&
        own.filter(isGenericResult).length === 1 &&
        own.every((t) => isGenericResult(t) || isGoalTitle(t) || isShareTitle(t)) &&
        own.some(isGoalTitle)
      )
        // "Chỉ tiêu giao | Thực hiện | So với CT": the target and the share of it beside the figure, never read
        group.forEach((c, k) =>
          set(
            c,
            isGenericResult(own[k]) ? 'result' : isGoalTitle(own[k]) ? 'goal' : 'share',
            isGenericResult(own[k]),
          ),
        );
      else if (
        own.filter(isGenericResult).length === 1 &&
        own.some((t) => isStandardTitle(t) || isNotesTitle(t)) &&
        own.every((t) => isGenericResult(t) || isPointsTitle(t) || isStandardTitle(t) || isNotesTitle(t))
      )
        // "Số liệu | Điểm chuẩn | Điểm tự chấm | Điểm thẩm định | Ghi chú": the figure, and beside it its standard
        // points, the points given and the notes — none of them a figure
        group.forEach((c, k) =>
          set(c, isGenericResult(own[k]) ? 'result' : 'points', isGenericResult(own[k])),
        );
      else if (
        group.length <= 3 &&
        own.some(isGenericResult) &&
        // "Kết quả | Tự chấm": beside the result, the unit's own marking is its points, never a rival figure
        own.some((t) => isPointsTitle(t) || isSelfTitle(t)) &&
        // an appraised figure beside them ("Kết quả | Tự chấm | Thẩm định"): which figure counts is not told here
        !own.some((t) => isAppraisedTitle(t) && !isPointsTitle(t))
      )
        group.forEach((c, k) =>
          set(
            c,
            isGenericResult(own[k]) ? 'result' : 'points',
            isGenericResult(own[k]) && own.findIndex(isGenericResult) === k,
          ),
        );
    }
    i = j + 1;
  }
  return out;
}

/**
 * Every data column's header: its title labels from the outermost group down to its own (`parts`), the criterion
 * number a numbering line gives it (not the form's own numbering), a year, and the family it belongs to.
 */
export function headerColumns(
  view: View,
  headerRows: readonly number[],
  indexes: readonly number[],
  kinds: HeaderLineKinds,
): HeaderColumn[] {
  const chains = indexes.map((i) => chainOf(view, headerRows, kinds, i));
  // "2 | KINH TẾ SỐ" over lines numbered "2.1", "2.2": the group's number, never criterion 2
  const subNumbered = new Set(
    chains.flatMap((c) => {
      const m = /^(\d{1,2})[.,]\d{1,2}\.?$/.exec(c.number?.trim() ?? '');
      return m ? [m[1]] : [];
    }),
  );
  for (const c of chains)
    if (c.number && subNumbered.has(c.number.trim().replace(/\.$/, ''))) delete c.number;
  const fams = families(chains);
  const shared = new Set<string>();
  const seen = new Set<string>();
  for (const c of chains)
    for (const l of c.labels.slice(0, -1)) (seen.has(l.source) ? shared : seen).add(l.source);
  return chains.map((c) => {
    let parts = c.labels.map((l) => l.text);
    // "(%)", "(hồ sơ)", "(Có/Không)" on the row under a title of this column alone: its unit, part of its title
    const above = c.labels.at(-2);
    if (above && isMeasureLabel(parts[parts.length - 1]) && !shared.has(above.source))
      parts = [...parts.slice(0, -2), `${above.text} ${parts[parts.length - 1].trim()}`];
    const own = parts[parts.length - 1];
    const year = own === undefined ? undefined : headerYear(own);
    const family = fams.get(c.index);
    const column: HeaderColumn = {
      index: c.index,
      text: headerTextOf(parts, [...c.translations, ...c.numbers]),
      parts,
    };
    if (c.number) column.number = c.number;
    if (year !== undefined) column.year = year;
    if (family) column.family = family;
    return column;
  });
}
