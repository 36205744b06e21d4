/**
 * The task pane's steps as plain async functions over a WorkbookHost: no React, no Office.js, so jest tests
 * them with an in-memory workbook and the Chromium e2e test drives the same code through the UI.
 * Every rule they apply lives in shared/; this module only sequences it.
 */
import {
  builtInPlanDocument,
  builtInPlanIds,
  contentHash,
  parsePlan,
  type Plan,
  type Problem,
  type ScoreResponse,
} from '@thidua/core';
import {
  buildTemplate,
  parseCellAddress,
  parseOwnedSheets,
  SETTING_KEYS,
  type ColumnMapping,
  type Extraction,
  type MappingTarget,
  type RangeRef,
  type SheetModel,
  type WriteWarning,
  lineName,
  planToSheet,
  sheetToPlan,
  PLAN_SHEET_NAME,
  type CellRef,
} from '@thidua/core/sheet';
import {
  inputSheets,
  mappingSettings,
  readUnits,
  readWorkbookForPlan,
  resolveMapping,
  scoreSheet,
  scoringGate,
  writePlanFor,
  type Gate,
  type NotMapped,
  otherBlockSheets,
  type ResolvedSheet,
  type WorkbookRead,
} from '@thidua/core/workflow';
import { score, type ApiClientOptions, type Scored, type ScoreSource } from './api-client';
import type { WorkbookHost, WriteReport } from './adapters/host';
import { t, type UiLang } from './i18n';
import { PaneError, phraseOf } from './pane-error';
import { councilOptions, finalFor, lastSnapshot, readCouncilDecisions } from './council';
import type { RunSnapshot } from '@thidua/core/council';
import { appraisalColumns, isAppraised, withAppraisal } from '@thidua/core/forms';
import { paneAppraisal } from './forms-appraisal';

export type PlanSource = 'builtin' | 'json' | 'sheet' | 'workbook';

export interface LoadedPlan {
  plan: Plan;
  source: PlanSource;
  /** Set when the plan is a built-in one, unchanged: the API is then sent its id. */
  builtInId?: string;
}

export type PlanResult = { ok: true; loaded: LoadedPlan } | { ok: false; problems: Problem[] };

export function builtInChoices(): { id: string; plan: Plan }[] {
  return builtInPlanIds().flatMap((id) => {
    const parsed = parsePlan(builtInPlanDocument(id));
    return parsed.ok ? [{ id, plan: parsed.plan }] : [];
  });
}

function isUnchangedBuiltIn(plan: Plan): string | undefined {
  const doc = builtInPlanDocument(plan.id);
  if (doc === undefined) return undefined;
  const parsed = parsePlan(doc);
  return parsed.ok && contentHash(parsed.plan) === contentHash(plan) ? plan.id : undefined;
}

export function loadBuiltIn(id: string): PlanResult {
  const parsed = parsePlan(builtInPlanDocument(id));
  if (!parsed.ok) return parsed;
  return { ok: true, loaded: { plan: parsed.plan, source: 'builtin', builtInId: id } };
}

/** A plan document from a JSON file (`fileName`, as the official picked it) or a workbook setting. */
export function loadPlanJson(text: string, source: PlanSource = 'json', fileName?: string): PlanResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const params = {
      file: fileName ? `"${fileName}"` : { key: 'planFileUnnamed' as const },
      detail: (err as Error).message,
    };
    return {
      ok: false,
      problems: [
        {
          path: fileName ?? '',
          code: 'plan-not-json',
          message: phraseOf('planNotJson', params, 'vi'),
          messageEn: phraseOf('planNotJson', params, 'en'),
        },
      ],
    };
  }
  const parsed = parsePlan(data);
  if (!parsed.ok) return parsed;
  return { ok: true, loaded: { plan: parsed.plan, source, builtInId: isUnchangedBuiltIn(parsed.plan) } };
}

