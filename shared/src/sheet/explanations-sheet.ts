import { traceText } from '../engine/explain';
import type { DecisionStatus } from '../engine/decisions';
import type { TargetResult } from '../engine/targets';
import type { CriterionResult, ScoreResponse, UnitResult } from '../engine/types';
import type { Plan } from '../plan/schema';
import { word, type WordCode } from '../messages';
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

const STATUS: Record<DecisionStatus, WordCode> = {
  granted: 'status.granted',
  notMet: 'outcome.not-met',
  unknown: 'outcome.unknown',
  ineligible: 'sheet.not-eligible',
  superseded: 'status.superseded',
  overQuota: 'status.over-quota',
  tie: 'status.tie',
  notThisRound: 'status.not-this-round',
  collectiveNotAwarded: 'status.collective-not-awarded',
  collectivePending: 'status.collective-pending',
  awaitingVote: 'status.awaiting-vote',
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
  return t.met === null
    ? word('outcome.unknown', lang)
    : t.met
      ? word('outcome.met', lang)
      : word('outcome.not-met', lang);
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
    ? [
        word('column.no', lang),
        word('explanations.unit-criterion', lang),
        word('explanations.points', lang),
        word('explanations.max', lang),
        word('explanations.explanation', lang),
      ]
    : [
        word('column.no', lang),
        word('explanations.unit-target', lang),
        word('explanations.outcome', lang),
        word('explanations.explanation', lang),
      ];
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
          ? row(d.name, null, null, `${word(STATUS[d.status], lang)}: ${d.reason}`)
          : row(d.name, word(STATUS[d.status], lang), null, d.reason),
      );
  });

  const sheet = new PrintedSheet(name, fits, lang);
  sheet.line(word('explanations.title', lang), PRINT_STYLES.title);
  sheet.line(plan.title, PRINT_STYLES.subtitle);
  sheet.line(planBasis(response, plan, lang), PRINT_STYLES.basis);
  sheet.line(runStamp(response, lang, now), PRINT_STYLES.note);
  sheet.line(word('explanations.intro', lang), PRINT_STYLES.note);
  sheet.skip();
  const points = plan.pointsDecimals > 0 ? `0.${'0'.repeat(plan.pointsDecimals)}` : '0';
  sheet.table(rows, kinds, 1, scored ? [null, null, points, points, null] : undefined);
  sheet.styleRows(bold.map((r) => ({ row: r, style: { bold: true } })));
  return sheet.finish();
}
