/**
 * Reads every corpus workbook the way the CLI does, compares with its truth and reports the figures.
 *
 *   npm run corpus            prints the figures, writes figures.json and status.json
 *
 * status.json (one verdict per workbook) is what the corpus test compares with: a change in reading shows as its diff.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import {
  compareWorkbook,
  lacksPlanItems,
  verdictLine,
  type LineOutcome,
  type WorkbookResult,
} from './compare';
import { planOf, type Truth } from './lib/truth';
import { readLikeCli } from './read-like-cli';
import { CORPUS } from './workbooks';

export const CORPUS_DIR = __dirname;

export async function loadTruth(name: string): Promise<Truth> {
  return JSON.parse(await fs.readFile(join(CORPUS_DIR, `${name}.truth.json`), 'utf8')) as Truth;
}

export async function readCorpus(): Promise<WorkbookResult[]> {
  const results: WorkbookResult[] = [];
  for (const spec of CORPUS) {
    const truth = await loadTruth(spec.name);
    const plan = planOf(truth.plan);
    const reading = await readLikeCli(join(CORPUS_DIR, truth.file), truth.plan, {
      allowPartial: lacksPlanItems(truth, plan),
    });
    results.push(compareWorkbook(truth, plan, reading));
  }
  return results;
}

export function statusOf(results: WorkbookResult[]): Record<string, string> {
  return Object.fromEntries(results.map((r) => [r.file, verdictLine(r)]));
}

export function figuresOf(results: WorkbookResult[]) {
  const lines = results.flatMap((r) => r.lines);
  const countLines = (o: LineOutcome) => lines.filter((l) => l.outcome === o).length;
  const sum = (f: (r: WorkbookResult) => number) => results.reduce((n, r) => n + f(r), 0);
  return {
    workbooks: {
      total: results.length,
      expectedToRead: results.filter((r) => r.expect === 'read').length,
      expectedToRefuse: results.filter((r) => r.expect === 'refuse').length,
      readRight: results.filter((r) => r.status === 'right').length,
      /** Read otherwise than the truth, but every such value flagged on its unit and the awards it could change held. */
      heldWithFlag: results.filter((r) => r.status === 'held').length,
      silentlyWrong: results.filter((r) => r.status === 'wrong' && r.exitCode === 0).length,
      refusedWithClearMessage: results.filter((r) => r.exitCode !== 0 && r.status !== 'refused-unclear')
        .length,
      refusedUnclear: results.filter((r) => r.status === 'refused-unclear').length,
      /** Expected refusals refused clearly, but for another reason than the truth's. */
      refusedOffPoint: results.filter((r) => r.status === 'refused-off-point').length,
    },
    columns: {
      total: lines.length,
      right: countLines('right'),
      /** Of the columns that feed the plan (not "ignore"): how many the reader mapped to the right id. */
      valueColumns: lines.filter((l) => l.truth !== 'ignore').length,
      valueColumnsRight: lines.filter((l) => l.truth !== 'ignore' && l.outcome === 'right').length,
      wrongHighConfidence: countLines('wrong-high'),
      wrongLowConfidence: countLines('wrong-low'),
      notMapped: countLines('missed'),
      sheetNotRead: countLines('not-read'),
    },
    units: {
      total: sum((r) => r.units.truth),
      right: sum((r) => r.units.right),
      heldWithFlag: sum((r) => r.units.held),
      wrong: sum((r) => r.units.wrong),
      missing: sum((r) => r.units.missing),
      extra: sum((r) => r.units.extra),
    },
    perWorkbook: results.map((r) => ({
      file: r.file,
      plan: r.plan,
      expect: r.expect,
      status: r.status,
      exitCode: r.exitCode,
      sheetRead: r.sheetRead,
      verdict: verdictLine(r),
      units: r.units,
      columns: Object.fromEntries(
        (['right', 'wrong-high', 'wrong-low', 'missed', 'not-read'] as const).map((o) => [
          o,
          r.lines.filter((l) => l.outcome === o).length,
        ]),
      ),
      wrongHighConfidence: r.lines
        .filter((l) => l.outcome === 'wrong-high')
        .map((l) => `${l.sheet}!${l.line} "${l.header}" → ${l.got} (${l.confidence}), đúng là ${l.truth}`),
    })),
  };
}

async function main(): Promise<void> {
  const results = await readCorpus();
  const figures = figuresOf(results);
  const w = figures.workbooks;
  const c = figures.columns;
  const u = figures.units;
  const out = [
    `Corpus: ${w.total} workbooks (${w.expectedToRead} to read, ${w.expectedToRefuse} to refuse)`,
    `  read right:                  ${w.readRight}`,
    `  held, flagged (not final):   ${w.heldWithFlag}`,
    `  silently wrong (exit 0):     ${w.silentlyWrong}`,
    `  refused, clear message:      ${w.refusedWithClearMessage}`,
    `  refused, unclear message:    ${w.refusedUnclear}`,
    `  expected refusals refused for another reason: ${w.refusedOffPoint}`,
    `Columns/rows: ${c.total}`,
    `  mapped right:                ${c.right} (value columns ${c.valueColumnsRight}/${c.valueColumns})`,
    `  wrong, high confidence:      ${c.wrongHighConfidence}`,
    `  wrong, low confidence:       ${c.wrongLowConfidence}`,
    `  not mapped:                  ${c.notMapped}`,
    `  sheet not read:              ${c.sheetNotRead}`,
    `Units (as read, before the CLI's coverage gate): ${u.total}: right ${u.right}, held with a flag ${u.heldWithFlag}, wrong ${u.wrong}, missing ${u.missing}, extra ${u.extra}`,
    '',
    ...results.map((r) => `${r.file}: ${verdictLine(r)}`),
  ];
  process.stdout.write(`${out.join('\n')}\n`);
  await fs.writeFile(join(CORPUS_DIR, 'figures.json'), `${JSON.stringify(figures, null, 2)}\n`);
  await fs.writeFile(join(CORPUS_DIR, 'status.json'), `${JSON.stringify(statusOf(results), null, 2)}\n`);
}

if (require.main === module)
  main().catch((e: unknown) => {
    process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  });
