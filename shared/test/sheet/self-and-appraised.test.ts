import { detectTable, proposeMapping, validateSheet, type CellValue } from '../../src/sheet';
import { HIGH_CONFIDENCE } from '../../src/sheet/matching';
import { compile, testPlan } from '../fixtures';
import { col, sheet } from './helpers';

/**
 * A sheet after the appraisal: each criterion under its group cell, the unit's own figure beside the appraised one.
 * The appraised figure is what counts; the self-assessed one is set aside, and the two are no rivals.
 */
const plan = compile(testPlan()).plan;

function read(own: [string, string]) {
  const rows: CellValue[][] = [
    ['STT', 'Đơn vị', '1. Có kế hoạch', null, '2. Tỷ lệ hồ sơ trực tuyến', null],
    [null, null, own[0], own[1], own[0], own[1]],
    [1, 'Xã Tân Long', 'Có', 'Có', '95%', '90%'],
    [2, 'Xã Hiệp Hưng', 'Có', 'Không', '80%', '61%'],
    [3, 'Xã Phương Bình', 'Không', 'Không', '70%', '70%'],
  ];
  const merges = [
    { top: 0, left: 0, bottom: 1, right: 0 },
    { top: 0, left: 1, bottom: 1, right: 1 },
    { top: 0, left: 2, bottom: 0, right: 3 },
    { top: 0, left: 4, bottom: 0, right: 5 },
  ];
  const s = sheet('Thẩm định', rows, { merges });
  const layout = detectTable(s);
  if (!layout) throw new Error('no table');
  const mapping = proposeMapping(s, layout, plan);
  return { mapping, units: validateSheet(s, mapping, plan).units };
}

describe('"Đơn vị tự chấm | Thẩm định" under each criterion', () => {
  it.each([
    [['Đơn vị tự chấm', 'Thẩm định'], col('D'), col('F')],
    [['Kết quả thẩm định', 'Tự đánh giá'], col('C'), col('E')],
    [['Điểm tự chấm', 'Điểm thẩm định'], col('D'), col('F')],
  ] as const)('%j: the appraised column feeds each criterion, settled', (own, yn, rate) => {
    const { mapping } = read([...own]);
    const fed = Object.fromEntries(mapping.columns.filter((c) => c.target).map((c) => [c.target?.id, c]));
    expect([fed.yn?.index, fed.rate?.index]).toEqual([yn, rate]);
    expect(fed.yn?.confidence).toBeGreaterThanOrEqual(HIGH_CONFIDENCE);
    expect(fed.rate?.confidence).toBeGreaterThanOrEqual(HIGH_CONFIDENCE);
  });

  it('reads the appraised figures, and says why the self-assessed column is not read', () => {
    const { mapping, units } = read(['Đơn vị tự chấm', 'Thẩm định']);
    expect(units.map((u) => [u.values.yn, u.values.rate])).toEqual([
      ['Có', '90%'],
      ['Không', '61%'],
      ['Không', '70%'],
    ]);
    const self = mapping.columns.find((c) => c.index === col('C'));
    expect(self?.target).toBeNull();
    expect(self?.reason).toBe('Cột đơn vị tự chấm của nhóm "1. Có kế hoạch": đọc cột thẩm định');
  });
});
