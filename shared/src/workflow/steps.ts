import { countFlags } from '../engine/response';
import { bilingual, say } from '../messages';
import type { ScoreRequest } from '../api/schemas';
import type { ScoreOptions, ScoreResponse, UnitInput } from '../engine/types';
import type { Plan } from '../plan/schema';
import type { Problem } from '../problems';
import { extractUnits, sheetRateScales, validateSheet, type Extraction } from '../sheet/extract';
import type { ColumnMapping } from '../sheet/mapping';
import type { SheetModel } from '../sheet/model';
import type { ExtendedWritePlan } from '../sheet/write-extras';
import { buildWritePlan, type BuildWritePlanInput } from '../sheet/write-plan';
import type { Lang } from '../values';
import { onlyCollectiveBlock, sheetBlock, unitsWithoutBlock } from './blocks';
import { linkCollectives } from './collectives';
import { appliesToBlock, mappingCoverage, type Coverage } from './coverage';
import {
  ambiguousSheetsProblem,
  blockConflictProblem,
  blockUnknownProblem,
  notMappedFlagMessage,
  nothingMappedProblem,
  partialMappingProblem,
  repeatedUnitsProblem,
  layoutNote,
  withNotes,
  type Audience,
  type Bilingual,
  type SheetRead,
} from './messages';
import { repeatedUnits } from './repeated-units';
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
  // no --block / chosen block: the sheet's title or name may give it (below a block column and group headings)
  let inferred = opts.block ? undefined : sheetBlock(resolved.sheet, resolved.mapping, plan)?.block;
  if (!opts.block && !inferred && plan.blocks.length > 1)
    inferred = onlyCollectiveBlock(extractUnits(resolved.sheet, resolved.mapping, plan).units, plan);
  const block = opts.block ? { block: opts.block } : inferred ? { sheetBlock: inferred } : {};
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
  | {
      ok: false;
      coverage: Coverage;
      code: 'nothing-mapped' | 'partial-mapping' | 'block-unknown' | 'ambiguous-sheets' | 'repeated-units';
      problem: Problem;
    };

/** One sheet read, with its units: the blocks of a workbook kept on several sheets are scored together. */
export interface SheetPart {
  resolved: SheetRead;
  units: readonly UnitInput[];
}

/** What the coverage check needs besides the sheet: who asks, what they confirmed, which other sheets were read. */
export interface GateOptions {
  allowPartial?: boolean;
  audience: Audience;
  considered?: SheetRead[];
  sheetNames?: string[];
  /** Sheets holding the same table for the same units (chooseSheets): which one is the official's choice. */
  ambiguous?: string[];
  /** Every sheet read with its units, when the workbook's blocks are on several sheets (chooseSheets). */
  parts?: SheetPart[];
  /** What the reader said (extraction problems): a unit without a block because two sources disagree is named so. */
  readerProblems?: readonly Problem[];
}

/**
 * May this sheet be scored? Nothing mapped: never. Part of the plan fed by no column: only with `allowPartial`
 * (the official's confirmation, the CLI's --allow-partial), and then `note` says what is not read.
 */
