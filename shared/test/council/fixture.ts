import type { CouncilDecision } from '../../src/council/schema';
import { scoreUnits } from '../../src/engine/score';
import type { ScoreOptions, UnitInput } from '../../src/engine/types';
import type { PlanInput } from '../../src/plan/schema';
import { compile } from '../fixtures';

/**
 * One block, points given directly (0–100), a "late report" exclusion and four places: Nhất × 1 (3.000.000 đ),
 * Nhì × 1 (2.000.000 đ), Ba × 2 (1.000.000 đ).
 */
export function councilPlan(awards: Partial<PlanInput['awards']> = {}): PlanInput {
  return {
    id: 'council-test',
    version: '1.0.0',
    title: 'Kế hoạch thử Hội đồng',
    source: { number: '2/KH-TEST', issuer: 'UBND thử', date: '2024-01-01' },
    period: { from: '2024-01-01', to: '2024-12-31' },
    blocks: [{ id: 'xa', name: 'Khối xã' }],
    criteria: [
      { id: 'pts', number: '1', title: 'Điểm chấm', maxPoints: 100, scoring: { kind: 'assessed' } },
      { id: 'extra', number: '2', title: 'Điểm thêm', maxPoints: 10, scoring: { kind: 'assessed' } },
    ],
    facts: [{ id: 'late', label: 'Số ngày trễ báo cáo', type: 'count' }],
    exclusions: [
      {
        id: 'late-report',
        code: 'excluded-late-report',
        when: { fact: 'late', op: '>=', value: 3 },
        reason: 'Báo cáo trễ {late} ngày',
      },
    ],
    awards: {
      tiers: [
        { id: 'nhat', name: 'Giải Nhất', count: 1, minTotal: 0, prize: 3_000_000 },
        { id: 'nhi', name: 'Giải Nhì', count: 1, minTotal: 0, prize: 2_000_000 },
        { id: 'ba', name: 'Giải Ba', count: 2, minTotal: 0, prize: 1_000_000 },
      ],
      ...awards,
    },
  };
}

export const PLAN = compile(councilPlan());

export function unit(id: string, pts: number | null, extra: number | null = 0, late = 0): UnitInput {
  return { id, name: `Xã ${id.toUpperCase()}`, block: 'xa', values: { pts, extra }, facts: { late } };
}

export const base = { date: '2024-01-05', recordedBy: 'Thư ký Hội đồng', reason: 'Hội đồng biểu quyết' };

export function tie(u: string, award: string, extra: Partial<CouncilDecision> = {}): CouncilDecision {
  return { kind: 'tie', unit: u, award, ...base, ...extra } as CouncilDecision;
}

export function score(
  units: UnitInput[],
  decisions: CouncilDecision[] = [],
  plan = PLAN,
  options: ScoreOptions = {},
) {
  return scoreUnits(plan, units, { ...options, councilDecisions: decisions, explain: 'full' });
}

export const byId = (res: ReturnType<typeof score>, id: string) => {
  const r = res.results.find((x) => x.unitId === id);
  if (!r) throw new Error(`no unit ${id}`);
  return r;
};
