/**
 * `thidua diff <run-a> <run-b>`: what changes between two runs — two scored workbooks (each keeps its last run) or
 * two JSON answers — and `thidua diff <workbook>`: its last run against its final results.
 */
import {
  diffLines,
  diffRuns,
  COUNCIL_SETTING_KEYS,
  parseFinal,
  isScoreResponse,
  parseSnapshot,
  snapshotOf,
  type RunSnapshot,
} from '@thidua/core/council';
import { councilMessages } from '../council-messages';
import { FileError, UsageError, type CliIo } from '../io';
import { loadInput, readJson } from '../load';
import type { Messages } from '../messages';
import type { CliArgs } from '../run';

interface Side {
  snapshot: RunSnapshot;
  label: string;
}

async function sides(
  path: string,
  io: CliIo,
  m: Messages,
  lang: CliArgs['lang'],
): Promise<{ last: Side; final?: Side }> {
  const c = councilMessages(lang);
  const name = path.split(/[\\/]/).pop() ?? path;
  if (/\.json$/i.test(path)) {
    const data = await readJson(io, path, m);
    const snapshot = isScoreResponse(data) ? snapshotOf(data) : parseSnapshot(data);
    if (!snapshot) throw new FileError(c.diffNoSnapshot(path));
    return { last: { snapshot, label: name } };
  }
  const input = await loadInput(path, io, m);
  if (input.kind !== 'xlsx') throw new FileError(c.diffNoSnapshot(path));
  const settings = input.model.settings ?? {};
  const snapshot = parseSnapshot(settings[COUNCIL_SETTING_KEYS.lastResult]);
  if (!snapshot) throw new FileError(c.diffNoSnapshot(path));
  const final = parseFinal(settings[COUNCIL_SETTING_KEYS.final]);
  return {
    last: { snapshot, label: `${name} (${c.lastLabel})` },
    ...(final ? { final: { snapshot: final.snapshot, label: `${name} (${c.finalLabel})` } } : {}),
  };
}

export async function diffCommand(args: CliArgs, io: CliIo, m: Messages): Promise<number> {
  const c = councilMessages(args.lang);
  if (args.inputs.length < 1 || args.inputs.length > 2) throw new UsageError(c.diffNeedInputs);
  let a: Side;
  let b: Side;
  if (args.inputs.length === 2) {
    a = (await sides(args.inputs[0], io, m, args.lang)).last;
    b = (await sides(args.inputs[1], io, m, args.lang)).last;
  } else {
    const one = await sides(args.inputs[0], io, m, args.lang);
    if (!one.final) throw new FileError(c.diffNoFinal(args.inputs[0]));
    a = one.final;
    b = one.last;
  }
  const diff = diffRuns(a.snapshot, b.snapshot);
  if (args.json) {
    io.stdout(`${JSON.stringify(diff, null, 2)}\n`);
    return 0;
  }
  const blocks = new Map([...a.snapshot.blocks, ...b.snapshot.blocks].map((x) => [x.id, x.name]));
  io.stdout(`${c.diffHeader(a.label, b.label)}\n`);
  for (const line of diffLines(diff, args.lang, (id) => blocks.get(id) ?? id, { why: true }))
    io.stdout(`  ${line}\n`);
  return 0;
}
