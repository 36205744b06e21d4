import { withoutNote } from './notes';
import { normalizeText } from './text';
import { numberWithUnit, unitNotRate, verdictOf, type PassFail } from './units';

/**
 * A value read from a cell. `ambiguous`: a plain number in [0, 1] where the rate scale is not known — `readings`
 * are its two percents (as a percent and as a fraction), for the council to see both.
 */
export type Parsed<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      reason: 'missing' | 'invalid' | 'ambiguous';
      detail: string;
      detailEn: string;
      readings?: [number, number];
    };

export type NumberLocale = 'vi' | 'en' | 'auto';

type Failure = Extract<Parsed<never>, { ok: false }>;

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const invalid = (detail: string, detailEn: string): Failure => ({
  ok: false,
  reason: 'invalid',
  detail,
  detailEn,
});
const MISSING: Failure = {
  ok: false,
  reason: 'missing',
  detail: 'thiếu giá trị (ô trống)',
  detailEn: 'missing value (empty cell)',
};
/** A "-" typed in the cell: read as empty, and said so, since an office may mean 0 or "no" by it. */
const dashed = (dash: string): Failure => ({
  ok: false,
  reason: 'missing',
  detail: `ô ghi "${dash}", đọc là trống: ghi 0 hoặc "Không" nếu là không có`,
  detailEn: `the cell holds "${dash}", read as empty: write 0 or "No" if it means none`,
});

const EXCEL_ERRORS = new Set([
  '#N/A',
  '#VALUE!',
  '#REF!',
  '#DIV/0!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
]);

/** The Excel error code a cell shows ("#N/A"…), or undefined. */
export function excelError(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const code = raw.trim().toUpperCase();
  return EXCEL_ERRORS.has(code) ? code : undefined;
}

/** A dash typed for "nothing here" ("-", "—"): blank to every reader, but typed, so an office may mean 0 or "no". */
export function isTypedDash(raw: unknown): raw is string {
  if (typeof raw !== 'string') return false;
  const s = raw.trim();
  return s === '-' || s === '—';
}

/** Empty cells and the dash placeholders people type for "nothing here". "N/A" is not blank. */
export function isBlank(raw: unknown): boolean {
  if (raw === undefined || raw === null) return true;
  return typeof raw === 'string' && (raw.trim() === '' || isTypedDash(raw));
}

/** Quotes a raw value for a message without ever throwing (objects may lack toString). */
function show(raw: unknown): string {
  if (typeof raw === 'string') return JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);
  if (typeof raw === 'number' || typeof raw === 'boolean' || typeof raw === 'bigint') return String(raw);
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? 'Invalid Date' : raw.toISOString();
  return `(${typeof raw})`;
}

/**
 * Longest text a value cell may hold (a number, a rate, a date, Có/Không, a level). Longer text is an invalid
 * value and is not parsed at all. Names and free-text facts have their own, larger caps.
 */
export const MAX_VALUE_TEXT = 1_000;

const groupedCount = (n: number, sep: string) => {
  let out = String(n);
  for (let i = out.length - 3; i > 0; i -= 3) out = `${out.slice(0, i)}${sep}${out.slice(i)}`;
  return out;
};

/** A string over MAX_VALUE_TEXT characters: invalid, with the figures, before any other work. */
export function tooLongValue(raw: unknown): Failure | undefined {
  if (typeof raw !== 'string' || raw.length <= MAX_VALUE_TEXT) return undefined;
  return invalid(
    `ô có ${groupedCount(raw.length, '.')} ký tự; một giá trị dài tối đa ${groupedCount(MAX_VALUE_TEXT, '.')} ký tự`,
    `the cell has ${groupedCount(raw.length, ',')} characters; a value has at most ${groupedCount(MAX_VALUE_TEXT, ',')}`,
  );
}

/**
 * "=ROUND(F8/G8,3)", "=AA14": a formula's text where its result should be — a file saved by a program that does not
 * calculate. The figure exists once Excel calculates it, so it is missing, not wrong, and the official is told how.
 */
