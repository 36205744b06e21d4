/**
 * A tie decision settles one tie: the units the council compared. When the data change and the unit is tied again,
 * but with other units, the council never compared them: the decision must not be applied as if it had.
 */
import { score, tie, unit } from './fixture';

describe('a tie decision names the units the council compared (tiedWith)', () => {
  // the council chose B over C for Giải Nhì (B and C on 80 points)
  const compared = tie('b', 'nhi', { tiedWith: ['Xã B', 'Xã C'] });

  it('is applied while the tie holds exactly the units compared (the unit itself may be listed)', () => {
    const decided = score([unit('a', 90), unit('b', 80), unit('c', 80), unit('d', 70)], [compared]);
    expect(decided.council?.decisions[0].status).toBe('applied');
    expect(decided.results.find((r) => r.unitId === 'b')?.award?.tier).toBe('nhi');
  });

  it('is refused when the tie now holds a unit the council did not compare, and the places wait', () => {
    // corrected data: C 75, D 80 — B is now tied with D, whom the council never compared with B
    const later = score([unit('a', 90), unit('b', 80), unit('c', 75), unit('d', 80)], [compared]);
    const outcome = later.council?.decisions[0];
    expect(outcome?.status).toBe('refused');
    expect(outcome?.message).toContain('Xã C');
    expect(outcome?.message).toContain('Xã D');
    expect(later.results.find((r) => r.unitId === 'b')?.pendingTiers).toContain('nhi');
    expect(later.results.find((r) => r.unitId === 'd')?.award).toBeNull();
  });

  it('is refused when the tie has grown by a unit', () => {
    const later = score([unit('a', 90), unit('b', 80), unit('c', 80), unit('d', 80)], [compared]);
    expect(later.council?.decisions[0].status).toBe('refused');
  });

  it('is refused, naming the text, when a unit it compared cannot be found', () => {
    const wrong = tie('b', 'nhi', { tiedWith: ['Xã Không Có'] });
    const out = score([unit('a', 90), unit('b', 80), unit('c', 80), unit('d', 70)], [wrong]);
    expect(out.council?.decisions[0].status).toBe('refused');
    expect(out.council?.decisions[0].message).toContain('Xã Không Có');
  });

  it('without tiedWith, is applied to the tie the unit is in, as before', () => {
    const later = score([unit('a', 90), unit('b', 80), unit('c', 75), unit('d', 80)], [tie('b', 'nhi')]);
    expect(later.council?.decisions[0].status).toBe('applied');
  });
});
