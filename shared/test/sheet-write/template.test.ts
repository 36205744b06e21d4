import { ColumnMappingSchema, detectTable, proposeMapping } from '../../src/sheet';
import { buildTemplate } from '../../src/sheet/writing';
import { builtInPlan } from '../../src/plans';
import { smallPlan } from './fixtures';

describe('buildTemplate', () => {
  const plan = (builtInPlan('phung-hiep-2023-xa') as NonNullable<ReturnType<typeof builtInPlan>>).plan;
  const t = buildTemplate(plan, { rows: 10 });
  const table = t.writePlan.blocks.find((b) => b.sheet === t.sheet && b.headerRows === 2);

  it('has one column per criterion with its text and maximum, then the exclusion facts', () => {
    const header = table?.values[0] ?? [];
    expect(header.slice(0, 2)).toEqual(['STT', 'Tên đơn vị']);
    expect(header[2]).toBe(`1. ${plan.criteria[0].title} (tối đa 10 điểm)`);
    expect(header.slice(-2)).toEqual(plan.facts.map((f) => f.label));
    expect(table?.values).toHaveLength(12);
  });

  it('formats and validates each kind', () => {
    const col = (id: string) => 2 + plan.criteria.findIndex((c) => c.id === id);
    const v = (c: number) => t.writePlan.validations?.find((x) => x.range.left === c);
    expect(v(col('tc01'))).toMatchObject({
      type: 'list',
      list: ['Có', 'Không'],
      range: { top: 6, bottom: 15 },
    });
    expect(v(col('tc04'))).toMatchObject({ type: 'decimal', min: 0, max: 1 });
    expect(table?.columnFormats?.[col('tc04')]).toBe('0.0%');
    expect(v(col('tc13'))).toMatchObject({ type: 'whole', min: 0 });
    expect(table?.columnFormats?.[col('tc13')]).toBe('#,##0');
    const fact = 2 + plan.criteria.length;
    expect(v(fact)).toMatchObject({ type: 'whole', min: 0 });
  });

  it('points for assessed criteria are limited to the maximum', () => {
    const p = smallPlan();
    p.criteria.push({
      id: 'hd',
      number: '3',
      title: 'Hội đồng chấm',
      maxPoints: 15,
      scoring: { kind: 'assessed' },
      required: true,
    });
    const tt = buildTemplate(p, { rows: 3 });
    expect(tt.writePlan.validations?.find((x) => x.range.left === 4)).toMatchObject({
      type: 'decimal',
      min: 0,
      max: 15,
    });
  });

  it('embeds the plan and a mapping the reader accepts, and an instructions sheet in Vietnamese', () => {
    expect(JSON.parse(t.writePlan.settings['thidua.plan']).id).toBe(plan.id);
    const stored = JSON.parse(t.writePlan.settings['thidua.mapping.bang-cham-diem']);
    expect(ColumnMappingSchema.safeParse(stored).success).toBe(true);
    expect(stored).toMatchObject({
      sheet: 'Bảng chấm điểm',
      headerRows: [4, 5],
      dataStart: 6,
      dataEnd: 15,
      fixedBlock: 'xa',
    });
    const guide = t.writePlan.blocks.find((b) => b.sheet === 'Hướng dẫn');
    expect(guide?.values[0][0]).toBe('HƯỚNG DẪN NHẬP SỐ LIỆU');
    expect(guide?.values.flat().join('\n')).not.toMatch(/\{\w+\}/);
  });

  it('offers the levels of a scale criterion as a list', () => {
    const dt = (builtInPlan('dong-thap-skhdt-cds-2021-2025') as NonNullable<ReturnType<typeof builtInPlan>>)
      .plan;
    const tt = buildTemplate(dt, { block: 'phong-don-vi', rows: 4 });
    expect(tt.writePlan.validations?.find((x) => x.range.left === 2)).toMatchObject({
      type: 'list',
      list: ['Đạt', 'Chưa đạt'],
    });
  });

  it('has a column per target (chỉ tiêu) with its goal, mapped to the target', () => {
    const kg = (builtInPlan('kien-giang-243-2023') as NonNullable<ReturnType<typeof builtInPlan>>).plan;
    const tt = buildTemplate(kg, { block: 'huyen', rows: 2 });
    const first = kg.targets?.[0];
    const column = tt.mapping.columns.find((c) => c.target?.kind === 'target' && c.target.id === first?.id);
    expect(column?.header).toMatch(/mục tiêu [≥>] \d/);
    expect(tt.writePlan.validations?.find((v) => v.range.left === column?.index)).toMatchObject({
      type: 'decimal',
      min: 0,
      max: 1,
    });
    expect(ColumnMappingSchema.safeParse(tt.mapping).success).toBe(true);
  });

  it('has a collective column for individuals, which the reader maps back to the unit field', () => {
    const cchc = (builtInPlan('kien-giang-sxd-609-cchc') as NonNullable<ReturnType<typeof builtInPlan>>).plan;
    const individuals = buildTemplate(cchc, { block: 'ca-nhan', rows: 2 });
    const collectiveColumns = (tt: ReturnType<typeof buildTemplate>) =>
      tt.mapping.columns.filter((c) => c.target?.kind === 'unitField');
    expect(collectiveColumns(individuals)).toEqual([
      expect.objectContaining({ index: 2, target: { kind: 'unitField', id: 'collective' } }),
    ]);
    const header = individuals.writePlan.blocks.find((b) => b.headerRows === 2)?.values[0] ?? [];
    expect(header.slice(0, 3)).toEqual(['STT', 'Tên đơn vị', 'Thuộc tập thể']);
    expect(ColumnMappingSchema.safeParse(individuals.mapping).success).toBe(true);
    const width = header.length;
    const row = (...cells: (string | number)[]) => [...cells, ...Array(width - cells.length).fill('tốt')];
    const filled = {
      name: individuals.sheet,
      origin: { row: 4, col: 0 },
      values: [
        header,
        individuals.writePlan.blocks.find((b) => b.headerRows === 2)?.values[1] ?? [],
        row(1, 'Nguyễn Văn A', 'Văn phòng Sở'),
        row(2, 'Trần Thị B', 'Văn phòng Sở'),
      ],
    };
    const read = proposeMapping(
      filled,
      detectTable(filled) as NonNullable<ReturnType<typeof detectTable>>,
      cchc,
    );
    expect(read.columns.find((c) => c.index === 2)?.target).toEqual({ kind: 'unitField', id: 'collective' });
    // Both kinds on one sheet (block column) need it too; a block of collectives alone does not.
    expect(collectiveColumns(buildTemplate(cchc, { rows: 2 }))).toHaveLength(1);
    expect(collectiveColumns(buildTemplate(cchc, { block: 'tap-the', rows: 2 }))).toEqual([]);
    expect(collectiveColumns(buildTemplate(plan, { rows: 2 }))).toEqual([]);
  });

  it('for one block, has columns only for the criteria, targets and facts that apply to it', () => {
    const dt = (builtInPlan('dong-thap-skhdt-cds-2021-2025') as NonNullable<ReturnType<typeof builtInPlan>>)
      .plan;
    const ids = (block?: string) =>
      buildTemplate(dt, { block, rows: 1 }).mapping.columns.map((c) => c.target?.id);
    const forBlock = (block: string) => (x: { appliesTo?: string[] }) =>
      !x.appliesTo || x.appliesTo.includes(block);
    const individuals = ids('ca-nhan');
    expect(dt.criteria.some((c) => !forBlock('ca-nhan')(c))).toBe(true);
    for (const c of dt.criteria) expect(individuals.includes(c.id)).toBe(forBlock('ca-nhan')(c));
    for (const f of dt.facts.filter((x) => !x.type.endsWith('ByYear')))
      expect(individuals.includes(f.id)).toBe(forBlock('ca-nhan')(f));
    expect(ids('phong-don-vi')).toEqual(expect.arrayContaining(dt.criteria.map((c) => c.id)));
    // with no block chosen, every item has its column (and the block column says which applies)
    expect(ids()).toEqual(expect.arrayContaining(dt.criteria.map((c) => c.id)));
  });

  it('adds a block column with a list when the plan has several blocks and none is chosen', () => {
    const p = smallPlan();
    p.blocks.push({ id: 'b', name: 'Khối B' });
    const tt = buildTemplate(p, { rows: 2 });
    expect(tt.mapping.blockIndex).toBe(2);
    expect(tt.writePlan.validations?.find((x) => x.range.left === 2)).toMatchObject({ list: ['a', 'b'] });
    expect(() => buildTemplate(p, { block: 'zz' })).toThrow(RangeError);
  });
});
