import { promises as fs } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbook } from '@thidua/core/adapters/exceljs';
import type { WorkbookModel } from '@thidua/core/sheet';
import { runCli, type CliIo } from '../src/run';
import { fileIdentity } from '../src/main';
import { EXAMPLE_PLAN_IDS } from '../../examples/generate-workbooks';

export const ROOT = resolve(__dirname, '../..');
export const EXAMPLES = join(ROOT, 'examples');
/** Every plan with an example workbook in examples/. */
export const PLAN_IDS: string[] = EXAMPLE_PLAN_IDS;
export const NOW = new Date(Date.UTC(2024, 0, 4, 9, 30, 0));

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'thidua-cli-'));
}

/** Real files, captured output, a fixed clock. */
export function captureIo(now: Date = NOW): CliIo & { out: string; err: string } {
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
    writeFile: (path: string, data: Uint8Array | string) => fs.writeFile(path, data),
    resolve: (path: string) => resolve(path),
    identity: fileIdentity,
    now: () => now,
  };
  return io;
}

export async function run(argv: string[], now?: Date): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo(now);
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err };
}

export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await fs.readFile(path)) as unknown as ArrayBuffer);
  return wb;
}

export async function loadModel(path: string): Promise<WorkbookModel> {
  return readWorkbook(await loadWorkbook(path));
}

export interface Expected {
  plan: string;
  sheet: string;
  headerRow: number;
  columns: Record<string, string>;
  prizeFundUsed: number;
  /** The dossier deadline the proposals sheet shows (ISO), or null when the plan has none. */
  dueDate: string | null;
  units: {
    row: number;
    name: string;
    total?: number;
    rank?: number | null;
    targets?: string;
    eligible: string;
    award: string | null;
    prize: number | null;
    bonusPoints: number | null;
    certificates: number | null;
    excluded: boolean;
    pendingTiers: string[];
  }[];
}

export async function expectedFor(planId: string): Promise<Expected> {
  return JSON.parse(await fs.readFile(join(EXAMPLES, `${planId}.expected.json`), 'utf8')) as Expected;
}
