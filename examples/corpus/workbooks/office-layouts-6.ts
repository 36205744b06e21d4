/**
 * A sixth round of the offices' own layouts: a self-assessed points column beside each figure, a table of points
 * only (the unit's and the appraisal's, no figure), group codes explained in a key under the table, one block's
 * units on two sheets beside a sheet of totals, criteria in rows with a row naming each unit's block, units of
 * measure on a second header row, figures pasted as text with an apostrophe, sub-numbered STT under group lines
 * beside a column of report dates, unit names broken over two lines with blank columns between groups, a column
 * blank for a whole block beside one blank for one unit, and one rate column typed both as 0,855 in a % cell and
 * as 85,5.
 */
import type ExcelJS from 'exceljs';
import type { Plan } from '@thidua/core';
import type { Cell, Write } from '../lib/cells';
import { idsFor, makeUnits } from '../lib/meaning';
import { KIEN_GIANG_HUYEN, KIEN_GIANG_SO, PHUNG_HIEP_PHONG, PHUNG_HIEP_XA, take } from '../lib/names';
import {
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
import { KG_SPELLING, KG_WORDS } from './kien-giang-243';
import { PB_WORDS } from './phung-hiep-phong-ban';
import { XA_WORDS } from './phung-hiep-xa';

const XA_PLAN = 'phung-hiep-2023-xa';
const PB_PLAN = 'phung-hiep-2023-phong-ban';
const KG_PLAN = 'kien-giang-243-2023';
const XA_CRITERIA = Object.keys(XA_WORDS).filter((id) => id.startsWith('tc'));
const PB_CRITERIA = Object.keys(PB_WORDS).filter((id) => id.startsWith('tc'));
const FACTS = ['lateDossiersMaxInMonth', 'reportDelayMaxDays'];
const KG_GENERAL = ['chapHanhChuTruong', 'hoanThanhNhiemVu', 'doanKet', 'toChucDang', 'kyLuat'];
const comma = (n: number) => String(n).replace('.', ',');

function kindOf(plan: Plan, id: string): string | undefined {
  return plan.criteria.find((c) => c.id === id)?.scoring.kind;
}

/** The district's signature under a table. */
function sign(ws: ExcelJS.Worksheet, row: number, width: number, who: string): void {
  signature(ws, row, {
    place: 'Phụng Hiệp, ngày 08 tháng 01 năm 2024',
    left: ['NGƯỜI LẬP BIỂU', '', '', 'Nguyễn Thị Bích Tuyền'],
    right: ['TRƯỞNG PHÒNG', '', '', who],
    width,
  });
}

/** A units-in-rows table under the district's header; returns the row after it. */
function districtTable(
  ws: ExcelJS.Worksheet,
  o: { sheet: string; cols: Col[]; units: TruthUnit[]; title: string; lines: TruthLine[] },
): number {
  const top = officeHeader(ws, {
    agency: ['UBND HUYỆN PHỤNG HIỆP', 'PHÒNG VĂN HÓA VÀ THÔNG TIN'],
    titles: [o.title],
    width: o.cols.length,
  });
  const t = rowTable(ws, { sheet: o.sheet, top, cols: o.cols, numbering: 'none', units: o.units });
  o.lines.push(...t.lines);
  return t.end;
}

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, xã: under each criterion "Kết quả | Tự chấm": the commune's figure and the points it gave itself.

const selfPointsBeside: CorpusSpec = {
  name: 'ph-xa-24-ket-qua-va-cot-tu-cham-diem',
  plan: XA_PLAN,
  description:
    'Dưới mỗi tiêu chí hai cột con “Kết quả | Tự chấm”: số liệu của xã và số điểm xã tự chấm cho tiêu chí (không có cột thẩm định); cuối bảng “Tổng điểm tự chấm”.',
  shapes: ['national-header', 'grouped-2-rows', 'self-points-beside-figure', 'office-total', 'signature'],
  expect: 'read',
  build({ wb, plan, rng, lines, score }) {
    const sheet = 'Xa tu cham';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, {
      block: 'xa',
      sheet,
      names: take(PHUNG_HIEP_XA, 8, 3),
      ids: [...XA_CRITERIA, ...FACTS],
    });
    const results = score(units);
    const pts = (u: TruthUnit, id: string) => results.get(u.id)?.points[id] ?? 0;
    const habits: Habits = { rate: 'space', yesNo: 'co' };
    const cols: Col[] = [sttCol(), nameCol('Đơn vị')];
    for (const id of XA_CRITERIA) {
      const head = `${Number(id.slice(2))}. ${XA_WORDS[id][0]}`;
      cols.push(
        valueCol([head, 'Kết quả'], id, writerFor(plan, id, habits)),
        otherCol([head, 'Tự chấm'], (u) => ({ value: pts(u, id) })),
      );
    }
    cols.push(
      ...FACTS.map((id) => valueCol([XA_WORDS[id][0]], id, writerFor(plan, id))),
      otherCol(['Tổng điểm tự chấm'], (u) => ({ value: results.get(u.id)?.total ?? 0 })),
    );
    const end = districtTable(ws, {
      sheet,
      cols,
      units,
      lines,
      title: 'BẢNG TỔNG HỢP KẾT QUẢ XÃ, THỊ TRẤN TỰ CHẤM ĐIỂM CHUYỂN ĐỔI SỐ NĂM 2023',
    });
    sign(ws, end + 1, cols.length, 'Lê Hoàng Nam');
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, phòng ban: the appraisal's table holds points only, "Điểm tự chấm | Điểm thẩm định" under each
// criterion, no figure. Points are not figures: a reader must not take either for the criterion's value.

const pointsOnly: CorpusSpec = {
  name: 'ph-pb-17-chi-diem-tu-cham-diem-tham-dinh',
  plan: PB_PLAN,
  description:
    'Biên bản thẩm định chỉ ghi điểm: dưới mỗi tiêu chí “Điểm tự chấm | Điểm thẩm định”, không có cột số liệu (tỷ lệ, số lượng, có/không); hai cột số hồ sơ trễ hạn, số ngày chậm báo cáo là số liệu.',
  shapes: ['national-header', 'grouped-2-rows', 'self-and-appraised-points', 'no-figure-column', 'signature'],
  expect: 'refuse',
  reason:
    'Bảng chỉ có điểm (tự chấm và thẩm định), không có số liệu của tiêu chí; kế hoạch chấm từ số liệu, nên điểm không được đọc thay cho số liệu (8 điểm không phải 8%, không phải 8 hồ sơ).',
  mentions: [['điểm'], ['tiêu chí']],
  build({ wb, plan, rng, lines, score }) {
    const sheet = 'Tham dinh';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, {
      block: 'phong-ban',
      sheet,
      names: take(PHUNG_HIEP_PHONG, 9, 0),
      ids: [...PB_CRITERIA, ...FACTS],
    });
    const results = score(units);
    const max = new Map(plan.criteria.map((c) => [c.id, c.maxPoints]));
    const pts = (u: TruthUnit, id: string) => results.get(u.id)?.points[id] ?? 0;
    const selfPts = (u: TruthUnit, id: string) =>
      Math.min(max.get(id) ?? 0, pts(u, id) + (u.name.length % 2 ? 1 : 0));
    const cols: Col[] = [sttCol(), nameCol('Cơ quan, đơn vị')];
    for (const id of PB_CRITERIA) {
      const head = `TC${Number(id.slice(2))} – ${PB_WORDS[id][0]}`;
      cols.push(
        otherCol([head, 'Điểm tự chấm'], (u) => ({ value: selfPts(u, id) })),
        otherCol([head, 'Điểm thẩm định'], (u) => ({ value: pts(u, id) })),
      );
    }
    cols.push(...FACTS.map((id) => valueCol([PB_WORDS[id][0]], id, writerFor(plan, id))));
    const end = districtTable(ws, {
      sheet,
      cols,
      units,
      lines,
      title: 'BIÊN BẢN THẨM ĐỊNH ĐIỂM CHUYỂN ĐỔI SỐ CÁC CƠ QUAN, ĐƠN VỊ NĂM 2023',
    });
    sign(ws, end + 1, cols.length, 'Trần Quốc Việt');
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, xã: columns titled with the office's group codes "CQ1 … CQ12", "KT1 … KT6", "XH1 … XH6", explained
// in a key under the table ("Ghi chú: CQ1 – …"). "KT1" is criterion 13, not criterion 1.

const XA_CODES: [string, string[]][] = [
  ['CQ', XA_CRITERIA.slice(0, 12)],
  ['KT', XA_CRITERIA.slice(12, 18)],
  ['XH', XA_CRITERIA.slice(18)],
];

const keyBelow: CorpusSpec = {
  name: 'ph-xa-25-ma-nhom-cq-kt-xh-chu-giai-duoi-bang',
  plan: XA_PLAN,
  description:
    'Cột chỉ ghi mã riêng của phòng theo nhóm “CQ1 … CQ12” (chính quyền số), “KT1 … KT6” (kinh tế số), “XH1 … XH6” (xã hội số); dòng “Ghi chú:” dưới bảng giải nghĩa từng mã (“KT1 – Số hồ sơ nộp online trong năm”). KT1 là tiêu chí 13, không phải tiêu chí 1.',
  shapes: ['national-header', 'office-own-codes', 'codes-only-headers', 'legend-below-table', 'signature'],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Ma TC';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, {
      block: 'xa',
      sheet,
      names: take(PHUNG_HIEP_XA, 9, 0),
      ids: [...XA_CRITERIA, ...FACTS],
    });
    const habits: Habits = { rate: 'text', yesNo: 'x' };
    const cols: Col[] = [sttCol(), nameCol('Xã, TT')];
    const key: string[] = [];
    for (const [code, ids] of XA_CODES)
      ids.forEach((id, k) => {
        cols.push(valueCol([`${code}${k + 1}`], id, writerFor(plan, id, habits), { width: 8 }));
        key.push(`${code}${k + 1} – ${XA_WORDS[id][1]}`);
      });
    cols.push(...FACTS.map((id) => valueCol([XA_WORDS[id][0]], id, writerFor(plan, id))));
    let r = districtTable(ws, {
      sheet,
      cols,
      units,
      lines,
      title: 'KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ CHUYỂN ĐỔI SỐ NĂM 2023 (THEO MÃ)',
    });
    ws.getCell(++r, 2).value = 'Ghi chú:';
    for (const k of key) ws.getCell(++r, 2).value = k;
    ws.getCell(++r, 2).value = 'Ô đánh dấu “x”: có thực hiện; ô trống: không thực hiện.';
    sign(ws, r + 2, cols.length, 'Lê Hoàng Nam');
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, phòng ban: fifteen offices split over two sheets ("Phần 1", "Phần 2") with the same header, and a
// third sheet "Tong hop" of the office's totals and ranks only.

const twoSheetsAndTotal: CorpusSpec = {
  name: 'ph-pb-18-don-vi-tren-hai-sheet-va-sheet-tong',
  plan: PB_PLAN,
  description:
    'Mười lăm cơ quan chia hai sheet cùng mẫu “Phan 1” (8 đơn vị) và “Phan 2” (7 đơn vị), thêm sheet “Tong hop” chỉ có tổng điểm và xếp hạng của phòng lập biểu.',
  shapes: ['national-header', 'units-across-two-sheets', 'total-sheet', 'grouped-2-rows', 'signature'],
  expect: 'read',
  build({ wb, plan, rng, lines, score }) {
    const parts = ['Phan 1', 'Phan 2'];
    const names = [take(PHUNG_HIEP_PHONG, 8, 0), take(PHUNG_HIEP_PHONG, 7, 8)];
    const habits: Habits = { rate: 'fmt', yesNo: 'co' };
    const all: TruthUnit[] = [];
    parts.forEach((sheet, p) => {
      const ws = wb.addWorksheet(sheet);
      const units = makeUnits(plan, rng, {
        block: 'phong-ban',
        sheet,
        names: names[p],
        ids: [...PB_CRITERIA, ...FACTS],
      });
      const cols: Col[] = [
        sttCol(),
        nameCol(),
        ...PB_CRITERIA.map((id) =>
          valueCol([`Tiêu chí ${Number(id.slice(2))}`, PB_WORDS[id][0]], id, writerFor(plan, id, habits)),
        ),
        ...FACTS.map((id) => valueCol([PB_WORDS[id][0]], id, writerFor(plan, id))),
      ];
      const end = districtTable(ws, {
        sheet,
        cols,
        units,
        lines,
        title: `SỐ LIỆU CHUYỂN ĐỔI SỐ NĂM 2023 CÁC CƠ QUAN (PHẦN ${p + 1}/2)`,
      });
      sign(ws, end + 1, cols.length, 'Trần Quốc Việt');
      all.push(...units);
    });
    const results = score(all);
    const ws = wb.addWorksheet('Tong hop');
    const ranked = [...all].sort((a, b) => (results.get(b.id)?.total ?? 0) - (results.get(a.id)?.total ?? 0));
    ['STT', 'Tên đơn vị', 'Tổng điểm', 'Xếp hạng'].forEach((h, i) => put(ws, 1, i + 1, { value: h }));
    ranked.forEach((u, i) => {
      put(ws, i + 2, 1, { value: i + 1 });
      put(ws, i + 2, 2, { value: u.name });
      put(ws, i + 2, 3, { value: results.get(u.id)?.total ?? 0 });
      put(ws, i + 2, 4, { value: i + 1 });
    });
    ws.getColumn(2).width = 36;
    return { units: all, dataSheets: parts };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Kiên Giang 243: targets in rows, departments and districts in columns, a row "Khối" under the names saying each
// unit's block; a target its block does not have is left blank.

const transposedWithBlockRow: CorpusSpec = {
  name: 'kg243-08-chi-tieu-theo-dong-dong-khoi',
  plan: KG_PLAN,
  description:
    'Chỉ tiêu theo dòng, đơn vị theo cột (3 sở, 4 huyện); dòng “Khối” ngay dưới tên đơn vị ghi “Sở, ngành” hoặc “Huyện, TP”; chỉ tiêu không giao cho khối của đơn vị để trống; các tiêu chuẩn chung ở cuối bảng.',
  shapes: ['national-header', 'units-in-columns', 'block-row', 'not-applicable-blank', 'signature'],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Theo chi tieu';
    const ws = wb.addWorksheet(sheet);
    const so = makeUnits(plan, rng, {
      block: 'so-nganh',
      sheet,
      names: take(KIEN_GIANG_SO, 3, 1),
      ids: [...idsFor(plan, 'so-nganh', ['target']), ...KG_GENERAL],
    });
    const huyen = makeUnits(plan, rng, {
      block: 'huyen',
      sheet,
      names: take(KIEN_GIANG_HUYEN, 4, 0),
      ids: [...idsFor(plan, 'huyen', ['target']), ...KG_GENERAL],
    });
    const units = [...so, ...huyen];
    const targets = (plan.targets ?? []).map((t) => t.id).filter((id) => id in KG_WORDS);
    const habits: Habits = { rate: 'text', yesNo: 'co', spelling: KG_SPELLING, capitalise: true };
    const width = 3 + units.length;
    const top = officeHeader(ws, {
      agency: ['UBND TỈNH KIÊN GIANG', 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG'],
      titles: ['KẾT QUẢ THỰC HIỆN CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2023'],
      width,
    });
    let r = writeHeader(
      ws,
      top,
      1,
      [
        { head: ['STT'] },
        { head: ['Chỉ tiêu'] },
        { head: ['ĐVT'] },
        ...units.map((u) => ({ head: [u.name] })),
      ],
      'none',
    );
    put(ws, r, 2, { value: 'Khối' });
    units.forEach((u, k) => put(ws, r, 4 + k, { value: u.block === 'so-nganh' ? 'Sở, ngành' : 'Huyện, TP' }));
    lines.push({ sheet, row: r, header: 'Khối', target: 'ignore' });
    r++;
    const rows: [string, string][] = [
      ...targets.map((id) => [id, KG_WORDS[id][0]] as [string, string]),
      ...KG_GENERAL.map((id) => [id, KG_WORDS[id][0]] as [string, string]),
    ];
    rows.forEach(([id, text], i) => {
      put(ws, r, 1, { value: i + 1 });
      put(ws, r, 2, { value: text });
      put(ws, r, 3, { value: KG_GENERAL.includes(id) ? '' : '%' });
      const write = writerFor(plan, id, habits);
      units.forEach((u, k) => put(ws, r, 4 + k, write(u.values[id] ?? u.facts[id], i + k)));
      lines.push({ sheet, row: r, header: text, target: id });
      r++;
    });
    ws.getColumn(2).width = 48;
    signature(ws, r + 1, {
      place: 'Rạch Giá, ngày 20 tháng 12 năm 2023',
      left: ['NGƯỜI TỔNG HỢP', '', '', 'Lâm Thanh Hà'],
      right: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', 'Trương Minh Cường'],
      width,
    });
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, xã: each title merged over its column with the unit of measure on a second header row: "(%)",
// "(hồ sơ)", "(tin, bài)", "(Có/Không)".

const measureOf = (plan: Plan, id: string): string => {
  if (id === 'lateDossiersMaxInMonth') return '(hồ sơ)';
  if (id === 'reportDelayMaxDays') return '(ngày)';
  const k = kindOf(plan, id);
  if (k === 'rate') return '(%)';
  if (k === 'yesNo') return '(Có/Không)';
  return id === 'tc13' ? '(hồ sơ)' : id === 'tc18' ? '(sản phẩm)' : '(tin, bài)';
};

const unitsOfMeasureRow: CorpusSpec = {
  name: 'ph-xa-26-dong-tieu-de-thu-hai-la-don-vi-tinh',
  plan: XA_PLAN,
  description:
    'Tiêu đề mỗi cột ở dòng trên, dòng dưới chỉ ghi đơn vị tính “(%)”, “(hồ sơ)”, “(tin, bài)”, “(sản phẩm)”, “(Có/Không)”, “(ngày)”; tên tiêu chí bỏ “(%)” ở cuối.',
  shapes: ['national-header', 'units-of-measure-row', 'grouped-2-rows', 'abbreviations', 'signature'],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Bieu 02';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, {
      block: 'xa',
      sheet,
      names: take(PHUNG_HIEP_XA, 10, 5),
      ids: [...XA_CRITERIA, ...FACTS],
    });
    const habits: Habits = { rate: 'plain', yesNo: 'co' };
    const cols: Col[] = [
      { ...sttCol(), head: ['STT', ''] },
      { ...nameCol('Tên xã, thị trấn'), head: ['Tên xã, thị trấn', ''] },
      ...[...XA_CRITERIA, ...FACTS].map((id) =>
        valueCol(
          [XA_WORDS[id][0].replace(/\s*\(%\)$/, ''), measureOf(plan, id)],
          id,
          writerFor(plan, id, habits),
        ),
      ),
    ];
    const end = districtTable(ws, {
      sheet,
      cols,
      units,
      lines,
      title: 'SỐ LIỆU CHUYỂN ĐỔI SỐ CẤP XÃ NĂM 2023',
    });
    sign(ws, end + 1, cols.length, 'Lê Hoàng Nam');
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, phòng ban: figures pasted from a text report, an apostrophe left in front ("'85,5", "'12").

const apostrophe =
  (write: Write): Write =>
  (m, row) => {
    const c = write(m, row);
    if (row % 2 === 0 || c.value === null || typeof c.value === 'boolean') return c;
    if (typeof c.value === 'number' && !c.numFmt) return { value: `'${comma(c.value)}` };
    if (typeof c.value === 'string' && /^\d/.test(c.value)) return { value: `'${c.value}` };
    return c;
  };

const apostropheText: CorpusSpec = {
  name: 'ph-pb-19-so-dan-tu-van-ban-co-dau-nhay',
  plan: PB_PLAN,
  description:
    "Số liệu dán từ báo cáo văn bản, nửa số ô còn dấu nháy đơn phía trước (“'85,5”, “'12”, “'0”), nửa kia là số thật; tỷ lệ không có dấu %.",
  shapes: ['national-header', 'grouped-2-rows', 'numbers-as-text-apostrophe', 'signature'],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'So lieu dan';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, {
      block: 'phong-ban',
      sheet,
      names: take(PHUNG_HIEP_PHONG, 10, 2),
      ids: [...PB_CRITERIA, ...FACTS],
    });
    const habits: Habits = { rate: 'plain', yesNo: 'co' };
    const cols: Col[] = [
      sttCol('TT'),
      nameCol('Đơn vị'),
      ...[...PB_CRITERIA, ...FACTS].map((id) =>
        valueCol(
          [id.startsWith('tc') ? `Tiêu chí ${Number(id.slice(2))}` : 'Số liệu khác', PB_WORDS[id][0]],
          id,
          apostrophe(writerFor(plan, id, habits)),
        ),
      ),
    ];
    const end = districtTable(ws, {
      sheet,
      cols,
      units,
      lines,
      title: 'TỔNG HỢP SỐ LIỆU CHUYỂN ĐỔI SỐ CÁC CƠ QUAN NĂM 2023',
    });
    sign(ws, end + 1, cols.length, 'Trần Quốc Việt');
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, xã: group lines "1 | Các thị trấn", "2 | Các xã" with sub-numbered units "1.1", "1.2", a gap where a
// line was deleted (2.3), and a "Ngày báo cáo" column of dates pasted as serial numbers.

const subNumbered: CorpusSpec = {
  name: 'ph-xa-27-stt-1-1-nhom-va-ngay-bao-cao-serial',
  plan: XA_PLAN,
  description:
    'Dòng nhóm “1 | Các thị trấn”, “2 | Các xã”; đơn vị đánh số “1.1”, “1.2”, “2.1”, “2.2”, “2.4” (dòng 2.3 đã xóa); cột “Ngày báo cáo” là ngày dán thành số serial (45296) ở ô General.',
  shapes: [
    'national-header',
    'grouped-2-rows',
    'stt-sub-numbers',
    'stt-gaps',
    'group-rows',
    'report-date-serials',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'TH xa';
    const ws = wb.addWorksheet(sheet);
    const towns = makeUnits(plan, rng, {
      block: 'xa',
      sheet,
      names: take(PHUNG_HIEP_XA, 3, 0),
      ids: [...XA_CRITERIA, ...FACTS],
    });
    const communes = makeUnits(plan, rng, {
      block: 'xa',
      sheet,
      names: take(PHUNG_HIEP_XA, 7, 3),
      ids: [...XA_CRITERIA, ...FACTS],
    });
    const habits: Habits = { rate: 'text', yesNo: 'co' };
    const cols: Col[] = [
      sttCol(),
      nameCol(),
      otherCol(['Ngày báo cáo'], (_u, _v, i) => ({ value: 45294 + (i % 5) })),
      ...XA_CRITERIA.map((id) =>
        valueCol([`Tiêu chí ${Number(id.slice(2))}`, XA_WORDS[id][0]], id, writerFor(plan, id, habits)),
      ),
      ...FACTS.map((id) => valueCol([XA_WORDS[id][0]], id, writerFor(plan, id))),
    ];
    const top = officeHeader(ws, {
      agency: ['UBND HUYỆN PHỤNG HIỆP', 'PHÒNG VĂN HÓA VÀ THÔNG TIN'],
      titles: ['TỔNG HỢP SỐ LIỆU CHUYỂN ĐỔI SỐ CÁC XÃ, THỊ TRẤN NĂM 2023'],
      width: cols.length,
    });
    let r = writeHeader(ws, top, 1, cols, 'none');
    const groups: [string, string, TruthUnit[]][] = [
      ['1', 'Các thị trấn', towns],
      ['2', 'Các xã', communes],
    ];
    let i = 0;
    for (const [n, title, units] of groups) {
      put(ws, r, 1, { value: Number(n) });
      put(ws, r, 2, { value: title });
      ws.getRow(r).font = { bold: true };
      r++;
      units.forEach((u, k) => {
        const sub = n === '2' && k >= 2 ? k + 2 : k + 1;
        cols.forEach((c, j) => {
          const cell: Cell =
            c.role === 'stt'
              ? { value: `${n}.${sub}` }
              : c.role === 'name'
                ? { value: u.name }
                : (c.cell?.(u, i + j, i) ?? { value: null });
          put(ws, r, 1 + j, cell);
        });
        r++;
        i++;
      });
    }
    cols.forEach((c, j) => (ws.getColumn(1 + j).width = c.role === 'name' ? 28 : 12));
    lines.push(...columnLines(sheet, 1, cols));
    sign(ws, r + 1, cols.length, 'Lê Hoàng Nam');
    return { units: [...towns, ...communes], dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, phòng ban: long names typed with a line break inside the cell, and a blank narrow column between the
// criteria groups.

const brokenNames: CorpusSpec = {
  name: 'ph-pb-20-ten-xuong-dong-cot-trong-giua-nhom',
  plan: PB_PLAN,
  description:
    'Tên cơ quan dài gõ xuống dòng trong ô (“Phòng Lao động –⏎Thương binh và Xã hội”); một cột trống hẹp giữa các nhóm tiêu chí (không tiêu đề, không số liệu).',
  shapes: ['national-header', 'grouped-2-rows', 'unit-name-line-break', 'blank-spacer-columns', 'signature'],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Phong ban';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, {
      block: 'phong-ban',
      sheet,
      names: take(PHUNG_HIEP_PHONG, 11, 0),
      ids: [...PB_CRITERIA, ...FACTS],
    });
    const broken = (name: string) =>
      name.length < 20 ? name : name.replace(/^(.{12,}?)\s(?=\S)/, (m, a: string) => `${a}\n`);
    const habits: Habits = { rate: 'text', yesNo: 'co' };
    const groups: [string, string[]][] = [
      ['Hạ tầng, nhân lực', PB_CRITERIA.slice(0, 5)],
      ['Chính quyền số', PB_CRITERIA.slice(5, 13)],
      ['Truyền thông, mô hình', PB_CRITERIA.slice(13)],
    ];
    const cols: Col[] = [
      sttCol(),
      {
        ...nameCol('Cơ quan, đơn vị'),
        cell: (u) => ({ value: broken(u.name) }),
      },
    ];
    groups.forEach(([g, ids], k) => {
      if (k > 0) cols.push({ head: [''], target: 'ignore', width: 2 });
      cols.push(...ids.map((id) => valueCol([g, PB_WORDS[id][0]], id, writerFor(plan, id, habits))));
    });
    cols.push({ head: [''], target: 'ignore', width: 2 });
    cols.push(...FACTS.map((id) => valueCol(['Trừ điểm', PB_WORDS[id][0]], id, writerFor(plan, id))));
    const top = officeHeader(ws, {
      agency: ['UBND HUYỆN PHỤNG HIỆP', 'PHÒNG VĂN HÓA VÀ THÔNG TIN'],
      titles: ['KẾT QUẢ CHUYỂN ĐỔI SỐ CÁC CƠ QUAN CHUYÊN MÔN NĂM 2023'],
      width: cols.length,
    });
    let r = writeHeader(ws, top, 1, cols, 'none');
    units.forEach((u, i) => {
      cols.forEach((c, j) => {
        const cell: Cell = c.role === 'stt' ? { value: i + 1 } : (c.cell?.(u, i + j, i) ?? { value: null });
        put(ws, r, 1 + j, cell);
        if (c.role === 'name') ws.getCell(r, 1 + j).alignment = { wrapText: true };
      });
      r++;
    });
    cols.forEach((c, j) => (ws.getColumn(1 + j).width = c.width ?? (c.role === 'name' ? 24 : 12)));
    lines.push(...columnLines(sheet, 1, cols));
    sign(ws, r + 1, cols.length, 'Trần Quốc Việt');
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Kiên Giang 243: departments and districts in one table with a "Khối" column; a district-only target left blank
// for every department (not theirs), and one target left blank for one district only (not sent: missing).

const blankForBlockOrUnit: CorpusSpec = {
  name: 'kg243-09-cot-trong-ca-khoi-va-trong-mot-don-vi',
  plan: KG_PLAN,
  description:
    'Sở và huyện chung bảng có cột “Khối”; các chỉ tiêu kinh tế số, xã hội số chỉ giao cho huyện để trống ở mọi dòng Sở (không áp dụng); riêng Huyện Châu Thành để trống “TL TTHC xử lý đúng hạn” (chưa báo cáo).',
  shapes: [
    'national-header',
    'grouped-2-rows',
    'block-column',
    'blank-for-block',
    'blank-for-one-unit',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Tong hop 2023';
    const ws = wb.addWorksheet(sheet);
    const so = makeUnits(plan, rng, {
      block: 'so-nganh',
      sheet,
      names: take(KIEN_GIANG_SO, 5, 3),
      ids: [...idsFor(plan, 'so-nganh', ['target']), ...KG_GENERAL],
    });
    const huyen = makeUnits(plan, rng, {
      block: 'huyen',
      sheet,
      names: take(KIEN_GIANG_HUYEN, 6, 5),
      ids: [...idsFor(plan, 'huyen', ['target']), ...KG_GENERAL],
    });
    const missing = huyen[2];
    delete missing.values['cqs-08'];
    const units = [...so, ...huyen];
    const targets = (plan.targets ?? []).map((t) => t.id).filter((id) => id in KG_WORDS);
    const habits: Habits = { rate: 'text', yesNo: 'co', spelling: KG_SPELLING, capitalise: true };
    const group: Record<string, string> = { cqs: 'Chính quyền số', kts: 'Kinh tế số', xhs: 'Xã hội số' };
    const cols: Col[] = [
      sttCol(),
      nameCol('Cơ quan, địa phương'),
      otherCol(['Khối'], (u) => ({ value: u.block === 'so-nganh' ? 'Sở, ngành' : 'Huyện, TP' }), 11),
      ...targets.map((id) =>
        valueCol([group[id.slice(0, 3)], KG_WORDS[id][0]], id, writerFor(plan, id, habits)),
      ),
      ...KG_GENERAL.map((id) =>
        valueCol(['Tiêu chuẩn chung', KG_WORDS[id][0]], id, writerFor(plan, id, habits)),
      ),
    ];
    const top = officeHeader(ws, {
      agency: ['UBND TỈNH KIÊN GIANG', 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG'],
      titles: ['TỔNG HỢP CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2023'],
      width: cols.length,
    });
    const t = rowTable(ws, { sheet, top, cols, numbering: 'none', units });
    lines.push(...t.lines);
    signature(ws, t.end + 1, {
      place: 'Rạch Giá, ngày 21 tháng 12 năm 2023',
      left: ['NGƯỜI TỔNG HỢP', '', '', 'Lâm Thanh Hà'],
      right: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', 'Trương Minh Cường'],
      width: cols.length,
    });
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, xã: one rate column typed two ways by two clerks: 0,855 in a cell formatted "0.0%" on some rows, 85,5
// as a plain number on the others.

const fmtOrPlain: Write = (m, row) => {
  if (typeof m !== 'number') return { value: m === undefined ? null : String(m) };
  if (row % 2 === 0) return { value: Math.round(m * 10) / 1000, numFmt: '0.0%' };
  return m > 1 ? { value: m } : { value: `${comma(m)}%` };
};

const percentTwoWays: CorpusSpec = {
  name: 'ph-xa-28-ty-le-0-855-dinh-dang-va-85-5-thuong',
  plan: XA_PLAN,
  description:
    'Hai người nhập chung một bảng: nửa số dòng tỷ lệ gõ 0,855 ở ô định dạng phần trăm (hiện 85,5%), nửa kia gõ 85,5 ở ô thường; cùng một cột.',
  shapes: ['national-header', 'grouped-2-rows', 'percent-formatted-and-plain-mixed', 'signature'],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Nhap lieu';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, {
      block: 'xa',
      sheet,
      names: take(PHUNG_HIEP_XA, 10, 1),
      ids: [...XA_CRITERIA, ...FACTS],
    });
    const habits: Habits = { yesNo: 'co' };
    const cols: Col[] = [
      sttCol(),
      nameCol('Xã, thị trấn'),
      ...XA_CRITERIA.map((id) =>
        valueCol(
          [`TC${Number(id.slice(2))}`, XA_WORDS[id][0]],
          id,
          kindOf(plan, id) === 'rate'
            ? (m, row) => fmtOrPlain(m, Math.floor(row / 100))
            : writerFor(plan, id, habits),
        ),
      ),
      ...FACTS.map((id) => valueCol([XA_WORDS[id][0]], id, writerFor(plan, id))),
    ];
    const top = officeHeader(ws, {
      agency: ['UBND HUYỆN PHỤNG HIỆP', 'PHÒNG VĂN HÓA VÀ THÔNG TIN'],
      titles: ['SỐ LIỆU CHUYỂN ĐỔI SỐ CÁC XÃ NĂM 2023 (BẢN NHẬP CHUNG)'],
      width: cols.length,
    });
    let r = writeHeader(ws, top, 1, cols, 'none');
    units.forEach((u, i) => {
      cols.forEach((c, j) => {
        const cell: Cell =
          c.role === 'stt'
            ? { value: i + 1 }
            : c.role === 'name'
              ? { value: u.name }
              : (c.cell?.(u, i * 100, i) ?? { value: null });
        put(ws, r, 1 + j, cell);
      });
      r++;
    });
    cols.forEach((c, j) => (ws.getColumn(1 + j).width = c.role === 'name' ? 28 : 12));
    lines.push(...columnLines(sheet, 1, cols));
    sign(ws, r + 1, cols.length, 'Lê Hoàng Nam');
    return { units, dataSheets: [sheet] };
  },
};

export const OFFICE_LAYOUTS_6_SPECS: CorpusSpec[] = [
  selfPointsBeside,
  pointsOnly,
  keyBelow,
  twoSheetsAndTotal,
  transposedWithBlockRow,
  unitsOfMeasureRow,
  apostropheText,
  subNumbered,
  brokenNames,
  blankForBlockOrUnit,
  percentTwoWays,
];
