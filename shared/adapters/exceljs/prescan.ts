/**
 * Before ExcelJS parses anything: every part of the package is inflated once, in small slices, with a hard stop,
 * and each sheet's XML is counted (cells, rows, merged and validated areas). A file past the read budget, or whose
 * declared sizes do not match what it holds, is refused with a problem naming the sheet and the figure. Memory stays
 * at one slice of output at a time, whatever the file declares.
 */
import { Inflate } from 'fflate';
import type { ReadBudget } from '../../src/workbook/budget';
import { definedNameRanges, sheetPartNames } from '../../src/workbook/parts';
import { workbookProblem, WorkbookReadError, type WorkbookProblemParams } from '../../src/workbook/problems';
import { SheetXmlScanner } from '../../src/workbook/xml-scan';
import { entryDataOffset, type ZipEntry } from '../../src/workbook/zip';

/** Compressed bytes handed to the inflater at a time: deflate expands at most ~1 032×, so ~2 MB of output. */
const SLICE = 2048;

function refuse(code: Parameters<typeof workbookProblem>[0], params: WorkbookProblemParams = {}): never {
  throw new WorkbookReadError(workbookProblem(code, params));
}

const partName = (entry: ZipEntry) => entry.name.replace(/^\//, '');

/**
 * Inflates one entry, passing each piece of output to `sink`, and returns its real size. Stops as soon as the
 * output passes `limit` (returning limit + 1).
 */
function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  limit: number,
  sink?: (chunk: Uint8Array) => void,
): number {
  const start = entryDataOffset(bytes, entry);
  if (start === undefined || entry.flags & 1) refuse('damaged');
  if (entry.compressedSize === 0 && entry.size === 0) return 0; // a folder entry, or an empty part
  const data = bytes.subarray(start, start + entry.compressedSize);
  let produced = 0;
  const take = (chunk: Uint8Array) => {
    produced += chunk.length;
    if (produced <= limit) sink?.(chunk);
  };
  if (entry.method === 0) {
    for (let at = 0; at < data.length && produced <= limit; at += 65_536)
      take(data.subarray(at, at + 65_536));
    return Math.min(produced, limit + 1);
  }
  if (entry.method !== 8) refuse('damaged');
  const inflater = new Inflate((chunk) => take(chunk));
  try {
    for (let at = 0; at < data.length && produced <= limit; at += SLICE)
      inflater.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    refuse('damaged');
  }
  return Math.min(produced, limit + 1);
}

function inflateText(bytes: Uint8Array, entry: ZipEntry | undefined, budget: ReadBudget): string {
  if (!entry) return '';
  const chunks: Uint8Array[] = [];
  const size = inflateEntry(bytes, entry, budget.maxPartBytes, (c) => chunks.push(c.slice()));
  if (size > budget.maxPartBytes)
    refuse('part-too-large', {
      part: partName(entry),
      bytes: budget.maxPartBytes,
      atLeast: 1,
      limit: budget.maxPartBytes,
    });
  const decoder = new TextDecoder('utf-8');
  return chunks.map((c, i) => decoder.decode(c, { stream: i < chunks.length - 1 })).join('');
}

export function prescanXlsx(bytes: Uint8Array, entries: ZipEntry[], budget: ReadBudget): void {
  if (entries.length > budget.maxParts)
    refuse('too-many-parts', { parts: entries.length, limit: budget.maxParts });
  const byName = new Map(entries.map((e) => [partName(e), e]));
  const workbookXml = inflateText(bytes, byName.get('xl/workbook.xml'), budget);
  const sheetNames = sheetPartNames(
    workbookXml,
    inflateText(bytes, byName.get('xl/_rels/workbook.xml.rels'), budget),
  );
  const where = (part: string): WorkbookProblemParams =>
    sheetNames.has(part) ? { sheet: sheetNames.get(part) as string } : { part };

  for (const entry of entries) {
    const part = partName(entry);
    if (entry.size > budget.maxPartBytes)
      refuse('part-too-large', { ...where(part), bytes: entry.size, limit: budget.maxPartBytes });
  }
  const declared = entries.reduce((n, e) => n + e.size, 0);
  if (declared > budget.maxExpandedBytes)
    refuse('expanded-too-large', { bytes: declared, limit: budget.maxExpandedBytes });

  let rangeCells = 0;
  for (const range of definedNameRanges(workbookXml)) {
    rangeCells += range.area;
    if (rangeCells > budget.maxRangeCells)
      refuse('ranges-too-large', { ...range, cells: rangeCells, limit: budget.maxRangeCells });
  }

  let expanded = 0;
  let workbookCells = 0;
  for (const entry of entries) {
    const part = partName(entry);
    const isSheet = sheetNames.has(part) || /^xl\/worksheets\/[^/]+\.xml$/.test(part);
    const scanner = isSheet ? new SheetXmlScanner() : undefined;
    const size = inflateEntry(bytes, entry, budget.maxPartBytes, scanner && ((c) => scanner.push(c)));
    if (size > budget.maxPartBytes)
      refuse('part-too-large', {
        ...where(part),
        bytes: budget.maxPartBytes,
        atLeast: 1,
        limit: budget.maxPartBytes,
      });
    if (size !== entry.size) refuse('damaged');
    expanded += size;
    if (expanded > budget.maxExpandedBytes)
      refuse('expanded-too-large', { bytes: expanded, atLeast: 1, limit: budget.maxExpandedBytes });
    if (!scanner) continue;
    const sheet = sheetNames.get(part) ?? part;
    if (scanner.cells > budget.maxSheetCells)
      refuse('sheet-too-many-cells', { sheet, cells: scanner.cells, limit: budget.maxSheetCells });
    if (scanner.rows > budget.maxSheetRows)
      refuse('sheet-too-many-rows', { sheet, rows: scanner.rows, limit: budget.maxSheetRows });
    workbookCells += scanner.cells;
    if (workbookCells > budget.maxWorkbookCells)
      refuse('workbook-too-many-cells', { sheet, cells: workbookCells, limit: budget.maxWorkbookCells });
    rangeCells += scanner.rangeCells;
    if (rangeCells > budget.maxRangeCells && scanner.largestRange)
      refuse('ranges-too-large', {
        sheet,
        ...scanner.largestRange,
        cells: rangeCells,
        limit: budget.maxRangeCells,
      });
  }
}