/** The plan and mapping the workbook remembers from an earlier run or a co-author. */
export async function storedConfiguration(
  host: WorkbookHost,
): Promise<{ plan?: LoadedPlan; mappings: Record<string, string>; settings: Record<string, string> }> {
  const settings = await host.readSettings();
  const planText = settings[SETTING_KEYS.plan];
  const planResult = planText ? loadPlanJson(planText, 'workbook') : undefined;
  return { plan: planResult?.ok ? planResult.loaded : undefined, mappings: settings, settings };
}

export interface Detection extends ResolvedSheet {
  /** Whether the mapping came from the workbook's settings (refitted to the sheet) rather than a fresh proposal. */
  reused: boolean;
}

/**
 * Finds the table on the active sheet (or selection) through the shared sheet workflow: the saved mapping refitted
 * to the sheet as it is now, else a proposal. A selection the official picked is always detected afresh.
 */
export async function detect(
  host: WorkbookHost,
  plan: Plan,
  opts: {
    sheetName?: string;
    selection?: boolean;
    settings?: Record<string, string>;
    /** The official's choice of how the units run (the sheet step's toggle); detected when absent. */
    orientation?: 'rows' | 'columns';
  } = {},
): Promise<Detection | undefined> {
  const selection = Boolean(opts.selection && host.readSelection);
  const sheet =
    selection && host.readSelection ? await host.readSelection() : await host.readSheet(opts.sheetName);
  const resolved = resolveMapping(sheet, plan, opts.settings, {
    reuse: !selection,
    ...(opts.orientation ? { orientation: opts.orientation } : {}),
  });
  return resolved && { ...resolved, reused: resolved.source === 'saved' };
}

/** The official's fix: column `index` now feeds `target` (or nothing); the target leaves any other column. */
export function setColumnTarget(
  mapping: ColumnMapping,
  index: number,
  target: MappingTarget | null,
): ColumnMapping {
  const same = (t: MappingTarget | null) => t && target && t.kind === target.kind && t.id === target.id;
  return {
    ...mapping,
    columns: mapping.columns.map(({ selfOf, ...c }) => {
      // a column the official points at a target (or clears) is no longer the unit's own figure of another
      if (c.index === index)
        return {
          ...c,
          target,
          confidence: 1,
          confirmed: target !== null,
          reason: target ? 'Người dùng chọn' : 'Người dùng bỏ',
          reasons: [{ code: target ? 'user-chose' : 'user-cleared' }],
        };
      if (same(c.target))
        return {
          ...c,
          target: null,
          confidence: 0,
          confirmed: false,
          reason: `Người dùng chuyển sang ${lineName(mapping.orientation, index)}`,
          reasons: [
            {
              code: 'user-moved',
              params: {
                line: lineName(mapping.orientation, index),
                lineEn: lineName(mapping.orientation, index, 'en'),
              },
            },
          ],
          ...(selfOf ? { selfOf } : {}),
        };
      return selfOf ? { ...c, selfOf } : c;
    }),
  };
}

/** Every problem the sheet would give, as the CLI's validate lists them (a saved mapping's changed headers first). */
export function check(
  sheet: SheetModel,
  mapping: ColumnMapping,
  plan: Plan,
  block?: string,
  problems: Problem[] = [],
): Extraction {
  return readUnits({ sheet, mapping, problems }, plan, { block, validate: true });
}

/**
 * How much of the plan the mapping reads on the sheet as detected: nothing (scoring refused), part (the official
 * confirms first) or all. Items for blocks none of the sheet's units are in do not count.
 */
export function coverageOf(
  detection: Pick<Detection, 'sheet' | 'mapping' | 'layout'>,
  plan: Plan,
  block?: string,
): Gate {
  const { units, problems } = readUnits(detection, plan, { block });
  return scoringGate(detection, plan, units, { audience: 'pane', readerProblems: problems });
}

/** Scoring refused by the coverage rule (nothing mapped; part mapped and not confirmed): nothing is written. */
export class ScoringRefusedError extends Error {
  readonly messageEn: string;
  readonly code: string;
  constructor(problem: Problem, code: string) {
    super(problem.message);
    this.messageEn = problem.messageEn ?? problem.message;
    this.code = code;
  }
}

