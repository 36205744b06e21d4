import type { Tier } from '../plan/schema';
import { named, nameIn, render, say, type Named } from '../messages';
import type { NameList, UnknownItems } from '../messages/engine';
import { formatNumber, moneyInWords } from '../values';
import { HELD, NO_TIER, PENDING, type HeldAward, type Standing, type TieGroup } from './awards';
import { appliesIn, ENGINE_VERSION } from './compile';
import { AMBIGUOUS, INVALID, MISSING, OK, type Evaluation } from './evaluate';
import { clipFilled, criterionTrace, traceText, unreadTrace } from './explain';
import type { ResponseExtension } from './extensions';
import { mostPayable } from './payable';
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
  ScoreSummary,
  TieForCouncil,
  UnitResult,
} from './types';

export interface BuildOptions {
  lang: Lang;
  explain: Explain;
  inputHash: string;
  /** What targets, kinds and decisions add, applied to each result as it is built. */
  extension?: ResponseExtension | null;
}

/**
 * Per block (index b + 1; 0 for units of no known block): an object with the block's criteria ids as keys, in
 * criterion order, to copy for each unit's points. Made by JSON.parse so its fields take any value without
 * changing shape: each copy keeps the template's layout, and writing the points is a store to a known field,
 * not the addition of 24 properties one by one.
 */
function pointsTemplates(ev: Evaluation): { template: Record<string, number>; columns: number[] }[] {
  const { compiled } = ev;
  return [-1, ...ev.compiled.plan.blocks.map((_, b) => b)].map((b) => {
    const columns = compiled.criteria.flatMap((cc, k) => (appliesIn(cc.blocks, b) ? [k] : []));
    const keys = Object.fromEntries(columns.map((k) => [compiled.criteria[k].criterion.id, null]));
    return { template: JSON.parse(JSON.stringify(keys)) as Record<string, number>, columns };
  });
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
    ? say('held.own', { items: unknown.items, could, orNone: held.orNone })
    : say('held.other', {
        by: nameList(ev, held.by),
        items: held.by.length === 1 && unknown.ids.length ? unknown.items : null,
        could,
        orNone: held.orNone,
      });
  return {
    code: 'pending-missing-data',
    message: render(message, lang),
    heldBy: held.by.map((x) => ev.units[x].id).sort(),
    ...(own ? { missing: unknown.ids } : {}),
  };
}

/** How many units carry each flag code, codes in order; a plan's own code ("constructor") is just a key. */
/**
 * Per tier, how many of block b's places still wait: each tie's places of that tier (not its tied units: two units
 * tied for one place hold one place), and one for each tier a unit waiting for data could still take.
 */
function placesInPlay(standing: Standing, blockOf: Int32Array, b: number, tierCount: number): number[] {
  const inPlay = new Array<number>(tierCount).fill(0);
  const tiedFor = new Map<number, readonly number[]>();
  for (const tie of standing.ties) {
    if (tie.block !== b) continue;
    for (const ti of tie.slotTiers) inPlay[ti]++;
    for (const i of tie.unitIndices) tiedFor.set(i, tie.slotTiers);
  }
  for (const [i, held] of standing.held) {
    if (blockOf[i] !== b) continue;
    const tied = tiedFor.get(i) ?? [];
    for (const ti of held.tiers) if (!tied.includes(ti)) inPlay[ti]++;
  }
  return inPlay;
}

/** Every value missing is a criterion's (which the rule "score 0" settles): no fact, target or rule waits. */
function onlyCriteriaUnread(
  issues: readonly { kind: string }[] | undefined,
  outcomes: readonly { truth: number }[] | undefined,
): boolean {
  return (
    !!issues?.length &&
    issues.every((x) => x.kind === 'criterion') &&
    !outcomes?.some((o) => o.truth === UNKNOWN)
  );
}

export function countFlags(results: readonly UnitResult[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const r of results) for (const f of r.flags) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : 1)));
}

