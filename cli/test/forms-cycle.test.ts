import { promises as fs, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { readWorkbook } from '@thidua/core/adapters/exceljs';
import { scoreRequest, type ScoreResponse, type UnitInput } from '@thidua/core';
import { formIdentities, type AppraisedResponse } from '@thidua/core/forms';
import { runCli } from '../src/run';
import { EXAMPLES, captureIo, loadWorkbook, tempDir } from './helpers';

/** The CLI on real files, with the folder creation `thidua forms` needs. */
async function run(argv: string[]) {
  const io = Object.assign(captureIo(), {
    mkdir: async (path: string) => {
      await fs.mkdir(path, { recursive: true });
    },
  });
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err };
}

const XA = 'phung-hiep-2023-xa';
const sample = JSON.parse(readFileSync(join(EXAMPLES, `${XA}.input.json`), 'utf8')) as { units: UnitInput[] };
const picked = sample.units.slice(0, 3);

/** A value as an official types it into the form: "85,5%" becomes the number 0.855 in a % cell. */
function typed(v: unknown): ExcelJS.CellValue {
  if (typeof v === 'boolean') return v ? 'Có' : 'Không';
  if (typeof v === 'string' && /^\d+(,\d+)?%$/.test(v))
    return Number(v.replace('%', '').replace(',', '.')) / 100;
  if (typeof v === 'string' && /^\d+$/.test(v)) return Number(v);
  return v as ExcelJS.CellValue;
}

/** Fills a unit's form from the sample units; `appraise` sets the office's column for some items. */
async function fill(
  path: string,
  unit: UnitInput,
  appraise: Record<string, [ExcelJS.CellValue, string]> = {},
) {
  const wb = await loadWorkbook(path);
  const { forms } = formIdentities(readWorkbook(wb).settings);
  const ws = wb.getWorksheet(forms[0].sheet) as ExcelJS.Worksheet;
  for (const row of forms[0].identity.layout.rows) {
    const [kind, id] = row.key.split(':');
    const v = kind === 'fact' ? unit.facts?.[id] : unit.values[id];
    const cell = ws.getCell(row.row + 1, 5);
    // Excel turns 100 typed into a % cell into 100%
    const plain =
      typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined;
    if (plain !== undefined && String(cell.numFmt).includes('%')) cell.value = plain / 100;
    else if (v !== undefined && v !== null) cell.value = typed(v);
    if (appraise[id]) {
      ws.getCell(row.row + 1, 7).value = appraise[id][0];
      ws.getCell(row.row + 1, 8).value = appraise[id][1];
    }
  }
  await fs.writeFile(path, new Uint8Array(await wb.xlsx.writeBuffer()));
}

