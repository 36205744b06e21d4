import { buildDossier, documentText } from '../../src/dossier';
import type { CellValue, WriteBlock } from '../../src/sheet/model';
import { MOTTO, NATIONAL_NAME } from '../../src/dossier/text';
import {
  buildProposalsSheet,
  buildResultsSheet,
  buildWritePlan,
  formatTimestamp,
  PRINT_FONT,
  PrintedSheet,
  printSettings,
  vietnamTime,
  wrappedLines,
  type BuildWritePlanInput,
} from '../../src/sheet/writing';
import { cellsFor, MAPPING, officialSheet, smallPlan, smallResponse } from './fixtures';

const NOW = new Date(Date.UTC(2024, 0, 5, 7, 0, 0));
const OFFICE = {
  superior: 'UBND huyện Phụng Hiệp',
  issuer: 'Phòng Văn hóa và Thông tin',
  place: 'Phụng Hiệp',
  date: '2024-01-03',
  signerPrefix: 'KT.' as const,
  signerOn: 'Trưởng phòng',
  signerTitle: 'Phó Trưởng phòng',
  signerName: 'Nguyễn Văn A',
};

function input(overrides: Partial<BuildWritePlanInput> = {}): BuildWritePlanInput {
  const plan = smallPlan();
  return {
    sheet: officialSheet(),
    mapping: MAPPING,
    cells: cellsFor(),
    response: smallResponse(plan),
    plan,
    now: NOW,
    ...overrides,
  };
}

/** The one-cell blocks (lines, header, signature) by row: [col, text, block]. */
function lines(blocks: WriteBlock[]): Map<number, { col: number; text: CellValue; block: WriteBlock }[]> {
  const out = new Map<number, { col: number; text: CellValue; block: WriteBlock }[]>();
  for (const b of blocks)
    if (b.values.length === 1 && b.values[0].length === 1)
      out.set(b.at.row, [...(out.get(b.at.row) ?? []), { col: b.at.col, text: b.values[0][0], block: b }]);
  return out;
}

const texts = (blocks: WriteBlock[]) =>
  blocks.flatMap((b) => b.values.flat()).filter((v) => typeof v === 'string');

describe('run times in Viet Nam time (UTC+7, no daylight saving time)', () => {
  it('writes 2023-12-31T17:30:00Z as 01/01/2024 00:30, on any machine', () => {
    expect(vietnamTime(new Date('2023-12-31T17:30:00Z'))).toBe('01/01/2024 00:30');
    expect(formatTimestamp(new Date('2023-12-31T17:30:00Z'))).toBe('01/01/2024 00:30 (giờ Việt Nam)');
    expect(formatTimestamp(new Date('2023-12-31T17:30:00Z'), 'en')).toBe('01/01/2024 00:30 (Vietnam time)');
    // Summer and winter alike: the offset never changes.
    expect(vietnamTime(new Date('2024-07-01T00:00:00Z'))).toBe('01/07/2024 07:00');
    expect(vietnamTime(new Date('2024-01-01T16:59:00Z'))).toBe('01/01/2024 23:59');
    expect(vietnamTime(new Date('2024-02-28T17:00:00Z'))).toBe('29/02/2024 00:00');
  });

  it('the results stamp, the log row and the "Giải trình" all write it', () => {
    const wp = buildWritePlan(input());
    const stamp = '05/01/2024 14:00 (giờ Việt Nam)';
    for (const sheet of ['Kết quả', 'Giải trình'])
      expect([
        sheet,
        texts(wp.blocks.filter((b) => b.sheet === sheet)).some((t) => t.includes(stamp)),
      ]).toEqual([sheet, true]);
    expect(wp.appends[0].values[0][0]).toBe(stamp);
    // The settings keep the exact instant for the program.
    expect(wp.settings['thidua.lastRun']).toBe('2024-01-05T07:00:00.000Z');
  });
});

