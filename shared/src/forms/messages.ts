/** What a merge says about the forms it was given, Vietnamese first. */
import type { StructureChange } from './read';

export type FormProblemCode =
  | 'form-not-a-form'
  | 'form-unreadable'
  | 'form-other-plan'
  | 'form-other-block'
  | 'form-changed'
  | 'form-duplicate'
  | 'form-missing'
  | 'form-plan-version'
  | 'form-other-batch'
  | 'forms-several-blocks'
  | 'form-no-reason';

export interface FormProblem {
  code: FormProblemCode;
  /** error: the form is not merged (or a unit has no form); warning: merged, read with care. */
  severity: 'error' | 'warning';
  file?: string;
  sheet?: string;
  unitId?: string;
  message: string;
  messageEn: string;
}

const where = (file: string, sheet?: string) => (sheet ? `${file} (trang "${sheet}")` : file);
const whereEn = (file: string, sheet?: string) => (sheet ? `${file} (sheet "${sheet}")` : file);

type Made = Omit<FormProblem, 'code' | 'severity'>;

export const formMessages = {
  notAForm: (file: string): Made => ({
    file,
    message: `${file}: không phải phiếu tự chấm do thidua tạo (không có mã phiếu trong tệp). Dùng "thidua forms" để tạo phiếu.`,
    messageEn: `${file}: not a self-assessment form made by thidua (no form id in the file). Make forms with "thidua forms".`,
  }),
  unreadable: (file: string, sheet: string): Made => ({
    file,
    sheet,
    message: `${where(file, sheet)}: mã phiếu trong tệp bị hỏng, không đọc được — tạo lại phiếu cho đơn vị này.`,
    messageEn: `${whereEn(file, sheet)}: the form id stored in the file is damaged — make this unit's form again.`,
  }),
  otherPlan: (file: string, sheet: string, unit: string, planId: string, expected: string): Made => ({
    file,
    sheet,
    message: `${where(file, sheet)}: phiếu của đơn vị "${unit}" thuộc kế hoạch "${planId}", không phải "${expected}" — không gộp.`,
    messageEn: `${whereEn(file, sheet)}: the form of "${unit}" is for plan "${planId}", not "${expected}" — not merged.`,
  }),
  otherBlock: (file: string, sheet: string, unit: string, block: string, expected: string): Made => ({
    file,
    sheet,
    message: `${where(file, sheet)}: phiếu của đơn vị "${unit}" thuộc khối "${block}", không phải khối "${expected}" — không gộp.`,
    messageEn: `${whereEn(file, sheet)}: the form of "${unit}" is for block "${block}", not "${expected}" — not merged.`,
  }),
  changed: (file: string, sheet: string, unit: string, changes: StructureChange[]): Made => {
    const shownVi = changes
      .slice(0, 5)
      .map((c) =>
        c.kind === 'not-on-form'
          ? `mục ${c.number} "${c.title.slice(0, 40)}" không có trên phiếu`
          : `${c.at}: dòng mục ${c.number} "${c.title.slice(0, 40)}" nay là "${c.found}"`,
      );
    const shownEn = changes
      .slice(0, 5)
      .map((c) =>
        c.kind === 'not-on-form'
          ? `item ${c.number} "${c.title.slice(0, 40)}" is not on the form`
          : `${c.at}: the row of item ${c.number} "${c.title.slice(0, 40)}" now reads "${c.found}"`,
      );
    const more = changes.length > 5 ? changes.length - 5 : 0;
    return {
      file,
      sheet,
      message: `${where(file, sheet)}: phiếu của đơn vị "${unit}" đã bị thay đổi cấu trúc (dòng bị xoá, chèn hoặc sửa nội dung) — không gộp: ${shownVi.join('; ')}${more ? `; và ${more} mục khác` : ''}. Ghi lại số liệu vào phiếu mới (thidua forms).`,
      messageEn: `${whereEn(file, sheet)}: the form of "${unit}" has changed structure (rows deleted, inserted or edited) — not merged: ${shownEn.join('; ')}${more ? `; and ${more} more` : ''}. Copy the figures into a fresh form (thidua forms).`,
    };
  },
  duplicate: (unit: string, places: string[], identical: boolean): Made =>
    identical
      ? {
          message: `Đơn vị "${unit}" có ${places.length} phiếu giống hệt nhau: ${places.join(', ')} — dùng một phiếu.`,
          messageEn: `Unit "${unit}" has ${places.length} identical forms: ${places.join(', ')} — one is used.`,
        }
      : {
          message: `Đơn vị "${unit}" có ${places.length} phiếu khác nhau: ${places.join(', ')} — không gộp phiếu nào; giữ lại một phiếu đúng rồi gộp lại.`,
          messageEn: `Unit "${unit}" has ${places.length} different forms: ${places.join(', ')} — none merged; keep the right one and merge again.`,
        },
  missing: (units: { id: string; name: string }[]): Made => ({
    message: `Chưa có phiếu của ${units.length} đơn vị: ${units.map((u) => u.name).join(', ')} — dòng của đơn vị để trống, khi chấm sẽ báo thiếu số liệu.`,
    messageEn: `No form yet from ${units.length} unit(s): ${units.map((u) => u.name).join(', ')} — their rows are left blank and scoring reports the missing values.`,
  }),
  planVersion: (file: string, sheet: string, version: string, current: string): Made => ({
    file,
    sheet,
    message: `${where(file, sheet)}: phiếu tạo theo phiên bản ${version} của kế hoạch (nay là ${current}); các mục vẫn khớp nên vẫn gộp.`,
    messageEn: `${whereEn(file, sheet)}: the form was made for version ${version} of the plan (now ${current}); its items still match, so it is merged.`,
  }),
  otherBatch: (batches: number): Made => ({
    message: `Các phiếu thuộc ${batches} đợt tạo phiếu khác nhau; danh sách đơn vị là hợp của các đợt.`,
    messageEn: `The forms come from ${batches} different batches; the list of units is the union of the batches.`,
  }),
  severalBlocks: (blocks: string[]): Made => ({
    message: `Các phiếu thuộc nhiều khối (${blocks.join(', ')}): gộp từng khối một, chọn khối (--block).`,
    messageEn: `The forms are for several blocks (${blocks.join(', ')}): merge one block at a time (--block).`,
  }),
  noReason: (unit: string, items: string[]): Made => ({
    message: `Đơn vị "${unit}": điểm thẩm định khác điểm tự chấm nhưng chưa ghi lý do ở mục ${items.join(', ')}.`,
    messageEn: `Unit "${unit}": appraised differs from self-assessed with no reason at item(s) ${items.join(', ')}.`,
  }),
};
