/**
 * The program's printed sheets ("Kết quả", "Đề nghị khen thưởng", "Giải trình") laid out as data: the national
 * header and the signature block worded as the dossier's Word documents word them (NĐ 30/2020/NĐ-CP, from the same
 * dossier settings, blanks where a setting is not given), titles and long lines merged over the table's width and
 * wrapped, column widths fitted to the content, and how the sheet prints: A4, landscape when wide, one page wide,
 * the table's header repeated on every page, page numbers in the footer.
 */
import { signerOf } from '../dossier/context';
import { word } from '../messages';
import type { Run } from '../dossier/model';
import type { DossierSettings } from '../dossier/settings';
import { field, MOTTO, NATIONAL_NAME, placeDate, upper } from '../dossier/text';
import type { Lang } from '../values';
import type {
  CellKind,
  CellStyle,
  CellValue,
  ConditionalFormat,
  PageSetup,
  RangeRef,
  RowHeight,
  WriteBlock,
} from './model';

export interface SheetPart {
  name: string;
  blocks: WriteBlock[];
  conditionalFormats: ConditionalFormat[];
  columnWidths: { sheet: string; col: number; width: number }[];
  merges?: RangeRef[];
  rowHeights?: RowHeight[];
  pageSetup?: PageSetup;
}

/** What a printed sheet needs beyond the scoring: the office's dossier settings (issuer, signer, place, date). */
export interface PrintOptions {
  settings?: DossierSettings;
}

export const PRINT_FONT = 'Times New Roman';

const font = PRINT_FONT;
export const PRINT_STYLES = {
  organ: { font, size: 12, align: 'center', wrap: true },
  issuer: { font, size: 12, bold: true, align: 'center', wrap: true },
  national: { font, size: 12, bold: true, align: 'center', wrap: true },
  title: { font, size: 14, bold: true, align: 'center', wrap: true, valign: 'middle' },
  subtitle: { font, size: 12, bold: true, align: 'center', wrap: true },
  basis: { font, size: 11, italic: true, align: 'center', wrap: true },
  heading: { font, size: 12, bold: true, align: 'left', wrap: true },
  text: { font, size: 11, align: 'left', wrap: true, valign: 'top' },
  note: { font, size: 9, italic: true, align: 'left', wrap: true },
  table: { font, size: 11, wrap: true, valign: 'top', border: true },
  placeDate: { font, size: 12, italic: true, align: 'center', wrap: true },
  signer: { font, size: 12, bold: true, align: 'center', wrap: true },
} satisfies Record<string, CellStyle>;

/** Narrowest and widest a column may be, in characters; the content decides in between. */
export interface ColumnFit {
  min: number;
  max: number;
}

/** Wider than this (characters), a sheet prints landscape. A4 portrait holds about 95 at full size. */
export const PORTRAIT_MAX_WIDTH = 95;

/** Millimetres. NĐ 30/2020 margins for portrait; landscape tables keep a little more of the page. */
const MARGINS: Record<PageSetup['orientation'], PageSetup['margins']> = {
  portrait: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 },
  landscape: { top: 15, bottom: 15, left: 20, right: 15, header: 8, footer: 8 },
};

/** Rows for signing between the title and the name in the signature block. */
const SIGNING_ROWS = 3;

const text = (runs: Run[]) => runs.map((r) => r.text).join('');

/**
 * Characters a cell of `width` holds per line in `style`. A column width counts digits of Calibri 11; a letter of
 * Times New Roman 11 is narrower (about 1.3 to a digit, measured on LibreOffice's PDF), bold a little wider.
 */
function perLine(width: number, style: CellStyle): number {
  const size = style.size ?? 11;
  return Math.max(1, Math.floor((width * 1.3 * 11) / size / (style.bold ? 1.05 : 1)));
}

/** Lines a wrapped text takes: words kept whole, capital letters counted wider. */
export function wrappedLines(value: string, width: number, style: CellStyle): number {
  const room = perLine(width, style);
  const weight = (w: string) => [...w].reduce((n, ch) => n + (ch !== ch.toLowerCase() ? 1.4 : 1), 0);
  let lines = 0;
  for (const paragraph of value.split('\n')) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const w = weight(word);
      if (used === 0) used = w;
      else if (used + 1 + w <= room) used += 1 + w;
      else {
        lines++;
        used = w;
      }
      // A word longer than a line breaks where the line ends.
      for (; used > room; used -= room) lines++;
    }
  }
  return lines;
}

