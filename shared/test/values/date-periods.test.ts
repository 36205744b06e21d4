import { parseDate } from '../../src/values';

describe('a period typed where a day is asked', () => {
  it.each([
    ['Quý I/2022', 'quý', 'quarter'],
    ['quý 3 năm 2023', 'quý', 'quarter'],
    ['Q2/2023', 'quý', 'quarter'],
    ['tháng 3/2022', 'tháng', 'month'],
    ['T3/2022', 'tháng', 'month'],
    ['03/2022', 'tháng', 'month'],
    ['năm 2022', 'năm', 'year'],
  ])('%s is refused as a %s, not read as a day', (raw, vi, en) => {
    const parsed = parseDate(raw);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.reason).toBe('invalid');
    expect(parsed.detail).toContain(`là một ${vi}, không phải một ngày`);
    expect(parsed.detailEn).toContain(`is a ${en}, not a day`);
  });

  it.each(['31/02/2022', '13/2022', 'ngày mai'])('%s keeps the plain message', (raw) => {
    const parsed = parseDate(raw);
    expect(parsed.ok === false && parsed.detail).toContain('không phải là ngày hợp lệ');
  });

  it('a real day still reads', () => {
    expect(parseDate('05/01/2024')).toEqual({ ok: true, value: '2024-01-05' });
  });
});
