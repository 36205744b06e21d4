/**
 * Every refusal an official reads in the pane is said from the pane's strings (src/i18n.ts): Vietnamese as the
 * message, English as `messageEn`, shown in the pane's language by describeError; each names the sheet, cell, range
 * or file, and says what to do. The English text carries no Vietnamese sentence (names aside).
 */
import ExcelJS from 'exceljs';
import { fileHost } from '../src/adapters/file';
import { assertOutsideInputs, InputOverlapError } from '../src/adapters/guard';
import { applyWritePlan, readSelection, readSheet } from '../src/adapters/office';
import { OperationTooLargeError } from '../src/adapters/operations';
import { PaneError, PlanInvalidError, ProblemsError } from '../src/pane-error';
import { describeError } from '../src/ui/errors';
import { createTemplate, loadBuiltIn, loadPlanJson, readPlanSheet } from '../src/workflow';
import { fakeExcel, type Grid } from './fake-excel';

/** Vietnamese letters outside ASCII (the sheet, file and unit names are left out before this is asked). */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
const NAMES = ['Tiêu chí', 'Bảng chấm điểm', 'Bảng điểm', 'Khối xã', 'Quý IV'];
const withoutNames = (s: string) => NAMES.reduce((out, name) => out.split(name).join('…'), s);

function bothLanguages(err: unknown): { vi: string; en: string } {
  const vi = describeError(err, 'vi');
  const en = describeError(err, 'en');
  expect(vi).not.toBe(en);
  expect(withoutNames(en)).not.toMatch(VIETNAMESE);
  expect(vi).toMatch(VIETNAMESE);
  return { vi, en };
}

function workbook(sheets: string[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const name of sheets) wb.addWorksheet(name).addRow(['x']);
  return wb;
}

function xaPlan() {
  const r = loadBuiltIn('phung-hiep-2023-xa');
  if (!r.ok) throw new Error('built-in plan missing');
  return r.loaded.plan;
}

