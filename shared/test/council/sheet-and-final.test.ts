import { diffLines, diffRuns } from '../../src/council/diff';
import { COUNCIL_SETTING_KEYS, finalStatus, markFinal } from '../../src/council/final';
import { snapshotOf } from '../../src/council/snapshot';
import {
  addDecisionPlan,
  COUNCIL_SHEET_NAME,
  councilSheetPlan,
  findCouncilSheet,
  readCouncilSheet,
} from '../../src/sheet/council-sheet';
import type { CellValue, SheetModel } from '../../src/sheet/model';
import { base, score, tie, unit } from './fixture';

/** The sheet as an adapter would read it back after the template and some typed rows. */
function sheetWith(rows: CellValue[][]): SheetModel {
  const plan = councilSheetPlan();
  const grid: CellValue[][] = [];
  for (const b of plan.blocks)
    b.values.forEach((line, i) =>
      line.forEach((v, j) => {
        (grid[b.at.row + i] ??= [])[b.at.col + j] = v;
      }),
    );
  rows.forEach((r) => grid.push(r));
  const width = Math.max(...grid.map((r) => r.length));
  const values = grid.map((r) => Array.from({ length: width }, (_, j) => r?.[j] ?? null));
  return { name: COUNCIL_SHEET_NAME, origin: { row: 0, col: 0 }, values };
}

describe('the "Quyết định của Hội đồng" sheet', () => {
  it('is a template with validation on the input cells, listed as ours by its first rows only', () => {
    const plan = councilSheetPlan({
      settings: { 'thidua.sheets': JSON.stringify([{ name: 'Kết quả', stamp: 'x' }]) },
    });
    expect(plan.sheets).toEqual([{ name: COUNCIL_SHEET_NAME, mode: 'createIfMissing' }]);
    expect(plan.validations?.map((v) => [v.type, v.range.left])).toEqual([
      ['list', 1],
      ['date', 9],
      ['whole', 6],
      ['whole', 7],
    ]);
    expect(plan.validations?.[0].list).toContain('Chọn đơn vị nhận giải đồng hạng');
    expect(plan.validations?.[0].list?.join(',').length).toBeLessThan(250);
    const owned = JSON.parse(plan.settings['thidua.sheets']) as { name: string }[];
    expect(owned.map((o) => o.name)).toEqual(['Kết quả', COUNCIL_SHEET_NAME]);
    expect(findCouncilSheet([{ name: 'council decisions' }])).toEqual({ name: 'council decisions' });
  });

  it('reads each row as a decision, in either language, with its row as source', () => {
    const read = readCouncilSheet(
      sheetWith([
        [
          1,
          'Chọn đơn vị nhận giải đồng hạng',
          'Xã B',
          null,
          'Giải Nhì',
          null,
          null,
          null,
          'Biểu quyết',
          '05/01/2024',
          'Thư ký',
        ],
        [2, 'tính 0 điểm', 'Xã X', null, null, null, null, null, 'Không nộp', 45296, 'Thư ký'],
        [3, 'Vote result', 'Xã A', null, 'nhat', null, '9', 10, 'Bỏ phiếu kín', '2024-01-05', 'Thư ký'],
        [4, 'Không xét thi đua', 'Xã C', 'xa', null, 'Điều 6', null, null, 'Vi phạm', '05/01/2024', 'Thư ký'],
        [null, null, null, null, null, null, null, null, null, null, null],
      ]),
    );
    expect(read.problems).toEqual([]);
    expect(read.decisions).toEqual([
      {
        kind: 'tie',
        unit: 'Xã B',
        award: 'Giải Nhì',
        ...base,
        reason: 'Biểu quyết',
        recordedBy: 'Thư ký',
        source: `${COUNCIL_SHEET_NAME}, 6`,
      },
      {
        kind: 'missing',
        unit: 'Xã X',
        rule: 'zero',
        ...base,
        reason: 'Không nộp',
        recordedBy: 'Thư ký',
        source: `${COUNCIL_SHEET_NAME}, 7`,
      },
      {
        kind: 'vote',
        unit: 'Xã A',
        award: 'nhat',
        votesFor: 9,
        members: 10,
        ...base,
        reason: 'Bỏ phiếu kín',
        recordedBy: 'Thư ký',
        source: `${COUNCIL_SHEET_NAME}, 8`,
      },
      {
        kind: 'exclude',
        unit: 'Xã C',
        block: 'xa',
        rule: 'Điều 6',
        ...base,
        reason: 'Vi phạm',
        recordedBy: 'Thư ký',
        source: `${COUNCIL_SHEET_NAME}, 9`,
      },
    ]);
  });

  it('names the cell of a row it cannot read, and applies nothing of it', () => {
    const read = readCouncilSheet(
      sheetWith([
        [1, 'Quyết định lạ', 'Xã B', null, null, null, null, null, 'x', '05/01/2024', 'Thư ký'],
        [2, 'Kết quả bỏ phiếu', 'Xã A', null, 'nhat', null, 12, 10, 'x', '05/01/2024', 'Thư ký'],
        [3, 'Xét thi đua', 'Xã A', null, null, null, null, null, 'x', '31/02/2024', 'Thư ký'],
        [4, 'Xét thi đua', 'Xã A', null, null, 'Điều 6', null, null, null, '05/01/2024', 'Thư ký'],
      ]),
    );
    expect(read.decisions).toEqual([]);
    expect(read.problems.map((p) => [p.path, p.message])).toEqual([
      [
        `'${COUNCIL_SHEET_NAME}'!B6`,
        `Trang "${COUNCIL_SHEET_NAME}", dòng 6: chưa rõ loại quyết định "Quyết định lạ" (chọn trong danh sách) — quyết định này chưa được áp dụng`,
      ],
      [
        `'${COUNCIL_SHEET_NAME}'!G7`,
        `Trang "${COUNCIL_SHEET_NAME}", dòng 7: "Số phiếu đồng ý" không hợp lệ (Số phiếu đồng ý không được lớn hơn tổng số thành viên) — quyết định này chưa được áp dụng`,
      ],
      [
        `'${COUNCIL_SHEET_NAME}'!J8`,
        `Trang "${COUNCIL_SHEET_NAME}", dòng 8: ngày quyết định "31/02/2024" không đọc được (dd/mm/yyyy) — quyết định này chưa được áp dụng`,
      ],
      [
        `'${COUNCIL_SHEET_NAME}'!I9`,
        `Trang "${COUNCIL_SHEET_NAME}", dòng 9: thiếu "Lý do" — quyết định này chưa được áp dụng`,
      ],
    ]);
  });

  it('adds a decision as one appended row, or with the template when the sheet is missing', () => {
    const d = tie('Xã B', 'Giải Nhì');
    const existing = sheetWith([
      [1, 'Xét thi đua', 'Xã A', null, null, 'Điều 6', null, null, 'x', '05/01/2024', 'Thư ký'],
    ]);
    const plan = addDecisionPlan(existing, d);
    expect(plan.blocks).toEqual([]);
    expect(plan.appends).toEqual([
      {
        sheet: COUNCIL_SHEET_NAME,
        values: [
          [
            2,
            'Chọn đơn vị nhận giải đồng hạng',
            'Xã B',
            null,
            'Giải Nhì',
            null,
            null,
            null,
            'Hội đồng biểu quyết',
            '05/01/2024',
            'Thư ký Hội đồng',
          ],
        ],
      },
    ]);
    const fresh = addDecisionPlan(undefined, d);
    expect(fresh.sheets).toEqual([{ name: COUNCIL_SHEET_NAME, mode: 'createIfMissing' }]);
    const back = readCouncilSheet(sheetWith([fresh.blocks[fresh.blocks.length - 1].values[0]]));
    expect(back.decisions).toEqual([{ ...d, source: `${COUNCIL_SHEET_NAME}, 6` }]);
  });
});

