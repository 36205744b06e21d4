/**
 * Calibration on the corpus of officials' own workbooks (examples/corpus): read through the shared sheet workflow
 * (resolveMapping on each data sheet, as the CLI and the pane do), every column the proposal shows at high
 * confidence (≥ 0.8, the pane's green) must feed what the ground truth says. Uncertain ones may be wrong: they wait
 * for the official.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbook } from '../../adapters/exceljs';
import { builtInPlans } from '../../src/plans';
import { HIGH_CONFIDENCE } from '../../src/sheet';
import { resolveMapping } from '../../src/workflow';

const CORPUS = join(__dirname, '..', '..', '..', 'examples', 'corpus');

interface TruthLine {
  sheet: string;
  column?: string;
  row?: number;
  header: string;
  target: string;
}

const columnIndex = (letters: string) =>
  [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

describe('mapping confidence on the corpus', () => {
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.truth.json'));

  it('has the corpus to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it('shows no column at high confidence that feeds something else than the truth says', async () => {
    const plans = new Map(builtInPlans().map((p) => [p.id, p]));
    const wrong: string[] = [];
    let high = 0;
    let right = 0;
    for (const file of files) {
      const truth = JSON.parse(readFileSync(join(CORPUS, file), 'utf8')) as {
        file: string;
        plan: string;
        lines: TruthLine[];
      };
      const plan = plans.get(truth.plan);
      if (!plan) throw new Error(`${file}: plan ${truth.plan} is not built in`);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(CORPUS, truth.file));
      const model = readWorkbook(wb);
      for (const name of new Set(truth.lines.map((l) => l.sheet))) {
        const sheet = model.sheets.find((s) => s.name === name);
        const resolved = sheet && resolveMapping(sheet, plan, model.settings);
        if (!resolved) continue;
        const { mapping } = resolved;
        for (const line of truth.lines.filter((l) => l.sheet === name)) {
          if ((line.column !== undefined) !== (mapping.orientation === 'rows')) continue;
          const index = line.column !== undefined ? columnIndex(line.column) : (line.row as number) - 1;
          const column = mapping.columns.find((c) => c.index === index);
          if (!column?.target || column.confidence < HIGH_CONFIDENCE) continue;
          high++;
          if (column.target.id === line.target) right++;
          else
            wrong.push(
              `${truth.file} ${name} ${line.column ?? line.row} "${line.header}": ${column.target.id} at ${column.confidence}, truth ${line.target}`,
            );
        }
      }
    }
    expect(wrong).toEqual([]);
    // not vacuous: most of the corpus's columns are mapped at high confidence, and right
    expect(high).toBeGreaterThanOrEqual(400);
    expect(right).toBe(high);
    // every corpus workbook opened and mapped, one after another: more than jest's default minute on a busy machine
  }, 300_000);
});
