/**
 * What a file is, from its content (never from its name): an .xlsx the reader can take, or why not — an old .xls,
 * a password-protected workbook, .xlsb, .ods, a CSV, an HTML page saved as .xls, a damaged package, a Word file…
 * Pure: the first bytes, the zip's central directory, or the compound file's stream names decide.
 */
import { readZipDirectory, storedEntryBytes, type ZipEntry } from './zip';
import { workbookProblem, type WorkbookProblem } from './problems';

export type FileClassification =
  { kind: 'xlsx'; entries: ZipEntry[] } | { kind: 'refused'; problem: WorkbookProblem };

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const PDF = [0x25, 0x50, 0x44, 0x46];
const IMAGES = [
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  [0x47, 0x49, 0x46, 0x38],
];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

const refused = (
  code: WorkbookProblem['code'],
  params: WorkbookProblem['params'] = {},
): FileClassification => ({
  kind: 'refused',
  problem: workbookProblem(code, params),
});

/**
 * Stream and storage names of a compound file (OLE2). Directory entries are 128-byte records aligned on sector
 * boundaries: a UTF-16LE name (at most 31 characters and its terminator), its byte length, and a type (1 storage,
 * 2 stream, 5 root). Every aligned record that has that shape is taken, so no FAT chain needs to be followed.
 */
export function compoundFileNames(bytes: Uint8Array): Set<string> {
  const names = new Set<string>();
  if (bytes.length < 512) return names;
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = v.getUint16(0x1e, true);
  const sector = shift === 12 ? 4096 : 512;
  for (let at = sector; at + 128 <= bytes.length; at += 128) {
    const length = v.getUint16(at + 64, true);
    const type = bytes[at + 66];
    if (length < 4 || length > 64 || length % 2 || (type !== 1 && type !== 2 && type !== 5)) continue;
    if (v.getUint16(at + length - 2, true) !== 0) continue;
    let name = '';
    let printable = true;
    for (let k = 0; k < length - 2; k += 2) {
      const code = v.getUint16(at + k, true);
      if (code === 0) {
        printable = false;
        break;
      }
      name += String.fromCharCode(code);
    }
    if (printable) names.add(name);
  }
  return names;
}

function classifyCompoundFile(bytes: Uint8Array): FileClassification {
  const names = compoundFileNames(bytes);
  if (names.has('EncryptedPackage') || names.has('EncryptionInfo')) return refused('encrypted');
  if (names.has('Workbook') || names.has('Book')) return refused('xls');
  if (names.has('WordDocument')) return refused('other-document', { kind: 'doc' });
  if (names.has('PowerPoint Document')) return refused('other-document', { kind: 'ppt' });
  return refused('other-document', { kind: 'ole' });
}

const ODF_KINDS: Record<string, FileClassification> = {
  'application/vnd.oasis.opendocument.spreadsheet': refused('ods'),
  'application/vnd.oasis.opendocument.spreadsheet-template': refused('ods'),
  'application/vnd.oasis.opendocument.text': refused('other-document', { kind: 'odt' }),
  'application/vnd.oasis.opendocument.presentation': refused('other-document', { kind: 'odp' }),
};

function classifyZip(bytes: Uint8Array, maxParts: number): FileClassification {
  const directory = readZipDirectory(bytes, maxParts);
  if (!directory.ok) {
    if (directory.reason === 'too-many-entries')
      return refused('too-many-parts', { parts: directory.entries ?? 0, limit: maxParts });
    return refused('damaged');
  }
  const byName = new Map(directory.entries.map((e) => [e.name.replace(/^\//, ''), e]));
  if (byName.has('xl/workbook.xml')) return { kind: 'xlsx', entries: directory.entries };
  if (byName.has('xl/workbook.bin')) return refused('xlsb');
  const mimetype = byName.get('mimetype');
  if (mimetype) {
    const stored = storedEntryBytes(bytes, mimetype, 200);
    const type = stored ? new TextDecoder('utf-8').decode(stored).trim() : '';
    const kind = ODF_KINDS[type];
    if (kind) return kind;
    if (!stored && byName.has('content.xml')) return refused('ods');
  }
  if (byName.has('word/document.xml')) return refused('other-document', { kind: 'docx' });
  if (byName.has('ppt/presentation.xml')) return refused('other-document', { kind: 'pptx' });
  return refused('other-document', { kind: 'zip' });
}

/**
 * Decoded start of a file that looks like text, in any 8-bit code page (a CSV saved as Windows-1258 or TCVN3 is
 * still text) or UTF-16 with its byte-order mark: no NUL byte and almost no control bytes.
 */
function textStart(bytes: Uint8Array): string | undefined {
  const head = bytes.subarray(0, 4096);
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le').decode(head.subarray(2));
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be').decode(head.subarray(2));
  let control = 0;
  for (const b of head) {
    if (b === 0) return undefined;
    if ((b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) || b === 0x7f) control++;
  }
  if (control > head.length / 100) return undefined;
  return new TextDecoder('utf-8').decode(head).replace(/^\uFEFF/, '');
}

function classifyText(text: string): FileClassification {
  const start = text.trimStart().slice(0, 2048).toLowerCase();
  if (start.startsWith('<')) {
    if (start.includes('urn:schemas-microsoft-com:office:spreadsheet')) return refused('xml-2003');
    if (start.includes('<html') || start.includes('<table') || start.includes('<!doctype html'))
      return refused('html');
    return refused('unknown-file');
  }
  return refused('csv');
}

export function classifyWorkbookFile(
  bytes: Uint8Array,
  opts: { maxParts?: number } = {},
): FileClassification {
  if (bytes.length === 0) return refused('empty-file');
  if (startsWith(bytes, ZIP_LOCAL) || startsWith(bytes, ZIP_EMPTY))
    return classifyZip(bytes, opts.maxParts ?? Number.MAX_SAFE_INTEGER);
  if (startsWith(bytes, OLE2)) return classifyCompoundFile(bytes);
  if (startsWith(bytes, PDF)) return refused('other-document', { kind: 'pdf' });
  if (IMAGES.some((magic) => startsWith(bytes, magic))) return refused('other-document', { kind: 'image' });
  const text = textStart(bytes);
  return text === undefined ? refused('unknown-file') : classifyText(text);
}
