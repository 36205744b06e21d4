import type { CellRef } from '../../src/sheet/model';
import { outlierWarning, REGION_GAP_COLUMNS, REGION_GAP_ROWS, tableRegion } from '../../src/sheet/region';
import { workbookProblemText } from '../../src/workbook/messages';
import { sheet } from '../sheet/helpers';

const LIMITS = { maxDenseCells: 1_000_000, maxTableColumns: 1_000 };

/** A filled rectangle of cells. */
function block(top: number, left: number, rows: number, cols: number): CellRef[] {
  const out: CellRef[] = [];
  for (let r = top; r < top + rows; r++)
    for (let c = left; c < left + cols; c++) out.push({ row: r, col: c });
  return out;
}

describe('tableRegion: the dense grid stays where the data is', () => {
  it('is the bounding box when it fits the budget, with no outliers', () => {
    const cells = [...block(5, 1, 30, 12), { row: 60, col: 0 }];
    expect(tableRegion(cells, LIMITS)).toEqual({
      box: { top: 5, left: 0, bottom: 60, right: 12 },
      outliers: [],
    });
    expect(tableRegion([], LIMITS)).toEqual({ box: undefined, outliers: [] });
  });

  it('A1 and XFD1048576: one cell read, the other an outlier (the topmost on a tie)', () => {
    const far = { row: 1_048_575, col: 16_383 };
    expect(tableRegion([{ row: 0, col: 0 }, far], LIMITS)).toEqual({
      box: { top: 0, left: 0, bottom: 0, right: 0 },
      outliers: [far],
    });
  });

  it('a table with stray cells far below and far to the right keeps the table', () => {
    const table = block(3, 0, 40, 20);
    const strays = [
      { row: 900_000, col: 2 },
      { row: 10, col: 16_000 },
    ];
    const { box, outliers } = tableRegion([...table, ...strays], LIMITS);
    expect(box).toEqual({ top: 3, left: 0, bottom: 42, right: 19 });
    expect(outliers).toEqual(strays);
  });

  it('gaps of fewer empty lines than the split distance stay inside the table; that many split it', () => {
    const top = block(0, 0, 10, 5);
    const below = block(9 + REGION_GAP_ROWS, 0, 10, 5); // 49 empty rows between
    const right = block(0, 4 + REGION_GAP_COLUMNS, 3, 2); // 19 empty columns between
    const far = { row: 999_999, col: 999 };
    const joined = tableRegion([...top, ...below, ...right, far], LIMITS);
    expect(joined.box).toEqual({
      top: 0,
      left: 0,
      bottom: 18 + REGION_GAP_ROWS,
      right: 5 + REGION_GAP_COLUMNS,
    });
    expect(joined.outliers).toEqual([far]);

    const apart = block(10 + REGION_GAP_ROWS, 0, 11, 5); // 50 empty rows between, and more cells
    expect(tableRegion([...top, ...apart, far], LIMITS).box).toEqual({
      top: 10 + REGION_GAP_ROWS,
      left: 0,
      bottom: 20 + REGION_GAP_ROWS,
      right: 4,
    });
  });

  it('keeps the cluster with the most cells, whatever the order the cells come in', () => {
    const small = block(0, 0, 2, 2);
    const big = block(5_000, 0, 20, 10);
    const expected = { top: 5_000, left: 0, bottom: 5_019, right: 9 };
    const limits = { maxDenseCells: 10_000, maxTableColumns: 1_000 };
    expect(tableRegion([...small, ...big], limits).box).toEqual(expected);
    expect(tableRegion([...big, ...small].reverse(), limits).box).toEqual(expected);
  });

  it('a sheet wider than the column limit is split at its column gaps', () => {
    const table = block(0, 0, 5, 30);
    const { box, outliers } = tableRegion([...table, { row: 2, col: 5_000 }], LIMITS);
    expect(box).toEqual({ top: 0, left: 0, bottom: 4, right: 29 });
    expect(outliers).toEqual([{ row: 2, col: 5_000 }]);
  });

  it('a contiguous region still over the dense budget keeps its first rows', () => {
    const diagonal = Array.from({ length: 3_000 }, (_, i) => ({ row: i, col: i % 100 }));
    const { box, outliers } = tableRegion(diagonal, { maxDenseCells: 10_000, maxTableColumns: 1_000 });
    expect(box).toEqual({ top: 0, left: 0, bottom: 99, right: 99 });
    expect(outliers).toHaveLength(2_900);
  });
});

describe('outlierWarning', () => {
  it('names the first cells left out, how many more, and the region read', () => {
    const s = sheet(
      'Tổng hợp',
      [
        ['STT', 'Tên'],
        [1, 'Xã A'],
      ],
      {
        origin: { row: 4, col: 1 },
        outliers: [
          { row: 1_048_575, col: 16_383 },
          ...Array.from({ length: 6 }, (_, i) => ({ row: 20_000 + i, col: 0 })),
        ],
      },
    );
    const warning = outlierWarning(s);
    expect(warning?.code).toBe('cells-outside-table');
    expect(workbookProblemText(warning!, 'vi')).toBe(
      'Sheet "Tổng hợp": 7 ô có dữ liệu nằm xa bảng không được đọc (XFD1048576, A20001, A20002, A20003, A20004 và 2 ô khác); ' +
        'vùng được đọc là B5:C6. Nếu đó là dữ liệu chấm điểm, chuyển chúng vào bảng.',
    );
    expect(outlierWarning(sheet('S', [[1]]))).toBeUndefined();
  });
});
