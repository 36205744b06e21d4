/**
 * Sheets typed by hand in offices: headers broken with Alt+Enter, numbers typed as text, "-" for nothing, the table
 * moved right, hidden and repeated bits, blocks as sections with sub-totals, rows merged in pairs.
 */
import type { Plan } from '@thidua/core';
import { label, type Write } from '../lib/cells';
import { idsFor, makeUnits } from '../lib/meaning';
import {
  DONG_THAP_PHONG,
  KIEN_GIANG_HUYEN,
  KIEN_GIANG_SO,
  PHUNG_HIEP_PHONG,
  PHUNG_HIEP_XA,
  take,
} from '../lib/names';
import {
  columnLetter,
  columnLines,
  nameCol,
  officeHeader,
  otherCol,
  put,
  rowTable,
  signature,
  sttCol,
  valueCol,
  writeHeader,
  type Col,
} from '../lib/sheet';
import type { CorpusSpec } from '../lib/spec';
import type { TruthUnit } from '../lib/truth';
import { writerFor, type Habits } from '../lib/writers';

const comma = (n: number) => String(n).replace('.', ',');

/** "85,5" typed in a text cell of a "(%)" column, no percent sign; "0,8%" for a small rate, as such offices do. */
const rateNoSign: Write = (m) => {
  if (typeof m !== 'number') return { value: m === undefined ? null : String(m) };
  return { value: m < 1 ? `${comma(m)}%` : comma(m) };
};

/** "92.5%" typed with a dot, as on a computer set to English. */
const rateDot: Write = (m) => {
  if (typeof m !== 'number') return { value: m === undefined ? null : String(m) };
  return { value: `${m}%` };
};

/** Yes "x", no "-". */
const xDash: Write = (m) => (m === undefined ? { value: null } : { value: m === true ? 'x' : '-' });

/** A count with "-" for none. */
const dashZero: Write = (m) => (m === undefined ? { value: null } : { value: m === 0 ? '-' : (m as number) });

