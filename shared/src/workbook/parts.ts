/**
 * The few facts the pre-scan needs from a package's small XML parts: which part is which sheet (so a refusal names
 * the sheet as the official sees it) and the ranges the workbook's defined names cover.
 */
import { referenceArea, type CoveredRange } from './xml-scan';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] !== '#') return ENTITIES[e];
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    out[m[1]] = decodeXmlText(m[2] ?? m[3]);
  return out;
}

/** "worksheets/sheet1.xml" relative to "xl/" (or "/xl/worksheets/sheet1.xml") → "xl/worksheets/sheet1.xml". */
function resolvePart(target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `xl/${target}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** The rels part of a part: "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * The parts a part's rels point at, as package paths: a target is relative to the part's own folder
 * ("../drawings/drawing1.xml" from "xl/worksheets/sheet1.xml" is "xl/drawings/drawing1.xml") or absolute ("/xl/…");
 * links outside the package (TargetMode="External": a hyperlink, another workbook) are left out.
 */
export function relTargets(part: string, relsXml: string): string[] {
  const folder = part.slice(0, part.lastIndexOf('/') + 1);
  const out: string[] = [];
  for (const m of relsXml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const a = attributes(m[1]);
    if (!a.Target || /^external$/i.test(a.TargetMode ?? '')) continue;
    const path: string[] = [];
    for (const p of (a.Target.startsWith('/') ? a.Target.slice(1) : folder + a.Target).split('/')) {
      if (p === '..') path.pop();
      else if (p !== '.' && p !== '') path.push(p);
    }
    out.push(path.join('/'));
  }
  return out;
}

/** Part path → sheet name, from xl/workbook.xml and xl/_rels/workbook.xml.rels. */
export function sheetPartNames(workbookXml: string, relsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const a = attributes(m[1]);
    if (a.Id && a.Target) targets.set(a.Id, resolvePart(a.Target));
  }
  const names = new Map<string, string>();
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const a = attributes(m[1]);
    const id = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1];
    const part = id ? targets.get(id) : undefined;
    if (part && a.name !== undefined) names.set(part, a.name);
  }
  return names;
}

/** The ranges the workbook's defined names point at (the library expands each into one entry per cell). */
export function definedNameRanges(workbookXml: string): CoveredRange[] {
  const out: CoveredRange[] = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?definedName\b([^>]*)>([^<]*)</g)) {
    const name = attributes(m[1]).name ?? '';
    for (const piece of decodeXmlText(m[2]).split(',')) {
      const range = piece.slice(piece.lastIndexOf('!') + 1).trim();
      // The library expands only absolute cell references ("$A$1:$C$9"); "$A:$A" stays a name.
      const area = /^\$[A-Z]{1,3}\$\d+(?::\$[A-Z]{1,3}\$\d+)?$/.test(range) ? referenceArea(range) : 0;
      if (area) out.push({ kind: 'name', name, range: piece.trim(), area });
    }
  }
  return out;
}
