/** Compares what the CLI read with the truth: one verdict per workbook, and the figures per column and unit. */
import {
  compileCriterion,
  isMet,
  factReader,
  yearSeriesReader,
  rateReader,
  normalizeText,
  parseBoolean,
  parseNumber,
  parseRate,
  type Parsed,
  type UnitInput,
  type UnitResult,
  type Plan,
} from '@thidua/core';
import { engineValue, planItems, type Meaning, type PlanItem, type Truth, type TruthUnit } from './lib/truth';
import type { CliReading } from './read-like-cli';

/** The pane shows a mapping at or above this confidence as settled (green): a wrong one there is a silent error. */
export const HIGH_CONFIDENCE = 0.8;

/**
 * held: every value read otherwise than the truth says is flagged on its unit (missing, unreadable, 0,95 — 95% or
 * 0,95%?) and every award it could change is held, so nothing wrong is reported as final.
 * refused-off-point: a clear refusal, but not for the reason the truth names (its `mentions`).
 */
export type Status = 'right' | 'held' | 'wrong' | 'refused' | 'refused-unclear' | 'refused-off-point';
export type LineOutcome = 'right' | 'wrong-high' | 'wrong-low' | 'missed' | 'not-read';

export interface LineResult {
  sheet: string;
  line: string;
  header: string;
  truth: string;
  got: string | null;
  confidence: number | null;
  outcome: LineOutcome;
}

export interface WorkbookResult {
  file: string;
  plan: string;
  expect: Truth['expect'];
  status: Status;
  exitCode: number;
  /** "đúng", or the first difference, one line. */
  first: string;
  sheetRead: string | null;
  /** held: read otherwise than the truth, but flagged on the unit and its awards held (not silently wrong). */
  units: { truth: number; right: number; held: number; wrong: number; missing: number; extra: number };
  lines: LineResult[];
}

type Reader = (raw: unknown) => Parsed<unknown>;
type ScaleOf = ReturnType<typeof rateReader>;

/** Reads a cell as the engine does, with the rate scale the sheet established for the item (as the CLI sends it). */
function readerFor(item: PlanItem, scaleOf: ScaleOf): Reader {
  if (item.kind === 'criterion') {
    const compiled = compileCriterion(item.criterion);
    const scale = scaleOf(item.criterion.id);
    return (raw) => compiled.read(raw, scale);
  }
  if (item.kind === 'target') {
    if (item.target.unit === 'yesNo') return parseBoolean;
    if (item.target.unit === 'number') return (raw) => parseNumber(raw);
    const scale = scaleOf(item.target.id);
    return (raw) => parseRate(raw, scale);
  }
  const { fact, year } = item;
  if (year === undefined) return factReader(fact, scaleOf(fact.id));
  const series = yearSeriesReader(fact, (y) => scaleOf(`${fact.id}_${y}`, fact.id));
  const key = `${fact.id}_${year}`;
  return (raw) => {
    const { series: s, issues } = series({ [key]: raw });
    const issue = issues.find((i) => i.year === year);
    if (issue) return { ok: false, reason: issue.reason, detail: issue.detail, detailEn: issue.detailEn };
    return { ok: true, value: s.values[s.years.indexOf(year)] };
  };
}

const same = (a: unknown, b: unknown) =>
  typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) < 1e-6 : a === b;

const show = (v: unknown) =>
  typeof v === 'string' ? `"${v}"` : v === undefined ? 'trống' : JSON.stringify(v);

/** Undefined when the reader's raw value means what the truth says; otherwise why not, in one line. */
function valueDifference(item: PlanItem, truth: Meaning, raw: unknown, scaleOf: ScaleOf): string | undefined {
  const read = readerFor(item, scaleOf);
  const got = read(raw);
  const rateTarget =
    item.kind === 'criterion' && item.criterion.scoring.kind === 'rate' ? item.criterion.scoring : undefined;
  if (typeof truth === 'boolean' && rateTarget) {
    if (got.ok && isMet(got.value as number, rateTarget.target, rateTarget.comparison) === truth)
      return undefined;
    return `đọc ${show(raw)}${got.ok ? '' : ` (${got.detail})`}, đúng là ${truth ? 'Đạt' : 'Chưa đạt'}`;
  }
  const want = readerFor(item, () => 'percent')(engineValue(item, truth));
  if (!want.ok) return `sự thật không đọc được (${want.detail})`;
  if (got.ok && same(got.value, want.value)) return undefined;
  return `đọc ${show(raw)}${got.ok ? '' : ` (${got.detail})`}, đúng là ${show(truth)}`;
}

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

interface Difference {
  text: string;
  /** The plan item read otherwise, when the difference is one value. */
  id?: string;
}

