/** The council's part of a CLI run: its decisions in, what became of them out, final results kept. */
import {
  CouncilDecisionsSchema,
  type CouncilDecision,
  diffLines,
  finalStatus,
  markFinal,
  type UnreadDecision,
  type FinalRecord,
  snapshotOf,
  vietnamTime,
} from '@thidua/core/council';
import { formatZodPath, type Problem, type ScoreResponse, type Lang } from '@thidua/core';
import { findCouncilSheet, readCouncilSheet, type WorkbookModel } from '@thidua/core/sheet';
import { inLang } from '@thidua/core/workflow';
import { councilMessages } from './council-messages';
import { FileError, type CliIo } from './io';
import { readJson } from './load';
import type { Messages } from './messages';
import { ScoringRefused } from './prepare';

/** The decisions of this run: the workbook's council sheet, then a --decisions file; rows not read are problems. */
export async function councilInput(
  model: WorkbookModel | undefined,
  decisionsFile: string | undefined,
  io: CliIo,
  m: Messages,
  lang: Lang,
): Promise<{ decisions: CouncilDecision[]; problems: Problem[] }> {
  const decisions: CouncilDecision[] = [];
  const problems: Problem[] = [];
  const sheet = model && findCouncilSheet(model.sheets);
  if (sheet) {
    const read = readCouncilSheet(sheet);
    decisions.push(...read.decisions);
    problems.push(...read.problems);
  }
  if (decisionsFile) {
    const data = await readJson(io, decisionsFile, m);
    const list = Array.isArray(data)
      ? data
      : (data as { councilDecisions?: unknown } | null)?.councilDecisions;
    const parsed = CouncilDecisionsSchema.safeParse(list);
    if (!parsed.success)
      throw new FileError(
        `${councilMessages(lang).badDecisions(decisionsFile)}\n${parsed.error.issues
          .map((i) => `  ${formatZodPath(i.path) || '(tệp)'}: ${i.message}`)
          .join('\n')}`,
      );
    decisions.push(...parsed.data.map((d, i) => ({ ...d, source: d.source ?? `${decisionsFile}#${i + 1}` })));
  }
  return { decisions, problems };
}

/** What became of each decision, the votes still needed, and a hint when ties wait for the council. */
export function reportCouncil(
  response: ScoreResponse,
  lang: Lang,
  write: (s: string) => void,
  hasSheet: boolean,
): void {
  const c = councilMessages(lang);
  const report = response.council;
  if (report) {
    write(`${c.councilHead(report.applied, report.refused)}\n`);
    for (const d of report.decisions)
      write(`${d.status === 'applied' ? c.councilApplied(d.message) : c.councilRefused(d.message)}\n`);
    if (report.votesNeeded.length) write(`${c.votesNeeded(report.votesNeeded.length)}\n`);
  }
  const open = response.summary.blocks.some((b) => b.ties.length || b.heldForData.length);
  if (open && !report?.applied) write(`${hasSheet ? c.councilHintSheet : c.councilHint}\n`);
}

export function reportSheetProblems(problems: Problem[], lang: Lang, io: CliIo): void {
  if (!problems.length) return;
  io.stderr(`${councilMessages(lang).sheetProblems(problems.length)}\n`);
  for (const p of problems) io.stderr(`  ${p.path}: ${inLang(p, lang)}\n`);
}

/**
 * --final: the record marking this run final, or exit 1 when the workbook's final results differ and
 * --replace-final was not given (the diff is printed). Without --final: a run that differs from the final record
 * says what differs, on stderr.
 */
export function finalForRun(
  response: ScoreResponse,
  settings: Record<string, string> | undefined,
  opts: {
    final: boolean;
    replace: boolean;
    by?: string;
    now: Date;
    lang: Lang;
    /** The council sheet's rows that could not be read: the results are not marked final while they stand. */
    unread?: readonly UnreadDecision[];
  },
  io: CliIo,
): FinalRecord | undefined {
  const c = councilMessages(opts.lang);
  if (opts.final) {
    const marked = markFinal(response, settings, opts);
    if (!marked.ok)
      throw new ScoringRefused(
        // held awards: the message names each one; a different final record: what differs from it
        marked.held.length || marked.diff.same
          ? marked.message
          : `${marked.message}\n${diffLines(marked.diff, opts.lang, undefined, { why: true })
              .map((l) => `  ${l}`)
              .join('\n')}`,
      );
    return marked.record;
  }
  const status = finalStatus(settings, snapshotOf(response, opts.now));
  if (status.kind === 'differs') {
    io.stderr(`${c.finalDiffers(finalLineText(status.record.markedAt, opts.lang))}\n`);
    for (const line of diffLines(status.diff, opts.lang, undefined, { why: true })) io.stderr(`  ${line}\n`);
  }
  return undefined;
}

function finalLineText(markedAt: string, lang: Lang): string {
  // the day in Viet Nam, as the results sheet says it ("05/01/2024"), not the UTC day
  const at = vietnamTime(markedAt).slice(0, 10);
  return lang === 'en'
    ? `this run differs from the final results marked on ${at}; they stay the final record`
    : `lần chấm này khác với kết quả chính thức chốt ngày ${at}; kết quả chính thức vẫn giữ nguyên`;
}
