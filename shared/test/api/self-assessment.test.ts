import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScoreResponseSchema } from '../../src/api/response-schema';
import { scoreRequest } from '../../src/api/score-request';
import { validateRequest } from '../../src/api/validate-request';
import { builtInPlanDocument } from '../../src/plans';

const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');
type Body = { plan: unknown; units: Record<string, unknown>[]; options?: Record<string, unknown> };
const example = (): Body =>
  JSON.parse(readFileSync(join(EXAMPLES, 'phung-hiep-2023-xa.input.json'), 'utf8')) as Body;

function score(body: unknown) {
  const out = scoreRequest(body);
  if (!out.ok) throw new Error(JSON.stringify(out.problems));
  return out.response;
}

/** Cây Dương said it had done tc02 and tc08 better than the appraisal found. */
function appraised(): Body {
  const body = example();
  body.units[0].selfAssessment = {
    values: { tc02: 'Đạt', tc08: '95%' },
    reasons: { tc02: 'Báo cáo tháng 7 gửi trễ', tc08: 'Số hồ sơ trực tuyến kiểm tra lại trên hệ thống' },
  };
  body.units[0].values = { ...(body.units[0].values as object), tc02: 'Không đạt' };
  return body;
}

describe('two scores over HTTP: appraised values, and what the unit gave itself', () => {
  it('ranks on the appraised values, exactly as scoring them alone, and reports both totals per item', () => {
    const body = appraised();
    const both = score(body);
    const alone = structuredClone(body);
    delete alone.units[0].selfAssessment;
    const withoutSelf = score(alone);
    expect(both.results).toEqual(withoutSelf.results);
    expect(both.summary).toEqual(withoutSelf.summary);

    const selfOnly = structuredClone(alone);
    selfOnly.units[0].values = { ...(selfOnly.units[0].values as object), tc02: 'Đạt', tc08: '95%' };
    const selfScore = score(selfOnly).results.find((r) => r.unitId === 'tt-cay-duong');
    const unit = both.appraisal?.units.find((u) => u.unitId === 'tt-cay-duong');
    expect(unit).toMatchObject({
      selfTotal: selfScore?.total,
      appraisedTotal: withoutSelf.results.find((r) => r.unitId === 'tt-cay-duong')?.total,
      selfRank: selfScore?.rank,
    });
    expect(unit?.difference).toBeCloseTo((unit?.appraisedTotal ?? 0) - (unit?.selfTotal ?? 0), 6);
    expect(unit?.items.map((i) => [i.id, i.selfValue, i.appraisedValue, i.reason])).toEqual([
      ['tc02', 'Đạt', 'Không đạt', 'Báo cáo tháng 7 gửi trễ'],
      ['tc08', '95%', '85,5%', 'Số hồ sơ trực tuyến kiểm tra lại trên hệ thống'],
    ]);
    expect(unit?.items[0]).toMatchObject({ selfPoints: 10, appraisedPoints: 0, difference: -10 });
    expect(both.appraisal).toMatchObject({ rankOn: 'appraised', changed: 2, unreasoned: 0 });
    // the other units sent nothing of their own: nothing changed for them
    expect(both.appraisal?.units.filter((u) => u.items.length)).toHaveLength(1);
    expect(ScoreResponseSchema.safeParse(both).success).toBe(true);
    // the input hash covers the self-assessment too
    expect(both.inputHash).not.toBe(withoutSelf.inputHash);
  });

  it('ranks on the self-assessed values when the plan says so (appraisal.rankOn = self)', () => {
    const body = appraised();
    body.plan = { ...(builtInPlanDocument('phung-hiep-2023-xa') as object), appraisal: { rankOn: 'self' } };
    const both = score(body);
    const selfOnly = structuredClone(body);
    delete selfOnly.units[0].selfAssessment;
    selfOnly.units[0].values = { ...(selfOnly.units[0].values as object), tc02: 'Đạt', tc08: '95%' };
    const ranked = score(selfOnly);
    expect(both.appraisal?.rankOn).toBe('self');
    expect(both.results.map((r) => [r.unitId, r.total, r.rank])).toEqual(
      ranked.results.map((r) => [r.unitId, r.total, r.rank]),
    );
  });

  it('counts a change without a reason as unreasoned', () => {
    const body = example();
    body.units[1].selfAssessment = { values: { tc08: '99%' } };
    const both = score(body);
    expect(both.appraisal).toMatchObject({ changed: 1, unreasoned: 1 });
    expect(both.appraisal?.units.find((u) => u.items.length)?.items[0].reason).toBeNull();
  });

  it('validates the self-assessed values where they were sent, and refuses unknown fields by name', () => {
    const body = example();
    body.units[2].selfAssessment = { values: { tc08: 'chín mươi' } };
    const report = validateRequest(body);
    if (!report.ok) throw new Error('refused');
    expect(report.report.problems.map((p) => p.path)).toContain('units[2].selfAssessment.values.tc08');
    body.units[2].selfAssessment = { value: { tc08: '90%' } };
    const refused = scoreRequest(body);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.problems)).toContain('units[2].selfAssessment');
  });

  it('counts the work twice against the cell limit', () => {
    const body = appraised();
    const cells = body.units.length * 30;
    const alone = structuredClone(body);
    delete alone.units[0].selfAssessment;
    const limits = { maxUnits: 1_000, maxCells: cells } as Parameters<typeof scoreRequest>[1];
    expect(scoreRequest(alone, limits).ok).toBe(true);
    const twice = scoreRequest(body, limits);
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.status).toBe(413);
  });

  it('refuses, before scoring the self-assessment, an appraisal part past the answer limit', () => {
    const body = example();
    const limits = { maxUnits: 1_000, maxAnswerBytes: 200_000 } as Parameters<typeof scoreRequest>[1];
    const ids = ['tc01', 'tc02', 'tc03', 'tc04', 'tc05', 'tc06', 'tc07', 'tc08', 'tc09', 'tc10'];
    for (const u of body.units) u.selfAssessment = { values: { tc08: '99%', tc13: 3 } };
    expect(scoreRequest(body, limits).ok).toBe(true);
    for (const u of body.units)
      u.selfAssessment = {
        values: { tc08: '99%', tc13: 3 },
        reasons: Object.fromEntries(ids.map((id) => [id, 'thiếu minh chứng '.repeat(110)])),
      };
    const refused = scoreRequest(body, limits);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.status).toBe(413);
    expect(refused.problems[0].message).toContain('MB');
  });
});
