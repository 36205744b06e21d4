import type { UnitInput } from '../engine/types';
import type { Plan } from '../plan/schema';
import {
  HIGH_CONFIDENCE,
  lineName,
  mappingTargets,
  reasonsText,
  type ColumnMapping,
  type MappingTarget,
  type TargetInfo,
} from '../sheet/mapping';
import { mappedValueColumns } from './resolve';

/** Something the plan reads that no column of the sheet feeds. */
export interface NotMapped {
  target: MappingTarget;
  /** "tiêu chí 8", "chỉ tiêu a.2", "dữ kiện "…" năm 2021". */
  label: string;
  labelEn: string;
  /** The plan's own title (and English title), for lists the official reads. */
  title: string;
  titleEn?: string;
  /** The blocks it applies to (a target's or fact's appliesTo); every block when absent. */
  blocks?: string[];
}

/**
 * A column the proposal maps below high confidence, not confirmed by the official: it counts as not mapped for the
 * coverage rule — scoring waits for the official's word (the pane's confirmation, the CLI's --allow-partial).
 */
export interface UncertainColumn {
  index: number;
  /** "cột F" / "column F". */
  line: string;
  lineEn: string;
  header: string;
  target: MappingTarget;
  label: string;
  labelEn: string;
  confidence: number;
  /** Why, in Vietnamese and English. */
  reason: string;
  reasonEn: string;
}

export type CoverageStatus = 'none' | 'partial' | 'complete';

/** How much of the plan a mapping reads: nothing (refused), part of it (needs a confirmation) or all of it. */
export interface Coverage {
  status: CoverageStatus;
  /** Columns feeding a criterion, target (chỉ tiêu) or fact of the plan. */
  mapped: number;
  /** What no column feeds, among what applies to the units read (all of it when no units are known). */
  notMapped: NotMapped[];
  /** Columns mapped below high confidence and not confirmed: read only once the official says so. */
  uncertain?: UncertainColumn[];
}

function blocksOf(plan: Plan, target: MappingTarget): string[] | undefined {
  if (target.kind === 'target') return plan.targets?.find((t) => t.id === target.id)?.appliesTo;
  if (target.kind === 'fact') {
    const id = target.id.replace(/_\d{4}$/, '');
    return (plan.facts.find((f) => f.id === target.id) ?? plan.facts.find((f) => f.id === id))?.appliesTo;
  }
  return undefined;
}

/** Facts the plan marks optional (required: false) are not missed; criteria and targets always are. */
function isExpected(plan: Plan, info: TargetInfo): boolean {
  const { target } = info;
  if (target.kind === 'unitField') return false;
  if (target.kind !== 'fact') return true;
  const fact =
    plan.facts.find((f) => f.id === target.id) ??
    plan.facts.find((f) => f.id === target.id.replace(/_\d{4}$/, ''));
  return fact?.required !== false;
}

/** Whether an unmapped item concerns a unit of this block (every block when it names none). */
export function appliesToBlock(item: NotMapped, block: string | undefined): boolean {
  return !item.blocks || (block !== undefined && item.blocks.includes(block));
}

/**
 * The coverage rule: no column feeding a criterion, target or fact of the plan is "none" (scoring is refused);
 * some criteria, targets or required facts (a per-year fact year by year) fed by no column, or a column mapped below
 * high confidence that the official has not confirmed, is "partial" (scored only once the official confirms, and
 * every unit's result names what was not read); otherwise "complete". With `units`, an item that applies only to
 * blocks none of them is in does not count.
 */
export function mappingCoverage(mapping: ColumnMapping, plan: Plan, units?: readonly UnitInput[]): Coverage {
  const used = new Set(
    mapping.columns.filter((c) => c.target).map((c) => `${c.target?.kind}:${c.target?.id}`),
  );
  const blocks = units?.length ? new Set(units.map((u) => u.block)) : undefined;
  const notMapped: NotMapped[] = [];
  for (const info of mappingTargets(plan)) {
    if (used.has(`${info.target.kind}:${info.target.id}`) || !isExpected(plan, info)) continue;
    const item: NotMapped = {
      target: info.target,
      label: info.label,
      labelEn: info.labelEn,
      title: info.shown.title,
      ...(info.shown.titleEn ? { titleEn: info.shown.titleEn } : {}),
    };
    const applies = blocksOf(plan, info.target);
    if (applies) item.blocks = applies;
    if (blocks && ![...blocks].some((b) => appliesToBlock(item, b))) continue;
    notMapped.push(item);
  }
  const uncertain = uncertainColumns(mapping, plan, blocks);
  const mapped = mappedValueColumns(mapping, plan);
  const status = mapped === 0 ? 'none' : notMapped.length || uncertain.length ? 'partial' : 'complete';
  return { status, mapped, notMapped, uncertain };
}

/** The mapped columns below high confidence the official has not confirmed (for what applies to these blocks). */
export function uncertainColumns(
  mapping: ColumnMapping,
  plan: Plan,
  blocks?: Set<string | undefined>,
): UncertainColumn[] {
  const known = new Map(mappingTargets(plan).map((t) => [`${t.target.kind}:${t.target.id}`, t]));
  const out: UncertainColumn[] = [];
  for (const c of mapping.columns) {
    if (!c.target || c.confirmed || c.confidence >= HIGH_CONFIDENCE) continue;
    const info = known.get(`${c.target.kind}:${c.target.id}`);
    if (!info) continue;
    const applies = blocksOf(plan, info.target);
    if (applies && blocks && ![...blocks].some((b) => b !== undefined && applies.includes(b))) continue;
    out.push({
      index: c.index,
      line: lineName(mapping.orientation, c.index),
      lineEn: lineName(mapping.orientation, c.index, 'en'),
      header: c.header,
      target: c.target,
      label: info.label,
      labelEn: info.labelEn,
      confidence: c.confidence,
      reason: c.reasons?.length ? reasonsText(c.reasons, 'vi') : c.reason,
      reasonEn: c.reasons?.length ? reasonsText(c.reasons, 'en') : c.reason,
    });
  }
  return out;
}