const FORMULA = /^=\s*([A-Z_][A-Z0-9_.]*\(|\$?[A-Z]{1,3}\$?\d)/i;

const FORMULA_DETAIL = { vi: 'ô chứa công thức ', en: 'the cell holds the formula ' };

const formulaWithoutValue = (raw: string): Failure => ({
  ok: false,
  reason: 'missing',
  detail: `${FORMULA_DETAIL.vi}${show(raw)} chưa có kết quả lưu trong tệp — mở tệp trong Excel, lưu lại rồi chấm lại`,
  detailEn: `${FORMULA_DETAIL.en}${show(raw)} with no saved result — open the file in Excel, save it and score again`,
});

/**
 * A missing value's detail worth saying in its explanation: a formula with no saved result (an empty cell's "thiếu
 * giá trị (ô trống)" only repeats what the explanation says).
 */
export const isFormulaDetail = (detail: string): boolean =>
  detail.startsWith(FORMULA_DETAIL.vi) || detail.startsWith(FORMULA_DETAIL.en);

/** Shared prelude: too long -> invalid, blank -> missing, Excel error string -> invalid, otherwise undefined. */
function precheck(raw: unknown): Failure | undefined {
  const long = tooLongValue(raw);
  if (long) return long;
  if (isBlank(raw)) return isTypedDash(raw) ? dashed(raw.trim()) : MISSING;
  if (typeof raw === 'string' && FORMULA.test(raw)) return formulaWithoutValue(raw);
  const code = excelError(raw);
  return code ? invalid(`ô chứa lỗi Excel ${code}`, `cell contains the Excel error ${code}`) : undefined;
}

const notANumber = (raw: unknown): Failure =>
  invalid(`${show(raw)} không phải là số`, `${show(raw)} is not a number`);

// Longest first, so "vnđ" is not read as "vn" + "đ".
const UNIT_WORDS = ['đồng', 'điểm', 'dong', 'diem', 'vnđ', 'vnd', 'đ', '₫'];
/** The unit words of points; the others are money. */
const isPoints = (word: string) => word === 'điểm' || word === 'diem';

/** The unit word ending `s` ("đồng", "điểm", "đ"… any case, an optional "."), with where it starts. */
function unitWordAt(s: string): { word: string; from: number } | undefined {
  const end = s.endsWith('.') ? s.length - 1 : s.length;
  for (const word of UNIT_WORDS) {
    const from = end - word.length;
    if (from >= 0 && s.slice(from, end).toLowerCase() === word) return { word, from };
  }
  return undefined;
}

/** "10.000 đồng" -> "10.000", "5 điểm." -> "5": one unit word at the end, by index. */
function stripUnit(s: string): string {
  const at = unitWordAt(s);
  return at ? s.slice(0, at.from).trimEnd() : s;
}

/**
 * "1,000" where no decimals can be: a count, or đồng. Read the Vietnamese way it is 1 (a decimal comma); typed the
 * English way it is one thousand. Which one is a guess, 1000× apart, so it is refused with both readings.
 */
function commaThousands(raw: string): Failure | undefined {
  if (!raw.includes(',')) return undefined;
  const lead = /^[\d.,]{1,40}/.exec(raw.trim())?.[0] ?? '';
  if (!/^[1-9]\d{0,2},\d{3}$/.test(lead)) return undefined;
  const [head, tail] = lead.split(',');
  return invalid(
    `"${raw.trim()}" đọc được hai cách: ${head} (dấu phẩy thập phân) hay ${head}.${tail}? Ghi "${head}.${tail}" nếu là ${head}.${tail}`,
    `"${raw.trim()}" reads two ways: ${head} (decimal comma) or ${head},${tail}? Write "${head}.${tail}" for ${head},${tail}`,
  );
}

const GROUP_SEPARATORS = new Set(['.', ',', ' ', '\u00a0', '\u202f']);
const SPACE_SEPARATORS = new Set([' ', '\u00a0', '\u202f']);

/**
 * Digit runs and the single separators between them ("1.234,5" -> 1|234|5 and . ,), in one pass; undefined
 * unless the text is digits, separated by one of . , or a space, with no separator first, last or doubled.
 */
function digitRuns(s: string): { runs: string[]; seps: string[] } | undefined {
  const runs: string[] = [];
  const seps: string[] = [];
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    const code = i < s.length ? s.charCodeAt(i) : -1;
    if (code >= 48 && code <= 57) continue;
    if (i === start) return undefined;
    runs.push(s.slice(start, i));
    if (code < 0) break;
    if (!GROUP_SEPARATORS.has(s[i])) return undefined;
    seps.push(s[i]);
    start = i + 1;
  }
  return { runs, seps };
}

