/**
 * What the pane checks before it writes into an official's workbook, against the office-addin-mock double and the
 * hostile Excel over it: a workbook whose structure is protected, Excel's refusals over merged cells as hosts report
 * them, hidden columns far right of the table, the settings read, and a hostile audit of the write-back (a sheet
 * renamed, rows inserted, tables, filters, validation, formulas, stray formats, long names, formula-like text).
 */
import type { WritePlan } from '@thidua/core/sheet';
import { parseOutputSetting, SETTING_KEYS } from '@thidua/core/sheet';
import {
  applyWritePlan,
  isMergeConflict,
  MergedAreaError,
  PartialWriteError,
  readSheet,
  WorkbookProtectedError,
} from '../src/adapters/office';
import { officeHost } from '../src/adapters/office-host';
import { readSettings, saveSettings } from '../src/adapters/office-settings';
import { detect, loadPlanJson, runScoring, type ScoringRun } from '../src/workflow';
import { fakeExcel, type FakeExcel, type Grid } from './fake-excel';
import {
  hostileExcel,
  installOffice,
  removeOffice,
  type HostileExcel,
  type HostileRules,
} from './hostile-excel';
import { OFFLINE_API, installExcel, removeExcel } from './offline';

type Value = string | number | boolean | null;

const SHEET = 'Bảng điểm';

const PLAN = {
  id: 'gia-dinh-van-hoa-2024',
  version: '1.0.0',
  title: 'Kế hoạch bình xét ấp văn hóa năm 2024',
  source: { number: '12/KH-UBND', issuer: 'UBND xã Thử Nghiệm', date: '2024-02-01' },
  period: { from: '2024-01-01', to: '2024-12-31' },
  blocks: [{ id: 'ap', name: 'Khối ấp', prizeFund: 3_000_000 }],
  criteria: [
    { id: 'tc1', number: '1', title: 'Có hương ước', maxPoints: 10, scoring: { kind: 'yesNo' } },
    {
      id: 'tc2',
      number: '2',
      title: 'Số buổi sinh hoạt',
      maxPoints: 5,
      scoring: { kind: 'count', method: 'perItem', perItem: 1 },
    },
  ],
  ranking: { order: 'desc', tieBreakers: [] },
  awards: { tiers: [{ id: 'khen', name: 'Giấy khen', count: 1, minTotal: 5, prize: 1_000_000 }] },
};

const HEADER = ['STT', 'Tên ấp', '1. Có hương ước', '2. Số buổi sinh hoạt'];

/** Header in row 1 (0-based 0), units from row 2. Hand totals: yes → 10, plus one point a meeting (max 5). */
function table(names = ['Ấp Một', 'Ấp Hai', 'Ấp Ba']): Value[][] {
  const answers: [string, number][] = [
    ['Có', 3],
    ['Không', 2],
    ['Có', 6],
  ];
  return [HEADER, ...names.map((n, i) => [i + 1, n, ...answers[i % answers.length]])];
}
const TOTALS: Record<string, number> = { 'Ấp Một': 13, 'Ấp Hai': 2, 'Ấp Ba': 15 };

interface Pane {
  excel: FakeExcel;
  hostile: HostileExcel;
  score(now?: Date): Promise<ScoringRun>;
  /** What the official does in Excel between the scoring and the write (the run's write waits for it). */
  beforeWrite?: (excel: FakeExcel) => void;
}

function pane(
  values: Value[][],
  rules: HostileRules = {},
  sheet: Partial<Parameters<typeof fakeExcel>[0]['sheets'][string]> = {},
): Pane {
  const excel = fakeExcel({ sheets: { [SHEET]: { values: values as Grid, ...sheet } } });
  const hostile = hostileExcel(excel, rules);
  installExcel(hostile.context);
  installOffice(hostile.supports);
  const office = officeHost();
  const p: Pane = {
    excel,
    hostile,
    score: async (now = new Date('2024-12-20T03:00:00Z')) => {
      const result = loadPlanJson(JSON.stringify(PLAN));
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      const detection = await detect(office, result.loaded.plan);
      if (!detection) throw new Error('no table detected');
      const host = {
        ...office,
        apply: (...args: Parameters<typeof office.apply>) => {
          p.beforeWrite?.(excel);
          return office.apply(...args);
        },
      };
      return runScoring(host, {
        loaded: result.loaded,
        mapping: detection.mapping,
        lang: 'vi',
        api: OFFLINE_API,
        now,
      });
    },
  };
  return p;
}

