/**
 * The pane's dossier, as a plain async function over a WorkbookHost (no React): the sheet is read and scored exactly
 * as the score step scores it (shared sheet workflow: coverage gate, the columns' rate scales, the council's
 * decisions), in the page and in Vietnamese (the documents are), then drafted and rendered with the shared code.
 */
import { scoreRequest, type ScoreResponse } from '@thidua/core';
import { draftDossier, type Dossier, type DossierSettings } from '@thidua/core/dossier';
import type { ColumnMapping } from '@thidua/core/sheet';
import { readUnits, scoreSheet } from '@thidua/core/workflow';
import type { WorkbookHost } from './adapters/host';
import { councilOptions, readCouncilDecisions } from './council';
import { ScoringRefusedError, type LoadedPlan } from './workflow';
import { ProblemsError } from './pane-error';

export interface DraftInput {
  loaded: LoadedPlan;
  mapping: ColumnMapping;
  block?: string;
  settings: DossierSettings;
  /** The official confirmed scoring a sheet that feeds only part of the plan. */
  allowPartial?: boolean;
}

export async function draftSheetDossier(host: WorkbookHost, input: DraftInput): Promise<Dossier> {
  const { loaded, mapping } = input;
  // re-read: a co-author may have changed the sheet, or the council recorded a decision, since the last step
  const [sheet, sheetNames] = await Promise.all([host.readSheet(mapping.sheet), host.listSheets()]);
  const extraction = readUnits({ sheet, mapping }, loaded.plan, { block: input.block });
  const council = await readCouncilDecisions(host, sheetNames);
  const inPage = async (body: unknown): Promise<ScoreResponse> => {
    const outcome = scoreRequest(body);
    if (outcome.ok) return outcome.response;
    throw new ProblemsError('inPageRefused', outcome.problems);
  };
  const scored = await scoreSheet(
    {
      resolved: { sheet, mapping },
      plan: loaded.plan,
      planRef: loaded.builtInId ?? loaded.plan,
      units: extraction.units,
      lang: 'vi',
      allowPartial: input.allowPartial,
      audience: 'pane',
      options: { ...councilOptions(council.decisions), explain: 'summary' },
    },
    inPage,
  );
  if (!scored.ok) throw new ScoringRefusedError(scored.gate.problem, scored.gate.code);
  const outcome = draftDossier({
    response: scored.response,
    plan: loaded.plan,
    units: extraction.units,
    settings: input.settings,
  });
  if (!outcome.ok) throw new ProblemsError('dossierRefused', outcome.problems);
  return outcome.dossier;
}