export function scoringGate(
  resolved: SheetRead,
  plan: Plan,
  units: readonly UnitInput[] | undefined,
  opts: GateOptions,
): Gate {
  const parts = opts.parts?.length ? opts.parts : [{ resolved, units: units ?? [] }];
  const coverage = combinedCoverage(
    parts.map((p) => mappingCoverage(p.resolved.mapping, plan, opts.parts?.length ? p.units : units)),
  );
  if (opts.ambiguous && opts.ambiguous.length > 1)
    return {
      ok: false,
      coverage,
      code: 'ambiguous-sheets',
      problem: ambiguousSheetsProblem(opts.ambiguous, opts.audience),
    };
  if (coverage.status !== 'none') {
    const unplaced = parts.flatMap((p) => unitsWithoutBlock(p.units, plan));
    const ids = new Set(unplaced.map((u) => u.id));
    const conflicts = (opts.readerProblems ?? []).filter(
      (p) => p.code === 'block-conflict' && p.unitId !== undefined && ids.has(p.unitId),
    );
    if (conflicts.length)
      return {
        ok: false,
        coverage,
        code: 'block-unknown',
        problem: blockConflictProblem(conflicts, opts.audience),
      };
    if (unplaced.length)
      return {
        ok: false,
        coverage,
        code: 'block-unknown',
        problem: blockUnknownProblem(
          parts.filter((p) => unitsWithoutBlock(p.units, plan).length).map((p) => p.resolved.sheet.name),
          unplaced,
          plan,
          opts.audience,
        ),
      };
  }
  const repeated = repeatedUnits(parts.flatMap((p) => p.units));
  if (repeated.length)
    return {
      ok: false,
      coverage,
      code: 'repeated-units',
      problem: repeatedUnitsProblem(
        parts.map((p) => p.resolved.sheet.name),
        repeated,
        opts.audience,
      ),
    };
  // what the layout itself says is wrong: columns with no year or title of their own, points instead of figures
  const notes = parts.map((p) => layoutNote(p.resolved)).filter((n): n is Bilingual => n !== undefined);
  if (coverage.status === 'none') {
    const read = opts.considered?.length ? opts.considered : [resolved];
    return {
      ok: false,
      coverage,
      code: 'nothing-mapped',
      problem: withNotes(nothingMappedProblem(read, plan, opts.audience, opts.sheetNames), notes),
    };
  }
  if (coverage.status === 'partial') {
    const problem = withNotes(
      partialMappingProblem(
        parts.map((p) => p.resolved.sheet.name).join('", "'),
        coverage.notMapped,
        opts.audience,
        opts.allowPartial === true,
        coverage.uncertain,
      ),
      notes,
    );
    return opts.allowPartial
      ? { ok: true, coverage, note: problem }
      : { ok: false, coverage, code: 'partial-mapping', problem };
  }
  return { ok: true, coverage };
}

