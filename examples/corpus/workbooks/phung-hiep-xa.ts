/** Phụng Hiệp 2023, communes and towns: the district office's and the communes' own sheets. */
import type ExcelJS from 'exceljs';
import { count, rate, yesNo, type Cell } from '../lib/cells';
import { makeUnits } from '../lib/meaning';
import { PHUNG_HIEP_XA, take } from '../lib/names';
import {
  nameCol,
  officeHeader,
  otherCol,
  rowTable,
  signature,
  sttCol,
  transposedTable,
  valueCol,
  type Col,
  type TRow,
} from '../lib/sheet';
import type { CorpusSpec } from '../lib/spec';
import type { TruthUnit } from '../lib/truth';
import { writerFor, type Habits } from '../lib/writers';

const PLAN = 'phung-hiep-2023-xa';
const AGENCY = ['UBND HUYỆN PHỤNG HIỆP', 'BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ'];
const PLACE = 'Phụng Hiệp, ngày 29 tháng 12 năm 2023';

/** The office's own words: a short (abbreviated) and a longer paraphrase per criterion. Never the plan's text. */
export const XA_WORDS: Record<string, [string, string]> = {
  tc01: ['Văn bản chỉ đạo CĐS (BCĐ, Tổ CNSCĐ, KH)', 'Ban hành đủ QĐ, KH chỉ đạo chuyển đổi số'],
  tc02: ['BC định kỳ, đột xuất đúng hạn', 'Gửi báo cáo tháng, quý đúng, đủ, kịp thời'],
  tc03: ['BC kết quả KH CĐS năm', 'Có báo cáo đánh giá định lượng KH chuyển đổi số năm'],
  tc04: ['TL CBCC được tập huấn CĐS (%)', 'Cán bộ, công chức đã qua tập huấn CĐS (tỷ lệ %)'],
  tc05: ['TL người dân tập huấn kỹ năng số (%)', 'Người dân được hướng dẫn kỹ năng số, có danh sách (%)'],
  tc06: [
    'TL hộ dân có TK Mobile Money/Internet Banking (%)',
    'Hộ gia đình có tài khoản Mobile Money hoặc ngân hàng số (%)',
  ],
  tc07: ['TL DVCTT có phát sinh HS (%)', 'Dịch vụ công trực tuyến có hồ sơ phát sinh (%)'],
  tc08: [
    'TL HS giải quyết trực tuyến (chỉ tiêu 80%)',
    'Hồ sơ TTHC giải quyết online toàn trình, một phần (chỉ tiêu 80%)',
  ],
  tc09: ['TL VB đi được ký số (%)', 'Văn bản đi ký số, phát hành trên mạng (%)'],
  tc10: ['Quản lý chứng thư số đúng QĐ', 'Chứng thư số: không mất, thu hồi, gia hạn đúng hạn'],
  tc11: ['BC trên HTTT báo cáo VPCP', 'Báo cáo định kỳ qua Hệ thống báo cáo Chính phủ'],
  tc12: ['100% CBCC có TK DVCTT', 'Cán bộ, công chức, người HĐKCT có tài khoản DVCTT (100%)'],
  tc13: ['SL HS nộp trực tuyến', 'Số hồ sơ nộp online trong năm'],
  tc14: ['TL HS thanh toán trực tuyến (chỉ tiêu 50%)', 'Hồ sơ thanh toán phí, lệ phí online (chỉ tiêu 50%)'],
  tc15: ['Số hóa HS, kết quả TTHC', 'Có triển khai số hóa hồ sơ TTHC'],
  tc16: ['Có Zalo OA', 'Kênh Zalo OA tương tác với người dân, DN'],
  tc17: [
    'TL hộ KD, HTX, DN có Mobile Money + mã QR (%)',
    'Hộ kinh doanh, HTX, doanh nghiệp có mã QR thanh toán (%)',
  ],
  tc18: ['SL sản phẩm trên sàn TMĐT', 'Sản phẩm OCOP, nông sản đưa lên sàn TMĐT (SP)'],
  tc19: ['100% CBCC dùng thư công vụ', 'Cán bộ, công chức sử dụng email công vụ (100%)'],
  tc20: [
    'TL hài lòng giải quyết TTHC (chỉ tiêu 98%)',
    'Người dân, DN hài lòng khi giải quyết TTHC (chỉ tiêu 98%)',
  ],
  tc21: ['Đài TT xã phát bản tin CĐS hằng tuần', 'Phát thanh chuyên mục CĐS ít nhất 1 lần/tuần'],
  tc22: ['Số tin bài CĐS đăng Cổng TTĐT huyện', 'Tin, bài CĐS được duyệt đăng trang TTĐT huyện (tin)'],
  tc23: [
    'TL PAKN trên HauGiang App trả lời đúng hạn (%)',
    'Phản ánh, kiến nghị qua HauGiang App được trả lời đúng hạn (%)',
  ],
  tc24: ['Mô hình, sáng kiến CĐS mới', 'Có mô hình CĐS mới, hiệu quả năm 2023'],
  lateDossiersMaxInMonth: ['Số HS DVCTT trễ hạn nhiều nhất/tháng', 'HS trực tuyến trễ hẹn (tháng cao nhất)'],
  reportDelayMaxDays: ['Số ngày trễ BC định kỳ', 'Báo cáo định kỳ chậm (ngày)'],
};

