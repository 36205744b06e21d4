import { parseBoolean, parseCount, parseDate, parseRate, withoutNote } from '../../src/values';

describe('a note typed after the value in its own cell', () => {
  it.each([
    ['85,5% (đã xác minh)', '85,5%'],
    ['Có (QĐ số 25/QĐ-VP)', 'Có'],
    ['12 tin*', '12 tin'],
    ['8 tin (*)', '8 tin'],
    ['100%* (theo BC quý IV)', '100%'],
    ['3 (trong đó 1 trễ hạn)', '3'],
  ])('%s → %s', (cell, value) => expect(withoutNote(cell)).toBe(value));

  it.each([
    'Có (một phần)',
    '85% (dự kiến)',
    '100% (ước tính)',
    'Đạt (chưa đủ hồ sơ)',
    'Không (chưa ban hành)',
    'Có (đang hoàn thiện)',
    '12 tin (khoảng)',
    'Có (?)',
    '90% (cần xem lại)',
  ])('a note that weighs on the value is not taken off: %s', (cell) =>
    expect(withoutNote(cell)).toBeUndefined(),
  );

  it.each(['85%', '90 (%)', 'x (1)', '(đã xác minh)', '*', `85% (${'a'.repeat(300)})`])(
    'case %# has no note to take off',
    (cell) => expect(withoutNote(cell)).toBeUndefined(),
  );

  it('reads the value before the note', () => {
    expect(parseRate('85,5% (đã xác minh)')).toEqual({ ok: true, value: 85.5 });
    expect(parseRate('100% (*)')).toEqual({ ok: true, value: 100 });
    expect(parseBoolean('Có (QĐ số 25/QĐ-VP)')).toEqual({ ok: true, value: true });
    expect(parseBoolean('Không*')).toEqual({ ok: true, value: false });
    expect(parseCount('12 tin*')).toEqual({ ok: true, value: 12 });
    expect(parseCount('3 (trong đó 1 trễ hạn)')).toEqual({ ok: true, value: 3 });
  });

  it('a plain number before a note is still of unknown scale where the scale is unknown', () => {
    expect(parseRate('0,85 (đã xác minh)', 'ambiguous')).toMatchObject({ ok: false, reason: 'ambiguous' });
  });

  it('what is not a value stays invalid, quoting the cell as typed', () => {
    expect(parseRate('cao (đã xác minh)')).toMatchObject({
      ok: false,
      reason: 'invalid',
      detail: '"cao (đã xác minh)" không phải là số',
    });
    expect(parseBoolean('Chưa rõ (*)')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(parseBoolean('Có (một phần)')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(parseRate('85% (dự kiến)')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(parseDate('15/03/2022 (bổ sung)')).toMatchObject({ ok: false, reason: 'invalid' });
  });
});