describe('a plan file that is not JSON', () => {
  it('names the file and what to pick instead, in both languages, with the parser’s words as technical detail', () => {
    const result = loadPlanJson('{ "id": "x", }', 'json', 'ke-hoach.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const err = new PlanInvalidError(result.problems, 'file');
    const { vi, en } = bothLanguages(err);
    expect(vi).toMatch(/^Tệp "ke-hoach\.json" không phải tệp JSON hợp lệ/);
    expect(vi).toContain('Hãy chọn tệp kế hoạch .json');
    expect(en).toMatch(/^The file "ke-hoach\.json" is not valid JSON/);
    expect(en).toContain('Pick a plan .json file');
    expect(vi).not.toContain('(tệp)');
  });

  it('a plan that parses but is not valid lists each problem in the pane’s language and says the plan in use is kept', () => {
    const result = loadPlanJson(JSON.stringify({ id: 'x' }), 'json', 'x.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const err = new PlanInvalidError(result.problems, 'file');
    const vi = describeError(err, 'vi');
    const en = describeError(err, 'en');
    expect(vi).toMatch(
      /^Kế hoạch trong tệp không hợp lệ, chưa được dùng \(kế hoạch đang dùng vẫn giữ nguyên\)/,
    );
    expect(en).toMatch(/^The plan in the file is not valid and was not used \(the plan in use is kept\)/);
    // each problem said where it is, in the language asked for
    const first = result.problems[0];
    expect(vi).toContain(`${first.path}: ${first.message}`);
    expect(en).toContain(`${first.path}: ${first.messageEn ?? first.message}`);
  });

  it('a workbook without the "Tiêu chí" sheet: what to press to make one', async () => {
    const read = await readPlanSheet(fileHost(workbook(['Data']), 'so.xlsx'));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const { vi, en } = bothLanguages(new PlanInvalidError(read.problems, 'sheet'));
    expect(vi).toMatch(/^Sổ không có trang "Tiêu chí"\. Bấm "Ghi kế hoạch ra trang "Tiêu chí""/);
    expect(en).toMatch(
      /^The workbook has no "Tiêu chí" sheet\. Press "Write the plan to a "Tiêu chí" sheet"/,
    );
  });
});

describe('a scoring sheet made from the plan where the workbook already has it', () => {
  it('names the sheet and the button to press again, in both languages, nothing created', async () => {
    const plan = xaPlan();
    const host = fileHost(workbook(['Data']), 'so.xlsx');
    const made = await createTemplate(host, plan, { block: 'xa', lang: 'vi' });
    const sheets = await host.listSheets();
    const err = await createTemplate(host, plan, { block: 'xa', lang: 'vi' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PaneError);
    expect(await host.listSheets()).toEqual(sheets);
    const { vi, en } = bothLanguages(err);
    expect(vi).toBe(
      `Trang "${made.sheet}" đã có trong sổ; chương trình không ghi đè trang đã có nên chưa tạo gì. Hãy đổi tên hoặc xoá trang "${made.sheet}" rồi bấm lại "Tạo trang chấm điểm theo kế hoạch".`,
    );
    expect(en).toContain(
      `Rename or delete the sheet "${made.sheet}", then press "Create a scoring sheet from the plan" again.`,
    );
    expect(vi).not.toContain('already exists');
  });
});

describe('file mode: a sheet that is not in the file', () => {
  it('names the sheet and the file, and says to pick the sheet again and detect', async () => {
    const host = fileHost(workbook(['Data']), 'bang-diem.xlsx');
    const err = await host.readSheet('Quý IV').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PaneError);
    const { vi, en } = bothLanguages(err);
    expect(vi).toBe(
      'Tệp bang-diem.xlsx không có trang "Quý IV" (có thể trang đã được đổi tên hoặc xoá). Hãy chọn lại trang ở bước "2. Bảng tính" rồi bấm "Nhận diện bảng".',
    );
    expect(en).toContain('The file bang-diem.xlsx has no sheet "Quý IV"');
    expect(en).toContain('press "Detect the table"');
  });

  it('a file with no sheet to read says so by name', async () => {
    const wb = new ExcelJS.Workbook();
    const err = await fileHost(wb, 'rong.xlsx')
      .readSheet()
      .catch((e: unknown) => e);
    const { vi, en } = bothLanguages(err);
    expect(vi).toContain('Tệp rong.xlsx không có trang tính nào');
    expect(en).toContain('The file rong.xlsx has no worksheet');
  });
});

describe('Excel mode: reads Excel refuses', () => {
  const tooLarge = () =>
    Object.assign(new Error('The response payload size has exceeded the limit.'), {
      code: 'ResponsePayloadSizeLimitExceeded',
    });
  const refusing = (excel: ReturnType<typeof fakeExcel>) =>
    Object.assign(Object.create(excel.context) as Excel.RequestContext, {
      sync: async () => {
        await excel.context.sync();
        throw tooLarge();
      },
    });

  it('a sheet too large to read: named, with the way out, in English too', async () => {
    const excel = fakeExcel({ sheets: { Data: { values: [['x']] as Grid } } });
    const err = await readSheet(refusing(excel), 'Data').catch((e: unknown) => e);
    const { vi, en } = bothLanguages(err);
    expect(vi).toMatch(/^Trang "Data" quá lớn để đọc một lần/);
    expect(vi).toContain('"Nhận diện vùng đang chọn"');
    expect(en).toMatch(/^The sheet "Data" is too large to read at once/);
    expect(en).toContain('"Detect the selection"');
    expect(en).not.toMatch(/payload/);
  });

  it('the active sheet and the selection too large: said without a made-up name', async () => {
    const excel = fakeExcel({ sheets: { Data: { values: [['x']] as Grid } } });
    const sheet = await readSheet(refusing(excel)).catch((e: unknown) => e);
    expect(describeError(sheet, 'vi')).toMatch(/^Trang đang mở quá lớn để đọc một lần/);
    expect(describeError(sheet, 'en')).toMatch(/^The active sheet is too large to read at once/);
    const selection = await readSelection(refusing(excel)).catch((e: unknown) => e);
    const { vi, en } = bothLanguages(selection);
    expect(vi).toMatch(/^Vùng đang chọn quá lớn để đọc một lần/);
    expect(en).toMatch(/^The selection is too large to read at once/);
  });

  it('a sheet renamed or deleted since it was chosen: named, not Excel’s ItemNotFound', async () => {
    const excel = fakeExcel({ sheets: { Data: { values: [['x']] as Grid } } });
    const err = await readSheet(excel.context, 'Khối xã').catch((e: unknown) => e);
    const { vi, en } = bothLanguages(err);
    expect(vi).toMatch(/^Sổ không có trang "Khối xã"/);
    expect(en).toMatch(/^The workbook has no sheet "Khối xã"/);
    expect(vi + en).not.toContain('ItemNotFound');
  });
});

describe('writes refused before anything is sent', () => {
  const empty = {
    sheets: [],
    clear: [],
    appends: [],
    conditionalFormats: [],
    columnWidths: [],
    settings: {},
  };

  it('a write no request can carry names its cells as Excel does (A1) and what to do, in both languages', async () => {
    const excel = fakeExcel({ sheets: { 'Bảng điểm': { values: [['x']] as Grid } } });
    const block = { sheet: 'Bảng điểm', at: { row: 4, col: 9 }, values: [['Đ'.repeat(4_000)]] };
    const err = await applyWritePlan(
      excel.context,
      { ...empty, blocks: [block] },
      { maxRequestBytes: 5_000 },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OperationTooLargeError);
    const { vi, en } = bothLanguages(err);
    expect(vi).toMatch(/^Một lệnh ghi \('Bảng điểm'!J5\) cần \d+ byte, quá giới hạn \d+ byte/);
    expect(vi).toContain('chưa ghi gì vào sổ');
    expect(vi).toContain('rút ngắn nội dung đó');
    expect(en).toMatch(/^One write \('Bảng điểm'!J5\) needs \d+ bytes/);
    expect(en).toContain('nothing was written');
    expect(vi).not.toMatch(/R\dC\d/);
    expect(excel.writes).toEqual([]);
  });

  it('a write over the official’s table names both ranges and what to do, in both languages', () => {
    const input = { sheet: 'Bảng điểm', top: 2, left: 1, bottom: 40, right: 30 };
    const plan = {
      ...empty,
      blocks: [{ sheet: 'Bảng điểm', at: { row: 3, col: 30 }, values: [[1, 2]] }],
    };
    let err: unknown;
    try {
      assertOutsideInputs(plan, [input]);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputOverlapError);
    const { vi, en } = bothLanguages(err);
    expect(vi).toMatch(/^Chưa ghi gì vào sổ: kết quả sẽ ghi vào 'Bảng điểm'!AE4:AF4, chồng lên dữ liệu/);
    expect(vi).toContain("'Bảng điểm'!B3:AE41");
    expect(vi).toContain('bấm "Nhận diện bảng" lại');
    expect(en).toMatch(
      /^Nothing was written: the results would go in 'Bảng điểm'!AE4:AF4, over your data in/,
    );
    expect(en).not.toContain('refusing to overwrite');
  });

  it('a sheet replaced over the official’s table says the whole sheet', () => {
    const input = { sheet: 'Data', top: 0, left: 0, bottom: 5, right: 5 };
    let err: unknown;
    try {
      assertOutsideInputs({ ...empty, blocks: [], sheets: [{ name: 'Data', mode: 'createOrReplace' }] }, [
        input,
      ]);
    } catch (e) {
      err = e;
    }
    expect(describeError(err, 'vi')).toContain('toàn bộ trang "Data" (trang sẽ bị thay)');
    expect(describeError(err, 'en')).toContain('the whole sheet "Data" (it would be replaced)');
  });
});

describe('problems of the engine in the page and of the dossier details', () => {
  it('are listed where they are, in the pane’s language, after a heading with what to do', () => {
    const err = new ProblemsError('dossierSettingsInvalid', [
      { path: 'options.dossier.date', message: 'Ngày không hợp lệ', messageEn: 'Not a valid date' },
    ]);
    expect(describeError(err, 'vi')).toBe(
      'Thông tin hồ sơ chưa hợp lệ, chưa soạn hồ sơ. Sửa các ô sau rồi bấm lại "Soạn hồ sơ": options.dossier.date: Ngày không hợp lệ',
    );
    expect(describeError(err, 'en')).toContain('options.dossier.date: Not a valid date');
  });
});
