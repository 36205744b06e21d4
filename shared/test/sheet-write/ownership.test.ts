import fc from 'fast-check';
import type { SheetModel } from '../../src/sheet/model';
import {
  buildWritePlan,
  parseOutputRecords,
  parseOutputSetting,
  parseOwnedSheets,
  SETTING_KEYS,
  type BuildWritePlanInput,
  type ExtendedWritePlan,
} from '../../src/sheet/writing';
import { cellsFor, MAPPING, officialSheet, smallPlan, smallResponse } from './fixtures';
import { applied, cell, deleteColumn, deleteRow, insertRow, setCell } from './sheet-edits';

const NOW = new Date(Date.UTC(2024, 0, 5, 7, 0, 0));
const SHEET = 'Bảng điểm';

function input(overrides: Partial<BuildWritePlanInput> = {}): BuildWritePlanInput {
  const plan = smallPlan();
  return {
    sheet: officialSheet(),
    mapping: MAPPING,
    cells: cellsFor(),
    response: smallResponse(plan),
    plan,
    now: NOW,
    sheetNames: [SHEET],
    ...overrides,
  };
}

function beside(wp: ExtendedWritePlan) {
  const block = wp.blocks.find((b) => b.sheet === SHEET);
  if (!block) throw new Error('no block');
  return block;
}

/** The first run, and the sheet and settings as the second run reads them. */
function firstRun(overrides: Partial<BuildWritePlanInput> = {}) {
  const wp = buildWritePlan(input(overrides));
  return { wp, sheet: applied(overrides.sheet ?? officialSheet(), wp), settings: wp.settings };
}