describe('thidua forms → fill → merge → score, end to end', () => {
  const dir = tempDir();
  const formsDir = join(dir, 'phieu');
  const summary = join(dir, 'tong-hop.xlsx');
  let files: string[] = [];

  beforeAll(async () => {
    const made = await run([
      'forms',
      '--plan',
      XA,
      '--units',
      picked.map((u) => u.name).join(','),
      '-o',
      formsDir,
    ]);
    expect(made.code).toBe(0);
    expect(made.out).toContain('Đã tạo 3 phiếu tự chấm điểm');
    files = (await fs.readdir(formsDir)).sort().map((f) => join(formsDir, f));
    // the units fill their forms; the office appraises criterion 8 of the first unit down to 70%
    await fill(files[0], picked[0], { tc08: [0.7, 'Số liệu hồ sơ trực tuyến chưa khớp hệ thống một cửa'] });
    await fill(files[1], picked[1]);
    await fill(files[2], picked[2]);
  });

  it('makes one protected workbook per unit, each carrying its identity', async () => {
    expect(files.map((f) => f.split('/').pop())).toEqual([
      '01-thi-tran-cay-duong.xlsx',
      expect.stringMatching(/^02-/),
      expect.stringMatching(/^03-/),
    ]);
    const { forms } = formIdentities(readWorkbook(await loadWorkbook(files[0])).settings);
    expect(forms[0].identity).toMatchObject({
      planId: XA,
      block: 'xa',
      unit: { name: 'Thị trấn Cây Dương' },
    });
  });

  it('merges them, scores the summary on the appraised values and shows the self-assessed beside them', async () => {
    const merged = await run(['merge', '--plan', XA, ...[...files].reverse(), '-o', summary]);
    expect(merged.err).toBe('');
    expect(merged.code).toBe(0);
    expect(merged.out).toContain('Đã gộp 3 phiếu: 3/3 đơn vị; 1 mục có điểm thẩm định khác điểm tự chấm.');

    const json = join(dir, 'ket-qua.json');
    const scored = await run(['score', '--plan', XA, summary, '-o', json]);
    expect(scored.code).toBe(0);
    expect(scored.out).toContain(
      'Tự chấm và thẩm định: 1 mục khác nhau; xếp hạng và khen thưởng theo điểm thẩm định.',
    );
    const response = JSON.parse(await fs.readFile(json, 'utf8')) as AppraisedResponse;

    // the same units scored directly from JSON: the appraised answer is theirs with criterion 8 at 70%
    const direct = (units: UnitInput[]): ScoreResponse => {
      const outcome = scoreRequest({ plan: XA, units });
      if (!outcome.ok) throw new Error('refused');
      return outcome.response;
    };
    const asScored = picked.map((u, i) => (i === 0 ? { ...u, values: { ...u.values, tc08: '70%' } } : u));
    const totals = (r: ScoreResponse) => Object.fromEntries(r.results.map((u) => [u.name, u.total]));
    expect(totals(response)).toEqual(totals(direct(asScored)));
    const first = response.appraisal.units.find((u) => u.name === 'Thị trấn Cây Dương')!;
    expect(first.selfTotal).toBe(direct(picked).results.find((u) => u.name === 'Thị trấn Cây Dương')!.total);
    expect(first.difference).toBeLessThan(0);
    expect(first.items).toEqual([
      expect.objectContaining({
        id: 'tc08',
        number: '8',
        reason: 'Số liệu hồ sơ trực tuyến chưa khớp hệ thống một cửa',
      }),
    ]);

    // and in the workbook: the extra columns beside the results
    const out = join(dir, 'ket-qua.xlsx');
    expect((await run(['score', '--plan', XA, summary, '-o', out])).code).toBe(0);
    const sheet = readWorkbook(await loadWorkbook(out)).sheets.find((s) => s.name === 'Bảng chấm điểm')!;
    const flat = sheet.values.flat();
    expect(flat).toContain('Điểm tự chấm');
    expect(
      flat.some((v) => typeof v === 'string' && v.startsWith('Mục 8: ') && v.includes('chưa khớp')),
    ).toBe(true);
  });

  it('says so when the summary lost its self-assessment sheet, and scores the appraised values once', async () => {
    const book = await loadWorkbook(summary);
    const self = book.worksheets.find((w) => w.name === 'Tự chấm');
    expect(self).toBeDefined();
    book.removeWorksheet(self!.id);
    const renamed = join(dir, 'doi-ten.xlsx');
    await book.xlsx.writeFile(renamed);
    const scored = await run(['score', '--plan', XA, renamed, '-o', join(dir, 'doi-ten.json')]);
    expect(scored.code).toBe(0);
    expect(scored.err).toContain('Sổ tổng hợp phiếu tự chấm không còn trang "Tự chấm"');
    expect(scored.out).not.toContain('Tự chấm và thẩm định:');
  });

  it('refuses, naming its file, a form for another plan; names the units with no form (exit 1)', async () => {
    const other = join(dir, 'phong-ban');
    expect(
      (await run(['forms', '--plan', 'phung-hiep-2023-phong-ban', '--units', 'Phòng Nội vụ', '-o', other]))
        .code,
    ).toBe(0);
    const foreign = join(other, (await fs.readdir(other))[0]);
    const res = await run(['merge', '--plan', XA, files[0], foreign, '-o', join(dir, 'thieu.xlsx')]);
    expect(res.code).toBe(1);
    expect(res.err).toContain(
      '01-phong-noi-vu.xlsx (trang "Phiếu tự chấm"): phiếu của đơn vị "Phòng Nội vụ" thuộc kế hoạch "phung-hiep-2023-phong-ban"',
    );
    expect(res.err).toContain('Chưa có phiếu của 2 đơn vị');
    const en = await run(['merge', '--plan', XA, files[0], '-o', join(dir, 'thieu-en.xlsx'), '--lang', 'en']);
    expect(en.err).toContain('No form yet from 2 unit(s)');
  });

  it('usage: forms needs --units and -o; merge needs forms and an -o that is not one of them', async () => {
    expect((await run(['forms', '--plan', XA, '-o', dir])).code).toBe(2);
    expect(
      (await run(['forms', '--plan', 'kien-giang-sxd-609-cchc', '--units', 'A', '-o', dir])).err,
    ).toContain('--block');
    expect((await run(['merge', '--plan', XA, '-o', summary])).code).toBe(2);
    const same = await run(['merge', '--plan', XA, files[0], '-o', files[0]]);
    expect(same.code).toBe(2);
    expect(same.err).toContain('là một trong các phiếu cần gộp');
  });

  it('one workbook with a sheet per unit when -o is an .xlsx file', async () => {
    const book = join(dir, 'phieu.xlsx');
    expect((await run(['forms', '--plan', XA, '--units', 'Xã A;Xã B', '-o', book])).code).toBe(0);
    const { forms } = formIdentities(readWorkbook(await loadWorkbook(book)).settings);
    expect(forms.map((f) => f.identity.unit.name)).toEqual(['Xã A', 'Xã B']);
  });
});

