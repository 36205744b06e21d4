import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { plainScoreRequest } from '../../src/api/fast-request';
import { scoreRequest } from '../../src/api/score-request';
import { validateRequest } from '../../src/api/validate-request';
import { render, say } from '../../src/messages';

const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');
type Unit = Record<string, unknown> & { values: Record<string, unknown>; facts?: Record<string, unknown> };
type Body = { plan: string; units: Unit[]; options?: Record<string, unknown> };

/** Thị trấn Cây Dương alone, every value and fact readable: a request /validate finds nothing in. */
function cayDuong(): Body {
  const body = JSON.parse(readFileSync(join(EXAMPLES, 'phung-hiep-2023-xa.input.json'), 'utf8')) as Body;
  return { plan: body.plan, units: [body.units[0]] };
}

function problems(body: unknown) {
  const out = validateRequest(body);
  if (!out.ok) throw new Error(JSON.stringify(out.problems));
  return out.report.problems.map((p) => ({ code: p.code, path: p.path, message: p.message }));
}

function flags(body: unknown) {
  const out = scoreRequest(body);
  if (!out.ok) throw new Error(JSON.stringify(out.problems));
  return out.response;
}

describe('what a request sends that names nothing of the plan is reported at its path', () => {
  it('the unit alone is valid: what follows is what a key adds', () => {
    expect(problems(cayDuong())).toEqual([]);
  });

  it('a self-assessed value of no criterion is unknown-criterion at selfAssessment.values', () => {
    const body = cayDuong();
    body.units[0].selfAssessment = { values: { tc99: '5' } };
    expect(problems(body)).toEqual([
      {
        code: 'unknown-criterion',
        path: 'units[0].selfAssessment.values.tc99',
        message: 'Đơn vị "Thị trấn Cây Dương": "tc99" không phải mã tiêu chí của kế hoạch',
      },
    ]);
  });

  it('a reason for no item is unknown-criterion at selfAssessment.reasons; reasons for items are not', () => {
    const body = cayDuong();
    body.units[0].selfAssessment = {
      reasons: { tc99: 'x', tc02: 'Báo cáo gửi trễ', lateDossiersMaxInMonth: 'Kiểm tra lại' },
    };
    expect(problems(body)).toEqual([
      {
        code: 'unknown-criterion',
        path: 'units[0].selfAssessment.reasons.tc99',
        message:
          'Đơn vị "Thị trấn Cây Dương": lý do thẩm định cho "tc99", không phải mã tiêu chí, chỉ tiêu hay dữ kiện của kế hoạch',
      },
    ]);
  });

  it('a self-assessed fact of no fact is unknown-fact at selfAssessment.facts; a known one is not', () => {
    const body = cayDuong();
    body.units[0].selfAssessment = { facts: { lateDossierMaxInMonth: 1, reportDelayMaxDays: 0 } };
    expect(problems(body)).toEqual([
      expect.objectContaining({
        code: 'unknown-fact',
        path: 'units[0].selfAssessment.facts.lateDossierMaxInMonth',
      }),
    ]);
  });

  it('a fact key of no fact (a typo) is unknown-fact, beside the missing fact it was meant for', () => {
    const body = cayDuong();
    body.units[0].facts = { lateDossierMaxInMonth: 0, reportDelayMaxDays: 0 };
    expect(problems(body).map((p) => `${p.code} ${p.path}`)).toEqual([
      'missing-fact units[0].facts.lateDossiersMaxInMonth',
      'unknown-fact units[0].facts.lateDossierMaxInMonth',
    ]);
    expect(problems(body)[1].message).toBe(
      'Đơn vị "Thị trấn Cây Dương": "lateDossierMaxInMonth" không phải mã dữ kiện của kế hoạch',
    );
    const unit = flags(body).results[0];
    expect(unit.flags.filter((f) => f.code === 'unknown-fact')).toEqual([
      {
        code: 'unknown-fact',
        factId: 'lateDossierMaxInMonth',
        message: '"lateDossierMaxInMonth" không phải mã dữ kiện của kế hoạch — giá trị bị bỏ qua',
      },
    ]);
    expect(flags(body).summary.flagCounts['unknown-fact']).toBe(1);
  });

  it('flags an unknown fact in English too', () => {
    const body = cayDuong();
    body.units[0].facts = { ...body.units[0].facts, nope: 1 };
    body.options = { lang: 'en' };
    expect(flags(body).results[0].flags).toEqual([
      { code: 'unknown-fact', factId: 'nope', message: '"nope" is not a fact of the plan — ignored' },
    ]);
  });

  it('one year of a per-year fact ("<fact>_<year>") is a fact key, a year the fact has not is not', () => {
    const plan = 'kien-giang-sxd-609-cchc';
    const body = JSON.parse(
      readFileSync(join(EXAMPLES, 'kien-giang-sxd-609-cchc.input.json'), 'utf8'),
    ) as Body;
    const unit = body.units[0];
    const facts = unit.facts as Record<string, unknown>;
    const series = facts.cchc as Record<string, unknown>;
    delete facts.cchc;
    for (const [year, v] of Object.entries(series)) facts[`cchc_${year}`] = v;
    facts.cchc_1999 = 'tốt';
    expect(problems({ plan, units: [unit] })).toEqual([
      expect.objectContaining({ code: 'unknown-fact', path: 'units[0].facts.cchc_1999' }),
    ]);
  });

  it('a rate scale for no item is a problem at options.rateScales; for a criterion or a fact year it is not', () => {
    const body = cayDuong();
    body.options = { rateScales: { nope: 'percent', tc08: 'percent' } };
    expect(problems(body)).toEqual([
      {
        code: 'unknown-rate-scale',
        path: 'options.rateScales.nope',
        message:
          'options.rateScales: "nope" không phải mã tiêu chí, chỉ tiêu hay dữ kiện (<dữ kiện>_<năm>) của kế hoạch',
      },
    ]);
    const cchc = {
      plan: 'kien-giang-sxd-609-cchc',
      units: [],
      options: { rateScales: { cchc_2021: 'percent' } },
    };
    expect(problems(cchc)).toEqual([]);
  });
});

