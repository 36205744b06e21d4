/**
 * Office wordings a careful reader reads without doubt: a goal word before its comparison ("chỉ tiêu từ 80%"), an
 * office's outline code before the title ("II.b."), the dictionary's phrases ("chiếm" for a share, "trường phổ
 * thông", "phát động thi đua", "của phòng", "BC đầy đủ", "dùng Internet") and a phrase of two synonym groups
 * ("ví điện tử"). Each maps at high confidence; a title that still fits several targets does not.
 */
import { builtInPlan } from '../../src/plans';
import { detectTable, HIGH_CONFIDENCE, proposeMapping, readings } from '../../src/sheet';
import type { CellValue } from '../../src/sheet/model';
import { readTitle } from '../../src/sheet/references';
import { sheet } from './helpers';

const plan = (id: string) => builtInPlan(id)!.plan;
const pb = plan('phung-hiep-2023-phong-ban');
const kg = plan('kien-giang-243-2023');

/** The mapping of one column under `header` (optionally under a group), its values as given. */
function mapOne(p: typeof pb, header: string, values: CellValue[], group?: string) {
  const rows: CellValue[][] = [
    ...(group ? [['STT', 'Tên đơn vị', group]] : []),
    ['STT', 'Tên đơn vị', header],
    ...values.map((v, i) => [i + 1, `Phòng ${String.fromCharCode(65 + i)}`, v]),
  ];
  const s = sheet(
    'S',
    rows,
    group
      ? {
          merges: [
            { top: 0, bottom: 1, left: 0, right: 0 },
            { top: 0, bottom: 1, left: 1, right: 1 },
          ],
        }
      : {},
  );
  const m = proposeMapping(s, detectTable(s)!, p);
  return m.columns.find((c) => c.index === 2)!;
}

const rates = ['85%', '92,5%', '100%', '78%'];
const marks = ['Đạt', 'Đạt', 'Chưa đạt', 'Đạt'];

describe('a goal word before its comparison', () => {
  it('"(chỉ tiêu từ 80%)" is one target figure, taken out of the words whole', () => {
    const read = readTitle('TL HS xử lý trực tuyến (chỉ tiêu từ 80%)');
    expect(read.targets).toEqual([{ value: 80, comparison: 'atLeast', written: '(chi tieu tu 80%)' }]);
    expect(read.text).toBe('tl hs xu ly truc tuyen');
  });

  it('"mục tiêu trên 95%" is more than 95', () => {
    expect(readTitle('HS công việc xử lý trên mạng (mục tiêu trên 95%)').targets[0]).toMatchObject({
      value: 95,
      comparison: 'moreThan',
    });
  });
});

describe("an office's outline code before the title", () => {
  it.each([
    ['II.b. TL HS xử lý trực tuyến', 'tl hs xu ly truc tuyen'],
    ['IV.2 Số tin bài CĐS', 'so tin bai cds'],
    ['II. Dịch vụ công', 'dich vu cong'],
  ])('"%s" reads as "%s", no number of the plan', (label, text) => {
    const read = readTitle(label);
    expect(read.reference).toBeUndefined();
    expect(read.text).toBe(text);
  });

  it('a Roman number by itself still names a criterion', () => {
    expect(readTitle('III').reference).toMatchObject({ number: '3', rule: 'bare' });
  });

  it('maps "II.b. TL HS xử lý trực tuyến (chỉ tiêu từ 80%)" to criterion 7 at high confidence', () => {
    const c = mapOne(pb, 'II.b. TL HS xử lý trực tuyến (chỉ tiêu từ 80%)', rates, 'II. Dịch vụ công');
    expect(c.target?.id).toBe('tc07');
    expect(c.confidence).toBeGreaterThanOrEqual(HIGH_CONFIDENCE);
    expect(c.reason).toContain('tiêu đề ghi 80% đúng mục tiêu');
  });
});

