import { validateRequest, type Problem } from '@thidua/core';
import { inLang } from '@thidua/core/workflow';
import type { CliIo } from '../io';
import type { Messages } from '../messages';
import { prepare } from '../prepare';
import type { CliArgs } from '../run';

export async function validateCommand(args: CliArgs, io: CliIo, m: Messages): Promise<number> {
  // validate reports a sheet with nothing mapped (first, with what to do) instead of refusing it
  const prepared = await prepare(args, io, m, { gate: false });
  let problems: Problem[] = prepared.problems;
  const { gate } = prepared;
  if (gate && !gate.ok && gate.code === 'nothing-mapped')
    problems = [{ ...gate.problem, message: inLang(gate.problem, args.lang) }, ...problems];
  if (prepared.input.kind === 'json') {
    const outcome = validateRequest({
      plan: prepared.plan.ref,
      units: prepared.units,
      options: { lang: args.lang },
    });
    problems = outcome.ok ? outcome.report.problems : outcome.problems;
  }
  const units = prepared.units.length;
  if (args.json) {
    io.stdout(
      `${JSON.stringify({ planId: prepared.plan.plan.id, valid: problems.length === 0, units, problems }, null, 2)}\n`,
    );
    return problems.length ? 1 : 0;
  }
  if (!problems.length) {
    io.stdout(`${m.noProblems(units)}\n`);
    return 0;
  }
  io.stdout(`${m.problems(problems.length)}\n`);
  for (const p of problems)
    io.stdout(`  ${p.message.includes(p.path) ? p.message : `${p.path}: ${p.message}`}\n`);
  return 1;
}
