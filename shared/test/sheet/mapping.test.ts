import { builtInPlan } from '../../src/plans';
import {
  ColumnMappingSchema,
  detectTable,
  mappingFromSetting,
  mappingSettingKey,
  mappingTargets,
  mappingToSetting,
  proposeMapping,
  refreshMapping,
  unmappedTargets,
} from '../../src/sheet';
import { sheet } from './helpers';

const xa = builtInPlan('phung-hiep-2023-xa')!.plan;

describe('proposeMapping', () => {
  it('gives a criterion to one column only and explains why the other lost', () => {
    const s = sheet('Sheet1', [
      ['Tên đơn vị', 'Tiêu chí 8', '(8)', 'TC1'],
      ['Xã A', 0.8, 0.8, 'x'],
    ]);
    const m = proposeMapping(s, detectTable(s)!, xa);
    expect(m.columns.map((c) => c.target?.id ?? null)).toEqual(['tc08', null, 'tc01']);
    expect(m.columns[1].reason).toBe(
      'Khớp số thứ tự 8 ("(8)"), giá trị là số, nhưng cột B khớp chắc chắn hơn (0,95) nên cột này bỏ qua',
    );
    expect(m.columns[1].reasons?.map((r) => r.code)).toEqual(['number', 'values', 'lost']);
    // two columns both numbered 8: the stronger reference wins, but the choice is the official's to confirm
    expect(m.columns[0].confidence).toBe(0.7);
    expect(m.columns[0].reason).toContain('gần bằng cột C — cần kiểm tra');
  });

  it('never maps the points columns the tool writes back', () => {
    const s = sheet('Sheet1', [
      ['Tên đơn vị', '(8)', 'Điểm TC8 (/10)', 'Points C8 (/10)', 'Tổng điểm'],
      ['Xã A', 0.8, 10, 10, 10],
    ]);
    const m = proposeMapping(s, detectTable(s)!, xa);
    expect(m.columns.map((c) => c.target?.id ?? null)).toEqual(['tc08', null, null, null]);
    expect(m.columns[1].reason).toBe('Cột kết quả hoặc ghi chú, không phải số liệu đầu vào');
  });

  it('flags a number whose text says otherwise, and an unknown number', () => {
    const s = sheet('Sheet1', [
      ['Tên đơn vị', '5. Số tin, bài về chuyển đổi số được duyệt đăng trên Cổng thông tin điện tử', 'TC 99'],
      ['Xã A', 30, 1],
    ]);
    const m = proposeMapping(s, detectTable(s)!, xa);
    // The text is a near copy of criterion 22: it wins over the number, with a warning and less confidence.
    expect(m.columns[0]).toMatchObject({ target: { id: 'tc22' }, confidence: 0.6 });
    expect(m.columns[0].reason).toContain('nhưng số thứ tự 5 lại là tiêu chí 5 — cần kiểm tra');
    expect(m.columns[1]).toMatchObject({
      target: null,
      reason: 'Số "TC 99" không có trong kế hoạch (các tiêu chí 1–24)',
    });
  });

  it('maps a column headed by the criterion id with full confidence', () => {
    const s = sheet('Sheet1', [
      ['Đơn vị', 'tc08', 'lateDossiersMaxInMonth'],
      ['Xã A', 0.8, 0],
    ]);
    const m = proposeMapping(s, detectTable(s)!, xa);
    expect(m.columns.map((c) => [c.target, c.confidence])).toEqual([
      [{ kind: 'criterion', id: 'tc08' }, 1],
      [{ kind: 'fact', id: 'lateDossiersMaxInMonth' }, 1],
    ]);
    expect(unmappedTargets(m, xa)).toHaveLength(24 + 2 - 2);
    expect(m.planHash).toMatch(/^sha256:/);
  });
});