const isLeadingSeparator = (s: string) =>
  (s[0] === '.' || s[0] === ',') && s.charCodeAt(1) >= 48 && s.charCodeAt(1) <= 57;

/**
 * Reads a number string. Returns undefined when it is not a well-formed number.
 *
 * Separator rules: with both "." and "," the last one is the decimal mark. Spaces only group
 * thousands. A separator that occurs more than once groups thousands. In 'auto', a lone "," is a
 * decimal mark and a lone "." is a decimal mark unless it looks like Vietnamese thousands grouping
 * ("1.234" = 1234, the Vietnamese reading of an ambiguous value) - but "0.805" stays 0.805.
 */
export function readNumberString(input: string, locale: NumberLocale): number | undefined {
  let s = stripUnit(input.normalize('NFC').trim());
  let sign = 1;
  if (s[0] === '+' || s[0] === '-' || s[0] === '\u2212') {
    sign = s[0] === '+' ? 1 : -1;
    s = s.slice(1);
  }
  const leading = isLeadingSeparator(s) ? s[0] : undefined; // ",5" / ".5"
  if (leading) s = `0${s}`;
  const split = digitRuns(s);
  if (!split) return undefined;

  const { runs, seps } = split;
  const dots = seps.filter((c) => c === '.').length;
  const commas = seps.filter((c) => c === ',').length;
  const hasSpaces = seps.some((c) => SPACE_SEPARATORS.has(c));

  let decimal: string | undefined;
  if (dots && commas) {
    decimal = seps[seps.length - 1];
    if (locale !== 'auto' && decimal !== (locale === 'vi' ? ',' : '.')) return undefined;
  } else if (dots || commas) {
    const mark = dots ? '.' : ',';
    const count = dots || commas;
    if (locale === 'vi') decimal = mark === ',' ? ',' : undefined;
    else if (locale === 'en') decimal = mark === '.' ? '.' : undefined;
    else if (count > 1) decimal = undefined;
    else if (mark === ',' || hasSpaces) decimal = mark;
    else decimal = /^[1-9]\d{0,2}$/.test(runs[0]) && runs[1].length === 3 ? undefined : '.';
  }

  if (leading && leading !== decimal) return undefined;
  let intRuns = runs;
  let frac = '';
  if (decimal !== undefined) {
    if (seps.filter((c) => c === decimal).length !== 1 || seps[seps.length - 1] !== decimal) return undefined;
    intRuns = runs.slice(0, -1);
    frac = runs[runs.length - 1];
  }
  if (intRuns.length > 1 && (intRuns[0].length > 3 || intRuns.slice(1).some((r) => r.length !== 3))) {
    return undefined;
  }
  const value = sign * Number(`${intRuns.join('')}.${frac || '0'}`);
  return Number.isFinite(value) ? value + 0 : undefined;
}

/**
 * "1.250", "1,250 điểm", "500,000 đ": one separator before exactly three digits, the head not 0. The reader takes "."
 * for thousands and "," for the decimal mark (the Vietnamese way); typed the English way it means the other.
 */
const LONE_SEPARATOR = /^([+-]?)([1-9]\d{0,2})([.,])(\d{3})(?: {0,3}(?:điểm|diem|đồng|dong|đ)\.?)?$/iu;

/**
 * The two readings of a lone-separator number, the Vietnamese one first ("1.250" → [1250, 1,25]; "1,250" →
 * [1,25, 1250]), or undefined when the text reads one way only. A reader where both could be meant refuses it.
 */
