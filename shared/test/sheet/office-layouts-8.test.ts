import { detectTable, proposeMapping, validateSheet, type CellValue } from '../../src/sheet';
import type { SheetModel } from '../../src/sheet/model';
import { compile, testPlan } from '../fixtures';
import { col, sheet } from './helpers';

/**
 * Layouts of the eighth corpus round, each in the smallest sheet that shows it: the office's statistics lines under
 * the units, an English line under the Vietnamese header, a figure with its standard points, points given and notes
 * under one criterion, a word merged across several criteria of one unit, and a formula with no saved result.
 */
const plan = compile(testPlan()).plan;

function read(s: SheetModel) {
  const layout = detectTable(s);
  if (!layout) throw new Error('no table');
  const mapping = proposeMapping(s, layout, plan);
  return { layout, mapping, extraction: validateSheet(s, mapping, plan) };
}

describe('statistics lines under the units ("Số xã đạt", "Cao nhất", "Tỷ lệ xã đạt (%)")', () => {
  const s = sheet('Bảng', [
    ['STT', 'Tên đơn vị', 'Có kế hoạch', 'Tỷ lệ hồ sơ trực tuyến'],
    [1, 'Xã Tân Long', 'Có', '80%'],
    [2, 'Xã Hòa An', 'Không', '60%'],
    [3, 'Sở Xây dựng', 'Có', '70%'],
    [null, 'Trung bình chung', null, 70],
    [null, 'Số xã đạt', 2, 1],
    [null, 'Tỷ lệ xã đạt (%)', 66.7, 33.3],
    [null, 'Cao nhất', null, 80],
    [null, 'Thấp nhất', null, 60],
  ]);

  it('are no units; a unit named "Sở …" is still one', () => {
    const { layout, extraction } = read(s);
    expect(extraction.units.map((u) => u.name)).toEqual(['Xã Tân Long', 'Xã Hòa An', 'Sở Xây dựng']);
    expect(layout.dataEnd).toBe(3);
  });

  it('between the units, each is skipped saying what it is', () => {
    const mid = sheet('Bảng', [
      ['STT', 'Tên đơn vị', 'Có kế hoạch', 'Tỷ lệ hồ sơ trực tuyến'],
      [1, 'Xã Tân Long', 'Có', '80%'],
      [null, 'Số xã đạt', 1, 1],
      [null, 'Cao nhất', null, 80],
      [2, 'Xã Hòa An', 'Không', '60%'],
    ]);
    const { layout, extraction } = read(mid);
    expect(extraction.units.map((u) => u.name)).toEqual(['Xã Tân Long', 'Xã Hòa An']);
    expect(layout.skipped.map((k) => k.reason)).toEqual([
      'Dòng thống kê "Số xã đạt" (không phải đơn vị)',
      'Dòng thống kê "Cao nhất" (không phải đơn vị)',
    ]);
  });
});

describe('an English line under the Vietnamese header', () => {
  const s = sheet('Bảng', [
    ['STT', 'Tên đơn vị', 'Có kế hoạch', 'Tỷ lệ hồ sơ trực tuyến'],
    ['No.', 'Unit', 'Plan issued', 'Rate of applications processed online'],
    [1, 'Xã Tân Long', 'Có', '80%'],
    [2, 'Xã Hòa An', 'Không', '60%'],
  ]);

  it('is part of the header, not a unit; the Vietnamese line is the title, the English shown after it', () => {
    const { layout, mapping, extraction } = read(s);
    expect(layout.headerRows).toEqual([0, 1]);
    expect(extraction.units.map((u) => u.name)).toEqual(['Xã Tân Long', 'Xã Hòa An']);
    const h = layout.headers.find((x) => x.index === col('D'));
    expect(h?.parts).toEqual(['Tỷ lệ hồ sơ trực tuyến']);
    expect(h?.text).toBe('Tỷ lệ hồ sơ trực tuyến / Rate of applications processed online');
    expect(mapping.columns.find((c) => c.index === col('D'))?.target?.id).toBe('rate');
  });

  it('a unit named under "Tên đơn vị" still makes the line data', () => {
    const data = sheet('Bảng', [
      ['STT', 'Tên đơn vị', 'Có kế hoạch', 'Tỷ lệ hồ sơ trực tuyến'],
      [1, 'Xã Tân Long', 'Có', 'Đạt'],
    ]);
    expect(detectTable(data)?.headerRows).toEqual([0]);
  });
});