/** Points a row needs for `lines` lines of `style`. */
function rowHeight(lines: number, style: CellStyle): number {
  return Math.round((lines * (style.size ?? 11) * 1.25 + 3) * 4) / 4;
}

/** Characters a value shows with (numbers grouped by thousands, as Excel shows "#,##0"). */
function shownLength(value: CellValue, kind: CellKind | undefined): number {
  if (value === null) return 0;
  if (typeof value === 'number') {
    const digits = String(Math.trunc(Math.abs(value))).length;
    const rest = String(value).length - String(Math.trunc(value)).length;
    return digits + (kind === 'money' ? Math.floor((digits - 1) / 3) : 0) + rest;
  }
  return String(value)
    .split('\n')
    .reduce((n, line) => Math.max(n, line.length), 0);
}

interface Line {
  row: number;
  left: number;
  right: number;
  value: string;
  style: CellStyle;
}

type Zone = 'all' | 'left' | 'right';

/**
 * Builds one printed sheet row by row. The national header and the signature block are placed when the sheet is
 * finished, once the widths are known (the header's two halves split the table's width about 2 : 3).
 */
export class PrintedSheet {
  row = 0;
  private readonly tables: WriteBlock[] = [];
  private readonly lines: { row: number; zone: Zone; value: string; style: CellStyle }[] = [];
  private titleRows?: { first: number; last: number };
  private signer?: DossierSettings;

  constructor(
    readonly name: string,
    private readonly fits: ColumnFit[],
    private readonly lang: Lang,
  ) {}

  /** Issuing body left (cơ quan chủ quản above it), national name and motto right: NĐ 30, ô 1 and 2. */
  nationalHeader(settings: DossierSettings): void {
    const top = this.row;
    this.lines.push(
      { row: top, zone: 'left', value: text([field(upper(settings.superior))]), style: PRINT_STYLES.organ },
      {
        row: top + 1,
        zone: 'left',
        value: text([field(upper(settings.issuer))]),
        style: PRINT_STYLES.issuer,
      },
      { row: top, zone: 'right', value: NATIONAL_NAME, style: PRINT_STYLES.national },
      { row: top + 1, zone: 'right', value: MOTTO, style: PRINT_STYLES.national },
    );
    this.row += 3;
  }

  /** One line merged over the whole width, wrapped. */
  line(value: string, style: CellStyle = PRINT_STYLES.text): number {
    const at = this.row++;
    this.lines.push({ row: at, zone: 'all', value, style });
    return at;
  }

  skip(rows = 1): void {
    this.row += rows;
  }

  /** A table from column A; its first header rows are the ones repeated on every printed page. */
  table(values: CellValue[][], kinds: CellKind[], headerRows = 0, formats?: (string | null)[]): number {
    const at = this.row;
    const block: WriteBlock = {
      sheet: this.name,
      at: { row: at, col: 0 },
      values,
      columnKinds: kinds,
      headerRows,
      style: PRINT_STYLES.table,
      ...(formats ? { columnFormats: formats } : {}),
    };
    this.tables.push(block);
    this.row += values.length;
    if (headerRows > 0 && !this.titleRows) this.titleRows = { first: at, last: at + headerRows - 1 };
    return at;
  }

  /** Rows of the last table that look different (relative to the table). */
  styleRows(rows: { row: number; style: CellStyle }[]): void {
    const last = this.tables[this.tables.length - 1];
    if (last && rows.length) last.rowStyles = rows;
  }

  /** Place and date, TM./KT. line, title, room to sign, name (NĐ 30, ô 4 and 7), right half; blanks to fill. */
  signature(settings: DossierSettings): void {
    this.signer = settings;
  }

