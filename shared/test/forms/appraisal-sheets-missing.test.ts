/**
 * A summary of forms whose "Tự chấm" sheet was deleted or renamed (or whose "Thẩm định" sheet is gone) is never
 * scored once without a word: the reading warns, as data, naming the sheet the summary expects.
 */
import ExcelJS from 'exceljs';
import { applyWritePlan, readWorkbook } from '../../adapters/exceljs';
import {
  appraisalSource,
  appraisalWarningText,
  buildSummary,
  mergeForms,
  readAppraisal,
} from '../../src/forms';
import type { Plan } from '../../src/plan/schema';
import type { WorkbookModel } from '../../src/sheet/model';
import { asFormFile, fillForm, formsPlan, formWorkbooks, reload } from './helpers';

async function summaryModel(plan: Plan): Promise<WorkbookModel> {
  const wbs = await formWorkbooks(plan, [{ name: 'Xã A' }, { name: 'Xã B' }]);
  const reg = { ngayDangKy: { self: '2023-03-01' }, soNgayTre: { self: 0 } };
  fillForm(wbs[0].wb, {
    ...reg,
    yn: { self: 'Có' },
    rate: { self: 0.9, appraised: 0.6, reason: 'Thiếu minh chứng' },
  });
  fillForm(wbs[1].wb, { ...reg, yn: { self: 'Có' }, rate: { self: 0.8 } });
  const merged = mergeForms(
    plan,
    await Promise.all(wbs.map(async (w) => asFormFile(w.name, await reload(w.wb)))),
  );
  expect(merged.problems).toEqual([]);
  const wb = new ExcelJS.Workbook();
  applyWritePlan(wb, buildSummary(plan, merged).writePlan);
  return readWorkbook(await reload(wb));
}

const SCORED = 'Bảng chấm điểm';

describe('a summary of forms missing one of its sheets', () => {
  it('reads both sheets without a warning when nothing is missing', async () => {
    const plan = formsPlan();
    const model = await summaryModel(plan);
    const read = readAppraisal(model, plan, SCORED);
    expect(read.warnings).toEqual([]);
    expect(read.source?.selfUnits).toHaveLength(2);
    expect(appraisalSource(model, plan, SCORED)).toEqual(read.source);
  });

  it('warns when "Tự chấm" was renamed, naming the sheet expected, in both languages', async () => {
    const plan = formsPlan();
    const model = await summaryModel(plan);
    const renamed: WorkbookModel = {
      ...model,
      sheets: model.sheets.map((s) => (s.name === 'Tự chấm' ? { ...s, name: 'Tự chấm (cũ)' } : s)),
    };
    const read = readAppraisal(renamed, plan, SCORED);
    expect(read.source).toBeUndefined();
    expect(read.warnings).toEqual([
      {
        code: 'appraisal-self-sheet-missing',
        params: {
          expected: 'Tự chấm',
          scored: SCORED,
          sheets: expect.arrayContaining(['Tự chấm (cũ)', 'Thẩm định']),
        },
      },
    ]);
    const vi = appraisalWarningText(read.warnings[0], 'vi');
    expect(vi).toContain('Sổ tổng hợp phiếu tự chấm không còn trang "Tự chấm"');
    expect(vi).toContain('"Tự chấm (cũ)"');
    expect(vi).toContain('trang "Bảng chấm điểm" chỉ được chấm một lần');
    expect(appraisalWarningText(read.warnings[0], 'en')).toContain(
      'The summary of self-assessment forms no longer has the sheet "Tự chấm"',
    );
  });

  it('warns when "Tự chấm" was deleted', async () => {
    const plan = formsPlan();
    const model = await summaryModel(plan);
    const read = readAppraisal(
      { ...model, sheets: model.sheets.filter((s) => s.name !== 'Tự chấm') },
      plan,
      SCORED,
    );
    expect(read.warnings.map((w) => [w.code, w.params.expected])).toEqual([
      ['appraisal-self-sheet-missing', 'Tự chấm'],
    ]);
  });

  it('warns when "Tự chấm" can no longer be read as the plan\'s table', async () => {
    const plan = formsPlan();
    const model = await summaryModel(plan);
    const blank: WorkbookModel = {
      ...model,
      settings: Object.fromEntries(
        Object.entries(model.settings ?? {}).filter(([k]) => !k.startsWith('thidua.mapping')),
      ),
      sheets: model.sheets.map((s) =>
        s.name === 'Tự chấm' ? { ...s, values: s.values.map((r) => r.map(() => 'x')) } : s,
      ),
    };
    const read = readAppraisal(blank, plan, SCORED);
    expect(read.warnings.map((w) => w.code)).toEqual(['appraisal-self-sheet-unreadable']);
  });

  it('scores both but warns when "Thẩm định" is gone: the changes have no reason', async () => {
    const plan = formsPlan();
    const model = await summaryModel(plan);
    const read = readAppraisal(
      { ...model, sheets: model.sheets.filter((s) => s.name !== 'Thẩm định') },
      plan,
      SCORED,
    );
    expect(read.source?.changes).toEqual([]);
    expect(read.warnings.map((w) => [w.code, w.params.expected])).toEqual([
      ['appraisal-reasons-sheet-missing', 'Thẩm định'],
    ]);
    expect(appraisalWarningText(read.warnings[0], 'vi')).toContain('được ghi là chưa có lý do');
  });

  it('says nothing for a workbook that is no summary, or another sheet scored', async () => {
    const plan = formsPlan();
    expect(readAppraisal({ sheets: [], settings: {} }, plan, SCORED)).toEqual({ warnings: [] });
    const model = await summaryModel(plan);
    expect(readAppraisal(model, plan, 'Tự chấm')).toEqual({ warnings: [] });
  });
});
