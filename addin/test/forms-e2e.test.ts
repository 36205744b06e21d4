/**
 * Self-assessment forms in the task pane, Debian Chromium, file mode: the pane makes the forms of two units (one
 * workbook, a sheet each), the two units' forms are filled by a script (the office appraises one criterion down,
 * with its reason), both files are picked at once in the multi-file picker and merged, the summary opens as the
 * pane's workbook and is scored: the results carry the self-assessed total and the reason beside the appraised
 * ones. A form of another plan is refused with its file name. Screenshots and downloads: test-results/forms/pane/.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import example from '../../examples/phung-hiep-2023-xa.input.json';
import { applyWritePlan, readWorkbook, protectSheets } from '@thidua/core/adapters/exceljs';
import { buildForms, formIdentities } from '@thidua/core/forms';
import { builtInPlan } from '@thidua/core';
import { usePane } from './pane-harness';

const XA = 'phung-hiep-2023-xa';
const units = example.units.slice(0, 2) as {
  name: string;
  values: Record<string, unknown>;
  facts?: Record<string, unknown>;
}[];
const pane = usePane(join('forms', 'pane'));

/** A value as typed in Excel: "85,5%" (or 100 in a % cell) is a number in a % cell, true is "Có". */
function typed(v: unknown, percent: boolean): ExcelJS.CellValue {
  if (typeof v === 'boolean') return v ? 'Có' : 'Không';
  const text = typeof v === 'string' ? v.replace('%', '').replace(',', '.') : v;
  const n = typeof text === 'number' ? text : /^\d+(\.\d+)?$/.test(String(text)) ? Number(text) : undefined;
  if (n !== undefined) return percent ? n / 100 : n;
  return v as ExcelJS.CellValue;
}

/** One workbook per unit, made and filled as the units and the office would; saved under the test's folder. */
async function filledForm(
  planId: string,
  index: number,
  appraise?: { id: string; value: number; reason: string },
) {
  const plan = builtInPlan(planId)!.plan;
  const forms = buildForms(
    plan,
    units.map((u) => ({ name: u.name })),
    { layout: 'workbooks' },
  );
  const form = forms[index];
  const wb = new ExcelJS.Workbook();
  applyWritePlan(wb, form.writePlan);
  await protectSheets(wb, form.protections);
  const ws = wb.getWorksheet(form.forms[0].sheet)!;
  const unit = units[index];
  for (const row of form.forms[0].identity.layout.rows) {
    const [kind, id] = row.key.split(':');
    const v = kind === 'fact' ? unit.facts?.[id] : unit.values[id];
    const cell = ws.getCell(row.row + 1, 5);
    if (v !== undefined && v !== null) cell.value = typed(v, String(cell.numFmt).includes('%'));
    if (appraise?.id === id) {
      ws.getCell(row.row + 1, 7).value = appraise.value;
      ws.getCell(row.row + 1, 8).value = appraise.reason;
    }
  }
  const path = join(pane.out, `${planId === XA ? '' : 'khac-'}${form.fileName}`);
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
  return path;
}

describe('task pane: self-assessment forms, merged from several files and scored', () => {
  it('makes the forms, merges two filled forms picked together, and scores the summary with both scores', async () => {
    const { page } = pane;
    await pane.load();
    await pane.pickPlan(XA);
    await page.getByRole('heading', { name: 'Đăng ký và phiếu tự chấm điểm' }).waitFor();

    await page.getByLabel('Các đơn vị (mỗi dòng một đơn vị)').fill(units.map((u) => u.name).join('\n'));
    const book = await pane.saved(
      () => page.getByRole('button', { name: 'Tạo phiếu tự chấm' }).click(),
      'phieu.xlsx',
    );
    await page.getByText('Đã tạo 2 phiếu tự chấm điểm (mỗi đơn vị một trang).').waitFor();
    const made = new ExcelJS.Workbook();
    await made.xlsx.load(book as unknown as ArrayBuffer);
    const { forms } = formIdentities(readWorkbook(made).settings);
    expect(forms.map((f) => [f.identity.planId, f.identity.unit.name])).toEqual(
      units.map((u) => [XA, u.name]),
    );

    const first = await filledForm(XA, 0, {
      id: 'tc08',
      value: 0.7,
      reason: 'Số liệu chưa khớp hệ thống một cửa',
    });
    const second = await filledForm(XA, 1);
    const foreign = await filledForm('phung-hiep-2023-phong-ban', 0);

    // a form of another plan among them: refused, naming its file; the two good ones are merged
    await page.locator('#forms-files').setInputFiles([first, foreign]);

    await page.getByText('Các phiếu có vấn đề').waitFor();
    await page
      .getByText(
        /khac-01-.*\.xlsx \(trang "Phiếu tự chấm"\): phiếu của đơn vị .* thuộc kế hoạch "phung-hiep-2023-phong-ban"/,
      )
      .waitFor();
    await page.getByText(/Chưa có phiếu của 1 đơn vị/).waitFor();

    await page.locator('#forms-files').setInputFiles([second, first]);
    await page
      .getByText(/Đã gộp phiếu của 2\/2 đơn vị; 1 mục có điểm thẩm định khác điểm tự chấm\./)
      .waitFor();
    await page.getByText('Đang làm việc với tệp tong-hop-phieu-tu-cham.xlsx').waitFor();
    await pane.shot('pane-gop-phieu');

    await pane.detectTable();
    await pane.scoreOnServer();
    await pane.shot('pane-cham-tong-hop');
    // the summary is scored twice through the API: the appraised values and the units' own
    expect(pane.apiCalls.filter((u) => u.endsWith('/api/score'))).toHaveLength(2);

    const scored = await pane.downloadWorkbook('tong-hop-da-cham.xlsx');
    const sheet = readWorkbook(scored).sheets.find((s) => s.name === 'Bảng chấm điểm')!;
    const flat = sheet.values.flat();
    expect(flat).toEqual(expect.arrayContaining(['Điểm tự chấm', 'Chênh lệch (thẩm định − tự chấm)']));
    expect(
      flat.some(
        (v) =>
          typeof v === 'string' &&
          v.startsWith('Mục 8: ') &&
          v.endsWith('Số liệu chưa khớp hệ thống một cửa'),
      ),
    ).toBe(true);
    expect(pane.pageErrors).toEqual([]);
  });
});
