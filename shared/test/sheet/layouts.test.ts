import { builtInPlan } from '../../src/plans';
import { detectTable, extractUnits, proposeMapping, validateSheet, type CellValue } from '../../src/sheet';
import { col, sheet } from './helpers';

const xa = builtInPlan('phung-hiep-2023-xa')!.plan;
const phongBan = builtInPlan('phung-hiep-2023-phong-ban')!.plan;

/** One unit's 24 values for the commune plan, in criterion order. */
const xaValues = (rate8: CellValue = 0.805): CellValue[] => [
  'x',
  'x',
  'Có',
  0.9,
  0.5,
  0.6,
  0.7,
  rate8,
  1,
  'Có',
  'x',
  1,
  120,
  0.45,
  'x',
  'x',
  0.5,
  3,
  1,
  0.99,
  'x',
  40,
  1,
  'Không',
];

const targetsOf = (m: ReturnType<typeof proposeMapping>) =>
  Object.fromEntries(m.columns.map((c) => [c.header, c.target?.id ?? null]));

describe('layout 1: title rows above a two-row merged header "Tiêu chí" over (1)…(24)', () => {
  const nums = Array.from({ length: 24 }, (_, i) => `(${i + 1})`);
  const s = sheet(
    'Tổng hợp',
    [
      ['UBND HUYỆN PHỤNG HIỆP', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA CHUYỂN ĐỔI SỐ NĂM 2023'],
      [],
      ['STT', 'Tên đơn vị', 'Tiêu chí', ...Array(23).fill(null), 'Tổng điểm'],
      [null, null, ...nums, null],
      [1, 'Xã Hòa An', ...xaValues(), 200],
      [2, 'Xã Tân Bình', ...xaValues('#N/A'), 190],
      [3, 'Thị trấn Cây Dương', ...xaValues('80,5%'), 180],
    ],
    {
      merges: [
        { top: 3, left: 0, bottom: 4, right: 0 },
        { top: 3, left: 1, bottom: 4, right: 1 },
        { top: 3, left: 2, bottom: 3, right: 25 },
        { top: 3, left: 26, bottom: 4, right: 26 },
      ],
      numberFormats: Array.from({ length: 8 }, () => Array.from({ length: 27 }, () => '0.0%')),
    },
  );
  const layout = detectTable(s)!;

  it('finds the header rows under the title, the name and STT columns', () => {
    expect(layout).toMatchObject({
      orientation: 'rows',
      headerRows: [3, 4],
      dataStart: 5,
      dataEnd: 7,
      nameIndex: 1,
      sttIndex: 0,
    });
    // the group "Tiêu chí" is the title, "(1)" the number its numbering line gives
    expect(layout.headers[0]).toEqual({
      index: 2,
      text: 'Tiêu chí / (1)',
      parts: ['Tiêu chí'],
      number: '(1)',
    });
    expect(layout.headers.at(-1)).toEqual({ index: 26, text: 'Tổng điểm', parts: ['Tổng điểm'] });
    expect(layout.confidence).toBeGreaterThan(0.8);
  });

  it('maps (n) to criterion n and leaves the total column out', () => {
    const m = proposeMapping(s, layout, xa);
    expect(m.columns[7]).toMatchObject({
      index: 9,
      target: { kind: 'criterion', id: 'tc08' },
      confidence: 0.9,
      reason: expect.stringMatching(/^Khớp số thứ tự 8 \("\(8\)"\)/),
    });
    expect(m.columns.filter((c) => c.target).map((c) => c.target!.id)).toEqual(xa.criteria.map((c) => c.id));
    expect(m.columns.at(-1)).toMatchObject({ header: 'Tổng điểm', target: null });
  });

  it('reads percent-formatted numbers as rates, and reports the error cell by address, unit and criterion', () => {
    const m = proposeMapping(s, layout, xa);
    const { units, problems, cells } = validateSheet(s, m, xa);
    expect(units.map((u) => u.id)).toEqual(['xa-hoa-an', 'xa-tan-binh', 'thi-tran-cay-duong']);
    expect(units[0].values.tc08).toBe('80,5%');
    expect(units[2].values.tc08).toBe('80,5%');
    expect(units[0].block).toBe('xa');
    expect(cells.get('xa-tan-binh')!.values.tc08).toEqual({ row: 6, col: col('J') });
    const errors = problems.filter((p) => p.criterionId === 'tc08');
    expect(errors).toEqual([
      expect.objectContaining({ path: "'Tổng hợp'!J7", unitId: 'xa-tan-binh', code: 'excel-error' }),
    ]);
    expect(errors[0].message).toContain('Xã Tân Bình');
    expect(errors[0].message).toContain('tiêu chí 8');
  });
});

describe('layout 2: STT column, a form numbering row, totals row and signature block', () => {
  const head = ['STT', 'Tên đơn vị', ...phongBan.criteria.map((c) => `TC${c.number}`), 'Ghi chú'];
  const numbering = head.map((_, i) => `(${i + 1})`);
  const values = (v: number): CellValue[] => phongBan.criteria.map(() => v);
  const s = sheet('Sheet1', [
    ['BIỂU ĐIỂM THI ĐUA KHỐI PHÒNG, BAN NĂM 2023'],
    [],
    head,
    numbering,
    [1, 'Phòng Nội vụ', ...values(1)],
    [2, 'Công an huyện', ...values(1)],
    [],
    [3, 'Phòng Tư pháp', ...values(0)],
    [null, 'Tổng cộng', ...values(2)],
    [],
    [null, null, null, null, null, null, 'Phụng Hiệp, ngày 15 tháng 12 năm 2023'],
    [null, 'Người lập biểu', null, null, null, null, 'THỦ TRƯỞNG ĐƠN VỊ'],
    [],
    [null, 'Nguyễn Văn A', null, null, null, null, 'Trần Thị B'],
  ]);
  const layout = detectTable(s)!;

  it('keeps "Công an huyện" as a unit and skips the blank, totals and signature rows with reasons', () => {
    expect(layout).toMatchObject({ headerRows: [2, 3], dataStart: 4, dataEnd: 7, nameIndex: 1, sttIndex: 0 });
    expect(layout.skipped).toEqual([
      { index: 6, reason: 'Dòng trống' },
      { index: 8, reason: 'Dòng tổng cộng "Tổng cộng"' },
      { index: 10, reason: 'Dòng ngày tháng ký "Phụng Hiệp, ngày 15 tháng 12 năm 2023"' },
    ]);
  });

  it('ignores the column-numbering row "(1) (2) (3)…" and maps by TCn', () => {
    const m = proposeMapping(s, layout, phongBan);
    expect(m.columns[0]).toMatchObject({
      header: 'TC1 / (3)',
      target: { kind: 'criterion', id: 'tc01' },
      reason: 'Khớp mã TC1, giá trị là Có/Không (Đạt/Chưa đạt)',
    });
    expect(m.columns.at(-1)).toMatchObject({ header: 'Ghi chú / (19)', target: null });
    const { units } = extractUnits(s, m, phongBan);
    expect(units.map((u) => u.name)).toEqual(['Phòng Nội vụ', 'Công an huyện', 'Phòng Tư pháp']);
  });
});

describe('layout 3: units in columns, criteria in rows', () => {
  const s = sheet('Theo cột', [
    ['KẾT QUẢ CHẤM ĐIỂM'],
    [],
    ['TT', 'Nội dung tiêu chí', 'Xã Hòa An', 'Xã Tân Bình', 'Thị trấn Kinh Cùng'],
    ...xa.criteria.map((c, i): CellValue[] => [
      i + 1,
      `Tiêu chí ${c.number}: ${c.title.slice(0, 30)}`,
      xaValues()[i],
      xaValues(0.7)[i],
      xaValues(0.6)[i],
    ]),
    ['', 'Tổng cộng', 200, 190, 180],
  ]);

  it('detects the transposed table', () => {
    const layout = detectTable(s)!;
    expect(layout).toMatchObject({ orientation: 'columns', nameIndex: 2, dataStart: 2, dataEnd: 4 });
    expect(layout.headerRows).toEqual([0, 1]);
    const m = proposeMapping(s, layout, xa);
    expect(m.columns.find((c) => c.index === 10)).toMatchObject({
      target: { id: 'tc08' },
      reason: expect.stringContaining('Khớp số thứ tự 8'),
    });
    const { units, cells } = extractUnits(s, m, xa);
    expect(units.map((u) => u.name)).toEqual(['Xã Hòa An', 'Xã Tân Bình', 'Thị trấn Kinh Cùng']);
    expect(units[1].values.tc08).toBe(0.7);
    expect(cells.get('xa-tan-binh')!.values.tc08).toEqual({ row: 10, col: 3 });
  });

  it('honours a forced orientation', () => {
    expect(detectTable(s, { orientation: 'rows' })?.orientation).toBe('rows');
  });
});

describe('layout 4: English / TC-prefixed headers, hidden rows, formulas', () => {
  const head = ['No.', 'Unit', 'TC 01', 'tc02', 'TC-03', 'Tieu chi so 4', 'TC08', 'Criterion 13', 'Total'];
  const s = sheet(
    'Data',
    [
      head,
      [1, 'Xã Hòa An', 'x', 'Có', 'Không', 80.5, '80,5%', 120, 50],
      [2, 'Xã Hiệp Hưng', 'x', 'Có', 'x', 0.8, 0.805, 100, 40],
      [3, 'Xã Tân Phước Hưng', 'x', 'Có', 'x', 0.8, 0.805, 100, 40],
    ],
    {
      hiddenRows: [2],
      formulas: [[], [], [], [null, null, null, null, null, null, null, '=SUM(H2:H3)']],
    },
  );

  it('skips the hidden row and maps every spelling of a criterion code', () => {
    const layout = detectTable(s)!;
    expect(layout).toMatchObject({ headerRows: [0], dataStart: 1, dataEnd: 3, nameIndex: 1, sttIndex: 0 });
    expect(layout.skipped).toEqual([{ index: 2, reason: 'Dòng ẩn' }]);
    const m = proposeMapping(s, layout, xa);
    expect(targetsOf(m)).toEqual({
      'TC 01': 'tc01',
      tc02: 'tc02',
      'TC-03': 'tc03',
      'Tieu chi so 4': 'tc04',
      TC08: 'tc08',
      'Criterion 13': 'tc13',
      Total: null,
    });
    const { units } = extractUnits(s, m, xa);
    expect(units.map((u) => u.name)).toEqual(['Xã Hòa An', 'Xã Tân Phước Hưng']);
    expect(units[1].values.tc13).toBe(100);
  });
});

describe('layout 5: headers by criterion text only, diacritics removed or mixed', () => {
  const s = sheet('Xa', [
    [
      'Đơn vị',
      'Ty le ho so giai quyet truc tuyen',
      'Số lượng hồ sơ nộp trực tuyến',
      'So tin bai ve chuyen doi so',
      'Ty le thanh toan truc tuyen',
      'Zalo OA',
    ],
    ['Xã Long Thạnh', 0.8, 150, 30, 0.55, 'x'],
    ['Xã Phương Bình', 0.7, 90, 12, 0.4, 'x'],
  ]);

  it('maps by text similarity with lower confidence and an explanation', () => {
    const layout = detectTable(s)!;
    expect(layout.nameIndex).toBe(0);
    const m = proposeMapping(s, layout, xa);
    expect(targetsOf(m)).toMatchObject({
      'Ty le ho so giai quyet truc tuyen': 'tc08',
      'Số lượng hồ sơ nộp trực tuyến': 'tc13',
      'So tin bai ve chuyen doi so': 'tc22',
      'Ty le thanh toan truc tuyen': 'tc14',
    });
    const c13 = m.columns.find((c) => c.target?.id === 'tc13')!;
    // the plan's own title word for word: as sure as text alone gets (0.9); a near copy less so
    expect(c13.confidence).toBe(0.9);
    expect(c13.reason).toMatch(/^Nội dung giống tiêu chí 13 \(độ giống 1\)/);
    for (const c of m.columns.filter((x) => x.target)) {
      expect(c.confidence).toBeLessThanOrEqual(0.9);
      expect(c.reason).toMatch(/^Nội dung giống tiêu chí \d+ \(độ giống [\d,]+\)/);
    }
  });
});

describe('layout 6: departments with fact columns', () => {
  const head = [
    'STT',
    'Phòng, ban',
    ...phongBan.criteria.map((c) => `Tiêu chí ${c.number}`),
    'Số hồ sơ trễ hạn/tháng',
    'Số ngày trễ báo cáo',
  ];
  const s = sheet('Phong ban', [
    head,
    [1, 'Phòng Văn hóa và Thông tin', ...phongBan.criteria.map(() => 1), 0, 0],
    [2, 'Văn phòng HĐND và UBND', ...phongBan.criteria.map(() => 1), 2, 4],
  ]);

  it('maps fact columns to the plan facts by their labels', () => {
    const layout = detectTable(s)!;
    const m = proposeMapping(s, layout, phongBan);
    expect(targetsOf(m)).toMatchObject({
      'Số hồ sơ trễ hạn/tháng': 'lateDossiersMaxInMonth',
      'Số ngày trễ báo cáo': 'reportDelayMaxDays',
    });
    expect(m.columns.find((c) => c.header === 'Số ngày trễ báo cáo')!.target!.kind).toBe('fact');
    const { units } = extractUnits(s, m, phongBan);
    expect(units[1].facts).toEqual({ lateDossiersMaxInMonth: 2, reportDelayMaxDays: 4 });
    expect(units[1].block).toBe('phong-ban');
  });
});

describe('no table', () => {
  it('returns undefined for an empty or title-only sheet', () => {
    expect(detectTable(sheet('Trống', [[]]))).toBeUndefined();
    expect(detectTable({ name: 'x', origin: { row: 0, col: 0 }, values: [] })).toBeUndefined();
    expect(
      detectTable(sheet('Tiêu đề', [['BẢNG TỔNG HỢP'], [], ['Ghi chú: không có số liệu']])),
    ).toBeUndefined();
  });
});

describe('layout 7: three header rows (groups, codes, form numbering) and a maximum-points row', () => {
  const s = sheet(
    'S',
    [
      ['BẢNG ĐIỂM'],
      ['STT', 'Tên đơn vị', 'Chính quyền số', null, null, 'Kinh tế số', null, 'Tổng'],
      [null, null, 'TC1', 'TC2', 'TC3', 'TC4', 'TC5', null],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)'],
      [null, 'Điểm tối đa', 10, 10, 8, 8, 8, 44],
      [1, 'Xã A', 'x', 'x', 'x', 0.5, 0.5, 30],
      [2, 'Xã B', 'x', 'x', 'x', 0.5, 0.5, 30],
    ],
    {
      merges: [
        { top: 1, left: 0, bottom: 2, right: 0 },
        { top: 1, left: 1, bottom: 2, right: 1 },
        { top: 1, left: 2, bottom: 1, right: 4 },
        { top: 1, left: 5, bottom: 1, right: 6 },
        { top: 1, left: 7, bottom: 2, right: 7 },
      ],
    },
  );

  it('joins the header rows, skips the maximum-points row, and ignores the form numbering', () => {
    const layout = detectTable(s)!;
    expect(layout).toMatchObject({
      headerRows: [1, 2, 3],
      dataStart: 4,
      dataEnd: 6,
      nameIndex: 1,
      sttIndex: 0,
    });
    expect(layout.skipped).toEqual([{ index: 4, reason: 'Dòng điểm tối đa "Điểm tối đa"' }]);
    expect(layout.headers[0].text).toBe('Chính quyền số / TC1 / (3)');
    const m = proposeMapping(s, layout, xa);
    expect(targetsOf(m)).toEqual({
      'Chính quyền số / TC1 / (3)': 'tc01',
      'Chính quyền số / TC2 / (4)': 'tc02',
      'Chính quyền số / TC3 / (5)': 'tc03',
      'Kinh tế số / TC4 / (6)': 'tc04',
      'Kinh tế số / TC5 / (7)': 'tc05',
      'Tổng / (8)': null,
    });
    expect(extractUnits(s, m, xa).units.map((u) => u.name)).toEqual(['Xã A', 'Xã B']);
  });
});

