import ExcelJS from 'exceljs';
import { applyWritePlan } from '@thidua/core/adapters/exceljs';
import { buildSummary, mergeForms, type FormFile, type FormProblem } from '@thidua/core/forms';
import { checkOutputName, FileError, sameFile, UsageError, type CliIo, writeOutput } from '../io';
import { loadInput, loadPlan } from '../load';
import type { Messages } from '../messages';
import type { CliArgs } from '../run';

const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/**
 * thidua merge: the filled forms consolidated into the summary table (the scoring template, one row per unit of the
 * batch) with the self-assessed and appraised values side by side. Forms refused (another plan or block, changed
 * structure, different duplicates, unreadable) and units without a form are named; the summary is still written
 * with the rest, and the exit code is 1.
 */
export async function mergeCommand(args: CliArgs, io: CliIo, m: Messages): Promise<number> {
  if (!args.inputs.length) throw new UsageError(m.needForms);
  if (!args.output) throw new UsageError(m.needSummary);
  await checkOutputName(io, args.output, false, m.outputName);
  const { plan } = await loadPlan(args.plan, io, m);
  const blockIds = plan.blocks.map((b) => b.id);
  if (args.block && !blockIds.includes(args.block))
    throw new UsageError(m.unknownBlock(args.block, blockIds));
  for (const input of args.inputs)
    if (await sameFile(io, args.output, input)) throw new UsageError(m.outputIsForm(args.output));
  // a summary already made may carry the appraisal typed into it since: never replaced without --force
  const existing = await io.identity(args.output);
  if (existing && !existing.folder && !args.force) throw new FileError(m.summaryOutputTaken(args.output));
  const files: FormFile[] = [];
  const unreadable: string[] = [];
  for (const path of args.inputs) {
    try {
      const input = await loadInput(path, io, m);
      if (input.kind === 'xlsx') files.push({ name: baseName(path), model: input.model });
      else unreadable.push(m.notJson(path));
    } catch (e) {
      // one unreadable file is named; the others are still merged
      if (!(e instanceof FileError)) throw e;
      unreadable.push(e.message);
    }
  }
  const merged = mergeForms(plan, files, { block: args.block, lang: args.lang });
  const text = (p: FormProblem) => (args.lang === 'en' ? p.messageEn : p.message);
  const errors = unreadable.length + merged.problems.filter((p) => p.severity === 'error').length;
  if (merged.problems.length || unreadable.length) {
    io.stderr(`${m.mergeProblems(merged.problems.length + unreadable.length)}\n`);
    for (const line of [...unreadable, ...merged.problems.map(text)]) io.stderr(`  ${line}\n`);
  }
  if (!merged.block) return 1;
  const summary = buildSummary(plan, merged, args.lang);
  const wb = new ExcelJS.Workbook();
  applyWritePlan(wb, summary.writePlan);
  await writeOutput(io, args.output, new Uint8Array(await wb.xlsx.writeBuffer()), m.unwritable);
  io.stdout(`${m.merged(merged.units.length, merged.units.length, merged.roster.length, summary.changed)}\n`);
  io.stdout(`${m.wrote(args.output)}\n`);
  return errors ? 1 : 0;
}
