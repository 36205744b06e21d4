import { builtInPlan } from '../../src/plans';
import {
  detectTable,
  extractUnits,
  type CellValue,
  type ColumnMapping,
  type TableLayout,
} from '../../src/sheet';
import { blockFromText, formUnitOf } from '../../src/sheet/sheet-hints';
import { isNumberingLine } from '../../src/sheet/header-lines';
import { col, sheet } from './helpers';

const xa = builtInPlan('phung-hiep-2023-xa')!.plan;
const kg = builtInPlan('kien-giang-243-2023')!.plan;
const sxd = builtInPlan('kien-giang-sxd-cds-2022-2025')!.plan;

/** A mapping built by hand from a layout: `targets` by column (row) index, so these tests do not depend on matching. */
function mappingOf(layout: TableLayout, targets: Record<number, string>, planId = xa.id): ColumnMapping {
  return {
    version: 1,
    planId,
    sheet: layout.sheet,
    orientation: layout.orientation,
    headerRows: layout.headerRows,
    dataStart: layout.dataStart,
    dataEnd: layout.dataEnd,
    nameIndex: layout.nameIndex,
    columns: layout.headers.map((h) => ({
      index: h.index,
      header: h.text,
      target: targets[h.index] ? { kind: 'criterion', id: targets[h.index] } : null,
      confidence: 1,
      reason: 'test',
    })),
  };
}

const byIndex = (layout: TableLayout) => new Map(layout.headers.map((h) => [h.index, h]));

