import { scoreRequest } from '../../src/api/score-request';
import type { UnitInput } from '../../src/engine/types';
import {
  markNotMapped,
  mappingCoverage,
  NOT_MAPPED_FLAG,
  notMappedItemText,
  resolveMapping,
  scoringGate,
} from '../../src/workflow';
import { idSheet, proposed, workflowPlan } from './helpers';

const plan = workflowPlan();
const ids = (items: { target: { id: string } }[]) => items.map((i) => i.target.id);

/** Units in block a: yn, rate, late and cchc 2021 have columns; cchc 2022 and the block-b target do not. */
const partSheet = idSheet(
  'Bảng',
  ['yn', 'rate', 'late', 'cchc_2021'],
  [
    ['Xã A', 'Khối A', 'Có', 85, 0, 'Tốt'],
    ['Xã B', 'Khối A', 'Không', 70, 1, 'Kém'],
  ],
);
const noneSheet = idSheet(
  'Danh sách',
  ['Số điện thoại', 'Người phụ trách'],
  [
    ['Xã A', 'Khối A', 2903123, 'Ông Ba'],
    ['Xã B', 'Khối B', 2903124, 'Bà Tư'],
  ],
);

describe('mappingCoverage: how much of the plan a mapping reads', () => {
  it('nothing mapped: status none, every criterion, target and required fact listed', () => {
    const mapping = proposed(noneSheet, plan);
    const coverage = mappingCoverage(mapping, plan);
    expect(coverage.status).toBe('none');
    expect(coverage.mapped).toBe(0);
    // "note" is optional (required: false): never missed
    expect(ids(coverage.notMapped)).toEqual(['yn', 'rate', 'online', 'late', 'cchc_2021', 'cchc_2022']);
  });

  it('part mapped: a per-year fact counts year by year; a target of block b only does not count for block a', () => {
    const mapping = proposed(partSheet, plan);
    const units: UnitInput[] = [{ id: 'x', block: 'a', values: {} }];
    expect(mappingCoverage(mapping, plan, units)).toMatchObject({ status: 'partial', mapped: 4 });
    expect(ids(mappingCoverage(mapping, plan, units).notMapped)).toEqual(['cchc_2022']);
    // no units known yet (or one in block b): the block-b target is missed too
    expect(ids(mappingCoverage(mapping, plan).notMapped)).toEqual(['online', 'cchc_2022']);
    expect(ids(mappingCoverage(mapping, plan, [{ id: 'y', block: 'b', values: {} }]).notMapped)).toEqual([
      'online',
      'cchc_2022',
    ]);
  });

  it('everything mapped: complete; a column fed to an id the plan lacks counts for nothing', () => {
    const all = idSheet(
      'Bảng',
      ['yn', 'rate', 'online', 'late', 'cchc_2021', 'cchc_2022'],
      [
        ['Xã A', 'Khối A', 'Có', 85, 90, 0, 'Tốt', 'Tốt'],
        ['Xã B', 'Khối B', 'Không', 70, 60, 1, 'Kém', 'Tốt'],
      ],
    );
    const mapping = proposed(all, plan);
    expect(mappingCoverage(mapping, plan)).toEqual({
      status: 'complete',
      mapped: 6,
      notMapped: [],
      uncertain: [],
    });
    const stale = {
      ...mapping,
      columns: mapping.columns.map((c) => ({
        ...c,
        target: { kind: 'criterion' as const, id: `old-${c.index}` },
      })),
    };
    expect(mappingCoverage(stale, plan).status).toBe('none');
  });

  it('lists an item the way the pane shows it', () => {
    const [yn, , online, , year] = mappingCoverage(proposed(noneSheet, plan), plan).notMapped;
    expect(notMappedItemText(yn, 'vi')).toBe('Tiêu chí 1 — Có kế hoạch');
    expect(notMappedItemText(online, 'en')).toBe('Target a.1 — Tỷ lệ dịch vụ công trực tuyến');
    expect(notMappedItemText(year, 'vi')).toBe('Dữ kiện "Xếp loại CCHC" năm 2021');
  });
});

