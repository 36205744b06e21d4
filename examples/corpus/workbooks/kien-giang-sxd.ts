/** Sở Xây dựng Kiên Giang: digital transformation 2022–2025 and KH 609 administrative reform (per-year facts). */
import type { Plan } from '@thidua/core';
import { label, yesNo } from '../lib/cells';
import { makeUnits } from '../lib/meaning';
import { personNames, SXD_PHONG, SXD_PHONG_SHORT, take } from '../lib/names';
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
import { KG_SPELLING } from './kien-giang-243';

const CDS = 'kien-giang-sxd-cds-2022-2025';
const CCHC = 'kien-giang-sxd-609-cchc';
const AGENCY = ['UBND TỈNH KIÊN GIANG', 'SỞ XÂY DỰNG'];
const YEARS = [2021, 2022, 2023, 2024, 2025];

export const SXD_WORDS: Record<string, string> = {
  t01: 'TTHC đủ ĐK cung cấp DVCTT (%)',
  t02: 'HS xử lý hoàn toàn trực tuyến (chỉ tiêu ≥ 60%)',
  t03: 'TTHC được cắt giảm (chỉ tiêu ≥ 10%)',
  t04: 'VB trao đổi điện tử với CQNN (%)',
  t05: 'HS công việc xử lý trên mạng (chỉ tiêu > 95%)',
  t06: 'Báo cáo qua HT báo cáo tỉnh/Bộ (%)',
  t07: 'Người dân, DN hài lòng (chỉ tiêu ≥ 80%)',
  t08: 'Giao dịch DVC, một cửa có xác thực ĐT (%)',
  t09: 'Kết nối mạng TSLCD',
  t10: 'CCVC được phổ biến ATTT (%)',
  t11: 'CC chuyên trách CNTT được đào tạo ATTT',
  t12: 'TTHC giải quyết đúng hạn (chỉ tiêu ≥ 80%)',
  t13: 'Có thanh toán trực tuyến không dùng tiền mặt',
  chapHanhChuTruong: 'Chấp hành chủ trương, pháp luật',
  hoanThanhNhiemVu: 'Hoàn thành tốt NV',
  doanKet: 'Đoàn kết, dân chủ',
  toChucDang: 'Xếp loại chi bộ',
  kyLuat: 'Kỷ luật',
  nhiemVuDungHan: 'NV đúng hạn, BC đầy đủ',
  phongTraoHieuQua: 'Phong trào hiệu quả, có sáng kiến',
  ungDungCongNgheSo: 'Ứng dụng CNS an toàn',
  baoCaoDienTu: '100% BC, VB gửi điện tử',
  xepLoai: 'Xếp loại CCVC năm',
  sangKien: 'Có sáng kiến được công nhận',
  tichCucPhongTrao: 'Tích cực tham gia phong trào',
};

export const CCHC_WORDS: Record<string, string> = {
  guongMau: 'Gương mẫu, đoàn kết',
  ngayDangKy: 'Ngày đăng ký thi đua',
  cchc: 'Xếp loại CCHC',
  tyLeHoanThanhTot: 'TL CCVC HTTNV trở lên (%)',
  soNguoiBiKyLuat: 'Số người bị kỷ luật',
  nhomXuatSac: 'Nhóm xuất sắc CCHC của tỉnh',
  coQuanThamMuu: 'Cơ quan tham mưu CCHC tỉnh',
  ngayCongNhanKetQua: 'Ngày công nhận kết quả CCHC',
  xepLoaiCaNhan: 'Xếp loại cá nhân',
  thanhTichCchc: 'Thành tích CCHC xuất sắc',
  trucTiepCchc: 'Trực tiếp làm CCHC, TTHC',
};

const TARGETS = Object.keys(SXD_WORDS).filter((id) => /^t\d+$/.test(id));
const GENERAL = ['chapHanhChuTruong', 'hoanThanhNhiemVu', 'doanKet', 'toChucDang', 'kyLuat'];
const SPECIFIC = ['nhiemVuDungHan', 'phongTraoHieuQua', 'ungDungCongNgheSo', 'baoCaoDienTu'];
const PERSON = ['xepLoai', 'sangKien', 'tichCucPhongTrao', 'chapHanhChuTruong', 'hoanThanhNhiemVu', 'kyLuat'];

