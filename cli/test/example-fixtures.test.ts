import { existsSync, promises as fs } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbook } from '@thidua/core/adapters/exceljs';
import { builtInPlanIds } from '@thidua/core';
import { buildExample, EXAMPLE_PLAN_IDS, READER_GAPS } from '../../examples/generate-workbooks';
import { EXAMPLES, loadModel } from './helpers';

describe('examples/ fixtures', () => {
  it('cover every built-in plan with a JSON example, except the listed gaps of the sheet reader', () => {
    const withInput = builtInPlanIds().filter((id) => existsSync(join(EXAMPLES, `${id}.input.json`)));
    expect([...EXAMPLE_PLAN_IDS].sort()).toEqual(withInput.filter((id) => !READER_GAPS[id]).sort());
    expect(builtInPlanIds().filter((id) => !withInput.includes(id))).toEqual([]);
  });

  it.each(EXAMPLE_PLAN_IDS)(
    '%s: committed workbook and expected results are what the generator makes (npm run examples)',
    async (planId) => {
      const { workbook, expected } = await buildExample(planId);
      const fresh = new ExcelJS.Workbook();
      await fresh.xlsx.load(await workbook.xlsx.writeBuffer());
      expect(readWorkbook(fresh)).toEqual(await loadModel(join(EXAMPLES, `${planId}.xlsx`)));
      expect(JSON.parse(await fs.readFile(join(EXAMPLES, `${planId}.expected.json`), 'utf8'))).toEqual(
        expected,
      );
    },
  );
});
