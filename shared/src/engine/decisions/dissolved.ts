import { named, say } from '../../messages';
import type { Block } from '../../plan/schema';
import type { DecisionContext } from './context';
import type { Grants } from './grant';
import type { Qualification } from './qualify';
import { qualifiedReason } from './results';

/** Where a unit's block ceased to exist by the day the decision is signed (or that day is not known). */
export interface Dissolution {
  block: Block;
  on: string;
  /** The decision date, undefined when neither the request nor the plan gives one. */
  date: string | undefined;
}

/**
 * Unit i's block ceased to exist (`blocks[].dissolved`) on or before the decision date — or the date is not known,
 * so whether the unit still exists when the decision is signed is not either. Undefined otherwise.
 */
export function dissolutionOf(ctx: DecisionContext, i: number): Dissolution | undefined {
  const block = ctx.plan.blocks[ctx.ev.blockOf[i]] as Block | undefined;
  const on = block?.dissolved?.on;
  if (!block || !on) return undefined;
  const date = ctx.decisionDate;
  return date === undefined || date >= on ? { block, on, date } : undefined;
}

/**
 * Decision k for the units whose block ceased to exist: what it would grant is held for the council
 * ('awaitingVote': only the council, naming the successor unit, can give it), never proposed or paid to a unit
 * that no longer exists. What already waits (a tie, a quota, data) keeps its status; the unit's flag says why.
 */
export function holdDissolved(ctx: DecisionContext, q: Qualification, k: number, grants: Grants): void {
  for (let i = 0; i < ctx.n; i++) {
    if (grants.status[k][i] !== 'granted') continue;
    const gone = dissolutionOf(ctx, i);
    if (!gone) continue;
    grants.status[k][i] = 'awaitingVote';
    // why it qualifies stays said ("vượt 28/28 chỉ tiêu"): the council weighs it when naming the successor unit
    const why = qualifiedReason(ctx, q, k, i);
    const held = ctx.text(say('decision.held-dissolved', { on: gone.on }));
    grants.reason[k][i] = why ? `${why} — ${held}` : held;
  }
}

/** Flags, once per unit, each unit whose block ceased to exist by the decision date (or with no date known). */
export function flagDissolved(ctx: DecisionContext): void {
  for (let i = 0; i < ctx.n; i++) {
    const gone = dissolutionOf(ctx, i);
    if (!gone) continue;
    const { block, on, date } = gone;
    const names = {
      block: named(block.name, block.nameEn),
      on,
      basis: named(block.dissolved?.basis ?? '', block.dissolved?.basisEn),
    };
    ctx.flags[i].push({
      code: 'block-dissolved',
      message: ctx.text(
        date === undefined
          ? say('decision.block-dissolved-no-date', names)
          : say('decision.block-dissolved', { ...names, date }),
      ),
    });
  }
}