const ALL = Object.keys(XA_WORDS);
const CRITERIA = ALL.filter((id) => id.startsWith('tc'));
const FACTS = ['lateDossiersMaxInMonth', 'reportDelayMaxDays'];

/** Columns grouped the way the district's summary groups them (not in the plan's order). */
const GROUPS: [string, string[]][] = [
  [
    'Chính quyền số',
    [
      'tc01',
      'tc02',
      'tc03',
      'tc11',
      'tc07',
      'tc08',
      'tc13',
      'tc14',
      'tc09',
      'tc10',
      'tc12',
      'tc15',
      'tc19',
      'tc20',
    ],
  ],
  ['Kinh tế số', ['tc06', 'tc17', 'tc18']],
  ['Xã hội số', ['tc04', 'tc05', 'tc16', 'tc21', 'tc22', 'tc23']],
  ['Đổi mới sáng tạo', ['tc24']],
];

const number = (id: string) => String(Number(id.slice(2)));

function notes(u: TruthUnit): Cell {
  if (Number(u.facts.lateDossiersMaxInMonth) >= 2) return { value: 'Có HS DVCTT trễ hạn, không xét thi đua' };
  if (Number(u.facts.reportDelayMaxDays) >= 3) return { value: 'Chậm báo cáo quý IV' };
  return { value: null };
}

function sign(ws: ExcelJS.Worksheet, row: number, width: number): void {
  signature(ws, row, {
    place: PLACE,
    left: ['NGƯỜI TỔNG HỢP', '', '', '', 'Lê Thị Hạnh'],
    right: ['TM. BAN CHỈ ĐẠO', 'PHÓ TRƯỞNG BAN THƯỜNG TRỰC', '', '', 'Trần Quốc Hùng'],
    width,
  });
}

