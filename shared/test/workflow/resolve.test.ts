import { mappingSettingKey, mappingToSetting } from '../../src/sheet';
import type { CellValue } from '../../src/sheet/model';
import { chooseSheet, inputSheets, mappingSettings, resolveMapping, savedMapping } from '../../src/workflow';
import { sheet } from '../sheet/helpers';
import { idSheet, proposed, workflowPlan } from './helpers';

const plan = workflowPlan();
const rows: CellValue[][] = [
  ['Xã A', 'Khối A', 'Có', 85],
  ['Xã B', 'Khối A', 'Không', 70],
];
const table = idSheet('Bảng', ['yn', 'rate'], rows);
const saved = proposed(table, plan);

describe('savedMapping: one key per sheet, the legacy key read as a fallback', () => {
  it('prefers the sheet’s key, falls back to "thidua.mapping", ignores another plan’s or sheet’s mapping', () => {
    const other = { ...saved, columns: saved.columns.map((c) => ({ ...c, target: null })) };
    expect(
      savedMapping(
        { [mappingSettingKey('Bảng')]: mappingToSetting(saved), 'thidua.mapping': mappingToSetting(other) },
        'Bảng',
        plan,
      ),
    ).toEqual(saved);
    expect(savedMapping({ 'thidua.mapping': mappingToSetting(other) }, 'Bảng', plan)).toEqual(other);
    expect(savedMapping({ 'thidua.mapping': mappingToSetting(saved) }, 'Sheet2', plan)).toBeUndefined();
    expect(
      savedMapping(
        { [mappingSettingKey('Bảng')]: mappingToSetting({ ...saved, planId: 'x' }) },
        'Bảng',
        plan,
      ),
    ).toBeUndefined();
    expect(savedMapping({ [mappingSettingKey('Bảng')]: '{ not json' }, 'Bảng', plan)).toBeUndefined();
  });

  it('stores a mapping under the sheet’s key only', () => {
    expect(mappingSettings(saved)).toEqual({ 'thidua.mapping.bang': mappingToSetting(saved) });
  });
});

describe('resolveMapping: saved → refitted to the sheet as it is now → else proposed', () => {
  it('refits a saved mapping: a unit row added below the table is read', () => {
    const grown = idSheet('Bảng', ['yn', 'rate'], [...rows, ['Xã C', 'Khối A', 'Có', 90]]);
    const resolved = resolveMapping(grown, plan, mappingSettings(saved));
    expect(resolved?.source).toBe('saved');
    expect(saved.dataEnd).toBe(2);
    expect(resolved?.mapping.dataEnd).toBe(3);
    expect(resolved?.layout).toMatchObject({ dataStart: 1, dataEnd: 3, nameIndex: 0, blockIndex: 1 });
    expect(resolved?.problems).toEqual([]);
  });

  it('a changed header keeps the saved target, reports it, and the layout shows the header as written now', () => {
    const renamed = idSheet('Bảng', ['yn', 'Tỷ lệ hồ sơ'], rows);
    const resolved = resolveMapping(renamed, plan, mappingSettings(saved));
    expect(resolved?.mapping.columns.find((c) => c.index === 3)?.target).toEqual({
      kind: 'criterion',
      id: 'rate',
    });
    expect(resolved?.problems.map((p) => [p.code, p.path])).toEqual([
      ['mapping-header-changed', "'Bảng'!D1"],
    ]);
    expect(resolved?.layout.headers.find((h) => h.index === 3)?.text).toBe('Tỷ lệ hồ sơ');
  });

  it('proposes without a saved mapping, or when told not to reuse (a selection); no table is undefined', () => {
    expect(resolveMapping(table, plan, {})?.source).toBe('proposed');
    expect(resolveMapping(table, plan, mappingSettings(saved), { reuse: false })?.source).toBe('proposed');
    expect(resolveMapping(sheet('Trống', [['Ghi chú tháng 12']]), plan, {})).toBeUndefined();
  });
});

describe('chooseSheet and inputSheets', () => {
  it('keeps the sheet whose columns feed the most of the plan, and lists every sheet with a table', () => {
    const one = idSheet(
      'Một cột',
      ['yn', 'Số điện thoại'],
      [
        ['Xã A', 'Khối A', 'Có', 1],
        ['Xã B', 'Khối A', 'Không', 2],
      ],
    );
    const { chosen, considered } = chooseSheet([one, table], plan, {});
    expect(chosen?.sheet.name).toBe('Bảng');
    expect(considered.map((r) => r.sheet.name)).toEqual(['Một cột', 'Bảng']);
  });

  it('still chooses a sheet when nothing maps anywhere, so the refusal can name what was read', () => {
    const none = idSheet(
      'Danh sách',
      ['Số điện thoại', 'Người phụ trách'],
      [
        ['Xã A', 'Khối A', 2903123, 'Ông Ba'],
        ['Xã B', 'Khối B', 2903124, 'Bà Tư'],
      ],
    );
    expect(chooseSheet([none], plan, {}).chosen?.sheet.name).toBe('Danh sách');
    expect(chooseSheet([sheet('Trống', [['Ghi chú tháng 12']])], plan, {})).toEqual({ considered: [] });
  });

  it('never reads the plan sheet, the instructions, or the sheets the program wrote', () => {
    const names = ['Bảng', 'Tiêu chí', 'Hướng dẫn', 'Kết quả', 'Results', 'Nhật ký chấm điểm', 'Kết quả (2)'];
    const settings = { 'thidua.sheets': JSON.stringify([{ name: 'Kết quả (2)' }]) };
    expect(
      inputSheets(
        names.map((name) => ({ name })),
        settings,
      ).map((s) => s.name),
    ).toEqual(['Bảng']);
  });
});