export function twoReadings(raw: unknown): [number, number] | undefined {
  if (typeof raw !== 'string' || raw.length > 40) return undefined;
  const m = LONE_SEPARATOR.exec(raw.normalize('NFC').trim());
  if (!m) return undefined;
  const sign = m[1] === '-' ? -1 : 1;
  const thousands = sign * Number(`${m[2]}${m[4]}`);
  const decimal = sign * Number(`${m[2]}.${m[4]}`);
  return m[3] === '.' ? [thousands, decimal] : [decimal, thousands];
}

/** Parses a number from a JS number or a Vietnamese/English formatted string (see readNumberString). */
export function parseNumber(raw: unknown, locale: NumberLocale = 'auto'): Parsed<number> {
  const pre = precheck(raw);
  if (pre) return pre;
  if (typeof raw === 'number') return Number.isFinite(raw) ? ok(raw + 0) : notANumber(raw);
  if (typeof raw !== 'string') return notANumber(raw);
  if (raw.includes(',')) {
    const unit = unitWordAt(raw.trim());
    const twoWays = unit && !isPoints(unit.word) ? commaThousands(raw) : undefined;
    if (twoWays) return twoWays;
  }
  const read = (s: string) =>
    readNumberString(s, locale) ?? numberWithUnit(s, (n) => readNumberString(n, locale));
  const bare = withoutNote(raw);
  const value = read(raw) ?? (bare === undefined ? undefined : read(bare));
  return value === undefined ? notANumber(raw) : ok(value);
}

/**
 * A figure with no unit the reader knows (a number fact: an amount in đồng, a rank): "500,000" reads 500 the
 * Vietnamese way and 500.000 the English way, so it is refused with both, as a count is; "500.000" (dots group
 * thousands, TT 32/2011/TT-BTC) and "1,5" read one way.
 */
export function parseFigure(raw: unknown): Parsed<number> {
  const twoWays = typeof raw === 'string' ? commaThousands(raw) : undefined;
  return twoWays ?? parseNumber(raw);
}

/**
 * A failed reading of a text cell tried again without the note typed after the value ("85% (đã xác minh)",
 * "Có*"): the value before the note, when it reads (or is a rate of unknown scale, flagged as such).
 */
function beforeNote<T>(raw: unknown, first: Parsed<T>, parse: (s: string) => Parsed<T>): Parsed<T> {
  if (first.ok || first.reason !== 'invalid' || typeof raw !== 'string') return first;
  const bare = withoutNote(raw);
  if (bare === undefined) return first;
  const again = parse(bare);
  return again.ok || again.reason === 'ambiguous' ? again : first;
}

// Rounding to 10 places removes float artefacts such as 0.805 * 100 = 80.50000000000001.
const round10 = (n: number): number => Math.round(n * 1e10) / 1e10 + 0;

// "85%", "85,5%": read directly, to the value the general path gives (a lone comma is a decimal mark in 'auto').
const SIMPLE_PERCENT = /^(\d{1,15})(?:,(\d{1,15}))?%$/;

/**
 * How a plain number (no "%") in a rate cell is read: 'percent' 80,5 = 80,5%; 'fraction' 0,805 = 80,5%;
 * 'ambiguous' a number in (0, 1] could be either (an unformatted sheet column whose numbers all lie in [0, 1], the
 * plan declaring no scale), so it is not read: it is flagged with both readings. 'auto' is the request option of
 * earlier versions and reads like 'ambiguous'. Above 1 every scale but 'fraction' reads a percent; 0 is 0 either way.
 */
export type RateReading = 'percent' | 'fraction' | 'ambiguous' | 'auto';

/** 0.9 -> "0,9" for a message (decimal comma, no grouping, at most 10 decimals). */
function plainDecimal(n: number, lang: 'vi' | 'en'): string {
  const s = String(round10(n));
  return lang === 'vi' ? s.replace('.', ',') : s;
}

/**
 * Parses a rate and returns it as a percent 0..100. Text with "%" ("80,5%", "80.5 %") is always a percent;
 * a plain number is read by `scale` (see RateReading). The default is 'percent': in JSON 1 means 1%. With
 * `passFail` (an all-or-nothing rate), "Đạt" / "Chưa đạt" read as a percent that meets / misses the target.
 */
