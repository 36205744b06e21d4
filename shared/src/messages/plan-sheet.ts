/**
 * What reading a plan from its "Tiêu chí" sheet says: a cell that cannot be read, a table twice or without a column
 * it needs, a plan the schema refuses. Vietnamese first; tables and columns are named as the sheet names them.
 */
import { nameIn, phrase, type Named } from './phrase';

export const PLAN_SHEET_PHRASES = {
  /** A cell under `heading` that cannot be read, and why (`what`). */
  'plan-sheet.cell-invalid': phrase<{ cell: string; heading: string; what: Named }>({
    vi: (p) => `Ô ${p.cell} (${p.heading}): ${nameIn(p.what, 'vi')}`,
    en: (p) => `Cell ${p.cell} (${p.heading}): ${nameIn(p.what, 'en')}`,
  }),
  'plan-sheet.bad-step': phrase<{ step: string }>({
    vi: (p) => `mức "${p.step}" phải có dạng "từ: điểm", ví dụ "90: 10; 70: 6"`,
    en: (p) => `step "${p.step}" must read "min: points", e.g. "90: 10; 70: 6"`,
  }),
  /** A condition as written, shortened to 60 characters. */
  'plan-sheet.bad-condition': phrase<{ condition: string }>({
    vi: (p) => `điều kiện "${p.condition.slice(0, 60)}" không đọc được; viết dạng "mãDữKiện >= 2" hoặc JSON`,
    en: (p) => `condition "${p.condition.slice(0, 60)}" cannot be read; write "factId >= 2" or JSON`,
  }),
  /** A value typed in a column the criterion's kind does not read: it would be dropped without a word. */
  'plan-sheet.unused-by-kind': phrase<{ kind: Named }>({
    vi: (p) =>
      `tiêu chí loại "${nameIn(p.kind, 'vi')}" không dùng cột này; xoá giá trị hoặc đổi loại tiêu chí`,
    en: (p) =>
      `a "${nameIn(p.kind, 'en')}" criterion does not use this column; clear the value or change its kind`,
  }),
  /** `heading`: the column's heading as the sheet has it. */
  'plan-sheet.blank-required': phrase<{ heading: string }>({
    vi: (p) => `ô trống; cột "${p.heading}" bắt buộc, cần điền giá trị`,
    en: (p) => `the cell is blank; the "${p.heading}" column is required, fill it in`,
  }),
  'plan-sheet.excel-error': phrase<{ error: string }>({
    vi: (p) => `ô chứa lỗi Excel ${p.error}`,
    en: (p) => `the cell holds the Excel error ${p.error}`,
  }),
  /** `choices`: the words the column accepts, quoted and listed. */
  'plan-sheet.not-a-choice': phrase<{ text: string; choices: Named }>({
    vi: (p) => `"${p.text}" không phải một trong ${nameIn(p.choices, 'vi')}`,
    en: (p) => `"${p.text}" is not one of ${nameIn(p.choices, 'en')}`,
  }),
  'plan-sheet.not-json-object': phrase({
    vi: () => 'không phải một đối tượng JSON hợp lệ ({…})',
    en: () => 'not a valid JSON object ({…})',
  }),
  'plan-sheet.not-json': phrase({ vi: () => 'không phải JSON hợp lệ', en: () => 'not valid JSON' }),
  'plan-sheet.table-twice': phrase<{ cell: string; table: Named }>({
    vi: (p) => `Ô ${p.cell}: bảng "${nameIn(p.table, 'vi')}" xuất hiện hai lần; chỉ giữ một bảng`,
    en: (p) => `Cell ${p.cell}: the "${nameIn(p.table, 'en')}" table appears twice`,
  }),
  /** `row`: the heading row as the sheet numbers it (from 1). */
  'plan-sheet.missing-column': phrase<{ row: number; cell: string; table: Named; column: Named }>({
    vi: (p) =>
      `Dòng ${p.row} (${p.cell}): bảng "${nameIn(p.table, 'vi')}" thiếu cột "${nameIn(p.column, 'vi')}"`,
    en: (p) =>
      `Row ${p.row}: the "${nameIn(p.table, 'en')}" table lacks the "${nameIn(p.column, 'en')}" column`,
  }),
  'plan-sheet.hidden-row': phrase<{ row: number; cell: string; table: Named }>({
    vi: (p) =>
      `Dòng ${p.row} (${p.cell}) của bảng "${nameIn(p.table, 'vi')}" đang bị ẩn: hiện dòng ra nếu kế hoạch vẫn dùng nó, hoặc xoá dòng nếu không dùng`,
    en: (p) =>
      `Row ${p.row} (${p.cell}) of the "${nameIn(p.table, 'en')}" table is hidden: unhide it if the plan still uses it, or delete it`,
  }),
  'plan-sheet.no-table': phrase<{ sheet: string; table: Named }>({
    vi: (p) => `Trang "${p.sheet}" không có bảng "${nameIn(p.table, 'vi')}"`,
    en: (p) => `Sheet "${p.sheet}" has no "${nameIn(p.table, 'en')}" table`,
  }),
  /** What the plan's checks say (`problem`) at a plan path (`path`, none: the whole plan), placed at its cell. */
  'plan-sheet.plan-invalid': phrase<{ cell: string; path: string; problem: Named }>({
    vi: (p) => `Ô ${p.cell} (${p.path || 'kế hoạch'}): ${nameIn(p.problem, 'vi')}`,
    en: (p) => `Cell ${p.cell} (${p.path || 'plan'}): ${nameIn(p.problem, 'en')}`,
  }),
};
