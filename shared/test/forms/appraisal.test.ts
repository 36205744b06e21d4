import ExcelJS from 'exceljs';
import { applyWritePlan, readWorkbook } from '../../adapters/exceljs';
import { scoreRequest } from '../../src/api/score-request';
import type { ScoreResponse } from '../../src/engine/types';
import {
  appraisalColumns,
  appraisalSource,
  buildSummary,
  isAppraised,
  mergeForms,
  withAppraisal,
  type AppraisedResponse,
} from '../../src/forms';
import type { Plan } from '../../src/plan/schema';
import type { WorkbookModel } from '../../src/sheet/model';
import { readUnits, resolveMapping, scoreSheet, writePlanFor } from '../../src/workflow';
import { asFormFile, fillForm, formsPlan, formWorkbooks, reload } from './helpers';

const call = async (body: unknown): Promise<ScoreResponse> => {
  const outcome = scoreRequest(body);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.response;
};

/** Three units' forms filled; Xã A's rate appraised down from 90% to 70% with a reason; the summary as a file. */
async function summaryModel(plan: Plan): Promise<WorkbookModel> {
  const wbs = await formWorkbooks(plan, [{ name: 'Xã A' }, { name: 'Xã B' }, { name: 'Xã C' }]);
  const reg = { ngayDangKy: { self: '2023-03-01' }, soNgayTre: { self: 0 } };
  fillForm(wbs[0].wb, {
    ...reg,
    yn: { self: 'Có' },
    rate: { self: 0.9, appraised: 0.6, reason: 'Thiếu minh chứng' },
  });
  fillForm(wbs[1].wb, { ...reg, yn: { self: 'Có' }, rate: { self: 0.8 } });
  fillForm(wbs[2].wb, { ...reg, yn: { self: 'Không' }, rate: { self: 0.85 } });
  const merged = mergeForms(
    plan,
    await Promise.all(wbs.map(async (w) => asFormFile(w.name, await reload(w.wb)))),
  );
  expect(merged.problems).toEqual([]);
  const wb = new ExcelJS.Workbook();
  applyWritePlan(wb, buildSummary(plan, merged).writePlan);
  return readWorkbook(await reload(wb));
}

async function scoreSummary(plan: Plan, model: WorkbookModel) {
  const sheet = model.sheets.find((s) => s.name === 'Bảng chấm điểm')!;
  const resolved = resolveMapping(sheet, plan, model.settings)!;
  const { units, cells } = readUnits(resolved, plan);
  const source = appraisalSource(model, plan, sheet.name)!;
  const scored = await scoreSheet(
    { resolved, plan, planRef: plan, units, lang: 'vi', audience: 'cli' },
    withAppraisal(plan, call, source),
  );
  if (!scored.ok) throw new Error(scored.gate.problem.message);
  return { response: scored.response, sheet, resolved, cells };
}

describe('two scores side by side: self-assessed and appraised', () => {
  it('the summary has both: the scored sheet with the appraised value, "Tự chấm" with the own, "Thẩm định" the change', async () => {
    const plan = formsPlan();
    const model = await summaryModel(plan);
    const rows = (name: string) => model.sheets.find((s) => s.name === name)!.values;
    expect(rows('Bảng chấm điểm')[6].slice(1, 4)).toEqual(['Xã A', 'Có', 0.6]);
    expect(rows('Tự chấm')[6].slice(1, 4)).toEqual(['Xã A', 'Có', 0.9]);
    expect(rows('Thẩm định')[4]).toEqual([
      1,
      'Xã A',
      'xa-a',
      '2',
      'Tỷ lệ hồ sơ trực tuyến',
      'rate',
      0.9,
      0.6,
      'Thiếu minh chứng',
      null,
    ]);
  });

  it('scores both through the one entry point: totals, differences with the reason, ranked on the appraised score', async () => {
    const plan = formsPlan({
      awards: { tiers: [{ id: 'nhat', name: 'Giải Nhất', count: 1, minTotal: 0, prize: 1_000_000 }] },
    });
    const { response } = await scoreSummary(plan, await summaryModel(plan));
    expect(isAppraised(response)).toBe(true);
    const { appraisal } = response as AppraisedResponse;
    const a = appraisal.units.find((u) => u.unitId === 'xa-a')!;
    // rate 90% / 80% → 10 points; 60% → 7,5 points (proportional); yes → 10
    expect([a.selfTotal, a.appraisedTotal, a.difference]).toEqual([20, 17.5, -2.5]);
    expect(a.items).toEqual([
      {
        id: 'rate',
        kind: 'criterion',
        number: '2',
        selfValue: 0.9,
        appraisedValue: 0.6,
        selfPoints: 10,
        appraisedPoints: 7.5,
        difference: -2.5,
        reason: 'Thiếu minh chứng',
      },
    ]);
    // on its own score Xã A ties Xã B for first; on the appraised one Xã B is first and takes the prize
    expect([a.selfRank, a.appraisedRank]).toEqual([1, 2]);
    const b = response.results.find((u) => u.unitId === 'xa-b')!;
    expect([b.rank, b.award?.name]).toEqual([1, 'Giải Nhất']);
    expect(appraisal).toMatchObject({ rankOn: 'appraised', changed: 1, unreasoned: 0 });
  });

  it('a plan may rank on the self-assessed score (appraisal.rankOn = self)', async () => {
    const plan = formsPlan({ appraisal: { rankOn: 'self' } });
    const { response } = await scoreSummary(plan, await summaryModel(plan));
    const a = response.results.find((u) => u.unitId === 'xa-a')!;
    expect(a.total).toBe(20);
    expect((response as AppraisedResponse).appraisal.rankOn).toBe('self');
  });

  it('writes the other total, the difference, the other rank and the changed items beside the results', async () => {
    const plan = formsPlan();
    const model = await summaryModel(plan);
    const { response, sheet, resolved, cells } = await scoreSummary(plan, model);
    const wp = writePlanFor({
      sheet,
      mapping: resolved.mapping,
      cells,
      response,
      plan,
      now: new Date(Date.UTC(2024, 0, 4)),
      settings: model.settings,
      sheetNames: model.sheets.map((s) => s.name),
      extraColumns: appraisalColumns(response as AppraisedResponse, plan, 'vi'),
    });
    const block = wp.blocks.find((b) => b.sheet === sheet.name)!;
    const header = block.values[0];
    const at = (h: string) => header.indexOf(h);
    expect(at('Điểm tự chấm')).toBeGreaterThan(0);
    const rowA = block.values.find(
      (line) => line[at('Điểm tự chấm')] === 20 && line[at('Chênh lệch (thẩm định − tự chấm)')] === -2.5,
    );
    expect(rowA?.[at('Thẩm định: mục thay đổi, lý do')]).toBe('Mục 2: 10 → 7,5 (−2,5): Thiếu minh chứng');
  });

  it('a workbook without the appraisal setting is scored once, as before', () => {
    const plan = formsPlan();
    expect(appraisalSource({ sheets: [], settings: {} }, plan, 'Bảng chấm điểm')).toBeUndefined();
  });
});