afterEach(() => {
  removeExcel();
  removeOffice();
});

function emptyPlan(): WritePlan {
  return {
    sheets: [],
    clear: [],
    blocks: [],
    appends: [],
    conditionalFormats: [],
    columnWidths: [],
    settings: {},
  };
}

/** Results beside the table of "Bảng điểm" and a results sheet added. */
function resultPlan(): WritePlan {
  return {
    ...emptyPlan(),
    sheets: [{ name: 'Kết quả', mode: 'createOrReplace' }],
    blocks: [
      { sheet: SHEET, at: { row: 0, col: 5 }, values: [['Tổng điểm'], [13], [2], [15]] },
      { sheet: 'Kết quả', at: { row: 0, col: 0 }, values: [['KẾT QUẢ']] },
    ],
  };
}

/* ------------------------------------------------------------------------------------------------ */

describe('a workbook whose structure is protected (Review → Protect Workbook)', () => {
  it('is refused in the probe, before anything is written, with no sync more than an unprotected write’s probe', async () => {
    const open = fakeExcel({ sheets: { [SHEET]: { values: table() as Grid } } });
    const openSync = jest.spyOn(open.context, 'sync');
    const report = await applyWritePlan(open.context, resultPlan(), { supports: () => true });
    // the probe, then one write request: the protection read rides the probe
    expect(openSync).toHaveBeenCalledTimes(2);
    expect(report.syncs).toBe(2);

    const locked = fakeExcel({
      sheets: { [SHEET]: { values: table() as Grid } },
      workbookProtected: true,
    });
    const lockedSync = jest.spyOn(locked.context, 'sync');
    const err = (await applyWritePlan(locked.context, resultPlan(), { supports: () => true }).catch(
      (e: unknown) => e,
    )) as WorkbookProtectedError;
    expect(err).toBeInstanceOf(WorkbookProtectedError);
    expect(err.sheets).toEqual(['Kết quả']);
    expect(lockedSync).toHaveBeenCalledTimes(1);
    expect(locked.writes).toEqual([]);
    expect(locked.sheetNames()).toEqual([SHEET]);
  });

  it('says in Vietnamese and English what is protected and how to lift it; nothing written, no sheet added', async () => {
    const p = pane(table(), { structureProtected: true });
    const err = (await p.score().catch((e: unknown) => e)) as Error & { messageEn?: string };
    expect(err.name).toBe('WorkbookProtectedError');
    expect(err.message).toContain('Xem lại → Bảo vệ sổ làm việc');
    expect(err.message).toContain('"Kết quả"');
    expect(err.message).toContain('chưa ghi gì vào sổ');
    expect(err.message).not.toMatch(/dở dang/);
    expect(err.messageEn).toContain('Review → Protect Workbook');
    expect(err.messageEn).toContain('nothing was written');
    expect(p.hostile.refusals).toEqual([]);
    expect(p.excel.writes).toEqual([]);
    expect(p.excel.sheetNames()).toEqual([SHEET]);
    expect(p.excel.settings()).toEqual({});
  });

  it('a plan that adds or deletes no sheet is written: cells can still be changed in a protected structure', async () => {
    const excel = fakeExcel({ sheets: { [SHEET]: { values: table() as Grid }, 'Kết quả': { values: [] } } });
    const hostile = hostileExcel(excel, { structureProtected: true });
    const plan: WritePlan = {
      ...emptyPlan(),
      sheets: [{ name: 'Kết quả', mode: 'createIfMissing' }],
      blocks: [{ sheet: 'Kết quả', at: { row: 0, col: 0 }, values: [['KẾT QUẢ']] }],
    };
    const report = await applyWritePlan(hostile.context, plan, { supports: hostile.supports });
    expect(hostile.refusals).toEqual([]);
    expect(report.requests).toBe(1);
    expect(excel.grid('Kết quả')).toEqual([['KẾT QUẢ']]);
  });

  it('Excel 2016 (ExcelApi 1.6, protection unknown): Excel refuses the added sheet, the block already written is cleared again', async () => {
    const excel = fakeExcel({ sheets: { [SHEET]: { values: table() as Grid } } });
    const hostile = hostileExcel(excel, { structureProtected: true, excelApi: 6 });
    const err = (await applyWritePlan(hostile.context, resultPlan(), { supports: hostile.supports }).catch(
      (e: unknown) => e,
    )) as PartialWriteError;
    expect(hostile.refusals.map((r) => [r.code, r.member])).toEqual([['AccessDenied', 'add']]);
    expect(err).toBeInstanceOf(PartialWriteError);
    // the refused request may have added the sheet as far as the pane knows: named for the official to check
    expect(err.addedSheets).toEqual(['Kết quả']);
    expect(excel.grid(SHEET)).toEqual(table());
    expect(excel.sheetNames()).toEqual([SHEET]);
  });
});

