import { detectTable, proposeMapping, validateSheet, type CellValue } from '../../src/sheet';
import { HIGH_CONFIDENCE } from '../../src/sheet/matching';
import { compile, testPlan } from '../fixtures';
import { col, sheet } from './helpers';

/**
 * Offices keep last year's figures, or a helper calculation, in a column they hide beside this year's: the official
 * never sees it, so it must neither win over the visible column nor make the visible one look doubtful.
 */
const plan = compile(testPlan()).plan;

const rows: CellValue[][] = [
  ['BẢNG TỔNG HỢP KẾT QUẢ NĂM 2023'],
  [],
  ['STT', 'Đơn vị', 'Có kế hoạch', 'Tỷ lệ hồ sơ trực tuyến', 'Tỷ lệ hồ sơ trực tuyến'],
  [1, 'Xã Tân Long', 'Có', '61%', '92%'],
  [2, 'Xã Hiệp Hưng', 'Không', '40%', '75%'],
  [3, 'Xã Phương Bình', 'Có', '58%', '88%'],
];

function mappingOf(hiddenColumns: number[], values = rows) {
  const s = sheet('Tổng hợp', values, hiddenColumns.length ? { hiddenColumns } : {});
  const layout = detectTable(s);
  if (!layout) throw new Error('no table');
  return { s, mapping: proposeMapping(s, layout, plan) };
}

const columnFor = (m: ReturnType<typeof mappingOf>['mapping'], id: string) =>
  m.columns.find((c) => c.target?.id === id);

describe('a hidden column beside the one it duplicates', () => {
  it('without knowing it is hidden, the two like columns make the choice doubtful', () => {
    const rate = columnFor(mappingOf([]).mapping, 'rate');
    expect(rate?.confidence).toBeLessThan(HIGH_CONFIDENCE);
    expect(rate?.reasons?.map((r) => r.code)).toContain('ambiguous');
  });

  it('the visible column feeds the criterion, settled, whichever side the hidden one is on', () => {
    for (const [hidden, visible] of [
      [col('D'), col('E')],
      [col('E'), col('D')],
    ]) {
      const { mapping } = mappingOf([hidden]);
      const rate = columnFor(mapping, 'rate');
      expect(rate?.index).toBe(visible);
      expect(rate?.confidence).toBeGreaterThanOrEqual(HIGH_CONFIDENCE);
      expect(rate?.reasons?.map((r) => r.code)).not.toContain('ambiguous');
      const stale = mapping.columns.find((c) => c.index === hidden);
      expect(stale?.target).toBeNull();
      expect(stale?.reasons?.map((r) => r.code)).toEqual(expect.arrayContaining(['hidden-line', 'lost']));
    }
  });

  it("reads this year's values, not the hidden ones", () => {
    const { s, mapping } = mappingOf([col('D')]);
    const { units } = validateSheet(s, mapping, plan);
    expect(units.map((u) => [u.name, u.values.rate])).toEqual([
      ['Xã Tân Long', '92%'],
      ['Xã Hiệp Hưng', '75%'],
      ['Xã Phương Bình', '88%'],
    ]);
  });
});

describe('a hidden column that is the only source of a criterion', () => {
  const only = rows.map((r) => r.slice(0, 4));

  it('feeds it, but below the settled confidence and saying it is hidden, so the official confirms it', () => {
    const { mapping } = mappingOf([col('D')], only);
    const rate = columnFor(mapping, 'rate');
    expect(rate?.index).toBe(col('D'));
    expect(rate?.confidence).toBeLessThan(HIGH_CONFIDENCE);
    expect(rate?.reason).toMatch(/cột D đang bị ẩn/);
  });

  it('a visible column of the same words is settled', () => {
    const rate = columnFor(mappingOf([], only).mapping, 'rate');
    expect(rate?.confidence).toBeGreaterThanOrEqual(HIGH_CONFIDENCE);
  });
});

describe('criteria in rows (units across): a hidden column is a unit the official set aside', () => {
  const transposed: CellValue[][] = [
    ['STT', 'Tiêu chí', 'Xã Tân Long', 'Xã Cũ (đã sáp nhập)', 'Xã Hiệp Hưng', 'Xã Phương Bình'],
    [1, 'Có kế hoạch', 'Có', 'Có', 'Không', 'Có'],
    [2, 'Tỷ lệ hồ sơ trực tuyến', '92%', '10%', '75%', '88%'],
  ];

  it('is skipped as a hidden row is', () => {
    const s = sheet('Ngang', transposed, { hiddenColumns: [col('D')] });
    const layout = detectTable(s);
    expect(layout?.orientation).toBe('columns');
    const { units } = validateSheet(s, proposeMapping(s, layout!, plan), plan);
    expect(units.map((u) => u.name)).toEqual(['Xã Tân Long', 'Xã Hiệp Hưng', 'Xã Phương Bình']);
    expect(layout?.skipped).toContainEqual({ index: col('D'), reason: 'Cột ẩn' });
  });
});
