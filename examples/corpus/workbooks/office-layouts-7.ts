/**
 * A seventh round of the offices' own layouts: a form number and a "Kèm theo Kế hoạch số …" line above a header
 * over three rows, figures typed as text with non-breaking spaces, formulas whose cached value is an error (#DIV/0!,
 * #N/A) or missing, points typed "8/10" and "đạt 9 điểm" beside each figure, the unit's own figures beside the
 * council's, one sheet per quarter before the year's sheet, the same communes named a little differently on two
 * sheets, criteria in rows numbered "1.1", "1.2" under group lines with a "Cộng" row per group, notes of estimate
 * in the value's cell, each block named only in its "Cộng khối …" line under its units, target | done | share of
 * target under each rate, hamlets listed under their commune ("Trong đó: - Ấp …"), and offices' names abbreviated
 * with one mark merged down over several offices.
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
const NBSP = '\u00a0';
const comma = (n: number) => String(n).replace('.', ',');
const num = (id: string) => Number(id.slice(2));

function kindOf(plan: Plan, id: string): string | undefined {
  return plan.criteria.find((c) => c.id === id)?.scoring.kind;
}

/** The district's signature under a table. */
function sign(ws: ExcelJS.Worksheet, row: number, width: number, who: string): void {
  signature(ws, row, {
    place: 'Phụng Hiệp, ngày 10 tháng 01 năm 2024',
    left: ['NGƯỜI LẬP BẢNG', '', '', 'Huỳnh Thị Kim Ngân'],
    right: ['KT. TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG', '', '', who],
    width,
  });
}

/** A units-in-rows table under the district's header; returns the row after it. */
function districtTable(
  ws: ExcelJS.Worksheet,
  o: { sheet: string; cols: Col[]; units: TruthUnit[]; titles: string[]; lines: TruthLine[] },
): number {
  const top = officeHeader(ws, {
    agency: ['UBND HUYỆN PHỤNG HIỆP', 'PHÒNG VĂN HÓA VÀ THÔNG TIN'],
    titles: o.titles,
    width: o.cols.length,
  });
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
// Phụng Hiệp, xã: "Biểu số 02" and "(Kèm theo Kế hoạch số 112/KH-UBND ngày 15/3/2023 …)" above a header over
// three rows: "Kết quả thực hiện" over every criterion, the three groups under it, the titles at the bottom.

const XA_GROUPS: [string, string[]][] = [
  ['Chính quyền số', XA_CRITERIA.slice(0, 12)],
  ['Kinh tế số', XA_CRITERIA.slice(12, 18)],
  ['Xã hội số', XA_CRITERIA.slice(18)],
];

const formAndPlanLine: CorpusSpec = {
  name: 'ph-xa-29-bieu-so-kem-theo-ke-hoach-tieu-de-ba-dong',
  plan: XA_PLAN,
  description:
    'Góc phải trên cùng “Biểu số 02”, dưới tiêu đề dòng “(Kèm theo Kế hoạch số 112/KH-UBND ngày 15/3/2023 của UBND huyện)”; tiêu đề bảng ba tầng: “Kết quả thực hiện” trùm mọi tiêu chí, dưới là ba nhóm, dưới cùng tên tiêu chí; STT, tên xã gộp ba dòng.',
  shapes: [
    'form-number',
    'attached-to-plan-line',
    'national-header',
    'grouped-3-rows',
    'abbreviations',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Bieu 02';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, {
      block: 'xa',
      sheet,
      names: take(PHUNG_HIEP_XA, 11, 2),
      ids: [...XA_CRITERIA, ...FACTS],
    });
    const habits: Habits = { rate: 'text', yesNo: 'co' };
    const cols: Col[] = [
      sttCol(),
      nameCol('Xã, thị trấn'),
      ...XA_GROUPS.flatMap(([group, ids]) =>
        ids.map((id) =>
          valueCol(['Kết quả thực hiện', group, XA_WORDS[id][0]], id, writerFor(plan, id, habits)),
        ),
      ),
      ...FACTS.map((id) => valueCol([XA_WORDS[id][0]], id, writerFor(plan, id))),
    ];
    ws.getCell(1, cols.length - 1).value = 'Biểu số 02';
    ws.getCell(1, cols.length - 1).font = { bold: true, italic: true };
    const top = officeHeader(ws, {
      agency: ['UBND HUYỆN PHỤNG HIỆP', 'PHÒNG VĂN HÓA VÀ THÔNG TIN'],
      titles: [
        'TỔNG HỢP KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ CHUYỂN ĐỔI SỐ CẤP XÃ NĂM 2023',
        '(Kèm theo Kế hoạch số 112/KH-UBND ngày 15/3/2023 của UBND huyện Phụng Hiệp)',
      ],
      width: cols.length,
      top: 2,
    });
    const t = rowTable(ws, { sheet, top, cols, numbering: 'none', units });
    lines.push(...t.lines);
    sign(ws, t.end + 1, cols.length, 'Lê Hoàng Nam');
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, xã: figures pasted from a web report as text, with non-breaking spaces: "85,5 %", " 12 ",
// "1 250", and names ending in a non-breaking space.

const nbspText: Write = (m) => {
  if (m === undefined) return { value: null };
  if (typeof m === 'number') {
    const grouped = String(m).replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
    return { value: `${NBSP}${grouped.replace('.', ',')}${NBSP}` };
  }
  if (typeof m === 'boolean') return { value: `${m ? 'Có' : 'Không'}${NBSP}` };
  return { value: m };
};
const nbspRate: Write = (m) => (typeof m === 'number' ? { value: `${comma(m)}${NBSP}%` } : nbspText(m, 0));

const nonBreakingSpaces: CorpusSpec = {
  name: 'ph-xa-30-so-dang-chu-khoang-trang-cung',
  plan: XA_PLAN,
  description:
    'Số liệu dán từ trang báo cáo trực tuyến: mọi ô là chữ, có dấu cách cứng (U+00A0) — “85,5 %”, “ 12 ”, “1 250”, “Có ”; tên xã cũng dư dấu cách cứng ở cuối.',
  shapes: ['national-header', 'single-header-row', 'numbers-as-text-nbsp', 'thousands-nbsp', 'signature'],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Dan tu web';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, {
      block: 'xa',
      sheet,
      names: take(PHUNG_HIEP_XA, 9, 6),
      ids: [...XA_CRITERIA, ...FACTS],
    });
    for (const u of units) if (typeof u.values.tc13 === 'number') u.values.tc13 = u.values.tc13 * 97 + 1003;
    const cols: Col[] = [
      sttCol(),
      nameCol('Tên đơn vị'),
      ...XA_CRITERIA.map((id) =>
        valueCol([`${num(id)}. ${XA_WORDS[id][0]}`], id, kindOf(plan, id) === 'rate' ? nbspRate : nbspText),
      ),
      ...FACTS.map((id) => valueCol([XA_WORDS[id][0]], id, nbspText)),
    ];
    const top = officeHeader(ws, {
      agency: ['UBND HUYỆN PHỤNG HIỆP', 'PHÒNG VĂN HÓA VÀ THÔNG TIN'],
      titles: ['SỐ LIỆU CHUYỂN ĐỔI SỐ CÁC XÃ, THỊ TRẤN NĂM 2023 (TRÍCH TỪ HỆ THỐNG BÁO CÁO)'],
      width: cols.length,
    });
    let r = writeHeader(ws, top, 1, cols, 'none');
    units.forEach((u, i) => {
      cols.forEach((c, j) => {
        if (c.role === 'stt') put(ws, r, 1 + j, { value: i + 1 });
        else if (j === 1) put(ws, r, 1 + j, { value: `${u.name}${NBSP}` });
        else put(ws, r, 1 + j, c.cell?.(u, i + j, i) ?? { value: null });
      });
      r++;
    });
    widths(ws, cols);
    lines.push(...columnLines(sheet, 1, cols));
    sign(ws, r + 1, cols.length, 'Lê Hoàng Nam');
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, phòng ban: rates computed by formulas; for three offices the cached value is an error — #DIV/0! (no
// dossier at all), #N/A (a lookup that found nothing). An error is no figure: the unit is held, naming the cell.

