import type ExcelJS from 'exceljs';
import type { CellStyle, PageSetup, WriteBlock, WritePlan } from '../../src/sheet/model';

const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF000000' } };
const MM_PER_INCH = 25.4;

/** The style each row of `block` gets (the block's, then the row's own over it). */
export function blockRowStyles(block: WriteBlock): (r: number) => CellStyle | undefined {
  const own = new Map((block.rowStyles ?? []).map((s) => [s.row, s.style]));
  return (r) => {
    const style = own.get(r);
    return block.style || style ? { ...block.style, ...style } : undefined;
  };
}

/** Font, alignment and borders of a cell; `header` cells keep their bold, centred look. */
export function styleCell(cell: ExcelJS.Cell, style: CellStyle, header: boolean): void {
  const font: Partial<ExcelJS.Font> = { ...cell.font };
  if (style.font) font.name = style.font;
  if (style.size) font.size = style.size;
  if (style.bold !== undefined || header) font.bold = header || style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  cell.font = font;
  const alignment: Partial<ExcelJS.Alignment> = { ...cell.alignment };
  if (style.wrap !== undefined) alignment.wrapText = style.wrap;
  if (style.align && !header) alignment.horizontal = style.align;
  if (style.valign && !header) alignment.vertical = style.valign;
  cell.alignment = alignment;
  if (style.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
}

function pageSetup(ws: ExcelJS.Worksheet, setup: PageSetup): void {
  const inches = (mm: number) => Math.round((mm / MM_PER_INCH) * 1000) / 1000;
  const m = setup.margins;
  Object.assign(ws.pageSetup, {
    paperSize: 9, // A4
    orientation: setup.orientation,
    fitToPage: true,
    fitToWidth: setup.fitToWidth,
    // 0: as many pages tall as the rows need.
    fitToHeight: 0,
    horizontalCentered: Boolean(setup.centerHorizontally),
    margins: {
      top: inches(m.top),
      bottom: inches(m.bottom),
      left: inches(m.left),
      right: inches(m.right),
      header: inches(m.header),
      footer: inches(m.footer),
    },
    ...(setup.printTitleRows
      ? { printTitlesRow: `${setup.printTitleRows.first + 1}:${setup.printTitleRows.last + 1}` }
      : {}),
  });
  if (setup.footer) ws.headerFooter.oddFooter = `&C${setup.footer}`;
}

/**
 * Merges, row heights and print settings of a plan, on the sheets the plan creates or replaces only (never on an
 * official's sheet). Runs after the blocks are written.
 */
export function applyPrintLayout(wb: ExcelJS.Workbook, plan: WritePlan): void {
  const ours = new Set(plan.sheets.map((s) => s.name));
  const sheet = (name: string) => (ours.has(name) ? wb.getWorksheet(name) : undefined);
  for (const m of plan.merges ?? [])
    sheet(m.sheet)?.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const h of plan.rowHeights ?? []) {
    const ws = sheet(h.sheet);
    if (ws) ws.getRow(h.row + 1).height = h.height;
  }
  for (const p of plan.pageSetup ?? []) {
    const ws = sheet(p.sheet);
    if (ws) pageSetup(ws, p);
  }
}