const grouped: CorpusSpec = {
  name: 'ph-xa-01-nhom-cot-ba-tang',
  plan: PLAN,
  description:
    'Bảng tổng hợp của huyện: tiêu đề quốc hiệu, tiêu đề ba tầng (“Kết quả thực hiện” › nhóm › chỉ tiêu), cột theo nhóm chứ không theo thứ tự kế hoạch, dòng số thứ tự cột (1)…(n) bắt đầu từ STT, từ viết tắt, chỉ tiêu trong tiêu đề, dòng Tổng cộng, ghi chú, chữ ký.',
  shapes: [
    'national-header',
    'grouped-3-rows',
    'numbering-paren',
    'abbreviations',
    'target-in-title',
    'totals-row',
    'notes-column',
    'signature',
    'mixed-values',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Tổng hợp';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, { block: 'xa', sheet, names: take(PHUNG_HIEP_XA, 8), ids: ALL });
    const habits: Habits = { rate: 'mixed', yesNo: 'mixed', by: { tc22: count({ unit: 'tin', every: 2 }) } };
    const cols: Col[] = [
      sttCol(),
      nameCol('Xã, thị trấn'),
      ...GROUPS.flatMap(([g, ids]) =>
        ids.map((id) => valueCol(['Kết quả thực hiện', g, XA_WORDS[id][0]], id, writerFor(plan, id, habits))),
      ),
      ...FACTS.map((id) => valueCol(['Điều kiện xét thi đua', XA_WORDS[id][0]], id, writerFor(plan, id))),
      otherCol(['Ghi chú'], notes, 24),
    ];
    const top = officeHeader(ws, {
      agency: AGENCY,
      titles: [
        'BẢNG TỔNG HỢP KẾT QUẢ THI ĐUA CHUYỂN ĐỔI SỐ NĂM 2023 — KHỐI XÃ, THỊ TRẤN',
        '(Kèm theo Báo cáo số 41/BC-BCĐ ngày 29/12/2023 về tình hình KT-XH và CĐS của Ban Chỉ đạo huyện)',
      ],
      width: cols.length,
    });
    const t = rowTable(ws, {
      sheet,
      top,
      cols,
      numbering: 'paren',
      units,
      totals: { label: 'Tổng cộng', sum: ['tc13', 'tc22'] },
    });
    lines.push(...t.lines);
    sign(ws, t.end + 1, cols.length);
    return { units, dataSheets: [sheet] };
  },
};

const codes: CorpusSpec = {
  name: 'ph-xa-02-ma-tc-don-vi-tinh',
  plan: PLAN,
  description:
    'Tiêu đề hai dòng: mã “TC 1”…“TC 24” trên, tên viết tắt dưới, dòng số 1 2 3; giá trị gõ kèm đơn vị (“36 tin”, “02 SP”, “174 HS”, “2 ngày”), “87,5 %” có dấu cách; một dòng ẩn (số liệu cũ); dòng “Cộng”.',
  shapes: [
    'national-header',
    'code-references',
    'numbering-plain',
    'values-with-units',
    'percent-with-space',
    'hidden-row',
    'totals-row',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'TH diem xa';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, { block: 'xa', sheet, names: take(PHUNG_HIEP_XA, 10, 3), ids: ALL });
    const habits: Habits = {
      rate: 'space',
      yesNo: 'x',
      by: {
        tc13: count({ unit: 'HS' }),
        tc18: count({ unit: 'SP', pad: 2 }),
        tc22: count({ unit: 'tin' }),
        lateDossiersMaxInMonth: count({ unit: 'HS', pad: 2 }),
        reportDelayMaxDays: count({ unit: 'ngày' }),
      },
    };
    const cols: Col[] = [
      sttCol('TT'),
      nameCol('Đơn vị'),
      ...CRITERIA.map((id) =>
        valueCol([`TC ${number(id)}`, XA_WORDS[id][0]], id, writerFor(plan, id, habits)),
      ),
      ...FACTS.map((id) => valueCol([XA_WORDS[id][1]], id, writerFor(plan, id, habits))),
    ];
    const top = officeHeader(ws, {
      agency: ['UBND HUYỆN PHỤNG HIỆP', 'PHÒNG VĂN HÓA VÀ THÔNG TIN'],
      titles: ['TỔNG HỢP SỐ LIỆU CHẤM ĐIỂM CĐS CÁC XÃ, THỊ TRẤN NĂM 2023'],
      width: cols.length,
    });
    const t = rowTable(ws, {
      sheet,
      top,
      cols,
      numbering: 'plain',
      units,
      hidden: { after: 3, name: `${units[3].name} (số liệu 6 tháng, không dùng)` },
      totals: { label: 'Cộng' },
    });
    lines.push(...t.lines);
    sign(ws, t.end + 1, cols.length);
    return { units, dataSheets: [sheet] };
  },
};

