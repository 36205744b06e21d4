/**
 * A fifth round of the offices' own layouts: blocks as Roman-numeral sections beside a "Khối" column that says
 * otherwise, sections of one block with their own "Cộng I" rows in the middle, a unit typed twice with other
 * figures, columns titled only "TC1 … TC24" with a legend sheet, one rate typed four ways, yes/no typed six ways,
 * last year beside this year, a hidden helper column of formulas under a filter, unit names with their list
 * number, the office's own points beside the figures, individuals under their collective's heading row, a notes
 * column holding numbers, and dates typed and pasted side by side.
 */
import type ExcelJS from 'exceljs';
import type { Plan } from '@thidua/core';
import { yesNo, type Cell, type Write } from '../lib/cells';
import { idsFor, makeUnits } from '../lib/meaning';
import {
  KIEN_GIANG_HUYEN,
  KIEN_GIANG_SO,
  PHUNG_HIEP_PHONG,
  PHUNG_HIEP_XA,
  SXD_PHONG,
  personNames,
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
import { KG_SPELLING, KG_WORDS } from './kien-giang-243';
import { CCHC_WORDS, SXD_WORDS } from './kien-giang-sxd';
import { PB_WORDS } from './phung-hiep-phong-ban';
import { XA_WORDS } from './phung-hiep-xa';

const XA_PLAN = 'phung-hiep-2023-xa';
const PB_PLAN = 'phung-hiep-2023-phong-ban';
const XA_CRITERIA = Object.keys(XA_WORDS).filter((id) => id.startsWith('tc'));
const PB_CRITERIA = Object.keys(PB_WORDS).filter((id) => id.startsWith('tc'));
const FACTS = ['lateDossiersMaxInMonth', 'reportDelayMaxDays'];
const comma = (n: number) => String(n).replace('.', ',');

/** One unit's cells on row `r`, the STT and name as given. */
function unitRow(
  ws: ExcelJS.Worksheet,
  r: number,
  cols: Col[],
  u: TruthUnit,
  i: number,
  o: { stt?: string | number | null; name?: string; left?: number } = {},
): void {
  const left = o.left ?? 1;
  cols.forEach((c, j) => {
    const cell: Cell =
      c.role === 'stt'
        ? { value: o.stt === undefined ? i + 1 : o.stt }
        : c.role === 'name'
          ? { value: o.name ?? u.name }
          : (c.cell?.(u, i + j, i) ?? { value: null });
    put(ws, r, left + j, cell);
  });
}

/** A bold line across the table: a section heading or a sub-total's label, STT cell and name cell. */
function labelRow(ws: ExcelJS.Worksheet, r: number, width: number, stt: string | null, text: string): void {
  for (let c = 1; c <= width; c++) put(ws, r, c, { value: null });
  if (stt) put(ws, r, 1, { value: stt });
  put(ws, r, 2, { value: text });
  ws.getRow(r).font = { bold: true };
}

function widths(ws: ExcelJS.Worksheet, cols: Col[], name = 28, other = 12): void {
  cols.forEach(
    (c, j) => (ws.getColumn(1 + j).width = c.role === 'name' ? name : c.role === 'stt' ? 5 : other),
  );
}

function kindOf(plan: Plan, id: string): string | undefined {
  return plan.criteria.find((c) => c.id === id)?.scoring.kind;
}

// ---------------------------------------------------------------------------------------------------------------
// Kiên Giang KH 243: the blocks as Roman-numeral sections ("I. KHỐI SỞ, BAN, NGÀNH") AND a "Khối" column; one
// district, under the districts' section, is marked "Sở, ngành" in the column (a copied row). Which block is it in?
// A careful reader cannot tell: the section and the column disagree.

const KG_PLAN = 'kien-giang-243-2023';
const KG_GROUP: Record<string, string> = { cqs: 'Chính quyền số', kts: 'Kinh tế số', xhs: 'Xã hội số' };
const KG_GENERAL = [
  'chapHanhChuTruong',
  'hoanThanhNhiemVu',
  'doanKet',
  'toChucDang',
  'kyLuat',
  'coKeHoachThiDua',
];

const sectionAndColumn: CorpusSpec = {
  name: 'kg243-07-muc-khoi-la-ma-va-cot-khoi-lech',
  plan: KG_PLAN,
  description:
    'Sở, ngành và huyện chung một bảng, vừa có dòng mục “I. KHỐI SỞ, BAN, NGÀNH” / “II. KHỐI HUYỆN, THÀNH PHỐ” vừa có cột “Khối”; dòng “Cộng khối I” (bình quân) giữa bảng; riêng Huyện Gò Quao nằm dưới mục II nhưng cột “Khối” ghi “Sở, ngành” (dòng sao chép từ bảng khác).',
  shapes: [
    'national-header',
    'blocks-as-sections',
    'roman-section-stt',
    'block-column',
    'block-column-disagrees-with-section',
    'subtotal-rows',
    'grouped-2-rows',
    'rating-abbreviations',
    'signature',
  ],
  expect: 'refuse',
  reason:
    'Huyện Gò Quao nằm dưới mục “II. KHỐI HUYỆN, THÀNH PHỐ” nhưng cột “Khối” ghi “Sở, ngành”: hai chỗ trên cùng sheet nói hai khối khác nhau, mà khối quyết định chỉ tiêu nào được chấm và đơn vị được so với ai; không được chọn một bên.',
  mentions: [['Gò Quao'], ['khối']],
  build({ wb, plan, rng, lines }) {
    const sheet = 'TH khoi 2023';
    const ws = wb.addWorksheet(sheet);
    const targets = [
      ...new Set([...idsFor(plan, 'so-nganh', ['target']), ...idsFor(plan, 'huyen', ['target'])]),
    ];
    const so = makeUnits(plan, rng, {
      block: 'so-nganh',
      sheet,
      names: take(KIEN_GIANG_SO, 5, 0),
      ids: [...targets, ...KG_GENERAL],
    });
    const huyen = makeUnits(plan, rng, {
      block: 'huyen',
      sheet,
      names: take(KIEN_GIANG_HUYEN, 6, 4),
      ids: [...targets, ...KG_GENERAL],
    });
    const odd = huyen.find((u) => u.name === 'Huyện Gò Quao');
    const habits: Habits = { rate: 'text', yesNo: 'co', spelling: KG_SPELLING, capitalise: true };
    const cols: Col[] = [
      sttCol('TT'),
      nameCol('Cơ quan, đơn vị'),
      {
        head: ['Khối'],
        target: 'ignore',
        width: 11,
        cell: (u) => ({ value: u.block === 'so-nganh' || u === odd ? 'Sở, ngành' : 'Huyện, TP' }),
      },
      ...targets.map((id) =>
        valueCol([KG_GROUP[id.slice(0, 3)], KG_WORDS[id][0]], id, writerFor(plan, id, habits)),
      ),
      ...KG_GENERAL.map((id) =>
        valueCol(['Tiêu chuẩn chung', KG_WORDS[id][0]], id, writerFor(plan, id, habits)),
      ),
    ];
    const top = officeHeader(ws, {
      agency: ['UBND TỈNH KIÊN GIANG', 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG'],
      titles: ['TỔNG HỢP KẾT QUẢ CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2023 THEO KHỐI THI ĐUA'],
      width: cols.length,
    });
    let r = writeHeader(ws, top, 1, cols, 'none');
    const groups: [string, string, string, TruthUnit[]][] = [
      ['I', 'KHỐI SỞ, BAN, NGÀNH', 'Cộng khối I (bình quân)', so],
      ['II', 'KHỐI HUYỆN, THÀNH PHỐ', 'Cộng khối II (bình quân)', huyen],
    ];
    for (const [roman, title, subtotal, units] of groups) {
      labelRow(ws, r++, cols.length, roman, title);
      const first = r;
      units.forEach((u, i) => unitRow(ws, r++, cols, u, i));
      labelRow(ws, r, cols.length, null, subtotal);
      cols.forEach((c, j) => {
        if (!c.target || !targets.includes(c.target)) return;
        const letter = columnLetter(1 + j);
        const nums = units.map((u) => u.values[c.target as string]).filter((v) => typeof v === 'number');
        if (!nums.length) return;
        const mean = Math.round((nums.reduce((a, b) => a + b, 0) / nums.length) * 10) / 10;
        put(ws, r, 1 + j, {
          value: { formula: `AVERAGE(${letter}${first}:${letter}${r - 1})`, result: mean },
        });
      });
      r++;
    }
    widths(ws, cols, 30);
    lines.push(...columnLines(sheet, 1, cols));
    signature(ws, r + 1, {
      place: 'Rạch Giá, ngày 19 tháng 12 năm 2023',
      left: ['NGƯỜI TỔNG HỢP', '', '', 'Lâm Thanh Hà'],
      right: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', 'Trương Minh Cường'],
      width: cols.length,
    });
    return { units: [...so, ...huyen], dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, departments: one block, but the office lists its departments in two sections ("I. CÁC PHÒNG CHUYÊN
// MÔN", "II. CÁC CƠ QUAN, ĐƠN VỊ KHÁC") with a "Cộng I" / "Cộng II" row of sums under each, in the middle of the
// table, and "Tổng cộng (I+II)" at the end. The sections are not blocks; the sums are no units.

const PB_OTHERS = [
  'Thanh tra huyện',
  'Công an huyện',
  'Ban Chỉ huy Quân sự huyện',
  'Ủy ban MTTQ Việt Nam huyện',
];

const midTotals: CorpusSpec = {
  name: 'ph-pb-13-hai-muc-cong-i-cong-ii-giua-bang',
  plan: PB_PLAN,
  description:
    'Các phòng chia hai mục “I. CÁC PHÒNG CHUYÊN MÔN” và “II. CÁC CƠ QUAN, ĐƠN VỊ KHÁC” (cùng một khối thi đua); dưới mỗi mục có dòng “Cộng I”, “Cộng II” (tổng số HS, số tin bài bằng công thức SUM) nằm giữa bảng, cuối bảng “Tổng cộng (I+II)”; STT đánh tiếp qua hai mục.',
  shapes: [
    'national-header',
    'section-rows-one-block',
    'roman-section-stt',
    'subtotal-rows-mid-table',
    'grand-total-of-subtotals',
    'formulas',
    'grouped-2-rows',
    'abbreviations',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'TH phong ban';
    const ws = wb.addWorksheet(sheet);
    const ids = [...PB_CRITERIA, ...FACTS];
    const names = [...PHUNG_HIEP_PHONG.filter((n) => !PB_OTHERS.includes(n)).slice(0, 7), ...PB_OTHERS];
    const units = makeUnits(plan, rng, { block: 'phong-ban', sheet, names, ids });
    const habits: Habits = { rate: 'space', yesNo: 'x' };
    const group = (id: string) => (Number(id.slice(2)) <= 8 ? 'Nhóm tiêu chí 1' : 'Nhóm tiêu chí 2');
    const cols: Col[] = [
      sttCol(),
      nameCol('Cơ quan, đơn vị'),
      ...PB_CRITERIA.map((id) => valueCol([group(id), PB_WORDS[id][0]], id, writerFor(plan, id, habits))),
      ...FACTS.map((id) => valueCol(['Vi phạm', PB_WORDS[id][0]], id, writerFor(plan, id))),
    ];
    const top = officeHeader(ws, {
      agency: ['UBND HUYỆN PHỤNG HIỆP', 'PHÒNG VĂN HÓA VÀ THÔNG TIN'],
      titles: ['TỔNG HỢP KẾT QUẢ CHUYỂN ĐỔI SỐ CÁC CƠ QUAN, ĐƠN VỊ HUYỆN NĂM 2023'],
      width: cols.length,
    });
    let r = writeHeader(ws, top, 1, cols, 'none');
    const sums = ['tc08', 'tc15'];
    const subtotalRows: number[] = [];
    const parts: [string, string, string, TruthUnit[]][] = [
      ['I', 'CÁC PHÒNG CHUYÊN MÔN', 'Cộng I', units.slice(0, 7)],
      ['II', 'CÁC CƠ QUAN, ĐƠN VỊ KHÁC', 'Cộng II', units.slice(7)],
    ];
    let stt = 0;
    for (const [roman, title, subtotal, members] of parts) {
      labelRow(ws, r++, cols.length, roman, title);
      const first = r;
      members.forEach((u) => {
        unitRow(ws, r++, cols, u, stt, { stt: stt + 1 });
        stt++;
      });
      labelRow(ws, r, cols.length, null, subtotal);
      cols.forEach((c, j) => {
        if (!c.target || !sums.includes(c.target)) return;
        const letter = columnLetter(1 + j);
        const sum = members.reduce((a, u) => a + Number(u.values[c.target as string] ?? 0), 0);
        put(ws, r, 1 + j, { value: { formula: `SUM(${letter}${first}:${letter}${r - 1})`, result: sum } });
      });
      subtotalRows.push(r);
      r++;
    }
    labelRow(ws, r, cols.length, null, 'Tổng cộng (I+II)');
    cols.forEach((c, j) => {
      if (!c.target || !sums.includes(c.target)) return;
      const letter = columnLetter(1 + j);
      const sum = units.reduce((a, u) => a + Number(u.values[c.target as string] ?? 0), 0);
      put(ws, r, 1 + j, {
        value: { formula: subtotalRows.map((x) => `${letter}${x}`).join('+'), result: sum },
      });
    });
    r++;
    widths(ws, cols);
    lines.push(...columnLines(sheet, 1, cols));
    signature(ws, r + 1, {
      place: 'Phụng Hiệp, ngày 03 tháng 01 năm 2024',
      left: ['NGƯỜI LẬP BIỂU', '', '', 'Trương Thị Thu Dung'],
      right: ['TRƯỞNG PHÒNG', '', '', 'Nguyễn Quốc Hải'],
      width: cols.length,
    });
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, communes: one commune typed twice — once from its own report, once from the district's check — with
// other figures on each row. Which row counts? Nobody can tell from the sheet.

const twice: CorpusSpec = {
  name: 'ph-xa-18-mot-xa-hai-dong-so-lieu-khac',
  plan: XA_PLAN,
  description:
    'Bảng tổng hợp các xã, trong đó “Xã Hòa An” có hai dòng (dòng 4 lấy từ báo cáo của xã, dòng 9 từ biên bản kiểm tra của huyện) với số liệu khác nhau ở vài tiêu chí; không có ghi chú nào nói dòng nào dùng.',
  shapes: ['national-header', 'grouped-2-rows', 'same-unit-twice', 'abbreviations', 'signature'],
  expect: 'refuse',
  reason:
    'Xã Hòa An có hai dòng với số liệu khác nhau: không biết dòng nào là số liệu được chấm, cộng, lấy trung bình hay chọn một dòng đều là đoán; phải hỏi người lập bảng.',
  mentions: [['Hòa An'], ['trùng', 'hai lần', 'hai dòng', 'lặp']],
  build({ wb, plan, rng, lines }) {
    const sheet = 'TH xa 2023';
    const ws = wb.addWorksheet(sheet);
    const ids = [...XA_CRITERIA, ...FACTS];
    const units = makeUnits(plan, rng, { block: 'xa', sheet, names: take(PHUNG_HIEP_XA, 10, 2), ids });
    const hoaAn = units.find((u) => u.name === 'Xã Hòa An') as TruthUnit;
    const again: TruthUnit = {
      ...hoaAn,
      values: {
        ...hoaAn.values,
        tc08: Math.max(0, Number(hoaAn.values.tc08) - 12.5),
        tc13: Number(hoaAn.values.tc13) + 40,
        tc16: !hoaAn.values.tc16,
      },
    };
    const habits: Habits = { rate: 'text', yesNo: 'co' };
    const group = (id: string) => (Number(id.slice(2)) <= 12 ? 'Chính quyền số' : 'KT số, XH số');
    const cols: Col[] = [
      sttCol(),
      nameCol('Xã, thị trấn'),
      ...XA_CRITERIA.map((id) => valueCol([group(id), XA_WORDS[id][0]], id, writerFor(plan, id, habits))),
      ...FACTS.map((id) => valueCol(['Điều kiện', XA_WORDS[id][0]], id, writerFor(plan, id))),
    ];
    const top = officeHeader(ws, {
      agency: ['UBND HUYỆN PHỤNG HIỆP', 'BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ'],
      titles: ['TỔNG HỢP SỐ LIỆU CHUYỂN ĐỔI SỐ CÁC XÃ, THỊ TRẤN NĂM 2023'],
      width: cols.length,
    });
    let r = writeHeader(ws, top, 1, cols, 'none');
    const rows = [...units.slice(0, 7), again, ...units.slice(7)];
    rows.forEach((u, i) => unitRow(ws, r++, cols, u, i));
    widths(ws, cols, 24);
    lines.push(...columnLines(sheet, 1, cols));
    signature(ws, r + 1, {
      place: 'Phụng Hiệp, ngày 28 tháng 12 năm 2023',
      left: ['NGƯỜI TỔNG HỢP', '', '', 'Trần Thị Diễm'],
      right: ['TM. BAN CHỈ ĐẠO', 'PHÓ TRƯỞNG BAN', '', '', 'Lê Hữu Phúc'],
      width: cols.length,
    });
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, communes: the columns titled only "TC1" … "TC24" (the office's codes follow the plan's numbers); what
// each code means is on a second sheet "Chu giai" (code | content | unit of measure).

const codesOnly: CorpusSpec = {
  name: 'ph-xa-19-chi-ma-tc1-tc24-sheet-chu-giai',
  plan: XA_PLAN,
  description:
    'Tiêu đề cột chỉ ghi mã “TC1”, “TC2” … “TC24” (theo số thứ tự tiêu chí của kế hoạch), không có tên; sheet thứ hai “Chu giai” ghi mã, nội dung tiêu chí và đơn vị tính; hai cột điều kiện ghi chữ đầy đủ.',
  shapes: ['codes-only-headers', 'legend-sheet', 'single-header-row', 'percent-formatted', 'x-marks'],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Du lieu';
    const ws = wb.addWorksheet(sheet);
    const ids = [...XA_CRITERIA, ...FACTS];
    const units = makeUnits(plan, rng, { block: 'xa', sheet, names: take(PHUNG_HIEP_XA, 11, 0), ids });
    const habits: Habits = { rate: 'fmt', yesNo: 'x' };
    const cols: Col[] = [
      sttCol(),
      nameCol('Đơn vị'),
      ...XA_CRITERIA.map((id) => valueCol([`TC${Number(id.slice(2))}`], id, writerFor(plan, id, habits))),
      ...FACTS.map((id) => valueCol([XA_WORDS[id][1]], id, writerFor(plan, id))),
    ];
    ws.getCell(1, 1).value = 'SỐ LIỆU CHẤM ĐIỂM CĐS CẤP XÃ NĂM 2023 (mã tiêu chí xem sheet Chu giai)';
    ws.getCell(1, 1).font = { bold: true };
    const t = rowTable(ws, { sheet, top: 3, cols, numbering: 'none', units });
    cols.forEach((c, j) => c.role !== 'name' && c.role !== 'stt' && (ws.getColumn(1 + j).width = 8));
    ws.getColumn(cols.length - 1).width = 20;
    ws.getColumn(cols.length).width = 20;
    lines.push(...t.lines);
    const legend = wb.addWorksheet('Chu giai');
    ['Mã', 'Nội dung tiêu chí', 'Đơn vị tính'].forEach((h, i) => put(legend, 1, i + 1, { value: h }));
    legend.getRow(1).font = { bold: true };
    XA_CRITERIA.forEach((id, i) => {
      const k = kindOf(plan, id);
      put(legend, i + 2, 1, { value: `TC${Number(id.slice(2))}` });
      put(legend, i + 2, 2, { value: XA_WORDS[id][1] });
      put(legend, i + 2, 3, { value: k === 'rate' ? '%' : k === 'count' ? 'Số lượng' : 'Có (x) / Không' });
    });
    legend.getColumn(2).width = 60;
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, departments: the rates collected from the departments' own e-mails and typed as each one wrote it:
// "80 %", "80%", "0,8" (a share), "4/5" (done over total) — in the same columns.

/** A rate of k/d for a denominator that gives at most one decimal in percent. */
const DENOMINATORS = [4, 5, 8, 10, 20, 25, 40];

const rateFourWays: Write = (m, v) => {
  if (m === undefined) return { value: null };
  if (typeof m !== 'number') return { value: String(m) };
  const style = v % 4;
  if (style === 0) return { value: `${comma(m)} %` };
  if (style === 1) return { value: `${comma(m)}%` };
  if (style === 2) return { value: comma(Math.round(m * 10) / 1000) };
  const d = DENOMINATORS.find((x) => Math.abs(((m * x) / 100) % 1) < 1e-9) ?? 1000;
  return { value: `${Math.round((m * d) / 100)}/${d}` };
};

const ratesMixed: CorpusSpec = {
  name: 'ph-pb-14-ty-le-go-bon-kieu-mot-cot',
  plan: PB_PLAN,
  description:
    'Tỷ lệ do các phòng gửi qua thư điện tử, văn phòng gõ lại đúng như mỗi nơi viết, trong cùng một cột: “80 %”, “80%”, “0,8” (tỷ số), “4/5” (đạt trên tổng); ô định dạng General.',
  shapes: [
    'national-header',
    'grouped-2-rows',
    'rates-typed-four-ways',
    'fraction-text',
    'abbreviations',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Tong hop';
    const ws = wb.addWorksheet(sheet);
    const ids = [...PB_CRITERIA, ...FACTS];
    const units = makeUnits(plan, rng, {
      block: 'phong-ban',
      sheet,
      names: take(PHUNG_HIEP_PHONG, 10, 1),
      ids,
    });
    // each rate a share of a small whole, so "k/d" writes it exactly
    for (const u of units)
      for (const id of PB_CRITERIA)
        if (kindOf(plan, id) === 'rate') {
          const d = rng.pick(DENOMINATORS);
          const want = Number(u.values[id]);
          const k = Math.min(d, Math.max(0, Math.round((want * d) / 100)));
          u.values[id] = Math.round((k / d) * 1000) / 10;
        }
    const habits: Habits = {
      yesNo: 'co',
      by: Object.fromEntries(PB_CRITERIA.map((id) => [id, rateFourWays])),
    };
    const cols: Col[] = [
      sttCol(),
      nameCol('Phòng, ban'),
      ...PB_CRITERIA.map((id) =>
        valueCol(
          ['Kết quả thực hiện', PB_WORDS[id][0]],
          id,
          kindOf(plan, id) === 'rate' ? rateFourWays : writerFor(plan, id, { yesNo: 'co' }),
        ),
      ),
      ...FACTS.map((id) => valueCol(['Vi phạm', PB_WORDS[id][0]], id, writerFor(plan, id, habits))),
    ];
    const top = officeHeader(ws, {
      agency: ['UBND HUYỆN PHỤNG HIỆP', 'PHÒNG VĂN HÓA VÀ THÔNG TIN'],
      titles: ['TỔNG HỢP SỐ LIỆU CÁC PHÒNG, BAN GỬI VỀ (CHUYỂN ĐỔI SỐ NĂM 2023)'],
      width: cols.length,
    });
    const t = rowTable(ws, { sheet, top, cols, numbering: 'none', units });
    lines.push(...t.lines);
    signature(ws, t.end + 1, {
      place: 'Phụng Hiệp, ngày 02 tháng 01 năm 2024',
      left: ['NGƯỜI TỔNG HỢP', '', '', 'Võ Thị Kim Ngân'],
      right: ['TRƯỞNG PHÒNG', '', '', 'Nguyễn Quốc Hải'],
      width: cols.length,
    });
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, communes: yes/no typed by several clerks — "Có"/"Không", "C"/"K", "x" and a blank for no, "có"
// lower-case — in the same columns.

const YES_FORMS = ['Có', 'C', 'x', 'có', 'X', 'Có'];
const NO_FORMS = ['Không', 'K', null, 'không', 'Không', 'k'];

const yesNoMixed: Write = (m, v) => {
  if (m === undefined) return { value: null };
  return { value: m === true ? YES_FORMS[v % YES_FORMS.length] : NO_FORMS[v % NO_FORMS.length] };
};

const yesNoSixWays: CorpusSpec = {
  name: 'ph-xa-20-co-khong-c-k-x-trong-tron',
  plan: XA_PLAN,
  description:
    'Các cột có/không do nhiều người nhập: “Có”/“Không”, “C”/“K”, “x”/để trống, “có”/“không” chữ thường, “X” hoa — lẫn trong cùng một cột; chú thích dưới bảng “C: có; K: không; x: có thực hiện”.',
  shapes: [
    'national-header',
    'grouped-2-rows',
    'yes-no-typed-six-ways',
    'legend-below-table',
    'abbreviations',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'KQ xa';
    const ws = wb.addWorksheet(sheet);
    const ids = [...XA_CRITERIA, ...FACTS];
    const units = makeUnits(plan, rng, { block: 'xa', sheet, names: take(PHUNG_HIEP_XA, 12, 3), ids });
    const yn = Object.fromEntries(
      XA_CRITERIA.filter((id) => kindOf(plan, id) === 'yesNo').map((id) => [id, yesNoMixed]),
    );
    const habits: Habits = { rate: 'text', by: yn };
    const group = (id: string) => (Number(id.slice(2)) <= 12 ? 'Chính quyền số' : 'Kinh tế số, xã hội số');
    const cols: Col[] = [
      sttCol(),
      nameCol('Xã, thị trấn'),
      ...XA_CRITERIA.map((id) => valueCol([group(id), XA_WORDS[id][0]], id, writerFor(plan, id, habits))),
      ...FACTS.map((id) => valueCol(['Điều kiện xét', XA_WORDS[id][0]], id, writerFor(plan, id))),
    ];
    const top = officeHeader(ws, {
      agency: ['UBND HUYỆN PHỤNG HIỆP', 'PHÒNG VĂN HÓA VÀ THÔNG TIN'],
      titles: ['KẾT QUẢ THỰC HIỆN TIÊU CHÍ CHUYỂN ĐỔI SỐ CÁC XÃ, THỊ TRẤN NĂM 2023'],
      width: cols.length,
    });
    const t = rowTable(ws, { sheet, top, cols, numbering: 'none', units });
    ws.getCell(t.end, 2).value = 'Ghi chú: C – có; K – không; x – có thực hiện.';
    ws.getCell(t.end, 2).font = { italic: true };
    lines.push(...t.lines);
    signature(ws, t.end + 2, {
      place: 'Phụng Hiệp, ngày 27 tháng 12 năm 2023',
      left: ['NGƯỜI LẬP', '', '', 'Ngô Thanh Tùng'],
      right: ['TRƯỞNG PHÒNG', '', '', 'Nguyễn Văn Thắng'],
      width: cols.length,
    });
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, communes: last year beside this year — under each criterion "Năm 2022 | Năm 2023"; the plan scores
// 2023 (its title says so); 2022 is there to compare.

function lastYear(plan: Plan, id: string, m: unknown, rng: { int(a: number, b: number): number }): unknown {
  if (m === undefined) return undefined;
  const k = kindOf(plan, id);
  if (k === 'rate') return Math.min(100, Math.max(0, Math.round((Number(m) - rng.int(3, 20)) * 10) / 10));
  if (k === 'count' || typeof m === 'number') return Math.max(0, Number(m) - rng.int(1, 6));
  if (typeof m === 'boolean') return rng.int(0, 3) === 0 ? !m : m;
  return m;
}

const yearOverYear: CorpusSpec = {
  name: 'ph-xa-21-nam-2022-va-2023-canh-nhau',
  plan: XA_PLAN,
  description:
    'So sánh hai năm: dưới mỗi tiêu chí hai cột con “Năm 2022 | Năm 2023” (năm trước để đối chiếu); kế hoạch chấm năm 2023 (tiêu đề bảng ghi năm 2023); hai cột điều kiện chỉ có năm 2023.',
  shapes: [
    'national-header',
    'grouped-2-rows',
    'year-over-year-columns',
    'percent-with-space',
    'abbreviations',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'So sanh 2022-2023';
    const ws = wb.addWorksheet(sheet);
    const ids = [...XA_CRITERIA, ...FACTS];
    const units = makeUnits(plan, rng, { block: 'xa', sheet, names: take(PHUNG_HIEP_XA, 10, 4), ids });
    const habits: Habits = { rate: 'space', yesNo: 'co' };
    const before = new Map<string, unknown>();
    for (const u of units)
      for (const id of XA_CRITERIA) before.set(`${u.id}:${id}`, lastYear(plan, id, u.values[id], rng));
    const cols: Col[] = [sttCol(), nameCol('Xã, thị trấn')];
    for (const id of XA_CRITERIA) {
      const write = writerFor(plan, id, habits);
      cols.push(
        otherCol([XA_WORDS[id][0], 'Năm 2022'], (u, v) =>
          write(before.get(`${u.id}:${id}`) as Parameters<Write>[0], v),
        ),
        valueCol([XA_WORDS[id][0], 'Năm 2023'], id, write),
      );
    }
    cols.push(...FACTS.map((id) => valueCol([`${XA_WORDS[id][0]} (2023)`], id, writerFor(plan, id))));
    const top = officeHeader(ws, {
      agency: ['UBND HUYỆN PHỤNG HIỆP', 'BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ'],
      titles: ['KẾT QUẢ CHUYỂN ĐỔI SỐ CÁC XÃ, THỊ TRẤN NĂM 2023 (SO VỚI NĂM 2022)'],
      width: cols.length,
    });
    const t = rowTable(ws, { sheet, top, cols, numbering: 'none', units });
    lines.push(...t.lines);
    signature(ws, t.end + 1, {
      place: 'Phụng Hiệp, ngày 29 tháng 12 năm 2023',
      left: ['NGƯỜI TỔNG HỢP', '', '', 'Lê Thị Hạnh'],
      right: ['TM. BAN CHỈ ĐẠO', 'PHÓ TRƯỞNG BAN THƯỜNG TRỰC', '', '', 'Trần Quốc Hùng'],
      width: cols.length,
    });
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, departments: panes frozen under the header and right of the names, a filter on the header, and a
// hidden helper column of formulas after each of three rates ("=IF(E8>=0,8;\"Đ\";\"KĐ\")" checks and a rate × 100
// figure), titled by the office as it titled its checks.

const helperFormulas: CorpusSpec = {
  name: 'ph-pb-15-co-dinh-loc-cot-phu-cong-thuc-an',
  plan: PB_PLAN,
  description:
    'Khung cố định dưới tiêu đề và bên phải cột tên, bộ lọc trên dòng tiêu đề; sau ba cột tỷ lệ (ô định dạng %) là ba cột phụ bị ẩn chứa công thức: “KT đạt CT” (=IF(…>=80%;"Đạt";"Chưa đạt")), “TL quy đổi” (=…*100); người dùng chỉ thấy cột tỷ lệ.',
  shapes: [
    'national-header',
    'grouped-2-rows',
    'frozen-panes',
    'autofilter',
    'hidden-column',
    'hidden-formula-helper-columns',
    'percent-formatted',
    'formulas',
    'abbreviations',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Cham diem PB';
    const ws = wb.addWorksheet(sheet);
    const ids = [...PB_CRITERIA, ...FACTS];
    const units = makeUnits(plan, rng, {
      block: 'phong-ban',
      sheet,
      names: take(PHUNG_HIEP_PHONG, 11, 0),
      ids,
    });
    const habits: Habits = { rate: 'fmt', yesNo: 'co' };
    const checked: Record<string, [string, number]> = { tc07: ['KT đạt CT', 80], tc14: ['KT đạt CT', 98] };
    const scaled = ['tc03'];
    const cols: Col[] = [sttCol(), nameCol('Tên cơ quan, đơn vị')];
    const hidden: number[] = [];
    let first = 0;
    for (const id of PB_CRITERIA) {
      const head = [Number(id.slice(2)) <= 8 ? 'Nhóm 1' : 'Nhóm 2', PB_WORDS[id][0]];
      cols.push(valueCol(head, id, writerFor(plan, id, habits)));
      const at = cols.length;
      if (checked[id]) {
        const [title, goal] = checked[id];
        hidden.push(at + 1);
        cols.push(
          otherCol([head[0], title], (u, _v, index) => {
            const ref = `${columnLetter(at)}${first + index}`;
            const met = Number(u.values[id]) >= goal;
            return {
              value: {
                formula: `IF(${ref}>=${goal / 100},"Đạt","Chưa đạt")`,
                result: met ? 'Đạt' : 'Chưa đạt',
              },
            };
          }),
        );
      }
      if (scaled.includes(id)) {
        hidden.push(at + 1);
        cols.push(
          otherCol([head[0], 'TL quy đổi'], (u, _v, index) => ({
            value: { formula: `${columnLetter(at)}${first + index}*100`, result: Number(u.values[id]) },
          })),
        );
      }
    }
    cols.push(...FACTS.map((id) => valueCol(['Vi phạm', PB_WORDS[id][0]], id, writerFor(plan, id))));
    const top = officeHeader(ws, {
      agency: ['UBND HUYỆN PHỤNG HIỆP', 'PHÒNG VĂN HÓA VÀ THÔNG TIN'],
      titles: ['BẢNG CHẤM ĐIỂM CHUYỂN ĐỔI SỐ CÁC PHÒNG, BAN, NGÀNH NĂM 2023'],
      width: cols.length,
    });
    first = top + 2;
    const t = rowTable(ws, { sheet, top, cols, numbering: 'none', units });
    for (const c of hidden) ws.getColumn(c).hidden = true;
    ws.views = [{ state: 'frozen', xSplit: 2, ySplit: top + 1 }];
    ws.autoFilter = { from: { row: top + 1, column: 1 }, to: { row: t.end - 1, column: cols.length } };
    lines.push(...t.lines);
    signature(ws, t.end + 1, {
      place: 'Phụng Hiệp, ngày 04 tháng 01 năm 2024',
      left: ['NGƯỜI CHẤM', '', '', 'Huỳnh Thanh Tâm'],
      right: ['TRƯỞNG PHÒNG', '', '', 'Nguyễn Quốc Hải'],
      width: cols.length,
    });
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, communes: no STT column; each name carries its list number the way the clerk typed it — "01-UBND xã
// Tân Bình", "02. UBND TT Cây Dương", "3) Xã Hòa An", "4.UBND xã Long Thạnh" (no space).

const NUMBERED = [
  (n: number, s: string) => `${String(n).padStart(2, '0')}-${s}`,
  (n: number, s: string) => `${String(n).padStart(2, '0')}. ${s}`,
  (n: number, s: string) => `${n}) ${s}`,
  (n: number, s: string) => `${n}.${s}`,
  (n: number, s: string) => `${n} - ${s}`,
];

/** "Xã Tân Long" → "UBND xã Tân Long", "Thị trấn Búng Tàu" → "UBND thị trấn Búng Tàu". */
const ubnd = (name: string) => `UBND ${name.charAt(0).toLowerCase()}${name.slice(1)}`;

const numberedNames: CorpusSpec = {
  name: 'ph-xa-22-ten-don-vi-kem-so-thu-tu',
  plan: XA_PLAN,
  description:
    'Không có cột STT; số thứ tự gõ liền trước tên đơn vị theo nhiều kiểu: “01-UBND xã Tân Bình”, “02. UBND thị trấn …”, “3) UBND xã …”, “4.UBND xã …” (không cách), “5 - UBND xã …”; tên có chữ “UBND”.',
  shapes: [
    'national-header',
    'no-stt-column',
    'numbered-unit-names-varied',
    'ubnd-prefix',
    'grouped-2-rows',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Bang tong hop';
    const ws = wb.addWorksheet(sheet);
    const ids = [...XA_CRITERIA, ...FACTS];
    const units = makeUnits(plan, rng, { block: 'xa', sheet, names: take(PHUNG_HIEP_XA, 10, 0), ids });
    units.forEach((u) => (u.aliases = [ubnd(u.name)]));
    const habits: Habits = { rate: 'text', yesNo: 'x' };
    const group = (id: string) => (Number(id.slice(2)) <= 12 ? 'Chính quyền số' : 'Kinh tế số, xã hội số');
    const cols: Col[] = [
      nameCol('Đơn vị'),
      ...XA_CRITERIA.map((id) => valueCol([group(id), XA_WORDS[id][0]], id, writerFor(plan, id, habits))),
      ...FACTS.map((id) => valueCol(['Điều kiện', XA_WORDS[id][0]], id, writerFor(plan, id))),
    ];
    const top = officeHeader(ws, {
      agency: ['UBND HUYỆN PHỤNG HIỆP', 'PHÒNG VĂN HÓA VÀ THÔNG TIN'],
      titles: ['BẢNG TỔNG HỢP CHẤM ĐIỂM CHUYỂN ĐỔI SỐ CẤP XÃ NĂM 2023'],
      width: cols.length,
    });
    let r = writeHeader(ws, top, 1, cols, 'none');
    units.forEach((u, i) =>
      unitRow(ws, r++, cols, u, i, { name: NUMBERED[i % NUMBERED.length](i + 1, ubnd(u.name)) }),
    );
    widths(ws, cols, 32);
    lines.push(...columnLines(sheet, 1, cols));
    signature(ws, r + 1, {
      place: 'Phụng Hiệp, ngày 29 tháng 12 năm 2023',
      left: ['NGƯỜI LẬP', '', '', 'Phạm Ngọc Linh'],
      right: ['TRƯỞNG PHÒNG', '', '', 'Nguyễn Văn Thắng'],
      width: cols.length,
    });
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, communes: under each criterion "Số liệu | Điểm tự chấm | Điểm thẩm định" — the commune's figure, the
// points it gave itself, the points the appraisal team gave; the figure is what the plan scores.

const pointsBeside: CorpusSpec = {
  name: 'ph-xa-23-so-lieu-diem-tu-cham-diem-tham-dinh',
  plan: XA_PLAN,
  description:
    'Dưới mỗi tiêu chí ba cột con “Số liệu | Điểm tự chấm | Điểm thẩm định”: số liệu thực tế của xã (tỷ lệ, số lượng, có/không), điểm xã tự chấm và điểm Tổ thẩm định huyện chấm (số điểm, không phải số liệu); cuối bảng “Tổng điểm tự chấm”, “Tổng điểm thẩm định”.',
  shapes: [
    'national-header',
    'grouped-2-rows',
    'raw-value-and-two-points-columns',
    'self-and-appraised-points',
    'office-total',
    'abbreviations',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines, score }) {
    const sheet = 'Tham dinh xa';
    const ws = wb.addWorksheet(sheet);
    const ids = [...XA_CRITERIA, ...FACTS];
    const units = makeUnits(plan, rng, { block: 'xa', sheet, names: take(PHUNG_HIEP_XA, 9, 5), ids });
    const results = score(units);
    const pts = (u: TruthUnit, id: string) => results.get(u.id)?.points[id] ?? 0;
    const max = new Map(plan.criteria.map((c) => [c.id, c.maxPoints]));
    const selfPts = (u: TruthUnit, id: string) =>
      Math.min(max.get(id) ?? 0, pts(u, id) + (u.id.length % 3 === 0 ? 1 : 0));
    const habits: Habits = { rate: 'text', yesNo: 'co' };
    const cols: Col[] = [sttCol(), nameCol('Xã, thị trấn')];
    for (const id of XA_CRITERIA) {
      const head = `TC${Number(id.slice(2))}. ${XA_WORDS[id][0]}`;
      cols.push(
        valueCol([head, 'Số liệu'], id, writerFor(plan, id, habits)),
        otherCol([head, 'Điểm tự chấm'], (u) => ({ value: selfPts(u, id) })),
        otherCol([head, 'Điểm thẩm định'], (u) => ({ value: pts(u, id) })),
      );
    }
    cols.push(
      ...FACTS.map((id) => valueCol([XA_WORDS[id][0]], id, writerFor(plan, id))),
      otherCol(['Tổng điểm tự chấm'], (u) => ({
        value: XA_CRITERIA.reduce((a, id) => a + selfPts(u, id), 0),
      })),
      otherCol(['Tổng điểm thẩm định'], (u) => ({ value: results.get(u.id)?.total ?? 0 })),
    );
    const top = officeHeader(ws, {
      agency: ['UBND HUYỆN PHỤNG HIỆP', 'TỔ THẨM ĐỊNH CHUYỂN ĐỔI SỐ'],
      titles: ['KẾT QUẢ THẨM ĐỊNH ĐIỂM CHUYỂN ĐỔI SỐ CÁC XÃ, THỊ TRẤN NĂM 2023'],
      width: cols.length,
    });
    const t = rowTable(ws, { sheet, top, cols, numbering: 'none', units });
    lines.push(...t.lines);
    signature(ws, t.end + 1, {
      place: 'Phụng Hiệp, ngày 05 tháng 01 năm 2024',
      left: ['THƯ KÝ TỔ', '', '', 'Đặng Thị Mỹ Xuyên'],
      right: ['TỔ TRƯỞNG TỔ THẨM ĐỊNH', '', '', 'Trần Văn Mười'],
      width: cols.length,
    });
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Sở Xây dựng, CĐS: the collectives on one sheet; on the second, the individuals listed under a heading row of their
// collective ("1. Văn phòng Sở"), with no column naming it.

const CDS_PLAN = 'kien-giang-sxd-cds-2022-2025';
const CDS_TARGETS = Object.keys(SXD_WORDS).filter((id) => /^t\d+$/.test(id));
const CDS_GENERAL = ['chapHanhChuTruong', 'hoanThanhNhiemVu', 'doanKet', 'toChucDang', 'kyLuat'];
const CDS_PERSON = [
  'xepLoai',
  'sangKien',
  'tichCucPhongTrao',
  'chapHanhChuTruong',
  'hoanThanhNhiemVu',
  'kyLuat',
];

const underCollective: CorpusSpec = {
  name: 'sxd-cds-05-ca-nhan-duoi-dong-ten-phong',
  plan: CDS_PLAN,
  description:
    'Sheet “Tap the” các phòng; sheet “Ca nhan” liệt kê cá nhân dưới dòng tên phòng của mình (“1. Văn phòng Sở”, “2. Thanh tra Sở” in đậm, gộp ngang), không có cột phòng; STT cá nhân đánh lại trong mỗi phòng.',
  shapes: [
    'blocks-on-separate-sheets',
    'individuals-under-collective-heading',
    'stt-restarts-per-section',
    'rating-abbreviations',
    'block-from-sheet',
    'national-header',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const t1 = 'Tap the';
    const ws1 = wb.addWorksheet(t1);
    const collectives = makeUnits(plan, rng, {
      block: 'phong-don-vi',
      sheet: t1,
      names: take(SXD_PHONG, 5, 0),
      ids: [...CDS_TARGETS, ...CDS_GENERAL],
    });
    const habits: Habits = { rate: 'text', yesNo: 'co', spelling: KG_SPELLING };
    const cols1: Col[] = [
      sttCol(),
      nameCol('Tên phòng, đơn vị'),
      ...CDS_TARGETS.map((id) => valueCol(['Mục tiêu CĐS', SXD_WORDS[id]], id, writerFor(plan, id, habits))),
      ...CDS_GENERAL.map((id) => valueCol(['Tiêu chuẩn', SXD_WORDS[id]], id, writerFor(plan, id, habits))),
    ];
    const top1 = officeHeader(ws1, {
      agency: ['UBND TỈNH KIÊN GIANG', 'SỞ XÂY DỰNG'],
      titles: ['DANH SÁCH TẬP THỂ ĐỀ NGHỊ KHEN THƯỞNG CHUYỂN ĐỔI SỐ NĂM 2023'],
      width: cols1.length,
    });
    lines.push(
      ...rowTable(ws1, { sheet: t1, top: top1, cols: cols1, numbering: 'none', units: collectives }).lines,
    );

    const t2 = 'Ca nhan';
    const ws2 = wb.addWorksheet(t2);
    const names = personNames(rng, 11);
    const persons = makeUnits(plan, rng, { block: 'ca-nhan', sheet: t2, names, ids: CDS_PERSON });
    const counts = [3, 2, 2, 2, 2];
    let k = 0;
    const groups = collectives.map((c, g) => {
      const members = persons.slice(k, k + counts[g]);
      k += counts[g];
      members.forEach((p) => (p.collective = c.id));
      return { c, members };
    });
    const cols2: Col[] = [
      sttCol(),
      nameCol('Họ và tên'),
      otherCol(['Chức vụ'], (_u, v) => ({
        value: ['Chuyên viên', 'Phó Trưởng phòng', 'Trưởng phòng', 'Kỹ sư'][v % 4],
      })),
      ...CDS_PERSON.map((id) => valueCol([SXD_WORDS[id]], id, writerFor(plan, id, habits))),
    ];
    const top2 = officeHeader(ws2, {
      agency: ['UBND TỈNH KIÊN GIANG', 'SỞ XÂY DỰNG'],
      titles: ['DANH SÁCH CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG CHUYỂN ĐỔI SỐ NĂM 2023'],
      width: cols2.length,
    });
    let r = writeHeader(ws2, top2, 1, cols2, 'none');
    let index = 0;
    groups.forEach(({ c, members }, g) => {
      ws2.getCell(r, 1).value = `${g + 1}. ${c.name}`;
      ws2.mergeCells(r, 1, r, cols2.length);
      ws2.getRow(r).font = { bold: true };
      r++;
      members.forEach((p, i) => {
        unitRow(ws2, r++, cols2, p, index, { stt: i + 1 });
        index++;
      });
    });
    widths(ws2, cols2, 26, 14);
    lines.push(...columnLines(t2, 1, cols2));
    signature(ws2, r + 1, {
      place: 'Rạch Giá, ngày 22 tháng 12 năm 2023',
      left: ['NGƯỜI LẬP', '', '', 'Trần Kim Vy'],
      right: ['GIÁM ĐỐC', '', '', '', 'Bùi Văn Cường'],
      width: cols2.length,
    });
    return { units: [...collectives, ...persons], dataSheets: [t1, t2] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, departments: a "Ghi chú" column right after the news-items count holding numbers — "2" (articles
// rejected), "15/16" (months reported), "3 tin bị trả lại" — that are notes, not values.

const NOTE_FORMS: (string | number | null)[] = [
  2,
  '15/16',
  '3 tin bị trả lại',
  null,
  1,
  'Bổ sung 4 tin',
  null,
  0,
];

const numericNotes: CorpusSpec = {
  name: 'ph-pb-16-cot-ghi-chu-chua-so',
  plan: PB_PLAN,
  description:
    'Cột “Ghi chú” đặt ngay sau cột số tin bài, ghi số tin bị trả lại (2, 1, 0), “15/16” (số tháng có gửi), “3 tin bị trả lại”, “Bổ sung 4 tin”; một cột “Ghi chú” nữa ở cuối bảng ghi số văn bản; không cột ghi chú nào là tiêu chí.',
  shapes: [
    'national-header',
    'grouped-2-rows',
    'notes-column-with-numbers',
    'notes-between-criteria',
    'abbreviations',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'TH CDS PB';
    const ws = wb.addWorksheet(sheet);
    const ids = [...PB_CRITERIA, ...FACTS];
    const units = makeUnits(plan, rng, {
      block: 'phong-ban',
      sheet,
      names: take(PHUNG_HIEP_PHONG, 10, 3),
      ids,
    });
    const habits: Habits = { rate: 'text', yesNo: 'co' };
    const cols: Col[] = [sttCol(), nameCol('Phòng, ban, ngành')];
    for (const id of PB_CRITERIA) {
      cols.push(valueCol(['Kết quả', PB_WORDS[id][0]], id, writerFor(plan, id, habits)));
      if (id === 'tc15')
        cols.push(
          otherCol(['Kết quả', 'Ghi chú'], (_u, _v, i) => ({ value: NOTE_FORMS[i % NOTE_FORMS.length] })),
        );
    }
    cols.push(
      ...FACTS.map((id) => valueCol(['Vi phạm', PB_WORDS[id][0]], id, writerFor(plan, id))),
      otherCol(
        ['Ghi chú'],
        (_u, _v, i) => ({ value: i % 3 === 0 ? 12 : i % 3 === 1 ? 'Số VB: 7' : null }),
        16,
      ),
    );
    const top = officeHeader(ws, {
      agency: ['UBND HUYỆN PHỤNG HIỆP', 'PHÒNG VĂN HÓA VÀ THÔNG TIN'],
      titles: ['TỔNG HỢP KẾT QUẢ CHUYỂN ĐỔI SỐ CÁC PHÒNG, BAN NĂM 2023'],
      width: cols.length,
    });
    const t = rowTable(ws, { sheet, top, cols, numbering: 'none', units });
    lines.push(...t.lines);
    signature(ws, t.end + 1, {
      place: 'Phụng Hiệp, ngày 05 tháng 01 năm 2024',
      left: ['NGƯỜI LẬP BIỂU', '', '', 'Trương Thị Thu Dung'],
      right: ['TRƯỞNG PHÒNG', '', '', 'Nguyễn Quốc Hải'],
      width: cols.length,
    });
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Sở Xây dựng, CCHC: the two date columns hold typed text "15/03/2022", real date cells (some shown "d/m/yyyy",
// one with the time it was entered) and text with one digit "5/3/2022", row by row.

const CCHC_PLAN = 'kien-giang-sxd-609-cchc';
const YEARS = [2021, 2022, 2023, 2024, 2025];

const datesMixed: Write = (m, v) => {
  if (typeof m !== 'string') return { value: null };
  const [y, mo, d] = m.split('-').map(Number);
  const style = v % 4;
  if (style === 0) return { value: `${String(d).padStart(2, '0')}/${String(mo).padStart(2, '0')}/${y}` };
  if (style === 1) return { value: new Date(Date.UTC(y, mo - 1, d)), numFmt: 'dd/mm/yyyy' };
  if (style === 2) return { value: `${d}/${mo}/${y}` };
  return { value: new Date(Date.UTC(y, mo - 1, d, 14, 35)), numFmt: 'd/m/yyyy h:mm' };
};

const datesTypedAndReal: CorpusSpec = {
  name: 'sxd-609-06-ngay-go-chu-lan-ngay-that',
  plan: CCHC_PLAN,
  description:
    'Hai cột ngày (“Ngày đăng ký thi đua”, “Ngày công nhận kết quả CCHC”) lẫn: chữ “15/03/2022”, ô ngày thật (định dạng dd/mm/yyyy), chữ “5/3/2022” một chữ số, ô ngày có cả giờ nhập (d/m/yyyy h:mm); các năm 2021–2025 theo cột.',
  shapes: [
    'national-header',
    'per-year-columns',
    'grouped-2-rows',
    'dates-text-and-real-mixed',
    'date-with-time',
    'x-marks',
    'block-from-title',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'CCHC tap the';
    const ws = wb.addWorksheet(sheet);
    const perYear = ['cchc', 'tyLeHoanThanhTot', 'soNguoiBiKyLuat', 'nhomXuatSac'];
    const single = ['ngayDangKy', 'guongMau', 'coQuanThamMuu', 'ngayCongNhanKetQua'];
    const ids = [...single, ...perYear.flatMap((id) => YEARS.map((y) => `${id}_${y}`))];
    const units = makeUnits(plan, rng, { block: 'tap-the', sheet, names: take(SXD_PHONG, 8, 0), ids });
    units.forEach((u, i) => {
      // dates after the 12th of the month and before it, so "5/3" cannot be read as 3 May
      u.facts.ngayCongNhanKetQua = `2026-01-${String(5 + i * 3).padStart(2, '0')}`;
    });
    const habits: Habits = {
      yesNo: 'x',
      rate: 'text',
      spelling: { 'xuất sắc': 'Xuất sắc', tốt: 'Tốt', khá: 'Khá' },
    };
    const cols: Col[] = [
      sttCol(),
      nameCol('Phòng, đơn vị'),
      valueCol([CCHC_WORDS.ngayDangKy], 'ngayDangKy', datesMixed),
      ...perYear.flatMap((id) =>
        YEARS.map((y) =>
          valueCol([CCHC_WORDS[id], String(y)], `${id}_${y}`, writerFor(plan, `${id}_${y}`, habits)),
        ),
      ),
      valueCol([CCHC_WORDS.guongMau], 'guongMau', yesNo('x')),
      valueCol([CCHC_WORDS.coQuanThamMuu], 'coQuanThamMuu', yesNo('x')),
      valueCol([CCHC_WORDS.ngayCongNhanKetQua], 'ngayCongNhanKetQua', datesMixed),
    ];
    const top = officeHeader(ws, {
      agency: ['UBND TỈNH KIÊN GIANG', 'SỞ XÂY DỰNG'],
      titles: ['THÀNH TÍCH CẢI CÁCH HÀNH CHÍNH 2021–2025 CỦA TẬP THỂ CÁC PHÒNG, ĐƠN VỊ'],
      width: cols.length,
    });
    const t = rowTable(ws, { sheet, top, cols, numbering: 'none', units });
    lines.push(...t.lines);
    signature(ws, t.end + 1, {
      place: 'Rạch Giá, ngày 20 tháng 01 năm 2026',
      left: ['NGƯỜI LẬP', '', '', 'Trần Kim Vy'],
      right: ['TM. HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG', 'CHỦ TỊCH', '', '', 'Bùi Văn Cường'],
      width: cols.length,
    });
    return { units, dataSheets: [sheet] };
  },
};

export const OFFICE_LAYOUTS_5_SPECS: CorpusSpec[] = [
  sectionAndColumn,
  midTotals,
  twice,
  codesOnly,
  ratesMixed,
  yesNoSixWays,
  yearOverYear,
  helperFormulas,
  numberedNames,
  pointsBeside,
  underCollective,
  numericNotes,
  datesTypedAndReal,
];
