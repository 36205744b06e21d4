/**
 * An eighth round of the offices' own layouts: yes/no typed "Đạt" / "Không đạt", a file exported in English
 * conventions ("80.5%", "1,250"), communes grouped by emulation cluster with a "Cộng cụm" line after each, a figure,
 * its standard points, the unit's and the council's points and a notes cell under every criterion, a header in
 * Vietnamese with its English line under it, a protected sheet with hidden helper columns and a hidden row, the date
 * of registration typed as a quarter or a month ("Quý I/2022", "tháng 3/2022"), a deduction column of negative points
 * beside notes full of figures, the sign-off and "Nơi nhận:" lines right under the last unit, one "Có" merged across
 * three criteria of a unit, a merged period line under the title with names in full and no STT, points typed in
 * the figure's own cells ("10 điểm"), and the statistics lines under a table ("Trung bình chung", "Số xã đạt").
 */
import type ExcelJS from 'exceljs';
import type { Plan } from '@thidua/core';
import type { Cell, Write } from '../lib/cells';
import { makeUnits } from '../lib/meaning';
import { PHUNG_HIEP_PHONG, PHUNG_HIEP_XA, SXD_PHONG, take } from '../lib/names';
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
import type { TruthLine, TruthUnit } from '../lib/truth';
import { writerFor, type Habits } from '../lib/writers';
import { CCHC_WORDS } from './kien-giang-sxd';
import { PB_WORDS } from './phung-hiep-phong-ban';
import { XA_WORDS } from './phung-hiep-xa';

const XA_PLAN = 'phung-hiep-2023-xa';
const PB_PLAN = 'phung-hiep-2023-phong-ban';
const CCHC_PLAN = 'kien-giang-sxd-609-cchc';
const XA_CRITERIA = Object.keys(XA_WORDS).filter((id) => id.startsWith('tc'));
const PB_CRITERIA = Object.keys(PB_WORDS).filter((id) => id.startsWith('tc'));
const FACTS = ['lateDossiersMaxInMonth', 'reportDelayMaxDays'];
const num = (id: string) => Number(id.slice(2));

function kindOf(plan: Plan, id: string): string | undefined {
  return plan.criteria.find((c) => c.id === id)?.scoring.kind;
}

/** The district's signature under a table. */
function sign(ws: ExcelJS.Worksheet, row: number, width: number, who: string): void {
  signature(ws, row, {
    place: 'Phụng Hiệp, ngày 12 tháng 01 năm 2024',
    left: ['NGƯỜI LẬP BIỂU', '', '', 'Nguyễn Thị Bích Trâm'],
    right: ['TRƯỞNG PHÒNG', '', '', who],
    width,
  });
}

const DISTRICT = ['UBND HUYỆN PHỤNG HIỆP', 'PHÒNG VĂN HÓA VÀ THÔNG TIN'];

/** A units-in-rows table under the district's header; returns the row after it. */
function districtTable(
  ws: ExcelJS.Worksheet,
  o: { sheet: string; cols: Col[]; units: TruthUnit[]; titles: string[]; lines: TruthLine[] },
): number {
  const top = officeHeader(ws, { agency: DISTRICT, titles: o.titles, width: o.cols.length });
  const t = rowTable(ws, { sheet: o.sheet, top, cols: o.cols, numbering: 'none', units: o.units });
  o.lines.push(...t.lines);
  return t.end;
}

/** One unit's row, written as `rowTable` writes it. */
function unitRow(ws: ExcelJS.Worksheet, r: number, cols: Col[], u: TruthUnit, i: number, stt: number): void {
  cols.forEach((c, j) => {
    if (c.role === 'stt') put(ws, r, 1 + j, { value: stt });
    else if (c.role === 'name') put(ws, r, 1 + j, { value: u.name });
    else put(ws, r, 1 + j, c.cell?.(u, i + j, i) ?? { value: null });
  });
}

const widths = (ws: ExcelJS.Worksheet, cols: Col[]) =>
  cols.forEach((c, j) => (ws.getColumn(1 + j).width = c.width ?? (c.role === 'name' ? 30 : 13)));

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, phòng ban: every yes/no criterion typed "Đạt" / "Không đạt", rates typed with a decimal point.

const datKhongDat: Write = (m) => (m === undefined ? { value: null } : { value: m ? 'Đạt' : 'Không đạt' });

