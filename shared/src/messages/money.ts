/** What the plan checks and the request facade say when a sum of money could pass the exact limit. Vietnamese first. */
import { PLAN_LIMITS } from '../plan/limits';
import { formatMoney, formatNumber, type Lang } from '../values/format';
import { phrase } from './phrase';

const LIMIT = formatMoney(PLAN_LIMITS.moneyTotal, 'vi');
const LIMIT_EN = formatMoney(PLAN_LIMITS.moneyTotal, 'en');

/** The sum could reach `amount`: what it is, the limit, and what to do about it. */
function tooLarge(what: string, amount: number, advice: string, lang: Lang): string {
  return lang === 'vi'
    ? `${what} có thể lên tới ${formatMoney(amount, 'vi')} đồng, vượt ${LIMIT} đồng — mức lớn nhất còn cộng chính xác. ${advice}`
    : `${what} could reach ${formatMoney(amount, 'en')} đồng, above ${LIMIT_EN} đồng, the largest sum computed exactly. ${advice}`;
}

export interface RequestPrizeTotal {
  amount: number;
  units: number;
  /** The most units one request can carry with these prizes (0: none can). */
  fitting: number;
}

function requestAdvice(fitting: number, lang: Lang): string {
  if (fitting < 1) return lang === 'vi' ? 'Hãy kiểm tra lại tiền thưởng.' : 'Check the prizes.';
  return lang === 'vi'
    ? `Hãy chia yêu cầu, mỗi yêu cầu tối đa ${formatNumber(fitting, undefined, 'vi')} đơn vị, hoặc kiểm tra lại tiền thưởng của các quyết định.`
    : `Split the request into parts of at most ${formatNumber(fitting, undefined, 'en')} units, or check the decisions' prizes.`;
}

export const MONEY_PHRASES = {
  'money.tiers-too-large': phrase<{ amount: number }>({
    vi: (p) =>
      tooLarge(
        'Tổng tiền thưởng các giải (số khối × số giải × tiền thưởng mỗi giải)',
        p.amount,
        'Hãy kiểm tra lại tiền thưởng và số giải.',
        'vi',
      ),
    en: (p) =>
      tooLarge(
        'The tier prizes (blocks × places × prize)',
        p.amount,
        'Check the prizes and the number of places.',
        'en',
      ),
  }),
  'money.decisions-too-large': phrase<{ amount: number }>({
    vi: (p) =>
      tooLarge(
        'Tiền thưởng theo quyết định của một đơn vị (mọi quyết định, ở mức cao nhất)',
        p.amount,
        'Hãy kiểm tra lại tiền thưởng, hệ số và lương cơ sở (awards.prizeTable).',
        'vi',
      ),
    en: (p) =>
      tooLarge(
        'The decisions’ prizes for one unit (every decision at its highest)',
        p.amount,
        'Check the amounts, coefficients and base salaries (awards.prizeTable).',
        'en',
      ),
  }),
  'money.funds-too-large': phrase<{ amount: number }>({
    vi: (p) =>
      tooLarge(
        'Tổng quỹ khen thưởng của các khối',
        p.amount,
        'Hãy kiểm tra lại quỹ thưởng (prizeFund).',
        'vi',
      ),
    en: (p) =>
      tooLarge('The blocks’ prize funds together', p.amount, 'Check the prize funds (prizeFund).', 'en'),
  }),
  /** A request's tiers at their fullest and every unit granted every decision. */
  'request.prize-total-too-large': phrase<RequestPrizeTotal>({
    vi: (p) =>
      tooLarge(
        `Tổng tiền thưởng (các giải, và ${formatNumber(p.units, undefined, 'vi')} đơn vị × tiền thưởng các quyết định)`,
        p.amount,
        requestAdvice(p.fitting, 'vi'),
        'vi',
      ),
    en: (p) =>
      tooLarge(
        `The prize total (tiers, and ${formatNumber(p.units, undefined, 'en')} units × the decisions' prizes)`,
        p.amount,
        requestAdvice(p.fitting, 'en'),
        'en',
      ),
  }),
};