/** A count of dossiers typed as text with thousands dots: "1.250". */
const thousands: Write = (m) => {
  if (typeof m !== 'number') return { value: null };
  return { value: m >= 1000 ? String(m).replace(/\B(?=(\d{3})+(?!\d))/g, '.') : m };
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, communes: a commune clerk's sheet with no national header, headers broken over lines.

const XA_PLAN = 'phung-hiep-2023-xa';

/** The clerk's own headers, Alt+Enter breaks, double spaces and a trailing ":" kept as typed. */
const XA_HEADS: Record<string, string> = {
  tc01: 'Có QĐ BCĐ,\nKH CĐS, Tổ CNS',
  tc02: 'Gửi BC định kỳ,\nđột xuất đúng hạn',
  tc03: 'Có BC tổng kết\nKH CĐS năm:',
  tc04: 'Tỷ lệ CBCC\nđã tập huấn CĐS (%)',
  tc05: 'Tỷ lệ người dân được\ntập huấn kỹ năng số (%)',
  tc06: 'Tỷ lệ hộ dân có TK\nMobile Money / Internet Banking (%)',
  tc07: 'Tỷ lệ DVCTT\ncó hồ sơ (%)',
  tc08: 'Tỷ lệ hồ sơ\ngiải quyết  trực tuyến\n(CT 80%):',
  tc09: 'Tỷ lệ VB đi\ncó ký số (%)',
  tc10: 'Chứng thư số\nquản lý đúng QĐ',
  tc11: 'BC định kỳ trên\nHT báo cáo của VPCP',
  tc12: 'CBCC có TK\nDVCTT (CT 100%)',
  tc13: 'Số hồ sơ\nnộp trực tuyến\n(hồ sơ):',
  tc14: 'Tỷ lệ HS thanh toán\nphí online (CT 50%)',
  tc15: 'Số hóa hồ sơ\nTTHC',
  tc16: 'Zalo OA\ncủa xã',
  tc17: 'Tỷ lệ hộ KD, HTX\ncó mã QR (%)',
  tc18: 'Số SP nông sản, OCOP\ntrên sàn TMĐT',
  tc19: 'CBCC dùng\nthư công vụ  (CT 100%)',
  tc20: 'Tỷ lệ hài lòng\nTTHC (CT 98%)',
  tc21: 'Đài xã phát\nchuyên mục CĐS/tuần',
  tc22: 'Số tin bài CĐS\ntrên trang huyện',
  tc23: 'Tỷ lệ PAKN\nHauGiang App trả lời\nđúng hạn (%)',
  tc24: 'Mô hình CĐS\nmới 2023',
  lateDossiersMaxInMonth: 'HS trực tuyến\ntrễ hạn  (tháng\ncao nhất):',
  reportDelayMaxDays: 'Số ngày\nchậm BC:',
};

const clerk: CorpusSpec = {
  name: 'ph-xa-09-tieu-de-xuong-dong-so-go-chu',
  plan: XA_PLAN,
  description:
    'Bảng tự làm của cán bộ tổng hợp: tiêu đề ngay dòng 1 (không quốc hiệu, không tên bảng), ô tiêu đề xuống dòng (Alt+Enter), thừa dấu cách, có dấu “:” cuối; tên sheet có dấu cách thừa ở cuối; tỷ lệ gõ chữ “85,5” không dấu %; số hồ sơ gõ “1.250”; “x” là có, “-” là không hoặc 0.',
  shapes: [
    'no-national-header',
    'header-at-row-1',
    'header-line-breaks',
    'header-extra-spaces',
    'header-trailing-colon',
    'sheet-name-trailing-spaces',
    'rate-text-comma-no-percent',
    'thousands-dot-text',
    'dash-for-no',
    'dash-for-zero',
    'x-marks',
    'single-header-row',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Diem CDS 2023  ';
    const ws = wb.addWorksheet(sheet);
    const ids = Object.keys(XA_HEADS);
    const units = makeUnits(plan, rng, { block: 'xa', sheet, names: take(PHUNG_HIEP_XA, 9, 5), ids });
    // a commune's yearly online dossiers run into the thousands
    for (const u of units) u.values.tc13 = rng.int(640, 2600);
    const by: Record<string, Write> = {
      tc13: thousands,
      tc18: dashZero,
      tc22: dashZero,
      lateDossiersMaxInMonth: dashZero,
      reportDelayMaxDays: dashZero,
    };
    const isRate = (id: string) => plan.criteria.some((c) => c.id === id && c.scoring.kind === 'rate');
    const write = (id: string): Write => by[id] ?? (isRate(id) ? rateNoSign : xDash);
    const cols: Col[] = [
      sttCol('STT'),
      nameCol('Tên xã,  thị trấn:'),
      ...ids.map((id) => valueCol([XA_HEADS[id]], id, write(id), { width: 14 })),
    ];
    const t = rowTable(ws, { sheet, top: 1, cols, numbering: 'none', units });
    ws.getRow(1).height = 62;
    lines.push(...t.lines);
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, departments: the table starts at column C, a stale column hidden, notes between criteria.

const PB_PLAN = 'phung-hiep-2023-phong-ban';

const PB_HEADS: Record<string, string> = {
  tc01: 'Phân công CC phụ trách CNTT; có KH CĐS',
  tc02: 'Thực hiện BC định kỳ, đột xuất đúng hạn',
  tc03: 'CC được tập huấn CĐS (%)',
  tc04: 'Cử người tham gia Tổ CNS cộng đồng',
  tc05: 'CBCC có TK DVCTT và Mobile Money / IB (%)',
  tc06: 'DVCTT có phát sinh hồ sơ (%)',
  tc07: 'Tỷ lệ HS giải quyết trực tuyến (CT ≥ 80%)',
  tc08: 'Số HS nộp online',
  tc09: 'VB phát hành có ký số (%)',
  tc10: 'Dùng chứng thư số đúng QĐ',
  tc11: 'BC qua HT của VPCP',
  tc12: '100% CBCC có TK DVCTT (3 HS/tháng)',
  tc13: '100% CBCC dùng thư điện tử công vụ',
  tc14: 'Người dân hài lòng TTHC (CT 98%)',
  tc15: 'Số tin bài CĐS gửi Phòng VH-TT',
  tc16: 'Có sáng kiến, mô hình CĐS',
  lateDossiersMaxInMonth: 'HS online trễ hẹn (tháng nhiều nhất)',
  reportDelayMaxDays: 'BC chậm (ngày)',
};

const PB_GROUPS: [string, string[]][] = [
  ['I. Chỉ đạo, nhân lực', ['tc01', 'tc02', 'tc03', 'tc04', 'tc05']],
  ['II. DVC trực tuyến', ['tc06', 'tc07', 'tc08', 'tc12', 'tc14']],
  ['III. Văn bản, truyền thông', ['tc09', 'tc10', 'tc11', 'tc13', 'tc15', 'tc16']],
  ['IV. Điều kiện', ['lateDossiersMaxInMonth', 'reportDelayMaxDays']],
];

const movedRight: CorpusSpec = {
  name: 'ph-pb-06-bang-tu-cot-c-cot-an',
  plan: PB_PLAN,
  description:
    'Bảng bắt đầu từ cột C (cột A, B trống), tên đơn vị đánh số sẵn “1. Phòng Nội vụ” (không có cột STT); một cột số liệu 6 tháng bị ẩn giữa các tiêu chí; cột “Nguồn số liệu” chen giữa hai nhóm tiêu chí; tỷ lệ gõ chữ với dấu chấm “92.5%”.',
  shapes: [
    'national-header',
    'table-from-column-c',
    'numbered-unit-names',
    'no-stt-column',
    'hidden-column',
    'notes-between-criteria',
    'grouped-2-rows',
    'rate-text-dot-decimal',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Cham diem';
    const ws = wb.addWorksheet(sheet);
    const names = take(PHUNG_HIEP_PHONG, 10, 1);
    const units = makeUnits(plan, rng, { block: 'phong-ban', sheet, names, ids: Object.keys(PB_HEADS) });
    units.forEach((u, i) => (u.aliases = [`${i + 1}. ${u.name}`]));
    const habits: Habits = { yesNo: 'co' };
    const write = (id: string): Write =>
      /^tc(03|05|06|07|09|12|13|14)$/.test(id) ? rateDot : writerFor(plan, id, habits);
    const col = (g: string, id: string) => valueCol([g, PB_HEADS[id]], id, write(id));
    const stale: Col = otherCol(['II. DVC trực tuyến', 'HS xử lý online 6 tháng (%)'], (u) => ({
      value: `${Math.max(40, Number(u.values.tc07) - 9.5)}%`,
    }));
    const source: Col = otherCol(
      ['Nguồn số liệu'],
      (_u, _v, i) => ({ value: i % 3 === 0 ? 'iGate 15/12/2023' : i % 3 === 1 ? 'Đơn vị tự báo cáo' : null }),
      18,
    );
    const cols: Col[] = [
      nameCol('Cơ quan, đơn vị'),
      ...PB_GROUPS[0][1].map((id) => col(PB_GROUPS[0][0], id)),
      col(PB_GROUPS[1][0], 'tc06'),
      stale,
      ...PB_GROUPS[1][1].slice(1).map((id) => col(PB_GROUPS[1][0], id)),
      source,
      ...PB_GROUPS[2][1].map((id) => col(PB_GROUPS[2][0], id)),
      ...PB_GROUPS[3][1].map((id) => col(PB_GROUPS[3][0], id)),
    ];
    const left = 3;
    const right = left + cols.length - 1;
    ws.getCell(1, left).value = 'UBND HUYỆN PHỤNG HIỆP';
    ws.getCell(2, left).value = 'PHÒNG VĂN HÓA VÀ THÔNG TIN';
    ws.mergeCells(1, left, 1, left + 2);
    ws.mergeCells(2, left, 2, left + 2);
    ws.getCell(1, right - 5).value = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
    ws.getCell(2, right - 5).value = 'Độc lập - Tự do - Hạnh phúc';
    ws.mergeCells(1, right - 5, 1, right);
    ws.mergeCells(2, right - 5, 2, right);
    ws.getRow(1).font = { bold: true };
    ws.getCell(4, left).value = 'KẾT QUẢ CHẤM ĐIỂM THI ĐUA CĐS CÁC CƠ QUAN CHUYÊN MÔN NĂM 2023';
    ws.mergeCells(4, left, 4, right);
    ws.getCell(4, left).font = { bold: true };
    ws.getCell(4, left).alignment = { horizontal: 'center' };
    const t = rowTable(ws, { sheet, top: 6, left, cols, numbering: 'none', units });
    const first = t.end - units.length;
    units.forEach((u, i) => (ws.getCell(first + i, left).value = `${i + 1}. ${u.name}`));
    ws.getColumn(1).width = 3;
    ws.getColumn(2).width = 3;
    ws.getColumn(left + cols.indexOf(stale)).hidden = true;
    lines.push(...t.lines);
    signature(ws, t.end + 1, {
      place: 'Phụng Hiệp, ngày 03 tháng 01 năm 2024',
      left: ['NGƯỜI LẬP', '', '', 'Huỳnh Thị Thảo'],
      right: ['KT. TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG', '', '', 'Phan Hữu Nam'],
      width: right,
    });
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Kiên Giang KH 243 (2023): provincial departments and districts on one sheet, as sections with sub-totals.

const KG_PLAN = 'kien-giang-243-2023';

const KG_HEADS: Record<string, string> = {
  'cqs-01': 'TTHC đủ ĐK đưa lên DVC toàn trình',
  'cqs-02': 'HS xử lý hoàn toàn trực tuyến',
  'cqs-03': 'Người dân, DN có đánh giá hài lòng',
  'cqs-04': 'TTHC được cắt giảm',
  'cqs-05': 'DVCTT định danh, xác thực 1 lần, thanh toán online',
  'cqs-06-van-ban': 'VB trao đổi điện tử có ký số',
  'cqs-06-tinh': 'HS công việc cấp tỉnh xử lý trên mạng',
  'cqs-06-huyen': 'HS công việc cấp huyện xử lý trên mạng',
  'cqs-06-xa': 'HS công việc cấp xã xử lý trên mạng',
  'cqs-07': 'CQ dùng HT thông tin báo cáo',
  'cqs-08': 'TTHC trả đúng hẹn',
  'kts-01': 'KTS trong GRDP',
  'kts-02': 'KTS từng ngành, lĩnh vực',
  'kts-03': 'TMĐT / bán lẻ',
  'kts-04': 'DN có HĐ điện tử',
  'kts-05': 'DNNVV dùng nền tảng số',
  'kts-06': 'Lao động trong lĩnh vực KTS',
  'kts-07': 'Viện phí không dùng tiền mặt',
  'kts-08': 'Học phí không dùng tiền mặt',
  'xhs-01': 'Người trưởng thành có smartphone',
  'xhs-02': 'Dân ≥ 15 tuổi có TK thanh toán',
  'xhs-03': 'LĐ được đào tạo kỹ năng số cơ bản',
  'xhs-04': 'Hộ có Internet cáp quang',
  'xhs-05': 'Người dùng Internet được bảo vệ cơ bản',
  'xhs-06': 'Người trưởng thành dùng DVCTT',
  'xhs-07': 'Dân dùng tư vấn, khám bệnh từ xa',
  'xhs-08': 'Người dân có HS sức khỏe điện tử',
  'xhs-09': 'ĐH, CĐ, GDNN quản trị số',
  'xhs-10': 'Trường phổ thông quản trị số',
  chapHanhChuTruong: 'Chấp hành chủ trương, chính sách, PL',
  hoanThanhNhiemVu: 'Hoàn thành NV năm',
  doanKet: 'Đoàn kết, dân chủ',
  toChucDang: 'Xếp loại chi, đảng bộ',
  kyLuat: 'Hình thức kỷ luật (nếu có)',
  coKeHoachThiDua: 'Có KH thi đua CĐS',
  vanBanHuongDan: 'Tham mưu VB hướng dẫn kịp thời',
  baoCaoDungHan: 'BC tiến độ CĐS đúng hạn',
  xepLoaiCdsNam: 'Kết quả xếp loại CĐS năm (tỉnh chấm)',
};

const KG_GROUP: Record<string, string> = { cqs: 'Chính quyền số', kts: 'Kinh tế số', xhs: 'Xã hội số' };

/** Party ratings abbreviated; "-" typed for no discipline. */
const KG_SPELLING: Record<string, string> = {
  'hoàn thành tốt nhiệm vụ': 'HTTNV',
  'hoàn thành xuất sắc nhiệm vụ': 'HTXSNV',
  'hoàn thành nhiệm vụ': 'HTNV',
  không: '-',
};

function unionIds(plan: Plan, blocks: string[], kinds: ('target' | 'fact')[]): string[] {
  const wanted = new Set(blocks.flatMap((b) => idsFor(plan, b, kinds)));
  return [...wanted].filter((id) => id in KG_HEADS);
}

const sections: CorpusSpec = {
  name: 'kg243-05-khoi-la-muc-cong-khoi-lap-tieu-de',
  plan: KG_PLAN,
  description:
    'Sở, ngành và huyện trên một sheet, không có cột khối: mục “I. KHỐI SỞ, BAN, NGÀNH” và “II. KHỐI HUYỆN, THÀNH PHỐ” (số La Mã ở cột STT, STT đánh lại từ 1 mỗi khối), dòng “Cộng khối” (bình quân, công thức) dưới mỗi khối, một dòng trống, rồi tiêu đề lặp lại sau ngắt trang; ô không áp dụng để trống; “-” là không bị kỷ luật.',
  shapes: [
    'national-header',
    'blocks-as-sections',
    'roman-section-stt',
    'stt-restarts-per-section',
    'subtotal-rows',
    'blank-row-between-groups',
    'header-repeated-mid-table',
    'grouped-2-rows',
    'numbering-paren',
    'percent-formatted',
    'formulas',
    'rating-abbreviations',
    'dash-for-no',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'KQ 2023';
    const ws = wb.addWorksheet(sheet);
    const blocks = ['so-nganh', 'huyen'];
    const targets = unionIds(plan, blocks, ['target']);
    const facts = unionIds(plan, blocks, ['fact']);
    const ids = [...targets, ...facts];
    const so = makeUnits(plan, rng, { block: 'so-nganh', sheet, names: take(KIEN_GIANG_SO, 5, 3), ids });
    const huyen = makeUnits(plan, rng, { block: 'huyen', sheet, names: take(KIEN_GIANG_HUYEN, 7, 4), ids });
    const habits: Habits = { rate: 'fmt', yesNo: 'co', spelling: KG_SPELLING, capitalise: true };
    const cols: Col[] = [
      sttCol('TT'),
      nameCol('Cơ quan, đơn vị'),
      ...targets.map((id) =>
        valueCol([KG_GROUP[id.slice(0, 3)], KG_HEADS[id]], id, writerFor(plan, id, habits)),
      ),
      ...facts.map((id) => valueCol(['Tiêu chuẩn thi đua', KG_HEADS[id]], id, writerFor(plan, id, habits))),
    ];
    const top = officeHeader(ws, {
      agency: ['UBND TỈNH KIÊN GIANG', 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG'],
      titles: [
        'TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CĐS NĂM 2023',
        '(Khối sở, ban, ngành và khối huyện, thành phố)',
      ],
      width: cols.length,
    });
    let r = writeHeader(ws, top, 1, cols, 'paren');
    const groups: [string, string, string, TruthUnit[]][] = [
      ['I.', 'KHỐI SỞ, BAN, NGÀNH', 'Cộng khối sở, ngành (bình quân)', so],
      ['II.', 'KHỐI HUYỆN, THÀNH PHỐ', 'Cộng khối huyện, thành phố (bình quân)', huyen],
    ];
    groups.forEach(([roman, title, subtotal, units], g) => {
      if (g > 0) {
        r++; // a blank row, then the header again at the top of the printed page
        ws.getRow(r - 1).addPageBreak();
        r = writeHeader(ws, r, 1, cols, 'paren');
      }
      put(ws, r, 1, { value: roman });
      put(ws, r, 2, { value: title });
      ws.getRow(r).font = { bold: true };
      r++;
      const first = r;
      units.forEach((u, i) => {
        cols.forEach((c, j) => {
          if (c.role === 'stt') put(ws, r, 1 + j, { value: i + 1 });
          else if (c.role === 'name') put(ws, r, 1 + j, { value: u.name });
          else put(ws, r, 1 + j, c.cell?.(u, i + j, i) ?? { value: null });
        });
        r++;
      });
      put(ws, r, 2, { value: subtotal });
      cols.forEach((c, j) => {
        if (!c.target || !targets.includes(c.target)) return;
        const nums = units.map((u) => u.values[c.target as string]).filter((v) => typeof v === 'number');
        if (!nums.length) return;
        const mean = Math.round((nums.reduce((a, b) => a + b, 0) / nums.length) * 10) / 1000;
        const letter = columnLetter(1 + j);
        put(ws, r, 1 + j, {
          value: { formula: `AVERAGE(${letter}${first}:${letter}${r - 1})`, result: mean },
          numFmt: '0.0%',
        });
      });
      ws.getRow(r).font = { bold: true };
      r++;
    });
    cols.forEach((c, j) => (ws.getColumn(1 + j).width = c.role === 'name' ? 30 : c.role === 'stt' ? 5 : 12));
    lines.push(...columnLines(sheet, 1, cols));
    signature(ws, r + 1, {
      place: 'Rạch Giá, ngày 18 tháng 12 năm 2023',
      left: ['NGƯỜI TỔNG HỢP', '', '', 'Lâm Thanh Hà'],
      right: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', 'Trương Minh Cường'],
      width: cols.length,
    });
    return { units: [...so, ...huyen], dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Đồng Tháp: each division's row merged over two rows (long names), Đ / CĐ with a legend under the table.

const DT_PLAN = 'dong-thap-skhdt-cds-2021-2025';

const DT_HEADS: Record<string, string> = {
  nd1: 'ND1\nChỉ đạo, tuyên truyền CĐS',
  nd2: 'ND2\nKế hoạch CĐS đơn vị',
  nd3: 'ND3\nBồi dưỡng CCVC về số',
  nd4: 'ND4\nKinh phí, nhân lực CĐS',
  nd5: 'ND5\nHạ tầng, nền tảng, thử nghiệm',
  nd6: 'ND6\nDữ liệu mở cho dân, DN',
  nd7: 'ND7\nAn toàn thông tin, dữ liệu',
  nd8: 'ND8\nPhong trào thi đua',
  hoiDongDeNghi: 'Hình thức HĐ TĐKT đề nghị',
  giaiTrinh: 'Thành tích, căn cứ đề nghị',
  coSangKien: 'Có sáng kiến',
};

const DT_FORMS: Record<string, string> = {
  'không đề nghị': '-',
  'Giấy khen của Giám đốc Sở': 'GK GĐ Sở',
  'Bằng khen của Chủ tịch UBND tỉnh': 'BK CT UBND tỉnh',
};

const dCd: Write = (m) => (m === undefined ? { value: null } : { value: m === 'Đạt' ? 'Đ' : 'CĐ' });
const coDash: Write = (m) => (m === undefined ? { value: null } : { value: m === true ? 'Có' : '-' });

const mergedPairs: CorpusSpec = {
  name: 'dt-04-dong-gop-doi-dat-viet-tat',
  plan: DT_PLAN,
  description:
    'Mỗi phòng, đơn vị chiếm hai dòng gộp (tên dài), mọi ô của đơn vị gộp theo chiều dọc; tám nội dung ghi “Đ” / “CĐ” với chú thích dưới bảng; hình thức đề nghị viết tắt (“GK GĐ Sở”, “BK CT UBND tỉnh”), “-” là không đề nghị, không có sáng kiến.',
  shapes: [
    'national-header',
    'unit-rows-merged-in-pairs',
    'header-line-breaks',
    'scale-abbreviated-with-legend',
    'rating-abbreviations',
    'dash-for-no',
    'legend-below-table',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Tong hop HD';
    const ws = wb.addWorksheet(sheet);
    const contents = ['nd1', 'nd2', 'nd3', 'nd4', 'nd5', 'nd6', 'nd7', 'nd8'];
    const facts = ['hoiDongDeNghi', 'giaiTrinh', 'coSangKien'];
    const units = makeUnits(plan, rng, {
      block: 'phong-don-vi',
      sheet,
      names: take(DONG_THAP_PHONG, 8),
      ids: [...contents, ...facts],
    });
    const cols: Col[] = [
      sttCol(),
      nameCol('Phòng, đơn vị thuộc Sở'),
      ...contents.map((id) => valueCol(['Kết quả đánh giá từng nội dung', DT_HEADS[id]], id, dCd)),
      valueCol(['Hội đồng', DT_HEADS.hoiDongDeNghi], 'hoiDongDeNghi', label(DT_FORMS)),
      valueCol(['Hội đồng', DT_HEADS.giaiTrinh], 'giaiTrinh', label()),
      valueCol(['Hội đồng', DT_HEADS.coSangKien], 'coSangKien', coDash),
    ];
    const top = officeHeader(ws, {
      agency: ['UBND TỈNH ĐỒNG THÁP', 'SỞ KẾ HOẠCH VÀ ĐẦU TƯ'],
      titles: ['BẢNG TỔNG HỢP ĐÁNH GIÁ THI ĐUA CHUYỂN ĐỔI SỐ CÁC PHÒNG, ĐƠN VỊ', '(Giai đoạn 2021 – 2025)'],
      width: cols.length,
    });
    let r = writeHeader(ws, top, 1, cols, 'none');
    units.forEach((u, i) => {
      cols.forEach((c, j) => {
        const cell =
          c.role === 'stt'
            ? { value: i + 1 }
            : c.role === 'name'
              ? { value: u.name }
              : (c.cell?.(u, i + j, i) ?? { value: null });
        put(ws, r, 1 + j, cell);
        put(ws, r + 1, 1 + j, { value: null });
        ws.mergeCells(r, 1 + j, r + 1, 1 + j);
        ws.getCell(r, 1 + j).alignment = { vertical: 'middle', wrapText: true };
      });
      r += 2;
    });
    ws.getCell(r, 2).value = 'Ghi chú: Đ – Đạt; CĐ – Chưa đạt; “-”: không đề nghị / không có.';
    ws.getCell(r, 2).font = { italic: true };
    cols.forEach((c, j) => (ws.getColumn(1 + j).width = c.role === 'name' ? 30 : c.role === 'stt' ? 5 : 13));
    ws.getColumn(cols.findIndex((c) => c.target === 'giaiTrinh') + 1).width = 36;
    lines.push(...columnLines(sheet, 1, cols));
    signature(ws, r + 2, {
      place: 'Cao Lãnh, ngày 12 tháng 12 năm 2025',
      left: ['THƯ KÝ HỘI ĐỒNG', '', '', 'Đặng Ngọc Vy'],
      right: ['CHỦ TỊCH HỘI ĐỒNG', '', '', 'Võ Quốc Bình'],
      width: cols.length,
    });
    return { units, dataSheets: [sheet] };
  },
};

export const TYPED_BY_HAND_SPECS: CorpusSpec[] = [clerk, movedRight, sections, mergedPairs];
