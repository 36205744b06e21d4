/** Sở KH&ĐT Đồng Tháp 2021–2025: the council's checklist of eight content areas, rated Đạt / Chưa đạt. */
import { label, yesNo, type Write } from '../lib/cells';
import { makeUnits } from '../lib/meaning';
import { DONG_THAP_PHONG, take } from '../lib/names';
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

const PLAN = 'dong-thap-skhdt-cds-2021-2025';
const BLOCK = 'phong-don-vi';
const AGENCY = ['UBND TỈNH ĐỒNG THÁP', 'SỞ KẾ HOẠCH VÀ ĐẦU TƯ'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

export const DT_WORDS: Record<string, string> = {
  nd1: 'Lãnh đạo, tuyên truyền về CĐS',
  nd2: 'Chương trình, KH CĐS của đơn vị',
  nd3: 'Bồi dưỡng kỹ năng số cho CCVC',
  nd4: 'Bảo đảm nguồn lực cho CĐS',
  nd5: 'Hạ tầng số, nền tảng số',
  nd6: 'Dữ liệu mở',
  nd7: 'An ninh mạng, an toàn dữ liệu',
  nd8: 'Phong trào thi đua thiết thực',
  hoiDongDeNghi: 'Hội đồng đề nghị',
  giaiTrinh: 'Lý do đề nghị',
  coSangKien: 'Sáng kiến',
};

const CONTENTS = ['nd1', 'nd2', 'nd3', 'nd4', 'nd5', 'nd6', 'nd7', 'nd8'];
const FACTS = ['hoiDongDeNghi', 'giaiTrinh', 'coSangKien'];

/** How the council's secretary writes the forms it nominates. */
const FORMS: Record<string, string> = {
  'không đề nghị': 'Không',
  'Giấy khen của Giám đốc Sở': 'Giấy khen GĐ Sở',
  'Bằng khen của Chủ tịch UBND tỉnh': 'Bằng khen UBND tỉnh',
};

/** "Đạt", "đạt", and "Không đạt" for Chưa đạt, by row. */
const rated: Write = (m, v) => {
  if (m === undefined) return { value: null };
  if (m === 'Đạt') return { value: v % 4 === 1 ? 'đạt' : 'Đạt' };
  return { value: v % 3 === 0 ? 'Không đạt' : 'Chưa đạt' };
};

function sign(ws: Parameters<typeof signature>[0], row: number, width: number): void {
  signature(ws, row, {
    place: 'Cao Lãnh, ngày 10 tháng 12 năm 2025',
    left: ['THƯ KÝ HỘI ĐỒNG', '', '', 'Bùi Kim Linh'],
    right: ['CHỦ TỊCH HỘI ĐỒNG', 'GIÁM ĐỐC SỞ', '', '', 'Dương Quốc Trung'],
    width,
  });
}

const council: CorpusSpec = {
  name: 'dt-01-hoi-dong-danh-gia-noi-dung',
  plan: PLAN,
  description:
    'Phiếu tổng hợp của Hội đồng: ô gộp “Nội dung đánh giá” trên tám cột “ND1. …”, ghi “Đạt/đạt/Chưa đạt/Không đạt”; cột đếm số nội dung đạt (công thức, bỏ qua), hình thức đề nghị viết tắt (“Giấy khen GĐ Sở”), lý do, sáng kiến “x”.',
  shapes: [
    'national-header',
    'grouped-2-rows',
    'code-references',
    'scale-labels-spelled',
    'rating-abbreviations',
    'formulas',
    'x-marks',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Danh gia';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, {
      block: BLOCK,
      sheet,
      names: DONG_THAP_PHONG,
      ids: [...CONTENTS, ...FACTS],
    });
    const met = (u: TruthUnit) => CONTENTS.filter((id) => u.values[id] === 'Đạt').length;
    const top = officeHeader(ws, {
      agency: AGENCY,
      titles: ['TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ PHONG TRÀO THI ĐUA CHUYỂN ĐỔI SỐ', 'Giai đoạn 2021–2025'],
      width: 14,
    });
    const first = top + 2;
    const cols: Col[] = [
      sttCol(),
      nameCol('Phòng, đơn vị'),
      ...CONTENTS.map((id, i) => valueCol(['Nội dung đánh giá', `ND${i + 1}. ${DT_WORDS[id]}`], id, rated)),
      otherCol(['Kết quả', 'Số ND đạt'], (u, _v, index) => ({
        value: { formula: `COUNTIF(C${first + index}:J${first + index},"Đạt")`, result: met(u) },
      })),
      valueCol(['Kết quả', DT_WORDS.hoiDongDeNghi], 'hoiDongDeNghi', label(FORMS)),
      valueCol(['Kết quả', DT_WORDS.giaiTrinh], 'giaiTrinh', label(), { width: 40 }),
      valueCol(['Kết quả', DT_WORDS.coSangKien], 'coSangKien', yesNo('x')),
    ];
    const t = rowTable(ws, { sheet, top, cols, numbering: 'none', units });
    lines.push(...t.lines);
    sign(ws, t.end + 1, cols.length);
    return { units, dataSheets: [sheet] };
  },
};