const errorValues: CorpusSpec = {
  name: 'ph-pb-21-cong-thuc-loi-div0-na',
  plan: PB_PLAN,
  description:
    'Các cột tỷ lệ là công thức có giá trị đã tính; ở ba cơ quan giá trị lưu sẵn là lỗi: “#DIV/0!” (chưa có hồ sơ nào, chia cho 0), “#N/A” (VLOOKUP không tìm thấy tên trên sheet nguồn). Lỗi không phải số liệu: đơn vị phải giữ lại, nêu ô.',
  shapes: ['national-header', 'grouped-2-rows', 'formulas', 'formula-error-values', 'signature'],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'TH 2023';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, {
      block: 'phong-ban',
      sheet,
      names: take(PHUNG_HIEP_PHONG, 10, 1),
      ids: [...PB_CRITERIA, ...FACTS],
    });
    const errors: Record<string, [string, string]> = {
      [units[2].id]: ['tc06', '#DIV/0!'],
      [units[5].id]: ['tc07', '#DIV/0!'],
      [units[7].id]: ['tc09', '#N/A'],
    };
    const habits: Habits = { rate: 'fmt', yesNo: 'co' };
    const formulaRate =
      (id: string): Col['cell'] =>
      (u, v, i) => {
        const row = i + 1;
        const e = errors[u.id];
        if (e && e[0] === id)
          return {
            value: {
              formula: e[1] === '#N/A' ? `VLOOKUP(B${row},Nguon!A:F,4,0)` : `ROUND(F${row}/0,3)`,
              result: { error: e[1] as ExcelJS.CellErrorValue['error'] },
            } as ExcelJS.CellValue,
          };
        const cell = writerFor(plan, id, habits)(u.values[id], v);
        if (typeof cell.value !== 'number') return cell;
        return { value: { formula: `ROUND(X${row}/Y${row},3)`, result: cell.value }, numFmt: cell.numFmt };
      };
    const groups: Record<string, string> = {};
    const G: [string, string[]][] = [
      ['Hạ tầng, nhân lực số', ['tc01', 'tc03', 'tc04', 'tc05', 'tc12', 'tc13']],
      ['Dịch vụ công trực tuyến', ['tc06', 'tc07', 'tc08', 'tc14']],
      ['Văn bản, báo cáo', ['tc02', 'tc09', 'tc10', 'tc11']],
      ['Truyền thông, sáng kiến', ['tc15', 'tc16']],
    ];
    for (const [g, ids] of G) for (const id of ids) groups[id] = g;
    const cols: Col[] = [
      sttCol(),
      nameCol('Cơ quan, đơn vị'),
      ...G.flatMap(([g, ids]) =>
        ids.map((id) =>
          kindOf(plan, id) === 'rate'
            ? { head: [g, PB_WORDS[id][0]], target: id, cell: formulaRate(id) }
            : valueCol([g, PB_WORDS[id][0]], id, writerFor(plan, id, habits)),
        ),
      ),
      ...FACTS.map((id) => valueCol([PB_WORDS[id][0]], id, writerFor(plan, id))),
    ];
    const end = districtTable(ws, {
      sheet,
      cols,
      units,
      lines,
      titles: ['TỔNG HỢP SỐ LIỆU CHUYỂN ĐỔI SỐ CÁC CƠ QUAN CHUYÊN MÔN NĂM 2023'],
    });
    sign(ws, end + 1, cols.length, 'Trần Quốc Việt');
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, phòng ban: a workbook written by another program, its formulas never computed: the last three offices'
// rates are formulas with no cached value. What they come to is not in the file: held, naming each cell.