/** The cell a problem names ("Sheet1!D7", "'Tiêu chí'!F7"), if any. */
export function problemCell(problem: Problem): { sheet: string; at: CellRef } | undefined {
  const m = /^(?:'((?:[^']|'')+)'|([^!'\s][^!]*))!(\$?[A-Z]{1,3}\$?\d+)$/.exec(problem.path);
  if (!m) return undefined;
  const at = parseCellAddress(m[3]);
  if (!at) return undefined;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], at };
}

/**
 * The official's table (headers, names, every column that feeds the plan): what no write may touch. Columns that
 * feed nothing are left out: a re-detected table may take in our previous results (never inputs), which are then
 * replaced; the official's other cells are kept by the write plan, which writes only on empty cells or its own.
 */
export function inputRange(mapping: ColumnMapping): RangeRef {
  const lines = [
    mapping.nameIndex,
    ...(mapping.blockIndex !== undefined ? [mapping.blockIndex] : []),
    ...mapping.columns.filter((c) => c.target).map((c) => c.index),
  ];
  const records = [...mapping.headerRows, mapping.dataStart, Math.max(mapping.dataStart, mapping.dataEnd)];
  const [r0, r1] = [Math.min(...records), Math.max(...records)];
  const [l0, l1] = [Math.min(...lines), Math.max(...lines)];
  return mapping.orientation === 'rows'
    ? { sheet: mapping.sheet, top: r0, bottom: r1, left: l0, right: l1 }
    : { sheet: mapping.sheet, top: l0, bottom: l1, left: r0, right: r1 };
}

export type Phase = 'read' | 'score' | 'write' | 'done';

export interface ScoringRun {
  response: ScoreResponse;
  /** The language the results (and what was written in the workbook) are in. */
  lang: UiLang;
  source: ScoreSource;
  fallbackReason?: string;
  fallbackReasonEn?: string;
  write: WriteReport;
  problems: Problem[];
  /** The official's cells kept where our previous output was, a sheet name already taken: said to the official. */
  warnings: WriteWarning[];
  /** What of the plan no column fed (the official confirmed); every unit's result names it too. */
  notMapped: NotMapped[];
  /** Rows of the "Quyết định của Hội đồng" sheet that could not be read (their decisions are not applied). */
  councilProblems?: Problem[];
  /** The run before this one, as the workbook kept it: what this run changed (council/diff.ts). */
  previous?: RunSnapshot;
  /** Every sheet read: more than one when the plan's blocks are on separate sheets of the workbook. */
  sheetsRead: string[];
}

export interface ScoringInput {
  loaded: LoadedPlan;
  mapping: ColumnMapping;
  block?: string;
  lang: UiLang;
  api: ApiClientOptions;
  now?: Date;
  /** The results and proposals sheets are written unless switched off here. */
  sheets?: { results: boolean; proposals: boolean };
  /** The official confirmed scoring although part of the plan is fed by no column. */
  allowPartial?: boolean;
  /** Mark this run final (council/final.ts); `replace` when the workbook's final results differ. */
  final?: { by?: string; replace?: boolean };
}

/**
 * Read → check coverage → score (API, or the same engine in the page) → write back through a WritePlan: the shared
 * sheet workflow's steps with the pane's I/O. Refused (ScoringRefusedError, nothing scored or written) when no
 * column feeds the plan, or part of it without `allowPartial`.
 */
