/**
 * What a workbook holds that ExcelJS does not keep: it reads cells, styles, merges, validations, conditional
 * formats, notes, images, tables, defined names and page setup, and writes back only what it read. Parts it has no
 * model for are gone from any workbook it writes; so are some elements inside the parts it does read (manual page
 * breaks, sparklines, the newer data validations Excel keeps in a sheet's extension list, shapes and text boxes in
 * a drawing). Parts are told from their names; the sheet and drawing parts are searched for those elements (the
 * package is already within the read budget when this runs).
 */
import { strFromU8, unzipSync } from 'fflate';
import { readZipDirectory } from '../../src/workbook/zip';

export type DroppedFeature =
  | 'macros'
  | 'charts'
  | 'pivotTables'
  | 'slicers'
  | 'externalLinks'
  | 'controls'
  | 'embeddedObjects'
  | 'threadedComments'
  | 'dataConnections'
  | 'customProperties'
  | 'workbookProtection'
  | 'pageBreaks'
  | 'sparklines'
  | 'extValidations'
  | 'shapes';

const PARTS: [DroppedFeature, RegExp][] = [
  ['macros', /^xl\/(vbaProject\.bin$|macrosheets\/|dialogsheets\/)/i],
  ['charts', /^xl\/(charts\/chart[^/]*\.xml$|chartsheets\/)/i],
  ['pivotTables', /^xl\/(pivotTables|pivotCache)\//i],
  ['slicers', /^xl\/(slicers|slicerCaches|timelines|timelineCaches)\//i],
  ['externalLinks', /^xl\/externalLinks\//i],
  ['controls', /^xl\/(ctrlProps|activeX)\//i],
  ['embeddedObjects', /^xl\/embeddings\//i],
  ['threadedComments', /^xl\/threadedComments\//i],
  ['dataConnections', /^xl\/(connections\.xml$|queryTables\/)/i],
  ['customProperties', /^docProps\/custom\.xml$/i],
];

const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;
const DRAWING_PART = /^xl\/drawings\/[^/]+\.xml$/i;

/** Elements of a sheet or drawing part ExcelJS reads past and does not write back. */
const ELEMENTS: [DroppedFeature, RegExp, RegExp][] = [
  ['pageBreaks', SHEET_PART, /<(\w+:)?(rowBreaks|colBreaks)\b[^>]*>\s*<(\w+:)?brk\b/],
  ['sparklines', SHEET_PART, /<(\w+:)?sparklineGroup\b/],
  ['extValidations', SHEET_PART, /<\w+:dataValidations\b[^>]*>\s*<\w+:dataValidation\b/],
  ['shapes', DRAWING_PART, /<(\w+:)?(sp|cxnSp|grpSp)\b/],
];

/** One part's text, or '' when it is missing or cannot be inflated. */
function partText(bytes: Uint8Array, name: string): string {
  try {
    const [xml] = Object.values(unzipSync(bytes, { filter: (f) => f.name.replace(/^\//, '') === name }));
    return xml ? strFromU8(xml) : '';
  } catch {
    return '';
  }
}

const workbookXml = (bytes: Uint8Array) => partText(bytes, 'xl/workbook.xml');

/** The features of the package that a workbook written by ExcelJS will not have, in a fixed order. */
export function droppedFeatures(bytes: Uint8Array): DroppedFeature[] {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return [];
  const names = directory.entries.map((e) => e.name.replace(/^\//, ''));
  const found = PARTS.filter(([, re]) => names.some((n) => re.test(n))).map(([feature]) => feature);
  // The workbook part is small and already within the read budget when this runs.
  if (/<(\w+:)?workbookProtection\b/.test(workbookXml(bytes))) found.push('workbookProtection');
  const inside = new Set<DroppedFeature>();
  for (const name of names) {
    const wanted = ELEMENTS.filter(([feature, part]) => !inside.has(feature) && part.test(name));
    if (!wanted.length) continue;
    const xml = partText(bytes, name);
    for (const [feature, , element] of wanted) if (element.test(xml)) inside.add(feature);
  }
  found.push(...ELEMENTS.map(([feature]) => feature).filter((feature) => inside.has(feature)));
  return found;
}
