import { detectTable, extractUnits, proposeMapping, validateSheet, type CellValue } from '../../src/sheet';
import type { SheetModel } from '../../src/sheet/model';
import { compile, testPlan } from '../fixtures';
import { col, sheet } from './helpers';

/**
 * Layouts of the seventh corpus round, each in the smallest sheet that shows it: the unit's own figures beside the
 * council's, the target and the share of it beside what was done, a unit's breakdown under "Trong đó:", a word
 * merged down over several units, each block named only by its line of sums, and criteria in rows under group
 * lines numbered "1", "2" over "1.1", "2.1".
 */
const plan = compile(testPlan()).plan;
const twoBlocks = compile(
  testPlan({
    blocks: [
      { id: 'so', name: 'Sở, ban, ngành' },
      { id: 'huyen', name: 'UBND các huyện, thành phố' },
    ],
  }),
).plan;

function read(s: SheetModel, p = plan) {
  const layout = detectTable(s);
  if (!layout) throw new Error('no table');
  const mapping = proposeMapping(s, layout, p);
  return { layout, mapping, extraction: validateSheet(s, mapping, p) };
}

/** Two criteria, each title merged over the columns under it. */
function grouped(own: string[], data: CellValue[][]): SheetModel {
  const n = own.length;
  const rows: CellValue[][] = [
    ['STT', 'Đơn vị', '1. Có kế hoạch', ...Array<null>(n - 1).fill(null), '2. Tỷ lệ hồ sơ trực tuyến'],
    [null, null, ...own, ...own],
    ...data,
  ];
  const merges = [
    { top: 0, left: 0, bottom: 1, right: 0 },
    { top: 0, left: 1, bottom: 1, right: 1 },
    { top: 0, left: 2, bottom: 0, right: 1 + n },
    { top: 0, left: 2 + n, bottom: 0, right: 1 + 2 * n },
  ];
  return sheet('Bảng', rows, { merges });
}

describe('"ĐV tự đánh giá | HĐ TĐKT đánh giá": the unit’s figures beside the council’s', () => {
  const s = grouped(
    ['ĐV tự đánh giá', 'HĐ TĐKT đánh giá'],
    [
      [1, 'Phòng Nội vụ', 'Có', 'Không', '95%', '90%'],
      [2, 'Phòng Tư pháp', 'Có', 'Có', '80%', '61%'],
    ],
  );

  it('scores the council’s column and sets the unit’s own aside', () => {
    const { mapping, extraction } = read(s);
    expect(mapping.columns.find((c) => c.index === col('D'))?.target?.id).toBe('yn');
    expect(mapping.columns.find((c) => c.index === col('F'))?.target?.id).toBe('rate');
    expect(mapping.columns.find((c) => c.index === col('C'))?.target).toBeNull();
    expect(extraction.units.map((u) => [u.values.yn, u.values.rate])).toEqual([
      ['Không', '90%'],
      ['Có', '61%'],
    ]);
  });

  it('reads the unit’s own figures as its self-assessment of the same criteria', () => {
    const { mapping, extraction } = read(s);
    expect(mapping.columns.find((c) => c.index === col('C'))?.selfOf).toEqual({
      kind: 'criterion',
      id: 'yn',
    });
    expect(mapping.columns.find((c) => c.index === col('E'))?.selfOf).toEqual({
      kind: 'criterion',
      id: 'rate',
    });
    expect(extraction.selfAssessments).toEqual({
      'phong-noi-vu': { values: { yn: 'Có', rate: '95%' } },
      'phong-tu-phap': { values: { yn: 'Có', rate: '80%' } },
    });
  });

  it('has no self-assessment when the sheet has no self-assessed column', () => {
    const plain = sheet('Bảng', [
      ['Đơn vị', 'Có kế hoạch', 'Tỷ lệ hồ sơ trực tuyến'],
      ['Phòng Nội vụ', 'Có', '90%'],
    ]);
    const layout = detectTable(plain);
    const mapping = proposeMapping(plain, layout!, plan);
    expect(extractUnits(plain, mapping, plan).selfAssessments).toBeUndefined();
  });
});

describe('"Chỉ tiêu giao (%) | Thực hiện (%) | So với CT (%)" under a rate', () => {
  const s = grouped(
    ['Chỉ tiêu giao (%)', 'Thực hiện (%)', 'So với CT (%)'],
    [
      [1, 'Xã Tân Long', null, 'Có', null, '80%', '88%', '110%'],
      [2, 'Xã Hòa An', null, 'Không', null, '80%', '72%', '90%'],
    ],
  );

  it('reads what was done, never the target or the share of it', () => {
    const { layout, mapping, extraction } = read(s);
    expect(layout.headers.map((h) => h.family?.role)).toEqual([
      'goal',
      'result',
      'share',
      'goal',
      'result',
      'share',
    ]);
    expect(mapping.columns.find((c) => c.index === col('G'))?.target?.id).toBe('rate');
    expect(extraction.units.map((u) => u.values.rate)).toEqual(['88%', '72%']);
  });

  it('says of the other two which column of the family is read', () => {
    const { mapping } = read(s);
    expect(mapping.columns.find((c) => c.index === col('F'))?.reason).toBe(
      'Cột Chỉ tiêu giao (%) của nhóm "2. Tỷ lệ hồ sơ trực tuyến": đọc cột Thực hiện (%)',
    );
    expect(mapping.columns.find((c) => c.index === col('H'))?.target).toBeNull();
  });
});

