/**
 * What ExcelJS reads past in an official's workbook and would silently leave out of the copy it writes, put back
 * into that copy from the official's own package, part by part and verbatim:
 *
 * - defined names it cannot model: constants (`MucTieu` = 0,8), formulas (`OFFSET(…)` lists that a validation
 *   list draws from), names scoped to one sheet (ExcelJS makes them workbook-wide), hidden names and comments;
 * - hyperlinks to a place in the workbook (`location="'Danh mục'!A1"`, no relationship), which ExcelJS drops;
 * - a sheet's protection as Excel wrote it (a legacy `password` hash ExcelJS forgets, leaving the sheet locked
 *   with no password), its "Allow Users to Edit Ranges" (`protectedRanges`) and its ignored error markers.
 *
 * Print areas and print titles are ExcelJS's own (it writes them from each sheet's page setup, the program's
 * sheets included) and are not touched. Only the official's sheets are restored: a sheet of the same name in both
 * packages that the run did not create or replace. Pure bytes in, bytes out (fflate): the CLI and the pane's file
 * mode alike.
 */
import type ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';
import { decodeXmlText, relsPartOf, sheetPartNames } from '../../src/workbook/parts';

/** What was put back, for tests and notes. */
export interface KeptParts {
  definedNames: string[];
  hyperlinks: number;
  protections: string[];
}

const text = (files: Unzipped, name: string) => (files[name] ? strFromU8(files[name]) : '');

/** The names ExcelJS writes itself from the sheets' page setup. */
const EXCELJS_NAMES = /^_xlnm\.(Print_Area|Print_Titles)$/i;

interface Sheets {
  /** Sheet names in tab order (the index is a defined name's localSheetId). */
  order: string[];
  /** Sheet name → its part. */
  parts: Map<string, string>;
}

function sheetsOf(files: Unzipped): Sheets {
  const byPart = sheetPartNames(text(files, 'xl/workbook.xml'), text(files, 'xl/_rels/workbook.xml.rels'));
  const order = [...byPart.values()];
  return { order, parts: new Map([...byPart].map(([part, name]) => [name, part])) };
}

interface DefinedName {
  name: string;
  localSheetId?: number;
  /** The element as the official's package has it, prefix removed. */
  xml: string;
}

function definedNames(workbookXml: string): DefinedName[] {
  const block = /<(\w+:)?definedNames\b[^>]*>([\s\S]*?)<\/(\w+:)?definedNames>/.exec(workbookXml)?.[2] ?? '';
  const out: DefinedName[] = [];
  for (const m of block.matchAll(/<(\w+:)?definedName\b([^>]*?)(\/>|>([\s\S]*?)<\/(\w+:)?definedName>)/g)) {
    const attrs = m[2];
    const name = decodeXmlText(/\bname\s*=\s*"([^"]*)"/.exec(attrs)?.[1] ?? '');
    const local = /\blocalSheetId\s*=\s*"(\d+)"/.exec(attrs)?.[1];
    out.push({
      name,
      localSheetId: local === undefined ? undefined : Number(local),
      xml: `<definedName${attrs}>${m[4] ?? ''}</definedName>`,
    });
  }
  return out;
}

/** The defined names of the official's package, in place of ExcelJS's version of them (its print names kept). */
function keepDefinedNames(input: Unzipped, output: Unzipped, from: Sheets, to: Sheets): string[] {
  const theirs = definedNames(text(input, 'xl/workbook.xml')).filter((n) => !EXCELJS_NAMES.test(n.name));
  if (!theirs.length) return [];
  let book = text(output, 'xl/workbook.xml');
  const kept = definedNames(book).filter((n) => EXCELJS_NAMES.test(n.name));
  const restored: string[] = [];
  const moved: string[] = [];
  for (const n of theirs) {
    if (n.localSheetId === undefined) {
      moved.push(n.xml);
      restored.push(n.name);
      continue;
    }
    // a name scoped to one sheet follows that sheet to its place among the copy's tabs
    const index = to.order.indexOf(from.order[n.localSheetId] ?? '\u0000');
    if (index < 0) continue;
    moved.push(n.xml.replace(/\blocalSheetId\s*=\s*"\d+"/, `localSheetId="${index}"`));
    restored.push(n.name);
  }
  const all = `<definedNames>${[...moved, ...kept.map((n) => n.xml)].join('')}</definedNames>`;
  book = /<definedNames\b[\s\S]*?<\/definedNames>|<definedNames\/>/.test(book)
    ? book.replace(/<definedNames\b[\s\S]*?<\/definedNames>|<definedNames\/>/, all)
    : book.replace(
        /(<calcPr\b|<oleSize\b|<customWorkbookViews\b|<pivotCaches\b|<extLst\b|<\/workbook>)/,
        `${all}$1`,
      );
  output['xl/workbook.xml'] = strToU8(book);
  return restored;
}

