import { scoreRequest } from '../../src/api/score-request';
import { base, councilPlan, unit } from './fixture';

const units = [unit('a', 90), unit('constructor', 80), unit('toString', 80)];

describe('options.councilDecisions in a score request', () => {
  it('is applied through the request facade (the API, the CLI, the pane)', () => {
    const out = scoreRequest({
      plan: councilPlan(),
      units,
      options: { councilDecisions: [{ kind: 'tie', unit: 'constructor', award: 'nhi', ...base }] },
    });
    if (!out.ok) throw new Error(out.title);
    expect(out.response.council).toMatchObject({ applied: 1, refused: 0 });
    expect(out.response.results.find((r) => r.unitId === 'constructor')?.award?.tier).toBe('nhi');
    expect(out.response.results.find((r) => r.unitId === 'toString')?.award?.tier).toBe('ba');
  });

  it('refuses malformed decisions with the path of each problem, and too many of them', () => {
    const bad = scoreRequest({
      plan: councilPlan(),
      units,
      options: {
        councilDecisions: [{ kind: 'vote', unit: 'a', award: 'nhat', ...base, votesFor: 3, members: 2 }],
      },
    });
    expect(bad).toMatchObject({ ok: false, status: 400 });
    if (bad.ok) return;
    expect(bad.problems).toEqual([expect.objectContaining({ path: 'options.councilDecisions[0].votesFor' })]);
    const many = Array.from({ length: 1001 }, () => ({ kind: 'missing', unit: 'a', rule: 'zero', ...base }));
    const tooMany = scoreRequest({ plan: councilPlan(), units, options: { councilDecisions: many } });
    expect(tooMany).toMatchObject({ ok: false, status: 400 });
    const unknownKind = scoreRequest({
      plan: councilPlan(),
      units,
      options: { councilDecisions: [{ kind: 'pardon', unit: 'a', ...base }] },
    });
    expect(unknownKind.ok).toBe(false);
  });

  it('refuses a decision dated a day that does not exist, naming the field', () => {
    for (const date of ['2024-02-30', '2024-13-45', '9999-99-99']) {
      const out = scoreRequest({
        plan: councilPlan(),
        units,
        options: { councilDecisions: [{ kind: 'tie', unit: 'a', award: 'nhat', ...base, date }] },
      });
      expect(out).toMatchObject({ ok: false, status: 400 });
      if (out.ok) return;
      expect(out.problems).toEqual([
        expect.objectContaining({
          path: 'options.councilDecisions[0].date',
          message: expect.stringContaining('ngày có thật'),
        }),
      ]);
    }
  });
});
