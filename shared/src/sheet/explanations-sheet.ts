import { traceText } from '../engine/explain';
import type { DecisionStatus } from '../engine/decisions';
import type { TargetResult } from '../engine/targets';
import type { CriterionResult, ScoreResponse, UnitResult } from '../engine/types';
import type { Plan } from '../plan/schema';
import type { Lang } from '../values';
import type { CellKind, CellValue } from './model';
import { targetsText } from './output-columns';
import { PRINT_STYLES, PrintedSheet, type ColumnFit, type SheetPart } from './print-layout';
import { planBasis, runStamp } from './results-sheet';

/**
 * Above this many lines (units × criteria, targets and decisions: 800 communes of Phụng Hiệp's 24 criteria) the
 * sheet is left out and the run says so: each line carries its criterion's title (about 300 bytes), so the pane
 * would send Excel more than 6 MB in extra requests, and no council prints a thousand pages.
 */
export const MAX_EXPLANATION_ROWS = 20_000;

const T = {
  title: { vi: 'GIẢI TRÌNH KẾT QUẢ CHẤM ĐIỂM THI ĐUA', en: 'HOW EVERY RESULT WAS REACHED' },
  intro: {
    vi: 'Mỗi đơn vị: dòng tổng (đậm), rồi điểm và cách tính của từng tiêu chí, chỉ tiêu, hình thức khen thưởng.',
    en: 'Each unit: its summary line (bold), then the points and how they were reached, criterion by criterion.',
  },
  no_: { vi: 'STT', en: 'No.' },
  unitCriterion: { vi: 'Đơn vị / tiêu chí', en: 'Unit / criterion' },
  unitTarget: { vi: 'Đơn vị / chỉ tiêu', en: 'Unit / target' },
  points: { vi: 'Điểm', en: 'Points' },
  max: { vi: 'Điểm tối đa', en: 'Maximum' },
  outcome: { vi: 'Kết quả', en: 'Outcome' },
  explanation: { vi: 'Giải trình', en: 'Explanation' },
  met: { vi: 'Đạt', en: 'Met' },
  notMet: { vi: 'Chưa đạt', en: 'Not met' },
  unknown: { vi: 'Chưa xác định', en: 'Undetermined' },
};

const STATUS: Record<DecisionStatus, { vi: string; en: string }> = {
  granted: { vi: 'Đề nghị', en: 'Proposed' },
  notMet: { vi: 'Chưa đạt', en: 'Not met' },
  unknown: { vi: 'Chưa xác định', en: 'Undetermined' },
  ineligible: { vi: 'Chưa đủ điều kiện', en: 'Not eligible' },
  superseded: { vi: 'Đã có hình thức cao hơn', en: 'A higher form instead' },
  overQuota: { vi: 'Vượt số lượng — chờ Hội đồng', en: 'Over the quota — for the council' },
  tie: { vi: 'Đồng điểm — chờ Hội đồng', en: 'Tied — for the council' },
  notThisRound: { vi: 'Không xét đợt này', en: 'Not this round' },
  collectiveNotAwarded: { vi: 'Tập thể không được khen', en: 'Collective not awarded' },
  collectivePending: { vi: 'Chờ kết quả của tập thể', en: 'Waiting for the collective' },
  awaitingVote: { vi: 'Chờ Hội đồng bỏ phiếu', en: "Waiting for the council's vote" },
};

/** Lines of the sheet for this response: a summary line per unit and one per criterion, target and decision. */
export function explanationRowCount(response: ScoreResponse): number {
  return response.results.reduce(
    (n, u) => n + 1 + Object.keys(u.points).length + (u.targets?.length ?? 0) + (u.decisions?.length ?? 0),
    0,
  );
}

/** One criterion's line of the sheet: its points and the engine's words for them. */
interface CriterionRow {
  id: string;
  number: string;
  points: number;
  max: number;
  text: string | null;
}

/**
 * The unit's criteria with their explanations: the answer's own text when it was scored with `explain: 'full'`
 * (rendered again from its trace if the text was dropped), else the points alone with the flag of a value missing or
 * unreadable (flags always carry the cell's text) — a compact answer has no trace to explain a value read.
 */
