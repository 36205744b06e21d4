import type { Tier } from '../plan/schema';
import { formatNumber, formatPoints, moneyInWords } from '../values';
import { HELD, PENDING, type HeldAward, type Standing, type TieGroup } from './awards';
import { ENGINE_VERSION } from './compile';
import { AMBIGUOUS, INVALID, MISSING, NOT_APPLICABLE, OK, type Evaluation } from './evaluate';
import { clipFilled, explainCriterion, explainMoney, explainUnread, pick } from './explain';
import { uncertaintyOf } from './uncertainty';
import { isYearSeries, UNKNOWN, type FactValue } from './facts';
import type {
  AwardResult,
  BlockSummary,
  CriterionResult,
  Flag,
  Lang,
  ScoreResponse,
  TieForCouncil,
  UnitResult,
} from './types';

export interface BuildOptions {
  lang: Lang;
  explanations: boolean;
  inputHash: string;
}

function tierName(tier: Tier, lang: Lang): string {
  return lang === 'en' && tier.nameEn ? tier.nameEn : tier.name;
}

function formatFact(ev: Evaluation, factId: string, v: FactValue | undefined, lang: Lang): string {
  const fact = ev.compiled.facts[ev.compiled.factIndex.get(factId) ?? -1];
  if (v === undefined) return '?';
  if (fact?.type === 'rating' && typeof v === 'number') return fact.scale?.[v] ?? String(v);
  if (typeof v === 'boolean') return v ? pick(lang, 'Có', 'Yes') : pick(lang, 'Không', 'No');
  if (typeof v === 'number') return formatNumber(v, undefined, lang);
  if (isYearSeries(v))
    return v.years
      .map((year, k) => {
        const x = v.values[k];
        const shown =
          x === undefined
            ? '?'
            : typeof x === 'boolean'
              ? pick(lang, x ? 'Có' : 'Không', x ? 'Yes' : 'No')
              : fact?.type === 'ratingByYear'
                ? (fact.scale?.[x] ?? String(x))
                : formatNumber(x, undefined, lang);
        return `${year}: ${shown}`;
      })
      .join('; ');
  return v;
}

function factLabel(ev: Evaluation, factId: string, lang: Lang): string {
  const fact = ev.compiled.facts[ev.compiled.factIndex.get(factId) ?? -1];
  if (!fact) return factId;
  return lang === 'en' && fact.labelEn ? fact.labelEn : fact.label;
}

/** Names listed in a tie message, at most about this many characters: a message never grows with the tie. */
export const TIE_NAMES_CHARS = 300;

function tiedNames(ev: Evaluation, tie: TieGroup, lang: Lang): string {
  if (!ev.units.length) return '';
  let out = '';
  let shown = 0;
  for (const i of tie.unitIndices) {
    const name = ev.units[i].name ?? ev.units[i].id;
    if (shown > 0 && out.length + name.length + 2 > TIE_NAMES_CHARS) break;
    out += (shown ? ', ' : '') + name;
    shown++;
  }
  const rest = tie.unitIndices.length - shown;
  return rest ? out + pick(lang, ` và ${rest} đơn vị khác`, ` and ${rest} more`) : out;
}

function tieMessage(ev: Evaluation, tie: TieGroup, lang: Lang): string {
  const tiers = ev.compiled.plan.awards.tiers;
  const names = tiedNames(ev, tie, lang);
  const counts = new Map<number, number>();
  for (const s of tie.slotTiers) counts.set(s, (counts.get(s) ?? 0) + 1);
  const slots = [...counts].map(([ti, c]) => `${tierName(tiers[ti], lang)} (${c})`).join(', ');
  const pts = formatPoints(tie.total, lang);
  return pick(
    lang,
    `${tie.unitIndices.length} đơn vị đồng hạng ${tie.rank} với ${pts} điểm (${names}) cho ${tie.slotTiers.length} suất: ${slots}. Kế hoạch không có tiêu chí phụ phân định — đề nghị Hội đồng Thi đua – Khen thưởng quyết định.`,
    `${tie.unitIndices.length} units tied at rank ${tie.rank} with ${pts} points (${names}) for ${tie.slotTiers.length} place(s): ${slots}. The plan has no tie-breaker that separates them — for the awards council to decide.`,
  );
}

