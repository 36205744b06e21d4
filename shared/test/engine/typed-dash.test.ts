import { scoreUnits } from '../../src/engine/score';
import { compile, testPlan } from '../fixtures';

/**
 * A "-" typed where an optional item goes: read as blank, as an empty cell is, but said on the unit (an office may
 * mean "no" or 0 by it); an empty optional cell is just not given.
 */
describe('a dash typed in an optional item', () => {
  const plan = compile(
    testPlan({
      criteria: [
        { id: 'yn', number: '1', title: 'Có kế hoạch', maxPoints: 10, scoring: { kind: 'yesNo' } },
        {
          id: 'extra',
          number: '2',
          title: 'Có mô hình mới',
          maxPoints: 5,
          required: false,
          scoring: { kind: 'yesNo' },
        },
      ],
      facts: [{ id: 'initiative', label: 'Có sáng kiến', type: 'boolean', required: false }],
    }),
  );
  const flagsOf = (values: Record<string, string>, facts: Record<string, string>) =>
    scoreUnits(plan, [{ id: 'a', name: 'Xã A', values: { yn: 'Có', ...values }, facts }]).results[0].flags;

  it('is flagged on the unit, for a criterion and for a fact', () => {
    const flags = flagsOf({ extra: '-' }, { initiative: '—' });
    expect(flags.map((f) => [f.code, f.criterionId ?? f.factId])).toEqual([
      ['missing-value', 'extra'],
      ['missing-fact', 'initiative'],
    ]);
  });

  it('an empty optional cell, or one not sent, is not', () => {
    expect(flagsOf({ extra: '' }, {})).toEqual([]);
    expect(flagsOf({}, { initiative: '  ' })).toEqual([]);
  });

  it('the dash still reads as blank: no points, the unit marked incomplete', () => {
    const r = scoreUnits(plan, [{ id: 'a', name: 'Xã A', values: { yn: 'Có', extra: '-' } }]).results[0];
    expect(r.points.extra).toBe(0);
    expect(r.incomplete).toBe(true);
  });
});

describe('a dash typed where a level of a scale goes ("Kỷ luật": -)', () => {
  const plan = compile(
    testPlan({
      facts: [
        {
          id: 'kyLuat',
          label: 'Hình thức kỷ luật',
          type: 'rating',
          scale: ['không', 'khiển trách', 'cảnh cáo'],
        },
      ],
    }),
  );
  const flagOf = (kyLuat: string) =>
    scoreUnits(plan, [
      { id: 'a', name: 'Xã A', values: { yn: 'Có' }, facts: { kyLuat } },
    ]).results[0].flags.find((f) => f.factId === 'kyLuat');

  it('is never read as "không": the unit is flagged, and told to write a level of the scale', () => {
    const flag = flagOf('-');
    expect(flag?.code).toBe('invalid-fact');
    expect(flag?.message).toMatch(
      /ô ghi "-" chưa rõ nghĩa \(không có, hay chưa biết\?\): ghi rõ một mức của thang/,
    );
  });

  it('another word off the scale is not told about dashes', () => {
    expect(flagOf('nhắc nhở')?.message).not.toMatch(/ô ghi "-"/);
  });
});
