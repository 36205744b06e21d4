/**
 * A unit's own form (criteria in rows, one value column "Kết quả thực hiện"): the column is the unit, and its name
 * comes from the form's title ("Đơn vị: UBND xã Tân Long"), the issuing body above it, or the sheet — a guess the
 * official is asked to check.
 */
import { bilingual, say } from '../messages';
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

/** The note that the form's unit was named from its title (or the sheet): the official checks the name. */
export function formNameProblem(sheet: SheetModel, form: FormUnit, valueCell: string): Problem {
  return {
    path: valueCell,
    code: 'form-unit-name',
    ...bilingual(
      say('form-unit.name', {
        sheet: sheet.name,
        valueCell,
        name: form.name,
        source: form.source,
        cell: form.cell ? cellAddress(form.cell) : null,
      }),
    ),
  };
}