describe('Excel’s refusal of a write over part of a merged cell, as hosts report it', () => {
  const officeError = (code: string, message: string, extra: object = {}) =>
    Object.assign(new Error(message), { code, ...extra });

  it('recognises the documented code, wherever it comes (code, debugInfo, inner error)', () => {
    expect(isMergeConflict(officeError('MergedRangeConflict', 'Cannot complete the operation.'))).toBe(true);
    expect(
      isMergeConflict(officeError('GeneralException', 'x', { debugInfo: { code: 'MergedRangeConflict' } })),
    ).toBe(true);
    expect(
      isMergeConflict(
        officeError('GeneralException', 'x', { innerError: { code: 'MergedRangeConflict', message: '' } }),
      ),
    ).toBe(true);
  });

  it('recognises Excel’s own sentences under a code that can mean it, in English and Vietnamese', () => {
    expect(isMergeConflict(officeError('InvalidOperation', "We can't do that to a merged cell."))).toBe(true);
    expect(isMergeConflict(officeError('InvalidOperation', 'Cannot change part of a merged cell.'))).toBe(
      true,
    );
    expect(
      isMergeConflict(
        officeError('InvalidArgument', 'x', {
          debugInfo: { code: 'InvalidArgument', message: 'Không thể thay đổi một phần của ô đã phối.' },
        }),
      ),
    ).toBe(true);
    expect(
      isMergeConflict(officeError('InvalidOperation', 'Chúng tôi không thể làm điều đó với ô gộp.')),
    ).toBe(true);
  });

  it('does not take other refusals for one', () => {
    expect(isMergeConflict(officeError('AccessDenied', 'You cannot perform the requested operation.'))).toBe(
      false,
    );
    expect(isMergeConflict(officeError('InvalidOperation', 'The operation attempted is invalid.'))).toBe(
      false,
    );
    // a protected sheet's message that happens to name merged cells is still a protected sheet
    expect(isMergeConflict(officeError('AccessDenied', 'merged cell on a protected sheet'))).toBe(false);
    expect(isMergeConflict(null)).toBe(false);
    expect(isMergeConflict('boom')).toBe(false);
  });

  it('Excel 2019 answering InvalidOperation with "We can’t do that to a merged cell.": said as a merged area, nothing left behind', async () => {
    const excel = fakeExcel({ sheets: { [SHEET]: { values: table() as Grid } } });
    const hostile = hostileExcel(excel, {
      excelApi: 7,
      merges: { [SHEET]: [{ top: 0, left: 6, bottom: 0, right: 7 }] },
      mergeRefusal: { code: 'InvalidOperation', message: "We can't do that to a merged cell." },
    });
    const plan: WritePlan = {
      ...resultPlan(),
      blocks: [
        {
          sheet: SHEET,
          at: { row: 0, col: 5 },
          values: [
            ['Tổng điểm', 'Xếp hạng'],
            [13, 2],
            [2, 3],
            [15, 1],
          ],
        },
        { sheet: 'Kết quả', at: { row: 0, col: 0 }, values: [['KẾT QUẢ']] },
      ],
    };
    const err = (await applyWritePlan(hostile.context, plan, { supports: hostile.supports }).catch(
      (e: unknown) => e,
    )) as MergedAreaError;
    expect(err).toBeInstanceOf(MergedAreaError);
    expect(err.message).toContain(`"${SHEET}"`);
    expect(excel.sheetNames()).toEqual([SHEET]);
    expect(excel.grid(SHEET)).toEqual(table());
  });
});

