/**
 * What the self-assessment forms, the summary a merge writes and the appraisal columns beside a result say.
 * Vietnamese first; a heading is a phrase without parameters.
 */
import { phrase } from './phrase';

/** The identity printed on a form, the plan hash already shortened. */
export interface FormIdentityLine {
  plan: string;
  version: string | number;
  hash: string;
  block: string;
  unit: string;
}

const FORM = {
  'form.title': phrase({ vi: () => 'PHIẾU TỰ CHẤM ĐIỂM THI ĐUA', en: () => 'SELF-ASSESSMENT FORM' }),
  'form.sheet': phrase({ vi: () => 'Phiếu tự chấm', en: () => 'Self-assessment' }),
  'form.unit': phrase<{ unit: string }>({ vi: (p) => `Đơn vị: ${p.unit}`, en: (p) => `Unit: ${p.unit}` }),
  'form.identity': phrase<FormIdentityLine>({
    vi: (p) =>
      `Mã phiếu: kế hoạch ${p.plan} · phiên bản ${p.version} · ${p.hash} · khối ${p.block} · đơn vị ${p.unit}`,
    en: (p) =>
      `Form id: plan ${p.plan} · version ${p.version} · ${p.hash} · block ${p.block} · unit ${p.unit}`,
  }),
  'form.guide': phrase({
    vi: () =>
      'Đơn vị ghi cột "Tự chấm" và "Minh chứng / ghi chú"; cột "Thẩm định" và "Lý do thẩm định" do cơ quan thường trực ghi. Không thêm, xoá hay sửa các dòng tiêu chí.',
    en: () =>
      'The unit fills "Self-assessed" and "Evidence / notes"; the standing office fills "Appraised" and "Reason". Do not add, delete or edit the item rows.',
  }),
  'form.section.criteria': phrase({ vi: () => 'I. TIÊU CHÍ CHẤM ĐIỂM', en: () => 'I. CRITERIA' }),
  'form.section.targets': phrase({ vi: () => 'II. CHỈ TIÊU', en: () => 'II. TARGETS' }),
  'form.section.facts': phrase({ vi: () => 'III. DỮ KIỆN CỦA ĐƠN VỊ', en: () => 'III. FACTS OF THE UNIT' }),
  'form.signature.date': phrase({ vi: () => '…, ngày … tháng … năm …', en: () => '…, date …' }),
  'form.signature.head': phrase({ vi: () => 'THỦ TRƯỞNG ĐƠN VỊ', en: () => 'HEAD OF THE UNIT' }),
};

/** Column titles of the form and of the summary's changes sheet. */
const COLUMNS = {
  'form.column.content': phrase({ vi: () => 'Nội dung', en: () => 'Item' }),
  'form.column.max': phrase({ vi: () => 'Điểm chuẩn', en: () => 'Max points' }),
  'form.column.how': phrase({ vi: () => 'Cách ghi', en: () => 'How to write it' }),
  'form.column.self': phrase({ vi: () => 'Tự chấm', en: () => 'Self-assessed' }),
  'form.column.evidence-notes': phrase({ vi: () => 'Minh chứng / ghi chú', en: () => 'Evidence / notes' }),
  'form.column.appraised': phrase({ vi: () => 'Thẩm định', en: () => 'Appraised' }),
  'form.column.appraisal-reason': phrase({ vi: () => 'Lý do thẩm định', en: () => 'Reason' }),
  'form.column.unit-id': phrase({ vi: () => 'Mã đơn vị', en: () => 'Unit id' }),
  'form.column.item': phrase({ vi: () => 'Mục', en: () => 'Item' }),
  'form.column.title': phrase({ vi: () => 'Nội dung', en: () => 'Title' }),
  'form.column.item-id': phrase({ vi: () => 'Mã mục', en: () => 'Item id' }),
  'form.column.evidence': phrase({ vi: () => 'Minh chứng', en: () => 'Evidence' }),
};

const SUMMARY = {
  'summary.changes-sheet': phrase({ vi: () => 'Thẩm định', en: () => 'Appraisal' }),
  'summary.changes-title': phrase({
    vi: () => 'DANH SÁCH MỤC ĐƯỢC THẨM ĐỊNH LẠI (điểm thẩm định khác điểm tự chấm)',
    en: () => 'ITEMS CHANGED BY THE APPRAISAL (appraised differs from self-assessed)',
  }),
  'summary.changes-hint': phrase({
    vi: () =>
      'Cơ quan thường trực có thể sửa giá trị ở trang "Bảng chấm điểm" và ghi lý do vào bảng này (theo Mã đơn vị, Mã mục).',
    en: () =>
      'The standing office may change a value on the scored sheet and write the reason here (by unit id and item id).',
  }),
};

const APPRAISAL = {
  'appraisal.self-total': phrase({ vi: () => 'Điểm tự chấm', en: () => 'Self-assessed total' }),
  'appraisal.appraised-total': phrase({ vi: () => 'Điểm thẩm định', en: () => 'Appraised total' }),
  'appraisal.difference': phrase({
    vi: () => 'Chênh lệch (thẩm định − tự chấm)',
    en: () => 'Difference (appraised − self)',
  }),
  'appraisal.rank-self': phrase({ vi: () => 'Hạng theo tự chấm', en: () => 'Rank on self-assessment' }),
  'appraisal.rank-appraised': phrase({ vi: () => 'Hạng theo thẩm định', en: () => 'Rank on appraisal' }),
  'appraisal.items': phrase({
    vi: () => 'Thẩm định: mục thay đổi, lý do',
    en: () => 'Appraisal: items changed, reasons',
  }),
  /** "Mục 8: 10 → 7 (−3): thiếu minh chứng", the change already written. */
  'appraisal.item': phrase<{ number: string; change: string; reason: string | null }>({
    vi: (p) => `Mục ${p.number}: ${p.change}: ${p.reason ?? 'chưa ghi lý do'}`,
    en: (p) => `Item ${p.number}: ${p.change}: ${p.reason ?? 'no reason written'}`,
  }),
};

export const FORM_PHRASES = { ...FORM, ...COLUMNS, ...SUMMARY, ...APPRAISAL };