const transposed: CorpusSpec = {
  name: 'dt-02-noi-dung-theo-dong-so-la-ma',
  plan: PLAN,
  description:
    'Chuyển vị: tám nội dung theo dòng, số La Mã I…VIII ở cột STT, các phòng theo cột; dòng “Hội đồng đề nghị” và “Giải trình” ở cuối; dòng số (1) (2) (3) dưới tiêu đề.',
  shapes: [
    'units-in-columns',
    'criteria-numbered-in-own-column',
    'roman-numbering',
    'numbering-paren',
    'rating-abbreviations',
    'national-header',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Bang danh gia';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, {
      block: BLOCK,
      sheet,
      names: take(DONG_THAP_PHONG, 6, 1),
      ids: [...CONTENTS, ...FACTS],
    });
    const rows: TRow[] = CONTENTS.map((id, i) => ({
      stt: ROMAN[i],
      label: DT_WORDS[id],
      target: id,
      write: rated,
    }));
    rows.push(
      { label: 'Hội đồng đề nghị hình thức', target: 'hoiDongDeNghi', write: label(FORMS) },
      { label: 'Giải trình của Hội đồng', target: 'giaiTrinh', write: label() },
      { label: 'Có sáng kiến xuất sắc', target: 'coSangKien', write: yesNo('co') },
    );
    const top = officeHeader(ws, {
      agency: AGENCY,
      titles: ['BẢNG ĐÁNH GIÁ CÁC NỘI DUNG THI ĐUA CHUYỂN ĐỔI SỐ'],
      width: 2 + units.length,
    });
    const t = transposedTable(ws, {
      sheet,
      top,
      leftHeads: ['STT', 'Nội dung'],
      units,
      rows,
      numbering: 'paren',
    });
    lines.push(...t.lines);
    sign(ws, t.end + 1, 2 + units.length);
    return { units, dataSheets: [sheet] };
  },
};

const selfForm: CorpusSpec = {
  name: 'dt-03-phong-tu-danh-gia',
  plan: PLAN,
  description:
    'Phiếu tự đánh giá của một phòng: STT | Nội dung | Kết quả tự đánh giá | Minh chứng | Ghi chú, tên phòng chỉ trong tiêu đề; một đơn vị.',
  shapes: [
    'self-assessment-form',
    'criteria-numbered-in-own-column',
    'notes-column',
    'national-header',
    'signature',
  ],
  expect: 'read',
  build({ wb, plan, rng, lines }) {
    const sheet = 'Tu danh gia';
    const ws = wb.addWorksheet(sheet);
    const units = makeUnits(plan, rng, {
      block: BLOCK,
      sheet,
      names: ['Phòng Kinh tế ngành'],
      ids: [...CONTENTS, 'coSangKien'],
    });
    const proofs = [
      'Kế hoạch số 12/KH-KTN',
      'Danh sách tập huấn',
      'Báo cáo quý',
      'Quyết định phân công',
      'Biên bản kiểm tra',
    ];
    const rows: TRow[] = CONTENTS.map((id, i) => ({
      stt: i + 1,
      label: DT_WORDS[id],
      target: id,
      after: [rng.pick(proofs), null],
      write: rated,
    }));
    rows.push({
      stt: 9,
      label: 'Có sáng kiến, cách làm mới',
      target: 'coSangKien',
      after: [null, null],
      write: yesNo('co'),
    });
    const top = officeHeader(ws, {
      agency: ['SỞ KẾ HOẠCH VÀ ĐẦU TƯ', 'PHÒNG KINH TẾ NGÀNH'],
      titles: ['PHIẾU TỰ ĐÁNH GIÁ THI ĐUA CHUYỂN ĐỔI SỐ NĂM 2025', 'Đơn vị: Phòng Kinh tế ngành'],
      width: 5,
    });
    const t = transposedTable(ws, {
      sheet,
      top,
      leftHeads: ['STT', 'Nội dung'],
      units,
      valueHead: 'Kết quả tự đánh giá',
      rows,
      trailing: ['Minh chứng', 'Ghi chú'],
      numbering: 'none',
    });
    lines.push(...t.lines);
    signature(ws, t.end + 1, {
      place: 'Cao Lãnh, ngày 01 tháng 12 năm 2025',
      left: [],
      right: ['TRƯỞNG PHÒNG', '', '', 'Lê Minh Hải'],
      width: 5,
    });
    return { units, dataSheets: [sheet] };
  },
};

export const DONG_THAP_SPECS: CorpusSpec[] = [council, transposed, selfForm];
