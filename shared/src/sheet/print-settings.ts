import type { Plan } from '../plan/schema';
import {
  DOSSIER_SETTING_KEY,
  mergeSettings,
  parseSettings,
  settingsFromPlan,
  type DossierSettings,
} from '../dossier/settings';

/**
 * The dossier settings the printed sheets' header and signature block use — the same the Word documents use: the
 * plan's `dossier-…` parameters, then what the official saved in the workbook ("thidua.dossier"), then the caller's.
 * A layer that cannot be read adds nothing (the dossier step reports it); nothing is ever invented.
 */
export function printSettings(
  plan: Plan,
  workbookSettings: Record<string, string>,
  given: DossierSettings = {},
): DossierSettings {
  const fromPlan = settingsFromPlan(plan);
  let stored: DossierSettings = {};
  const text = workbookSettings[DOSSIER_SETTING_KEY];
  if (text) {
    try {
      const parsed = parseSettings(JSON.parse(text), DOSSIER_SETTING_KEY);
      if (parsed.ok) stored = parsed.settings;
    } catch {
      // unreadable JSON: no stored settings
    }
  }
  return mergeSettings(fromPlan.ok ? fromPlan.settings : {}, stored, given);
}
