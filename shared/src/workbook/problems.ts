/**
 * Why a workbook file cannot be read, as data: a code and its figures. The CLI and the task pane render it with
 * `workbookProblemText` (one table, Vietnamese and English), so both say the same thing; no library text ever
 * reaches the official.
 */
import { workbookProblemText } from './messages';

export type WorkbookProblemCode =
  /* what the file is, when it is not an .xlsx */
  | 'empty-file'
  | 'xls'
  | 'encrypted'
  | 'xlsb'
  | 'ods'
  | 'csv'
  | 'html'
  | 'xml-2003'
  | 'other-document'
  | 'damaged'
  | 'unknown-file'
  /* an .xlsx past the read budget */
  | 'too-many-parts'
  | 'expanded-too-large'
  | 'part-too-large'
  | 'sheet-too-many-cells'
  | 'sheet-too-many-rows'
  | 'workbook-too-many-cells'
  | 'ranges-too-large'
  | 'table-too-wide'
  /* a warning, not a refusal: non-empty cells far from the table were not read */
  | 'cells-outside-table';

export type WorkbookProblemParams = Record<string, string | number>;

export interface WorkbookProblem {
  code: WorkbookProblemCode;
  params: WorkbookProblemParams;
}

export function workbookProblem(
  code: WorkbookProblemCode,
  params: WorkbookProblemParams = {},
): WorkbookProblem {
  return { code, params };
}

/**
 * Thrown by the workbook readers. Its message is the Vietnamese sentence; a caller that knows the official's
 * language and the file's name renders `problem` again with `workbookProblemText`.
 */
export class WorkbookReadError extends Error {
  constructor(readonly problem: WorkbookProblem) {
    super(workbookProblemText(problem, 'vi'));
    this.name = 'WorkbookReadError';
  }
}

/** Also true for an error from another copy of this module (a separately bundled chunk of the task pane). */
export function isWorkbookReadError(e: unknown): e is WorkbookReadError {
  return (
    e instanceof WorkbookReadError ||
    (e instanceof Error &&
      e.name === 'WorkbookReadError' &&
      typeof (e as { problem?: unknown }).problem === 'object')
  );
}
