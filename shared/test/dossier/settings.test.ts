import { parseSettings } from '../../src/dossier/settings';

describe('dossier settings given as JSON', () => {
  it('refuses a date that does not exist, at its own path, in both languages', () => {
    const out = parseSettings({ date: '2023-02-30', meetingDate: '2023-13-45' }, 'options.dossier');
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.problems.map((p) => p.path)).toEqual(['options.dossier.date', 'options.dossier.meetingDate']);
    expect(out.problems[0].message).toMatch(/^Thông tin hồ sơ "date": Ngày có thật/);
    expect(out.problems[0].messageEn).toMatch(/^Dossier setting "date": .*a real date/i);
    expect(out.problems[0].message).not.toMatch(/a real date/i);
  });

  it('an unknown key is named at its path in Vietnamese, zod’s English only in messageEn', () => {
    const out = parseSettings({ signer: 'x' }, 'options.dossier');
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.problems).toHaveLength(1);
    expect(out.problems[0].path).toBe('options.dossier.signer');
    expect(out.problems[0].message).not.toMatch(/Unrecognized/);
    expect(out.problems[0].message).toMatch(/signer/);
    expect(out.problems[0].messageEn).toMatch(/Unrecognized key/);
  });

  it('accepts real dates', () => {
    expect(parseSettings({ date: '2024-02-29' }, 'options.dossier')).toEqual({
      ok: true,
      settings: { date: '2024-02-29' },
    });
  });
});
