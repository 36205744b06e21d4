import { builtInPlan } from '@thidua/core';
import type { ColumnMapping } from '@thidua/core/sheet';
import {
  chooseTarget,
  columnLabel,
  confirmColumn,
  mappingOptionGroups,
  targetFromValue,
  targetValue,
} from '../src/mapping-options';

const kg243 = builtInPlan('kien-giang-243-2023')!.plan;
const cchc609 = builtInPlan('kien-giang-sxd-609-cchc')!.plan;
const xa = builtInPlan('phung-hiep-2023-xa')!.plan;

function mapping(columns: [number, string | null][]): ColumnMapping {
  return {
    version: 1,
    planId: cchc609.id,
    sheet: 'Bảng tổng hợp',
    orientation: 'rows',
    headerRows: [6],
    dataStart: 8,
    dataEnd: 20,
    nameIndex: 1,
    columns: columns.map(([index, value]) => ({
      index,
      header: `H${index}`,
      target: value ? { kind: value.split(':')[0] as 'fact', id: value.split(':')[1] } : null,
      confidence: 0.8,
      reason: 'detected',
    })),
  };
}

describe('column-mapping dropdown options', () => {
  it('groups criteria and facts of a criteria plan, numbered and titled', () => {
    const groups = mappingOptionGroups(xa, 'vi');
    expect(groups.map((g) => g.label)).toEqual(['Tiêu chí', 'Dữ kiện']);
    expect(groups[0].options).toHaveLength(xa.criteria.length);
    expect(groups[0].options[7]).toMatchObject({
      value: 'criterion:tc08',
      text: expect.stringMatching(/^8\. /),
    });
    expect(groups[1].options.map((o) => o.value)).toEqual(xa.facts.map((f) => `fact:${f.id}`));
  });

  it('offers the chỉ tiêu of a targets plan, in Vietnamese or English, and the collective', () => {
    const vi = mappingOptionGroups(kg243, 'vi');
    expect(vi.map((g) => g.label)).toEqual(['Chỉ tiêu', 'Dữ kiện', 'Thông tin đơn vị']);
    expect(vi[0].options).toHaveLength(kg243.targets!.length);
    expect(vi[0].options[0]).toEqual({
      value: 'target:cqs-01',
      text: 'a.1. Tỷ lệ thủ tục hành chính có đủ điều kiện được cung cấp…',
      target: { kind: 'target', id: 'cqs-01' },
    });
    expect(vi[2].options).toEqual([
      {
        value: 'unitField:collective',
        text: 'Tập thể của cá nhân',
        target: { kind: 'unitField', id: 'collective' },
      },
    ]);
    const en = mappingOptionGroups(kg243, 'en');
    expect(en.map((g) => g.label)).toEqual(['Targets', 'Facts', 'Unit details']);
    expect(en[0].options[0].text).toBe('a.1. Eligible procedures offered as full-process online services');
  });

  it('lists a per-year fact once per year, the year first', () => {
    const facts = mappingOptionGroups(cchc609, 'vi').find((g) => g.kind === 'fact')!.options;
    const cchc = facts.filter((o) => o.value.startsWith('fact:cchc_'));
    expect(cchc.map((o) => o.text)).toEqual(
      [2021, 2022, 2023, 2024, 2025].map((y) => `${y} — Xếp loại kết quả thực hiện nhiệm vụ CCHC năm`),
    );
    const long = facts.find((o) => o.value === 'fact:tyLeHoanThanhTot_2024')!;
    expect(long.text).toMatch(/^2024 — Tỷ lệ cá nhân .*…$/);
    // Every target the shared helper knows is offered exactly once.
    const values = mappingOptionGroups(cchc609, 'vi').flatMap((g) => g.options.map((o) => o.value));
    expect(new Set(values).size).toBe(values.length);
    expect(values).toHaveLength(1 + cchc609.facts.reduce((n, f) => n + (f.years?.length ?? 1), 0));
  });

  it('turns an option value back into its target, and anything else into "not used"', () => {
    const groups = mappingOptionGroups(cchc609, 'vi');
    expect(targetFromValue(groups, 'fact:cchc_2021')).toEqual({ kind: 'fact', id: 'cchc_2021' });
    expect(targetFromValue(groups, 'unitField:collective')).toEqual({ kind: 'unitField', id: 'collective' });
    expect(targetFromValue(groups, '')).toBeNull();
    expect(targetFromValue(groups, 'criterion:tc08')).toBeNull();
    expect(targetValue({ kind: 'target', id: 'cqs-01' })).toBe('target:cqs-01');
    expect(targetValue(null)).toBe('');
  });

  it('names each dropdown by its column', () => {
    expect(columnLabel('rows', 5, 'Năm 2021', 'vi')).toBe('Cột F: Năm 2021');
    expect(columnLabel('rows', 27, 'X', 'en')).toBe('Column AB: X');
    expect(columnLabel('columns', 6, 'Y', 'vi')).toBe('Dòng 7: Y');
    expect(columnLabel('columns', 6, 'Y', 'en')).toBe('Row 7: Y');
  });

  it('moves a target already used by another column, and says so', () => {
    const groups = mappingOptionGroups(cchc609, 'vi');
    const before = mapping([
      [5, 'fact:cchc_2022'],
      [6, 'fact:cchc_2021'],
    ]);
    const moved = chooseTarget(before, 5, { kind: 'fact', id: 'cchc_2021' }, groups, 'vi');
    expect(moved.mapping.columns.map((c) => [c.index, targetValue(c.target), c.confidence])).toEqual([
      [5, 'fact:cchc_2021', 1],
      [6, '', 0],
    ]);
    expect(moved.mapping.columns[1].reason).toBe('Người dùng chuyển sang cột F');
    expect(moved.notice).toBe(
      'Đã chuyển "2021 — Xếp loại kết quả thực hiện nhiệm vụ CCHC năm" từ cột G sang cột F; cột G giờ không dùng.',
    );
    expect(chooseTarget(before, 5, { kind: 'fact', id: 'cchc_2023' }, groups, 'en').notice).toBeUndefined();
    expect(chooseTarget(before, 5, null, groups, 'vi')).toEqual({
      mapping: expect.objectContaining({
        columns: [expect.objectContaining({ index: 5, target: null }), before.columns[1]],
      }),
    });
  });
});

describe('confirming an uncertain column', () => {
  it('marks it confirmed with a reason, leaves the others, and ignores a column that feeds nothing', () => {
    const m = mapping([
      [3, 'fact:cchc_2021'],
      [4, null],
    ]);
    const confirmed = confirmColumn(m, 3);
    expect(confirmed.columns[0]).toMatchObject({ confirmed: true, reasons: [{ code: 'user-confirmed' }] });
    expect(confirmed.columns[1]).toEqual(m.columns[1]);
    expect(confirmColumn(m, 4).columns[1]).toEqual(m.columns[1]);
    // choosing a target by hand confirms it too
    const chosen = chooseTarget(
      m,
      4,
      { kind: 'fact', id: 'cchc_2022' },
      mappingOptionGroups(cchc609, 'vi'),
      'vi',
    );
    expect(chosen.mapping.columns[1]).toMatchObject({ confirmed: true, confidence: 1 });
  });
});
