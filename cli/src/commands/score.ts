import { basename, dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import {
  applyWritePlan,
  keepOfficialParts,
  preparedTarget,
  readSettings,
  readSheet,
  SETTINGS_SHEET,
} from '@thidua/core/adapters/exceljs';
import {
  scoreRequest,
  validateRequest,
  type Failure,
  type ScoreOptions,
  type ScoreResponse,
  type UnitInput,
} from '@thidua/core';
import {
  buildTemplate,
  buildWritePlan,
  fundLine,
  type ExtendedWritePlan,
  type UnitCells,
  COUNCIL_SHEET_NAME,
  councilSheetPlan,
  findCouncilSheet,
  type CellValue,
  sheetCellAddress,
} from '@thidua/core/sheet';
import {
  inLang,
  otherBlockSheets,
  scoreSheet,
  writePlanFor,
  type ResolvedSheet,
  type ScoreCall,
} from '@thidua/core/workflow';
import {
  appraisalColumns,
  appraisalWarningText,
  isAppraised,
  readAppraisal,
  withAppraisal,
} from '@thidua/core/forms';
import { checkOutputName, FileError, sameFile, UsageError, writeOutput, type CliIo } from '../io';
import type { Messages } from '../messages';
import { prepare, ScoringRefused, type Prepared } from '../prepare';
import type { CliArgs } from '../run';
import { councilInput, finalForRun, reportCouncil, reportSheetProblems } from '../council';
import { councilMessages } from '../council-messages';
import { finalLine } from '@thidua/core/council';

function defaultOutput(input: string, lang: CliArgs['lang']): string {
  return input.replace(/(\.[^./\\]+)?$/, lang === 'en' ? '-results.xlsx' : '-ket-qua.xlsx');
}

/** Excel checks a package's type against its name: an .xlsx package under these names does not open. */
const NOT_XLSX = /\.(xlsm|xltx|xltm|xlam|xlsb|xls)$/i;

/**
 * The output nobody named: `<input>-ket-qua.xlsx`, or, when that file is already there (an earlier run the official
 * may have worked in), the first free `<input>-ket-qua-2.xlsx`, `-3`… — never overwritten without -o naming it.
 */
async function freeDefaultOutput(
  io: CliIo,
  path: string,
  m: Messages,
): Promise<{ path: string; taken?: string }> {
  if (!(await io.identity(path))) return { path };
  for (let n = 2; n <= 99; n++) {
    const candidate = path.replace(/\.xlsx$/i, `-${n}.xlsx`);
    if (!(await io.identity(candidate))) return { path: candidate, taken: path };
  }
  throw new FileError(m.noFreeOutput(path));
}

/** The lock file Excel ("~$name") or LibreOffice (".~lock.name#") keeps beside a workbook it has open. */
async function lockFileOf(io: CliIo, path: string): Promise<string | undefined> {
  const name = basename(path);
  for (const lock of [`~$${name}`, `.~lock.${name}#`]) {
    const candidate = join(dirname(path), lock);
    if (await io.identity(candidate)) return candidate;
  }
  return undefined;
}

/** The official's sheets the results go on that they protected (the written cells are locked with them). */
function protectedTargets(wb: ExcelJS.Workbook, plan: ExtendedWritePlan, official: string[]): string[] {
  const sheets = new Set(plan.blocks.map((b) => b.sheet).filter((name) => official.includes(name)));
  return [...sheets].filter(
    (name) =>
      (wb.getWorksheet(name) as unknown as { sheetProtection?: { sheet?: boolean } } | undefined)
        ?.sheetProtection?.sheet,
  );
}

function asCell(value: unknown, lang: CliArgs['lang']): CellValue {
  if (typeof value === 'boolean')
    return value ? (lang === 'en' ? 'Yes' : 'Có') : lang === 'en' ? 'No' : 'Không';
  if (typeof value === 'number' || typeof value === 'string') return value;
  return null;
}

/** A fact's value; "cchc_2021" reads { "cchc": { "2021": … } } as well. */
function factValue(facts: Record<string, unknown> | undefined, id: string): unknown {
  if (!facts) return undefined;
  if (id in facts) return facts[id];
  const perYear = /^(.+)_(\d{4})$/.exec(id);
  const byYear = perYear ? facts[perYear[1]] : undefined;
  return byYear && typeof byYear === 'object'
    ? (byYear as Record<string, unknown>)[perYear?.[2] ?? '']
    : undefined;
}

/** JSON units written into a fresh template, so a JSON input can still produce a scored workbook. */
function workbookFromUnits(
  prepared: Prepared,
  args: CliArgs,
): { wb: ExcelJS.Workbook; cells: Map<string, UnitCells>; template: ReturnType<typeof buildTemplate> } {
  const plan = prepared.plan.plan;
  const units: UnitInput[] = prepared.units;
  const block = args.block ?? (plan.blocks.length === 1 ? plan.blocks[0].id : undefined);
  const template = buildTemplate(plan, { block, lang: args.lang, units: units.map((u) => u.name ?? u.id) });
  const wb = new ExcelJS.Workbook();
  applyWritePlan(wb, template.writePlan);
  const ws = wb.getWorksheet(template.sheet) as ExcelJS.Worksheet;
  const cells = new Map<string, UnitCells>();
  const { mapping } = template;
  const names = new Map(units.map((u) => [u.id, u.name ?? u.id]));
  units.forEach((u, i) => {
    const row = mapping.dataStart + i;
    const refs: UnitCells['values'] = {};
    if (mapping.blockIndex !== undefined) ws.getCell(row + 1, mapping.blockIndex + 1).value = u.block ?? null;
    for (const col of mapping.columns) {
      if (!col.target) continue;
      // An individual's collective is written as the collective's name, the way officials fill the sheet.
      const value = asCell(
        col.target.kind === 'unitField'
          ? (names.get(u.collective ?? '') ?? u.collective)
          : col.target.kind === 'fact'
            ? factValue(u.facts, col.target.id)
            : u.values[col.target.id],
        args.lang,
      );
      const cell = ws.getCell(row + 1, col.index + 1);
      cell.value = value;
      // A number the official typed as a percent stays as typed: keep it readable, not reformatted.
      if (typeof value === 'string') cell.numFmt = '@';
      else if (typeof value === 'number' && cell.numFmt === '0.0%') cell.numFmt = 'General';
      if (col.target.kind !== 'unitField') refs[col.target.id] = { row, col: col.index };
    }
    cells.set(u.id, { row, name: { row, col: mapping.nameIndex }, values: refs });
  });
  return { wb, cells, template };
}

/** A write plan, or exit 2 with the reason (e.g. no free room beside the table). */
function planOrFail(build: () => ExtendedWritePlan): ExtendedWritePlan {
  try {
    return build();
  } catch (e) {
    throw new FileError((e as Error).message);
  }
}

/** The engine refused the request (limits, an invalid inline plan): exit 1 with its problems. */
class ScoreFailed extends Error {
  constructor(readonly failure: Failure) {
    super(failure.title);
  }
}

/** A workbook's sheet goes through the shared sheet workflow; prepare has already passed its coverage check. */
async function scoreWorkbookSheet(
  prepared: Prepared,
  resolved: ResolvedSheet,
  args: CliArgs,
  options: ScoreOptions,
  call: ScoreCall,
  selfAssessed: boolean,
): Promise<ScoreResponse> {
  const scored = await scoreSheet(
    {
      resolved,
      plan: prepared.plan.plan,
      planRef: prepared.plan.ref,
      units: prepared.units,
      lang: args.lang,
      options,
      allowPartial: args.allowPartial,
      audience: 'cli',
      parts: prepared.analysis?.parts,
      ambiguous: prepared.analysis?.ambiguous,
      readerProblems: prepared.analysis?.extraction.problems,
      // own figures beside the appraised ones; a summary of forms brings its own (withAppraisal), not both
      ...(selfAssessed ? { selfAssessments: prepared.analysis?.extraction.selfAssessments } : {}),
    },
    call,
  );
  if (!scored.ok) throw new ScoringRefused(inLang(scored.gate.problem, args.lang));
  return scored.response;
}

function summarise(
  response: ScoreResponse,
  m: Messages,
  lang: CliArgs['lang'],
  write: (s: string) => void,
): void {
  const ranked = response.results.filter((u) => u.rank !== null).length;
  const awards = response.results.filter((u) => u.award).length;
  write(`${m.scored(response.results.length, ranked, awards)}\n`);
  for (const b of response.summary.blocks) if (b.units) write(`${m.fund(fundLine(b, lang))}\n`);
  const ties = response.summary.blocks.reduce((n, b) => n + b.ties.length, 0);
  if (ties) write(`${m.ties(ties)}\n`);
  if (isAppraised(response)) {
    const { changed, unreasoned, rankOn } = response.appraisal;
    write(`${m.appraisal(changed, unreasoned, rankOn)}\n`);
  }
}

export async function scoreCommand(args: CliArgs, io: CliIo, m: Messages): Promise<number> {
  const prepared = await prepare(args, io, m);
  const { input } = prepared;
  const unnamed =
    args.output === undefined && !args.inPlace && input.kind === 'xlsx'
      ? await freeDefaultOutput(io, defaultOutput(input.path, args.lang), m)
      : undefined;
  const outputPath = args.output ?? (args.inPlace ? input.path : unnamed?.path);
  if (outputPath && !args.inPlace) {
    if (io.resolve(outputPath) === io.resolve(input.path)) throw new UsageError(m.sameAsInput(input.path));
    if (await sameFile(io, outputPath, input.path))
      throw new UsageError(m.sameFileAsInput(outputPath, input.path));
  }
  const wrongType = outputPath ? NOT_XLSX.exec(outputPath) : null;
  if (outputPath && wrongType) throw new FileError(m.badOutputType(outputPath, wrongType[0].toLowerCase()));
  // a workbook under a .csv or .txt name (or none) opens as garbage, or not at all; a folder is said as one
  if (outputPath && !args.inPlace) await checkOutputName(io, outputPath, true, m.outputName);
  // the official's only copy never loses what the written package cannot hold
  if (args.inPlace && input.kind === 'xlsx' && input.dropped.length)
    throw new FileError(m.inPlaceWouldDrop(input.path, input.dropped));
  const write = args.json ? (s: string) => io.stderr(s) : (s: string) => io.stdout(s);
  if (args.final && (!outputPath || /\.json$/i.test(outputPath)))
    throw new UsageError(councilMessages(args.lang).finalOnlyWorkbook);

  if (!prepared.units.length) {
    io.stderr(`${m.noUnits}\n`);
    return 1;
  }
  prepared.progress(m.scoring(prepared.units.length));
  const given = input.kind === 'json' ? input.options : {};
  // the CLI's answer is read by an official: every criterion explained unless the input asks otherwise
  const told = given?.explain !== undefined || given?.explanations !== undefined;
  const options = { ...(told ? {} : { explain: 'full' as const }), ...given, lang: args.lang };
  // the council's decisions: the workbook's "Quyết định của Hội đồng" sheet and --decisions (cli/src/council.ts)
  const council = await councilInput(
    input.kind === 'xlsx' ? input.model : undefined,
    args.decisions,
    io,
    m,
    args.lang,
  );
  reportSheetProblems(council.problems, args.lang, io);
  if (council.decisions.length) {
    const earlier = (options as { councilDecisions?: unknown }).councilDecisions;
    (options as Record<string, unknown>).councilDecisions = [
      ...(Array.isArray(earlier) ? earlier : []),
      ...council.decisions,
    ];
  }
  const call = async (body: unknown): Promise<ScoreResponse> => {
    const outcome = scoreRequest(body);
    if (!outcome.ok) throw new ScoreFailed(outcome);
    return outcome.response;
  };
  // a summary of self-assessment forms: the units' own values are scored too, and both shown (shared/src/forms)
  const appraisalRead =
    input.kind === 'xlsx' && prepared.analysis
      ? readAppraisal(input.model, prepared.plan.plan, prepared.analysis.sheet.name)
      : undefined;
  for (const w of appraisalRead?.warnings ?? []) io.stderr(`${appraisalWarningText(w, args.lang)}\n`);
  const appraisal = appraisalRead?.source;
  let response: ScoreResponse;
  try {
    response = prepared.analysis
      ? await scoreWorkbookSheet(
          prepared,
          prepared.analysis.resolved,
          args,
          options,
          appraisal ? withAppraisal(prepared.plan.plan, call, appraisal) : call,
          !appraisal,
        )
      : await call({ plan: prepared.plan.ref, units: prepared.units, options });
  } catch (e) {
    if (!(e instanceof ScoreFailed)) throw e;
    const { title, problems } = e.failure;
    io.stderr(`${title}\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}\n`);
    return 1;
  }
  let dataProblems = prepared.problems.length + council.problems.length;
  if (input.kind === 'json') {
    const checked = validateRequest({ plan: prepared.plan.ref, units: prepared.units, options });
    dataProblems = checked.ok ? checked.report.problems.length : 0;
  }
  const settingsBefore = input.kind === 'xlsx' ? input.model.settings : undefined;
  const final = finalForRun(
    response,
    settingsBefore,
    {
      final: args.final ?? false,
      replace: args.replaceFinal ?? false,
      by: args.by,
      now: io.now(),
      lang: args.lang,
      unread: council.problems,
    },
    io,
  );

  if (args.json || (input.kind === 'json' && !outputPath))
    io.stdout(`${JSON.stringify(response, null, 2)}\n`);
  if (outputPath && /\.json$/i.test(outputPath)) {
    prepared.progress(m.writing(outputPath));
    await writeOutput(io, outputPath, `${JSON.stringify(response, null, 2)}\n`, m.unwritable);
    write(`${m.wrote(outputPath)}\n`);
  } else if (outputPath) {
    prepared.progress(m.writing(outputPath));
    const source = input.path.split(/[\\/]/).pop();
    let wb: ExcelJS.Workbook;
    let plan: ExtendedWritePlan;
    if (input.kind === 'xlsx' && prepared.analysis) {
      const { sheet, mapping, extraction, parts } = prepared.analysis;
      wb = input.workbook;
      plan = planOrFail(() =>
        writePlanFor({
          sheet,
          mapping,
          cells: extraction.cells,
          alsoBeside: otherBlockSheets(parts),
          response,
          plan: prepared.plan.plan,
          lang: args.lang,
          perCriterion: args.perCriterion,
          settings: input.model.settings,
          now: io.now(),
          dueDate: args.dueDate,
          sheetNames: input.model.sheets.map((s) => s.name),
          sheets: input.model.sheets,
          source,
          extraColumns: isAppraised(response)
            ? appraisalColumns(response, prepared.plan.plan, args.lang)
            : undefined,
          final,
        }),
      );
    } else {
      const built = workbookFromUnits(prepared, args);
      wb = built.wb;
      const sheet = readSheet(wb.getWorksheet(built.template.sheet) as ExcelJS.Worksheet);
      plan = planOrFail(() =>
        buildWritePlan({
          sheet,
          mapping: built.template.mapping,
          cells: built.cells,
          response,
          plan: prepared.plan.plan,
          lang: args.lang,
          perCriterion: args.perCriterion,
          now: io.now(),
          dueDate: args.dueDate,
          sheetNames: wb.worksheets.map((w) => w.name),
          source,
          final,
        }),
      );
    }
    const locked =
      input.kind === 'xlsx'
        ? protectedTargets(
            wb,
            plan,
            input.model.sheets.map((s) => s.name),
          )
        : [];
    // empty cells the official prepared (a validation rule, a conditional format) are theirs, as in the pane
    const held = input.kind === 'xlsx' ? preparedTarget(wb, plan.expect) : undefined;
    if (held) {
      const address = sheetCellAddress(held.sheet, held.cell);
      const column = address.replace(/^.*!([A-Z]+)\d+$/, '$1');
      throw new FileError(m.preparedTarget(held.sheet, address, column, held.what));
    }
    applyWritePlan(wb, plan);
    if (args.councilSheet && !findCouncilSheet(wb.worksheets)) {
      applyWritePlan(wb, councilSheetPlan({ lang: args.lang, settings: readSettings(wb) }));
      write(`${councilMessages(args.lang).councilSheetAdded(COUNCIL_SHEET_NAME)}\n`);
    }
    if (input.kind === 'xlsx' && !args.inPlace) {
      const lock = await lockFileOf(io, input.path);
      if (lock) io.stderr(`${m.openInput(input.path, lock)}\n`);
    }
    const outputLock = await lockFileOf(io, outputPath);
    if (outputLock) io.stderr(`${m.openOutput(outputPath, outputLock)}\n`);
    if (unnamed?.taken) io.stderr(`${m.defaultOutputTaken(unnamed.taken, outputPath)}\n`);
    // said before the copy is written: the official knows what the new file will not have before it exists
    if (input.kind === 'xlsx' && input.dropped.length)
      io.stderr(`${m.dropped(input.path, input.dropped, outputPath, args.inPlace)}\n`);
    let bytes: Uint8Array = new Uint8Array(await wb.xlsx.writeBuffer());
    // what ExcelJS reads past in the official's package (names, links within the workbook, a sheet's password)
    // goes back into the copy, verbatim
    if (input.kind === 'xlsx')
      bytes = keepOfficialParts(input.bytes, bytes, [
        ...plan.sheets.map((s) => s.name),
        SETTINGS_SHEET,
      ]).bytes;
    await writeOutput(io, outputPath, bytes, m.unwritable);
    write(`${m.wrote(outputPath)}\n`);
    for (const sheet of locked) io.stderr(`${m.protectedSheet(sheet)}\n`);
    for (const w of plan.warnings ?? [])
      io.stderr(`${m.writeWarning(args.lang === 'en' ? w.messageEn : w.message)}\n`);
  }
  summarise(response, m, args.lang, write);
  const hasSheet =
    args.councilSheet === true ||
    (input.kind === 'xlsx' && findCouncilSheet(input.model.sheets) !== undefined);
  reportCouncil(response, args.lang, write, hasSheet);
  if (final)
    write(
      `${councilMessages(args.lang).finalMarked(finalLine({ kind: 'same', record: final }, final.snapshot, args.lang))}\n`,
    );
  if (dataProblems) io.stderr(`${m.warnings(dataProblems)}\n`);
  if (args.strict && dataProblems) {
    io.stderr(`${m.strictFail}\n`);
    return 1;
  }
  return 0;
}
