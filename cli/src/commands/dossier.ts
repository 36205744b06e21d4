import { renderDossier } from '@thidua/core/adapters/docx';
import { scoreRequest, type Failure, type ScoreOptions, type ScoreResponse } from '@thidua/core';
import { inLang, scoreSheet } from '@thidua/core/workflow';
import {
  DOSSIER_SETTING_KEY,
  draftDossier,
  mergeSettings,
  parseSettings,
  type DossierSettings,
} from '@thidua/core/dossier';
import { FileError, systemCode, type CliIo, writeOutput } from '../io';
import { readJson } from '../load';
import type { Messages } from '../messages';
import { councilInput, reportCouncil, reportSheetProblems } from '../council';
import { prepare, ScoringRefused } from '../prepare';
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
  io.stderr(`${title}\n${problems.map((p) => `  ${p.path}: ${inLang(p, lang)}`).join('\n')}\n`);
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
  // scored as `score` scores it: the sheet workflow (its rate scales, its coverage), the council's decisions
  const council = await councilInput(
    input.kind === 'xlsx' ? input.model : undefined,
    args.decisions,
    io,
    m,
    args.lang,
  );
  reportSheetProblems(council.problems, args.lang, io);
  const options: ScoreOptions = {
    ...(scoring as ScoreOptions),
    ...(council.decisions.length ? { councilDecisions: council.decisions } : {}),
    explain: 'summary',
  };
  let failure: Failure | undefined;
  const call = async (body: unknown): Promise<ScoreResponse> => {
    const outcome = scoreRequest(body);
    if (outcome.ok) return outcome.response;
    failure = outcome;
    throw new Error(outcome.title);
  };
  let response: ScoreResponse;
  try {
    if (prepared.analysis) {
      const scored = await scoreSheet(
        {
          resolved: prepared.analysis.resolved,
          plan: prepared.plan.plan,
          planRef: prepared.plan.ref,
          units: prepared.units,
          lang: 'vi', // the documents are Vietnamese whatever --lang says
          options,
          allowPartial: args.allowPartial,
          audience: 'cli',
          parts: prepared.analysis.parts,
          ambiguous: prepared.analysis.ambiguous,
        },
        call,
      );
      if (!scored.ok) throw new ScoringRefused(inLang(scored.gate.problem, args.lang));
      response = scored.response;
    } else
      response = await call({
        plan: prepared.plan.ref,
        units: prepared.units,
        options: { ...options, lang: 'vi' },
      });
  } catch (e) {
    if (failure) return fail(io, failure.title, failure.problems, args.lang);
    throw e;
  }
  const outcome = draftDossier({
    response,
    plan: prepared.plan.plan,
    units: prepared.units,
    settings: mergeSettings(...layers),
  });
  if (!outcome.ok) return fail(io, outcome.title, outcome.problems, args.lang);
  reportCouncil(response, args.lang, (t) => io.stderr(t), false);

  const folder = args.output ?? defaultFolder(input.path);
  const rendered = await renderDossier(outcome.dossier, { now: io.now() });
  const there = await io.identity(folder);
  if (there && !there.folder) throw new FileError(m.noFolder(folder, 'EEXIST'));
  try {
    await io.mkdir?.(folder);
  } catch (e) {
    throw new FileError(m.noFolder(folder, systemCode(e)));
  }
  for (const file of [...rendered.files, { name: rendered.zipName, data: rendered.zip }]) {
    const path = `${folder.replace(/[\\/]$/, '')}/${file.name}`;
    prepared.progress(m.writing(path));
    await writeOutput(io, path, file.data, m.unwritable);
  }
  const { dossier } = outcome;
  io.stdout(`${m.wroteDossier(folder, rendered.files.length, rendered.zipName)}\n`);
  for (const file of rendered.files) io.stdout(`  ${file.name} — ${file.label}\n`);
  io.stdout(`${m.dossierSummary(dossier.proposals.length, dossier.pending.length, dossier.total)}\n`);
  if (dossier.blanks.length) io.stdout(`${m.dossierBlanks(dossier.blanks)}\n`);
  if (prepared.problems.length) io.stderr(`${m.warnings(prepared.problems.length)}\n`);
  return 0;
}