export function buildResponse(ev: Evaluation, standing: Standing, opts: BuildOptions): ScoreResponse {
  const { compiled, units, n } = ev;
  const { plan } = compiled;
  const { lang, extension } = opts;
  const tiers = plan.awards.tiers;
  // tiers whose number of places the plan only assumes: a unit in their band past those places is said so
  const assumedTiers = tiers.filter((t) => t.countAssumed);
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

  const templates = pointsTemplates(ev);
  const criterionIds = compiled.criteria.map((cc) => cc.criterion.id);
  const statusColumns = ev.status;
  const pointsColumns = ev.points;

  const resultOf = (i: number): UnitResult => {
    const unit = units[i];
    const flags: Flag[] = [];
    const reasons: string[] = [];
    const issues = ev.issues.get(i);
    const unread = issues?.length
      ? new Map(issues.filter((x) => x.kind === 'criterion').map((x) => [x.id, x]))
      : undefined;

    const zero = ev.missingPolicy?.ruleFor(i) === 'zero';
    const { template, columns } = templates[ev.blockOf[i] + 1];
    const points = { ...template };
    const criteria: CriterionResult[] | undefined = full ? [] : undefined;
    for (const k of columns) {
      const st = statusColumns[k][i];
      const p = pointsColumns[k][i];
      points[criterionIds[k]] = p;
      if (st === OK && !criteria) continue;
      const c = compiled.criteria[k].criterion;
      const issue = unread?.get(c.id);
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
    for (const key of ev.unknownFacts.get(i) ?? [])
      flags.push({
        code: 'unknown-fact',
        factId: key,
        message: render(say('fact.unknown', { key }), lang),
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
      if (tier.countAssumed)
        flags.push({
          code: 'tier-count-assumed',
          message: render(say('tier.count-assumed', { tier: tierNamed(tier), count: tier.count }), lang),
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
    if (tierIndex === NO_TIER && ev.eligible[i] && assumedTiers.length) {
      const band = assumedTiers.find(
        (t) => ev.totals[i] >= t.minTotal && (t.maxTotal === undefined || ev.totals[i] < t.maxTotal),
      );
      if (band)
        flags.push({
          code: 'beyond-assumed-count',
          message: render(
            say('tier.beyond-assumed-count', {
              tier: tierNamed(band),
              count: band.count,
              min: band.minTotal,
              ...(band.maxTotal !== undefined ? { max: band.maxTotal } : {}),
            }),
            lang,
          ),
        });
    }

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
          incomplete:
            ev.incomplete[i] !== 1
              ? false
              : zero && onlyCriteriaUnread(issues, outcomes)
                ? 'scored-zero'
                : 'open',
        }),
        lang,
      );
    extension?.unit(result, i);
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
  // built in input order, which reads the engine's columns front to back, then listed in canonical order
  const built: UnitResult[] = new Array(n);
  for (let i = 0; i < n; i++) built[i] = resultOf(i);
  const results = ordered.map((i) => built[i]);

  // one pass over the results for the counts of each block and of the whole answer; awards and prizes are the
  // tiers' (standing.tier), before decisions add theirs (extension.summary)
  const tierById = new Map(tiers.map((t, k) => [t.id, k]));
  const tally = plan.blocks.map(() => ({
    units: 0,
    excluded: 0,
    ineligible: 0,
    incomplete: 0,
    prizeFundUsed: 0,
    awarded: tiers.map((): string[] => []),
    pending: tiers.map((): string[] => []),
  }));
  const all = { excluded: 0, ineligible: 0, incomplete: 0 };
  for (let j = 0; j < results.length; j++) {
    const r = results[j];
    const i = ordered[j];
    if (r.excluded) all.excluded++;
    if (!r.eligible) all.ineligible++;
    if (r.incomplete) all.incomplete++;
    const t = tally[ev.blockOf[i]];
    if (!t) continue;
    t.units++;
    if (r.excluded) t.excluded++;
    if (!r.eligible) t.ineligible++;
    if (r.incomplete) t.incomplete++;
    const ti = standing.tier[i];
    if (ti >= 0) {
      t.awarded[ti].push(r.unitId);
      t.prizeFundUsed += tiers[ti].prize ?? 0;
    }
    for (const id of r.pendingTiers) t.pending[tierById.get(id) ?? 0].push(r.unitId);
  }

  const blocks: BlockSummary[] = plan.blocks.map((block, b) => {
    const t = tally[b];
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
    const inPlay = placesInPlay(standing, ev.blockOf, b, tiers.length);
    const tierSummaries = tiers.map((tier, k) => ({
      tier: tier.id,
      name: tierName(tier, lang),
      slots: tier.count,
      awarded: t.awarded[k],
      pending: t.pending[k],
      held: Math.min(tier.count - t.awarded[k].length, t.pending[k].length, inPlay[k]),
      prize: tier.prize,
    }));
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
      units: t.units,
      ranked: standing.order[b].length,
      excluded: t.excluded,
      ineligible: t.ineligible,
      incomplete: t.incomplete,
      prizeFundUsed: t.prizeFundUsed,
      prizeFundPlanned: block.prizeFund ?? null,
      prizeFundPending: mostPayable(tierSummaries),
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
  const summary: ScoreSummary = {
    units: n,
    ...all,
    prizeFundUsed,
    prizeFundUsedInWords: moneyInWords(prizeFundUsed),
    prizeFundPlanned: planned,
    prizeFundPending,
    prizeFundPendingInWords: moneyInWords(prizeFundPending),
    held: standing.held.size,
    blocks,
    flagCounts: {},
  };
  extension?.summary(summary, results);
  summary.flagCounts = countFlags(results);
  return {
    planId: plan.id,
    planVersion: plan.version,
    planHash: compiled.hash,
    inputHash: opts.inputHash,
    engineVersion: ENGINE_VERSION,
    lang,
    explain: opts.explain,
    results,
    summary,
  };
}
