import { detectTable, proposeMapping, validateSheet, type CellValue } from '../../src/sheet';
import { matchBlock } from '../../src/sheet/extract';
import { HIGH_CONFIDENCE } from '../../src/sheet/matching';
import { isBandHeading, isNotApplicableMark, isPersonLine } from '../../src/sheet/patterns';
import { blockFromHints, blockHints } from '../../src/sheet/sheet-hints';
import { builtInPlan } from '../../src/plans';
import { compile, testPlan } from '../fixtures';
import { col, sheet } from './helpers';

const plan = compile(testPlan()).plan;

function read(
  rows: CellValue[][],
  merges: { top: number; left: number; bottom: number; right: number }[] = [],
) {
  const s = sheet('Cham diem', rows, { merges });
  const layout = detectTable(s);
  if (!layout) throw new Error('no table');
  const mapping = proposeMapping(s, layout, plan);
  return { layout, mapping, units: validateSheet(s, mapping, plan).units };
}

describe('lines between units that are not units', () => {
  it("tells a head's line, a band and a not-applicable mark from units' names and values", () => {
    expect(
      ['CT: Nguyễn Văn Hùng', 'Chủ tịch UBND xã: Lê Minh Khang', 'Đ/c Trần Văn Lợi – Trưởng phòng'].map(
        isPersonLine,
      ),
    ).toEqual([true, true, true]);
    expect(
      ['Xã Tân Long', 'Ban Chỉ huy Quân sự huyện', 'Thanh tra huyện', 'KT. CHỦ TỊCH', 'Chủ tịch'].map(
        isPersonLine,
      ),
    ).toEqual([false, false, false, false, false]);
    expect(['Nhóm dưới 160 điểm', 'II. Loại Xuất sắc', 'Nhóm 1', 'Khối xã'].map(isBandHeading)).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(['KAD', 'Không áp dụng', '/', 'x', '0', '-'].map(isNotApplicableMark)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('the chairman written under each unit\'s name ("CT: …", "Chủ tịch: …") is not a unit, nor the signature', () => {
    const { units, layout } = read(
      [
        ['STT', 'Xã, thị trấn', '1. Có kế hoạch', '2. Tỷ lệ hồ sơ trực tuyến'],
        [1, 'Xã Tân Long', 'Có', '95%'],
        [null, 'CT: Nguyễn Văn Hùng', null, null],
        [2, 'Xã Hiệp Hưng', 'Không', '80%'],
        [null, 'Chủ tịch: Trần Thị Mỹ Linh', null, null],
        [3, 'Xã Phương Bình', 'Có', '70%'],
        [null, 'Chủ tịch UBND xã: Lê Minh Khang', null, null],
      ],
      [
        { top: 1, left: 0, bottom: 2, right: 0 },
        { top: 3, left: 0, bottom: 4, right: 0 },
      ],
    );
    expect(units.map((u) => [u.name, u.values.yn, u.values.rate])).toEqual([
      ['Xã Tân Long', 'Có', '95%'],
      ['Xã Hiệp Hưng', 'Không', '80%'],
      ['Xã Phương Bình', 'Có', '70%'],
    ]);
    expect(layout.skipped.find((s) => s.index === 4)?.reason).toBe(
      'Dòng người đứng đầu "Chủ tịch: Trần Thị Mỹ Linh" (ghi dưới tên đơn vị, không phải đơn vị)',
    );
  });

  it('a ranking\'s bands ("Nhóm đạt từ 180 điểm trở lên") and its footnote "(*) …" are neither units nor blocks', () => {
    const { units, layout } = read([
      ['STT', 'Đơn vị', '1. Có kế hoạch', '2. Tỷ lệ hồ sơ trực tuyến', 'Tổng điểm'],
      [null, 'Nhóm đạt từ 180 điểm trở lên', null, null, null],
      [1, 'Xã Tân Long', 'Có', '95%', 19],
      [null, null, null, null, null],
      [null, 'Nhóm dưới 160 điểm', null, null, null],
      [1, 'Xã Hiệp Hưng', 'Không', '80%', 10],
      [2, 'Xã Phương Bình', 'Có', '70%', 18],
      [null, '(*) Số liệu đơn vị tự báo cáo', null, null, null],
    ]);
    expect(units.map((u) => [u.name, u.block])).toEqual([
      ['Xã Tân Long', 'a'],
      ['Xã Hiệp Hưng', 'a'],
      ['Xã Phương Bình', 'a'],
    ]);
    expect(layout.skipped.find((s) => s.index === 1)?.reason).toBe(
      'Dòng nhóm theo mức điểm, xếp loại "Nhóm đạt từ 180 điểm trở lên" (không phải đơn vị, không phải khối)',
    );
  });
});

describe('"Quý I … Quý IV | Cả năm" under a criterion', () => {
  const rows: CellValue[][] = [
    ['STT', 'Đơn vị', '1. Có kế hoạch', 'Tỷ lệ hồ sơ trực tuyến', null, null, null, null],
    [null, null, null, 'Quý I', 'Quý II', 'Quý III', 'Quý IV', 'Cả năm'],
    [1, 'Xã Tân Long', 'Có', '70%', '90%', '95%', '99%', '88,5%'],
    [2, 'Xã Hiệp Hưng', 'Không', '60%', '62%', '81%', '90%', '73%'],
    [3, 'Xã Phương Bình', 'Có', '50%', '75%', '70%', '85%', '70%'],
  ];
  const merges = [
    { top: 0, left: 0, bottom: 1, right: 0 },
    { top: 0, left: 1, bottom: 1, right: 1 },
    { top: 0, left: 2, bottom: 1, right: 2 },
    { top: 0, left: 3, bottom: 0, right: 7 },
  ];

  it("the year's column feeds the criterion, settled; no quarter is read", () => {
    const { mapping, units } = read(rows, merges);
    const rate = mapping.columns.find((c) => c.target?.id === 'rate');
    expect(rate?.index).toBe(col('H'));
    expect(rate?.confidence).toBeGreaterThanOrEqual(HIGH_CONFIDENCE);
    expect(units.map((u) => u.values.rate)).toEqual(['88,5%', '73%', '70%']);
    expect(mapping.columns.find((c) => c.index === col('D'))?.reason).toBe(
      'Cột Quý I của nhóm "Tỷ lệ hồ sơ trực tuyến": đọc cột Cả năm',
    );
  });

  it("quarters with no year's column: no quarter is taken for the year, and each says there is no Cả năm column", () => {
    const noYear = rows.map((r) => r.slice(0, 7));
    const { mapping } = read(noYear, [...merges.slice(0, 3), { top: 0, left: 3, bottom: 0, right: 6 }]);
    expect(mapping.columns.find((c) => c.target?.id === 'rate')).toBeUndefined();
    expect(mapping.columns.find((c) => c.index === col('E'))?.reason).toBe(
      'Cột Quý II của nhóm "Tỷ lệ hồ sơ trực tuyến": bảng chỉ có số liệu từng kỳ, không có cột Cả năm — không lấy một kỳ thay cho cả năm; hãy thêm cột Cả năm (tổng cả năm) rồi chọn cột đó',
    );
  });
});

describe('two blocks in one table: "KAD" / "/" where an item does not apply, the block typed "Huyện, TP"', () => {
  const kg = builtInPlan('kien-giang-243-2023')!.plan;

  it('"Huyện, TP", "Sở, ngành" name the plan\'s blocks', () => {
    expect(matchBlock('Huyện, TP', kg)).toBe('huyen');
    expect(matchBlock('Sở, ngành', kg)).toBe('so-nganh');
  });

  it('a mark under an item the block does not have is left out; under one it has, it is passed on', () => {
    const rows: CellValue[][] = [
      ['STT', 'Cơ quan, đơn vị', 'Khối', 'TL HS công việc cấp tỉnh xử lý trên mạng', 'Tỷ trọng KTS/GRDP'],
      [1, 'Sở Nội vụ', 'Sở, ngành', '100%', 'KAD'],
      [2, 'Sở Tư pháp', 'Sở, ngành', 'KAD', 'KAD'],
      [3, 'Huyện Tân Hiệp', 'Huyện, TP', '/', '12,5%'],
    ];
    const s = sheet('So nganh - Huyen', rows);
    const layout = detectTable(s);
    if (!layout) throw new Error('no table');
    const mapping = proposeMapping(s, layout, kg);
    const units = validateSheet(s, mapping, kg).units;
    expect(units.map((u) => [u.name, u.block, u.values['cqs-06-tinh'], u.values['kts-01']])).toEqual([
      ['Sở Nội vụ', 'so-nganh', '100%', undefined],
      // the province's own item applies to a department: its "KAD" is passed on, for the engine to flag
      ['Sở Tư pháp', 'so-nganh', 'KAD', undefined],
      ['Huyện Tân Hiệp', 'huyen', undefined, '12,5%'],
    ]);
  });
});

describe('a preamble "Căn cứ …" does not name the sheet\'s block', () => {
  it('the block comes from the lines about the units, not from "… của Sở …" in a cited document', () => {
    const dt = builtInPlan('dong-thap-skhdt-cds-2021-2025')!.plan;
    const s = sheet('KQ', [
      ['Căn cứ Kế hoạch số 215/KH-SKHĐT ngày 10/3/2021 của Sở Kế hoạch và Đầu tư;'],
      ['Hội đồng tổng hợp kết quả đánh giá của từng phòng, đơn vị như sau:'],
      [],
      ['STT', 'Phòng, đơn vị', '1. Lãnh đạo, tuyên truyền'],
      [1, 'Văn phòng Sở', 'Đạt'],
    ]);
    const hints = blockHints(s, 3);
    expect(hints.map((h) => h.text)).not.toContain(
      'Căn cứ Kế hoạch số 215/KH-SKHĐT ngày 10/3/2021 của Sở Kế hoạch và Đầu tư;',
    );
    expect(blockFromHints(hints, dt)?.block).toBe('phong-don-vi');
  });
});
