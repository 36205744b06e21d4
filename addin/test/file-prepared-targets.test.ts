/**
 * File (browser) mode keeps the promise Excel mode keeps: empty cells where the results would go that carry the
 * official's data validation or conditional format are theirs — nothing is written, and the error names the cell.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { fileHost } from '../src/adapters/file';
import { PreparedTargetError } from '../src/adapters/guard';
import { detect, loadBuiltIn, runScoring } from '../src/workflow';
import { OFFLINE_API } from './offline';

const SHEET = 'Tổng hợp điểm';

/** The communes example, whose results go to AE7:AM24, with `prepare` applied to its table's sheet. */
async function scored(prepare: (ws: ExcelJS.Worksheet) => void) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    readFileSync(
      join(__dirname, '..', '..', 'examples', 'phung-hiep-2023-xa.xlsx'),
    ) as unknown as ArrayBuffer,
  );
  prepare(wb.getWorksheet(SHEET) as ExcelJS.Worksheet);
  const host = fileHost(wb, 'xa.xlsx');
  const loaded = loadBuiltIn('phung-hiep-2023-xa');
  if (!loaded.ok) throw new Error('plan');
  const d = await detect(host, loaded.loaded.plan);
  if (!d) throw new Error('no table');
  const before = JSON.stringify(wb.getWorksheet(SHEET)?.getRow(9).values);
  const run = runScoring(host, { loaded: loaded.loaded, mapping: d.mapping, lang: 'vi', api: OFFLINE_API });
  return { wb, run, before };
}

describe('file mode: results over cells the official prepared', () => {
  it('a validation list on the column the totals would take is refused, naming the cell; nothing written', async () => {
    const { wb, run, before } = await scored((ws) => {
      for (let r = 9; r <= 24; r++)
        ws.getCell(`AF${r}`).dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: ['"Đạt,Không đạt"'],
        };
    });
    await expect(run).rejects.toThrow(PreparedTargetError);
    await expect(run).rejects.toThrow(/AF9/);
    expect(JSON.stringify(wb.getWorksheet(SHEET)?.getRow(9).values)).toBe(before);
  });

  it('a conditional format over those cells is refused too', async () => {
    const { run } = await scored((ws) =>
      ws.addConditionalFormatting({
        ref: 'AH12:AK30',
        rules: [
          {
            type: 'cellIs',
            operator: 'greaterThan',
            formulae: ['100'],
            priority: 1,
            style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFF0000' } } },
          },
        ],
      }),
    );
    await expect(run).rejects.toThrow(PreparedTargetError);
  });

  it('a plain fill on those cells is not a rule: the results are written', async () => {
    const { run } = await scored((ws) => {
      ws.getCell('AF9').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    });
    await expect(run).resolves.toBeDefined();
  });
});
