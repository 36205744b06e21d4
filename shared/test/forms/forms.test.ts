import ExcelJS from 'exceljs';
import { readWorkbook } from '../../adapters/exceljs';
import { buildForms, formIdentities, mergeForms } from '../../src/forms';
import { asFormFile, fillForm, formsPlan, formWorkbooks, reload } from './helpers';

const UNITS = [{ name: 'Xã A', facts: { ngayDangKy: '2023-03-01' } }, { name: 'Xã B' }, { name: 'Xã C' }];

describe('self-assessment forms: generated from the plan', () => {
  const plan = formsPlan();

  it('one workbook per unit: criteria, then facts, in rows with the form columns; identity stored and shown', async () => {
    const [first] = await formWorkbooks(plan, UNITS);
    const model = readWorkbook(first.wb);
    const { forms } = formIdentities(model.settings);
    expect(forms).toHaveLength(1);
    const { identity, sheet } = forms[0];
    expect(identity).toMatchObject({
      planId: 'test-plan',
      planVersion: '1.0.0',
      block: 'a',
      unit: { id: 'xa-a', name: 'Xã A' },
    });
    expect(identity.batch.units.map((u) => u.id)).toEqual(['xa-a', 'xa-b', 'xa-c']);
    expect(identity.layout.rows.map((r) => r.key)).toEqual([
      'criterion:yn',
      'criterion:rate',
      'fact:soNgayTre',
      'fact:ngayDangKy',
    ]);
    const ws = first.wb.getWorksheet(sheet)!;
    const text = (r: number, c: number) => String(ws.getCell(r, c).value ?? '');
    expect(text(3, 1)).toBe('Đơn vị: Xã A');
    expect(text(5, 1)).toContain('Mã phiếu: kế hoạch test-plan · phiên bản 1.0.0');
    expect(text(5, 1)).toContain('đơn vị xa-a');
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((c) => text(identity.layout.headerRow + 1, c))).toEqual([
      'STT',
      'Nội dung',
      'Điểm chuẩn',
      'Cách ghi',
      'Tự chấm',
      'Minh chứng / ghi chú',
      'Thẩm định',
      'Lý do thẩm định',
    ]);
    const rate = identity.layout.rows[1].row + 1;
    expect([text(rate, 1), text(rate, 2), text(rate, 3)]).toEqual(['2', 'Tỷ lệ hồ sơ trực tuyến', '10']);
    // the registration date known for the unit is filled in
    expect(text(identity.layout.rows[3].row + 1, 5)).toBe('2023-03-01');
  });

  it('validation on the input cells (self and appraised), structure protected with only the inputs unlocked', async () => {
    const [first] = await formWorkbooks(plan, UNITS);
    const { identity, sheet } = formIdentities(readWorkbook(first.wb).settings).forms[0];
    const ws = first.wb.getWorksheet(sheet)!;
    const row = identity.layout.rows[1].row + 1; // the rate criterion
    for (const col of ['E', 'G'])
      expect(ws.getCell(`${col}${row}`).dataValidation).toMatchObject({ type: 'decimal', formulae: [0, 1] });
    expect(ws.getCell(`E${identity.layout.rows[0].row + 1}`).dataValidation).toMatchObject({ type: 'list' });
    const protection = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    // as ExcelJS reads <sheetProtection>: true = the user may (widen columns, rows); left out = protected
    expect(protection).toMatchObject({ sheet: true, formatColumns: true, formatRows: true });
    for (const action of ['insertRows', 'deleteRows', 'insertColumns', 'deleteColumns', 'formatCells'])
      expect(protection[action]).toBeUndefined();
    for (const col of ['E', 'F', 'G', 'H']) expect(ws.getCell(`${col}${row}`).protection?.locked).toBe(false);
    for (const col of ['A', 'B', 'C', 'D'])
      expect(ws.getCell(`${col}${row}`).protection?.locked).not.toBe(false);
    expect(ws.getCell('A1').protection?.locked).not.toBe(false);
  });

  it('one sheet per unit: one workbook, a sheet and an identity per unit, names Excel accepts', async () => {
    const long = 'Ủy ban nhân dân xã Tân Phước Hưng: huyện Phụng Hiệp';
    const forms = buildForms(plan, [{ name: long }, { name: long }, { name: 'Xã B' }], { layout: 'sheets' });
    expect(forms).toHaveLength(1);
    const names = forms[0].forms.map((f) => f.sheet);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(3);
    for (const n of names) expect(n.length <= 31 && !/[[\]:*?/\\]/.test(n)).toBe(true);
    expect(forms[0].forms.map((f) => f.identity.unit.id)).toEqual([
      'uy-ban-nhan-dan-xa-tan-phuoc-hung-huyen-phung-hiep',
      'uy-ban-nhan-dan-xa-tan-phuoc-hung-huyen-phung-hiep-2',
      'xa-b',
    ]);
  });

  it('a block is needed when the plan has several', () => {
    const two = formsPlan({
      blocks: [
        { id: 'a', name: 'Khối A' },
        { id: 'b', name: 'Khối B' },
      ],
    });
    expect(() => buildForms(two, UNITS)).toThrow(/block/);
    expect(buildForms(two, UNITS, { block: 'b' })[0].forms[0].identity.block).toBe('b');
  });
});

