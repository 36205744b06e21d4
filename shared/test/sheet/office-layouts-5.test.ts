import { detectTable, proposeMapping, validateSheet, type CellValue } from '../../src/sheet';
import { readTitle } from '../../src/sheet/references';
import { isSectionLabel, isTotalsLabel, withoutListNumber } from '../../src/sheet/patterns';
import type { SheetModel } from '../../src/sheet/model';
import type { Plan } from '../../src/plan/schema';
import { compile, testPlan } from '../fixtures';
import { col, sheet } from './helpers';

/** The offices' own layouts of the fifth corpus round, each reduced to the rows that show its shape. */

const plan = compile(testPlan()).plan;

function read(s: SheetModel, p: Plan = plan, opts: { block?: string } = {}) {
  const layout = detectTable(s);
  if (!layout) throw new Error('no table');
  const mapping = proposeMapping(s, layout, p);
  return { layout, mapping, ...validateSheet(s, mapping, p, opts) };
}

const fed = (mapping: ReturnType<typeof proposeMapping>) =>
  Object.fromEntries(mapping.columns.filter((c) => c.target).map((c) => [c.target?.id, c.index]));

describe('a Roman-numeral block heading and a "Khối" column that disagree', () => {
  const twoBlocks = compile(
    testPlan({
      blocks: [
        { id: 'so-nganh', name: 'Sở, ban, ngành' },
        { id: 'huyen', name: 'UBND các huyện, thành phố' },
      ],
    }),
  ).plan;
  const rows: CellValue[][] = [
    ['TT', 'Cơ quan, đơn vị', 'Khối', 'Có kế hoạch', 'Tỷ lệ hồ sơ trực tuyến'],
    ['I', 'KHỐI SỞ, BAN, NGÀNH'],
    [1, 'Sở Tài chính', 'Sở, ngành', 'Có', '92%'],
    [2, 'Sở Y tế', 'Sở, ngành', 'Không', '80%'],
    ['II', 'KHỐI HUYỆN, THÀNH PHỐ'],
    [1, 'Huyện Hòn Đất', 'Huyện, TP', 'Có', '75%'],
    [2, 'Huyện Gò Quao', 'Sở, ngành', 'Có', '88%'],
  ];

  it('leaves the unit of no block, and says at its cell that the two disagree', () => {
    const { units, problems } = read(sheet('TH khoi', rows), twoBlocks);
    expect(units.map((u) => [u.name, u.block])).toEqual([
      ['Sở Tài chính', 'so-nganh'],
      ['Sở Y tế', 'so-nganh'],
      ['Huyện Hòn Đất', 'huyen'],
      ['Huyện Gò Quao', undefined],
    ]);
    const conflict = problems.filter((p) => p.code === 'block-conflict');
    expect(conflict).toHaveLength(1);
    expect(conflict[0].path).toBe("'TH khoi'!C7");
    expect(conflict[0].message).toContain('Huyện Gò Quao');
    expect(conflict[0].message).toContain('UBND các huyện, thành phố');
    expect(conflict[0].message).toContain('Sở, ngành');
  });

  it('agreeing, the block is the one both say', () => {
    const agreeing = rows.map((r) =>
      r[1] === 'Huyện Gò Quao' ? [2, 'Huyện Gò Quao', 'Huyện, TP', 'Có', '88%'] : r,
    );
    const { units, problems } = read(sheet('TH khoi', agreeing), twoBlocks);
    expect(units.map((u) => u.block)).toEqual(['so-nganh', 'so-nganh', 'huyen', 'huyen']);
    expect(problems.filter((p) => p.code === 'block-conflict')).toEqual([]);
  });
});

