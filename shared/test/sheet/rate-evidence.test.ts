import { builtInPlan } from '../../src/plans';
import { detectTable, extractUnits, proposeMapping } from '../../src/sheet';
import { scaleFromFigures } from '../../src/sheet/rate-evidence';
import { sheet } from './helpers';

describe('the figures beside a rate settle an unformatted column of numbers in [0, 1]', () => {
  it('Tổng số | Đã đạt | Tỷ lệ: 19/20 beside 0,95 is a fraction; beside 0,95 with 0,0095 it is a percent', () => {
    expect(
      scaleFromFigures([
        { value: 0.95, before: [19, 20] },
        { value: 0.5, before: [5, 10] },
        { value: 0, before: [0, 12] },
      ]),
    ).toBe('fraction');
    expect(scaleFromFigures([{ value: 0.5, before: [1, 200] }])).toBe('percent');
    // Đã đạt | Tổng số | Tỷ lệ: the total nearest
    expect(scaleFromFigures([{ value: 0.75, before: [40, 30] }])).toBe('fraction');
  });

  it('stays undecided when lines disagree, a figure is missing, or only 0/1 and 1/1 stand beside it', () => {
    expect(
      scaleFromFigures([
        { value: 0.95, before: [19, 20] },
        { value: 0.5, before: [1, 200] },
      ]),
    ).toBeUndefined();
    expect(scaleFromFigures([{ value: 0.9, before: [null, 20] }])).toBeUndefined();
    expect(scaleFromFigures([{ value: 1, before: [1, 1] }])).toBeUndefined();
    expect(scaleFromFigures([{ value: 0.9, before: [3, 5] }])).toBeUndefined();
  });

  it('through the sheet reader: a KH 243 commune sheet with counts and fractions reads the fractions as such', () => {
    const plan = builtInPlan('kien-giang-243-2023')!.plan;
    const s = sheet(
      'Xa',
      [
        ['STT', 'Tên đơn vị', 'TTHC cung cấp dịch vụ công trực tuyến toàn trình', null, null],
        [null, null, 'Tổng số', 'Đã đạt', 'Tỷ lệ'],
        [1, 'Xã Mong Thọ', 120, 120, 1],
        [2, 'Xã Thạnh Lộc', 110, 99, 0.9],
      ],
      {
        merges: [
          { top: 0, left: 0, bottom: 1, right: 0 },
          { top: 0, left: 1, bottom: 1, right: 1 },
          { top: 0, left: 2, bottom: 0, right: 4 },
        ],
      },
    );
    const mapping = proposeMapping(s, detectTable(s)!, plan);
    const column = mapping.columns.find((c) => c.index === 4);
    expect(column?.target).toEqual({ kind: 'target', id: 'cqs-01' });
    const { rateScales, problems } = extractUnits(s, mapping, plan, { block: 'xa' });
    expect(rateScales['cqs-01']).toBe('fraction');
    expect(problems.filter((p) => p.code === 'ambiguous-rate-scale')).toEqual([]);
  });
});
