/**
 * How much of a workbook the reader takes on before it refuses the file. A real scoring workbook (a few hundred units
 * × a few dozen columns, a template of 5 000 rows) stays far below every figure; a file past one is refused with a
 * message naming the sheet and the figure, before the spreadsheet library builds anything in memory.
 */
export interface ReadBudget {
  /** Cells written in one sheet's XML (with a value or only a format): the library keeps ~600 bytes per cell. */
  maxSheetCells: number;
  /** Row elements in one sheet. */
  maxSheetRows: number;
  /** Cells of all sheets together. */
  maxWorkbookCells: number;
  /**
   * Positions covered by merged areas, data validations and named ranges, all sheets together: the library expands
   * each of these into one object per covered cell (a validation over a whole column is 1 048 575 of them).
   */
  maxRangeCells: number;
  /** Bytes of one part (a sheet's XML, the shared strings, an image) once inflated. */
  maxPartBytes: number;
  /** Bytes of the whole package once inflated. */
  maxExpandedBytes: number;
  /** Files inside the package. */
  maxParts: number;
  /** Columns of the table region a sheet is read into. */
  maxTableColumns: number;
  /** Cells of the dense grid a sheet is read into (rows × columns of the table region). */
  maxDenseCells: number;
}

const MB = 1024 * 1024;

export const READ_BUDGET: Readonly<ReadBudget> = Object.freeze({
  maxSheetCells: 250_000,
  maxSheetRows: 250_000,
  maxWorkbookCells: 500_000,
  maxRangeCells: 2_100_000,
  maxPartBytes: 50 * MB,
  maxExpandedBytes: 150 * MB,
  maxParts: 5_000,
  maxTableColumns: 1_000,
  maxDenseCells: 1_000_000,
});

/** The defaults with some figures changed (tests, or an environment that raises a limit). */
export function readBudget(overrides: Partial<ReadBudget> = {}): ReadBudget {
  return { ...READ_BUDGET, ...overrides };
}
