/**
 * An award form that waits (for the council, a tie, a quota, data or the collective) leaves the award cell empty; the
 * reasons beside the unit say what it waits for, and the data notes do not say it again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreRequest } from '../../src/api/score-request';
import { builtInPlan } from '../../src/plans';
import { notesText, reasonsText } from '../../src/sheet/writing';
import { parsePlan } from '../../src/plan/validate';
import plan2025 from '../../src/plans/kien-giang-243-2025.json';
import { run, unit } from '../hand-computed/helpers';
import { DISTRICT_2025, FACTS } from '../hand-computed/kien-giang-243-units';

const PLAN = 'kien-giang-243-2025';
const parsed = parsePlan(plan2025);
if (!parsed.ok) throw new Error('the built-in plan must parse');
const plan = parsed.plan;
const compiled = (id: string) => builtInPlan(id)!.plan;

describe('the reasons of a unit whose award form waits', () => {
  it('a district held for the council (its block ended on 01/7/2025) says which form waits and why', () => {
    const res = run(PLAN, [
      { id: 'h', block: 'huyen', values: DISTRICT_2025, facts: { ...FACTS, donViTieuBieu: 'Có' } },
    ]);
    const h = unit(res, 'h');
    expect(h.award).toBeNull();
    const reasons = reasonsText(h, plan, 'vi');
    expect(reasons).toContain('"Đề nghị Huân chương Lao động hạng Ba (tổng kết 2025)": ');
    expect(reasons).toContain(
      'không còn tồn tại từ ngày 01/7/2025: chờ Hội đồng TĐKT xác định đơn vị kế thừa',
    );
    // a form superseded by the one that waits is not listed as waiting
    expect(reasons).not.toContain('"Đề nghị Bằng khen của Thủ tướng Chính phủ (tổng kết 2025)": ');
  });

  it('a district granted its award (the decision signed before the block ended) lists no waiting form', () => {
    const res = run(
      PLAN,
      [{ id: 'x', block: 'huyen', values: DISTRICT_2025, facts: { ...FACTS, donViTieuBieu: 'Có' } }],
      {
        decisionDate: '2025-06-30',
      },
    );
    const x = unit(res, 'x');
    expect(x.award).not.toBeNull();
    expect(reasonsText(x, plan, 'vi')).not.toContain('chờ');
  });

  it('a wait for data, said in the reasons, is not repeated in the data notes', () => {
    // cn-a2 waits on the yearly Bằng khen: an individual whose collective cannot be followed may take phong-a's quota
    const example = JSON.parse(
      readFileSync(join(__dirname, '../../../examples/kien-giang-sxd-609-cchc.input.json'), 'utf8'),
    );
    const out = scoreRequest(example);
    if (!out.ok) throw new Error(JSON.stringify(out.problems));
    const a2 = unit(out.response, 'cn-a2');
    const waiting = a2.decisions!.find((d) => d.status === 'unknown')!;
    const line = `"${waiting.name}": ${waiting.reason}`;
    expect(a2.flags.map((f) => f.message)).toContain(line);
    expect(reasonsText(a2, compiled('kien-giang-sxd-609-cchc'), 'vi')).toContain(line);
    expect(notesText(a2, undefined)).not.toContain(line);
  });
});
