import { renderDossier } from '../../../shared/adapters/docx';
import {
  DOSSIER_SETTING_KEY,
  dossierRequest,
  mergeSettings,
  parseSettings,
  type DossierSettings,
} from '../../../shared/src/dossier';
import { FileError, type CliIo } from '../io';
import { readJson } from '../load';
import type { Messages } from '../messages';
import { prepare } from '../prepare';
import type { CliArgs } from '../run';

function defaultFolder(input: string): string {
  return input.replace(/(\.[^./\\]+)?$/, '-ho-so');
}

function fail(
  io: CliIo,
  title: string,
  problems: { path: string; message: string; messageEn?: string }[],
  lang: CliArgs['lang'],
): number {
  io.stderr(
    `${title}\n${problems.map((p) => `  ${p.path}: ${lang === 'en' && p.messageEn ? p.messageEn : p.message}`).join('\n')}\n`,
  );
  return 1;
}

/**
 * thidua dossier: scores the input like `score` (same loading), then writes the dossier's .docx files and their
 * .zip into a folder. Settings: the plan's `dossier-…` parameters, then those stored in the workbook (or the JSON
 * input's options.dossier), then --settings <file.json>, then --due-date.
 */
export async function dossierCommand(args: CliArgs, io: CliIo, m: Messages): Promise<number> {
  const prepared = await prepare(args, io, m);
  const { input } = prepared;
  if (!prepared.units.length) {
    io.stderr(`${m.noUnits}\n`);
    return 1;
  }
  const layers: DossierSettings[] = [];
  const { dossier: carried, ...scoring } = (input.kind === 'json' ? input.options : undefined) ?? {};
  const stored = input.kind === 'xlsx' ? input.model.settings?.[DOSSIER_SETTING_KEY] : undefined;
  let storedValue: unknown = carried;
  if (stored) {
    try {
      storedValue = JSON.parse(stored);
    } catch {
      storedValue = undefined;
    }
  }
  const sources: [unknown, string][] = [
    [storedValue, input.kind === 'json' ? 'options.dossier' : DOSSIER_SETTING_KEY],
  ];
  if (args.settings) sources.push([await readJson(io, args.settings, m), args.settings]);
  for (const [value, path] of sources) {
    const parsed = parseSettings(value, path);
    if (!parsed.ok) return fail(io, m.invalidSettings, parsed.problems, args.lang);
    layers.push(parsed.settings);
  }
  if (args.dueDate) layers.push({ dueDate: args.dueDate });

  prepared.progress(m.scoring(prepared.units.length));
  const outcome = dossierRequest({
    plan: prepared.plan.ref,
    units: prepared.units,
    options: { ...scoring, dossier: mergeSettings(...layers) },
  });
  if (!outcome.ok) return fail(io, outcome.title, outcome.problems, args.lang);

  const folder = args.output ?? defaultFolder(input.path);
  const rendered = await renderDossier(outcome.dossier, { now: io.now() });
  try {
    await io.mkdir?.(folder);
  } catch (e) {
    throw new FileError(m.unreadable(folder, (e as NodeJS.ErrnoException).code ?? (e as Error).message));
  }
  for (const file of [...rendered.files, { name: rendered.zipName, data: rendered.zip }]) {
    const path = `${folder.replace(/[\\/]$/, '')}/${file.name}`;
    prepared.progress(m.writing(path));
    await io.writeFile(path, file.data);
  }
  const { dossier } = outcome;
  io.stdout(`${m.wroteDossier(folder, rendered.files.length, rendered.zipName)}\n`);
  for (const file of rendered.files) io.stdout(`  ${file.name} — ${file.label}\n`);
  io.stdout(`${m.dossierSummary(dossier.proposals.length, dossier.pending.length, dossier.total)}\n`);
  if (dossier.blanks.length) io.stdout(`${m.dossierBlanks(dossier.blanks)}\n`);
  if (prepared.problems.length) io.stderr(`${m.warnings(prepared.problems.length)}\n`);
  return 0;
}
