import fc from 'fast-check';
import { builtInPlan, builtInPlans } from '../../src/plans';
import { parsePlan } from '../../src/plan/validate';
import type { Plan } from '../../src/plan/schema';
import { planToSheet, sheetToPlan, type CellValue, type SheetModel } from '../../src/sheet';

const xa = builtInPlan('phung-hiep-2023-xa')!.plan;
const phongBan = builtInPlan('phung-hiep-2023-phong-ban')!.plan;

/** A copy of a sheet with one cell replaced (row/col 0-based, as SheetModel). */
function edit(s: SheetModel, row: number, col: number, value: CellValue): SheetModel {
  const values = s.values.map((r) => [...r]);
  values[row][col] = value;
  return { ...s, values };
}

/** The row of a criterion on the sheet, and the column of a heading in the criteria table. */
const rowOf = (s: SheetModel, id: string) => s.values.findIndex((r) => r[1] === id);
const colOf = (s: SheetModel, heading: string) => s.values[1].indexOf(heading);

describe('planToSheet / sheetToPlan', () => {
  it.each(builtInPlans().map((p) => [p.id, p] as const))(
    'round-trips %s in Vietnamese and English',
    (_, plan) => {
      for (const lang of ['vi', 'en'] as const) {
        const s = planToSheet(plan, lang);
        expect(s.name).toBe('Tiêu chí');
        expect(sheetToPlan(s)).toEqual({ ok: true, plan });
      }
    },
  );

  it('lays out one row per criterion under the headings, Vietnamese labels for kinds', () => {
    const s = planToSheet(xa);
    expect(s.values[0][0]).toBe('TIÊU CHÍ CHẤM ĐIỂM');
    expect(s.values[1].slice(0, 8)).toEqual([
      'Số',
      'Mã',
      'Nội dung tiêu chí',
      'Nhóm',
      'Loại',
      'Điểm tối đa',
      'Mục tiêu',
      'So sánh',
    ]);
    const r = rowOf(s, 'tc08');
    expect(r).toBe(9);
    expect(s.values[r].slice(0, 9)).toEqual([
      '8',
      'tc08',
      xa.criteria[7].title,
      null,
      'Tỷ lệ',
      10,
      80,
      '≥',
      'Tỷ lệ thuận',
    ]);
    expect(s.values.some((row) => row[0] === 'lateDossiersMaxInMonth' && row[2] === 'Số lượng')).toBe(true);
    expect(s.values.some((row) => row[2] === 'lateDossiersMaxInMonth >= 2')).toBe(true);
  });

  it('the rate scale and the rule for missing values are rows an official edits, in words', () => {
    const s = planToSheet(xa);
    const row = (label: string) => s.values.findIndex((r) => r[0] === label);
    const scaleRow = row('Số ở ô tỷ lệ (không có dấu %)');
    const missingRow = row('Giá trị thiếu, không hợp lệ hoặc chưa rõ');
    expect([scaleRow > 0, missingRow > 0]).toEqual([true, true]);
    const edited = sheetToPlan(
      edit(edit(s, scaleRow, 1, 'Phần thập phân (0,805 là 80,5%)'), missingRow, 1, 'Tính 0 điểm'),
    );
    if (!edited.ok) throw new Error(JSON.stringify(edited.problems));
    expect([edited.plan.rateScale, edited.plan.awards.missingValues]).toEqual(['fraction', 'zero']);
    const back = sheetToPlan(planToSheet(edited.plan, 'en'));
    expect(back).toEqual({ ok: true, plan: edited.plan });
  });

  it('an edited maximum gives the edited plan', () => {
    const s = planToSheet(xa);
    const r = rowOf(s, 'tc08');
    const edited = sheetToPlan(edit(s, r, colOf(s, 'Điểm tối đa'), '12,5'));
    expect(edited.ok).toBe(true);
    if (!edited.ok) return;
    expect(edited.plan.criteria[7].maxPoints).toBe(12.5);
    expect({
      ...edited.plan,
      criteria: edited.plan.criteria.map((c, i) => (i === 7 ? { ...c, maxPoints: 10 } : c)),
    }).toEqual(xa);
  });

  it('reads edits officials make: steps, a new criterion without an id, a changed kind, a prize typed as text', () => {
    let s = planToSheet(phongBan);
    const r = rowOf(s, 'tc03');
    s = edit(s, r, colOf(s, 'Cách tính'), 'Theo mức');
    s = edit(s, r, colOf(s, 'Các mức (từ: điểm)'), '90: 6; 70: 4; từ 50%: 2,5 điểm');
    const r10 = rowOf(s, 'tc10');
    s = edit(s, r10, colOf(s, 'Loại'), 'Chấm trực tiếp');
    const values = s.values.map((row) => [...row]);
    const after = rowOf(s, 'tc16') + 1;
    values.splice(after, 0, [
      '17',
      null,
      'Tiêu chí mới',
      null,
      'co/khong',
      3,
      null,
      null,
      null,
      null,
      null,
      null,
      'Có',
    ]);
    const out = sheetToPlan({ ...s, values, numberFormats: undefined });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.plan.criteria[2].scoring).toEqual({
      kind: 'rate',
      target: 100,
      comparison: 'atLeast',
      method: 'steps',
      steps: [
        { min: 90, points: 6 },
        { min: 70, points: 4 },
        { min: 50, points: 2.5 },
      ],
    });
    expect(out.plan.criteria[9].scoring).toEqual({ kind: 'assessed' });
    expect(out.plan.criteria[16]).toEqual({
      id: 'tc17',
      number: '17',
      title: 'Tiêu chí mới',
      maxPoints: 3,
      required: true,
      scoring: { kind: 'yesNo' },
    });
  });

  it('reads past a blank row inside a table and ignores a totals row under the criteria', () => {
    const s = planToSheet(phongBan);
    const values = s.values.map((row) => [...row]);
    const last = rowOf(s, 'tc16');
    values.splice(
      last + 1,
      0,
      values[0].map(() => null),
      ['Tổng cộng', null, null, null, null, 100],
    );
    values.splice(
      rowOf(s, 'tc08'),
      0,
      values[0].map(() => null),
    );
    expect(sheetToPlan({ ...s, values, numberFormats: undefined })).toEqual({ ok: true, plan: phongBan });
  });

  it('names the cell of every broken value', () => {
    const s = planToSheet(xa);
    const r = rowOf(s, 'tc08');
    const broken = edit(
      edit(s, r, colOf(s, 'Điểm tối đa'), 'mười'),
      rowOf(s, 'tc04'),
      colOf(s, 'Loại'),
      'Phần trăm',
    );
    const out = sheetToPlan(broken);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.problems.map((p) => p.path)).toEqual(["'Tiêu chí'!E6", "'Tiêu chí'!F10"]);
    expect(out.problems[0].message).toContain('"Phần trăm" không phải một trong "Có/Không", "Tỷ lệ"');
    expect(out.problems[1].message).toBe(`Ô 'Tiêu chí'!F10 (Điểm tối đa): "mười" không phải là số`);
  });

  it('reports schema violations at the cell they come from', () => {
    const s = planToSheet(xa);
    const r = rowOf(s, 'tc08');
    const tiers = s.values.findIndex((row) => row[0] === 'giai-nhat');
    const version = s.values.findIndex((row) => row[0] === 'Phiên bản');
    const broken = edit(
      edit(edit(s, r, colOf(s, 'Điểm tối đa'), -1), tiers, 5, 1_000_000.5),
      version,
      1,
      'v1',
    );
    const out = sheetToPlan(broken);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    const paths = out.problems.map((p) => p.path).sort();
    expect(paths).toEqual(
      [`'Tiêu chí'!F10`, `'Tiêu chí'!F${tiers + 1}`, `'Tiêu chí'!B${version + 1}`].sort(),
    );
    expect(out.problems.find((p) => p.path === `'Tiêu chí'!F${tiers + 1}`)!.message).toContain(
      'awards.tiers[0].prize',
    );
  });

  it('reports an unreadable condition and a missing column', () => {
    const s = planToSheet(xa);
    const ex = s.values.findIndex((row) => row[0] === 'late-dossiers');
    const out = sheetToPlan(edit(s, ex, 2, 'nếu trễ nhiều'));
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.problems[0]).toMatchObject({ path: `'Tiêu chí'!C${ex + 1}` });
    const noMax = sheetToPlan(edit(s, 1, colOf(s, 'Điểm tối đa'), 'Ghi chú của tôi'));
    expect(noMax).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          path: "'Tiêu chí'!A2",
          message: `Dòng 2 ('Tiêu chí'!A2): bảng "TIÊU CHÍ CHẤM ĐIỂM" thiếu cột "Điểm tối đa"`,
        }),
      ],
    });
  });

  it('takes the sections a sheet lacks from the base plan', () => {
    const full = planToSheet(xa);
    const end = full.values.findIndex((row, i) => i > 1 && row.every((v) => v === null));
    const onlyCriteria: SheetModel = { ...full, values: full.values.slice(0, end), numberFormats: undefined };
    expect(sheetToPlan(onlyCriteria, xa)).toEqual({ ok: true, plan: xa });
    const withoutBase = sheetToPlan(onlyCriteria);
    expect(withoutBase.ok).toBe(false);
  });

  it('round-trips plan parts without a table of their own as JSON rows and cells', () => {
    const doc = JSON.parse(JSON.stringify(xa)) as Record<string, unknown> & Plan;
    doc.criteria = [
      ...doc.criteria,
      {
        id: 'tc25',
        number: '25',
        title: 'Hội đồng xếp mức',
        maxPoints: 5,
        required: false,
        scoring: {
          kind: 'scale',
          levels: [
            { label: 'Đạt', points: 5 },
            { label: 'Chưa đạt', points: 0 },
          ],
        },
      },
    ] as Plan['criteria'];
    doc.parameters = [{ id: 'dinh-muc', label: 'Định mức', value: 3 }] as Plan['parameters'];
    doc.awards = { ...doc.awards, dueDate: '2023-12-15' } as Plan['awards'];
    const parsed = parsePlan(doc, '');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const s = planToSheet(parsed.plan);
    expect(s.values.some((row) => row[0] === 'parameters[0]')).toBe(true);
    expect(sheetToPlan(s)).toEqual({ ok: true, plan: parsed.plan });
  });

  it('round-trips arbitrary valid point maxima', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.001, max: 10_000, noNaN: true }), {
          minLength: phongBan.criteria.length,
          maxLength: phongBan.criteria.length,
        }),
        (maxima) => {
          // a plan whose tiers no total can reach is refused (its highest tier asks 85 points)
          fc.pre(maxima.reduce((a, b) => a + b, 0) >= 85);
          const plan: Plan = {
            ...phongBan,
            criteria: phongBan.criteria.map((c, i) => ({ ...c, maxPoints: maxima[i] })),
          };
          expect(sheetToPlan(planToSheet(plan))).toEqual({ ok: true, plan });
        },
      ),
      { numRuns: 1000 },
    );
  });
});
