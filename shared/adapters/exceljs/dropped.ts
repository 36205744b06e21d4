/**
 * What a workbook holds that ExcelJS does not keep: it reads cells, styles, merges, validations, conditional
 * formats, notes, images, tables, defined names and page setup, and writes back only what it read. Parts it has no
 * model for are gone from any workbook it writes; so are some elements inside the parts it does read (manual page
 * breaks, sparklines, the newer data validations Excel keeps in a sheet's extension list, shapes and text boxes in
 * a drawing). Parts are told from their names; the sheet and drawing parts are searched for those elements (the
 * package is already within the read budget when this runs). Each is told with the sheets it is on, found by
 * following the package's relationships from every sheet (a chart in a drawing of a sheet, a pivot table of a
 * sheet, a chart sheet itself), so the official knows where to look in the copy.
 */
import { strFromU8, unzipSync } from 'fflate';
import { readZipDirectory } from '../../src/workbook/zip';
import { relsPartOf, relTargets, sheetPartNames } from '../../src/workbook/parts';

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
  | 'shapes'
  | 'headerFooterPictures'
  | 'customViews';

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
  // a logo or picture in the printed header or footer (Page Layout → Header & Footer → Picture)
  ['headerFooterPictures', SHEET_PART, /<(\w+:)?legacyDrawingHF\b/],
  // View → Custom Views, saved per sheet (and listed in the workbook)
  ['customViews', SHEET_PART, /<(\w+:)?customSheetView\b/],
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

/** A feature the written copy will not have, with the sheets it is on (empty when it belongs to the workbook). */
export interface DroppedPart {
  feature: DroppedFeature;
  /** Sheet names as the tabs show them, in the workbook's order; [] for a workbook-wide part (macros, links). */
  sheets: string[];
}

/** The rels parts of the package, inflated in one pass (they are a few hundred bytes each). */
function relsTexts(bytes: Uint8Array): Map<string, string> {
  try {
    const files = unzipSync(bytes, { filter: (f) => /(^|\/)_rels\/[^/]+\.rels$/i.test(f.name) });
    return new Map(Object.entries(files).map(([name, data]) => [name.replace(/^\//, ''), strFromU8(data)]));
  } catch {
    return new Map();
  }
}

/**
 * Part path → the sheets it belongs to: every sheet part (worksheet, chart sheet, macro sheet) owns itself and
 * whatever its relationships reach, followed part by part (sheet → drawing → chart, sheet → pivot table → cache).
 */
function partOwners(
  bytes: Uint8Array,
  workbook: string,
): { owners: Map<string, Set<string>>; order: string[] } {
  const rels = relsTexts(bytes);
  const sheets = sheetPartNames(workbook, rels.get('xl/_rels/workbook.xml.rels') ?? '');
  const owners = new Map<string, Set<string>>();
  for (const [sheetPart, name] of sheets) {
    const queue = [sheetPart];
    const seen = new Set(queue);
    while (queue.length) {
      const part = queue.shift() as string;
      const set = owners.get(part) ?? new Set<string>();
      set.add(name);
      owners.set(part, set);
      for (const next of relTargets(part, rels.get(relsPartOf(part)) ?? ''))
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
    }
  }
  return { owners, order: [...sheets.values()] };
}

/** The features of the package that a workbook written by ExcelJS will not have, in a fixed order. */
export function droppedFeatures(bytes: Uint8Array): DroppedFeature[] {
  return droppedParts(bytes).map((p) => p.feature);
}

/** The same, each with the sheets it is on. */
export function droppedParts(bytes: Uint8Array): DroppedPart[] {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return [];
  const names = directory.entries.map((e) => e.name.replace(/^\//, ''));
  // The workbook part is small and already within the read budget when this runs.
  const workbook = workbookXml(bytes);
  const parts = new Map<DroppedFeature, string[]>();
  for (const [feature, re] of PARTS) {
    const matched = names.filter((n) => re.test(n));
    if (matched.length) parts.set(feature, matched);
  }
  if (/<(\w+:)?workbookProtection\b/.test(workbook)) parts.set('workbookProtection', []);
  const inside = new Map<DroppedFeature, string[]>();
  for (const name of names) {
    const wanted = ELEMENTS.filter(([, part]) => part.test(name));
    if (!wanted.length) continue;
    const xml = partText(bytes, name);
    for (const [feature, , element] of wanted)
      if (element.test(xml)) inside.set(feature, [...(inside.get(feature) ?? []), name]);
  }
  for (const [feature] of ELEMENTS) {
    const found = inside.get(feature);
    if (found) parts.set(feature, found);
  }
  if (!parts.has('customViews') && /<(\w+:)?customWorkbookView\b/.test(workbook))
    parts.set('customViews', []);
  if (!parts.size) return [];
  const { owners, order } = partOwners(bytes, workbook);
  return [...parts].map(([feature, found]) => {
    const on = new Set(found.flatMap((part) => [...(owners.get(part) ?? [])]));
    return { feature, sheets: order.filter((sheet) => on.has(sheet)) };
  });
}
