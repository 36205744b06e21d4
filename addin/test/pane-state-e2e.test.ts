/**
 * What the pane shows after the official changes an earlier choice, in Debian Chromium (file mode): a scored sheet's
 * results, its check and the council's view of them are gone once the block or the mapping changes, and scoring
 * again shows the new run. Screenshots go to test-results/pane-state/.
 */
import { join } from 'node:path';
import { ROOT, usePane } from './pane-harness';

const pane = usePane('pane-state');

const scored = () => pane.page.getByRole('status').filter({ hasText: /[Đđ]ã chấm bằng/ });
const topUnits = () => pane.page.getByRole('table', { name: 'Dẫn đầu' });

async function check(): Promise<void> {
  await pane.tab('3. Kiểm tra');
  await pane.page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
  await pane.page.getByText(/Không có lỗi dữ liệu|vấn đề — bấm để chọn ô/).waitFor();
}

async function score(): Promise<void> {
  await pane.tab('4. Chấm điểm');
  await pane.page.getByRole('button', { name: 'Chấm điểm và ghi kết quả' }).click();
  await topUnits().waitFor();
  expect(await scored().count()).toBe(1);
}

/** The units the council's form offers: those of the run shown. */
async function councilUnits(): Promise<number> {
  const options = pane.page.getByLabel('Đơn vị', { exact: true }).locator('option');
  return (await options.allTextContents()).filter((name) => name !== '').length;
}

/** Nothing of an earlier check or run on the check, score and council steps. */
async function expectNoOldResults(): Promise<void> {
  await pane.tab('3. Kiểm tra');
  expect(await pane.page.getByText(/Không có lỗi dữ liệu|vấn đề — bấm để chọn ô/).count()).toBe(0);
  await pane.tab('4. Chấm điểm');
  expect(await topUnits().count()).toBe(0);
  expect(await scored().count()).toBe(0);
  expect(await pane.page.getByRole('progressbar').count()).toBe(0);
  await pane.tab('6. Hội đồng');
  expect(await councilUnits()).toBe(0);
}

it('changing the block or the mapping drops the check and the run made before', async () => {
  const { page } = pane;
  await pane.start(join(ROOT, 'examples', 'phung-hiep-2023-xa.xlsx'), 'phung-hiep-2023-xa');
  const mapping = await pane.detectTable();
  await check();
  await score();
  await pane.shot('1-scored');
  await pane.tab('6. Hội đồng');
  expect(await councilUnits()).toBeGreaterThan(3);

  // another block: the table and its mapping stay, what was read and scored for the old block goes
  await pane.tab('1. Kế hoạch');
  const block = page.getByLabel('Khối thi đua');
  const chosen = await block.inputValue();
  expect(chosen).not.toBe('');
  await block.selectOption('');
  await expectNoOldResults();
  await pane.shot('2-block-changed');
  await pane.tab('2. Bảng tính');
  expect(await mapping.isVisible()).toBe(true);

  // back to the block, scored again, then one column's target changed: the run of the old mapping goes
  await pane.tab('1. Kế hoạch');
  await block.selectOption(chosen);
  await check();
  await score();
  await pane.tab('2. Bảng tính');
  const mapped = mapping.getByRole('combobox');
  const values = await mapped.evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value));
  const column = mapped.nth(values.findIndex((v) => v !== ''));
  await column.selectOption('');
  await expectNoOldResults();
  await pane.shot('3-mapping-changed');

  expect(pane.pageErrors).toEqual([]);
});
