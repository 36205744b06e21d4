import { PENDING_DECISION } from '../engine/decisions';
import type { ScoreResponse, UnitResult } from '../engine/types';
import type { Plan } from '../plan/schema';
import { formatNumber, formatPoints } from '../values';
import type { Commendations, PendingAward, Proposal } from './model';

/** The group of a ranked plan's prizes (Giải Nhất, Nhì…), which no award form names. */
export const TIER_FORM = 'Giải thưởng phong trào thi đua';
/** Individual commendations of a plan that does not name their form. */
export const COMMENDATION_FORM = 'Khen thưởng cá nhân';

const KIND_ORDER: Record<Proposal['kind'], number> = { collective: 0, household: 1, individual: 2 };

export function kindOf(u: UnitResult, plan: Plan): Proposal['kind'] {
  return u.kind ?? plan.blocks.find((b) => b.id === u.block)?.kind ?? 'collective';
}

export function byRank(a: { rank: number | null; name: string; unitId: string }, b: typeof a): number {
  return (
    (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
    a.name.localeCompare(b.name, 'vi') ||
    a.unitId.localeCompare(b.unitId)
  );
}

/** "Đề nghị Bằng khen …" → "Bằng khen …": the list already says it is a proposal. */
function awardName(name: string): string {
  const stripped = name.replace(/^đề nghị\s+/i, '');
  return stripped.charAt(0).toUpperCase() + stripped.slice(1);
}

/** Points, rank, or targets met: the figures an official quotes. */
export function figures(u: UnitResult, plan: Plan): string {
  const parts: string[] = [];
  if (plan.criteria.length) parts.push(`${formatPoints(u.total)}/${formatNumber(u.maxTotal)} điểm`);
  if (u.rank !== null) parts.push(`xếp thứ ${u.rank}`);
  const targets = u.targets ?? [];
  if (targets.length) {
    const met = targets.filter((t) => t.met).length;
    const exceeded = targets.filter((t) => t.exceeded && !t.unreachable).length;
    parts.push(`đạt ${met}/${targets.length} chỉ tiêu${exceeded ? `, vượt ${exceeded} chỉ tiêu` : ''}`);
  }
  return parts.join(', ');
}

function joinAchievement(...parts: (string | undefined)[]): string {
  const text = parts.filter(Boolean).join('; ');
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : '';
}

function tierProposal(u: UnitResult, plan: Plan): Proposal | null {
  if (!u.award) return null;
  const tier = plan.awards.tiers.find((t) => t.id === u.award?.tier);
  if (!tier) return null;
  // A tier's awardForm names the individuals' commendations when it comes with some (Phụng Hiệp); else the prize's.
  const form = tier.awardForm && !tier.certificates ? tier.awardForm : TIER_FORM;
  return {
    unitId: u.unitId,
    name: u.name,
    kind: kindOf(u, plan),
    block: u.block,
    form,
    award: tier.name,
    achievement: joinAchievement(figures(u, plan)),
    prize: u.award.prize,
    dossierSets: tier.dossierSets ?? null,
    ...(u.award.dueDate ? { dueDate: u.award.dueDate } : {}),
    reason: `${tier.name}: ${figures(u, plan)}`,
  };
}

function decisionProposals(u: UnitResult, plan: Plan): Proposal[] {
  const defined = plan.awards.decisions ?? [];
  return (u.decisions ?? [])
    .filter((d) => d.granted)
    .map((d) => {
      const decision = defined.find((x) => x.id === d.id);
      const own = decision?.reason;
      // The plan's own wording when the engine's reason starts with it; the engine's (filled in) otherwise.
      const short = own && d.reason.startsWith(own) ? own : d.reason;
      return {
        unitId: u.unitId,
        name: u.name,
        kind: kindOf(u, plan),
        block: u.block,
        form: decision?.awardForm ?? d.awardForm,
        award: awardName(decision?.name ?? d.name),
        achievement: joinAchievement(figures(u, plan), short),
        prize: d.prize,
        dossierSets: d.dossierSets,
        ...(d.dueDate ? { dueDate: d.dueDate } : {}),
        reason: d.reason,
      };
    });
}

/** Order of the lists: the plan's tiers first, then its decisions, highest first. */
function formOrder(plan: Plan): string[] {
  const forms = [TIER_FORM, ...plan.awards.tiers.map((t) => t.awardForm ?? TIER_FORM)];
  for (const d of plan.awards.decisions ?? []) forms.push(d.awardForm);
  return [...new Set(forms)];
}

/** Every award proposed, one entry per unit and award, in list order; held awards are not here. */
export function collectProposals(response: ScoreResponse, plan: Plan): Proposal[] {
  const units = [...response.results].sort(byRank);
  const proposals = units.flatMap((u) => {
    const tier = tierProposal(u, plan);
    return [...(tier ? [tier] : []), ...decisionProposals(u, plan)];
  });
  const order = formOrder(plan);
  const at = (form: string) => (order.includes(form) ? order.indexOf(form) : order.length);
  // A stable sort: within a form, collectives, households, then individuals, each in rank order as above.
  return proposals
    .map((p, i) => ({ p, i }))
    .sort((a, b) => at(a.p.form) - at(b.p.form) || KIND_ORDER[a.p.kind] - KIND_ORDER[b.p.kind] || a.i - b.i)
    .map(({ p }) => p);
}

/** The distinct forms, in list order. */
export function formsOf(proposals: Proposal[]): string[] {
  return [...new Set(proposals.map((p) => p.form))];
}

/** Awards held: ties at a tier boundary, candidates over a quota or tied at it, awards waiting for missing data. */
export function collectPending(response: ScoreResponse, plan: Plan): PendingAward[] {
  const tierName = (id: string) => plan.awards.tiers.find((t) => t.id === id)?.name ?? id;
  const decisionName = (id: string, fallback: string) =>
    awardName(plan.awards.decisions?.find((d) => d.id === id)?.name ?? fallback);
  const ties = response.summary.blocks.flatMap((b) => b.ties);
  const out: PendingAward[] = [];
  for (const u of [...response.results].sort(byRank)) {
    const awards: string[] = [];
    const forms: string[] = [];
    const why: string[] = [];
    if (u.pendingTiers.length) {
      awards.push(...u.pendingTiers.map(tierName));
      for (const id of u.pendingTiers) {
        const tier = plan.awards.tiers.find((t) => t.id === id);
        forms.push(tier?.awardForm && !tier.certificates ? tier.awardForm : TIER_FORM);
      }
      const tie = ties.find((t) => t.unitIds.includes(u.unitId));
      const heldForData = u.flags.find((f) => f.code === 'pending-missing-data');
      why.push(tie?.message ?? heldForData?.message ?? 'Đồng điểm ở ranh giới giải');
    }
    for (const d of u.decisions ?? [])
      if (PENDING_DECISION.has(d.status)) {
        awards.push(decisionName(d.id, d.name));
        forms.push(plan.awards.decisions?.find((x) => x.id === d.id)?.awardForm ?? d.awardForm);
        why.push(d.reason);
      }
    if (awards.length)
      out.push({
        unitId: u.unitId,
        name: u.name,
        kind: kindOf(u, plan),
        awards,
        forms: [...new Set(forms)],
        why: why.join('; '),
      });
  }
  return out;
}

/** Individual commendations per unit (counts from the plan); tied units have none until the council decides. */
export function collectCommendations(response: ScoreResponse, plan: Plan): Commendations[] {
  const named = [
    ...new Set(plan.awards.tiers.filter((t) => t.certificates && t.awardForm).map((t) => t.awardForm)),
  ];
  const common = named.length === 1 ? (named[0] as string) : COMMENDATION_FORM;
  return [...response.results]
    .sort(byRank)
    .filter((u) => (u.certificates ?? 0) > 0)
    .map((u) => {
      const tier = plan.awards.tiers.find((t) => t.id === u.award?.tier);
      return {
        unitId: u.unitId,
        name: u.name,
        count: u.certificates ?? 0,
        form: tier?.awardForm ?? common,
      };
    });
}
