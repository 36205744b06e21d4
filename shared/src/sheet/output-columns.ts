import { render, say } from '../messages';
import type { DecisionStatus } from '../api/response-schema';
import type { Plan } from '../plan/schema';
import type { UnitResult } from '../engine/types';
import type { Lang } from '../values';
import { cellAddress, type CellKind, type CellRef, type CellValue } from './model';
import { label } from './write-labels';

/** Where a unit's cells are on the input sheet (as extractUnits reports them). */
export interface UnitCells {
  row: number;
  name: CellRef;
  values: Record<string, CellRef>;
}

export interface OutputColumn {
  key: string;
  header: string;
  kind: CellKind;
  format?: string;
  width: number;
  value(unit: UnitResult, cells: UnitCells | undefined): CellValue;
}

function pointsFormat(decimals: number): string {
  return decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
}

/** Reasons an official reads next to the unit: exclusions, unmet standards, a tie, the grounds of an award decision. */
export function reasonsText(unit: UnitResult, plan: Plan, lang: Lang): string {
  const parts = [...unit.reasons];
  const granted = unit.decisions?.find((d) => d.granted);
  if (granted?.reason) parts.push(granted.reason);
  // an award form that waits (the council, a tie, a quota, data, the collective) leaves the award cell empty: the
  // official must read here what it waits for, or the unit reads as simply not awarded
  parts.push(...waitingDecisionLines(unit));
  if (unit.pendingTiers.length) {
    const names = unit.pendingTiers.map((id) => {
      const tier = plan.awards.tiers.find((t) => t.id === id);
      return (lang === 'en' ? tier?.nameEn : undefined) ?? tier?.name ?? id;
    });
    parts.push(`${label('pending', lang)} (${names.join(', ')})`);
  }
  return parts.join('; ');
}

const WAITING: ReadonlySet<DecisionStatus> = new Set([
  'awaitingVote',
  'tie',
  'overQuota',
  'unknown',
  'collectivePending',
]);

/** '"<decision>": <why it waits>' for each award decision of the unit that is neither granted nor refused. */
function waitingDecisionLines(unit: UnitResult): string[] {
  return (unit.decisions ?? []).filter((d) => WAITING.has(d.status)).map((d) => `"${d.name}": ${d.reason}`);
}

/** Data problems (missing or unreadable values, prize not set) with the cell they came from. */
export function notesText(unit: UnitResult, cells: UnitCells | undefined): string {
  const said = new Set([...unit.reasons, ...waitingDecisionLines(unit)]);
  return unit.flags
    .filter((f) => !f.code.startsWith('excluded-') && f.code !== 'tie-at-tier-boundary')
    .filter((f) => !said.has(f.message))
    .map((f) => {
      const ref = f.criterionId
        ? cells?.values[f.criterionId]
        : f.factId
          ? cells?.values[f.factId]
          : undefined;
      return ref ? `${f.message} [${cellAddress(ref)}]` : f.message;
    })
    .join('; ');
}

/** "đạt 25/28, vượt 10" for plans that compare values with targets instead of scoring points. */
export function targetsText(unit: UnitResult, lang: Lang): string | null {
  const targets = unit.targets;
  if (!targets?.length) return null;
  const met = targets.filter((t) => t.met).length;
  const exceeded = targets.filter((t) => t.exceeded).length;
  return render(say('results.targets-line', { met, of: targets.length, exceeded }), lang);
}

export function outputColumns(plan: Plan, lang: Lang, perCriterion: boolean): OutputColumn[] {
  const points = pointsFormat(plan.pointsDecimals);
  const columns: OutputColumn[] = [];
  if (perCriterion)
    for (const c of plan.criteria)
      columns.push({
        key: `points:${c.id}`,
        header: `${label('points', lang)}${c.number} (/${c.maxPoints})`,
        kind: 'points',
        format: points,
        width: 9,
        value: (u) => (Object.hasOwn(u.points, c.id) ? u.points[c.id] : null),
      });
  const yes = label('yes', lang);
  const no = label('no', lang);
  if (plan.criteria.length)
    columns.push(
      {
        key: 'total',
        header: label('total', lang),
        kind: 'points',
        format: points,
        width: 10,
        value: (u) => u.total,
      },
      {
        key: 'rank',
        header: label('rank', lang),
        kind: 'number',
        format: '0',
        width: 8,
        value: (u) => u.rank,
      },
    );
  if (plan.targets?.length)
    columns.push({
      key: 'targets',
      header: label('targets', lang),
      kind: 'text',
      width: 18,
      value: (u) => targetsText(u, lang),
    });
  columns.push(
    {
      key: 'eligible',
      header: label('eligible', lang),
      kind: 'text',
      width: 10,
      value: (u) => (u.eligible ? yes : no),
    },
    {
      key: 'reasons',
      header: label('reasons', lang),
      kind: 'text',
      width: 40,
      value: (u) => reasonsText(u, plan, lang) || null,
    },
    {
      key: 'award',
      header: label('award', lang),
      kind: 'text',
      width: 18,
      value: (u) => {
        if (!u.award) return null;
        const tier = plan.awards.tiers.find((t) => t.id === u.award?.tier);
        return (lang === 'en' ? tier?.nameEn : undefined) ?? u.award.name;
      },
    },
    {
      key: 'prize',
      header: label('prize', lang),
      kind: 'money',
      format: '#,##0',
      width: 14,
      value: (u) => u.award?.prize ?? null,
    },
    {
      key: 'bonus',
      header: label('bonus', lang),
      kind: 'number',
      format: 'General',
      width: 9,
      value: (u) => u.award?.bonusPoints ?? null,
    },
    {
      key: 'certificates',
      header: label('certificates', lang),
      kind: 'number',
      format: '0',
      width: 12,
      value: (u) => u.certificates,
    },
    {
      key: 'notes',
      header: label('notes', lang),
      kind: 'text',
      width: 40,
      value: (u, cells) => notesText(u, cells) || null,
    },
  );
  return columns;
}
