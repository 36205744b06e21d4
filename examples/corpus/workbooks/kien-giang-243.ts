/** Kiên Giang KH 243 (2023 mid-term and 2025 final): the province's and the districts' own target sheets. */
import type { Plan, Target } from '@thidua/core';
import { rate } from '../lib/cells';
import { idsFor, makeUnits } from '../lib/meaning';
import { CHAU_THANH_XA, KIEN_GIANG_HUYEN, KIEN_GIANG_SO, personNames, take } from '../lib/names';
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
import type { BuildContext, CorpusSpec } from '../lib/spec';
import type { TruthUnit } from '../lib/truth';
import { writerFor, type Habits } from '../lib/writers';

const P2023 = 'kien-giang-243-2023';
const P2025 = 'kien-giang-243-2025';
const AGENCY = ['UBND TỈNH KIÊN GIANG', 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG'];

export const KG_WORDS: Record<string, [string, string]> = {
  'cqs-01': ['TL TTHC đủ ĐK cung cấp DVCTT toàn trình', 'Thủ tục đủ điều kiện được đưa lên DVC toàn trình'],
  'cqs-02': ['TL HS xử lý hoàn toàn trực tuyến', 'Hồ sơ TTHC giải quyết online toàn bộ'],
  'cqs-03': ['TL người dân, DN đánh giá hài lòng', 'Người dân, doanh nghiệp có đánh giá mức độ hài lòng'],
  'cqs-04': ['TL TTHC cắt giảm', 'Thủ tục được cắt giảm so với trước'],
  'cqs-05': [
    'TL DVCTT định danh, xác thực 1 lần, TT trực tuyến',
    'DVC trực tuyến có xác thực một lần, thanh toán online',
  ],
  'cqs-06-van-ban': ['TL VB điện tử, ký số', 'Văn bản trao đổi dạng điện tử có ký số (trừ mật)'],
  'cqs-06-tinh': ['TL HS công việc cấp tỉnh xử lý trên mạng', 'Hồ sơ công việc cấp tỉnh xử lý online'],
  'cqs-06-huyen': ['TL HS công việc cấp huyện trên mạng', 'Hồ sơ công việc của huyện xử lý online'],
  'cqs-06-xa': ['TL HS công việc cấp xã trên mạng', 'Hồ sơ công việc các xã trên địa bàn xử lý online'],
  'cqs-07': ['TL cơ quan dùng HT thông tin báo cáo', 'Cơ quan hành chính báo cáo qua hệ thống'],
  'cqs-08': ['TL TTHC giải quyết đúng hạn', 'Thủ tục giải quyết đúng hẹn'],
  'kts-01': ['Tỷ trọng KTS/GRDP', 'Kinh tế số chiếm trong GRDP'],
  'kts-02': ['Tỷ trọng KTS từng ngành', 'Kinh tế số trong các ngành, lĩnh vực'],
  'kts-03': ['Tỷ trọng TMĐT/tổng mức bán lẻ', 'Thương mại điện tử trong bán lẻ'],
  'kts-04': ['TL DN dùng hợp đồng điện tử', 'Doanh nghiệp ký hợp đồng điện tử'],
  'kts-05': ['TL DNNVV dùng nền tảng số', 'DN nhỏ và vừa dùng nền tảng số'],
  'kts-06': ['TL lao động KTS', 'Lao động trong lĩnh vực kinh tế số'],
  'kts-07': ['Viện phí không dùng tiền mặt', 'Thanh toán viện phí qua ngân hàng, ví điện tử'],
  'kts-08': ['Học phí không dùng tiền mặt', 'Thu học phí không dùng tiền mặt'],
  'xhs-01': ['TL người trưởng thành có smartphone', 'Dân số trưởng thành dùng điện thoại thông minh'],
  'xhs-02': ['TL dân từ 15 tuổi có TK thanh toán', 'Người từ 15 tuổi có tài khoản ngân hàng/ví'],
  'xhs-03': ['TL người lao động được đào tạo KNS cơ bản', 'Người trong độ tuổi lao động học kỹ năng số'],
  'xhs-04': ['TL hộ có cáp quang', 'Hộ gia đình có Internet cáp quang'],
  'xhs-05': ['TL người dùng mạng được bảo vệ cơ bản', 'Người dùng Internet được bảo vệ ở mức cơ bản'],
  'xhs-06': ['TL người trưởng thành dùng DVCTT', 'Người trưởng thành có dùng dịch vụ công online'],
  'xhs-07': ['TL dùng tư vấn sức khỏe, khám từ xa', 'Người dân khám chữa bệnh từ xa'],
  'xhs-08': ['TL người dân có HS sức khỏe điện tử', 'Hồ sơ sức khỏe điện tử của người dân'],
  'xhs-09': ['TL cơ sở ĐH, CĐ, GDNN quản trị số', 'Trường ĐH, CĐ, GDNN có mô hình quản trị số'],
  'xhs-10': ['TL trường phổ thông quản trị số', 'Trường tiểu học đến THPT có quản trị số'],
  chapHanhChuTruong: ['Chấp hành chủ trương, chính sách', 'Chấp hành tốt đường lối, pháp luật'],
  hoanThanhNhiemVu: ['Hoàn thành tốt NV được giao', 'Hoàn thành tốt nhiệm vụ năm'],
  doanKet: ['Nội bộ đoàn kết, dân chủ cơ sở', 'Đoàn kết, thực hiện quy chế dân chủ'],
  toChucDang: ['Xếp loại TC Đảng, đoàn thể', 'Kết quả xếp loại chi, đảng bộ'],
  kyLuat: ['Kỷ luật (hình thức cao nhất)', 'Hình thức kỷ luật trong kỳ'],
  coKeHoachThiDua: ['Có KH phát động thi đua CĐS', 'Ban hành kế hoạch thi đua CĐS của đơn vị'],
  xepLoaiCdsNam: ['Kết quả chấm CĐS năm của tỉnh', 'Xếp loại CĐS năm do tỉnh chấm'],
  thanhToanKhongTienMat: ['Áp dụng TT không dùng tiền mặt', 'Có thanh toán không dùng tiền mặt'],
  vanBanHuongDan: ['VB hướng dẫn, tham mưu đúng tiến độ', 'Tham mưu văn bản hướng dẫn kịp thời'],
  baoCaoDungHan: ['BC CĐS đúng hạn', 'Báo cáo tiến độ CĐS đúng thời gian'],
  donViTieuBieu: ['Đơn vị tiêu biểu (TTg công nhận)', 'Được Thủ tướng công nhận tiêu biểu'],
};

/** How the offices abbreviate the Party rating and the discipline column. */
const SPELLING: Record<string, string> = {
  'hoàn thành tốt nhiệm vụ': 'HTTNV',
  'hoàn thành xuất sắc nhiệm vụ': 'HTXSNV',
  'hoàn thành nhiệm vụ': 'HTNV',
  không: 'Không',
};

const GENERAL = ['chapHanhChuTruong', 'hoanThanhNhiemVu', 'doanKet', 'toChucDang', 'kyLuat'];

const GROUP: Record<string, string> = { cqs: 'Chính quyền số', kts: 'Kinh tế số', xhs: 'Xã hội số' };

function targetOf(plan: Plan, id: string): Target {
  return (plan.targets ?? []).find((t) => t.id === id) as Target;
}

/** "TL HS xử lý hoàn toàn trực tuyến (chỉ tiêu ≥ 60%)": the target inside the title, as the province writes it. */
function withTarget(plan: Plan, id: string, words: string): string {
  const t = targetOf(plan, id);
  if (t.target === 100) return `${words} (chỉ tiêu 100%)`;
  return `${words} (chỉ tiêu ${t.comparison === 'moreThan' ? '>' : '≥'} ${String(t.target).replace('.', ',')}%)`;
}

function targetIds(plan: Plan, block: string): string[] {
  return idsFor(plan, block, ['target']);
}

function sign(ws: Parameters<typeof signature>[0], row: number, width: number, place = 'Rạch Giá'): void {
  signature(ws, row, {
    place: `${place}, ngày 15 tháng 12 năm 2023`,
    left: ['NGƯỜI LẬP BIỂU', '', '', 'Phạm Ngọc Thảo'],
    right: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', 'Huỳnh Hữu Phúc'],
    width,
  });
}

function factCols(plan: Plan, ids: string[], habits: Habits, group = 'Tiêu chuẩn chung'): Col[] {
  return ids.map((id) => valueCol([group, KG_WORDS[id][0]], id, writerFor(plan, id, habits)));
}

const districts: CorpusSpec = {
  name: 'kg243-01-huyen-ba-tang-ma-chi-tieu',
  plan: P2023,
  description:
    'Các huyện, thành phố (khối suy ra từ tiêu đề, không có cột khối): tiêu đề ba dòng — nhóm “Chính quyền số/Kinh tế số/Xã hội số”, tên chỉ tiêu có “(chỉ tiêu ≥ 60%)”, dòng mã “a.1 … c.10”; tiêu chuẩn chung với viết tắt HTTNV/HTXSNV.',
  shapes: [
    'national-header',
    'grouped-3-rows',
    'numbering-codes',
    'target-in-title',
    'abbreviations',
    'block-from-title',
    'rating-abbreviations',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Huyen';
    const ws = wb.addWorksheet(sheet);
    const ids = [...targetIds(plan, 'huyen'), ...GENERAL, 'coKeHoachThiDua', 'xepLoaiCdsNam'];
    const units = makeUnits(plan, rng, { block: 'huyen', sheet, names: KIEN_GIANG_HUYEN, ids });
    const habits: Habits = { rate: 'text', yesNo: 'co', spelling: SPELLING, capitalise: true };
    const cols: Col[] = [
      sttCol(),
      nameCol('Huyện, thành phố'),
      ...targetIds(plan, 'huyen').map((id) =>
        valueCol(
          [GROUP[id.slice(0, 3)], withTarget(plan, id, KG_WORDS[id][0])],
          id,
          writerFor(plan, id, habits),
          {
            num: targetOf(plan, id).number,
          },
        ),
      ),
      ...[...GENERAL, 'coKeHoachThiDua', 'xepLoaiCdsNam'].map((id) =>
        valueCol(['Tiêu chuẩn, điều kiện', KG_WORDS[id][0]], id, writerFor(plan, id, habits), { num: '' }),
      ),
    ];
    const top = officeHeader(ws, {
      agency: AGENCY,
      titles: [
        'KẾT QUẢ THỰC HIỆN MỤC TIÊU CHUYỂN ĐỔI SỐ NĂM 2023 CỦA CÁC HUYỆN, THÀNH PHỐ',
        '(Sơ kết phong trào thi đua “Kiên Giang thực hiện chương trình Chuyển đổi số”)',
      ],
      width: cols.length,
    });
    const t = rowTable(ws, { sheet, top, cols, numbering: 'paren', units });
    lines.push(...t.lines);
    sign(ws, t.end + 1, cols.length);
    return { units, dataSheets: [sheet] };
  },
};

function blockSheet(
  ctx: BuildContext,
  o: {
    sheet: string;
    block: string;
    names: string[];
    nameHead: string;
    title: string;
    habits: Habits;
    extraFacts: string[];
  },
): TruthUnit[] {
  const { wb, plan, rng, lines } = ctx;
  const ws = wb.addWorksheet(o.sheet);
  const targets = targetIds(plan, o.block);
  const facts = [...GENERAL, ...o.extraFacts];
  const units = makeUnits(plan, rng, {
    block: o.block,
    sheet: o.sheet,
    names: o.names,
    ids: [...targets, ...facts],
  });
  const cols: Col[] = [
    sttCol(),
    nameCol(o.nameHead),
    ...targets.map((id) =>
      valueCol([GROUP[id.slice(0, 3)], KG_WORDS[id][1]], id, writerFor(plan, id, o.habits)),
    ),
    ...factCols(plan, facts, o.habits),
  ];
  const top = officeHeader(ws, { agency: AGENCY, titles: [o.title], width: cols.length });
  const t = rowTable(ws, { sheet: o.sheet, top, cols, numbering: 'none', units });
  lines.push(...t.lines);
  sign(ws, t.end + 1, cols.length);
  return units;
}

const sheetsPerBlock: CorpusSpec = {
  name: 'kg243-02-moi-khoi-mot-sheet',
  plan: P2023,
  description:
    'Ba khối trên ba sheet (“Sở, ngành”, “Huyện, TP”, “Xã”), mỗi sheet chỉ có chỉ tiêu của khối mình, không cột khối: khối phải suy ra từ sheet, và phải đọc cả ba sheet.',
  shapes: [
    'blocks-on-separate-sheets',
    'grouped-2-rows',
    'block-from-sheet',
    'rating-abbreviations',
    'percent-formatted',
    'signature',
  ],
  expect: 'read',
  build(ctx) {
    const so = blockSheet(ctx, {
      sheet: 'Sở, ngành',
      block: 'so-nganh',
      names: take(KIEN_GIANG_SO, 6),
      nameHead: 'Sở, ban, ngành',
      title: 'KẾT QUẢ MỤC TIÊU CĐS NĂM 2023 — CÁC SỞ, BAN, NGÀNH TỈNH',
      habits: { rate: 'fmt', yesNo: 'co', spelling: SPELLING },
      extraFacts: ['vanBanHuongDan', 'baoCaoDungHan', 'coKeHoachThiDua'],
    });
    const huyen = blockSheet(ctx, {
      sheet: 'Huyện, TP',
      block: 'huyen',
      names: take(KIEN_GIANG_HUYEN, 5, 5),
      nameHead: 'Huyện, thành phố',
      title: 'KẾT QUẢ MỤC TIÊU CĐS NĂM 2023 — CÁC HUYỆN, THÀNH PHỐ',
      habits: { rate: 'text', yesNo: 'x', spelling: SPELLING },
      extraFacts: ['coKeHoachThiDua'],
    });
    const xa = blockSheet(ctx, {
      sheet: 'Xã',
      block: 'xa',
      names: take(CHAU_THANH_XA, 6),
      nameHead: 'Xã, phường, thị trấn',
      title: 'KẾT QUẢ MỤC TIÊU CĐS NĂM 2023 — CÁC XÃ, PHƯỜNG, THỊ TRẤN',
      habits: { rate: 'plain', yesNo: 'co', spelling: SPELLING },
      extraFacts: ['coKeHoachThiDua', 'thanhToanKhongTienMat'],
    });
    return { units: [...so, ...huyen, ...xa], dataSheets: ['Sở, ngành', 'Huyện, TP', 'Xã'] };
  },
};

const mixedBlocks: CorpusSpec = {
  name: 'kg243-03-tron-khoi-khong-cot-khoi',
  plan: P2023,
  description:
    'Một danh sách trộn sở, huyện và xã, không có cột khối, không dòng nhóm, tiêu đề không nêu khối; kế hoạch có chín khối — đoán khối theo tên là đoán: phải từ chối hoặc hỏi.',
  shapes: ['multi-block-plan-no-block-column', 'grouped-2-rows', 'national-header'],
  expect: 'refuse',
  reason:
    'Kế hoạch có chín khối; sheet không có cột khối, dòng nhóm hay tiêu đề nêu khối, nên khối của từng đơn vị phải được hỏi (hoặc thêm cột “Khối”).',
  mentions: [['khối', '--block']],
  build({ wb, plan, rng, lines }) {
    const sheet = 'Tong hop';
    const ws = wb.addWorksheet(sheet);
    const common = ['cqs-01', 'cqs-03', 'cqs-06-van-ban', 'cqs-08'];
    const units = [
      ...makeUnits(plan, rng, { block: 'so-nganh', sheet, names: take(KIEN_GIANG_SO, 3, 2), ids: common }),
      ...makeUnits(plan, rng, { block: 'huyen', sheet, names: take(KIEN_GIANG_HUYEN, 4, 6), ids: common }),
      ...makeUnits(plan, rng, { block: 'xa', sheet, names: take(CHAU_THANH_XA, 4, 2), ids: common }),
    ];
    const cols: Col[] = [
      sttCol(),
      nameCol('Tên đơn vị'),
      ...common.map((id) => valueCol(['Chính quyền số', KG_WORDS[id][0]], id, rate('text'))),
    ];
    const top = officeHeader(ws, {
      agency: AGENCY,
      titles: ['BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU CĐS NĂM 2023'],
      width: cols.length,
    });
    const t = rowTable(ws, { sheet, top, cols, numbering: 'none', units });
    lines.push(...t.lines);
    return { units: [], dataSheets: [sheet] };
  },
};

const TRIPLES: Record<string, [string, string]> = {
  'cqs-01': ['Tổng số TTHC cấp xã', 'TTHC cung cấp DVC toàn trình'],
  'cqs-08': ['HS đã tiếp nhận', 'HS giải quyết đúng hạn'],
  'xhs-04': ['Tổng số hộ', 'Hộ có cáp quang'],
};

const communes: CorpusSpec = {
  name: 'kg243-04-xa-tong-dat-ty-le-phan-so',
  plan: P2023,
  description:
    'Các xã của huyện Châu Thành: ba chỉ tiêu ghi “Tổng số | Đạt | Tỷ lệ”, các tỷ lệ khác là phân số chưa định dạng (0,756), tiêu đề nêu khối xã; dòng “Cộng”.',
  shapes: [
    'rate-as-count-achieved-rate',
    'unformatted-fractions',
    'grouped-2-rows',
    'block-from-title',
    'totals-row',
    'national-header',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Cac xa';
    const ws = wb.addWorksheet(sheet);
    const targets = targetIds(plan, 'xa');
    const facts = [...GENERAL, 'coKeHoachThiDua', 'thanhToanKhongTienMat'];
    const units = makeUnits(plan, rng, {
      block: 'xa',
      sheet,
      names: CHAU_THANH_XA,
      ids: [...targets, ...facts],
    });
    const parts = new Map<string, [number, number]>();
    for (const u of units)
      for (const id of Object.keys(TRIPLES)) {
        const total = rng.int(id === 'xhs-04' ? 1200 : 90, id === 'xhs-04' ? 4800 : 420);
        const done = Math.min(total, Math.round((total * Number(u.values[id])) / 100));
        parts.set(`${u.id}:${id}`, [total, done]);
        u.values[id] = Math.round((done / total) * 100 * 1e6) / 1e6;
      }
    const cols: Col[] = [sttCol(), nameCol('Xã, thị trấn')];
    for (const id of targets) {
      const group = KG_WORDS[id][0];
      const triple = TRIPLES[id];
      if (!triple) {
        cols.push(valueCol([GROUP[id.slice(0, 3)], group], id, rate('fraction')));
        continue;
      }
      cols.push(
        otherCol([group, triple[0]], (u) => ({ value: parts.get(`${u.id}:${id}`)?.[0] ?? null })),
        otherCol([group, triple[1]], (u) => ({ value: parts.get(`${u.id}:${id}`)?.[1] ?? null })),
        {
          head: [group, 'Tỷ lệ'],
          target: id,
          cell: (u) => {
            const [total, done] = parts.get(`${u.id}:${id}`) ?? [1, 0];
            return { value: done / total };
          },
        },
      );
    }
    cols.push(...factCols(plan, facts, { yesNo: 'co', spelling: SPELLING, capitalise: true }));
    const top = officeHeader(ws, {
      agency: ['UBND HUYỆN CHÂU THÀNH', 'PHÒNG VĂN HÓA VÀ THÔNG TIN'],
      titles: ['TỔNG HỢP CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2023 CÁC XÃ, THỊ TRẤN'],
      width: cols.length,
    });
    const t = rowTable(ws, { sheet, top, cols, numbering: 'none', units, totals: { label: 'Cộng' } });
    lines.push(...t.lines);
    sign(ws, t.end + 1, cols.length, 'Minh Lương');
    return { units, dataSheets: [sheet] };
  },
};

const final2025: CorpusSpec = {
  name: 'kg243-2025-01-huyen-chi-tieu-so-de-nghi-ca-nhan',
  plan: P2025,
  description:
    'Tổng kết 2025, các huyện: tiêu đề một dòng “Chỉ tiêu a.2: …”, tỷ lệ gõ nhiều kiểu trong một cột, dòng Tổng cộng, rồi bảng thứ hai “Danh sách cá nhân đề nghị khen thưởng” (Họ tên | Chức vụ | Đơn vị) dưới bảng — không phải đơn vị.',
  shapes: [
    'named-number-references',
    'single-header-row',
    'mixed-values',
    'totals-row',
    'second-table-below',
    'national-header',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Tong ket 2025';
    const ws = wb.addWorksheet(sheet);
    const targets = targetIds(plan, 'huyen');
    const facts = [...GENERAL, 'coKeHoachThiDua', 'donViTieuBieu'];
    const units = makeUnits(plan, rng, {
      block: 'huyen',
      sheet,
      names: take(KIEN_GIANG_HUYEN, 9, 3),
      ids: [...targets, ...facts],
    });
    const habits: Habits = { rate: 'mixed', yesNo: 'co', spelling: SPELLING };
    const cols: Col[] = [
      sttCol('TT'),
      nameCol('Đơn vị (huyện, thành phố)'),
      ...targets.map((id) =>
        valueCol(
          [`Chỉ tiêu ${targetOf(plan, id).number}: ${KG_WORDS[id][0]} (%)`],
          id,
          writerFor(plan, id, habits),
        ),
      ),
      ...facts.map((id) => valueCol([KG_WORDS[id][1]], id, writerFor(plan, id, habits))),
    ];
    const top = officeHeader(ws, {
      agency: AGENCY,
      titles: ['TỔNG KẾT PHONG TRÀO THI ĐUA CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2022–2025', 'Khối các huyện, thành phố'],
      width: cols.length,
    });
    const t = rowTable(ws, { sheet, top, cols, numbering: 'none', units, totals: { label: 'Tổng cộng' } });
    lines.push(...t.lines);
    let r = t.end + 2;
    ws.getCell(r, 1).value = 'DANH SÁCH CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG';
    ws.mergeCells(r, 1, r, 5);
    r++;
    ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị công tác', 'Hình thức đề nghị'].forEach(
      (h, i) => (ws.getCell(r, i + 1).value = h),
    );
    personNames(rng, 5).forEach((name, i) => {
      ws.getCell(r + 1 + i, 1).value = i + 1;
      ws.getCell(r + 1 + i, 2).value = name;
      ws.getCell(r + 1 + i, 3).value = rng.pick(['Phó Chủ tịch UBND', 'Chuyên viên', 'Trưởng phòng VH-TT']);
      ws.getCell(r + 1 + i, 4).value = units[i % units.length].name;
      ws.getCell(r + 1 + i, 5).value = 'Bằng khen của Chủ tịch UBND tỉnh';
    });
    sign(ws, r + 8, cols.length);
    return { units, dataSheets: [sheet] };
  },
};

