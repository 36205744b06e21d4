/** Phụng Hiệp 2023, district departments (and the carriers): the culture office's sheets. */
import { count, type Cell } from '../lib/cells';
import { asMet, makeUnits } from '../lib/meaning';
import { PHUNG_HIEP_PHONG, PHUNG_HIEP_VIEN_THONG, take } from '../lib/names';
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

const PLAN = 'phung-hiep-2023-phong-ban';
const BLOCK = 'phong-ban';
const AGENCY = ['UBND HUYỆN PHỤNG HIỆP', 'PHÒNG VĂN HÓA VÀ THÔNG TIN'];

export const PB_WORDS: Record<string, [string, string]> = {
  tc01: ['QĐ phân công CC phụ trách CNTT, KH CĐS', 'Có quyết định phân công phụ trách CNTT và kế hoạch CĐS'],
  tc02: ['BC đúng, đủ, kịp thời', 'Thực hiện chế độ báo cáo đúng hạn'],
  tc03: ['TL CC tập huấn CĐS (%)', 'Công chức tham gia tập huấn CĐS (%)'],
  tc04: ['Cử TV tham gia Tổ CNSCĐ', 'Có thành viên Tổ hỗ trợ công nghệ số cộng đồng'],
  tc05: ['TL CBCC có TK DVCTT và Mobile Money (%)', 'CBCC có tài khoản DVC và ví điện tử/ngân hàng số (%)'],
  tc06: ['TL DVCTT phát sinh HS (%)', 'DVCTT của đơn vị có hồ sơ (%)'],
  tc07: ['TL HS xử lý trực tuyến (chỉ tiêu từ 80%)', 'Hồ sơ giải quyết online (chỉ tiêu 80%)'],
  tc08: ['SL HS nộp trực tuyến', 'Số hồ sơ nộp online'],
  tc09: ['TL VB đi ký số (%)', 'Văn bản phát hành có ký số (%)'],
  tc10: ['QL chứng thư số đúng QĐ', 'Chứng thư số sử dụng đúng quy định'],
  tc11: ['BC trên HTTTBC VPCP', 'Báo cáo qua hệ thống của Văn phòng Chính phủ'],
  tc12: ['100% CBCC có TK DVCTT', 'Tài khoản DVCTT của CBCC (100%)'],
  tc13: ['100% CBCC dùng email công vụ', 'Sử dụng thư điện tử công vụ (100%)'],
  tc14: ['TL hài lòng TTHC (chỉ tiêu 98%)', 'Mức hài lòng của người dân (chỉ tiêu 98%)'],
  tc15: ['Số tin bài CĐS gửi Phòng VH-TT', 'Tin, bài CĐS gửi Phòng Văn hóa – TT (tin)'],
  tc16: ['Mô hình, sáng kiến CĐS 2023', 'Có mô hình CĐS mới (có hình ảnh, số liệu)'],
  lateDossiersMaxInMonth: [
    'HS DVCTT trễ hạn (tháng nhiều nhất)',
    'Số hồ sơ trực tuyến trễ hẹn trong 1 tháng',
  ],
  reportDelayMaxDays: ['Số ngày chậm BC', 'Báo cáo định kỳ trễ (số ngày)'],
};

const ALL = Object.keys(PB_WORDS);
const CRITERIA = ALL.filter((id) => id.startsWith('tc'));
const FACTS = ['lateDossiersMaxInMonth', 'reportDelayMaxDays'];
const num = (id: string) => String(Number(id.slice(2)));

const GROUPS: [string, string[]][] = [
  ['Hạ tầng, nhân lực số', ['tc01', 'tc03', 'tc04', 'tc05', 'tc12', 'tc13']],
  ['Dịch vụ công trực tuyến', ['tc06', 'tc07', 'tc08', 'tc14']],
  ['Văn bản, báo cáo', ['tc02', 'tc09', 'tc10', 'tc11']],
  ['Truyền thông, sáng kiến', ['tc15', 'tc16']],
];

function names(from: number, n: number, carriers: number): string[] {
  return [...take(PHUNG_HIEP_PHONG, n, from), ...take(PHUNG_HIEP_VIEN_THONG, carriers)];
}

function note(u: TruthUnit): Cell {
  return { value: /VNPT|Viettel|MobiFone/.test(u.name) ? 'Doanh nghiệp viễn thông' : null };
}

function sign(ws: Parameters<typeof signature>[0], row: number, width: number): void {
  signature(ws, row, {
    place: 'Phụng Hiệp, ngày 02 tháng 01 năm 2024',
    left: ['NGƯỜI LẬP BẢNG', '', '', 'Võ Thị Lan'],
    right: ['TRƯỞNG PHÒNG', '', '', 'Nguyễn Minh Trung'],
    width,
  });
}

