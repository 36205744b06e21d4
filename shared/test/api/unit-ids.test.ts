import { scoreRequest } from '../../src/api/score-request';
import { validateRequest } from '../../src/api/validate-request';

const unit = (id: string) => ({ id, name: `Xã ${id}`, block: 'xa', values: { tc01: 'Có' } });
const request = (...ids: string[]) => ({ plan: 'phung-hiep-2023-xa', units: ids.map(unit) });

function refusal(...ids: string[]) {
  const out = scoreRequest(request(...ids));
  if (out.ok) throw new Error(`accepted ${JSON.stringify(ids)}`);
  expect(out.status).toBe(400);
  expect(validateRequest(request(...ids))).toMatchObject({ ok: false, status: 400 });
  return out.problems;
}

describe('unit ids that are the same to an official’s eye are one unit: refused, never scored twice', () => {
  const composed = 'xã-hòa-an';
  const combining = composed.normalize('NFD');

  it('an id repeated exactly names the unit it repeats', () => {
    expect(refusal('b', 'a', 'b')).toEqual([
      expect.objectContaining({ path: 'units[2].id', message: 'Mã đơn vị "b" trùng với units[0]' }),
    ]);
  });

  it.each([
    ['composed and combining accents', composed, combining],
    ['a zero-width space', 'xa-1', 'xa-1\u200b'],
    ['a direction mark', 'xa-1', '\u200fxa-1'],
    ['surrounding spaces', 'xa-1', ' xa-1 '],
  ])('%s: "looks like" the first, both ids shown', (_, first, second) => {
    const [problem] = refusal(first, second);
    expect(problem.path).toBe('units[1].id');
    expect(problem.message).toMatch(/trông như mã của units\[0\]/);
    expect(problem.messageEn).toMatch(/looks like units\[0\]/);
  });

  it('an id with nothing visible is refused, whatever else is in the request', () => {
    for (const id of ['   ', '\u200b', '\u200f\u202e'])
      expect(refusal('a', id)).toEqual([
        expect.objectContaining({ path: 'units[1].id', message: expect.stringMatching(/ký tự ẩn/) }),
      ]);
  });

  it('ids that differ only in capitals are one unit sent twice to an official: refused, naming both', () => {
    for (const [a, b] of [
      ['XA-1', 'xa-1'],
      ['Xã Hòa An', 'XÃ HÒA AN'],
      ['xa-2', 'Xa-2'],
    ]) {
      const out = scoreRequest(request(a, b));
      expect(out).toMatchObject({ ok: false, status: 400 });
      if (out.ok) continue;
      expect(out.problems).toEqual([
        expect.objectContaining({
          path: 'units[1].id',
          message: expect.stringMatching(/chữ hoa, chữ thường/),
        }),
      ]);
      expect(out.problems[0].message).toContain(JSON.stringify(a));
    }
  });

  it('ids with different letters are kept apart', () => {
    const out = scoreRequest(request('xa-1', 'xã-1', 'xa-2', 'XA-3'));
    expect(out.ok).toBe(true);
  });

  it('the ids come back exactly as sent', () => {
    const out = scoreRequest(request(combining, 'b'));
    if (!out.ok) throw new Error(out.title);
    expect(out.response.results.map((r) => r.unitId).sort()).toEqual([combining, 'b'].sort());
  });
});

describe('options.decisionDate', () => {
  it('before the plan’s period starts is refused at its path, not paid under an older law', () => {
    const out = scoreRequest({ ...request('a'), options: { decisionDate: '2022-12-31' } });
    expect(out).toMatchObject({ ok: false, status: 400 });
    if (out.ok) return;
    expect(out.problems).toEqual([
      expect.objectContaining({
        path: 'options.decisionDate',
        message: 'Ngày ký quyết định 2022-12-31 trước ngày bắt đầu kỳ thi đua (2023-08-08)',
      }),
    ]);
  });

  it('within or after the period is taken', () => {
    expect(scoreRequest({ ...request('a'), options: { decisionDate: '2024-01-15' } }).ok).toBe(true);
  });
});
