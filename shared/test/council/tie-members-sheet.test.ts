/** The "Đồng hạng với" column of the council sheet: the units the council compared, written and read back. */
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
  tiedWith: ['Xã C', 'Xã D'],
  date: '2024-01-05',
  recordedBy: 'Thư ký Hội đồng',
  reason: 'Hội đồng biểu quyết',
};

function sheetOf(rows: CellValue[][], header?: (h: CellValue[]) => CellValue[]): SheetModel {
  const grid: CellValue[][] = [];
  for (const b of councilSheetPlan().blocks)
    b.values.forEach((line, i) => {
      const row = b.at.row + i;
      grid[row] = header && b.headerRows ? header(line) : line;
    });
  grid.push(...rows);
  const width = Math.max(...grid.map((r) => r?.length ?? 0));
  return {
    name: COUNCIL_SHEET_NAME,
    origin: { row: 0, col: 0 },
    values: Array.from(grid, (r) => Array.from({ length: width }, (_, j) => r?.[j] ?? null)),
  };
}

describe('the council sheet keeps the units a tie decision compared', () => {
  it('writes them in the last column, "; " between, and reads them back', () => {
    const plan = addDecisionPlan(sheetOf([]), decision);
    const row = plan.appends[0].values[0];
    expect(row[row.length - 1]).toBe('Xã C; Xã D');
    const back = readCouncilSheet(sheetOf([row]));
    expect(back.problems).toEqual([]);
    expect(back.decisions[0]).toMatchObject({ kind: 'tie', tiedWith: ['Xã C', 'Xã D'] });
  });

  it('reads one unit per line too, and an empty cell as no list', () => {
    const row = addDecisionPlan(sheetOf([]), decision).appends[0].values[0];
    const lines = [...row.slice(0, -1), 'Xã C\n Xã D \n'];
    expect(readCouncilSheet(sheetOf([lines])).decisions[0]).toMatchObject({ tiedWith: ['Xã C', 'Xã D'] });
    const none = [...row.slice(0, -1), null];
    expect(readCouncilSheet(sheetOf([none])).decisions[0]).not.toHaveProperty('tiedWith');
  });

  it('leaves the list out on a sheet made without the column, rather than under no header', () => {
    const older = sheetOf([], (h) => h.slice(0, -1));
    const row = addDecisionPlan(older, decision).appends[0].values[0];
    expect(row).toHaveLength(11);
    expect(row).not.toContain('Xã C; Xã D');
  });
});