function sign(ws: Parameters<typeof signature>[0], row: number, width: number, year = 2023): void {
  signature(ws, row, {
    place: `Rạch Giá, ngày 28 tháng 11 năm ${year}`,
    left: ['NGƯỜI LẬP', '', '', 'Đặng Thị Thu Hà'],
    right: ['TM. HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG', 'CHỦ TỊCH', '', '', 'Trương Minh Nam'],
    width,
  });
}

function targetCol(plan: Plan, id: string, habits: Habits): Col {
  return valueCol(['Mục tiêu chính quyền số', SXD_WORDS[id]], id, writerFor(plan, id, habits));
}

const divisions: CorpusSpec = {
  name: 'sxd-cds-01-phong-nhom-tieu-chuan',
  plan: CDS,
  description:
    'Các phòng, đơn vị thuộc Sở: nhóm “Mục tiêu chính quyền số” trên 13 cột mục tiêu (có “(chỉ tiêu ≥ 60%)” trong tên), nhóm “Tiêu chuẩn chung”, “Tiêu chuẩn cụ thể”; có/không đánh “x”; kế hoạch hai khối, khối suy ra từ tiêu đề.',
  shapes: [
    'national-header',
    'grouped-2-rows',
    'target-in-title',
    'x-marks',
    'abbreviations',
    'numbering-paren',
    'block-from-title',
    'rating-abbreviations',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Tap the';
    const ws = wb.addWorksheet(sheet);
    const ids = [...TARGETS, ...GENERAL, ...SPECIFIC];
    const units = makeUnits(plan, rng, { block: 'phong-don-vi', sheet, names: SXD_PHONG, ids });
    const habits: Habits = { rate: 'text', yesNo: 'x', spelling: KG_SPELLING };
    const cols: Col[] = [
      sttCol(),
      nameCol('Phòng, đơn vị'),
      ...TARGETS.map((id) => targetCol(plan, id, habits)),
      ...GENERAL.map((id) => valueCol(['Tiêu chuẩn chung', SXD_WORDS[id]], id, writerFor(plan, id, habits))),
      ...SPECIFIC.map((id) =>
        valueCol(['Tiêu chuẩn cụ thể', SXD_WORDS[id]], id, writerFor(plan, id, habits)),
      ),
      otherCol(['Ghi chú']),
    ];
    const top = officeHeader(ws, {
      agency: AGENCY,
      titles: ['KẾT QUẢ THỰC HIỆN MỤC TIÊU CHUYỂN ĐỔI SỐ NĂM 2023', 'CÁC PHÒNG, ĐƠN VỊ THUỘC SỞ'],
      width: cols.length,
    });
    const t = rowTable(ws, { sheet, top, cols, numbering: 'paren', units });
    lines.push(...t.lines);
    sign(ws, t.end + 1, cols.length);
    return { units, dataSheets: [sheet] };
  },
};

/** Individuals of the given collectives, each naming its collective as the sheet writes it. */
function people(
  ctx: BuildContext,
  collectives: TruthUnit[],
  sheet: string,
  block: string,
  ids: string[],
  n: number,
): TruthUnit[] {
  const names = personNames(ctx.rng, n);
  const units = makeUnits(ctx.plan, ctx.rng, { block, sheet, names, ids });
  units.forEach((u, i) => (u.collective = collectives[i % collectives.length].id));
  return units;
}

function collectiveCol(head: string, collectives: TruthUnit[], short: boolean): Col {
  const byId = new Map(collectives.map((c) => [c.id, c.name]));
  return {
    head: [head],
    target: 'collective',
    cell: (u) => {
      const name = byId.get(u.collective ?? '') ?? '';
      return { value: short ? (SXD_PHONG_SHORT[name] ?? name) : name };
    },
    width: 22,
  };
}

