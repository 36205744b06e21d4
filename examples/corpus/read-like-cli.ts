/**
 * The one place the corpus calls the CLI. Everything else compares what comes out of here with the truth, so when the
 * CLI's reading path moves (cli/src/load.ts, prepare, analyse), re-point this function and nothing else.
 */
import { promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import { prepare } from '../../cli/src/prepare';
import { fileIdentity } from '../../cli/src/main';
import { messages } from '../../cli/src/messages';
import { runCli, type CliArgs, type CliIo } from '../../cli/src/run';
import type { ScoreResponse, UnitInput } from '@thidua/core';
import { sheetRateScales, type ColumnMapping } from '@thidua/core/sheet';

export interface CliReading {
  /** `thidua score --plan <id> <file> --json -o <memory>`: what a new user runs, no --sheet, no --block. */
  exitCode: number;
  stderr: string;
  response?: ScoreResponse;
  /**
   * From the CLI's own prepare step (the call `score` makes, without its coverage gate, as `validate` runs it): the
   * sheet it chose, its mapping and the units — so a refused run still shows how its columns were mapped.
   */
  sheet?: string;
  mapping?: ColumnMapping;
  /** Every sheet's mapping when the CLI read several (blocks on separate sheets); else just `mapping`. */
  mappings?: ColumnMapping[];
  units: UnitInput[];
  /** How the sheet said each rate column reads (its % format, numbers above 1, figures beside it), as the CLI sends it. */
  rateScales?: Record<string, 'percent' | 'fraction' | 'ambiguous'>;
}

const OUTPUT = '/nonexistent/thidua-corpus/ket-qua.json';
const NOW = new Date(Date.UTC(2024, 0, 8, 9, 0, 0));

/** Reads real files, keeps every write in memory, a fixed clock. */
function memoryIo(): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout(text: string) {
      io.out += text;
    },
    stderr(text: string) {
      io.err += text;
    },
    readFile: async (path: string) => new Uint8Array(await fs.readFile(path)),
    writeFile: async () => undefined,
    resolve: (path: string) => resolve(path),
    identity: (path: string) => (path === OUTPUT ? Promise.resolve(undefined) : fileIdentity(path)),
    now: () => NOW,
  };
  return io;
}

/**
 * `allowPartial`: the truth says the workbook genuinely lacks some plan items (no column of it feeds them), so the
 * official runs `--allow-partial`, as the CLI's refusal tells them to.
 */
export async function readLikeCli(
  path: string,
  planId: string,
  opts: { allowPartial?: boolean } = {},
): Promise<CliReading> {
  const io = memoryIo();
  const partial = opts.allowPartial ? ['--allow-partial'] : [];
  const exitCode = await runCli(['score', '--plan', planId, path, '--json', ...partial, '-o', OUTPUT], io);
  let response: ScoreResponse | undefined;
  if (exitCode === 0) {
    try {
      response = JSON.parse(io.out) as ScoreResponse;
    } catch {
      response = undefined;
    }
  }
  const args: CliArgs = {
    command: 'score',
    inputs: [path],
    plan: planId,
    json: true,
    lang: 'vi',
    perCriterion: false,
    inPlace: false,
    strict: false,
    allowPartial: opts.allowPartial,
  };
  try {
    const prepared = await prepare(args, memoryIo(), messages('vi'), { gate: false });
    return {
      exitCode,
      stderr: io.err,
      response,
      sheet: prepared.analysis?.sheet.name,
      mapping: prepared.analysis?.mapping,
      mappings: prepared.analysis?.parts.map((p) => p.resolved.mapping),
      units: prepared.units,
      rateScales: sheetRateScales(prepared.units),
    };
  } catch {
    // the run above already holds the message the official sees
    return { exitCode, stderr: io.err, response, units: [] };
  }
}
