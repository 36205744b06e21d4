import { named, render, say } from '../messages';
import { moneyInWords as moneyWords } from '../values';
import type { CompiledPlan } from './compile';
import { decide, PENDING_DECISION } from './decisions';
import { AMBIGUOUS, MISSING, type Evaluation } from './evaluate';
import { clipFilled } from './explain';
import { collectiveLinks, targetResults } from './targets';
import type { AwardResult, Explain, Flag, Lang, ScoreSummary, UnitResult } from './types';

/** What targets, unit kinds and award decisions add to the answer, applied as buildResponse builds it. */
export interface ResponseExtension {
  /** Adds to unit i's result, in place, as it is built. */
  unit(out: UnitResult, i: number): void;
  /** Adds the decisions' prizes and summary to the answer's summary, once every result is built. */
  summary(summary: ScoreSummary, results: readonly UnitResult[]): void;
}

/**
 * What targets, unit kinds and award decisions contribute: new fields only (targets, decisions, kind, collective,
 * dueDate, summary.decisions), and `award` = the highest granted decision where no tier was given. Null for a
 * plan without these parts and units without kinds: then the answer is buildResponse's alone.
 */
export function responseExtension(
  compiled: CompiledPlan,
  ev: Evaluation,
  opts: { lang: Lang; explain: Explain; decisionDate?: string },
): ResponseExtension | null {
  const { plan } = compiled;
  const lang = opts.lang;
  const hasTargets = (plan.targets ?? []).length > 0;
  const hasKinds = plan.blocks.some((b) => b.kind) || ev.units.some((u) => u.kind || u.collective);
  const outcome = decide(compiled, ev, { lang, decisionDate: opts.decisionDate });
  const dueDate = plan.awards.dueDate;
  if (!hasTargets && !hasKinds && !outcome && !dueDate) return null;
  const noCriteria = plan.criteria.length === 0;
  const links = hasKinds ? collectiveLinks(ev) : undefined;

  const targetFlags = (out: UnitResult, i: number): Flag[] =>
    (ev.issues.get(i) ?? [])
      .filter((x) => x.kind === 'target')
      .map((x) => {
        const t = out.targets?.find((r) => r.id === x.id);
        const target = { number: t?.number ?? x.id, title: t?.title ?? x.id };
        const unread = { ...target, raw: clipFilled(String(x.raw)), detail: named(x.detail, x.detailEn) };
        return {
          code:
            x.status === MISSING
              ? 'missing-target'
              : x.status === AMBIGUOUS
                ? 'ambiguous-rate-scale'
                : 'invalid-target',
          targetId: x.id,
          message: render(
            x.status === MISSING
              ? say('target.missing', target)
              : x.status === AMBIGUOUS
                ? say('target.ambiguous', unread)
                : say('target.invalid', unread),
            lang,
          ),
        };
      });

  const decisionsOf = (out: UnitResult, i: number) => {
    if (!outcome) return;
    const decisions = outcome.perUnit[i];
    out.decisions = decisions;
    out.flags.push(...outcome.flags[i]);
    const granted = decisions.filter((d) => d.granted);
    if (!out.award && out.pendingTiers.length === 0 && granted.length) {
      const top = granted[0];
      const award: AwardResult = {
        tier: top.id,
        name: top.name,
        prize: top.prize,
        prizeInWords: top.prizeInWords,
        bonusPoints: 0,
        certificates: 0,
        awardForm: top.awardForm,
        dossierSets: top.dossierSets,
        ...(top.dueDate ? { dueDate: top.dueDate } : {}),
      };
      out.award = award;
    }
    if (noCriteria) out.rank = null;
    if (opts.explain === 'none') return;
    const said = render(
      say('unit.decisions', {
        granted: granted.map((d) => ({
          name: d.name,
          prize: d.prize,
          dossierSets: d.dossierSets,
          ...(d.dueDate ? { dueDate: d.dueDate } : {}),
        })),
        council: decisions
          .filter((d) => d.status === 'tie' || d.status === 'overQuota' || d.status === 'awaitingVote')
          .map((d) => d.name),
        data: decisions
          .filter((d) => d.status === 'unknown' || d.status === 'collectivePending')
          .map((d) => d.name),
        none: !granted.length && !decisions.some((d) => PENDING_DECISION.has(d.status)),
      }),
      lang,
    );
    const head = noCriteria ? [] : [out.explanation];
    out.explanation = [...head, said].filter(Boolean).join('; ');
  };

  return {
    unit(out, i) {
      if (out.award && dueDate && !out.award.dueDate) out.award.dueDate = dueDate;
      if (hasKinds) {
        out.kind =
          ev.extras?.kindOf[i] ?? ev.units[i].kind ?? plan.blocks[ev.blockOf[i]]?.kind ?? 'collective';
        if (ev.units[i].collective) out.collective = ev.units[i].collective;
        const link = links?.get(i);
        if (link) out.flags.push({ code: link.code, message: render(link.message, lang) });
      }
      if (hasTargets && ev.extras) {
        out.targets = targetResults({
          compiled,
          extras: ev.extras,
          unit: i,
          lang,
          explanations: opts.explain === 'full',
        });
        out.flags.push(...targetFlags(out, i));
      }
      decisionsOf(out, i);
    },
    summary(summary, results) {
      if (!outcome) return;
      summary.decisions = outcome.summary;
      const decisionPrizes = outcome.summary.reduce((sum, d) => sum + d.prizeTotal, 0);
      const tierPrizes = summary.blocks.reduce((sum, b) => sum + b.prizeFundUsed, 0);
      const byBlock = new Map<string, number>();
      for (const r of results)
        for (const d of r.decisions ?? [])
          if (d.granted && d.prize) byBlock.set(r.block, (byBlock.get(r.block) ?? 0) + d.prize);
      const pendingByBlock = new Map<string, number>();
      ev.units.forEach((_, i) => {
        const block = plan.blocks[ev.blockOf[i]]?.id;
        if (block && outcome.pendingPrize[i])
          pendingByBlock.set(block, (pendingByBlock.get(block) ?? 0) + outcome.pendingPrize[i]);
      });
      summary.blocks = summary.blocks.map((b) => ({
        ...b,
        prizeFundUsed: b.prizeFundUsed + (byBlock.get(b.block) ?? 0),
        prizeFundPending: b.prizeFundPending + (pendingByBlock.get(b.block) ?? 0),
      }));
      summary.prizeFundUsed = tierPrizes + decisionPrizes;
      summary.prizeFundUsedInWords = moneyWords(summary.prizeFundUsed);
      summary.prizeFundPending += outcome.pendingPrize.reduce((sum, amount) => sum + amount, 0);
      summary.prizeFundPendingInWords = moneyWords(summary.prizeFundPending);
    },
  };
}