const twoSheets: CorpusSpec = {
  name: 'sxd-cds-02-tap-the-ca-nhan-hai-sheet',
  plan: CDS,
  description:
    'Hai sheet: “Tập thể” (các phòng) và “Cá nhân” (họ tên, chức vụ, phòng — cá nhân thuộc tập thể nào); xếp loại viết tắt HTTNV/HTXSNV; cả hai sheet là dữ liệu, mỗi sheet một khối.',
  shapes: [
    'blocks-on-separate-sheets',
    'individuals-with-collective',
    'rating-abbreviations',
    'grouped-2-rows',
    'block-from-sheet',
    'national-header',
  ],
  expect: 'read',
  build(ctx) {
    const { wb, plan, rng, lines } = ctx;
    const t1 = 'Tập thể';
    const ws1 = wb.addWorksheet(t1);
    const collectives = makeUnits(plan, rng, {
      block: 'phong-don-vi',
      sheet: t1,
      names: take(SXD_PHONG, 6),
      ids: [...TARGETS, ...GENERAL],
    });
    const habits: Habits = { rate: 'fmt', yesNo: 'co', spelling: KG_SPELLING };
    const cols1: Col[] = [
      sttCol(),
      nameCol('Tên phòng, đơn vị'),
      ...TARGETS.map((id) => targetCol(plan, id, habits)),
      ...GENERAL.map((id) => valueCol(['Tiêu chuẩn', SXD_WORDS[id]], id, writerFor(plan, id, habits))),
    ];
    const top1 = officeHeader(ws1, {
      agency: AGENCY,
      titles: ['DANH SÁCH TẬP THỂ ĐỀ NGHỊ XÉT KHEN THƯỞNG CĐS NĂM 2023'],
      width: cols1.length,
    });
    lines.push(
      ...rowTable(ws1, { sheet: t1, top: top1, cols: cols1, numbering: 'none', units: collectives }).lines,
    );

    const t2 = 'Cá nhân';
    const ws2 = wb.addWorksheet(t2);
    const persons = people(ctx, collectives, t2, 'ca-nhan', PERSON, 10);
    const cols2: Col[] = [
      sttCol(),
      nameCol('Họ và tên'),
      otherCol(['Chức vụ'], (_u, v) => ({
        value: ['Chuyên viên', 'Phó Trưởng phòng', 'Trưởng phòng', 'Kỹ sư'][v % 4],
      })),
      collectiveCol('Phòng, đơn vị', collectives, false),
      ...PERSON.map((id) => valueCol([SXD_WORDS[id]], id, writerFor(plan, id, habits))),
    ];
    const top2 = officeHeader(ws2, {
      agency: AGENCY,
      titles: ['DANH SÁCH CÁ NHÂN ĐỀ NGHỊ XÉT KHEN THƯỞNG CĐS NĂM 2023'],
      width: cols2.length,
    });
    const t = rowTable(ws2, { sheet: t2, top: top2, cols: cols2, numbering: 'none', units: persons });
    lines.push(...t.lines);
    sign(ws2, t.end + 1, cols2.length);
    return { units: [...collectives, ...persons], dataSheets: [t1, t2] };
  },
};