export async function runScoring(
  host: WorkbookHost,
  input: ScoringInput,
  onPhase: (phase: Phase) => void = () => undefined,
): Promise<ScoringRun> {
  const { loaded, mapping, lang } = input;
  onPhase('read');
  // Re-read: a co-author may have changed the sheet since it was detected.
  const [sheet, settings, sheetNames] = await Promise.all([
    host.readSheet(mapping.sheet),
    host.readSettings(),
    host.listSheets(),
  ]);
  // The program's own sheets, to tell whether they still hold what it wrote (else they are the official's now).
  const ownNames = new Set(parseOwnedSheets(settings[SETTING_KEYS.sheets]).map((n) => n.toLowerCase()));
  const ownSheets = await Promise.all(
    sheetNames.filter((n) => ownNames.has(n.toLowerCase())).map((n) => host.readSheet(n)),
  );
  const { extraction, parts } = await readBlockSheets(
    host,
    loaded.plan,
    { sheet, mapping },
    settings,
    sheetNames,
    input.block,
  );
  // a merged summary of self-assessment forms: the units' own values are scored too (shared/src/forms)
  const { source: appraisal, problems: appraisalProblems } = await paneAppraisal(
    host,
    loaded.plan,
    sheet,
    settings,
  );
  // the council's decisions recorded on the workbook's "Quyết định của Hội đồng" sheet (addin/src/council.ts)
  const council = await readCouncilDecisions(host, sheetNames);
  onPhase('score');
  let scored: Scored<ScoreResponse> | undefined;
  const call = async (body: Parameters<typeof score>[0]) => (scored = await score(body, input.api)).result;
  const outcome = await scoreSheet(
    {
      resolved: { sheet, mapping },
      plan: loaded.plan,
      planRef: loaded.builtInId ?? loaded.plan,
      units: extraction.units,
      lang,
      allowPartial: input.allowPartial,
      audience: 'pane',
      options: councilOptions(council.decisions),
      parts,
      readerProblems: extraction.problems,
      // own figures beside the appraised ones; a summary of forms brings its own (withAppraisal), not both
      ...(appraisal ? {} : { selfAssessments: extraction.selfAssessments }),
    },
    appraisal ? withAppraisal(loaded.plan, call, appraisal) : call,
  );
  if (!outcome.ok) {
    onPhase('done');
    throw new ScoringRefusedError(outcome.gate.problem, outcome.gate.code);
  }
  const { source, fallbackReason, fallbackReasonEn } = scored as Scored<ScoreResponse>;
  const now = input.now ?? new Date();
  const final = finalFor(outcome.response, settings, input.final, lang, now, council.problems);
  onPhase('write');
  const built = writePlanFor({
    sheet,
    mapping,
    cells: extraction.cells,
    response: outcome.response,
    plan: loaded.plan,
    lang,
    settings,
    now,
    sheetNames,
    sheets: ownSheets,
    alsoBeside: otherBlockSheets(parts),
    source: host.title,
    include: input.sheets,
    extraColumns: isAppraised(outcome.response)
      ? appraisalColumns(outcome.response, loaded.plan, lang)
      : undefined,
    final,
  });
  // The adapter re-reads the header and the unit names first and stops if a co-author moved them.
  const write = await host.apply(built, [
    inputRange(mapping),
    ...otherBlockSheets(parts).map((p) => inputRange(p.mapping)),
  ]);
  onPhase('done');
  return {
    response: outcome.response,
    lang,
    notMapped: outcome.gate.coverage.notMapped,
    source,
    fallbackReason,
    fallbackReasonEn,
    write,
    problems: [...extraction.problems, ...appraisalProblems],
    warnings: built.warnings ?? [],
    councilProblems: council.problems,
    previous: lastSnapshot(settings),
    sheetsRead: parts?.map((p) => p.resolved.sheet.name) ?? [sheet.name],
  };
}

/**
 * The official's sheet with the mapping they confirmed and, when the plan has several blocks, no block was chosen
 * and this sheet's units are not in all of them, the workbook's other sheets holding the other blocks (read as the
 * CLI reads them, through the shared workflow): all units are scored together, results written beside each sheet's table.
 */