/** The differences between a unit as read and its truth: the first that is not one value, or one per value. */
function unitDifferences(
  plan: Plan,
  truth: TruthUnit,
  got: UnitInput,
  items: Map<string, PlanItem>,
  scaleOf: ScaleOf,
): Difference[] {
  if (got.block !== truth.block)
    return [{ text: `${truth.name}: khối ${show(got.block)}, đúng là "${truth.block}"` }];
  if ((got.collective ?? undefined) !== truth.collective)
    return [{ text: `${truth.name}: tập thể ${show(got.collective)}, đúng là ${show(truth.collective)}` }];
  const raw = (id: string) => got.values[id] ?? got.facts?.[id];
  const out: Difference[] = [];
  for (const [id, meaning] of [...Object.entries(truth.values), ...Object.entries(truth.facts)]) {
    const item = items.get(id);
    if (!item) return [{ text: `${truth.name}: "${id}" không có trong kế hoạch ${plan.id}` }];
    const diff = valueDifference(item, meaning, raw(id), scaleOf);
    if (diff) out.push({ text: `${truth.name} ${id}: ${diff}`, id });
  }
  for (const [id, v] of [...Object.entries(got.values), ...Object.entries(got.facts ?? {})])
    if (!(id in truth.values) && !(id in truth.facts) && !blank(v))
      out.push({ text: `${truth.name} ${id}: đọc ${show(v)} từ một cột không thuộc ${id}` });
  return out;
}

/** The ids a result flags as not known for certain: missing, unreadable or ambiguous values of that unit. */
function flaggedIds(result: UnitResult | undefined): Set<string> {
  const ids = new Set<string>();
  for (const f of result?.flags ?? []) {
    for (const id of [f.criterionId, f.factId, f.targetId]) if (id) ids.add(id);
    for (const id of f.missing ?? []) ids.add(id);
  }
  return ids;
}

/** Held, not final: no award, and the tiers it might take are named as waiting. */
const awardHeld = (r: UnitResult) => r.award === null && r.pendingTiers.length > 0;

/** A per-year fact's difference is flagged under the fact's id or "<fact>_<year>". */
const isFlagged = (flagged: Set<string>, id: string | undefined) =>
  id !== undefined && (flagged.has(id) || flagged.has(id.replace(/_\d{4}$/, '')));

const key = (s: string) => normalizeText(s).replace(/\s+/g, ' ').trim();

function findUnit(truth: TruthUnit, got: UnitInput[], taken: Set<UnitInput>): UnitInput | undefined {
  const names = new Set([truth.name, ...(truth.aliases ?? [])].map(key));
  return got.find((u) => !taken.has(u) && (u.id === truth.id || names.has(key(u.name ?? u.id))));
}

/** A refusal the official can act on: our own words, no stack trace, no library text. */
export function clearMessage(stderr: string): boolean {
  const text = stderr.trim();
  if (!text) return false;
  return !/\n\s+at\s|https?:\/\/|Lỗi không mong đợi|Unexpected error|TypeError|ReferenceError|undefined/.test(
    text,
  );
}

/** The sentence that says why: not the "Bảng: sheet …" progress line before it; cut for one line. */
function refusalText(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^(Bảng: sheet|Lưu ý khi đọc)/.test(l));
  return cut(lines[0] ?? '', 200);
}

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function lineResults(truth: Truth, reading: CliReading): LineResult[] {
  const all = reading.mappings?.length ? reading.mappings : reading.mapping ? [reading.mapping] : [];
  return truth.lines.map((l) => {
    const line = l.column ? `cột ${l.column}` : `dòng ${l.row}`;
    const base = { sheet: l.sheet, line, header: l.header, truth: l.target };
    const orientation = l.column ? 'rows' : 'columns';
    const m = all.find((x) => x.sheet === l.sheet);
    if (!m || m.orientation !== orientation)
      return { ...base, got: null, confidence: null, outcome: 'not-read' as const };
    const index = l.column ? columnIndex(l.column) : (l.row as number) - 1;
    const col = m.columns.find((c) => c.index === index);
    const got = col?.target?.id ?? null;
    const confidence = col ? col.confidence : null;
    const right = l.target === 'ignore' ? got === null : got === l.target;
    let outcome: LineOutcome;
    if (right) outcome = 'right';
    else if (got === null) outcome = 'missed';
    else outcome = (confidence ?? 0) >= HIGH_CONFIDENCE ? 'wrong-high' : 'wrong-low';
    return { ...base, got, confidence, outcome };
  });
}

