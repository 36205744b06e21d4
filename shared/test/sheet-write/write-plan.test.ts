import fc from 'fast-check';
import type { CellValue, SheetModel, WriteBlock } from '../../src/sheet/model';
import {
  buildWritePlan,
  parseOutputSetting,
  SETTING_KEYS,
  type BuildWritePlanInput,
} from '../../src/sheet/writing';
import { cellsFor, MAPPING, officialSheet, smallPlan, smallResponse } from './fixtures';
import { applied } from './sheet-edits';

const NOW = new Date(Date.UTC(2024, 0, 5, 7, 0, 0));

function input(overrides: Partial<BuildWritePlanInput> = {}): BuildWritePlanInput {
  const plan = smallPlan();
  return {
    sheet: officialSheet(),
    mapping: MAPPING,
    cells: cellsFor(),
    response: smallResponse(plan),
    plan,
    now: NOW,
    ...overrides,
  };
}

function onSheet(blocks: WriteBlock[], sheet: string): WriteBlock[] {
  return blocks.filter((b) => b.sheet === sheet);
}

function valueAt(block: WriteBlock, header: string, row: number): CellValue {
  const col = block.values[0].indexOf(header);
  if (col < 0) throw new Error(`no column ${header}`);
  return block.values[row - block.at.row][col];
}

describe('buildWritePlan: output beside the table', () => {
  it('starts one blank column after the last used column, header aligned with the table header', () => {
    const wp = buildWritePlan(input());
    const [block] = onSheet(wp.blocks, 'Bảng điểm');
    expect(block.at).toEqual({ row: 2, col: 6 }); // E is the notes column, F stays blank
    expect(block.headerRows).toBe(2);
    expect(block.values[0].slice(0, 3)).toEqual(['Tổng điểm', 'Xếp hạng', 'Đủ điều kiện xét']);
    expect(block.values[1].every((v) => v === null)).toBe(true); // second header row left blank
    expect(block.values).toHaveLength(7); // rows 3..9
  });

  it('puts each unit on its own row and nothing on rows without a unit', () => {
    const wp = buildWritePlan(input());
    const [block] = onSheet(wp.blocks, 'Bảng điểm');
    expect(valueAt(block, 'Tổng điểm', 4)).toBe(20);
    expect(valueAt(block, 'Giải', 4)).toBe('Giải Nhất');
    expect(valueAt(block, 'Tiền thưởng (đồng)', 4)).toBe(3_000_000);
    expect(valueAt(block, 'Đủ điều kiện xét', 7)).toBe('Không');
    expect(valueAt(block, 'Lý do', 7)).toBe('Không xét thi đua: 3 hồ sơ trễ hạn');
    expect(valueAt(block, 'Xếp hạng', 7)).toBeNull();
    expect(block.values[6 - 2].every((v) => v === null)).toBe(true); // the sub-heading row
    expect(String(valueAt(block, 'Ghi chú dữ liệu', 8))).toContain('[D9]');
  });

  it('declares text columns as text and money as "#,##0"', () => {
    const [block] = onSheet(buildWritePlan(input()).blocks, 'Bảng điểm');
    const kind = (h: string) => block.columnKinds?.[block.values[0].indexOf(h)];
    const format = (h: string) => block.columnFormats?.[block.values[0].indexOf(h)];
    expect(kind('Lý do')).toBe('text');
    expect(kind('Giải')).toBe('text');
    expect(kind('Tiền thưởng (đồng)')).toBe('money');
    expect(format('Tiền thưởng (đồng)')).toBe('#,##0');
    expect(format('Tổng điểm')).toBe('0.00');
  });

  it('adds a points column per criterion on request, with the maximum in the header', () => {
    const [block] = onSheet(buildWritePlan(input({ perCriterion: true })).blocks, 'Bảng điểm');
    expect(block.values[0].slice(0, 2)).toEqual(['Điểm TC1 (/10)', 'Điểm TC2 (/10)']);
    expect(block.values[2].slice(0, 2)).toEqual([10, 10]);
  });

  it('remembers the output range, the plan and the mapping in settings', () => {
    const wp = buildWritePlan(input({ mappingSetting: '{"m":1}', mappingKey: 'thidua.mapping.bang-diem' }));
    expect(parseOutputSetting(wp.settings[SETTING_KEYS.output])).toEqual([
      { sheet: 'Bảng điểm', top: 2, left: 6, bottom: 8, right: 14 },
    ]);
    expect(JSON.parse(wp.settings[SETTING_KEYS.plan]).id).toBe('test-plan');
    expect(wp.settings['thidua.mapping.bang-diem']).toBe('{"m":1}');
    expect(wp.settings[SETTING_KEYS.lastRun]).toBe('2024-01-05T07:00:00.000Z');
    expect(wp.clear).toEqual([]);
  });

  it('on a re-run clears exactly the previous output and writes to the same place', () => {
    const first = buildWritePlan(input());
    const [block] = onSheet(first.blocks, 'Bảng điểm');
    const sheet = applied(officialSheet(), first);
    const other = { sheet: 'Khác', top: 0, left: 0, bottom: 1, right: 1 };
    const records = JSON.parse(first.settings[SETTING_KEYS.output]) as unknown[];
    const previous = JSON.stringify([other, ...records]);
    const second = buildWritePlan(input({ sheet, previousOutput: previous }));
    expect(second.clear).toEqual(parseOutputSetting(first.settings[SETTING_KEYS.output]));
    expect(onSheet(second.blocks, 'Bảng điểm')[0].at).toEqual(block.at);
    expect(parseOutputSetting(second.settings[SETTING_KEYS.output])).toEqual([
      other,
      ...parseOutputSetting(first.settings[SETTING_KEYS.output]),
    ]);
  });

  it('does not clear a remembered range that is not exactly what was written there', () => {
    const sheet = officialSheet();
    sheet.values[2] = [...sheet.values[2], null, 'Số liệu mới của đơn vị'];
    const first = buildWritePlan(input());
    const wp = buildWritePlan(input({ sheet, previousOutput: first.settings[SETTING_KEYS.output] }));
    expect(wp.clear).toEqual([]);
    expect(onSheet(wp.blocks, 'Bảng điểm')[0].at.col).toBe(8);
  });

  it('ignores a damaged output setting instead of clearing what it names', () => {
    expect(parseOutputSetting('not json')).toEqual([]);
    expect(parseOutputSetting('[{"sheet":"x","top":5,"left":0,"bottom":1,"right":0}]')).toEqual([]);
    expect(buildWritePlan(input({ previousOutput: '{"sheet":1}' })).clear).toEqual([]);
  });

  it('never names a generated sheet like an input sheet', () => {
    const wp = buildWritePlan(
      input({ sheet: officialSheet('Kết quả'), mapping: { ...MAPPING, sheet: 'Kết quả' } }),
    );
    expect(wp.sheets.map((s) => s.name)).toEqual([
      'Kết quả (2)',
      'Đề nghị khen thưởng',
      'Giải trình',
      'Nhật ký chấm điểm',
    ]);
    expect(wp.sheets.find((s) => s.name === 'Kết quả')).toBeUndefined();
    const own = buildWritePlan(
      input({
        sheetNames: ['Bảng điểm', 'Kết quả', 'Nhật ký chấm điểm'],
        settings: { [SETTING_KEYS.sheets]: JSON.stringify(['Kết quả', 'Nhật ký chấm điểm']) },
      }),
    );
    expect(own.sheets.map((s) => s.name)).toEqual([
      'Kết quả',
      'Đề nghị khen thưởng',
      'Giải trình',
      'Nhật ký chấm điểm',
    ]);
    expect(own.sheets.find((s) => s.name === 'Nhật ký chấm điểm')?.mode).toBe('createIfMissing');
  });

  it('writes in English with --lang en', () => {
    const wp = buildWritePlan(input({ lang: 'en' }));
    expect(onSheet(wp.blocks, 'Bảng điểm')[0].values[0].slice(0, 3)).toEqual(['Total', 'Rank', 'Eligible']);
    expect(wp.sheets.map((s) => s.name)).toEqual([
      'Results',
      'Award proposals',
      'Explanations',
      'Scoring log',
    ]);
  });

  it('columns orientation: one row per output below the table, labels in the header column', () => {
    const sheet: SheetModel = {
      name: 'Ngang',
      origin: { row: 0, col: 0 },
      values: [
        ['Tiêu chí', 'Xã A', '=HYPERLINK("x")', 'Xã C', 'Xã D'],
        ['1. Có kế hoạch', 'Có', 'Có', 'Có', 'Không'],
        ['2. Tỷ lệ', '80%', '60%', '80%', 'khoảng 50'],
      ],
    };
    const cells = new Map(
      ['a', 'b', 'c', 'd'].map((id, i) => [id, { row: i + 1, name: { row: 0, col: i + 1 }, values: {} }]),
    );
    const wp = buildWritePlan(
      input({
        sheet,
        cells,
        mapping: { sheet: 'Ngang', orientation: 'columns', headerRows: [0], dataStart: 1, dataEnd: 4 },
      }),
    );
    const blocks = onSheet(wp.blocks, 'Ngang');
    expect(blocks[0].at).toEqual({ row: 4, col: 0 });
    expect(blocks[0].values).toEqual([['Tổng điểm', 20, 17.5, 20, 0]]);
    expect(blocks[1].values[0][0]).toBe('Xếp hạng');
    expect(parseOutputSetting(wp.settings[SETTING_KEYS.output])[0]).toEqual({
      sheet: 'Ngang',
      top: 4,
      left: 0,
      bottom: 4 + blocks.length - 1,
      right: 4,
    });
  });
});

