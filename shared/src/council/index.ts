/**
 * The council's side of a run: its decisions (schema), the snapshot of a run kept in the workbook, the difference
 * between two runs, and marking a run final. The engine applies the decisions (engine/council.ts).
 */
export {
  CouncilDecisionSchema,
  CouncilDecisionsSchema,
  MAX_COUNCIL_DECISIONS,
  type CouncilDecision,
  type CouncilDecisionKind,
} from './schema';
export { CouncilReportSchema, type CouncilOutcome, type CouncilReport } from './report-schema';
export {
  fingerprintOf,
  isScoreResponse,
  parseSnapshot,
  sameFingerprint,
  snapshotOf,
  type Fingerprint,
  type RunSnapshot,
} from './snapshot';
export { diffLines, diffRuns, type RunDiff } from './diff';
export {
  COUNCIL_SETTING_KEYS,
  finalLine,
  finalStatus,
  heldAwards,
  markFinal,
  parseFinal,
  refusedDecisions,
  vietnamTime,
  type FinalRecord,
  type RefusedDecision,
  type UnreadDecision,
  type FinalStatus,
  type HeldAward,
  type MarkFinal,
} from './final';