export function compareWorkbook(truth: Truth, plan: Plan, reading: CliReading): WorkbookResult {
  const lines = lineResults(truth, reading);
  const units = { truth: truth.units.length, right: 0, held: 0, wrong: 0, missing: 0, extra: 0 };
  const result = (status: Status, first: string): WorkbookResult => ({
    file: truth.file,
    plan: truth.plan,
    expect: truth.expect,
    status,
    exitCode: reading.exitCode,
    first,
    sheetRead: reading.sheet ?? null,
    units,
    lines,
  });
  const refused = reading.exitCode !== 0;
  const message = refusalText(reading.stderr);
  if (truth.expect === 'refuse') {
    if (!refused)
      return result(
        'wrong',
        `đọc ${reading.units.length} đơn vị và thoát 0, đúng ra phải từ chối (${truth.reason ?? ''})`,
      );
    if (!clearMessage(reading.stderr)) return result('refused-unclear', `từ chối: ${message}`);
    const missing = (truth.mentions ?? []).find(
      (group) => !group.some((w) => key(reading.stderr).includes(key(w))),
    );
    if (missing)
      return result('refused-off-point', `từ chối nhưng không nói “${missing.join('” / “')}”: ${message}`);
    return result('right', `từ chối: ${message}`);
  }
  // Units are compared even when the run was refused: the reading before the CLI's coverage gate shows how close it is.
  const { wrong, held } = unitDiffs(truth, plan, reading, units);
  if (refused) {
    const first = wrong[0] ?? held[0];
    const tried = first ? ` | khi đọc: ${first}` : ' | khi đọc: đúng';
    const status = clearMessage(reading.stderr) ? 'refused' : 'refused-unclear';
    return result(status, `từ chối (mã ${reading.exitCode}): ${cut(message, 120)}${tried}`);
  }
  if (wrong.length) return result('wrong', wrong[0] as string);
  if (held.length) return result('held', `giữ lại, có cờ báo: ${held[0]}`);
  return result('right', 'đúng');
}

/**
 * Each truth unit is right, held (every difference flagged on it, or its award waiting), or wrong. Before scoring
 * (a refused run) nothing is flagged, so every difference counts as wrong.
 */
function unitDiffs(
  truth: Truth,
  plan: Plan,
  reading: CliReading,
  units: WorkbookResult['units'],
): { wrong: string[]; held: string[] } {
  const items = planItems(plan);
  const scaleOf = rateReader(plan, { rateScales: reading.rateScales });
  const taken = new Set<UnitInput>();
  const wrong: string[] = [];
  const held: string[] = [];
  for (const t of truth.units) {
    const got = findUnit(t, reading.units, taken);
    if (!got) {
      units.missing++;
      wrong.push(`thiếu đơn vị ${t.name} (sheet ${t.sheet})`);
      continue;
    }
    taken.add(got);
    const scored = reading.response?.results.find((r) => r.unitId === got.id);
    const diffs = unitDifferences(plan, t, got, items, scaleOf);
    if (diffs.length) {
      const flagged = flaggedIds(scored);
      const silent = diffs.filter((d) => !isFlagged(flagged, d.id));
      if (silent.length) {
        units.wrong++;
        wrong.push((silent[0] as Difference).text);
      } else {
        units.held++;
        held.push((diffs[0] as Difference).text);
      }
      continue;
    }
    const total = truth.totals.find((x) => x.id === t.id);
    if (
      total &&
      scored &&
      (!same(scored.total, total.total) || (scored.award?.name ?? null) !== total.award)
    ) {
      const text = `${t.name}: tổng ${scored.total} (${scored.award?.name ?? 'không giải'}), đúng là ${total.total} (${total.award ?? 'không giải'})`;
      if (same(scored.total, total.total) && awardHeld(scored)) {
        units.held++;
        held.push(`${text} — giải chờ xác định`);
      } else {
        units.wrong++;
        wrong.push(text);
      }
      continue;
    }
    units.right++;
  }
  for (const u of reading.units)
    if (!taken.has(u)) {
      units.extra++;
      wrong.push(`thừa đơn vị "${u.name ?? u.id}"`);
    }
  return { wrong, held };
}

/**
 * Whether the workbook genuinely lacks plan items its units are scored on: some criterion, target or required fact
 * that applies to a truth unit's block is fed by no line of the truth. Then the official runs --allow-partial.
 */
export function lacksPlanItems(truth: Truth, plan: Plan): boolean {
  if (truth.expect !== 'read') return false;
  const fed = new Set(truth.lines.map((l) => l.target));
  const blocks = new Set(truth.units.map((u) => u.block));
  const applies = (appliesTo?: string[]) => !appliesTo || appliesTo.some((b) => blocks.has(b));
  for (const [id, item] of planItems(plan)) {
    if (fed.has(id)) continue;
    if (item.kind === 'criterion') return true;
    if (item.kind === 'target' && applies(item.target.appliesTo)) return true;
    if (item.kind === 'fact' && item.fact.required !== false && applies(item.fact.appliesTo)) return true;
  }
  return false;
}

/** One line per workbook, as status.json keeps it: the status, how many units were right, the first difference. */
export function verdictLine(r: WorkbookResult): string {
  const u = r.units;
  const count =
    r.expect === 'read'
      ? ` [${u.right}/${u.truth} đơn vị đọc đúng${u.held ? `, ${u.held} giữ lại có cờ báo` : ''}${u.extra ? `, ${u.extra} thừa` : ''}]`
      : '';
  return `${r.status}${count} — ${r.first}`;
}
