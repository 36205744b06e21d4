export * from './model';
export {
  CouncilMemberSchema,
  DossierSettingsSchema,
  DOSSIER_SETTING_KEY,
  PARAMETER_IDS,
  mergeSettings,
  parseSettings,
  settingsFromPlan,
  type CouncilMember,
  type DossierSettings,
  type SettingKey,
  type SettingsOutcome,
} from './settings';
export { buildDossier } from './build';
export type { DossierInput } from './context';
export { dossierRequest, draftDossier, DossierRequestSchema, type DossierOutcome } from './request';
export { TIER_FORM, COMMENDATION_FORM } from './proposals';
export { money, moneyWithWords } from './text';
export { documentText } from './plain-text';
