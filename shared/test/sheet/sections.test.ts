import { detectTable, proposeMapping, validateSheet, type CellValue } from '../../src/sheet';
import { compile, testPlan } from '../fixtures';
import { sheet } from './helpers';

/**
 * One sheet, two blocks one under the other, as a province prints its summary: each block under its own section row
 * ("I." | "KHỐI SỞ, BAN, NGÀNH"), closed by a sub-total row, the header printed again at the top of the next page.
 */
const plan = compile(
  testPlan({
    blocks: [
      { id: 'so-nganh', name: 'Sở, ban, ngành, Mặt trận Tổ quốc và các đoàn thể tỉnh' },
      { id: 'huyen', name: 'UBND các huyện, thành phố' },
    ],
  }),
).plan;

const header: CellValue[][] = [
  ['TT', 'Cơ quan, đơn vị', 'Có kế hoạch', 'Tỷ lệ hồ sơ trực tuyến'],
  ['(1)', '(2)', '(3)', '(4)'],
];
const s = sheet('KQ 2023', [
  ['UBND TỈNH KIÊN GIANG', null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
  ['TỔNG HỢP KẾT QUẢ NĂM 2023'],
  [],
  ...header,
  ['I.', 'KHỐI SỞ, BAN, NGÀNH'],
  [1, 'Sở Tài chính', 'Có', '92%'],
  [2, 'Sở Y tế', 'Không', '80%'],
  [null, 'Cộng khối sở, ngành (bình quân)', null, '86%'],
  [],
  ...header,
  ['II.', 'KHỐI HUYỆN, THÀNH PHỐ'],
  [1, 'Huyện Hòn Đất', 'Có', '75%'],
  [2, 'Huyện Tân Hiệp', 'Có', '88%'],
  [3, 'Huyện An Minh', 'Không', '60%'],
  [null, 'Cộng khối huyện, thành phố (bình quân)', null, '74%'],
  [],
  [null, 'NGƯỜI TỔNG HỢP', null, 'GIÁM ĐỐC'],
]);

describe('blocks in sections of one sheet, the header printed again between them', () => {
  const layout = detectTable(s)!;

  it('reads on past the repeated header to the last section', () => {
    expect(layout.headerRows).toEqual([3, 4]);
    expect(layout.dataEnd).toBe(15);
    const reasons = layout.skipped.map((x) => [x.index, x.reason]);
    expect(reasons).toEqual(
      expect.arrayContaining([
        [10, 'Dòng tiêu đề lặp lại'],
        [11, 'Dòng tiêu đề lặp lại'],
      ]),
    );
  });

  it('gives each unit the block of the section it is in ("KHỐI SỞ, BAN, NGÀNH": the block named so)', () => {
    const m = proposeMapping(s, layout, plan);
    const { units } = validateSheet(s, m, plan);
    expect(units.map((u) => [u.name, u.block])).toEqual([
      ['Sở Tài chính', 'so-nganh'],
      ['Sở Y tế', 'so-nganh'],
      ['Huyện Hòn Đất', 'huyen'],
      ['Huyện Tân Hiệp', 'huyen'],
      ['Huyện An Minh', 'huyen'],
    ]);
  });
});

describe('a section heading the plan has no block for', () => {
  const three = compile(
    testPlan({
      blocks: [
        { id: 'so-nganh', name: 'Sở, ban, ngành, Mặt trận Tổ quốc và các đoàn thể tỉnh' },
        { id: 'huyen', name: 'UBND các huyện, thành phố' },
        { id: 'xa', name: 'UBND các xã, phường, thị trấn' },
      ],
    }),
  ).plan;
  const withSections = (second: string) =>
    sheet('KQ', [
      ['TT', 'Cơ quan, đơn vị', 'Có kế hoạch', 'Tỷ lệ hồ sơ trực tuyến'],
      ['I.', 'KHỐI HUYỆN, THÀNH PHỐ'],
      [1, 'Huyện Hòn Đất', 'Có', '75%'],
      [2, 'Huyện Tân Hiệp', 'Có', '88%'],
      ['II.', second],
      [1, 'Hội Nông dân tỉnh', 'Có', '90%'],
      [2, 'Liên đoàn Lao động tỉnh', 'Không', '70%'],
    ]);
  const blocksOf = (s: ReturnType<typeof sheet>) => {
    const layout = detectTable(s)!;
    return validateSheet(s, proposeMapping(s, layout, three), three).units.map((u) => u.block ?? null);
  };

  it('"KHỐI …" not in the plan: the units under it have no block, never the block above', () => {
    expect(blocksOf(withSections('KHỐI ĐOÀN THỂ CHÍNH TRỊ'))).toEqual(['huyen', 'huyen', null, null]);
  });

  it('"Tổ chức chính trị – xã hội" is not the block "xa" for a "xã" in its words', () => {
    const blocks = blocksOf(withSections('KHỐI TỔ CHỨC CHÍNH TRỊ – XÃ HỘI'));
    expect(blocks.slice(2)).toEqual([null, null]);
  });
});
