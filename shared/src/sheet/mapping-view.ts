/**
 * The mapping as the official reviews it, one row per column: its letter, its full title (with its groups), its
 * first values, the target proposed with its confidence and why. The pane's mapping step and the CLI's
 * `--show-mapping` table are both drawn from these rows.
 */
import type { Plan } from '../plan/schema';
import type { TableLayout } from './detect';
import { sampleValues } from './evidence';
import { HIGH_CONFIDENCE, lineName, mappingTargets, type ColumnMapping, type MappingTarget } from './mapping';
import { reasonsText } from './mapping-reasons';
import type { SheetModel } from './model';

export type MappingLevel = 'confirmed' | 'high' | 'uncertain' | 'none';

export interface MappingRow {
  index: number;
  /** "cột F" / "column F" (or "dòng 7" when units run across). */
  line: string;
  title: string;
  samples: string[];
  target: MappingTarget | null;
  /** "Tiêu chí 8 — Tỷ lệ hồ sơ giải quyết trực tuyến…", in the official's language. */
  targetText?: string;
  confidence: number;
  level: MappingLevel;
  why: string;
}

/** How sure a mapped column is: the official's word, high (≥ 0.8), or uncertain (needs a look); none if unmapped. */
export function mappingLevel(column: ColumnMapping['columns'][number]): MappingLevel {
  if (!column.target) return 'none';
  if (column.confirmed) return 'confirmed';
  return column.confidence >= HIGH_CONFIDENCE ? 'high' : 'uncertain';
}

export function mappingRows(
  sheet: SheetModel,
  mapping: ColumnMapping,
  plan: Plan,
  lang: 'vi' | 'en',
  layout?: Pick<TableLayout, 'headers' | 'skipped'>,
): MappingRow[] {
  const infos = new Map(mappingTargets(plan).map((t) => [`${t.target.kind}:${t.target.id}`, t]));
  const titles = new Map((layout?.headers ?? []).map((h) => [h.index, h.text]));
  const range = {
    orientation: mapping.orientation,
    dataStart: mapping.dataStart,
    dataEnd: mapping.dataEnd,
    skipped: layout?.skipped,
  };
  return mapping.columns.map((c) => {
    const info = c.target ? infos.get(`${c.target.kind}:${c.target.id}`) : undefined;
    let targetText: string | undefined;
    if (info) {
      const what = lang === 'en' ? info.labelEn : info.label;
      const title = lang === 'en' ? (info.shown.titleEn ?? info.shown.title) : info.shown.title;
      const head = what.charAt(0).toUpperCase() + what.slice(1);
      targetText = what.includes('"') ? head : `${head} — ${title}`;
    } else if (c.target) targetText = c.target.id;
    return {
      index: c.index,
      line: lineName(mapping.orientation, c.index, lang),
      title: titles.get(c.index) || c.header,
      samples: sampleValues(sheet, range, c.index, 3, lang),
      target: c.target,
      ...(targetText ? { targetText } : {}),
      confidence: c.confidence,
      level: mappingLevel(c),
      why: c.reasons?.length ? reasonsText(c.reasons, lang) : c.reason,
    };
  });
}
