/**
 * What the pane shows after the official changes an earlier choice, in Debian Chromium (file mode): a scored sheet's
 * results, its check and the council's view of them are gone once the block or the mapping changes, and scoring
 * again shows the new run. Screenshots go to test-results/pane-state/.
 */
import { join } from 'node:path';
import { ROOT, startPane, type Pane } from './pane-harness';

jest.setTimeout(180_000);

let pane: Pane;

beforeAll(async () => {
  pane = await startPane('pane-state');
});

afterAll(async () => {
  await pane?.close();
});

const tab = (name: string) => pane.page.getByRole('tab', { name }).click();
const scored = () => pane.page.getByRole('status').filter({ hasText: /[Đđ]ã chấm bằng/ });
const topUnits = () => pane.page.getByRole('table', { name: 'Dẫn đầu' });

async function check(): Promise<void> {
  await tab('3. Kiểm tra');
  await pane.page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
  await pane.page.getByText(/Không có lỗi dữ liệu|vấn đề — bấm để chọn ô/).waitFor();
}

async function score(): Promise<void> {
  await tab('4. Chấm điểm');
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
  await tab('3. Kiểm tra');
  expect(await pane.page.getByText(/Không có lỗi dữ liệu|vấn đề — bấm để chọn ô/).count()).toBe(0);
  await tab('4. Chấm điểm');
  expect(await topUnits().count()).toBe(0);
  expect(await scored().count()).toBe(0);
  expect(await pane.page.getByRole('progressbar').count()).toBe(0);
  await tab('6. Hội đồng');
  expect(await councilUnits()).toBe(0);
}

it('changing the block or the mapping drops the check and the run made before', async () => {
  const { page } = pane;
  await page.goto(`${pane.url}/taskpane.html`);
  await page.locator('#xlsx-file').setInputFiles(join(ROOT, 'examples', 'phung-hiep-2023-xa.xlsx'));
  await page.getByText('Đang làm việc với tệp phung-hiep-2023-xa.xlsx').waitFor();
  await page.getByLabel('Kế hoạch có sẵn').selectOption('phung-hiep-2023-xa');
  await tab('2. Bảng tính');
  await page.getByRole('button', { name: 'Nhận diện bảng' }).click();
  const mapping = page.getByRole('table', { name: 'Ghép cột với tiêu chí' });
  await mapping.waitFor();
  await check();
  await score();
  await page.screenshot({ path: join(pane.out, '1-scored.png'), fullPage: true });
  await tab('6. Hội đồng');
  expect(await councilUnits()).toBeGreaterThan(3);

  // another block: the table and its mapping stay, what was read and scored for the old block goes
  await tab('1. Kế hoạch');
  const block = page.getByLabel('Khối thi đua');
  const chosen = await block.inputValue();
  expect(chosen).not.toBe('');
  await block.selectOption('');
  await expectNoOldResults();
  await page.screenshot({ path: join(pane.out, '2-block-changed.png'), fullPage: true });
  await tab('2. Bảng tính');
  expect(await mapping.isVisible()).toBe(true);

  // back to the block, scored again, then one column's target changed: the run of the old mapping goes
  await tab('1. Kế hoạch');
  await block.selectOption(chosen);
  await check();
  await score();
  await tab('2. Bảng tính');
  const mapped = mapping.getByRole('combobox');
  const values = await mapped.evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value));
  const column = mapped.nth(values.findIndex((v) => v !== ''));
  await column.selectOption('');
  await expectNoOldResults();
  await page.screenshot({ path: join(pane.out, '3-mapping-changed.png'), fullPage: true });

  expect(pane.pageErrors).toEqual([]);
});
