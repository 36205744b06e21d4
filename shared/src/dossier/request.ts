import { problemOf, say } from '../messages';
import { ScoreOptionsSchema, ScoreRequestSchema } from '../api/schemas';
import { prepareRequest, scorePrepared, type Failure, type RequestLimits } from '../api/score-request';
import type { ScoreResponse, UnitInput } from '../engine/types';
import type { Plan } from '../plan/schema';
import { buildDossier } from './build';
import type { Dossier } from './model';
import {
  DossierSettingsSchema,
  mergeSettings,
  parseSettings,
  settingsFromPlan,
  type DossierSettings,
} from './settings';

export type DossierOutcome =
  { ok: true; dossier: Dossier; response: ScoreResponse; plan: Plan; settings: DossierSettings } | Failure;

/**
 * POST /dossier: the body of /score with an optional `options.dossier` (DossierSettingsSchema). Scores it as /score
 * does (`scorePrepared`: the self-assessment, the council's decisions, every key reported), in Vietnamese (the
 * documents are Vietnamese whatever `options.lang` says) and with every criterion explained, then drafts the dossier.
 */
export function dossierRequest(body: unknown, limits: RequestLimits = { maxUnits: 20_000 }): DossierOutcome {
  let given: unknown;
  let scoreBody = body;
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    const { options, ...rest } = body as Record<string, unknown>;
    if (options && typeof options === 'object' && !Array.isArray(options)) {
      const { dossier, ...scoring } = options as Record<string, unknown>;
      given = dossier;
      // every criterion explained (the reports quote them), unless the request says how much
      const explain = 'explain' in scoring || 'explanations' in scoring ? {} : { explain: 'full' };
      scoreBody = { ...rest, options: { ...explain, ...scoring, lang: 'vi' } };
    } else if (options === undefined) scoreBody = { ...rest, options: { explain: 'full', lang: 'vi' } };
  }
  const requested = parseSettings(given, 'options.dossier');
  if (!requested.ok)
    return {
      ok: false,
      status: 400,
      title: 'Thông tin hồ sơ không hợp lệ (invalid dossier settings)',
      problems: requested.problems,
    };
  const prepared = prepareRequest(scoreBody, limits);
  if (!prepared.ok) return prepared;
  // a proposal naming nobody is no dossier (the CLI refuses an empty sheet the same way)
  if (!prepared.request.units.length)
    return {
      ok: false,
      status: 400,
      title: 'Không có đơn vị để lập hồ sơ (no units)',
      problems: [problemOf('units', say('request.dossier-no-units'))],
    };
  // the answer /score gives for the same body: self-assessment, council decisions, keys it could not read
  const scored = scorePrepared(prepared, limits);
  if (!scored.ok) return scored;
  return draftDossier({
    response: scored.response,
    plan: prepared.compiled.plan,
    units: prepared.request.units,
    settings: requested.settings,
  });
}

/**
 * The dossier of a result already scored — by the sheet workflow (the CLI, the pane: with the sheet's rate scales
 * and the council's decisions) or by dossierRequest. Settings: the plan's `dossier-…` parameters, then `settings`.
 */
export function draftDossier(input: {
  response: ScoreResponse;
  plan: Plan;
  units: readonly UnitInput[];
  settings?: DossierSettings;
}): DossierOutcome {
  const fromPlan = settingsFromPlan(input.plan);
  if (!fromPlan.ok)
    return {
      ok: false,
      status: 422,
      title: 'Tham số hồ sơ của kế hoạch không hợp lệ (invalid dossier parameters in the plan)',
      problems: fromPlan.problems,
    };
  const settings = mergeSettings(fromPlan.settings, input.settings ?? {});
  const dossier = buildDossier({ response: input.response, plan: input.plan, settings, units: input.units });
  return { ok: true, dossier, response: input.response, plan: input.plan, settings };
}

/** The request body of POST /dossier, for the OpenAPI document: /score's, with `options.dossier`. */
export const DossierRequestSchema = ScoreRequestSchema.extend({
  options: ScoreOptionsSchema.extend({ dossier: DossierSettingsSchema.optional() }).optional(),
});
