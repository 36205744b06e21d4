import { builtInPlanDocument } from '../../src/plans';
import { run, unit } from '../hand-computed/helpers';
import { scoreRequest } from '../../src/api/score-request';
import { BEST, NO } from '../hand-computed/phung-hiep-communes';

/** A Phụng Hiệp commune at its best (200) but for `values`, with the criteria in `missing` left blank. */
function commune(id: string, values: Record<string, unknown> = {}, missing: string[] = []) {
  const v: Record<string, unknown> = { ...BEST, ...values };
  for (const m of missing) delete v[m];
  return { id, block: 'xa', values: v, facts: { lateDossiersMaxInMonth: 0, reportDelayMaxDays: 0 } };
}

// tc02 (10 points) blank: 170 now, 180 at best
const UNITS = [commune('a-200'), commune('a-miss', { tc24: NO, tc01: NO }, ['tc02'])];
const ZERO = {
  kind: 'missing',
  unit: 'a-miss',
  rule: 'zero',
  date: '2024-01-05',
  recordedBy: 'Thư ký Hội đồng',
  reason: 'Hội đồng biểu quyết 7/9',
};

describe("a unit's line when a value is missing", () => {
  it('while the value is missing the award waits and the line says the data is incomplete', () => {
    expect(unit(run('phung-hiep-2023-xa', UNITS), 'a-miss').explanation).toBe(
      'Tổng 170,0/200 điểm; hạng 2/2; giải chờ số liệu còn thiếu — chưa xác định; chưa đủ dữ liệu',
    );
  });

  it('once the council scores it 0 the award is final and the line says who scored it 0, not "chưa đủ dữ liệu"', () => {
    const vi = unit(run('phung-hiep-2023-xa', UNITS, { councilDecisions: [ZERO] }), 'a-miss').explanation;
    expect(vi).toContain('Giải Khuyến khích: 2.000.000 đồng');
    expect(vi).toContain('; thiếu giá trị, tính 0 điểm theo quyết định của Hội đồng ngày 05/01/2024;');
    expect(vi).not.toContain('chưa đủ dữ liệu');
    const en = unit(run('phung-hiep-2023-xa', UNITS, { councilDecisions: [ZERO], lang: 'en' }), 'a-miss');
    expect(en.explanation).toContain("; missing values, scored 0 by the council's decision of 05/01/2024;");
    expect(en.explanation).not.toContain('incomplete data');
  });

  it('a plan that scores missing values 0 says so on the line', () => {
    const doc = builtInPlanDocument('phung-hiep-2023-xa') as Record<string, unknown> & {
      awards: Record<string, unknown>;
    };
    const plan = { ...doc, id: 'xa-tinh-0', awards: { ...doc.awards, missingValues: 'zero' } };
    const out = scoreRequest({ plan, units: UNITS, options: { explain: 'summary' } });
    if (!out.ok) throw new Error(JSON.stringify(out.problems));
    const r = out.response.results.find((x) => x.unitId === 'a-miss');
    expect(r?.explanation).toContain('; thiếu giá trị, tính 0 điểm theo kế hoạch');
    expect(r?.explanation).not.toContain('chưa đủ dữ liệu');
  });

  it('a missing fact still says the data is incomplete, even where missing values score 0', () => {
    const noFact = { ...commune('a-fact', {}, ['tc02']), facts: { lateDossiersMaxInMonth: 0 } };
    const line = unit(
      run('phung-hiep-2023-xa', [UNITS[0], noFact], { councilDecisions: [{ ...ZERO, unit: 'a-fact' }] }),
      'a-fact',
    ).explanation;
    expect(line).toContain('chưa đủ dữ liệu');
  });
});