const SECTIONS: [string, string[]][] = [
  ['I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', ['tc01', 'tc02', 'tc03', 'tc10', 'tc11']],
  ['II. NHÂN LỰC VÀ KỸ NĂNG SỐ', ['tc04', 'tc05', 'tc12', 'tc19']],
  ['III. DỊCH VỤ CÔNG TRỰC TUYẾN', ['tc07', 'tc08', 'tc09', 'tc13', 'tc14', 'tc15', 'tc20']],
  ['IV. KINH TẾ SỐ, XÃ HỘI SỐ', ['tc06', 'tc16', 'tc17', 'tc18', 'tc21', 'tc22', 'tc23', 'tc24']],
];

const transposed: CorpusSpec = {
  name: 'ph-xa-03-xa-theo-cot',
  plan: PLAN,
  description:
    'Bảng chuyển vị: tiêu chí theo dòng (số tiêu chí ở cột STT, nhóm La Mã), mỗi xã một cột dưới tiêu đề gộp “Kết quả thực hiện của các xã”, cột Điểm chuẩn, dòng điều kiện xét thi đua ở cuối, cột Ghi chú.',
  shapes: [
    'national-header',
    'units-in-columns',
    'criteria-numbered-in-own-column',
    'section-rows',
    'grouped-2-rows',
    'notes-column',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Bang diem';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, { block: 'xa', sheet, names: take(PHUNG_HIEP_XA, 6, 6), ids: ALL });
    const habits: Habits = { rate: 'fmt', yesNo: 'dat' };
    const max = new Map(plan.criteria.map((c) => [c.id, c.maxPoints]));
    const rows: TRow[] = SECTIONS.flatMap(([title, ids]) => [
      { label: title, heading: true },
      ...ids.map((id) => ({
        stt: Number(id.slice(2)),
        label: XA_WORDS[id][1],
        target: id,
        extra: [max.get(id) ?? null],
        write: writerFor(plan, id, habits),
      })),
    ]);
    rows.push({ label: 'V. ĐIỀU KIỆN XÉT THI ĐUA', heading: true });
    for (const id of FACTS)
      rows.push({ label: XA_WORDS[id][0], target: id, extra: [null], write: writerFor(plan, id) });
    const top = officeHeader(ws, {
      agency: AGENCY,
      titles: ['KẾT QUẢ CHẤM ĐIỂM PHONG TRÀO THI ĐUA CĐS NĂM 2023', 'Khối xã, thị trấn'],
      width: 3 + units.length + 1,
    });
    const t = transposedTable(ws, {
      sheet,
      top,
      leftHeads: ['STT', 'Nội dung tiêu chí', 'Điểm chuẩn'],
      units,
      unitsHead: 'Kết quả thực hiện của các xã',
      rows,
      trailing: ['Ghi chú'],
      numbering: 'none',
    });
    lines.push(...t.lines);
    sign(ws, t.end + 1, 3 + units.length + 1);
    return { units, dataSheets: [sheet] };
  },
};