describe('scoringGate: too little mapped is an error', () => {
  it('refuses nothing mapped, naming the sheet, the headers read and what to do (CLI)', () => {
    const resolved = resolveMapping(noneSheet, plan, {})!;
    const gate = scoringGate(resolved, plan, undefined, {
      audience: 'cli',
      allowPartial: true,
      sheetNames: ['Danh sách', 'Ghi chú'],
    });
    expect(gate.ok).toBe(false);
    if (gate.ok) return;
    expect(gate.code).toBe('nothing-mapped');
    expect(gate.problem).toMatchObject({ path: 'Danh sách', code: 'nothing-mapped' });
    expect(gate.problem.message).toContain(
      'Đã đọc trang "Danh sách" (tiêu đề ở dòng 1): "Số điện thoại", "Người phụ trách".',
    );
    expect(gate.problem.message).toContain(
      'thidua template --plan test-plan -o bang-cham-diem-test-plan.xlsx',
    );
    expect(gate.problem.message).toContain('--sheet "<tên trang>" (các trang khác trong sổ: Ghi chú)');
    expect(gate.problem.message).toMatch(/Không ghi tệp kết quả nào\.$/);
    expect(gate.problem.messageEn).toContain(
      'Read sheet "Danh sách" (headers in row 1): "Số điện thoại", "Người phụ trách".',
    );
    expect(gate.problem.messageEn).toContain('choose the right sheet with --sheet');
  });

  it('the pane is told which steps and buttons to use instead of commands', () => {
    const resolved = resolveMapping(noneSheet, plan, {})!;
    const gate = scoringGate(resolved, plan, undefined, { audience: 'pane' });
    if (gate.ok) throw new Error('not refused');
    expect(gate.problem.message).toContain('ở bước "2. Bảng tính"');
    expect(gate.problem.message).toContain('"Tạo trang chấm điểm theo kế hoạch"');
    expect(gate.problem.message).not.toContain('thidua');
    expect(gate.problem.message).toMatch(/Chưa ghi gì vào sổ\.$/);
  });

  it('part mapped waits for --allow-partial (or the confirmation), then says what is not read', () => {
    const resolved = resolveMapping(partSheet, plan, {})!;
    const waiting = scoringGate(resolved, plan, undefined, { audience: 'cli' });
    if (waiting.ok) throw new Error('partial mapping scored without confirmation');
    expect(waiting.code).toBe('partial-mapping');
    expect(waiting.problem.message).toBe(
      'Trang "Bảng": 2 mục của kế hoạch không có cột nào nên sẽ không được đọc — mọi đơn vị đều thiếu: chỉ tiêu a.1, dữ kiện "Xếp loại CCHC" năm 2022. Chưa chấm. Thêm cột cho các mục này (hoặc ghép cột trong phần bổ trợ Excel), hoặc thêm --allow-partial để vẫn chấm với phần đã ghép.',
    );
    const allowed = scoringGate(resolved, plan, undefined, { audience: 'cli', allowPartial: true });
    expect(allowed.ok).toBe(true);
    if (!allowed.ok) return;
    expect(allowed.note?.messageEn).toBe(
      'Sheet "Bảng": 2 items of the plan fed by no column will not be read — every unit misses them: target a.1, fact "Xếp loại CCHC" 2022. Scored as asked; each unit’s result names what was not read (criteria-not-mapped).',
    );
  });

  it('a complete mapping passes with no note', () => {
    const all = idSheet(
      'Bảng',
      ['yn', 'rate', 'online', 'late', 'cchc_2021', 'cchc_2022'],
      [
        ['Xã A', 'Khối A', 'Có', 85, 90, 0, 'Tốt', 'Tốt'],
        ['Xã B', 'Khối B', 'Không', 70, 60, 1, 'Kém', 'Tốt'],
      ],
    );
    expect(scoringGate(resolveMapping(all, plan, {})!, plan, undefined, { audience: 'pane' })).toMatchObject({
      ok: true,
      coverage: { status: 'complete' },
    });
    expect(
      scoringGate(resolveMapping(all, plan, {})!, plan, undefined, { audience: 'pane' }),
    ).not.toHaveProperty('note');
  });
});

describe('markNotMapped: every unit result says what was not read', () => {
  const units: UnitInput[] = [
    { id: 'xa-a', name: 'Xã A', block: 'a', values: { yn: 'Có', rate: 85 }, facts: { late: 0 } },
    { id: 'xa-b', name: 'Xã B', block: 'b', values: { yn: 'Không', rate: 70 }, facts: { late: 1 } },
  ];
  const outcome = scoreRequest({ plan, units, options: { lang: 'vi' } });
  if (!outcome.ok) throw new Error(outcome.title);
  const mapping = proposed(partSheet, plan);

  it('flags each unit with the items that apply to its block, and counts the flag', () => {
    const coverage = mappingCoverage(mapping, plan);
    const marked = markNotMapped(outcome.response, coverage, 'vi');
    const flag = (id: string) =>
      marked.results.find((r) => r.unitId === id)?.flags.find((f) => f.code === NOT_MAPPED_FLAG);
    expect(flag('xa-a')).toEqual({
      code: 'criteria-not-mapped',
      message: 'Không đọc được vì không có cột nào trên trang: dữ kiện "Xếp loại CCHC" năm 2022',
      notMapped: ['cchc_2022'],
    });
    expect(flag('xa-b')).toEqual({
      code: 'criteria-not-mapped',
      message:
        'Không đọc được vì không có cột nào trên trang: chỉ tiêu a.1, dữ kiện "Xếp loại CCHC" năm 2022',
      notMapped: ['online', 'cchc_2022'],
    });
    expect(marked.summary.flagCounts[NOT_MAPPED_FLAG]).toBe(2);
    // the engine's own response is left as it was
    expect(outcome.response.results.flatMap((r) => r.flags).some((f) => f.code === NOT_MAPPED_FLAG)).toBe(
      false,
    );
    expect(markNotMapped(outcome.response, coverage, 'en').results[0].flags.at(-1)?.message).toMatch(
      /^Not read — no column of the sheet feeds: /,
    );
  });

  it('a complete mapping adds nothing', () => {
    const complete = { status: 'complete' as const, mapped: 6, notMapped: [] };
    expect(markNotMapped(outcome.response, complete, 'vi')).toBe(outcome.response);
  });
});
