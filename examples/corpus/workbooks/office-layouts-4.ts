/**
 * A fourth round of the offices' own layouts: a column per quarter with the year's column beside them, a rate with its
 * count beside it ("Số lượng | Tỷ lệ"), values typed with a note in the same cell, the commune's chairman written
 * under its name, a ranking sorted into groups with blank rows between them, criteria that do not apply to a block
 * marked "KAD" or "/", dates pasted as Excel serial numbers, a table that starts at column F after a long preamble,
 * and an Excel table (ListObject) with its filter buttons and totals row.
 */
import type ExcelJS from 'exceljs';
import type { Plan } from '@thidua/core';
import { label, yesNo, type Write } from '../lib/cells';
import { idsFor, makeUnits } from '../lib/meaning';
import {
  DONG_THAP_PHONG,
  KIEN_GIANG_HUYEN,
  KIEN_GIANG_SO,
  PHUNG_HIEP_PHONG,
  PHUNG_HIEP_XA,
  SXD_PHONG,
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
import { DT_WORDS } from './dong-thap';
import { KG_SPELLING, KG_WORDS } from './kien-giang-243';
import { CCHC_WORDS } from './kien-giang-sxd';
import { PB_WORDS } from './phung-hiep-phong-ban';
import { XA_WORDS } from './phung-hiep-xa';

const XA_PLAN = 'phung-hiep-2023-xa';
const PB_PLAN = 'phung-hiep-2023-phong-ban';
const XA_CRITERIA = Object.keys(XA_WORDS).filter((id) => id.startsWith('tc'));
const PB_CRITERIA = Object.keys(PB_WORDS).filter((id) => id.startsWith('tc'));
const FACTS = ['lateDossiersMaxInMonth', 'reportDelayMaxDays'];

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, communes: the counts and two rates followed quarter by quarter, "Quý I … Quý IV" and then "Cả năm"
// under each criterion; the year's column is what is scored.

const QUARTERS = ['Quý I', 'Quý II', 'Quý III', 'Quý IV'];
const BY_QUARTER = ['tc08', 'tc13', 'tc14', 'tc18', 'tc22'];

/** Splits a year's count over four quarters (each at least 0, summing to the count). */
function splitCount(total: number, rng: { int(a: number, b: number): number }): number[] {
  const parts = [0, 0, 0, 0];
  let left = total;
  for (let q = 0; q < 3; q++) {
    const share = Math.round(left * (rng.int(15, 35) / 100));
    parts[q] = share;
    left -= share;
  }
  parts[3] = left;
  return parts;
}

const quarters = (withYear: boolean): CorpusSpec => ({
  name: withYear ? 'ph-xa-13-quy-i-iv-va-ca-nam' : 'ph-xa-17-chi-co-quy-khong-ca-nam',
  plan: XA_PLAN,
  ...(withYear
    ? {}
    : {
        reason:
          'Năm cột “Quý I … Quý IV” dưới mỗi tiêu chí, không có cột “Cả năm”: kế hoạch chấm kết quả cả năm, mà tỷ lệ của năm không phải tỷ lệ của quý nào (cũng không phải trung bình cộng), nên không được lấy một quý thay cho năm.',
        mentions: [['Quý']],
      }),
  description: withYear
    ? 'Theo dõi theo quý: dưới mỗi tiêu chí số HS nộp trực tuyến, số sản phẩm TMĐT, số tin bài, TL HS giải quyết trực tuyến và TL thanh toán trực tuyến có năm cột “Quý I | Quý II | Quý III | Quý IV | Cả năm” (cột cả năm là tổng hoặc tỷ lệ cả năm, công thức có giá trị lưu sẵn); kết quả chấm là cột “Cả năm”. Các tiêu chí khác một cột.'
    : 'Theo dõi theo quý như trên nhưng chỉ có bốn cột “Quý I | Quý II | Quý III | Quý IV” dưới năm tiêu chí, không có cột “Cả năm” (văn phòng định cộng sau). Các tiêu chí khác một cột.',
  shapes: withYear
    ? [
        'national-header',
        'grouped-2-rows',
        'quarter-columns-and-year',
        'formulas',
        'percent-with-space',
        'abbreviations',
        'signature',
      ]
    : [
        'national-header',
        'grouped-2-rows',
        'quarter-columns-no-year',
        'percent-with-space',
        'abbreviations',
        'signature',
      ],
  expect: withYear ? 'read' : 'refuse',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Theo doi quy 2023';
    const ws = wb.addWorksheet(sheet);
    const ids = [...XA_CRITERIA, ...FACTS];
    const units = makeUnits(plan, rng, { block: 'xa', sheet, names: take(PHUNG_HIEP_XA, 10, 1), ids });
    const habits: Habits = { rate: 'space', yesNo: 'co' };
    const parts = new Map<string, number[]>();
    for (const u of units)
      for (const id of BY_QUARTER) {
        const v = Number(u.values[id]);
        const isRate = id === 'tc08' || id === 'tc14';
        parts.set(
          `${u.id}:${id}`,
          isRate
            ? QUARTERS.map(() => Math.min(100, Math.max(0, Math.round((v + rng.int(-12, 12)) * 10) / 10)))
            : splitCount(v, rng),
        );
      }
    let first = 0;
    const cols: Col[] = [sttCol(), nameCol('Xã, thị trấn')];
    for (const id of XA_CRITERIA) {
      const write = writerFor(plan, id, habits);
      if (!BY_QUARTER.includes(id)) {
        cols.push(valueCol([XA_WORDS[id][0]], id, write));
        continue;
      }
      const head = XA_WORDS[id][0];
      const at = cols.length + 1;
      QUARTERS.forEach((q, k) =>
        cols.push(
          otherCol([head, q], (u, v) => {
            const p = parts.get(`${u.id}:${id}`)?.[k];
            return write(p, v);
          }),
        ),
      );
      const isRate = id === 'tc08' || id === 'tc14';
      if (!withYear) continue;
      cols.push({
        head: [head, 'Cả năm'],
        target: id,
        cell: (u, v, index) => {
          if (isRate) return write(u.values[id], v);
          const r = first + index;
          return {
            value: {
              formula: `SUM(${columnLetter(at)}${r}:${columnLetter(at + 3)}${r})`,
              result: Number(u.values[id]),
            },
          };
        },
      });
    }
    cols.push(...FACTS.map((id) => valueCol([XA_WORDS[id][0]], id, writerFor(plan, id))));
    const top = officeHeader(ws, {
      agency: ['UBND HUYỆN PHỤNG HIỆP', 'BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ'],
      titles: ['THEO DÕI KẾT QUẢ CHUYỂN ĐỔI SỐ CÁC XÃ, THỊ TRẤN THEO QUÝ NĂM 2023'],
      width: cols.length,
    });
    first = top + 2;
    const t = rowTable(ws, { sheet, top, cols, numbering: 'none', units });
    lines.push(...t.lines);
    signature(ws, t.end + 1, {
      place: 'Phụng Hiệp, ngày 28 tháng 12 năm 2023',
      left: ['NGƯỜI TỔNG HỢP', '', '', 'Trần Thị Diễm'],
      right: ['TM. BAN CHỈ ĐẠO', 'PHÓ TRƯỞNG BAN', '', '', 'Lê Hữu Phúc'],
      width: cols.length,
    });
    return { units, dataSheets: [sheet] };
  },
});

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, departments: a note typed in the value's own cell — "85,5% (đã xác minh)", "12 tin*", "Có (QĐ số
// 25/QĐ-VP)", "Không (theo BC quý IV)" — the value is the figure or the mark before the note.

