/**
 * The council sheet is read once: the read returns where its header and columns are, and a decision added later is
 * written under the titles the sheet has now — columns the council moved, a column an earlier version's sheet lacks.
 */
import type { CouncilDecision } from '../../src/council/schema';
import {
  addDecisionPlan,
  councilSheetPlan,
  COUNCIL_SHEET_NAME,
  readCouncilSheet,
} from '../../src/sheet/council-sheet';
import type { CellValue, SheetModel } from '../../src/sheet/model';

const decision: CouncilDecision = {
  kind: 'tie',
  unit: 'Xã B',
  award: 'Giải Nhì',
  tiedWith: ['Xã C'],
  date: '2024-01-05',
  recordedBy: 'Thư ký Hội đồng',
  reason: 'Hội đồng biểu quyết',
};

/** The template's rows, the header reordered by `order` (indexes into the template's header), then `rows`. */
function sheetOf(rows: CellValue[][], order?: number[]): SheetModel {
  const grid: CellValue[][] = [];
  for (const b of councilSheetPlan().blocks)
    b.values.forEach((line, i) => {
      grid[b.at.row + i] = b.headerRows && order ? order.map((j) => line[j]) : line;
    });
  grid.push(...rows);
  const width = Math.max(...grid.map((r) => r?.length ?? 0));
  return {
    name: COUNCIL_SHEET_NAME,
    origin: { row: 0, col: 0 },
    values: Array.from(grid, (r) => Array.from({ length: width }, (_, j) => r?.[j] ?? null)),
  };
}

describe('the council sheet read once, its columns kept', () => {
  it('returns the header row and the column of each title', () => {
    const read = readCouncilSheet(sheetOf([]));
    expect(read.header).toEqual({
      row: 4,
      columns: {
        no: 0,
        kind: 1,
        unit: 2,
        block: 3,
        award: 4,
        rule: 5,
        votesFor: 6,
        members: 7,
        reason: 8,
        date: 9,
        recordedBy: 10,
        tiedWith: 11,
      },
    });
    expect(read.filledRows).toBe(0);
  });

  it('writes a decision under the titles of a sheet whose columns the council reordered', () => {
    // "Đồng hạng với" moved before "Lý do", "Người ghi" first
    const order = [10, 0, 1, 2, 3, 4, 5, 6, 7, 11, 8, 9];
    const sheet = sheetOf([], order);
    const row = addDecisionPlan(sheet, decision).appends[0].values[0];
    const back = readCouncilSheet(sheetOf([row], order));
    expect(back.problems).toEqual([]);
    expect(back.decisions).toEqual([{ ...decision, source: `${COUNCIL_SHEET_NAME}, 6` }]);
    expect(row[0]).toBe('Thư ký Hội đồng');
    expect(row[9]).toBe('Xã C');
  });

  it('numbers the added row after every filled row, read or not', () => {
    const unread: CellValue[] = [1, 'Chọn đơn vị nhận giải đồng hạng', 'Xã B', null, 'Giải Nhì'];
    const sheet = sheetOf([unread]);
    expect(readCouncilSheet(sheet)).toMatchObject({ filledRows: 1, decisions: [] });
    expect(addDecisionPlan(sheet, decision).appends[0].values[0][0]).toBe(2);
  });
});
