/**
 * Still more of the offices' own layouts: the totals row printed at the top of the table with panes frozen and a
 * filter on the header, the unit's self-assessment beside the council's appraisal for every criterion, the communes'
 * and the departments' tables side by side on one sheet, and criteria numbered by the office's Roman codes "I.1",
 * "II.a".
 */
import type ExcelJS from 'exceljs';
import { count, type Write } from '../lib/cells';
import { makeUnits } from '../lib/meaning';
import { PHUNG_HIEP_PHONG, PHUNG_HIEP_XA, take } from '../lib/names';
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
import { planOf, type TruthUnit } from '../lib/truth';
import { writerFor, type Habits } from '../lib/writers';
import { PB_WORDS } from './phung-hiep-phong-ban';
import { XA_WORDS } from './phung-hiep-xa';

/** One unit per row from `first`; returns the next free row. */
function unitRows(ws: ExcelJS.Worksheet, first: number, cols: Col[], units: TruthUnit[]): number {
  units.forEach((u, i) => {
    cols.forEach((c, j) => {
      const cell =
        c.role === 'stt'
          ? { value: i + 1 }
          : c.role === 'name'
            ? { value: u.name }
            : (c.cell?.(u, i + j, i) ?? { value: null });
      put(ws, first + i, 1 + j, cell);
    });
  });
  cols.forEach((c, j) => (ws.getColumn(1 + j).width = c.width ?? (c.role === 'name' ? 30 : 13)));
  return first + units.length;
}

const XA_PLAN = 'phung-hiep-2023-xa';
const PB_PLAN = 'phung-hiep-2023-phong-ban';
const XA_CRITERIA = Object.keys(XA_WORDS).filter((id) => id.startsWith('tc'));
const PB_CRITERIA = Object.keys(PB_WORDS).filter((id) => id.startsWith('tc'));
const FACTS = ['lateDossiersMaxInMonth', 'reportDelayMaxDays'];

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, communes: "Toàn huyện" totals first, right under the header; panes frozen under the header and right of
// the names, a filter on the header row; counts typed with their unit ("245 hồ sơ", "03 tin bài"), rates "80,5 %".

const XA_UNITS: Record<string, Write> = {
  tc13: count({ unit: 'hồ sơ' }),
  tc18: count({ unit: 'SP', pad: 2 }),
  tc22: count({ unit: 'tin bài', pad: 2 }),
  lateDossiersMaxInMonth: count({ unit: 'hồ sơ', pad: 2 }),
  reportDelayMaxDays: count({ unit: 'ngày', pad: 2 }),
};

