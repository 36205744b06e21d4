/**
 * The "6. Hội đồng" step end to end in Debian Chromium (playwright-core), in browser (file) mode, through
 * pane-harness.ts: open the Phụng Hiệp communes example, score it (a tie and held awards), record three decisions
 * through the form onto the "Quyết định của Hội đồng" sheet, score again (each applied, with what changed), mark
 * the results final, and read the downloaded workbook back.
 * Screenshots and the download go to test-results/council/pane/.
 */
import { join } from 'node:path';
import { readSettings } from '@thidua/core/adapters/exceljs';
import { COUNCIL_SETTING_KEYS, parseFinal } from '@thidua/core/council';
import { ROOT, usePane } from './pane-harness';

const pane = usePane(join('council', 'pane'));

async function decide(fields: { kind: string; unit: string; award?: string; rule?: string; reason: string }) {
  const { page } = pane;
  const form = page.getByRole('group', { name: 'Ghi quyết định' });
  await form.getByLabel('Loại quyết định', { exact: true }).selectOption({ label: fields.kind });
  await form.getByLabel('Đơn vị', { exact: true }).selectOption({ label: fields.unit });
  if (fields.award)
    await form.getByLabel('Giải / hình thức khen thưởng').selectOption({ label: fields.award });
  if (fields.rule) await form.getByLabel('Căn cứ (quy định áp dụng)').fill(fields.rule);
  await form.getByLabel('Lý do', { exact: true }).fill(fields.reason);
  await form.getByLabel('Ngày quyết định').fill('2024-01-05');
  await form.getByLabel('Người ghi').fill('Thư ký Hội đồng');
  await page.getByRole('button', { name: 'Ghi vào trang Quyết định của Hội đồng' }).click();
  await page.getByText('Đã ghi quyết định vào trang "Quyết định của Hội đồng".').waitFor();
}

describe('task pane: the "Hội đồng" step', () => {
  it('records decisions on the council sheet, applies them on the next run, and marks the results final', async () => {
    const { page, shot } = pane;
    await pane.start(join(ROOT, 'examples', 'phung-hiep-2023-xa.xlsx'), 'phung-hiep-2023-xa');
    await pane.detectTable();
    await pane.scoreOnServer();

    await pane.tab('6. Hội đồng');
    const open = page.getByRole('list', { name: 'Việc chờ Hội đồng' });
    await open.getByText(/2 đơn vị đồng hạng 5 với 170,3 điểm \(Xã Bình Thành, Xã Thạnh Hòa\)/).waitFor();
    await open.getByText(/Xã Hiệp Hưng: thiếu số liệu/).waitFor();
    await shot('01-cho-hoi-dong');

    await decide({
      kind: 'Tính 0 điểm giá trị thiếu',
      unit: 'Xã Hiệp Hưng',
      reason: 'Không nộp số liệu đúng hạn',
    });
    await decide({
      kind: 'Không xét thi đua',
      unit: 'Xã Phương Phú',
      rule: 'Mục IV.1 kế hoạch',
      reason: 'Báo cáo trễ 5 ngày',
    });
    await decide({
      kind: 'Chọn đơn vị nhận giải đồng hạng',
      unit: 'Xã Bình Thành',
      award: 'Giải Khuyến khích',
      reason: 'Hội đồng biểu quyết 7/9',
    });

    await page.getByRole('button', { name: 'Chấm lại' }).click();
    const outcomes = page.getByRole('region', { name: 'Quyết định của Hội đồng ở lần chấm này' });
    await outcomes
      .getByText(/Áp dụng: Theo quyết định của Hội đồng ngày 05\/01\/2024: nhận Giải Khuyến khích/)
      .waitFor();
    expect(await outcomes.getByText(/^Áp dụng:/).count()).toBe(3);
    const changes = page.getByRole('region', { name: 'Thay đổi so với lần chấm trước' });
    await changes
      .getByText(
        /^Được giải: Xã Bình Thành — Giải Khuyến khích \(2\.000\.000 đ\) \(trước: chưa xác định\) — vì: .*Hội đồng/,
      )
      .waitFor();
    await changes.getByText('Tổng tiền thưởng: 0 đ → 26.000.000 đ (+26.000.000 đ)').waitFor();
    await shot('02-da-ap-dung');

    await page.getByLabel('Người chốt').fill('Chủ tịch Hội đồng');
    await page.getByRole('button', { name: 'Chốt kết quả chính thức' }).click();
    await page.getByText(/Đã chốt ngày \d\d\/\d\d\/\d{4} \d\d:\d\d \(Chủ tịch Hội đồng\)\./).waitFor();
    await shot('03-da-chot');

    const wb = await pane.downloadWorkbook('phung-hiep-2023-xa-hoi-dong.xlsx');
    const sheet = wb.getWorksheet('Quyết định của Hội đồng');
    expect(sheet?.getRow(8).getCell(3).value).toBe('Xã Bình Thành');
    expect(sheet?.getRow(8).getCell(2).value).toBe('Chọn đơn vị nhận giải đồng hạng');
    // the unit it was tied with, so that a later run where the tie holds other units refuses the decision
    expect(sheet?.getRow(8).getCell(12).value).toBe('Xã Thạnh Hòa');
    const final = parseFinal(readSettings(wb)[COUNCIL_SETTING_KEYS.final]);
    expect(final?.markedBy).toBe('Chủ tịch Hội đồng');
    expect(final?.snapshot.units.find((u) => u.name === 'Xã Bình Thành')?.awards[0]?.name).toBe(
      'Giải Khuyến khích',
    );
    expect(pane.pageErrors).toEqual([]);
  });
});