/** Elements of CT_Worksheet, in the order the schema requires them. */
const SHEET_ORDER = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

/** One element of a sheet part (self-closing or not), prefix and all, or undefined. */
function element(xml: string, tag: string): string | undefined {
  const re = new RegExp(`<(\\w+:)?${tag}\\b[^>]*?(\\/>|>[\\s\\S]*?<\\/(\\w+:)?${tag}>)`);
  return re.exec(xml)?.[0];
}

/** The element with its namespace prefix dropped (the official's package may spell them `x:`). */
const unprefixed = (xml: string) => xml.replace(/<(\/?)\w+:(\w+)/g, '<$1$2');

/** Puts `xml` (an element named `tag`) into a sheet part where the schema wants it, replacing one already there. */
function place(sheet: string, tag: string, xml: string): string {
  const existing = element(sheet, tag);
  if (existing) return sheet.replace(existing, () => xml);
  const later = SHEET_ORDER.slice(SHEET_ORDER.indexOf(tag) + 1);
  let at = sheet.lastIndexOf('</worksheet>');
  for (const next of later) {
    const i = sheet.search(new RegExp(`<${next}\\b`));
    if (i >= 0 && i < at) at = i;
  }
  return at < 0 ? sheet : `${sheet.slice(0, at)}${xml}${sheet.slice(at)}`;
}

/** Hyperlinks to a place in the workbook (no relationship), as the official's sheet has them. */
function internalLinks(sheet: string): { ref: string; xml: string }[] {
  const block = element(sheet, 'hyperlinks');
  if (!block) return [];
  const out: { ref: string; xml: string }[] = [];
  for (const m of block.matchAll(/<(\w+:)?hyperlink\b([^>]*?)\/?>/g)) {
    const attrs = m[2];
    if (/\br:id\s*=|\b\w+:id\s*=/.test(attrs) || !/\blocation\s*=/.test(attrs)) continue;
    const ref = /\bref\s*=\s*"([^"]*)"/.exec(attrs)?.[1];
    if (ref) out.push({ ref, xml: `<hyperlink${attrs.replace(/\s*$/, '')}/>` });
  }
  return out;
}

function keepSheet(theirs: string, ours: string, counts: { links: number; protection: boolean }): string {
  let sheet = ours;
  const links = internalLinks(theirs);
  if (links.length) {
    const present = element(sheet, 'hyperlinks');
    const refs = new Set(
      [...(present ?? '').matchAll(/\bref\s*=\s*"([^"]*)"/g)].map((m) => m[1].toUpperCase()),
    );
    const missing = links.filter((l) => !refs.has(l.ref.toUpperCase()));
    if (missing.length) {
      const inner = present
        ? present.replace(/^<hyperlinks\b[^>]*>|<\/hyperlinks>$|^<hyperlinks\/>$/g, '')
        : '';
      sheet = place(
        sheet,
        'hyperlinks',
        `<hyperlinks>${inner}${missing.map((l) => l.xml).join('')}</hyperlinks>`,
      );
      counts.links += missing.length;
    }
  }
  const protection = element(theirs, 'sheetProtection');
  if (protection && element(sheet, 'sheetProtection')) {
    const xml = unprefixed(protection);
    if (xml !== element(sheet, 'sheetProtection')) {
      sheet = place(sheet, 'sheetProtection', xml);
      counts.protection = true;
    }
  }
  for (const tag of ['protectedRanges', 'ignoredErrors']) {
    const xml = element(theirs, tag);
    if (xml && !element(sheet, tag)) {
      sheet = place(sheet, tag, unprefixed(xml));
      counts.protection ||= tag === 'protectedRanges';
    }
  }
  return sheet;
}

/**
 * The copy ExcelJS wrote (`output`), with what it left out of the official's package (`input`) put back.
 * `ownSheets`: the sheets the run created or replaced (never restored). The copy is returned as it was when
 * nothing is missing or either package cannot be read.
 */
export function keepOfficialParts(
  input: Uint8Array,
  output: Uint8Array,
  ownSheets: readonly string[] = [],
): { bytes: Uint8Array; kept: KeptParts } {
  const kept: KeptParts = { definedNames: [], hyperlinks: 0, protections: [] };
  let from: Unzipped;
  let to: Unzipped;
  try {
    const wanted = (name: string) =>
      /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|worksheets\/[^/]+\.xml)$/i.test(
        name.replace(/^\//, ''),
      );
    from = unzipSync(input, { filter: (f) => wanted(f.name) });
    to = unzipSync(output);
  } catch {
    return { bytes: output, kept };
  }
  const fromSheets = sheetsOf(from);
  const toSheets = sheetsOf(to);
  kept.definedNames = keepDefinedNames(from, to, fromSheets, toSheets);
  const own = new Set(ownSheets.map((s) => s.toLowerCase()));
  for (const [name, part] of fromSheets.parts) {
    const target = toSheets.parts.get(name);
    if (!target || own.has(name.toLowerCase()) || !to[target]) continue;
    const counts = { links: 0, protection: false };
    const before = text(to, target);
    const after = keepSheet(text(from, part), before, counts);
    if (after === before) continue;
    to[target] = strToU8(after);
    kept.hyperlinks += counts.links;
    if (counts.protection) kept.protections.push(name);
  }
  if (!kept.definedNames.length && !kept.hyperlinks && !kept.protections.length)
    return { bytes: output, kept };
  return { bytes: zipSync(to), kept };
}

