/**
 * What merging the self-assessment forms says about the forms it was given: not a form, another plan's or block's,
 * changed, twice, missing. Vietnamese first; a form is named by its file and, in a workbook of several, its sheet.
 */
import { phrase } from './phrase';

/** Where a form is: its file, and its sheet when given. */
export interface FormPlace {
  file: string;
  sheet?: string;
}

/** A row of the form that no longer reads as made: gone from the form, or edited (`at`: its cell, `found`: now). */
export type FormRowChange =
  | { kind: 'not-on-form'; number: string; title: string }
  | { kind: 'changed'; number: string; title: string; at: string; found: string };

const where = (p: FormPlace) => (p.sheet ? `${p.file} (trang "${p.sheet}")` : p.file);
const whereEn = (p: FormPlace) => (p.sheet ? `${p.file} (sheet "${p.sheet}")` : p.file);

/** The changes shown: the first five, each title shortened to 40 characters. */
const SHOWN = 5;
const changeVi = (c: FormRowChange) =>
  c.kind === 'not-on-form'
    ? `mục ${c.number} "${c.title.slice(0, 40)}" không có trên phiếu`
    : `${c.at}: dòng mục ${c.number} "${c.title.slice(0, 40)}" nay là "${c.found}"`;
const changeEn = (c: FormRowChange) =>
  c.kind === 'not-on-form'
    ? `item ${c.number} "${c.title.slice(0, 40)}" is not on the form`
    : `${c.at}: the row of item ${c.number} "${c.title.slice(0, 40)}" now reads "${c.found}"`;
const more = (changes: FormRowChange[]) => (changes.length > SHOWN ? changes.length - SHOWN : 0);

/** A sheet the summary of forms names is gone or unreadable (forms/appraisal.ts readAppraisal). */
interface AppraisalSheetParams {
  expected: string;
  scored: string;
  sheets: string[];
}

const found = (p: AppraisalSheetParams, lang: 'vi' | 'en') =>
  p.sheets.length
    ? lang === 'vi'
      ? ` (các trang khác của sổ: ${p.sheets.map((n) => `"${n}"`).join(', ')})`
      : ` (the workbook's other sheets: ${p.sheets.map((n) => `"${n}"`).join(', ')})`
    : '';

