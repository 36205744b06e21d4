import type { Tier } from '../plan/schema';
import { named, nameIn, render, say, type Named } from '../messages';
import type { NameList, UnknownItems } from '../messages/engine';
import { formatNumber, moneyInWords } from '../values';
import { HELD, PENDING, type HeldAward, type Standing, type TieGroup } from './awards';
import { ENGINE_VERSION } from './compile';
import { AMBIGUOUS, INVALID, MISSING, NOT_APPLICABLE, OK, type Evaluation } from './evaluate';
import { clipFilled, criterionTrace, traceText, unreadTrace } from './explain';
import { uncertaintyOf } from './uncertainty';
import { isYearSeries, UNKNOWN, type FactValue } from './facts';
import type {
  AwardResult,
  BlockSummary,
  CriterionResult,
  Explain,
  Flag,
  Lang,
  ScoreResponse,
  TieForCouncil,
  UnitResult,
} from './types';

export interface BuildOptions {
  lang: Lang;
  explain: Explain;
  inputHash: string;
}

function tierName(tier: Tier, lang: Lang): string {
  return lang === 'en' && tier.nameEn ? tier.nameEn : tier.name;
}

const tierNamed = (tier: Tier): Named => named(tier.name, tier.nameEn);

function formatFact(ev: Evaluation, factId: string, v: FactValue | undefined, lang: Lang): string {
  const fact = ev.compiled.facts[ev.compiled.factIndex.get(factId) ?? -1];
  if (v === undefined) return '?';
  if (fact?.type === 'rating' && typeof v === 'number') return fact.scale?.[v] ?? String(v);
  if (typeof v === 'boolean') return render(say(v ? 'value.yes' : 'value.no'), lang);
  if (typeof v === 'number') return formatNumber(v, undefined, lang);
  if (isYearSeries(v))
    return v.years
      .map((year, k) => {
        const x = v.values[k];
        const shown =
          x === undefined
            ? '?'
            : typeof x === 'boolean'
              ? render(say(x ? 'value.yes' : 'value.no'), lang)
              : fact?.type === 'ratingByYear'
                ? (fact.scale?.[x] ?? String(x))
                : formatNumber(x, undefined, lang);
        return `${year}: ${shown}`;
      })
      .join('; ');
  return v;
}

function factNamed(ev: Evaluation, factId: string): Named {
  const fact = ev.compiled.facts[ev.compiled.factIndex.get(factId) ?? -1];
  return fact ? named(fact.label, fact.labelEn) : named(factId);
}

/** Names listed in a tie message, at most about this many characters: a message never grows with the tie. */
export const TIE_NAMES_CHARS = 300;

/** Unit names up to about TIE_NAMES_CHARS characters, and how many are left out. */
function nameList(ev: Evaluation, indices: readonly number[]): NameList {
  const names: string[] = [];
  let length = 0;
  for (const i of indices) {
    const name = ev.units[i].name ?? ev.units[i].id;
    if (names.length > 0 && length + name.length + 2 > TIE_NAMES_CHARS) break;
    length += (names.length ? 2 : 0) + name.length;
    names.push(name);
  }
  return { names, rest: indices.length - names.length };
}

function tieMessage(ev: Evaluation, tie: TieGroup, lang: Lang): string {
  const tiers = ev.compiled.plan.awards.tiers;
  const counts = new Map<number, number>();
  for (const s of tie.slotTiers) counts.set(s, (counts.get(s) ?? 0) + 1);
  return render(
    say('tie.council', {
      count: tie.unitIndices.length,
      rank: tie.rank,
      total: tie.total,
      units: ev.units.length ? nameList(ev, tie.unitIndices) : { names: [], rest: 0 },
      places: tie.slotTiers.length,
      slots: [...counts].map(([ti, count]) => ({ tier: tierNamed(tiers[ti]), count })),
    }),
    lang,
  );
}

/** What is not known for unit i (criteria by number, facts by label), as data, and their ids. */
function unknownOf(ev: Evaluation, i: number): { items: UnknownItems; ids: string[] } {
  const why = uncertaintyOf(ev).because.get(i);
  if (!why) return { items: { criteria: [], facts: [] }, ids: [] };
  const { compiled } = ev;
  return {
    items: {
      criteria: why.criteria.map((id) => compiled.plan.criteria[compiled.criterionIndex.get(id) ?? 0].number),
      facts: why.facts.map((id) => factNamed(ev, id)),
    },
    ids: [...why.criteria, ...why.facts],
  };
}