describe('mapping persistence', () => {
  const s = sheet('Sheet1', [
    ['Tên đơn vị', 'TC1', 'TC2'],
    ['Xã A', 'x', 'x'],
  ]);
  const mapping = proposeMapping(s, detectTable(s)!, xa);

  it('round-trips through a workbook setting', () => {
    const text = mappingToSetting(mapping);
    expect(mappingFromSetting(text)).toEqual({ ok: true, mapping });
    expect(mappingSettingKey('Tổng hợp T11')).toBe('thidua.mapping.tong-hop-t11');
  });

  it('rejects broken JSON and invalid mappings with paths', () => {
    expect(mappingFromSetting('{oops')).toEqual({
      ok: false,
      problems: [expect.objectContaining({ path: 'mapping', code: 'mapping-invalid' })],
    });
    const twice = {
      ...mapping,
      columns: [mapping.columns[0], { ...mapping.columns[1], target: mapping.columns[0].target }],
    };
    const out = mappingFromSetting(JSON.stringify(twice));
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.problems[0].path).toBe('mapping.columns[1].target');
    const bad = mappingFromSetting(JSON.stringify({ ...mapping, version: 2 }));
    expect(bad.ok || bad.problems[0].path).toBe('mapping.version');
    expect(
      ColumnMappingSchema.safeParse({ ...mapping, columns: [{ ...mapping.columns[0], index: 0 }] }).success,
    ).toBe(false);
  });
});

describe('refreshMapping (reusing last month’s mapping)', () => {
  const november = sheet('T11', [
    ['Tên đơn vị', 'TC1', 'TC2'],
    ['Xã A', 'x', 'x'],
    ['Xã B', 'x', 'x'],
    ['Tổng cộng', 2, 2],
  ]);
  const saved = proposeMapping(november, detectTable(november)!, xa);

  it('reads the rows added since, and stops before the totals again', () => {
    const december = sheet('T12', [
      ['Tên đơn vị', 'TC1', 'TC2'],
      ['Xã A', 'x', 'x'],
      ['Xã B', 'x', 'x'],
      ['Xã C', 'x', 'x'],
      ['Tổng cộng', 3, 3],
    ]);
    const { mapping, problems, skipped } = refreshMapping(december, saved);
    expect(saved.dataEnd).toBe(2);
    expect(mapping).toEqual({ ...saved, sheet: 'T12', dataEnd: 3 });
    expect(problems).toEqual([]);
    expect(skipped).toEqual([{ index: 4, reason: 'Dòng tổng cộng "Tổng cộng"' }]);
  });

  it('reports a mapped column whose header changed', () => {
    const moved = sheet('T12', [
      ['Tên đơn vị', 'TC2', 'TC1'],
      ['Xã A', 'x', 'x'],
    ]);
    const { problems } = refreshMapping(moved, saved);
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['T12!B1', 'mapping-header-changed'],
      ['T12!C1', 'mapping-header-changed'],
    ]);
    expect(problems[0].message).toContain('cột B');
  });
});

describe('mappingTargets', () => {
  it('lists targets, per-year facts one year at a time and the collective, each with its number and titles', () => {
    const kg = builtInPlan('kien-giang-243-2023')!.plan;
    const cchc = builtInPlan('kien-giang-sxd-609-cchc')!.plan;
    const kgTargets = mappingTargets(kg);
    expect(kgTargets.find((t) => t.target.id === 'cqs-01')).toMatchObject({
      target: { kind: 'target', id: 'cqs-01' },
      shown: {
        number: 'a.1',
        title: expect.stringMatching(/^Tỷ lệ thủ tục hành chính/),
        titleEn: 'Eligible procedures offered as full-process online services',
      },
    });
    const cchcTargets = mappingTargets(cchc);
    const years = cchcTargets.filter((t) => t.target.id.startsWith('cchc_'));
    expect(years.map((t) => [t.target.id, t.shown.year])).toEqual(
      [2021, 2022, 2023, 2024, 2025].map((y) => [`cchc_${y}`, y]),
    );
    expect(years[0].shown).toEqual({
      title: 'Xếp loại kết quả thực hiện nhiệm vụ CCHC năm',
      titleEn: 'Yearly CCHC rating',
      year: 2021,
    });
    expect(cchcTargets.filter((t) => t.target.kind === 'unitField')).toEqual([
      expect.objectContaining({
        target: { kind: 'unitField', id: 'collective' },
        shown: { title: 'Tập thể của cá nhân', titleEn: "The individual's collective" },
      }),
    ]);
    expect(mappingTargets(xa).some((t) => t.target.kind === 'unitField')).toBe(false);
    expect(mappingTargets(xa)[7].shown).toMatchObject({ number: '8', title: xa.criteria[7].title });
  });
});