const transposed: CorpusSpec = {
  name: 'sxd-cds-03-muc-tieu-theo-dong',
  plan: CDS,
  description:
    'Mục tiêu theo dòng (số 1…13 ở cột STT, cột “Mục tiêu” ghi “≥ 60%”), các phòng theo cột dưới “Kết quả của các phòng, đơn vị”, tiêu chuẩn ở cuối, một dòng mục tiêu cũ bị ẩn, cột Ghi chú.',
  shapes: [
    'units-in-columns',
    'criteria-numbered-in-own-column',
    'grouped-2-rows',
    'hidden-row',
    'section-rows',
    'notes-column',
    'national-header',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Muc tieu';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, {
      block: 'phong-don-vi',
      sheet,
      names: take(SXD_PHONG, 7, 1),
      ids: [...TARGETS, ...GENERAL],
    });
    const habits: Habits = { rate: 'plain', yesNo: 'co', spelling: KG_SPELLING, capitalise: true };
    const rows: TRow[] = [{ label: 'I. MỤC TIÊU CHÍNH QUYỀN SỐ', heading: true }];
    for (const t of plan.targets ?? []) {
      rows.push({
        stt: Number(t.number),
        label: SXD_WORDS[t.id].replace(/ \(chỉ tiêu.*\)$/, ''),
        target: t.id,
        extra: [t.unit === 'yesNo' ? 'Có' : `${t.comparison === 'moreThan' ? '>' : '≥'} ${t.target}%`],
        write: writerFor(plan, t.id, habits),
      });
      if (t.id === 't05')
        rows.push({
          stt: '5a',
          label: 'Hồ sơ công việc xử lý trên mạng (chỉ tiêu năm 2022)',
          hidden: true,
          extra: ['≥ 90%'],
          write: (_m, k) => ({ value: 80 + k }),
        });
    }
    rows.push({ label: 'II. TIÊU CHUẨN CHUNG', heading: true });
    for (const id of GENERAL)
      rows.push({ label: SXD_WORDS[id], target: id, extra: [null], write: writerFor(plan, id, habits) });
    const top = officeHeader(ws, {
      agency: AGENCY,
      titles: ['ĐÁNH GIÁ MỤC TIÊU CĐS NĂM 2023 THEO TỪNG PHÒNG, ĐƠN VỊ'],
      width: 3 + units.length + 1,
    });
    const t = transposedTable(ws, {
      sheet,
      top,
      leftHeads: ['STT', 'Mục tiêu, tiêu chuẩn', 'Mục tiêu'],
      units,
      unitsHead: 'Kết quả của các phòng, đơn vị',
      rows,
      trailing: ['Ghi chú'],
      numbering: 'none',
    });
    lines.push(...t.lines);
    sign(ws, t.end + 1, 3 + units.length + 1);
    return { units, dataSheets: [sheet] };
  },
};

const RATINGS = { ...KG_SPELLING, 'xuất sắc': 'Xuất sắc', tốt: 'Tốt', khá: 'Khá', 'trung bình': 'TB' };

/** One column per year under a group cell for each per-year fact, years as sub-headers ("2021" or "Năm 2021"). */
function yearCols(plan: Plan, ids: string[], habits: Habits, yearLabel: (y: number) => string): Col[] {
  return ids.flatMap((id) =>
    YEARS.map((y) =>
      valueCol([CCHC_WORDS[id], yearLabel(y)], `${id}_${y}`, writerFor(plan, `${id}_${y}`, habits)),
    ),
  );
}

const collectivesByYear: CorpusSpec = {
  name: 'sxd-609-01-tap-the-theo-nam',
  plan: CCHC,
  description:
    'CCHC 2021–2025 của các phòng: mỗi dữ kiện theo năm là một ô gộp trên năm cột có tiêu đề năm (2021…2025, số), dòng số (1)…(n) bên dưới; xếp loại “Xuất sắc/Tốt”, nhóm xuất sắc đánh “x”, ngày đăng ký vừa là ngày vừa là chữ.',
  shapes: [
    'per-year-columns',
    'grouped-3-rows',
    'numbering-paren',
    'x-marks',
    'dates',
    'block-from-title',
    'national-header',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'CCHC tap the';
    const ws = wb.addWorksheet(sheet);
    const perYear = ['cchc', 'tyLeHoanThanhTot', 'soNguoiBiKyLuat', 'nhomXuatSac'];
    const single = ['guongMau', 'ngayDangKy', 'coQuanThamMuu', 'ngayCongNhanKetQua'];
    const ids = [...single, ...perYear.flatMap((id) => YEARS.map((y) => `${id}_${y}`))];
    const units = makeUnits(plan, rng, { block: 'tap-the', sheet, names: SXD_PHONG, ids });
    const habits: Habits = { yesNo: 'x', spelling: RATINGS, date: 'mixed' };
    const cols: Col[] = [
      sttCol(),
      nameCol('Phòng, đơn vị'),
      ...single.slice(0, 2).map((id) => valueCol([CCHC_WORDS[id]], id, writerFor(plan, id, habits))),
      ...yearCols(plan, perYear, habits, String),
      ...single
        .slice(2)
        .map((id) =>
          valueCol([CCHC_WORDS[id]], id, writerFor(plan, id, { ...habits, yesNo: 'co', date: 'date' })),
        ),
    ];
    const top = officeHeader(ws, {
      agency: AGENCY,
      titles: [
        'TỔNG HỢP KẾT QUẢ CẢI CÁCH HÀNH CHÍNH GIAI ĐOẠN 2021–2025',
        'Tập thể các phòng, đơn vị thuộc Sở',
      ],
      width: cols.length,
    });
    const t = rowTable(ws, { sheet, top, cols, numbering: 'paren', units });
    lines.push(...t.lines);
    sign(ws, t.end + 1, cols.length, 2026);
    return { units, dataSheets: [sheet] };
  },
};