describe('the output block is cleared only when it is exactly what we wrote', () => {
  it('a second run clears the first one’s block and writes at the same place, without warnings', () => {
    const { wp, sheet, settings } = firstRun();
    const second = buildWritePlan(input({ sheet, settings }));
    expect(second.clear).toEqual(parseOutputSetting(wp.settings[SETTING_KEYS.output]));
    expect(beside(second).at).toEqual(beside(wp).at);
    expect(second.warnings).toEqual([]);
    expect(parseOutputRecords(second.settings[SETTING_KEYS.output])[0].fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });

  it('keeps a block an official typed a note into, names the cell, and writes to the right of it', () => {
    const { wp, sheet, settings } = firstRun();
    const old = parseOutputSetting(wp.settings[SETTING_KEYS.output])[0];
    const edited = setCell(sheet, 5, old.left + 4, 'Đã xác minh lại'); // a note inside our block (K6)
    const second = buildWritePlan(input({ sheet: edited, settings }));
    expect(second.clear).toEqual([]);
    expect(beside(second).at.col).toBe(old.right + 2);
    expect(second.warnings).toHaveLength(1);
    expect(second.warnings?.[0]).toMatchObject({ code: 'output-changed', range: old });
    expect(second.warnings?.[0].message).toContain('K6');
    expect(second.warnings?.[0].messageEn).toContain('K6');
    // The log row carries the warning; the kept block is no longer remembered as ours.
    expect(String(second.appends[0].values[0][16])).toContain('K6');
    expect(parseOutputSetting(second.settings[SETTING_KEYS.output])).toEqual([
      { ...old, left: old.right + 2, right: old.right + 2 + (old.right - old.left) },
    ]);
  });

  it('keeps the block when the first heading was cleared and the official typed there', () => {
    const { wp, sheet, settings } = firstRun();
    const old = parseOutputSetting(wp.settings[SETTING_KEYS.output])[0];
    const cleared = setCell(sheet, old.top, old.left, null);
    expect(buildWritePlan(input({ sheet: cleared, settings })).clear).toEqual([]);
    const typed = setCell(cleared, old.top, old.left, 'Ý kiến của xã');
    const second = buildWritePlan(input({ sheet: typed, settings }));
    expect(second.clear).toEqual([]);
    expect(second.warnings?.[0].message).toContain('G3');
    expect(second.blocks.some((b) => b.sheet === SHEET && b.at.col <= old.right)).toBe(false);
  });

  it('never clears a block remembered by an earlier version (no fingerprint), and says so', () => {
    const { wp, sheet } = firstRun();
    const legacy = JSON.stringify(parseOutputSetting(wp.settings[SETTING_KEYS.output]));
    const second = buildWritePlan(input({ sheet, previousOutput: legacy }));
    expect(second.clear).toEqual([]);
    expect(second.warnings?.[0].code).toBe('output-unverified');
  });

  it('forgets a block the official deleted, silently', () => {
    const { wp, settings } = firstRun();
    const second = buildWritePlan(input({ settings }));
    expect(second.clear).toEqual([]);
    expect(second.warnings).toEqual([]);
    expect(beside(second).at).toEqual(beside(wp).at);
  });

  it('writes at the same place with the official’s notes right of and below the block left alone', () => {
    const { wp, sheet, settings } = firstRun();
    const old = parseOutputSetting(wp.settings[SETTING_KEYS.output])[0];
    const noted = setCell(
      setCell(sheet, 4, old.right + 2, 'ghi chú bên phải'),
      old.bottom + 3,
      old.left,
      'dưới',
    );
    const second = buildWritePlan(input({ sheet: noted, settings }));
    expect(second.clear).toEqual([old]);
    expect(beside(second).at).toEqual(beside(wp).at);
    expect(second.expect).toContainEqual(
      expect.objectContaining({
        kind: 'fingerprint',
        range: { top: old.top, left: old.left, bottom: old.bottom, right: old.right },
      }),
    );
  });
});

describe('stale result columns go when the table changes shape', () => {
  it('a deleted table column: the shifted block is recognised, cleared, and the new one sits beside the table', () => {
    const { wp, sheet, settings } = firstRun();
    const old = parseOutputSetting(wp.settings[SETTING_KEYS.output])[0];
    const shrunk = deleteColumn(sheet, 4); // the notes column E
    const second = buildWritePlan(input({ sheet: shrunk, settings }));
    expect(second.clear).toEqual([{ ...old, left: old.left - 1, right: old.right - 1 }]);
    expect(beside(second).at).toEqual({ row: old.top, col: old.left - 1 });
    expect(second.warnings).toEqual([]);
  });

  it('a unit row inserted in the table: the block with its new empty row is still ours', () => {
    const { wp, sheet, settings } = firstRun();
    const old = parseOutputSetting(wp.settings[SETTING_KEYS.output])[0];
    const grown = insertRow(sheet, 6, [5, 'Xã E', 'Có', '80%']);
    const cells = cellsFor({ a: 4, b: 5, c: 8, d: 9 });
    const second = buildWritePlan(
      input({ sheet: grown, settings, cells, mapping: { ...MAPPING, dataEnd: 9 } }),
    );
    expect(second.clear).toEqual([{ ...old, bottom: old.bottom + 1 }]);
    expect(beside(second).at).toEqual(beside(wp).at);
    expect(beside(second).values).toHaveLength(old.bottom - old.top + 2);
  });

  it('a unit row deleted: the rest of the block is still ours', () => {
    const { wp, sheet, settings } = firstRun();
    const old = parseOutputSetting(wp.settings[SETTING_KEYS.output])[0];
    const shrunk = deleteRow(sheet, 5);
    const cells = cellsFor({ a: 4, c: 6, d: 7 });
    const second = buildWritePlan(
      input({ sheet: shrunk, settings, cells, mapping: { ...MAPPING, dataEnd: 7 } }),
    );
    expect(second.clear).toHaveLength(1);
    expect(second.clear[0]).toMatchObject({ top: old.top, left: old.left, right: old.right });
    expect(second.warnings).toEqual([]);
  });

  it('rows inserted above the table: the block moved down with it and is found there', () => {
    const { wp, sheet, settings } = firstRun();
    const old = parseOutputSetting(wp.settings[SETTING_KEYS.output])[0];
    const moved = insertRow(insertRow(sheet, 1), 1);
    const cells = cellsFor({ a: 6, b: 7, c: 9, d: 10 });
    const mapping = { ...MAPPING, headerRows: [4, 5], dataStart: 6, dataEnd: 10 };
    const second = buildWritePlan(input({ sheet: moved, settings, cells, mapping }));
    expect(second.clear).toEqual([{ ...old, top: old.top + 2, bottom: old.bottom + 2 }]);
  });
});

describe('stray cells far from the table (SheetModel.outliers) are occupied', () => {
  it('the block goes past an outlier on its rows instead of over it', () => {
    const sheet: SheetModel = { ...officialSheet(), outliers: [{ row: 5, col: 9 }] };
    const wp = buildWritePlan(input({ sheet }));
    const block = beside(wp);
    expect(block.at.col).toBe(11);
    expect(wp.expect).toContainEqual(expect.objectContaining({ kind: 'empty' }));
  });

  it('an outlier inside the previous block makes it the official’s', () => {
    const { sheet, settings } = firstRun();
    const second = buildWritePlan(input({ sheet: { ...sheet, outliers: [{ row: 6, col: 8 }] }, settings }));
    expect(second.clear).toEqual([]);
  });

  it('refuses with a clear message when no free room is left on the rows', () => {
    const sheet: SheetModel = { ...officialSheet(), outliers: [{ row: 4, col: 16_383 }] };
    const wp = buildWritePlan(input({ sheet }));
    expect(beside(wp).at.col).toBe(6);
    const crowded: SheetModel = {
      ...officialSheet(),
      outliers: Array.from({ length: 1640 }, (_, i) => ({ row: 4, col: 6 + i * 10 })),
    };
    expect(() => buildWritePlan(input({ sheet: crowded }))).toThrow(/Không còn chỗ trống/);
  });
});

describe('columns the official hid', () => {
  it('a new block starts past a hidden column it would cover, so the results are in sight', () => {
    const plain = beside(buildWritePlan(input()));
    const width = plain.values[0].length;
    const hiddenAt = plain.at.col + Math.floor(width / 2);
    const wp = buildWritePlan(input({ sheet: { ...officialSheet(), hiddenColumns: [hiddenAt] } }));
    expect(beside(wp).at.col).toBe(hiddenAt + 1);
  });

  it('a hidden column left of where the block goes changes nothing', () => {
    const plain = beside(buildWritePlan(input()));
    const wp = buildWritePlan(input({ sheet: { ...officialSheet(), hiddenColumns: [plain.at.col - 1] } }));
    expect(beside(wp).at).toEqual(plain.at);
  });

  it('our own block, one of whose columns the official hid, is rewritten where it is (their choice kept)', () => {
    const { wp, sheet, settings } = firstRun();
    const at = beside(wp).at;
    const second = buildWritePlan(input({ sheet: { ...sheet, hiddenColumns: [at.col + 1] }, settings }));
    expect(beside(second).at).toEqual(at);
  });
});

describe('our sheets carry our mark; a sheet of the official’s with our name is left alone', () => {
  it('an official’s own "Kết quả" sheet: ours becomes "Kết quả (2)", with a warning, and is reused next time', () => {
    const names = [SHEET, 'Kết quả'];
    const first = buildWritePlan(input({ sheetNames: names }));
    expect(first.sheets.map((s) => s.name)).toEqual([
      'Kết quả (2)',
      'Đề nghị khen thưởng',
      'Giải trình',
      'Nhật ký chấm điểm',
    ]);
    expect(first.warnings?.map((w) => w.code)).toEqual(['sheet-name-taken']);
    expect(parseOwnedSheets(first.settings[SETTING_KEYS.sheets])).toEqual([
      'Kết quả (2)',
      'Đề nghị khen thưởng',
      'Giải trình',
      'Nhật ký chấm điểm',
    ]);
    const after = [...names, 'Kết quả (2)', 'Đề nghị khen thưởng', 'Nhật ký chấm điểm'];
    const second = buildWritePlan(
      input({ sheetNames: after, settings: first.settings, sheet: applied(officialSheet(), first) }),
    );
    expect(second.sheets.map((s) => s.name)).toEqual([
      'Kết quả (2)',
      'Đề nghị khen thưởng',
      'Giải trình',
      'Nhật ký chấm điểm',
    ]);
    expect(second.warnings).toEqual([]);
  });

  it('our sheet changed since it was written, or replaced by one of the official’s, is theirs when read', () => {
    const first = buildWritePlan(input({ sheetNames: [SHEET] }));
    const written = (name: string): SheetModel =>
      applied({ name, origin: { row: 0, col: 0 }, values: [] }, first);
    const sheets = ['Kết quả', 'Đề nghị khen thưởng', 'Nhật ký chấm điểm'].map(written);
    const all = [SHEET, 'Kết quả', 'Đề nghị khen thưởng', 'Nhật ký chấm điểm'];
    const again = (models: SheetModel[]) =>
      buildWritePlan(input({ sheetNames: all, settings: first.settings, sheets: models }));
    expect(again(sheets).sheets.map((s) => s.name)).toEqual([
      'Kết quả',
      'Đề nghị khen thưởng',
      'Giải trình',
      'Nhật ký chấm điểm',
    ]);
    const noted = [setCell(sheets[0], 40, 1, 'ghi chú'), sheets[1], setCell(sheets[2], 9, 0, 'dưới nhật ký')];
    const second = again(noted);
    expect(second.sheets.map((s) => s.name)).toEqual([
      'Kết quả (2)',
      'Đề nghị khen thưởng',
      'Giải trình',
      'Nhật ký chấm điểm',
    ]);
    expect(second.warnings?.map((w) => w.code)).toEqual(['sheet-name-taken']);
    const header = [setCell(sheets[0], 0, 0, 'KẾT QUẢ'), sheets[1], setCell(sheets[2], 0, 3, 'sửa')];
    expect(again(header).sheets.map((s) => s.name)).toEqual([
      'Kết quả (2)',
      'Đề nghị khen thưởng',
      'Giải trình',
      'Nhật ký chấm điểm (2)',
    ]);
  });

  it('sheets from an earlier version (not marked) are the official’s: the log goes to a sheet of its own', () => {
    const wp = buildWritePlan(input({ sheetNames: [SHEET, 'Kết quả', 'Nhật ký chấm điểm'] }));
    expect(wp.sheets.map((s) => s.name)).toEqual([
      'Kết quả (2)',
      'Đề nghị khen thưởng',
      'Giải trình',
      'Nhật ký chấm điểm (2)',
    ]);
  });

  it('a sheet left out of the run is not claimed', () => {
    const wp = buildWritePlan(input({ include: { results: false } }));
    expect(wp.sheets.map((s) => s.name)).toEqual(['Đề nghị khen thưởng', 'Giải trình', 'Nhật ký chấm điểm']);
    expect(parseOwnedSheets(wp.settings[SETTING_KEYS.sheets])).not.toContain('Kết quả');
  });
});

describe('what the adapter re-reads before writing', () => {
  it('the header row and the unit names as read, and the target cells empty', () => {
    const wp = buildWritePlan(input());
    const header = wp.expect?.find((e) => e.kind === 'values' && e.what === 'header');
    expect(header).toMatchObject({ range: { top: 2, bottom: 3, left: 1, right: 3 } });
    expect(header?.kind === 'values' && header.values[0]).toEqual([
      'Tên đơn vị',
      '1. Có kế hoạch',
      '2. Tỷ lệ',
    ]);
    const names = wp.expect?.find((e) => e.kind === 'values' && e.what === 'names');
    expect(names?.kind === 'values' && names.values.map((r) => r[0])).toEqual([
      'Xã A',
      '=HYPERLINK("x")',
      'Nhóm 2',
      'Xã C',
      'Xã D',
    ]);
    expect(wp.expect?.filter((e) => e.kind === 'empty').map((e) => e.range)).toEqual([
      { top: 2, left: 6, bottom: 8, right: 14 },
    ]);
    expect(cell(officialSheet(), 4, 1)).toBe('Xã A');
  });
});

describe('never clears a cell the official typed (property)', () => {
  it('one typed cell anywhere in or around the previous block is never inside a cleared range', () => {
    const { wp, sheet, settings } = firstRun();
    const old = parseOutputSetting(wp.settings[SETTING_KEYS.output])[0];
    const inside = (
      r: { top: number; left: number; bottom: number; right: number },
      row: number,
      col: number,
    ) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
    fc.assert(
      fc.property(
        fc.integer({ min: old.top - 1, max: old.bottom + 1 }),
        fc.integer({ min: old.left - 1, max: old.right + 1 }),
        fc.oneof(
          fc.string({ minLength: 1, maxLength: 4 }).map((s) => `ghi ${s}`),
          fc.integer({ min: 1, max: 99 }),
        ),
        (row, col, value) => {
          fc.pre(cell(sheet, row, col) !== value); // typing what is already there changes nothing
          const edited = setCell(sheet, row, col, value);
          const second = buildWritePlan(input({ sheet: edited, settings }));
          const written = second.blocks.filter((b) => b.sheet === SHEET);
          const overWritten = written.some(
            (b) =>
              row >= b.at.row &&
              row < b.at.row + b.values.length &&
              col >= b.at.col &&
              col < b.at.col + b.values[0].length,
          );
          return !second.clear.some((r) => inside(r, row, col)) && !overWritten;
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('units across (columns orientation)', () => {
  const across = (): SheetModel => ({
    name: 'Ngang',
    origin: { row: 0, col: 0 },
    values: [
      ['Tiêu chí', 'Xã A', 'Xã B', 'Xã C', 'Xã D'],
      ['1. Có kế hoạch', 'Có', 'Có', 'Có', 'Không'],
      ['2. Tỷ lệ', '80%', '60%', '80%', 'khoảng 50'],
    ],
  });
  const cellsAcross = (cols: Record<string, number>) =>
    new Map(
      Object.entries(cols).map(([id, col]) => [
        id,
        { row: 1, name: { row: 0, col }, values: { yn: { row: 1, col }, rate: { row: 2, col } } },
      ]),
    );
  const mapping = {
    sheet: 'Ngang',
    orientation: 'columns' as const,
    headerRows: [0],
    dataStart: 1,
    dataEnd: 4,
  };

  it('replaces its rows below the table, also after a unit column was inserted', () => {
    const base = { sheet: across(), cells: cellsAcross({ a: 1, b: 2, c: 3, d: 4 }), mapping };
    const first = buildWritePlan(input(base));
    const [old] = parseOutputSetting(first.settings[SETTING_KEYS.output]);
    const sheet = applied(across(), first);
    const again = buildWritePlan(input({ ...base, sheet, settings: first.settings }));
    expect(again.clear).toEqual([old]);
    // A unit column inserted between Xã A and Xã B: every line of the block gets an empty cell there.
    const grid = sheet.values.map((row) => [...row.slice(0, 2), null, ...row.slice(2)]);
    grid[0][2] = 'Xã E';
    const grown = { ...sheet, values: grid };
    const cells = cellsAcross({ a: 1, e: 2, b: 3, c: 4, d: 5 });
    const third = buildWritePlan(
      input({ sheet: grown, cells, mapping: { ...mapping, dataEnd: 5 }, settings: first.settings }),
    );
    expect(third.warnings).toEqual([]);
    expect(third.clear).toHaveLength(1);
    expect(third.clear[0]).toMatchObject({ top: old.top, left: old.left, right: old.right + 1 });
  });
});
