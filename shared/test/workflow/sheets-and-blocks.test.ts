import type { UnitInput } from '../../src/engine/types';
import type { CellValue } from '../../src/sheet/model';
import {
  abbreviates,
  chooseSheets,
  linkCollectives,
  readSheets,
  readUnits,
  readWorkbookForPlan,
  resolveMapping,
  scoringGate,
} from '../../src/workflow';
import { sheet } from '../sheet/helpers';
import { workflowPlan } from './helpers';

const plan = workflowPlan();

/** A sheet with no block column, headed by the plan's ids: a title line above, then [name, ...values] rows. */
function blockless(name: string, title: string | null, headers: string[], rows: CellValue[][]) {
  return sheet(name, [...(title ? [[title], []] : []), ['Tên đơn vị', ...headers], ...rows]);
}

const rowsA: CellValue[][] = [
  ['Xã Mỹ Hương', 'Có', '80%', 0, 'Tốt', 'Tốt'],
  ['Xã Long Hưng', 'Không', '60%', 1, 'Tốt', 'Kém'],
];
const rowsB: CellValue[][] = [
  ['Phòng Nội vụ', 'Có', '90%', 0, 'Tốt', 'Tốt', '85%'],
  ['Phòng Tư pháp', 'Có', '70%', 2, 'Kém', 'Tốt', '75%'],
];
const common = ['yn', 'rate', 'late', 'cchc_2021', 'cchc_2022'];

describe('the block of a sheet without a block column', () => {
  it('comes from its title line, else from its name', () => {
    const titled = resolveMapping(
      blockless('Sheet1', 'BẢNG ĐIỂM NĂM 2024 — KHỐI B', common, rowsA),
      plan,
      {},
    )!;
    expect(readUnits(titled, plan).units.map((u) => u.block)).toEqual(['b', 'b']);
    const named = resolveMapping(blockless('Khối A', null, common, rowsA), plan, {})!;
    expect(readUnits(named, plan).units.map((u) => u.block)).toEqual(['a', 'a']);
    // --block (the pane's chosen block) still wins
    expect(readUnits(named, plan, { block: 'b' }).units.map((u) => u.block)).toEqual(['b', 'b']);
  });

  it('is never guessed: a plan with several blocks and nothing naming one is refused, saying what to add', () => {
    const resolved = resolveMapping(blockless('Tong hop', 'BẢNG TỔNG HỢP', common, rowsA), plan, {})!;
    const { units } = readUnits(resolved, plan);
    expect(units.map((u) => u.block)).toEqual([undefined, undefined]);
    const cli = scoringGate(resolved, plan, units, { audience: 'cli', allowPartial: true });
    expect(cli).toMatchObject({ ok: false, code: 'block-unknown' });
    if (cli.ok) return;
    expect(cli.problem.message).toContain('"Tong hop"');
    expect(cli.problem.message).toContain('--block');
    expect(cli.problem.message).toContain('cột "Khối"');
    const pane = scoringGate(resolved, plan, units, { audience: 'pane', allowPartial: true });
    expect(!pane.ok && pane.problem.message).toContain('chọn khối');
  });
});