const guidanceAndPeople: CorpusSpec = {
  name: 'sxd-609-02-thuyet-minh-tap-the-ca-nhan',
  plan: CCHC,
  description:
    'Sheet đầu “Thuyết minh” (bảng điều kiện khen thưởng, không phải dữ liệu), rồi “Tập thể” (năm ghi “Năm 2021”) và “Cá nhân” (phòng viết tắt “Phòng QLXD”, xếp loại HTTNV/HTXSNV theo năm, thành tích đánh “x”).',
  shapes: [
    'guidance-sheet-first',
    'data-sheet-not-first',
    'blocks-on-separate-sheets',
    'per-year-columns',
    'individuals-with-collective',
    'collective-abbreviated',
    'rating-abbreviations',
    'x-marks',
    'grouped-2-rows',
  ],
  expect: 'read',
  build(ctx) {
    const { wb, plan, rng, lines } = ctx;
    const guide = wb.addWorksheet('Thuyết minh');
    guide.getCell(1, 1).value = 'ĐIỀU KIỆN XÉT KHEN THƯỞNG CÔNG TÁC CCHC GIAI ĐOẠN 2021–2025';
    ['STT', 'Hình thức', 'Điều kiện', 'Số lượng'].forEach((h, i) => (guide.getCell(3, i + 1).value = h));
    [
      [
        'Cờ thi đua của UBND tỉnh',
        'Xếp loại CCHC từ Tốt trở lên 5 năm, ít nhất 3 năm Xuất sắc, năm cuối Xuất sắc',
        1,
      ],
      ['Bằng khen Chủ tịch UBND tỉnh (tập thể)', 'Từ Tốt trở lên 5 năm, ít nhất 3 năm Xuất sắc', 1],
      [
        'Bằng khen Chủ tịch UBND tỉnh (cá nhân)',
        'Hoàn thành tốt nhiệm vụ các năm, thuộc tập thể được khen',
        2,
      ],
    ].forEach((row, i) => {
      guide.getCell(4 + i, 1).value = i + 1;
      row.forEach((v, k) => (guide.getCell(4 + i, 2 + k).value = v));
    });
    guide.getColumn(3).width = 70;

    const t1 = 'Tập thể';
    const ws1 = wb.addWorksheet(t1);
    const perYear = ['cchc', 'tyLeHoanThanhTot', 'soNguoiBiKyLuat'];
    const single = ['guongMau', 'ngayDangKy', 'coQuanThamMuu'];
    const collectives = makeUnits(plan, rng, {
      block: 'tap-the',
      sheet: t1,
      names: take(SXD_PHONG, 6),
      ids: [...single, ...perYear.flatMap((id) => YEARS.map((y) => `${id}_${y}`))],
    });
    const habits: Habits = { yesNo: 'co', spelling: RATINGS, date: 'text' };
    const cols1: Col[] = [
      sttCol(),
      nameCol('Tên tập thể'),
      ...yearCols(plan, perYear, habits, (y) => `Năm ${y}`),
      ...single.map((id) => valueCol([CCHC_WORDS[id]], id, writerFor(plan, id, habits))),
    ];
    const top1 = officeHeader(ws1, {
      agency: AGENCY,
      titles: ['TẬP THỂ ĐỀ NGHỊ KHEN THƯỞNG CCHC GIAI ĐOẠN 2021–2025'],
      width: cols1.length,
    });
    lines.push(
      ...rowTable(ws1, { sheet: t1, top: top1, cols: cols1, numbering: 'none', units: collectives }).lines,
    );

    const t2 = 'Cá nhân';
    const ws2 = wb.addWorksheet(t2);
    const personIds = [
      'guongMau',
      'trucTiepCchc',
      ...['xepLoaiCaNhan', 'thanhTichCchc'].flatMap((id) => YEARS.map((y) => `${id}_${y}`)),
    ];
    const persons = people(ctx, collectives, t2, 'ca-nhan', personIds, 8);
    const cols2: Col[] = [
      sttCol(),
      nameCol('Họ và tên'),
      collectiveCol('Phòng, đơn vị', collectives, true),
      ...yearCols(plan, ['xepLoaiCaNhan', 'thanhTichCchc'], { ...habits, yesNo: 'x' }, (y) => `Năm ${y}`),
      valueCol([CCHC_WORDS.guongMau], 'guongMau', yesNo('co')),
      valueCol([CCHC_WORDS.trucTiepCchc], 'trucTiepCchc', yesNo('x')),
    ];
    const top2 = officeHeader(ws2, {
      agency: AGENCY,
      titles: ['CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG CCHC GIAI ĐOẠN 2021–2025'],
      width: cols2.length,
    });
    const t = rowTable(ws2, { sheet: t2, top: top2, cols: cols2, numbering: 'none', units: persons });
    lines.push(...t.lines);
    sign(ws2, t.end + 1, cols2.length, 2026);
    return { units: [...collectives, ...persons], dataSheets: [t1, t2] };
  },
};

