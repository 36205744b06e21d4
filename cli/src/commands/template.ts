import ExcelJS from 'exceljs';
import { applyWritePlan } from '@thidua/core/adapters/exceljs';
import { buildTemplate } from '@thidua/core/sheet';
import { checkOutputName, FileError, UsageError, type CliIo, writeOutput } from '../io';
import { loadPlan } from '../load';
import type { Messages } from '../messages';
import type { CliArgs } from '../run';

export async function templateCommand(args: CliArgs, io: CliIo, m: Messages): Promise<number> {
  if (args.inputs.length) throw new UsageError(m.tooManyInputs);
  if (!args.output) throw new UsageError(m.needOutput);
  await checkOutputName(io, args.output, false, m.outputName);
  // a template is a whole new workbook: a file already under that name (the official's data, a filled
  // template) would be replaced wholesale, so it is refused unless --force says so
  const existing = await io.identity(args.output);
  if (existing && !existing.folder && !args.force) throw new FileError(m.templateOutputTaken(args.output));
  const { plan } = await loadPlan(args.plan, io, m);
  if (args.block && !plan.blocks.some((b) => b.id === args.block))
    throw new UsageError(
      m.unknownBlock(
        args.block,
        plan.blocks.map((b) => b.id),
      ),
    );
  if (args.registration && !plan.registration) throw new UsageError(m.noRegistration(plan.id));
  const template = buildTemplate(plan, {
    block: args.block,
    lang: args.lang,
    rows: args.rows,
    registration: args.registration,
  });
  const wb = new ExcelJS.Workbook();
  applyWritePlan(wb, template.writePlan);
  await writeOutput(io, args.output, new Uint8Array(await wb.xlsx.writeBuffer()), m.unwritable);
  io.stdout(`${(args.registration ? m.wroteRegistration : m.wroteTemplate)(args.output)}\n`);
  return 0;
}