function criterionRows(unit: UnitResult, plan: Plan, lang: Lang): CriterionRow[] {
  if (unit.criteria)
    return unit.criteria.map((c: CriterionResult) => ({
      id: c.id,
      number: c.number,
      points: c.points,
      max: c.max,
      text: c.explanation || traceText({ number: c.number, maxPoints: c.max }, c.trace, c.points, lang),
    }));
  return plan.criteria
    .filter((c) => Object.hasOwn(unit.points, c.id))
    .map((c) => ({
      id: c.id,
      number: c.number,
      points: unit.points[c.id],
      max: c.maxPoints,
      text:
        unit.flags.find(
          (f) =>
            f.criterionId === c.id &&
            (f.code === 'invalid-value' || f.code === 'missing-value' || f.code === 'ambiguous-rate-scale'),
        )?.message ?? null,
    }));
}

function targetOutcome(t: TargetResult, lang: Lang): string {
  return t.met === null ? T.unknown[lang] : t.met ? T.met[lang] : T.notMet[lang];
}

function targetText(t: TargetResult, lang: Lang): string {
  return t.explanation ?? `${t.number} '${t.title}': ${targetOutcome(t, lang)}`;
}

/**
 * The "Giải trình" sheet: every unit's points per criterion with the engine's explanation line, then its targets
 * and award decisions with their reasons, so the council can answer "why" from the workbook alone. Units in the
 * order of the results (block, then rank).
 */
export function buildExplanationsSheet(
  name: string,
  response: ScoreResponse,
  plan: Plan,
  lang: Lang,
  now: Date,
): SheetPart {
  const scored = plan.criteria.length > 0;
  const criteria = new Map(plan.criteria.map((c) => [c.id, c]));
  const titleOf = (id: string, fallback: string) => {
    const c = criteria.get(id);
    return c ? `${c.number}. ${(lang === 'en' ? c.titleEn : undefined) ?? c.title}` : fallback;
  };
  const fits: ColumnFit[] = scored
    ? [
        { min: 5, max: 6 },
        { min: 20, max: 45 },
        { min: 7, max: 10 },
        { min: 9, max: 10 },
        { min: 30, max: 75 },
      ]
    : [
        { min: 5, max: 6 },
        { min: 20, max: 45 },
        { min: 10, max: 18 },
        { min: 30, max: 80 },
      ];
  const kinds: CellKind[] = scored
    ? ['number', 'text', 'points', 'points', 'text']
    : ['number', 'text', 'text', 'text'];
  const header = scored
    ? [T.no_[lang], T.unitCriterion[lang], T.points[lang], T.max[lang], T.explanation[lang]]
    : [T.no_[lang], T.unitTarget[lang], T.outcome[lang], T.explanation[lang]];
  const row = (label: string, a: CellValue, b: CellValue, text: string | null, n: number | null = null) =>
    scored ? [n, label, a, b, text] : [n, label, a, text];

  const rows: CellValue[][] = [header];
  const bold: number[] = [];
  response.results.forEach((u: UnitResult, i) => {
    bold.push(rows.length);
    rows.push(
      scored
        ? row(u.name, u.total, u.maxTotal, u.explanation ?? null, i + 1)
        : row(u.name, targetsText(u, lang), null, u.explanation ?? null, i + 1),
    );
    for (const c of criterionRows(u, plan, lang))
      rows.push(row(titleOf(c.id, c.number), c.points, c.max, c.text));
    for (const t of u.targets ?? [])
      rows.push(
        row(`${t.number}. ${t.title}`, scored ? null : targetOutcome(t, lang), null, targetText(t, lang)),
      );
    for (const d of u.decisions ?? [])
      rows.push(
        scored
          ? row(d.name, null, null, `${STATUS[d.status][lang]}: ${d.reason}`)
          : row(d.name, STATUS[d.status][lang], null, d.reason),
      );
  });

  const sheet = new PrintedSheet(name, fits, lang);
  sheet.line(T.title[lang], PRINT_STYLES.title);
  sheet.line(plan.title, PRINT_STYLES.subtitle);
  sheet.line(planBasis(response, plan, lang), PRINT_STYLES.basis);
  sheet.line(runStamp(response, lang, now), PRINT_STYLES.note);
  sheet.line(T.intro[lang], PRINT_STYLES.note);
  sheet.skip();
  const points = plan.pointsDecimals > 0 ? `0.${'0'.repeat(plan.pointsDecimals)}` : '0';
  sheet.table(rows, kinds, 1, scored ? [null, null, points, points, null] : undefined);
  sheet.styleRows(bold.map((r) => ({ row: r, style: { bold: true } })));
  return sheet.finish();
}
