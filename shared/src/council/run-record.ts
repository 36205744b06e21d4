/**
 * What a scoring run writes about the council into the workbook: the run's snapshot (for later diffs), the final
 * record when this run is marked final, the visible line of the results sheet and the run log's two cells.
 */
import type { ScoreResponse } from '../engine/types';
import type { Lang } from '../values';
import { COUNCIL_SETTING_KEYS, finalLine, finalStatus, type FinalRecord, type FinalStatus } from './final';
import { snapshotOf, type RunSnapshot } from './snapshot';

/** A log cell holds at most 32 767 characters; the list of decisions stops well before. */
const LOG_CELL_CHARS = 30_000;

export interface CouncilRunRecord {
  snapshot: RunSnapshot;
  status: FinalStatus;
  /** The results sheet's line: final, differing from the final record, or not marked final (with the fingerprint). */
  line: string;
  /** The run log's cells: the decisions applied and refused, and the final status. */
  log: { decisions: string | null; final: string };
  settings: Record<string, string>;
}

export function councilRunRecord(input: {
  response: ScoreResponse;
  settings?: Record<string, string>;
  now: Date;
  lang: Lang;
  /** The record marking this run final (council/final.ts markFinal), stored with the run. */
  final?: FinalRecord;
}): CouncilRunRecord {
  const snapshot = snapshotOf(input.response, input.now);
  const settings: Record<string, string> = { [COUNCIL_SETTING_KEYS.lastResult]: JSON.stringify(snapshot) };
  let status: FinalStatus;
  if (input.final) {
    settings[COUNCIL_SETTING_KEYS.final] = JSON.stringify(input.final);
    status = { kind: 'same', record: input.final };
  } else status = finalStatus(input.settings, snapshot);
  const line = finalLine(status, snapshot, input.lang);
  const report = input.response.council;
  let decisions: string | null = null;
  if (report) {
    const en = input.lang === 'en';
    const head = en
      ? `${report.applied} applied, ${report.refused} refused (${report.decisionsHash})`
      : `Áp dụng ${report.applied}, từ chối ${report.refused} (${report.decisionsHash})`;
    const lines = report.decisions.map(
      (d) => `${d.status === 'applied' ? '✓' : '✗'} ${d.source ?? `#${d.index + 1}`}: ${d.message}`,
    );
    decisions = [head, ...lines].join('\n');
    if (decisions.length > LOG_CELL_CHARS) decisions = `${decisions.slice(0, LOG_CELL_CHARS)}…`;
  }
  return { snapshot, status, line, log: { decisions, final: line }, settings };
}
