import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { fileHost } from '../src/adapters/file';
import { FinalRefusedError, previewPlan, readCouncilDecisions, recordDecision } from '../src/council';
import { detect, loadBuiltIn, readPlanSheet, runScoring, writePlanSheet } from '../src/workflow';
import { OFFLINE_API } from './offline';

async function opened() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    readFileSync(
      join(__dirname, '..', '..', 'examples', 'phung-hiep-2023-xa.xlsx'),
    ) as unknown as ArrayBuffer,
  );
  const host = fileHost(wb, 'xa.xlsx');
  const loaded = loadBuiltIn('phung-hiep-2023-xa');
  if (!loaded.ok) throw new Error('plan');
  const d = await detect(host, loaded.loaded.plan);
  if (!d) throw new Error('no table');
  const input = {
    loaded: loaded.loaded,
    mapping: d.mapping,
    lang: 'vi' as const,
    api: OFFLINE_API,
    now: new Date(Date.UTC(2024, 0, 5)),
  };
  return { wb, host, input };
}

describe('the pane council workflow (in memory)', () => {
  it('previews a plan edit on the "Tiêu chí" sheet against the last run, writing nothing', async () => {
    const { wb, host, input } = await opened();
    await runScoring(host, input);
    await recordDecision(
      host,
      {
        kind: 'missing',
        unit: 'Xã Hiệp Hưng',
        rule: 'zero',
        date: '2024-01-05',
        recordedBy: 'Thư ký',
        reason: 'Không nộp',
      },
      'vi',
    );
    expect((await readCouncilDecisions(host)).decisions).toHaveLength(1);
    await runScoring(host, input);
    await writePlanSheet(host, input.loaded.plan, 'vi');
    // the official raises the encouragement prize on the sheet
    const sheet = wb.getWorksheet('Tiêu chí') as ExcelJS.Worksheet;
    let edited = 0;
    sheet.eachRow((row) => {
      if (!row.values || !JSON.stringify(row.values).includes('Giải Khuyến khích')) return;
      row.eachCell((cell) => {
        if (cell.value === 2_000_000) {
          cell.value = 3_000_000;
          edited++;
        }
      });
    });
    expect(edited).toBe(1);
    const read = await readPlanSheet(host, input.loaded.plan);
    if (!read.ok) throw new Error(read.problems.map((p) => p.message).join('\n'));
    const settings = await host.readSettings();
    const out = await previewPlan(host, read.loaded.plan, input.mapping, { lang: 'vi' });
    if ('problem' in out) throw new Error(out.problem);
    expect(out.diff.fingerprint.map((f) => f.part)).toEqual(['planHash']);
    expect(out.diff.money).toEqual([
      expect.objectContaining({
        award: 'giai-khuyen-khich',
        countFrom: 1,
        countTo: 1,
        from: 2_000_000,
        to: 3_000_000,
      }),
    ]);
    expect(await host.readSettings()).toEqual(settings);
  });

  it('refuses to replace final results that differ unless asked', async () => {
    const { wb, host, input } = await opened();
    // nothing may be marked final while awards wait: the council settles the tie and the missing values first
    await expect(runScoring(host, { ...input, final: { by: 'Chủ tịch' } })).rejects.toThrow(
      FinalRefusedError,
    );
    const settled = { date: '2024-01-05', recordedBy: 'Thư ký', reason: 'Hội đồng biểu quyết' };
    await recordDecision(host, { kind: 'missing', unit: 'Xã Hiệp Hưng', rule: 'zero', ...settled }, 'vi');
    await recordDecision(
      host,
      { kind: 'exclude', unit: 'Xã Phương Phú', rule: 'Mục IV.1', ...settled, reason: 'Báo cáo trễ 5 ngày' },
      'vi',
    );
    await recordDecision(
      host,
      { kind: 'tie', unit: 'Xã Bình Thành', award: 'Giải Khuyến khích', ...settled },
      'vi',
    );
    await runScoring(host, { ...input, final: { by: 'Chủ tịch' } });
    await recordDecision(
      host,
      {
        kind: 'exclude',
        unit: 'Thị trấn Cây Dương',
        rule: 'Điều 6',
        date: '2024-01-05',
        recordedBy: 'Thư ký',
        reason: 'Vi phạm',
      },
      'vi',
    );
    await expect(runScoring(host, { ...input, final: {} })).rejects.toThrow(FinalRefusedError);
    // with Cây Dương out, the tie the council settled no longer straddles a tier boundary: that decision is refused,
    // and a run that did not apply what the council decided is not marked final, even when asked to replace
    await expect(runScoring(host, { ...input, final: { replace: true } })).rejects.toThrow(FinalRefusedError);
    const unsettled = await runScoring(host, input);
    expect(unsettled.response.council?.decisions.map((d) => [d.status, d.code])).toEqual([
      ['applied', 'council-missing-zero'],
      ['applied', 'council-excluded'],
      ['refused', 'council-tie-gone'],
      ['applied', 'council-excluded'],
    ]);
    // the council clears the stale tie decision; the run then replaces the final results
    const sheet = wb.getWorksheet('Quyết định của Hội đồng') as ExcelJS.Worksheet;
    sheet.eachRow((row) => {
      if (row.values && (row.values as unknown[]).includes('Xã Bình Thành')) row.values = [];
    });
    const run = await runScoring(host, { ...input, final: { replace: true } });
    expect(run.response.council?.decisions.map((d) => d.status)).toEqual(['applied', 'applied', 'applied']);
    expect(run.previous?.fingerprint.decisionsHash).toEqual(expect.any(String));
    expect(run.previous?.fingerprint.decisionsHash).not.toBe(run.response.council?.decisionsHash);
  });
});
