import { maxStatutoryPrize } from '../law/prize-money';
import type { Plan } from './schema';

/** The most the tiers can pay: every block fills every place of every tier. */
export function tierPrizeBound(plan: Plan): number {
  const perBlock = plan.awards.tiers.reduce((sum, t) => sum + (t.prize ?? 0) * t.count, 0);
  return perBlock * plan.blocks.length;
}

/** The most the award decisions can pay one unit: each decision once, at its highest amount. */
export function decisionPrizeBoundPerUnit(plan: Plan): number {
  let sum = 0;
  for (const d of plan.awards.decisions ?? []) {
    if (!d.prize) continue;
    sum +=
      'amount' in d.prize ? d.prize.amount : maxStatutoryPrize(d.prize.statutory, plan.awards.prizeTable);
  }
  return sum;
}

/** The planned funds of all blocks together. */
export function fundTotal(plan: Plan): number {
  return plan.blocks.reduce((sum, b) => sum + (b.prizeFund ?? 0), 0);
}