/** "tiêu chí 5, 8; dữ kiện "Ngày đăng ký"": what is not known for unit i (criteria by number, facts by label). */
export function unknownItems(ev: Evaluation, i: number, lang: Lang): { text: string; ids: string[] } {
  const { items, ids } = unknownOf(ev, i);
  return { text: ids.length ? render(say('unknown.items', items), lang) : '', ids };
}

/** The flag of a held award: whose missing values it waits for, and which tiers it could still be. */
function heldFlag(ev: Evaluation, i: number, held: HeldAward, lang: Lang): Flag {
  const tiers = ev.compiled.plan.awards.tiers;
  const could = held.tiers.map((t) => tierNamed(tiers[t]));
  const own = held.by.length === 1 && held.by[0] === i;
  const unknown = unknownOf(ev, own ? i : (held.by[0] ?? i));
  const message = own
    ? say('held.own', { items: unknown.items, could })
    : say('held.other', {
        by: nameList(ev, held.by),
        items: held.by.length === 1 && unknown.ids.length ? unknown.items : null,
        could,
      });
  return {
    code: 'pending-missing-data',
    message: render(message, lang),
    heldBy: held.by.map((x) => ev.units[x].id).sort(),
    ...(own ? { missing: unknown.ids } : {}),
  };
}

/** How many units carry each flag code, codes in order; a plan's own code ("constructor") is just a key. */
export function countFlags(results: readonly UnitResult[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const r of results) for (const f of r.flags) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : 1)));
}