const yearsMissing: CorpusSpec = {
  name: 'sxd-609-03-nam-khong-ghi',
  plan: CCHC,
  description:
    'Giữa kỳ: ô gộp “Xếp loại CCHC các năm” trên ba cột chỉ có số thứ tự (4) (5) (6), không ghi năm; kế hoạch cần 2021–2025 — gán năm cho cột là đoán: phải từ chối.',
  shapes: ['per-year-without-year-headers', 'grouped-2-rows', 'numbering-paren', 'national-header'],
  expect: 'refuse',
  reason:
    'Ba cột dưới “Xếp loại CCHC các năm” không ghi năm; kế hoạch theo dõi 2021–2025 nên không biết cột nào là năm nào.',
  mentions: [['không ghi năm', 'năm nào', 'thiếu năm', 'không có năm', 'năm của cột']],
  build({ wb, plan, rng, lines }) {
    const sheet = 'Giua ky';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, {
      block: 'tap-the',
      sheet,
      names: take(SXD_PHONG, 6, 2),
      ids: ['guongMau', 'cchc_2021', 'cchc_2022', 'cchc_2023', 'coQuanThamMuu'],
    });
    const habits: Habits = { yesNo: 'co', spelling: RATINGS };
    const cols: Col[] = [
      sttCol(),
      nameCol('Phòng, đơn vị'),
      valueCol([CCHC_WORDS.guongMau], 'guongMau', writerFor(plan, 'guongMau', habits)),
      // one merged title over three columns with nothing under it but the numbering
      ...[2021, 2022, 2023].map((y) => ({
        head: ['Xếp loại CCHC các năm', ''],
        cell: (u: TruthUnit) => label(RATINGS)(u.facts[`cchc_${y}`], 0),
      })),
      valueCol([CCHC_WORDS.coQuanThamMuu], 'coQuanThamMuu', writerFor(plan, 'coQuanThamMuu', habits)),
    ];
    const top = officeHeader(ws, {
      agency: AGENCY,
      titles: ['SƠ KẾT CẢI CÁCH HÀNH CHÍNH GIỮA KỲ 2021–2025'],
      width: cols.length,
    });
    const t = rowTable(ws, { sheet, top, cols, numbering: 'paren', units });
    lines.push(...t.lines.filter((l) => !l.header.startsWith('Xếp loại CCHC các năm')));
    return { units: [], dataSheets: [sheet] };
  },
};

export const KIEN_GIANG_SXD_SPECS: CorpusSpec[] = [
  divisions,
  twoSheets,
  transposed,
  collectivesByYear,
  guidanceAndPeople,
  yearsMissing,
];