/** A run of a note's text with the font Excel gave it (the author's name in bold, as Excel writes it). */
function noteRuns(textXml: string): ExcelJS.RichText[] {
  const runs: ExcelJS.RichText[] = [];
  const plain = (xml: string) =>
    [...xml.matchAll(/<(\w+:)?t\b[^>]*>([\s\S]*?)<\/(\w+:)?t>/g)].map((m) => decodeXmlText(m[2])).join('');
  const rich = [...textXml.matchAll(/<(\w+:)?r>([\s\S]*?)<\/(\w+:)?r>/g)];
  if (!rich.length) return [{ text: plain(textXml) }];
  for (const [, , run] of rich) {
    const props = /<(\w+:)?rPr>([\s\S]*?)<\/(\w+:)?rPr>/.exec(run)?.[2] ?? '';
    const font: Partial<ExcelJS.Font> = {};
    if (/<(\w+:)?b\b(?![^>]*val="(0|false)")/.test(props)) font.bold = true;
    if (/<(\w+:)?i\b(?![^>]*val="(0|false)")/.test(props)) font.italic = true;
    const size = /<(\w+:)?sz\b[^>]*val="([\d.]+)"/.exec(props)?.[2];
    if (size) font.size = Number(size);
    const name = /<(\w+:)?rFont\b[^>]*val="([^"]*)"/.exec(props)?.[2];
    if (name) font.name = decodeXmlText(name);
    const color = /<(\w+:)?color\b[^>]*rgb="([0-9A-Fa-f]{8})"/.exec(props)?.[2];
    if (color) font.color = { argb: color.toUpperCase() };
    runs.push({
      font: font as ExcelJS.Font,
      text: plain(run.replace(/<(\w+:)?rPr>[\s\S]*?<\/(\w+:)?rPr>/, '')),
    });
  }
  return runs;
}

/** "AB12" → [row, column], 1-based; undefined for anything else. */
function cellAt(ref: string): [number, number] | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(ref.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]), col];
}

/**
 * Notes (comments, "Chèn ghi chú") on cells that hold nothing: Excel writes no cell for them, and ExcelJS attaches a
 * note only to a cell it read, so without this they would be gone from every copy it writes. Put on the workbook
 * ExcelJS loaded from `bytes`, with their text and its fonts; returns how many were put back.
 */
export function keepNotesOnEmptyCells(wb: ExcelJS.Workbook, bytes: Uint8Array): number {
  let files: Unzipped;
  try {
    files = unzipSync(bytes, {
      filter: (f) =>
        /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|worksheets\/_rels\/[^/]+\.rels|comments[^/]*\.xml|[^/]+\/comments[^/]*\.xml)$/i.test(
          f.name.replace(/^\//, ''),
        ),
    });
  } catch {
    return 0;
  }
  let restored = 0;
  const { parts } = sheetsOf(files);
  for (const [name, part] of parts) {
    const rels = text(files, relsPartOf(part));
    const target = /<(?:\w+:)?Relationship\b[^>]*Type="[^"]*\/comments"[^>]*>/.exec(rels)?.[0];
    const href = target && /Target="([^"]*)"/.exec(target)?.[1];
    if (!href) continue;
    const folder = part.slice(0, part.lastIndexOf('/') + 1);
    const path: string[] = [];
    for (const p of (href.startsWith('/') ? href.slice(1) : folder + href).split('/'))
      if (p === '..') path.pop();
      else if (p !== '.' && p !== '') path.push(p);
    const xml = text(files, path.join('/'));
    const ws = wb.getWorksheet(name);
    if (!xml || !ws) continue;
    for (const m of xml.matchAll(/<(\w+:)?comment\b([^>]*)>([\s\S]*?)<\/(\w+:)?comment>/g)) {
      const at = cellAt(decodeXmlText(/\bref\s*=\s*"([^"]*)"/.exec(m[2])?.[1] ?? ''));
      if (!at) continue;
      if (ws.findRow(at[0])?.findCell(at[1])?.note !== undefined) continue;
      const body = /<(\w+:)?text>([\s\S]*?)<\/(\w+:)?text>/.exec(m[3])?.[2] ?? '';
      ws.getCell(at[0], at[1]).note = { texts: noteRuns(body) };
      restored++;
    }
  }
  return restored;
}
