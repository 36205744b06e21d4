import { join } from 'node:path';
import { promises as fs } from 'node:fs';
import type ExcelJS from 'exceljs';
import { readSettings } from '@thidua/core/adapters/exceljs';
import { formatIsoDate, parseOutputSetting, type RangeRef, type SheetModel } from '@thidua/core/sheet';
import {
  EXAMPLES,
  PLAN_IDS,
  expectedFor,
  loadModel,
  loadWorkbook,
  run,
  tempDir,
  type Expected,
} from './helpers';

function cell(ws: ExcelJS.Worksheet, address: string): unknown {
  const v = ws.getCell(address).value;
  return v === undefined ? null : v;
}

const HEADERS: Record<string, string> = {
  total: 'Tổng điểm',
  rank: 'Xếp hạng',
  targets: 'Chỉ tiêu',
  eligible: 'Đủ điều kiện xét',
  award: 'Giải',
  prize: 'Tiền thưởng (đồng)',
  bonus: 'Điểm cộng',
  certificates: 'Số cá nhân đề nghị khen',
};

function expectOutputs(ws: ExcelJS.Worksheet, expected: Expected): void {
  const c = expected.columns;
  for (const [key, text] of Object.entries(HEADERS))
    if (c[key]) expect([key, cell(ws, `${c[key]}${expected.headerRow}`)]).toEqual([key, text]);
  for (const u of expected.units) {
    const at = (key: string) => cell(ws, `${c[key]}${u.row}`);
    const got: Record<string, unknown> = { name: cell(ws, `B${u.row}`) };
    const want: Record<string, unknown> = { name: u.name };
    for (const key of ['total', 'rank', 'targets'] as const)
      if (c[key]) {
        got[key] = at(key);
        want[key] = u[key];
      }
    Object.assign(got, {
      eligible: at('eligible'),
      award: at('award'),
      prize: at('prize'),
      bonus: at('bonus'),
      certificates: at('certificates'),
    });
    Object.assign(want, {
      eligible: u.eligible,
      award: u.award,
      prize: u.prize,
      bonus: u.bonusPoints,
      certificates: u.certificates,
    });
    expect(got).toEqual(want);
    if (u.pendingTiers.length) expect(String(at('reasons'))).toContain('chờ Hội đồng');
    if (u.excluded) expect(String(at('reasons'))).toMatch(/^Không xét thi đua/);
  }
  expect(ws.getCell(`${c.prize}${expected.units[0].row}`).numFmt).toBe('#,##0');
}

/**
 * Every input cell (value, formula, number format) of the input sheet, as read back. A cell that was empty may
 * only have changed inside the output range (titles merged across more columns than the table are common).
 */
function sameInputCells(before: SheetModel, after: SheetModel, output: RangeRef): void {
  const inOutput = (row: number, col: number) =>
    row >= output.top && row <= output.bottom && col >= output.left && col <= output.right;
  for (let r = 0; r < before.values.length; r++)
    for (let c = 0; c < before.values[r].length; c++) {
      const absRow = before.origin.row + r;
      const absCol = before.origin.col + c;
      const was = before.values[r][c];
      if (was === null && inOutput(absRow, absCol)) continue;
      const row = absRow - after.origin.row;
      const col = absCol - after.origin.col;
      const where = `R${absRow + 1}C${absCol + 1}`;
      expect([where, after.values[row]?.[col] ?? null]).toEqual([where, was]);
      expect([where, after.formulas?.[row]?.[col] ?? null]).toEqual([
        where,
        before.formulas?.[r]?.[c] ?? null,
      ]);
      expect([where, after.numberFormats?.[row]?.[col] ?? 'General']).toEqual([
        where,
        before.numberFormats?.[r]?.[c] ?? 'General',
      ]);
    }
  expect(after.hiddenRows).toEqual(before.hiddenRows);
  expect(after.merges).toEqual(before.merges);
}

