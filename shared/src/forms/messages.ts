/**
 * What a merge says about the forms it was given, Vietnamese first: the words are phrases of the shared catalogue
 * (shared/src/messages/form-merge.ts); this module gathers what they name.
 */
import { bilingual, say } from '../messages';
import type { StructureChange } from './read';

export type FormProblemCode =
  | 'form-not-a-form'
  | 'form-unreadable'
  | 'form-other-plan'
  | 'form-other-block'
  | 'form-changed'
  | 'form-duplicate'
  | 'form-missing'
  | 'form-plan-version'
  | 'form-other-batch'
  | 'forms-several-blocks'
  | 'form-no-reason'
  | 'form-repeated-unit'
  | 'form-unknown-unit'
  | 'form-duplicate-values';

export interface FormProblem {
  code: FormProblemCode;
  /** error: the form is not merged (or a unit has no form); warning: merged, read with care. */
  severity: 'error' | 'warning';
  file?: string;
  sheet?: string;
  unitId?: string;
  message: string;
  messageEn: string;
}

type Made = Omit<FormProblem, 'code' | 'severity'>;

export const formMessages = {
  notAForm: (file: string): Made => ({ file, ...bilingual(say('forms.not-a-form', { file })) }),
  unreadable: (file: string, sheet: string): Made => ({
    file,
    sheet,
    ...bilingual(say('forms.unreadable', { file, sheet })),
  }),
  otherPlan: (file: string, sheet: string, unit: string, planId: string, expected: string): Made => ({
    file,
    sheet,
    ...bilingual(say('forms.other-plan', { file, sheet, unit, plan: planId, expected })),
  }),
  otherBlock: (file: string, sheet: string, unit: string, block: string, expected: string): Made => ({
    file,
    sheet,
    ...bilingual(say('forms.other-block', { file, sheet, unit, block, expected })),
  }),
  changed: (file: string, sheet: string, unit: string, changes: StructureChange[]): Made => ({
    file,
    sheet,
    ...bilingual(say('forms.changed', { file, sheet, unit, changes })),
  }),
  duplicate: (unit: string, places: string[], identical: boolean): Made =>
    bilingual(say(identical ? 'forms.duplicate-identical' : 'forms.duplicate-different', { unit, places })),
  duplicateValues: (unit: string, items: { number: string; values: string[] }[]): Made =>
    bilingual(say('forms.duplicate-values', { unit, items })),
  unknownUnit: (file: string, sheet: string, unit: string): Made => ({
    file,
    sheet,
    ...bilingual(say('forms.unknown-unit', { file, sheet, unit })),
  }),
  missing: (units: { id: string; name: string }[]): Made =>
    bilingual(say('forms.missing', { units: units.map((u) => u.name) })),
  planVersion: (file: string, sheet: string, version: string, current: string): Made => ({
    file,
    sheet,
    ...bilingual(say('forms.plan-version', { file, sheet, version, current })),
  }),
  otherBatch: (batches: number, lists: string[][] = []): Made =>
    bilingual(say('forms.other-batch', { batches, lists })),
  severalBlocks: (blocks: string[]): Made => bilingual(say('forms.several-blocks', { blocks })),
  noReason: (unit: string, items: string[]): Made => bilingual(say('forms.no-reason', { unit, items })),
  repeated: (groups: string[][]): Made => bilingual(say('forms.repeated-units', { groups })),
};
