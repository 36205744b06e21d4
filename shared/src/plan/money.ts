import { maxStatutoryPrize } from '../law/prize-money';
import { formatMoney } from '../values/format';
import { PLAN_LIMITS } from './limits';
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

const LIMIT = formatMoney(PLAN_LIMITS.moneyTotal, 'vi');
const LIMIT_EN = formatMoney(PLAN_LIMITS.moneyTotal, 'en');

/** The problem text when a sum of money could pass PLAN_LIMITS.moneyTotal, with what to do about it. */
export function moneyTotalMessage(
  what: { vi: string; en: string },
  amount: number,
  advice: { vi: string; en: string },
): { vi: string; en: string } {
  return {
    vi: `${what.vi} có thể lên tới ${formatMoney(amount, 'vi')} đồng, vượt ${LIMIT} đồng — mức lớn nhất còn cộng chính xác. ${advice.vi}`,
    en: `${what.en} could reach ${formatMoney(amount, 'en')} đồng, above ${LIMIT_EN} đồng, the largest sum computed exactly. ${advice.en}`,
  };
}