describe.each(PLAN_IDS)('thidua score on examples/%s.xlsx', (planId) => {
  const dir = tempDir();
  const input = join(EXAMPLES, `${planId}.xlsx`);
  const out = join(dir, 'scored.xlsx');
  const again = join(dir, 'scored-again.xlsx');
  let expected: Expected;
  let inputBytes: Buffer;

  beforeAll(async () => {
    expected = await expectedFor(planId);
    inputBytes = await fs.readFile(input);
  });

  it('scores the messy workbook to exactly the results of the JSON example', async () => {
    const res = await run(['score', '--plan', planId, input, '-o', out]);
    expect(res.err).not.toMatch(/Lỗi không mong đợi/);
    expect(res.code).toBe(0);
    expect(res.out).toContain('Đã ghi kết quả');
    const wb = await loadWorkbook(out);
    expectOutputs(wb.getWorksheet(expected.sheet) as ExcelJS.Worksheet, expected);
    expect(await fs.readFile(input)).toEqual(inputBytes);
  });

  it('leaves every input cell as it was (values, formulas, formats, hidden rows, merges)', async () => {
    const before = (await loadModel(input)).sheets.find((s) => s.name === expected.sheet) as SheetModel;
    const scored = await loadModel(out);
    const after = scored.sheets.find((s) => s.name === expected.sheet) as SheetModel;
    const [output] = parseOutputSetting(scored.settings?.['thidua.output']);
    sameInputCells(before, after, output);
  });

  it('writes the results, proposals and log sheets', async () => {
    const wb = await loadWorkbook(out);
    const results = wb.getWorksheet('Kết quả') as ExcelJS.Worksheet;
    const texts: string[] = [];
    results.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toContain('Quỹ thưởng đã dùng');
    const first = expected.units.find((u) => u.rank === 1);
    if (first) expect(results.getColumn(3).values).toContain(first.total);
    const proposals = wb.getWorksheet('Đề nghị khen thưởng') as ExcelJS.Worksheet;
    // The plan's awards.dueDate (Phụng Hiệp: dossiers due 05/01/2024), else a granted decision's.
    const due = expected.dueDate;
    // Under the national header (rows 1–2), the title, the plan and its basis: the due date on row 7.
    expect(proposals.getCell('A7').value).toBe(
      due
        ? `Hạn nộp hồ sơ: ${formatIsoDate(due)}`
        : 'Hạn nộp hồ sơ: chưa xác định (kế hoạch không ghi hạn nộp hồ sơ)',
    );
    if (planId.startsWith('phung-hiep')) expect(due).toBe('2024-01-05');
    if (planId === 'kien-giang-sxd-609-cchc') expect(due).toBe('2026-01-22'); // recognised 12/01/2026 + 10 days
    const log = wb.getWorksheet('Nhật ký chấm điểm') as ExcelJS.Worksheet;
    expect(log.getCell('A2').value).toBe('04/01/2024 16:30 (giờ Việt Nam)');
    expect(log.getCell('B2').value).toBe(planId);
    expect(log.getCell('O2').value).toBe(expected.prizeFundUsed);
    expect(String(log.getCell('E2').value)).toMatch(/^sha256:/);
    expect(wb.getWorksheet('_thidua')?.state).toBe('veryHidden');
  });

  it('re-running replaces only its own output and appends one log row', async () => {
    const res = await run(['score', '--plan', planId, out, '-o', again], new Date(Date.UTC(2024, 0, 5)));
    expect(res.code).toBe(0);
    const first = await loadModel(out);
    const second = await loadModel(again);
    const a = first.sheets.find((s) => s.name === expected.sheet) as SheetModel;
    const b = second.sheets.find((s) => s.name === expected.sheet) as SheetModel;
    expect(b.origin).toEqual(a.origin);
    expect(b.values).toEqual(a.values);
    expect(parseOutputSetting(second.settings?.['thidua.output'])).toEqual(
      parseOutputSetting(first.settings?.['thidua.output']),
    );
    const wb = await loadWorkbook(again);
    expectOutputs(wb.getWorksheet(expected.sheet) as ExcelJS.Worksheet, expected);
    const log = wb.getWorksheet('Nhật ký chấm điểm') as ExcelJS.Worksheet;
    expect(log.getCell('A2').value).toBe('04/01/2024 16:30 (giờ Việt Nam)');
    expect(log.getCell('A3').value).toBe('05/01/2024 07:00 (giờ Việt Nam)');
    expect(log.getCell('A4').value).toBeNull();
    expect(wb.worksheets.map((w) => w.name).filter((n) => n === 'Kết quả')).toHaveLength(1);
  });

  it('scores the JSON example to the same totals, ranks and awards', async () => {
    const res = await run(['score', '--plan', planId, join(EXAMPLES, `${planId}.input.json`), '--json']);
    expect(res.code).toBe(0);
    const response = JSON.parse(res.out) as {
      results: {
        name: string;
        total: number;
        rank: number | null;
        award: { name: string } | null;
        eligible: boolean;
      }[];
    };
    const byName = new Map(response.results.map((r) => [r.name, r]));
    for (const u of expected.units) {
      const r = byName.get(u.name);
      expect([u.name, r?.award?.name ?? null, r?.eligible ? 'Có' : 'Không']).toEqual([
        u.name,
        u.award,
        u.eligible,
      ]);
      if (u.total !== undefined) expect([u.name, r?.total, r?.rank]).toEqual([u.name, u.total, u.rank]);
    }
  });

  it('stores the plan, the mapping and the output range in the very hidden settings sheet', async () => {
    const settings = readSettings(await loadWorkbook(out));
    expect(JSON.parse(settings['thidua.plan']).id).toBe(planId);
    expect(Object.keys(settings).some((k) => k.startsWith('thidua.mapping.'))).toBe(true);
    const [range] = parseOutputSetting(settings['thidua.output']);
    expect(range.sheet).toBe(expected.sheet);
    expect(range.top).toBe(expected.headerRow - 1);
  });
});
