/**
 * Renders a dossier document (shared/src/dossier) as .docx with the presentation of NĐ 30/2020/NĐ-CP, Phụ lục I:
 * A4, margins top/bottom 20 mm, left 30 mm, right 15 mm; Times New Roman; the two-column header (issuing body
 * left, national motto right, each with its short line); number, place and date; bold centred title; justified
 * body; signature block right with "Nơi nhận" bottom left. Pure: returns bytes, does no I/O (runs in the browser).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IBorderOptions,
} from 'docx';
import type {
  Align,
  Block,
  DossierDocument,
  HeaderBlock,
  ParagraphBlock,
  Run,
  Signature,
  TableBlock,
} from '../../src/dossier/model';
import { MOTTO, NATIONAL_NAME } from '../../src/dossier/text';

const FONT = 'Times New Roman';
/** Sizes in half-points (docx): 14 pt body, 13 pt header lines (12 pt national name), 12 pt tables, Nơi nhận 12 / 11 pt. */
const SIZE = {
  body: 28,
  header: 26,
  national: 24,
  table: 24,
  recipientsHeading: 24,
  recipients: 22,
  small: 24,
  line: 4,
};
/** Twentieths of a point, rounded (docx's own helper truncates: A4 would come out 11905 × 16837). */
const twip = (mm: number) => Math.round((mm * 1440) / 25.4);
const A4 = { width: twip(210), height: twip(297) };
const MARGIN = { top: 20, bottom: 20, left: 30, right: 15 };
const FIRST_LINE = twip(12.7);
const SPACE_AFTER = 120; // 6 pt between paragraphs

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

const SOLID: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 };
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

interface RunStyle {
  size?: number;
  bold?: boolean;
  italic?: boolean;
}

/**
 * Characters XML 1.0 cannot carry (U+FFFE, U+FFFF, a lone surrogate, control characters): Word refuses to open a
 * document holding one, so they are dropped from every text written.
 */
const NOT_IN_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
export const wordText = (text: string): string => text.replace(NOT_IN_XML, '');

function textRuns(runs: Run[], style: RunStyle = {}): TextRun[] {
  return runs.map(
    (r) =>
      new TextRun({
        text: wordText(r.text),
        font: FONT,
        size: style.size ?? SIZE.body,
        bold: style.bold || r.bold,
        italics: style.italic || r.italic,
      }),
  );
}

function para(
  runs: Run[],
  options: {
    align?: Align;
    style?: RunStyle;
    firstLine?: boolean;
    keepNext?: boolean;
    before?: number;
    after?: number;
  } = {},
): Paragraph {
  return new Paragraph({
    children: textRuns(runs, options.style),
    alignment: ALIGN[options.align ?? 'left'],
    spacing: { before: options.before ?? 0, after: options.after ?? 0 },
    ...(options.firstLine ? { indent: { firstLine: FIRST_LINE } } : {}),
    ...(options.keepNext ? { keepNext: true } : {}),
  });
}

/** The short solid line under the issuer, the motto and the trích yếu: `share` of the `width` it sits in. */
function rule(width: number, share: number): Paragraph {
  const side = Math.round((width * (1 - share)) / 2);
  return new Paragraph({
    children: [new TextRun({ text: '', size: SIZE.line, font: FONT })],
    border: { bottom: SOLID },
    indent: { left: side, right: side },
    spacing: { before: 0, after: 60, line: 120 },
  });
}

function borderless(widths: number[], cells: Paragraph[][]): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        // The signature block (and its Nơi nhận) stays on one page.
        cantSplit: true,
        children: cells.map(
          (children, i) =>
            new TableCell({
              children,
              width: { size: widths[i], type: WidthType.DXA },
              borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
            }),
        ),
      }),
    ],
  });
}

function headerTable(doc: DossierDocument, h: HeaderBlock, width: number): Table {
  const left = Math.round(width * 0.37);
  const right = width - left;
  const center = { align: 'center' as const };
  const leftCell: Paragraph[] = [
    ...(h.superior ? [para(h.superior.map(upperRun), { ...center, style: { size: SIZE.header } })] : []),
    para(h.issuer.map(upperRun), { ...center, style: { size: SIZE.header, bold: true } }),
    rule(left, 0.35),
    ...(h.numberLine ? [para(h.numberLine, { ...center, style: { size: SIZE.header }, before: 60 })] : []),
  ];
  const rightCell: Paragraph[] = [
    para([{ text: NATIONAL_NAME }], { ...center, style: { size: SIZE.national, bold: true } }),
    para([{ text: MOTTO }], { ...center, style: { size: SIZE.body, bold: true } }),
    rule(right, doc.orientation === 'landscape' ? 0.55 : 0.68),
    para(h.placeDate, { ...center, style: { size: SIZE.body, italic: true }, before: 60 }),
  ];
  return borderless([left, right], [leftCell, rightCell]);
}

function upperRun(r: Run): Run {
  return r.blank ? r : { ...r, text: r.text.toLocaleUpperCase('vi') };
}

