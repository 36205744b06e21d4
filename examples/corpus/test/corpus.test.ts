/**
 * The corpus as committed: its generator still makes it, its truth is consistent with the plans, and today's reading
 * of it is the one recorded in status.json (rerun `npm run corpus` after a reader change and review the diff).
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { builtInPlanIds, scoreRequest } from '@thidua/core';
import type { ColumnMapping } from '@thidua/core/sheet';
import { compareWorkbook, HIGH_CONFIDENCE } from '../compare';
import type { CliReading } from '../read-like-cli';
import { dumpWorkbook, reload } from '../lib/dump';
import { buildCorpusWorkbook } from '../lib/spec';
import { engineUnits, planItems, planOf, scoreTruth, totalOf, type Truth } from '../lib/truth';
import { CORPUS_DIR, figuresOf, loadTruth, readCorpus, statusOf } from '../report';
import { CORPUS } from '../workbooks';

/** Every shape issue 12 (item 2 and the corpus item) names: each must appear in some workbook. */
const REQUIRED_SHAPES = [
  'grouped-2-rows',
  'grouped-3-rows',
  'numbering-paren',
  'numbering-plain',
  'national-header',
  'totals-row',
  'signature',
  'notes-column',
  'units-in-columns',
  'self-assessment-form',
  'blocks-on-separate-sheets',
  'multi-block-plan-no-block-column',
  'data-sheet-not-first',
  'guidance-sheet-first',
  'second-table-below',
  'rate-as-count-achieved-rate',
  'result-and-points-columns',
  'per-year-columns',
  'values-with-units',
  'dat-chua-dat-for-rate',
  'abbreviations',
  'code-references',
  'named-number-references',
  'bracket-number-references',
  'target-in-title',
  'percent-formatted',
  'unformatted-fractions',
  'hidden-row',
  'x-marks',
];

async function loadCommitted(file: string): Promise<ExcelJS.Workbook> {
  return reload(await fs.readFile(join(CORPUS_DIR, file)));
}

describe('corpus of real-shaped workbooks', () => {
  let truths: Truth[];
  beforeAll(async () => {
    truths = await Promise.all(CORPUS.map((s) => loadTruth(s.name)));
  });

  it('has at least 24 workbooks for at least four built-in plans, covering every shape', () => {
    expect(truths.length).toBeGreaterThanOrEqual(24);
    const plans = new Set(truths.map((t) => t.plan));
    expect(plans.size).toBeGreaterThanOrEqual(4);
    for (const p of plans) expect(builtInPlanIds()).toContain(p);
    const shapes = new Set(truths.flatMap((t) => t.shapes));
    expect(REQUIRED_SHAPES.filter((s) => !shapes.has(s))).toEqual([]);
    expect(truths.some((t) => t.expect === 'refuse')).toBe(true);
  });

  it('regenerates the same truth and the same cells for every workbook', async () => {
    for (const spec of CORPUS) {
      const { workbook, truth } = buildCorpusWorkbook(spec);
      expect(JSON.parse(JSON.stringify(truth))).toEqual(truths.find((t) => t.file === truth.file));
      const fresh = await reload(await workbook.xlsx.writeBuffer());
      expect([spec.name, dumpWorkbook(fresh)]).toEqual([
        spec.name,
        dumpWorkbook(await loadCommitted(truth.file)),
      ]);
    }
  });

  it('names only what the plans have: ids, blocks, collectives, sheets; totals are the engine’s', async () => {
    for (const t of truths) {
      const plan = planOf(t.plan);
      const items = planItems(plan);
      const blocks = new Set(plan.blocks.map((b) => b.id));
      const ids = new Set(t.units.map((u) => u.id));
      expect(ids.size).toBe(t.units.length);
      const wb = await loadCommitted(t.file);
      const sheets = new Set(wb.worksheets.map((w) => w.name));
      for (const s of t.dataSheets) expect(sheets).toContain(s);
      for (const u of t.units) {
        expect(blocks).toContain(u.block);
        expect(t.dataSheets).toContain(u.sheet);
        for (const id of [...Object.keys(u.values), ...Object.keys(u.facts)]) {
          expect([t.file, u.name, id, items.has(id)]).toEqual([t.file, u.name, id, true]);
          const item = items.get(id);
          expect(item?.kind === 'fact').toBe(id in u.facts);
        }
        if (u.collective) expect(ids).toContain(u.collective);
      }
      for (const l of t.lines) {
        expect(t.dataSheets).toContain(l.sheet);
        expect(Boolean(l.column) !== Boolean(l.row)).toBe(true);
        if (l.target !== 'ignore' && l.target !== 'collective')
          expect([t.file, l.target, items.has(l.target)]).toEqual([t.file, l.target, true]);
      }
      if (t.expect === 'refuse') {
        expect(t.reason).toBeTruthy();
        expect(t.mentions?.length).toBeGreaterThan(0);
      } else {
        expect(t.units.length).toBeGreaterThan(0);
        expect(t.totals).toEqual(t.units.length ? scoreTruth(plan, t.units).map(totalOf) : []);
      }
    }
  });

  it('reads every workbook through the CLI as status.json records', async () => {
    const results = await readCorpus();
    const committed = JSON.parse(await fs.readFile(join(CORPUS_DIR, 'status.json'), 'utf8')) as Record<
      string,
      string
    >;
    expect(statusOf(results)).toEqual(committed);
    const figures = JSON.parse(await fs.readFile(join(CORPUS_DIR, 'figures.json'), 'utf8')) as ReturnType<
      typeof figuresOf
    >;
    expect(figuresOf(results)).toEqual(figures);
    // ninety workbooks read one after another, through the CLI: more than jest's default minute on a busy machine
  }, 300_000);
});

