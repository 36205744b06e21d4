import { scoreRequest } from '../../src/api/score-request';
import type { ScoreResponse } from '../../src/engine/types';
import { mappingSettingKey } from '../../src/sheet';
import type { CellValue } from '../../src/sheet/model';
import {
  NOT_MAPPED_FLAG,
  readUnits,
  resolveMapping,
  scoreSheet,
  writePlanFor,
  type ScoreCall,
} from '../../src/workflow';
import { idSheet, proposed, workflowPlan } from './helpers';

const plan = workflowPlan();
const rows: CellValue[][] = [
  ['Xã A', 'Khối A', 'Có', 85, 0, 'Tốt', 'Tốt'],
  ['Xã B', 'Khối A', 'Không', 70, 1, 'Kém', 'Tốt'],
];
/** Block a only: everything but the block-b target has a column. */
const complete = idSheet('Bảng', ['yn', 'rate', 'late', 'cchc_2021', 'cchc_2022'], rows);
/** Without cchc 2022. */
const partial = idSheet(
  'Bảng',
  ['yn', 'rate', 'late', 'cchc_2021'],
  rows.map((r) => r.slice(0, 6)),
);
const nothing = idSheet(
  'Danh sách',
  ['Số điện thoại', 'Người phụ trách'],
  [
    ['Xã A', 'Khối A', 2903123, 'Ông Ba'],
    ['Xã B', 'Khối B', 2903124, 'Bà Tư'],
  ],
);

/** The CLI's call: the engine through scoreRequest; records every body it was sent. */
function engine(): ScoreCall & { bodies: unknown[] } {
  const bodies: unknown[] = [];
  const call = async (body: unknown): Promise<ScoreResponse> => {
    bodies.push(body);
    const outcome = scoreRequest(body);
    if (!outcome.ok) throw new Error(outcome.title);
    return outcome.response;
  };
  return Object.assign(call, { bodies });
}

describe('readUnits', () => {
  it('extracts the units; validate adds the engine’s reading and what no column feeds, after a refit’s problems', () => {
    const resolved = resolveMapping(partial, plan, {})!;
    const read = readUnits(resolved, plan);
    expect(read.units.map((u) => [u.id, u.block])).toEqual([
      ['xa-a', 'a'],
      ['xa-b', 'a'],
    ]);
    expect(read.problems).toEqual([]);
    const changed = { code: 'mapping-header-changed', path: 'Bảng!C1', message: 'đã đổi' };
    const checked = readUnits({ ...resolved, problems: [changed] }, plan, { validate: true });
    expect(checked.problems[0]).toBe(changed);
    expect(checked.problems.map((p) => p.code)).toContain('unmapped-target');
  });
});

describe('scoreSheet: gate → request → injected call → flags', () => {
  it('never calls the scorer for a sheet with nothing mapped, even with allowPartial', async () => {
    const resolved = resolveMapping(nothing, plan, {})!;
    const call = engine();
    const scored = await scoreSheet(
      {
        resolved,
        plan,
        planRef: plan,
        units: readUnits(resolved, plan).units,
        lang: 'vi',
        allowPartial: true,
        audience: 'pane',
      },
      call,
    );
    expect(scored).toMatchObject({ ok: false, gate: { code: 'nothing-mapped' } });
    expect(call.bodies).toEqual([]);
  });

  it('waits for the confirmation on a partial mapping; once given, every unit names what was not read', async () => {
    const resolved = resolveMapping(partial, plan, {})!;
    const units = readUnits(resolved, plan).units;
    const step = { resolved, plan, planRef: plan, units, lang: 'vi' as const, audience: 'cli' as const };
    const call = engine();
    expect(await scoreSheet(step, call)).toMatchObject({ ok: false, gate: { code: 'partial-mapping' } });
    expect(call.bodies).toEqual([]);

    const scored = await scoreSheet({ ...step, allowPartial: true }, call);
    expect(call.bodies).toEqual([{ plan, units, options: { explain: 'full', lang: 'vi' } }]);
    if (!scored.ok) throw new Error('refused');
    // block a: the block-b target is not missed; cchc 2022 is
    expect(
      scored.response.results.map((r) => r.flags.find((f) => f.code === NOT_MAPPED_FLAG)?.notMapped),
    ).toEqual([['cchc_2022'], ['cchc_2022']]);
    expect(scored.response.summary.flagCounts[NOT_MAPPED_FLAG]).toBe(2);
  });

  it('scores a complete mapping straight away, without the flag', async () => {
    const resolved = resolveMapping(complete, plan, {})!;
    const scored = await scoreSheet(
      { resolved, plan, planRef: plan, units: readUnits(resolved, plan).units, lang: 'en', audience: 'cli' },
      engine(),
    );
    if (!scored.ok) throw new Error('refused');
    expect(scored.gate.coverage.status).toBe('complete');
    expect(scored.response.results.flatMap((r) => r.flags).map((f) => f.code)).not.toContain(NOT_MAPPED_FLAG);
  });
});

describe('writePlanFor', () => {
  it('stores the mapping under the sheet’s key only (never the legacy "thidua.mapping")', async () => {
    const resolved = resolveMapping(complete, plan, {})!;
    const extraction = readUnits(resolved, plan);
    const scored = await scoreSheet(
      { resolved, plan, planRef: plan, units: extraction.units, lang: 'vi', audience: 'cli' },
      engine(),
    );
    if (!scored.ok) throw new Error('refused');
    const written = writePlanFor({
      sheet: complete,
      mapping: resolved.mapping,
      cells: extraction.cells,
      response: scored.response,
      plan,
      now: new Date('2024-01-15T08:00:00Z'),
    });
    const keys = Object.keys(written.settings).filter((k) => k.startsWith('thidua.mapping'));
    expect(keys).toEqual([mappingSettingKey('Bảng')]);
    expect(JSON.parse(written.settings[keys[0]])).toEqual(proposed(complete, plan));
  });
});