describe('printed sheets: how they print, as data', () => {
  const plan = smallPlan();
  const response = smallResponse(plan);
  const results = buildResultsSheet('Kết quả', response, plan, 'vi', NOW);
  const proposals = buildProposalsSheet('Đề nghị khen thưởng', response, plan, 'vi', '2024-01-05', {
    settings: OFFICE,
  });
  const headerRow = (part: typeof results, first: string) =>
    part.blocks.find((b) => b.values[0][0] === first && (b.headerRows ?? 0) > 0)?.at.row;

  it('A4, one page wide, landscape when wide, the table header repeated on every page, margins, page numbers', () => {
    const width = results.columnWidths.reduce((n, w) => n + w.width, 0);
    expect(width).toBeGreaterThan(95);
    const row = headerRow(results, 'Xếp hạng') as number;
    expect(results.pageSetup).toEqual({
      sheet: 'Kết quả',
      orientation: 'landscape',
      paperSize: 'A4',
      fitToWidth: 1,
      printTitleRows: { first: row, last: row },
      margins: { top: 15, bottom: 15, left: 20, right: 15, header: 8, footer: 8 },
      centerHorizontally: true,
      footer: 'Trang &P/&N',
    });
    // The small test plan's list is narrow enough for portrait.
    const stt = headerRow(proposals, 'STT') as number;
    expect(proposals.columnWidths.reduce((n, w) => n + w.width, 0)).toBeLessThanOrEqual(95);
    expect(proposals.pageSetup).toMatchObject({
      orientation: 'portrait',
      printTitleRows: { first: stt, last: stt },
    });
    expect(buildResultsSheet('Results', response, plan, 'en', NOW).pageSetup?.footer).toBe('Page &P of &N');
  });

  it('portrait when the table is narrow, with the margins of NĐ 30/2020', () => {
    const sheet = new PrintedSheet(
      'Hẹp',
      [
        { min: 5, max: 6 },
        { min: 20, max: 30 },
        { min: 10, max: 12 },
      ],
      'vi',
    );
    sheet.line('TIÊU ĐỀ');
    sheet.table(
      [
        ['STT', 'Đơn vị', 'Điểm'],
        [1, 'Xã A', 10],
      ],
      ['number', 'text', 'points'],
      1,
    );
    const part = sheet.finish();
    expect(part.pageSetup).toMatchObject({
      orientation: 'portrait',
      printTitleRows: { first: 1, last: 1 },
      margins: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 },
    });
    expect(part.columnWidths.map((w) => w.width)).toEqual([5, 20, 10]);
  });

  it('the national header: issuing body left, national name and motto right, bold, merged over each half', () => {
    const top = lines(results.blocks);
    const [left0, right0] = top.get(0) ?? [];
    const [left1, right1] = top.get(1) ?? [];
    expect([left0.col, left0.text, left1.text]).toEqual([0, '…………', '…………']);
    expect([right0.text, right1.text]).toEqual([NATIONAL_NAME, MOTTO]);
    expect(right0.col).toBe(right1.col);
    expect(left1.block.style).toMatchObject({ bold: true, font: PRINT_FONT, align: 'center' });
    expect(right0.block.style).toMatchObject({ bold: true, font: PRINT_FONT });
    const split = right0.col;
    expect(results.merges).toContainEqual({ sheet: 'Kết quả', top: 0, bottom: 0, left: 0, right: split - 1 });
    expect(results.merges).toContainEqual({ sheet: 'Kết quả', top: 1, bottom: 1, left: split, right: 7 });
    // Left half a little under half the width, as the Word documents' two-column header.
    const widths = results.columnWidths.map((w) => w.width);
    const leftWidth = widths.slice(0, split).reduce((a, b) => a + b, 0);
    expect(leftWidth / widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(0.45);
  });

  it('the signature block: place and date, KT. line, title, room to sign, name — worded as the Word list', () => {
    const byRow = lines(proposals.blocks);
    const rows = [...byRow.keys()].sort((a, b) => a - b);
    const last = rows.slice(-4).map((r) => byRow.get(r)?.[0]);
    expect(last.map((l) => l?.text)).toEqual([
      'Phụng Hiệp, ngày 03 tháng 01 năm 2024',
      'KT. TRƯỞNG PHÒNG',
      'PHÓ TRƯỞNG PHÒNG',
      'Nguyễn Văn A',
    ]);
    const [placeRow, authorityRow, titleRow, nameRow] = rows.slice(-4);
    expect([authorityRow - placeRow, titleRow - authorityRow, nameRow - titleRow]).toEqual([1, 1, 4]);
    expect(last.slice(1).every((l) => l?.block.style?.bold)).toBe(true);
    expect(last[0]?.block.style?.italic).toBe(true);
    // The header says who the office is.
    expect(byRow.get(0)?.[0].text).toBe('UBND HUYỆN PHỤNG HIỆP');
    expect(byRow.get(1)?.[0].text).toBe('PHÒNG VĂN HÓA VÀ THÔNG TIN');
    // The same words as the dossier's danh sách (one source for both).
    const dossier = buildDossier({ response, plan, settings: OFFICE });
    const list = documentText(dossier.documents.find((d) => d.kind === 'danh-sach')!);
    for (const l of last) expect(list).toContain(String(l?.text));
    expect(list).toContain('UBND HUYỆN PHỤNG HIỆP');
  });

  it('what the office did not give is a blank to fill, never invented', () => {
    const blank = texts(results.blocks);
    expect(blank).toEqual(expect.arrayContaining(['…………, ngày …… tháng …… năm ……', '………… …………', '…………']));
    expect(blank.some((t) => /PHÒNG|Phụng Hiệp|Nguyễn/.test(t))).toBe(false);
  });

  it('titles and long lines are merged over the whole table and wrapped, their rows as tall as their lines', () => {
    const byRow = lines(results.blocks);
    const title = [...byRow.values()].flat().find((l) => l.text === 'KẾT QUẢ CHẤM ĐIỂM THI ĐUA');
    expect(title?.block.style).toMatchObject({
      bold: true,
      size: 14,
      font: PRINT_FONT,
      align: 'center',
      wrap: true,
    });
    const full = [...byRow.entries()].filter(([, l]) => l.length === 1 && l[0].col === 0);
    expect(full.length).toBeGreaterThan(5);
    for (const [row] of full)
      expect(results.merges).toContainEqual({ sheet: 'Kết quả', top: row, bottom: row, left: 0, right: 7 });
    // The hash stamp is longer than a line: its row is taller than the title's one line of 14 pt.
    const stamp = full.find(([, l]) => String(l[0].text).startsWith('Mã kiểm tra'))?.[0] as number;
    const height = (row: number) => results.rowHeights?.find((h) => h.row === row)?.height ?? 0;
    expect(height(stamp)).toBeGreaterThan(height(title?.block.at.row as number));
    // Every line row has a height (Excel never fits a merged cell); table rows only when their text wraps.
    for (const [row] of byRow) expect(height(row)).toBeGreaterThan(0);
  });

  it('tables: thin borders, wrapped text, Times New Roman; widths fit the content within each column’s bounds', () => {
    const tables = results.blocks.filter((b) => b.values[0].length > 1);
    expect(tables.every((t) => t.style?.border && t.style.wrap && t.style.font === PRINT_FONT)).toBe(true);
    const widths = results.columnWidths.map((w) => w.width);
    // Unit column: "Quỹ thưởng theo kế hoạch" (24 letters) is its longest text, plus a margin of 2.
    expect(widths[1]).toBe(26);
    // Reasons: the longest line is capped at 60 and wraps.
    expect(widths[7]).toBeLessThanOrEqual(60);
    expect(widths.every((w) => w >= 5)).toBe(true);
    const wrapped = results.rowHeights?.filter((h) => h.table) ?? [];
    expect(wrapped.length).toBeGreaterThan(0);
    expect(wrapped.every((h) => h.height > 15)).toBe(true);
  });

  it('bold totals in the proposals', () => {
    const first = proposals.blocks.find((b) => b.values[0][0] === 'STT');
    expect(first?.rowStyles).toEqual([{ row: (first?.values.length ?? 0) - 1, style: { bold: true } }]);
    expect(first?.values[(first?.values.length ?? 0) - 1][1]).toBe('Cộng');
  });
});

