/**
 * What a workbook holds that ExcelJS does not keep: it reads cells, styles, merges, validations, conditional
 * formats, notes, images, tables, defined names and page setup, and writes back only what it read. Parts it has no
 * model for are gone from any workbook it writes. Told from the package's part names, without inflating anything.
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
  | 'workbookProtection';

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

function workbookXml(bytes: Uint8Array): string {
  try {
    const [xml] = Object.values(
      unzipSync(bytes, { filter: (f) => f.name.replace(/^\//, '') === 'xl/workbook.xml' }),
    );
    return xml ? strFromU8(xml) : '';
  } catch {
    return '';
  }
}

/** The features of the package that a workbook written by ExcelJS will not have, in a fixed order. */
export function droppedFeatures(bytes: Uint8Array): DroppedFeature[] {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return [];
  const names = directory.entries.map((e) => e.name.replace(/^\//, ''));
  const found = PARTS.filter(([, re]) => names.some((n) => re.test(n))).map(([feature]) => feature);
  // The workbook part is small and already within the read budget when this runs.
  if (/<(\w+:)?workbookProtection\b/.test(workbookXml(bytes))) found.push('workbookProtection');
  return found;
}
