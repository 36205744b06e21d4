/** What the run itself (engine/council.ts) says of decisions typed by hand, before anything is marked final. */
import { score, tie, unit } from './fixture';

const RUN = [unit('a', 90), unit('b', 80), unit('c', 80), unit('d', 70)];

describe('the run names what is wrong with a decision typed by hand', () => {
  it('a block typed wrong is named as the block, not as a unit missing from the data', () => {
    const res = score(RUN, [
      tie('Xã B', 'nhi', { block: 'Khối phường', source: 'Quyết định của Hội đồng, 6' }),
    ]);
    const outcome = res.council!.decisions[0];
    expect(outcome.status).toBe('refused');
    // Xã B is in the data, in Khối xã: the block is what is wrong, not the unit
    expect(outcome.code).toBe('council-unit-other-block');
    expect(outcome.message).toContain('Khối phường');
    expect(outcome.message).toContain('Khối xã');
  });

  it('one decision written on two rows is flagged by the run, naming the other row', () => {
    const first = tie('b', 'nhi', { source: 'Quyết định của Hội đồng, 6' });
    const again = tie('Xã B', 'Giải Nhì', { source: 'Quyết định của Hội đồng, 9', reason: 'Ghi lại' });
    const res = score(RUN, [first, again]);
    // both rows say the same: applied once in effect, and each names the other row
    expect(res.council!.decisions.map((d) => d.status)).toEqual(['applied', 'applied']);
    expect(res.council!.decisions[0].message).toContain('Quyết định của Hội đồng, 9');
    expect(res.council!.decisions[1].message).toContain('Quyết định của Hội đồng, 6');
  });

  it('a unit name typed with a slip says which unit of the data it is close to', () => {
    const res = score(RUN, [tie('Xã Bb', 'nhi', { source: 'Quyết định của Hội đồng, 6' })]);
    expect(res.council!.decisions[0].message).toContain('"Xã B"');
  });
});