describe('a unit’s breakdown under "Trong đó:"', () => {
  const rows = (bullets: boolean): CellValue[][] => [
    ['STT', 'Đơn vị', 'Có kế hoạch', 'Tỷ lệ hồ sơ trực tuyến'],
    [1, 'Xã Tân Long', 'Có', '90%'],
    ...(bullets ? [[null, 'Trong đó:', null, null]] : []),
    [null, '- Ấp Tân Thành', null, '85%'],
    [null, '- Ấp Tân Hòa', null, '95%'],
    [2, 'Xã Hòa An', 'Không', '70%'],
  ];

  it('is no unit: neither the "Trong đó:" line nor the hamlets under it', () => {
    const { extraction } = read(sheet('Bảng', rows(true)));
    expect(extraction.units.map((u) => u.name)).toEqual(['Xã Tân Long', 'Xã Hòa An']);
  });

  it('without "Trong đó:", lines led by a dash are units as listed', () => {
    const { extraction } = read(sheet('Bảng', rows(false)));
    expect(extraction.units.map((u) => u.name)).toEqual([
      'Xã Tân Long',
      '- Ấp Tân Thành',
      '- Ấp Tân Hòa',
      'Xã Hòa An',
    ]);
  });
});

describe('a value merged down over several units in one column', () => {
  const s = (merged: CellValue) =>
    sheet(
      'Bảng',
      [
        ['STT', 'Đơn vị', 'Có kế hoạch', 'Tỷ lệ hồ sơ trực tuyến'],
        [1, 'Phòng Nội vụ', merged, '90%'],
        [2, 'Phòng Tư pháp', null, '80%'],
        [3, 'Phòng Y tế', null, '70%'],
        [4, 'Phòng Tài chính', 'Không', '60%'],
      ],
      { merges: [{ top: 1, left: 2, bottom: 3, right: 2 }] },
    );

  it('a word ("Có") is each unit’s', () => {
    const { extraction } = read(s('Có'));
    expect(extraction.units.map((u) => u.values.yn)).toEqual(['Có', 'Có', 'Có', 'Không']);
  });

  it('a number is not shared out: the cells it covers stay blank', () => {
    const rate = sheet(
      'Bảng',
      [
        ['STT', 'Đơn vị', 'Có kế hoạch', 'Tỷ lệ hồ sơ trực tuyến'],
        [1, 'Phòng Nội vụ', 'Có', 90],
        [2, 'Phòng Tư pháp', 'Có', null],
        [3, 'Phòng Y tế', 'Không', 70],
      ],
      { merges: [{ top: 1, left: 3, bottom: 2, right: 3 }] },
    );
    const { extraction } = read(rate);
    expect(extraction.units.map((u) => u.values.rate ?? null)).toEqual([90, null, 70]);
  });
});

describe('blocks named only by the line of sums under their units', () => {
  const rows = (second: string): CellValue[][] => [
    ['STT', 'Cơ quan, địa phương', 'Có kế hoạch', 'Tỷ lệ hồ sơ trực tuyến'],
    [1, 'Sở Nội vụ', 'Có', '90%'],
    [2, 'Sở Tư pháp', 'Không', '80%'],
    [null, 'Cộng khối Sở, ban, ngành (2 đơn vị)', null, null],
    [],
    [3, 'Huyện An Biên', 'Có', '70%'],
    [4, 'Huyện Châu Thành', 'Có', '75%'],
    [null, second, null, null],
  ];

  it('each unit takes the block its next "Cộng khối …" line names', () => {
    const { extraction } = read(sheet('Bảng', rows('Cộng khối huyện, thành phố (2 đơn vị)')), twoBlocks);
    expect(extraction.units.map((u) => [u.name, u.block])).toEqual([
      ['Sở Nội vụ', 'so'],
      ['Sở Tư pháp', 'so'],
      ['Huyện An Biên', 'huyen'],
      ['Huyện Châu Thành', 'huyen'],
    ]);
  });

  it('no block is read from them when one group’s line of sums names none', () => {
    const { extraction } = read(sheet('Bảng', rows('Cộng')), twoBlocks);
    expect(extraction.units.map((u) => u.block)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('criteria in rows under group lines "1", "2" over "1.1", "2.1"', () => {
  const s = sheet('Bảng', [
    ['STT', 'Nội dung', 'Xã Tân Long', 'Xã Hòa An'],
    ['1', 'CHÍNH QUYỀN SỐ', null, null],
    ['1.1', 'Có kế hoạch', 'Có', 'Không'],
    [null, 'Cộng', null, null],
    ['2', 'KINH TẾ SỐ', null, null],
    ['2.1', 'Tỷ lệ hồ sơ trực tuyến', '90%', '70%'],
    [null, 'Tổng cộng', null, null],
  ]);

  it('reads the group lines as sections, their numbers not the criteria’s', () => {
    const { layout, mapping, extraction } = read(s);
    expect(layout.headers.map((h) => h.index)).toEqual([2, 5]);
    const fed = Object.fromEntries(
      mapping.columns.filter((c) => c.target).map((c) => [c.target?.id, c.index]),
    );
    expect(fed).toEqual({ yn: 2, rate: 5 });
    expect(extraction.units.map((u) => [u.name, u.values.yn, u.values.rate])).toEqual([
      ['Xã Tân Long', 'Có', '90%'],
      ['Xã Hòa An', 'Không', '70%'],
    ]);
  });
});