describe('sections of one block with their own sums in the middle ("Cộng I")', () => {
  it('reads neither the "Các …" headings nor the "Cộng I", "Cộng II" rows as units', () => {
    const s = sheet('TH', [
      ['STT', 'Cơ quan, đơn vị', 'Có kế hoạch', 'Tỷ lệ hồ sơ trực tuyến'],
      ['I', 'CÁC PHÒNG CHUYÊN MÔN'],
      [1, 'Phòng Nội vụ', 'Có', '92%'],
      [2, 'Phòng Tư pháp', 'Không', '80%'],
      [null, 'Cộng I', 1, null],
      ['II', 'CÁC CƠ QUAN, ĐƠN VỊ KHÁC'],
      [3, 'Công an huyện', 'Có', '75%'],
      [null, 'Cộng II', 1, null],
      [null, 'Tổng cộng (I+II)', 2, null],
    ]);
    const { units } = read(s);
    expect(units.map((u) => u.name)).toEqual(['Phòng Nội vụ', 'Phòng Tư pháp', 'Công an huyện']);
  });

  it.each(['Cộng I', 'Cộng II', 'Cộng mục III', 'Tổng A', 'Cộng (I+II)', 'Cộng 2'])(
    '"%s" is a line of sums',
    (t) => expect(isTotalsLabel(t)).toBe(true),
  );
  it.each(['Công an huyện', 'Cộng đồng dân cư ấp 1', 'Tổng đội TNXP'])('"%s" is not', (t) =>
    expect(isTotalsLabel(t)).toBe(false),
  );
  it('"Các phòng chuyên môn" heads a section; "Phòng Nội vụ" does not', () => {
    expect(isSectionLabel('CÁC PHÒNG CHUYÊN MÔN')).toBe(true);
    expect(isSectionLabel('Phòng Nội vụ')).toBe(false);
  });
});

describe('"Nhóm tiêu chí 1" over several columns: the office group\'s number, no criterion\'s', () => {
  it('reads no reference from "Nhóm tiêu chí 1", "Nhóm TC 2", but still from "Tiêu chí 1"', () => {
    expect(readTitle('Nhóm tiêu chí 1').reference).toBeUndefined();
    expect(readTitle('Nhóm TC 2').reference).toBeUndefined();
    expect(readTitle('Nhóm tiêu chí II').reference).toBeUndefined();
    expect(readTitle('Tiêu chí 1').reference?.number).toBe('1');
  });

  it('maps the columns under it by their own titles, settled', () => {
    const s = sheet(
      'TH',
      [
        ['STT', 'Đơn vị', 'Nhóm tiêu chí 1', null],
        [null, null, 'Tỷ lệ hồ sơ trực tuyến', 'Có kế hoạch'],
        [1, 'Phòng Nội vụ', '92%', 'Có'],
        [2, 'Phòng Tư pháp', '80%', 'Không'],
      ],
      { merges: [{ top: 0, left: 2, bottom: 0, right: 3 }] },
    );
    const { mapping } = read(s);
    expect(fed(mapping)).toEqual({ rate: col('C'), yn: col('D') });
    expect(
      Math.min(...mapping.columns.filter((c) => c.target).map((c) => c.confidence)),
    ).toBeGreaterThanOrEqual(0.8);
  });
});

describe('"Năm 2022 | Năm 2023" under each criterion of a plan that scores 2023', () => {
  const s = sheet(
    'So sanh',
    [
      ['STT', 'Đơn vị', 'Có kế hoạch', null, 'Tỷ lệ hồ sơ trực tuyến', null],
      [null, null, 'Năm 2022', 'Năm 2023', 'Năm 2022', 'Năm 2023'],
      [1, 'Xã Tân Long', 'Không', 'Có', '61%', '92%'],
      [2, 'Xã Hòa An', 'Có', 'Có', '70%', '85%'],
    ],
    {
      merges: [
        { top: 0, left: 2, bottom: 0, right: 3 },
        { top: 0, left: 4, bottom: 0, right: 5 },
      ],
    },
  );

  it("reads this year's columns, settled, and sets last year's aside saying which is read", () => {
    const { mapping, units } = read(s);
    expect(fed(mapping)).toEqual({ yn: col('D'), rate: col('F') });
    for (const c of mapping.columns.filter((x) => x.target)) expect(c.confidence).toBeGreaterThanOrEqual(0.8);
    const aside = mapping.columns.find((c) => c.index === col('C'));
    expect(aside?.target).toBeNull();
    expect(aside?.reasons?.map((r) => r.code)).toContain('family-part');
    expect(units.map((u) => [u.values.yn, u.values.rate])).toEqual([
      ['Có', '92%'],
      ['Có', '85%'],
    ]);
  });

  it('a plan over several years gets no year chosen for it', () => {
    const long = compile(testPlan({ period: { from: '2021-01-01', to: '2025-12-31' } })).plan;
    const { mapping } = read(s, long);
    expect(mapping.columns.filter((c) => c.target && c.confidence >= 0.8)).toEqual([]);
  });
});

