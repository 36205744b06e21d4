import type { CellRef, CellValue, RangeRef, WritePlan } from './model';

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

/**
 * What the sheet must still hold when the write starts (checked by the adapter before it writes anything, in Excel
 * in the same request as its first probe): the header and unit names the plan was computed against, the previous
 * output about to be cleared (by fingerprint), and the cells about to be written (empty). A co-author may have
 * moved them since the sheet was read.
 */
export type WriteExpectation =
  | {
      kind: 'values';
      sheet: string;
      range: Omit<RangeRef, 'sheet'>;
      values: CellValue[][];
      what: 'header' | 'names';
    }
  | { kind: 'fingerprint'; sheet: string; range: Omit<RangeRef, 'sheet'>; fingerprint: string }
  | { kind: 'empty'; sheet: string; range: Omit<RangeRef, 'sheet'> };

/**
 * Something the official should know about this write (their cells kept, a sheet name already taken, the
 * explanations sheet too large to write).
 */
export interface WriteWarning {
  code: 'output-changed' | 'output-unverified' | 'sheet-name-taken' | 'explanations-left-out';
  sheet: string;
  message: string;
  messageEn: string;
  /** The range kept as the official's, when there is one. */
  range?: RangeRef;
}

export interface WritePlanExtras {
  validations?: DataValidationSpec[];
  freeze?: FreezePanes[];
  expect?: WriteExpectation[];
  warnings?: WriteWarning[];
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
