import type { Decision } from '../../plan/schema';
import { nameIn, say } from '../../messages';
import { statutoryPrize } from '../../law/prize-money';
import { moneyInWords } from '../../values';
import type { DecisionResult } from '../../api/response-schema';
import { aboutDecision, decisionNamed, type DecisionContext } from './context';

type Prize = Pick<DecisionResult, 'prize' | 'prizeInWords' | 'prizeBasis'>;

const NO_PRIZE: Prize = { prize: null, prizeInWords: null };

/** The prize decision d gives unit i: a fixed amount, or the statutory one on the decision date (flagged if not). */
export function prizeOf(ctx: DecisionContext, d: Decision, i: number): Prize {
  if (!d.prize) return { ...NO_PRIZE };
  if ('amount' in d.prize) return { prize: d.prize.amount, prizeInWords: moneyInWords(d.prize.amount) };
  const form = d.prize.statutory;
  const { decisionDate, flags } = ctx;
  if (!decisionDate) {
    flags[i].push({
      code: 'prize-needs-decision-date',
      message: ctx.text(say('decision.prize-needs-date', { decision: decisionNamed(d) })),
    });
    return { ...NO_PRIZE };
  }
  const out = statutoryPrize(
    form,
    { decisionDate, recipient: ctx.extras.kindOf[i] },
    ctx.plan.awards.prizeTable,
  );
  if (!out.ok) {
    flags[i].push({
      code: 'prize-not-computed',
      message: aboutDecision(ctx, d, nameIn({ vi: out.reason, en: out.reasonEn }, ctx.lang)),
    });
    return { ...NO_PRIZE };
  }
  if (!out.verified)
    flags[i].push({
      code: 'prize-unverified',
      message: ctx.text(
        say('decision.prize-unverified', {
          decision: decisionNamed(d),
          coefficient: out.coefficient,
          basis: out.basis,
        }),
      ),
    });
  return {
    prize: out.amount,
    prizeInWords: out.inWords,
    prizeBasis: {
      form,
      decisionDate,
      coefficient: out.coefficient,
      baseSalary: out.baseSalary,
      basis: out.basis,
      verified: out.verified,
    },
  };
}

/** The prize decision d would carry for unit i, 0 when it cannot be computed (no flags: it is not granted). */
export function pendingPrizeOf(ctx: DecisionContext, d: Decision, i: number): number {
  if (!d.prize) return 0;
  if ('amount' in d.prize) return d.prize.amount;
  if (!ctx.decisionDate) return 0;
  const out = statutoryPrize(
    d.prize.statutory,
    { decisionDate: ctx.decisionDate, recipient: ctx.extras.kindOf[i] },
    ctx.plan.awards.prizeTable,
  );
  return out.ok ? out.amount : 0;
}