export function buildResponse(ev: Evaluation, standing: Standing, opts: BuildOptions): ScoreResponse {
  const { compiled, units, n } = ev;
  const { plan } = compiled;
  const lang = opts.lang;
  const tiers = plan.awards.tiers;
  const others = plan.awards.others;
  const tieOf = new Map<number, TieGroup>();
  for (const tie of standing.ties) for (const i of tie.unitIndices) tieOf.set(i, tie);
  // one message per tie, shared by its units and the summary
  const tieMessages = new Map<TieGroup, string>();
  const tieText = (tie: TieGroup) => {
    let text = tieMessages.get(tie);
    if (text === undefined) tieMessages.set(tie, (text = tieMessage(ev, tie, lang)));
    return text;
  };
  const rankedCount = standing.order.map((o) => o.length);

  const full = opts.explain === 'full';
  const line = opts.explain !== 'none';
  const blockNames = plan.blocks.map((b) => named(b.name, b.nameEn));
  const knownBlocks = plan.blocks.map((b) => b.id);

  const resultOf = (i: number): UnitResult => {
    const unit = units[i];
    const flags: Flag[] = [];
    const reasons: string[] = [];
    const issues = ev.issues.get(i);
    const unread = issues?.length
      ? new Map(issues.filter((x) => x.kind === 'criterion').map((x) => [x.id, x]))
      : undefined;

    const zero = ev.missingPolicy?.ruleFor(i) === 'zero';
    const points: Record<string, number> = {};
    const criteria: CriterionResult[] | undefined = full ? [] : undefined;
    for (let k = 0; k < compiled.criteria.length; k++) {
      const st = ev.status[k][i];
      if (st === NOT_APPLICABLE) continue;
      const c = compiled.criteria[k].criterion;
      const p = ev.points[k][i];
      points[c.id] = p;
      const issue = unread?.get(c.id);
      if (st === OK && !criteria) continue;
      const how = st === MISSING ? 'missing' : st === AMBIGUOUS ? 'ambiguous' : 'invalid';
      const detail = issue ? nameIn({ vi: issue.detail, en: issue.detailEn }, lang) : '';
      if (issue)
        flags.push({
          code:
            st === INVALID ? 'invalid-value' : st === AMBIGUOUS ? 'ambiguous-rate-scale' : 'missing-value',
          criterionId: c.id,
          message: traceText(c, unreadTrace(how, detail, zero), 0, lang),
        });
      if (criteria) {
        const trace =
          st === OK ? criterionTrace(c, ev.values[k][i]) : unreadTrace(how, detail, zero && !!issue);
        criteria.push({
          id: c.id,
          number: c.number,
          points: p,
          max: c.maxPoints,
          value: st === OK ? ev.values[k][i] : null,
          status: st === OK ? 'ok' : st === MISSING ? 'missing' : 'invalid',
          trace,
          explanation: traceText(c, trace, p, lang),
        });
      }
    }

    for (const issue of issues ?? []) {
      if (issue.kind !== 'fact') continue;
      const label = factNamed(ev, issue.id);
      flags.push({
        code:
          issue.status === MISSING
            ? 'missing-fact'
            : issue.status === AMBIGUOUS
              ? 'ambiguous-rate-scale'
              : 'invalid-fact',
        factId: issue.id,
        message: render(
          issue.status === MISSING
            ? say('fact.missing', { label, id: issue.id })
            : say('fact.unread', { label, id: issue.id, detail: named(issue.detail, issue.detailEn) }),
          lang,
        ),
      });
    }

    if (ev.blockOf[i] < 0) {
      const message = render(say('block.unknown', { block: unit.block ?? '', known: knownBlocks }), lang);
      flags.push({ code: 'unknown-block', message });
      reasons.push(message);
    }

    const outcomes = ev.ruleOutcomes.get(i);
    if (outcomes?.length) {
      const row = ev.facts[i];
      const fill = (text: string) =>
        text.replace(/\{([A-Za-z0-9_-]+)\}/g, (whole, id: string) => {
          const f = compiled.factIndex.get(id);
          return f === undefined ? whole : clipFilled(formatFact(ev, id, row[f], lang));
        });
      for (const o of outcomes) {
        if (o.truth === UNKNOWN) {
          const missing = o.rule.factIds.filter((id) => row[compiled.factIndex.get(id) ?? -1] === undefined);
          const facts = missing.map((id) => factNamed(ev, id));
          const isExclusion = compiled.exclusions.includes(o.rule);
          reasons.push(
            render(say(isExclusion ? 'rule.exclusion-unknown' : 'rule.standard-unknown', { facts }), lang),
          );
          continue;
        }
        const message = fill(nameIn({ vi: o.rule.reason, en: o.rule.reasonEn }, lang));
        flags.push({ code: o.rule.code, message });
        reasons.push(message);
      }
    }

    for (const key of ev.unknownKeys.get(i) ?? [])
      flags.push({
        code: 'unknown-criterion',
        criterionId: key,
        message: render(say('criterion.unknown', { key }), lang),
      });

    const tierIndex = standing.tier[i];
    let award: AwardResult | null = null;
    let certificates: number | null = null;
    let pendingTiers: string[] = [];
    if (tierIndex >= 0) {
      const tier = tiers[tierIndex];
      award = {
        tier: tier.id,
        name: tierName(tier, lang),
        prize: tier.prize,
        prizeInWords: tier.prize === null ? null : moneyInWords(tier.prize),
        bonusPoints: tier.bonusPoints,
        certificates: tier.certificates,
        ...(tier.awardForm ? { awardForm: tier.awardForm } : {}),
        ...(tier.dossierSets ? { dossierSets: tier.dossierSets } : {}),
      };
      certificates = tier.certificates;
      if (tier.prize === null)
        flags.push({
          code: 'prize-not-specified',
          message: render(say('tier.prize-not-specified', { tier: tierNamed(tier) }), lang),
        });
    } else if (tierIndex === PENDING || tierIndex === HELD) {
      const tie = tieOf.get(i);
      const held = standing.held.get(i);
      pendingTiers = [
        ...new Set([...(tie?.slotTiers ?? []), ...(held?.tiers ?? [])].sort((a, b) => a - b)),
      ].map((ti) => tiers[ti].id);
      if (tie) flags.push({ code: 'tie-at-tier-boundary', message: tieText(tie) });
      if (held) flags.push(heldFlag(ev, i, held, lang));
    } else if (others && (ev.eligible[i] || others.includeExcluded)) {
      certificates = others.certificates;
    } else {
      certificates = 0;
    }
    if (standing.aboveBand.has(i))
      flags.push({ code: 'above-band-no-tier', message: render(say('tier.above-band'), lang) });

    const b = ev.blockOf[i];
    const block = plan.blocks[b];
    const rank = block && !compiled.blockCriteria[b] ? null : standing.rank[i] || null;
    const total = ev.totals[i];
    const maxTotal = block ? compiled.blockMax[b] : compiled.maxTotal;

    const result: UnitResult = {
      unitId: unit.id,
      name: unit.name ?? unit.id,
      block: block?.id ?? unit.block ?? '',
      total,
      maxTotal,
      points,
      ...(criteria ? { criteria } : {}),
      eligible: ev.eligible[i] === 1,
      excluded: ev.excluded[i] === 1,
      incomplete: ev.incomplete[i] === 1,
      reasons,
      flags,
      rank,
      award,
      certificates,
      pendingTiers,
    };
    if (line)
      result.explanation = render(
        say('unit.line', {
          total,
          maxTotal,
          rank:
            rank && block
              ? { rank, of: rankedCount[b], block: plan.blocks.length > 1 ? blockNames[b] : null }
              : null,
          standing: ev.excluded[i] ? 'excluded' : !ev.eligible[i] ? 'ineligible' : 'eligible',
          award: award && {
            name: award.name,
            prize: award.prize,
            bonusPoints: award.bonusPoints,
            certificates: award.certificates,
          },
          waiting: pendingTiers.length ? (tieOf.has(i) ? 'tie' : 'data') : null,
          certificates,
          incomplete: ev.incomplete[i] === 1,
        }),
        lang,
      );
    return result;
  };

  // Canonical order: block, then rank order, then the unranked by id — never input order.
  const ordered: number[] = [];
  const byId = (a: number, b: number) => (units[a].id < units[b].id ? -1 : units[a].id > units[b].id ? 1 : 0);
  for (let b = 0; b < plan.blocks.length; b++) {
    ordered.push(...standing.order[b]);
    const rest: number[] = [];
    for (let i = 0; i < n; i++) if (ev.blockOf[i] === b && !standing.rank[i]) rest.push(i);
    ordered.push(...rest.sort(byId));
  }
  const lost: number[] = [];
  for (let i = 0; i < n; i++) if (ev.blockOf[i] < 0) lost.push(i);
  ordered.push(...lost.sort(byId));
  const results = ordered.map(resultOf);

  const blocks: BlockSummary[] = plan.blocks.map((block, b) => {
    const inBlock = results.filter((_, j) => ev.blockOf[ordered[j]] === b);
    const ties: TieForCouncil[] = standing.ties
      .filter((tie) => tie.block === b)
      .map((tie) => ({
        block: block.id,
        total: tie.total,
        rank: tie.rank,
        unitIds: tie.unitIndices.map((i) => units[i].id).sort(),
        tiers: [...new Set(tie.slotTiers.map((ti) => tiers[ti].id))],
        slots: tie.slotTiers.length,
        message: tieText(tie),
      }));
    const tierSummaries = tiers.map((tier) => {
      const awarded = inBlock.filter((r) => r.award?.tier === tier.id).map((r) => r.unitId);
      const pending = inBlock.filter((r) => r.pendingTiers.includes(tier.id)).map((r) => r.unitId);
      return {
        tier: tier.id,
        name: tierName(tier, lang),
        slots: tier.count,
        awarded,
        pending,
        held: Math.min(tier.count - awarded.length, pending.length),
        prize: tier.prize,
      };
    });
    // each unit whose values are not known, with the awards (its own, others') that wait for it
    const holds = new Map<number, string[]>();
    for (const [i, h] of standing.held)
      if (ev.blockOf[i] === b) for (const x of h.by) holds.set(x, [...(holds.get(x) ?? []), units[i].id]);
    const heldForData = [...holds]
      .map(([x, waiting]) => ({
        unitId: units[x].id,
        missing: unknownOf(ev, x).ids,
        holds: waiting.sort(),
      }))
      .sort((a, c) => (a.unitId < c.unitId ? -1 : a.unitId > c.unitId ? 1 : 0));
    return {
      block: block.id,
      name: lang === 'en' && block.nameEn ? block.nameEn : block.name,
      units: inBlock.length,
      ranked: standing.order[b].length,
      excluded: inBlock.filter((r) => r.excluded).length,
      ineligible: inBlock.filter((r) => !r.eligible).length,
      incomplete: inBlock.filter((r) => r.incomplete).length,
      prizeFundUsed: inBlock.reduce((sum, r) => sum + (r.award?.prize ?? 0), 0),
      prizeFundPlanned: block.prizeFund ?? null,
      prizeFundPending: tierSummaries.reduce((sum, t) => sum + t.held * (t.prize ?? 0), 0),
      tiers: tierSummaries,
      ties,
      heldForData,
    };
  });

  const prizeFundUsed = blocks.reduce((s, b) => s + b.prizeFundUsed, 0);
  const prizeFundPending = blocks.reduce((s, b) => s + b.prizeFundPending, 0);
  const planned = plan.blocks.every((b) => b.prizeFund !== undefined)
    ? plan.blocks.reduce((s, b) => s + (b.prizeFund ?? 0), 0)
    : null;
  return {
    planId: plan.id,
    planVersion: plan.version,
    planHash: compiled.hash,
    inputHash: opts.inputHash,
    engineVersion: ENGINE_VERSION,
    lang,
    explain: opts.explain,
    results,
    summary: {
      units: n,
      excluded: results.filter((r) => r.excluded).length,
      ineligible: results.filter((r) => !r.eligible).length,
      incomplete: results.filter((r) => r.incomplete).length,
      prizeFundUsed,
      prizeFundUsedInWords: moneyInWords(prizeFundUsed),
      prizeFundPlanned: planned,
      prizeFundPending,
      prizeFundPendingInWords: moneyInWords(prizeFundPending),
      held: standing.held.size,
      blocks,
      flagCounts: countFlags(results),
    },
  };
}