describe('merging forms back into the summary table', () => {
  const plan = formsPlan();

  async function filled() {
    const wbs = await formWorkbooks(plan, UNITS);
    fillForm(wbs[0].wb, {
      yn: { self: 'Có', evidence: 'QĐ 12/QĐ-UBND' },
      rate: { self: 0.9, appraised: 0.7, reason: 'Thiếu danh sách minh chứng' },
      soNgayTre: { self: 0 },
    });
    fillForm(wbs[1].wb, {
      yn: { self: 'Không' },
      rate: { self: 0.5 },
      soNgayTre: { self: 1 },
      ngayDangKy: { self: '2023-04-01' },
    });
    fillForm(wbs[2].wb, {
      yn: { self: 'Có' },
      rate: { self: 0.8 },
      soNgayTre: { self: 0 },
      ngayDangKy: { self: '2023-03-02' },
    });
    return Promise.all(wbs.map(async (w) => ({ name: w.name, wb: await reload(w.wb) })));
  }

  it('reads each form: own and appraised values side by side, evidence and reason', async () => {
    const files = (await filled()).map((f) => asFormFile(f.name, f.wb));
    const merged = mergeForms(plan, files);
    expect(merged.problems).toEqual([]);
    expect(merged.roster.map((u) => u.id)).toEqual(['xa-a', 'xa-b', 'xa-c']);
    expect(merged.units[0].rows['criterion:rate']).toEqual({
      self: 0.9,
      appraised: 0.7,
      evidence: null,
      reason: 'Thiếu danh sách minh chứng',
    });
    expect(merged.units[0].rows['criterion:yn'].evidence).toBe('QĐ 12/QĐ-UBND');
  });

  it('names the forms missing, and refuses a form for another plan or block with its file name', async () => {
    const [a, , c] = await filled();
    const otherPlan = formsPlan({ id: 'ke-hoach-khac' });
    const [foreign] = await formWorkbooks(otherPlan, [{ name: 'Xã B' }]);
    const twoBlocks = formsPlan({
      blocks: [
        { id: 'a', name: 'Khối A' },
        { id: 'b', name: 'Khối B' },
      ],
    });
    const [wrongBlock] = await formWorkbooks(twoBlocks, [{ name: 'Xã B' }], { block: 'b' });
    const same = mergeForms(plan, [
      asFormFile('xa-a.xlsx', a.wb),
      asFormFile('xa-c.xlsx', c.wb),
      asFormFile('phieu-ke-hoach-khac.xlsx', foreign.wb),
    ]);
    expect(same.problems.find((p) => p.code === 'form-other-plan')?.message).toBe(
      'phieu-ke-hoach-khac.xlsx (trang "Phiếu tự chấm"): phiếu của đơn vị "Xã B" thuộc kế hoạch "ke-hoach-khac", không phải "test-plan" — không gộp.',
    );
    expect(same.problems.find((p) => p.code === 'form-missing')?.message).toContain(
      'Chưa có phiếu của 1 đơn vị: Xã B',
    );
    expect(same.units.map((u) => u.id)).toEqual(['xa-a', 'xa-c']);
    // a form of this plan for block b, merged as block a
    const formsB = await formWorkbooks(twoBlocks, [{ name: 'Xã A' }], { block: 'a' });
    const blockMerge = mergeForms(
      twoBlocks,
      [asFormFile('khoi-a.xlsx', formsB[0].wb), asFormFile('phieu-khoi-b.xlsx', wrongBlock.wb)],
      {
        block: 'a',
      },
    );
    expect(blockMerge.problems.find((p) => p.code === 'form-other-block')?.message).toContain(
      'phieu-khoi-b.xlsx (trang "Phiếu tự chấm"): phiếu của đơn vị "Xã B" thuộc khối "b", không phải khối "a"',
    );
    // without --block, forms of several blocks are refused as a whole
    expect(
      mergeForms(twoBlocks, [
        asFormFile('khoi-a.xlsx', formsB[0].wb),
        asFormFile('phieu-khoi-b.xlsx', wrongBlock.wb),
      ]).problems[0].code,
    ).toBe('forms-several-blocks');
  });

  it('names duplicated forms: different ones are both refused, identical ones merged once', async () => {
    const [a, b] = await filled();
    const copy = await reload(b.wb);
    const identical = mergeForms(plan, [
      asFormFile('b.xlsx', b.wb),
      asFormFile('b-ban-sao.xlsx', copy),
      asFormFile('a.xlsx', a.wb),
    ]);
    const dup = identical.problems.find((p) => p.code === 'form-duplicate');
    expect(dup?.severity).toBe('warning');
    expect(identical.units.map((u) => u.id)).toEqual(['xa-a', 'xa-b']);
    fillForm(copy, { rate: { self: 0.55 } });
    const different = mergeForms(plan, [
      asFormFile('b.xlsx', b.wb),
      asFormFile('b-ban-sao.xlsx', copy),
      asFormFile('a.xlsx', a.wb),
    ]);
    expect(different.problems.find((p) => p.code === 'form-duplicate')).toMatchObject({
      severity: 'error',
      message:
        'Đơn vị "Xã B" có 2 phiếu khác nhau: b-ban-sao.xlsx ("Phiếu tự chấm"), b.xlsx ("Phiếu tự chấm") — không gộp phiếu nào; giữ lại một phiếu đúng rồi gộp lại.',
    });
    expect(different.units.map((u) => u.id)).toEqual(['xa-a']);
  });

  it('names a form whose structure changed: a row deleted, a criterion renamed', async () => {
    const [a, b, c] = await filled();
    const { identity, sheet } = formIdentities(readWorkbook(a.wb).settings).forms[0];
    const wsA = a.wb.getWorksheet(sheet)!;
    wsA.spliceRows(identity.layout.rows[0].row + 1, 1); // the row of criterion 1 deleted
    const wsB = b.wb.getWorksheet(sheet)!;
    wsB.getCell(identity.layout.rows[1].row + 1, 2).value = 'Tỷ lệ hồ sơ (đã sửa)';
    const merged = mergeForms(plan, [
      asFormFile('a.xlsx', a.wb),
      asFormFile('b.xlsx', b.wb),
      asFormFile('c.xlsx', c.wb),
    ]);
    const changed = merged.problems.filter((p) => p.code === 'form-changed');
    expect(changed.map((p) => p.file)).toEqual(['a.xlsx', 'b.xlsx']);
    expect(changed[0].message).toContain('phiếu của đơn vị "Xã A" đã bị thay đổi cấu trúc');
    expect(changed[0].message).toContain(
      `B${identity.layout.rows[0].row + 1}: dòng mục 1 "Có kế hoạch" nay là "2 Tỷ lệ hồ sơ trực tuyến"`,
    );
    expect(changed[1].message).toContain('nay là "2 Tỷ lệ hồ sơ (đã sửa)"');
    expect(merged.units.map((u) => u.id)).toEqual(['xa-c']);
  });

  it('a form made before the plan gained a criterion names the criterion it lacks', async () => {
    const [a] = await filled();
    const grown = formsPlan({
      criteria: [
        ...formsPlan().criteria,
        {
          id: 'moi',
          number: '3',
          title: 'Tiêu chí mới',
          maxPoints: 5,
          scoring: { kind: 'assessed' },
          required: true,
        },
      ],
    });
    const merged = mergeForms(grown, [asFormFile('a.xlsx', a.wb)]);
    expect(merged.problems.find((p) => p.code === 'form-changed')?.message).toContain(
      'mục 3 "Tiêu chí mới" không có trên phiếu',
    );
  });

  it('a file that is not a form, and a damaged form id, are named', async () => {
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Sheet1').getCell('A1').value = 'x';
    const [a] = await filled();
    const model = readWorkbook(a.wb);
    const key = Object.keys(model.settings ?? {}).find((k) => k.startsWith('thidua.form.'))!;
    const broken = { ...model, settings: { ...model.settings, [key]: '{"kind":' } };
    const merged = mergeForms(plan, [
      asFormFile('ghi-chu.xlsx', plain),
      { name: 'hong.xlsx', model: broken },
    ]);
    expect(merged.problems.map((p) => [p.code, p.file])).toEqual([
      ['form-not-a-form', 'ghi-chu.xlsx'],
      ['form-unreadable', 'hong.xlsx'],
    ]);
  });
});
