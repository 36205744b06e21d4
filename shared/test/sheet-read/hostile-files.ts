/**
 * Hostile and foreign files, built inside the tests (nothing big is stored in the repo): minimal .xlsx packages
 * written with fflate's streaming zip, so a 300 MB sheet never exists in memory, and hand-made OLE2, ODS, XLSB,
 * DOCX and CSV files for the file-type checks.
 */
import { strToU8, Zip, ZipDeflate, ZipPassThrough, zipSync } from 'fflate';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

function workbookXml(sheetName: string, definedNames: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets>${definedNames}</workbook>`;
}

const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`;

/** A one-sheet .xlsx whose sheet XML is `<sheetData>` + the chunks + `</sheetData>` + tail, streamed into the zip. */
export function streamedXlsx(
  sheetName: string,
  body: Iterable<string>,
  tail = '',
  definedNames = '',
): Uint8Array {
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else out.push(chunk);
  });
  const small = (name: string, text: string) => {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    file.push(strToU8(text), true);
  };
  small('[Content_Types].xml', CONTENT_TYPES);
  small('_rels/.rels', ROOT_RELS);
  small('xl/workbook.xml', workbookXml(sheetName, definedNames));
  small('xl/_rels/workbook.xml.rels', WORKBOOK_RELS);
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 6 });
  zip.add(sheet);
  sheet.push(strToU8(SHEET_HEAD));
  let pending = '';
  for (const piece of body) {
    pending += piece;
    if (pending.length >= 1 << 20) {
      sheet.push(strToU8(pending));
      pending = '';
    }
  }
  sheet.push(strToU8(`${pending}</sheetData>${tail}</worksheet>`), true);
  zip.end();
  if (failure) throw failure;
  const size = out.reduce((n, c) => n + c.length, 0);
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of out) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

function columnLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** Values only in A1 and XFD1048576: a few KB that spans the whole grid. */
export function cornerCellsXlsx(): Uint8Array {
  return streamedXlsx('Trang1', [
    `<row r="1">${inline('A1', 'Bảng')}</row>`,
    `<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>`,
  ]);
}

/** `rows` rows of one number each: about 47 MB of sheet XML for a million rows, a few MB compressed. */
export function manyRowsXlsx(rows: number): Uint8Array {
  function* body() {
    for (let r = 1; r <= rows; r++) yield `<row r="${r}"><c r="A${r}"><v>1</v></c></row>`;
  }
  return streamedXlsx('Dữ liệu', body());
}

/** A scoring table `cols` columns wide: STT, unit name, then criteria, with three units. */
export function wideXlsx(cols: number): Uint8Array {
  function* body() {
    let header = `<row r="1">${inline('A1', 'STT')}${inline('B1', 'Tên đơn vị')}`;
    for (let c = 2; c < cols; c++) header += inline(`${columnLetters(c)}1`, `Tiêu chí ${c - 1}`);
    yield `${header}</row>`;
    for (let r = 2; r <= 4; r++) {
      let row = `<row r="${r}"><c r="A${r}"><v>${r - 1}</v></c>${inline(`B${r}`, `Xã ${r - 1}`)}`;
      for (let c = 2; c < cols; c++) row += `<c r="${columnLetters(c)}${r}"><v>1</v></c>`;
      yield `${row}</row>`;
    }
  }
  return streamedXlsx('Rộng', body());
}

/** About `megabytes` MB of sheet XML (one repeated comment), compressing to a few hundred KB. */
export function zipBombXlsx(megabytes: number): Uint8Array {
  const block = `<!--${'x'.repeat((1 << 20) - 7)}-->`;
  function* body() {
    yield `<row r="1">${inline('A1', 'Tên đơn vị')}</row>`;
    for (let i = 0; i < megabytes; i++) yield block;
  }
  return streamedXlsx('Bom', body());
}

/** The same zip with the declared uncompressed size of the entries `which` picks rewritten to `declared` (a lie). */
export function withDeclaredSizes(
  zipBytes: Uint8Array,
  declared: number,
  which: (name: string) => boolean = () => true,
): Uint8Array {
  const bytes = zipBytes.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder();
  for (let i = bytes.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) !== 0x06054b50) continue;
    const entries = view.getUint16(i + 10, true);
    let at = view.getUint32(i + 16, true);
    for (let e = 0; e < entries; e++) {
      const nameLength = view.getUint16(at + 28, true);
      if (which(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength))))
        view.setUint32(at + 24, declared, true);
      at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    return bytes;
  }
  throw new Error('no end of central directory');
}

/** A merge over the whole grid: two cells, 17 billion merged positions. */
export function hugeMergeXlsx(): Uint8Array {
  return streamedXlsx(
    'Gộp',
    [`<row r="1">${inline('A1', 'Tiêu đề')}</row>`],
    '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
  );
}

/** `count` data validations, each over a whole column (C2:C1048576, D2:D1048576…). */
export function wholeColumnValidationsXlsx(count: number): Uint8Array {
  let rules = '';
  for (let i = 0; i < count; i++) {
    const col = columnLetters(2 + i);
    rules += `<dataValidation type="list" allowBlank="1" sqref="${col}2:${col}1048576"><formula1>"Có,Không"</formula1></dataValidation>`;
  }
  return streamedXlsx(
    'Xác thực',
    [`<row r="1">${inline('A1', 'Tên đơn vị')}</row>`],
    `<dataValidations count="${count}">${rules}</dataValidations>`,
  );
}

