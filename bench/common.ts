/** Helpers shared by the bench parts (each part runs in its own child process; see run.ts). */
import { builtInPlanDocument } from '@thidua/core';
import type { PlanCriterion } from './generate';

export const COMMUNE_CRITERIA = (builtInPlanDocument('phung-hiep-2023-xa') as { criteria: PlanCriterion[] })
  .criteria;

export const now = (): number => Number(process.hrtime.bigint()) / 1e6;

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0
    ? NaN
    : s.length % 2
      ? s[(s.length - 1) / 2]
      : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

export const collectGarbage = (): void => (globalThis as { gc?: () => void }).gc?.();

export const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

/** Arguments as --name value pairs. */
export function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

/** The child's result: one JSON line, the last thing it prints. */
export function report(result: unknown): void {
  process.stdout.write(`BENCH_RESULT ${JSON.stringify(result)}\n`);
}