const uncachedFormulas: CorpusSpec = {
  name: 'ph-pb-22-cong-thuc-chua-co-gia-tri',
  plan: PB_PLAN,
  description:
    'Tệp do phần mềm khác xuất, không tính lại công thức: ở ba cơ quan cuối bảng các ô tỷ lệ là công thức “=ROUND(…)” chưa có giá trị lưu sẵn (mở bằng Excel mới thấy số). Giá trị không có trong tệp: đơn vị phải giữ lại, nêu ô.',
  shapes: ['national-header', 'grouped-2-rows', 'formulas', 'formulas-without-cached-values', 'signature'],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Xuat tu PM';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, {
      block: 'phong-ban',
      sheet,
      names: take(PHUNG_HIEP_PHONG, 9, 4),
      ids: [...PB_CRITERIA, ...FACTS],
    });
    const habits: Habits = { rate: 'fmt', yesNo: 'co' };
    const cols: Col[] = [
      sttCol(),
      nameCol('Tên cơ quan'),
      ...PB_CRITERIA.map((id) => {
        const write = writerFor(plan, id, habits);
        const head = [`Tiêu chí ${num(id)}`, PB_WORDS[id][0]];
        if (kindOf(plan, id) !== 'rate') return valueCol(head, id, write);
        return {
          head,
          target: id,
          cell: (u: TruthUnit, v: number, i: number): Cell => {
            if (i < units.length - 3) return write(u.values[id], v);
            return {
              value: { formula: `ROUND(AA${i + 8}/AB${i + 8},3)` } as ExcelJS.CellValue,
              numFmt: '0.0%',
            };
          },
        } satisfies Col;
      }),
      ...FACTS.map((id) => valueCol([PB_WORDS[id][0]], id, writerFor(plan, id))),
    ];
    const end = districtTable(ws, {
      sheet,
      cols,
      units,
      lines,
      titles: ['KẾT QUẢ CHUYỂN ĐỔI SỐ CÁC CƠ QUAN NĂM 2023'],
    });
    sign(ws, end + 1, cols.length, 'Trần Quốc Việt');
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, xã: under each criterion "Kết quả | Điểm", the points typed by hand "8/10", "đạt 9 điểm", "10đ".
// "8/10" in a points column is no rate of 80%.

