/**
 * What a fresh scoring template or registration sheet says: its sheets and titles, how to write each column (the
 * hint under the header and the validation's error), and the instructions sheet. Vietnamese first.
 */
import { formatNumber } from '../values/format';
import { nameIn, phrase, type Named } from './phrase';

/** The plan a template is for, and its block, as the instructions name them. */
export interface PlanLine {
  title: string;
  number: string;
  version: string | number;
  block: string;
}

/** One award tier in the instructions: how many, the prize, and the total it needs. */
export interface TierLine {
  name: Named;
  count: number;
  prize: number | null;
  minTotal: number;
}

const SHEET = {
  'template.sheet': phrase({ vi: () => 'Bảng chấm điểm', en: () => 'Scoring sheet' }),
  'template.guide': phrase({ vi: () => 'Hướng dẫn', en: () => 'Instructions' }),
  'template.title': phrase({ vi: () => 'BẢNG CHẤM ĐIỂM THI ĐUA', en: () => 'EMULATION SCORING SHEET' }),
  'template.unit-name': phrase({ vi: () => 'Tên đơn vị', en: () => 'Unit' }),
  'template.collective': phrase({ vi: () => 'Thuộc tập thể', en: () => 'Collective' }),
  'template.collective-hint': phrase({ vi: () => 'Tên tập thể', en: () => 'Name of the collective' }),
  'template.registration-sheet': phrase({ vi: () => 'Đăng ký thi đua', en: () => 'Registration' }),
  'template.registration-title': phrase({
    vi: () => 'DANH SÁCH ĐĂNG KÝ THI ĐUA',
    en: () => 'EMULATION REGISTRATIONS',
  }),
  /** The reason a template's own columns are mapped with. */
  'template.mapped': phrase({ vi: () => 'tạo bởi thidua template', en: () => 'made by thidua template' }),
};

/** Column headers and how to write a value: the hint under the header, the validation's error. */
const COLUMNS = {
  /** The maximum already written in figures. */
  'template.max': phrase<{ max: string }>({
    vi: (p) => `tối đa ${p.max} điểm`,
    en: (p) => `max ${p.max} points`,
  }),
  /** A target's goal already written ("≥ 80%"). */
  'template.goal': phrase<{ sign: string; goal: string }>({
    vi: (p) => `mục tiêu ${p.sign} ${p.goal}`,
    en: (p) => `target ${p.sign} ${p.goal}`,
  }),
  'template.choose-level': phrase<{ levels: string[] }>({
    vi: (p) => `Chọn một mức: ${p.levels.join(', ')}`,
    en: (p) => `Choose: ${p.levels.join(', ')}`,
  }),
  'template.yes-no': phrase({ vi: () => 'Có / Không', en: () => 'Yes / No' }),
  'template.choose-yes-no': phrase({ vi: () => 'Chọn "Có" hoặc "Không"', en: () => 'Choose Yes or No' }),
  /** A rate criterion's hint: its target in percent. */
  'template.rate-target': phrase<{ target: number }>({
    vi: (p) => `Tỷ lệ % (mục tiêu ${formatNumber(p.target, undefined, 'vi')}%)`,
    en: (p) => `Rate % (target ${p.target}%)`,
  }),
  'template.rate': phrase({ vi: () => 'Tỷ lệ %', en: () => 'Rate %' }),
  'template.rate-error': phrase({
    vi: () => 'Nhập tỷ lệ từ 0% đến 100%, ví dụ 80,5%',
    en: () => 'Enter a rate from 0% to 100%',
  }),
  'template.count': phrase({ vi: () => 'Số lượng (số nguyên ≥ 0)', en: () => 'Count (whole number ≥ 0)' }),
  'template.times': phrase({ vi: () => 'Số lần (số nguyên ≥ 0)', en: () => 'Times (whole number ≥ 0)' }),
  'template.whole': phrase({ vi: () => 'Số nguyên ≥ 0', en: () => 'Whole number ≥ 0' }),
  'template.whole-error': phrase({
    vi: () => 'Nhập số nguyên từ 0 trở lên',
    en: () => 'Enter a whole number ≥ 0',
  }),
  /** The maximum already written in figures. */
  'template.points': phrase<{ max: string }>({
    vi: (p) => `Điểm (0 – ${p.max})`,
    en: (p) => `Points (0 – ${p.max})`,
  }),
  'template.points-error': phrase<{ max: string }>({
    vi: (p) => `Nhập điểm từ 0 đến ${p.max}`,
    en: (p) => `Enter points from 0 to ${p.max}`,
  }),
  'template.number': phrase({ vi: () => 'Số', en: () => 'Number' }),
  'template.date': phrase({ vi: () => 'Ngày (dd/mm/yyyy)', en: () => 'Date' }),
  'template.text': phrase({ vi: () => 'Văn bản', en: () => 'Text' }),
};