const totalsOnTop: CorpusSpec = {
  name: 'ph-xa-11-dong-tong-tren-dau-co-dinh-loc',
  plan: XA_PLAN,
  description:
    'Dòng “Toàn huyện” (cộng số hồ sơ, sản phẩm, tin bài; tỷ lệ bình quân) đặt ngay dưới tiêu đề cột, trước các xã; cố định tiêu đề và cột tên (Freeze Panes), bật lọc (AutoFilter) trên dòng tiêu đề; số lượng ghi kèm đơn vị (“245 hồ sơ”, “03 tin bài”, “02 SP”, “01 ngày”), tỷ lệ có dấu cách trước % (“80,5 %”).',
  shapes: [
    'national-header',
    'grouped-2-rows',
    'totals-row-on-top',
    'frozen-panes',
    'autofilter',
    'values-with-units',
    'percent-with-space',
    'abbreviations',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'TH xa 2023';
    const ws = wb.addWorksheet(sheet);
    const ids = [...XA_CRITERIA, ...FACTS];
    const units = makeUnits(plan, rng, { block: 'xa', sheet, names: take(PHUNG_HIEP_XA, 11, 0), ids });
    const habits: Habits = { rate: 'space', yesNo: 'co', by: XA_UNITS };
    const group = (id: string) =>
      Number(id.slice(2)) <= 6
        ? 'Hạ tầng, nhân lực'
        : Number(id.slice(2)) <= 15
          ? 'Chính quyền số'
          : 'KT số, XH số';
    const cols: Col[] = [
      sttCol(),
      nameCol('Tên xã, thị trấn'),
      ...XA_CRITERIA.map((id) => valueCol([group(id), XA_WORDS[id][0]], id, writerFor(plan, id, habits))),
      ...FACTS.map((id) => valueCol(['Vi phạm', XA_WORDS[id][0]], id, writerFor(plan, id, habits))),
    ];
    const top = officeHeader(ws, {
      agency: ['UBND HUYỆN PHỤNG HIỆP', 'PHÒNG VĂN HÓA VÀ THÔNG TIN'],
      titles: ['TỔNG HỢP KẾT QUẢ CHUYỂN ĐỔI SỐ CÁC XÃ, THỊ TRẤN NĂM 2023'],
      width: cols.length,
    });
    const totalsRow = writeHeader(ws, top, 1, cols, 'none');
    const first = totalsRow + 1;
    const end = unitRows(ws, first, cols, units);
    // the district's line: sums of the counts, the mean of each rate, nothing for yes/no
    put(ws, totalsRow, 2, { value: 'Toàn huyện' });
    cols.forEach((c, j) => {
      if (!c.target || c.target === 'ignore') return;
      const vals = units.map((u) => u.values[c.target as string] ?? u.facts[c.target as string]);
      if (!vals.every((v) => typeof v === 'number')) return;
      const nums = vals as number[];
      const sum = nums.reduce((a, b) => a + b, 0);
      const isRate = plan.criteria.some((k) => k.id === c.target && k.scoring.kind === 'rate');
      const letter = columnLetter(1 + j);
      put(
        ws,
        totalsRow,
        1 + j,
        isRate
          ? {
              value: {
                formula: `AVERAGE(${letter}${first}:${letter}${end - 1})`,
                result: Math.round((sum / nums.length) * 10) / 1000,
              },
              numFmt: '0.0%',
            }
          : { value: { formula: `SUM(${letter}${first}:${letter}${end - 1})`, result: sum } },
      );
    });
    ws.getRow(totalsRow).font = { bold: true };
    ws.views = [{ state: 'frozen', xSplit: 2, ySplit: totalsRow }];
    ws.autoFilter = { from: { row: totalsRow - 1, column: 1 }, to: { row: end - 1, column: cols.length } };
    lines.push(...columnLines(sheet, 1, cols));
    signature(ws, end + 1, {
      place: 'Phụng Hiệp, ngày 26 tháng 12 năm 2023',
      left: ['NGƯỜI TỔNG HỢP', '', '', 'Đặng Thị Mỹ Xuyên'],
      right: ['TRƯỞNG PHÒNG', '', '', 'Nguyễn Văn Thắng'],
      width: cols.length,
    });
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, departments: for every criterion two columns, the department's own figure and the council's appraised
// one; the appraised figure is what is scored. Some departments claimed more than the council found.

const selfAndAppraised: CorpusSpec = {
  name: 'ph-pb-08-tu-cham-va-tham-dinh-cap-cot',
  plan: PB_PLAN,
  description:
    'Mỗi tiêu chí hai cột: “Đơn vị tự chấm” và “Thẩm định” (kết quả Tổ thẩm định xác minh lại); kết quả tính thi đua là cột thẩm định. Vài phòng tự báo cao hơn (tỷ lệ cao hơn, số tin bài nhiều hơn, ghi “Có” mà thẩm định là “Không”).',
  shapes: [
    'national-header',
    'grouped-2-rows',
    'self-and-appraised-paired-columns',
    'abbreviations',
    'notes-column',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Tham dinh PB';
    const ws = wb.addWorksheet(sheet);
    const ids = [...PB_CRITERIA, ...FACTS];
    const units = makeUnits(plan, rng, {
      block: 'phong-ban',
      sheet,
      names: take(PHUNG_HIEP_PHONG, 9, 1),
      ids,
    });
    // what each department claimed: its appraised figure, raised for about one criterion in four
    const claimed = new Map<string, unknown>();
    for (const u of units)
      for (const id of PB_CRITERIA) {
        const v = u.values[id];
        let c: unknown = v;
        if (rng.chance(0.25)) {
          if (typeof v === 'number')
            c = v >= 100 ? v : Math.min(100, Math.round((v + rng.int(3, 15)) * 10) / 10);
          if (typeof v === 'boolean') c = true;
          if (id === 'tc08' || id === 'tc15') c = Number(v) + rng.int(1, 6);
        }
        claimed.set(`${u.id}:${id}`, c);
      }
    const habits: Habits = { rate: 'text', yesNo: 'co' };
    const cols: Col[] = [sttCol(), nameCol('Phòng, ban, ngành')];
    for (const id of PB_CRITERIA) {
      const write = writerFor(plan, id, habits);
      const head = `${Number(id.slice(2))}. ${PB_WORDS[id][0]}`;
      cols.push(
        otherCol([head, 'Đơn vị tự chấm'], (u, v) => write(claimed.get(`${u.id}:${id}`) as never, v), 11),
        valueCol([head, 'Thẩm định'], id, write, { width: 11 }),
      );
    }
    cols.push(
      ...FACTS.map((id) => valueCol(['Vi phạm (thẩm định)', PB_WORDS[id][0]], id, writerFor(plan, id))),
      otherCol(['Ý kiến Tổ thẩm định'], (_u, _v, i) => ({
        value: ['Thống nhất', 'Điều chỉnh TL HS trực tuyến theo số liệu một cửa', null, 'Thống nhất'][i % 4],
      })),
    );
    const top = officeHeader(ws, {
      agency: ['UBND HUYỆN PHỤNG HIỆP', 'TỔ THẨM ĐỊNH CĐS'],
      titles: ['KẾT QUẢ THẨM ĐỊNH CHẤM ĐIỂM CHUYỂN ĐỔI SỐ CÁC PHÒNG, BAN NĂM 2023'],
      width: cols.length,
    });
    const t = rowTable(ws, { sheet, top, cols, numbering: 'none', units });
    lines.push(...t.lines);
    signature(ws, t.end + 1, {
      place: 'Phụng Hiệp, ngày 05 tháng 01 năm 2024',
      left: ['THƯ KÝ', '', '', 'Lâm Thị Bích Ngọc'],
      right: ['TỔ TRƯỞNG TỔ THẨM ĐỊNH', '', '', 'Trần Văn Lợi'],
      width: cols.length,
    });
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp: the communes' table on the left and the departments' table on the right of the same sheet, one blank
// column between them; scored under the communes' plan, only the left table counts.

const sideBySide: CorpusSpec = {
  name: 'ph-xa-12-hai-bang-xa-phong-canh-nhau',
  plan: XA_PLAN,
  description:
    'Một sheet hai bảng đặt cạnh nhau: bên trái “A. CÁC XÃ, THỊ TRẤN” (bộ tiêu chí xã), bỏ một cột trống, bên phải “B. CÁC PHÒNG, BAN, NGÀNH” (bộ tiêu chí phòng ban, nhiều tiêu chí cùng tên gọi). Chấm theo kế hoạch các xã: chỉ bảng bên trái là của kế hoạch này.',
  shapes: [
    'national-header',
    'two-tables-side-by-side',
    'table-titles-above-tables',
    'same-header-twice',
    'single-header-row',
    'percent-formatted',
    'abbreviations',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Tong hop CDS';
    const ws = wb.addWorksheet(sheet);
    const pb = planOf(PB_PLAN);
    const xaIds = [...XA_CRITERIA, ...FACTS];
    const units = makeUnits(plan, rng, { block: 'xa', sheet, names: take(PHUNG_HIEP_XA, 12, 3), ids: xaIds });
    const depts = makeUnits(pb, rng, {
      block: 'phong-ban',
      sheet,
      names: take(PHUNG_HIEP_PHONG, 8, 0),
      ids: [...PB_CRITERIA, ...FACTS],
    });
    const habits: Habits = { rate: 'fmt', yesNo: 'x' };
    const left: Col[] = [
      sttCol(),
      nameCol('Xã, thị trấn'),
      ...xaIds.map((id) => valueCol([XA_WORDS[id][0]], id, writerFor(plan, id, habits))),
    ];
    const right: Col[] = [
      sttCol(),
      nameCol('Phòng, ban'),
      ...[...PB_CRITERIA, ...FACTS].map((id) =>
        otherCol([PB_WORDS[id][0]], (u, v) => writerFor(pb, id, habits)(u.values[id] ?? u.facts[id], v)),
      ),
    ];
    const gap = left.length + 1;
    const at = gap + 1;
    const width = at + right.length - 1;
    const top = officeHeader(ws, {
      agency: ['UBND HUYỆN PHỤNG HIỆP', 'BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ'],
      titles: ['TỔNG HỢP KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2023 (XÃ, THỊ TRẤN VÀ PHÒNG, BAN, NGÀNH)'],
      width,
    });
    ws.getCell(top, 1).value = 'A. CÁC XÃ, THỊ TRẤN';
    ws.getCell(top, at).value = 'B. CÁC PHÒNG, BAN, NGÀNH';
    ws.getRow(top).font = { bold: true };
    const a = rowTable(ws, { sheet, top: top + 1, cols: left, numbering: 'none', units });
    const b = rowTable(ws, { sheet, top: top + 1, left: at, cols: right, numbering: 'none', units: depts });
    ws.getColumn(gap).width = 3;
    lines.push(...a.lines, { sheet, column: columnLetter(gap), header: '', target: 'ignore' });
    lines.push(...b.lines, { sheet, column: columnLetter(at + 1), header: 'Phòng, ban', target: 'ignore' });
    signature(ws, Math.max(a.end, b.end) + 1, {
      place: 'Phụng Hiệp, ngày 29 tháng 12 năm 2023',
      left: ['NGƯỜI LẬP', '', '', 'Châu Thị Kim Hằng'],
      right: ['TM. BAN CHỈ ĐẠO', 'PHÓ TRƯỞNG BAN THƯỜNG TRỰC', '', '', 'Huỳnh Văn Bé'],
      width,
    });
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, departments: the office numbers criteria by its own Roman groups and sub-codes ("I.1", "I.2", "II.a",
// "III.b"…) in the title and again in a code row under it; none of these is the plan's number.

const PB_ROMAN: [string, string, [string, string][]][] = [
  [
    'I',
    'Hạ tầng, nhân lực',
    [
      ['tc01', '1'],
      ['tc03', '2'],
      ['tc04', '3'],
      ['tc05', '4'],
      ['tc12', '5'],
      ['tc13', '6'],
    ],
  ],
  [
    'II',
    'Dịch vụ công',
    [
      ['tc06', 'a'],
      ['tc07', 'b'],
      ['tc08', 'c'],
      ['tc14', 'd'],
    ],
  ],
  [
    'III',
    'Văn bản, báo cáo',
    [
      ['tc02', 'a'],
      ['tc09', 'b'],
      ['tc10', 'c'],
      ['tc11', 'd'],
    ],
  ],
  [
    'IV',
    'Truyền thông, sáng kiến',
    [
      ['tc15', '1'],
      ['tc16', '2'],
    ],
  ],
];

const romanCodes: CorpusSpec = {
  name: 'ph-pb-09-ma-la-ma-chu-cai',
  plan: PB_PLAN,
  description:
    'Văn phòng đánh mã tiêu chí theo nhóm La Mã và chỉ mục riêng: “I.1 … I.6”, “II.a … II.d”, “III.a … III.d”, “IV.1, IV.2” (không phải số thứ tự tiêu chí của kế hoạch: II.b là tiêu chí 7, III.a là tiêu chí 2), mã ghi trong tiêu đề cột và lặp lại ở dòng đánh mã dưới tiêu đề; tỷ lệ ô định dạng % xen ô gõ chữ.',
  shapes: [
    'national-header',
    'grouped-2-rows',
    'roman-codes-with-sub-letters',
    'office-own-codes',
    'columns-out-of-plan-order',
    'numbering-codes',
    'mixed-values',
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
      names: take(PHUNG_HIEP_PHONG, 10, 2),
      ids,
    });
    const habits: Habits = { rate: 'mixed', yesNo: 'co', by: { tc15: count({ unit: 'tin', every: 2 }) } };
    const cols: Col[] = [
      { ...sttCol(), num: 'A' },
      { ...nameCol('Đơn vị'), num: 'B' },
    ];
    for (const [roman, group, items] of PB_ROMAN)
      for (const [id, sub] of items) {
        const code = `${roman}.${sub}`;
        cols.push(
          valueCol([`${roman}. ${group}`, `${code}. ${PB_WORDS[id][0]}`], id, writerFor(plan, id, habits), {
            num: code,
          }),
        );
      }
    cols.push(
      ...FACTS.map((id, k) =>
        valueCol(['V. Điều kiện', PB_WORDS[id][0]], id, writerFor(plan, id), { num: `V.${k + 1}` }),
      ),
    );
    const top = officeHeader(ws, {
      agency: ['UBND HUYỆN PHỤNG HIỆP', 'PHÒNG VĂN HÓA VÀ THÔNG TIN'],
      titles: ['BẢNG CHẤM ĐIỂM CHUYỂN ĐỔI SỐ CÁC CƠ QUAN, ĐƠN VỊ NĂM 2023'],
      width: cols.length,
    });
    const t = rowTable(ws, { sheet, top, cols, numbering: 'plain', units });
    lines.push(...t.lines);
    signature(ws, t.end + 1, {
      place: 'Phụng Hiệp, ngày 03 tháng 01 năm 2024',
      left: ['NGƯỜI LẬP BIỂU', '', '', 'Phan Thị Ngọc Trâm'],
      right: ['KT. TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG', '', '', 'Lý Minh Trí'],
      width: cols.length,
    });
    return { units, dataSheets: [sheet] };
  },
};

export const OFFICE_LAYOUTS_3_SPECS: CorpusSpec[] = [totalsOnTop, selfAndAppraised, sideBySide, romanCodes];
