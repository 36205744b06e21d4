import { looksLikeCriterion, looksLikeUnit } from '../../src/sheet/patterns';

/** What tells a unit's name from a criterion's title, in the name column and the headers alike. */
describe('a unit name or a criterion title', () => {
  it.each(['Phòng Nội vụ', '1. Phòng Nội vụ', '10) UBND xã Long Thạnh', '03 - Sở Tư pháp', 'Xã Hòa An'])(
    '"%s" is a unit, not a criterion',
    (text) => {
      expect(looksLikeUnit(text)).toBe(true);
      expect(looksLikeCriterion(text)).toBe(false);
    },
  );

  it.each([
    '1. Ban hành kế hoạch chuyển đổi số năm 2023',
    'Ban hành văn bản chỉ đạo',
    '2. Phòng chống thiên tai trên nền tảng số',
    '3) Quản lý hồ sơ công việc trên môi trường mạng',
    'Tỷ lệ hồ sơ trực tuyến',
    '8. Số lượng tin bài',
  ])('"%s" is a criterion, not a unit', (text) => {
    expect(looksLikeCriterion(text)).toBe(true);
    expect(looksLikeUnit(text)).toBe(false);
  });
});