const selfReport: CorpusSpec = {
  name: 'kg243-2025-02-so-tu-danh-gia',
  plan: P2025,
  description:
    'Báo cáo tự đánh giá của một sở: STT | Chỉ tiêu | Mục tiêu 2025 | Kết quả thực hiện | Tự đánh giá (Đạt/Chưa đạt) | Ghi chú; chỉ tiêu theo dòng với mã a.1…, tiêu chuẩn ở cuối; tên đơn vị chỉ trong tiêu đề.',
  shapes: [
    'self-assessment-form',
    'criteria-numbered-in-own-column',
    'section-rows',
    'rating-abbreviations',
    'national-header',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Tu danh gia';
    const ws = wb.addWorksheet(sheet);
    const targets = targetIds(plan, 'so-nganh');
    const facts = [...GENERAL, 'coKeHoachThiDua', 'vanBanHuongDan', 'baoCaoDungHan'];
    const units = makeUnits(plan, rng, {
      block: 'so-nganh',
      sheet,
      names: ['Sở Thông tin và Truyền thông'],
      ids: [...targets, ...facts],
    });
    const u = units[0];
    const habits: Habits = { rate: 'text', yesNo: 'co', spelling: SPELLING };
    const rows: TRow[] = [{ label: 'I. MỤC TIÊU CHÍNH QUYỀN SỐ', heading: true }];
    for (const id of targets) {
      const t = targetOf(plan, id);
      const met =
        t.comparison === 'moreThan' ? Number(u.values[id]) > t.target : Number(u.values[id]) >= t.target;
      rows.push({
        stt: t.number,
        label: KG_WORDS[id][1],
        target: id,
        extra: [`${t.comparison === 'moreThan' ? '>' : '≥'} ${t.target}%`],
        after: [met ? 'Đạt' : 'Chưa đạt', null],
        write: writerFor(plan, id, habits),
      });
    }
    rows.push({ label: 'II. TIÊU CHUẨN THI ĐUA', heading: true });
    facts.forEach((id, i) =>
      rows.push({
        stt: i + 1,
        label: KG_WORDS[id][1],
        target: id,
        extra: [null],
        after: [null, null],
        write: writerFor(plan, id, habits),
      }),
    );
    const top = officeHeader(ws, {
      agency: ['UBND TỈNH KIÊN GIANG', 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG'],
      titles: [
        'BÁO CÁO TỰ ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN MỤC TIÊU CHUYỂN ĐỔI SỐ ĐẾN NĂM 2025',
        'Đơn vị: Sở Thông tin và Truyền thông',
      ],
      width: 6,
    });
    const t = transposedTable(ws, {
      sheet,
      top,
      leftHeads: ['STT', 'Chỉ tiêu', 'Mục tiêu 2025'],
      units,
      valueHead: 'Kết quả thực hiện',
      rows,
      trailing: ['Tự đánh giá', 'Ghi chú'],
      numbering: 'none',
    });
    lines.push(...t.lines);
    signature(ws, t.end + 1, {
      place: 'Rạch Giá, ngày 05 tháng 12 năm 2025',
      left: [],
      right: ['GIÁM ĐỐC', '', '', 'Lâm Quốc Cường'],
      width: 6,
    });
    return { units, dataSheets: [sheet] };
  },
};

export const KIEN_GIANG_243_SPECS: CorpusSpec[] = [
  districts,
  sheetsPerBlock,
  mixedBlocks,
  communes,
  final2025,
  selfReport,
];

/** The same abbreviations of ratings, for the Sở Xây dựng workbooks. */
export const KG_SPELLING = SPELLING;
