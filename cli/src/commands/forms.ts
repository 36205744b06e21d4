import ExcelJS from 'exceljs';
import { applyWritePlan, protectSheets } from '@thidua/core/adapters/exceljs';
import { buildForms, repeatedUnits, type FormUnit } from '@thidua/core/forms';
import type { Plan } from '@thidua/core';
import { FileError, UsageError, type CliIo, writeOutput } from '../io';
import { loadInput, loadPlan, readText } from '../load';
import type { Messages } from '../messages';
import { analyseWorkbook } from '../analyse';
import { ScoringRefused } from '../prepare';
import type { CliArgs } from '../run';

const FILE = /\.(xlsx|xlsm|txt|csv)$/i;

/** Units from a workbook (a registration sheet, a template): names, blocks and the facts already known. */
async function unitsFromWorkbook(path: string, plan: Plan, args: CliArgs, io: CliIo, m: Messages) {
  const input = await loadInput(path, io, m);
  if (input.kind !== 'xlsx') throw new FileError(m.noUnitsIn(path));
  const analysis = analyseWorkbook(input.model, plan, { block: args.block, lang: args.lang, path }, m);
  if (!analysis) throw new FileError(m.noUnitsIn(path));
  return analysis.extraction.units.map((u) => ({
    unit: { name: u.name ?? u.id, facts: u.facts } satisfies FormUnit,
    block: u.block,
  }));
}

/** --units: "Xã A,Xã B" (";" when a name holds a comma), or a file of them. */
async function readUnitList(spec: string, plan: Plan, args: CliArgs, io: CliIo, m: Messages) {
  if (FILE.test(spec) && (await io.identity(spec))) {
    if (/\.(xlsx|xlsm)$/i.test(spec)) return unitsFromWorkbook(spec, plan, args, io, m);
    const lines = (await readText(io, spec, m)).split(/\r?\n/);
    const names = lines.map((l) => (/\.csv$/i.test(spec) ? (l.split(/[;,]/)[0] ?? '') : l).trim());
    return names
      .filter((n) => n && !/^(stt|tên đơn vị|ten don vi|đơn vị|unit|name)$/i.test(n))
      .map((name) => ({
        unit: { name } satisfies FormUnit,
        block: undefined,
      }));
  }
  if (FILE.test(spec)) throw new FileError(m.unreadable(spec, 'ENOENT'));
  const sep = spec.includes(';') ? ';' : ',';
  return spec
    .split(sep)
    .map((n) => n.trim())
    .filter(Boolean)
    .map((name) => ({ unit: { name } satisfies FormUnit, block: undefined }));
}

/**
 * thidua forms: one self-assessment form per unit, generated from the plan — a workbook per unit in the folder -o
 * names, or one workbook with a sheet per unit when -o is an .xlsx file.
 */
export async function formsCommand(args: CliArgs, io: CliIo, m: Messages): Promise<number> {
  if (args.inputs.length) throw new UsageError(m.tooManyInputs);
  if (!args.units) throw new UsageError(m.needUnits);
  if (!args.output) throw new UsageError(m.needOutput);
  const { plan } = await loadPlan(args.plan, io, m);
  const blockIds = plan.blocks.map((b) => b.id);
  if (args.block && !blockIds.includes(args.block))
    throw new UsageError(m.unknownBlock(args.block, blockIds));
  const listed = await readUnitList(args.units, plan, args, io, m);
  const fromFile = [...new Set(listed.map((u) => u.block).filter((b): b is string => Boolean(b)))];
  const block =
    args.block ?? (blockIds.length === 1 ? blockIds[0] : fromFile.length === 1 ? fromFile[0] : undefined);
  if (!block) throw new UsageError(m.needBlock(blockIds));
  const units = listed.filter((u) => !u.block || u.block === block).map((u) => u.unit);
  if (!units.length) throw new FileError(m.noUnitsIn(args.units));
  const repeated = repeatedUnits(units);
  if (repeated) throw new ScoringRefused(args.lang === 'en' ? repeated.messageEn : repeated.message);
  const oneFile = /\.xlsx$/i.test(args.output);
  const forms = buildForms(plan, units, { block, lang: args.lang, layout: oneFile ? 'sheets' : 'workbooks' });
  const folder = args.output.replace(/[\\/]$/, '');
  if (!oneFile) {
    try {
      await io.mkdir?.(folder);
    } catch (e) {
      throw new FileError(m.unreadable(folder, (e as NodeJS.ErrnoException).code ?? (e as Error).message));
    }
  }
  // forms already sent out may have come back filled in under these names: never replaced without --force
  if (!args.force)
    for (const form of forms) {
      const path = oneFile ? args.output : `${folder}/${form.fileName}`;
      const existing = await io.identity(path);
      if (existing && !existing.folder) throw new FileError(m.formsOutputTaken(path));
    }
  for (const form of forms) {
    const wb = new ExcelJS.Workbook();
    applyWritePlan(wb, form.writePlan);
    await protectSheets(wb, form.protections);
    const path = oneFile ? args.output : `${folder}/${form.fileName}`;
    await writeOutput(io, path, new Uint8Array(await wb.xlsx.writeBuffer()), m.unwritable);
    if (!oneFile) io.stdout(`  ${path} — ${form.forms[0].identity.unit.name}\n`);
  }
  io.stdout(`${m.wroteForms(units.length, args.output)}\n`);
  return 0;
}
