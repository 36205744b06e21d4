import { allKeys, t } from '../src/i18n';

describe('task-pane strings', () => {
  it('has Vietnamese and English for every key, with the same placeholders', () => {
    for (const key of allKeys()) {
      const vi = t(key, 'vi');
      const en = t(key, 'en');
      expect([key, vi.trim().length > 0, en.trim().length > 0]).toEqual([key, true, true]);
      const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect([key, holes(vi)]).toEqual([key, holes(en)]);
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('openedFile', 'vi', { name: 'Bảng điểm.xlsx' })).toBe('Đang làm việc với tệp Bảng điểm.xlsx');
    expect(t('openedFile', 'en')).toBe('Working on {name}');
  });
});
