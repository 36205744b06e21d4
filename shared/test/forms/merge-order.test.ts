import fc from 'fast-check';
import { mergeForms, type FormFile } from '../../src/forms';
import { asFormFile, fillForm, formsPlan, formWorkbooks, reload } from './helpers';

describe('merge is order-independent', () => {
  const plan = formsPlan();
  let files: FormFile[] = [];

  beforeAll(async () => {
    const units = [{ name: 'Xã A' }, { name: 'Xã B' }, { name: 'Xã C' }];
    const wbs = await formWorkbooks(plan, units);
    const values = [0.9, 0.5, 0.8];
    wbs.forEach((w, i) =>
      fillForm(w.wb, { yn: { self: 'Có' }, rate: { self: values[i], appraised: i === 0 ? 0.7 : undefined } }),
    );
    const copyB = await reload(wbs[1].wb);
    const changedB = await reload(wbs[1].wb);
    fillForm(changedB, { rate: { self: 0.6 } });
    const [foreign] = await formWorkbooks(formsPlan({ id: 'khac' }), [{ name: 'Xã D' }]);
    const [otherBatch] = await formWorkbooks(plan, [{ name: 'Xã E' }]);
    // the same file name twice (attachments from two units), an identical copy, a different copy, another plan
    files = [
      asFormFile('phieu.xlsx', wbs[0].wb),
      asFormFile('phieu.xlsx', wbs[2].wb),
      asFormFile('b.xlsx', wbs[1].wb),
      asFormFile('b (1).xlsx', copyB),
      asFormFile('b (2).xlsx', changedB),
      asFormFile('d.xlsx', foreign.wb),
      asFormFile('e.xlsx', otherBatch.wb),
    ];
  });

  it('any subset of the forms, in any order, merges to the same result', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(files, { minLength: 1 }), (subset) => {
        const canonical = files.filter((f) => subset.includes(f));
        expect(mergeForms(plan, subset)).toEqual(mergeForms(plan, canonical));
      }),
      { numRuns: 1000 },
    );
  });

  it('the full set: the different duplicates of Xã B are refused, the other batch joins the roster', () => {
    const merged = mergeForms(plan, files);
    expect(merged.roster.map((u) => u.id)).toEqual(expect.arrayContaining(['xa-a', 'xa-b', 'xa-c', 'xa-e']));
    expect(merged.units.map((u) => u.id).sort()).toEqual(['xa-a', 'xa-c', 'xa-e']);
    expect(merged.problems.map((p) => p.code)).toEqual(
      expect.arrayContaining(['form-duplicate', 'form-other-plan', 'form-other-batch']),
    );
  });
});