export function parseRate(raw: unknown, scale: RateReading = 'percent', passFail?: PassFail): Parsed<number> {
  return beforeNote(raw, rateOf(raw, scale, passFail), (s) => rateOf(s, scale, passFail));
}

/** "2 (ngày)" → "2 ngày": the last bracket's words beside the figure. */
function unbracketed(raw: string): string {
  const t = raw.trim();
  const open = t.lastIndexOf('(');
  return t.endsWith(')') && open > 0 ? `${t.slice(0, open).trimEnd()} ${t.slice(open + 1, -1).trim()}` : t;
}

/** "4/5": a whole count over a whole count. */
const SHARE = /^(\d{1,9}) {0,3}\/ {0,3}(\d{1,9})$/;

function rateOf(raw: unknown, scale: RateReading, passFail?: PassFail): Parsed<number> {
  const simple = typeof raw === 'string' ? SIMPLE_PERCENT.exec(raw) : null;
  if (simple) return percentInRange(raw, Number(simple[2] ? `${simple[1]}.${simple[2]}` : simple[1]));
  const pre = precheck(raw);
  if (pre) return pre;
  // "Đạt" / "Chưa đạt" for an all-or-nothing rate; a number typed with a unit ("2 ngày") is never a rate
  const verdict = passFail ? verdictOf(raw) : undefined;
  const said = verdict === undefined ? undefined : verdict ? passFail?.met : passFail?.notMet;
  if (said !== undefined) return ok(said);
  // "2 ngày", and "2 (ngày)" the same: a unit in brackets is no remark
  const unit = typeof raw === 'string' ? (unitNotRate(raw) ?? unitNotRate(unbracketed(raw))) : undefined;
  if (unit) return invalid(unit.detail, unit.detailEn);
  const word = typeof raw === 'string' ? unitWordAt((beforePercentSign(raw) ?? raw).trim())?.word : undefined;
  if (word) {
    const points = isPoints(word);
    return invalid(
      `${show(raw)} là ${points ? 'số điểm' : 'số tiền'}, không phải tỷ lệ %; ghi tỷ lệ, ví dụ "80%"`,
      `${show(raw)} is ${points ? 'points' : 'money'}, not a percentage; write the rate, e.g. "80%"`,
    );
  }
  // "4/5", "7 / 8": done over total, typed as the office counted it (a share, whatever the column's scale)
  const share = typeof raw === 'string' && raw.length <= 40 ? SHARE.exec(raw.trim()) : null;
  if (share && Number(share[2]) > 0 && Number(share[1]) <= Number(share[2]))
    return percentInRange(raw, (Number(share[1]) * 100) / Number(share[2]));
  let percent: number;
  const withSign = typeof raw === 'string' ? beforePercentSign(raw) : undefined;
  if (withSign !== undefined) {
    const n = parseNumber(withSign);
    if (!n.ok) return invalid(`${show(raw)} không phải là tỷ lệ`, `${show(raw)} is not a rate`);
    percent = n.value;
  } else {
    const n = parseNumber(raw);
    if (!n.ok) return n;
    if ((scale === 'ambiguous' || scale === 'auto') && n.value > 0 && n.value <= 1) {
      const low = round10(n.value);
      const high = round10(n.value * 100);
      const vi = plainDecimal(n.value, 'vi');
      const en = plainDecimal(n.value, 'en');
      return {
        ok: false,
        reason: 'ambiguous',
        detail: `${vi} — ${vi}% hay ${plainDecimal(high, 'vi')}%? Ghi rõ dấu % (ví dụ "${plainDecimal(high, 'vi')}%") hoặc khai báo thang tỷ lệ của kế hoạch (rateScale)`,
        detailEn: `${en} — ${en}% or ${plainDecimal(high, 'en')}%? Write the % sign (e.g. "${plainDecimal(high, 'en')}%") or set the plan's rate scale (rateScale)`,
        readings: [low, high],
      };
    }
    percent = scale === 'fraction' ? n.value * 100 : n.value;
  }
  return percentInRange(raw, percent);
}

const LINE_BREAKS = new Set(['\n', '\r', '\u2028', '\u2029']);

