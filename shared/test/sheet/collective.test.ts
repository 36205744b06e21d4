import { builtInPlan } from '../../src/plans';
import {
  ColumnMappingSchema,
  detectTable,
  extractUnits,
  mappingFromSetting,
  proposeMapping,
  validateSheet,
  type CellValue,
} from '../../src/sheet';
import { scoreRequest } from '../../src/api/score-request';
import { sheet } from './helpers';

const cchc = builtInPlan('kien-giang-sxd-609-cchc')!.plan;
const xa = builtInPlan('phung-hiep-2023-xa')!.plan;

/** Sở Xây dựng: collectives and individuals on one sheet, the individuals naming their collective. */
function staffSheet(heading: string, collectives: CellValue[]) {
  return sheet('Danh sách', [
    ['STT', 'Tên đơn vị', heading, 'Khối', 'Xếp loại CCHC năm 2025'],
    [1, 'Văn phòng Sở', null, 'tap-the', 'xuất sắc'],
    [2, 'Phòng Quản lý nhà', null, 'tap-the', 'tốt'],
    [3, 'Nguyễn Văn A', collectives[0], 'ca-nhan', 'tốt'],
    [4, 'Trần Văn B', collectives[1], 'ca-nhan', 'tốt'],
    [5, 'Lê Thị C', collectives[2], 'ca-nhan', 'tốt'],
  ]);
}

describe("an individual's collective column", () => {
  it.each(['Tập thể', 'Thuộc tập thể', 'Đơn vị công tác', 'Collective', 'Don vi cong tac'])(
    'maps the heading "%s" to the unit field "collective"',
    (heading) => {
      const s = staffSheet(heading, ['Văn phòng Sở', 'Văn phòng Sở', 'Văn phòng Sở']);
      const layout = detectTable(s)!;
      expect(layout.nameIndex).toBe(1);
      const m = proposeMapping(s, layout, cchc);
      expect(m.columns.find((c) => c.index === 2)?.target).toEqual({ kind: 'unitField', id: 'collective' });
    },
  );

  it('is not offered by plans without individuals', () => {
    const s = sheet('S', [
      ['Tên đơn vị', 'Tập thể', 'TC1'],
      ['Xã A', 'Khối xã', 'x'],
    ]);
    const m = proposeMapping(s, detectTable(s)!, xa);
    expect(m.columns.find((c) => c.index === 1)?.target).toBeNull();
  });

  it("reads the collective by another unit's name or id, diacritics and case ignored; the kind comes from the block", () => {
    const s = staffSheet('Thuộc tập thể', ['VAN PHONG SO', 'phong-quan-ly-nha', '  Văn  phòng Sở ']);
    const m = proposeMapping(s, detectTable(s)!, cchc);
    const { units, problems } = extractUnits(s, m, cchc);
    expect(units.map((u) => [u.id, u.collective ?? null])).toEqual([
      ['van-phong-so', null],
      ['phong-quan-ly-nha', null],
      ['nguyen-van-a', 'van-phong-so'],
      ['tran-van-b', 'phong-quan-ly-nha'],
      ['le-thi-c', 'van-phong-so'],
    ]);
    expect(problems).toEqual([]);
    expect(units[2]).not.toHaveProperty('kind');
    const scored = scoreRequest({ plan: cchc.id, units });
    if (!scored.ok) throw new Error(scored.title);
    const a = scored.response.results.find((r) => r.unitId === 'nguyen-van-a');
    expect(a).toMatchObject({ kind: 'individual', collective: 'van-phong-so' });
  });

  it('reports an unknown collective, a unit naming itself and an Excel error at their cells', () => {
    const s = staffSheet('Tập thể', ['Phòng Không Có', 'Trần Văn B', '#N/A']);
    const m = proposeMapping(s, detectTable(s)!, cchc);
    const { units, problems } = validateSheet(s, m, cchc);
    const byCell = Object.fromEntries(problems.filter((p) => /!C\d$/.test(p.path)).map((p) => [p.path, p]));
    expect(byCell["'Danh sách'!C4"]).toMatchObject({ code: 'unknown-collective', unitId: 'nguyen-van-a' });
    expect(byCell["'Danh sách'!C4"].message).toContain('"Phòng Không Có"');
    expect(byCell["'Danh sách'!C5"]).toMatchObject({ code: 'unknown-collective', unitId: 'tran-van-b' });
    expect(byCell["'Danh sách'!C5"].message).toContain('chính mình');
    expect(byCell["'Danh sách'!C6"]).toMatchObject({ code: 'excel-error', unitId: 'le-thi-c' });
    // Kept as written so the engine flags it too; an error cell gives no collective.
    expect(units.map((u) => u.collective ?? null).slice(2)).toEqual(['Phòng Không Có', 'Trần Văn B', null]);
  });
});

describe('ColumnMappingSchema with unit fields', () => {
  const base = {
    version: 1,
    planId: cchc.id,
    sheet: 'S',
    orientation: 'rows',
    headerRows: [0],
    dataStart: 1,
    dataEnd: 3,
    nameIndex: 1,
  };
  const column = (index: number, target: unknown) => ({
    index,
    header: 'h',
    target,
    confidence: 1,
    reason: '',
  });

  it('still reads mappings saved before unit fields existed', () => {
    const old = { ...base, columns: [column(2, { kind: 'fact', id: 'cchc_2025' }), column(3, null)] };
    expect(mappingFromSetting(JSON.stringify(old))).toEqual({ ok: true, mapping: old });
  });

  it('accepts the collective and rejects an unknown unit field', () => {
    const ok = { ...base, columns: [column(2, { kind: 'unitField', id: 'collective' })] };
    expect(ColumnMappingSchema.safeParse(ok).success).toBe(true);
    const bad = mappingFromSetting(
      JSON.stringify({ ...base, columns: [column(2, { kind: 'unitField', id: 'email' })] }),
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems[0]).toMatchObject({ path: 'mapping.columns[0].target.id' });
  });
});