const selfForm: CorpusSpec = {
  name: 'ph-xa-04-tu-cham-mot-xa',
  plan: PLAN,
  description:
    'Phiếu tự chấm của một xã: STT | Nội dung tiêu chí | Điểm chuẩn | Kết quả thực hiện | Điểm tự chấm | Ghi chú; tên đơn vị chỉ có trong tiêu đề; dòng Tổng cộng có tổng điểm chuẩn 200. Một đơn vị.',
  shapes: [
    'national-header',
    'self-assessment-form',
    'criteria-numbered-in-own-column',
    'section-rows',
    'values-with-units',
    'totals-row',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines, score }) {
    const sheet = 'Tu cham';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, { block: 'xa', sheet, names: ['Xã Tân Long'], ids: ALL });
    units[0].aliases = ['UBND xã Tân Long', 'Ủy ban nhân dân xã Tân Long'];
    const result = score(units).get(units[0].id);
    const points = new Map(Object.entries(result?.points ?? {}));
    const habits: Habits = {
      rate: 'text',
      yesNo: 'co',
      by: { tc22: count({ unit: 'tin' }), tc18: count({ unit: 'sản phẩm', pad: 2 }) },
    };
    const max = new Map(plan.criteria.map((c) => [c.id, c.maxPoints]));
    const rows: TRow[] = SECTIONS.flatMap(([title, ids]) => [
      { label: title, heading: true },
      ...ids.map((id) => ({
        stt: Number(id.slice(2)),
        label: XA_WORDS[id][1],
        target: id,
        extra: [max.get(id) ?? null],
        after: [points.get(id) ?? null, null],
        write: writerFor(plan, id, habits),
      })),
    ]);
    rows.push({ label: 'Điều kiện xét thi đua', heading: true });
    for (const id of FACTS)
      rows.push({
        label: XA_WORDS[id][1],
        target: id,
        extra: [null],
        after: [null, null],
        write: writerFor(plan, id, habits),
      });
    rows.push({ label: 'Tổng cộng', extra: [200], after: [result?.total ?? null, null] });
    const top = officeHeader(ws, {
      agency: ['UBND XÃ TÂN LONG', ''],
      titles: [
        'BẢNG TỰ CHẤM ĐIỂM THI ĐUA CHUYỂN ĐỔI SỐ NĂM 2023',
        'Đơn vị: UBND xã Tân Long, huyện Phụng Hiệp',
      ],
      width: 6,
    });
    const t = transposedTable(ws, {
      sheet,
      top,
      leftHeads: ['STT', 'Nội dung tiêu chí', 'Điểm chuẩn'],
      units,
      valueHead: 'Kết quả thực hiện',
      rows,
      trailing: ['Điểm tự chấm', 'Ghi chú'],
      numbering: 'none',
    });
    lines.push(...t.lines);
    signature(ws, t.end + 1, {
      place: 'Tân Long, ngày 20 tháng 12 năm 2023',
      left: [],
      right: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
      width: 6,
    });
    return { units, dataSheets: [sheet] };
  },
};

const guidanceFirst: CorpusSpec = {
  name: 'ph-xa-05-huong-dan-truoc',
  plan: PLAN,
  description:
    'Sheet đầu “Hướng dẫn chấm” là bảng tiêu chí (STT, nội dung, điểm tối đa, cách chấm) — không phải dữ liệu; dữ liệu ở sheet thứ hai, một dòng tiêu đề “8. HS trực tuyến (%)”, tỷ lệ định dạng %.',
  shapes: [
    'guidance-sheet-first',
    'data-sheet-not-first',
    'leading-number-references',
    'percent-formatted',
    'single-header-row',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const guide = wb.addWorksheet('Hướng dẫn chấm');
    guide.getCell(1, 1).value = 'HƯỚNG DẪN CHẤM ĐIỂM CÁC TIÊU CHÍ (KHỐI XÃ, THỊ TRẤN)';
    guide.mergeCells(1, 1, 1, 5);
    ['STT', 'Tiêu chí', 'Điểm tối đa', 'Cách chấm', 'Hồ sơ minh chứng'].forEach(
      (h, i) => (guide.getCell(3, i + 1).value = h),
    );
    plan.criteria.forEach((c, i) => {
      const r = 4 + i;
      guide.getCell(r, 1).value = i + 1;
      guide.getCell(r, 2).value = XA_WORDS[c.id][1];
      guide.getCell(r, 3).value = c.maxPoints;
      guide.getCell(r, 4).value =
        c.scoring.kind === 'yesNo'
          ? 'Có: đủ điểm; không: 0 điểm'
          : c.scoring.kind === 'rate'
            ? 'Tính theo tỷ lệ đạt được'
            : 'Tính theo số lượng';
      guide.getCell(r, 5).value = rng.pick(['Báo cáo của xã', 'Danh sách kèm theo', 'Trích xuất hệ thống']);
    });
    guide.getCell(4 + plan.criteria.length, 2).value = 'Tổng cộng';
    guide.getCell(4 + plan.criteria.length, 3).value = 200;
    guide.getColumn(2).width = 60;

    const sheet = 'Tổng hợp';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, { block: 'xa', sheet, names: take(PHUNG_HIEP_XA, 9), ids: ALL });
    const habits: Habits = { rate: 'fmt', yesNo: 'co' };
    const cols: Col[] = [
      sttCol(),
      nameCol('Tên xã, thị trấn'),
      ...CRITERIA.map((id) =>
        valueCol([`${number(id)}. ${XA_WORDS[id][0]}`], id, writerFor(plan, id, habits)),
      ),
      ...FACTS.map((id) => valueCol([XA_WORDS[id][0]], id, writerFor(plan, id))),
    ];
    ws.getCell(1, 1).value = 'TỔNG HỢP KẾT QUẢ CHUYỂN ĐỔI SỐ CÁC XÃ, THỊ TRẤN NĂM 2023';
    ws.mergeCells(1, 1, 1, 12);
    const t = rowTable(ws, { sheet, top: 3, cols, numbering: 'none', units });
    lines.push(...t.lines);
    return { units, dataSheets: [sheet] };
  },
};

