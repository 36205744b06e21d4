import { compilePlan, type CompiledPlan } from '../src/engine/compile';
import type { PlanInput } from '../src/plan/schema';
import { parsePlan } from '../src/plan/validate';

/** A small plan to test rules by hand: override any part. */
export function testPlan(overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    id: 'test-plan',
    version: '1.0.0',
    title: 'Kế hoạch thử',
    source: { number: '1/KH-TEST', issuer: 'UBND thử', date: '2023-01-01' },
    period: { from: '2023-01-01', to: '2023-12-31' },
    blocks: [{ id: 'a', name: 'Khối A', prizeFund: 30_000_000 }],
    criteria: [
      { id: 'yn', number: '1', title: 'Có kế hoạch', maxPoints: 10, scoring: { kind: 'yesNo' } },
      {
        id: 'rate',
        number: '2',
        title: 'Tỷ lệ hồ sơ trực tuyến',
        maxPoints: 10,
        scoring: { kind: 'rate', target: 80, comparison: 'atLeast', method: 'proportional' },
      },
    ],
    ...overrides,
  };
}

export function compile(input: PlanInput): CompiledPlan {
  const parsed = parsePlan(input);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return compilePlan(parsed.plan);
}
