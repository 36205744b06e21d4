/** What checking the settings of an award dossier says. Vietnamese first; `issue` is the check's own words. */
import { phrase } from './phrase';

export const DOSSIER_PHRASES = {
  /** A setting with a wrong value (`key`: its name, or a dotted path inside it). */
  'dossier.setting-invalid': phrase<{ key: string; issue: string }>({
    vi: (p) => `Thông tin hồ sơ "${p.key}": ${p.issue}`,
    en: (p) => `Dossier setting "${p.key}": ${p.issue}`,
  }),
  /** The settings as a whole are wrong (not an object). */
  'dossier.settings-invalid': phrase<{ issue: string }>({
    vi: (p) => `Thông tin hồ sơ: ${p.issue}`,
    en: (p) => `Dossier settings: ${p.issue}`,
  }),
};