/** Names listed in a held-award message, at most about this many characters (like a tie's). */
function heldNames(ev: Evaluation, indices: readonly number[], lang: Lang): string {
  let out = '';
  let shown = 0;
  for (const i of indices) {
    const name = ev.units[i].name ?? ev.units[i].id;
    if (shown > 0 && out.length + name.length + 2 > TIE_NAMES_CHARS) break;
    out += (shown ? ', ' : '') + name;
    shown++;
  }
  const rest = indices.length - shown;
  return rest ? out + pick(lang, ` và ${rest} đơn vị khác`, ` and ${rest} more`) : out;
}

/** "tiêu chí 5, 8; dữ kiện "Ngày đăng ký"": what is not known for unit i (criteria by number, facts by label). */
export function unknownItems(ev: Evaluation, i: number, lang: Lang): { text: string; ids: string[] } {
  const why = uncertaintyOf(ev).because.get(i);
  if (!why) return { text: '', ids: [] };
  const { compiled } = ev;
  const criteria = why.criteria.map(
    (id) => compiled.plan.criteria[compiled.criterionIndex.get(id) ?? 0].number,
  );
  const facts = why.facts.map((id) => `"${factLabel(ev, id, lang)}"`);
  const parts: string[] = [];
  if (criteria.length) parts.push(`${pick(lang, 'tiêu chí', 'criteria')} ${criteria.join(', ')}`);
  if (facts.length) parts.push(`${pick(lang, 'dữ kiện', 'facts')} ${facts.join(', ')}`);
  return { text: parts.join('; '), ids: [...why.criteria, ...why.facts] };
}

