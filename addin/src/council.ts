/**
 * The council's part of the pane, as plain async functions over a WorkbookHost (no React): read the decisions on
 * the "Quyết định của Hội đồng" sheet, add one, compare runs, preview a plan edit, mark a run final. Every rule lives
 * in shared/ (council/, engine/council.ts, sheet/council-sheet.ts).
 */
import { scoreRequest, type ScoreOptions, type ScoreResponse, type Plan, type Problem } from '@thidua/core';
import {
  diffRuns,
  type RunDiff,
  COUNCIL_SETTING_KEYS,
  markFinal,
  type UnreadDecision,
  parseFinal,
  type FinalRecord,
  parseSnapshot,
  snapshotOf,
  type RunSnapshot,
  type CouncilDecision,
} from '@thidua/core/council';
import { addDecisionPlan, findCouncilSheet, readCouncilSheet, type ColumnMapping } from '@thidua/core/sheet';
import { readUnits, scoreSheet } from '@thidua/core/workflow';
import type { WorkbookHost } from './adapters/host';
import { t, type UiLang } from './i18n';
import { ProblemsError } from './pane-error';

/** The decisions recorded on the workbook's council sheet (none without one), and the rows that cannot be read. */
export async function readCouncilDecisions(
  host: WorkbookHost,
  sheetNames?: string[],
): Promise<{ decisions: CouncilDecision[]; problems: Problem[] }> {
  const name = findCouncilSheet((sheetNames ?? (await host.listSheets())).map((n) => ({ name: n })))?.name;
  if (!name) return { decisions: [], problems: [] };
  return readCouncilSheet(await host.readSheet(name));
}

/** The options a run sends: the council's decisions, when there are any. */
export function councilOptions(decisions: CouncilDecision[]): ScoreOptions {
  return decisions.length ? { councilDecisions: decisions } : {};
}

/** Adds one decision as a row below everything on the council sheet (creating the sheet when there is none). */
export async function recordDecision(
  host: WorkbookHost,
  decision: CouncilDecision,
  lang: UiLang,
): Promise<void> {
  const names = await host.listSheets();
  const name = findCouncilSheet(names.map((n) => ({ name: n })))?.name;
  const sheet = name ? await host.readSheet(name) : undefined;
  const settings = await host.readSettings();
  await host.apply(addDecisionPlan(sheet, decision, { lang, settings }), []);
}

export function lastSnapshot(settings: Record<string, string>): RunSnapshot | undefined {
  return parseSnapshot(settings[COUNCIL_SETTING_KEYS.lastResult]);
}

export function finalRecordOf(settings: Record<string, string>): FinalRecord | undefined {
  return parseFinal(settings[COUNCIL_SETTING_KEYS.final]);
}

/** The final results differ and replacing them was not asked for: nothing is written. */
export class FinalRefusedError extends Error {
  constructor(
    message: string,
    readonly diff: RunDiff,
  ) {
    super(message);
  }
}

/** The record marking this run final, when the official asked for it (refused if a different final exists). */
export function finalFor(
  response: ScoreResponse,
  settings: Record<string, string>,
  ask: { by?: string; replace?: boolean } | undefined,
  lang: UiLang,
  now: Date,
  /** The council sheet's rows that could not be read: the results are not marked final while they stand. */
  unread: readonly UnreadDecision[] = [],
): FinalRecord | undefined {
  if (!ask) return undefined;
  const marked = markFinal(response, settings, { now, by: ask.by, replace: ask.replace, lang, unread });
  if (!marked.ok) throw new FinalRefusedError(marked.message, marked.diff);
  return marked.record;
}

/**
 * "Xem trước ảnh hưởng": the plan as edited (e.g. on the "Tiêu chí" sheet) scored in the page on the table as it is
 * now, with the council's decisions, and compared with the last run — nothing is written.
 */
export async function previewPlan(
  host: WorkbookHost,
  plan: Plan,
  mapping: ColumnMapping,
  opts: { block?: string; lang: UiLang },
): Promise<{ diff: RunDiff; before: RunSnapshot; after: RunSnapshot } | { problem: string }> {
  const settings = await host.readSettings();
  const before = lastSnapshot(settings);
  if (!before) return { problem: t('previewNeedsRun', opts.lang) };
  const sheet = await host.readSheet(mapping.sheet);
  const { units } = readUnits({ sheet, mapping }, plan, { block: opts.block });
  const { decisions } = await readCouncilDecisions(host);
  // the same reading as a run (the sheet's rate scales, what is not mapped), scored in the page
  const scored = await scoreSheet(
    {
      resolved: { sheet, mapping },
      plan,
      planRef: plan,
      units,
      lang: opts.lang,
      options: { ...councilOptions(decisions), explain: 'none' },
      allowPartial: true,
      audience: 'pane',
    },
    async (body) => {
      const outcome = scoreRequest(body);
      if (!outcome.ok) throw new ProblemsError('inPageRefused', outcome.problems);
      return outcome.response;
    },
  );
  if (!scored.ok)
    return {
      problem:
        opts.lang === 'en'
          ? (scored.gate.problem.messageEn ?? scored.gate.problem.message)
          : scored.gate.problem.message,
    };
  const after = snapshotOf(scored.response);
  return { diff: diffRuns(before, after), before, after };
}