const passFail: CorpusSpec = {
  name: 'ph-pb-26-dat-khong-dat-cho-co-khong',
  plan: PB_PLAN,
  description:
    'Mọi tiêu chí có/không ghi “Đạt” hoặc “Không đạt” (không phải “Có/Không”); tỷ lệ gõ chữ có dấu chấm thập phân “80.5%”; tiêu đề hai dòng theo nhóm.',
  shapes: ['national-header', 'grouped-2-rows', 'pass-fail-for-yes-no', 'rate-text-dot-decimal', 'signature'],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Danh gia';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, {
      block: 'phong-ban',
      sheet,
      names: take(PHUNG_HIEP_PHONG, 10, 3),
      ids: [...PB_CRITERIA, ...FACTS],
    });
    const dotRate: Write = (m) => (typeof m === 'number' ? { value: `${m}%` } : { value: null });
    const cols: Col[] = [
      sttCol(),
      nameCol('Cơ quan, đơn vị'),
      ...PB_CRITERIA.map((id) => {
        const kind = kindOf(plan, id);
        const write = kind === 'yesNo' ? datKhongDat : kind === 'rate' ? dotRate : writerFor(plan, id);
        return valueCol([`Tiêu chí ${num(id)}`, PB_WORDS[id][0]], id, write);
      }),
      ...FACTS.map((id) => valueCol([PB_WORDS[id][0]], id, writerFor(plan, id))),
    ];
    const end = districtTable(ws, {
      sheet,
      cols,
      units,
      lines,
      titles: ['KẾT QUẢ ĐÁNH GIÁ CHUYỂN ĐỔI SỐ CÁC CƠ QUAN CHUYÊN MÔN NĂM 2023'],
    });
    sign(ws, end + 1, cols.length, 'Đặng Minh Luân');
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, xã: exported from a reporting system set to English: rates "80.5%", counts of dossiers "1,250" (a
// thousands comma). "1,250" read the Vietnamese way is 1,25: which one is a guess, so it is held.

const englishExport: CorpusSpec = {
  name: 'ph-xa-37-xuat-tieng-anh-nghin-dau-phay',
  plan: XA_PLAN,
  description:
    'Tệp xuất từ hệ thống cài tiếng Anh: tỷ lệ “80.5%”, số hồ sơ nộp trực tuyến “1,250” (dấu phẩy ngăn hàng nghìn kiểu Anh), các ô khác là số. “1,250” đọc kiểu Việt là 1,25: không được đoán, phải giữ lại.',
  shapes: [
    'national-header',
    'single-header-row',
    'english-locale-text',
    'thousands-comma-text',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Export';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, {
      block: 'xa',
      sheet,
      names: take(PHUNG_HIEP_XA, 9, 3),
      ids: [...XA_CRITERIA, ...FACTS],
    });
    units.forEach((u, i) => {
      if (typeof u.values.tc13 === 'number') u.values.tc13 = 1000 + 37 * i + (u.values.tc13 as number);
    });
    const enRate: Write = (m) => (typeof m === 'number' ? { value: `${m}%` } : writerFor(plan, 'tc01')(m, 0));
    const thousands: Write = (m) =>
      typeof m === 'number' ? { value: String(m).replace(/\B(?=(\d{3})+(?!\d))/g, ',') } : { value: null };
    const cols: Col[] = [
      sttCol('No.'),
      nameCol('Xã, thị trấn'),
      ...XA_CRITERIA.map((id) => {
        const kind = kindOf(plan, id);
        const write = id === 'tc13' ? thousands : kind === 'rate' ? enRate : writerFor(plan, id);
        return valueCol([`TC${num(id)}. ${XA_WORDS[id][0]}`], id, write);
      }),
      ...FACTS.map((id) => valueCol([XA_WORDS[id][0]], id, writerFor(plan, id))),
    ];
    const end = districtTable(ws, {
      sheet,
      cols,
      units,
      lines,
      titles: ['SỐ LIỆU CHUYỂN ĐỔI SỐ CẤP XÃ NĂM 2023 (XUẤT TỪ HỆ THỐNG)'],
    });
    sign(ws, end + 1, cols.length, 'Lê Hoàng Nam');
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, xã: the communes grouped by emulation cluster ("Cụm thi đua số 1 …") with a "Cộng cụm" line of sums
// after each cluster; the plan has one block, the clusters are no blocks.

const CLUSTERS = ['Cụm thi đua số 1 (các thị trấn)', 'Cụm thi đua số 2', 'Cụm thi đua số 3'];

const clusters: CorpusSpec = {
  name: 'ph-xa-38-cum-thi-dua-dong-cong-cum',
  plan: XA_PLAN,
  description:
    'Các xã xếp theo cụm thi đua: dòng “Cụm thi đua số 1 (các thị trấn)”, “Cụm thi đua số 2”… trên các xã của cụm, sau mỗi cụm một dòng “Cộng cụm 1” (cộng các cột số lượng); cuối bảng “Toàn huyện”. Kế hoạch chỉ có một khối: cụm không phải khối.',
  shapes: ['national-header', 'grouped-2-rows', 'cluster-headings', 'subtotal-per-cluster', 'signature'],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Theo cum';
    const ws = wb.addWorksheet(sheet);
    const names = take(PHUNG_HIEP_XA, 12, 0);
    const units = makeUnits(plan, rng, { block: 'xa', sheet, names, ids: [...XA_CRITERIA, ...FACTS] });
    const habits: Habits = { rate: 'space', yesNo: 'x' };
    const cols: Col[] = [
      sttCol(),
      nameCol('Đơn vị'),
      ...XA_CRITERIA.map((id) =>
        valueCol([`(${num(id)})`, XA_WORDS[id][0]], id, writerFor(plan, id, habits)),
      ),
      ...FACTS.map((id) => valueCol([XA_WORDS[id][0]], id, writerFor(plan, id))),
    ];
    const top = officeHeader(ws, {
      agency: DISTRICT,
      titles: ['TỔNG HỢP KẾT QUẢ CHUYỂN ĐỔI SỐ THEO CỤM THI ĐUA NĂM 2023'],
      width: cols.length,
    });
    let r = writeHeader(ws, top, 1, cols, 'none');
    const countCols = cols
      .map((c, j) => ({ c, j }))
      .filter(({ c }) => c.target === 'tc13' || c.target === 'tc18' || c.target === 'tc22');
    const groups = [units.slice(0, 3), units.slice(3, 8), units.slice(8)];
    let stt = 0;
    groups.forEach((g, k) => {
      ws.getCell(r, 2).value = CLUSTERS[k];
      ws.getRow(r).font = { bold: true, italic: true };
      r++;
      const first = r;
      g.forEach((u) => unitRow(ws, r++, cols, u, stt++, stt));
      put(ws, r, 2, { value: `Cộng cụm ${k + 1}` });
      for (const { c, j } of countCols) {
        const sum = g.reduce((s, u) => s + ((u.values[c.target ?? ''] as number) ?? 0), 0);
        const L = columnLetter(1 + j);
        ws.getCell(r, 1 + j).value = { formula: `SUM(${L}${first}:${L}${r - 1})`, result: sum };
      }
      ws.getRow(r).font = { bold: true };
      r++;
    });
    put(ws, r, 2, { value: 'Toàn huyện' });
    ws.getRow(r).font = { bold: true };
    r++;
    widths(ws, cols);
    lines.push(...columnLines(sheet, 1, cols));
    sign(ws, r + 1, cols.length, 'Lê Hoàng Nam');
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, phòng ban: under every criterion "Số liệu | Điểm chuẩn | Điểm tự chấm | Điểm thẩm định | Ghi chú";
// the figure is the one input, the notes hold numbers ("thiếu 2 HS").

const NOTES = ['', 'thiếu 2 HS minh chứng', '', 'BC số 15/BC-VP', '', '3 tin chưa duyệt', ''];

const fiveUnder: CorpusSpec = {
  name: 'ph-pb-27-so-lieu-diem-chuan-tu-cham-tham-dinh-ghi-chu',
  plan: PB_PLAN,
  description:
    'Dưới mỗi tiêu chí năm cột: “Số liệu | Điểm chuẩn | Điểm tự chấm | Điểm thẩm định | Ghi chú”; điểm chuẩn là số điểm tối đa, điểm tự chấm và thẩm định là điểm, ghi chú có cả số (“thiếu 2 HS minh chứng”, “BC số 15/BC-VP”). Chỉ cột số liệu là đầu vào.',
  shapes: [
    'national-header',
    'grouped-2-rows',
    'figure-standard-self-appraised-notes',
    'notes-column-with-numbers',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines, score }) {
    const sheet = 'Tham dinh';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, {
      block: 'phong-ban',
      sheet,
      names: take(PHUNG_HIEP_PHONG, 8, 5),
      ids: [...PB_CRITERIA, ...FACTS],
    });
    const results = score(units);
    const max = new Map(plan.criteria.map((c) => [c.id, c.maxPoints]));
    const habits: Habits = { rate: 'text', yesNo: 'co' };
    const pts = (u: TruthUnit, id: string) => Math.round((results.get(u.id)?.points[id] ?? 0) * 100) / 100;
    const cols: Col[] = [sttCol(), nameCol('Tên cơ quan')];
    PB_CRITERIA.forEach((id, k) => {
      const head = `TC${num(id)}. ${PB_WORDS[id][0]}`;
      cols.push(
        valueCol([head, 'Số liệu'], id, writerFor(plan, id, habits)),
        otherCol([head, 'Điểm chuẩn'], () => ({ value: max.get(id) ?? 0 }), 7),
        otherCol(
          [head, 'Điểm tự chấm'],
          (u) => ({ value: Math.min(max.get(id) ?? 0, pts(u, id) + (k % 3 ? 0 : 1)) }),
          7,
        ),
        otherCol([head, 'Điểm thẩm định'], (u) => ({ value: pts(u, id) }), 7),
        otherCol([head, 'Ghi chú'], (_u, v) => ({ value: NOTES[v % NOTES.length] || null }), 12),
      );
    });
    cols.push(...FACTS.map((id) => valueCol([PB_WORDS[id][0]], id, writerFor(plan, id))));
    const end = districtTable(ws, {
      sheet,
      cols,
      units,
      lines,
      titles: ['BẢNG THẨM ĐỊNH KẾT QUẢ CHUYỂN ĐỔI SỐ CÁC CƠ QUAN NĂM 2023'],
    });
    sign(ws, end + 1, cols.length, 'Đặng Minh Luân');
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, xã: a header in Vietnamese with its English line under it (a workbook shared with a project), the
// communes named in full ("Ủy ban nhân dân xã Tân Bình").

const EN: Record<string, string> = {
  tc01: 'DT steering documents issued',
  tc02: 'Reports on time',
  tc03: 'Annual DT plan report',
  tc04: 'Officials trained in DT (%)',
  tc05: 'Citizens trained in digital skills (%)',
  tc06: 'Households with mobile money (%)',
  tc07: 'Online services with applications (%)',
  tc08: 'Applications processed online (target 80%)',
  tc09: 'Outgoing documents digitally signed (%)',
  tc10: 'Digital certificates managed properly',
  tc11: 'Reports via the government reporting system',
  tc12: 'Officials with online service accounts (100%)',
  tc13: 'Applications submitted online',
  tc14: 'Fees paid online (target 50%)',
  tc15: 'Records digitised',
  tc16: 'Zalo OA channel',
  tc17: 'Businesses with QR payment (%)',
  tc18: 'Products on e-commerce platforms',
  tc19: 'Officials using official e-mail (100%)',
  tc20: 'Satisfaction with administrative procedures (target 98%)',
  tc21: 'Weekly DT radio bulletin',
  tc22: 'DT news items on the district portal',
  tc23: 'Feedback answered on time (%)',
  tc24: 'New DT model or initiative',
  lateDossiersMaxInMonth: 'Late online applications (worst month)',
  reportDelayMaxDays: 'Days of report delay',
};

const bilingualHeader: CorpusSpec = {
  name: 'ph-xa-39-tieu-de-viet-anh-ten-day-du',
  plan: XA_PLAN,
  description:
    'Bảng dùng chung với dự án: dòng tiêu đề tiếng Việt, ngay dưới là dòng tiếng Anh của từng cột (“Officials trained in DT (%)”); tên xã ghi đầy đủ “Ủy ban nhân dân xã Tân Bình”, không có mã đơn vị.',
  shapes: ['national-header', 'two-header-rows-two-languages', 'unit-names-in-full', 'signature'],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Song ngu';
    const ws = wb.addWorksheet(sheet);
    const names = take(PHUNG_HIEP_XA, 10, 3);
    const units = makeUnits(plan, rng, { block: 'xa', sheet, names, ids: [...XA_CRITERIA, ...FACTS] });
    const full = (n: string) =>
      n.startsWith('Xã ') ? `Ủy ban nhân dân xã ${n.slice(3)}` : `Ủy ban nhân dân thị trấn ${n.slice(9)}`;
    for (const u of units) u.aliases = [full(u.name)];
    const habits: Habits = { rate: 'fmt', yesNo: 'co' };
    const cols: Col[] = [
      { ...sttCol(), head: ['STT', 'No.'] },
      { ...nameCol(), head: ['Tên đơn vị', 'Unit'] },
      ...[...XA_CRITERIA, ...FACTS].map((id) =>
        valueCol([XA_WORDS[id][0], EN[id]], id, writerFor(plan, id, habits)),
      ),
    ];
    const top = officeHeader(ws, {
      agency: DISTRICT,
      titles: ['KẾT QUẢ CHUYỂN ĐỔI SỐ CẤP XÃ NĂM 2023', 'Commune digital transformation results, 2023'],
      width: cols.length,
    });
    // two plain lines, no merge: each column has its Vietnamese title and its English one under it
    cols.forEach((c, j) => {
      put(ws, top, 1 + j, { value: c.head[0] });
      put(ws, top + 1, 1 + j, { value: c.head[1] });
      ws.getCell(top, 1 + j).font = { bold: true };
      ws.getCell(top + 1, 1 + j).font = { italic: true };
    });
    let r = top + 2;
    units.forEach((u, i) => unitRow(ws, r++, cols, { ...u, name: full(u.name) }, i, i + 1));
    widths(ws, cols);
    lines.push(...columnLines(sheet, 1, cols));
    sign(ws, r + 1, cols.length, 'Lê Hoàng Nam');
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, phòng ban: the sheet protected (no password), helper columns of formulas hidden between the criteria,
// and the row of an office merged into another hidden.

const protectedHidden: CorpusSpec = {
  name: 'ph-pb-28-sheet-khoa-cot-phu-an-dong-an',
  plan: PB_PLAN,
  description:
    'Sheet bị khóa (Protect Sheet, không mật khẩu); sau mỗi cột tỷ lệ có một cột phụ “Số HS đạt” bị ẩn; dòng của một phòng đã sáp nhập bị ẩn giữa bảng.',
  shapes: [
    'national-header',
    'grouped-2-rows',
    'protected-sheet',
    'hidden-column',
    'hidden-row',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Bang khoa';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, {
      block: 'phong-ban',
      sheet,
      names: take(PHUNG_HIEP_PHONG, 11, 0),
      ids: [...PB_CRITERIA, ...FACTS],
    });
    const habits: Habits = { rate: 'fmt', yesNo: 'co' };
    const cols: Col[] = [sttCol(), nameCol('Cơ quan')];
    const hidden: number[] = [];
    for (const id of PB_CRITERIA) {
      cols.push(valueCol([`TC ${num(id)}`, PB_WORDS[id][0]], id, writerFor(plan, id, habits)));
      if (kindOf(plan, id) === 'rate') {
        cols.push(otherCol([`TC ${num(id)}`, 'Số HS đạt'], (_u, v) => ({ value: 10 + (v % 17) })));
        hidden.push(cols.length);
      }
    }
    cols.push(...FACTS.map((id) => valueCol([PB_WORDS[id][0]], id, writerFor(plan, id))));
    const top = officeHeader(ws, {
      agency: DISTRICT,
      titles: ['TỔNG HỢP CHUYỂN ĐỔI SỐ CÁC PHÒNG, BAN NĂM 2023 (BẢN CHỐT)'],
      width: cols.length,
    });
    const t = rowTable(ws, {
      sheet,
      top,
      cols,
      numbering: 'none',
      units,
      hidden: { after: 4, name: 'Phòng Quản lý đô thị (đã sáp nhập)' },
    });
    lines.push(...t.lines);
    for (const c of hidden) ws.getColumn(c).hidden = true;
    (ws as unknown as { sheetProtection: object }).sheetProtection = {
      sheet: true,
      objects: true,
      scenarios: true,
    };
    sign(ws, t.end + 1, cols.length, 'Đặng Minh Luân');
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Sở Xây dựng Kiên Giang: the registration date typed as its quarter or its month ("Quý I/2022", "tháng 3/2022")
// for some divisions. Against a deadline of 30/3/2022 no day is known: held, never read as the 1st.

const quarterDate: Write = (m, row) => {
  if (typeof m !== 'string') return { value: null };
  const [y, mo, d] = m.split('-').map(Number);
  const forms = [
    `${d}/${mo}/${y}`,
    `Quý I/${y}`,
    `tháng ${mo}/${y}`,
    `${String(d).padStart(2, '0')}/0${mo}/${y}`,
  ];
  return { value: forms[row % forms.length] };
};

const CCHC_YEARS = [2021, 2022, 2023, 2024, 2025];

const datesAsPeriods: CorpusSpec = {
  name: 'sxd-609-07-ngay-dang-ky-ghi-quy-thang',
  plan: CCHC_PLAN,
  description:
    'Ngày đăng ký thi đua của một số phòng ghi theo quý hoặc tháng: “Quý I/2022”, “tháng 3/2022” (các phòng khác ghi đủ ngày). Hạn đăng ký 30/3/2022: không biết ngày nào thì không được đoán (không phải ngày 1), phải giữ lại.',
  shapes: [
    'national-header',
    'per-year-columns',
    'grouped-2-rows',
    'dates-as-quarter-or-month',
    'block-from-title',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Dang ky CCHC';
    const ws = wb.addWorksheet(sheet);
    const perYear = ['cchc', 'tyLeHoanThanhTot', 'soNguoiBiKyLuat'];
    const single = ['ngayDangKy', 'guongMau', 'coQuanThamMuu'];
    const ids = [...single, ...perYear.flatMap((id) => CCHC_YEARS.map((y) => `${id}_${y}`))];
    const units = makeUnits(plan, rng, { block: 'tap-the', sheet, names: take(SXD_PHONG, 8, 0), ids });
    const habits: Habits = { yesNo: 'co', spelling: { 'xuất sắc': 'Xuất sắc', tốt: 'Tốt', khá: 'Khá' } };
    const cols: Col[] = [
      sttCol('TT'),
      nameCol('Tên phòng, đơn vị'),
      valueCol([CCHC_WORDS.ngayDangKy], 'ngayDangKy', quarterDate),
      valueCol([CCHC_WORDS.guongMau], 'guongMau', writerFor(plan, 'guongMau', habits)),
      valueCol([CCHC_WORDS.coQuanThamMuu], 'coQuanThamMuu', writerFor(plan, 'coQuanThamMuu', habits)),
      ...perYear.flatMap((id) =>
        CCHC_YEARS.map((y) =>
          valueCol([CCHC_WORDS[id], String(y)], `${id}_${y}`, writerFor(plan, `${id}_${y}`, habits)),
        ),
      ),
    ];
    const top = officeHeader(ws, {
      agency: ['UBND TỈNH KIÊN GIANG', 'SỞ XÂY DỰNG'],
      titles: [
        'DANH SÁCH TẬP THỂ ĐĂNG KÝ THI ĐUA CẢI CÁCH HÀNH CHÍNH 2021–2025',
        'Tập thể các phòng, đơn vị thuộc Sở',
      ],
      width: cols.length,
    });
    const t = rowTable(ws, { sheet, top, cols, numbering: 'none', units });
    lines.push(...t.lines);
    signature(ws, t.end + 1, {
      place: 'Rạch Giá, ngày 20 tháng 01 năm 2026',
      left: ['NGƯỜI LẬP', '', '', 'Trần Kim Vy'],
      right: ['GIÁM ĐỐC', '', '', 'Bùi Văn Cường'],
      width: cols.length,
    });
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, xã: the office's own total, a deduction column of negative points ("Điểm trừ", "-2", "-1,5") and a
// notes column full of figures ("Trừ 2 điểm: chậm BC 3 ngày"). None of them is an input.

const deductions: CorpusSpec = {
  name: 'ph-xa-40-diem-tru-am-ghi-chu-co-so',
  plan: XA_PLAN,
  description:
    'Sau các tiêu chí: cột “Tổng điểm”, cột “Điểm trừ (theo CV 15/UBND)” ghi số âm (“-2”, “-1,5”), cột “Ghi chú” ghi “Trừ 2 điểm: chậm BC 3 ngày”, “2 HS trễ hạn tháng 5”. Không cột nào trong ba cột đó là số liệu.',
  shapes: [
    'national-header',
    'grouped-2-rows',
    'negative-deduction-column',
    'notes-column-with-numbers',
    'office-total',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines, score }) {
    const sheet = 'Tong hop';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, {
      block: 'xa',
      sheet,
      names: take(PHUNG_HIEP_XA, 10, 5),
      ids: [...XA_CRITERIA, ...FACTS],
    });
    const results = score(units);
    const habits: Habits = { rate: 'text', yesNo: 'co' };
    const groups: [string, string[]][] = [
      ['I. Chính quyền số', XA_CRITERIA.slice(0, 12)],
      ['II. Kinh tế số', XA_CRITERIA.slice(12, 18)],
      ['III. Xã hội số', XA_CRITERIA.slice(18)],
    ];
    const ded = (i: number) => [0, -2, 0, -1.5, 0, 0, -3][i % 7];
    const note = (i: number) =>
      [
        '',
        'Trừ 2 điểm: chậm BC 3 ngày',
        '',
        'Trừ 1,5 điểm: 2 HS trễ hạn tháng 5',
        '',
        '',
        'Trừ 3 điểm: 4 HS trễ hạn',
      ][i % 7];
    const cols: Col[] = [
      sttCol(),
      nameCol('Xã, thị trấn'),
      ...groups.flatMap(([g, ids]) =>
        ids.map((id) => valueCol([g, XA_WORDS[id][0]], id, writerFor(plan, id, habits))),
      ),
      ...FACTS.map((id) => valueCol([XA_WORDS[id][0]], id, writerFor(plan, id))),
      otherCol(['Tổng điểm'], (u) => ({ value: Math.round((results.get(u.id)?.total ?? 0) * 100) / 100 })),
      otherCol(['Điểm trừ (theo CV 15/UBND)'], (_u, _v, i) => ({ value: ded(i) || null })),
      otherCol(['Ghi chú'], (_u, _v, i) => ({ value: note(i) || null }), 30),
    ];
    const end = districtTable(ws, {
      sheet,
      cols,
      units,
      lines,
      titles: ['BẢNG TỔNG HỢP ĐIỂM CHUYỂN ĐỔI SỐ CẤP XÃ NĂM 2023'],
    });
    sign(ws, end + 1, cols.length, 'Lê Hoàng Nam');
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, phòng ban: the sign-off right under the last office, no blank line and no date: "Người lập biểu" and
// "Thủ trưởng đơn vị" on the next row, then "Nơi nhận:" and its bulleted lines in the name column.

const signOffUnder: CorpusSpec = {
  name: 'ph-pb-29-ky-ten-noi-nhan-sat-bang',
  plan: PB_PLAN,
  description:
    'Ngay dưới dòng cơ quan cuối cùng (không dòng trống, không dòng ngày tháng): “Người lập biểu” ở cột tên, “Thủ trưởng đơn vị” bên phải; dưới nữa “Nơi nhận:”, “- UBND huyện (b/c);”, “- Các phòng, ban;”, “- Lưu: VT.” ở cột tên.',
  shapes: [
    'national-header',
    'grouped-2-rows',
    'sign-off-right-under-table',
    'recipients-block',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Bao cao';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, {
      block: 'phong-ban',
      sheet,
      names: take(PHUNG_HIEP_PHONG, 9, 6),
      ids: [...PB_CRITERIA, ...FACTS],
    });
    const habits: Habits = { rate: 'space', yesNo: 'co' };
    const cols: Col[] = [
      sttCol(),
      nameCol('Cơ quan, đơn vị'),
      ...PB_CRITERIA.map((id) => valueCol([`${num(id)}.`, PB_WORDS[id][0]], id, writerFor(plan, id, habits))),
      ...FACTS.map((id) => valueCol([PB_WORDS[id][0]], id, writerFor(plan, id))),
    ];
    let r = districtTable(ws, {
      sheet,
      cols,
      units,
      lines,
      titles: ['BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ CÁC PHÒNG, BAN NĂM 2023'],
    });
    ws.getCell(r, 2).value = 'Người lập biểu';
    ws.getCell(r, cols.length - 4).value = 'Thủ trưởng đơn vị';
    ws.getRow(r).font = { bold: true };
    ws.getCell(r + 1, 2).value = '(Ký, ghi rõ họ tên)';
    ws.getCell(r + 1, cols.length - 4).value = '(Ký tên, đóng dấu)';
    r += 4;
    ws.getCell(r, 2).value = 'Nguyễn Thị Bích Trâm';
    ws.getCell(r, cols.length - 4).value = 'Đặng Minh Luân';
    r += 2;
    for (const t of ['Nơi nhận:', '- UBND huyện (b/c);', '- Các phòng, ban;', '- Lưu: VT.'])
      ws.getCell(r++, 2).value = t;
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, xã: for some communes one "Có" merged across the three yes/no criteria that stand side by side
// (văn bản chỉ đạo, báo cáo, báo cáo năm): each criterion has it.

const mergedAcross: CorpusSpec = {
  name: 'ph-xa-41-o-co-gop-ngang-ba-tieu-chi',
  plan: XA_PLAN,
  description:
    'Ba tiêu chí có/không đứng liền nhau (TC1–TC3); ở các xã có đủ cả ba, văn phòng gộp ba ô thành một ô “Có” theo chiều ngang.',
  shapes: ['national-header', 'grouped-2-rows', 'value-merged-across-criteria', 'signature'],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Gop o';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, {
      block: 'xa',
      sheet,
      names: take(PHUNG_HIEP_XA, 9, 1),
      ids: [...XA_CRITERIA, ...FACTS],
    });
    for (const u of units.filter((_, i) => i % 3 === 0))
      for (const id of ['tc01', 'tc02', 'tc03']) u.values[id] = true;
    const habits: Habits = { rate: 'text', yesNo: 'co' };
    const cols: Col[] = [
      sttCol(),
      nameCol('Xã, thị trấn'),
      ...XA_CRITERIA.map((id) =>
        valueCol([`TC ${num(id)}`, XA_WORDS[id][0]], id, writerFor(plan, id, habits)),
      ),
      ...FACTS.map((id) => valueCol([XA_WORDS[id][0]], id, writerFor(plan, id))),
    ];
    const end = districtTable(ws, {
      sheet,
      cols,
      units,
      lines,
      titles: ['KẾT QUẢ CHUYỂN ĐỔI SỐ CẤP XÃ NĂM 2023'],
    });
    const first = end - units.length;
    units.forEach((u, i) => {
      if (!['tc01', 'tc02', 'tc03'].every((id) => u.values[id] === true)) return;
      ws.mergeCells(first + i, 3, first + i, 5);
      ws.getCell(first + i, 3).value = 'Có';
      ws.getCell(first + i, 3).alignment = { horizontal: 'center' };
    });
    sign(ws, end + 1, cols.length, 'Lê Hoàng Nam');
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, xã: a merged period line under the title, the communes named in full with no STT column.

const periodLine: CorpusSpec = {
  name: 'ph-xa-42-dong-ky-bao-cao-gop-khong-stt',
  plan: XA_PLAN,
  description:
    'Dưới tiêu đề một dòng gộp “Kỳ báo cáo: từ ngày 01/01/2023 đến ngày 15/12/2023 (số liệu ước đến 31/12/2023 theo CV số 210/UBND)”; bảng không có cột STT, tên xã ghi đầy đủ “UBND xã …”, “UBND thị trấn …”.',
  shapes: [
    'national-header',
    'period-line-under-title',
    'no-stt-column',
    'ubnd-prefix',
    'grouped-2-rows',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Ky bao cao';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, {
      block: 'xa',
      sheet,
      names: take(PHUNG_HIEP_XA, 11, 4),
      ids: [...XA_CRITERIA, ...FACTS],
    });
    const ubnd = (n: string) =>
      n.startsWith('Xã ') ? `UBND xã ${n.slice(3)}` : `UBND thị trấn ${n.slice(9)}`;
    for (const u of units) u.aliases = [ubnd(u.name)];
    const habits: Habits = { rate: 'space', yesNo: 'co' };
    const groups: [string, string[]][] = [
      ['Chính quyền số', XA_CRITERIA.slice(0, 12)],
      ['Kinh tế số', XA_CRITERIA.slice(12, 18)],
      ['Xã hội số', XA_CRITERIA.slice(18)],
    ];
    const cols: Col[] = [
      nameCol('Đơn vị'),
      ...groups.flatMap(([g, ids]) =>
        ids.map((id) => valueCol([g, XA_WORDS[id][0]], id, writerFor(plan, id, habits))),
      ),
      ...FACTS.map((id) => valueCol([XA_WORDS[id][0]], id, writerFor(plan, id))),
    ];
    const shown = units.map((u) => ({ ...u, name: ubnd(u.name) }));
    const end = districtTable(ws, {
      sheet,
      cols,
      units: shown,
      lines,
      titles: [
        'BÁO CÁO KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ CẤP XÃ NĂM 2023',
        'Kỳ báo cáo: từ ngày 01/01/2023 đến ngày 15/12/2023 (số liệu ước đến 31/12/2023 theo CV số 210/UBND)',
      ],
    });
    sign(ws, end + 1, cols.length, 'Lê Hoàng Nam');
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, phòng ban: points typed in the figure's own cells for the yes/no criteria ("5 điểm", "0 điểm"): the
// office scored them itself. Points are no "Có/Không": held, naming each cell.

const pointsInFigure: CorpusSpec = {
  name: 'ph-pb-30-diem-go-trong-o-co-khong',
  plan: PB_PLAN,
  description:
    'Ở các tiêu chí có/không văn phòng ghi luôn điểm vào ô số liệu: “10 điểm”, “5 điểm” nếu có, “0 điểm” nếu không; các tiêu chí khác ghi số liệu bình thường. Điểm không phải “Có/Không”: không được đoán, phải giữ lại.',
  shapes: ['national-header', 'grouped-2-rows', 'points-typed-in-figure-cells', 'signature'],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Diem';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, {
      block: 'phong-ban',
      sheet,
      names: take(PHUNG_HIEP_PHONG, 8, 2),
      ids: [...PB_CRITERIA, ...FACTS],
    });
    const max = new Map(plan.criteria.map((c) => [c.id, c.maxPoints]));
    const habits: Habits = { rate: 'text' };
    const cols: Col[] = [
      sttCol(),
      nameCol('Cơ quan'),
      ...PB_CRITERIA.map((id) => {
        const write: Write =
          kindOf(plan, id) === 'yesNo'
            ? (m) => (m === undefined ? { value: null } : { value: `${m ? (max.get(id) ?? 0) : 0} điểm` })
            : writerFor(plan, id, habits);
        return valueCol([`TC${num(id)}`, PB_WORDS[id][0]], id, write);
      }),
      ...FACTS.map((id) => valueCol([PB_WORDS[id][0]], id, writerFor(plan, id))),
    ];
    const end = districtTable(ws, {
      sheet,
      cols,
      units,
      lines,
      titles: ['KẾT QUẢ TỰ ĐÁNH GIÁ CHUYỂN ĐỔI SỐ CÁC PHÒNG, BAN NĂM 2023'],
    });
    sign(ws, end + 1, cols.length, 'Đặng Minh Luân');
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, xã: under the communes, the office's statistics lines: "Trung bình chung", "Số xã đạt", "Tỷ lệ xã
// đạt (%)", "Cao nhất", "Thấp nhất" — no communes.

const statsRows: CorpusSpec = {
  name: 'ph-xa-43-dong-trung-binh-so-xa-dat-cao-thap',
  plan: XA_PLAN,
  description:
    'Dưới các xã năm dòng thống kê của phòng: “Trung bình chung”, “Số xã đạt”, “Tỷ lệ xã đạt (%)”, “Cao nhất”, “Thấp nhất” (có số ở các cột tỷ lệ và số lượng); không phải đơn vị.',
  shapes: ['national-header', 'grouped-2-rows', 'statistics-rows-under-table', 'signature'],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Thong ke';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, {
      block: 'xa',
      sheet,
      names: take(PHUNG_HIEP_XA, 10, 0),
      ids: [...XA_CRITERIA, ...FACTS],
    });
    const habits: Habits = { rate: 'plain', yesNo: 'co' };
    const cols: Col[] = [
      sttCol(),
      nameCol('Tên đơn vị'),
      ...XA_CRITERIA.map((id) =>
        valueCol([`TC${num(id)}`, XA_WORDS[id][0]], id, writerFor(plan, id, habits)),
      ),
      ...FACTS.map((id) => valueCol([XA_WORDS[id][0]], id, writerFor(plan, id))),
    ];
    let r = districtTable(ws, {
      sheet,
      cols,
      units,
      lines,
      titles: ['TỔNG HỢP SỐ LIỆU CHUYỂN ĐỔI SỐ CẤP XÃ NĂM 2023'],
    });
    const numbers = (id: string) =>
      units.map((u) => u.values[id] ?? u.facts[id]).filter((v): v is number => typeof v === 'number');
    const stats: [string, (id: string) => number | string | null][] = [
      [
        'Trung bình chung',
        (id) => {
          const n = numbers(id);
          return n.length ? Math.round((n.reduce((a, b) => a + b, 0) / n.length) * 10) / 10 : null;
        },
      ],
      ['Số xã đạt', (id) => units.filter((u) => u.values[id] === true).length || null],
      [
        'Tỷ lệ xã đạt (%)',
        (id) => {
          const k = units.filter((u) => u.values[id] === true).length;
          return k ? Math.round((k / units.length) * 1000) / 10 : null;
        },
      ],
      [
        'Cao nhất',
        (id) => {
          const n = numbers(id);
          return n.length ? Math.max(...n) : null;
        },
      ],
      [
        'Thấp nhất',
        (id) => {
          const n = numbers(id);
          return n.length ? Math.min(...n) : null;
        },
      ],
    ];
    for (const [label, f] of stats) {
      cols.forEach((c, j) => {
        if (c.role === 'name') put(ws, r, 1 + j, { value: label });
        else if (c.role !== 'stt' && c.target) put(ws, r, 1 + j, { value: f(c.target) as Cell['value'] });
        else put(ws, r, 1 + j, { value: null });
      });
      ws.getRow(r).font = { italic: true };
      r++;
    }
    sign(ws, r + 1, cols.length, 'Lê Hoàng Nam');
    return { units, dataSheets: [sheet] };
  },
};

export const OFFICE_LAYOUTS_8_SPECS: CorpusSpec[] = [
  passFail,
  englishExport,
  clusters,
  fiveUnder,
  bilingualHeader,
  protectedHidden,
  datesAsPeriods,
  deductions,
  signOffUnder,
  mergedAcross,
  periodLine,
  pointsInFigure,
  statsRows,
];