describe('the comparison', () => {
  const name = 'ph-pb-02-dat-chua-dat-danh-dau-x';
  /** What a perfect reader would give: the truth's units as sheet values, the truth's mapping at high confidence. */
  async function perfect(): Promise<{ truth: Truth; reading: CliReading }> {
    const truth = await loadTruth(name);
    const plan = planOf(truth.plan);
    const units = engineUnits(plan, truth.units);
    const outcome = scoreRequest({ plan: plan.id, units });
    if (!outcome.ok) throw new Error(outcome.title);
    const columns = truth.lines
      .filter((l) => l.target !== 'ignore')
      .map((l) => ({
        index: (l.column as string).charCodeAt(0) - 65,
        header: l.header,
        target: { kind: (planItems(plan).get(l.target)?.kind ?? 'fact') as 'criterion', id: l.target },
        confidence: 0.9,
        reason: 'test',
      }));
    const mapping = {
      version: 1,
      planId: plan.id,
      sheet: truth.dataSheets[0],
      orientation: 'rows',
      headerRows: [],
      dataStart: 0,
      dataEnd: 0,
      nameIndex: 1,
      columns,
    } as ColumnMapping;
    return {
      truth,
      reading: { exitCode: 0, stderr: '', response: outcome.response, sheet: mapping.sheet, mapping, units },
    };
  }

  it('calls a perfect reading right, with every column right', async () => {
    const { truth, reading } = await perfect();
    const r = compareWorkbook(truth, planOf(truth.plan), reading);
    expect([r.status, r.first]).toEqual(['right', 'đúng']);
    expect(r.lines.every((l) => l.outcome === 'right')).toBe(true);
  });

  it('names the first wrong value, and a wrong confident column as wrong-high', async () => {
    const { truth, reading } = await perfect();
    const u = reading.units[2];
    u.values.tc07 = '12%';
    const col = reading.mapping?.columns.find((c) => c.target?.id === 'tc07');
    if (col) col.target = { kind: 'criterion', id: 'tc06' };
    const r = compareWorkbook(truth, planOf(truth.plan), reading);
    expect(r.status).toBe('wrong');
    expect(r.first).toContain(`${u.name} tc07: đọc "12%"`);
    expect(r.lines.find((l) => l.truth === 'tc07')?.outcome).toBe('wrong-high');
    expect(HIGH_CONFIDENCE).toBeLessThanOrEqual(0.9);
  });

  it('calls a value read otherwise "held" only when the answer flags it on that unit', async () => {
    const { truth, reading } = await perfect();
    const u = reading.units[2];
    u.values.tc07 = '';
    const plan = planOf(truth.plan);
    expect(compareWorkbook(truth, plan, reading).status).toBe('wrong');
    const result = reading.response?.results.find((r) => r.unitId === u.id);
    result?.flags.push({ code: 'missing-value', message: 'thiếu', criterionId: 'tc06' });
    expect(compareWorkbook(truth, plan, reading).status).toBe('wrong');
    result?.flags.push({ code: 'missing-value', message: 'thiếu', criterionId: 'tc07' });
    const held = compareWorkbook(truth, plan, reading);
    expect(held.status).toBe('held');
    expect(held.units).toMatchObject({ held: 1, wrong: 0 });
  });

  it('tells a refusal with our own words from one with library text', async () => {
    const { truth, reading } = await perfect();
    const plan = planOf(truth.plan);
    const clear = compareWorkbook(truth, plan, {
      ...reading,
      exitCode: 1,
      stderr: 'Không chấm điểm: thiếu cột tiêu chí 8.\n',
    });
    expect(clear.status).toBe('refused');
    const unclear = compareWorkbook(truth, plan, {
      ...reading,
      exitCode: 2,
      stderr: 'TypeError: x is undefined\n    at f (a.js:1:1)\n',
    });
    expect(unclear.status).toBe('refused-unclear');
  });
});
