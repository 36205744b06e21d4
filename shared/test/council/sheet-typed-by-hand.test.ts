/**
 * The council sheet as officials type it: kinds in their own words, Vietnamese dates. A row is read as the council
 * wrote it or refused at its cell — never read as another kind of decision, never a date guessed.
 */
import { councilSheetPlan, COUNCIL_SHEET_NAME, readCouncilSheet } from '../../src/sheet/council-sheet';
import type { CellValue, SheetModel } from '../../src/sheet/model';

function sheetWith(rows: CellValue[][]): SheetModel {
  const grid: CellValue[][] = [];
  for (const b of councilSheetPlan().blocks)
    b.values.forEach((line, i) => {
      grid[b.at.row + i] = line;
    });
  grid.push(...rows);
  const width = Math.max(...grid.map((r) => r?.length ?? 0));
  return {
    name: COUNCIL_SHEET_NAME,
    origin: { row: 0, col: 0 },
    values: Array.from(grid, (r) => Array.from({ length: width }, (_, j) => r?.[j] ?? null)),
  };
}

/** One row: the kind as typed, a rule for include / exclude, an award for a tie, the date as typed. */
const row = (kind: string, date: CellValue = '05/01/2024'): CellValue[] => [
  1,
  kind,
  'Xã B',
  null,
  'Giải Nhì',
  'Mục IV.1 kế hoạch',
  null,
  null,
  'Hội đồng biểu quyết',
  date,
  'Thư ký',
];

const kindOf = (kind: string) => {
  const read = readCouncilSheet(sheetWith([row(kind)]));
  return read.decisions[0]
    ? read.decisions[0].kind === 'missing'
      ? `missing:${read.decisions[0].rule}`
      : read.decisions[0].kind
    : read.problems.map((p) => p.path).join();
};

describe('kinds typed by hand', () => {
  it.each([
    ['Không xét thi đua', 'exclude'],
    ['Không xét thi đua năm 2023', 'exclude'],
    ['không xét', 'exclude'],
    ['Xét thi đua', 'include'],
    ['Đưa vào xét thi đua', 'include'],
    ['Chọn đơn vị đồng hạng', 'tie'],
    ['Tính 0 điểm', 'missing:zero'],
    ['Chờ số liệu tiêu chí 5', 'missing:hold'],
    ['Đồng hạng: Hội đồng chọn Xã B', 'tie'],
  ])('"%s" is read as %s', (typed, kind) => {
    expect(kindOf(typed)).toBe(kind);
  });

  it.each([
    // two kinds in one cell, or a kind denied: the row is refused at the kind's cell
    'Loại khỏi xét thi đua',
    'Không đưa vào xét thi đua',
    'Không tính 0 điểm',
    'Do not include',
    'Đồng hạng, chờ số liệu',
  ])('"%s" is refused at its cell, never read as the other kind', (typed) => {
    const read = readCouncilSheet(sheetWith([row(typed)]));
    expect(read.decisions).toEqual([]);
    expect(read.problems).toEqual([
      expect.objectContaining({
        path: `'${COUNCIL_SHEET_NAME}'!B6`,
        message: `Trang "${COUNCIL_SHEET_NAME}", dòng 6: chưa rõ loại quyết định "${typed}" (chọn trong danh sách) — quyết định này chưa được áp dụng`,
      }),
    ]);
  });
});

describe('Vietnamese dates', () => {
  it.each([
    ['05/01/2024'],
    ['5/1/2024'],
    ['05-01-2024'],
    ['05.01.2024'],
    ['ngày 05 tháng 01 năm 2024'],
    [45296],
  ] as [CellValue][])('%p is 5 January 2024', (typed) => {
    const read = readCouncilSheet(sheetWith([row('Không xét thi đua', typed)]));
    expect(read.problems).toEqual([]);
    expect(read.decisions[0].date).toBe('2024-01-05');
  });

  it.each([['05/01/24'], ['31/02/2024'], ['01/13/2024'], ['2024/01/05']])(
    '%p is refused at its cell, never guessed',
    (typed) => {
      const read = readCouncilSheet(sheetWith([row('Không xét thi đua', typed)]));
      expect(read.decisions).toEqual([]);
      expect(read.problems.map((p) => p.path)).toEqual([`'${COUNCIL_SHEET_NAME}'!J6`]);
      expect(read.problems[0].message).toContain(`ngày quyết định "${typed}" không đọc được (dd/mm/yyyy)`);
    },
  );
});
