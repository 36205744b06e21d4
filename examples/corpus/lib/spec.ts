import ExcelJS from 'exceljs';
import type { UnitResult, Plan } from '@thidua/core';
import { rngFor, type Rng } from './rng';
import { planOf, scoreTruth, totalOf, type Truth, type TruthLine, type TruthUnit } from './truth';

export interface BuildContext {
  wb: ExcelJS.Workbook;
  plan: Plan;
  rng: Rng;
  /** Truth of every column (or row) of the data sheets; builders push as they lay tables out. */
  lines: TruthLine[];
  /** The engine's results for these truth units, by unit id (for points, totals and proposals written on a sheet). */
  score(units: TruthUnit[]): Map<string, UnitResult>;
}

export interface CorpusSpec {
  name: string;
  plan: string;
  description: string;
  shapes: string[];
  expect: 'read' | 'refuse';
  reason?: string;
  /** A refusal must mention each group (any of its words): what a message that says what to fix cannot leave out. */
  mentions?: string[][];
  build(ctx: BuildContext): { units: TruthUnit[]; dataSheets: string[] };
}

/** A fixed time so the workbooks' properties do not change between runs. */
const CREATED = new Date(Date.UTC(2024, 0, 8, 7, 30, 0));

/** Builds one corpus workbook and its truth, deterministically from the spec's name. */
export function buildCorpusWorkbook(spec: CorpusSpec): { workbook: ExcelJS.Workbook; truth: Truth } {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Văn phòng';
  wb.created = CREATED;
  wb.modified = CREATED;
  const plan = planOf(spec.plan);
  const ctx: BuildContext = {
    wb,
    plan,
    rng: rngFor(spec.name),
    lines: [],
    score: (units) => new Map(scoreTruth(plan, units).map((r) => [r.unitId, r])),
  };
  const { units, dataSheets } = spec.build(ctx);
  const totals = units.length ? scoreTruth(plan, units).map(totalOf) : [];
  const truth: Truth = {
    file: `${spec.name}.xlsx`,
    plan: spec.plan,
    description: spec.description,
    shapes: spec.shapes,
    expect: spec.expect,
    ...(spec.reason ? { reason: spec.reason } : {}),
    ...(spec.mentions ? { mentions: spec.mentions } : {}),
    dataSheets,
    units,
    lines: ctx.lines,
    totals,
  };
  return { workbook: wb, truth };
}
