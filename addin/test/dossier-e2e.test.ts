/**
 * The "Hồ sơ" step end to end in Debian Chromium (playwright-core), in browser (file) mode, through
 * pane-harness.ts: open the example workbook, detect the table, fill two dossier settings, draft, and download one
 * document and the .zip. The documents are drafted in the page with the shared code; the API is never asked.
 * Screenshots and downloads go to test-results/dossier/pane/.
 */
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { ROOT, usePane } from './pane-harness';

const pane = usePane(join('dossier', 'pane'));

describe('task pane: the "Hồ sơ" step', () => {
  it('drafts the dossier in the page and downloads one document and all as a .zip', async () => {
    const { page, saved } = pane;
    await pane.start(join(ROOT, 'examples', 'phung-hiep-2023-xa.xlsx'), 'phung-hiep-2023-xa');
    await pane.detectTable();

    await pane.tab('5. Hồ sơ');
    await page.getByLabel('Cơ quan trình').fill('Phòng Văn hóa và Thông tin');
    await page.getByLabel('Họ tên người ký').fill('Nguyễn Văn An');
    await page.getByLabel('Thẩm quyền ký (TM., KT., Q.…)').selectOption('KT.');
    await page.getByRole('button', { name: 'Soạn hồ sơ' }).click();
    await page.getByText(/Đã soạn \d+ văn bản: \d+ đề nghị khen thưởng/).waitFor();
    await pane.shot('pane-ho-so');

    const buttons = page.getByRole('group', { name: 'Văn bản của hồ sơ' }).getByRole('button');
    const labels = await buttons.allTextContents();
    expect(labels).toEqual(
      expect.arrayContaining([
        'Tải tất cả (.zip)',
        'Tải: Tờ trình đề nghị khen thưởng',
        'Tải: Biên bản họp Hội đồng Thi đua – Khen thưởng',
        'Tải: Dự thảo Quyết định khen thưởng',
      ]),
    );

    const docx = await saved(
      () => page.getByRole('button', { name: 'Tải: Tờ trình đề nghị khen thưởng' }).click(),
      'pane-01-to-trinh.docx',
    );
    const xml = strFromU8(unzipSync(docx)['word/document.xml']);
    for (const text of ['PHÒNG VĂN HÓA VÀ THÔNG TIN', 'Nguyễn Văn An', 'KT. ', 'TỜ TRÌNH', '167/KH-UBND'])
      expect([text, xml.includes(text)]).toEqual([text, true]);

    const zip = unzipSync(
      await saved(() => page.getByRole('button', { name: 'Tải tất cả (.zip)' }).click(), 'pane-ho-so.zip'),
    );
    expect(Object.keys(zip)).toEqual(
      expect.arrayContaining([
        '01-to-trinh.docx',
        '03-bien-ban-hop-hoi-dong.docx',
        '04-du-thao-quyet-dinh.docx',
      ]),
    );
    expect(Object.keys(zip)).toHaveLength(labels.length - 1);
    // Drafted with the shared engine in the page: no request reached the API.
    expect(pane.apiCalls).toEqual([]);
    expect(pane.pageErrors).toEqual([]);

    // The settings typed stay in the workbook: the next visit to the step finds them.
    await pane.tab('4. Chấm điểm');
    await pane.tab('5. Hồ sơ');
    expect(await page.getByLabel('Họ tên người ký').inputValue()).toBe('Nguyễn Văn An');
  });
});