/** The instructions sheet, a phrase a line; the lists under a line (titles, exclusions, tiers) come between. */
const GUIDE = {
  'guide.plan': phrase<PlanLine>({
    vi: (p) => `Kế hoạch: ${p.title} (${p.number}, phiên bản ${p.version}). Khối: ${p.block}.`,
    en: (p) => `Plan: ${p.title} (${p.number}, version ${p.version}). Block: ${p.block}.`,
  }),
  'guide.register.heading': phrase({ vi: () => 'HƯỚNG DẪN ĐĂNG KÝ THI ĐUA', en: () => 'HOW TO REGISTER' }),
  'guide.register.rows': phrase<{ sheet: string }>({
    vi: (p) =>
      `1. Ở sheet "${p.sheet}", mỗi dòng một đơn vị: tên đơn vị, ngày đăng ký (dd/mm/yyyy) và Có/Không cho từng danh hiệu.`,
    en: (p) =>
      `1. On the sheet "${p.sheet}", one row per unit: its name, the date it registered (dd/mm/yyyy), and Yes/No for each title.`,
  }),
  /** The deadline as dd/mm/yyyy. */
  'guide.register.deadline': phrase<{ deadline: string }>({
    vi: (p) =>
      `2. Hạn đăng ký: ${p.deadline}. Đơn vị không đăng ký hoặc đăng ký sau hạn thì không được xét thi đua.`,
    en: (p) => `2. The deadline is ${p.deadline}: a unit not registered by then is not considered.`,
  }),
  'guide.register.titles': phrase({ vi: () => '3. Các danh hiệu đăng ký:', en: () => '3. Titles:' }),
  'guide.register.then': phrase<{ plan: string }>({
    vi: (p) =>
      `Sau đó: thidua forms --plan ${p.plan} --units <tệp này>.xlsx -o <thư mục> tạo phiếu tự chấm điểm cho từng đơn vị.`,
    en: (p) =>
      `Then: thidua forms --plan ${p.plan} --units <this file>.xlsx -o <folder> makes each unit's self-assessment form.`,
  }),
  'guide.heading': phrase({ vi: () => 'HƯỚNG DẪN NHẬP SỐ LIỆU', en: () => 'HOW TO FILL IN THIS WORKBOOK' }),
  'guide.rows': phrase<{ sheet: string }>({
    vi: (p) =>
      `1. Ở sheet "${p.sheet}", mỗi dòng một đơn vị: tên đơn vị ở cột B, sau đó mỗi cột một tiêu chí.`,
    en: (p) =>
      `1. On the sheet "${p.sheet}", one row per unit: its name in column B, then one value per criterion.`,
  }),
  'guide.values': phrase({
    vi: () =>
      '2. Tiêu chí Có/Không: chọn "Có" hoặc "Không". Tỷ lệ: nhập phần trăm (ví dụ 80,5%). Số lượng: số nguyên. Điểm: không quá điểm tối đa.',
    en: () =>
      '2. Yes/No criteria: choose Yes or No. Rates: a percentage (80.5%). Counts: a whole number. Points: at most the maximum.',
  }),
  'guide.exclusions': phrase({
    vi: () => '3. Các cột cuối là dữ kiện để xét "không xét thi đua":',
    en: () => '3. The last columns are the facts used for the "not considered" rules:',
  }),
  'guide.headers': phrase({
    vi: () =>
      '4. Không sửa các dòng tiêu đề. Ô chưa có số liệu thì để trống — phần mềm sẽ báo thiếu, không tự tính 0 điểm mà không báo.',
    en: () =>
      '4. Do not change the header rows. Leave a cell empty when the figure is unknown — it is reported, never scored as zero silently.',
  }),
  'guide.score': phrase<{ plan: string }>({
    vi: (p) =>
      `5. Chấm điểm: thidua score --plan ${p.plan} <tệp này>.xlsx -o <kết quả>.xlsx — kết quả ghi bên phải bảng, cách một cột trống; số liệu của đơn vị không bị sửa.`,
    en: (p) =>
      `5. Score with: thidua score --plan ${p.plan} <this file>.xlsx -o <result>.xlsx — results go to the right of the table, one blank column apart; your cells are never changed.`,
  }),
  'guide.awards': phrase({ vi: () => '6. Cơ cấu giải thưởng:', en: () => '6. Awards:' }),
  'guide.tier': phrase<TierLine>({
    vi: (t) =>
      `  • ${t.name.vi}: ${t.count} × ${t.prize === null ? 'chưa quy định tiền thưởng' : `${formatNumber(t.prize, 0, 'vi')} đồng`}, từ ${formatNumber(t.minTotal, undefined, 'vi')} điểm`,
    en: (t) =>
      `  • ${nameIn(t.name, 'en')}: ${t.count} × ${t.prize === null ? 'prize not set' : `${formatNumber(t.prize, 0, 'en')} VND`}, from ${formatNumber(t.minTotal, undefined, 'en')} points`,
  }),
  'guide.stored': phrase({
    vi: () => 'Kế hoạch và cách đọc bảng được lưu ngay trong tệp để có thể kiểm tra lại kết quả.',
    en: () =>
      'The plan and this sheet’s layout are stored inside the workbook, so the result can be checked later.',
  }),
};

export const TEMPLATE_PHRASES = { ...SHEET, ...COLUMNS, ...GUIDE };
