/**
 * Which plan block a sheet's units are in when no column says so: the sheet's title ("… KHỐI XÃ, THỊ TRẤN",
 * "CÁC HUYỆN, THÀNH PHỐ") or name ("Xã", "Cá nhân"), or, for one unit's form, the kind of unit its name says
 * ("Sở …", "UBND xã …"). Group headings inside the table and a block column still come first (extraction).
 */
import type { UnitInput } from '../engine/types';
import type { Plan } from '../plan/schema';
import type { ColumnMapping } from '../sheet/mapping';
import type { SheetModel } from '../sheet/model';
import { blockFromHints, blockHints, formUnitOf } from '../sheet/sheet-hints';
import { isValueHeading, looksLikeUnit } from '../sheet/patterns';
import { makeView, cellText } from '../sheet/grid';
import { normalizeText } from '../values';

export interface SheetBlock {
  block: string;
  /** What named it: a title line, the sheet's name, or the form's unit. */
  text: string;
  source: 'title' | 'sheet' | 'unit';
}

/** The first sheet row of the table: its header (units in rows), or the row of the units' names (in columns). */
export function tableTop(mapping: Pick<ColumnMapping, 'orientation' | 'headerRows' | 'nameIndex'>): number {
  return mapping.orientation === 'rows' ? Math.min(...mapping.headerRows) : mapping.nameIndex;
}

const LEADING = new Set(['ubnd', 'uy', 'ban', 'nhan', 'dan', 'cac', 'khoi', 'cum']);

/** The first word of a name that says what kind of unit it is: "UBND xã Tân Long" → "xa", "Sở Tư pháp" → "so". */
function kindWord(text: string): string | undefined {
  return normalizeText(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .find((w) => w && !LEADING.has(w));
}

/** A form's one unit: the block whose name starts with the same kind of unit ("Sở" → "Sở, ban, ngành…"). */
function blockOfUnitName(name: string, plan: Plan): string | undefined {
  const word = kindWord(name);
  if (!word) return undefined;
  const hits = plan.blocks.filter((b) => kindWord(b.name) === word);
  return hits.length === 1 ? hits[0].id : undefined;
}

/** The block of the sheet's units when the plan has several and the sheet names one; undefined otherwise. */
export function sheetBlock(
  sheet: SheetModel,
  mapping: Pick<ColumnMapping, 'orientation' | 'headerRows' | 'nameIndex' | 'dataStart'>,
  plan: Plan,
): SheetBlock | undefined {
  if (plan.blocks.length < 2) return undefined;
  const top = tableTop(mapping);
  const hints = blockHints(sheet, top);
  // the heading over the units' names ("Phòng, đơn vị", "Xã, phường, thị trấn") names their block too
  if (mapping.orientation === 'rows' && 'nameIndex' in mapping) {
    const view = makeView(sheet, 'rows');
    for (const h of mapping.headerRows) {
      const text = view.label(h, mapping.nameIndex);
      if (text) hints.splice(hints.length - 1, 0, { text, source: 'title' });
    }
  }
  const hinted = blockFromHints(hints, plan);
  if (hinted) return hinted;
  if (mapping.orientation === 'columns') {
    const heading = cellText(makeView(sheet, 'columns').value(mapping.dataStart, mapping.nameIndex));
    if (isValueHeading(heading)) {
      const form = formUnitOf(sheet, top);
      const block = form.source === 'sheet' ? undefined : blockOfUnitName(form.name, plan);
      if (block) return { block, text: form.name, source: 'unit' };
    }
  }
  return undefined;
}

/**
 * Units named as collectives ("Phòng…", "Thanh tra Sở", "Xã…"), none of them a person, in a plan with exactly one
 * block of collectives (the others individuals or households): that block. A plan with several blocks of
 * collectives is never guessed this way.
 */
export function onlyCollectiveBlock(units: readonly UnitInput[], plan: Plan): string | undefined {
  const collectives = plan.blocks.filter((b) => (b.kind ?? 'collective') === 'collective');
  if (plan.blocks.length < 2 || collectives.length !== 1 || !units.length) return undefined;
  return units.every((u) => looksLikeUnit(u.name ?? '')) ? collectives[0].id : undefined;
}

/** Units whose block is still unknown, in a plan with several blocks (never scored as they are). */
export function unitsWithoutBlock(units: readonly UnitInput[], plan: Plan): UnitInput[] {
  if (plan.blocks.length < 2) return [];
  // a block column naming a block the plan lacks is reported at its cell (unknown-block) instead
  return units.filter((u) => !u.block);
}
