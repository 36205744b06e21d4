import type { Decision } from '../../plan/schema';
import { say } from '../../messages';
import { decisionNamed, type DecisionContext } from './context';

/** Adds whole days to an ISO date without time zones; undefined past 9999-12-31 (no four-digit year). */
export function addDays(iso: string, days: number): string | undefined {
  const [y, m, d] = iso.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  if (Number.isNaN(t.getTime()) || t.getUTCFullYear() > 9999 || t.getUTCFullYear() < 1) return undefined;
  return t.toISOString().slice(0, 10);
}

/**
 * When unit i's dossier for decision d is due: the decision's date, days after one of the unit's dates, else the
 * plan's. Undefined (and flagged) when the unit's date is missing or the sum runs past the year 9999.
 */
export function dueDateOf(ctx: DecisionContext, d: Decision, i: number): string | undefined {
  if (!d.dueDate) return ctx.plan.awards.dueDate;
  if (typeof d.dueDate === 'string') return d.dueDate;
  const { fact, plusDays } = d.dueDate;
  const v = ctx.factOf(i, fact);
  const due = typeof v === 'string' ? addDays(v, plusDays) : undefined;
  if (due) return due;
  const decision = decisionNamed(d);
  ctx.flags[i].push({
    code: 'due-date-unknown',
    factId: fact,
    message: ctx.text(
      typeof v === 'string'
        ? say('decision.due-past-9999', { decision, from: v, days: plusDays })
        : say('decision.due-fact-missing', { decision, label: ctx.factMap.get(fact)?.label ?? fact, fact }),
    ),
  });
  return undefined;
}
