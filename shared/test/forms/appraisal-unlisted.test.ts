/**
 * The office may appraise on the summary itself: a value changed on "Bảng chấm điểm" with no line on "Thẩm định"
 * is still shown beside the unit's own — a fact (days a report was late) changes no points but can exclude the
 * unit, so it must never go unexplained; it counts as a change without a reason.
 */
import ExcelJS from 'exceljs';
import { applyWritePlan, readWorkbook } from '../../adapters/exceljs';
import { scoreRequest } from '../../src/api/score-request';
import type { ScoreResponse } from '../../src/engine/types';
import {
  appraisalSource,
  buildSummary,
  isAppraised,
  itemText,
  mergeForms,
  withAppraisal,
} from '../../src/forms';
import { resolveMapping, readUnits, scoreSheet } from '../../src/workflow';
import { asFormFile, fillForm, formsPlan, formWorkbooks, reload } from './helpers';

const call = async (body: unknown): Promise<ScoreResponse> => {
  const outcome = scoreRequest(body);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.response;
};

it('lists a fact changed on the scored sheet without a reason, beside the unit’s own value', async () => {
  const plan = formsPlan();
  const wbs = await formWorkbooks(plan, [{ name: 'Xã A' }, { name: 'Xã B' }]);
  const reg = { ngayDangKy: { self: '2023-03-01' }, soNgayTre: { self: 0 } };
  fillForm(wbs[0].wb, {
    ...reg,
    yn: { self: 'Có' },
    rate: { self: 0.9, appraised: 0.6, reason: 'Thiếu minh chứng' },
  });
  fillForm(wbs[1].wb, { ...reg, yn: { self: 'Có' }, rate: { self: 0.8 } });
  const merged = mergeForms(
    plan,
    await Promise.all(wbs.map(async (w) => asFormFile(w.name, await reload(w.wb)))),
  );
  const wb = new ExcelJS.Workbook();
  applyWritePlan(wb, buildSummary(plan, merged).writePlan);
  const model = readWorkbook(await reload(wb));
  const sheet = model.sheets.find((s) => s.name === 'Bảng chấm điểm')!;
  const resolved = resolveMapping(sheet, plan, model.settings)!;
  // the office writes 5 days late for Xã B straight on the scored sheet, and no line on "Thẩm định"
  const col = resolved.mapping.columns.find((c) => c.target?.kind === 'fact' && c.target.id === 'soNgayTre')!;
  const row = sheet.values.findIndex((r) => r.includes('Xã B'));
  expect(sheet.values[row][col.index - sheet.origin.col]).toBe(0);
  sheet.values[row][col.index - sheet.origin.col] = 5;
  const { units } = readUnits(resolved, plan);
  const source = appraisalSource(model, plan, sheet.name)!;
  const scored = await scoreSheet(
    { resolved, plan, planRef: plan, units, lang: 'vi', audience: 'cli' },
    withAppraisal(plan, call, source),
  );
  if (!scored.ok) throw new Error(scored.gate.problem.message);
  const response = scored.response;
  if (!isAppraised(response)) throw new Error('not appraised');
  const b = response.appraisal.units.find((u) => u.name === 'Xã B')!;
  expect(b.items).toEqual([
    {
      id: 'soNgayTre',
      kind: 'fact',
      number: 'soNgayTre',
      selfValue: 0,
      appraisedValue: 5,
      selfPoints: null,
      appraisedPoints: null,
      difference: null,
      reason: null,
    },
  ]);
  // Xã A's change, listed with its reason, is not repeated
  const a = response.appraisal.units.find((u) => u.name === 'Xã A')!;
  expect(a.items.map((i) => [i.id, i.reason])).toEqual([['rate', 'Thiếu minh chứng']]);
  expect(response.appraisal).toMatchObject({ changed: 2, unreasoned: 1 });
});

it('names a fact by its label in the text beside the results', () => {
  const plan = formsPlan();
  const item = {
    id: 'soNgayTre',
    kind: 'fact' as const,
    number: 'soNgayTre',
    selfValue: 0,
    appraisedValue: 5,
    selfPoints: null,
    appraisedPoints: null,
    difference: null,
    reason: null,
  };
  expect(itemText(item, 'vi', plan)).toBe('Mục "Số ngày trễ báo cáo": 0 → 5: chưa ghi lý do');
  expect(itemText(item, 'vi')).toBe('Mục soNgayTre: 0 → 5: chưa ghi lý do');
});

it('shows the values when the points did not change, a rate as the % cell shows it', () => {
  const plan = formsPlan();
  const item = {
    id: 'rate',
    kind: 'criterion' as const,
    number: '2',
    selfValue: 0.95,
    appraisedValue: 0.855,
    selfPoints: 10,
    appraisedPoints: 10,
    difference: 0,
    reason: 'Số liệu chưa khớp',
  };
  expect(itemText(item, 'vi', plan)).toBe('Mục 2: 95% → 85,5% (điểm không đổi: 10): Số liệu chưa khớp');
  expect(itemText(item, 'en', plan)).toBe('Item 2: 95% → 85.5% (points unchanged: 10): Số liệu chưa khớp');
  // points that changed are said as before
  expect(itemText({ ...item, appraisedPoints: 7.5, difference: -2.5 }, 'vi', plan)).toBe(
    'Mục 2: 10 → 7,5 (−2,5): Số liệu chưa khớp',
  );
});
