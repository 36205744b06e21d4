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

import type { Explain } from '../api/response-schema';
import type { CouncilDecision } from '../council/schema';
import type { Lang } from '../values';
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
  /**
   * How much explanation text the answer carries: 'summary' (the default) one line per unit, 'full' each criterion's
   * trace and explanation too, 'none' no explanation line.
   */
  explain?: Explain;
  /** Earlier versions: true = explain 'full', false = 'summary'. */
  explanations?: boolean;
  /** The date the award decision is signed (prize money by law); overrides the plan's awards.decisionDate. */
  decisionDate?: string;
  /** The awards council's decisions to apply in this run (engine/council.ts): applied, or refused with the reason. */
  councilDecisions?: CouncilDecision[];
}

/**
 * The answer's types are inferred from its zod schemas (api/response-schema.ts), which also generate the OpenAPI
 * document: what the engine builds, what the type checker allows and what the contract says are one description.
 */
export type {
  AwardResult,
  BlockSummary,
  CriterionResult,
  CriterionTrace,
  Explain,
  Flag,
  HeldForData,
  ScoreResponse,
  ScoreSummary,
  TieForCouncil,
  TierSummary,
  UnitResult,
} from '../api/response-schema';