  private widths(): number[] {
    const need = this.fits.map(() => 0);
    for (const t of this.tables)
      t.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (c >= need.length) return;
          if (r < (t.headerRows ?? 0)) {
            // A heading may wrap onto two or three lines, never inside a word.
            const s = String(v ?? '');
            const word = Math.max(0, ...s.split(/\s+/).map((w) => w.length));
            need[c] = Math.max(need[c], word + 2, Math.ceil(s.length / 3) + 2);
          } else need[c] = Math.max(need[c], shownLength(v, t.columnKinds?.[c]) + 2);
        }),
      );
    return this.fits.map((f, c) => Math.min(f.max, Math.max(f.min, need[c])));
  }

  finish(conditionalFormats: ConditionalFormat[] = []): SheetPart {
    const widths = this.widths();
    const total = widths.reduce((a, b) => a + b, 0);
    // The header's left half: columns up to a little under half the width (at least one column each side).
    let split = 1;
    for (let acc = widths[0]; split < widths.length - 1 && acc + widths[split] <= total * 0.45; split++)
      acc += widths[split];
    const last = widths.length - 1;
    const zones: Record<Zone, [number, number]> = {
      all: [0, last],
      left: [0, split - 1],
      right: [split, last],
    };
    const lines = [...this.lines];
    if (this.signer) {
      const s = this.signer;
      const sign = signerOf(s);
      let at = this.row + 1;
      const add = (value: string, style: CellStyle) => lines.push({ row: at++, zone: 'right', value, style });
      add(text(placeDate(s.place, s.date)), PRINT_STYLES.placeDate);
      if (sign.authority) add(text(sign.authority), PRINT_STYLES.signer);
      add(text(sign.title), PRINT_STYLES.signer);
      at += SIGNING_ROWS;
      add(text(sign.name), PRINT_STYLES.signer);
      this.row = at;
    }
    const placed: Line[] = lines.map((l) => ({
      row: l.row,
      left: zones[l.zone][0],
      right: zones[l.zone][1],
      value: l.value,
      style: l.style,
    }));
    const blocks: WriteBlock[] = [
      ...placed.map((l): WriteBlock => ({
        sheet: this.name,
        at: { row: l.row, col: l.left },
        values: [[l.value]],
        columnKinds: ['text'],
        style: l.style,
      })),
      ...this.tables,
    ].sort((a, b) => a.at.row - b.at.row || a.at.col - b.at.col);
    const merges: RangeRef[] = placed
      .filter((l) => l.right > l.left)
      .map((l) => ({ sheet: this.name, top: l.row, bottom: l.row, left: l.left, right: l.right }));
    const heights = new Map<number, { height: number; table: boolean }>();
    const need = (row: number, height: number, table: boolean) => {
      const had = heights.get(row);
      if (!had || had.height < height) heights.set(row, { height, table: table && (had?.table ?? true) });
      else if (!table) had.table = false;
    };
    for (const l of placed) {
      const width = widths.slice(l.left, l.right + 1).reduce((a, b) => a + b, 0);
      need(l.row, rowHeight(wrappedLines(l.value, width, l.style), l.style), false);
    }
    // Table rows whose text wraps: LibreOffice (and Excel, for a file) keep the default height unless told.
    for (const t of this.tables) {
      const own = new Map((t.rowStyles ?? []).map((x) => [x.row, x.style]));
      t.values.forEach((values, r) => {
        const style: CellStyle = {
          ...t.style,
          ...own.get(r),
          ...(r < (t.headerRows ?? 0) ? { bold: true } : {}),
        };
        const lines = Math.max(
          1,
          ...values.map((v, c) =>
            typeof v === 'string' && c < widths.length ? wrappedLines(v, widths[c] - 1, style) : 1,
          ),
        );
        if (lines > 1) need(t.at.row + r, rowHeight(lines, style), true);
      });
    }
    const orientation = total > PORTRAIT_MAX_WIDTH ? 'landscape' : 'portrait';
    return {
      name: this.name,
      blocks,
      conditionalFormats,
      columnWidths: widths.map((width, col) => ({ sheet: this.name, col, width })),
      merges,
      rowHeights: [...heights]
        .sort(([a], [b]) => a - b)
        .map(([row, h]) => ({
          sheet: this.name,
          row,
          height: h.height,
          ...(h.table ? { table: true } : {}),
        })),
      pageSetup: {
        sheet: this.name,
        orientation,
        paperSize: 'A4',
        fitToWidth: 1,
        ...(this.titleRows ? { printTitleRows: this.titleRows } : {}),
        margins: MARGINS[orientation],
        centerHorizontally: true,
        footer: word('print.footer', this.lang),
      },
    };
  }
}