/** "80,5 %" -> "80,5": the text before a final "%" (spaces around it dropped), or undefined; one line only. */
function beforePercentSign(raw: string): string | undefined {
  const t = raw.trim();
  if (!t.endsWith('%')) return undefined;
  const body = t.slice(0, -1).trimEnd();
  for (let i = 0; i < body.length; i++) if (LINE_BREAKS.has(body[i])) return undefined;
  return body;
}

function percentInRange(raw: unknown, read: number): Parsed<number> {
  const percent = round10(read);
  if (percent < 0 || percent > 100) {
    return invalid(
      `tỷ lệ phải từ 0% đến 100% (nhận được ${show(raw)})`,
      `rate must be between 0% and 100% (got ${show(raw)})`,
    );
  }
  return ok(percent);
}

/**
 * Parses a whole number >= 0. Values within 1e-9 of a whole number are accepted and rounded,
 * because Excel formulas produce results like 11.999999999999998.
 */
export function parseCount(raw: unknown): Parsed<number> {
  const twoWays = typeof raw === 'string' ? commaThousands(raw) : undefined;
  if (twoWays) return twoWays;
  const n = parseNumber(raw);
  if (!n.ok) return n;
  const whole = Math.round(n.value) + 0;
  if (whole > Number.MAX_SAFE_INTEGER)
    return invalid(
      `số lượng quá lớn (tối đa ${groupedCount(Number.MAX_SAFE_INTEGER, '.')}, nhận được ${show(raw)})`,
      `count too large (at most ${groupedCount(Number.MAX_SAFE_INTEGER, ',')}, got ${show(raw)})`,
    );
  if (Math.abs(n.value - whole) > 1e-9 || whole < 0) {
    return invalid(
      `số lượng phải là số nguyên không âm (nhận được ${show(raw)})`,
      `count must be a whole number >= 0 (got ${show(raw)})`,
    );
  }
  return ok(whole);
}

// "HT"/"KHT"/"CHT": how offices abbreviate Hoàn thành / Không (Chưa) hoàn thành in a yes/no column; "C"/"K": Có /
// Không by their first letters, as "Y"/"N" are Yes / No
const TRUE_WORDS = new Set([
  '1',
  'x',
  '✓',
  '✔',
  'co',
  'c',
  'dat',
  'yes',
  'y',
  'true',
  'da co',
  'hoan thanh',
  'ht',
]);
const FALSE_WORDS = new Set([
  '0',
  'khong hoan thanh',
  'chua hoan thanh',
  'kht',
  'cht',
  'khong',
  'k',
  'khong dat',
  'chua dat',
  'chua',
  'chua co',
  'no',
  'n',
  'false',
  'khong co',
]);

// Cells recognised before, as typed ("Có", "Không"), so a sheet's repeated words skip normalizeText.
const KNOWN_WORDS = new Map<string, boolean>();
const MAX_KNOWN_WORDS = 1000;

/** Yes/no cells: "x", "Có", "Đạt", "Chưa đạt", 1/0... compared after normalizeText. */
export function parseBoolean(raw: unknown): Parsed<boolean> {
  return beforeNote(raw, booleanOf(raw), booleanOf);
}

function booleanOf(raw: unknown): Parsed<boolean> {
  if (typeof raw === 'string') {
    const known = KNOWN_WORDS.get(raw);
    if (known !== undefined) return ok(known);
  }
  const pre = precheck(raw);
  if (pre) return pre;
  if (typeof raw === 'boolean') return ok(raw);
  if (raw === 1 || raw === 0) return ok(raw === 1);
  if (typeof raw === 'string') {
    const key = normalizeText(raw.replace(/\ufe0f/g, '')); // "✔️" carries an emoji variation selector
    const word = TRUE_WORDS.has(key) ? true : FALSE_WORDS.has(key) ? false : undefined;
    if (word !== undefined) {
      if (KNOWN_WORDS.size < MAX_KNOWN_WORDS) KNOWN_WORDS.set(raw, word);
      return ok(word);
    }
  }
  return invalid(`${show(raw)} không phải là Có/Không`, `${show(raw)} is not Yes/No`);
}

