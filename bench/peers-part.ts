/**
 * Part 1b: json-rules-engine and Zen on a sample of the same generated communes. Their totals must equal the
 * engine's and the typed-array loop's on every unit of the sample before anything is timed. Both evaluate
 * one unit at a time, so their rate hardly depends on N; it is measured on a sample within a time budget.
 */
import { readFileSync } from 'node:fs';
import { evaluate, builtInPlan, type CompiledPlan } from '@thidua/core';
import { arg, COMMUNE_CRITERIA, now, peakRssMb, report } from './common';
import { generateCommunes, rowsOf } from './generate';
import { limitTotals } from './limit';
import { asSheet, requestUnits } from './request';
import { jsonRulesEngine, zenDecisionGraph, zenExpression } from './peers';

const sample = Number(arg('n', '4000'));
const budgetMs = Number(arg('budget-ms', '4000'));

async function main() {
  const compiled = builtInPlan('phung-hiep-2023-xa') as CompiledPlan;
  const data = asSheet(generateCommunes(COMMUNE_CRITERIA, sample));
  const rows = rowsOf(COMMUNE_CRITERIA, data, sample);
  const engine = evaluate(compiled, requestUnits(data)).totals;
  const limit = new Float64Array(sample);
  limitTotals(data, limit);

  const jre = jsonRulesEngine(COMMUNE_CRITERIA);
  const zen = zenExpression(COMMUNE_CRITERIA);
  const graph = zenDecisionGraph(COMMUNE_CRITERIA);
  const variants: Record<string, (rows: Record<string, number>[]) => Promise<number[]>> = {
    jsonRulesEngine: async (rs) => {
      const out: number[] = [];
      for (const r of rs) out.push(await jre(r));
      return out;
    },
    zenExpression: async (rs) => rs.map(zen),
    zenDecisionTable: async (rs) => {
      const out = new Array<number>(rs.length);
      const inFlight = 64;
      let next = 0;
      const worker = async () => {
        for (let i = next++; i < rs.length; i = next++) out[i] = await graph.evaluate(rs[i]);
      };
      await Promise.all(Array.from({ length: inFlight }, worker));
      return out;
    },
  };

  const results: Record<string, { unitsPerSecond: number; unitsTimed: number; agreedOn: number }> = {};
  for (const [name, run] of Object.entries(variants)) {
    const totals = await run(rows);
    for (let i = 0; i < sample; i++)
      if (totals[i] !== engine[i] || totals[i] !== limit[i])
        throw new Error(
          `${name}, unit ${i + 1}: total ${totals[i]} ≠ engine ${engine[i]} / loop ${limit[i]}`,
        );
    // timed: whole passes over the sample until the budget is spent
    let units = 0;
    const start = now();
    do {
      await run(rows);
      units += sample;
    } while (now() - start < budgetMs);
    results[name] = {
      unitsPerSecond: Math.round((units / (now() - start)) * 1000),
      unitsTimed: units,
      agreedOn: sample,
    };
  }
  graph.dispose();
  const zenBest = Math.max(results.zenExpression.unitsPerSecond, results.zenDecisionTable.unitsPerSecond);
  const version = (name: string) =>
    (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string })
      .version;
  const versions = { jsonRulesEngine: version('json-rules-engine'), zen: version('@gorules/zen-engine') };
  report({ sample, versions, ...results, zenBestUnitsPerSecond: zenBest, peakRssMb: peakRssMb() });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