/** The flag of a held award: whose missing values it waits for, and which tiers it could still be. */
function heldFlag(ev: Evaluation, i: number, held: HeldAward, lang: Lang): Flag {
  const tiers = ev.compiled.plan.awards.tiers;
  const could = held.tiers.map((t) => tierName(tiers[t], lang)).join(', ');
  const own = held.by.length === 1 && held.by[0] === i;
  const items = unknownItems(ev, own ? i : (held.by[0] ?? i), lang);
  const message = own
    ? pick(
        lang,
        `Giải chưa xác định: chưa có đủ số liệu (${items.text || 'điều kiện xét'}). Khi đủ số liệu, đơn vị có thể đạt: ${could} — hoặc không đạt giải. Bổ sung số liệu hoặc đề nghị Hội đồng quyết định.`,
        `Award not final: values not known (${items.text || 'eligibility'}). With them, the unit could get: ${could} — or none. Supply the values or ask the council.`,
      )
    : pick(
        lang,
        `Giải chưa xác định: chờ số liệu của ${heldNames(ev, held.by, lang)}${held.by.length === 1 && items.text ? ` (${items.text})` : ''} — khi đủ số liệu, các đơn vị này có thể xếp trên hoặc đồng hạng với đơn vị. Có thể đạt: ${could} — hoặc không đạt giải.`,
        `Award not final: waiting for the values of ${heldNames(ev, held.by, lang)}${held.by.length === 1 && items.text ? ` (${items.text})` : ''}, which could rank above or level with this unit. Could get: ${could} — or none.`,
      );
  return {
    code: 'pending-missing-data',
    message,
    heldBy: held.by.map((x) => ev.units[x].id).sort(),
    ...(own ? { missing: items.ids } : {}),
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

  const resultOf = (i: number): UnitResult => {
    const unit = units[i];
    const flags: Flag[] = [];
    const reasons: string[] = [];
    const unread = new Map(
      (ev.issues.get(i) ?? []).filter((x) => x.kind === 'criterion').map((x) => [x.id, x]),
    );

    const zero = ev.missingPolicy?.ruleFor(i) === 'zero';
    const criteria: CriterionResult[] = [];
    compiled.criteria.forEach((cc, k) => {
      const c = cc.criterion;
      const st = ev.status[k][i];
      if (st === NOT_APPLICABLE) return;
      const points = ev.points[k][i];
      const base: CriterionResult = {
        id: c.id,
        number: c.number,
        points,
        max: c.maxPoints,
        value: st === OK ? ev.values[k][i] : null,
        status: st === OK ? 'ok' : st === MISSING ? 'missing' : 'invalid',
      };
      const issue = unread.get(c.id);
      const how = st === MISSING ? 'missing' : st === AMBIGUOUS ? 'ambiguous' : 'invalid';
      if (issue) {
        const detail = lang === 'en' ? issue.detailEn : issue.detail;
        flags.push({
          code:
            st === INVALID ? 'invalid-value' : st === AMBIGUOUS ? 'ambiguous-rate-scale' : 'missing-value',
          criterionId: c.id,
          message: explainUnread(c, how, detail, lang, zero),
        });
      }
      if (opts.explanations) {
        if (st === OK) base.explanation = explainCriterion(c, ev.values[k][i], points, lang);
        else
          base.explanation = explainUnread(
            c,
            how,
            issue ? (lang === 'en' ? issue.detailEn : issue.detail) : '',
            lang,
            zero && !!issue,
          );
      }
      criteria.push(base);
    });

    for (const issue of ev.issues.get(i) ?? []) {
      if (issue.kind !== 'fact') continue;
      const what = `${pick(lang, 'Dữ kiện', 'Fact')} "${factLabel(ev, issue.id, lang)}" (${issue.id})`;
      flags.push({
        code:
          issue.status === MISSING
            ? 'missing-fact'
            : issue.status === AMBIGUOUS
              ? 'ambiguous-rate-scale'
              : 'invalid-fact',
        factId: issue.id,
        message:
          issue.status === MISSING
            ? `${what}: ${pick(lang, 'thiếu giá trị', 'missing')}`
            : `${what}: ${lang === 'en' ? issue.detailEn : issue.detail}${pick(lang, ' — các quyết định dựa trên dữ kiện này chờ xác định', ' — decisions on this fact are held')}`,
      });
    }

    if (ev.blockOf[i] < 0) {
      const known = plan.blocks.map((b) => b.id).join(', ');
      const message = pick(
        lang,
        `Khối "${unit.block ?? ''}" không có trong kế hoạch (các khối: ${known})`,
        `Block "${unit.block ?? ''}" is not in the plan (blocks: ${known})`,
      );
      flags.push({ code: 'unknown-block', message });
      reasons.push(message);
    }

    const row = ev.facts[i];
    const fill = (text: string) =>
      text.replace(/\{([A-Za-z0-9_-]+)\}/g, (whole, id: string) => {
        const f = compiled.factIndex.get(id);
        return f === undefined ? whole : clipFilled(formatFact(ev, id, row[f], lang));
      });
    for (const o of ev.ruleOutcomes.get(i) ?? []) {
      if (o.truth === UNKNOWN) {
        const missing = o.rule.factIds.filter((id) => row[compiled.factIndex.get(id) ?? -1] === undefined);
        const isExclusion = compiled.exclusions.includes(o.rule);
        const labels = missing.map((id) => `"${factLabel(ev, id, lang)}"`).join(', ');
        reasons.push(
          isExclusion
            ? pick(
                lang,
                `Chưa thể xét điều kiện "không xét thi đua": thiếu dữ kiện ${labels}`,
                `Cannot check an exclusion rule: missing ${labels}`,
              )
            : pick(
                lang,
                `Chưa thể xét tiêu chuẩn khen thưởng: thiếu dữ kiện ${labels}`,
                `Cannot check a standard: missing ${labels}`,
              ),
        );
        continue;
      }
      const message = fill(lang === 'en' ? o.rule.reasonEn : o.rule.reason);
      flags.push({ code: o.rule.code, message });
      reasons.push(message);
    }

    for (const key of ev.unknownKeys.get(i) ?? [])
      flags.push({
        code: 'unknown-criterion',
        criterionId: key,
        message: pick(
          lang,
          `"${key}" không phải mã tiêu chí của kế hoạch — giá trị bị bỏ qua`,
          `"${key}" is not a criterion of the plan — ignored`,
        ),
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
          message: pick(
            lang,
            `Văn bản không quy định tiền thưởng cho ${tier.name}: Hội đồng cần quyết định mức thưởng`,
            `The document sets no prize money for ${tier.nameEn ?? tier.name}: for the council to decide`,
          ),
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
      flags.push({
        code: 'above-band-no-tier',
        message: pick(
          lang,
          'Điểm cao hơn khung điểm của giải còn lại; theo cách hiểu "strict" của kế hoạch thì không nhận giải thấp hơn',
          'Total above the band of the remaining tier; under the plan\'s "strict" reading no lower tier is given',
        ),
      });

    const block = plan.blocks[ev.blockOf[i]];
    const rank = block && !compiled.blockCriteria[ev.blockOf[i]] ? null : standing.rank[i] || null;
    const total = ev.totals[i];
    const maxTotal = block ? compiled.blockMax[ev.blockOf[i]] : compiled.maxTotal;
    const parts = [
      pick(
        lang,
        `Tổng ${formatPoints(total, lang)}/${formatNumber(maxTotal, undefined, lang)} điểm`,
        `Total ${formatPoints(total, lang)}/${formatNumber(maxTotal, undefined, lang)} points`,
      ),
    ];
    if (rank && block)
      parts.push(
        pick(
          lang,
          `hạng ${rank}/${rankedCount[ev.blockOf[i]]} ${block.name}`,
          `rank ${rank}/${rankedCount[ev.blockOf[i]]} in ${block.nameEn ?? block.name}`,
        ),
      );
    if (ev.excluded[i]) parts.push(pick(lang, 'không xét thi đua', 'not considered'));
    else if (!ev.eligible[i]) parts.push(pick(lang, 'chưa đủ điều kiện xét khen thưởng', 'not eligible'));
    if (award)
      parts.push(
        `${award.name}: ${explainMoney(award.prize, lang)}` +
          (award.bonusPoints
            ? pick(
                lang,
                `, cộng ${formatNumber(award.bonusPoints, undefined, lang)} điểm`,
                `, +${formatNumber(award.bonusPoints, undefined, lang)} points`,
              )
            : '') +
          (award.certificates
            ? pick(
                lang,
                `, đề nghị khen ${award.certificates} cá nhân`,
                `, ${award.certificates} individual commendations`,
              )
            : ''),
      );
    else if (pendingTiers.length && tieOf.has(i))
      parts.push(
        pick(
          lang,
          'đồng hạng ở ranh giới giải — chờ Hội đồng quyết định',
          'tied at a tier boundary — for the council',
        ),
      );
    else if (pendingTiers.length)
      parts.push(
        pick(
          lang,
          'giải chờ số liệu còn thiếu — chưa xác định',
          'award waits for missing values — not final',
        ),
      );
    else if (certificates)
      parts.push(
        pick(lang, `đề nghị khen ${certificates} cá nhân`, `${certificates} individual commendations`),
      );
    if (ev.incomplete[i]) parts.push(pick(lang, 'chưa đủ dữ liệu', 'incomplete data'));

    return {
      unitId: unit.id,
      name: unit.name ?? unit.id,
      block: block?.id ?? unit.block ?? '',
      total,
      maxTotal,
      criteria,
      eligible: ev.eligible[i] === 1,
      excluded: ev.excluded[i] === 1,
      incomplete: ev.incomplete[i] === 1,
      reasons,
      flags,
      rank,
      award,
      certificates,
      pendingTiers,
      explanation: parts.join('; '),
    };
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
        missing: unknownItems(ev, x, lang).ids,
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
