/**
 * End to end in Debian Chromium, file mode, on a 320 px pane: a sheet with the communes' own figures ("Tự chấm")
 * beside the appraised ones ("Thẩm định") for two criteria (addin/e2e/self-assessed-workbook.ts). The mapping step
 * shows those columns as the self-assessed columns of their criterion; the score step shows both scores side by
 * side; the download ranks on the appraised figures (those of examples/phung-hiep-2023-xa.expected.json) with
 * "Điểm tự chấm" and "Chênh lệch" beside them. Screenshots: test-results/addin-e2e-self/.
 */
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import expected from '../../examples/phung-hiep-2023-xa.expected.json';
import { SELF_SHEET, selfAssessedWorkbook } from '../e2e/self-assessed-workbook';
import { usePane } from './pane-harness';

const pane = usePane('addin-e2e-self', { width: 320, height: 900 });

beforeAll(async () => {
  await selfAssessedWorkbook().xlsx.writeFile(join(pane.out, 'tu-cham.xlsx'));
});

describe('task pane: self-assessed columns beside the appraised ones', () => {
  it('maps them as "Tự chấm" of their criterion, shows both scores, ranks on the appraised figures', async () => {
    const { page, shot } = pane;
    await pane.start('tu-cham.xlsx', 'phung-hiep-2023-xa');
    await pane.detectTable();
    // column C: the communes' own figure for criterion 1, beside the appraised one in column D
    const own = page.getByRole('combobox', { name: /^Cột C: 1\. / });
    const chosen = await own.evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
    expect(chosen).toMatch(/^Tự chấm: 1\. /);
    const card = page.getByRole('row').filter({ has: own });
    // what the card says beside its dropdown (whose options include "(không dùng)")
    const text = await card.evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('select').forEach((s) => s.remove());
      return copy.textContent ?? '';
    });
    expect(text).toContain('điểm đơn vị tự chấm');
    expect(text).toContain('cột thẩm định (cột D)');
    expect(text).not.toContain('không dùng');
    const appraised = page.getByRole('combobox', { name: /^Cột D: 1\. / });
    expect(
      await appraised.evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent ?? ''),
    ).toMatch(/^1\. /);
    expect(await page.getByRole('combobox', { name: /^Cột K: 8\. / }).inputValue()).toBe(
      'self:criterion:tc08',
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await shot('01-mapping');

    await pane.tab('4. Chấm điểm');
    await pane.scoreOnServer();
    const side = page.getByRole('table', { name: 'Tự chấm và thẩm định' });
    await side.waitFor();
    const headers = await side.getByRole('columnheader').allTextContents();
    expect(headers).toEqual(['Đơn vị', 'Điểm tự chấm', 'Điểm thẩm định', 'Chênh lệch (thẩm định − tự chấm)']);
    const first = await side.getByRole('row').nth(1).getByRole('cell').allTextContents();
    const top = expected.units.find((u) => u.rank === 1)!;
    expect(first[0]).toBe(top.name);
    expect(first[2]).toBe(String(top.total).replace('.', ','));
    expect(first[3]).toMatch(/^(0,0|[−-]\d)/);
    expect(
      await page
        .getByText(/mục có điểm thẩm định khác điểm tự chấm; xếp hạng và khen thưởng theo điểm thẩm định/)
        .count(),
    ).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await shot('02-scored');

    const wb = await pane.downloadWorkbook('tu-cham-scored.xlsx');
    const ws = wb.getWorksheet(SELF_SHEET) as ExcelJS.Worksheet;
    const at = new Map<string, number>();
    for (let r = 1; r <= 6; r++)
      ws.getRow(r).eachCell((cell, col) => {
        if (typeof cell.value === 'string' && !at.has(cell.value)) at.set(cell.value, col);
      });
    const total = at.get('Tổng điểm')!;
    const rank = at.get('Xếp hạng')!;
    const self = at.get('Điểm tự chấm')!;
    const diff = [...at].find(([h]) => h.startsWith('Chênh lệch'))?.[1];
    expect([total, rank, self, diff].every((c) => typeof c === 'number')).toBe(true);
    let rows = 0;
    let lower = 0;
    ws.eachRow((row) => {
      const unit = expected.units.find((u) => u.name === row.getCell(2).value);
      if (!unit) return;
      rows++;
      // the appraised figures rank, as on the sheet without the units' own columns
      expect([unit.name, row.getCell(total).value, row.getCell(rank).value]).toEqual([
        unit.name,
        unit.total,
        unit.rank,
      ]);
      const own = row.getCell(self).value as number;
      expect(own).toBeGreaterThanOrEqual(unit.total);
      expect(row.getCell(diff!).value).toBeCloseTo(unit.total - own, 6);
      if (own > unit.total) lower++;
    });
    expect(rows).toBe(expected.units.length);
    // the communes that claimed more than they were appraised at
    expect(lower).toBeGreaterThan(0);
    expect(pane.pageErrors).toEqual([]);
  });
});
