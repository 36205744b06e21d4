/**
 * Part 3: writing results back through the Office.js adapter, against the office-addin-mock workbook double the
 * add-in tests use. For N rows: a sheet as an official has it, scored (explanations off: they are not written),
 * the write plan built by buildWritePlan, applied by applyWritePlan. Reported: sync calls, and the largest write
 * request both as the adapter planned it and as measured on what was actually queued between two syncs (every call
 * and property set, its arguments as JSON in UTF-8: `meterRequests`), with the probe request.
 */
import { applyWritePlan } from '../addin/src/adapters/office';
import { MAX_REQUEST_BYTES, meterRequests, REQUEST_ENVELOPE_BYTES } from '../addin/src/adapters/payload';
import { fakeExcel } from '../addin/test/fake-excel';
import { scoreUnits, builtInPlan, type CompiledPlan, type UnitInput } from '@thidua/core';
import { buildWritePlan, type UnitCells, type CellValue, type SheetModel } from '@thidua/core/sheet';
import { arg, COMMUNE_CRITERIA, now, peakRssMb, report } from './common';
import { generateCommunes } from './generate';

const SHEET = 'Bảng điểm';

function sheetWithUnits(n: number) {
  const data = generateCommunes(COMMUNE_CRITERIA, n, 11);
  const header: CellValue[] = ['STT', 'Tên đơn vị', ...COMMUNE_CRITERIA.map((c) => c.id)];
  const values: CellValue[][] = [header];
  const units: UnitInput[] = [];
  const cells = new Map<string, UnitCells>();
  for (let i = 0; i < n; i++) {
    const row = i + 1;
    const unitValues: Record<string, unknown> = {};
    const refs: UnitCells['values'] = {};
    const line: CellValue[] = [i + 1, `Xã số ${i + 1}`];
    COMMUNE_CRITERIA.forEach((c, k) => {
      const v = data.values[k][i];
      const cell = c.scoring.kind === 'yesNo' ? (v >= 1 ? 'Có' : 'Không') : Number(v.toFixed(1));
      line.push(cell);
      unitValues[c.id] = c.scoring.kind === 'rate' ? `${cell}%` : cell;
      refs[c.id] = { row, col: 2 + k };
    });
    values.push(line);
    const id = `xa-${i + 1}`;
    units.push({
      id,
      name: `Xã số ${i + 1}`,
      block: 'xa',
      values: unitValues,
      facts: { lateDossiersMaxInMonth: 0, reportDelayMaxDays: 0 },
    });
    cells.set(id, { row, name: { row, col: 1 }, values: refs });
  }
  const sheet: SheetModel = { name: SHEET, origin: { row: 0, col: 0 }, values };
  return { sheet, units, cells };
}

async function measure(n: number) {
  const compiled = builtInPlan('phung-hiep-2023-xa') as CompiledPlan;
  const { sheet, units, cells } = sheetWithUnits(n);
  const response = scoreUnits(compiled, units, { explanations: false });
  const plan = buildWritePlan({
    sheet,
    mapping: { sheet: SHEET, orientation: 'rows', headerRows: [0], dataStart: 1, dataEnd: n },
    cells,
    response,
    plan: compiled.plan,
    lang: 'vi',
    now: new Date('2023-12-31T08:00:00Z'),
    sheetNames: [SHEET],
  });
  const book = () =>
    fakeExcel({ sheets: { [SHEET]: { values: sheet.values as (string | number | boolean | null)[][] } } });
  // Timed on the plain double; measured on a second, fresh one through the meter (which costs time of its own).
  const t0 = now();
  const timed = await applyWritePlan(book().context, plan, { supports: () => true });
  const applyMs = Math.round(now() - t0);
  const meter = meterRequests(book().context);
  const applied = await applyWritePlan(meter.context, plan, { supports: () => true });
  if (applied.syncs !== timed.syncs) throw new Error(`${applied.syncs} syncs metered, ${timed.syncs} timed`);
  // The last entry is the request opened after the last sync: empty.
  const measured = meter.requests.slice(0, applied.syncs).map((b) => b + REQUEST_ENVELOPE_BYTES);
  const maxMeasured = Math.max(...measured);
  if (maxMeasured > MAX_REQUEST_BYTES) throw new Error(`a request of ${maxMeasured} bytes at ${n} rows`);
  return {
    rows: n,
    syncs: applied.syncs,
    requests: applied.requests,
    maxPayloadBytes: applied.maxPayloadBytes,
    maxRequestBytesMeasured: maxMeasured,
    probeRequestBytes: measured[0],
    cellsWritten: applied.cellsWritten,
    applyMs,
  };
}

async function main() {
  const sizes = arg('rows', '100,10000,100000').split(',').map(Number);
  const results = [];
  for (const n of sizes) results.push(await measure(n));
  report({ results, peakRssMb: peakRssMb() });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