/** The coverage of several sheets read together: what any of them misses for its own units, each item once. */
function combinedCoverage(all: Coverage[]): Coverage {
  if (all.length === 1) return all[0];
  const seen = new Set<string>();
  const notMapped = all
    .flatMap((c) => c.notMapped)
    .filter((i) => {
      const key = `${i.target.kind}:${i.target.id}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const mapped = all.reduce((n, c) => n + c.mapped, 0);
  const uncertain = all.flatMap((c) => c.uncertain ?? []);
  const status = mapped === 0 ? 'none' : notMapped.length || uncertain.length ? 'partial' : 'complete';
  return { status, mapped, notMapped, uncertain };
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
  step: GateOptions & {
    resolved: SheetRead;
    plan: Plan;
    /** What the request names: a built-in plan's id, or the plan document. */
    planRef: string | Plan | Record<string, unknown>;
    units: UnitInput[];
    lang: Lang;
    options?: ScoreOptions;
    /** The units' own figures the sheet holds beside the appraised ones ("Tự chấm"): scored side by side. */
    selfAssessments?: Extraction['selfAssessments'];
  },
  score: ScoreCall,
): Promise<ScoredSheet> {
  const gate = scoringGate(step.resolved, step.plan, step.units, step);
  if (!gate.ok) return { ok: false, gate };
  const units = withSelfAssessments(step.units, step.selfAssessments);
  const response = await score(
    scoreRequestBody(step.planRef, units, sheetScoreOptions(step.units, step.options, step.lang)),
  );
  return { ok: true, gate, response: markNotMapped(response, gate.coverage, step.lang) };
}

type SelfAssessed = UnitInput & {
  selfAssessment?: NonNullable<ScoreRequest['units'][number]['selfAssessment']>;
};

/** Two figures as typed are the same: blanks alike, texts without their surrounding spaces. */
export const sameCell = (a: unknown, b: unknown) => {
  const t = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'string' ? v.trim() : v);
  return t(a) === t(b);
};

/** The items of `own` whose figure differs from the appraised one (a blank included: the unit gave nothing). */
function differing<V>(
  own: Record<string, V> | undefined,
  appraised: Record<string, unknown> | undefined,
): Record<string, V> | undefined {
  const out = Object.entries(own ?? {}).filter(([id, v]) => !sameCell(v, appraised?.[id]));
  return out.length ? Object.fromEntries(out) : undefined;
}

/**
 * Each unit the sheet has own figures for carries them as its self-assessment (only the items that differ), so the
 * answer scores both and shows them side by side; a unit without any is sent as it is.
 */
export function withSelfAssessments(
  units: UnitInput[],
  own: Extraction['selfAssessments'] | undefined,
): SelfAssessed[] {
  if (!own || !Object.keys(own).length) return units;
  return units.map((u) => {
    const s = Object.hasOwn(own, u.id) ? own[u.id] : undefined;
    if (!s) return u;
    const values = differing(s.values, u.values);
    const facts = differing(s.facts, u.facts);
    return { ...u, selfAssessment: { ...(values ? { values } : {}), ...(facts ? { facts } : {}) } };
  });
}

/**
 * The options a sheet's units are scored with: the rate scales the sheet's columns established (numbers above 1,
 * the plan's scale, or ambiguous), every criterion explained unless told otherwise (an official reads the result
 * on the sheets, "Giải trình"), then the caller's options, in `lang`.
 */
export function sheetScoreOptions(
  units: readonly UnitInput[],
  options: ScoreOptions | undefined,
  lang: Lang,
): ScoreOptions {
  const rateScales = sheetRateScales(units);
  const scales = rateScales && Object.keys(rateScales).length ? { rateScales } : {};
  const told = options?.explain !== undefined || options?.explanations !== undefined;
  const explain = told ? {} : { explain: 'full' as const };
  return { ...explain, ...options, ...scales, lang };
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

/** Several sheets of one workbook read together (blocks on separate sheets): each part, and all units. */
export interface SheetsRead {
  parts: { resolved: ResolvedSheet; extraction: Extraction }[];
  units: UnitInput[];
  problems: Problem[];
  /** The sheet each unit was read from, by unit id. */
  sheetOf: Map<string, string>;
  /** Every sheet's self-assessed figures, by unit id as in `units` (what `units[].selfAssessment` carries). */
  selfAssessments?: Extraction['selfAssessments'];
}

/**
 * Reads every chosen sheet (readUnits on each) into one list of units: an id taken on an earlier sheet gets "-2"
 * (reported), and an individual's collective may name a unit on another sheet ("Phòng QLXD" for "Phòng Quản lý
 * xây dựng" too).
 */
export function readSheets(
  chosen: ResolvedSheet[],
  plan: Plan,
  opts: { block?: string; lang?: Lang; validate?: boolean } = {},
): SheetsRead {
  const parts = chosen.map((resolved) => ({ resolved, extraction: readUnits(resolved, plan, opts) }));
  const units: UnitInput[] = [];
  const problems: Problem[] = [];
  const sheetOf = new Map<string, string>();
  const selfAssessments: NonNullable<Extraction['selfAssessments']> = {};
  for (const { resolved, extraction } of parts) {
    for (const u of extraction.units) {
      const own = extraction.selfAssessments?.[u.id];
      if (sheetOf.has(u.id)) {
        let k = 2;
        while (sheetOf.has(`${u.id}-${k}`)) k++;
        const id = `${u.id}-${k}`;
        problems.push({
          path: resolved.sheet.name,
          unitId: id,
          code: 'duplicate-unit',
          ...bilingual(
            say('extract.duplicate-unit-across-sheets', {
              sheet: resolved.sheet.name,
              name: u.name ?? '',
              other: sheetOf.get(u.id) ?? '',
              id,
            }),
          ),
        });
        const cells = extraction.cells.get(u.id);
        if (cells) {
          extraction.cells.delete(u.id);
          extraction.cells.set(id, cells);
        }
        u.id = id;
      }
      sheetOf.set(u.id, resolved.sheet.name);
      if (own) selfAssessments[u.id] = own;
      units.push(u);
    }
    problems.push(...extraction.problems);
  }
  const linked = linkCollectives(units);
  return {
    parts,
    // one sheet: its own units array (the rate scales it established travel with it)
    units: parts.length === 1 ? parts[0].extraction.units : units,
    problems: problems.filter((p) => !(p.code === 'unknown-collective' && p.unitId && linked.has(p.unitId))),
    sheetOf,
    ...(Object.keys(selfAssessments).length ? { selfAssessments } : {}),
  };
}
