/**
 * What the values say (their profile against the criterion's kind), one global assignment of columns to targets
 * (not first-come), and the margin rule that makes a close call uncertain.
 */
import { builtInPlan } from '../../src/plans';
import { detectTable, proposeMapping, type CellValue } from '../../src/sheet';
import { assign } from '../../src/sheet/assignment';
import { columnCells, readableShare, targetCellReader, valueProfile } from '../../src/sheet/evidence';
import { sheet } from './helpers';

const xa = builtInPlan('phung-hiep-2023-xa')!.plan;

const cells = (...values: CellValue[]) => values.map((value) => ({ value, percentFormat: false }));

describe('value profiles', () => {
  it.each([
    [cells('72%', '85,5 %', '100%'), 'percent'],
    [[0.72, 0.855].map((value) => ({ value, percentFormat: true })), 'percent'],
    [cells(12, '36 tin', '02 SP'), 'count'],
    [cells('x', 'Có', 'Đạt', 'Chưa đạt'), 'flag'],
    [cells(1, 0, 1), 'flag'],
    [cells('25/03/2024', '01/02/2024'), 'date'],
    [cells('Hoàn thành tốt', 'Xuất sắc'), 'text'],
    [cells(12.5, 7.25), 'number'],
    [cells('72%', 'Xuất sắc', 12, 'x'), 'mixed'],
    [[], 'empty'],
  ])('%j reads as %s', (column, kind) => {
    expect(valueProfile(column).kind).toBe(kind);
  });

  it('notes the units values were typed with, and their range', () => {
    expect(valueProfile(cells('36 tin', '12 tin', '7 bài'))).toMatchObject({
      kind: 'count',
      units: ['tin', 'bài'],
      min: 7,
      max: 36,
    });
  });

  it('the plan’s own reader tells whether a column can feed a criterion', () => {
    const rate = targetCellReader(xa, { kind: 'criterion', id: 'tc08' });
    const count = targetCellReader(xa, { kind: 'criterion', id: 'tc13' });
    const yesNo = targetCellReader(xa, { kind: 'criterion', id: 'tc01' });
    const allOrNothing = targetCellReader(xa, { kind: 'criterion', id: 'tc12' });
    const percents = cells('72%', '85,5 %');
    const counts = cells(174, '36 hồ sơ', 250);
    const marks = cells('x', 'Không');
    expect([readableShare(percents, rate), readableShare(counts, rate), readableShare(marks, rate)]).toEqual([
      1,
      0, // "36 hồ sơ" is a count, never a rate; 174 and 250 are above 100%
      0,
    ]);
    expect([readableShare(percents, count), readableShare(counts, count)]).toEqual([0, 1]);
    expect(readableShare(marks, yesNo)).toBe(1);
    expect(readableShare(cells('Đạt', 'Chưa đạt'), allOrNothing)).toBe(1);
    expect(readableShare([], rate)).toBeUndefined();
  });

  it('a column of counts is not taken for a rate with a similar title', () => {
    const s = sheet('S', [
      ['Tên đơn vị', 'Hồ sơ nộp trực tuyến'],
      ['Xã A', 174],
      ['Xã B', '250 hồ sơ'],
      ['Xã C', 96],
    ]);
    const [c] = proposeMapping(s, detectTable(s)!, xa).columns;
    expect(c.target?.id).toBe('tc13');
    expect(c.reason).toContain('giá trị là số lượng');
  });

  it('skips the records that are not units (a totals row) when reading a column', () => {
    const s = sheet('S', [
      ['Tên đơn vị', 'Số tin bài CĐS'],
      ['Xã A', 12],
      ['Tổng cộng', 12],
    ]);
    const layout = detectTable(s)!;
    expect(columnCells(s, layout, 1).map((c) => c.value)).toEqual([12]);
  });
});

describe('one global assignment', () => {
  it('maximises the total evidence, not first-come', () => {
    // greedy would give row 0 its best (column 0) and leave row 1 nothing
    expect(
      assign([
        [0.9, 0.85],
        [0.88, 0],
      ]),
    ).toEqual([1, 0]);
    // one strong match is never traded for two weak ones
    expect(
      assign([
        [0.95, 0.5],
        [0.5, 0],
      ]),
    ).toEqual([0, -1]);
    // more columns than targets, more targets than columns
    expect(assign([[0.5], [0.9], [0]])).toEqual([-1, 0, -1]);
    expect(assign([[0, 0.7, 0.9]])).toEqual([2]);
    expect(assign([])).toEqual([]);
  });

  it('gives "Tỷ lệ hộ có tài khoản Mobile Money" to criterion 6 (households), the business column to 17', () => {
    const s = sheet('S', [
      ['Tên đơn vị', 'Tỷ lệ hộ có tài khoản Mobile Money', 'TL hộ KD, HTX, DN có Mobile Money + mã QR (%)'],
      ['Xã A', '61%', '40%'],
      ['Xã B', '70,5%', '52%'],
    ]);
    const m = proposeMapping(s, detectTable(s)!, xa);
    expect(m.columns.map((c) => c.target?.id)).toEqual(['tc06', 'tc17']);
    expect(m.columns[1].reason).toContain('khớp từ viết tắt TL, KD, HTX, DN, QR');
  });

  it('two columns for one criterion: one gets it, uncertain, naming the other; the other says why it lost', () => {
    const s = sheet('S', [
      [
        'Tên đơn vị',
        'TL HS giải quyết trực tuyến (theo phần mềm)',
        'TL HS giải quyết trực tuyến (xã báo cáo)',
      ],
      ['Xã A', '81%', '85%'],
      ['Xã B', '76%', '80%'],
    ]);
    const m = proposeMapping(s, detectTable(s)!, xa);
    const won = m.columns.find((c) => c.target?.id === 'tc08')!;
    const lost = m.columns.find((c) => c !== won)!;
    expect(won.confidence).toBeLessThan(0.8);
    expect(won.reason).toMatch(/gần bằng cột [BC] — cần kiểm tra/);
    expect(lost).toMatchObject({ target: null, confidence: 0 });
    expect(lost.reason).toMatch(/nhưng cột [BC] khớp chắc chắn hơn/);
  });

  it('one year per column of a per-year fact, by the year of its sub-header', () => {
    const cchc = builtInPlan('kien-giang-sxd-609-cchc')!.plan;
    const s = sheet(
      'S',
      [
        ['Tên đơn vị', 'Xếp loại CCHC', null, null],
        [null, '2023', '2021', '2022'],
        ['Văn phòng Sở', 'Tốt', 'Khá', 'Tốt'],
        ['Thanh tra Sở', 'Khá', 'Tốt', 'Tốt'],
      ],
      {
        merges: [
          { top: 0, left: 1, bottom: 0, right: 3 },
          { top: 0, left: 0, bottom: 1, right: 0 },
        ],
      },
    );
    const m = proposeMapping(s, detectTable(s)!, cchc);
    expect(m.columns.map((c) => c.target?.id)).toEqual(['cchc_2023', 'cchc_2021', 'cchc_2022']);
    expect(m.columns[0].reason).toContain('năm 2023');
  });
});
