import { detectTable, proposeMapping, validateSheet, type CellValue } from '../../src/sheet';
import { HIGH_CONFIDENCE } from '../../src/sheet/matching';
import type { SheetModel } from '../../src/sheet/model';
import { compile, testPlan } from '../fixtures';
import { col, sheet } from './helpers';

/**
 * Layouts of the sixth corpus round, each in the smallest sheet that shows it: points beside or instead of the
 * figures, a unit of measure on the row under a title, a figure pasted with Excel's text apostrophe.
 */
const plan = compile(testPlan()).plan;

/** Two criteria, each title merged over the two columns under it. */
function grouped(own: [string, string], data: CellValue[][]): SheetModel {
  const rows: CellValue[][] = [
    ['STT', 'Đơn vị', '1. Có kế hoạch', null, '2. Tỷ lệ hồ sơ trực tuyến', null],
    [null, null, own[0], own[1], own[0], own[1]],
    ...data,
  ];
  const merges = [
    { top: 0, left: 0, bottom: 1, right: 0 },
    { top: 0, left: 1, bottom: 1, right: 1 },
    { top: 0, left: 2, bottom: 0, right: 3 },
    { top: 0, left: 4, bottom: 0, right: 5 },
  ];
  return sheet('Bảng', rows, { merges });
}

function read(s: SheetModel) {
  const layout = detectTable(s);
  if (!layout) throw new Error('no table');
  const mapping = proposeMapping(s, layout, plan);
  return { mapping, units: validateSheet(s, mapping, plan).units };
}

const fed = (mapping: ReturnType<typeof read>['mapping']) =>
  Object.fromEntries(mapping.columns.filter((c) => c.target).map((c) => [c.target?.id, c]));

describe('"Điểm tự chấm | Điểm thẩm định" with no figure beside them', () => {
  const points = grouped(
    ['Điểm tự chấm', 'Điểm thẩm định'],
    [
      [1, 'Xã Tân Long', 10, 10, 20, 18],
      [2, 'Xã Hiệp Hưng', 10, 0, 15, 12],
      [3, 'Xã Phương Bình', 0, 0, 12, 12],
    ],
  );

  it('reads neither column: the points are never taken for the criterion’s figure', () => {
    const { mapping, units } = read(points);
    expect(fed(mapping)).toEqual({});
    expect(units.map((u) => u.values)).toEqual([{}, {}, {}]);
  });

  it('says at each column that the table has points, not the figures', () => {
    const { mapping } = read(points);
    const appraised = mapping.columns.find((c) => c.index === col('F'));
    expect(appraised?.target).toBeNull();
    expect(appraised?.reason).toBe(
      'Cột Điểm thẩm định của nhóm "2. Tỷ lệ hồ sơ trực tuyến": bảng chỉ có điểm, không có số liệu của tiêu chí — điểm không được đọc thay cho số liệu; hãy thêm cột số liệu (tỷ lệ, số lượng, có/không) rồi chọn cột đó',
    );
    expect(mapping.columns.find((c) => c.index === col('C'))?.reason).toMatch(
      /^Cột Điểm tự chấm .*bảng chỉ có điểm/,
    );
  });

  it('still reads the appraised column when its cells are figures ("Có", "90%"), not points', () => {
    const figures = grouped(
      ['Điểm tự chấm', 'Điểm thẩm định'],
      [
        [1, 'Xã Tân Long', 'Có', 'Có', '95%', '90%'],
        [2, 'Xã Hiệp Hưng', 'Có', 'Không', '80%', '61%'],
      ],
    );
    const { units } = read(figures);
    expect(units.map((u) => [u.values.yn, u.values.rate])).toEqual([
      ['Có', '90%'],
      ['Không', '61%'],
    ]);
  });
});

describe('"Kết quả | Tự chấm": the unit’s own points beside its figure', () => {
  const s = grouped(
    ['Kết quả', 'Tự chấm'],
    [
      [1, 'Xã Tân Long', 'Có', 10, '95%', 20],
      [2, 'Xã Hiệp Hưng', 'Không', 0, '61%', 8],
      [3, 'Xã Phương Bình', 'Có', 10, '70%', 12],
    ],
  );

  it('reads the result, settled, and sets the points aside saying so', () => {
    const { mapping, units } = read(s);
    const f = fed(mapping);
    expect([f.yn?.index, f.rate?.index]).toEqual([col('C'), col('E')]);
    expect(f.yn?.confidence).toBeGreaterThanOrEqual(HIGH_CONFIDENCE);
    expect(f.rate?.confidence).toBeGreaterThanOrEqual(HIGH_CONFIDENCE);
    expect(mapping.columns.find((c) => c.index === col('D'))?.reason).toMatch(
      /^Cột điểm của nhóm "1\. Có kế hoạch"/,
    );
    expect(units.map((u) => [u.values.yn, u.values.rate])).toEqual([
      ['Có', '95%'],
      ['Không', '61%'],
      ['Có', '70%'],
    ]);
  });
});

