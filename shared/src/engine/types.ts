/** A unit (đơn vị: commune, department…) as it arrives from a sheet, the API or the CLI. */
export interface UnitInput {
  id: string;
  name?: string;
  block?: string;
  values: Record<string, unknown>;
  facts?: Record<string, unknown>;
  /** Collective (default), individual or household; defaults to the block's kind. */
  kind?: 'collective' | 'individual' | 'household';
  /** For an individual: the id of the collective (unit) it belongs to. */
  collective?: string;
}

import type { Lang } from '../values';
import type { UnitKind } from '../plan/schema';
import type { TargetResult } from './targets';
import type { DecisionResult, DecisionSummary } from './decisions';
export type { Lang };

export interface ScoreOptions {
  lang?: Lang;
  /**
   * How plain numbers (no "%") in rate cells are read, overriding the plan's `rateScale`: 'percent' (80,5 = 80,5%,
   * the default), 'fraction' (0,805 = 80,5%); 'auto' (earlier versions) flags a number in (0, 1] as ambiguous.
   */
  rateScale?: 'auto' | 'percent' | 'fraction';
  /**
   * Per criterion, target or fact id ("<factId>_<year>" for one year of a per-year fact): the scale a sheet column
   * established — 'percent' or 'fraction' (the cells' % format, numbers above 1, the plan's scale), or 'ambiguous'
   * (an unformatted column whose numbers all lie in [0, 1] and no declared scale: such numbers are flagged
   * `ambiguous-rate-scale` and the awards they could change are held). Filled by the sheet reader (`extractUnits`).
   */
  rateScales?: Record<string, 'percent' | 'fraction' | 'ambiguous'>;
  /** Leave out per-criterion explanations (smaller responses). */
  explanations?: boolean;
  /** The date the award decision is signed (prize money by law); overrides the plan's awards.decisionDate. */
  decisionDate?: string;
}

export interface Flag {
  code: string;
  message: string;
  criterionId?: string;
  factId?: string;
  /** criteria-not-mapped: the criterion, target and fact ids ("<factId>_<year>" per year) no column of the sheet feeds. */
  notMapped?: string[];
  /** pending-missing-data: the units whose missing, unreadable or ambiguous values this award waits for. */
  heldBy?: string[];
  /** pending-missing-data on the unit whose values are not known: those criterion and fact ids. */
  missing?: string[];
}

export interface CriterionResult {
  id: string;
  number: string;
  points: number;
  max: number;
  /** The value as read (percent for rates, 1/0 for yes/no), or null when missing or invalid. */
  value: number | null;
  status: 'ok' | 'missing' | 'invalid';
  explanation?: string;
}

export interface AwardResult {
  tier: string;
  name: string;
  prize: number | null;
  prizeInWords: string | null;
  bonusPoints: number;
  certificates: number;
  awardForm?: string;
  dossierSets?: number;
  /** Dossier due date (ISO): the decision's, else the plan's awards.dueDate. */
  dueDate?: string;
}

export interface UnitResult {
  unitId: string;
  name: string;
  block: string;
  total: number;
  maxTotal: number;
  criteria: CriterionResult[];
  eligible: boolean;
  excluded: boolean;
  incomplete: boolean;
  /** Why the unit is not eligible (empty when eligible). */
  reasons: string[];
  flags: Flag[];
  rank: number | null;
  award: AwardResult | null;
  /** Individual commendations proposed for this unit (tier's, or the plan's "other units" rule). */
  certificates: number | null;
  /**
   * Tiers this unit may get, not final: tied for the council (`tie-at-tier-boundary`), or waiting for missing,
   * unreadable or ambiguous values (`pending-missing-data`); empty otherwise.
   */
  pendingTiers: string[];
  explanation: string;
  /** Collective, individual or household (plans with kinds of subjects). */
  kind?: UnitKind;
  /** An individual's collective. */
  collective?: string;
  /** Targets that apply to the unit: value, target, met, ratio (plans with targets). */
  targets?: TargetResult[];
  /** Every award decision that applies to the unit, granted or not, with its reason (plans with decisions). */
  decisions?: DecisionResult[];
}

export interface TierSummary {
  tier: string;
  name: string;
  slots: number;
  awarded: string[];
  pending: string[];
  /** Places of the tier not final (tied for the council or waiting for missing data): min(free places, pending). */
  held: number;
  prize: number | null;
}

/** A unit whose values are not known, and the awards (its own and others') that wait for them. */
export interface HeldForData {
  unitId: string;
  /** Criterion and fact ids whose values are missing, unreadable or ambiguous. */
  missing: string[];
  /** Units whose award waits for these values. */
  holds: string[];
}

export interface TieForCouncil {
  block: string;
  total: number;
  rank: number;
  unitIds: string[];
  tiers: string[];
  slots: number;
  message: string;
}

export interface BlockSummary {
  block: string;
  name: string;
  units: number;
  ranked: number;
  excluded: number;
  ineligible: number;
  incomplete: number;
  prizeFundUsed: number;
  prizeFundPlanned: number | null;
  /** Prize money of the places not final yet (tied or held): the most that may still be awarded. */
  prizeFundPending: number;
  tiers: TierSummary[];
  ties: TieForCouncil[];
  heldForData: HeldForData[];
}

export interface ScoreSummary {
  units: number;
  excluded: number;
  ineligible: number;
  incomplete: number;
  prizeFundUsed: number;
  prizeFundUsedInWords: string;
  prizeFundPlanned: number | null;
  /** Prize money not final yet: places tied or held (tiers) and decisions pending for the council or for data. */
  prizeFundPending: number;
  prizeFundPendingInWords: string;
  /** Units whose award waits for missing, unreadable or ambiguous values. */
  held: number;
  blocks: BlockSummary[];
  flagCounts: Record<string, number>;
  /** Per award decision: who is proposed, who waits for the council, prize total (plans with decisions). */
  decisions?: DecisionSummary[];
}

export interface ScoreResponse {
  planId: string;
  planVersion: string;
  planHash: string;
  inputHash: string;
  engineVersion: string;
  lang: Lang;
  results: UnitResult[];
  summary: ScoreSummary;
}
