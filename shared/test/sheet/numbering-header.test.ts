import { builtInPlan } from '../../src/plans';
import { detectTable, proposeMapping, validateSheet, type CellValue } from '../../src/sheet';
import { sheet } from './helpers';

const kg = builtInPlan('kien-giang-243-2023')!.plan;

/**
 * The Kiên Giang 243 form: long "a.1. Tỷ lệ…" target titles (no leading digit, one of them starting "Kết quả…")
 * over a "(1) (2) …" form numbering line, STT and name merged over both rows. The numbering line alone scores
 * higher than the text row; it must not become the whole header.
 */
const titles: string[] = [
  'a.1. Tỷ lệ thủ tục hành chính có đủ điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình (mục tiêu ≥ 100%)',
  'a.2. Tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến (mục tiêu ≥ 60%)',
  'a.6 (tỉnh). Tỷ lệ hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng (mục tiêu ≥ 90%)',
  'a.6. Tỷ lệ văn bản trao đổi qua môi trường mạng dưới dạng văn bản điện tử',
  'Kết quả UBND tỉnh chấm điểm chuyển đổi số hằng năm',
];
const numbers = titles.map((_, i) => `(${i + 1})`);
const values = (a1: CellValue): CellValue[] => [a1, '75%', 0.95, 1, 'xuất sắc'];
const expectedTargets = ['cqs-01', 'cqs-02', 'cqs-06-tinh', 'cqs-06-van-ban', 'xepLoaiCdsNam'];

function form(numberingAbove: boolean) {
  const [first, second] = numberingAbove ? [numbers, titles] : [titles, numbers];
  return sheet(
    'Bảng tổng hợp',
    [
      ['ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG', null, null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2023'],
      [],
      ['STT', 'Tên đơn vị', ...first],
      [null, null, ...second],
      [null, 'I. Sở, ban, ngành, Mặt trận Tổ quốc và các đoàn thể chính trị – xã hội tỉnh'],
      [1, 'Sở Xây dựng', ...values(1)],
      [2, 'Sở Tư pháp', ...values('80,5%')],
      [null, 'Tổng cộng'],
    ],
    {
      merges: [
        { top: 0, left: 0, bottom: 0, right: 3 },
        { top: 1, left: 0, bottom: 1, right: 6 },
        { top: 3, left: 0, bottom: 4, right: 0 },
        { top: 3, left: 1, bottom: 4, right: 1 },
      ],
    },
  );
}

describe.each([
  ['under', false],
  ['over', true],
])('a "(1) (2) …" numbering line %s long text headers', (_, numberingAbove) => {
  const s = form(numberingAbove);
  const layout = detectTable(s)!;

  it('takes both lines as the header block, the text in the combined header', () => {
    expect(layout).toMatchObject({ headerRows: [3, 4], dataStart: 5, nameIndex: 1, sttIndex: 0 });
    // above or under, the numbering is not a title: the text is the title, then its number
    expect(layout.headers[0]).toEqual({
      index: 2,
      text: `${titles[0]} / ${numbers[0]}`,
      parts: [titles[0]],
      number: numbers[0],
    });
    expect(layout.headers).toHaveLength(titles.length);
  });

  it('maps each column by the target number of its text line, the text agreeing', () => {
    const m = proposeMapping(s, layout, kg);
    expect(m.columns.map((c) => c.target?.id ?? null)).toEqual(expectedTargets);
    for (const c of m.columns.slice(0, 4)) {
      expect(c.reason).toMatch(/^Khớp số thứ tự a\.\d/);
      expect(c.reason).toMatch(/nội dung giống chỉ tiêu a\.\d/);
      expect(c.confidence).toBeGreaterThanOrEqual(0.9);
    }
    const { units } = validateSheet(s, m, kg, { block: 'so-nganh' });
    expect(units.map((u) => [u.name, u.values['cqs-02'], u.facts?.xepLoaiCdsNam])).toEqual([
      ['Sở Xây dựng', '75%', 'xuất sắc'],
      ['Sở Tư pháp', '75%', 'xuất sắc'],
    ]);
  });
});

/**
 * A numbering line shorter than the titles: the office numbered its criteria "1"…"8" and left the two columns it
 * added on the right, the facts that exclude a unit, unnumbered. With most columns numbered, the numbering line
 * is the header's best line; the table still runs as far as its titles do.
 */
describe('titles that run past the numbering line', () => {
  const pb = builtInPlan('phung-hiep-2023-phong-ban')!.plan;
  const criteria = [
    'Đã phân công người phụ trách CNTT, có kế hoạch CĐS',
    'Gửi báo cáo đủ và đúng hạn',
    'Công chức dự tập huấn CĐS (%)',
    'Có người trong Tổ công nghệ số cộng đồng',
    'CBCC có tài khoản DVC và ngân hàng số (%)',
    'DVCTT có hồ sơ phát sinh (%)',
    'Hồ sơ xử lý trực tuyến (80%)',
    'Số hồ sơ nộp trực tuyến',
  ];
  const row = (n: number, name: string, late: string, days: string): CellValue[] => [
    n,
    name,
    'x',
    'x',
    '90 %',
    'x',
    '100 %',
    '100 %',
    '85,5 %',
    120,
    late,
    days,
  ];
  const s = sheet('Cham diem', [
    ['UBND HUYỆN PHỤNG HIỆP', null, null, null, null, null, null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['BẢNG CHẤM ĐIỂM CĐS CÁC PHÒNG, BAN NĂM 2023'],
    [],
    [
      'TT',
      'Tên cơ quan',
      ...criteria,
      'Số hồ sơ trực tuyến trễ hẹn trong 1 tháng',
      'Báo cáo định kỳ trễ (số ngày)',
    ],
    ['A', 'B', ...criteria.map((_, k) => String(k + 1)), '', ''],
    row(1, 'Phòng Tài chính – Kế hoạch', '0 HS', '0 ngày'),
    row(2, 'Phòng Y tế', '01 HS', '2 ngày'),
    row(3, 'Phòng Tư pháp', '03 HS', '1 ngày'),
  ]);
  const layout = detectTable(s)!;

  it('keeps the unnumbered columns in the table', () => {
    expect(layout.headers.map((h) => h.index)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('maps them to the facts their titles name and reads their values', () => {
    const m = proposeMapping(s, layout, pb);
    expect(m.columns.slice(-2).map((c) => c.target?.id ?? null)).toEqual([
      'lateDossiersMaxInMonth',
      'reportDelayMaxDays',
    ]);
    const { units } = validateSheet(s, m, pb);
    expect(units.map((u) => [u.name, u.facts?.lateDossiersMaxInMonth, u.facts?.reportDelayMaxDays])).toEqual([
      ['Phòng Tài chính – Kế hoạch', '0 HS', '0 ngày'],
      ['Phòng Y tế', '01 HS', '2 ngày'],
      ['Phòng Tư pháp', '03 HS', '1 ngày'],
    ]);
  });
});