/** The quantitative criteria a monitoring sheet follows, each rate behind its counts. */
const RATE_PARTS: Record<string, [string, string, string]> = {
  tc07: ['Dịch vụ công trực tuyến', 'Tổng số DVCTT', 'Số DVCTT có HS'],
  tc08: ['Hồ sơ giải quyết trực tuyến (chỉ tiêu 80%)', 'Tổng số HS', 'HS giải quyết online'],
  tc14: ['Thanh toán trực tuyến (chỉ tiêu 50%)', 'HS phải nộp phí', 'HS thanh toán online'],
  tc09: ['Văn bản đi ký số', 'Tổng VB đi', 'VB ký số'],
};

const rateTriples: CorpusSpec = {
  name: 'ph-xa-06-tong-dat-ty-le-de-nghi',
  plan: PLAN,
  description:
    'Bốn tỷ lệ là ba cột “Tổng số | Đã đạt | Tỷ lệ” (tỷ lệ là công thức, định dạng %), các tiêu chí khác một cột có số tiêu chí trong ngoặc (“Có Zalo OA (16)”); dưới dòng Tổng cộng là bảng thứ hai “Danh sách đề nghị khen thưởng” (không phải đơn vị).',
  shapes: [
    'national-header',
    'rate-as-count-achieved-rate',
    'bracket-number-references',
    'formulas',
    'percent-formatted',
    'grouped-2-rows',
    'totals-row',
    'second-table-below',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines, score }) {
    const sheet = 'Chi tieu dinh luong';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, { block: 'xa', sheet, names: take(PHUNG_HIEP_XA, 12), ids: ALL });
    const parts = new Map<string, [number, number]>();
    for (const u of units)
      for (const id of Object.keys(RATE_PARTS)) {
        const total = rng.int(id === 'tc07' ? 40 : 150, id === 'tc07' ? 120 : 900);
        const done = Math.min(total, Math.round((total * Number(u.values[id])) / 100));
        parts.set(`${u.id}:${id}`, [total, done]);
        u.values[id] = Math.round((done / total) * 100 * 1e6) / 1e6;
      }
    let first = 0;
    const cols: Col[] = [sttCol(), nameCol('Đơn vị')];
    for (const [id, [group, totalHead, doneHead]] of Object.entries(RATE_PARTS)) {
      const at = cols.length + 1;
      cols.push(
        otherCol([group, totalHead], (u) => ({ value: parts.get(`${u.id}:${id}`)?.[0] ?? null })),
        otherCol([group, doneHead], (u) => ({ value: parts.get(`${u.id}:${id}`)?.[1] ?? null })),
        {
          head: [group, 'Tỷ lệ (%)'],
          target: id,
          cell: (u, _variant, index) => {
            const [total, done] = parts.get(`${u.id}:${id}`) ?? [1, 0];
            const r = first + index;
            const letter = (n: number) => String.fromCharCode(64 + n);
            return {
              value: { formula: `${letter(at + 1)}${r}/${letter(at)}${r}`, result: done / total },
              numFmt: '0.0%',
            };
          },
        },
      );
    }
    const habits: Habits = { rate: 'fmt', yesNo: 'co' };
    cols.push(
      ...CRITERIA.filter((id) => !(id in RATE_PARTS)).map((id) =>
        valueCol(
          ['Các tiêu chí khác', `${XA_WORDS[id][0]} (${number(id)})`],
          id,
          writerFor(plan, id, habits),
        ),
      ),
      ...FACTS.map((id) => valueCol(['Vi phạm', XA_WORDS[id][0]], id, count())),
    );
    const top = officeHeader(ws, {
      agency: AGENCY,
      titles: ['THEO DÕI CÁC CHỈ TIÊU ĐỊNH LƯỢNG CHUYỂN ĐỔI SỐ NĂM 2023'],
      width: cols.length,
    });
    first = top + 2;
    const t = rowTable(ws, {
      sheet,
      top,
      cols,
      numbering: 'none',
      units,
      totals: { label: 'Tổng cộng', sum: ['tc13', 'tc18', 'tc22'] },
    });
    lines.push(...t.lines);
    // The proposals list under the totals: the units' names again, but not units to score.
    const results = [...score(units).values()].filter((r) => r.eligible).sort((a, b) => b.total - a.total);
    let r = t.end + 2;
    ws.getCell(r, 1).value = 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG';
    ws.mergeCells(r, 1, r, 6);
    r += 1;
    ['STT', 'Tên đơn vị', 'Tổng điểm', 'Xếp hạng', 'Hình thức đề nghị'].forEach(
      (h, i) => (ws.getCell(r, i + 1).value = h),
    );
    results.slice(0, 4).forEach((u, i) => {
      ws.getCell(r + 1 + i, 1).value = i + 1;
      ws.getCell(r + 1 + i, 2).value = u.name;
      ws.getCell(r + 1 + i, 3).value = Math.round(u.total * 100) / 100;
      ws.getCell(r + 1 + i, 4).value = i + 1;
      ws.getCell(r + 1 + i, 5).value = i < 3 ? 'Giấy khen của Chủ tịch UBND huyện' : 'Khuyến khích';
    });
    sign(ws, r + 7, cols.length);
    return { units, dataSheets: [sheet] };
  },
};

