import ExcelJS from 'exceljs';
import { applyWritePlan, readWorkbook } from '../../adapters/exceljs';
import { protectSheets } from '../../adapters/exceljs/protect';
import { buildForms, formIdentities, type FormFile, type FormUnit, type FormsOptions } from '../../src/forms';
import type { Plan } from '../../src/plan/schema';
import { parsePlan } from '../../src/plan/validate';
import type { CellValue } from '../../src/sheet/model';
import { testPlan } from '../fixtures';

/** The fixture plan with a date fact and a registration: a yes/no and a rate criterion. */
export function formsPlan(overrides: Parameters<typeof testPlan>[0] = {}): Plan {
  const parsed = parsePlan(
    testPlan({
      facts: [{ id: 'soNgayTre', label: 'Số ngày trễ báo cáo', type: 'count' }],
      registration: { deadline: '2023-03-31' },
      ...overrides,
    }),
  );
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
  return parsed.plan;
}

/** The forms as ExcelJS workbooks, through a save and a load (what an official gets). */
export async function formWorkbooks(plan: Plan, units: FormUnit[], opts: FormsOptions = {}) {
  const out: { name: string; wb: ExcelJS.Workbook }[] = [];
  for (const form of buildForms(plan, units, opts)) {
    const wb = new ExcelJS.Workbook();
    applyWritePlan(wb, form.writePlan);
    await protectSheets(wb, form.protections);
    out.push({ name: form.fileName, wb: await reload(wb) });
  }
  return out;
}

export async function reload(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return again;
}

/** A unit filling its form: values by item id ("yn", "rate", "soNgayTre"), in the self or appraisal column. */
export function fillForm(
  wb: ExcelJS.Workbook,
  values: Record<string, { self?: CellValue; appraised?: CellValue; reason?: string; evidence?: string }>,
  sheet?: string,
): void {
  const { forms } = formIdentities(readWorkbook(wb).settings);
  const form = sheet ? forms.find((f) => f.sheet === sheet) : forms[0];
  if (!form) throw new Error('no form');
  const ws = wb.getWorksheet(form.sheet) as ExcelJS.Worksheet;
  for (const row of form.identity.layout.rows) {
    const v = values[row.key.split(':')[1]];
    if (!v) continue;
    if (v.self !== undefined) ws.getCell(row.row + 1, 5).value = v.self;
    if (v.evidence !== undefined) ws.getCell(row.row + 1, 6).value = v.evidence;
    if (v.appraised !== undefined) ws.getCell(row.row + 1, 7).value = v.appraised;
    if (v.reason !== undefined) ws.getCell(row.row + 1, 8).value = v.reason;
  }
}

export function asFormFile(name: string, wb: ExcelJS.Workbook): FormFile {
  return { name, model: readWorkbook(wb) };
}
