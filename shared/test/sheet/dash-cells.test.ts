import { builtInPlan } from '../../src/plans';
import { detectTable, proposeMapping, type CellValue } from '../../src/sheet';
import { columnCells } from '../../src/sheet/evidence';
import { sheet } from './helpers';

/** "-" typed for none in a column of counts: read as blank, so the column is still a column of counts. */
describe('a column of counts with "-" for none', () => {
  const rows: CellValue[][] = [
    [
      'STT',
      'Tên cơ quan',
      'Số hồ sơ trực tuyến trễ hạn trong tháng (nhiều nhất)',
      'Báo cáo định kỳ trễ (số ngày)',
    ],
    [1, 'Phòng Nội vụ', '-', '-'],
    [2, 'Phòng Y tế', 1, '-'],
    [3, 'Phòng Tư pháp', '-', 2],
    [4, 'Phòng Văn hóa và Thông tin', '—', '-'],
    [5, 'Phòng Tài chính – Kế hoạch', 3, '-'],
  ];
  const s = sheet('Cham diem', rows);
  const layout = detectTable(s)!;

  it('leaves the dashes out of what the column holds', () => {
    expect(columnCells(s, layout, 2).map((c) => c.value)).toEqual([1, 3]);
  });

  it('maps the columns to the count facts with confidence', () => {
    const pb = builtInPlan('phung-hiep-2023-phong-ban')!.plan;
    const m = proposeMapping(s, layout, pb);
    const late = m.columns.find((c) => c.index === 2);
    expect(late?.target?.id).toBe('lateDossiersMaxInMonth');
    expect(late?.confidence).toBeGreaterThanOrEqual(0.8);
  });
});