function paragraphBlock(b: ParagraphBlock): Paragraph {
  if (b.heading)
    return para(b.runs, {
      align: 'left',
      style: { bold: true },
      firstLine: true,
      keepNext: true,
      after: SPACE_AFTER,
    });
  if (b.small)
    return para(b.runs, { align: 'justify', style: { size: SIZE.small, italic: true }, after: SPACE_AFTER });
  return para(b.runs, {
    align: b.align ?? (b.body ? 'justify' : 'left'),
    firstLine: b.body,
    after: SPACE_AFTER,
  });
}

function tableBlock(b: TableBlock, width: number): Table {
  const total = b.columns.reduce((s, c) => s + c.width, 0);
  const widths = b.columns.map((c) => Math.floor((c.width / total) * width));
  const borders = { top: SOLID, bottom: SOLID, left: SOLID, right: SOLID };
  const margins = { top: 40, bottom: 40, left: 80, right: 80 };
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: b.columns.map(
      (c, i) =>
        new TableCell({
          children: [
            para([{ text: c.header }], { align: 'center', style: { size: SIZE.table, bold: true } }),
          ],
          width: { size: widths[i], type: WidthType.DXA },
          borders,
          margins,
        }),
    ),
  });
  const rows = b.rows.map((row) => {
    let col = 0;
    return new TableRow({
      cantSplit: true,
      children: row.map((c) => {
        const span = c.span ?? 1;
        const w = widths.slice(col, col + span).reduce((s, x) => s + x, 0);
        col += span;
        return new TableCell({
          children: [para(c.runs, { align: c.align ?? 'left', style: { size: SIZE.table, bold: c.bold } })],
          width: { size: w, type: WidthType.DXA },
          ...(span > 1 ? { columnSpan: span } : {}),
          borders,
          margins,
        });
      }),
    });
  });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, x) => a + x, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: [header, ...rows],
  });
}

function signatureCell(s: Signature): Paragraph[] {
  const center = { align: 'center' as const, style: { bold: true } };
  return [
    ...(s.authority ? [para(s.authority, center)] : []),
    para(s.title, center),
    // Space to sign and stamp.
    ...[0, 1, 2, 3].map(() => para([{ text: '' }])),
    para(s.name, center),
  ];
}

function recipientsCell(lines: string[]): Paragraph[] {
  return [
    para([{ text: 'Nơi nhận:' }], { style: { size: SIZE.recipientsHeading, bold: true, italic: true } }),
    ...lines.map((l) => para([{ text: `- ${l}` }], { style: { size: SIZE.recipients } })),
  ];
}

function closing(doc: DossierDocument, width: number): Table {
  const half = Math.round(width / 2);
  const [first, second] = doc.signatures;
  const left = second
    ? signatureCell(first)
    : doc.recipients
      ? recipientsCell(doc.recipients)
      : [para([{ text: '' }])];
  const right = second ? signatureCell(second) : first ? signatureCell(first) : [para([{ text: '' }])];
  return borderless([width - half, half], [left, right]);
}

function blocks(list: Block[], width: number): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const b of list) {
    if (b.kind === 'paragraph') out.push(paragraphBlock(b));
    else {
      out.push(tableBlock(b, width));
      out.push(para([{ text: '' }], { after: 60 }));
    }
  }
  return out;
}

function children(doc: DossierDocument, width: number): (Paragraph | Table)[] {
  const title = [
    para([{ text: doc.title }], { align: 'center', style: { bold: true }, before: 360 }),
    ...doc.subtitle.map((s) => para([{ text: s }], { align: 'center', style: { bold: true } })),
    rule(width, 0.2),
  ];
  return [
    ...(doc.draft
      ? [para([{ text: 'DỰ THẢO' }], { align: 'right', style: { bold: true, size: SIZE.header } })]
      : []),
    headerTable(doc, doc.header, width),
    ...title,
    ...(doc.addressee ? [para(doc.addressee, { align: 'center', before: 120, after: 240 })] : []),
    ...blocks(doc.body, width),
    closing(doc, width),
  ];
}

const W3CDTF = /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g;

/**
 * The package with its creation and change times (docProps/core.xml, every zip entry) set to `when` instead of the
 * moment it was packed, so one request gives the same bytes however often it is sent.
 */
function stamped(docx: Uint8Array, when: Date): Uint8Array {
  const files = unzipSync(docx);
  const core = files['docProps/core.xml'];
  if (core) {
    const iso = `${when.toISOString().slice(0, 19)}Z`;
    files['docProps/core.xml'] = strToU8(strFromU8(core).replace(W3CDTF, `$1${iso}$2`));
  }
  return zipSync(files, { mtime: when });
}

/** The .docx bytes of one document, stamped `when`. */
export async function renderDocx(doc: DossierDocument, when: Date = new Date()): Promise<Uint8Array> {
  const landscape = doc.orientation === 'landscape';
  const pageWidth = landscape ? A4.height : A4.width;
  const width = pageWidth - twip(MARGIN.left + MARGIN.right);
  const document = new Document({
    creator: 'thidua',
    title: wordText(doc.label),
    styles: { default: { document: { run: { font: FONT, size: SIZE.body } } } },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: A4.width,
              height: A4.height,
              orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: {
              top: twip(MARGIN.top),
              bottom: twip(MARGIN.bottom),
              left: twip(MARGIN.left),
              right: twip(MARGIN.right),
            },
          },
        },
        children: children(doc, width),
      },
    ],
  });
  return stamped(new Uint8Array(await Packer.toArrayBuffer(document)), when);
}