describe('the settings read', () => {
  const big = JSON.stringify({ lyDo: 'Ấp đạt chuẩn văn hóa ba năm liền; '.repeat(2_000) });

  it('small values only: one sync', async () => {
    const excel = fakeExcel({
      sheets: { [SHEET]: { values: [['x']] } },
      settings: { 'thidua.x': '1', 'khac.y': '2' },
    });
    const sync = jest.spyOn(excel.context, 'sync');
    expect(await readSettings(excel.context, 'thidua.')).toEqual({ 'thidua.x': '1' });
    expect(sync).toHaveBeenCalledTimes(1);
  });

  it('a value kept in a custom XML part: two syncs (settings with the parts’ ids, then their text), read back whole', async () => {
    const excel = fakeExcel({ sheets: { [SHEET]: { values: [['x']] } } });
    await saveSettings(excel.context, { 'thidua.lastResult': big, 'thidua.x': '1' });
    // another add-in's part in the same workbook is not read
    excel.context.workbook.customXmlParts.add('<khac xmlns="urn:khac">nội dung</khac>');
    await excel.context.sync();
    const sync = jest.spyOn(excel.context, 'sync');
    expect(await readSettings(excel.context, 'thidua.')).toEqual({
      'thidua.lastResult': big,
      'thidua.x': '1',
    });
    expect(sync).toHaveBeenCalledTimes(2);
  });
});

describe('hidden columns right of the table, past those the pane reads', () => {
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

  it('the official hid every column from J on: the results are refused before writing, not put out of sight', async () => {
    // the pane reads the hidden state of the 24 columns after the table (E:AB); the rest (AC…) it does not
    const p = pane(table(), {}, { hiddenColumns: range(9, 200) });
    const err = (await p.score().catch((e: unknown) => e)) as Error & { messageEn?: string };
    expect(err.name).toBe('HiddenTargetError');
    expect(err.message).toContain(`"${SHEET}"`);
    expect(err.message).toContain('Bỏ ẩn cột');
    expect(err.message).toContain('chưa ghi gì vào sổ');
    expect(err.messageEn).toContain('Unhide Columns');
    expect(p.excel.writes).toEqual([]);
    expect(p.excel.sheetNames()).toEqual([SHEET]);
  });

  it('hidden columns the read saw are skipped, the block lands in visible columns, with no sync more', async () => {
    const p = pane(table(), {}, { hiddenColumns: range(9, 12) });
    const run = await p.score();
    const out = parseOutputSetting(p.excel.settings()[SETTING_KEYS.output])[0];
    expect(out.left).toBeGreaterThan(12);
    for (const c of range(out.left, out.right)) expect(range(9, 12)).not.toContain(c);
    expect(p.excel.value(SHEET, 0, out.left)).toBe('Tổng điểm');
    const plain = pane(table());
    const plainRun = await plain.score();
    expect(run.write.syncs).toBe(plainRun.write.syncs);
  });
});

describe('cells the official prepared where the results would go: data validation, conditional formats', () => {
  // the table is A:D, rows 1–4; the block goes from F (one blank column after it)
  const inF = { top: 0, left: 5, bottom: 3, right: 5 };
  const inG = { top: 1, left: 6, bottom: 2, right: 6 };

  it('a data validation list on G2:G3: refused before writing, column G named, in both languages', async () => {
    const p = pane(table(), {}, { validations: [inG] });
    const err = (await p.score().catch((e: unknown) => e)) as Error & { messageEn?: string };
    expect(err.name).toBe('PreparedTargetError');
    expect(err.message).toContain('(G1:G4) trên trang "Bảng điểm"');
    expect(err.message).toContain('xác thực dữ liệu');
    expect(err.message).toContain('chưa ghi gì vào sổ');
    expect(err.messageEn).toContain('(G1:G4) on sheet "Bảng điểm"');
    expect(err.messageEn).toContain('Data → Data Validation → Clear All');
    expect(p.excel.writes).toEqual([]);
    expect(p.excel.sheetNames()).toEqual([SHEET]);
    expect(p.excel.grid(SHEET)).toEqual(table());
  });

  it('a conditional format on F1:F4: refused before writing, column F named', async () => {
    const p = pane(table(), {}, { conditionalFormats: [inF] });
    const err = (await p.score().catch((e: unknown) => e)) as Error & { messageEn?: string };
    expect(err.name).toBe('PreparedTargetError');
    expect(err.message).toContain('(F1:F4) trên trang "Bảng điểm"');
    expect(err.message).toContain('định dạng có điều kiện');
    expect(err.messageEn).toContain('Clear Rules from Selected Cells');
    expect(p.excel.writes).toEqual([]);
  });

  it('checked in the probe: no sync more than a plain write; rules on the official’s own columns are not ours to judge', async () => {
    const plain = pane(table());
    const plainRun = await plain.score();
    removeExcel();
    removeOffice();
    // validation and a colour scale on the official's input column C, where nothing is written
    const own = { top: 1, left: 2, bottom: 3, right: 3 };
    const p = pane(table(), {}, { validations: [own], conditionalFormats: [own] });
    const run = await p.score();
    expect(run.write.syncs).toBe(plainRun.write.syncs);
    expect(p.excel.value(SHEET, 0, 5)).toBe('Tổng điểm');
  });

  it('a re-run over its own block, whose conditional formats it wrote itself, is not refused', async () => {
    const p = pane(table());
    await p.score();
    expect(p.excel.writes.some((w) => w.what === 'conditionalFormat')).toBe(true);
    const again = await p.score(new Date('2024-12-21T03:00:00Z'));
    expect(again.warnings).toEqual([]);
  });

  it('Office 2019 (ExcelApi 1.7) cannot say where validation is: not asked for (no refusal); conditional formats still seen', async () => {
    const old = pane(table(), { excelApi: 7 }, { validations: [inG] });
    await old.score();
    expect(old.hostile.refusals).toEqual([]);
    removeExcel();
    removeOffice();
    const formats = pane(table(), { excelApi: 7 }, { conditionalFormats: [inF] });
    const err = (await formats.score().catch((e: unknown) => e)) as Error;
    expect(err.name).toBe('PreparedTargetError');
    expect(formats.hostile.refusals).toEqual([]);
  });
});