const grouped: CorpusSpec = {
  name: 'ph-pb-01-nhom-cot-tieu-chi-so',
  plan: PLAN,
  description:
    'Bảng của Phòng VH-TT: tiêu đề hai dòng có nhóm gộp (“Dịch vụ công trực tuyến” trên các cột con), một số cột ghi “Tiêu chí 7: …”, dòng số 1 2 3 đánh số cột, đơn vị gồm cả doanh nghiệp viễn thông, cột Ghi chú.',
  shapes: [
    'national-header',
    'grouped-2-rows',
    'named-number-references',
    'numbering-plain',
    'abbreviations',
    'notes-column',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Phong ban';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, { block: BLOCK, sheet, names: names(0, 9, 3), ids: ALL });
    const habits: Habits = { rate: 'text', yesNo: 'co' };
    const referenced = new Set(['tc07', 'tc08', 'tc14', 'tc15']);
    const cols: Col[] = [
      sttCol(),
      nameCol('Cơ quan, đơn vị'),
      ...GROUPS.flatMap(([g, ids]) =>
        ids.map((id) =>
          valueCol(
            [g, referenced.has(id) ? `Tiêu chí ${num(id)}: ${PB_WORDS[id][0]}` : PB_WORDS[id][0]],
            id,
            writerFor(plan, id, habits),
          ),
        ),
      ),
      ...FACTS.map((id) => valueCol(['Vi phạm (không xét thi đua)', PB_WORDS[id][0]], id, count())),
      otherCol(['Ghi chú'], note, 22),
    ];
    const top = officeHeader(ws, {
      agency: AGENCY,
      titles: ['TỔNG HỢP KẾT QUẢ THI ĐUA CHUYỂN ĐỔI SỐ NĂM 2023', 'Khối phòng, ban, ngành huyện'],
      width: cols.length,
    });
    const t = rowTable(ws, {
      sheet,
      top,
      cols,
      numbering: 'plain',
      units,
      totals: { label: 'Tổng cộng', sum: ['tc08', 'tc15'] },
    });
    lines.push(...t.lines);
    sign(ws, t.end + 1, cols.length);
    return { units, dataSheets: [sheet] };
  },
};

const ticks: CorpusSpec = {
  name: 'ph-pb-02-dat-chua-dat-danh-dau-x',
  plan: PLAN,
  description:
    'Có/không đánh dấu “x” (ô trống là không), tiêu chí 100% ghi “Đạt”/“Chưa đạt”, tỷ lệ “87,5 %”, vi phạm ghi “01 HS”, “2 ngày”; dòng số “A B 1 2…” với số trùng số tiêu chí.',
  shapes: [
    'x-marks',
    'dat-chua-dat-for-rate',
    'percent-with-space',
    'values-with-units',
    'numbering-letters',
    'single-header-row',
    'national-header',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Cham diem';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, { block: BLOCK, sheet, names: names(3, 8, 2), ids: ALL });
    asMet(units, ['tc12', 'tc13']);
    const habits: Habits = {
      rate: 'space',
      yesNo: 'x',
      by: {
        lateDossiersMaxInMonth: count({ unit: 'HS', pad: 2 }),
        reportDelayMaxDays: count({ unit: 'ngày' }),
        tc15: count({ unit: 'tin', pad: 2 }),
      },
    };
    const cols: Col[] = [
      sttCol('TT'),
      nameCol('Tên cơ quan'),
      ...CRITERIA.map((id) => valueCol([PB_WORDS[id][1]], id, writerFor(plan, id, habits), { num: num(id) })),
      ...FACTS.map((id) => valueCol([PB_WORDS[id][1]], id, writerFor(plan, id, habits), { num: '' })),
    ];
    const top = officeHeader(ws, {
      agency: AGENCY,
      titles: ['BẢNG CHẤM ĐIỂM CĐS CÁC CƠ QUAN, ĐƠN VỊ HUYỆN NĂM 2023'],
      width: cols.length,
    });
    const t = rowTable(ws, { sheet, top, cols, numbering: 'letters', units });
    lines.push(...t.lines);
    sign(ws, t.end + 1, cols.length);
    return { units, dataSheets: [sheet] };
  },
};

const resultAndPoints: CorpusSpec = {
  name: 'ph-pb-03-ket-qua-va-diem',
  plan: PLAN,
  description:
    'Mỗi tiêu chí là hai cột dưới một ô gộp “Tiêu chí n (… đ)”: “Kết quả” (giá trị) và “Điểm” (điểm đã chấm); cuối bảng “Tổng điểm”, “Xếp hạng”. Chỉ cột Kết quả là dữ liệu.',
  shapes: [
    'national-header',
    'result-and-points-columns',
    'named-number-references',
    'grouped-2-rows',
    'result-columns',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines, score }) {
    const sheet = 'Diem phong ban';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, { block: BLOCK, sheet, names: names(0, 10, 0), ids: ALL });
    const results = score(units);
    const points = (u: TruthUnit, id: string): Cell => ({
      value: results.get(u.id)?.points[id] ?? null,
    });
    const habits: Habits = { rate: 'fmt', yesNo: 'co' };
    const cols: Col[] = [sttCol(), nameCol()];
    for (const c of plan.criteria) {
      const head = `Tiêu chí ${c.number} (${c.maxPoints} đ)`;
      cols.push(
        valueCol([head, 'Kết quả'], c.id, writerFor(plan, c.id, habits)),
        otherCol([head, 'Điểm'], (u) => points(u, c.id), 7),
      );
    }
    cols.push(
      ...FACTS.map((id) => valueCol([PB_WORDS[id][0]], id, count())),
      otherCol(['Tổng điểm'], (u) => ({ value: results.get(u.id)?.total ?? null })),
      otherCol(['Xếp hạng'], (u) => ({ value: results.get(u.id)?.rank ?? null })),
    );
    const top = officeHeader(ws, {
      agency: AGENCY,
      titles: ['KẾT QUẢ CHẤM ĐIỂM THI ĐUA CĐS NĂM 2023 — KHỐI PHÒNG, BAN'],
      width: 20,
    });
    const t = rowTable(ws, { sheet, top, cols, numbering: 'none', units });
    lines.push(...t.lines);
    sign(ws, t.end + 1, 20);
    return { units, dataSheets: [sheet] };
  },
};

