import { countFlags } from '../engine/response';
import type { ScoreOptions, ScoreResponse, UnitInput } from '../engine/types';
import type { Plan } from '../plan/schema';
import type { Problem } from '../problems';
import { extractUnits, validateSheet, type Extraction } from '../sheet/extract';
import type { ColumnMapping } from '../sheet/mapping';
import type { SheetModel } from '../sheet/model';
import type { ExtendedWritePlan } from '../sheet/write-extras';
import { buildWritePlan, type BuildWritePlanInput } from '../sheet/write-plan';
import type { Lang } from '../values';
import { appliesToBlock, mappingCoverage, type Coverage } from './coverage';
import {
  notMappedFlagMessage,
  nothingMappedProblem,
  partialMappingProblem,
  type Audience,
  type SheetRead,
} from './messages';
import { mappingSettings, type ResolvedSheet } from './resolve';

/** The flag code on a unit's result for what no column of the sheet feeds. */
export const NOT_MAPPED_FLAG = 'criteria-not-mapped';

/**
 * Reads the units of the resolved sheet. `validate` adds the engine's reading of every value at its cell and the
 * plan items no column feeds (the check step, the CLI); a saved mapping's changed headers come first.
 */
export function readUnits(
  resolved: Pick<ResolvedSheet, 'sheet' | 'mapping'> & { problems?: Problem[] },
  plan: Plan,
  opts: { block?: string; lang?: Lang; validate?: boolean } = {},
): Extraction {
  const block = opts.block ? { block: opts.block } : {};
  const extraction = opts.validate
    ? validateSheet(resolved.sheet, resolved.mapping, plan, {
        ...block,
        ...(opts.lang ? { options: { lang: opts.lang } } : {}),
      })
    : extractUnits(resolved.sheet, resolved.mapping, plan, block);
  if (resolved.problems?.length) extraction.problems.unshift(...resolved.problems);
  return extraction;
}

export type Gate =
  | { ok: true; coverage: Coverage; note?: Problem }
  | { ok: false; coverage: Coverage; code: 'nothing-mapped' | 'partial-mapping'; problem: Problem };

/**
 * May this sheet be scored? Nothing mapped: never. Part of the plan fed by no column: only with `allowPartial`
 * (the official's confirmation, the CLI's --allow-partial), and then `note` says what is not read.
 */
export function scoringGate(
  resolved: SheetRead,
  plan: Plan,
  units: readonly UnitInput[] | undefined,
  opts: { allowPartial?: boolean; audience: Audience; considered?: SheetRead[]; sheetNames?: string[] },
): Gate {
  const coverage = mappingCoverage(resolved.mapping, plan, units);
  if (coverage.status === 'none') {
    const read = opts.considered?.length ? opts.considered : [resolved];
    return {
      ok: false,
      coverage,
      code: 'nothing-mapped',
      problem: nothingMappedProblem(read, plan, opts.audience, opts.sheetNames),
    };
  }
  if (coverage.status === 'partial') {
    const problem = partialMappingProblem(
      resolved.sheet.name,
      coverage.notMapped,
      opts.audience,
      opts.allowPartial === true,
    );
    return opts.allowPartial
      ? { ok: true, coverage, note: problem }
      : { ok: false, coverage, code: 'partial-mapping', problem };
  }
  return { ok: true, coverage };
}

/** The body of a score request (the API's /score, the in-page engine, the CLI's scoreRequest). */
export function scoreRequestBody(
  plan: string | Plan | Record<string, unknown>,
  units: UnitInput[],
  options: ScoreOptions = {},
): { plan: unknown; units: UnitInput[]; options: ScoreOptions } {
  return { plan, units, options };
}

/**
 * The response with every unit's result saying what of the plan was not read for it (flag criteria-not-mapped
 * naming them), counted in the summary's flagCounts. Items that apply only to other blocks are left off a unit.
 */
export function markNotMapped(response: ScoreResponse, coverage: Coverage, lang: Lang): ScoreResponse {
  if (!coverage.notMapped.length) return response;
  const results = response.results.map((r) => {
    const items = coverage.notMapped.filter((item) => appliesToBlock(item, r.block || undefined));
    if (!items.length) return r;
    return {
      ...r,
      flags: [
        ...r.flags,
        {
          code: NOT_MAPPED_FLAG,
          message: notMappedFlagMessage(items, lang),
          notMapped: items.map((i) => i.target.id),
        },
      ],
    };
  });
  return { ...response, results, summary: { ...response.summary, flagCounts: countFlags(results) } };
}

/** The scoring call, injected: the pane's API (or the engine in the page), the CLI's scoreRequest. */
export type ScoreCall = (body: ReturnType<typeof scoreRequestBody>) => Promise<ScoreResponse>;

export type ScoredSheet =
  | { ok: true; gate: Extract<Gate, { ok: true }>; response: ScoreResponse }
  | { ok: false; gate: Extract<Gate, { ok: false }> };

/**
 * Gate → request → score → flag what was not read: the scoring step of a sheet, the same in the CLI and the pane.
 * A refused sheet is never sent to `score`.
 */
export async function scoreSheet(
  step: {
    resolved: SheetRead;
    plan: Plan;
    /** What the request names: a built-in plan's id, or the plan document. */
    planRef: string | Plan | Record<string, unknown>;
    units: UnitInput[];
    lang: Lang;
    options?: ScoreOptions;
    allowPartial?: boolean;
    audience: Audience;
    considered?: SheetRead[];
    sheetNames?: string[];
  },
  score: ScoreCall,
): Promise<ScoredSheet> {
  const gate = scoringGate(step.resolved, step.plan, step.units, step);
  if (!gate.ok) return { ok: false, gate };
  const response = await score(
    scoreRequestBody(step.planRef, step.units, { ...step.options, lang: step.lang }),
  );
  return { ok: true, gate, response: markNotMapped(response, gate.coverage, step.lang) };
}

/**
 * The write plan of a scored sheet: buildWritePlan with the mapping stored under its sheet's key (the one key the
 * next run, in the CLI or the pane, reads first).
 */
export function writePlanFor(
  input: Omit<BuildWritePlanInput, 'mapping' | 'mappingSetting' | 'mappingKey' | 'sheet'> & {
    sheet: SheetModel;
    mapping: ColumnMapping;
  },
): ExtendedWritePlan {
  const [[mappingKey, mappingSetting]] = Object.entries(mappingSettings(input.mapping));
  return buildWritePlan({ ...input, mappingKey, mappingSetting });
}