describe('the write-back against a hostile workbook', () => {
  it('the sheet renamed between the scoring and the write: refused before writing, the sheet named', async () => {
    const p = pane(table());
    p.beforeWrite = (excel) => excel.edit.renameSheet(SHEET, 'Bảng điểm (2)');
    const err = (await p.score().catch((e: unknown) => e)) as Error;
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe('SheetChangedError');
    expect(err.message).toContain(SHEET);
    expect(p.excel.writes).toEqual([]);
    expect(p.excel.sheetNames()).toEqual(['Bảng điểm (2)']);
    expect(p.excel.grid('Bảng điểm (2)')).toEqual(table());
  });

  it('two rows inserted above the table between the scoring and the write: refused, nothing written beside the wrong rows', async () => {
    const p = pane(table());
    p.beforeWrite = (excel) => excel.edit.insertRows(SHEET, 0, 2);
    const err = (await p.score().catch((e: unknown) => e)) as Error;
    expect(err.name).toBe('SheetChangedError');
    expect(p.excel.writes).toEqual([]);
    const blank = Array<Value>(HEADER.length).fill(null);
    expect(p.excel.grid(SHEET)).toEqual([blank, blank, ...table()]);
  });

  it('a unit row inserted inside the table between the scoring and the write: refused, no result beside the wrong unit', async () => {
    const p = pane(table());
    p.beforeWrite = (excel) => {
      excel.edit.insertRows(SHEET, 2);
      excel.edit.set(SHEET, 2, 1, 'Ấp Mới Lập');
    };
    const err = (await p.score().catch((e: unknown) => e)) as Error;
    expect(err.name).toBe('SheetChangedError');
    expect(p.excel.writes).toEqual([]);
  });

  it('a note typed where the results go between the scoring and the write: refused, the note kept', async () => {
    const p = pane(table());
    p.beforeWrite = (excel) => excel.edit.set(SHEET, 2, 6, 'Chờ xác minh');
    const err = (await p.score().catch((e: unknown) => e)) as Error;
    expect(err.name).toBe('SheetChangedError');
    expect(p.excel.writes).toEqual([]);
    expect(p.excel.value(SHEET, 2, 6)).toBe('Chờ xác minh');
  });

  it('formulas showing "" right of the table, outside the used range of values: the results are not written over them', async () => {
    // column F (5) holds =IF(D…>=3,"","Chưa đạt") on every unit row, showing nothing; no value right of the table
    const formulas = table().map((row, r) =>
      r === 0 ? [] : [...row.map(() => ''), '', `=IF(D${r + 1}>=3,"","Chưa đạt")`].slice(0, 6),
    );
    // the cached results, "" (the double seeds formulas where its values grid has a cell)
    const p = pane(
      table().map((row, r) => (r === 0 ? row : [...row, null, ''])),
      {},
      { formulas },
    );
    const err = (await p.score().catch((e: unknown) => e)) as Error;
    // refused (the target is not empty), or written past column F: never over it
    const overF = p.excel.writes.filter(
      (w) =>
        w.sheet === SHEET && (w.what === 'values' || w.what === 'clear') && w.col <= 5 && w.col + w.cols > 5,
    );
    expect(overF).toEqual([]);
    expect(err.name).toBe('SheetChangedError');
  });

  it('a unit name of 32,767 characters (Excel’s most): scored, and no written cell passes Excel’s limit', async () => {
    const long = `Ấp ${'Tân Thành Đông '.repeat(3_000)}`.slice(0, 32_767);
    expect(long).toHaveLength(32_767);
    const p = pane(table(['Ấp Một', long, 'Ấp Ba']));
    const run = await p.score();
    expect(run.response.results).toHaveLength(3);
    const cells = p.excel.writes
      .filter((w) => w.what === 'values')
      .flatMap((w) => (w.data as unknown[][]).flat())
      .filter((v): v is string => typeof v === 'string');
    expect(Math.max(...cells.map((v) => v.replace(/^'/, '').length))).toBeLessThanOrEqual(32_767);
    // the official's name cell is not written
    for (const w of p.excel.writes.filter((x) => x.what === 'values' && x.sheet === SHEET))
      expect(w.col).toBeGreaterThanOrEqual(5);
    expect(p.excel.value(SHEET, 2, 1)).toBe(long);
    expect(run.response.results.find((r) => r.name === 'Ấp Một')?.total).toBe(TOTALS['Ấp Một']);
  });

  it('unit names starting with "=", "+", "-", "@" are written as text on every sheet, never as formulas', async () => {
    const names = ['=SUM(A1:A9)', '+84 Ấp Cồn', '-Ấp Âm', '@Ấp Mới'];
    const p = pane(
      table([...names])
        .slice(0, 4)
        .concat([[4, names[3], 'Có', 1]]),
    );
    await p.score();
    const formats = p.excel.writes.filter((w) => w.what === 'numberFormat');
    const bad: string[] = [];
    for (const w of p.excel.writes.filter((x) => x.what === 'values'))
      (w.data as unknown[][]).forEach((row, i) =>
        row.forEach((v, j) => {
          if (typeof v !== 'string' || !/^[=+\-@]/.test(v)) return;
          const text = [...formats]
            .reverse()
            .find(
              (f) =>
                f.sheet === w.sheet &&
                w.row + i >= f.row &&
                w.row + i < f.row + f.rows &&
                w.col + j >= f.col &&
                w.col + j < f.col + f.cols,
            );
          if ((text?.data as string[][] | undefined)?.[0]?.[0] !== '@')
            bad.push(`${w.sheet}!${w.row + i},${w.col + j}=${v}`);
        }),
      );
    expect(bad).toEqual([]);
  });
});

describe('a stray value in the sheet’s last row (1,048,576) stretching the used range', () => {
  it('Excel on the web refuses the response: said in Vietnamese with the way out, not Excel’s English error', async () => {
    const excel = fakeExcel({ sheets: { [SHEET]: { values: table() as Grid } } });
    excel.edit.set(SHEET, 1_048_575, 0, 'x');
    // the 5 MB response limit of Excel on the web, on every read of the used range
    const context = Object.assign(Object.create(excel.context) as Excel.RequestContext, {
      sync: async () => {
        await excel.context.sync();
        throw Object.assign(new Error('The response payload size has exceeded the limit.'), {
          code: 'ResponsePayloadSizeLimitExceeded',
        });
      },
    });
    const err = (await readSheet(context, SHEET).catch((e: unknown) => e)) as Error;
    expect(err.message).toContain(`Trang "${SHEET}" quá lớn để đọc một lần`);
    expect(err.message).toContain('Nhận diện vùng đang chọn');
    expect(err.message).not.toMatch(/payload/);
  });
});

describe('a table (ListObject) whose blank columns the official prepared right of the data', () => {
  it('its header cells hold the column names, so the used range covers it: the results go past the table', async () => {
    const rows = table().map((row, r) =>
      r === 0 ? [...row, 'Cột1', 'Cột2', 'Cột3'] : [...row, null, null, null],
    );
    const p = pane(rows);
    await p.score();
    const out = parseOutputSetting(p.excel.settings()[SETTING_KEYS.output])[0];
    expect(out.left).toBeGreaterThanOrEqual(8);
    expect(p.excel.grid(SHEET)[0].slice(4, 7)).toEqual(['Cột1', 'Cột2', 'Cột3']);
  });
});