describe('"Số liệu | Điểm tự chấm | Điểm thẩm định" under each criterion', () => {
  it('reads the figure, never the points', () => {
    const s = sheet(
      'Tham dinh',
      [
        ['STT', 'Đơn vị', 'TC1. Có kế hoạch', null, null, 'TC2. Tỷ lệ hồ sơ trực tuyến', null, null],
        [
          null,
          null,
          'Số liệu',
          'Điểm tự chấm',
          'Điểm thẩm định',
          'Số liệu',
          'Điểm tự chấm',
          'Điểm thẩm định',
        ],
        [1, 'Xã Tân Long', 'Có', 10, 10, '92%', 10, 10],
        [2, 'Xã Hòa An', 'Không', 5, 0, '70%', 9, 8.8],
      ],
      {
        merges: [
          { top: 0, left: 2, bottom: 0, right: 4 },
          { top: 0, left: 5, bottom: 0, right: 7 },
        ],
      },
    );
    const { mapping, units } = read(s);
    expect(fed(mapping)).toEqual({ yn: col('C'), rate: col('F') });
    for (const c of mapping.columns.filter((x) => x.target)) expect(c.confidence).toBeGreaterThanOrEqual(0.8);
    expect(units.map((u) => [u.values.yn, u.values.rate])).toEqual([
      ['Có', '92%'],
      ['Không', '70%'],
    ]);
  });
});

describe('a list number typed before a unit name', () => {
  it.each([
    ['01-UBND xã Tân Bình', 'UBND xã Tân Bình'],
    ['02. UBND thị trấn Kinh Cùng', 'UBND thị trấn Kinh Cùng'],
    ['3) Phòng Nội vụ', 'Phòng Nội vụ'],
    ['4.Xã Hòa An', 'Xã Hòa An'],
    ['5 - UBND xã Bình Thành', 'UBND xã Bình Thành'],
    ['1. Tỷ lệ hồ sơ', '1. Tỷ lệ hồ sơ'],
    ['Xã Hòa An', 'Xã Hòa An'],
  ])('"%s" names "%s"', (typed, name) => expect(withoutListNumber(typed)).toBe(name));

  it('is left out of the unit read', () => {
    const s = sheet('TH', [
      ['Đơn vị', 'Có kế hoạch', 'Tỷ lệ hồ sơ trực tuyến'],
      ['01-UBND xã Tân Bình', 'Có', '92%'],
      ['02. UBND xã Hòa An', 'Không', '80%'],
    ]);
    expect(read(s).units.map((u) => [u.id, u.name])).toEqual([
      ['ubnd-xa-tan-binh', 'UBND xã Tân Bình'],
      ['ubnd-xa-hoa-an', 'UBND xã Hòa An'],
    ]);
  });
});

describe("individuals listed under their collective's heading row", () => {
  const people = compile(
    testPlan({
      blocks: [
        { id: 'tap-the', name: 'Tập thể', kind: 'collective' },
        { id: 'ca-nhan', name: 'Cá nhân', kind: 'individual' },
      ],
    }),
  ).plan;

  it('gives each person the collective named on the heading above them', () => {
    const s = sheet(
      'Ca nhan',
      [
        ['STT', 'Họ và tên', 'Có kế hoạch', 'Tỷ lệ hồ sơ trực tuyến'],
        ['1. Văn phòng Sở'],
        [1, 'Nguyễn Văn An', 'Có', '92%'],
        [2, 'Trần Thị Bình', 'Có', '90%'],
        ['2. Thanh tra Sở'],
        [1, 'Lê Minh Cường', 'Không', '80%'],
      ],
      {
        merges: [
          { top: 1, left: 0, bottom: 1, right: 3 },
          { top: 4, left: 0, bottom: 4, right: 3 },
        ],
      },
    );
    const { units } = read(s, people, { block: 'ca-nhan' });
    expect(units.map((u) => [u.name, u.collective])).toEqual([
      ['Nguyễn Văn An', 'Văn phòng Sở'],
      ['Trần Thị Bình', 'Văn phòng Sở'],
      ['Lê Minh Cường', 'Thanh tra Sở'],
    ]);
  });
});
