import fc from 'fast-check';
import type { Condition } from '../../src/plan/conditions';
import type { Fact } from '../../src/plan/schema';
import { compileCondition, FALSE, TRUE, UNKNOWN, type FactValue } from '../../src/engine/facts';

const FACTS = new Map<string, Fact>(
  (
    [
      { id: 'sangKien', label: 'Có sáng kiến', type: 'boolean', required: false },
      { id: 'kyLuat', label: 'Bị kỷ luật', type: 'boolean', required: true },
      { id: 'nhom', label: 'Nhóm xuất sắc', type: 'booleanByYear', required: false },
      { id: 'hang', label: 'Thứ hạng', type: 'numberByYear', required: false },
    ] as Fact[]
  ).map((f) => [f.id, f]),
);
const OPTIONAL = (id: string) => FACTS.get(id)?.required === false;

function truth(cond: Condition, facts: Record<string, FactValue | undefined>, reviewYear = 2025) {
  const test = compileCondition(cond, FACTS, { reviewYear });
  const get = (id: string) => facts[id];
  return [test(get), test(get, OPTIONAL)];
}

const series = (values: Record<number, number | boolean | undefined>) => ({
  years: Object.keys(values).map(Number),
  values: Object.values(values),
});

describe('an optional fact left blank in a condition', () => {
  it('is unknown without the blank reading, not met with it, where the rest cannot make it met', () => {
    const either: Condition = {
      any: [
        { fact: 'sangKien', op: '=', value: true },
        { fact: 'kyLuat', op: '=', value: true },
      ],
    };
    expect(truth(either, { kyLuat: false })).toEqual([UNKNOWN, FALSE]);
    expect(truth(either, { kyLuat: true })).toEqual([TRUE, TRUE]);
    const both: Condition = {
      all: [
        { fact: 'sangKien', op: '=', value: true },
        { fact: 'kyLuat', op: '=', value: false },
      ],
    };
    expect(truth(both, { kyLuat: false })).toEqual([UNKNOWN, FALSE]);
  });

  it('a required fact missing stays unknown', () => {
    expect(truth({ fact: 'kyLuat', op: '=', value: false }, {})).toEqual([UNKNOWN, UNKNOWN]);
  });

  it('never makes a condition met: under "not" it stays unknown', () => {
    expect(truth({ not: { fact: 'sangKien', op: '=', value: true } }, {})).toEqual([UNKNOWN, UNKNOWN]);
    expect(truth({ not: { fact: 'sangKien', op: '!=', value: true } }, {})).toEqual([UNKNOWN, UNKNOWN]);
  });

  it('one year of an optional per-year fact left blank: not met; the review year not known stays unknown', () => {
    const inGroup: Condition = { fact: 'nhom', years: 'review', op: '=', value: true };
    expect(truth(inGroup, { nhom: series({ 2024: true, 2025: undefined }) })).toEqual([UNKNOWN, FALSE]);
    const better: Condition = { fact: 'hang', versus: 'previousYear', year: 'review', op: '<' };
    expect(truth(better, { hang: series({ 2025: 3 }) })).toEqual([UNKNOWN, FALSE]);
    expect(truth(better, { hang: series({ 2024: 5, 2025: 3 }) })).toEqual([TRUE, TRUE]);
    const test = compileCondition(inGroup, FACTS, {});
    expect(test(() => series({ 2025: undefined }), OPTIONAL)).toBe(UNKNOWN);
  });

  it('only ever lowers a truth (met → met, not met → not met; unknown → unknown or not met)', () => {
    const atom = fc.constantFrom<Condition>(
      { fact: 'sangKien', op: '=', value: true },
      { fact: 'kyLuat', op: '=', value: true },
      { fact: 'nhom', years: 'review', op: '=', value: true },
      { fact: 'hang', versus: 'previousYear', year: 'review', op: '<' },
    );
    const { cond } = fc.letrec<{ cond: Condition }>((tie) => ({
      cond: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        atom,
        fc.record({ all: fc.array(tie('cond'), { minLength: 1, maxLength: 3 }) }),
        fc.record({ any: fc.array(tie('cond'), { minLength: 1, maxLength: 3 }) }),
        fc.record({ not: tie('cond') }),
      ),
    }));
    const maybe = <T>(v: fc.Arbitrary<T>) => fc.option(v, { nil: undefined });
    const facts = fc.record({
      sangKien: maybe(fc.boolean()),
      kyLuat: maybe(fc.boolean()),
      nhom: maybe(
        fc.constantFrom(series({ 2025: true }), series({ 2025: false }), series({ 2025: undefined })),
      ),
      hang: maybe(
        fc.constantFrom(series({ 2024: 2, 2025: 1 }), series({ 2024: 1, 2025: 2 }), series({ 2025: 1 })),
      ),
    });
    fc.assert(
      fc.property(cond, facts, (c, f) => {
        const [plain, blank] = truth(c, f);
        if (plain === UNKNOWN) expect([UNKNOWN, FALSE]).toContain(blank);
        else expect(blank).toBe(plain);
      }),
    );
  });
});