const months: CorpusSpec = {
  name: 'ph-xa-07-ba-thang-khong-co-ca-nam',
  plan: PLAN,
  description:
    'Ba sheet “Tháng 10”, “Tháng 11”, “Tháng 12” cùng một bảng, không có sheet cả năm: không thể biết kỳ nào được chấm (cộng số lượng? lấy tháng cuối?) — phải từ chối và hỏi.',
  shapes: ['several-period-sheets', 'grouped-2-rows', 'abbreviations'],
  expect: 'refuse',
  reason:
    'Ba sheet theo tháng, không có sheet tổng hợp cả năm: số lượng phải cộng dồn hay lấy tháng cuối, tỷ lệ tháng nào — người chấm phải chọn; đọc một sheet bất kỳ là đoán.',
  mentions: [['Tháng 11'], ['Tháng 12']],
  build({ wb, plan, rng }) {
    const names = take(PHUNG_HIEP_XA, 7);
    for (const month of ['Tháng 10', 'Tháng 11', 'Tháng 12']) {
      const ws = wb.addWorksheet(month);
      const units = makeUnits(plan, rng, {
        block: 'xa',
        sheet: month,
        names,
        ids: ['tc07', 'tc08', 'tc13', 'tc14', 'tc22', ...FACTS],
      });
      const cols: Col[] = [
        sttCol(),
        nameCol('Xã, thị trấn'),
        valueCol(['Dịch vụ công', XA_WORDS.tc07[0]], 'tc07', rate('text')),
        valueCol(['Dịch vụ công', XA_WORDS.tc08[0]], 'tc08', rate('text')),
        valueCol(['Dịch vụ công', XA_WORDS.tc14[0]], 'tc14', rate('text')),
        valueCol(['Số lượng', 'HS nộp online trong tháng'], 'tc13', count()),
        valueCol(['Số lượng', 'Tin bài CĐS trong tháng'], 'tc22', count()),
        ...FACTS.map((id) => valueCol(['Vi phạm', XA_WORDS[id][0]], id, count())),
      ];
      ws.getCell(1, 1).value = `SỐ LIỆU CHUYỂN ĐỔI SỐ ${month.toUpperCase()} NĂM 2023`;
      ws.mergeCells(1, 1, 1, cols.length);
      rowTable(ws, { sheet: month, top: 3, cols, numbering: 'none', units });
    }
    return { units: [], dataSheets: ['Tháng 10', 'Tháng 11', 'Tháng 12'] };
  },
};