const NOTES = [' (đã xác minh)', '*', ' (theo BC quý IV)', '', ' (*)', ''];
const YES_NOTES = ['Có (QĐ số 25/QĐ-VP)', 'Có', 'Có (KH 08/KH-PNV)', 'Có*', 'Có'];
const NO_NOTES = ['Không (theo BC quý IV)', 'Không', 'Không*'];

function withNote(write: Write, kind: 'rate' | 'count' | 'yesNo'): Write {
  return (m, v) => {
    if (m === undefined) return { value: null };
    if (kind === 'yesNo') {
      const list = m === true ? YES_NOTES : NO_NOTES;
      return { value: list[v % list.length] };
    }
    const c = write(m, v);
    const note = NOTES[v % NOTES.length];
    if (!note) return c;
    if (kind === 'count') return { value: `${String(c.value).replace(/\D+$/, '')} tin${note}` };
    return { value: `${String(c.value)}${note}` };
  };
}

const notesInCell: CorpusSpec = {
  name: 'ph-pb-10-gia-tri-kem-ghi-chu-trong-o',
  plan: PB_PLAN,
  description:
    'Văn phòng ghi chú ngay trong ô số liệu: tỷ lệ “85,5% (đã xác minh)”, “92% (theo BC quý IV)”, “100%*”; số tin bài “12 tin*”, “7 tin (*)”; có/không “Có (QĐ số 25/QĐ-VP)”, “Không (theo BC quý IV)”, “Có*”. Dấu * giải thích ở dòng chú thích dưới bảng. Giá trị là con số hoặc chữ Có/Không đứng trước ghi chú.',
  shapes: [
    'national-header',
    'grouped-2-rows',
    'values-with-notes-in-cell',
    'asterisk-marks',
    'legend-below-table',
    'abbreviations',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Tong hop PB';
    const ws = wb.addWorksheet(sheet);
    const ids = [...PB_CRITERIA, ...FACTS];
    const units = makeUnits(plan, rng, {
      block: 'phong-ban',
      sheet,
      names: take(PHUNG_HIEP_PHONG, 10, 0),
      ids,
    });
    const habits: Habits = { rate: 'text', yesNo: 'co' };
    const kindOf = (id: string): 'rate' | 'count' | 'yesNo' => {
      const k = plan.criteria.find((c) => c.id === id)?.scoring.kind;
      return k === 'rate' ? 'rate' : k === 'count' ? 'count' : 'yesNo';
    };
    const group = (id: string) =>
      Number(id.slice(2)) <= 5 ? 'Hạ tầng, nhân lực' : Number(id.slice(2)) <= 12 ? 'Chính quyền số' : 'Khác';
    const cols: Col[] = [
      sttCol(),
      nameCol('Phòng, ban, ngành'),
      ...PB_CRITERIA.map((id) => {
        const k = kindOf(id);
        const base = writerFor(plan, id, habits);
        // tc08 (dossiers) is a plain count; tc15 (news items) carries the notes
        const write = id === 'tc08' ? base : withNote(base, k);
        return valueCol([group(id), PB_WORDS[id][0]], id, write);
      }),
      ...FACTS.map((id) => valueCol(['Vi phạm', PB_WORDS[id][0]], id, writerFor(plan, id))),
    ];
    const top = officeHeader(ws, {
      agency: ['UBND HUYỆN PHỤNG HIỆP', 'PHÒNG VĂN HÓA VÀ THÔNG TIN'],
      titles: ['TỔNG HỢP KẾT QUẢ CHUYỂN ĐỔI SỐ CÁC PHÒNG, BAN, NGÀNH NĂM 2023'],
      width: cols.length,
    });
    const t = rowTable(ws, { sheet, top, cols, numbering: 'none', units });
    ws.getCell(t.end, 2).value =
      '(*) Số liệu đơn vị tự báo cáo, Tổ thẩm định chưa đối chiếu; "đã xác minh": đối chiếu Hệ thống một cửa điện tử.';
    ws.getCell(t.end, 2).font = { italic: true };
    lines.push(...t.lines);
    signature(ws, t.end + 2, {
      place: 'Phụng Hiệp, ngày 04 tháng 01 năm 2024',
      left: ['NGƯỜI LẬP BIỂU', '', '', 'Võ Thị Kim Ngân'],
      right: ['TRƯỞNG PHÒNG', '', '', 'Nguyễn Quốc Hải'],
      width: cols.length,
    });
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, communes: four rates each given as "Số lượng | Tỷ lệ (%)" — how many people or documents, then the
// share; the share is scored.

const COUNTED: Record<string, [string, [number, number]]> = {
  tc04: ['CBCC được tập huấn CĐS', [14, 26]],
  tc05: ['Người dân được tập huấn KNS', [800, 4000]],
  tc06: ['Hộ dân có TK Mobile Money/Internet Banking', [900, 3500]],
  tc09: ['VB đi được ký số', [300, 1400]],
};

const countAndRate: CorpusSpec = {
  name: 'ph-xa-14-so-luong-va-ty-le',
  plan: XA_PLAN,
  description:
    'Bốn tiêu chí tỷ lệ (CBCC tập huấn, người dân tập huấn KNS, hộ có TK Mobile Money, VB ký số) mỗi tiêu chí hai cột con “Số lượng | Tỷ lệ (%)”: số người, số hộ, số văn bản đạt rồi tỷ lệ (ô định dạng %); chỉ tỷ lệ được chấm. Số lượng lớn ghi có dấu chấm ngăn nghìn.',
  shapes: [
    'national-header',
    'grouped-2-rows',
    'count-and-rate-sub-columns',
    'percent-formatted',
    'abbreviations',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'KQ CDS xa';
    const ws = wb.addWorksheet(sheet);
    const ids = [...XA_CRITERIA, ...FACTS];
    const units = makeUnits(plan, rng, { block: 'xa', sheet, names: take(PHUNG_HIEP_XA, 11, 4), ids });
    const done = new Map<string, number>();
    for (const u of units)
      for (const [id, [, [lo, hi]]] of Object.entries(COUNTED)) {
        const total = rng.int(lo, hi);
        const n = Math.min(total, Math.round((total * Number(u.values[id])) / 100));
        done.set(`${u.id}:${id}`, n);
        u.values[id] = Math.round((n / total) * 1000) / 10;
      }
    const habits: Habits = { rate: 'fmt', yesNo: 'x' };
    const cols: Col[] = [sttCol(), nameCol('Đơn vị')];
    for (const id of XA_CRITERIA) {
      const c = COUNTED[id];
      if (!c) {
        cols.push(valueCol([XA_WORDS[id][0]], id, writerFor(plan, id, habits)));
        continue;
      }
      cols.push(
        otherCol([c[0], 'Số lượng'], (u) => {
          const n = done.get(`${u.id}:${id}`) ?? 0;
          return { value: n >= 1000 ? n.toLocaleString('de-DE') : n };
        }),
        valueCol([c[0], 'Tỷ lệ (%)'], id, writerFor(plan, id, habits)),
      );
    }
    cols.push(...FACTS.map((id) => valueCol([XA_WORDS[id][0]], id, writerFor(plan, id))));
    const top = officeHeader(ws, {
      agency: ['UBND HUYỆN PHỤNG HIỆP', 'PHÒNG VĂN HÓA VÀ THÔNG TIN'],
      titles: ['KẾT QUẢ THỰC HIỆN TIÊU CHÍ CHUYỂN ĐỔI SỐ CẤP XÃ NĂM 2023'],
      width: cols.length,
    });
    const t = rowTable(ws, { sheet, top, cols, numbering: 'none', units });
    lines.push(...t.lines);
    signature(ws, t.end + 1, {
      place: 'Phụng Hiệp, ngày 27 tháng 12 năm 2023',
      left: ['NGƯỜI LẬP', '', '', 'Ngô Thanh Tùng'],
      right: ['TRƯỞNG PHÒNG', '', '', 'Nguyễn Văn Thắng'],
      width: cols.length,
    });
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, communes: two rows per commune, its name above and "CT: <chairman>" below in the same column, the STT
// merged over both rows; the figures on the upper row.

const CHAIRS = [
  'Nguyễn Văn Hùng',
  'Trần Thị Mỹ Linh',
  'Lê Minh Khang',
  'Phạm Văn Tới',
  'Huỳnh Thanh Sang',
  'Võ Văn Út',
  'Đặng Thị Thu',
  'Châu Văn Lực',
  'Lâm Quốc Việt',
  'Dương Văn Bảy',
];

const chairBelow: CorpusSpec = {
  name: 'ph-xa-15-ten-xa-va-chu-tich-dong-duoi',
  plan: XA_PLAN,
  description:
    'Mỗi xã hai dòng: dòng trên tên xã và số liệu, dòng dưới cùng cột tên ghi “CT: Nguyễn Văn Hùng” hoặc “Chủ tịch: Phạm Văn Tới” (chủ tịch UBND xã, chữ nghiêng), các cột số liệu để trống; ô STT gộp hai dòng.',
  shapes: [
    'national-header',
    'grouped-2-rows',
    'unit-rows-in-pairs',
    'chairman-under-name',
    'stt-merged-two-rows',
    'abbreviations',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Cham diem xa';
    const ws = wb.addWorksheet(sheet);
    const ids = [...XA_CRITERIA, ...FACTS];
    const units = makeUnits(plan, rng, { block: 'xa', sheet, names: take(PHUNG_HIEP_XA, 10, 3), ids });
    const habits: Habits = { rate: 'text', yesNo: 'co' };
    const group = (id: string) =>
      Number(id.slice(2)) <= 6
        ? 'Chỉ đạo, nhân lực'
        : Number(id.slice(2)) <= 15
          ? 'Chính quyền số'
          : 'KT số, XH số';
    const cols: Col[] = [
      sttCol(),
      nameCol('Xã, thị trấn'),
      ...XA_CRITERIA.map((id) => valueCol([group(id), XA_WORDS[id][0]], id, writerFor(plan, id, habits))),
      ...FACTS.map((id) => valueCol(['Điều kiện', XA_WORDS[id][0]], id, writerFor(plan, id))),
    ];
    const top = officeHeader(ws, {
      agency: ['UBND HUYỆN PHỤNG HIỆP', 'BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ'],
      titles: ['BẢNG CHẤM ĐIỂM CHUYỂN ĐỔI SỐ CÁC XÃ, THỊ TRẤN NĂM 2023'],
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
        put(ws, r + 1, 1 + j, {
          value:
            c.role === 'name' ? `${i % 3 === 2 ? 'Chủ tịch' : 'CT'}: ${CHAIRS[i % CHAIRS.length]}` : null,
        });
        if (c.role === 'stt') ws.mergeCells(r, 1 + j, r + 1, 1 + j);
      });
      ws.getCell(r + 1, 2).font = { italic: true };
      r += 2;
    });
    cols.forEach((c, j) => (ws.getColumn(1 + j).width = c.role === 'name' ? 26 : c.role === 'stt' ? 5 : 12));
    lines.push(...columnLines(sheet, 1, cols));
    signature(ws, r + 1, {
      place: 'Phụng Hiệp, ngày 29 tháng 12 năm 2023',
      left: ['NGƯỜI TỔNG HỢP', '', '', 'Phạm Ngọc Linh'],
      right: ['TM. BAN CHỈ ĐẠO', 'PHÓ TRƯỞNG BAN', '', '', 'Lê Hữu Phúc'],
      width: cols.length,
    });
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, communes: the ranking as the office prints it — sorted by its own total, in three groups by the award
// bands, each group under a heading ("Nhóm đạt từ 180 điểm trở lên") with a blank row before the next; the office's
// "Tổng điểm" and "Xếp hạng" are not read. The groups are bands of points, not blocks.

const rankedGroups: CorpusSpec = {
  name: 'ph-xa-16-xep-hang-nhom-diem-dong-trong',
  plan: XA_PLAN,
  description:
    'Bảng xếp hạng đã sắp theo tổng điểm của văn phòng, chia ba nhóm theo mức điểm xét giải (“Nhóm đạt từ 180 điểm trở lên”, “Nhóm từ 160 đến dưới 180 điểm”, “Nhóm dưới 160 điểm”), mỗi nhóm có dòng tiêu đề nhóm và một dòng trống ngăn trước nhóm sau; STT đánh lại từ 1 trong mỗi nhóm; cột “Tổng điểm”, “Xếp hạng” của văn phòng không đọc. Nhóm là mức điểm, không phải khối thi đua.',
  shapes: [
    'national-header',
    'grouped-2-rows',
    'ranking-sorted',
    'groups-by-points-band',
    'blank-row-between-groups',
    'stt-restarts-per-section',
    'office-total-and-rank',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines, score }) {
    const sheet = 'Xep hang';
    const ws = wb.addWorksheet(sheet);
    const ids = [...XA_CRITERIA, ...FACTS];
    const made = makeUnits(plan, rng, { block: 'xa', sheet, names: take(PHUNG_HIEP_XA, 12, 0), ids });
    const results = score(made);
    const total = (u: TruthUnit) => results.get(u.id)?.total ?? 0;
    const units = [...made].sort((a, b) => total(b) - total(a));
    const habits: Habits = { rate: 'text', yesNo: 'x' };
    const group = (id: string) => (Number(id.slice(2)) <= 12 ? 'Chính quyền số' : 'Kinh tế số, xã hội số');
    const cols: Col[] = [
      sttCol(),
      nameCol('Xã, thị trấn'),
      ...XA_CRITERIA.map((id) => valueCol([group(id), XA_WORDS[id][0]], id, writerFor(plan, id, habits))),
      ...FACTS.map((id) => valueCol(['Vi phạm', XA_WORDS[id][0]], id, writerFor(plan, id))),
      otherCol(['Tổng điểm'], (u) => ({ value: total(u) })),
      otherCol(['Xếp hạng'], (u) => ({ value: units.indexOf(u) + 1 })),
    ];
    const top = officeHeader(ws, {
      agency: ['UBND HUYỆN PHỤNG HIỆP', 'BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ'],
      titles: ['KẾT QUẢ XẾP HẠNG CHUYỂN ĐỔI SỐ CÁC XÃ, THỊ TRẤN NĂM 2023'],
      width: cols.length,
    });
    let r = writeHeader(ws, top, 1, cols, 'none');
    const bands: [string, (t: number) => boolean][] = [
      ['Nhóm đạt từ 180 điểm trở lên', (t) => t >= 180],
      ['Nhóm từ 160 đến dưới 180 điểm', (t) => t >= 160 && t < 180],
      ['Nhóm dưới 160 điểm', (t) => t < 160],
    ];
    let firstBand = true;
    for (const [heading, inBand] of bands) {
      const members = units.filter((u) => inBand(total(u)));
      if (!members.length) continue;
      if (!firstBand) r++; // the blank row between groups
      firstBand = false;
      ws.getCell(r, 2).value = heading;
      ws.getRow(r).font = { bold: true, italic: true };
      r++;
      members.forEach((u, i) => {
        cols.forEach((c, j) => {
          const cell =
            c.role === 'stt'
              ? { value: i + 1 }
              : c.role === 'name'
                ? { value: u.name }
                : (c.cell?.(u, units.indexOf(u) + j, units.indexOf(u)) ?? { value: null });
          put(ws, r, 1 + j, cell);
        });
        r++;
      });
    }
    cols.forEach((c, j) => (ws.getColumn(1 + j).width = c.role === 'name' ? 26 : c.role === 'stt' ? 5 : 12));
    lines.push(...columnLines(sheet, 1, cols));
    signature(ws, r + 1, {
      place: 'Phụng Hiệp, ngày 30 tháng 12 năm 2023',
      left: ['NGƯỜI LẬP', '', '', 'Đặng Thị Mỹ Xuyên'],
      right: ['TM. BAN CHỈ ĐẠO', 'TRƯỞNG BAN', '', '', 'Trần Văn Mười'],
      width: cols.length,
    });
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Kiên Giang KH 243: departments and districts in one table with a "Khối" column; a target that does not apply to a
// unit's block is marked "KAD" (không áp dụng) or "/", as the legend under the table says.

const KG_PLAN = 'kien-giang-243-2023';
const KG_GROUP: Record<string, string> = { cqs: 'Chính quyền số', kts: 'Kinh tế số', xhs: 'Xã hội số' };

function kgTargets(plan: Plan, block: string): string[] {
  return idsFor(plan, block, ['target']);
}

const notApplicable: CorpusSpec = {
  name: 'kg243-06-khoi-cot-kad-khong-ap-dung',
  plan: KG_PLAN,
  description:
    'Sở, ngành và huyện, thành phố chung một bảng có cột “Khối” (“Sở, ngành” / “Huyện, TP”); các chỉ tiêu không áp dụng cho khối của đơn vị ghi “KAD” (các Sở, với chỉ tiêu kinh tế số, xã hội số của huyện) hoặc “/” (huyện, với chỉ tiêu HS công việc cấp tỉnh); chú thích “KAD: không áp dụng” dưới bảng.',
  shapes: [
    'national-header',
    'grouped-2-rows',
    'block-column',
    'not-applicable-marks',
    'legend-below-table',
    'abbreviations',
    'rating-abbreviations',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'So nganh - Huyen';
    const ws = wb.addWorksheet(sheet);
    const general = [
      'chapHanhChuTruong',
      'hoanThanhNhiemVu',
      'doanKet',
      'toChucDang',
      'kyLuat',
      'coKeHoachThiDua',
      'vanBanHuongDan',
      'baoCaoDungHan',
      'xepLoaiCdsNam',
    ];
    const so = makeUnits(plan, rng, {
      block: 'so-nganh',
      sheet,
      names: take(KIEN_GIANG_SO, 6, 0),
      ids: [...kgTargets(plan, 'so-nganh'), ...general],
    });
    const huyen = makeUnits(plan, rng, {
      block: 'huyen',
      sheet,
      names: take(KIEN_GIANG_HUYEN, 7, 2),
      ids: [...kgTargets(plan, 'huyen'), ...general],
    });
    const units = [...so, ...huyen];
    const all = (plan.targets ?? []).map((t) => t.id).filter((id) => id in KG_WORDS);
    /** The unit's value, or the office's mark for an item its block does not have. */
    const orMark =
      (id: string, write: Write): Write =>
      (m, v) =>
        m !== undefined ? write(m, v) : { value: /^cqs-06/.test(id) || !/^(kts|xhs)/.test(id) ? '/' : 'KAD' };
    const habits: Habits = { rate: 'text', yesNo: 'co', spelling: KG_SPELLING, capitalise: true };
    const cols: Col[] = [
      sttCol(),
      nameCol('Cơ quan, đơn vị'),
      otherCol(['Khối'], (u) => ({ value: u.block === 'so-nganh' ? 'Sở, ngành' : 'Huyện, TP' }), 11),
    ];
    // the block column feeds the unit's block, not a plan item
    cols[2] = { ...cols[2], target: 'ignore' };
    for (const id of all) {
      cols.push(
        valueCol([KG_GROUP[id.slice(0, 3)], KG_WORDS[id][0]], id, orMark(id, writerFor(plan, id, habits))),
      );
    }
    cols.push(
      ...general.map((id) =>
        valueCol(['Tiêu chuẩn, điều kiện', KG_WORDS[id][0]], id, orMark(id, writerFor(plan, id, habits))),
      ),
    );
    const top = officeHeader(ws, {
      agency: ['UBND TỈNH KIÊN GIANG', 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG'],
      titles: ['KẾT QUẢ THỰC HIỆN CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2023 CỦA CÁC SỞ, NGÀNH VÀ HUYỆN, THÀNH PHỐ'],
      width: cols.length,
    });
    const t = rowTable(ws, { sheet, top, cols, numbering: 'none', units });
    ws.getCell(t.end, 2).value = 'Ghi chú: KAD – không áp dụng đối với khối; “/” – chỉ tiêu không giao.';
    ws.getCell(t.end, 2).font = { italic: true };
    lines.push(...t.lines);
    signature(ws, t.end + 2, {
      place: 'Rạch Giá, ngày 15 tháng 12 năm 2023',
      left: ['NGƯỜI LẬP BIỂU', '', '', 'Phạm Ngọc Thảo'],
      right: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', 'Huỳnh Hữu Phúc'],
      width: cols.length,
    });
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Sở Xây dựng, CCHC: the two dates pasted as values from another workbook, so they are Excel serial numbers (44645)
// in General cells; the column titles say they are dates.

const CCHC_PLAN = 'kien-giang-sxd-609-cchc';
const YEARS = [2021, 2022, 2023, 2024, 2025];
const CCHC_RATINGS: Record<string, string> = {
  'xuất sắc': 'Xuất sắc',
  tốt: 'Tốt',
  khá: 'Khá',
  'trung bình': 'TB',
};

/** An ISO date as the serial number Excel stores (days since 30/12/1899), in a General cell. */
const serialDate: Write = (m) => {
  if (typeof m !== 'string') return { value: null };
  const [y, mo, d] = m.split('-').map(Number);
  return { value: (Date.UTC(y, mo - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000 };
};

const serialDates: CorpusSpec = {
  name: 'sxd-609-05-ngay-la-so-serial',
  plan: CCHC_PLAN,
  description:
    'Cột “Ngày đăng ký thi đua” và “Ngày công nhận kết quả CCHC” dán giá trị từ sổ khác nên thành số seri của Excel (44645, 46034) trong ô định dạng General; tiêu đề cột cho biết đó là ngày. Các năm 2021–2025 theo cột.',
  shapes: [
    'national-header',
    'per-year-columns',
    'grouped-2-rows',
    'dates-as-serial-numbers',
    'x-marks',
    'block-from-title',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'CCHC';
    const ws = wb.addWorksheet(sheet);
    const perYear = ['cchc', 'tyLeHoanThanhTot', 'soNguoiBiKyLuat', 'nhomXuatSac'];
    const single = ['ngayDangKy', 'guongMau', 'coQuanThamMuu', 'ngayCongNhanKetQua'];
    const ids = [...single, ...perYear.flatMap((id) => YEARS.map((y) => `${id}_${y}`))];
    const units = makeUnits(plan, rng, { block: 'tap-the', sheet, names: take(SXD_PHONG, 8, 0), ids });
    const habits: Habits = { yesNo: 'x', spelling: CCHC_RATINGS, rate: 'text' };
    const cols: Col[] = [
      sttCol(),
      nameCol('Phòng, đơn vị'),
      valueCol([CCHC_WORDS.ngayDangKy], 'ngayDangKy', serialDate),
      ...perYear.flatMap((id) =>
        YEARS.map((y) =>
          valueCol([CCHC_WORDS[id], String(y)], `${id}_${y}`, writerFor(plan, `${id}_${y}`, habits)),
        ),
      ),
      valueCol([CCHC_WORDS.guongMau], 'guongMau', yesNo('x')),
      valueCol([CCHC_WORDS.coQuanThamMuu], 'coQuanThamMuu', yesNo('x')),
      valueCol([CCHC_WORDS.ngayCongNhanKetQua], 'ngayCongNhanKetQua', serialDate),
    ];
    const top = officeHeader(ws, {
      agency: ['UBND TỈNH KIÊN GIANG', 'SỞ XÂY DỰNG'],
      titles: ['THÀNH TÍCH CẢI CÁCH HÀNH CHÍNH GIAI ĐOẠN 2021–2025', 'Tập thể các phòng, đơn vị thuộc Sở'],
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

// ---------------------------------------------------------------------------------------------------------------
// Đồng Tháp: a long preamble ("Căn cứ …" paragraphs merged over the page) and the table from column F, row 12; the
// columns A–E hold the preamble only.

const DT_PLAN = 'dong-thap-skhdt-cds-2021-2025';
const DT_CONTENTS = ['nd1', 'nd2', 'nd3', 'nd4', 'nd5', 'nd6', 'nd7', 'nd8'];
const DT_FORMS: Record<string, string> = {
  'không đề nghị': 'Không đề nghị',
  'Giấy khen của Giám đốc Sở': 'Giấy khen GĐ Sở',
  'Bằng khen của Chủ tịch UBND tỉnh': 'Bằng khen UBND tỉnh',
};

const PREAMBLE = [
  'Căn cứ Kế hoạch số 215/KH-SKHĐT ngày 10/3/2021 của Sở Kế hoạch và Đầu tư về phát động phong trào thi đua chuyển đổi số giai đoạn 2021–2025;',
  'Căn cứ báo cáo kết quả thực hiện của các phòng, đơn vị thuộc Sở và biên bản họp Hội đồng ngày 05/12/2025;',
  'Hội đồng Thi đua – Khen thưởng Sở tổng hợp kết quả đánh giá tám nội dung của từng phòng, đơn vị như sau',
  '(mỗi nội dung ghi “Đạt” hoặc “Chưa đạt”; đơn vị có từ 7 nội dung đạt trở lên được xem xét đề nghị khen thưởng):',
];

const fromColumnF: CorpusSpec = {
  name: 'dt-06-loi-dan-dai-bang-tu-cot-f',
  plan: DT_PLAN,
  description:
    'Trên cùng là tiêu đề và bốn đoạn “Căn cứ …” dài gộp ô ngang cả trang; bảng bắt đầu ở cột F dòng 12 (các cột A–E chỉ có lời dẫn); một dòng tiêu đề; tám nội dung “Đạt” / “Chưa đạt”; hình thức đề nghị viết tắt.',
  shapes: ['long-preamble', 'table-from-column-f', 'single-header-row', 'scale-labels-spelled', 'signature'],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'KQ danh gia 2025';
    const ws = wb.addWorksheet(sheet);
    const facts = ['hoiDongDeNghi', 'coSangKien'];
    const units = makeUnits(plan, rng, {
      block: 'phong-don-vi',
      sheet,
      names: take(DONG_THAP_PHONG, 8),
      ids: [...DT_CONTENTS, ...facts],
    });
    const cols: Col[] = [
      sttCol('TT'),
      nameCol('Phòng, đơn vị'),
      ...DT_CONTENTS.map((id, i) => valueCol([`${i + 1}. ${DT_WORDS[id]}`], id, label())),
      valueCol(['Hình thức đề nghị'], 'hoiDongDeNghi', label(DT_FORMS)),
      valueCol(['Có sáng kiến'], 'coSangKien', yesNo('co')),
    ];
    const left = 6;
    const width = left + cols.length - 1;
    ws.getCell(1, 1).value = 'SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH ĐỒNG THÁP';
    ws.getCell(1, 1).font = { bold: true };
    ws.getCell(2, 1).value = 'HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG';
    ws.getCell(2, 1).font = { bold: true };
    ws.getCell(4, 1).value = 'BIÊN BẢN TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ PHONG TRÀO THI ĐUA CHUYỂN ĐỔI SỐ NĂM 2025';
    ws.mergeCells(4, 1, 4, width);
    ws.getCell(4, 1).font = { bold: true };
    ws.getCell(4, 1).alignment = { horizontal: 'center' };
    PREAMBLE.forEach((text, i) => {
      const row = 6 + i;
      ws.getCell(row, 1).value = text;
      ws.mergeCells(row, 1, row, width);
      ws.getCell(row, 1).alignment = { wrapText: true };
    });
    for (let c = 1; c < left; c++) ws.getColumn(c).width = 4;
    const t = rowTable(ws, { sheet, top: 12, left, cols, numbering: 'none', units });
    lines.push(...t.lines);
    signature(ws, t.end + 1, {
      place: 'Cao Lãnh, ngày 10 tháng 12 năm 2025',
      left: ['THƯ KÝ HỘI ĐỒNG', '', '', 'Bùi Kim Linh'],
      right: ['CHỦ TỊCH HỘI ĐỒNG', 'GIÁM ĐỐC SỞ', '', '', 'Dương Quốc Trung'],
      width,
    });
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, departments: the data formatted as an Excel table (Insert › Table): one header row with filter
// buttons, banded rows, and the table's own totals row ("Tổng cộng", SUBTOTAL of the counts).

const listObject: CorpusSpec = {
  name: 'ph-pb-11-bang-excel-co-loc-dong-tong',
  plan: PB_PLAN,
  description:
    'Bảng dữ liệu định dạng “Format as Table” của Excel (ListObject): một dòng tiêu đề có nút lọc, tô màu xen kẽ, dòng tổng của bảng “Tổng cộng” (SUBTOTAL số HS, số tin bài); tiêu đề cột là tên trường ngắn, không gộp ô; tỷ lệ gõ chữ “87,5%”.',
  shapes: [
    'national-header',
    'excel-table-listobject',
    'header-filter-buttons',
    'table-totals-row',
    'single-header-row',
    'abbreviations',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Du lieu PB';
    const ws = wb.addWorksheet(sheet);
    const ids = [...PB_CRITERIA, ...FACTS];
    const units = makeUnits(plan, rng, {
      block: 'phong-ban',
      sheet,
      names: take(PHUNG_HIEP_PHONG, 11, 0),
      ids,
    });
    const habits: Habits = { rate: 'text', yesNo: 'co' };
    const cols: Col[] = [
      sttCol(),
      nameCol('Tên đơn vị'),
      ...PB_CRITERIA.map((id) =>
        valueCol([`TC${Number(id.slice(2))} - ${PB_WORDS[id][0]}`], id, writerFor(plan, id, habits)),
      ),
      ...FACTS.map((id) => valueCol([PB_WORDS[id][0]], id, writerFor(plan, id))),
    ];
    const top = officeHeader(ws, {
      agency: ['UBND HUYỆN PHỤNG HIỆP', 'PHÒNG VĂN HÓA VÀ THÔNG TIN'],
      titles: ['DỮ LIỆU CHẤM ĐIỂM CHUYỂN ĐỔI SỐ CÁC PHÒNG, BAN NĂM 2023'],
      width: cols.length,
    });
    const rows = units.map((u, i) =>
      cols.map((c, j) => {
        if (c.role === 'stt') return i + 1;
        if (c.role === 'name') return u.name;
        const cell = c.cell?.(u, i + j, i);
        return (cell?.value ?? null) as ExcelJS.CellValue;
      }),
    );
    const sums = new Set(['tc08', 'tc15']);
    ws.addTable({
      name: 'DuLieuPB',
      ref: `A${top}`,
      headerRow: true,
      totalsRow: true,
      style: { theme: 'TableStyleMedium2', showRowStripes: true },
      columns: cols.map((c, j) => ({
        name: c.head[c.head.length - 1],
        filterButton: true,
        ...(j === 1 ? { totalsRowLabel: 'Tổng cộng' } : {}),
        ...(c.target && sums.has(c.target) ? { totalsRowFunction: 'sum' as const } : {}),
      })),
      rows,
    });
    cols.forEach((c, j) => (ws.getColumn(1 + j).width = c.role === 'name' ? 28 : c.role === 'stt' ? 6 : 14));
    lines.push(...columnLines(sheet, 1, cols));
    signature(ws, top + units.length + 3, {
      place: 'Phụng Hiệp, ngày 05 tháng 01 năm 2024',
      left: ['NGƯỜI LẬP BIỂU', '', '', 'Trương Thị Thu Dung'],
      right: ['TRƯỞNG PHÒNG', '', '', 'Nguyễn Quốc Hải'],
      width: cols.length,
    });
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, departments: printed over several pages, with the header (both its rows and the numbering line) typed
// again at the top of each page and the page's number under its last row ("Trang 1/3"), as when a sheet is copied
// from a printout rather than set with Print Titles.

const pageTitles: CorpusSpec = {
  name: 'ph-pb-12-tieu-de-lap-moi-trang-so-trang',
  plan: PB_PLAN,
  description:
    'Bảng in nhiều trang, tiêu đề cột (hai dòng tiêu đề và dòng đánh số (1) (2) (3)…) gõ lại ở đầu mỗi trang thay cho “Print Titles”; cuối mỗi trang có dòng “Trang 1/3”, “Trang 2/3”; STT chạy tiếp qua các trang.',
  shapes: [
    'national-header',
    'grouped-2-rows',
    'numbering-paren',
    'header-repeated-every-page',
    'page-number-lines',
    'abbreviations',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'TH PB in';
    const ws = wb.addWorksheet(sheet);
    const ids = [...PB_CRITERIA, ...FACTS];
    const units = makeUnits(plan, rng, {
      block: 'phong-ban',
      sheet,
      names: take(PHUNG_HIEP_PHONG, 13, 2),
      ids,
    });
    const habits: Habits = { rate: 'text', yesNo: 'co' };
    const group = (id: string) => (Number(id.slice(2)) <= 8 ? 'Nhóm I' : 'Nhóm II');
    const cols: Col[] = [
      sttCol(),
      nameCol('Cơ quan, đơn vị'),
      ...PB_CRITERIA.map((id) => valueCol([group(id), PB_WORDS[id][0]], id, writerFor(plan, id, habits))),
      ...FACTS.map((id) => valueCol(['Vi phạm', PB_WORDS[id][0]], id, writerFor(plan, id))),
    ];
    const top = officeHeader(ws, {
      agency: ['UBND HUYỆN PHỤNG HIỆP', 'PHÒNG VĂN HÓA VÀ THÔNG TIN'],
      titles: ['TỔNG HỢP CHẤM ĐIỂM CHUYỂN ĐỔI SỐ CÁC CƠ QUAN, ĐƠN VỊ NĂM 2023'],
      width: cols.length,
    });
    const perPage = 5;
    const pages = Math.ceil(units.length / perPage);
    let r = writeHeader(ws, top, 1, cols, 'paren');
    units.forEach((u, i) => {
      cols.forEach((c, j) => {
        const cell =
          c.role === 'stt'
            ? { value: i + 1 }
            : c.role === 'name'
              ? { value: u.name }
              : (c.cell?.(u, i + j, i) ?? { value: null });
        put(ws, r, 1 + j, cell);
      });
      r++;
      if ((i + 1) % perPage === 0 && i + 1 < units.length) {
        ws.getCell(r, cols.length).value = `Trang ${(i + 1) / perPage}/${pages}`;
        ws.getCell(r, cols.length).font = { italic: true };
        r++;
        r = writeHeader(ws, r, 1, cols, 'paren');
      }
    });
    cols.forEach((c, j) => (ws.getColumn(1 + j).width = c.role === 'name' ? 28 : c.role === 'stt' ? 5 : 12));
    lines.push(...columnLines(sheet, 1, cols));
    signature(ws, r + 1, {
      place: 'Phụng Hiệp, ngày 05 tháng 01 năm 2024',
      left: ['NGƯỜI LẬP BIỂU', '', '', 'Trương Thị Thu Dung'],
      right: ['TRƯỞNG PHÒNG', '', '', 'Nguyễn Quốc Hải'],
      width: cols.length,
    });
    ws.getCell(r + 6, cols.length).value = `Trang ${pages}/${pages}`;
    return { units, dataSheets: [sheet] };
  },
};

export const OFFICE_LAYOUTS_4_SPECS: CorpusSpec[] = [
  quarters(true),
  notesInCell,
  countAndRate,
  chairBelow,
  rankedGroups,
  notApplicable,
  serialDates,
  fromColumnF,
  listObject,
  quarters(false),
  pageTitles,
];
