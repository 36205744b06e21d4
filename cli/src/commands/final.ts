/**
 * `thidua final <scored.xlsx> [-o <out.xlsx>] [--by <name>] [--replace-final]`: scores the workbook again with the plan
 * it keeps and marks that run final (`thidua score … --final` does the same for any input). A workbook whose final
 * results differ is refused unless --replace-final, with what differs.
 */
import type { CliIo } from '../io';
import type { Messages } from '../messages';
import type { CliArgs } from '../run';
import { scoreCommand } from './score';

export async function finalCommand(args: CliArgs, io: CliIo, m: Messages): Promise<number> {
  return scoreCommand({ ...args, final: true }, io, m);
}