describe('plans with targets (chỉ tiêu) and per-year facts', () => {
  it('maps "a.2"-style target numbers and feeds them as values, percent-formatted cells as rates', () => {
    const kg = builtInPlan('kien-giang-243-2023')!.plan;
    const s = sheet(
      'Chỉ tiêu',
      [
        ['STT', 'Cơ quan, đơn vị', 'Khối', 'Chỉ tiêu a.1', '(a.2)', 'a.3'],
        [1, 'Sở Xây dựng', 'so-nganh', 0.95, '#REF!', 0.9],
      ],
      { numberFormats: [[], [null, null, null, '0%', null, '0%']] },
    );
    const layout = detectTable(s)!;
    const m = proposeMapping(s, layout, kg);
    expect(m.columns.map((c) => [c.header, c.target])).toEqual([
      ['Chỉ tiêu a.1', { kind: 'target', id: 'cqs-01' }],
      ['(a.2)', { kind: 'target', id: 'cqs-02' }],
      ['a.3', { kind: 'target', id: 'cqs-03' }],
    ]);
    const { units, problems } = validateSheet(s, m, kg);
    expect(units[0]).toMatchObject({
      block: 'so-nganh',
      values: { 'cqs-01': '95%', 'cqs-02': '#REF!', 'cqs-03': '90%' },
    });
    expect(problems.filter((p) => p.path === "'Chỉ tiêu'!E2")).toEqual([
      expect.objectContaining({ code: 'excel-error', unitId: 'so-xay-dung' }),
    ]);
    expect(problems.filter((p) => p.path === "'Chỉ tiêu'!E2")[0].message).toContain('chỉ tiêu a.2');
  });

  it('maps one column per year of a per-year fact to "<fact>_<year>"', () => {
    const cchc = builtInPlan('kien-giang-sxd-609-cchc')!.plan;
    const s = sheet('CCHC', [
      [
        'Tên đơn vị',
        'Khối',
        'cchc_2021',
        'Xếp loại CCHC năm 2022',
        'Xếp loại kết quả thực hiện nhiệm vụ CCHC năm 2023',
      ],
      ['Phòng Quản lý xây dựng', 'tap-the', 'Tốt', 'Tốt', 'Xuất sắc'],
    ]);
    const m = proposeMapping(s, detectTable(s)!, cchc);
    expect(m.columns.map((c) => c.target?.id)).toEqual(['cchc_2021', 'cchc_2022', 'cchc_2023']);
    const { units } = extractUnits(s, m, cchc);
    expect(units[0].facts).toEqual({ cchc_2021: 'Tốt', cchc_2022: 'Tốt', cchc_2023: 'Xuất sắc' });
  });
});

describe('a used range that does not start at A1', () => {
  it('keeps absolute rows and columns in the layout and in problem addresses', () => {
    const s = {
      ...sheet('Sheet1', [
        ['Tên đơn vị', 'TC1', 'TC8'],
        ['Xã A', 'x', '#DIV/0!'],
      ]),
      origin: { row: 4, col: 2 },
    };
    const layout = detectTable(s)!;
    expect(layout).toMatchObject({ headerRows: [4], dataStart: 5, dataEnd: 5, nameIndex: 2 });
    const m = proposeMapping(s, layout, xa);
    expect(m.columns.map((c) => c.index)).toEqual([3, 4]);
    expect(extractUnits(s, m, xa).problems).toEqual([
      expect.objectContaining({ path: 'Sheet1!E6', code: 'excel-error', criterionId: 'tc08' }),
    ]);
  });
});
