/** A summary of self-assessment forms whose "Tự chấm" sheet was deleted: the pane says so, naming the sheet. */
import { APPRAISAL_SETTING_KEY } from '@thidua/core/forms';
import type { SheetModel } from '@thidua/core/sheet';
import type { WorkbookHost } from '../src/adapters/host';
import { paneAppraisal } from '../src/forms-appraisal';
import { loadBuiltIn } from '../src/workflow';

const loaded = loadBuiltIn('phung-hiep-2023-xa');
if (!loaded.ok) throw new Error('plan');
const plan = loaded.loaded.plan;
const scored = { name: 'Bảng chấm điểm', values: [], origin: { row: 1, col: 1 } } as unknown as SheetModel;
const setting = {
  version: 1,
  planId: plan.id,
  block: 'xa',
  scoredSheet: 'Bảng chấm điểm',
  selfSheet: 'Tự chấm',
  reasonsSheet: 'Lý do thẩm định',
};

const hostWith = (sheets: string[]) =>
  ({
    listSheets: async () => sheets,
    readSheet: async (name: string) => ({ ...scored, name }),
  }) as unknown as WorkbookHost;

describe('the pane reading a summary of self-assessment forms', () => {
  it('names the missing self-assessment sheet and the sheets the workbook has, in both languages', async () => {
    const settings = { [APPRAISAL_SETTING_KEY]: JSON.stringify(setting) };
    const read = await paneAppraisal(
      hostWith(['Bảng chấm điểm', 'Lý do thẩm định', 'Tự chấm (2)']),
      plan,
      scored,
      settings,
    );
    expect(read.source).toBeUndefined();
    expect(read.problems).toEqual([
      expect.objectContaining({ code: 'appraisal-self-sheet-missing', path: 'Tự chấm' }),
    ]);
    expect(read.problems[0].message).toContain('không còn trang "Tự chấm"');
    expect(read.problems[0].message).toContain('"Tự chấm (2)"');
    expect(read.problems[0].messageEn).toContain('no longer has the sheet "Tự chấm"');
  });

  it('says nothing for a workbook that is no summary', async () => {
    expect(await paneAppraisal(hostWith(['Bảng chấm điểm']), plan, scored, {})).toEqual({ problems: [] });
  });
});
