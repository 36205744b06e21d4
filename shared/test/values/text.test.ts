import { normalizeText } from '../../src/values';

describe('normalizeText', () => {
  it.each([
    ['Có', 'co'],
    ['CHƯA ĐẠT', 'chua dat'],
    ['đã có', 'da co'],
    ['Đạt', 'dat'],
    ['  Hoàn   thành \t', 'hoan thanh'],
    ['Nguyễn\u00a0Văn  Ấn', 'nguyen van an'],
    ['Tiền thưởng', 'tien thuong'],
    ['ỳ ỷ ỹ ỵ ý', 'y y y y y'],
    ['abc', 'abc'],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('treats precomposed and decomposed forms alike', () => {
    const composed = 'Tiếng Việt'.normalize('NFC');
    const decomposed = 'Tiếng Việt'.normalize('NFD');
    expect(composed).not.toBe(decomposed);
    expect(normalizeText(composed)).toBe(normalizeText(decomposed));
  });
});
