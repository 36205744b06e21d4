/**
 * The printed look of the program's sheets in Excel: fonts, wrapping, alignment and borders per block (ExcelApi
 * 1.1), merged title lines (1.2), row heights, and the page layout — A4, orientation, one page wide, print titles,
 * margins, footer — which needs ExcelApi 1.9: on older hosts (Office 2019 stops at 1.7) the sheets are written
 * without it, and print with Excel's defaults.
 */
import type { CellStyle, PageSetup, RowHeight, WriteBlock, WritePlan } from '@thidua/core/sheet';
import { errorFacts } from './office-errors';

const POINTS_PER_MM = 72 / 25.4;
const EDGES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideHorizontal',
  'InsideVertical',
] as const;
const ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VALIGN = { top: 'Top', middle: 'Center' } as const;

export type Queue = (context: Excel.RequestContext) => void;

/** Applies a style to a range (Excel leaves the rest of each cell's format as it was). */
export function applyStyle(range: Excel.Range, style: CellStyle): void {
  const format = range.format;
  if (style.font) format.font.name = style.font;
  if (style.size) format.font.size = style.size;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.align) format.horizontalAlignment = ALIGN[style.align];
  if (style.valign) format.verticalAlignment = VALIGN[style.valign];
  if (style.border)
    for (const edge of EDGES) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
    }
}

/** A block's style and row styles over rows [start, end) of it, queued on `range` (those rows). */
export function styleRows(range: Excel.Range, block: WriteBlock, start: number, end: number): void {
  if (block.style) applyStyle(range, block.style);
  for (const s of block.rowStyles ?? [])
    if (s.row >= start && s.row < end) applyStyle(range.getRow(s.row - start), s.style);
}

/** Consecutive rows with the same height, as one range each. */
function heightRuns(heights: RowHeight[]): { sheet: string; top: number; count: number; height: number }[] {
  const runs: { sheet: string; top: number; count: number; height: number }[] = [];
  const sorted = [...heights].sort((a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row);
  for (const h of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.sheet === h.sheet && last.height === h.height && last.top + last.count === h.row)
      last.count++;
    else runs.push({ sheet: h.sheet, top: h.row, count: 1, height: h.height });
  }
  return runs;
}

/**
 * Merges and row heights on the sheets the plan creates: merged lines get the heights the plan estimated (Excel
 * never fits a merged cell); tables are fitted by Excel itself, which measures its own fonts.
 */
export function layoutQueues(plan: WritePlan): Queue[] {
  const ours = new Set(plan.sheets.map((s) => s.name));
  const queues: Queue[] = [];
  for (const m of plan.merges ?? [])
    if (ours.has(m.sheet))
      queues.push((ctx) =>
        ctx.workbook.worksheets
          .getItem(m.sheet)
          .getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1)
          .merge(false),
      );
  const heights = (plan.rowHeights ?? []).filter((h) => ours.has(h.sheet));
  for (const run of heightRuns(heights.filter((h) => !h.table)))
    queues.push((ctx) => {
      ctx.workbook.worksheets
        .getItem(run.sheet)
        .getRangeByIndexes(run.top, 0, run.count, 1).format.rowHeight = run.height;
    });
  const fitted = new Set(heights.filter((h) => h.table).map((h) => h.sheet));
  for (const block of plan.blocks)
    if (fitted.has(block.sheet) && block.style && block.values.length && block.values[0].length > 1)
      queues.push((ctx) =>
        ctx.workbook.worksheets
          .getItem(block.sheet)
          .getRangeByIndexes(block.at.row, block.at.col, block.values.length, block.values[0].length)
          .format.autofitRows(),
      );
  return queues;
}

/** The page layout of one sheet (ExcelApi 1.9). */
export function pageLayoutQueue(setup: PageSetup): Queue {
  return (ctx) => {
    const layout = ctx.workbook.worksheets.getItem(setup.sheet).pageLayout;
    const m = setup.margins;
    layout.orientation = setup.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    layout.paperSize = 'A4';
    // Only the width is fixed: the rows take as many pages as they need.
    layout.zoom = { horizontalFitToPages: setup.fitToWidth };
    layout.topMargin = m.top * POINTS_PER_MM;
    layout.bottomMargin = m.bottom * POINTS_PER_MM;
    layout.leftMargin = m.left * POINTS_PER_MM;
    layout.rightMargin = m.right * POINTS_PER_MM;
    layout.headerMargin = m.header * POINTS_PER_MM;
    layout.footerMargin = m.footer * POINTS_PER_MM;
    if (setup.centerHorizontally) layout.centerHorizontally = true;
    if (setup.printTitleRows)
      layout.setPrintTitleRows(`$${setup.printTitleRows.first + 1}:$${setup.printTitleRows.last + 1}`);
    if (setup.footer) layout.headersFooters.defaultForAllPages.centerFooter = setup.footer;
  };
}

/** An error raised by a page layout call: the write before it went through. */
export function isPageLayoutError(err: unknown): boolean {
  return errorFacts(err).locations.some((location) => /^(PageLayout|HeaderFooter)/.test(location));
}
