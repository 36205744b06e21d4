/**
 * What the column-mapping dropdown of step 2 offers: every target the plan's columns can feed (from shared
 * `mappingTargets`), grouped and labelled for a person. Pure, so it is tested without rendering.
 */
import type { Plan } from '@thidua/core';
import {
  lineName,
  mappingTargets,
  type ColumnMapping,
  type MappingTarget,
  type Orientation,
} from '@thidua/core/sheet';
import { t, type StringKey, type UiLang } from './i18n';
import { setColumnTarget } from './workflow';

export interface TargetOption {
  /** The <option> value: "<kind>:<id>". */
  value: string;
  text: string;
  target: MappingTarget;
}

export interface TargetOptionGroup {
  kind: MappingTarget['kind'];
  label: string;
  options: TargetOption[];
}

const GROUPS: { kind: MappingTarget['kind']; label: StringKey }[] = [
  { kind: 'criterion', label: 'groupCriteria' },
  { kind: 'target', label: 'groupTargets' },
  { kind: 'fact', label: 'groupFacts' },
  { kind: 'unitField', label: 'groupUnitFields' },
];

/** Long titles are cut (at a word) so the dropdown stays readable in a narrow pane. */
const SHORT_TITLE = 60;

function shorten(text: string): string {
  const s = text.trim().replace(/\s+/g, ' ');
  if (s.length <= SHORT_TITLE) return s;
  const cut = s.slice(0, SHORT_TITLE - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > SHORT_TITLE / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export function targetValue(target: MappingTarget | null): string {
  return target ? `${target.kind}:${target.id}` : '';
}

/** Every mapping target of the plan, grouped: Tiêu chí, Chỉ tiêu, Dữ kiện, Thông tin đơn vị (empty groups left out). */
export function mappingOptionGroups(plan: Plan, lang: UiLang): TargetOptionGroup[] {
  const options = mappingTargets(plan).map(({ target, shown }): TargetOption => {
    const title = shorten(lang === 'en' && shown.titleEn ? shown.titleEn : shown.title);
    const numbered = shown.number ? `${shown.number}. ${title}` : title;
    return {
      value: targetValue(target),
      // The year first: a narrow pane shows only the start of the chosen option.
      text: shown.year !== undefined ? `${shown.year} — ${numbered}` : numbered,
      target,
    };
  });
  return GROUPS.map(({ kind, label }) => ({
    kind,
    label: t(label, lang),
    options: options.filter((o) => o.target.kind === kind),
  })).filter((g) => g.options.length > 0);
}

/** The target an option value stands for; anything the plan does not offer reads as "not used". */
export function targetFromValue(groups: TargetOptionGroup[], value: string): MappingTarget | null {
  for (const g of groups) {
    const hit = g.options.find((o) => o.value === value);
    if (hit) return hit.target;
  }
  return null;
}

/** The accessible name of a column's dropdown: "Cột F: <header>". */
export function columnLabel(orientation: Orientation, index: number, header: string, lang: UiLang): string {
  const where = lineName(orientation, index, lang);
  return `${where.charAt(0).toUpperCase()}${where.slice(1)}: ${header}`;
}

/**
 * The official picks `target` for column `index`. A target feeds from one column only (the shared mapping rule),
 * so a column that had it becomes unused; the notice says which.
 */
export function chooseTarget(
  mapping: ColumnMapping,
  index: number,
  target: MappingTarget | null,
  groups: TargetOptionGroup[],
  lang: UiLang,
): { mapping: ColumnMapping; notice?: string } {
  const value = targetValue(target);
  const previous = target
    ? mapping.columns.find((c) => c.index !== index && targetValue(c.target) === value)
    : undefined;
  const next = setColumnTarget(mapping, index, target);
  if (!previous) return { mapping: next };
  const text = groups.flatMap((g) => g.options).find((o) => o.value === value)?.text ?? value;
  return {
    mapping: next,
    notice: t('targetMoved', lang, {
      target: text,
      from: lineName(mapping.orientation, previous.index, lang),
      to: lineName(mapping.orientation, index, lang),
    }),
  };
}

/** The official confirms an uncertain column as it is: it now counts whatever its confidence (the coverage rule). */
export function confirmColumn(mapping: ColumnMapping, index: number): ColumnMapping {
  return {
    ...mapping,
    columns: mapping.columns.map((c) =>
      c.index === index && c.target
        ? { ...c, confirmed: true, reasons: [...(c.reasons ?? []), { code: 'user-confirmed' }] }
        : c,
    ),
  };
}

/** The <option> value of a column holding the unit's own figure for `target`: "self:<kind>:<id>". */
export function selfValue(target: MappingTarget): string {
  return `self:${targetValue(target)}`;
}

/**
 * How the mapping step shows a column of the units' own figures ("Tự chấm" beside "Thẩm định"): not scored for the
 * ranking but read as each unit's self-assessment of its criterion, the appraised column named.
 */
export function selfAssessedColumn(
  mapping: ColumnMapping,
  column: ColumnMapping['columns'][number],
  groups: TargetOptionGroup[],
  lang: UiLang,
): { value: string; text: string; why: string } | undefined {
  const of = column.target ? undefined : column.selfOf;
  if (!of) return undefined;
  const value = targetValue(of);
  const shown = groups.flatMap((g) => g.options).find((o) => o.value === value)?.text ?? of.id;
  const appraised = mapping.columns.find((c) => c.index !== column.index && targetValue(c.target) === value);
  return {
    value: selfValue(of),
    text: t('selfTarget', lang, { target: shown }),
    why: t('selfWhy', lang, {
      appraised: appraised ? lineName(mapping.orientation, appraised.index, lang) : shown,
    }),
  };
}