describe('thidua template --registration → forms from the registrations (KH 609)', () => {
  const dir = tempDir();
  const KH = 'kien-giang-sxd-609-cchc';

  it('writes the registration sheet, and forms prefilled with each unit’s registration date', async () => {
    const reg = join(dir, 'dang-ky.xlsx');
    const made = await run(['template', '--plan', KH, '--registration', '--block', 'tap-the', '-o', reg]);
    expect(made.code).toBe(0);
    expect(made.out).toContain('Đã tạo mẫu đăng ký thi đua');
    const wb = await loadWorkbook(reg);
    const ws = wb.getWorksheet('Đăng ký thi đua') as ExcelJS.Worksheet;
    expect(ws.getRow(5).values).toEqual([
      undefined,
      'STT',
      'Tên đơn vị',
      expect.stringContaining('Ngày đăng ký thi đua'),
    ]);
    ws.getCell('B7').value = 'Phòng Quản lý xây dựng';
    ws.getCell('C7').value = new Date(Date.UTC(2022, 2, 25));
    ws.getCell('B8').value = 'Văn phòng Sở';
    await fs.writeFile(reg, new Uint8Array(await wb.xlsx.writeBuffer()));

    const folder = join(dir, 'phieu');
    const forms = await run(['forms', '--plan', KH, '--units', reg, '-o', folder]);
    expect(forms.code).toBe(0);
    const first = join(folder, (await fs.readdir(folder)).sort()[0]);
    const model = readWorkbook(await loadWorkbook(first));
    const { identity, sheet } = formIdentities(model.settings).forms[0];
    expect(identity.block).toBe('tap-the');
    const row = identity.layout.rows.find((r) => r.key === 'fact:ngayDangKy')!;
    const cells = model.sheets.find((s) => s.name === sheet)!;
    // the date as the registration sheet had it (an Excel date, 25/03/2022), in a date cell
    expect(cells.values[row.row - cells.origin.row][4]).toBe(44645);
    expect(cells.numberFormats?.[row.row - cells.origin.row][4]).toBe('dd/mm/yyyy');
    expect(
      (await run(['template', '--plan', XA, '--registration', '-o', join(dir, 'x.xlsx')])).err,
    ).toContain('không có mục đăng ký thi đua');
  });
});
