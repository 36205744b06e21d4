/**
 * The printed sheets of every scored example workbook, converted to PDF by LibreOffice headless: "Kết quả",
 * "Đề nghị khen thưởng" and "Giải trình" each on A4, one page wide (page 1 holds the table's first and last
 * column headings), landscape when wide, within page bounds for the example data; the proposals carry the national
 * header and the signature block. Page 1 of each is kept as a picture in test-results/sheets/. CI installs
 * libreoffice-calc-nogui and poppler-utils (.ci/run): a missing tool is a broken environment, never a reason to skip.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { EXAMPLES, PLAN_IDS, ROOT, loadWorkbook, run, tempDir } from './helpers';

const SHOTS = join(ROOT, 'test-results', 'sheets');
const SHEETS = ['Kết quả', 'Đề nghị khen thưởng', 'Giải trình'] as const;
type Sheet = (typeof SHEETS)[number];

/** First and last column headings of each sheet's table: both on page 1 = the sheet prints one page wide. */
const EDGES: Record<Sheet, [string, string]> = {
  'Kết quả': ['Xếp hạng', 'Lý do'],
  'Đề nghị khen thưởng': ['STT', 'Số bộ hồ sơ'],
  'Giải trình': ['STT', 'Giải trình'],
};

/**
 * Pages an office would accept for the example data (a sheet of a dozen units on three pages is a layout bug);
 * "Giải trình" lists every criterion of every unit (Phụng Hiệp xã: 15 units × 24 criteria).
 */
const MAX_PAGES: Record<Sheet, number> = { 'Kết quả': 2, 'Đề nghị khen thưởng': 2, 'Giải trình': 6 };
const MAX_PAGES_FOR: Record<string, Partial<Record<Sheet, number>>> = {
  'phung-hiep-2023-xa': { 'Giải trình': 20 },
  'phung-hiep-2023-phong-ban': { 'Giải trình': 14 },
};

function tool(name: string, pkg: string): string {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
  if (!found)
    throw new Error(
      `${name} is not on PATH: apt-get install --no-install-recommends ${pkg} (as .ci/run does)`,
    );
  return found;
}

/** Text of the PDF (or of one page), words folded together: wrapped cells break lines anywhere. */
function pdfText(pdf: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync(tool('pdftotext', 'poppler-utils'), ['-layout', '-enc', 'UTF-8', ...range, pdf, '-'], {
    encoding: 'utf8',
  }).replace(/\s+/g, '');
}

const fold = (s: string) => s.replace(/\s+/g, '');

/** A heading that wraps in its cell prints line by line beside the other cells: its words come in reading order. */
function inOrder(text: string, phrase: string): boolean {
  let at = 0;
  for (const word of phrase.split(/\s+/).filter(Boolean)) {
    const found = text.indexOf(word, at);
    if (found < 0) return false;
    at = found + word.length;
  }
  return true;
}

function info(pdf: string): { pages: number; width: number; height: number } {
  const out = execFileSync(tool('pdfinfo', 'poppler-utils'), [pdf], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(out);
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(out)?.[1]),
    width: Number(size?.[1]),
    height: Number(size?.[2]),
  };
}

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');

describe('the printed sheets of every scored example', () => {
  const dir = tempDir();
  const file = (planId: string, sheet: Sheet) => join(dir, `${planId}--${slug(sheet)}`);

  beforeAll(async () => {
    rmSync(SHOTS, { recursive: true, force: true });
    mkdirSync(SHOTS, { recursive: true });
    const singles: string[] = [];
    for (const planId of PLAN_IDS) {
      const scored = join(dir, `${planId}.xlsx`);
      const res = await run(['score', '--plan', planId, join(EXAMPLES, `${planId}.xlsx`), '-o', scored]);
      expect(res.code).toBe(0);
      // One workbook per printed sheet, so each PDF is that sheet alone (LibreOffice prints every sheet).
      for (const sheet of SHEETS) {
        const wb = await loadWorkbook(scored);
        for (const ws of [...wb.worksheets]) if (ws.name !== sheet) wb.removeWorksheet(ws.id);
        expect((wb.worksheets as ExcelJS.Worksheet[]).map((w) => w.name)).toEqual([sheet]);
        await wb.xlsx.writeFile(`${file(planId, sheet)}.xlsx`);
        singles.push(`${file(planId, sheet)}.xlsx`);
      }
    }
    const lo =
      spawnSync('sh', ['-c', 'command -v libreoffice || command -v soffice'], {
        encoding: 'utf8',
      }).stdout.trim() || tool('libreoffice', 'libreoffice-calc-nogui');
    // One LibreOffice start for every file (the start dominates the time), with a private profile.
    execFileSync(
      lo,
      [
        `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...singles,
      ],
      { stdio: 'pipe', timeout: 240_000 },
    );
    for (const planId of PLAN_IDS)
      for (const sheet of SHEETS)
        execFileSync(tool('pdftoppm', 'poppler-utils'), [
          '-png',
          '-r',
          '60',
          '-f',
          '1',
          '-l',
          '1',
          '-singlefile',
          `${file(planId, sheet)}.pdf`,
          join(SHOTS, `${planId}--${slug(sheet)}`),
        ]);
  }, 300_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(PLAN_IDS)('%s: A4, one page wide, landscape when wide, within its page bounds', (planId) => {
    for (const sheet of SHEETS) {
      const pdf = `${file(planId, sheet)}.pdf`;
      const { pages, width, height } = info(pdf);
      const max = MAX_PAGES_FOR[planId]?.[sheet] ?? MAX_PAGES[sheet];
      expect([sheet, pages >= 1 && pages <= max]).toEqual([sheet, true]);
      // A4 is 595 × 842 points, either way round.
      expect([sheet, Math.round(Math.min(width, height)), Math.round(Math.max(width, height))]).toEqual([
        sheet,
        595,
        842,
      ]);
      // The example tables are all wider than a portrait page holds.
      expect([sheet, width > height]).toEqual([sheet, true]);
      const first = pdfText(pdf, 1);
      for (const heading of EDGES[sheet])
        expect([sheet, heading, inOrder(first, heading)]).toEqual([sheet, heading, true]);
      // The table's heading row is printed again at the top of its last page (one table: no other "STT").
      if (pages > 1 && sheet === 'Giải trình')
        expect([sheet, pdfText(pdf, pages).includes('STT')]).toEqual([sheet, true]);
    }
  });

  it.each(PLAN_IDS)('%s: the proposals carry the national header and the signature block', (planId) => {
    const text = pdfText(`${file(planId, 'Đề nghị khen thưởng')}.pdf`);
    for (const line of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG',
      // No dossier settings in the examples: place and date, authority, title and name are blanks to fill.
      '…………, ngày …… tháng …… năm ……',
      '………… …………',
    ])
      expect([line, text.includes(fold(line))]).toEqual([line, true]);
    // Header, title, then the list, then the signature last.
    expect(text.indexOf(fold('CỘNG HÒA'))).toBeLessThan(text.indexOf(fold('DANH SÁCH ĐỀ NGHỊ')));
    expect(text.lastIndexOf(fold('ngày …… tháng'))).toBeGreaterThan(text.indexOf(fold('STT')));
    const results = pdfText(`${file(planId, 'Kết quả')}.pdf`);
    expect(results).toContain(fold('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'));
    expect(results).toMatch(/\(giờViệtNam\)/);
  });

  it('keeps page 1 of each printed sheet as a picture', () => {
    const shots = readdirSync(SHOTS).filter((f) => f.endsWith('.png'));
    expect(shots).toHaveLength(PLAN_IDS.length * SHEETS.length);
  });
});