/** A defined name over the whole grid: the library would create an entry per cell. */
export function definedNameBombXlsx(): Uint8Array {
  return streamedXlsx(
    'Tên',
    [`<row r="1">${inline('A1', 'Tên đơn vị')}</row>`],
    '',
    '<definedNames><definedName name="TatCa">\'Tên\'!$A$1:$XFD$1048576</definedName></definedNames>',
  );
}

/** A workbook whose sheet's compressed bytes are overwritten in the middle (a damaged copy). */
export function corruptedXlsx(): Uint8Array {
  function* body() {
    for (let r = 1; r <= 2000; r++) yield `<row r="${r}"><c r="A${r}"><v>${r * 7919}</v></c></row>`;
  }
  const bytes = streamedXlsx('Hỏng', body());
  const marker = strToU8('xl/worksheets/sheet1.xml');
  for (let i = 0; i + 4 < bytes.length; i++) {
    if (bytes[i] !== 0x50 || bytes[i + 1] !== 0x4b || bytes[i + 2] !== 0x03 || bytes[i + 3] !== 0x04)
      continue;
    const nameLength = bytes[i + 26] | (bytes[i + 27] << 8);
    const name = bytes.subarray(i + 30, i + 30 + nameLength);
    if (name.length !== marker.length || !name.every((b, k) => b === marker[k])) continue;
    const data = i + 30 + nameLength + (bytes[i + 28] | (bytes[i + 29] << 8));
    bytes.fill(0xff, data + 40, data + 400);
    return bytes;
  }
  throw new Error('no sheet entry');
}

/* ---------- files of other kinds ---------- */

const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;
const FATSECT = 0xfffffffd;

/** A compound file (OLE2) holding streams of the given names: what .xls, .doc and encrypted .xlsx files are. */
export function compoundFile(streams: string[]): Uint8Array {
  const sector = 512;
  const bytes = new Uint8Array(sector * 3);
  const view = new DataView(bytes.buffer);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  view.setUint16(0x18, 0x003e, true);
  view.setUint16(0x1a, 0x0003, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, 1, true);
  view.setUint32(0x30, 1, true);
  view.setUint32(0x38, 4096, true);
  view.setUint32(0x3c, ENDOFCHAIN, true);
  view.setUint32(0x44, ENDOFCHAIN, true);
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + i * 4, i === 0 ? 0 : FREESECT, true);
  const fat = sector;
  for (let i = 0; i < 128; i++)
    view.setUint32(fat + i * 4, i === 0 ? FATSECT : i === 1 ? ENDOFCHAIN : FREESECT, true);
  const dir = sector * 2;
  ['Root Entry', ...streams].slice(0, 4).forEach((name, i) => {
    const at = dir + i * 128;
    for (let k = 0; k < name.length; k++) view.setUint16(at + k * 2, name.charCodeAt(k), true);
    view.setUint16(at + 64, (name.length + 1) * 2, true);
    bytes[at + 66] = i === 0 ? 5 : 2;
    const last = Math.min(3, streams.length);
    // Siblings as a right-leaning chain under the root: root → 1 → 2 → 3.
    view.setUint32(at + 68, FREESECT, true);
    view.setUint32(at + 72, i > 0 && i < last ? i + 1 : FREESECT, true);
    view.setUint32(at + 76, i === 0 && streams.length ? 1 : FREESECT, true);
    view.setUint32(at + 116, ENDOFCHAIN, true);
  });
  return bytes;
}

export const xlsFile = () => compoundFile(['Workbook', '\u0005SummaryInformation']);
export const encryptedXlsxFile = () =>
  compoundFile(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']);
export const docFile = () => compoundFile(['WordDocument', '1Table']);

export function xlsbFile(): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(ROOT_RELS),
    'xl/workbook.bin': new Uint8Array([0x83, 0x01, 0x00]),
    'xl/worksheets/sheet1.bin': new Uint8Array([0x81, 0x01, 0x00]),
  });
}

/** An OpenDocument package: "mimetype" stored first, as the format requires. */
export function odsFile(mimetype = 'application/vnd.oasis.opendocument.spreadsheet'): Uint8Array {
  const out: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    out.push(chunk);
  });
  const first = new ZipPassThrough('mimetype');
  zip.add(first);
  first.push(strToU8(mimetype), true);
  const content = new ZipDeflate('content.xml');
  zip.add(content);
  content.push(strToU8('<office:document-content/>'), true);
  zip.end();
  const bytes = new Uint8Array(out.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of out) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

export function docxFile(): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(ROOT_RELS),
    'word/document.xml': strToU8('<w:document/>'),
  });
}

export function csvFile(): Uint8Array {
  return strToU8('STT;Tên đơn vị;Tiêu chí 1\n1;Xã Hòa An;80,5%\n2;Xã Tân Bình;75%\n');
}

/** The first half of a real workbook: what an interrupted download or copy leaves. */
export function truncated(bytes: Uint8Array): Uint8Array {
  return bytes.slice(0, Math.floor(bytes.length / 2));
}