describe('"Số liệu | Điểm chuẩn | Điểm tự chấm | Điểm thẩm định | Ghi chú" under each criterion', () => {
  const own = ['Số liệu', 'Điểm chuẩn', 'Điểm tự chấm', 'Điểm thẩm định', 'Ghi chú'];
  const rows: CellValue[][] = [
    ['STT', 'Đơn vị', '1. Có kế hoạch', null, null, null, null, '2. Tỷ lệ hồ sơ trực tuyến'],
    [null, null, ...own, ...own],
    [1, 'Phòng Nội vụ', 'Có', 10, 10, 10, 'QĐ số 12', '85%', 10, 9, 8.5, 'thiếu 2 HS'],
    [2, 'Phòng Tư pháp', 'Không', 10, 5, 0, null, '60%', 10, 7, 6, '3 tin chưa duyệt'],
  ];
  const merges = [
    { top: 0, left: 0, bottom: 1, right: 0 },
    { top: 0, left: 1, bottom: 1, right: 1 },
    { top: 0, left: 2, bottom: 0, right: 6 },
    { top: 0, left: 7, bottom: 0, right: 11 },
  ];
  const s = sheet('Bảng', rows, { merges });

  it('reads the figure; the points and the notes beside it are set aside in the sheet’s words', () => {
    const { layout, mapping, extraction } = read(s);
    expect(layout.headers.map((h) => [h.family?.role, h.family?.read])).toEqual([
      ...[['result', true], ...Array(4).fill(['points', false])],
      ...[['result', true], ...Array(4).fill(['points', false])],
    ]);
    expect(mapping.columns.filter((c) => c.target).map((c) => [c.index, c.target?.id])).toEqual([
      [col('C'), 'yn'],
      [col('H'), 'rate'],
    ]);
    expect(mapping.columns.find((c) => c.index === col('L'))?.reason).toBe(
      'Cột Ghi chú của nhóm "2. Tỷ lệ hồ sơ trực tuyến": đọc cột Số liệu',
    );
    expect(extraction.units.map((u) => [u.values.yn, u.values.rate])).toEqual([
      ['Có', '85%'],
      ['Không', '60%'],
    ]);
  });
});

describe('a word merged across several criteria of one unit', () => {
  const twoYesNo = compile(
    testPlan({
      criteria: [
        { id: 'a', number: '1', title: 'Có kế hoạch', maxPoints: 10, scoring: { kind: 'yesNo' } },
        { id: 'b', number: '2', title: 'Có báo cáo năm', maxPoints: 10, scoring: { kind: 'yesNo' } },
        { id: 'c', number: '3', title: 'Có trang thông tin', maxPoints: 10, scoring: { kind: 'yesNo' } },
      ],
    }),
  ).plan;
  const rows: CellValue[][] = [
    ['STT', 'Tên đơn vị', 'Có kế hoạch', 'Có báo cáo năm', 'Có trang thông tin'],
    [1, 'Xã Tân Long', 'Có', null, null],
    [2, 'Xã Hòa An', 'Có', 'Không', 'Có'],
    [3, 'Xã Hòa Mỹ', 12, null, 'Có'],
  ];
  const merges = [
    { top: 1, left: 2, bottom: 1, right: 4 },
    { top: 3, left: 2, bottom: 3, right: 3 },
  ];
  const s = sheet('Bảng', rows, { merges });

  it('is each criterion’s word; a number merged across is shared with none (blank, flagged)', () => {
    const layout = detectTable(s);
    const mapping = proposeMapping(s, layout!, twoYesNo);
    const { units, problems } = validateSheet(s, mapping, twoYesNo);
    expect(units.map((u) => [u.values.a, u.values.b, u.values.c])).toEqual([
      ['Có', 'Có', 'Có'],
      ['Có', 'Không', 'Có'],
      [12, null, 'Có'],
    ]);
    expect(problems.some((p) => p.path === "'Bảng'!D4" && p.code === 'missing-value')).toBe(true);
  });
});

describe('a formula with no saved result', () => {
  const s = sheet(
    'Bảng',
    [
      ['STT', 'Tên đơn vị', 'Có kế hoạch', 'Tỷ lệ hồ sơ trực tuyến'],
      [1, 'Xã Tân Long', 'Có', '80%'],
      [2, 'Xã Hòa An', 'Không', null],
      [3, 'Xã Hòa Mỹ', 'Có', null],
    ],
    {
      formulas: [[], [], [null, null, null, '=ROUND(F3/G3,3)'], []],
      numberFormats: [[], [], [null, null, null, '0.0%'], [null, null, null, '0.0%']],
    },
  );

  it('is said to be a formula to open and save in Excel, at its cell; a blank cell is only missing', () => {
    const { problems } = read(s).extraction;
    const at = (path: string) => problems.filter((p) => p.path === path);
    expect(at("'Bảng'!D3")).toEqual([
      expect.objectContaining({
        unitId: 'xa-hoa-an',
        criterionId: 'rate',
        code: 'missing-value',
        message:
          'Ô \'Bảng\'!D3 (đơn vị "Xã Hòa An", tiêu chí 2) chứa công thức =ROUND(F3/G3,3) chưa có kết quả lưu trong tệp (tệp do phần mềm khác ghi, chưa tính): Mở tệp trong Excel và lưu lại, rồi đọc lại',
        messageEn: expect.stringContaining('open and save it in Excel'),
      }),
    ]);
    expect(at("'Bảng'!D4")).toEqual([expect.objectContaining({ code: 'missing-value' })]);
    expect(at("'Bảng'!D4")[0].message).not.toMatch(/công thức/);
  });
});
