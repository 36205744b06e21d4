/** The promise every adapter keeps: the official's input cells are never written, cleared or replaced. */
import { rangeAddress, type RangeRef, type WriteBlock, type WritePlan } from '@thidua/core/sheet';
import { t } from '../i18n';
import { PaneError } from '../pane-error';

/** A write that would touch the official's table: refused before anything is queued, both ranges named. */
export class InputOverlapError extends PaneError {
  constructor(
    readonly target: RangeRef,
    readonly input: RangeRef,
  ) {
    const whole = target.top === 0 && target.left === 0 && target.bottom >= 1048575 && target.right >= 16383;
    super('inputOverlap', {
      target: whole ? { key: 'inputOverlapSheet', params: { sheet: target.sheet } } : where(target),
      input: where(input),
    });
    this.name = 'InputOverlapError';
  }
}

function sheetRef(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** A range as Excel names it, the sheet quoted when it must be ('Bảng điểm'!B3:E5). */
export function where(range: RangeRef): string {
  return `${sheetRef(range.sheet)}!${rangeAddress(range)}`;
}

function overlaps(a: RangeRef, b: RangeRef): boolean {
  return (
    a.sheet === b.sheet && a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right
  );
}

function blockRange(block: WriteBlock): RangeRef {
  const width = Math.max(0, ...block.values.map((r) => r.length));
  return {
    sheet: block.sheet,
    top: block.at.row,
    left: block.at.col,
    bottom: block.at.row + block.values.length - 1,
    right: block.at.col + width - 1,
  };
}

/** Refuses a plan that would touch an input range: checked before anything is queued. */
export function assertOutsideInputs(plan: WritePlan, inputs: RangeRef[]): void {
  const targets: RangeRef[] = [
    ...plan.clear,
    ...plan.blocks.filter((b) => b.values.length > 0).map(blockRange),
    ...plan.conditionalFormats.map((c) => ({ sheet: c.sheet, ...c.range })),
  ];
  for (const input of inputs) {
    for (const target of targets) if (overlaps(target, input)) throw new InputOverlapError(target, input);
    const replaced = plan.sheets.find((s) => s.mode === 'createOrReplace' && s.name === input.sheet);
    if (replaced)
      throw new InputOverlapError(
        { sheet: replaced.name, top: 0, left: 0, bottom: 1048575, right: 16383 },
        input,
      );
  }
}

/**
 * The results would land on cells the official prepared: a data validation rule (Data → Data Validation, read as
 * `range.dataValidation.type`, ExcelApi 1.8, in Excel; the workbook's rules in file mode) or a conditional format on
 * the empty cells about to be written. Such cells are kept for the official's own input, or would colour the
 * results by the official's rule: refused before anything is written, the range named.
 */
export class PreparedTargetError extends Error {
  readonly messageEn: string;

  constructor(
    readonly target: RangeRef,
    readonly what: 'validation' | 'conditionalFormat',
  ) {
    const key = what === 'validation' ? 'targetHasValidation' : 'targetHasConditionalFormat';
    const params = { sheet: target.sheet, range: rangeAddress(target) };
    super(t(key, 'vi', params));
    this.messageEn = t(key, 'en', params);
    this.name = 'PreparedTargetError';
  }
}