describe('buildWritePlan: never over an input cell (property)', () => {
  const cellValue = fc.oneof(fc.constant(null), fc.constant(''), fc.integer(), fc.string({ maxLength: 3 }));
  it('every written cell of the input sheet was empty', () => {
    const plan = smallPlan();
    const response = smallResponse(plan);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
        fc.array(fc.array(cellValue, { minLength: 6, maxLength: 6 }), { minLength: 12, maxLength: 12 }),
        fc.integer({ min: 0, max: 2 }),
        (originRow, originCol, grid, headerTop) => {
          const sheet: SheetModel = { name: 'S', origin: { row: originRow, col: originCol }, values: grid };
          const dataStart = originRow + headerTop + 1;
          const cells = cellsFor({ a: dataStart, b: dataStart + 1, c: dataStart + 3, d: dataStart + 4 });
          const mapping = {
            sheet: 'S',
            orientation: 'rows' as const,
            headerRows: [originRow + headerTop],
            dataStart,
            dataEnd: dataStart + 5,
          };
          const wp = buildWritePlan({ sheet, mapping, cells, response, plan, now: NOW });
          const [block] = onSheet(wp.blocks, 'S');
          for (let r = 0; r < block.values.length; r++)
            for (let c = 0; c < block.values[0].length; c++) {
              const v = grid[block.at.row + r - originRow]?.[block.at.col + c - originCol];
              if (v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '')) return false;
            }
          return block.at.row === originRow + headerTop;
        },
      ),
      { numRuns: 1000 },
    );
  });
});
