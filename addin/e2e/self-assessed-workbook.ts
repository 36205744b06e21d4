/**
 * The e2e example's commune sheet with the units' own figures beside the appraised ones for two criteria: under
 * "1. …" and "8. …" (each merged over two columns) a "Tự chấm" and a "Thẩm định" column. The communes claim every
 * document in place (1) and 100 % online (8); the appraised figures are those of examples/phung-hiep-2023-xa.input.json.
 */
import ExcelJS from 'exceljs';
import example from '../../examples/phung-hiep-2023-xa.input.json';
import { builtInPlan, type CompiledPlan } from '@thidua/core';

const { plan } = builtInPlan('phung-hiep-2023-xa') as CompiledPlan;

export const SELF_SHEET = 'Bảng điểm';
/** The criteria with a "Tự chấm" column beside the "Thẩm định" one. */
export const SELF_CRITERIA = ['tc01', 'tc08'] as const;
/** What every commune says of itself there. */
export const SELF_CLAIMS: Record<(typeof SELF_CRITERIA)[number], string> = { tc01: 'Có', tc08: '100%' };

export function selfAssessedWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SELF_SHEET);
  ws.addRow(['UBND HUYỆN PHỤNG HIỆP']);
  ws.addRow(['BẢNG TỔNG HỢP KẾT QUẢ THI ĐUA CHUYỂN ĐỔI SỐ NĂM 2023 (ĐƠN VỊ TỰ CHẤM VÀ THẨM ĐỊNH)']);
  ws.addRow([]);
  const top: ExcelJS.CellValue[] = ['STT', 'Tên đơn vị'];
  const sub: ExcelJS.CellValue[] = [null, null];
  const merges: [number, number, number, number][] = [
    [4, 1, 5, 1],
    [4, 2, 5, 2],
  ];
  for (const c of plan.criteria) {
    const col = top.length + 1;
    const title = `${c.number}. ${c.title}`;
    if ((SELF_CRITERIA as readonly string[]).includes(c.id)) {
      top.push(title, null);
      sub.push('Tự chấm', 'Thẩm định');
      merges.push([4, col, 4, col + 1]);
    } else {
      top.push(title);
      sub.push(null);
      merges.push([4, col, 5, col]);
    }
  }
  for (const f of plan.facts) {
    merges.push([4, top.length + 1, 5, top.length + 1]);
    top.push(f.label);
    sub.push(null);
  }
  ws.addRow(top);
  ws.addRow(sub);
  for (const [t, l, b, r] of merges) ws.mergeCells(t, l, b, r);
  example.units.forEach((u, i) => {
    const values = u.values as Record<string, unknown>;
    const facts = (u.facts ?? {}) as Record<string, unknown>;
    const row: ExcelJS.CellValue[] = [i + 1, u.name];
    for (const c of plan.criteria) {
      const claim = SELF_CLAIMS[c.id as (typeof SELF_CRITERIA)[number]];
      if (claim !== undefined) row.push(claim);
      row.push((values[c.id] ?? null) as ExcelJS.CellValue);
    }
    for (const f of plan.facts) row.push((facts[f.id] ?? null) as ExcelJS.CellValue);
    ws.addRow(row);
  });
  ws.addRow([]);
  ws.addRow(['', 'Người lập biểu']);
  return wb;
}