async function readBlockSheets(
  host: WorkbookHost,
  plan: Plan,
  own: { sheet: SheetModel; mapping: ColumnMapping },
  settings: Record<string, string>,
  sheetNames: string[],
  block: string | undefined,
): Promise<{ extraction: Extraction; parts?: WorkbookRead['parts'] }> {
  const single = readUnits(own, plan, { block });
  if (block !== undefined || plan.blocks.length < 2) return { extraction: single };
  const covered = new Set(single.units.map((u) => u.block));
  if (plan.blocks.every((b) => covered.has(b.id))) return { extraction: single };
  const otherNames = inputSheets(
    sheetNames.filter((n) => n !== own.sheet.name).map((name) => ({ name })),
    settings,
  ).map((s) => s.name);
  if (!otherNames.length) return { extraction: single };
  const others = await Promise.all(otherNames.map((n) => host.readSheet(n)));
  const read = readWorkbookForPlan({ sheets: [own.sheet, ...others], settings }, plan, {
    primary: { sheet: own.sheet.name, mapping: own.mapping },
  });
  if (!read || read.parts.length < 2) return { extraction: single };
  return { extraction: read.extraction, parts: read.parts };
}

/** Stores the plan and the mapping in the workbook so co-authors and next month's run read the sheet the same way. */
export async function saveConfiguration(
  host: WorkbookHost,
  plan: Plan,
  mapping?: ColumnMapping,
): Promise<void> {
  await host.saveSettings({
    [SETTING_KEYS.plan]: JSON.stringify(plan),
    ...(mapping ? mappingSettings(mapping) : {}),
  });
}

/** Writes a fresh scoring sheet laid out for the plan; refuses to replace a sheet that already exists. */
export async function createTemplate(
  host: WorkbookHost,
  plan: Plan,
  opts: { block?: string; lang: UiLang },
): Promise<{ sheet: string; mapping: ColumnMapping }> {
  const template = buildTemplate(plan, { block: opts.block, lang: opts.lang, rows: 20 });
  const existing = new Set((await host.listSheets()).map((s) => s.toLowerCase()));
  const clash = template.writePlan.sheets.find((s) => existing.has(s.name.toLowerCase()));
  if (clash) throw new PaneError('sheetExists', { sheet: clash.name, action: { key: 'createTemplate' } });
  await host.apply(template.writePlan, []);
  return { sheet: template.sheet, mapping: template.mapping };
}

/** The plan as the official edited it on the "Tiêu chí" sheet (missing sections from `base`). */
export async function readPlanSheet(host: WorkbookHost, base?: Plan): Promise<PlanResult> {
  const names = await host.listSheets();
  const name = names.find((n) => n.trim().toLowerCase() === PLAN_SHEET_NAME.toLowerCase());
  if (!name)
    return {
      ok: false,
      problems: [
        {
          path: PLAN_SHEET_NAME,
          code: 'plan-sheet-missing',
          message: t('planSheetMissing', 'vi', { sheet: PLAN_SHEET_NAME }),
          messageEn: t('planSheetMissing', 'en', { sheet: PLAN_SHEET_NAME }),
        },
      ],
    };
  const read = sheetToPlan(await host.readSheet(name), base);
  if (!read.ok) return read;
  return { ok: true, loaded: { plan: read.plan, source: 'sheet', builtInId: isUnchangedBuiltIn(read.plan) } };
}

/** Writes the plan as a "Tiêu chí" sheet the official can read and edit (replacing an earlier one). */
export async function writePlanSheet(host: WorkbookHost, plan: Plan, lang: UiLang): Promise<string> {
  const sheet = planToSheet(plan, lang);
  const width = Math.max(0, ...sheet.values.map((r) => r.length));
  const values = sheet.values.map((r) =>
    r.length < width ? [...r, ...Array(width - r.length).fill(null)] : r,
  );
  await host.apply(
    {
      sheets: [{ name: sheet.name, mode: 'createOrReplace' }],
      clear: [],
      blocks: [
        {
          sheet: sheet.name,
          at: sheet.origin,
          // Both adapters write strings as text (never formulas), numbers as numbers.
          values,
        },
      ],
      appends: [],
      conditionalFormats: [],
      columnWidths: [],
      settings: {},
    },
    [],
  );
  return sheet.name;
}
