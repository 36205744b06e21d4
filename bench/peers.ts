/**
 * The communes plan's 24 rules in two peer rule engines, built from the plan JSON so the rules are the same:
 * - json-rules-engine: one or two rules per criterion decide which formula applies (it has no arithmetic); the
 *   points come from the event's parameters in JS, with the engine's rounding.
 * - Zen (@gorules/zen-engine): (1) one expression per unit with all 24 terms, synchronous; (2) a JDM graph — a
 *   decision table (one rule, 24 output expressions) then an expression node for the total — 64 units in flight.
 */
import { Engine, type RuleProperties } from 'json-rules-engine';
import { ZenEngine, evaluateExpressionSync } from '@gorules/zen-engine';
import type { PlanCriterion } from './generate';

// Half-up rounding at 2 decimals, with the engine's nudge against binary artefacts (4,225 → 4,23).
const r2 = (x: number) => Math.round(x * 100 + 1e-7) / 100;

/* ------------------------------------------------------------ json-rules-engine */

type Formula = {
  k: number;
  kind: 'fixed' | 'proportional' | 'perItem';
  max: number;
  target?: number;
  perItem?: number;
};

export function jsonRulesEngine(
  criteria: readonly PlanCriterion[],
): (row: Record<string, number>) => Promise<number> {
  const engine = new Engine([], { allowUndefinedFacts: false });
  const rule = (fact: string, operator: string, value: number, params: Formula): RuleProperties => ({
    conditions: { all: [{ fact, operator, value }] },
    event: { type: 'points', params },
  });
  criteria.forEach((c, k) => {
    const s = c.scoring;
    const max = c.maxPoints;
    if (s.kind === 'yesNo') engine.addRule(rule(c.id, 'greaterThanInclusive', 1, { k, kind: 'fixed', max }));
    else if (s.kind === 'rate' && s.method === 'allOrNothing')
      engine.addRule(rule(c.id, 'greaterThanInclusive', s.target ?? 0, { k, kind: 'fixed', max }));
    else if (s.kind === 'rate') {
      engine.addRule(rule(c.id, 'greaterThanInclusive', s.target ?? 0, { k, kind: 'fixed', max }));
      engine.addRule(
        rule(c.id, 'lessThan', s.target ?? 0, { k, kind: 'proportional', max, target: s.target }),
      );
    } else if (s.method === 'perItem')
      engine.addRule(rule(c.id, 'greaterThanInclusive', 0, { k, kind: 'perItem', max, perItem: s.perItem }));
    else engine.addRule(rule(c.id, 'greaterThanInclusive', s.target ?? 0, { k, kind: 'fixed', max }));
  });
  const K = criteria.length;
  return async (row) => {
    const { events } = await engine.run(row);
    const points = new Float64Array(K);
    for (const e of events) {
      const f = e.params as Formula;
      const v = row[criteria[f.k].id];
      points[f.k] =
        f.kind === 'fixed'
          ? r2(f.max)
          : f.kind === 'proportional'
            ? r2(f.max * Math.min(1, v / (f.target as number)))
            : r2(Math.min(f.max, v * (f.perItem as number)));
    }
    let t = 0;
    for (let k = 0; k < K; k++) t += points[k];
    return r2(t);
  };
}

/* ------------------------------------------------------------ Zen */

/** One criterion's rounded points as a Zen expression. */
function zenTerm(c: PlanCriterion): string {
  const s = c.scoring;
  const max = c.maxPoints;
  const round = (e: string) => `round((${e}) * 100) / 100`;
  if (s.kind === 'yesNo') return `(${c.id} >= 1 ? ${max} : 0)`;
  if (s.kind === 'rate' && s.method === 'allOrNothing') return `(${c.id} >= ${s.target} ? ${max} : 0)`;
  if (s.kind === 'rate') return round(`${max} * min([1, ${c.id} / ${s.target}])`);
  if (s.method === 'perItem') return round(`min([${max}, ${c.id} * ${s.perItem}])`);
  return `(${c.id} >= ${s.target} ? ${max} : 0)`;
}

export function zenExpression(criteria: readonly PlanCriterion[]): (row: Record<string, number>) => number {
  const expression = `round((${criteria.map(zenTerm).join(' + ')}) * 100) / 100`;
  return (row) => Number(evaluateExpressionSync(expression, row));
}

export function zenDecisionGraph(criteria: readonly PlanCriterion[]): {
  evaluate: (row: Record<string, number>) => Promise<number>;
  dispose: () => void;
} {
  const at = { x: 0, y: 0 };
  const content = {
    nodes: [
      { id: 'in', type: 'inputNode', name: 'Đơn vị', position: at },
      {
        id: 'table',
        type: 'decisionTableNode',
        name: 'Điểm tiêu chí',
        position: at,
        content: {
          hitPolicy: 'first',
          inputs: [{ id: 'all', name: 'Mọi đơn vị', field: '' }],
          outputs: criteria.map((c) => ({ id: `o_${c.id}`, name: c.id, field: `p.${c.id}` })),
          rules: [
            { _id: 'r1', all: '', ...Object.fromEntries(criteria.map((c) => [`o_${c.id}`, zenTerm(c)])) },
          ],
        },
      },
      {
        id: 'total',
        type: 'expressionNode',
        name: 'Tổng',
        position: at,
        content: {
          expressions: [
            {
              id: 'e1',
              key: 'total',
              value: `round((${criteria.map((c) => `p.${c.id}`).join(' + ')}) * 100) / 100`,
            },
          ],
        },
      },
      { id: 'out', type: 'outputNode', name: 'Kết quả', position: at },
    ],
    edges: [
      { id: 'a', sourceId: 'in', targetId: 'table', type: 'edge' },
      { id: 'b', sourceId: 'table', targetId: 'total', type: 'edge' },
      { id: 'c', sourceId: 'total', targetId: 'out', type: 'edge' },
    ],
  };
  const engine = new ZenEngine();
  const decision = engine.createDecision(content);
  return {
    evaluate: async (row) => Number((await decision.evaluate(row)).result.total),
    dispose: () => engine.dispose?.(),
  };
}