const pointsOnly: CorpusSpec = {
  name: 'ph-pb-04-chi-co-diem',
  plan: PLAN,
  description:
    'Bảng chỉ có điểm đã chấm “Điểm TC1 (10đ)”… và Tổng điểm, không có kết quả thực hiện: đọc điểm như giá trị (8 điểm thành 8%) là sai lặng lẽ — phải từ chối, nói bảng chứa điểm chứ không chứa số liệu.',
  shapes: ['points-only', 'code-references', 'result-columns', 'national-header'],
  expect: 'refuse',
  reason:
    'Các cột là điểm đã chấm (“Điểm TC…”), không phải kết quả thực hiện; công cụ cần số liệu để tự chấm.',
  mentions: [['điểm đã chấm', 'cột điểm', 'là điểm', 'chứa điểm', 'points']],
  build({ wb, plan, rng, lines, score }) {
    const sheet = 'Diem';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, { block: BLOCK, sheet, names: names(2, 9, 3), ids: ALL });
    const results = score(units);
    const cols: Col[] = [
      sttCol(),
      nameCol(),
      ...plan.criteria.map((c) =>
        otherCol([`Điểm TC${c.number} (${c.maxPoints}đ)`], (u) => ({
          value: results.get(u.id)?.points[c.id] ?? null,
        })),
      ),
      otherCol(['Tổng điểm'], (u) => ({ value: results.get(u.id)?.total ?? null })),
    ];
    const top = officeHeader(ws, {
      agency: AGENCY,
      titles: ['BẢNG ĐIỂM THI ĐUA CĐS NĂM 2023'],
      width: cols.length,
    });
    const t = rowTable(ws, { sheet, top, cols, numbering: 'none', units });
    lines.push(...t.lines);
    return { units: [], dataSheets: [sheet] };
  },
};

const transposed: CorpusSpec = {
  name: 'ph-pb-05-don-vi-theo-cot-co-nhom',
  plan: PLAN,
  description:
    'Chuyển vị: tiêu chí theo dòng với mã “TC 1”… ở cột STT; đơn vị theo cột dưới hai tầng tiêu đề (“Phòng, ban chuyên môn” / “Doanh nghiệp viễn thông” gộp trên tên đơn vị); một dòng tiêu chí cũ bị ẩn.',
  shapes: [
    'units-in-columns',
    'grouped-2-rows',
    'code-references',
    'hidden-row',
    'criteria-numbered-in-own-column',
    'national-header',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Ket qua';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, { block: BLOCK, sheet, names: names(4, 6, 3), ids: ALL });
    const habits: Habits = { rate: 'plain', yesNo: 'dat' };
    const rows: TRow[] = [];
    for (const c of plan.criteria) {
      rows.push({
        stt: `TC ${c.number}`,
        label: PB_WORDS[c.id][1],
        target: c.id,
        write: writerFor(plan, c.id, habits),
      });
      if (c.id === 'tc09')
        rows.push({
          stt: 'TC 9a',
          label: 'Văn bản ký số (cách tính năm 2022)',
          hidden: true,
          write: (_m, k) => ({ value: 70 + k }),
        });
    }
    for (const id of FACTS) rows.push({ label: PB_WORDS[id][1], target: id, write: count() });
    const top = officeHeader(ws, {
      agency: AGENCY,
      titles: ['KẾT QUẢ THỰC HIỆN TIÊU CHÍ CĐS NĂM 2023 CỦA CÁC CƠ QUAN, ĐƠN VỊ'],
      width: 2 + units.length,
    });
    const t = transposedTable(ws, {
      sheet,
      top,
      leftHeads: ['STT', 'Tiêu chí'],
      units,
      unitGroup: (u) =>
        /VNPT|Viettel|MobiFone/.test(u.name) ? 'Doanh nghiệp viễn thông' : 'Phòng, ban chuyên môn',
      rows,
      numbering: 'none',
    });
    lines.push(...t.lines);
    sign(ws, t.end + 1, 2 + units.length);
    return { units, dataSheets: [sheet] };
  },
};

export const PHUNG_HIEP_PHONG_BAN_SPECS: CorpusSpec[] = [
  grouped,
  ticks,
  resultAndPoints,
  pointsOnly,
  transposed,
];
