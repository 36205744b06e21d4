import {
  SETTING_KEYS,
  cellAddress,
  PLAN_SHEET_NAME,
  sheetToPlan,
  outlierWarning,
  hiddenUnitLines,
  type WorkbookModel,
} from '@thidua/core/sheet';
import { FileError, UsageError, type CliIo } from './io';
import { loadInput, loadPlan, PlanProblems, type LoadedInput, type LoadedPlan } from './load';
import { parsePlan, type UnitInput, type Problem } from '@thidua/core';
import type { Messages } from './messages';
import type { CliArgs } from './run';
import { analyseWorkbook, type SheetAnalysis } from './analyse';
import { inLang, inputSheets, scoringGate, type Gate } from '@thidua/core/workflow';
import { mappingTable } from './mapping-table';

/** Inputs above these sizes get progress lines on stderr. */
const LARGE_FILE = 1_000_000;
const LARGE_UNITS = 1_000;

export interface Prepared {
  input: LoadedInput;
  plan: LoadedPlan;
  units: UnitInput[];
  /** Problems found while reading the sheet (xlsx input). */
  problems: Problem[];
  analysis?: SheetAnalysis;
  /** How much of the plan the sheet's mapping reads (xlsx input), and whether it may be scored. */
  gate?: Gate;
  progress(text: string): void;
}

/** Scoring refused before anything is scored or written (nothing mapped; part mapped without --allow-partial). */
export class ScoringRefused extends Error {}

function embeddedPlan(text: string | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Without --plan, a workbook's "Tiêu chí" sheet is its plan (an official may have edited it there);
 * sections the sheet lacks come from the plan stored with the workbook.
 */
function planFromSheet(model: WorkbookModel, carried: unknown): LoadedPlan | undefined {
  const sheet = model.sheets.find((s) => s.name === PLAN_SHEET_NAME);
  if (!sheet) return undefined;
  const base = carried && typeof carried === 'object' ? parsePlan(carried) : undefined;
  const read = sheetToPlan(sheet, base?.ok ? base.plan : undefined);
  if (!read.ok) throw new PlanProblems(read.problems);
  return { plan: read.plan, ref: read.plan as unknown as Record<string, unknown> };
}

/**
 * Loads the input and its plan; for a workbook, runs the shared sheet workflow up to the coverage check. With
 * `gate` (scoring commands) a sheet with nothing mapped, or part mapped without --allow-partial, is refused.
 */
export async function prepare(
  args: CliArgs,
  io: CliIo,
  m: Messages,
  opts: { gate?: boolean } = {},
): Promise<Prepared> {
  if (args.inputs.length === 0) throw new UsageError(m.needInput);
  if (args.inputs.length > 1) throw new UsageError(m.tooManyInputs);
  const path = args.inputs[0];
  const input = await loadInput(path, io, m);
  let large = input.size > LARGE_FILE;
  const progress = (text: string) => {
    if (large) io.stderr(`${text}\n`);
  };
  progress(m.reading(path));
  const carried =
    input.kind === 'json' ? input.plan : embeddedPlan(input.model.settings?.[SETTING_KEYS.plan]);
  const plan =
    (input.kind === 'xlsx' && !args.plan && planFromSheet(input.model, carried)) ||
    (await loadPlan(args.plan, io, m, carried));
  if (args.block && !plan.plan.blocks.some((b) => b.id === args.block))
    throw new UsageError(
      m.unknownBlock(
        args.block,
        plan.plan.blocks.map((b) => b.id),
      ),
    );
  if (input.kind === 'json') {
    const units = args.block ? input.units.map((u) => ({ ...u, block: u.block ?? args.block })) : input.units;
    large ||= units.length >= LARGE_UNITS;
    return { input, plan, units, problems: [], progress };
  }
  const analysis = analyseWorkbook(
    input.model,
    plan.plan,
    { sheet: args.sheet, block: args.block, lang: args.lang, path },
    m,
  );
  // a table on a sheet the official hid is read only when named: say so, whether or not another table was read
  const hiddenTables = args.sheet
    ? []
    : input.model.sheets.filter(
        (s) => s.hidden && (!analysis || analysis.considered.some((c) => c.sheet === s)),
      );
  if (!analysis) {
    const hidden = inputSheets(input.model.sheets, input.model.settings)
      .filter((s) => s.hidden && s.values.length > 0)
      .map((s) => s.name);
    throw new FileError(
      hidden.length && !args.sheet ? `${m.noTable(path)} ${m.hiddenSheets(hidden)}` : m.noTable(path),
    );
  }
  if (hiddenTables.length) io.stderr(`${m.hiddenSheets(hiddenTables.map((s) => s.name))}\n`);
  large ||= analysis.extraction.units.length >= LARGE_UNITS;
  const problems = analysis.extraction.problems.map((p) => ({
    ...p,
    message: inLang(p, args.lang),
  }));
  // One line per sheet read (blocks, or one table, on several sheets): its rows and its units.
  for (const part of analysis.parts) {
    // A loop, not Math.min(...rows): spreading a quarter of a million rows overflows the call stack.
    let first = Infinity;
    let last = -Infinity;
    for (const c of part.cells.values()) {
      first = Math.min(first, c.name.row + 1);
      last = Math.max(last, c.name.row + 1);
    }
    if (last >= first) io.stderr(`${m.table(part.resolved.sheet.name, first, last, part.units.length)}\n`);
    // units the official hid (a filter, hidden rows) are not scored: named, never left out unseen
    const hidden = hiddenUnitLines(part.resolved, args.lang);
    if (hidden.length) io.stderr(`${m.hiddenUnits(part.resolved.sheet.name, hidden)}\n`);
  }
  const outside = outlierWarning(analysis.sheet);
  if (outside) io.stderr(`${m.readWarning(outside)}\n`);
  const gate = scoringGate(analysis.resolved, plan.plan, analysis.extraction.units, {
    allowPartial: args.allowPartial,
    audience: 'cli',
    considered: args.sheet ? undefined : analysis.considered,
    sheetNames: input.model.sheets.map((s) => s.name),
    parts: analysis.parts,
    ambiguous: analysis.ambiguous,
    readerProblems: analysis.extraction.problems,
  });
  if (args.showMapping) io.stderr(mappingTable(analysis.parts, plan.plan, args.lang, gate));
  if (opts.gate !== false) {
    if (!gate.ok) throw new ScoringRefused(inLang(gate.problem, args.lang));
    if (gate.note) io.stderr(`${inLang(gate.note, args.lang)}\n`);
  }
  return { input, plan, units: analysis.extraction.units, problems, analysis, gate, progress };
}

/** "Sheet!P12" for a problem the engine reported by JSON path, when we know the unit's cells. */
export function problemPlace(p: Problem, analysis: SheetAnalysis | undefined): string {
  if (!analysis || !p.unitId) return p.path;
  const cells = analysis.extraction.cells.get(p.unitId);
  const key = p.criterionId ?? /\.(?:values|facts)\.(.+)$/.exec(p.path)?.[1];
  const ref = key ? cells?.values[key] : cells?.name;
  return ref ? `${analysis.sheet.name}!${cellAddress(ref)}` : p.path;
}
