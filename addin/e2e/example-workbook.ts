/**
 * Builds the e2e example: the Phụng Hiệp commune sheet as an office keeps it (title lines, a two-row header,
 * criteria numbered as in the plan, a signature line), filled from examples/phung-hiep-2023-xa.input.json.
 * One header is deliberately worded so that no automatic match is possible: the official fixes it in the pane.
 */
import ExcelJS from 'exceljs';
import example from '../../examples/phung-hiep-2023-xa.input.json';
import { builtInPlan, type CompiledPlan } from '@thidua/core';

const { plan } = builtInPlan('phung-hiep-2023-xa') as CompiledPlan;

export const EXAMPLE_SHEET = 'Bảng điểm';
/** The criterion whose header gives no clue (no number, unrelated words). */
export const UNCLEAR_CRITERION = 'tc24';
export const UNCLEAR_HEADER = 'Ghi nhận thêm';

export function exampleWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(EXAMPLE_SHEET);
  ws.addRow(['UBND HUYỆN PHỤNG HIỆP']);
  ws.addRow(['BẢNG TỔNG HỢP KẾT QUẢ THI ĐUA CHUYỂN ĐỔI SỐ NĂM 2023']);
  ws.addRow([]);
  const criteria = plan.criteria;
  ws.addRow([
    'STT',
    'Tên đơn vị',
    ...criteria.map((c) => (c.id === UNCLEAR_CRITERION ? UNCLEAR_HEADER : `${c.number}. ${c.title}`)),
    ...plan.facts.map((f) => f.label),
  ]);
  example.units.forEach((u, i) => {
    const values = u.values as Record<string, unknown>;
    const facts = (u.facts ?? {}) as Record<string, unknown>;
    ws.addRow([
      i + 1,
      u.name,
      ...criteria.map((c) => (values[c.id] ?? null) as ExcelJS.CellValue),
      ...plan.facts.map((f) => (facts[f.id] ?? null) as ExcelJS.CellValue),
    ]);
  });
  ws.addRow([]);
  ws.addRow(['', 'Người lập biểu']);
  return wb;
}
