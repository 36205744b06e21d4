/**
 * More of the offices' own layouts: last year's column copied in and hidden beside this year's, hidden helper counts
 * behind a rate formula with the office's own total and rank, "HT"/"KHT" explained in a legend under the table, the
 * office's own criterion codes "TC 2.1" with blank spacer columns, and dates typed as text in several ways.
 */
import { label, yesNo, type Write } from '../lib/cells';
import { makeUnits } from '../lib/meaning';
import { DONG_THAP_PHONG, PHUNG_HIEP_PHONG, PHUNG_HIEP_XA, SXD_PHONG, take } from '../lib/names';
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
import { writerFor, type Habits } from '../lib/writers';
import { KG_SPELLING } from './kien-giang-243';
import { CCHC_WORDS, SXD_WORDS } from './kien-giang-sxd';
import { PB_WORDS } from './phung-hiep-phong-ban';
import { XA_WORDS } from './phung-hiep-xa';

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, communes: last year's figures pasted in a column of their own, then hidden, beside this year's.

const XA_PLAN = 'phung-hiep-2023-xa';

const XA_GROUPS: [string, string[]][] = [
  ['Chỉ đạo, điều hành', ['tc01', 'tc02', 'tc03']],
  ['Nhân lực, kỹ năng số', ['tc04', 'tc05', 'tc06']],
  ['Dịch vụ công trực tuyến', ['tc07', 'tc08', 'tc09', 'tc10', 'tc11', 'tc12', 'tc13', 'tc14', 'tc15']],
  ['Kinh tế số, xã hội số', ['tc16', 'tc17', 'tc18', 'tc19', 'tc20', 'tc21', 'tc22', 'tc23', 'tc24']],
];

/** The criteria whose 2022 column the office kept, hidden, just left (or just right) of the 2023 one. */
const STALE_LEFT = ['tc07', 'tc13'];
const STALE_RIGHT = ['tc08', 'tc20'];