describe('wrappedLines', () => {
  it('keeps words whole, counts line breaks, breaks a word longer than a line', () => {
    expect(wrappedLines('Xã A', 10, {})).toBe(1);
    expect(wrappedLines('một hai ba bốn năm sáu bảy tám chín mười', 10, {})).toBeGreaterThanOrEqual(3);
    expect(wrappedLines('dòng một\ndòng hai', 40, {})).toBe(2);
    expect(wrappedLines('x'.repeat(50), 10, {})).toBeGreaterThanOrEqual(4);
    // Capitals and bold take more room than the same letters in lower case.
    const word = 'chuyển đổi số cấp xã năm hai nghìn';
    expect(wrappedLines(word, 30, {})).toBe(1);
    expect(wrappedLines(word.toUpperCase(), 30, { bold: true })).toBe(2);
  });
});

describe('dossier settings for the printed sheets', () => {
  const plan = {
    ...smallPlan(),
    parameters: [
      { id: 'dossier-issuer', label: 'Cơ quan', value: 'Phòng Văn hóa và Thông tin' },
      { id: 'dossier-place', label: 'Địa danh', value: 'Phụng Hiệp' },
    ],
  };

  it('the plan’s dossier parameters, then the workbook’s saved settings, then the caller’s; bad JSON adds nothing', () => {
    expect(printSettings(plan, {})).toEqual({ issuer: 'Phòng Văn hóa và Thông tin', place: 'Phụng Hiệp' });
    const saved = { 'thidua.dossier': JSON.stringify({ issuer: 'Phòng Nội vụ', signerName: 'Trần B' }) };
    expect(printSettings(plan, saved)).toEqual({
      issuer: 'Phòng Nội vụ',
      place: 'Phụng Hiệp',
      signerName: 'Trần B',
    });
    expect(printSettings(plan, saved, { place: 'Cây Dương' }).place).toBe('Cây Dương');
    expect(printSettings(plan, { 'thidua.dossier': '{not json' })).toEqual(printSettings(plan, {}));
    expect(printSettings(plan, { 'thidua.dossier': JSON.stringify({ date: 'hôm qua' }) })).toEqual(
      printSettings(plan, {}),
    );
  });

  it('reach the header and signature of the sheets a scoring run writes', () => {
    const wp = buildWritePlan(
      input({ plan, settings: { 'thidua.dossier': JSON.stringify({ signerName: 'Trần B' }) } }),
    );
    const proposals = texts(wp.blocks.filter((b) => b.sheet === 'Đề nghị khen thưởng'));
    expect(proposals).toEqual(expect.arrayContaining(['PHÒNG VĂN HÓA VÀ THÔNG TIN', 'Trần B']));
    expect(proposals).toContain('Phụng Hiệp, ngày …… tháng …… năm ……');
  });

  it('page setup, merges and row heights only on the sheets the run creates — never the official’s or the log', () => {
    const wp = buildWritePlan(input());
    const printed = ['Kết quả', 'Đề nghị khen thưởng', 'Giải trình'];
    expect(wp.pageSetup?.map((p) => p.sheet)).toEqual(printed);
    expect(new Set(wp.merges?.map((m) => m.sheet))).toEqual(new Set(printed));
    expect(new Set(wp.rowHeights?.map((h) => h.sheet))).toEqual(new Set(printed));
    const created = wp.sheets.filter((s) => s.mode === 'createOrReplace').map((s) => s.name);
    expect(created).toEqual(printed);
  });
});
