import { isNumberToken, isTotalsLabel } from '../../src/sheet/patterns';

describe('a line of totals or averages is never a unit', () => {
  it.each(['Tổng cộng', 'Cộng khối xã', 'Bình quân', 'Toàn huyện', 'TOÀN TỈNH', 'Cả huyện:', 'Toàn ngành'])(
    '"%s" is totals',
    (label) => expect(isTotalsLabel(label)).toBe(true),
  );

  it.each(['Xã Toàn Thắng', 'Toàn Thắng', 'Thị trấn Cây Dương', 'Phòng Nội vụ', 'Công an xã'])(
    '"%s" is a unit',
    (label) => expect(isTotalsLabel(label)).toBe(false),
  );
});

describe('a criterion number as offices write it', () => {
  it.each(['8', '(8)', 'TC 8', 'a.1', 'III', 'I.1', 'II.a', 'IV.2', 'iii.b.'])('"%s" is a number', (t) =>
    expect(isNumberToken(t)).toBe(true),
  );

  it.each(['Xã', 'II.ab', 'I.123', 'Tổng'])('"%s" is not', (t) => expect(isNumberToken(t)).toBe(false));
});