describe('a workbook with its blocks on separate sheets', () => {
  const a = blockless('Khối A', null, common, rowsA);
  const b = blockless('Khối B', null, [...common, 'online'], rowsB);
  const guide = sheet('Hướng dẫn chấm', [
    ['Tên đơn vị', 'yn', 'rate'],
    ['Xã Mẫu', 'Có', '100%'],
  ]);

  it('reads every sheet holding a block, in workbook order, and not the guidance sheet', () => {
    const choice = chooseSheets([guide, b, a], plan, {});
    expect(choice.chosen.map((c) => c.sheet.name)).toEqual(['Khối B', 'Khối A']);
    expect(choice.considered.map((c) => c.sheet.name)).toEqual(['Khối B', 'Khối A']);
    expect(choice.ambiguous).toBeUndefined();
  });

  it('scores all their units together; what applies to one block only is not missed on the other sheet', () => {
    const { chosen } = chooseSheets([a, b], plan, {});
    const read = readSheets(chosen, plan);
    expect(read.units.map((u) => [u.name, u.block])).toEqual([
      ['Xã Mỹ Hương', 'a'],
      ['Xã Long Hưng', 'a'],
      ['Phòng Nội vụ', 'b'],
      ['Phòng Tư pháp', 'b'],
    ]);
    expect(read.sheetOf.get('phong-noi-vu')).toBe('Khối B');
    const parts = read.parts.map((p) => ({ resolved: p.resolved, units: p.extraction.units }));
    const gate = scoringGate(chosen[0], plan, read.units, { audience: 'cli', parts });
    expect(gate.coverage.notMapped).toEqual([]);
  });

  it('two sheets with the same units (one per month) are the official’s choice: refused, naming both', () => {
    const oct = blockless('Tháng 10', 'KHỐI A', common, rowsA);
    const nov = blockless('Tháng 11', 'KHỐI A', common, rowsA);
    const choice = chooseSheets([oct, nov], plan, {});
    expect(choice.ambiguous).toEqual(['Tháng 10', 'Tháng 11']);
    const { units } = readUnits(choice.chosen[0], plan);
    const gate = scoringGate(choice.chosen[0], plan, units, {
      audience: 'cli',
      ambiguous: choice.ambiguous,
      allowPartial: true,
    });
    expect(gate).toMatchObject({ ok: false, code: 'ambiguous-sheets' });
    if (!gate.ok) {
      expect(gate.problem.message).toContain('"Tháng 10", "Tháng 11"');
      expect(gate.problem.message).toContain('--sheet');
    }
  });
});

describe('a whole workbook read for a plan (the CLI and the pane alike)', () => {
  const a = blockless('Khối A', null, common, rowsA);
  const b = blockless('Khối B', null, [...common, 'online'], rowsB);
  const other = blockless('Ghi chép', null, common, [['Xã Mỹ Hương', 'Có', '80%', 0, 'Tốt', 'Tốt']]);

  it('reads every block sheet in workbook order, each with its own units and cells', () => {
    const read = readWorkbookForPlan({ sheets: [b, a] }, plan)!;
    expect(read.sheet.name).toBe('Khối B');
    expect(read.parts.map((p) => p.resolved.sheet.name)).toEqual(['Khối B', 'Khối A']);
    expect(read.extraction.units).toHaveLength(4);
    for (const part of read.parts)
      expect([...part.cells.keys()].sort()).toEqual(part.units.map((u) => u.id).sort());
  });

  it("takes the official's sheet and confirmed mapping first, and still reads the other block's sheet", () => {
    const resolved = resolveMapping(a, plan, {})!;
    const confirmed = {
      ...resolved,
      mapping: {
        ...resolved.mapping,
        columns: resolved.mapping.columns.map((c) => (c.target?.id === 'late' ? { ...c, target: null } : c)),
      },
    };
    const read = readWorkbookForPlan({ sheets: [b, a] }, plan, {
      primary: { sheet: 'Khối A', mapping: confirmed.mapping },
    })!;
    expect(read.sheet.name).toBe('Khối A');
    expect(read.mapping).toBe(confirmed.mapping);
    expect(read.parts.map((p) => p.resolved.sheet.name)).toEqual(['Khối A', 'Khối B']);
    // the official's mapping is the one read: "late" is not read on their sheet
    expect(read.parts[0].units.every((u) => u.facts?.late === undefined)).toBe(true);
    expect(read.extraction.units.find((u) => u.name === 'Phòng Nội vụ')?.facts?.late).toBe(0);
  });

  it("reads the official's sheet alone when the workbook's choice does not take it as a block sheet", () => {
    const read = readWorkbookForPlan({ sheets: [a, b, other] }, plan, {
      primary: { sheet: 'Ghi chép', mapping: resolveMapping(other, plan, {})!.mapping },
    })!;
    expect(read.parts.map((p) => p.resolved.sheet.name)).toEqual(['Ghi chép']);
    const only = readWorkbookForPlan({ sheets: [a, b] }, plan, { only: a })!;
    expect(only.parts.map((p) => p.resolved.sheet.name)).toEqual(['Khối A']);
  });
});

