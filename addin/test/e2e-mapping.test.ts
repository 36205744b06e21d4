/**
 * End to end in Debian Chromium (playwright-core), browser (file) mode: too little mapped is an error.
 * A workbook whose headers match nothing of the plan gets the red refusal (what was read, what to do), the score
 * button stays off and nothing is written; a workbook with one criterion unmapped lists it and scores only once
 * the official confirms, each unit's data note naming the criterion not read.
 * Screenshots go to test-results/addin-e2e-mapping/.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { EXAMPLE_SHEET, exampleWorkbook } from '../e2e/example-workbook';
import { usePane } from './pane-harness';

const SCORE = 'Chấm điểm và ghi kết quả';
const CONFIRM = /Tôi đã xem danh sách trên: vẫn chấm điểm/;

const pane = usePane('addin-e2e-mapping');

beforeAll(async () => {
  const unrelated = new ExcelJS.Workbook();
  const ws = unrelated.addWorksheet('Danh sách');
  ws.addRow(['STT', 'Tên đơn vị', 'Số điện thoại', 'Địa chỉ liên hệ', 'Người phụ trách']);
  ['Xã Hòa An', 'Xã Tân Bình', 'Thị trấn Cây Dương'].forEach((name, i) =>
    ws.addRow([i + 1, name, 2903120 + i, `Ấp ${i + 1}`, `Ông ${i + 1}`]),
  );
  await unrelated.xlsx.writeFile(join(pane.out, 'danh-sach.xlsx'));
  await exampleWorkbook().xlsx.writeFile(join(pane.out, 'bang-diem.xlsx'));
});

/** Opens a workbook in the pane, picks the commune plan and detects the table. */
async function openAndDetect(file: string): Promise<void> {
  await pane.start(file, 'phung-hiep-2023-xa');
  await pane.detectTable();
}

describe('task pane: too little mapped', () => {
  it('headers that match nothing: a red refusal saying what was read and what to do; nothing scored or written', async () => {
    const { page, shot } = pane;
    await openAndDetect('danh-sach.xlsx');
    // Already said while mapping columns.
    const early = page.getByRole('alert').filter({ hasText: 'Không chấm điểm' });
    await early.waitFor();
    expect(await early.textContent()).toContain('"Số điện thoại", "Địa chỉ liên hệ", "Người phụ trách"');
    await shot('01-nothing-mapped-sheet');

    await pane.tab('4. Chấm điểm');
    const refusal = page.getByRole('alert').filter({ hasText: 'Không chấm điểm' });
    await refusal.waitFor();
    const text = (await refusal.textContent()) ?? '';
    expect(text).toContain('Đã đọc trang "Danh sách" (tiêu đề ở dòng 1)');
    expect(text).toContain('ở bước "2. Bảng tính"');
    expect(text).toContain('"Tạo trang chấm điểm theo kế hoạch"');
    expect(text).toContain('Chưa ghi gì vào sổ.');
    // Red: a Fluent MessageBar with intent="error" has the danger status background.
    const colours = await refusal.evaluate((bar) => {
      const probe = document.createElement('div');
      probe.style.backgroundColor = 'var(--colorStatusDangerBackground1)';
      bar.parentElement?.appendChild(probe);
      const danger = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return { bar: getComputedStyle(bar).backgroundColor, danger };
    });
    expect(colours.danger).not.toBe('rgba(0, 0, 0, 0)');
    expect(colours.bar).toBe(colours.danger);
    expect(await page.getByRole('button', { name: SCORE }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: SCORE }).click({ force: true });
    expect(await page.getByText(/Đã chấm bằng|Xong\./).count()).toBe(0);
    await shot('02-nothing-mapped-refused');

    const wb = await pane.downloadWorkbook('danh-sach-downloaded.xlsx');
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Danh sách']);
    const sheet = wb.getWorksheet('Danh sách') as ExcelJS.Worksheet;
    expect(sheet.actualColumnCount).toBe(5);
    expect(sheet.getCell('C2').value).toBe(2903120);
    expect(pane.pageErrors).toEqual([]);
  });

  it('one criterion unmapped: listed, scored only after the confirmation, and named in every unit’s note', async () => {
    const { page, shot } = pane;
    await openAndDetect('bang-diem.xlsx');
    await pane.tab('4. Chấm điểm');
    await page.getByText('1 mục của kế hoạch chưa có cột nào trên trang — sẽ không được đọc').waitFor();
    const list = page.getByRole('list', { name: 'Các mục chưa có cột' });
    expect(await list.getByRole('listitem').allTextContents()).toEqual([
      'Tiêu chí 24 — Có mô hình, sáng kiến chuyển đổi số mới, hiệu quả trong năm 2023',
    ]);
    const scoreButton = page.getByRole('button', { name: SCORE });
    expect(await scoreButton.isDisabled()).toBe(true);
    await shot('03-partial-waiting');

    await page.getByRole('checkbox', { name: CONFIRM }).check();
    expect(await scoreButton.isDisabled()).toBe(false);
    await scoreButton.click();
    await page.getByText('Đã chấm bằng máy chủ.').waitFor();
    await page.getByText('Kết quả của mỗi đơn vị ghi rõ 1 mục không được đọc').waitFor();
    await page.getByRole('table', { name: 'Dẫn đầu' }).waitFor();
    await shot('04-partial-scored');

    const wb = await pane.downloadWorkbook('bang-diem-scored.xlsx');
    const ws = wb.getWorksheet(EXAMPLE_SHEET) as ExcelJS.Worksheet;
    const header = ws.getRow(4);
    let notesCol = -1;
    header.eachCell((cell, col) => {
      if (cell.value === 'Ghi chú dữ liệu') notesCol = col;
    });
    expect(notesCol).toBeGreaterThan(28);
    for (let row = 5; row <= 19; row++)
      expect(String(ws.getRow(row).getCell(notesCol).value)).toContain(
        'Không đọc được vì không có cột nào trên trang: tiêu chí 24',
      );
    expect(pane.pageErrors).toEqual([]);
  });
});
