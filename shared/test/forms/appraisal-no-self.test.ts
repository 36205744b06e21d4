/**
 * A unit on the scored sheet with no self-assessment (no row on "Tự chấm") has no self total: it is blank in the
 * appraisal, never a 0 the unit did not give, and the difference is blank too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreRequest } from '../../src/api/score-request';
import { joinAppraisal } from '../../src/engine/appraisal';
import { builtInPlan } from '../../src/plans';

const body = JSON.parse(
  readFileSync(join(__dirname, '..', '..', '..', 'examples', 'phung-hiep-2023-phong-ban.input.json'), 'utf8'),
) as { plan: string; units: { id: string }[] };

function answer(units: { id: string }[]) {
  const out = scoreRequest({ ...body, units });
  if (!out.ok) throw new Error(out.title);
  return out.response;
}

describe('appraisal of a unit without a self-assessment', () => {
  const plan = builtInPlan(body.plan)!.plan;
  const [first, ...others] = body.units;
  const joined = joinAppraisal(plan, answer(others), answer(body.units), [], 'appraised');

  it('has no self total and no difference, and keeps its appraised total', () => {
    const unit = joined.appraisal.units.find((u) => u.unitId === first.id);
    const result = joined.results.find((r) => r.unitId === first.id);
    expect(unit).toMatchObject({ selfTotal: null, difference: null, selfRank: null, selfAward: null });
    expect(unit?.appraisedTotal).toBe(result?.total);
  });

  it('the units that have one keep both totals and their difference', () => {
    const unit = joined.appraisal.units.find((u) => u.unitId === others[0].id);
    expect(unit?.selfTotal).toEqual(expect.any(Number));
    expect(unit?.difference).toBe(0);
  });
});