const twoSources: CorpusSpec = {
  name: 'ph-xa-08-hai-nguon-cung-tieu-chi',
  plan: PLAN,
  description:
    'Hai cột cho cùng tiêu chí 8 với số liệu khác nhau: “theo Cổng DVC tỉnh” và “xã tự báo cáo”; chọn cột nào là việc của Hội đồng — phải từ chối (hoặc hỏi), không tự chọn.',
  shapes: ['national-header', 'grouped-2-rows', 'two-columns-one-criterion', 'abbreviations', 'signature'],
  expect: 'refuse',
  reason:
    'Tiêu chí 8 có hai cột khác số liệu (Cổng DVC tỉnh / xã tự báo cáo); chọn nguồn nào là quyết định của Hội đồng, đọc một trong hai là đoán.',
  mentions: [
    ['tiêu chí 8', 'tc08'],
    ['cột D', 'Cổng DVC'],
    ['cột E', 'tự báo cáo'],
  ],
  build({ wb, plan, rng, lines }) {
    const sheet = 'Tong hop';
    const ws = wb.addWorksheet(sheet);
    const ids = ['tc07', 'tc08', 'tc09', 'tc13', 'tc14', 'tc20', 'tc24'];
    const units = makeUnits(plan, rng, { block: 'xa', sheet, names: take(PHUNG_HIEP_XA, 8, 4), ids });
    const reported = new Map(
      units.map((u) => [u.id, Math.min(100, Math.round((Number(u.values.tc08) + rng.rate(2, 9)) * 10) / 10)]),
    );
    const cols: Col[] = [
      sttCol(),
      nameCol('Xã, thị trấn'),
      valueCol(['Dịch vụ công trực tuyến', XA_WORDS.tc07[0]], 'tc07', rate('text')),
      {
        head: ['Dịch vụ công trực tuyến', 'TL HS giải quyết trực tuyến (theo Cổng DVC tỉnh)'],
        cell: (u) => rate('text')(u.values.tc08, 0),
      },
      {
        head: ['Dịch vụ công trực tuyến', 'TL HS giải quyết trực tuyến (xã tự báo cáo)'],
        cell: (u) => rate('text')(reported.get(u.id), 0),
      },
      valueCol(['Dịch vụ công trực tuyến', XA_WORDS.tc14[0]], 'tc14', rate('text')),
      valueCol(['Dịch vụ công trực tuyến', XA_WORDS.tc13[0]], 'tc13', count()),
      valueCol(['Chính quyền số', XA_WORDS.tc09[0]], 'tc09', rate('text')),
      valueCol(['Chính quyền số', XA_WORDS.tc20[0]], 'tc20', rate('text')),
      valueCol(['Chính quyền số', XA_WORDS.tc24[0]], 'tc24', yesNo('co')),
    ];
    const top = officeHeader(ws, {
      agency: AGENCY,
      titles: ['SO SÁNH SỐ LIỆU DỊCH VỤ CÔNG TRỰC TUYẾN NĂM 2023'],
      width: cols.length,
    });
    const t = rowTable(ws, { sheet, top, cols, numbering: 'paren', units });
    // The two tc08 columns are the ambiguity itself: neither is right or wrong until the council chooses.
    lines.push(...t.lines.filter((l) => !l.header.includes('(theo Cổng') && !l.header.includes('(xã tự')));
    sign(ws, t.end + 1, cols.length);
    return { units: [], dataSheets: [sheet] };
  },
};

export const PHUNG_HIEP_XA_SPECS: CorpusSpec[] = [
  grouped,
  codes,
  transposed,
  selfForm,
  guidanceFirst,
  rateTriples,
  months,
  twoSources,
];
