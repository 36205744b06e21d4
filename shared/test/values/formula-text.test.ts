import { scoreRequest } from '../../src/api/score-request';
import { parseNumber, parseRate } from '../../src/values';

describe('a formula where its result should be', () => {
  it.each(['=ROUND(F8/G8,3)', '=AA14', '= SUM(B2:B9)', '=$C$4'])(
    '%s is missing, and says it is a formula',
    (raw) => {
      for (const parsed of [parseNumber(raw), parseRate(raw)]) {
        expect(parsed).toMatchObject({ ok: false, reason: 'missing' });
        if (parsed.ok) continue;
        expect(parsed.detail).toContain('công thức');
        expect(parsed.detailEn).toContain('formula');
      }
    },
  );

  it.each(['=', '= 5', '==', '=tốt'])('%s is not read as a formula', (raw) => {
    const parsed = parseNumber(raw);
    expect(parsed.ok === false && parsed.detail.includes('công thức')).toBe(false);
  });

  it('its unit is held for the value, and the flag names the formula and what to do', () => {
    const out = scoreRequest({
      plan: 'phung-hiep-2023-phong-ban',
      units: [{ id: 'p1', name: 'Phòng A', values: { tc03: '=ROUND(AA14/AB14,3)' } }],
    });
    if (!out.ok) throw new Error(out.title);
    const flag = out.response.results[0].flags.find(
      (f) => f.code === 'missing-value' && f.criterionId === 'tc03',
    );
    expect(flag?.message).toContain('"=ROUND(AA14/AB14,3)"');
    expect(flag?.message).toContain('mở tệp trong Excel');
    expect(out.response.results[0].incomplete).toBe(true);
  });
});
