import { withSelfAssessments } from '../../src/workflow/steps';

describe('withSelfAssessments', () => {
  const units = [
    { id: 'a', values: { tc01: 'Có', tc02: '85%' }, facts: { late: 0 } },
    { id: 'b', values: { tc01: 'Có' } },
  ];

  it('carries only the items whose own figure differs (a blank own figure included), facts too', () => {
    const out = withSelfAssessments(units, {
      a: { values: { tc01: ' Có ', tc02: '90%' }, facts: { late: 2 } },
      b: { values: { tc01: null } },
    });
    expect(out[0]).toEqual({ ...units[0], selfAssessment: { values: { tc02: '90%' }, facts: { late: 2 } } });
    expect(out[1]).toEqual({ ...units[1], selfAssessment: { values: { tc01: null } } });
  });

  it('a unit whose own figures all agree is still self-assessed (nothing differs); one without any is sent as is', () => {
    const out = withSelfAssessments(units, { a: { values: { tc01: 'Có' } } });
    expect(out[0]).toEqual({ ...units[0], selfAssessment: {} });
    expect(out[1]).toBe(units[1]);
    expect(withSelfAssessments(units, undefined)).toBe(units);
  });
});