const lastYearHidden: CorpusSpec = {
  name: 'ph-xa-10-cot-nam-truoc-an-canh-tieu-chi',
  plan: XA_PLAN,
  description:
    'Bảng năm 2023 làm lại từ bảng năm 2022: bốn cột số liệu năm trước (TL DVCTT có hồ sơ, TL HS giải quyết trực tuyến, số HS nộp online, TL hài lòng) chép sang cột riêng, giữ nguyên tiêu đề, rồi ẩn cột đi — mỗi cột ẩn đứng sát cột năm nay của cùng tiêu chí (hai cột ngay trước, hai cột ngay sau). Người xem trên Excel chỉ thấy một cột cho mỗi tiêu chí.',
  shapes: [
    'national-header',
    'grouped-2-rows',
    'hidden-column',
    'hidden-stale-column-beside-criterion',
    'same-header-twice',
    'abbreviations',
    'target-in-title',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'KQ 2023';
    const ws = wb.addWorksheet(sheet);
    const facts = ['lateDossiersMaxInMonth', 'reportDelayMaxDays'];
    const ids = [...XA_GROUPS.flatMap(([, g]) => g), ...facts];
    const units = makeUnits(plan, rng, { block: 'xa', sheet, names: take(PHUNG_HIEP_XA, 10, 2), ids });
    const habits: Habits = { rate: 'text', yesNo: 'co' };
    // last year's figures: lower, and nothing to do with this year's score
    const stale = new Map(
      units.map((u) => [
        u.id,
        {
          tc07: rng.rate(35, 80),
          tc08: rng.rate(30, 75),
          tc13: rng.int(120, 600),
          tc20: rng.rate(85, 97),
        } as Record<string, number>,
      ]),
    );
    const hidden: Col[] = [];
    const cols: Col[] = [sttCol(), nameCol('Xã, thị trấn')];
    for (const [group, gids] of XA_GROUPS)
      for (const id of gids) {
        const head = [group, XA_WORDS[id][0]];
        const write = writerFor(plan, id, habits);
        const old = otherCol(head, (u, v) => write(stale.get(u.id)?.[id], v));
        if (STALE_LEFT.includes(id)) cols.push(old);
        cols.push(valueCol(head, id, write));
        if (STALE_RIGHT.includes(id)) cols.push(old);
        if (STALE_LEFT.includes(id) || STALE_RIGHT.includes(id)) hidden.push(old);
      }
    cols.push(...facts.map((id) => valueCol(['Điều kiện xét', XA_WORDS[id][0]], id, writerFor(plan, id))));
    const top = officeHeader(ws, {
      agency: ['UBND HUYỆN PHỤNG HIỆP', 'BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ'],
      titles: ['KẾT QUẢ CHẤM ĐIỂM CHUYỂN ĐỔI SỐ CÁC XÃ, THỊ TRẤN NĂM 2023'],
      width: cols.length,
    });
    const t = rowTable(ws, { sheet, top, cols, numbering: 'none', units });
    for (const c of hidden) ws.getColumn(1 + cols.indexOf(c)).hidden = true;
    lines.push(...t.lines);
    signature(ws, t.end + 1, {
      place: 'Phụng Hiệp, ngày 27 tháng 12 năm 2023',
      left: ['NGƯỜI TỔNG HỢP', '', '', 'Phạm Ngọc Linh'],
      right: ['TM. BAN CHỈ ĐẠO', 'PHÓ TRƯỞNG BAN', '', '', 'Lê Hữu Phúc'],
      width: cols.length,
    });
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Phụng Hiệp, departments: the counts behind each rate in hidden helper columns, the rate a formula over them, a
// hidden ratio-to-target helper, and the office's own "Tổng điểm" and "Xếp hạng" filled in.

const PB_PLAN = 'phung-hiep-2023-phong-ban';

/** The rate criteria the office works out from two counts it then hides: group, total, achieved. */
const PB_PARTS: Record<string, [string, string, string]> = {
  tc03: ['Tập huấn CĐS', 'Tổng số CC', 'CC đã tập huấn'],
  tc05: ['TK DVCTT và ví điện tử/NH số', 'Tổng CBCC', 'CBCC có đủ TK'],
  tc07: ['HS giải quyết trực tuyến (CT 80%)', 'Tổng số HS', 'HS giải quyết online'],
  tc09: ['VB đi ký số', 'Tổng VB đi', 'VB có ký số'],
};

const PB_RANGES: Record<string, [number, number]> = {
  tc03: [8, 25],
  tc05: [10, 30],
  tc07: [150, 900],
  tc09: [200, 1200],
};

const helpersAndRank: CorpusSpec = {
  name: 'ph-pb-07-cot-phu-an-tong-diem-xep-hang',
  plan: PB_PLAN,
  description:
    'Bốn tỷ lệ do văn phòng tự tính: hai cột đếm (tổng số, số đạt) bị ẩn, cột “Tỷ lệ (%)” là công thức chia hai cột ẩn (định dạng %, có giá trị lưu sẵn); một cột phụ ẩn “TL/CT” (tỷ lệ chia chỉ tiêu); cuối bảng “Tổng điểm” và “Xếp hạng” văn phòng đã tự điền (có đơn vị lệch với cách chấm của kế hoạch) — chỉ là tham khảo, không đọc.',
  shapes: [
    'national-header',
    'grouped-2-rows',
    'hidden-column',
    'hidden-helper-columns',
    'rate-as-count-achieved-rate',
    'formulas',
    'percent-formatted',
    'office-total-and-rank',
    'abbreviations',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines, score }) {
    const sheet = 'Tong hop PB';
    const ws = wb.addWorksheet(sheet);
    const facts = ['lateDossiersMaxInMonth', 'reportDelayMaxDays'];
    const ids = [...Object.keys(PB_WORDS).filter((id) => id.startsWith('tc')), ...facts];
    const units = makeUnits(plan, rng, {
      block: 'phong-ban',
      sheet,
      names: take(PHUNG_HIEP_PHONG, 10, 1),
      ids,
    });
    const parts = new Map<string, [number, number]>();
    for (const u of units)
      for (const id of Object.keys(PB_PARTS)) {
        const [lo, hi] = PB_RANGES[id];
        const total = rng.int(lo, hi);
        const done = Math.min(total, Math.round((total * Number(u.values[id])) / 100));
        parts.set(`${u.id}:${id}`, [total, done]);
        u.values[id] = Math.round((done / total) * 100 * 1e6) / 1e6;
      }
    const results = score(units);
    // the office's own sums: right for most, off where it counted a criterion its own way
    const officeTotal = new Map(
      units.map((u, i) => {
        const total = results.get(u.id)?.total ?? 0;
        const off = i % 4 === 1 ? 3 : i % 4 === 3 ? -1.5 : 0;
        return [u.id, Math.round((total + off) * 100) / 100];
      }),
    );
    const ranked = [...officeTotal.values()].sort((a, b) => b - a);
    let first = 0;
    let totalAt = 0;
    const hidden: number[] = [];
    const habits: Habits = { rate: 'text', yesNo: 'co' };
    const cols: Col[] = [sttCol(), nameCol('Cơ quan, đơn vị')];
    const plainCol = (id: string) =>
      valueCol(['Các tiêu chí khác', PB_WORDS[id][0]], id, writerFor(plan, id, habits));
    for (const id of ids.filter((x) => x.startsWith('tc'))) {
      const p = PB_PARTS[id];
      if (!p) {
        cols.push(plainCol(id));
        continue;
      }
      const [group, totalHead, doneHead] = p;
      const at = cols.length + 1;
      hidden.push(at, at + 1);
      cols.push(
        otherCol([group, totalHead], (u) => ({ value: parts.get(`${u.id}:${id}`)?.[0] ?? null })),
        otherCol([group, doneHead], (u) => ({ value: parts.get(`${u.id}:${id}`)?.[1] ?? null })),
        {
          head: [group, 'Tỷ lệ (%)'],
          target: id,
          cell: (u, _v, index) => {
            const [total, done] = parts.get(`${u.id}:${id}`) ?? [1, 0];
            const r = first + index;
            return {
              value: { formula: `${columnLetter(at + 1)}${r}/${columnLetter(at)}${r}`, result: done / total },
              numFmt: '0.0%',
            };
          },
        },
      );
      if (id === 'tc07') {
        const rateAt = at + 2;
        hidden.push(rateAt + 1);
        cols.push(
          otherCol([group, 'TL/CT'], (u, _v, index) => {
            const [total, done] = parts.get(`${u.id}:${id}`) ?? [1, 0];
            return {
              value: { formula: `${columnLetter(rateAt)}${first + index}/0.8`, result: done / total / 0.8 },
              numFmt: '0.00',
            };
          }),
        );
      }
    }
    const totalCol = otherCol(['Tổng điểm'], (u) => ({ value: officeTotal.get(u.id) ?? null }));
    cols.push(
      ...facts.map((id) => valueCol(['Vi phạm', PB_WORDS[id][0]], id, writerFor(plan, id))),
      totalCol,
      otherCol(['Xếp hạng'], (u, _v, index) => {
        const letter = columnLetter(totalAt);
        const r = first + index;
        const last = first + units.length - 1;
        return {
          value: {
            formula: `RANK(${letter}${r},$${letter}$${first}:$${letter}$${last})`,
            result: ranked.indexOf(officeTotal.get(u.id) ?? 0) + 1,
          },
        };
      }),
    );
    const top = officeHeader(ws, {
      agency: ['UBND HUYỆN PHỤNG HIỆP', 'PHÒNG VĂN HÓA VÀ THÔNG TIN'],
      titles: ['BẢNG TỔNG HỢP CHẤM ĐIỂM CĐS CÁC PHÒNG, BAN, NGÀNH NĂM 2023'],
      width: cols.length,
    });
    first = top + 2;
    totalAt = 1 + cols.indexOf(totalCol);
    const t = rowTable(ws, { sheet, top, cols, numbering: 'none', units });
    for (const c of hidden) ws.getColumn(c).hidden = true;
    lines.push(...t.lines);
    signature(ws, t.end + 1, {
      place: 'Phụng Hiệp, ngày 04 tháng 01 năm 2024',
      left: ['NGƯỜI LẬP BIỂU', '', '', 'Trương Thị Thu Dung'],
      right: ['TRƯỞNG PHÒNG', '', '', 'Nguyễn Quốc Hải'],
      width: cols.length,
    });
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Sở Xây dựng, divisions: standards marked "HT"/"KHT", explained in a legend under the table; each division's STT
// and name merged over two rows (long names), values on the first; a "Ghi chú" column of free text.

const CDS_PLAN = 'kien-giang-sxd-cds-2022-2025';
const CDS_TARGETS = Object.keys(SXD_WORDS).filter((id) => /^t\d+$/.test(id));
const CDS_GENERAL = ['chapHanhChuTruong', 'hoanThanhNhiemVu', 'doanKet', 'toChucDang', 'kyLuat'];
const CDS_SPECIFIC = ['nhiemVuDungHan', 'phongTraoHieuQua', 'ungDungCongNgheSo', 'baoCaoDienTu'];

/** "HT" done, "KHT" not done. */
const htKht: Write = (m) => (m === undefined ? { value: null } : { value: m === true ? 'HT' : 'KHT' });

const CDS_NOTES = [
  'Số liệu theo Hệ thống một cửa điện tử',
  '',
  'BC quý III gửi chậm, đã khắc phục',
  'Đề nghị xem xét thêm phần ATTT',
  '',
  'Đơn vị mới sáp nhập tháng 6',
  '',
  'Có sáng kiến cấp Sở (chưa công nhận)',
];

const legendBelow: CorpusSpec = {
  name: 'sxd-cds-04-ht-kht-chu-thich-ten-gop-hai-dong',
  plan: CDS_PLAN,
  description:
    'Các phòng thuộc Sở: tiêu chuẩn chung, cụ thể ghi “HT” / “KHT”, giải thích ở dòng “Ghi chú: HT – Hoàn thành; KHT – Không hoàn thành…” dưới bảng; STT và tên phòng gộp hai dòng (tên dài), số liệu ở dòng trên, dòng dưới để trống; cột “Ghi chú” ghi chữ tự do; xếp loại chi bộ HTTNV/HTXSNV.',
  shapes: [
    'national-header',
    'grouped-2-rows',
    'ht-kht-marks',
    'legend-below-table',
    'unit-name-merged-two-rows',
    'notes-column',
    'rating-abbreviations',
    'target-in-title',
    'block-from-title',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Danh gia phong';
    const ws = wb.addWorksheet(sheet);
    const ids = [...CDS_TARGETS, ...CDS_GENERAL, ...CDS_SPECIFIC];
    const units = makeUnits(plan, rng, { block: 'phong-don-vi', sheet, names: SXD_PHONG, ids });
    const habits: Habits = { rate: 'text', yesNo: 'co', spelling: KG_SPELLING };
    const std = (id: string): Write =>
      id === 'doanKet' || id === 'toChucDang' || id === 'kyLuat' ? writerFor(plan, id, habits) : htKht;
    const cols: Col[] = [
      sttCol(),
      nameCol('Phòng, đơn vị'),
      ...CDS_TARGETS.map((id) =>
        valueCol(['Mục tiêu chính quyền số', SXD_WORDS[id]], id, writerFor(plan, id, habits)),
      ),
      ...CDS_GENERAL.map((id) => valueCol(['Tiêu chuẩn chung', SXD_WORDS[id]], id, std(id))),
      ...CDS_SPECIFIC.map((id) => valueCol(['Tiêu chuẩn cụ thể', SXD_WORDS[id]], id, std(id))),
      otherCol(['Ghi chú'], (_u, _v, i) => ({ value: CDS_NOTES[i % CDS_NOTES.length] || null }), 30),
    ];
    const top = officeHeader(ws, {
      agency: ['UBND TỈNH KIÊN GIANG', 'SỞ XÂY DỰNG'],
      titles: ['ĐÁNH GIÁ KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2024', 'Các phòng, đơn vị thuộc Sở'],
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
        if (c.role) {
          ws.mergeCells(r, 1 + j, r + 1, 1 + j);
          ws.getCell(r, 1 + j).alignment = { vertical: 'middle', wrapText: true };
        }
      });
      r += 2;
    });
    ws.getCell(r, 2).value =
      'Ghi chú: HT – Hoàn thành; KHT – Không hoàn thành; HTTNV – Hoàn thành tốt nhiệm vụ; HTXSNV – Hoàn thành xuất sắc nhiệm vụ.';
    ws.getCell(r, 2).font = { italic: true };
    cols.forEach((c, j) => {
      if (c.role === 'name') ws.getColumn(1 + j).width = 24;
      else if (c.role === 'stt') ws.getColumn(1 + j).width = 5;
      else if (!c.width) ws.getColumn(1 + j).width = 12;
      else ws.getColumn(1 + j).width = c.width;
    });
    lines.push(...columnLines(sheet, 1, cols));
    signature(ws, r + 2, {
      place: 'Rạch Giá, ngày 02 tháng 12 năm 2024',
      left: ['NGƯỜI LẬP', '', '', 'Huỳnh Minh Tâm'],
      right: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', 'Võ Thanh Hùng'],
      width: cols.length,
    });
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Đồng Tháp: the office's own criterion codes "TC 1.1 … TC 3.3" (its grouping, not the plan's numbers), contents in
// the office's order, narrow blank spacer columns between the groups.

const DT_PLAN = 'dong-thap-skhdt-cds-2021-2025';

/** The office's groups and its own codes: TC 2.1 is the plan's content 3, TC 1.3 its content 8. */
const DT_GROUPS: [string, [string, string, string][]][] = [
  [
    'I. Nhận thức, kế hoạch, phong trào',
    [
      ['nd1', 'TC 1.1', 'Chỉ đạo, tuyên truyền CĐS'],
      ['nd2', 'TC 1.2', 'KH CĐS của phòng'],
      ['nd8', 'TC 1.3', 'Phát động thi đua thiết thực'],
    ],
  ],
  [
    'II. Con người, nguồn lực',
    [
      ['nd3', 'TC 2.1', 'Bồi dưỡng kỹ năng số CCVC'],
      ['nd4', 'TC 2.2', 'Kinh phí, nhân lực cho CĐS'],
    ],
  ],
  [
    'III. Hạ tầng, dữ liệu, an toàn',
    [
      ['nd5', 'TC 3.1', 'Hạ tầng, nền tảng, giải pháp mới'],
      ['nd6', 'TC 3.2', 'Dữ liệu mở cho người dân, DN'],
      ['nd7', 'TC 3.3', 'ATTT, an ninh mạng'],
    ],
  ],
];

const DT_FORMS: Record<string, string> = {
  'không đề nghị': 'Không đề nghị',
  'Giấy khen của Giám đốc Sở': 'Giấy khen của GĐ Sở',
  'Bằng khen của Chủ tịch UBND tỉnh': 'Bằng khen của CT UBND tỉnh',
};

const spacer = (): Col => ({ head: [''], target: 'ignore', width: 2 });

const officeCodes: CorpusSpec = {
  name: 'dt-05-ma-tc-rieng-cot-trong-ngan-cach',
  plan: DT_PLAN,
  description:
    'Văn phòng Sở tự đánh mã “TC 1.1”… “TC 3.3” theo ba nhóm của mình (TC 1.3 là nội dung phong trào thi đua, TC 2.1 là bồi dưỡng kỹ năng số — không phải nội dung số 1, 2, 3 của kế hoạch), thứ tự cột khác kế hoạch; giữa các nhóm có cột trống hẹp không tiêu đề để ngăn cách; “Đạt” / “Chưa đạt”.',
  shapes: [
    'national-header',
    'grouped-2-rows',
    'office-own-codes',
    'columns-out-of-plan-order',
    'blank-spacer-columns',
    'block-from-title',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Tong hop ND';
    const ws = wb.addWorksheet(sheet);
    const contents = DT_GROUPS.flatMap(([, g]) => g.map(([id]) => id));
    const facts = ['hoiDongDeNghi', 'coSangKien'];
    const units = makeUnits(plan, rng, {
      block: 'phong-don-vi',
      sheet,
      names: take(DONG_THAP_PHONG, 8),
      ids: [...contents, ...facts],
    });
    const cols: Col[] = [sttCol(), nameCol('Phòng, đơn vị'), spacer()];
    for (const [group, items] of DT_GROUPS) {
      for (const [id, code, words] of items) cols.push(valueCol([group, `${code}\n${words}`], id, label()));
      cols.push(spacer());
    }
    cols.push(
      valueCol(['Đề nghị của Hội đồng', 'Hình thức'], 'hoiDongDeNghi', label(DT_FORMS)),
      valueCol(['Đề nghị của Hội đồng', 'Có sáng kiến'], 'coSangKien', yesNo('co')),
    );
    const top = officeHeader(ws, {
      agency: ['UBND TỈNH ĐỒNG THÁP', 'SỞ KẾ HOẠCH VÀ ĐẦU TƯ'],
      titles: ['TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ CĐS CÁC PHÒNG, ĐƠN VỊ THUỘC SỞ NĂM 2024'],
      width: cols.length,
    });
    const t = rowTable(ws, { sheet, top, cols, numbering: 'none', units });
    lines.push(...t.lines);
    signature(ws, t.end + 1, {
      place: 'Cao Lãnh, ngày 09 tháng 12 năm 2024',
      left: ['THƯ KÝ HỘI ĐỒNG', '', '', 'Lâm Thị Thu Thảo'],
      right: ['CHỦ TỊCH HỘI ĐỒNG', '', '', 'Phan Minh An'],
      width: cols.length,
    });
    return { units, dataSheets: [sheet] };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Sở Xây dựng, CCHC 2021–2025: dates typed as text every way a clerk types them, the years listed newest first, the
// facts in the office's order, free-text notes.

const CCHC_PLAN = 'kien-giang-sxd-609-cchc';
const YEARS_DESC = [2025, 2024, 2023, 2022, 2021];

/** A date typed as text: "15/3/2022", "ngày 15/03/2022", "15-03-2022", "15.03.2022", "15/03/2022" by row. */
const textDate: Write = (m, row) => {
  if (typeof m !== 'string') return { value: null };
  const [y, mo, d] = m.split('-').map(Number);
  const dd = String(d).padStart(2, '0');
  const mm = String(mo).padStart(2, '0');
  const forms = [
    `${d}/${mo}/${y}`,
    `ngày ${dd}/${mm}/${y}`,
    `${dd}-${mm}-${y}`,
    `${dd}.${mm}.${y}`,
    `${dd}/${mm}/${y}`,
  ];
  return { value: forms[row % forms.length] };
};

const CCHC_RATINGS: Record<string, string> = {
  'xuất sắc': 'Xuất sắc',
  tốt: 'Tốt',
  khá: 'Khá',
  'trung bình': 'TB',
};

const CCHC_NOTES = [
  'Đăng ký thi đua bằng văn bản',
  '',
  'Năm 2022 chỉ đạt Khá do chậm BC',
  '',
  'Công nhận theo QĐ của UBND tỉnh',
];

const textDates: CorpusSpec = {
  name: 'sxd-609-04-ngay-go-chu-nam-giam-dan',
  plan: CCHC_PLAN,
  description:
    'CCHC 2021–2025 của các phòng: ngày đăng ký và ngày công nhận gõ chữ đủ kiểu (“15/3/2022”, “ngày 15/03/2022”, “15-03-2022”, “15.03.2022”), các năm xếp từ mới đến cũ (2025 … 2021), dữ kiện theo thứ tự của văn phòng (tỷ lệ HTTNV trước xếp loại), cột “Ghi chú” chữ tự do.',
  shapes: [
    'national-header',
    'per-year-columns',
    'years-newest-first',
    'grouped-2-rows',
    'dates-as-text-varied',
    'columns-out-of-plan-order',
    'x-marks',
    'notes-column',
    'block-from-title',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'CCHC 2021-2025';
    const ws = wb.addWorksheet(sheet);
    const perYear = ['tyLeHoanThanhTot', 'cchc', 'nhomXuatSac', 'soNguoiBiKyLuat'];
    const single = ['ngayDangKy', 'guongMau', 'coQuanThamMuu', 'ngayCongNhanKetQua'];
    const ids = [...single, ...perYear.flatMap((id) => YEARS_DESC.map((y) => `${id}_${y}`))];
    const units = makeUnits(plan, rng, { block: 'tap-the', sheet, names: take(SXD_PHONG, 7, 1), ids });
    const habits: Habits = { yesNo: 'x', spelling: CCHC_RATINGS };
    const cols: Col[] = [
      sttCol('TT'),
      nameCol('Tên phòng, đơn vị'),
      valueCol([CCHC_WORDS.ngayDangKy], 'ngayDangKy', textDate),
      ...perYear.flatMap((id) =>
        YEARS_DESC.map((y) =>
          valueCol([CCHC_WORDS[id], String(y)], `${id}_${y}`, writerFor(plan, `${id}_${y}`, habits)),
        ),
      ),
      valueCol([CCHC_WORDS.guongMau], 'guongMau', yesNo('co')),
      valueCol([CCHC_WORDS.coQuanThamMuu], 'coQuanThamMuu', yesNo('co')),
      valueCol([CCHC_WORDS.ngayCongNhanKetQua], 'ngayCongNhanKetQua', (m, v) => textDate(m, v + 1)),
      otherCol(['Ghi chú'], (_u, _v, i) => ({ value: CCHC_NOTES[i % CCHC_NOTES.length] || null }), 28),
    ];
    const top = officeHeader(ws, {
      agency: ['UBND TỈNH KIÊN GIANG', 'SỞ XÂY DỰNG'],
      titles: ['TỔNG HỢP THÀNH TÍCH CẢI CÁCH HÀNH CHÍNH 2021–2025', 'Tập thể các phòng, đơn vị thuộc Sở'],
      width: cols.length,
    });
    const t = rowTable(ws, { sheet, top, cols, numbering: 'none', units });
    lines.push(...t.lines);
    signature(ws, t.end + 1, {
      place: `Rạch Giá, ngày 20 tháng 01 năm 2026`,
      left: ['NGƯỜI LẬP', '', '', 'Trần Kim Vy'],
      right: ['TM. HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG', 'CHỦ TỊCH', '', '', 'Bùi Văn Cường'],
      width: cols.length,
    });
    return { units, dataSheets: [sheet] };
  },
};

export const OFFICE_LAYOUTS_2_SPECS: CorpusSpec[] = [
  lastYearHidden,
  helpersAndRank,
  legendBelow,
  officeCodes,
  textDates,
];
