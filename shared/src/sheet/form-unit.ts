/**
 * A unit's own form (criteria in rows, one value column "Kết quả thực hiện"): the column is the unit, and its name
 * comes from the form's title ("Đơn vị: UBND xã Tân Long"), the issuing body above it, or the sheet — a guess the
 * official is asked to check.
 */
import type { Problem } from '../problems';
import type { FormUnit } from './detect';
import type { ColumnMapping } from './mapping';
import { cellAddress, type SheetModel } from './model';
import { isValueHeading, looksLikeUnit } from './patterns';
import { formUnitOf } from './sheet-hints';

/** The form's unit when this record (a column, criteria in rows) is a form's value column, else undefined. */
export function formRecord(
  sheet: SheetModel,
  mapping: Pick<ColumnMapping, 'orientation' | 'nameIndex'>,
  heading: string,
): FormUnit | undefined {
  if (mapping.orientation !== 'columns' || !heading || !isValueHeading(heading) || looksLikeUnit(heading))
    return undefined;
  return formUnitOf(sheet, mapping.nameIndex);
}

const SOURCE_VI: Record<FormUnit['source'], string> = {
  title: 'dòng tiêu đề',
  agency: 'tên cơ quan ở đầu trang',
  sheet: 'tên trang tính',
};
const SOURCE_EN: Record<FormUnit['source'], string> = {
  title: 'the title line',
  agency: 'the issuing body at the top',
  sheet: 'the sheet name',
};

/** The note that the form's unit was named from its title (or the sheet): the official checks the name. */
export function formNameProblem(sheet: SheetModel, form: FormUnit, valueCell: string): Problem {
  const where = form.cell ? ` (ô ${cellAddress(form.cell)})` : '';
  const whereEn = form.cell ? ` (cell ${cellAddress(form.cell)})` : '';
  return {
    path: valueCell,
    code: 'form-unit-name',
    message: `Trang "${sheet.name}" là phiếu của một đơn vị (cột ${valueCell}); tên đơn vị "${form.name}" lấy từ ${SOURCE_VI[form.source]}${where} — kiểm tra lại tên; nếu sai, sửa ${form.source === 'sheet' ? 'tên trang hoặc thêm dòng "Đơn vị: …" trên bảng' : 'dòng đó'}`,
    messageEn: `Sheet "${sheet.name}" is one unit's form (${valueCell}); the unit's name "${form.name}" was taken from ${SOURCE_EN[form.source]}${whereEn} — check it`,
  };
}