describe('a unit of measure on the row under a title: "(%)", "(Có/Không)"', () => {
  it('is part of the column’s own title, not a title of its own', () => {
    const s = sheet(
      'Bảng',
      [
        ['STT', 'Đơn vị', 'Có kế hoạch', 'Tỷ lệ hồ sơ trực tuyến'],
        [null, null, '(Có/Không)', '(%)'],
        [1, 'Xã Tân Long', 'Có', '95%'],
        [2, 'Xã Hiệp Hưng', 'Không', '61%'],
      ],
      {
        merges: [
          { top: 0, left: 0, bottom: 1, right: 0 },
          { top: 0, left: 1, bottom: 1, right: 1 },
        ],
      },
    );
    const { mapping } = read(s);
    const f = fed(mapping);
    expect([f.yn?.header, f.rate?.header]).toEqual(['Có kế hoạch (Có/Không)', 'Tỷ lệ hồ sơ trực tuyến (%)']);
    expect(f.yn?.confidence).toBeGreaterThanOrEqual(HIGH_CONFIDENCE);
  });

  it('a number in brackets on that row is still a number, not a unit: "(1)"', () => {
    const s = sheet('Bảng', [
      ['STT', 'Đơn vị', 'Kế hoạch', 'Hồ sơ'],
      ['(A)', '(B)', '(1)', '(2)'],
      [1, 'Xã Tân Long', 'Có', '95%'],
      [2, 'Xã Hiệp Hưng', 'Không', '61%'],
    ]);
    const f = fed(read(s).mapping);
    expect([f.yn?.index, f.rate?.index]).toEqual([col('C'), col('D')]);
  });
});

describe('a figure pasted from a text report with Excel’s apostrophe', () => {
  it('reads "\'85,5%" and "\'Có" as typed after the apostrophe', () => {
    const s = sheet('Bảng', [
      ['STT', 'Đơn vị', 'Có kế hoạch', 'Tỷ lệ hồ sơ trực tuyến'],
      [1, 'Xã Tân Long', "'Có", "'85,5%"],
      [2, 'Xã Hiệp Hưng', 'Không', '61%'],
    ]);
    const { units } = read(s);
    expect(units.map((u) => [u.values.yn, u.values.rate])).toEqual([
      ['Có', '85,5%'],
      ['Không', '61%'],
    ]);
  });
});

describe('criteria in rows under the national header', () => {
  it('takes no line above the units’ names (agency, motto) for a criterion', () => {
    const s = sheet('Bảng', [
      ['UBND HUYỆN PHỤNG HIỆP', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', null],
      ['PHÒNG VĂN HÓA', null, null, 'Độc lập - Tự do - Hạnh phúc', null],
      ['STT', 'Nội dung', 'Xã Tân Long', 'Xã Hiệp Hưng', 'Xã Phương Bình'],
      [1, 'Có kế hoạch', 'Có', 'Không', 'Có'],
      [2, 'Tỷ lệ hồ sơ trực tuyến', '95%', '61%', '70%'],
    ]);
    const { mapping, units } = read(s);
    expect(mapping.orientation).toBe('columns');
    expect(mapping.columns.map((c) => c.index)).toEqual([3, 4]);
    expect(units.map((u) => [u.name, u.values.yn, u.values.rate])).toEqual([
      ['Xã Tân Long', 'Có', '95%'],
      ['Xã Hiệp Hưng', 'Không', '61%'],
      ['Xã Phương Bình', 'Có', '70%'],
    ]);
  });
});

describe('columns titled by the office’s own codes, explained in a key under the table', () => {
  const withKey = (key: string[]) =>
    sheet('Bảng', [
      ['STT', 'Đơn vị', 'KH2', 'KH1'],
      [1, 'Xã Tân Long', '95%', 'Có'],
      [2, 'Xã Hiệp Hưng', '61%', 'Không'],
      [3, 'Xã Phương Bình', '70%', 'Có'],
      [],
      ...key.map((k) => [null, k]),
    ]);

  it('reads each code as the key says ("KH1" is not criterion 1 because of its number)', () => {
    const { mapping, units } = read(
      withKey(['Ghi chú: KH1 – Có kế hoạch năm', 'KH2 – Tỷ lệ hồ sơ trực tuyến']),
    );
    const f = fed(mapping);
    expect([f.yn?.index, f.rate?.index]).toEqual([col('D'), col('C')]);
    expect(units.map((u) => [u.values.yn, u.values.rate])).toEqual([
      ['Có', '95%'],
      ['Không', '61%'],
      ['Có', '70%'],
    ]);
  });

  it('leaves a code explained twice, two ways, unread', () => {
    const { mapping } = read(
      withKey(['KH1 – Có kế hoạch năm', 'KH2 – Tỷ lệ hồ sơ trực tuyến', 'KH2: Có kế hoạch năm']),
    );
    expect(fed(mapping).rate).toBeUndefined();
    expect(fed(mapping).yn?.index).toBe(col('D'));
  });
});