const RUN = [unit('a', 90), unit('b', 80), unit('c', 80), unit('d', 70)];

describe('diff and final results', () => {
  it('names gains, losses and money in Vietnamese', () => {
    const before = snapshotOf(score(RUN));
    const after = snapshotOf(score(RUN, [tie('b', 'nhi')]));
    const d = diffRuns(before, after);
    expect(d.gained.map((g) => g.id)).toEqual(['b', 'c']);
    expect(diffLines(d, 'vi')).toEqual([
      expect.stringMatching(/^Khác nhau ở: quyết định của Hội đồng \(không có → [0-9a-f]{12}\)$/),
      'Được giải: Xã B — Giải Nhì (2.000.000 đ) (trước: chưa xác định)',
      'Được giải: Xã C — Giải Ba (1.000.000 đ) (trước: chưa xác định)',
      'Tiền thưởng — xa, Giải Ba: 1 giải, 1.000.000 đ → 2 giải, 2.000.000 đ (+1.000.000 đ)',
      'Tiền thưởng — xa, Giải Nhì: 0 giải, 0 đ → 1 giải, 2.000.000 đ (+2.000.000 đ)',
      'Tổng tiền thưởng: 4.000.000 đ → 7.000.000 đ (+3.000.000 đ)',
      'Tiền thưởng chưa xác định: 3.000.000 đ → 0 đ',
    ]);
    expect(diffLines(diffRuns(after, after), 'en')).toEqual([
      'The two runs are the same: same plan, data, decisions, version and results.',
    ]);
  });

  it('keeps the final record and refuses to replace it silently', () => {
    const now = new Date(Date.UTC(2024, 0, 5, 3, 0));
    const decided = score(RUN, [tie('b', 'nhi')]);
    const first = markFinal(decided, {}, { now, by: 'Chủ tịch' });
    if (!first.ok) throw new Error(first.message);
    const settings = { [COUNCIL_SETTING_KEYS.final]: JSON.stringify(first.record) };
    expect(finalStatus(settings, snapshotOf(decided)).kind).toBe('same');
    expect(markFinal(decided, settings, { now })).toEqual({ ok: true, record: first.record });
    // a correction that leaves the tie the council settled as it was (a run whose decision is refused is never
    // marked final, replacing or not: final-refused-decisions.test.ts)
    const corrected = score(
      RUN.map((u) => (u.id === 'd' ? unit('d', 75) : u)),
      [tie('b', 'nhi')],
    );
    expect(corrected.council?.refused).toBe(0);
    const status = finalStatus(settings, snapshotOf(corrected));
    expect(status.kind).toBe('differs');
    const refused = markFinal(corrected, settings, { now });
    expect(refused).toMatchObject({ ok: false });
    if (refused.ok) return;
    expect(refused.message).toContain(
      'Sổ đã có kết quả chính thức chốt ngày 05/01/2024 10:00, khác với lần chấm này (dữ liệu)',
    );
    const replaced = markFinal(corrected, settings, { now, replace: true });
    expect(replaced.ok && replaced.record.replaced).toEqual([
      {
        markedAt: first.record.markedAt,
        markedBy: 'Chủ tịch',
        fingerprint: first.record.snapshot.fingerprint,
      },
    ]);
  });
});
