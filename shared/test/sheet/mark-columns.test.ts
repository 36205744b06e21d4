import { builtInPlan } from '../../src/plans';
import { detectTable, extractUnits, proposeMapping } from '../../src/sheet';
import { sheet } from './helpers';

const phongBan = builtInPlan('phung-hiep-2023-phong-ban')!.plan;
const head = ['STT', 'Tên đơn vị', 'TC1', 'TC2', 'TC4'];

function read(rows: (string | number | null)[][]) {
  const s = sheet('Cham diem', [head, ...rows]);
  return extractUnits(s, proposeMapping(s, detectTable(s)!, phongBan), phongBan);
}

describe('a checklist column that only marks "x" reads its blanks as "Không"', () => {
  it('blank cells of a mark-only yes/no column become false, said once per column with its cells', () => {
    const { units, problems } = read([
      [1, 'Phòng Nội vụ', 'x', 'x', 'Có'],
      [2, 'Phòng Tư pháp', null, '✓', null],
      [3, 'Phòng Y tế', 'X', null, 'Không'],
    ]);
    expect(units.map((u) => [u.values.tc01, u.values.tc02])).toEqual([
      ['x', 'x'],
      [false, '✓'],
      ['X', false],
    ]);
    const notes = problems.filter((p) => p.code === 'blank-read-as-no');
    expect(notes.map((p) => p.path)).toEqual(["'Cham diem'!C3", "'Cham diem'!D4"]);
    expect(notes[0].message).toBe(
      'Cột C (tiêu chí 1) chỉ đánh dấu "x" vào ô đạt: 1 ô trống được hiểu là "Không". Ô nào để trống vì chưa có số liệu thì ghi số liệu vào (hoặc ghi rõ "Không").',
    );
    expect(notes[0].messageEn).toMatch(
      /^Column C \(criterion 1\) only marks "x" where met: 1 blank cell is read as "No"/,
    );
  });

  it('a column with words ("Có", "Không") keeps its blanks missing: a blank there may be "not reported"', () => {
    const { units, problems } = read([
      [1, 'Phòng Nội vụ', 'x', 'x', 'Có'],
      [2, 'Phòng Tư pháp', 'x', 'x', null],
    ]);
    expect(units[1].values.tc04).toBeNull();
    expect(problems.filter((p) => p.code === 'blank-read-as-no')).toEqual([]);
  });

  it('a column left wholly blank says nothing about its cells: they stay missing', () => {
    const { units } = read([
      [1, 'Phòng Nội vụ', null, 'x', 'Có'],
      [2, 'Phòng Tư pháp', null, 'x', 'Có'],
    ]);
    expect(units.map((u) => u.values.tc01)).toEqual([null, null]);
  });
});