describe('"__proto__", which zod records drop, is reported like "constructor"', () => {
  it('"constructor" and "__proto__" in values: both unknown-criterion, both flagged', () => {
    for (const key of ['constructor', '__proto__']) {
      // as JSON.parse gives it: "__proto__" an own key of values
      const json = JSON.parse(
        JSON.stringify(cayDuong()).replace('"values":{', `"values":{"${key}":5,`),
      ) as Body;
      expect(problems(json)).toEqual([
        {
          code: 'unknown-criterion',
          path: `units[0].values.${key}`,
          message: `Đơn vị "Thị trấn Cây Dương": "${key}" không phải mã tiêu chí của kế hoạch`,
        },
      ]);
      const answer = flags(json);
      expect(answer.results[0].flags).toEqual([
        {
          code: 'unknown-criterion',
          criterionId: key,
          message: render(say('criterion.unknown', { key }), 'vi'),
        },
      ]);
      expect(answer.summary.flagCounts).toEqual({ 'unknown-criterion': 1 });
    }
  });

  it('in facts, selfAssessment (values, facts, reasons) and options.rateScales, at each path', () => {
    const text = JSON.stringify(cayDuong())
      .replace('"values":{', '"values":{"__proto__":"Có",')
      .replace('"facts":{', '"facts":{"__proto__":1,')
      .replace(
        /\}\]\}$/,
        ',"selfAssessment":{"values":{"__proto__":"5"},"facts":{"__proto__":2},"reasons":{"__proto__":"x"}}}],"options":{"rateScales":{"__proto__":"percent"}}}',
      );
    const body = JSON.parse(text) as Body;
    expect(problems(body).map((p) => `${p.code} ${p.path}`)).toEqual([
      'unknown-rate-scale options.rateScales.__proto__',
      'unknown-criterion units[0].values.__proto__',
      'unknown-fact units[0].facts.__proto__',
      'unknown-criterion units[0].selfAssessment.values.__proto__',
      'unknown-fact units[0].selfAssessment.facts.__proto__',
      'unknown-criterion units[0].selfAssessment.reasons.__proto__',
    ]);
    const unit = flags(body).results[0];
    expect(unit.flags.map((f) => `${f.code} ${f.criterionId ?? f.factId}`)).toEqual([
      'unknown-criterion __proto__',
      'unknown-fact __proto__',
    ]);
    // nothing leaked into the prototype of every object
    expect(({} as Record<string, unknown>).tc01).toBeUndefined();
  });

  it('the fast path takes no record with "__proto__" (zod reads it and its keys are looked at)', () => {
    const body = JSON.parse(JSON.stringify(cayDuong()).replace('"facts":{', '"facts":{"__proto__":1,'));
    expect(plainScoreRequest(body)).toBeUndefined();
    expect(plainScoreRequest(cayDuong())).toBeDefined();
  });
});

describe('a year sent for a per-year fact that the fact does not have', () => {
  it('is reported at its path by /validate and flagged by /score, and read by nothing', () => {
    const body = JSON.parse(
      readFileSync(
        join(__dirname, '..', '..', '..', 'examples', 'kien-giang-sxd-609-cchc.input.json'),
        'utf8',
      ),
    );
    const first = body.units[0];
    const fact = Object.keys(first.facts).find((k) => {
      const v = first.facts[k];
      return v !== null && typeof v === 'object' && Object.keys(v).every((y) => /^\d{4}$/.test(y));
    }) as string;
    first.facts[fact] = { ...first.facts[fact], 1999: 'tốt' };
    const report = validateRequest(body);
    if (!report.ok) throw new Error(report.title);
    expect(report.report.problems).toContainEqual(
      expect.objectContaining({
        path: `units[0].facts.${fact}.1999`,
        message: expect.stringContaining(`năm 1999 không thuộc các năm của dữ kiện "${fact}"`),
      }),
    );
    const scored = scoreRequest(body);
    if (!scored.ok) throw new Error(scored.title);
    const flag = scored.response.results
      .find((r) => r.unitId === first.id)
      ?.flags.find((f) => f.code === 'unknown-fact');
    expect(flag?.message).toBe(`Năm 1999 không thuộc các năm của dữ kiện "${fact}" — giá trị bị bỏ qua`);
  });
});