const typedPoints: CorpusSpec = {
  name: 'ph-xa-31-diem-go-8-tren-10-dat-9-diem',
  plan: XA_PLAN,
  description:
    'Dưới mỗi tiêu chí “Kết quả | Điểm”; điểm gõ tay theo nhiều kiểu: “8/10”, “đạt 9 điểm”, “10đ”, “7 đ”; cột “Điểm” không phải số liệu (8/10 là 8 điểm trên 10 điểm tối đa, không phải tỷ lệ 80%).',
  shapes: ['national-header', 'grouped-2-rows', 'points-typed-as-text', 'points-beside-figure', 'signature'],
  expect: 'read',
  build({ wb, plan, rng, lines, score }) {
    const sheet = 'Cham diem';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, {
      block: 'xa',
      sheet,
      names: take(PHUNG_HIEP_XA, 8, 0),
      ids: [...XA_CRITERIA, ...FACTS],
    });
    const results = score(units);
    const max = new Map(plan.criteria.map((c) => [c.id, c.maxPoints]));
    const typed = (p: number, m: number, k: number): string =>
      [`${comma(p)}/${m}`, `đạt ${comma(p)} điểm`, `${comma(p)}đ`, `${comma(p)} đ`][k % 4];
    const habits: Habits = { rate: 'text', yesNo: 'x' };
    const cols: Col[] = [sttCol(), nameCol('Đơn vị')];
    for (const id of XA_CRITERIA) {
      const head = `TC ${num(id)}: ${XA_WORDS[id][0]} (${max.get(id)}đ)`;
      cols.push(
        valueCol([head, 'Kết quả'], id, writerFor(plan, id, habits)),
        otherCol([head, 'Điểm'], (u, v) => ({
          value: typed(Math.round((results.get(u.id)?.points[id] ?? 0) * 10) / 10, max.get(id) ?? 0, v),
        })),
      );
    }
    cols.push(...FACTS.map((id) => valueCol([XA_WORDS[id][0]], id, writerFor(plan, id))));
    const end = districtTable(ws, {
      sheet,
      cols,
      units,
      lines,
      titles: ['BẢNG CHẤM ĐIỂM CHUYỂN ĐỔI SỐ CẤP XÃ NĂM 2023'],
    });
    sign(ws, end + 1, cols.length, 'Lê Hoàng Nam');
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, phòng ban: "Đơn vị tự đánh giá | Hội đồng đánh giá" under each criterion, both figures (the council
// corrected some). The council's figure is the one scored.

const selfAndCouncilFigures: CorpusSpec = {
  name: 'ph-pb-23-don-vi-tu-danh-gia-hoi-dong-danh-gia',
  plan: PB_PLAN,
  description:
    'Dưới mỗi tiêu chí hai cột số liệu “ĐV tự đánh giá | HĐ TĐKT đánh giá”: cơ quan tự báo cáo, Hội đồng Thi đua – Khen thưởng kiểm tra lại và sửa một số ô; số liệu chấm là của Hội đồng.',
  shapes: ['national-header', 'grouped-2-rows', 'self-and-council-figures', 'signature'],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Hoi dong';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, {
      block: 'phong-ban',
      sheet,
      names: take(PHUNG_HIEP_PHONG, 9, 2),
      ids: [...PB_CRITERIA, ...FACTS],
    });
    const habits: Habits = { rate: 'space', yesNo: 'co' };
    // what the office claimed: a little more than the council found, on some cells
    const claimed = (u: TruthUnit, id: string, k: number) => {
      const m = u.values[id];
      if ((k + u.name.length) % 3 !== 0) return m;
      if (typeof m === 'boolean') return true;
      if (typeof m === 'number') return kindOf(plan, id) === 'rate' ? Math.min(100, m + 5) : m + 2;
      return m;
    };
    const cols: Col[] = [sttCol(), nameCol('Cơ quan')];
    PB_CRITERIA.forEach((id, k) => {
      const head = `${num(id)}. ${PB_WORDS[id][0]}`;
      const write = writerFor(plan, id, habits);
      cols.push(
        otherCol([head, 'ĐV tự đánh giá'], (u, v) => write(claimed(u, id, k), v)),
        valueCol([head, 'HĐ TĐKT đánh giá'], id, write),
      );
    });
    cols.push(...FACTS.map((id) => valueCol([PB_WORDS[id][0]], id, writerFor(plan, id))));
    const end = districtTable(ws, {
      sheet,
      cols,
      units,
      lines,
      titles: ['KẾT QUẢ ĐÁNH GIÁ CHUYỂN ĐỔI SỐ CỦA HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG HUYỆN NĂM 2023'],
    });
    sign(ws, end + 1, cols.length, 'Trần Quốc Việt');
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, xã: one sheet per quarter "Quy I" … "Quy IV", the same communes on each, then "Ca nam". The year's
// sheet is the one to score, though it is the last.

const sheetPerQuarter: CorpusSpec = {
  name: 'ph-xa-32-moi-quy-mot-sheet-sheet-ca-nam-cuoi',
  plan: XA_PLAN,
  description:
    'Mỗi quý một sheet cùng mẫu “Quy I”, “Quy II”, “Quy III”, “Quy IV” (cùng các xã, số liệu của quý), sheet “Ca nam” đặt cuối cùng là số liệu cả năm; tiêu đề mỗi sheet ghi “QUÝ I NĂM 2023” … “NĂM 2023”.',
  shapes: ['national-header', 'single-header-row', 'sheet-per-quarter', 'year-sheet-last', 'signature'],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const names = take(PHUNG_HIEP_XA, 8, 4);
    const habits: Habits = { rate: 'space', yesNo: 'co' };
    const ids = [...XA_CRITERIA, ...FACTS];
    const table = (sheet: string, title: string, units: TruthUnit[], truthLines: TruthLine[]) => {
      const ws = wb.addWorksheet(sheet);
      const cols: Col[] = [
        sttCol(),
        nameCol('Xã, thị trấn'),
        ...ids.map((id) => valueCol([XA_WORDS[id][0]], id, writerFor(plan, id, habits))),
      ];
      const end = districtTable(ws, { sheet, cols, units, lines: truthLines, titles: [title] });
      sign(ws, end + 1, cols.length, 'Lê Hoàng Nam');
    };
    ['I', 'II', 'III', 'IV'].forEach((q) => {
      const quarter = makeUnits(plan, rng, { block: 'xa', sheet: `Quy ${q}`, names, ids });
      table(`Quy ${q}`, `SỐ LIỆU CHUYỂN ĐỔI SỐ CẤP XÃ QUÝ ${q} NĂM 2023`, quarter, []);
    });
    const sheet = 'Ca nam';
    const units = makeUnits(plan, rng, { block: 'xa', sheet, names, ids });
    table(sheet, 'SỐ LIỆU CHUYỂN ĐỔI SỐ CẤP XÃ NĂM 2023 (CẢ NĂM)', units, lines);
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, xã: criteria 1–12 on one sheet, 13–24 and the facts on another; the second names the communes a little
// differently ("UBND xã Tân Bình", "TT Cây Dương", "Xã Hoà An"): the same communes.

const SECOND_NAME: Record<string, string> = {
  'Thị trấn Cây Dương': 'TT Cây Dương',
  'Thị trấn Kinh Cùng': 'TT. Kinh Cùng',
  'Thị trấn Búng Tàu': 'Thị Trấn Búng Tàu',
  'Xã Tân Bình': 'UBND xã Tân Bình',
  'Xã Bình Thành': 'Xã Bình Thành',
  'Xã Tân Long': 'xã Tân Long',
  'Xã Long Thạnh': 'UBND xã Long Thạnh',
  'Xã Hòa An': 'Xã Hoà An',
  'Xã Hòa Mỹ': 'Xã Hoà Mỹ',
};

const namesDifferAcrossSheets: CorpusSpec = {
  name: 'ph-xa-33-ten-xa-khac-nhau-giua-hai-sheet',
  plan: XA_PLAN,
  description:
    'Tiêu chí 1–12 ở sheet “CQ so”, tiêu chí 13–24 và hai số liệu trễ hạn ở sheet “KT-XH so”; sheet sau ghi tên xã hơi khác: “UBND xã Tân Bình”, “TT Cây Dương”, “TT. Kinh Cùng”, “Xã Hoà An” (dấu kiểu cũ), “xã Tân Long” — vẫn là chín xã đó.',
  shapes: [
    'national-header',
    'criteria-split-over-two-sheets',
    'unit-names-differ-between-sheets',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const first = 'CQ so';
    const second = 'KT-XH so';
    const names = take(PHUNG_HIEP_XA, 9, 0);
    const units = makeUnits(plan, rng, { block: 'xa', sheet: first, names, ids: [...XA_CRITERIA, ...FACTS] });
    for (const u of units) u.aliases = [SECOND_NAME[u.name]];
    const habits: Habits = { rate: 'text', yesNo: 'co' };
    const part = (sheet: string, ids: string[], title: string, rename: boolean) => {
      const ws = wb.addWorksheet(sheet);
      const shown = rename ? units.map((u) => ({ ...u, name: SECOND_NAME[u.name] })) : units;
      const cols: Col[] = [
        sttCol(),
        nameCol('Tên xã, thị trấn'),
        ...ids.map((id) => valueCol([XA_WORDS[id][0]], id, writerFor(plan, id, habits))),
      ];
      const end = districtTable(ws, { sheet, cols, units: shown, lines, titles: [title] });
      sign(ws, end + 1, cols.length, 'Lê Hoàng Nam');
    };
    part(first, XA_CRITERIA.slice(0, 12), 'I. CHÍNH QUYỀN SỐ CẤP XÃ NĂM 2023', false);
    part(second, [...XA_CRITERIA.slice(12), ...FACTS], 'II. KINH TẾ SỐ, XÃ HỘI SỐ CẤP XÃ NĂM 2023', true);
    return { units, dataSheets: [first, second] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, xã: criteria in rows, communes in columns; group lines "1", "2", "3" with criteria numbered "1.1",
// "1.2" … under them, a "Cộng" line of sums after each group and "Tổng cộng" at the end.

const subNumberedRows: CorpusSpec = {
  name: 'ph-xa-34-tieu-chi-theo-dong-1-1-1-2-dong-cong',
  plan: XA_PLAN,
  description:
    'Tiêu chí theo dòng, xã theo cột; dòng nhóm “1 | CHÍNH QUYỀN SỐ”, dưới là “1.1”, “1.2” …; sau mỗi nhóm một dòng “Cộng” (công thức cộng dọc), cuối bảng “Tổng cộng”; cột “ĐVT” và “Điểm tối đa” bên trái các xã.',
  shapes: [
    'national-header',
    'units-in-columns',
    'criteria-sub-numbered',
    'group-rows',
    'subtotal-rows',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Theo tieu chi';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, {
      block: 'xa',
      sheet,
      names: take(PHUNG_HIEP_XA, 7, 8),
      ids: [...XA_CRITERIA, ...FACTS],
    });
    const habits: Habits = { rate: 'plain', yesNo: 'co' };
    const max = new Map(plan.criteria.map((c) => [c.id, c.maxPoints]));
    const unitOf = (id: string) => {
      const k = kindOf(plan, id);
      return k === 'rate'
        ? '%'
        : k === 'yesNo'
          ? 'Có/Không'
          : id === 'tc18'
            ? 'SP'
            : id === 'tc13'
              ? 'HS'
              : 'Tin';
    };
    const cols: Col[] = [
      { head: ['STT'], role: 'stt' },
      { head: ['Nội dung tiêu chí'] },
      { head: ['ĐVT'] },
      { head: ['Điểm tối đa'] },
      ...units.map((u) => ({ head: ['Kết quả thực hiện', u.name] })),
    ];
    const top = officeHeader(ws, {
      agency: ['UBND HUYỆN PHỤNG HIỆP', 'PHÒNG VĂN HÓA VÀ THÔNG TIN'],
      titles: ['KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ CHUYỂN ĐỔI SỐ CẤP XÃ NĂM 2023'],
      width: cols.length,
    });
    let r = writeHeader(ws, top, 1, cols, 'none');
    const first = 5;
    const line = (text: string, target = 'ignore') => {
      lines.push({ sheet, row: r, header: text, target });
    };
    const groupRows: number[][] = [];
    XA_GROUPS.forEach(([group, ids], g) => {
      put(ws, r, 1, { value: String(g + 1) });
      put(ws, r, 2, { value: group.toUpperCase() });
      ws.getRow(r).font = { bold: true };
      line(group.toUpperCase());
      r++;
      const rows: number[] = [];
      ids.forEach((id, k) => {
        put(ws, r, 1, { value: `${g + 1}.${k + 1}` });
        put(ws, r, 2, { value: XA_WORDS[id][1] });
        put(ws, r, 3, { value: unitOf(id) });
        put(ws, r, 4, { value: max.get(id) ?? null });
        const write = writerFor(plan, id, habits);
        units.forEach((u, j) => put(ws, r, first + j, write(u.values[id], k + j)));
        line(XA_WORDS[id][1], id);
        rows.push(r);
        r++;
      });
      put(ws, r, 2, { value: 'Cộng' });
      const pts = ids.reduce((s, id) => s + (max.get(id) ?? 0), 0);
      ws.getCell(r, 4).value = { formula: `SUM(D${rows[0]}:D${rows[rows.length - 1]})`, result: pts };
      ws.getRow(r).font = { bold: true };
      line('Cộng');
      groupRows.push(rows);
      r++;
    });
    put(ws, r, 1, { value: '4' });
    put(ws, r, 2, { value: 'SỐ LIỆU TRỪ ĐIỂM' });
    ws.getRow(r).font = { bold: true };
    line('SỐ LIỆU TRỪ ĐIỂM');
    r++;
    FACTS.forEach((id, k) => {
      put(ws, r, 1, { value: `4.${k + 1}` });
      put(ws, r, 2, { value: XA_WORDS[id][1] });
      put(ws, r, 3, { value: k === 0 ? 'HS' : 'Ngày' });
      const write = writerFor(plan, id);
      units.forEach((u, j) => put(ws, r, first + j, write(u.facts[id], k + j)));
      line(XA_WORDS[id][1], id);
      r++;
    });
    put(ws, r, 2, { value: 'Tổng cộng' });
    ws.getCell(r, 4).value = {
      formula: groupRows.map((rows) => `SUM(D${rows[0]}:D${rows[rows.length - 1]})`).join('+'),
      result: plan.criteria.reduce((s, c) => s + c.maxPoints, 0),
    };
    ws.getRow(r).font = { bold: true };
    line('Tổng cộng');
    r++;
    ws.getColumn(1).width = 6;
    ws.getColumn(2).width = 50;
    for (let c = 3; c < first + units.length; c++) ws.getColumn(c).width = 13;
    sign(ws, r + 1, cols.length, 'Lê Hoàng Nam');
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, phòng ban: notes of estimate typed in the value's cell: "85% (ước)", "12 (ước TH)", "Có (dự kiến
// T12)". An estimate is not yet the figure: flagged, held.

const estimatesInCell: CorpusSpec = {
  name: 'ph-pb-24-so-uoc-ghi-trong-o',
  plan: PB_PLAN,
  description:
    'Báo cáo gửi sớm trước khi hết năm: một số ô ghi kèm “(ước)”, “(ước TH)”, “(ước tính)”, “(dự kiến T12)” sau số liệu — “85% (ước)”, “12 (ước TH)”, “Có (dự kiến T12)”. Số ước chưa phải số liệu chính thức: đơn vị phải giữ lại, nêu ô.',
  shapes: ['national-header', 'grouped-2-rows', 'values-with-notes-in-cell', 'estimate-notes', 'signature'],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Uoc TH 2023';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, {
      block: 'phong-ban',
      sheet,
      names: take(PHUNG_HIEP_PHONG, 10, 3),
      ids: [...PB_CRITERIA, ...FACTS],
    });
    const habits: Habits = { rate: 'text', yesNo: 'co' };
    const notes = ['(ước)', '(ước TH)', '(ước tính)', '(dự kiến T12)'];
    const cols: Col[] = [
      sttCol(),
      nameCol('Đơn vị'),
      ...PB_CRITERIA.map((id, k) => {
        const write = writerFor(plan, id, habits);
        return valueCol([`TC${num(id)}`, PB_WORDS[id][0]], id, (m, v) => {
          const cell = write(m, v);
          // about one cell in nine carries a note of estimate
          if ((v * 7 + k) % 9 !== 0 || cell.value === null || cell.value === undefined) return cell;
          return { value: `${String(cell.value)} ${notes[v % notes.length]}` };
        });
      }),
      ...FACTS.map((id) => valueCol([PB_WORDS[id][0]], id, writerFor(plan, id))),
    ];
    const end = districtTable(ws, {
      sheet,
      cols,
      units,
      lines,
      titles: ['SỐ LIỆU ƯỚC THỰC HIỆN CHUYỂN ĐỔI SỐ NĂM 2023 (SỐ LIỆU ĐẾN 30/11/2023, ƯỚC ĐẾN 31/12/2023)'],
    });
    sign(ws, end + 1, cols.length, 'Trần Quốc Việt');
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Kiên Giang 243: departments, a blank row, districts; no heading line: each block is named only by its "Cộng khối
// …" line under its units. A careful reader takes the block from that line.

const blockInTotalRow: CorpusSpec = {
  name: 'kg243-10-khoi-chi-ghi-o-dong-cong-khoi',
  plan: KG_PLAN,
  description:
    'Sở, ngành rồi một dòng trống rồi các huyện, không có dòng tiêu đề khối; mỗi khối chỉ được gọi tên ở dòng cộng ngay dưới các đơn vị của nó: “Cộng khối Sở, ban, ngành (5 đơn vị)”, “Cộng khối huyện, thành phố (6 đơn vị)”.',
  shapes: [
    'national-header',
    'grouped-2-rows',
    'block-named-in-total-row',
    'blank-row-between-groups',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Tong hop';
    const ws = wb.addWorksheet(sheet);
    const so = makeUnits(plan, rng, {
      block: 'so-nganh',
      sheet,
      names: take(KIEN_GIANG_SO, 5, 0),
      ids: [...idsFor(plan, 'so-nganh', ['target']), ...KG_GENERAL],
    });
    const huyen = makeUnits(plan, rng, {
      block: 'huyen',
      sheet,
      names: take(KIEN_GIANG_HUYEN, 6, 2),
      ids: [...idsFor(plan, 'huyen', ['target']), ...KG_GENERAL],
    });
    const targets = (plan.targets ?? []).map((t) => t.id).filter((id) => id in KG_WORDS);
    const habits: Habits = { rate: 'text', yesNo: 'co', spelling: KG_SPELLING, capitalise: true };
    const group: Record<string, string> = { cqs: 'Chính quyền số', kts: 'Kinh tế số', xhs: 'Xã hội số' };
    const cols: Col[] = [
      sttCol(),
      nameCol('Cơ quan, địa phương'),
      ...targets.map((id) =>
        valueCol([group[id.slice(0, 3)], KG_WORDS[id][0]], id, writerFor(plan, id, habits)),
      ),
      ...KG_GENERAL.map((id) =>
        valueCol(['Tiêu chuẩn chung', KG_WORDS[id][0]], id, writerFor(plan, id, habits)),
      ),
    ];
    const top = officeHeader(ws, {
      agency: ['UBND TỈNH KIÊN GIANG', 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG'],
      titles: ['TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2023'],
      width: cols.length,
    });
    let r = writeHeader(ws, top, 1, cols, 'none');
    let stt = 0;
    const section = (units: TruthUnit[], label: string) => {
      units.forEach((u, i) => unitRow(ws, r++, cols, u, i, ++stt));
      put(ws, r, 2, { value: label });
      ws.getRow(r).font = { bold: true };
      r++;
    };
    section(so, `Cộng khối Sở, ban, ngành (${so.length} đơn vị)`);
    r++;
    section(huyen, `Cộng khối huyện, thành phố (${huyen.length} đơn vị)`);
    widths(ws, cols);
    lines.push(...columnLines(sheet, 1, cols));
    signature(ws, r + 1, {
      place: 'Rạch Giá, ngày 22 tháng 12 năm 2023',
      left: ['NGƯỜI TỔNG HỢP', '', '', 'Lâm Thanh Hà'],
      right: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', 'Trương Minh Cường'],
      width: cols.length,
    });
    return { units: [...so, ...huyen], dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, xã: under each rate with a target, "Chỉ tiêu giao | Thực hiện | So với CT": the plan's target, the
// commune's rate, and the rate as a share of the target (106%). Only "Thực hiện" is the figure.

const targetDoneShare: CorpusSpec = {
  name: 'ph-xa-35-chi-tieu-giao-thuc-hien-so-voi-chi-tieu',
  plan: XA_PLAN,
  description:
    'Dưới bốn tiêu chí có chỉ tiêu (8, 14, 20 và 5) ba cột “Chỉ tiêu giao (%) | Thực hiện (%) | So với CT (%)”: chỉ tiêu huyện giao, tỷ lệ xã đạt, và tỷ lệ đạt so với chỉ tiêu (có thể trên 100%); chỉ “Thực hiện” là số liệu.',
  shapes: [
    'national-header',
    'grouped-2-rows',
    'target-done-share-columns',
    'percent-formatted',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'TH chi tieu';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, {
      block: 'xa',
      sheet,
      names: take(PHUNG_HIEP_XA, 10, 1),
      ids: [...XA_CRITERIA, ...FACTS],
    });
    const goal: Record<string, number> = { tc05: 60, tc08: 80, tc14: 50, tc20: 98 };
    const habits: Habits = { rate: 'fmt', yesNo: 'co' };
    const cols: Col[] = [sttCol(), nameCol('Xã, thị trấn')];
    for (const id of XA_CRITERIA) {
      const head = XA_WORDS[id][0].replace(/\s*\((chỉ tiêu \d+%|%)\)$/, '');
      const write = writerFor(plan, id, habits);
      if (!(id in goal)) {
        cols.push(valueCol([head], id, write));
        continue;
      }
      cols.push(
        otherCol([head, 'Chỉ tiêu giao (%)'], () => ({ value: goal[id] / 100, numFmt: '0%' })),
        valueCol([head, 'Thực hiện (%)'], id, write),
        otherCol([head, 'So với CT (%)'], (u) => {
          const m = u.values[id];
          return typeof m === 'number'
            ? { value: Math.round((m / goal[id]) * 1000) / 1000, numFmt: '0.0%' }
            : { value: null };
        }),
      );
    }
    cols.push(...FACTS.map((id) => valueCol([XA_WORDS[id][0]], id, writerFor(plan, id))));
    const end = districtTable(ws, {
      sheet,
      cols,
      units,
      lines,
      titles: ['KẾT QUẢ THỰC HIỆN CHỈ TIÊU CHUYỂN ĐỔI SỐ CẤP XÃ NĂM 2023'],
    });
    sign(ws, end + 1, cols.length, 'Lê Hoàng Nam');
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, xã: each commune's row, then "Trong đó:" and a line per hamlet ("- Ấp Tân Thành") with its own count
// of online dossiers and news items; the commune's row holds the whole. Hamlets are no units.

const HAMLETS = ['Ấp Tân Thành', 'Ấp Tân Hòa', 'Ấp Mỹ Phước', 'Ấp Long An', 'Ấp Hòa Lợi', 'Ấp Bình Hiếu'];

const hamletsUnderCommune: CorpusSpec = {
  name: 'ph-xa-36-trong-do-dong-ap-duoi-xa',
  plan: XA_PLAN,
  description:
    'Dưới mỗi xã dòng “Trong đó:” rồi mỗi ấp một dòng “- Ấp Tân Thành” … chỉ ghi số hồ sơ nộp trực tuyến và số tin bài của ấp; dòng của xã là tổng; ấp không phải đơn vị chấm điểm.',
  shapes: ['national-header', 'grouped-2-rows', 'sub-rows-under-unit', 'in-which-rows', 'signature'],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Xa va ap';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, {
      block: 'xa',
      sheet,
      names: take(PHUNG_HIEP_XA, 6, 3),
      ids: [...XA_CRITERIA, ...FACTS],
    });
    const habits: Habits = { rate: 'text', yesNo: 'co' };
    const cols: Col[] = [
      sttCol(),
      nameCol('Đơn vị'),
      ...XA_GROUPS.flatMap(([group, ids]) =>
        ids.map((id) => valueCol([group, `${num(id)}. ${XA_WORDS[id][0]}`], id, writerFor(plan, id, habits))),
      ),
      ...FACTS.map((id) => valueCol([XA_WORDS[id][0]], id, writerFor(plan, id))),
    ];
    const split = ['tc13', 'tc22'];
    const top = officeHeader(ws, {
      agency: ['UBND HUYỆN PHỤNG HIỆP', 'PHÒNG VĂN HÓA VÀ THÔNG TIN'],
      titles: ['SỐ LIỆU CHUYỂN ĐỔI SỐ CÁC XÃ VÀ ẤP NĂM 2023'],
      width: cols.length,
    });
    let r = writeHeader(ws, top, 1, cols, 'none');
    units.forEach((u, i) => {
      unitRow(ws, r++, cols, u, i, i + 1);
      put(ws, r, 2, { value: 'Trong đó:' });
      ws.getCell(r, 2).font = { italic: true };
      r++;
      const hamlets = [HAMLETS[i % HAMLETS.length], HAMLETS[(i + 2) % HAMLETS.length]];
      hamlets.forEach((h, k) => {
        put(ws, r, 2, { value: `- ${h}` });
        for (const id of split) {
          const j = cols.findIndex((c) => c.target === id);
          const whole = u.values[id];
          if (typeof whole !== 'number') continue;
          const part = k === 0 ? Math.floor(whole / 2) : whole - Math.floor(whole / 2);
          put(ws, r, 1 + j, { value: part });
        }
        ws.getCell(r, 2).font = { italic: true };
        r++;
      });
    });
    widths(ws, cols);
    lines.push(...columnLines(sheet, 1, cols));
    sign(ws, r + 1, cols.length, 'Lê Hoàng Nam');
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, phòng ban: offices' names abbreviated ("P. Nội vụ", "P. TC-KH", "VP HĐND&UBND"); a "Có" merged down
// over several offices that all have it.

const SHORT: Record<string, string> = {
  'Văn phòng HĐND và UBND huyện': 'VP HĐND&UBND',
  'Phòng Nội vụ': 'P. Nội vụ',
  'Phòng Tư pháp': 'P.Tư pháp',
  'Phòng Tài chính – Kế hoạch': 'P. TC-KH',
  'Phòng Tài nguyên và Môi trường': 'P. TN&MT',
  'Phòng Lao động – Thương binh và Xã hội': 'P. LĐ-TB&XH',
  'Phòng Văn hóa và Thông tin': 'P. VH&TT',
  'Phòng Giáo dục và Đào tạo': 'P. GD&ĐT',
  'Phòng Y tế': 'P. Y tế',
  'Phòng Kinh tế – Hạ tầng': 'P. KT-HT',
};

const abbreviatedAndMerged: CorpusSpec = {
  name: 'ph-pb-25-ten-viet-tat-o-co-gop-doc',
  plan: PB_PLAN,
  description:
    'Tên cơ quan viết tắt “VP HĐND&UBND”, “P. Nội vụ”, “P.Tư pháp”, “P. TC-KH”, “P. LĐ-TB&XH”; ở ba cột có/không, chữ “Có” của mấy cơ quan liền nhau được gộp ô theo chiều dọc (một ô “Có” cho cả nhóm).',
  shapes: [
    'national-header',
    'grouped-2-rows',
    'unit-names-abbreviated',
    'value-merged-down-over-units',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Phong ban';
    const ws = wb.addWorksheet(sheet);
    const full = take(PHUNG_HIEP_PHONG, 10, 0);
    const units = makeUnits(plan, rng, {
      block: 'phong-ban',
      sheet,
      names: full,
      ids: [...PB_CRITERIA, ...FACTS],
    });
    for (const u of units) u.aliases = [SHORT[u.name]];
    const merged = ['tc01', 'tc04', 'tc10'];
    // the first three offices have every merged mark; the sheet merges their cells
    for (const id of merged) for (const u of units.slice(0, 3)) u.values[id] = true;
    const habits: Habits = { rate: 'text', yesNo: 'co' };
    const cols: Col[] = [
      sttCol(),
      nameCol('Cơ quan'),
      ...PB_CRITERIA.map((id) =>
        valueCol([`TC${num(id)}`, PB_WORDS[id][0]], id, writerFor(plan, id, habits)),
      ),
      ...FACTS.map((id) => valueCol([PB_WORDS[id][0]], id, writerFor(plan, id))),
    ];
    const shown = units.map((u) => ({ ...u, name: SHORT[u.name] }));
    const top = officeHeader(ws, {
      agency: ['UBND HUYỆN PHỤNG HIỆP', 'PHÒNG VĂN HÓA VÀ THÔNG TIN'],
      titles: ['KẾT QUẢ CHUYỂN ĐỔI SỐ CÁC PHÒNG, BAN NĂM 2023'],
      width: cols.length,
    });
    const t = rowTable(ws, { sheet, top, cols, numbering: 'none', units: shown });
    lines.push(...t.lines);
    const first = t.end - units.length;
    for (const id of merged) {
      const c = 1 + cols.findIndex((x) => x.target === id);
      ws.mergeCells(first, c, first + 2, c);
      ws.getCell(first, c).value = 'Có';
      ws.getCell(first, c).alignment = { vertical: 'middle', horizontal: 'center' };
    }
    sign(ws, t.end + 1, cols.length, 'Trần Quốc Việt');
    return { units, dataSheets: [sheet] };
  },
};

export const OFFICE_LAYOUTS_7_SPECS: CorpusSpec[] = [
  formAndPlanLine,
  nonBreakingSpaces,
  errorValues,
  uncachedFormulas,
  typedPoints,
  selfAndCouncilFigures,
  sheetPerQuarter,
  namesDifferAcrossSheets,
  subNumberedRows,
  estimatesInCell,
  blockInTotalRow,
  targetDoneShare,
  hamletsUnderCommune,
  abbreviatedAndMerged,
];