describe("an individual's collective on another sheet", () => {
  it('is found by its name or an office abbreviation of it', () => {
    expect(abbreviates('Phòng QLXD', 'Phòng Quản lý xây dựng')).toBe(true);
    expect(abbreviates('VP Sở', 'Văn phòng Sở')).toBe(true);
    expect(abbreviates('Phòng QLXD', 'Phòng Quy hoạch kiến trúc')).toBe(false);
    // "và" is left out of an abbreviation, "&" or not
    expect(abbreviates('Phòng QLN&TTBĐS', 'Phòng Quản lý nhà và Thị trường bất động sản')).toBe(true);
    expect(abbreviates('Phòng VHTT', 'Phòng Văn hóa và Thông tin')).toBe(true);
    expect(abbreviates('Phòng VH&TT', 'Phòng Văn hóa và Thông tin')).toBe(true);
    expect(abbreviates('Phòng VHTT', 'Phòng Văn hóa')).toBe(false);
    expect(abbreviates('Phòng và', 'Phòng Văn hóa và Thông tin')).toBe(false);
    const units: UnitInput[] = [
      { id: 'phong-quan-ly-xay-dung', name: 'Phòng Quản lý xây dựng', values: {} },
      { id: 'thanh-tra-so', name: 'Thanh tra Sở', values: {} },
      { id: 'le-an', name: 'Lê An', values: {}, collective: 'Phòng QLXD' },
      { id: 'tran-binh', name: 'Trần Bình', values: {}, collective: 'thanh tra sở' },
      { id: 'vo-chi', name: 'Võ Chi', values: {}, collective: 'Phòng Tài chính' },
    ];
    expect([...linkCollectives(units)]).toEqual(['le-an', 'tran-binh']);
    expect(units.map((u) => u.collective)).toEqual([
      undefined,
      undefined,
      'phong-quan-ly-xay-dung',
      'thanh-tra-so',
      'Phòng Tài chính',
    ]);
  });
});

describe('one table split over two sheets of the same block ("Phần 1", "Phần 2")', () => {
  const rowsA2: CellValue[][] = [
    ['Xã Tân Long', 'Có', '75%', 0, 'Tốt', 'Tốt'],
    ['Xã Hiệp Hưng', 'Không', '50%', 3, 'Kém', 'Tốt'],
  ];
  const part1 = blockless('Phần 1', 'KHỐI A — PHẦN 1', common, rowsA);
  const part2 = blockless('Phần 2', 'KHỐI A — PHẦN 2', common, rowsA2);

  it('reads both parts, so the four communes are ranked together', () => {
    const choice = chooseSheets([part1, part2], plan, {});
    expect(choice.chosen.map((c) => c.sheet.name)).toEqual(['Phần 1', 'Phần 2']);
    expect(readSheets(choice.chosen, plan).units.map((u) => [u.name, u.block])).toEqual([
      ['Xã Mỹ Hương', 'a'],
      ['Xã Long Hưng', 'a'],
      ['Xã Tân Long', 'a'],
      ['Xã Hiệp Hưng', 'a'],
    ]);
  });

  it('does not take a sheet of the same block that feeds other values of the plan as the rest of the table', () => {
    const other = blockless('Phụ lục', 'KHỐI A — PHỤ LỤC', ['yn', 'rate'], rowsA2);
    expect(chooseSheets([part1, other], plan, {}).chosen.map((c) => c.sheet.name)).toEqual(['Phần 1']);
  });

  it('does not read a second part whose units are already read (the same table twice is the official’s choice)', () => {
    const again = blockless('Phần 1 (bản sao)', 'KHỐI A — PHẦN 1', common, rowsA);
    const choice = chooseSheets([part1, again], plan, {});
    expect(choice.chosen.map((c) => c.sheet.name)).toEqual(['Phần 1']);
    expect(choice.ambiguous).toEqual(['Phần 1', 'Phần 1 (bản sao)']);
  });
});