describe('a header over two rows with groups merged across and the form numbered (1) (2) (3)…', () => {
  const s = sheet(
    'Tổng hợp xã',
    [
      ['UBND HUYỆN MỸ TÚ', null, null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['PHÒNG VĂN HÓA - THÔNG TIN', null, null, null, 'Độc lập - Tự do - Hạnh phúc'],
      ['BẢNG TỔNG HỢP SỐ LIỆU CĐS NĂM 2024 — KHỐI XÃ, THỊ TRẤN'],
      ['TT', 'Xã, thị trấn', 'Hành chính công', null, 'Truyền thông', 'Ghi chú'],
      [null, null, 'Hồ sơ xử lý online (%)', 'Thủ tục có phát sinh HS (%)', 'Tin bài gửi huyện', null],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
      [1, 'Xã Mỹ Hương', '82%', '61%', 12, null],
      [2, 'Xã Long Hưng', '77%', '58%', 9, 'chậm báo cáo'],
      [null, 'Cộng', null, null, 21, null],
      [null, null, null, 'Mỹ Tú, ngày 20 tháng 12 năm 2024'],
    ],
    {
      merges: [
        { top: 0, left: 0, bottom: 0, right: 3 },
        { top: 2, left: 0, bottom: 2, right: 5 },
        { top: 3, left: 0, bottom: 4, right: 0 },
        { top: 3, left: 1, bottom: 4, right: 1 },
        { top: 3, left: 2, bottom: 3, right: 3 },
        { top: 3, left: 5, bottom: 4, right: 5 },
      ],
    },
  );
  const layout = detectTable(s)!;

  it('leaves the national header and title out, and reads the three header rows', () => {
    expect(layout).toMatchObject({ orientation: 'rows', headerRows: [3, 4, 5], dataStart: 6, nameIndex: 1 });
    expect(layout.skipped.map((k) => k.reason)).toEqual([
      'Dòng tổng cộng "Cộng"',
      'Dòng ngày tháng ký "Mỹ Tú, ngày 20 tháng 12 năm 2024"',
    ]);
  });

  it('titles a column by its group and its own cell, own title last; the form numbering is no criterion number', () => {
    const h = byIndex(layout);
    expect(h.get(col('C'))).toEqual({
      index: col('C'),
      text: 'Hành chính công › Hồ sơ xử lý online (%) / (3)',
      parts: ['Hành chính công', 'Hồ sơ xử lý online (%)'],
    });
    expect(h.get(col('E'))?.parts).toEqual(['Truyền thông', 'Tin bài gửi huyện']);
    expect(h.get(col('F'))?.parts).toEqual(['Ghi chú']);
    expect([...h.values()].every((x) => x.number === undefined)).toBe(true);
  });

  it('gives the title lines as block hints, the sheet name last', () => {
    expect(layout.blockHints?.map((b) => b.source)).toEqual(['title', 'sheet']);
    expect(blockFromText(layout.blockHints![0].text, xa)).toBe('xa');
  });
});

describe('numbering lines', () => {
  it('are numbers, codes or letters in order; a row of figures is not one', () => {
    expect(isNumberingLine(['1', '2', '3', '4'])).toBe(true);
    expect(isNumberingLine(['A', 'B', '1', '2', '3'])).toBe(true);
    expect(isNumberingLine(['(1)', '(2)', 'a.1', 'a.2', 'b.1'])).toBe(true);
    expect(isNumberingLine(['STT', '1', '2', '3'])).toBe(true);
    expect(isNumberingLine(['3', '1', '2'])).toBe(false);
    expect(isNumberingLine(['3', '1', '2'], true)).toBe(true);
    expect(isNumberingLine(['Xã A', '1', '2', '3'])).toBe(false);
  });

  it('a numbering line that does not number STT and the name gives each column its criterion number', () => {
    const s = sheet('S', [
      ['STT', 'Đơn vị', 'Văn bản ký số (%)', 'Zalo OA', 'Mô hình mới'],
      [null, null, 9, 16, 24],
      [1, 'Xã Mỹ Hương', '90%', 'x', 'x'],
      [2, 'Xã Long Hưng', '70%', null, 'x'],
    ]);
    const layout = detectTable(s)!;
    expect(layout.headerRows).toEqual([0, 1]);
    expect(layout.headers.map((h) => [h.number, h.parts])).toEqual([
      ['9', ['Văn bản ký số (%)']],
      ['16', ['Zalo OA']],
      ['24', ['Mô hình mới']],
    ]);
  });
});

describe('a criterion over several columns', () => {
  const s = sheet(
    'Theo dõi',
    [
      [
        'STT',
        'Đơn vị',
        'Văn bản đi ký số',
        null,
        null,
        'Tiêu chí 3 (8 đ)',
        null,
        'Xếp loại CCHC',
        null,
        'Xếp loại các năm',
        null,
      ],
      [null, null, 'Tổng VB', 'VB có ký số', 'Tỷ lệ (%)', 'Kết quả', 'Điểm', 2023, 'Năm 2024', null, null],
      [1, 'Phòng Nội vụ', 200, 180, 0.9, 'Có', 8, 'Tốt', 'Xuất sắc', 'Tốt', 'Tốt'],
      [2, 'Phòng Tư pháp', 150, 120, 0.8, 'Không', 0, 'Khá', 'Tốt', 'Khá', 'Tốt'],
    ],
    {
      merges: [
        { top: 0, left: 0, bottom: 1, right: 0 },
        { top: 0, left: 1, bottom: 1, right: 1 },
        { top: 0, left: 2, bottom: 0, right: 4 },
        { top: 0, left: 5, bottom: 0, right: 6 },
        { top: 0, left: 7, bottom: 0, right: 8 },
        { top: 0, left: 9, bottom: 1, right: 10 },
      ],
    },
  );
  const layout = detectTable(s)!;
  const h = byIndex(layout);

  it('Tổng số | Đã đạt | Tỷ lệ: one family, the rate the one to read', () => {
    expect(
      [col('C'), col('D'), col('E')].map((i) => [h.get(i)?.family?.role, h.get(i)?.family?.read]),
    ).toEqual([
      ['total', false],
      ['achieved', false],
      ['rate', true],
    ]);
    expect(h.get(col('E'))?.family).toMatchObject({ first: col('C'), title: 'Văn bản đi ký số' });
  });

  it('Kết quả | Điểm: the result is read, never the points', () => {
    expect(h.get(col('F'))?.family).toMatchObject({ role: 'result', read: true, title: 'Tiêu chí 3 (8 đ)' });
    expect(h.get(col('G'))?.family).toMatchObject({ role: 'points', read: false });
  });

  it('one column per year: each its year, from its own sub-header (a number or "Năm 2024")', () => {
    expect([h.get(col('H'))?.year, h.get(col('I'))?.year]).toEqual([2023, 2024]);
    expect(h.get(col('I'))?.family).toMatchObject({ role: 'year', read: true, title: 'Xếp loại CCHC' });
  });

  it('columns under one title with nothing of their own are "unlabelled": not read, never given years', () => {
    expect([h.get(col('J'))?.family?.role, h.get(col('K'))?.family?.role]).toEqual([
      'unlabelled',
      'unlabelled',
    ]);
    expect(h.get(col('J'))?.year).toBeUndefined();
  });
});

describe('units in columns, criteria in rows', () => {
  const s = sheet(
    'Bảng điểm',
    [
      ['KẾT QUẢ CÁC XÃ NĂM 2024'],
      ['STT', 'Nội dung tiêu chí', 'Điểm chuẩn', 'Số liệu của các xã', null, 'Ghi chú'],
      [null, null, null, 'Xã Mỹ Hương', 'Xã Long Hưng', null],
      [null, 'I. CHÍNH QUYỀN SỐ', null, null, null, null],
      [8, 'Hồ sơ xử lý online (%)', 10, '82%', '77%', null],
      [9, 'Văn bản ký số (%)', 10, '95%', '90%', null],
      [null, 'II. XÃ HỘI SỐ', null, null, null, null],
      [16, 'Có kênh Zalo OA', 4, 'Có', 'Không', 'xã Long Hưng đang làm'],
      [null, 'Tổng cộng', 24, 18, 12, null],
    ],
    {
      merges: [
        { top: 1, left: 0, bottom: 2, right: 0 },
        { top: 1, left: 1, bottom: 2, right: 1 },
        { top: 1, left: 2, bottom: 2, right: 2 },
        { top: 1, left: 3, bottom: 1, right: 4 },
        { top: 1, left: 5, bottom: 2, right: 5 },
      ],
    },
  );
  const layout = detectTable(s)!;

  it('is detected as units across, the units under their group, the points and notes columns left out', () => {
    expect(layout).toMatchObject({
      orientation: 'columns',
      headerRows: [0, 1],
      nameIndex: 2,
      dataStart: col('D'),
      dataEnd: col('E'),
    });
  });

  it('numbers each criterion by its STT cell and groups it under its section row; totals are not a criterion', () => {
    expect(layout.headers).toEqual([
      {
        index: 4,
        text: 'I. CHÍNH QUYỀN SỐ › Hồ sơ xử lý online (%) / 8',
        parts: ['I. CHÍNH QUYỀN SỐ', 'Hồ sơ xử lý online (%)'],
        number: '8',
      },
      {
        index: 5,
        text: 'I. CHÍNH QUYỀN SỐ › Văn bản ký số (%) / 9',
        parts: ['I. CHÍNH QUYỀN SỐ', 'Văn bản ký số (%)'],
        number: '9',
      },
      {
        index: 7,
        text: 'II. XÃ HỘI SỐ › Có kênh Zalo OA / 16',
        parts: ['II. XÃ HỘI SỐ', 'Có kênh Zalo OA'],
        number: '16',
      },
    ]);
  });

  it('reads one unit per column', () => {
    const m = mappingOf(layout, { 4: 'tc08', 5: 'tc09', 7: 'tc16' });
    const { units, cells } = extractUnits(s, m, xa);
    expect(units.map((u) => [u.name, u.values.tc08, u.values.tc16])).toEqual([
      ['Xã Mỹ Hương', '82%', 'Có'],
      ['Xã Long Hưng', '77%', 'Không'],
    ]);
    expect(cells.get('xa-long-hung')?.values.tc09).toEqual({ row: 5, col: col('E') });
  });

  it('the official can still force the other orientation', () => {
    expect(detectTable(s, { orientation: 'rows' })?.orientation).toBe('rows');
  });
});

describe("one unit's own form", () => {
  const rows: CellValue[][] = [
    ['UBND XÃ MỸ PHƯỚC', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    [null, null, null, 'Độc lập - Tự do - Hạnh phúc'],
    ['PHIẾU TỰ CHẤM ĐIỂM CHUYỂN ĐỔI SỐ NĂM 2024'],
    ['Đơn vị: UBND xã Mỹ Phước, huyện Mỹ Tú'],
    ['STT', 'Nội dung', 'Điểm chuẩn', 'Kết quả thực hiện', 'Điểm tự chấm', 'Ghi chú'],
    [8, 'Hồ sơ xử lý online (%)', 10, '84%', 10, null],
    [13, 'Số hồ sơ nộp online', 8, 140, 8, null],
    [16, 'Có kênh Zalo OA', 4, 'Có', 4, 'có ảnh chụp'],
    [null, 'Tổng cộng', 22, null, 22, null],
  ];
  const s = sheet('Tu cham', rows, { merges: [{ top: 2, left: 0, bottom: 2, right: 5 }] });
  const layout = detectTable(s)!;

  it('is one unit: its value column, named from the "Đơn vị:" line', () => {
    expect(layout).toMatchObject({
      orientation: 'columns',
      dataStart: col('D'),
      dataEnd: col('D'),
      nameIndex: 4,
    });
    expect(layout.formUnit).toEqual({ name: 'UBND xã Mỹ Phước', source: 'title', cell: { row: 3, col: 0 } });
    expect(layout.headers.map((h) => h.number)).toEqual(['8', '13', '16']);
  });

  it('extracts that one unit and asks the official to check its name', () => {
    const m = mappingOf(layout, { 5: 'tc08', 6: 'tc13', 7: 'tc16' });
    const { units, problems } = extractUnits(s, m, xa);
    expect(units).toEqual([
      expect.objectContaining({
        id: 'ubnd-xa-my-phuoc',
        name: 'UBND xã Mỹ Phước',
        values: { tc08: '84%', tc13: 140, tc16: 'Có' },
      }),
    ]);
    expect(problems).toEqual([expect.objectContaining({ code: 'form-unit-name', path: "'Tu cham'!D5" })]);
    expect(problems[0].message).toContain('A4');
  });

  it('without a "Đơn vị:" line the issuing body names it, else the sheet', () => {
    const untitled = sheet('Tu cham', [rows[0], rows[1], rows[2], [], ...rows.slice(4)]);
    expect(formUnitOf(untitled, 4)).toMatchObject({ name: 'UBND XÃ MỸ PHƯỚC', source: 'agency' });
    const bare = sheet('Xã Mỹ Phước', rows.slice(4));
    expect(formUnitOf(bare, 0)).toEqual({ name: 'Xã Mỹ Phước', source: 'sheet' });
  });
});

describe('what is not a table of units', () => {
  it('a guidance sheet listing criteria with their maximum points', () => {
    const s = sheet('Huong dan', [
      ['HƯỚNG DẪN CHẤM'],
      ['STT', 'Tiêu chí', 'Điểm tối đa', 'Cách chấm'],
      [1, 'Có văn bản chỉ đạo CĐS', 10, 'Có: đủ điểm'],
      [2, 'Báo cáo đúng hạn', 10, 'Trễ một lần trừ 2 điểm'],
      [3, 'Tỷ lệ hồ sơ online', 8, 'Theo tỷ lệ đạt được'],
    ]);
    expect(detectTable(s)).toBeUndefined();
  });

  it('a second table under the totals (a proposals list) ends the table', () => {
    const s = sheet('Tổng hợp', [
      ['STT', 'Tên đơn vị', 'TC8', 'TC16'],
      [1, 'Xã Mỹ Hương', '82%', 'x'],
      [2, 'Xã Long Hưng', '77%', null],
      [null, 'Tổng cộng', null, null],
      [],
      ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG'],
      ['STT', 'Tên đơn vị', 'Tổng điểm', 'Hình thức'],
      [1, 'Xã Mỹ Hương', 180, 'Giấy khen'],
    ]);
    const layout = detectTable(s)!;
    expect(layout.dataEnd).toBe(2);
    expect(layout.skipped.at(-1)?.reason).toBe('Dòng bắt đầu bảng khác "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"');
  });
});

describe('the block a title or sheet name gives', () => {
  it('a run of the block name, the whole id, or the only collective / individual block', () => {
    expect(blockFromText('KẾT QUẢ CỦA CÁC HUYỆN, THÀNH PHỐ NĂM 2023', kg)).toBe('huyen');
    expect(blockFromText('Các sở, ban, ngành tỉnh', kg)).toBe('so-nganh');
    expect(blockFromText('UBND HUYỆN CHÂU THÀNH', kg)).toBeUndefined();
    expect(blockFromText('Bảng tổng hợp năm 2023', kg)).toBeUndefined();
    expect(blockFromText('Cá nhân', sxd)).toBe('ca-nhan');
    expect(blockFromText('Danh sách tập thể đề nghị', sxd)).toBe('phong-don-vi');
  });
});
