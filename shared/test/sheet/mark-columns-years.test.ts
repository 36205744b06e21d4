import type { UnitInput } from '../../src/engine/types';
import { builtInPlan } from '../../src/plans';
import { readBlankMarksAsNo } from '../../src/sheet/mark-columns';
import { named } from '../../src/messages';

const cchc = builtInPlan('kien-giang-sxd-609-cchc')!.plan;

/** Units as a sheet gives them: one "x" column per year of "Nhóm xuất sắc CCHC", one year with no mark at all. */
function units(): UnitInput[] {
  const marks: (string | null)[][] = [
    // 2021, 2022, 2023
    [null, 'x', null],
    [null, null, 'x'],
    [null, 'x', 'x'],
  ];
  return marks.map((row, i) => ({
    id: `phong-${i + 1}`,
    name: `Phòng ${i + 1}`,
    block: 'tap-the',
    values: {},
    facts: Object.fromEntries(row.map((v, k) => [`nhomXuatSac_${2021 + k}`, v])),
  }));
}

const refs = (id: string) => {
  const row = Number(id.slice(-1)) + 2;
  return Object.fromEntries([0, 1, 2].map((k) => [`nhomXuatSac_${2021 + k}`, { row, col: 3 + k }]));
};

describe('one year of a per-year checklist with no mark at all', () => {
  it('reads its blanks as "Không", as its other years\' columns of marks read theirs, saying so', () => {
    const us = units();
    const problems = readBlankMarksAsNo(us, refs, cchc, 'CCHC', (key) => named(key));
    expect(us.map((u) => u.facts?.nhomXuatSac_2021)).toEqual([false, false, false]);
    expect(us.map((u) => u.facts?.nhomXuatSac_2022)).toEqual(['x', false, 'x']);
    expect(problems.map((p) => p.path)).toEqual(['CCHC!D4', 'CCHC!E5', 'CCHC!F4']);
  });

  it('with no year marked anywhere, nothing is read as "Không"', () => {
    const us = units().map((u) => ({ ...u, facts: { nhomXuatSac_2021: null, nhomXuatSac_2022: null } }));
    expect(readBlankMarksAsNo(us, refs, cchc, 'CCHC', (key) => named(key))).toEqual([]);
    expect(us.map((u) => u.facts.nhomXuatSac_2021)).toEqual([null, null, null]);
  });
});