export const FORM_MERGE_PHRASES = {
  'forms.not-a-form': phrase<{ file: string }>({
    vi: (p) =>
      `${p.file}: không phải phiếu tự chấm do thidua tạo (không có mã phiếu trong tệp). Dùng "thidua forms" để tạo phiếu.`,
    en: (p) =>
      `${p.file}: not a self-assessment form made by thidua (no form id in the file). Make forms with "thidua forms".`,
  }),
  'forms.unreadable': phrase<FormPlace>({
    vi: (p) => `${where(p)}: mã phiếu trong tệp bị hỏng, không đọc được — tạo lại phiếu cho đơn vị này.`,
    en: (p) => `${whereEn(p)}: the form id stored in the file is damaged — make this unit's form again.`,
  }),
  /** The form is for plan `plan`, not the one merged (`expected`). */
  'forms.other-plan': phrase<FormPlace & { unit: string; plan: string; expected: string }>({
    vi: (p) =>
      `${where(p)}: phiếu của đơn vị "${p.unit}" thuộc kế hoạch "${p.plan}", không phải "${p.expected}" — không gộp.`,
    en: (p) =>
      `${whereEn(p)}: the form of "${p.unit}" is for plan "${p.plan}", not "${p.expected}" — not merged.`,
  }),
  'forms.other-block': phrase<FormPlace & { unit: string; block: string; expected: string }>({
    vi: (p) =>
      `${where(p)}: phiếu của đơn vị "${p.unit}" thuộc khối "${p.block}", không phải khối "${p.expected}" — không gộp.`,
    en: (p) =>
      `${whereEn(p)}: the form of "${p.unit}" is for block "${p.block}", not "${p.expected}" — not merged.`,
  }),
  'forms.changed': phrase<FormPlace & { unit: string; changes: FormRowChange[] }>({
    vi: (p) => {
      const n = more(p.changes);
      return `${where(p)}: phiếu của đơn vị "${p.unit}" đã bị thay đổi cấu trúc (dòng bị xoá, chèn hoặc sửa nội dung) — không gộp: ${p.changes.slice(0, SHOWN).map(changeVi).join('; ')}${n ? `; và ${n} mục khác` : ''}. Ghi lại số liệu vào phiếu mới (thidua forms).`;
    },
    en: (p) => {
      const n = more(p.changes);
      return `${whereEn(p)}: the form of "${p.unit}" has changed structure (rows deleted, inserted or edited) — not merged: ${p.changes.slice(0, SHOWN).map(changeEn).join('; ')}${n ? `; and ${n} more` : ''}. Copy the figures into a fresh form (thidua forms).`;
    },
  }),
  /** Appraisal, beside the results: the values changed, the points not: "95% → 85,5% (điểm không đổi: 10)". */
  'appraisal.same-points': phrase<{ values: string; points: string }>({
    vi: (p) => `${p.values} (điểm không đổi: ${p.points})`,
    en: (p) => `${p.values} (points unchanged: ${p.points})`,
  }),
  /** A list of units for the forms naming one unit more than once (groups as written). */
  'forms.repeated-units': phrase<{ groups: string[][] }>({
    vi: (p) =>
      `Danh sách đơn vị ghi một đơn vị nhiều lần: ${p.groups.map((g) => g.map((n) => `"${n}"`).join(' và ')).join('; ')} — mỗi đơn vị chỉ một phiếu; sửa danh sách rồi tạo lại. Chưa tạo phiếu nào.`,
    en: (p) =>
      `The list names a unit more than once: ${p.groups.map((g) => g.map((n) => `"${n}"`).join(' and ')).join('; ')} — one form per unit; correct the list and make them again. No form was made.`,
  }),
  /** A unit with several forms, all the same (one is used). */
  'forms.duplicate-identical': phrase<{ unit: string; places: string[] }>({
    vi: (p) =>
      `Đơn vị "${p.unit}" có ${p.places.length} phiếu giống hệt nhau: ${p.places.join(', ')} — dùng một phiếu.`,
    en: (p) =>
      `Unit "${p.unit}" has ${p.places.length} identical forms: ${p.places.join(', ')} — one is used.`,
  }),
  /** A unit with several forms that differ (none is used). */
  'forms.duplicate-different': phrase<{ unit: string; places: string[] }>({
    vi: (p) =>
      `Đơn vị "${p.unit}" có ${p.places.length} phiếu khác nhau: ${p.places.join(', ')} — không gộp phiếu nào; giữ lại một phiếu đúng rồi gộp lại.`,
    en: (p) =>
      `Unit "${p.unit}" has ${p.places.length} different forms: ${p.places.join(', ')} — none merged; keep the right one and merge again.`,
  }),
  /** Where the different forms of one unit disagree: per item, each form's value (already written). */
  'forms.duplicate-values': phrase<{ unit: string; items: { number: string; values: string[] }[] }>({
    vi: (p) =>
      `Các phiếu của đơn vị "${p.unit}" khác nhau ở: ${p.items
        .slice(0, SHOWN)
        .map((i) => `mục ${i.number}: ${i.values.join(' / ')}`)
        .join('; ')}${p.items.length > SHOWN ? `; và ${p.items.length - SHOWN} mục khác` : ''}.`,
    en: (p) =>
      `The forms of "${p.unit}" differ at: ${p.items
        .slice(0, SHOWN)
        .map((i) => `item ${i.number}: ${i.values.join(' / ')}`)
        .join('; ')}${p.items.length > SHOWN ? `; and ${p.items.length - SHOWN} more` : ''}.`,
  }),
  /** A form whose unit is not among the units of its own batch (its identity was edited, or made wrongly). */
  'forms.unknown-unit': phrase<FormPlace & { unit: string }>({
    vi: (p) =>
      `${where(p)}: phiếu của đơn vị "${p.unit}" không có trong danh sách đơn vị của đợt tạo phiếu — không gộp; tạo lại phiếu cho đơn vị này (thidua forms).`,
    en: (p) =>
      `${whereEn(p)}: the form of "${p.unit}" is for a unit not in the list its forms were made for — not merged; make this unit's form again (thidua forms).`,
  }),
  /** `units`: the names of the units without a form. */
  'forms.missing': phrase<{ units: string[] }>({
    vi: (p) =>
      `Chưa có phiếu của ${p.units.length} đơn vị: ${p.units.join(', ')} — dòng của đơn vị để trống, khi chấm sẽ báo thiếu số liệu.`,
    en: (p) =>
      `No form yet from ${p.units.length} unit(s): ${p.units.join(', ')} — their rows are left blank and scoring reports the missing values.`,
  }),
  'forms.plan-version': phrase<FormPlace & { version: string; current: string }>({
    vi: (p) =>
      `${where(p)}: phiếu tạo theo phiên bản ${p.version} của kế hoạch (nay là ${p.current}); các mục vẫn khớp nên vẫn gộp.`,
    en: (p) =>
      `${whereEn(p)}: the form was made for version ${p.version} of the plan (now ${p.current}); its items still match, so it is merged.`,
  }),
  /** `lists`: each batch's units, batches in a fixed order. */
  'forms.other-batch': phrase<{ batches: number; lists?: string[][] }>({
    vi: (p) =>
      `Các phiếu thuộc ${p.batches} đợt tạo phiếu khác nhau${p.lists?.length ? ` (${p.lists.map((l, i) => `đợt ${i + 1}: ${l.join(', ')}`).join('; ')})` : ''}; danh sách đơn vị là hợp của các đợt — kiểm tra mỗi đơn vị đúng là đơn vị của khối trước khi chấm.`,
    en: (p) =>
      `The forms come from ${p.batches} different batches${p.lists?.length ? ` (${p.lists.map((l, i) => `batch ${i + 1}: ${l.join(', ')}`).join('; ')})` : ''}; the list of units is the union of the batches — check that each unit belongs to the block before scoring.`,
  }),
  'forms.several-blocks': phrase<{ blocks: string[] }>({
    vi: (p) => `Các phiếu thuộc nhiều khối (${p.blocks.join(', ')}): gộp từng khối một, chọn khối (--block).`,
    en: (p) =>
      `The forms are for several blocks (${p.blocks.join(', ')}): merge one block at a time (--block).`,
  }),
  /** Items whose appraised value differs from the self-assessed one without a reason written. */
  'forms.no-reason': phrase<{ unit: string; items: string[] }>({
    vi: (p) =>
      `Đơn vị "${p.unit}": điểm thẩm định khác điểm tự chấm nhưng chưa ghi lý do ở mục ${p.items.join(', ')}.`,
    en: (p) =>
      `Unit "${p.unit}": appraised differs from self-assessed with no reason at item(s) ${p.items.join(', ')}.`,
  }),
  'appraisal-self-sheet-missing': phrase<AppraisalSheetParams>({
    vi: (p) =>
      `Sổ tổng hợp phiếu tự chấm không còn trang "${p.expected}" (điểm tự chấm của các đơn vị)${found(p, 'vi')}: trang "${p.scored}" chỉ được chấm một lần, theo thẩm định, không có điểm tự chấm và chênh lệch. Khôi phục hoặc đặt lại đúng tên trang "${p.expected}" rồi chấm lại.`,
    en: (p) =>
      `The summary of self-assessment forms no longer has the sheet "${p.expected}" (the units' own values)${found(p, 'en')}: "${p.scored}" is scored once, on the appraised values, with no self-assessed totals or differences. Restore the sheet or give it back the name "${p.expected}", then score again.`,
  }),
  'appraisal-self-sheet-unreadable': phrase<AppraisalSheetParams>({
    vi: (p) =>
      `Trang "${p.expected}" của sổ tổng hợp không còn đọc được theo kế hoạch (không có cột nào khớp): trang "${p.scored}" chỉ được chấm một lần, theo thẩm định, không có điểm tự chấm.`,
    en: (p) =>
      `The summary's sheet "${p.expected}" can no longer be read with the plan (no column matches): "${p.scored}" is scored once, on the appraised values, with no self-assessed totals.`,
  }),
  'appraisal-reasons-sheet-missing': phrase<AppraisalSheetParams>({
    vi: (p) =>
      `Sổ tổng hợp phiếu tự chấm không còn trang "${p.expected}" (lý do thẩm định)${found(p, 'vi')}: mọi mục thẩm định khác tự chấm được ghi là chưa có lý do.`,
    en: (p) =>
      `The summary of self-assessment forms no longer has the sheet "${p.expected}" (the appraisal's reasons)${found(p, 'en')}: every item appraised differently is listed without a reason.`,
  }),
};