describe("the dictionary's phrases", () => {
  it('"chiếm" is a share, "lĩnh vực kinh tế số" the digital economy, "trường phổ thông" a school', () => {
    expect(readings('Kinh tế số chiếm trong GRDP')[0].words).toEqual([
      'kinh',
      'te',
      'so',
      'ty',
      'le',
      'grdp',
    ]);
    expect(readings('Lao động trong lĩnh vực KTS')[0].words).toEqual(['lao', 'dong', 'kinh', 'te', 'so']);
    expect(readings('Trường phổ thông')[0].words).toEqual(['so', 'giao', 'duc', 'pho', 'thong']);
    expect(readings('Người dùng Internet')[0].words).toEqual(['nguoi', 'ket', 'noi', 'mang']);
    expect(readings('Phát động thi đua')[0].words).toEqual(readings('Tổ chức phong trào thi đua')[0].words);
    expect(readings('KH CĐS của phòng')[0].words).toEqual(
      readings('kế hoạch chuyển đổi số của đơn vị')[0].words,
    );
    expect(readings('BC đầy đủ')[0].words).toEqual(['bao', 'cao']);
  });

  it.each([
    ['Kinh tế số chiếm trong GRDP', 'kien-giang-243-2023', rates, 'kts-01'],
    ['Lao động trong lĩnh vực KTS', 'kien-giang-243-2023', rates, 'kts-06'],
    ['TL trường phổ thông quản trị số', 'kien-giang-243-2023', rates, 'xhs-10'],
    ['Người dùng Internet được bảo vệ cơ bản', 'kien-giang-243-2023', rates, 'xhs-05'],
    ['TC 1.3 Phát động thi đua thiết thực', 'dong-thap-skhdt-cds-2021-2025', marks, 'nd8'],
    ['TC 1.2 KH CĐS của phòng', 'dong-thap-skhdt-cds-2021-2025', marks, 'nd2'],
    ['NV đúng hạn, BC đầy đủ', 'kien-giang-sxd-cds-2022-2025', marks, 'nhiemVuDungHan'],
  ])('"%s" (%s) maps to its item at high confidence', (header, p, values, id) => {
    const c = mapOne(plan(p), header, values);
    expect(c.target?.id).toBe(id);
    expect(c.confidence).toBeGreaterThanOrEqual(HIGH_CONFIDENCE);
  });

  it('"KH CĐS của phòng" under its group "I. Nhận thức, kế hoạch, phong trào" is content 2, the unit\'s plan', () => {
    const c = mapOne(
      plan('dong-thap-skhdt-cds-2021-2025'),
      'TC 1.2 KH CĐS của phòng',
      marks,
      'I. Nhận thức, kế hoạch, phong trào',
    );
    expect(c.target?.id).toBe('nd2');
    expect(c.confidence).toBeGreaterThanOrEqual(HIGH_CONFIDENCE);
  });

  it.each([
    // the digital economy's share of GRDP, of each sector, or its workforce?
    ['Lĩnh vực kinh tế số', 'kien-giang-243-2023', rates],
    // tasks on time and reporting, or reports sent electronically?
    ['BC đầy đủ', 'kien-giang-sxd-cds-2022-2025', marks],
  ])('a title that still fits several items stays uncertain: "%s" (%s)', (header, p, values) => {
    const c = mapOne(plan(p), header, values);
    expect(c.confidence).toBeLessThan(HIGH_CONFIDENCE);
    expect(c.reason).toContain('cần kiểm tra');
  });
});

describe('a phrase of two synonym groups', () => {
  it('"ví điện tử" reads both as paid without cash and as a mobile money account', () => {
    expect(readings('ví điện tử').map((r) => r.words.join(' '))).toEqual([
      'khong dung tien mat',
      'mobile money',
    ]);
  });

  it('maps "TK DVCTT và ví điện tử/NH số › Tỷ lệ (%)" to criterion 5 (Mobile Money or Internet Banking)', () => {
    const c = mapOne(pb, 'Tỷ lệ (%)', rates, 'TK DVCTT và ví điện tử/NH số');
    expect(c.target?.id).toBe('tc05');
    expect(c.confidence).toBeGreaterThanOrEqual(HIGH_CONFIDENCE);
  });

  it('"Viện phí qua ngân hàng, ví điện tử" still reads as paid without cash', () => {
    const c = mapOne(kg, 'Thanh toán viện phí qua ngân hàng, ví điện tử', rates);
    expect(c.target?.id).toBe('kts-07');
  });
});
