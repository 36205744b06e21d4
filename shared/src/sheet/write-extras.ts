import type { CellRef, RangeRef, WritePlan } from './model';

/**
 * What a template needs beyond a WritePlan: data validation and frozen panes.
 * Kept optional so adapters that do not support them (yet) can still apply the plan.
 */
export interface DataValidationSpec {
  sheet: string;
  range: Omit<RangeRef, 'sheet'>;
  type: 'list' | 'decimal' | 'whole' | 'date';
  /** For 'list': the allowed entries. */
  list?: string[];
  min?: number;
  max?: number;
  prompt?: string;
  error?: string;
}

export interface FreezePanes {
  sheet: string;
  /** The first cell that scrolls (rows above and columns left of it stay put). */
  at: CellRef;
}

export interface WritePlanExtras {
  validations?: DataValidationSpec[];
  freeze?: FreezePanes[];
}

export type ExtendedWritePlan = WritePlan & WritePlanExtras;

export function emptyWritePlan(): ExtendedWritePlan {
  return {
    sheets: [],
    clear: [],
    blocks: [],
    appends: [],
    conditionalFormats: [],
    columnWidths: [],
    settings: {},
  };
}