const MAX_SERIAL = 2958465; // 9999-12-31
const DAY_MS = 86_400_000;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function isoIfValid(y: number, m: number, d: number): string | undefined {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  if (y < 1 || y > 9999 || days === undefined || d < 1 || d > days) return undefined;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/**
 * Excel's 1900 date system counts 1900-01-01 as 1 and includes the non-existent 1900-02-29 (60),
 * so from 61 on the epoch is 1899-12-30. The time of day (fraction) is dropped.
 */
function fromSerial(serial: number): string | undefined {
  if (!(serial >= 1 && serial <= MAX_SERIAL)) return undefined;
  const days = Math.floor(serial);
  if (days === 60) return undefined;
  const epoch = Date.UTC(1899, 11, days < 60 ? 31 : 30);
  return new Date(epoch + days * DAY_MS).toISOString().slice(0, 10);
}

function fromString(raw: string): string | undefined {
  const s = raw.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return isoIfValid(+m[1], +m[2], +m[3]);
  // Day first, as Vietnamese writes it: "05/01/2024", "5-1-2024", "05.01.2024", "ngày 05/01/2024".
  m = /^(?:ng[aà]y\s{1,4})?(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/i.exec(s);
  if (m) return isoIfValid(+m[4], +m[3], +m[1]);
  // The long form of official documents: "ngày 05 tháng 01 năm 2024".
  m = /^(?:ngay )?(\d{1,2}) thang (\d{1,2}) nam (\d{4})$/.exec(normalizeText(s));
  if (m) return isoIfValid(+m[3], +m[2], +m[1]);
  return undefined;
}

/** Parses a date to ISO "YYYY-MM-DD": Date objects (UTC), "2024-01-05", "05/01/2024" (d/m/y), Excel serials. */
export function parseDate(raw: unknown): Parsed<string> {
  const pre = precheck(raw);
  if (pre) return pre;
  let iso: string | undefined;
  if (raw instanceof Date) {
    iso = Number.isNaN(raw.getTime())
      ? undefined
      : isoIfValid(raw.getUTCFullYear(), raw.getUTCMonth() + 1, raw.getUTCDate());
  } else if (typeof raw === 'number') {
    iso = fromSerial(raw);
  } else if (typeof raw === 'string') {
    iso = fromString(raw);
  }
  if (iso !== undefined) return ok(iso);
  if (typeof raw === 'number') {
    return invalid(
      `${show(raw)} không phải là số ngày Excel hợp lệ (1 đến ${MAX_SERIAL})`,
      `${show(raw)} is not a valid Excel date serial (1 to ${MAX_SERIAL})`,
    );
  }
  const period = typeof raw === 'string' ? periodWord(raw) : undefined;
  if (period)
    return invalid(
      `${show(raw)} là một ${period.vi}, không phải một ngày: ghi ngày cụ thể (dạng dd/mm/yyyy)`,
      `${show(raw)} is a ${period.en}, not a day: give the exact date (dd/mm/yyyy)`,
    );
  return invalid(
    `${show(raw)} không phải là ngày hợp lệ (dạng dd/mm/yyyy)`,
    `${show(raw)} is not a valid date (dd/mm/yyyy)`,
  );
}

/** "Quý I/2022", "quý 3 năm 2023", "tháng 3/2022", "T3/2022", "năm 2022": a span of time where a day is asked. */
function periodWord(raw: string): { vi: string; en: string } | undefined {
  const s = raw.trim().toLowerCase().normalize('NFC');
  if (/^(quý|quy|q)\s{0,3}([ivx]+|[1-4])\b/.test(s)) return { vi: 'quý', en: 'quarter' };
  if (/^(tháng|thang|t)\s{0,3}(0?[1-9]|1[0-2])\s{0,3}([/.-]|năm|nam)\s{0,3}\d{2,4}$/.test(s))
    return { vi: 'tháng', en: 'month' };
  if (/^\d{1,2}\s{0,3}[/.-]\s{0,3}\d{4}$/.test(s) && Number(s.split(/[/.-]/)[0]) <= 12)
    return { vi: 'tháng', en: 'month' };
  if (/^(năm|nam)\s{0,3}\d{4}$/.test(s)) return { vi: 'năm', en: 'year' };
  return undefined;
}
